//! The model mechanism. A model is declared once with [`model!`]; the macro
//! generates the frozen pyclass, its field table, both parsers (JSON bytes and
//! Python dict), and the Python protocol methods, which all delegate to the
//! generic functions in this module.

use std::cell::Cell;

use jiter::{Jiter, Peek};
use pyo3::basic::CompareOp;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::pyclass::boolean_struct::True;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyByteArray, PyBytes, PyCFunction, PyDict, PyFrozenSet, PyMemoryView, PyString, PyTuple, PyType,
};
use pyo3::{PyClass, PyTypeInfo};

use crate::error::{Error, Result};
use crate::field::{json_error_at, wrong, FieldType, ParseContext};
use crate::pyjson;
use clerk_core::json::{check_utf8, value_span, KeyIndex};
use clerk_core::{Failure, FailureKind};

/// From this size on, the pure-Rust passes over an input run without the GIL. Below it,
/// releasing and taking back the GIL costs more than it frees.
pub(crate) const DETACH_BYTES: usize = 64 * 1024;

/// Reads one field's value from JSON bytes.
pub(crate) type JsonReader = for<'a, 'py> fn(&mut ParseContext<'a, 'py>, Peek) -> Result<Py<PyAny>>;

/// What the rest of the crate (repr, `to_dict`, stubs) knows about one declared field.
pub(crate) struct FieldInfo {
    /// The Python property name.
    pub(crate) name: &'static str,
    /// The JSON key it is read from.
    pub(crate) key: &'static str,
    /// The doc comment.
    pub(crate) doc: &'static str,
    pub(crate) annotation: fn() -> String,
    pub(crate) to_json: for<'py> fn(&Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>>,
    pub(crate) repr: fn(&Bound<'_, PyAny>) -> PyResult<String>,
    /// Whether `repr` hides the value (`REDACTED_FIELDS`).
    pub(crate) secret: bool,
}

/// What the stub generator and the registry know about one model.
pub(crate) struct ModelInfo {
    pub(crate) name: &'static str,
    pub(crate) doc: &'static str,
    /// The `object` value of the JSON that this model is built from, where it has one.
    pub(crate) object: Option<&'static str>,
    pub(crate) fields: &'static [FieldInfo],
    /// Stub lines for methods declared next to the model by hand.
    pub(crate) extra_stub: &'static str,
    /// Whether Python subclasses exist (then the stub does not mark the class final).
    pub(crate) subclass: bool,
}

/// Steps a model can add to the generated ones (declared with `hooks = Type;`).
pub(crate) trait Hooks<T: Model> {
    /// After the fields are read from JSON bytes.
    fn finish_json(value: &mut T, cx: &mut ParseContext<'_, '_>) -> Result<()> {
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
        new_object(py, value)
    }
}

/// The hooks of models that declare none.
pub(crate) struct NoHooks;

impl<T: Model> Hooks<T> for NoHooks {}

/// Implemented by [`model!`] for each declared class.
pub(crate) trait Model:
    PyClass<Frozen = True> + PyTypeInfo + Into<PyClassInitializer<Self>> + Sync
{
    type Hooks: Hooks<Self>;
    const CLASS_NAME: &'static str;
    const FIELDS: &'static [FieldInfo];
    fn info() -> ModelInfo;
    /// The `object` value of the JSON this model is built from, where it has one.
    const OBJECT: Option<&'static str>;
    /// The position of the field read from the `object` key, if one is.
    const OBJECT_FIELD: Option<usize> = object_field(Self::FIELDS);
    /// The stored value of field `i`.
    fn value(&self, i: usize) -> Option<&Py<PyAny>>;
    fn build_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Self>;
    fn build_dict(d: &Bound<'_, PyDict>) -> Result<Self>;
    /// The stored values, in declaration order (`None` in the slot of a broken field).
    fn values(&self) -> Vec<&Py<PyAny>>;
    fn src(&self) -> &RawSrc;
    fn problems(&self) -> &Problems;
}

/// The position of the field whose JSON key is `object`.
const fn object_field(fields: &[FieldInfo]) -> Option<usize> {
    let mut i = 0;
    while i < fields.len() {
        let key = fields[i].key.as_bytes();
        if key.len() == 6
            && key[0] == b'o'
            && key[1] == b'b'
            && key[2] == b'j'
            && key[3] == b'e'
            && key[4] == b'c'
            && key[5] == b't'
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// One field of a model that could not be typed (tolerant reading): its property raises
/// this failure instead of returning a value of the wrong type.
pub(crate) struct Broken {
    /// The field's position in [`Model::FIELDS`].
    pub(crate) field: usize,
    /// What went wrong, with the path from the field inwards (no class name).
    pub(crate) failure: Failure,
    /// The JSON value that was sent, as plain Python objects; `None` when the key was absent.
    pub(crate) sent: Option<Py<PyAny>>,
}

struct ProblemList {
    own: Vec<Broken>,
    /// How many broken fields the models inside this one have, at any depth.
    inner: usize,
}

/// The broken fields of one model, and whether the models inside it have any. Nothing is
/// allocated for an exact payload.
#[derive(Default)]
pub(crate) struct Problems(Option<Box<ProblemList>>);

thread_local! {
    /// Broken fields recorded so far on this thread: a model's count before and after its
    /// fields are read tells whether the models inside it have any.
    static RECORDED: Cell<usize> = const { Cell::new(0) };
}

/// The number of broken fields recorded so far on this thread.
pub(crate) fn recorded() -> usize {
    RECORDED.with(Cell::get)
}

/// Forget what was recorded since `count` (a value read ahead and thrown away).
pub(crate) fn rewind(count: usize) {
    RECORDED.with(|c| c.set(count));
}

impl Problems {
    /// Add a broken field while the model is being built.
    pub(crate) fn add(&mut self, broken: Broken) {
        self.0
            .get_or_insert_with(|| {
                Box::new(ProblemList {
                    own: Vec::new(),
                    inner: 0,
                })
            })
            .own
            .push(broken);
    }

    /// The problems of a model whose fields were read since the count was `before`.
    pub(crate) fn seal(mut self, before: usize) -> Self {
        let now = recorded();
        let inner = now.saturating_sub(before);
        let own = self.own().len();
        if own > 0 {
            RECORDED.with(|c| c.set(now + own));
        }
        match &mut self.0 {
            Some(list) => list.inner = inner,
            None if inner > 0 => {
                self.0 = Some(Box::new(ProblemList {
                    own: Vec::new(),
                    inner,
                }));
            }
            None => {}
        }
        self
    }

    /// This model's own broken fields.
    pub(crate) fn own(&self) -> &[Broken] {
        self.0.as_ref().map_or(&[], |l| &l.own)
    }

    /// Whether this model or a model inside it has a broken field.
    pub(crate) fn any(&self) -> bool {
        self.0.is_some()
    }

    /// Whether a model inside this one (at any depth) has a broken field.
    pub(crate) fn inside(&self) -> bool {
        self.0.as_ref().is_some_and(|l| l.inner > 0)
    }

    /// The broken field at position `field`.
    pub(crate) fn get(&self, field: usize) -> Option<&Broken> {
        self.own().iter().find(|b| b.field == field)
    }
}

/// Collects the fields of one model as they are read: the value, or a broken field.
pub(crate) struct Collect {
    next: usize,
    pub(crate) problems: Problems,
}

impl Collect {
    pub(crate) fn new(broken: Vec<Broken>) -> Self {
        let mut problems = Problems::default();
        for b in broken {
            problems.add(b);
        }
        Self { next: 0, problems }
    }

    /// Keep a soft failure as a broken field (its slot holds `None`, which nobody reads:
    /// see [`new_object`]); a hard one fails the parse.
    fn keep(
        &mut self,
        py: Python<'_>,
        field: usize,
        error: Error,
        name: &'static str,
        sent: Option<Py<PyAny>>,
    ) -> Result<Py<PyAny>> {
        match error {
            Error::Parse(f) if !f.kind.is_hard() => {
                self.problems.add(Broken {
                    field,
                    failure: f.in_field(name),
                    sent,
                });
                Ok(py.None())
            }
            other => Err(other.in_field(name)),
        }
    }

    /// The next field from what [`read_object`] read: its value, the field type's value for an
    /// absent key, or nothing (a broken field).
    pub(crate) fn slot<T: FieldType>(
        &mut self,
        py: Python<'_>,
        slot: Option<Py<PyAny>>,
        name: &'static str,
    ) -> Result<Py<PyAny>> {
        let i = self.next;
        self.next += 1;
        if let Some(v) = slot {
            return Ok(v);
        }
        if self.problems.get(i).is_some() {
            return Ok(py.None());
        }
        match T::absent(py) {
            Ok(v) => Ok(v),
            Err(e) => self.keep(py, i, e, name, None),
        }
    }

    /// The next field, read from a checked dict.
    pub(crate) fn key<T: FieldType>(
        &mut self,
        d: &Bound<'_, PyDict>,
        key: Option<&Py<PyString>>,
        name: &'static str,
    ) -> Result<Py<PyAny>> {
        let py = d.py();
        let i = self.next;
        self.next += 1;
        let Some(key) = key else {
            return Err(Failure::invalid("internal error: key table out of step").into());
        };
        match d.get_item(key.bind(py))? {
            Some(v) => match T::from_py(&v) {
                Ok(x) => Ok(x),
                Err(e) => self.keep(py, i, e, name, Some(v.unbind())),
            },
            None => match T::absent(py) {
                Ok(x) => Ok(x),
                Err(e) => self.keep(py, i, e, name, None),
            },
        }
    }
}

/// The keys a model's JSON index looks up: its fields', and `object` when the model has an
/// `object` value but no field for it (it is then at position `FIELDS.len()`).
pub(crate) fn index_keys<T: Model>() -> impl Iterator<Item = &'static str> {
    let extra = match (T::OBJECT, T::OBJECT_FIELD) {
        (Some(_), None) => Some("object"),
        _ => None,
    };
    T::FIELDS.iter().map(|f| f.key).chain(extra)
}

/// The `object` value that [`read_object`] checks itself (for a model with no field for it).
pub(crate) const fn unread_object<T: Model>() -> Option<&'static str> {
    match T::OBJECT_FIELD {
        None => T::OBJECT,
        Some(_) => None,
    }
}

/// Whether an `object` value names the class whose value is `expected`. Webhooks spell some in
/// camel case (`waitlistEntry` for `waitlist_entry`), so case and underscores do not count.
pub(crate) fn same_object(found: &str, expected: &str) -> bool {
    found == expected || {
        let letters = |s: &str| {
            s.chars()
                .filter(|&c| c != '_')
                .map(|c| c.to_ascii_lowercase())
                .collect::<String>()
        };
        letters(found) == letters(expected)
    }
}

/// The same check on a dict, for a model with no field for `object`.
pub(crate) fn check_object_key<T: Model>(d: &Bound<'_, PyDict>) -> Result<()> {
    let Some(expected) = unread_object::<T>() else {
        return Ok(());
    };
    let Some(found) = d.get_item(pyo3::intern!(d.py(), "object"))? else {
        return Ok(());
    };
    let Ok(found) = found.cast::<PyString>() else {
        return Ok(());
    };
    let found = found.to_cow()?;
    if same_object(&found, expected) {
        return Ok(());
    }
    Err(Failure::new(FailureKind::WrongObject {
        expected,
        found: found.into_owned(),
    })
    .into())
}

/// A model whose `object` value names another class is not that model: the caller's
/// input is something else (an event envelope given to `User.from_json`, say).
pub(crate) fn check_object<T: Model>(value: &T, py: Python<'_>) -> Result<()> {
    let (Some(expected), Some(i)) = (T::OBJECT, T::OBJECT_FIELD) else {
        return Ok(());
    };
    let Some(v) = value.value(i) else {
        return Ok(());
    };
    // (A broken `object` holds `None`, which is no string.)
    let Ok(found) = v.bind(py).cast::<PyString>() else {
        return Ok(());
    };
    let found = found.to_cow()?;
    if same_object(&found, expected) {
        return Ok(());
    }
    Err(Failure::new(FailureKind::WrongObject {
        expected,
        found: found.into_owned(),
    })
    .into())
}

/// Where a model's `raw` comes from: built again on each access, so that nobody can
/// change what the model was built from.
pub(crate) enum RawSrc {
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
pub(crate) const fn unraw(s: &'static str) -> &'static str {
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

/// `Some(object)` of a model that declares one, else `None`.
#[macro_export]
#[doc(hidden)]
macro_rules! model_object {
    () => {
        None
    };
    ($object:literal) => {
        Some($object)
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
///
/// A value that does not fit its field (a soft failure) leaves the slot empty and is
/// returned as a [`Broken`] field; the walk goes on after it. A hard failure ends the parse.
#[allow(clippy::type_complexity)]
pub(crate) fn read_object<const N: usize>(
    cx: &mut ParseContext<'_, '_>,
    peek: Peek,
    index: &KeyIndex,
    readers: &[JsonReader; N],
    fields: &'static [FieldInfo],
    object: Option<&'static str>,
) -> Result<([Option<Py<PyAny>>; N], RawSrc, Vec<Broken>)> {
    if peek != Peek::Object {
        return Err(wrong(cx, "object", peek));
    }
    // The `object` value, when it names another class than `object` (the index has the key
    // at position `N` for a model that declares no field for it).
    let mut other: Option<String> = None;
    let start = cx.jiter.current_index();
    // `deserialize` learns from the keys of an object it builds on a guess what it is.
    let watched = crate::deserialize::watching(cx.base + start);
    let mut slots: [Option<Py<PyAny>>; N] = [const { None }; N];
    let mut broken: Vec<Broken> = Vec::new();
    // Keys are read as raw bytes (no copy into a scratch buffer) and looked up as such.
    let mut key = cx
        .jiter
        .next_object_bytes()
        .map_err(json_error_at(cx.data))?;
    while let Some(k) = key {
        let seen = if watched {
            crate::deserialize::watched_key(k)
        } else {
            None
        };
        let positions = index.get_raw(k);
        if let Some(seen) = seen {
            crate::deserialize::saw_key(seen, cx.base + cx.jiter.current_index());
        }
        match positions {
            Some(&[i]) if i >= N => {
                let p = cx.jiter.peek().map_err(json_error_at(cx.data))?;
                other = None;
                if p == Peek::String {
                    let found = cx.jiter.known_str().map_err(json_error_at(cx.data))?;
                    if object.is_some_and(|o| !same_object(found, o)) {
                        other = Some(found.to_owned());
                    }
                } else {
                    cx.jiter.known_skip(p).map_err(json_error_at(cx.data))?;
                }
            }
            Some(&[i]) => {
                let p = cx.jiter.peek().map_err(json_error_at(cx.data))?;
                let at = cx.jiter.current_index();
                match readers[i](cx, p) {
                    Ok(value) => {
                        slots[i] = Some(value);
                        if !broken.is_empty() {
                            // A repeated key: the last value wins.
                            broken.retain(|b| b.field != i);
                        }
                    }
                    Err(e) => {
                        if e.is_soft() && cx.jiter.current_index() == at {
                            // Nothing was consumed: step over the value.
                            cx.jiter.known_skip(p).map_err(json_error_at(cx.data))?;
                        }
                        let end = cx.jiter.current_index();
                        slots[i] = None;
                        broken.retain(|b| b.field != i);
                        broken.push(broken_field(cx, i, fields, e, at, end)?);
                    }
                }
            }
            Some(several) => {
                // One key, several fields: read the value once per field from its span.
                let several = several.to_vec();
                let p = cx.jiter.peek().map_err(json_error_at(cx.data))?;
                let (start, end) = value_span(&mut cx.jiter, p).map_err(json_error_at(cx.data))?;
                for i in several {
                    broken.retain(|b| b.field != i);
                    match read_span(cx, readers[i], start, end) {
                        Ok(value) => slots[i] = Some(value),
                        Err(e) => {
                            slots[i] = None;
                            broken.push(broken_field(cx, i, fields, e, start, end)?);
                        }
                    }
                }
            }
            None => cx.jiter.next_skip().map_err(json_error_at(cx.data))?,
        }
        key = cx.jiter.next_key_bytes().map_err(json_error_at(cx.data))?;
    }
    if let (Some(expected), Some(found)) = (object, other) {
        return Err(Failure::new(FailureKind::WrongObject { expected, found }).into());
    }
    let src = RawSrc::Span {
        buf: cx.buf.clone().unbind(),
        start: cx.base + start,
        end: cx.base + cx.jiter.current_index(),
    };
    Ok((slots, src, broken))
}

/// Field `i` failed on the value at `start..end`: a broken field when the failure is soft.
#[cold]
fn broken_field(
    cx: &ParseContext<'_, '_>,
    i: usize,
    fields: &'static [FieldInfo],
    error: Error,
    start: usize,
    end: usize,
) -> Result<Broken> {
    let name = fields[i].name;
    match error {
        Error::Parse(f) if !f.kind.is_hard() => Ok(Broken {
            field: i,
            failure: f.in_field(name),
            // What was sent, as plain objects (a number too large for a float has none).
            sent: pyjson::parse_value(cx.py, &cx.data[start..end])
                .ok()
                .map(Bound::unbind),
        }),
        other => Err(other.in_field(name)),
    }
}

/// Read one value again from `start..end` of the input, with a parser of its own.
pub(crate) fn read_span(
    cx: &ParseContext<'_, '_>,
    reader: JsonReader,
    start: usize,
    end: usize,
) -> Result<Py<PyAny>> {
    let slice = &cx.data[start..end];
    let mut sub = ParseContext {
        py: cx.py,
        jiter: Jiter::new(slice),
        data: slice,
        buf: cx.buf,
        base: cx.base + start,
    };
    let p = sub.jiter.peek().map_err(json_error_at(slice))?;
    reader(&mut sub, p)
}

/// The interned JSON keys of a model, in declaration order.
pub(crate) fn interned_keys<'a>(
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

/// `Cls.from_json(data)`: `data` is a dict, or JSON text as `str` or bytes-like. With
/// `strict`, a model with a broken field (at any depth) is a `ParseError` naming them all.
pub(crate) fn from_json<T: Model>(data: &Bound<'_, PyAny>, strict: bool) -> Result<Py<PyAny>> {
    let obj = from_state::<T>(data)?;
    deletion_marker::<T>(obj.bind(data.py()))?;
    if strict {
        crate::problems::check_strict(obj.bind(data.py()))?;
    }
    Ok(obj)
}

/// Build from what `__reduce__` saved (or from a caller's input, before `from_json`'s checks of
/// what a caller passes): a model that was built once is built again, deletion marker or not.
pub(crate) fn from_state<T: Model>(data: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
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

/// A deletion marker (`{"object": "user", "id": ..., "deleted": true}`, what Clerk answers a
/// DELETE with and sends in `*.deleted` webhooks) given to the class it names lacks that class's
/// required fields: say what it is and what reads it, instead of building a model whose
/// properties raise.
#[cold]
fn deletion_marker<T: Model>(obj: &Bound<'_, PyAny>) -> Result<()> {
    let Ok(model) = obj.cast::<T>() else {
        return Ok(());
    };
    if model.get().problems().own().is_empty() || T::FIELDS.iter().any(|f| f.key == "deleted") {
        return Ok(());
    }
    let raw = raw_any(model)?;
    let deleted = raw
        .get_item(pyo3::intern!(obj.py(), "deleted"))
        .ok()
        .and_then(|v| v.extract::<bool>().ok());
    if deleted != Some(true) {
        return Ok(());
    }
    let what = T::OBJECT.unwrap_or(T::CLASS_NAME);
    Err(Error::from(Failure::invalid(format!(
        "got a deletion marker (\"deleted\": true), not the {what} object itself: \
         DeletedObject.from_json or clerk_backend.deserialize reads it"
    )))
    .in_class(T::CLASS_NAME))
}

/// Build from JSON bytes whose UTF-8 the caller has already checked (a verified webhook body).
pub(crate) fn from_checked_bytes<T: Model>(buf: &Bound<'_, PyBytes>) -> Result<Py<PyAny>> {
    finish::<T>(buf.py(), parse_bytes::<T>(buf))
}

/// Build from a dict this crate has just made from JSON text: nobody else holds it, so it
/// needs no defensive copy.
pub(crate) fn from_owned_dict<T: Model>(d: &Bound<'_, PyDict>) -> Result<Py<PyAny>> {
    finish::<T>(d.py(), T::build_dict(d))
}

fn finish<T: Model>(py: Python<'_>, model: Result<T>) -> Result<Py<PyAny>> {
    let model = model.map_err(|e| top_level(e).in_class(T::CLASS_NAME))?;
    Ok(<T::Hooks as Hooks<T>>::into_object(model, py)?)
}

/// A failure of the whole input. An `object` naming another class says where such a
/// body is read instead.
#[cold]
fn top_level(error: Error) -> Error {
    match error {
        Error::Parse(f) => match &f.kind {
            FailureKind::WrongObject { found, .. } => {
                let hint = if found == "event" {
                    "a webhook body is read with Webhook.verify or WebhookEvent.from_json"
                } else {
                    "clerk_backend.deserialize builds the class that `object` names"
                };
                Failure::invalid(format!("{} ({hint})", f.detail())).into()
            }
            _ => Error::Parse(f),
        },
        other => other,
    }
}

/// Build from the caller's dict: first a checked deep copy (which `raw` is rebuilt from and
/// the fields share), then the fields from the copy. A value that JSON cannot hold fails the
/// whole input. When the copy fails, the fields are read from the caller's dict itself, so
/// that such a value in a declared field is reported at its property path (with the field's
/// nesting limit); one only in an unknown key is reported as the copy found it.
fn from_dict<T: Model>(d: &Bound<'_, PyDict>) -> Result<T> {
    match pyjson::copy_json_raw(d.as_any()) {
        Ok(copy) => T::build_dict(&copy.cast_into::<PyDict>()?),
        Err(copy_error) => {
            let before = recorded();
            let field_error = T::build_dict(d).err();
            rewind(before);
            Err(field_error.unwrap_or(copy_error))
        }
    }
}

/// The JSON text of a `str` or bytes-like argument as a `bytes` object (`bytes` as is, `str`
/// as UTF-8, `bytearray` and `memoryview` copied); `None` for any other type. A `str` with a
/// lone surrogate has no UTF-8 form and is a parse failure.
pub(crate) fn text_bytes<'py>(data: &Bound<'py, PyAny>) -> Result<Option<Bound<'py, PyBytes>>> {
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
pub(crate) fn check_input(buf: &Bound<'_, PyBytes>) -> Result<()> {
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
    let mut cx = ParseContext::over(buf);
    let data = cx.data;
    let peek = cx.jiter.peek().map_err(json_error_at(data))?;
    if peek != Peek::Object {
        // Text that is not JSON at all says so; otherwise name the type found.
        return Err(wrong(&mut cx, "object", peek));
    }
    let model = T::build_json(&mut cx, peek)?;
    cx.jiter.finish().map_err(json_error_at(data))?;
    Ok(model)
}

/// A fresh dict of what the model was built from, unknown keys included.
pub(crate) fn raw<'py, T: Model>(obj: &Bound<'py, T>) -> PyResult<Bound<'py, PyDict>> {
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
pub(crate) fn to_dict<'py, T: Model>(obj: &Bound<'py, T>) -> PyResult<Bound<'py, PyDict>> {
    let py = obj.py();
    let out = PyDict::new(py);
    let model = obj.get();
    for (i, (field, value)) in T::FIELDS.iter().zip(model.values()).enumerate() {
        let key = PyString::intern(py, field.key);
        // When several fields read one key, the first one declared writes it.
        if out.contains(&key)? {
            continue;
        }
        match model.problems().get(i) {
            None => out.set_item(key, (field.to_json)(value.bind(py))?)?,
            // A broken field gives back what was sent (nothing, for an absent key), so that
            // the dict builds an equal model with the same problem.
            Some(broken) => {
                if let Some(sent) = &broken.sent {
                    out.set_item(key, pyjson::copy_json_raw(sent.bind(py))?)?;
                }
            }
        }
    }
    Ok(out)
}

static JSON_DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();

/// `to_dict()` as compact JSON text.
pub(crate) fn to_json<T: Model>(obj: &Bound<'_, T>) -> PyResult<String> {
    let py = obj.py();
    let dumps = JSON_DUMPS.import(py, "json", "dumps")?;
    let kwargs = PyDict::new(py);
    kwargs.set_item("ensure_ascii", false)?;
    kwargs.set_item("separators", (",", ":"))?;
    dumps.call((to_dict(obj)?,), Some(&kwargs))?.extract()
}

/// `Name(field=value, ...)`, with secrets hidden.
pub(crate) fn repr<T: Model>(obj: &Bound<'_, T>) -> PyResult<String> {
    let py = obj.py();
    let mut out = obj.as_any().get_type().name()?.to_string();
    out.push('(');
    let model = obj.get();
    for (i, (field, value)) in T::FIELDS.iter().zip(model.values()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(field.name);
        out.push('=');
        match model.problems().get(i) {
            None => out.push_str(&(field.repr)(value.bind(py))?),
            // The failure names JSON types, never the value (which may be a secret).
            Some(broken) => out.push_str(&format!("<invalid: {}>", broken.failure.detail())),
        }
    }
    out.push(')');
    Ok(out)
}

/// `==` and `!=`: same class and equal declared fields.
pub(crate) fn richcmp<T: Model>(
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
        let (this, that) = (obj.get(), other.get());
        let checked = this.problems().any() || that.problems().any();
        for (i, (a, b)) in this.values().into_iter().zip(that.values()).enumerate() {
            if checked {
                // A broken field equals a broken field to which the same JSON was sent.
                match (this.problems().get(i), that.problems().get(i)) {
                    (None, None) => {}
                    (Some(x), Some(y)) => {
                        match (&x.sent, &y.sent) {
                            (None, None) => {}
                            (Some(x), Some(y)) if x.bind(py).eq(y.bind(py))? => {}
                            _ => return Ok(false),
                        }
                        continue;
                    }
                    _ => return Ok(false),
                }
            }
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
pub(crate) fn reduce<'py, T: Model>(
    obj: &Bound<'py, T>,
) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyAny>,))> {
    let py = obj.py();
    // The declared class (not a hidden subclass, which pickle cannot name): `from_json`
    // builds the same class again, an event its subclass. A model with a broken field is built
    // again by `_from_state`, which skips the deletion-marker check of `from_json` (a nested
    // model may be a marker that its parent kept).
    let ctor = if obj.get().problems().own().is_empty() {
        obj.as_any()
            .get_type()
            .getattr(pyo3::intern!(py, "from_json"))?
    } else {
        T::type_object(py).getattr(pyo3::intern!(py, "_from_state"))?
    };
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

/// The error that reading the broken field `field` of `obj` raises: a `ParseError` whose path
/// starts with the class name.
pub(crate) fn broken_error<T: Model>(obj: &Bound<'_, T>, field: usize) -> PyErr {
    let class = obj
        .as_any()
        .get_type()
        .name()
        .map_or_else(|_| T::CLASS_NAME.to_owned(), |n| n.to_string());
    match obj.get().problems().get(field) {
        Some(b) => crate::problems::parse_error(obj.py(), &class, &b.failure),
        None => PyRuntimeError::new_err("internal error: the field is not broken"),
    }
}

/// The value of the field called `name`, or the `ParseError` of a broken field (for getters
/// written by hand that read other fields).
pub(crate) fn field_value<'a, T: Model>(
    obj: &'a Bound<'_, T>,
    name: &str,
) -> PyResult<&'a Py<PyAny>> {
    let model = obj.get();
    let i = T::FIELDS
        .iter()
        .position(|f| f.name == name)
        .ok_or_else(|| PyRuntimeError::new_err(format!("internal error: no field {name}")))?;
    if model.problems().get(i).is_some() {
        return Err(broken_error(obj, i));
    }
    model
        .value(i)
        .ok_or_else(|| PyRuntimeError::new_err("internal error: no value"))
}

/// Make the Python object of a model. A model with a broken field becomes an instance of a
/// hidden subclass (named like its class) whose properties raise the field's `ParseError`:
/// the class itself keeps plain member slots, the interpreter's fastest attribute read, for
/// every exact payload.
pub(crate) fn new_object<T: Model>(py: Python<'_>, value: T) -> PyResult<Py<PyAny>> {
    let broken = !value.problems().own().is_empty();
    let obj = Py::new(py, value)?.into_any();
    if broken {
        tolerate::<T>(obj.bind(py))?;
    }
    Ok(obj)
}

/// Move `obj`, a model of class `T` (or of a native subclass, such as an event's) with a
/// broken field, to its class's hidden subclass.
#[cold]
pub(crate) fn tolerate<T: Model>(obj: &Bound<'_, PyAny>) -> PyResult<()> {
    let py = obj.py();
    static CLASSES: PyOnceLock<Py<PyDict>> = PyOnceLock::new();
    let classes = CLASSES
        .get_or_init(py, || PyDict::new(py).unbind())
        .bind(py);
    let base = obj.get_type();
    let class = match classes.get_item(&base)? {
        Some(class) => class,
        None => {
            let made = tolerant_class::<T>(&base)?;
            classes.call_method1(pyo3::intern!(py, "setdefault"), (&base, made))?
        }
    };
    // Through `object`'s own `__class__` descriptor: the model's `__setattr__` refuses every name.
    py.get_type::<pyo3::types::PyAny>()
        .getattr(pyo3::intern!(py, "__dict__"))?
        .get_item(pyo3::intern!(py, "__class__"))?
        .call_method1(pyo3::intern!(py, "__set__"), (obj, class))?;
    Ok(())
}

/// The `AttributeError` of setting or deleting `name` on a model: models are read-only.
#[cold]
pub fn read_only(obj: &Bound<'_, PyAny>, name: &Bound<'_, PyString>) -> PyErr {
    let class = obj
        .get_type()
        .name()
        .map_or_else(|_| "model".to_owned(), |n| n.to_string());
    let message = if obj.get_type().getattr(name).is_ok() {
        let name = name
            .str()
            .map_or_else(|_| "?".to_owned(), |n| n.to_string());
        format!("{class}.{name} is read-only")
    } else {
        let name = name
            .repr()
            .map_or_else(|_| "?".to_owned(), |n| n.to_string());
        format!("{class} has no attribute {name}, and {class} objects are read-only")
    };
    pyo3::exceptions::PyAttributeError::new_err(message)
}

/// `class User(User)` with `__slots__ = ()` and one property per field that reads the slot,
/// or raises the field's `ParseError` when it is broken. It prints, pickles (through
/// `__reduce__`) and compares like its base.
fn tolerant_class<'py, T: Model>(base: &Bound<'py, PyType>) -> PyResult<Bound<'py, PyAny>> {
    let py = base.py();
    let builtins = py.import("builtins")?;
    let property = builtins.getattr("property")?;
    let ns = PyDict::new(py);
    ns.set_item("__slots__", PyTuple::empty(py))?;
    for attr in ["__module__", "__qualname__", "__doc__"] {
        ns.set_item(attr, base.getattr(attr)?)?;
    }
    for (i, field) in T::FIELDS.iter().enumerate() {
        let read = PyCFunction::new_closure(
            py,
            None,
            None,
            move |args: &Bound<'_, PyTuple>, _kwargs| -> PyResult<Py<PyAny>> {
                let obj = args.get_item(0)?;
                let model = obj.cast::<T>()?;
                if model.get().problems().get(i).is_some() {
                    return Err(broken_error(model, i));
                }
                model
                    .get()
                    .value(i)
                    .map(|v| v.clone_ref(obj.py()))
                    .ok_or_else(|| PyRuntimeError::new_err("internal error: no value"))
            },
        )?;
        let doc = base
            .getattr(field.name)
            .and_then(|d| d.getattr("__doc__"))
            .unwrap_or_else(|_| py.None().into_bound(py));
        ns.set_item(
            field.name,
            property.call1((read, py.None(), py.None(), doc))?,
        )?;
    }
    builtins
        .getattr("type")?
        .call1((base.name()?, PyTuple::new(py, [base])?, ns))
}

