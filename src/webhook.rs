//! The Python face of webhook verification: `Webhook`, `verify_webhook`, and
//! reading the three signature headers from any mapping a web framework hands over.
//! The checks themselves are in [`crate::core::webhook`].

use std::time::{SystemTime, UNIX_EPOCH};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::core::webhook::{self, Reason, Secret, SignedHeaders, WebhookError};
use crate::error::{Error, Result};

/// Stub text for this module's Python API (appended by the stub generator).
pub const STUB: &str = r#"
class _SupportsItems(Protocol):
    def items(self) -> Iterable[tuple[Any, Any]]: ...

_Headers: TypeAlias = _SupportsItems | Iterable[tuple[str | bytes, str | bytes]]

@final
class Webhook:
    """Verifies Clerk (Svix) webhook requests with one signing secret, and signs test requests."""

    def __new__(cls, secret: str | bytes, *, tolerance_seconds: int = 300) -> Webhook:
        """`secret` is the endpoint's signing secret (`whsec_...`), or the raw key as bytes."""
    def verify(
        self,
        payload: bytes | bytearray | memoryview | str,
        headers: _Headers,
        *,
        now: float | None = None,
        strict: bool = False,
    ) -> WebhookEvent:
        """Verify a request and return its typed event. Raises `WebhookVerificationError`.

        A verified event always comes back, even when a field does not fit its type (that
        field raises `ParseError` when read; see `problems`); `strict=True` refuses such an
        event as `invalid-payload` instead."""
    def sign(self, msg_id: str, timestamp: int, payload: bytes | bytearray | memoryview | str) -> str:
        """The `svix-signature` header value for a body: `"v1,<base64>"`."""
    @property
    def tolerance_seconds(self) -> int:
        """The tolerance, in seconds."""

def verify_webhook(
    payload: bytes | bytearray | memoryview | str,
    headers: _Headers,
    *,
    signing_secret: str | bytes | None = None,
    tolerance_seconds: int = 300,
    now: float | None = None,
    strict: bool = False,
) -> WebhookEvent:
    """Verify a Clerk webhook request and return its typed event.

    The secret defaults to the `CLERK_WEBHOOK_SIGNING_SECRET` environment variable.
    """
"#;

/// The name of the environment variable `verify_webhook` reads the secret from.
pub const SECRET_ENV: &str = "CLERK_WEBHOOK_SIGNING_SECRET";

/// Verifies Clerk (Svix) webhook requests with one signing secret, and signs test requests.
#[pyclass(frozen, module = "clerk_backend")]
pub struct Webhook {
    secret: Secret,
    tolerance: i64,
}

impl Webhook {
    fn build(secret: &Bound<'_, PyAny>, tolerance_seconds: i64) -> Result<Self> {
        if tolerance_seconds < 0 {
            return Err(PyValueError::new_err("tolerance_seconds must not be negative").into());
        }
        let secret = if let Ok(s) = secret.cast::<PyString>() {
            let text = s.to_cow().map_err(|_| {
                WebhookError::new(
                    Reason::InvalidSecret,
                    "the webhook signing secret is not valid Unicode",
                )
            })?;
            Secret::parse(&text)?
        } else if let Ok(b) = secret.cast::<PyBytes>() {
            Secret::from_key(b.as_bytes().to_vec())?
        } else {
            let name = secret.get_type().name()?.to_string();
            return Err(Error::Type(format!(
                "the webhook secret must be str (whsec_...) or bytes (the raw key), not {name}"
            )));
        };
        Ok(Self {
            secret,
            tolerance: tolerance_seconds,
        })
    }

    fn verify_bytes(
        &self,
        payload: &Bound<'_, PyAny>,
        headers: &Bound<'_, PyAny>,
        now: Option<f64>,
        strict: bool,
    ) -> Result<Py<PyAny>> {
        let body = payload_bytes(payload)?;
        let signed = read_headers(headers)?;
        let now = match now {
            Some(t) if t.is_finite() => t.floor() as i64,
            Some(_) => {
                return Err(PyValueError::new_err("now must be a finite number of seconds").into())
            }
            None => unix_now(),
        };
        let bytes = body.as_bytes();
        if bytes.len() >= crate::model::DETACH_BYTES {
            // A long body: hash it without holding the GIL.
            let (secret, tolerance) = (&self.secret, self.tolerance);
            body.py()
                .detach(|| webhook::verify(secret, &signed, bytes, now, tolerance))?;
        } else {
            webhook::verify(&self.secret, &signed, bytes, now, self.tolerance)?;
        }
        crate::events::parse_verified(&body, strict)
    }
}

#[pymethods]
impl Webhook {
    /// `secret` is the endpoint's signing secret (`whsec_...`) from the Clerk Dashboard,
    /// or the raw key as bytes. `tolerance_seconds` is how far the signed timestamp may
    /// be from now, either way.
    #[new]
    #[pyo3(signature = (secret, *, tolerance_seconds = 300))]
    fn new(secret: &Bound<'_, PyAny>, tolerance_seconds: i64) -> PyResult<Self> {
        Ok(Self::build(secret, tolerance_seconds)?)
    }

