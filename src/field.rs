//! Field types: how one declared field is read from JSON bytes or from a Python
//! object tree, what it becomes in `to_dict()`, how it prints, and what the stub
//! says it is. A model declaration names one of these types per field; all
//! behaviour specific to the field's type lives here, none in the macro.

use std::marker::PhantomData;

use jiter::{Jiter, JiterError, NumberAny, NumberInt, Peek};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

use crate::error::{Error, Result};
use crate::model::{self, Model};
use crate::pyjson;
use clerk_core::json::{invalid_json_at, jiter_failure, peek_name, INVALID, MAX_DEPTH};
use clerk_core::Failure;

/// The state of one parse from JSON bytes.
pub(crate) struct ParseContext<'a, 'py> {
    pub(crate) py: Python<'py>,
    pub(crate) jiter: Jiter<'a>,
    pub(crate) data: &'a [u8],
    /// The `bytes` object that holds the whole input; models keep a reference for `raw`.
    pub(crate) buf: &'a Bound<'py, PyBytes>,
    /// Where `data` starts inside `buf` (non-zero when a value is read a second time).
    pub(crate) base: usize,
}

impl<'a, 'py> ParseContext<'a, 'py> {
    /// A parser over the whole of `buf`.
    pub(crate) fn over(buf: &'a Bound<'py, PyBytes>) -> Self {
        let data = buf.as_bytes();
        Self {
            py: buf.py(),
            jiter: Jiter::new(data),
            data,
            buf,
            base: 0,
        }
    }
}

/// Map a jiter error to a failure with line and column in `data`.
pub(crate) fn json_error_at(data: &[u8]) -> impl Fn(JiterError) -> Error + '_ {
    move |e| jiter_failure(&e, data).into()
}

/// The value at `peek` is not what the field expects. If it is not even JSON, say that
/// (with line and column); otherwise name the JSON type that was found. Either way the
/// parser is left after the value, so that a tolerant parse can go on.
#[cold]
pub(crate) fn wrong(cx: &mut ParseContext<'_, '_>, expected: &'static str, peek: Peek) -> Error {
    let at = cx.jiter.current_index();
    match cx.jiter.known_skip(peek) {
        Err(e) => jiter_failure(&e, cx.data).into(),
        Ok(()) if peek_name(peek) == INVALID => invalid_json_at(cx.data, at).into(),
        Ok(()) => Failure::wrong_type(expected, peek_name(peek)).into(),
    }
}

/// A float that JSON cannot hold (a literal too large for a double parses as infinity).
#[cold]
fn out_of_range() -> Error {
    // Not a value a Python `float` can hold as JSON: the input as a whole is refused.
    Failure::not_json("number is out of range for a float").into()
}

#[cold]
fn wrong_py(expected: &'static str, v: &Bound<'_, PyAny>) -> Error {
    Failure::wrong_type(expected, py_json_name(v)).into()
}

/// The JSON type name of a (checked) Python value.
fn py_json_name(v: &Bound<'_, PyAny>) -> &'static str {
    if v.is_none() {
        "null"
    } else if v.is_instance_of::<PyBool>() {
        "bool"
    } else if v.is_instance_of::<PyInt>() || v.is_instance_of::<PyFloat>() {
        "number"
    } else if v.is_instance_of::<PyString>() {
        "string"
    } else if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
        "array"
    } else if v.is_instance_of::<PyDict>() {
        "object"
    } else {
        "a non-JSON value"
    }
}

/// How one declared field is read, written, printed and typed.
pub(crate) trait FieldType {
    /// Whether `repr` hides the value (a [`Secret`], or a wrapper around one).
    const SECRET: bool = false;
    /// The Python type the stub shows for the property.
    fn annotation() -> String;
    /// Read the value that starts with `peek`.
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>>;
    /// Read a value from an already checked copy of the caller's dict.
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>>;
    /// The value when the key is absent. By default the key is required.
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        let _ = py;
        Err(Failure::missing().into())
    }
    /// The JSON-shaped value `to_dict()` emits for a stored value.
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Ok(v.clone())
    }
    /// How the value prints inside the model's `repr`.
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(v.repr()?.to_cow()?.into_owned())
    }
}

/// A JSON string: `str`.
pub(crate) struct Str;

