//! The model mechanism. A model is declared once with [`model!`]; the macro
//! generates the frozen pyclass, its field table, both parsers (JSON bytes and
//! Python dict), and the Python protocol methods, which all delegate to the
//! generic functions in this module.

use jiter::{Jiter, Peek};
use pyo3::basic::CompareOp;
use pyo3::prelude::*;
use pyo3::pyclass::boolean_struct::True;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyFrozenSet, PyMemoryView, PyString, PyTuple};
use pyo3::{PyClass, PyTypeInfo};

use crate::core::json::{check_utf8, jiter_failure, peek_name, value_span, KeyIndex};
use crate::core::Failure;
use crate::error::{Error, Result};
use crate::field::{jerr, Cx, FieldType};
use crate::pyjson;

/// From this size on, the pure-Rust passes over an input run without the GIL. Below it,
/// releasing and taking back the GIL costs more than it frees.
pub const DETACH_BYTES: usize = 64 * 1024;

/// Reads one field's value from JSON bytes.
pub type JsonReader = for<'a, 'py> fn(&mut Cx<'a, 'py>, Peek) -> Result<Py<PyAny>>;

/// What the rest of the crate (repr, `to_dict`, stubs) knows about one declared field.
pub struct FieldInfo {
    /// The Python property name.
    pub name: &'static str,
    /// The JSON key it is read from.
    pub key: &'static str,
    /// The doc comment.
    pub doc: &'static str,
    pub annotation: fn() -> String,
    pub to_json: for<'py> fn(&Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>>,
    pub repr: fn(&Bound<'_, PyAny>) -> PyResult<String>,
    /// Whether `repr` hides the value (`REDACTED_FIELDS`).
    pub secret: bool,
}

/// What the stub generator and the registry know about one model.
pub struct ModelInfo {
    pub name: &'static str,
    pub doc: &'static str,
    /// The `object` value of the JSON that this model is built from, where it has one.
    pub object: Option<&'static str>,
    pub fields: &'static [FieldInfo],
    /// Stub lines for methods declared next to the model by hand.
    pub extra_stub: &'static str,
    /// Whether Python subclasses exist (then the stub does not mark the class final).
    pub subclass: bool,
}

/// Steps a model can add to the generated ones (declared with `hooks = Type;`).
pub trait Hooks<T: Model> {
    /// After the fields are read from JSON bytes.
    fn finish_json(value: &mut T, cx: &mut Cx<'_, '_>) -> Result<()> {
        let _ = (value, cx);
        Ok(())
    }
    /// After the fields are read from a checked dict.
    fn finish_dict(value: &mut T, d: &Bound<'_, PyDict>) -> Result<()> {
        let _ = (value, d);
        Ok(())
    }
    /// Make the Python object (a subclass, for example).
    fn into_object(value: T, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, value)?.into_any())
    }
}

/// The hooks of models that declare none.
pub struct NoHooks;

impl<T: Model> Hooks<T> for NoHooks {}

