//! Tolerant reading, seen from Python: `clerk_backend.problems(obj)` lists the fields that
//! could not be typed anywhere inside a model, event, page or list, and `strict=True` turns
//! them into one `ParseError`. The broken fields themselves are recorded while parsing
//! (see [`crate::model::Broken`]).

use std::collections::HashMap;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyTuple, PyType};

use crate::deserialize::PaginatedResponse;
use crate::error::{Error, Result};
use crate::model::Model;
use clerk_core::Failure;

/// Stub text for this module's Python API (appended by the stub generator).
pub(crate) const STUB: &str = r#"
def problems(obj: object, /) -> tuple[ParseError, ...]: ...
"#;

/// One broken field found by a walk: its path and what went wrong there.
pub(crate) struct Found {
    path: String,
    detail: String,
}

pub(crate) type Walk = fn(&Bound<'_, PyAny>, &str, &mut Vec<Found>) -> PyResult<()>;

/// Append the broken fields inside the model `obj` (of class `T`), whose path is `path`.
pub(crate) fn walk<T: Model>(
    obj: &Bound<'_, PyAny>,
    path: &str,
    out: &mut Vec<Found>,
) -> PyResult<()> {
    let model = obj.cast::<T>()?.get();
    let problems = model.problems();
    if !problems.any() {
        return Ok(());
    }
    for (i, (field, value)) in T::FIELDS.iter().zip(model.values()).enumerate() {
        if let Some(b) = problems.get(i) {
            out.push(Found {
                path: join(path, &b.failure),
                detail: b.failure.detail(),
            });
        } else if problems.inside() {
            walk_any(value.bind(obj.py()), &format!("{path}.{}", field.name), out)?;
        }
    }
    Ok(())
}

fn join(path: &str, failure: &Failure) -> String {
    let inner = failure.path();
    if path.is_empty() {
        inner
    } else {
        format!("{path}.{inner}")
    }
}

fn walkers(py: Python<'_>) -> &'static HashMap<usize, Walk> {
    static TABLE: PyOnceLock<HashMap<usize, Walk>> = PyOnceLock::new();
    TABLE.get_or_init(py, || crate::models::walkers(py).into_iter().collect())
}

/// The walk for a model class, or for the model class it derives from (event subclasses).
fn walker_of(ty: &Bound<'_, PyType>) -> PyResult<Option<Walk>> {
    let table = walkers(ty.py());
    if let Some(w) = table.get(&(ty.as_ptr() as usize)) {
        return Ok(Some(*w));
    }
    for base in ty.mro().iter() {
        if let Some(w) = table.get(&(base.as_ptr() as usize)) {
            return Ok(Some(*w));
        }
    }
    Ok(None)
}

fn walk_any(v: &Bound<'_, PyAny>, path: &str, out: &mut Vec<Found>) -> PyResult<()> {
    if let Ok(items) = v.cast::<PyTuple>() {
        for (k, item) in items.iter().enumerate() {
            walk_any(&item, &format!("{path}[{k}]"), out)?;
        }
    } else if let Ok(items) = v.cast::<PyList>() {
        for (k, item) in items.iter().enumerate() {
            walk_any(&item, &format!("{path}[{k}]"), out)?;
        }
    } else if let Ok(page) = v.cast::<PaginatedResponse>() {
        let data = page.get().data.bind(v.py()).clone().into_any();
        let path = if path.is_empty() {
            "data".to_owned()
        } else {
            format!("{path}.data")
        };
        walk_any(&data, &path, out)?;
    } else if let Some(walk) = walker_of(&v.get_type())? {
        walk(v, path, out)?;
    }
    Ok(())
}

fn find(obj: &Bound<'_, PyAny>) -> PyResult<Vec<Found>> {
    let mut out = Vec::new();
    let ty = obj.get_type();
    if let Some(walk) = walker_of(&ty)? {
        walk(obj, &ty.name()?.to_string(), &mut out)?;
    } else {
        walk_any(obj, "", &mut out)?;
    }
    Ok(out)
}

/// The `ParseError` that reading a broken field raises, its path starting with `class`.
pub(crate) fn parse_error(py: Python<'_>, class: &str, failure: &Failure) -> PyErr {
    let path = join(class, failure);
    crate::error::parse_error(py, format!("{path}: {}", failure.detail()), path)
}

/// For `strict=True`: `(message, path)` naming every broken field inside `obj`, or `None`
/// when there is none. The message of a single problem is the one a strict parse always
/// gave; several are joined with "; ".
pub(crate) fn strict_failure(obj: &Bound<'_, PyAny>) -> PyResult<Option<(String, String)>> {
    let found = find(obj)?;
    let Some(first) = found.first() else {
        return Ok(None);
    };
    let message = found
        .iter()
        .map(|f| format!("{}: {}", f.path, f.detail))
        .collect::<Vec<_>>()
        .join("; ");
    Ok(Some((message, first.path.clone())))
}

/// Raise the `ParseError` of `strict=True` when `obj` has a broken field.
pub(crate) fn check_strict(obj: &Bound<'_, PyAny>) -> Result<()> {
    match strict_failure(obj)? {
        None => Ok(()),
        Some((message, path)) => Err(Error::Python(crate::error::parse_error(
            obj.py(),
            message,
            path,
        ))),
    }
}

/// Every field that could not be typed inside a model, event, page or list, at any depth.
///
/// Each is the `ParseError` that reading the field raises, with its path from `obj` (for a
/// page, from its `data`). Empty for a payload that fits its types exactly, and for anything
/// that holds no models.
#[pyfunction]
#[pyo3(signature = (obj, /))]
pub(crate) fn problems<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyTuple>> {
    let py = obj.py();
    let errors: Vec<PyErr> = find(obj)?
        .into_iter()
        .map(|f| crate::error::parse_error(py, format!("{}: {}", f.path, f.detail), f.path))
        .collect();
    PyTuple::new(py, errors.into_iter().map(|e| e.into_value(py)))
}
