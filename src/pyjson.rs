//! Free-form JSON values as Python objects: parsing a byte range, and copying
//! (and checking) a Python object tree that claims to be JSON.

use jiter::{Jiter, NumberAny, NumberInt, Peek};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

use crate::error::Result;
use crate::field::json_error_at;
use clerk_core::json::{MAX_DEPTH, MAX_RAW_DEPTH};
use clerk_core::{Failure, FailureKind};

/// Parse one complete JSON value (a whole input, or a model's part of it) into plain
/// Python objects, allowing [`MAX_RAW_DEPTH`] levels.
pub(crate) fn parse_value<'py>(py: Python<'py>, data: &[u8]) -> Result<Bound<'py, PyAny>> {
    let mut jiter = Jiter::new(data);
    let peek = jiter.peek().map_err(json_error_at(data))?;
    let value = read_value(py, &mut jiter, data, peek, MAX_RAW_DEPTH)
        .map_err(|e| e.with_depth_limit(MAX_RAW_DEPTH))?;
    jiter.finish().map_err(json_error_at(data))?;
    Ok(value)
}

/// Read the value that starts with `peek` from `jiter` as Python objects; containers may
/// nest `budget` levels deep.
pub(crate) fn read_value<'py>(
    py: Python<'py>,
    jiter: &mut Jiter<'_>,
    data: &[u8],
    peek: Peek,
    budget: usize,
) -> Result<Bound<'py, PyAny>> {
    match peek {
        Peek::Null => {
            jiter.known_null().map_err(json_error_at(data))?;
            Ok(py.None().into_bound(py))
        }
        Peek::True | Peek::False => {
            let b = jiter.known_bool(peek).map_err(json_error_at(data))?;
            Ok(PyBool::new(py, b).to_owned().into_any())
        }
        Peek::String => {
            let s = jiter.known_str().map_err(json_error_at(data))?;
            Ok(crate::pystr::new(py, s).into_any())
        }
        Peek::Array => {
            if budget == 0 {
                return Err(too_deep());
            }
            let out = PyList::empty(py);
            let mut next = jiter.known_array().map_err(json_error_at(data))?;
            while let Some(p) = next {
                out.append(read_value(py, jiter, data, p, budget - 1)?)?;
                next = jiter.array_step().map_err(json_error_at(data))?;
            }
            Ok(out.into_any())
        }
        Peek::Object => {
            if budget == 0 {
                return Err(too_deep());
            }
            let out = PyDict::new(py);
            let mut key = jiter.known_object().map_err(json_error_at(data))?;
            while let Some(k) = key {
                let k = crate::pystr::new(py, k);
                let p = jiter.peek().map_err(json_error_at(data))?;
                out.set_item(k, read_value(py, jiter, data, p, budget - 1)?)?;
                key = jiter.next_key().map_err(json_error_at(data))?;
            }
            Ok(out.into_any())
        }
        _ => match jiter.known_number(peek).map_err(json_error_at(data))? {
            NumberAny::Int(NumberInt::Int(i)) => Ok(i.into_pyobject(py)?.into_any()),
            NumberAny::Int(NumberInt::BigInt(b)) => Ok(b.into_pyobject(py)?.into_any()),
            NumberAny::Float(f) if f.is_finite() => Ok(PyFloat::new(py, f).into_any()),
            NumberAny::Float(_) => {
                Err(Failure::not_json("number is out of range for a float").into())
            }
        },
    }
}

#[cold]
fn too_deep() -> crate::error::Error {
    Failure::new(FailureKind::TooDeep { limit: MAX_DEPTH }).into()
}

/// Deep-copy a Python object tree that must be JSON: `dict` with `str` keys, `list`/`tuple`,
/// `str`, `int`, finite `float`, `bool` and `None`. Subclasses become their base type, tuples
/// become lists. Anything else is a parse failure at its path. This is for one field's
/// value: it may nest [`MAX_DEPTH`] levels, as from JSON text.
pub(crate) fn copy_json<'py>(v: &Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>> {
    copy_at(v, MAX_DEPTH, MAX_DEPTH)
}

/// The same for a whole input (or its `raw`), which may nest [`MAX_RAW_DEPTH`] levels.
pub(crate) fn copy_json_raw<'py>(v: &Bound<'py, PyAny>) -> Result<Bound<'py, PyAny>> {
    copy_at(v, MAX_RAW_DEPTH, MAX_RAW_DEPTH)
}