/// Implemented by [`model!`] for each declared class.
pub trait Model:
    PyClass<Frozen = True> + PyTypeInfo + Into<PyClassInitializer<Self>> + Sync
{
    type Hooks: Hooks<Self>;
    const CLASS_NAME: &'static str;
    const FIELDS: &'static [FieldInfo];
    fn info() -> ModelInfo;
    fn build_json(cx: &mut Cx<'_, '_>, peek: Peek) -> Result<Self>;
    fn build_dict(d: &Bound<'_, PyDict>) -> Result<Self>;
    /// The stored values, in declaration order.
    fn values(&self) -> Vec<&Py<PyAny>>;
    fn src(&self) -> &RawSrc;
}

/// Where a model's `raw` comes from: built again on each access, so that nobody can
/// change what the model was built from.
pub enum RawSrc {
    /// A checked deep copy of the dict the caller passed.
    Dict(Py<PyDict>),
    /// A byte range of the JSON the caller passed.
    Span {
        buf: Py<PyBytes>,
        start: usize,
        end: usize,
    },
}

/// `"r#type"` → `"type"`: the Python name of a raw Rust identifier.
pub const fn unraw(s: &'static str) -> &'static str {
    match s.as_bytes() {
        [b'r', b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(r) => r,
            Err(_) => s,
        },
        _ => s,
    }
}

/// The hooks type of a model: the declared one, or [`NoHooks`].
#[macro_export]
#[doc(hidden)]
macro_rules! model_hooks {
    () => {
        $crate::model::NoHooks
    };
    ($hooks:ty) => {
        $hooks
    };
}

/// The JSON key of a field: its name, unless the declaration gives one.
#[macro_export]
#[doc(hidden)]
macro_rules! model_key {
    ($field:ident) => {
        $crate::model::unraw(stringify!($field))
    };
    ($field:ident, $key:literal) => {
        $key
    };
}

/// Walk a JSON object and read each declared key with its reader. Unknown keys are
/// skipped; when a key repeats, the last value wins (as in `json.loads`).
pub fn read_object<const N: usize>(
    cx: &mut Cx<'_, '_>,
    peek: Peek,
    index: &KeyIndex,
    readers: &[JsonReader; N],
    fields: &'static [FieldInfo],
) -> Result<([Option<Py<PyAny>>; N], RawSrc)> {
    if peek != Peek::Object {
        return Err(Failure::wrong_type("object", peek_name(peek)).into());
    }
    let start = cx.jiter.current_index();
    let mut slots: [Option<Py<PyAny>>; N] = [const { None }; N];
    // Keys are read as raw bytes (no copy into a scratch buffer) and looked up as such.
    let mut key = cx.jiter.next_object_bytes().map_err(jerr(cx.data))?;
    while let Some(k) = key {
        match index.get_raw(k) {
            Some(&[i]) => {
                let p = cx.jiter.peek().map_err(jerr(cx.data))?;
                let value = readers[i](cx, p).map_err(|e| e.in_field(fields[i].name))?;
                slots[i] = Some(value);
            }
            Some(several) => {
                // One key, several fields: read the value once per field from its span.
                let several = several.to_vec();
                let p = cx.jiter.peek().map_err(jerr(cx.data))?;
                let (start, end) = value_span(&mut cx.jiter, p).map_err(jerr(cx.data))?;
                for i in several {
                    slots[i] = Some(
                        read_span(cx, readers[i], start, end)
                            .map_err(|e| e.in_field(fields[i].name))?,
                    );
                }
            }
            None => cx.jiter.next_skip().map_err(jerr(cx.data))?,
        }
        key = cx.jiter.next_key_bytes().map_err(jerr(cx.data))?;
    }
    let src = RawSrc::Span {
        buf: cx.buf.clone().unbind(),
        start: cx.base + start,
        end: cx.base + cx.jiter.current_index(),
    };
    Ok((slots, src))
}

/// Read one value again from `start..end` of the input, with a parser of its own.
pub fn read_span(
    cx: &Cx<'_, '_>,
    reader: JsonReader,
    start: usize,
    end: usize,
) -> Result<Py<PyAny>> {
    let slice = &cx.data[start..end];
    let mut sub = Cx {
        py: cx.py,
        jiter: Jiter::new(slice),
        data: slice,
        buf: cx.buf,
        base: cx.base + start,
    };
    let p = sub.jiter.peek().map_err(jerr(slice))?;
    reader(&mut sub, p)
}

/// The stored value of a field: what was read, or the field type's value for an absent key.
pub fn fill<T: FieldType>(
    py: Python<'_>,
    slot: Option<Py<PyAny>>,
    name: &'static str,
) -> Result<Py<PyAny>> {
    match slot {
        Some(v) => Ok(v),
        None => T::absent(py).map_err(|e| e.in_field(name)),
    }
}

/// Read one field from a checked dict.
pub fn read_key<T: FieldType>(
    d: &Bound<'_, PyDict>,
    key: Option<&Py<PyString>>,
    name: &'static str,
) -> Result<Py<PyAny>> {
    let py = d.py();
    let Some(key) = key else {
        return Err(Failure::invalid("internal error: key table out of step").into());
    };
    match d.get_item(key.bind(py))? {
        Some(v) => T::from_py(&v),
        None => T::absent(py),
    }
    .map_err(|e| e.in_field(name))
}

/// The interned JSON keys of a model, in declaration order.
pub fn interned_keys<'a>(
    py: Python<'_>,
    cell: &'a PyOnceLock<Vec<Py<PyString>>>,
    fields: &'static [FieldInfo],
) -> &'a [Py<PyString>] {
    cell.get_or_init(py, || {
        fields
            .iter()
            .map(|f| PyString::intern(py, f.key).unbind())
            .collect()
    })
}