    /// Verify a request and return its typed event.
    ///
    /// `payload` is the raw body exactly as received (`bytes`, or `str`); `headers` is any
    /// mapping of the request's headers, matched case-insensitively. `now` (Unix seconds)
    /// replaces the clock, for tests. Raises `WebhookVerificationError`.
    #[pyo3(signature = (payload, headers, *, now = None, strict = false))]
    fn verify(
        &self,
        payload: &Bound<'_, PyAny>,
        headers: &Bound<'_, PyAny>,
        now: Option<f64>,
        strict: bool,
    ) -> PyResult<Py<PyAny>> {
        Ok(self.verify_bytes(payload, headers, now, strict)?)
    }

    /// The `svix-signature` header value for a body: `"v1,<base64>"`. For testing handlers.
    #[pyo3(signature = (msg_id, timestamp, payload))]
    fn sign(&self, msg_id: &str, timestamp: i64, payload: &Bound<'_, PyAny>) -> PyResult<String> {
        let body = payload_bytes(payload)?;
        Ok(self.secret.sign(msg_id, timestamp, body.as_bytes()))
    }

    /// The tolerance, in seconds.
    #[getter]
    fn tolerance_seconds(&self) -> i64 {
        self.tolerance
    }

    fn __repr__(&self) -> String {
        format!(
            "Webhook(secret=<redacted>, tolerance_seconds={})",
            self.tolerance
        )
    }
}

/// Verify a Clerk webhook request and return its typed event, like `@clerk/backend`'s
/// `verifyWebhook`. The secret defaults to the `CLERK_WEBHOOK_SIGNING_SECRET` environment
/// variable.
#[pyfunction]
#[pyo3(signature = (payload, headers, *, signing_secret = None, tolerance_seconds = 300, now = None, strict = false))]
pub fn verify_webhook(
    payload: &Bound<'_, PyAny>,
    headers: &Bound<'_, PyAny>,
    signing_secret: Option<&Bound<'_, PyAny>>,
    tolerance_seconds: i64,
    now: Option<f64>,
    strict: bool,
) -> PyResult<Py<PyAny>> {
    let py = payload.py();
    let hook = match signing_secret {
        Some(secret) if !secret.is_none() => Webhook::build(secret, tolerance_seconds)?,
        _ => {
            let env = py
                .import("os")?
                .getattr("environ")?
                .call_method1("get", (SECRET_ENV,))?;
            if env.is_none()
                || env
                    .cast::<PyString>()
                    .is_ok_and(|s| s.to_cow().is_ok_and(|s| s.trim().is_empty()))
            {
                return Err(Error::from(WebhookError::new(
                    Reason::InvalidSecret,
                    format!("no webhook signing secret: pass signing_secret or set {SECRET_ENV}"),
                ))
                .into());
            }
            Webhook::build(&env, tolerance_seconds)?
        }
    };
    Ok(hook.verify_bytes(payload, headers, now, strict)?)
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The body as a `bytes` object: `bytes` as is, `str` as UTF-8, bytes-likes copied.
pub fn payload_bytes<'py>(payload: &Bound<'py, PyAny>) -> Result<Bound<'py, PyBytes>> {
    match crate::model::text_bytes(payload) {
        Ok(Some(body)) => Ok(body),
        Ok(None) => {
            let name = payload.get_type().name()?.to_string();
            Err(Error::Type(format!(
                "the webhook body must be bytes or str, not {name}"
            )))
        }
        Err(Error::Parse(f)) => Err(WebhookError::new(
            Reason::InvalidPayload,
            if payload.is_instance_of::<PyString>() {
                "the webhook body is not valid Unicode".to_owned()
            } else {
                format!("the webhook body cannot be read: {}", f.detail())
            },
        )
        .into()),
        Err(other) => Err(other),
    }
}

/// Read the signature headers from a mapping (anything with `items()`) or an iterable of
/// `(name, value)` pairs. Names and values may be `str` or `bytes` (as ASGI sends them);
/// pairs that are neither are ignored.
fn read_headers(headers: &Bound<'_, PyAny>) -> Result<SignedHeaders> {
    let py = headers.py();
    let items = if headers.hasattr(pyo3::intern!(py, "items"))? {
        headers.call_method0(pyo3::intern!(py, "items"))?
    } else {
        headers.clone()
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    let iter = items.try_iter().map_err(|_| {
        Error::Type("headers must be a mapping or an iterable of (name, value) pairs".to_owned())
    })?;
    for pair in iter {
        let pair = pair?;
        let Ok((name, value)) = pair.extract::<(Bound<'_, PyAny>, Bound<'_, PyAny>)>() else {
            continue;
        };
        // Only the signature headers matter: skip the others before copying their values.
        let Some(name) = header_text(&name) else {
            continue;
        };
        let lower = name.to_ascii_lowercase();
        if !(lower.starts_with("svix-") || lower.starts_with("webhook-")) {
            continue;
        }
        if let Some(value) = header_text(&value) {
            pairs.push((name, value));
        }
    }
    Ok(SignedHeaders::from_pairs(
        pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
    ))
}

/// A header name or value as text: `str` as is, `bytes` as Latin-1 (HTTP's own encoding).
fn header_text(v: &Bound<'_, PyAny>) -> Option<String> {
    if let Ok(s) = v.cast::<PyString>() {
        return s.to_cow().ok().map(|c| c.into_owned());
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        return Some(b.as_bytes().iter().map(|&c| char::from(c)).collect());
    }
    None
}