/// Copy `v`, whose containers may still nest `budget` levels (of `limit` in all).
fn copy_at<'py>(v: &Bound<'py, PyAny>, budget: usize, limit: usize) -> Result<Bound<'py, PyAny>> {
    let py = v.py();
    if v.is_none() || v.is_exact_instance_of::<PyInt>() || v.is_exact_instance_of::<PyBool>() {
        return Ok(v.clone());
    }
    if let Ok(s) = v.cast_exact::<PyString>() {
        check_unicode(s)?;
        return Ok(v.clone());
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        let x = f.value();
        if !x.is_finite() {
            return Err(Failure::not_json(format!("{x} is not a JSON number")).into());
        }
        return Ok(if v.is_exact_instance_of::<PyFloat>() {
            v.clone()
        } else {
            PyFloat::new(py, x).into_any()
        });
    }
    if budget == 0 {
        return Err(Failure::new(FailureKind::TooDeep { limit }).into());
    }
    if let Ok(d) = v.cast::<PyDict>() {
        let out = PyDict::new(py);
        for (k, item) in d.iter() {
            let key = exact_str(&k)?;
            let copied =
                copy_at(&item, budget - 1, limit).map_err(|e| e.inside_key(&key.to_string()))?;
            out.set_item(key, copied)?;
        }
        return Ok(out.into_any());
    }
    if let Ok(l) = v.cast::<PyList>() {
        return copy_seq(py, l.iter(), budget, limit);
    }
    if let Ok(t) = v.cast::<PyTuple>() {
        return copy_seq(py, t.iter(), budget, limit);
    }
    if let Ok(s) = v.cast::<PyString>() {
        check_unicode(s)?;
        return Ok(PyString::new(py, &s.to_cow()?).into_any());
    }
    if v.is_instance_of::<PyBool>() {
        return Ok(PyBool::new(py, v.is_truthy()?).to_owned().into_any());
    }
    if v.is_instance_of::<PyInt>() {
        return Ok(py.get_type::<PyInt>().call1((v,))?);
    }
    let name = v.get_type().name()?.to_string();
    Err(Failure::not_json(format!("expected a JSON value, got Python {name}")).into())
}

fn copy_seq<'py>(
    py: Python<'py>,
    items: impl Iterator<Item = Bound<'py, PyAny>>,
    budget: usize,
    limit: usize,
) -> Result<Bound<'py, PyAny>> {
    let out = PyList::empty(py);
    for (i, item) in items.enumerate() {
        out.append(copy_at(&item, budget - 1, limit).map_err(|e| e.inside_index(i))?)?;
    }
    Ok(out.into_any())
}

/// JSON text is Unicode: a `str` holding a lone surrogate (`"\ud800"`) has no JSON form.
fn check_unicode(s: &Bound<'_, PyString>) -> Result<()> {
    match s.encode_utf8() {
        Ok(_) => Ok(()),
        Err(_) => {
            Err(Failure::not_json("string is not valid Unicode (it has a lone surrogate)").into())
        }
    }
}

fn exact_str<'py>(k: &Bound<'py, PyAny>) -> Result<Bound<'py, PyString>> {
    if let Ok(s) = k.cast_exact::<PyString>() {
        check_unicode(s)?;
        return Ok(s.clone());
    }
    if let Ok(s) = k.cast::<PyString>() {
        check_unicode(s)?;
        return Ok(PyString::new(k.py(), &s.to_cow()?));
    }
    let name = k.get_type().name()?.to_string();
    Err(Failure::not_json(format!("object keys must be str, got {name}")).into())
}

/// Python objects for a JSON value the core has already parsed (a token's claims): objects
/// become `dict`, arrays `list`. A float out of range (a literal too large for a double) is
/// refused, as [`read_value`] refuses it.
pub(crate) fn from_value<'py>(
    py: Python<'py>,
    value: &jiter::JsonValue<'_>,
) -> Result<Bound<'py, PyAny>> {
    use jiter::JsonValue;
    Ok(match value {
        JsonValue::Null => py.None().into_bound(py),
        JsonValue::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        JsonValue::Int(i) => i.into_pyobject(py)?.into_any(),
        JsonValue::BigInt(b) => b.into_pyobject(py)?.into_any(),
        JsonValue::Float(f) if f.is_finite() => PyFloat::new(py, *f).into_any(),
        JsonValue::Float(_) => {
            return Err(Failure::not_json("number is out of range for a float").into())
        }
        JsonValue::Str(s) => crate::pystr::new(py, s).into_any(),
        JsonValue::Array(items) => {
            let out = PyList::empty(py);
            for item in items.iter() {
                out.append(from_value(py, item)?)?;
            }
            out.into_any()
        }
        JsonValue::Object(members) => {
            let out = PyDict::new(py);
            for (k, v) in members.iter() {
                out.set_item(crate::pystr::new(py, k), from_value(py, v)?)?;
            }
            out.into_any()
        }
    })
}