impl FieldType for Str {
    fn annotation() -> String {
        "str".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if peek != Peek::String {
            return Err(wrong(cx, "string", peek));
        }
        let s = cx.jiter.known_str().map_err(json_error_at(cx.data))?;
        Ok(crate::pystr::new(cx.py, s).into_any().unbind())
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_exact_instance_of::<PyString>() {
            Ok(v.clone().unbind())
        } else if let Ok(s) = v.cast::<PyString>() {
            Ok(PyString::new(v.py(), &s.to_cow()?).into_any().unbind())
        } else {
            Err(wrong_py("string", v))
        }
    }
}

/// A JSON integer: `int`, exact at any size. An integral float such as `5.0` is accepted.
pub(crate) struct Int;

impl FieldType for Int {
    fn annotation() -> String {
        "int".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if !peek.is_num() {
            return Err(wrong(cx, "integer", peek));
        }
        let py = cx.py;
        match cx
            .jiter
            .known_number(peek)
            .map_err(json_error_at(cx.data))?
        {
            NumberAny::Int(NumberInt::Int(i)) => Ok(i.into_pyobject(py)?.into_any().unbind()),
            NumberAny::Int(NumberInt::BigInt(b)) => Ok(b.into_pyobject(py)?.into_any().unbind()),
            NumberAny::Float(f) => float_to_int(&PyFloat::new(py, f).into_any()),
        }
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_exact_instance_of::<PyInt>() {
            Ok(v.clone().unbind())
        } else if v.is_instance_of::<PyBool>() {
            Err(wrong_py("integer", v))
        } else if v.is_instance_of::<PyInt>() {
            Ok(v.py().get_type::<PyInt>().call1((v,))?.unbind())
        } else if v.is_instance_of::<PyFloat>() {
            float_to_int(v)
        } else {
            Err(wrong_py("integer", v))
        }
    }
}

#[cold]
fn float_to_int(f: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    let x: f64 = f.extract()?;
    if !x.is_finite() {
        return Err(Failure::not_json(format!("expected integer, got {x}")).into());
    }
    if x.fract() != 0.0 {
        return Err(Failure::invalid(format!("expected integer, got {x}")).into());
    }
    Ok(f.py().get_type::<PyInt>().call1((f,))?.unbind())
}

/// A JSON number: `float` (integers stay `int`, which type checkers accept as `float`).
pub(crate) struct Float;

impl FieldType for Float {
    fn annotation() -> String {
        "float".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if !peek.is_num() {
            return Err(wrong(cx, "number", peek));
        }
        let py = cx.py;
        match cx
            .jiter
            .known_number(peek)
            .map_err(json_error_at(cx.data))?
        {
            NumberAny::Int(NumberInt::Int(i)) => Ok(i.into_pyobject(py)?.into_any().unbind()),
            NumberAny::Int(NumberInt::BigInt(b)) => Ok(b.into_pyobject(py)?.into_any().unbind()),
            NumberAny::Float(f) if f.is_finite() => Ok(PyFloat::new(py, f).into_any().unbind()),
            NumberAny::Float(_) => Err(out_of_range()),
        }
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_instance_of::<PyBool>() {
            Err(wrong_py("number", v))
        } else if v.is_instance_of::<PyInt>() {
            Int::from_py(v)
        } else if let Ok(f) = v.cast::<PyFloat>() {
            let x = f.value();
            if !x.is_finite() {
                Err(out_of_range())
            } else if v.is_exact_instance_of::<PyFloat>() {
                Ok(v.clone().unbind())
            } else {
                Ok(PyFloat::new(v.py(), x).into_any().unbind())
            }
        } else {
            Err(wrong_py("number", v))
        }
    }
}

/// A JSON boolean: `bool`.
pub(crate) struct Bool;

impl FieldType for Bool {
    fn annotation() -> String {
        "bool".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if peek != Peek::True && peek != Peek::False {
            return Err(wrong(cx, "bool", peek));
        }
        let b = cx.jiter.known_bool(peek).map_err(json_error_at(cx.data))?;
        Ok(PyBool::new(cx.py, b).to_owned().into_any().unbind())
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_exact_instance_of::<PyBool>() {
            Ok(v.clone().unbind())
        } else {
            Err(wrong_py("bool", v))
        }
    }
}

/// Any JSON value, kept as plain Python objects (`dict`, `list`, `str`, ...).
pub(crate) struct Json;

