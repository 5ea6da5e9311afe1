//! The Python face of webhook verification: `Webhook`, `verify_webhook`, and
//! reading the three signature headers from any mapping a web framework hands over.
//! The checks themselves are in [`clerk_core::webhook`].

use std::time::{SystemTime, UNIX_EPOCH};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyString, PyTuple, PyType};

use crate::error::{Error, Result};
use crate::events::WebhookEvent;
use clerk_core::webhook::{self, Reason, Secret, SignedHeaders, WebhookError};

/// Stub text for this module's Python API (appended by the stub generator, which fills in
/// `{DEFAULT_TOLERANCE}`). The `tolerance_seconds = 300` of the `#[pyo3(signature)]`s below
/// must be a literal for Python to show it; tests/test_one_source.py checks that each equals
/// [`webhook::DEFAULT_TOLERANCE`].
pub(crate) const STUB: &str = r#"
_Headers: TypeAlias = Headers  # the public name is clerk_backend.Headers

@final
class Webhook:

    def __new__(cls, secret: str | bytes, *, tolerance_seconds: int = {DEFAULT_TOLERANCE}) -> Webhook:
        """`secret` is the endpoint's signing secret (`whsec_...`), or the raw key as bytes.
        A secret that is not one raises `WebhookSecretError` (a `ClerkConfigurationError`)."""
    def verify(
        self,
        payload: bytes | bytearray | memoryview | str,
        headers: _Headers,
        *,
        now: float | None = None,
        strict: bool = False,
    ) -> WebhookEvent: ...
    def verify_message(
        self,
        payload: bytes | bytearray | memoryview | str,
        headers: _Headers,
        *,
        now: float | None = None,
        strict: bool = False,
    ) -> VerifiedWebhook[WebhookEvent]: ...
    def sign(self, msg_id: str, timestamp: float | datetime, payload: bytes | bytearray | memoryview | str) -> str: ...
    def sign_headers(
        self,
        payload: bytes | bytearray | memoryview | str,
        *,
        msg_id: str | None = None,
        timestamp: float | datetime | None = None,
    ) -> dict[str, str]: ...
    @property
    def tolerance_seconds(self) -> int: ...

def verify_webhook(
    payload: bytes | bytearray | memoryview | str,
    headers: _Headers,
    *,
    signing_secret: str | bytes | None = None,
    tolerance_seconds: int = {DEFAULT_TOLERANCE},
    now: float | None = None,
    strict: bool = False,
) -> WebhookEvent: ...

def verify_webhook_message(
    payload: bytes | bytearray | memoryview | str,
    headers: _Headers,
    *,
    signing_secret: str | bytes | None = None,
    tolerance_seconds: int = {DEFAULT_TOLERANCE},
    now: float | None = None,
    strict: bool = False,
) -> VerifiedWebhook[WebhookEvent]: ...

_E_co = TypeVar("_E_co", bound=WebhookEvent, covariant=True)

