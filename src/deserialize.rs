//! `clerk_backend.deserialize`: turn any Backend API response body into models,
//! dispatching on each object's `object` value through the registry that
//! `registry!` builds from the model declarations.

use std::collections::HashMap;
use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyMemoryView, PyString, PyTuple};

use crate::core::Failure;
use crate::error::{Error, Result};
use crate::model::{self, Model};
use crate::pyjson;

/// Builds one model from a dict the caller passed (the model copies what it keeps).
pub type Builder = for<'py> fn(&Bound<'py, PyAny>) -> Result<Py<PyAny>>;

/// `Cls.from_json(item)` as a [`Builder`].
pub fn build<T: Model>(item: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    model::from_json::<T>(item)
}

fn table() -> &'static HashMap<&'static str, Builder> {
    static TABLE: OnceLock<HashMap<&'static str, Builder>> = OnceLock::new();
    TABLE.get_or_init(|| crate::models::dispatch().into_iter().collect())
}

/// A page of results: `data` and, when the API sent it, `total_count`.
#[pyclass(frozen, module = "clerk_backend")]
pub struct PaginatedResponse {
    /// The items of this page, each converted like `deserialize` converts one object.
    #[pyo3(get)]
    pub data: Py<PyTuple>,
    /// The total number of items across all pages, when the API sent it.
    #[pyo3(get)]
    pub total_count: Py<PyAny>,
}

#[pymethods]
impl PaginatedResponse {
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
pub const STUB: &str = r#"
_T = TypeVar("_T")

@final
class PaginatedResponse(Generic[_T]):
    """A page of results: `data` and, when the API sent it, `total_count`."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def data(self) -> tuple[_T, ...]:
        """The items of this page, each converted like `deserialize` converts one object."""
    @property
    def total_count(self) -> int | None:
        """The total number of items across all pages, when the API sent it."""
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T]: ...
    def __eq__(self, other: object, /) -> bool: ...

def deserialize(data: dict[str, Any] | list[Any] | str | bytes | bytearray | memoryview, /) -> Any:
    """Convert a Backend API response body into models.

    A JSON object becomes the model its `object` value names (an object with both
    `object` and `deleted` keys becomes a `DeletedObject`); an unknown `object`
    comes back unchanged. `{"data": [...], "total_count": N}` becomes a
    `PaginatedResponse`; a JSON array becomes a list.
    """
"#;

/// Convert a Backend API response body into models.
///
/// A JSON object becomes the model its `object` value names (an object with both
/// `object` and `deleted` keys becomes a `DeletedObject`); an unknown `object`
/// comes back unchanged. `{"data": [...], "total_count": N}` becomes a
/// `PaginatedResponse`; a JSON array becomes a list.
#[pyfunction]
#[pyo3(signature = (data, /))]
pub fn deserialize(data: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    Ok(deserialize_any(data)?)
}

fn deserialize_any(data: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    let value = if data.is_instance_of::<PyDict>() || data.is_instance_of::<PyList>() {
        data.clone()
    } else if data.is_instance_of::<PyString>()
        || data.is_instance_of::<PyBytes>()
        || data.is_instance_of::<PyByteArray>()
        || data.is_instance_of::<PyMemoryView>()
    {
        parse_text(data)?
    } else {
        let name = data.get_type().name()?.to_string();
        return Err(Error::Type(format!(
            "deserialize() takes a dict, list, str or bytes-like object, not {name}"
        )));
    };
    response(&value)
}

fn parse_text<'py>(data: &Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>> {
    let py = data.py();
    let bytes = if let Ok(s) = data.cast::<PyString>() {
        s.encode_utf8().map_err(|e| {
            let reason = e.value(py).str().map(|s| s.to_string()).unwrap_or_default();
            Error::from(Failure::invalid(format!(
                "str is not valid Unicode: {reason}"
            )))
        })?
    } else if let Ok(b) = data.cast::<PyBytes>() {
        b.clone()
    } else {
        py.get_type::<PyBytes>()
            .call1((data,))?
            .cast_into::<PyBytes>()?
    };
    crate::core::json::check_utf8(bytes.as_bytes())?;
    pyjson::parse_value(py, bytes.as_bytes())
}

/// The reference's `deserialize`: arrays, paginated objects, single objects.
fn response(value: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    let py = value.py();
    if let Ok(list) = value.cast::<PyList>() {
        return Ok(items(list)?.into_any().unbind());
    }
    let Ok(d) = value.cast::<PyDict>() else {
        return Err(Failure::wrong_type("object or array", json_name(value)).into());
    };
    for key in ["m2m_tokens", "data"] {
        if let Some(list) = d.get_item(key)? {
            if let Ok(list) = list.cast::<PyList>() {
                let data = items(list).map_err(|e| e.in_key(key))?;
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
    item(value)
}

fn items<'py>(list: &Bound<'py, PyList>) -> Result<Bound<'py, PyList>> {
    let out = PyList::empty(list.py());
    for (i, value) in list.iter().enumerate() {
        out.append(item(&value).map_err(|e| e.at_index(i))?)?;
    }
    Ok(out)
}

/// One item: the reference's `jsonToObject`.
fn item(value: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    let py = value.py();
    let Ok(d) = value.cast::<PyDict>() else {
        // Strings, numbers and nulls pass through, as in the reference.
        return Ok(value.clone().unbind());
    };
    if d.contains("object")? && d.contains("deleted")? {
        return crate::models::build_deleted(value);
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
        Some(builder) => builder(value),
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
