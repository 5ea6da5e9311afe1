//! Request headers from Python, read by the one rule of [`clerk_core::headers`]: for
//! `Webhook.verify` and, through `_native._header_value`, for `authenticate_request` and the CLI.
//!
//! Headers come as any mapping with `items()` (`dict`, Starlette's `Headers`, Werkzeug's
//! `Headers` and `EnvironHeaders`, Django's `request.headers`, `http.client.HTTPMessage`) or an
//! iterable of `(name, value)` pairs (tuples or two-item lists). Names and values are `str`, or
//! `bytes` read as Latin-1 (as ASGI sends them); a pair of anything else is skipped.

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};

use crate::error::{Error, Result};
use clerk_core::headers;

/// Stub text for this module's Python API and the constants exported with it (appended by
/// the stub generator).
pub(crate) const STUB: &str = r#"
def _header_value(headers: Headers, name: str, /) -> str | None: ...

_DEFAULT_TOLERANCE_SECONDS: int
_WEBHOOK_SECRET_ENV: str
_WEBHOOK_REASONS: tuple[str, ...]
_TOKEN_REASONS: tuple[str, ...]
"#;

/// The `(name, value)` pairs of `headers` whose name `keep` accepts, in order, as text.
pub(crate) fn pairs(
    headers: &Bound<'_, PyAny>,
    mut keep: impl FnMut(&str) -> bool,
) -> Result<Vec<(String, String)>> {
    let py = headers.py();
    let items = if headers.hasattr(pyo3::intern!(py, "items"))? {
        headers.call_method0(pyo3::intern!(py, "items"))?
    } else {
        headers.clone()
    };
    let iter = items.try_iter().map_err(|_| {
        Error::Type("headers must be a mapping or an iterable of (name, value) pairs".to_owned())
    })?;
    let mut out = Vec::new();
    for pair in iter {
        let Some([name, value]) = two_items(&pair?) else {
            continue;
        };
        // Skip the unwanted names before copying their values.
        let Some(name) = text(&name).filter(|name| keep(name)) else {
            continue;
        };
        if let Some(value) = text(&value) {
            out.push((name, value));
        }
    }
    Ok(out)
}

/// The two items of a `(name, value)` tuple or a two-item list.
fn two_items<'py>(pair: &Bound<'py, PyAny>) -> Option<[Bound<'py, PyAny>; 2]> {
    let items: Vec<Bound<'py, PyAny>> = if let Ok(t) = pair.cast::<PyTuple>() {
        (t.len() == 2).then(|| t.iter().collect())?
    } else if let Ok(l) = pair.cast::<PyList>() {
        (l.len() == 2).then(|| l.iter().collect())?
    } else {
        return None;
    };
    items.try_into().ok()
}

/// A header name or value as text: `str` as is, `bytes` as Latin-1 (HTTP's own encoding).
fn text(v: &Bound<'_, PyAny>) -> Option<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return s.to_cow().ok().map(|c| c.into_owned());
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        return Some(b.as_bytes().iter().map(|&c| char::from(c)).collect());
    }
    None
}

/// The value of header `name` in `headers` by the one header rule (see
/// `clerk_backend.Headers`): names match ASCII case-insensitively after trimming ASCII
/// whitespace, values are trimmed of spaces and tabs, an empty value counts as absent, and the
/// first non-empty value of a repeated header wins. `None` when there is none.
#[pyfunction]
#[pyo3(signature = (headers, name, /))]
pub(crate) fn _header_value(headers: &Bound<'_, PyAny>, name: &str) -> Result<Option<String>> {
    let wanted = headers::name_key(name);
    let found = pairs(headers, |key| headers::name_is(key, &wanted))?;
    Ok(
        headers::first(found.iter().map(|(n, v)| (n.as_str(), v.as_str())), &wanted)
            .map(str::to_owned),
    )
}
