//! `clerk_backend.deserialize`: turn any Backend API response body into models,
//! dispatching on each object's `object` value through the registry that
//! `registry!` builds from the model declarations.
//!
//! JSON text takes a fast path: models are built straight from the parser, as
//! `Model.from_json` builds them, for a single object, a page and a list. The
//! dict path (`json.loads`, then models from the dicts) remains the definition of
//! the result: the fast path returns only what it would return, and hands every
//! input it is not sure of (and every error) to it.

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

use jiter::{Jiter, Peek};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyInt, PyList, PyString, PyTuple, PyType};

use crate::error::{Error, Result};
use crate::field::{json_error_at, ParseContext};
use crate::model::{self, Hooks, JsonReader, Model};
use crate::pyjson;
use clerk_core::json::MAX_RAW_DEPTH;
use clerk_core::Failure;

/// How `deserialize` builds the model of one `object` value: from a dict (the
/// caller's, or one parsed here) and straight from JSON text.
#[derive(Clone, Copy)]
pub(crate) struct Builder {
    /// From a dict: the caller's (`owned` false: the model copies what it keeps), or one
    /// parsed from the caller's text (`owned` true: used as it is).
    dict: for<'py> fn(&Bound<'py, PyDict>, bool) -> Result<Py<PyAny>>,
    /// From the JSON object at the parser's position.
    json: JsonReader,
}

/// The [`Builder`] of model `T`.
pub(crate) const fn builder<T: Model>() -> Builder {
    Builder {
        dict: build::<T>,
        json: build_json::<T>,
    }
}

/// `Cls.from_json(item)` on a dict.
fn build<T: Model>(item: &Bound<'_, PyDict>, owned: bool) -> Result<Py<PyAny>> {
    if owned {
        model::from_owned_dict::<T>(item)
    } else {
        model::from_json::<T>(item.as_any(), false)
    }
}

/// `Cls.from_json(text)` on the object at the parser's position (errors are not dressed:
/// the dict path reports them).
fn build_json<T: Model>(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
    let value = T::build_json(cx, peek)?;
    Ok(<T::Hooks as Hooks<T>>::into_object(value, cx.py)?)
}

/// `object` value -> builder. Looked up once per object, with a fast hasher: the table is
/// fixed, so no input can make its lookups slow.
type Table = HashMap<&'static str, Builder, foldhash::fast::FixedState>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| crate::models::dispatch().into_iter().collect())
}

/// A page of results: `data` and, when the API sent it, `total_count`.
#[pyclass(frozen, module = "clerk_backend")]
pub(crate) struct PaginatedResponse {
    /// The items of this page, each converted like `deserialize` converts one object.
    #[pyo3(get)]
    pub(crate) data: Py<PyTuple>,
    /// The total number of items across all pages, when the API sent it.
    #[pyo3(get)]
    pub(crate) total_count: Py<PyAny>,
}

#[pymethods]
impl PaginatedResponse {
    /// A page built from any iterable of items (the client makes one for endpoints that
    /// answer a bare JSON array).
    #[new]
    #[pyo3(signature = (data, total_count = None))]
    fn new(data: &Bound<'_, PyAny>, total_count: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let py = data.py();
        let total_count = match total_count {
            None => py.None(),
            Some(n) if n.is_none() => py.None(),
            Some(n) if n.is_exact_instance_of::<PyInt>() => n.clone().unbind(),
            Some(n) => {
                return Err(PyTypeError::new_err(format!(
                    "total_count must be int or None, not {}",
                    n.get_type().name()?
                )))
            }
        };
        let items: Vec<Bound<'_, PyAny>> = data.try_iter()?.collect::<PyResult<_>>()?;
        Ok(Self {
            data: PyTuple::new(py, items)?.unbind(),
            total_count,
        })
    }

    /// `PaginatedResponse[User]` at runtime, as the stub's generic class allows.
    #[classmethod]
    fn __class_getitem__<'py>(
        cls: &Bound<'py, PyType>,
        item: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = cls.py();
        py.import("types")?
            .getattr("GenericAlias")?
            .call1((cls, item))
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        PyTuple::new(
            py,
            [
                slf.get_type().into_any(),
                PyTuple::new(py, [this.data.bind(py).as_any(), this.total_count.bind(py)])?
                    .into_any(),
            ],
        )
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "PaginatedResponse(data={}, total_count={})",
            self.data.bind(py).repr()?,
            self.total_count.bind(py).repr()?
        ))
    }

    fn __len__(&self, py: Python<'_>) -> usize {
        self.data.bind(py).len()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.data.bind(py).as_any().try_iter()?.into_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let py = other.py();
        let Ok(other) = other.cast::<Self>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.data.bind(py).eq(other.data.bind(py))?
            && self.total_count.bind(py).eq(other.total_count.bind(py))?)
    }
}