@final
class VerifiedWebhook(Generic[_E_co]):

    __match_args__: ClassVar[tuple[Literal["id"], Literal["timestamp"], Literal["event"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __new__(cls, id: str, timestamp: int, event: _E_co) -> VerifiedWebhook[_E_co]: ...
    @property
    def id(self) -> str: ...
    @property
    def timestamp(self) -> int: ...
    @property
    def event(self) -> _E_co: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __class_getitem__(cls, item: Any) -> Any: ...
"#;

/// The name of the environment variable `verify_webhook` reads the secret from.
pub(crate) const SECRET_ENV: &str = "CLERK_WEBHOOK_SIGNING_SECRET";

/// Verifies Clerk (Svix) webhook requests with one signing secret, and signs test requests.
#[pyclass(frozen, module = "clerk_backend")]
pub(crate) struct Webhook {
    secret: Secret,
    tolerance: i64,
}

impl Webhook {
    /// The hook `verify_webhook` uses: `signing_secret`, or the environment's secret.
    fn configured(
        py: Python<'_>,
        signing_secret: Option<&Bound<'_, PyAny>>,
        tolerance_seconds: i64,
    ) -> Result<Self> {
        if let Some(secret) = signing_secret.filter(|s| !s.is_none()) {
            return Self::build(secret, tolerance_seconds);
        }
        let env = py
            .import("os")?
            .getattr("environ")?
            .call_method1("get", (SECRET_ENV,))?;
        if env.is_none()
            || env
                .cast::<PyString>()
                .is_ok_and(|s| s.to_cow().is_ok_and(|s| s.trim().is_empty()))
        {
            return Err(WebhookError::new(
                Reason::InvalidSecret,
                format!("no webhook signing secret: pass signing_secret or set {SECRET_ENV}"),
            )
            .into());
        }
        Self::build(&env, tolerance_seconds)
    }

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

    /// Verify a request: the message id and timestamp that were verified, and the event.
    fn verify_bytes(
        &self,
        payload: &Bound<'_, PyAny>,
        headers: &Bound<'_, PyAny>,
        now: Option<f64>,
        strict: bool,
    ) -> Result<VerifiedWebhook> {
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
        let (id, timestamp) = if bytes.len() >= crate::model::DETACH_BYTES {
            // A long body: hash it without holding the GIL.
            let (secret, tolerance) = (&self.secret, self.tolerance);
            body.py()
                .detach(|| webhook::verify(secret, &signed, bytes, now, tolerance))?
        } else {
            webhook::verify(&self.secret, &signed, bytes, now, self.tolerance)?
        };
        Ok(VerifiedWebhook {
            id,
            timestamp,
            event: crate::events::parse_verified(&body, strict)?,
        })
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
        Self::build(secret, tolerance_seconds).map_err(|e| match e {
            Error::Webhook(e) if e.reason == Reason::InvalidSecret => secret_error(secret, &e),
            other => other.into(),
        })
    }

    /// Verify a request and return its typed event.
    ///
    /// `payload` is the raw body exactly as received (`bytes`, or `str`); `headers` is any
    /// mapping of the request's headers, matched case-insensitively. `now` (Unix seconds)
    /// replaces the clock, for tests. Raises `WebhookVerificationError`.
    ///
    /// A verified event always comes back, even when a field does not fit its type (that
    /// field raises `ParseError` when read; see `problems`); `strict=True` refuses such an
    /// event as `invalid-payload` instead.
    #[pyo3(signature = (payload, headers, *, now = None, strict = false))]
    fn verify(
        &self,
        payload: &Bound<'_, PyAny>,
        headers: &Bound<'_, PyAny>,
        now: Option<f64>,
        strict: bool,
    ) -> PyResult<Py<PyAny>> {
        Ok(self.verify_bytes(payload, headers, now, strict)?.event)
    }

    /// Verify a request like `verify`, and return a `VerifiedWebhook`: the verified
    /// message id and timestamp with the event. Raises `WebhookVerificationError`.
    #[pyo3(signature = (payload, headers, *, now = None, strict = false))]
    fn verify_message(
        &self,
        payload: &Bound<'_, PyAny>,
        headers: &Bound<'_, PyAny>,
        now: Option<f64>,
        strict: bool,
    ) -> PyResult<VerifiedWebhook> {
        Ok(self.verify_bytes(payload, headers, now, strict)?)
    }

    /// The `svix-signature` header value for a body: `"v1,<base64>"`. For testing handlers.
    /// `timestamp` is Unix seconds (an int, or a float rounded down) or an aware `datetime`.
    #[pyo3(signature = (msg_id, timestamp, payload))]
    fn sign(
        &self,
        msg_id: &str,
        timestamp: &Bound<'_, PyAny>,
        payload: &Bound<'_, PyAny>,
    ) -> PyResult<String> {
        let timestamp = unix_seconds(timestamp)?;
        let body = payload_bytes(payload)?;
        Ok(self.secret.sign(msg_id, timestamp, body.as_bytes()))
    }

    /// The three headers of a signed request for a body, as a dict: `svix-id` (a new
    /// `msg_...` id unless `msg_id` is given), `svix-timestamp` (now unless `timestamp` is
    /// given, as for `sign`) and `svix-signature`. For tests and local requests.
    #[pyo3(signature = (payload, *, msg_id = None, timestamp = None))]
    fn sign_headers<'py>(
        &self,
        payload: &Bound<'py, PyAny>,
        msg_id: Option<String>,
        timestamp: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let py = payload.py();
        let timestamp = match timestamp {
            Some(t) if !t.is_none() => unix_seconds(t)?,
            _ => unix_now(),
        };
        let msg_id = match msg_id {
            Some(id) => id,
            None => new_message_id(py)?,
        };
        let body = payload_bytes(payload)?;
        let signature = self.secret.sign(&msg_id, timestamp, body.as_bytes());
        let [id_name, timestamp_name, signature_name] = webhook::Family::Svix.names();
        let headers = PyDict::new(py);
        headers.set_item(id_name, msg_id)?;
        headers.set_item(timestamp_name, timestamp.to_string())?;
        headers.set_item(signature_name, signature)?;
        Ok(headers)
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
pub(crate) fn verify_webhook(
    payload: &Bound<'_, PyAny>,
    headers: &Bound<'_, PyAny>,
    signing_secret: Option<&Bound<'_, PyAny>>,
    tolerance_seconds: i64,
    now: Option<f64>,
    strict: bool,
) -> PyResult<Py<PyAny>> {
    let hook = Webhook::configured(payload.py(), signing_secret, tolerance_seconds)?;
    Ok(hook.verify_bytes(payload, headers, now, strict)?.event)
}

/// Verify a Clerk webhook request like `verify_webhook`, and return a `VerifiedWebhook`:
/// the verified message id and timestamp with the event.
#[pyfunction]
#[pyo3(signature = (payload, headers, *, signing_secret = None, tolerance_seconds = 300, now = None, strict = false))]
pub(crate) fn verify_webhook_message(
    payload: &Bound<'_, PyAny>,
    headers: &Bound<'_, PyAny>,
    signing_secret: Option<&Bound<'_, PyAny>>,
    tolerance_seconds: i64,
    now: Option<f64>,
    strict: bool,
) -> PyResult<VerifiedWebhook> {
    let hook = Webhook::configured(payload.py(), signing_secret, tolerance_seconds)?;
    Ok(hook.verify_bytes(payload, headers, now, strict)?)
}

/// A verified webhook message: the `svix-id` and `svix-timestamp` (or `webhook-*`) values
/// that the signature covered, and the typed event.
///
/// Deduplicate redeliveries on `id`: Svix sends the same id each time it retries a message.
#[pyclass(frozen, module = "clerk_backend")]
pub(crate) struct VerifiedWebhook {
    /// The message id the signature covered (`msg_...`), the same for every redelivery.
    #[pyo3(get)]
    id: String,
    /// The signed send time of this delivery attempt, in Unix seconds.
    #[pyo3(get)]
    timestamp: i64,
    /// The typed event, as `Webhook.verify` returns it.
    #[pyo3(get)]
    event: Py<PyAny>,
}

#[pymethods]
impl VerifiedWebhook {
    /// A message built by hand, for tests of handlers that take one.
    #[new]
    #[pyo3(signature = (id, timestamp, event))]
    fn new(id: String, timestamp: i64, event: &Bound<'_, PyAny>) -> PyResult<Self> {
        if !event.is_instance_of::<WebhookEvent>() {
            return Err(PyTypeError::new_err(format!(
                "event must be a WebhookEvent, not {}",
                event.get_type().name()?
            )));
        }
        Ok(Self {
            id,
            timestamp,
            event: event.clone().unbind(),
        })
    }

    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        Ok(PyTuple::new(py, ["id", "timestamp", "event"])?.unbind())
    }

    /// `VerifiedWebhook[UserEvent]` at runtime, as the stub's generic class allows.
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
        let args = (this.id.as_str(), this.timestamp, this.event.bind(py)).into_pyobject(py)?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let py = other.py();
        let Ok(other) = other.cast::<Self>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.id == other.id
            && self.timestamp == other.timestamp
            && self.event.bind(py).eq(other.event.bind(py))?)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "VerifiedWebhook(id={}, timestamp={}, event={})",
            PyString::new(py, &self.id).repr()?,
            self.timestamp,
            self.event.bind(py).repr()?
        ))
    }
}