/// `Cls.from_json(data)`: `data` is a dict, or JSON text as `str` or bytes-like.
pub fn from_json<T: Model>(data: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    let model = if let Ok(d) = data.cast::<PyDict>() {
        from_dict::<T>(d)
    } else {
        match text_bytes(data).map_err(|e| e.in_class(T::CLASS_NAME))? {
            Some(buf) => check_input(&buf).and_then(|()| parse_bytes::<T>(&buf)),
            None => {
                let name = data.get_type().name()?.to_string();
                return Err(Error::Type(format!(
                    "from_json() takes a dict, str or bytes-like object, not {name}"
                )));
            }
        }
    };
    finish::<T>(data.py(), model)
}

/// Build from JSON bytes whose UTF-8 the caller has already checked (a verified webhook body).
pub fn from_checked_bytes<T: Model>(buf: &Bound<'_, PyBytes>) -> Result<Py<PyAny>> {
    finish::<T>(buf.py(), parse_bytes::<T>(buf))
}

/// Build from a dict this crate has just made from JSON text: nobody else holds it, so it
/// needs no defensive copy.
pub fn from_owned_dict<T: Model>(d: &Bound<'_, PyDict>) -> Result<Py<PyAny>> {
    finish::<T>(d.py(), T::build_dict(d))
}

fn finish<T: Model>(py: Python<'_>, model: Result<T>) -> Result<Py<PyAny>> {
    let model = model.map_err(|e| e.in_class(T::CLASS_NAME))?;
    Ok(<T::Hooks as Hooks<T>>::into_object(model, py)?)
}

/// Build from the caller's dict: first a checked deep copy (which `raw` is rebuilt from and
/// the fields share), then the fields from the copy. When the copy fails, the fields are
/// read from the caller's dict itself, so that an error in a declared field is reported at
/// its property path; an error only in an unknown key is reported as the copy found it.
fn from_dict<T: Model>(d: &Bound<'_, PyDict>) -> Result<T> {
    match pyjson::copy_json_raw(d.as_any()) {
        Ok(copy) => T::build_dict(&copy.cast_into::<PyDict>()?),
        Err(copy_error) => match T::build_dict(d) {
            Err(field_error) => Err(field_error),
            Ok(_) => Err(copy_error),
        },
    }
}

/// The JSON text of a `str` or bytes-like argument as a `bytes` object (`bytes` as is, `str`
/// as UTF-8, `bytearray` and `memoryview` copied); `None` for any other type. A `str` with a
/// lone surrogate has no UTF-8 form and is a parse failure.
pub fn text_bytes<'py>(data: &Bound<'py, PyAny>) -> Result<Option<Bound<'py, PyBytes>>> {
    let py = data.py();
    if let Ok(b) = data.cast::<PyBytes>() {
        return Ok(Some(b.clone()));
    }
    if let Ok(s) = data.cast::<PyString>() {
        return s.encode_utf8().map(Some).map_err(|e| {
            let reason = e.value(py).str().map(|s| s.to_string()).unwrap_or_default();
            Failure::invalid(format!("str is not valid Unicode: {reason}")).into()
        });
    }
    if data.is_instance_of::<PyByteArray>() || data.is_instance_of::<PyMemoryView>() {
        // A released memoryview cannot be read: that is bad input, not a crash.
        let copy = PyBytes::type_object(py).call1((data,)).map_err(|e| {
            let reason = e.value(py).str().map(|s| s.to_string()).unwrap_or_default();
            Error::from(Failure::invalid(format!(
                "the bytes-like input cannot be read: {reason}"
            )))
        })?;
        return Ok(Some(copy.cast_into::<PyBytes>()?));
    }
    Ok(None)
}

/// Check that JSON text is UTF-8 (jiter skips unknown values without checking their strings).
pub fn check_input(buf: &Bound<'_, PyBytes>) -> Result<()> {
    let data = buf.as_bytes();
    if data.len() >= DETACH_BYTES {
        // Long inputs: let other threads run while the check reads the bytes.
        // `bytes` objects are immutable and `buf` keeps this one alive.
        buf.py().detach(|| check_utf8(data))?;
    } else {
        check_utf8(data)?;
    }
    Ok(())
}