/// Stub text for this module's Python API (appended by the stub generator).
pub(crate) const STUB: &str = r#"
_T = TypeVar("_T")

@final
class PaginatedResponse(Generic[_T]):
    """A page of results: `data` and, when the API sent it, `total_count`."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __new__(cls, data: Iterable[_T], total_count: int | None = None) -> PaginatedResponse[_T]:
        """A page built from any iterable of items (the client makes one for endpoints that
        answer a bare JSON array)."""
    @property
    def data(self) -> tuple[_T, ...]:
        """The items of this page, each converted like `deserialize` converts one object."""
    @property
    def total_count(self) -> int | None:
        """The total number of items across all pages, when the API sent it."""
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __class_getitem__(cls, item: Any) -> Any: ...

def deserialize(
    data: dict[str, Any] | list[Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
) -> Any:
    """Convert a Backend API response body into models.

    A JSON object becomes the model its `object` value names (an object with both
    `object` and `deleted` keys becomes a `DeletedObject`); an unknown `object`
    comes back unchanged. `{"data": [...], "total_count": N}` becomes a
    `PaginatedResponse`; a JSON array becomes a list. A field that does not fit its
    type raises `ParseError` when read (see `problems`); `strict=True` raises at once.
    """
"#;

/// Convert a Backend API response body into models.
///
/// A JSON object becomes the model its `object` value names (an object with both
/// `object` and `deleted` keys becomes a `DeletedObject`); an unknown `object`
/// comes back unchanged. `{"data": [...], "total_count": N}` becomes a
/// `PaginatedResponse`; a JSON array becomes a list. A field that does not fit its type
/// raises `ParseError` when read (see `problems`); `strict=True` raises at once.
#[pyfunction]
#[pyo3(signature = (data, /, *, strict = false))]
pub(crate) fn deserialize(data: &Bound<'_, PyAny>, strict: bool) -> PyResult<Py<PyAny>> {
    let out = deserialize_any(data)?;
    if strict {
        crate::problems::check_strict(out.bind(data.py()))?;
    }
    Ok(out)
}

fn deserialize_any(data: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    if data.is_instance_of::<PyDict>() || data.is_instance_of::<PyList>() {
        return response(data, false);
    }
    let Some(buf) = model::text_bytes(data)? else {
        let name = data.get_type().name()?.to_string();
        return Err(Error::Type(format!(
            "deserialize() takes a dict, list, str or bytes-like object, not {name}"
        )));
    };
    model::check_input(&buf)?;
    let text = buf.as_bytes();
    if !may_hold_huge_float(text) {
        let before = model::recorded();
        if let Ok(out) = fast::response(&buf) {
            return Ok(out);
        }
        // Not sure, or an error: the dict path decides (and words the error).
        model::rewind(before);
    }
    response(&pyjson::parse_value(data.py(), text)?, true)
}

/// The reference's `deserialize`: arrays, paginated objects, single objects.
/// `owned`: the value was parsed here from the caller's text, so models may keep its dicts.
fn response(value: &Bound<'_, PyAny>, owned: bool) -> Result<Py<PyAny>> {
    let py = value.py();
    if let Ok(list) = value.cast::<PyList>() {
        return Ok(items(list, owned)?.into_any().unbind());
    }
    let Ok(d) = value.cast::<PyDict>() else {
        return Err(Failure::wrong_type("object or array", json_name(value)).into());
    };
    for key in ["m2m_tokens", "data"] {
        if let Some(list) = d.get_item(key)? {
            if let Ok(list) = list.cast::<PyList>() {
                let data = items(list, owned).map_err(|e| e.in_key(key))?;
                let total_count = d
                    .get_item("total_count")?
                    .map_or_else(|| py.None(), Bound::unbind);
                let page = PaginatedResponse {
                    data: PyTuple::new(py, data.iter())?.unbind(),
                    total_count,
                };
                return Ok(Py::new(py, page)?.into_any());
            }
        }
    }
    item(value, owned)
}

fn items<'py>(list: &Bound<'py, PyList>, owned: bool) -> Result<Bound<'py, PyList>> {
    let out = PyList::empty(list.py());
    for (i, value) in list.iter().enumerate() {
        out.append(item(&value, owned).map_err(|e| e.at_index(i))?)?;
    }
    Ok(out)
}

/// One item: the reference's `jsonToObject`.
fn item(value: &Bound<'_, PyAny>, owned: bool) -> Result<Py<PyAny>> {
    let py = value.py();
    let Ok(d) = value.cast::<PyDict>() else {
        // Strings, numbers and nulls pass through, as in the reference.
        return Ok(value.clone().unbind());
    };
    if d.contains("object")? && d.contains("deleted")? {
        return build::<crate::models::misc::DeletedObject>(d, owned);
    }
    let Some(object) = d.get_item("object")? else {
        return Ok(value.clone().unbind());
    };
    let Ok(object) = object.cast::<PyString>() else {
        return Ok(value.clone().unbind());
    };
    let object = object.to_cow()?;
    if object == "total_count" {
        return Ok(d
            .get_item("total_count")?
            .map_or_else(|| py.None(), Bound::unbind));
    }
    match table().get(object.as_ref()) {
        Some(builder) => (builder.dict)(d, owned),
        None => Ok(value.clone().unbind()),
    }
}

fn json_name(v: &Bound<'_, PyAny>) -> &'static str {
    if v.is_none() {
        "null"
    } else if v.is_instance_of::<PyString>() {
        "string"
    } else {
        "a scalar"
    }
}

/// Whether JSON text may hold a number too large for a float (`1e400`). The dict path refuses
/// the whole input for one, wherever it is; the fast path skips the values of keys no model
/// reads without computing them, so such text goes the dict path. Conservative: each such
/// number has a digit, an `e` and a digit or sign in a row (each place that looks like that is
/// read as a number), or else 309 digits or more in a row (any 64 digits in an aligned block
/// count as that).
fn may_hold_huge_float(text: &[u8]) -> bool {
    const BLOCK: usize = 64;
    let n = text.len();
    let mut i = 0;
    while i + 2 < n {
        let end = (i + BLOCK).min(n - 2);
        // Counted without branches, which the compiler turns into vector code.
        let mut exponents = 0u8;
        let mut digits = 0u8;
        for ((&x, &y), &z) in text[i..end]
            .iter()
            .zip(&text[i + 1..end + 1])
            .zip(&text[i + 2..end + 2])
        {
            exponents |= u8::from(exponent_at(x, y, z));
            digits += u8::from(is_digit(x));
        }
        if usize::from(digits) == BLOCK || (exponents != 0 && overflows_in(text, i, end)) {
            return true;
        }
        i = end;
    }
    false
}

#[inline]
fn is_digit(b: u8) -> bool {
    b.wrapping_sub(b'0') < 10
}

/// A digit, then `e` or `E`, then a digit or a sign.
#[inline]
fn exponent_at(x: u8, y: u8, z: u8) -> bool {
    is_digit(x) & ((y | 0x20) == b'e') & (is_digit(z) | (z == b'+') | (z == b'-'))
}

/// Whether one of the places in `from..to` that look like an exponent is part of a number
/// that is too large for a float. The number is read back to the digits and dots before the
/// `e` (and a minus sign), as a JSON number that starts there would be; only what follows a
/// character that a JSON number can follow counts.
#[cold]
fn overflows_in(text: &[u8], from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        if !exponent_at(text[j], text[j + 1], text[j + 2]) {
            return false;
        }
        let mut start = j;
        while start > 0 && (is_digit(text[start - 1]) || text[start - 1] == b'.') {
            start -= 1;
        }
        if start > 0 && text[start - 1] == b'-' {
            start -= 1;
        }
        // A JSON number follows one of these (a hex string such as `"7d2e4169"` does not).
        if start > 0
            && !matches!(
                text[start - 1],
                b':' | b'[' | b',' | b' ' | b'\t' | b'\n' | b'\r'
            )
        {
            return false;
        }
        let mut end = j + 2;
        if matches!(text[end], b'+' | b'-') {
            end += 1;
        }
        while end < text.len() && is_digit(text[end]) {
            end += 1;
        }
        std::str::from_utf8(&text[start..end])
            .ok()
            .and_then(|t| t.parse::<f64>().ok())
            .is_some_and(f64::is_infinite)
    })
}

/// Which key of the watched object `read_object` met (see [`watching`]).
#[derive(Clone, Copy)]
pub(crate) enum WatchedKey {
    Object,
    Deleted,
    /// `data` or `m2m_tokens`, which make a top-level object a page.
    Page,
    /// A key written with escapes, which might be any of the others.
    Escaped,
}

/// What the fast path learns about the keys of the object it builds on a guess.
#[derive(Clone, Copy, Default)]
struct Seen {
    /// Where the value of the last `object` key starts in the input.
    object_at: Option<usize>,
    deleted: bool,
    page: bool,
    escaped: bool,
}

thread_local! {
    /// Where the watched object starts in the input (`usize::MAX`: none).
    static WATCHED: Cell<usize> = const { Cell::new(usize::MAX) };
    static SEEN: Cell<Seen> = const {
        Cell::new(Seen { object_at: None, deleted: false, page: false, escaped: false })
    };
}

/// Whether the object that starts at `start` of the input is the one the fast path watches:
/// `read_object` then reports the keys that decide what the object becomes.
#[inline]
pub(crate) fn watching(start: usize) -> bool {
    WATCHED.with(Cell::get) == start
}

/// The keys of a watched object that matter to `deserialize`.
#[inline]
pub(crate) fn watched_key(key: &[u8]) -> Option<WatchedKey> {
    match key {
        b"object" => Some(WatchedKey::Object),
        b"deleted" => Some(WatchedKey::Deleted),
        b"data" | b"m2m_tokens" => Some(WatchedKey::Page),
        k if k.contains(&b'\\') => Some(WatchedKey::Escaped),
        _ => None,
    }
}

/// `read_object` met `key` in the watched object; its value starts at `value_at` of the input.
pub(crate) fn saw_key(key: WatchedKey, value_at: usize) {
    SEEN.with(|cell| {
        let mut seen = cell.get();
        match key {
            WatchedKey::Object => seen.object_at = Some(value_at),
            WatchedKey::Deleted => seen.deleted = true,
            WatchedKey::Page => seen.page = true,
            WatchedKey::Escaped => seen.escaped = true,
        }
        cell.set(seen);
    });
}

/// Watch the object at `start`; returns the watch it replaces.
fn arm(start: usize) -> (usize, Seen) {
    let seen = SEEN.with(|cell| cell.replace(Seen::default()));
    (WATCHED.with(|cell| cell.replace(start)), seen)
}

/// Stop watching (restoring `outer`); returns what was seen.
fn disarm(outer: (usize, Seen)) -> Seen {
    WATCHED.with(|cell| cell.set(outer.0));
    SEEN.with(|cell| cell.replace(outer.1))
}

impl Seen {
    /// Whether the object built as the model of `object` is that model by the dict path's
    /// rule too: its last `object` value is exactly `object`, it has no `deleted` key and (at
    /// the top level) no key that could make it a page.
    fn confirms(&self, text: &[u8], object: &str, top: bool) -> bool {
        if self.deleted || self.escaped || (top && self.page) {
            return false;
        }
        let Some(at) = self.object_at else {
            return false;
        };
        let mut jiter = Jiter::new(&text[at..]);
        jiter.peek().is_ok_and(|p| p == Peek::String)
            && clerk_core::json::value_span(&mut jiter, Peek::String)
                .is_ok_and(|(s, e)| text[at + s + 1..at + e - 1] == *object.as_bytes())
    }
}

/// The fast path: models straight from the parser.
mod fast {
    use super::*;
    use clerk_core::json::value_span;

    /// How far a guess looks for `object`: Clerk sends it first or second (webhook events
    /// after a short `event_attributes`). Looking no further than the first bytes, a guess
    /// never skips a long value (a page's `data`) that is read again afterwards.
    const GUESS_KEYS: usize = 8;
    const GUESS_BYTES: usize = 512;

    /// The result of a body, or an error when the dict path is to decide.
    pub(super) fn response(buf: &Bound<'_, PyBytes>) -> Result<Py<PyAny>> {
        let mut cx = ParseContext::over(buf);
        let data = cx.data;
        let peek = cx.jiter.peek().map_err(json_error_at(data))?;
        let out = match peek {
            Peek::Array => PyList::new(cx.py, items(&mut cx, 0)?)?.into_any().unbind(),
            Peek::Object => object(&mut cx)?,
            _ => return Err(Failure::invalid("not an object or array").into()),
        };
        cx.jiter.finish().map_err(json_error_at(data))?;
        Ok(out)
    }

    /// What building the object at the parser's position on a guess gave.
    enum Guessed {
        /// The model, confirmed.
        Built(Py<PyAny>),
        /// No guess: the parser has not moved.
        NoGuess,
        /// The object was read, but its keys say it is something else.
        Consumed,
    }

    /// The top-level object: a model, a page, or what the dict path makes of it.
    fn object(cx: &mut ParseContext<'_, '_>) -> Result<Py<PyAny>> {
        let start = cx.jiter.current_index();
        let page = match guessed(cx, start, true)? {
            Guessed::Built(model) => return Ok(model),
            Guessed::NoGuess => page(cx)?,
            Guessed::Consumed => {
                let end = cx.jiter.current_index();
                page(&mut span(cx, start, end))?
            }
        };
        if let Some(page) = page {
            return Ok(page);
        }
        let end = cx.jiter.current_index();
        let value = plain(cx, start, end, MAX_RAW_DEPTH)?;
        super::item(&value, true)
    }

    /// Read the object at the parser's position: a page when its last `m2m_tokens`, or else
    /// its last `data`, is an array (their items are built as they are read); otherwise `None`.
    fn page(cx: &mut ParseContext<'_, '_>) -> Result<Option<Py<PyAny>>> {
        #[derive(PartialEq)]
        enum Key {
            Tokens,
            Data,
            TotalCount,
            Other,
        }
        let mut tokens = None;
        let mut data = None;
        let mut total_count = None;
        let mut key = cx
            .jiter
            .next_object_bytes()
            .map_err(json_error_at(cx.data))?;
        while let Some(k) = key {
            let k = match k {
                b"m2m_tokens" => Key::Tokens,
                b"data" => Key::Data,
                b"total_count" => Key::TotalCount,
                k if k.contains(&b'\\') => return Err(Failure::invalid("escaped key").into()),
                _ => Key::Other,
            };
            let p = cx.jiter.peek().map_err(json_error_at(cx.data))?;
            match k {
                Key::Tokens | Key::Data => {
                    let list = if p == Peek::Array {
                        Some(items(cx, 1)?)
                    } else {
                        cx.jiter.known_skip(p).map_err(json_error_at(cx.data))?;
                        None
                    };
                    if k == Key::Tokens {
                        tokens = list;
                    } else {
                        data = list;
                    }
                }
                Key::TotalCount => {
                    total_count =
                        Some(value_span(&mut cx.jiter, p).map_err(json_error_at(cx.data))?);
                }
                Key::Other => cx.jiter.known_skip(p).map_err(json_error_at(cx.data))?,
            }
            key = cx.jiter.next_key_bytes().map_err(json_error_at(cx.data))?;
        }
        let Some(list) = tokens.or(data) else {
            return Ok(None);
        };
        let py = cx.py;
        let total_count = match total_count {
            Some((start, end)) => plain(cx, start, end, MAX_RAW_DEPTH - 1)?.unbind(),
            None => py.None(),
        };
        let page = PaginatedResponse {
            data: PyTuple::new(py, list)?.unbind(),
            total_count,
        };
        Ok(Some(Py::new(py, page)?.into_any()))
    }

    /// The items of the array at the parser's position (at `depth` of the input).
    fn items(cx: &mut ParseContext<'_, '_>, depth: usize) -> Result<Vec<Py<PyAny>>> {
        let mut out = Vec::new();
        let mut next = cx.jiter.known_array().map_err(json_error_at(cx.data))?;
        while let Some(p) = next {
            out.push(item(cx, p, depth + 1)?);
            next = cx.jiter.array_step().map_err(json_error_at(cx.data))?;
        }
        Ok(out)
    }

    /// One item (at `depth` of the input): the model its `object` names, built on a guess;
    /// when there is none, or it is not confirmed, what the dict path makes of the item.
    fn item(cx: &mut ParseContext<'_, '_>, peek: Peek, depth: usize) -> Result<Py<PyAny>> {
        let budget = MAX_RAW_DEPTH - depth;
        let start = cx.jiter.current_index();
        let value = if peek == Peek::Object {
            match guessed(cx, start, false)? {
                Guessed::Built(model) => return Ok(model),
                Guessed::Consumed => {
                    let end = cx.jiter.current_index();
                    plain(cx, start, end, budget)?
                }
                Guessed::NoGuess => {
                    pyjson::read_value(cx.py, &mut cx.jiter, cx.data, peek, budget)?
                }
            }
        } else {
            pyjson::read_value(cx.py, &mut cx.jiter, cx.data, peek, budget)?
        };
        super::item(&value, true)
    }

    /// Build the object at `start` (the parser's position) as the model that one of its first
    /// keys names, watching its keys to confirm that the dict path would build that model too.
    fn guessed(cx: &mut ParseContext<'_, '_>, start: usize, top: bool) -> Result<Guessed> {
        let Some((object, builder)) = guess(&cx.data[start..]) else {
            return Ok(Guessed::NoGuess);
        };
        let before = model::recorded();
        let outer = arm(cx.base + start);
        let built = (builder.json)(cx, Peek::Object);
        let seen = disarm(outer);
        let model = built?;
        if seen.confirms(cx.buf.as_bytes(), object, top) {
            return Ok(Guessed::Built(model));
        }
        drop(model);
        model::rewind(before);
        Ok(Guessed::Consumed)
    }

    /// The model that the object at the start of `text` seems to be: its `object` value, when
    /// one of its first [`GUESS_KEYS`] keys, within its first [`GUESS_BYTES`], is `object` with
    /// a string (without escapes) that names a model.
    fn guess(text: &[u8]) -> Option<(&'static str, &'static Builder)> {
        let text = &text[..text.len().min(GUESS_BYTES)];
        let mut jiter = Jiter::new(text);
        let mut is_object = jiter.next_object_bytes().ok()?? == b"object";
        for _ in 0..GUESS_KEYS {
            let p = jiter.peek().ok()?;
            if is_object {
                if p != Peek::String {
                    return None;
                }
                let (s, e) = value_span(&mut jiter, p).ok()?;
                let name = std::str::from_utf8(&text[s + 1..e - 1]).ok()?;
                return table().get_key_value(name).map(|(k, b)| (*k, b));
            }
            jiter.known_skip(p).ok()?;
            is_object = jiter.next_key_bytes().ok()?? == b"object";
        }
        None
    }

    /// A parse of `start..end` of the input alone.
    fn span<'a, 'py>(
        cx: &ParseContext<'a, 'py>,
        start: usize,
        end: usize,
    ) -> ParseContext<'a, 'py> {
        let data: &'a [u8] = &cx.data[start..end];
        ParseContext {
            py: cx.py,
            jiter: Jiter::new(data),
            data,
            buf: cx.buf,
            base: cx.base + start,
        }
    }

    /// The value at `start..end` as plain Python objects, with `budget` levels.
    fn plain<'py>(
        cx: &ParseContext<'_, 'py>,
        start: usize,
        end: usize,
        budget: usize,
    ) -> Result<Bound<'py, PyAny>> {
        let mut sub = span(cx, start, end);
        let p = sub.jiter.peek().map_err(json_error_at(sub.data))?;
        pyjson::read_value(cx.py, &mut sub.jiter, sub.data, p, budget)
    }
}

#[cfg(test)]
mod tests {
    use super::may_hold_huge_float;

    #[test]
    fn huge_floats_are_found_wherever_they_are() {
        for text in [
            "1e400",
            "-1E+309",
            r#"{"a":[1,2,{"b":9.9e999}]}"#,
            r#"{"id":"x","zzz":1.8e308}"#,
            &format!("[1{}.0]", "0".repeat(400)),
            &format!("{{\"k\":{}.5}}", "9".repeat(309)),
        ] {
            assert!(may_hold_huge_float(text.as_bytes()), "{text}");
        }
    }

    #[test]
    fn ordinary_text_has_none() {
        for text in [
            "",
            "1",
            "1e3",
            r#"{"a":1e308,"b":-2.5E-400,"c":"x1e9","d":"a.e5"}"#,
            r#"{"id":"user_2NNEqL2e5IRdJ194ndJqAHwEfxC","n":12345678901234567890}"#,
            r#"{"web3_wallet":"0x52908400098527886e0f7030069857d2e4169ee7"}"#,
            &format!("[{}]", "1".repeat(63)),
        ] {
            assert!(!may_hold_huge_float(text.as_bytes()), "{text}");
        }
    }
}