impl FieldType for Json {
    fn annotation() -> String {
        "Any".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        let saved = cx.jiter.clone();
        match pyjson::read_value(cx.py, &mut cx.jiter, cx.data, peek, MAX_DEPTH) {
            Ok(v) => Ok(v.unbind()),
            Err(e) if e.is_soft() => {
                // A number too large for a float, somewhere inside: go on after the value.
                cx.jiter = saved;
                cx.jiter.known_skip(peek).map_err(json_error_at(cx.data))?;
                Err(e)
            }
            Err(e) => Err(e),
        }
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        Ok(pyjson::copy_json(v)?.unbind())
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Ok(pyjson::copy_json(v)?)
    }
}

/// A free-form JSON object (metadata, claims, actor): `dict[str, Any]`, owned by the model.
pub(crate) struct Dict;

impl FieldType for Dict {
    fn annotation() -> String {
        "dict[str, Any]".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if peek != Peek::Object {
            return Err(wrong(cx, "object", peek));
        }
        Json::from_json(cx, peek)
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if !v.is_instance_of::<PyDict>() {
            return Err(wrong_py("object", v));
        }
        Json::from_py(v)
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Json::to_json(v)
    }
}

/// A nested model, built once and stored, so `a.b is a.b`.
pub(crate) struct Nested<T>(PhantomData<T>);

impl<T: Model> FieldType for Nested<T> {
    fn annotation() -> String {
        T::CLASS_NAME.into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        let value = T::build_json(cx, peek)?;
        Ok(model::new_object(cx.py, value)?)
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        let d = v.cast::<PyDict>().map_err(|_| wrong_py("object", v))?;
        Ok(model::new_object(v.py(), T::build_dict(d)?)?)
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Ok(model::to_dict(v.cast::<T>()?)?.into_any())
    }
}

/// A JSON array, stored as a `tuple` so the model stays read-only. An absent key or `null`
/// gives an empty tuple: Clerk omits empty lists in some payloads.
pub(crate) struct List<K>(PhantomData<K>);

impl<K: FieldType> FieldType for List<K> {
    const SECRET: bool = K::SECRET;
    fn annotation() -> String {
        format!("tuple[{}, ...]", K::annotation())
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if peek == Peek::Null {
            cx.jiter.known_null().map_err(json_error_at(cx.data))?;
            return Self::absent(cx.py);
        }
        if peek != Peek::Array {
            return Err(wrong(cx, "array", peek));
        }
        let mut items = Vec::new();
        // An item that cannot be typed fails the list, but only once the whole array has been
        // read: a tolerant parse then goes on after it.
        let mut first_error = None;
        let mut next = cx.jiter.known_array().map_err(json_error_at(cx.data))?;
        while let Some(p) = next {
            let i = items.len();
            match K::from_json(cx, p) {
                Ok(item) => items.push(item),
                Err(e) if e.is_soft() => {
                    items.push(cx.py.None());
                    first_error.get_or_insert(e.at_index(i));
                }
                Err(e) => return Err(e.at_index(i)),
            }
            next = cx.jiter.array_step().map_err(json_error_at(cx.data))?;
        }
        if let Some(e) = first_error {
            return Err(e);
        }
        Ok(PyTuple::new(cx.py, items)?.into_any().unbind())
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_none() {
            return Self::absent(v.py());
        }
        if !v.is_instance_of::<PyList>() && !v.is_instance_of::<PyTuple>() {
            return Err(wrong_py("array", v));
        }
        let mut items = Vec::new();
        for (i, item) in v.try_iter()?.enumerate() {
            items.push(K::from_py(&item?).map_err(|e| e.at_index(i))?);
        }
        Ok(PyTuple::new(v.py(), items)?.into_any().unbind())
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        Ok(PyTuple::empty(py).into_any().unbind())
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let out = PyList::empty(v.py());
        for item in v.try_iter()? {
            out.append(K::to_json(&item?)?)?;
        }
        Ok(out.into_any())
    }
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        let mut parts = Vec::new();
        for item in v.try_iter()? {
            parts.push(K::repr(&item?)?);
        }
        Ok(if parts.len() == 1 {
            format!("({},)", parts[0])
        } else {
            format!("({})", parts.join(", "))
        })
    }
}

/// `null` or an absent key gives `None`.
pub(crate) struct Opt<K>(PhantomData<K>);