/// The property names, for `match` statements.
pub(crate) fn match_args<T: Model>(py: Python<'_>) -> PyResult<Bound<'_, PyTuple>> {
    PyTuple::new(py, T::FIELDS.iter().map(|f| f.name))
}

/// The names of the fields whose values `repr` hides.
pub(crate) fn redacted_fields<T: Model>(py: Python<'_>) -> PyResult<Bound<'_, PyFrozenSet>> {
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
        // Every model class can be subclassed: a model with a broken field is an instance of
        // a hidden subclass (see `model::new_object`).
        #[pyo3::pyclass(frozen, subclass, module = "clerk_backend")]
        pub(crate) struct $name {
            $(
                $(#[doc = $fdoc])*
                #[pyo3(get)]
                pub(crate) $field: pyo3::Py<pyo3::PyAny>,
            )*
            src: $crate::model::RawSrc,
            problems: $crate::model::Problems,
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

            const OBJECT: Option<&'static str> = $crate::model_object!($($object)?);

            fn value(&self, i: usize) -> Option<&pyo3::Py<pyo3::PyAny>> {
                let mut n = 0usize;
                $(
                    if n == i {
                        return Some(&self.$field);
                    }
                    n += 1;
                )*
                let _ = n;
                None
            }

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
                cx: &mut $crate::field::ParseContext<'_, '_>,
                peek: jiter::Peek,
            ) -> $crate::error::Result<Self> {
                const N: usize = <$name as $crate::model::Model>::FIELDS.len();
                const READERS: [$crate::model::JsonReader; N] =
                    [$(<$ty as $crate::field::FieldType>::from_json),*];
                static INDEX: std::sync::OnceLock<::clerk_core::KeyIndex> = std::sync::OnceLock::new();
                let index = INDEX.get_or_init(|| {
                    ::clerk_core::KeyIndex::new($crate::model::index_keys::<Self>())
                });
                let before = $crate::model::recorded();
                let (slots, src, broken) = $crate::model::read_object(
                    cx,
                    peek,
                    index,
                    &READERS,
                    Self::FIELDS,
                    const { $crate::model::unread_object::<Self>() },
                )?;
                let mut slots = slots.into_iter();
                let mut fields = $crate::model::Collect::new(broken);
                let mut value = Self {
                    $(
                        $field: fields.slot::<$ty>(
                            cx.py,
                            slots.next().flatten(),
                            const { $crate::model::unraw(stringify!($field)) },
                        )?,
                    )*
                    src,
                    problems: fields.problems,
                };
                $crate::model::check_object(&value, cx.py)?;
                <Self::Hooks as $crate::model::Hooks<Self>>::finish_json(&mut value, cx)?;
                value.problems = std::mem::take(&mut value.problems).seal(before);
                Ok(value)
            }

            fn build_dict(d: &pyo3::Bound<'_, pyo3::types::PyDict>) -> $crate::error::Result<Self> {
                static KEYS: pyo3::sync::PyOnceLock<Vec<pyo3::Py<pyo3::types::PyString>>> =
                    pyo3::sync::PyOnceLock::new();
                $crate::model::check_object_key::<Self>(d)?;
                let before = $crate::model::recorded();
                let mut keys = $crate::model::interned_keys(d.py(), &KEYS, Self::FIELDS).iter();
                let mut fields = $crate::model::Collect::new(Vec::new());
                let mut value = Self {
                    $(
                        $field: fields.key::<$ty>(
                            d,
                            keys.next(),
                            const { $crate::model::unraw(stringify!($field)) },
                        )?,
                    )*
                    src: $crate::model::RawSrc::Dict(d.clone().unbind()),
                    problems: fields.problems,
                };
                $crate::model::check_object(&value, d.py())?;
                <Self::Hooks as $crate::model::Hooks<Self>>::finish_dict(&mut value, d)?;
                value.problems = std::mem::take(&mut value.problems).seal(before);
                Ok(value)
            }

            fn values(&self) -> Vec<&pyo3::Py<pyo3::PyAny>> {
                vec![$(&self.$field),*]
            }

            fn src(&self) -> &$crate::model::RawSrc {
                &self.src
            }

            fn problems(&self) -> &$crate::model::Problems {
                &self.problems
            }
        }


        #[pyo3::pymethods]
        impl $name {
            /// Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like.
            #[classmethod]
            #[pyo3(signature = (data, /, *, strict = false))]
            fn from_json(
                _cls: &pyo3::Bound<'_, pyo3::types::PyType>,
                data: &pyo3::Bound<'_, pyo3::PyAny>,
                strict: bool,
            ) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
                Ok($crate::model::from_json::<Self>(data, strict)?)
            }

            /// Unpickling: build again from the state `__reduce__` saved.
            #[classmethod]
            #[pyo3(signature = (data, /))]
            fn _from_state(
                _cls: &pyo3::Bound<'_, pyo3::types::PyType>,
                data: &pyo3::Bound<'_, pyo3::PyAny>,
            ) -> pyo3::PyResult<pyo3::Py<pyo3::PyAny>> {
                Ok($crate::model::from_state::<Self>(data)?)
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

            fn __setattr__(
                slf: &pyo3::Bound<'_, Self>,
                name: &pyo3::Bound<'_, pyo3::types::PyString>,
                _value: &pyo3::Bound<'_, pyo3::PyAny>,
            ) -> pyo3::PyResult<()> {
                Err($crate::model::read_only(slf.as_any(), name))
            }

            fn __delattr__(
                slf: &pyo3::Bound<'_, Self>,
                name: &pyo3::Bound<'_, pyo3::types::PyString>,
            ) -> pyo3::PyResult<()> {
                Err($crate::model::read_only(slf.as_any(), name))
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
    use clerk_core::KeyIndex;

    /// Every declared model gets the fast key lookup, not the hash-map fallback.
    #[test]
    fn every_model_has_a_slot_per_key() {
        let infos = crate::models::infos();
        assert!(infos.len() > 30);
        for info in infos {
            let index = KeyIndex::new(info.fields.iter().map(|f| f.key).chain(Some("object")));
            assert!(!index.uses_fallback(), "{}", info.name);
            for (i, field) in info.fields.iter().enumerate() {
                assert!(index.get(field.key).is_some_and(|p| p.contains(&i)));
            }
        }
    }
}