fn parse_bytes<T: Model>(buf: &Bound<'_, PyBytes>) -> Result<T> {
    let data = buf.as_bytes();
    let mut cx = Cx {
        py: buf.py(),
        jiter: Jiter::new(data),
        data,
        buf,
        base: 0,
    };
    let peek = cx.jiter.peek().map_err(jerr(data))?;
    if peek != Peek::Object {
        // Let jiter report text that is not JSON at all; otherwise name the type found.
        if let Err(e) = cx.jiter.known_skip(peek) {
            return Err(jiter_failure(&e, data).into());
        }
        return Err(Failure::wrong_type("object", peek_name(peek)).into());
    }
    let model = T::build_json(&mut cx, peek)?;
    cx.jiter.finish().map_err(jerr(data))?;
    Ok(model)
}

/// A fresh dict of what the model was built from, unknown keys included.
pub fn raw<'py, T: Model>(obj: &Bound<'py, T>) -> PyResult<Bound<'py, PyDict>> {
    Ok(raw_any(obj)?.cast_into::<PyDict>()?)
}

fn raw_any<'py, T: Model>(obj: &Bound<'py, T>) -> Result<Bound<'py, PyAny>> {
    let py = obj.py();
    match obj.get().src() {
        RawSrc::Dict(d) => pyjson::copy_json_raw(d.bind(py).as_any()),
        RawSrc::Span { buf, start, end } => {
            pyjson::parse_value(py, &buf.bind(py).as_bytes()[*start..*end])
        }
    }
}

/// The JSON shape of the model: declared fields only, with the API's keys.
pub fn to_dict<'py, T: Model>(obj: &Bound<'py, T>) -> PyResult<Bound<'py, PyDict>> {
    let py = obj.py();
    let out = PyDict::new(py);
    for (field, value) in T::FIELDS.iter().zip(obj.get().values()) {
        let key = PyString::intern(py, field.key);
        // When several fields read one key, the first one declared writes it.
        if !out.contains(&key)? {
            out.set_item(key, (field.to_json)(value.bind(py))?)?;
        }
    }
    Ok(out)
}

static JSON_DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `to_dict()` as compact JSON text.
pub fn to_json<T: Model>(obj: &Bound<'_, T>) -> PyResult<String> {
    let py = obj.py();
    let dumps = JSON_DUMPS.import(py, "json", "dumps")?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("ensure_ascii", false)?;
    kwargs.set_item("separators", (",", ":"))?;
    dumps.call((to_dict(obj)?,), Some(&kwargs))?.extract()
}

/// `Name(field=value, ...)`, with secrets hidden.
pub fn repr<T: Model>(obj: &Bound<'_, T>) -> PyResult<String> {
    let py = obj.py();
    let mut out = obj.as_any().get_type().name()?.to_string();
    out.push('(');
    for (i, (field, value)) in T::FIELDS.iter().zip(obj.get().values()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(field.name);
        out.push('=');
        out.push_str(&(field.repr)(value.bind(py))?);
    }
    out.push(')');
    Ok(out)
}

/// `==` and `!=`: same class and equal declared fields.
pub fn richcmp<T: Model>(
    obj: &Bound<'_, T>,
    other: &Bound<'_, PyAny>,
    op: CompareOp,
) -> PyResult<Py<PyAny>> {
    let py = obj.py();
    let Ok(other) = other.cast::<T>() else {
        return Ok(py.NotImplemented());
    };
    let equal = || -> PyResult<bool> {
        if obj.as_any().is(other.as_any()) {
            return Ok(true);
        }
        for (a, b) in obj.get().values().into_iter().zip(other.get().values()) {
            if !a.is(b) && !a.bind(py).eq(b.bind(py))? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    match op {
        CompareOp::Eq => Ok(equal()?.into_pyobject(py)?.to_owned().into_any().unbind()),
        CompareOp::Ne => Ok((!equal()?)
            .into_pyobject(py)?
            .to_owned()
            .into_any()
            .unbind()),
        _ => Ok(py.NotImplemented()),
    }
}

/// Pickling: rebuild with `Cls.from_json` from the JSON the model was built from.
pub fn reduce<'py, T: Model>(
    obj: &Bound<'py, T>,
) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyAny>,))> {
    let py = obj.py();
    let ctor = obj
        .as_any()
        .get_type()
        .getattr(pyo3::intern!(py, "from_json"))?;
    let state = match obj.get().src() {
        RawSrc::Dict(_) => raw_any(obj)?,
        RawSrc::Span { buf, start, end } => {
            let bytes = buf.bind(py);
            if *start == 0 && *end == bytes.as_bytes().len() {
                bytes.clone().into_any()
            } else {
                PyBytes::new(py, &bytes.as_bytes()[*start..*end]).into_any()
            }
        }
    };
    Ok((ctor, (state,)))
}