/// A bad secret given to `Webhook(...)`: a configuration error (`WebhookSecretError`, which is
/// also a `WebhookVerificationError` with reason `invalid-secret`) that says where the right
/// secret is. It never shows the secret; it only says when it looks like a Clerk secret key.
#[cold]
fn secret_error(secret: &Bound<'_, PyAny>, e: &WebhookError) -> PyErr {
    let py = secret.py();
    let secret_key = secret
        .cast::<PyString>()
        .ok()
        .and_then(|s| s.to_cow().ok().map(|s| s.trim().starts_with("sk_")))
        .unwrap_or(false);
    let hint = if secret_key {
        "; it looks like a Clerk secret key (sk_...), which is for the Backend API, not for webhooks"
    } else {
        ""
    };
    let message = format!(
        "{}{hint}. Webhook signing secrets start with whsec_: copy yours from the Clerk Dashboard, \
         on the Webhooks page, under your endpoint's Signing Secret",
        e.message
    );
    let reason = e.reason.as_str();
    match py
        .import("clerk_backend.errors")
        .and_then(|m| m.getattr("WebhookSecretError"))
        .and_then(|cls| cls.call1((message.as_str(), reason)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(_) => PyValueError::new_err(message),
    }
}

/// A signing time as whole Unix seconds: an `int`, a finite `float` (rounded down), or a
/// timezone-aware `datetime`.
fn unix_seconds(value: &Bound<'_, PyAny>) -> Result<i64> {
    let py = value.py();
    if value.is_instance_of::<PyBool>() {
        return Err(Error::Type(
            "timestamp must be an int, float or an aware datetime, not bool".to_owned(),
        ));
    }
    if value.is_instance_of::<PyInt>() {
        return value.extract::<i64>().map_err(|_| {
            PyValueError::new_err("timestamp is out of range for Unix seconds").into()
        });
    }
    let seconds = if value.is_instance_of::<PyFloat>() {
        value.extract::<f64>()?
    } else if value.is_instance(&py.import("datetime")?.getattr("datetime")?)? {
        if value.call_method0("utcoffset")?.is_none() {
            return Err(PyValueError::new_err(
                "timestamp must be a timezone-aware datetime (a naive one has no fixed point in time): \
                 use datetime.now(timezone.utc)",
            )
            .into());
        }
        value.call_method0("timestamp")?.extract::<f64>()?
    } else {
        let name = value.get_type().name()?.to_string();
        return Err(Error::Type(format!(
            "timestamp must be an int, float or an aware datetime, not {name}"
        )));
    };
    if !seconds.is_finite() {
        return Err(PyValueError::new_err("timestamp must be a finite number of seconds").into());
    }
    let floor = seconds.floor();
    // 2^63 (what i64::MAX rounds to as f64) is already out of range; -2^63 is in range.
    let limit = 2f64.powi(63);
    if floor < -limit || floor >= limit {
        return Err(PyValueError::new_err("timestamp is out of range for Unix seconds").into());
    }
    Ok(floor as i64)
}

/// A new message id like Svix's: `msg_` and 27 random base62 characters.
fn new_message_id(py: Python<'_>) -> PyResult<String> {
    const ALPHABET: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    let random = py.import("os")?.call_method1("urandom", (27,))?;
    let bytes = random.cast::<PyBytes>()?.as_bytes();
    let tail: String = bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()]))
        .collect();
    Ok(format!("msg_{tail}"))
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

/// The body as a `bytes` object: `bytes` as is, `str` as UTF-8, bytes-likes copied.
pub(crate) fn payload_bytes<'py>(payload: &Bound<'py, PyAny>) -> Result<Bound<'py, PyBytes>> {
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

/// Read the signature headers from any headers (see [`crate::headers`]).
fn read_headers(headers: &Bound<'_, PyAny>) -> Result<SignedHeaders> {
    let pairs = crate::headers::pairs(headers, webhook::is_signature_header)?;
    Ok(SignedHeaders::from_pairs(
        pairs.iter().map(|(n, v)| (n.as_str(), v.as_str())),
    ))
}