impl<K: FieldType> FieldType for Opt<K> {
    const SECRET: bool = K::SECRET;
    fn annotation() -> String {
        format!("{} | None", K::annotation())
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if peek == Peek::Null {
            cx.jiter.known_null().map_err(json_error_at(cx.data))?;
            return Ok(cx.py.None());
        }
        K::from_json(cx, peek)
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_none() {
            Ok(v.clone().unbind())
        } else {
            K::from_py(v)
        }
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        Ok(py.None())
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        if v.is_none() {
            Ok(v.clone())
        } else {
            K::to_json(v)
        }
    }
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        if v.is_none() {
            Ok("None".into())
        } else {
            K::repr(v)
        }
    }
}

/// A value a field takes when its key is absent.
pub(crate) trait DefaultValue {
    fn make(py: Python<'_>) -> Py<PyAny>;
}

/// `{}`
pub(crate) struct EmptyDict;
impl DefaultValue for EmptyDict {
    fn make(py: Python<'_>) -> Py<PyAny> {
        PyDict::new(py).into_any().unbind()
    }
}

/// `False`
pub(crate) struct False;
impl DefaultValue for False {
    fn make(py: Python<'_>) -> Py<PyAny> {
        PyBool::new(py, false).to_owned().into_any().unbind()
    }
}

/// `""`
pub(crate) struct EmptyStr;
impl DefaultValue for EmptyStr {
    fn make(py: Python<'_>) -> Py<PyAny> {
        PyString::new(py, "").into_any().unbind()
    }
}

/// An absent key gives the default `D`; an explicit `null` gives `None`
/// (the reference's constructor defaults, which fire only for absent keys).
pub(crate) struct WithDefault<K, D>(PhantomData<(K, D)>);

impl<K: FieldType, D: DefaultValue> FieldType for WithDefault<K, D> {
    const SECRET: bool = K::SECRET;
    fn annotation() -> String {
        Opt::<K>::annotation()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        Opt::<K>::from_json(cx, peek)
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        Opt::<K>::from_py(v)
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        Ok(D::make(py))
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Opt::<K>::to_json(v)
    }
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        Opt::<K>::repr(v)
    }
}

/// An absent key or `null` gives the default `D` (the reference's `x || default`).
pub(crate) struct Or<K, D>(PhantomData<(K, D)>);

impl<K: FieldType, D: DefaultValue> FieldType for Or<K, D> {
    const SECRET: bool = K::SECRET;
    fn annotation() -> String {
        K::annotation()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        if peek == Peek::Null {
            cx.jiter.known_null().map_err(json_error_at(cx.data))?;
            return Ok(D::make(cx.py));
        }
        K::from_json(cx, peek)
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        if v.is_none() {
            Ok(D::make(v.py()))
        } else {
            K::from_py(v)
        }
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        Ok(D::make(py))
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        K::to_json(v)
    }
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        K::repr(v)
    }
}

/// `null`, an absent key or an empty string gives `None` (the reference's `x || null`).
pub(crate) struct NonEmpty<K>(PhantomData<K>);

impl<K: FieldType> FieldType for NonEmpty<K> {
    const SECRET: bool = K::SECRET;
    fn annotation() -> String {
        Opt::<K>::annotation()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        let v = Opt::<K>::from_json(cx, peek)?;
        Ok(none_if_empty(cx.py, v))
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        Ok(none_if_empty(v.py(), Opt::<K>::from_py(v)?))
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        Ok(py.None())
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        Opt::<K>::to_json(v)
    }
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        Opt::<K>::repr(v)
    }
}

fn none_if_empty(py: Python<'_>, v: Py<PyAny>) -> Py<PyAny> {
    match v.bind(py).cast::<PyString>() {
        Ok(s) if s.len().unwrap_or(1) == 0 => py.None(),
        _ => v,
    }
}

/// A value that must never be printed (tokens, secret keys): the `repr` hides it.
pub(crate) struct Secret<K>(PhantomData<K>);

impl<K: FieldType> FieldType for Secret<K> {
    const SECRET: bool = true;
    fn annotation() -> String {
        K::annotation()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        K::from_json(cx, peek)
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        K::from_py(v)
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        K::absent(py)
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        K::to_json(v)
    }
    fn repr(v: &Bound<'_, PyAny>) -> PyResult<String> {
        Ok(if v.is_none() { "None" } else { "'<redacted>'" }.into())
    }
}