/// The property names, for `match` statements.
pub fn match_args<T: Model>(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, T::FIELDS.iter().map(|f| f.name))
}

/// The names of the fields whose values `repr` hides.
pub fn redacted_fields<T: Model>(py: Python<'_>) -> PyResult<Bound<'_, PyFrozenSet>> {
    PyFrozenSet::new(py, T::FIELDS.iter().filter(|f| f.secret).map(|f| f.name))
}

/// Declare a model class. This is the only place its fields are listed.
///
/// ```ignore
/// model! {
///     /// Doc for the class.
///     Session (object = "session") {
///         /// Doc for the property.
///         id: Str,
///         r#type: Str,                 // property `type`, JSON key "type"
///         external_id: Str = "provider_user_id",   // another JSON key
///     }
/// }
/// ```
#[macro_export]
macro_rules! model {
    (
        $(#[doc = $doc:literal])*
        $name:ident $( (object = $object:literal) )? $( [$flag:ident] )? {
            $(
                $(#[doc = $fdoc:literal])*
                $field:ident : $ty:ty $(= $key:literal)?
            ),* $(,)?
        }
        $( hooks = $hooks:ty; )?
        $(
            stub $stub:literal;
            impl { $($extra:tt)* }
        )?
    ) => {
        $(#[doc = $doc])*
        #[pyo3::pyclass(frozen, $($flag,)? module = "clerk_backend")]
        pub struct $name {
            $(
                $(#[doc = $fdoc])*
                #[pyo3(get)]
                pub $field: pyo3::Py<pyo3::PyAny>,
            )*
            src: $crate::model::RawSrc,
        }

        impl $crate::model::Model for $name {
            type Hooks = $crate::model_hooks!($($hooks)?);
            const CLASS_NAME: &'static str = stringify!($name);
            const FIELDS: &'static [$crate::model::FieldInfo] = &[
                $(
                    $crate::model::FieldInfo {
                        name: $crate::model::unraw(stringify!($field)),
                        key: $crate::model_key!($field $(, $key)?),
                        doc: concat!($($fdoc, "\n",)* ""),
                        annotation: <$ty as $crate::field::FieldType>::annotation,
                        to_json: <$ty as $crate::field::FieldType>::to_json,
                        repr: <$ty as $crate::field::FieldType>::repr,
                        secret: <$ty as $crate::field::FieldType>::SECRET,
                    },
                )*
            ];

            fn info() -> $crate::model::ModelInfo {
                $crate::model::ModelInfo {
                    name: stringify!($name),
                    doc: concat!($($doc, "\n",)* ""),
                    object: None $( .or(Some($object)) )?,
                    fields: Self::FIELDS,
                    extra_stub: concat!("" $(, $stub)?),
                    subclass: !concat!("" $(, stringify!($flag))?).is_empty(),
                }
            }

            fn build_json(
                cx: &mut $crate::field::Cx<'_, '_>,
                peek: jiter::Peek,
            ) -> $crate::error::Result<Self> {
                const N: usize = <$name as $crate::model::Model>::FIELDS.len();
                const READERS: [$crate::model::JsonReader; N] =
                    [$(<$ty as $crate::field::FieldType>::from_json),*];
                static INDEX: std::sync::OnceLock<$crate::core::KeyIndex> = std::sync::OnceLock::new();
                let index = INDEX.get_or_init(|| {
                    $crate::core::KeyIndex::new(Self::FIELDS.iter().map(|f| f.key))
                });
                let (slots, src) = $crate::model::read_object(cx, peek, index, &READERS, Self::FIELDS)?;
                let mut slots = slots.into_iter();
                let mut value = Self {
                    $(
                        $field: $crate::model::fill::<$ty>(
                            cx.py,
                            slots.next().flatten(),
                            const { $crate::model::unraw(stringify!($field)) },
                        )?,
                    )*
                    src,
                };
                <Self::Hooks as $crate::model::Hooks<Self>>::finish_json(&mut value, cx)?;
                Ok(value)
            }

            fn build_dict(d: &pyo3::Bound<'_, pyo3::types::PyDict>) -> $crate::error::Result<Self> {
                static KEYS: pyo3::sync::PyOnceLock<Vec<pyo3::Py<pyo3::types::PyString>>> =
                    pyo3::sync::PyOnceLock::new();
                let mut keys = $crate::model::interned_keys(d.py(), &KEYS, Self::FIELDS).iter();
                let mut value = Self {
                    $(
                        $field: $crate::model::read_key::<$ty>(
                            d,
                            keys.next(),
                            const { $crate::model::unraw(stringify!($field)) },
                        )?,
                    )*
                    src: $crate::model::RawSrc::Dict(d.clone().unbind()),
                };
                <Self::Hooks as $crate::model::Hooks<Self>>::finish_dict(&mut value, d)?;
                Ok(value)
            }

            fn values(&self) -> Vec<&pyo3::Py<pyo3::PyAny>> {
                vec![$(&self.$field),*]
            }

            fn src(&self) -> &$crate::model::RawSrc {
                &self.src
            }
        }

        #[pyo3::pymethods]
        impl $name {
            /// Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like.
            #[classmethod]
            #[pyo3(signature = (data, /))]
            fn from_json(
                _cls: &pyo3::Bound<'_, pyo3::types::PyType>,
                data: &pyo3::Bound<'_, pyo3::PyAny>,
            ) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
                Ok($crate::model::from_json::<Self>(data)?)
            }

            /// A new dict of the JSON this was built from, unknown keys included.
            #[getter]
            fn raw<'py>(
                slf: &pyo3::Bound<'py, Self>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyDict>> {
                $crate::model::raw(slf)
            }

            /// The declared fields as a JSON-shaped dict with the API's keys.
            fn to_dict<'py>(
                slf: &pyo3::Bound<'py, Self>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::types::PyDict>> {
                $crate::model::to_dict(slf)
            }

            /// `to_dict()` as compact JSON text.
            fn to_json(slf: &pyo3::Bound<'_, Self>) -> pyo3::PyResult<String> {
                $crate::model::to_json(slf)
            }

            fn __repr__(slf: &pyo3::Bound<'_, Self>) -> pyo3::PyResult<String> {
                $crate::model::repr(slf)
            }

            fn __richcmp__(
                slf: &pyo3::Bound<'_, Self>,
                other: &pyo3::Bound<'_, pyo3::PyAny>,
                op: pyo3::basic::CompareOp,
            ) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
                $crate::model::richcmp(slf, other, op)
            }

            fn __reduce__<'py>(
                slf: &pyo3::Bound<'py, Self>,
            ) -> pyo3::PyResult<(pyo3::Bound<'py, pyo3::PyAny>, (pyo3::Bound<'py, pyo3::PyAny>,))> {
                $crate::model::reduce(slf)
            }

            #[classattr]
            fn __match_args__(py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Bound<'_, pyo3::types::PyTuple>> {
                $crate::model::match_args::<Self>(py)
            }

            /// The fields whose values `repr` hides.
            #[classattr]
            #[allow(non_snake_case)]
            fn REDACTED_FIELDS(py: pyo3::Python<'_>) -> pyo3::PyResult<pyo3::Bound<'_, pyo3::types::PyFrozenSet>> {
                $crate::model::redacted_fields::<Self>(py)
            }

            $($($extra)*)?
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::core::KeyIndex;

    /// Every declared model gets the fast key lookup, not the hash-map fallback.
    #[test]
    fn every_model_has_a_slot_per_key() {
        let infos = crate::models::infos();
        assert!(infos.len() > 30);
        for info in infos {
            let index = KeyIndex::new(info.fields.iter().map(|f| f.key));
            assert!(!index.uses_fallback(), "{}", info.name);
            for (i, field) in info.fields.iter().enumerate() {
                assert!(index.get(field.key).is_some_and(|p| p.contains(&i)));
            }
        }
    }
}
