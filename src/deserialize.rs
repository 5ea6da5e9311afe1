//! `clerk_backend.deserialize`: turn any Backend API response body into models,
//! dispatching on each object's `object` value through the registry that
//! `registry!` builds from the model declarations.

use std::collections::HashMap;
use std::sync::OnceLock;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple, PyType};

use crate::error::{Error, Result};
use crate::model::{self, Model};
use crate::pyjson;
use clerk_core::Failure;

/// Builds one model from a dict: the caller's (`owned` false: the model copies what it
/// keeps), or one parsed from the caller's text (`owned` true: used as it is).
pub(crate) type Builder = for<'py> fn(&Bound<'py, PyDict>, bool) -> Result<Py<PyAny>>;

/// `Cls.from_json(item)` as a [`Builder`].
pub(crate) fn build<T: Model>(item: &Bound<'_, PyDict>, owned: bool) -> Result<Py<PyAny>> {
    if owned {
        model::from_owned_dict::<T>(item)
    } else {
        model::from_json::<T>(item.as_any(), false)
    }
}

fn table() -> &'static HashMap<&'static str, Builder> {
    static TABLE: OnceLock<HashMap<&'static str, Builder>> = OnceLock::new();
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
    response(&pyjson::parse_value(data.py(), buf.as_bytes())?, true)
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
        Some(builder) => builder(d, owned),
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
