//! The Python face of session-token verification: `JwtKey`, `SessionClaims`, and the
//! native halves of `verify_token` and `decode_jwt` (the Python module `clerk_backend.tokens`
//! adds the key options, the JWKS fetch and `authenticate_request`). The checks are in
//! [`clerk_core::jwt`].

use std::sync::Arc;

use jiter::Peek;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyString, PyTuple};

use crate::error::{Error, Result};
use crate::field::{Dict, FieldType, Float, Int, Json, List, Opt, ParseContext, Str};
use crate::model::{Hooks, Problems, RawSrc};
use crate::pyjson;
use clerk_core::jwt::{
    self, Decoded, Jwks, KeyError, KeySource, Reason, RsaKey, TokenError, VerifyOptions,
};
use clerk_core::Failure;

/// Stub text for this module's Python API (appended by the stub generator).
pub(crate) const STUB: &str = r#"
@final
class JwtKey:

    @staticmethod
    def from_pem(pem: str, /) -> JwtKey: ...
    @staticmethod
    def from_jwk(jwk: dict[str, Any] | str, /) -> JwtKey: ...
    @staticmethod
    def from_jwks(jwks: dict[str, Any] | str, /) -> JwtKey: ...
    @property
    def kids(self) -> tuple[str, ...]: ...
    @property
    def is_set(self) -> bool: ...
    def __contains__(self, kid: object, /) -> bool: ...
    def __len__(self) -> int: ...

def _verify_session_token(
    token: _CheckedToken | str,
    key: JwtKey,
    authorized_parties: list[str],
    audience: list[str],
    issuer: list[str],
    clock_skew_in_ms: float,
    now_ms: int | None,
    /,
) -> SessionClaims: ...
def _verify_machine_jwt(
    token: str,
    key: JwtKey,
    audience: list[str],
    clock_skew_in_ms: float,
    now_ms: int | None,
    /,
) -> dict[str, Any]: ...
def _decode_jwt(token: str, /) -> tuple[dict[str, Any], dict[str, Any], bytes, str, str, str]: ...
@final
class _CheckedToken:
    @property
    def kid(self) -> str | None: ...

def _check_session_token(token: str, /) -> _CheckedToken: ...
_TokenType: TypeAlias = Literal["session_token", "api_key", "m2m_token", "oauth_token", "non_session_jwt"]
def _token_type(token: str, /) -> _TokenType: ...
def _classify_token(token: str, /) -> tuple[_TokenType, _CheckedToken | TokenVerificationError | None]: ...
def _check_session_token_type(token: str, /) -> None: ...
def _parse_cookie_header(header: str, /) -> dict[str, str]: ...
def _verify_handshake_token(token: str, key: JwtKey, /) -> dict[str, Any]: ...

_MAX_COOKIE_HEADER_LEN: int
"#;

enum Material {
    One(RsaKey),
    Set(Jwks),
}

/// A parsed verification key: one RSA public key, or a JWK set. Build it once and reuse it.
#[pyclass(frozen, module = "clerk_backend")]
pub(crate) struct JwtKey {
    material: Arc<Material>,
}

fn key_error(e: &KeyError) -> Error {
    Error::Token(TokenError::new(
        Reason::JwkLocalMissing,
        e.message().to_owned(),
    ))
}

/// The text of a `str` argument; one that has no UTF-8 form (a lone surrogate) is unusable.
fn unicode(s: &Bound<'_, PyString>, what: &str) -> Result<String> {
    s.to_cow()
        .map(std::borrow::Cow::into_owned)
        .map_err(|_| key_error(&KeyError::new(format!("the {what} is not valid Unicode"))))
}

/// JSON text of a `dict` (via `json.dumps`) or a `str` argument.
fn json_text(value: &Bound<'_, PyAny>, what: &str) -> Result<String> {
    if let Ok(s) = value.cast::<PyString>() {
        return unicode(s, what);
    }
    if value.is_instance_of::<PyDict>() {
        static DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let dumps = DUMPS.import(value.py(), "json", "dumps")?;
        return dumps
            .call1((value,))
            .and_then(|s| s.extract::<String>())
            .map_err(|_| key_error(&KeyError::new(format!("the {what} is not JSON"))));
    }
    let name = value.get_type().name()?.to_string();
    Err(Error::Type(format!(
        "the {what} must be a dict or str, not {name}"
    )))
}

#[pymethods]
impl JwtKey {
    /// An RSA public key in PEM form (SPKI or PKCS#1; 2048 to 8192 bits). Literal `\n`
    /// escapes are accepted.
    #[staticmethod]
    #[pyo3(signature = (pem, /))]
    fn from_pem(pem: &Bound<'_, PyAny>) -> PyResult<Self> {
        let Ok(text) = pem.cast::<PyString>() else {
            let name = pem.get_type().name()?.to_string();
            return Err(Error::Type(format!("the PEM key must be str, not {name}")).into());
        };
        let key = RsaKey::from_pem(&unicode(text, "PEM key")?).map_err(|e| key_error(&e))?;
        Ok(Self {
            material: Arc::new(Material::One(key)),
        })
    }

    /// One RSA JSON Web Key (`kty` RSA; `alg`, if present, RS256; `use`, if present, sig).
    #[staticmethod]
    #[pyo3(signature = (jwk, /))]
    fn from_jwk(jwk: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = json_text(jwk, "JWK")?;
        let key = RsaKey::from_jwk(&text).map_err(|e| key_error(&e))?;
        Ok(Self {
            material: Arc::new(Material::One(key)),
        })
    }

    /// A JSON Web Key Set (`{"keys": [...]}`): the key is chosen by the token's `kid`.
    #[staticmethod]
    #[pyo3(signature = (jwks, /))]
    fn from_jwks(jwks: &Bound<'_, PyAny>) -> PyResult<Self> {
        let text = json_text(jwks, "JWKS")?;
        let set = Jwks::from_json(&text).map_err(|e| key_error(&e))?;
        Ok(Self {
            material: Arc::new(Material::Set(set)),
        })
    }

    /// The key ids this key material holds (empty for a PEM key without one).
    #[getter]
    fn kids<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let kids: Vec<&str> = match &*self.material {
            Material::One(key) => key.kid().into_iter().collect(),
            Material::Set(set) => set.kids().collect(),
        };
        PyTuple::new(py, kids)
    }

    /// Whether this is a JWK set (keys chosen by `kid`) rather than one key.
    #[getter]
    fn is_set(&self) -> bool {
        matches!(&*self.material, Material::Set(_))
    }

    fn __contains__(&self, kid: &Bound<'_, PyAny>) -> bool {
        let Ok(kid) = kid.extract::<String>() else {
            return false;
        };
        match &*self.material {
            Material::One(key) => key.kid() == Some(kid.as_str()),
            Material::Set(set) => set.contains(&kid),
        }
    }

    fn __len__(&self) -> usize {
        match &*self.material {
            Material::One(_) => 1,
            Material::Set(set) => set.len(),
        }
    }

    /// `<JwtKey RSA 2048 bits, kid='ins_1', thumbprint='...'>` or `<JwtKey set of 2 keys: kids ('a', 'b')>`,
    /// in Python's notation (no Rust `Debug` output).
    fn __repr__(&self) -> String {
        let quote = |s: &str| format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"));
        match &*self.material {
            Material::One(key) => format!(
                "<JwtKey RSA {} bits, kid={}, thumbprint={}>",
                key.bits(),
                key.kid().map_or_else(|| "None".to_owned(), quote),
                quote(key.thumbprint())
            ),
            Material::Set(set) => {
                let kids: Vec<String> = set.kids().map(quote).collect();
                let tuple = match kids.len() {
                    1 => format!("({},)", kids[0]),
                    _ => format!("({})", kids.join(", ")),
                };
                format!("<JwtKey set of {} keys: kids {tuple}>", set.len())
            }
        }
    }
}

/// `"o:dashboard,u:profile"` → `("o:dashboard", "u:profile")`.
pub(crate) struct CommaList;

impl FieldType for CommaList {
    fn annotation() -> String {
        "tuple[str, ...]".into()
    }
    fn from_json(cx: &mut ParseContext<'_, '_>, peek: Peek) -> Result<Py<PyAny>> {
        let value = Opt::<Str>::from_json(cx, peek)?;
        split_commas(cx.py, value.bind(cx.py))
    }
    fn from_py(v: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
        let value = Opt::<Str>::from_py(v)?;
        split_commas(v.py(), value.bind(v.py()))
    }
    fn absent(py: Python<'_>) -> Result<Py<PyAny>> {
        Ok(PyTuple::empty(py).into_any().unbind())
    }
    fn to_json<'py>(v: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let parts: Vec<String> = v.extract()?;
        Ok(PyString::new(v.py(), &parts.join(",")).into_any())
    }
}

fn split_commas(py: Python<'_>, value: &Bound<'_, PyAny>) -> Result<Py<PyAny>> {
    if value.is_none() {
        return Ok(PyTuple::empty(py).into_any().unbind());
    }
    let text = value
        .cast::<PyString>()
        .map_err(PyErr::from)?
        .to_cow()?
        .into_owned();
    let parts: Vec<&str> = text
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    Ok(PyTuple::new(py, parts)?.into_any().unbind())
}

model! {
    /// The claims of a verified Clerk session token, with the organization fields decoded
    /// the way `@clerk/shared` does for both v1 and v2 tokens.
    SessionClaims {
        /// The user id (`user_...`).
        sub: Str,
        /// The session id (`sess_...`).
        sid: Opt<Str>,
        /// The origin the token was issued to (checked against `authorized_parties`).
        azp: Opt<Str>,
        /// The issuer: your instance's Frontend API URL.
        iss: Opt<Str>,
        /// Expiry, Unix seconds.
        exp: Float,
        /// Issued at, Unix seconds.
        iat: Opt<Float>,
        /// Not before, Unix seconds.
        nbf: Opt<Float>,
        /// The token id (v2).
        jti: Opt<Str>,
        /// The session status, for example `"active"` or `"pending"` (v2).
        sts: Opt<Str>,
        /// The claims version: `2` for v2 tokens, `None` for v1.
        v: Opt<Int>,
        /// Minutes since the first and the second factor were verified (`-1`: never).
        fva: Opt<List<Int>>,
        /// The impersonating actor (`{"iss", "sid", "sub"}`), for impersonation sessions.
        act: Opt<Dict>,
        /// The active organization's id.
        org_id: Opt<Str>,
        /// The active organization's slug.
        org_slug: Opt<Str>,
        /// The user's role in the active organization, for example `"org:admin"`.
        org_role: Opt<Str>,
        /// The user's permissions in the active organization, for example `"org:dashboard:read"`.
        org_permissions: Opt<List<Str>>,
        /// The compact organization claim of v2 tokens, as sent.
        o: Opt<Dict>,
        /// The `fea` claim as sent, for example `"o:dashboard,u:profile"` (v2).
        fea: Opt<Str>,
        /// The `pla` claim as sent, for example `"u:free,o:pro"` (v2).
        pla: Opt<Str>,
        /// `fea` split into its entries, for example `("o:dashboard", "u:profile")`.
        features: CommaList = "fea",
        /// `pla` split into its entries, for example `("u:free", "o:pro")`.
        plans: CommaList = "pla",
        /// The audience claim, when the token has one.
        aud: Opt<Json>,
    }
    hooks = ClaimsHooks;
}

/// `SessionClaims.from_json` types the fields itself (so that a claim of another type is a
/// broken field); the organization of a v2 token (`"v": 2`: from `o` and `fea`) is the core
/// claims decoder's, the one verification uses.
pub(crate) struct ClaimsHooks;

impl Hooks<SessionClaims> for ClaimsHooks {
    fn finish_json(value: &mut SessionClaims, cx: &mut ParseContext<'_, '_>) -> Result<()> {
        if !value.v.bind(cx.py).eq(2)? {
            return Ok(());
        }
        let decoded = match &value.src {
            RawSrc::Span { start, end, .. } => {
                jwt::SessionClaims::from_json(&cx.buf.as_bytes()[*start..*end])
            }
            RawSrc::Dict(_) => None,
        };
        set_organization(cx.py, value, decoded.as_ref())
    }

    fn finish_dict(value: &mut SessionClaims, d: &Bound<'_, PyDict>) -> Result<()> {
        let py = d.py();
        if !value.v.bind(py).eq(2)? {
            return Ok(());
        }
        static DUMPS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let text: String = DUMPS.import(py, "json", "dumps")?.call1((d,))?.extract()?;
        let decoded = jwt::SessionClaims::from_json(text.as_bytes());
        set_organization(py, value, decoded.as_ref())
    }
}

/// The organization fields of a v2 token from the core's decoding (none when the claims
/// could not be decoded, or have no `o`).
fn set_organization(
    py: Python<'_>,
    value: &mut SessionClaims,
    decoded: Option<&jwt::SessionClaims>,
) -> Result<()> {
    let decoded = decoded.cloned().unwrap_or_default();
    value.org_id = opt_text(py, decoded.org_id.as_deref());
    value.org_slug = opt_text(py, decoded.org_slug.as_deref());
    value.org_role = opt_text(py, decoded.org_role.as_deref());
    value.org_permissions = opt_strings(py, decoded.org_permissions.as_deref())?;
    Ok(())
}

fn opt_text(py: Python<'_>, s: Option<&str>) -> Py<PyAny> {
    s.map_or_else(|| py.None(), |s| PyString::new(py, s).into_any().unbind())
}

fn opt_strings(py: Python<'_>, items: Option<&[String]>) -> Result<Py<PyAny>> {
    Ok(match items {
        Some(items) => PyTuple::new(py, items)?.into_any().unbind(),
        None => py.None(),
    })
}

fn opt_json(py: Python<'_>, value: Option<&jiter::JsonValue<'_>>) -> Result<Py<PyAny>> {
    Ok(match value {
        Some(v) => pyjson::from_value(py, v)?.unbind(),
        None => py.None(),
    })
}

fn opt_float(py: Python<'_>, n: Option<f64>) -> Py<PyAny> {
    n.map_or_else(|| py.None(), |n| PyFloat::new(py, n).into_any().unbind())
}

/// The Python `SessionClaims` of a verified token, from the claims the core decoded while
/// verifying it: the payload is not parsed again. `raw` is rebuilt from the payload bytes.
fn session_claims(
    py: Python<'_>,
    decoded: &Decoded,
    claims: &jwt::SessionClaims,
) -> Result<Py<PyAny>> {
    let unexpected = |detail: String| {
        Error::Token(TokenError::new(
            Reason::TokenInvalid,
            format!("the token's claims have unexpected types: {detail}"),
        ))
    };
    if !claims.mistyped.is_empty() {
        let listed: Vec<String> = claims
            .mistyped
            .iter()
            .map(|m| {
                let mut failure = Failure::wrong_type(m.expected, m.found);
                if let Some(i) = m.index {
                    failure = failure.at_index(i);
                }
                failure
                    .in_field(m.claim)
                    .in_class("SessionClaims")
                    .to_string()
            })
            .collect();
        return Err(unexpected(listed.join("; ")));
    }
    // Verification has checked that `sub` is a string and `exp` a number.
    let (Some(sub), Some(exp)) = (claims.sub.as_deref(), claims.exp) else {
        return Err(unexpected("SessionClaims.sub or .exp: missing".to_owned()));
    };
    let as_claims_error = |e: Error| match e {
        Error::Parse(f) => unexpected(f.in_class("SessionClaims").to_string()),
        other => other,
    };
    let payload = PyBytes::new(py, decoded.payload_json());
    let fea = opt_text(py, claims.fea.as_deref());
    let pla = opt_text(py, claims.pla.as_deref());
    let value = SessionClaims {
        sub: PyString::new(py, sub).into_any().unbind(),
        sid: opt_text(py, claims.sid.as_deref()),
        azp: opt_text(py, claims.azp.as_deref()),
        iss: opt_text(py, claims.iss.as_deref()),
        exp: PyFloat::new(py, exp).into_any().unbind(),
        iat: opt_float(py, claims.iat),
        nbf: opt_float(py, claims.nbf),
        jti: opt_text(py, claims.jti.as_deref()),
        sts: opt_text(py, claims.sts.as_deref()),
        v: match claims.version {
            Some(v) => v.into_pyobject(py)?.into_any().unbind(),
            None => py.None(),
        },
        fva: match &claims.fva {
            Some(ages) => PyTuple::new(py, ages)?.into_any().unbind(),
            None => py.None(),
        },
        act: opt_json(py, claims.act.as_ref()).map_err(as_claims_error)?,
        org_id: opt_text(py, claims.org_id.as_deref()),
        org_slug: opt_text(py, claims.org_slug.as_deref()),
        org_role: opt_text(py, claims.org_role.as_deref()),
        org_permissions: opt_strings(py, claims.org_permissions.as_deref())?,
        o: opt_json(py, claims.o.as_ref()).map_err(as_claims_error)?,
        features: split_commas(py, fea.bind(py))?,
        plans: split_commas(py, pla.bind(py))?,
        fea,
        pla,
        aud: opt_json(py, claims.aud.as_ref()).map_err(as_claims_error)?,
        src: RawSrc::Span {
            start: 0,
            end: payload.as_bytes().len(),
            buf: payload.unbind(),
        },
        problems: Problems::default(),
    };
    Ok(<ClaimsHooks as Hooks<SessionClaims>>::into_object(
        value, py,
    )?)
}

fn options(
    authorized_parties: Vec<String>,
    audience: Vec<String>,
    issuer: Vec<String>,
    clock_skew_in_ms: f64,
) -> VerifyOptions {
    VerifyOptions {
        authorized_parties,
        audience,
        issuer,
        clock_skew_ms: clock_skew_in_ms,
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// Verify a session token (decoded once by `_check_session_token`, or given as text) with a parsed key and
/// return its claims, built from what the core decoded. The RSA check runs without the GIL.
#[pyfunction]
#[pyo3(signature = (token, key, authorized_parties, audience, issuer, clock_skew_in_ms, now_ms_override, /))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn _verify_session_token(
    py: Python<'_>,
    token: &Bound<'_, PyAny>,
    key: &Bound<'_, JwtKey>,
    authorized_parties: Vec<String>,
    audience: Vec<String>,
    issuer: Vec<String>,
    clock_skew_in_ms: f64,
    now_ms_override: Option<i64>,
) -> PyResult<Py<PyAny>> {
    let material = Arc::clone(&key.get().material);
    let decoded = match token.cast::<CheckedToken>() {
        Ok(checked) => Arc::clone(&checked.get().decoded),
        Err(_) => {
            let text: String = token.extract()?;
            Arc::new(jwt::decode_session_token(&text).map_err(Error::Token)?)
        }
    };
    let opts = options(authorized_parties, audience, issuer, clock_skew_in_ms);
    let now = now_ms_override.unwrap_or_else(now_ms);
    let held = Arc::clone(&decoded);
    let claims = py.detach(move || {
        let source = match &*material {
            Material::One(key) => KeySource::Key(key),
            Material::Set(set) => KeySource::Jwks(set),
        };
        jwt::verify_decoded(&held, source, &opts, now)
    });
    let claims = claims.map_err(Error::Token)?;
    Ok(session_claims(py, &decoded, &claims)?)
}

/// Verify a machine token in JWT form (signature, `alg`, times, and `aud` against `audience`
/// as for session tokens) and return its claims as a dict; see [`jwt::verify_machine_jwt`].
/// The RSA check runs without the GIL.
#[pyfunction]
#[pyo3(signature = (token, key, audience, clock_skew_in_ms, now_ms_override, /))]
pub(crate) fn _verify_machine_jwt<'py>(
    py: Python<'py>,
    token: &str,
    key: &Bound<'_, JwtKey>,
    audience: Vec<String>,
    clock_skew_in_ms: f64,
    now_ms_override: Option<i64>,
) -> PyResult<Bound<'py, PyAny>> {
    let material = Arc::clone(&key.get().material);
    let opts = options(Vec::new(), audience, Vec::new(), clock_skew_in_ms);
    let now = now_ms_override.unwrap_or_else(now_ms);
    let token = token.to_owned();
    let decoded = py
        .detach(move || {
            let source = match &*material {
                Material::One(key) => KeySource::Key(key),
                Material::Set(set) => KeySource::Jwks(set),
            };
            jwt::verify_machine_jwt(&token, source, &opts, now)
        })
        .map_err(Error::Token)?;
    Ok(
        pyjson::parse_value(py, decoded.payload_json()).map_err(|e| match e {
            Error::Parse(f) => Error::Token(TokenError::new(
                Reason::TokenInvalid,
                format!("the token's claims could not be read: {}", f.detail()),
            )),
            other => other,
        })?,
    )
}

/// Verify a handshake token's header and signature with `key` (no claim is checked) and
/// return its payload as a dict. Raises `TokenVerificationError`.
#[pyfunction]
#[pyo3(signature = (token, key, /))]
pub fn _verify_handshake_token<'py>(
    py: Python<'py>,
    token: &str,
    key: &Bound<'py, JwtKey>,
) -> PyResult<Bound<'py, PyAny>> {
    let material = Arc::clone(&key.get().material);
    let source = match &*material {
        Material::One(key) => KeySource::Key(key),
        Material::Set(set) => KeySource::Jwks(set),
    };
    let decoded = jwt::verify_signature_only(token, source).map_err(Error::Token)?;
    pyjson::parse_value(py, decoded.payload_json()).map_err(|e| {
        match e {
            Error::Parse(f) => Error::Token(TokenError::new(
                Reason::TokenInvalid,
                format!(
                    "the handshake token's payload could not be decoded: {}",
                    f.detail()
                ),
            )),
            other => other,
        }
        .into()
    })
}

/// Decode a token without verifying it: `(header, payload, signature, raw_header,
/// raw_payload, raw_signature)`.
#[pyfunction]
#[pyo3(signature = (token, /))]
pub(crate) fn _decode_jwt<'py>(py: Python<'py>, token: &str) -> PyResult<Bound<'py, PyTuple>> {
    let decoded = jwt::decode(token).map_err(Error::Token)?;
    // The core has checked both are JSON objects; a number too large for a float is the one
    // thing that can still fail when they become Python objects.
    let as_python = |json: &[u8]| {
        pyjson::parse_value(py, json).map_err(|e| match e {
            Error::Parse(f) => Error::Token(TokenError::new(
                Reason::TokenInvalid,
                format!(
                    "Invalid JWT form. The header or payload could not be decoded: {}",
                    f.detail()
                ),
            )),
            other => other,
        })
    };
    let header = as_python(decoded.header_json())?;
    let payload = as_python(decoded.payload_json())?;
    let items: Vec<Bound<'py, PyAny>> = vec![
        header,
        payload,
        PyBytes::new(py, decoded.signature()).into_any(),
        PyString::new(py, decoded.raw_header()).into_any(),
        PyString::new(py, decoded.raw_payload()).into_any(),
        PyString::new(py, decoded.raw_signature()).into_any(),
    ];
    PyTuple::new(py, items)
}

/// A session token decoded once, with the checks of verification that come before the key
/// done (the token's type, then `typ`, `crit` and the algorithm): `verify_token` decodes a
/// token once, reads its `kid` to choose the key, and verifies this same decoded token.
#[pyclass(frozen, name = "_CheckedToken", module = "clerk_backend")]
pub(crate) struct CheckedToken {
    decoded: Arc<Decoded>,
}

#[pymethods]
impl CheckedToken {
    /// The header's `kid` when it is a string: a token that would be refused anyway never
    /// causes a JWKS request.
    #[getter]
    fn kid(&self) -> Option<String> {
        self.decoded.header().kid().map(str::to_owned)
    }
}

/// Decode a session token and run the checks that come before the key.
#[pyfunction]
#[pyo3(signature = (token, /))]
pub(crate) fn _check_session_token(token: &str) -> PyResult<CheckedToken> {
    let decoded = jwt::decode_session_token(token).map_err(Error::Token)?;
    Ok(CheckedToken {
        decoded: Arc::new(decoded),
    })
}

/// The token's type (as `_token_type` says it) and, for a session token, what
/// `_check_session_token` gives or raises: the `_CheckedToken`, or the `TokenVerificationError`
/// (returned, not raised). `None` for any other type. One decode serves both, so
/// `authenticate_request` routes on the type and verifies the token it already holds.
#[pyfunction]
#[pyo3(signature = (token, /))]
pub(crate) fn _classify_token<'py>(
    py: Python<'py>,
    token: &str,
) -> PyResult<(&'static str, Option<Bound<'py, PyAny>>)> {
    let (kind, checked) = jwt::classify_session_token(token);
    let held = match checked {
        None => None,
        Some(Ok(decoded)) => {
            let decoded = Arc::new(decoded);
            Some(Bound::new(py, CheckedToken { decoded })?.into_any())
        }
        Some(Err(err)) => Some(
            PyErr::from(Error::Token(err))
                .into_value(py)
                .into_bound(py)
                .into_any(),
        ),
    };
    Ok((kind.token_type().as_str(), held))
}

/// The token's type, as `@clerk/backend` tells it: `"session_token"`, `"api_key"`,
/// `"m2m_token"`, `"oauth_token"`, or `"non_session_jwt"` for a JWT whose header category is
/// not a session token's (a JWT template, say). Nothing is verified.
#[pyfunction]
#[pyo3(signature = (token, /))]
pub(crate) fn _token_type(token: &str) -> &'static str {
    jwt::classify(token).token_type().as_str()
}

/// Raise `TokenVerificationError` (`token-type-mismatch`, the message saying what the token
/// is) unless the token is a session token.
#[pyfunction]
#[pyo3(signature = (token, /))]
pub(crate) fn _check_session_token_type(token: &str) -> PyResult<()> {
    match jwt::classify(token).mismatch(Reason::TokenTypeMismatch) {
        Some(err) => Err(Error::Token(err).into()),
        None => Ok(()),
    }
}

/// The cookies of a `Cookie` header as `{name: value}`, read as `@clerk/backend` reads them
/// (the first of a duplicated name wins; see [`clerk_core::cookie`]). Empty for a header
/// over the length cap. A header that is not valid Unicode (a lone surrogate) is read with the
/// bad characters replaced by U+FFFD, so no cookie of it can be a valid token.
#[pyfunction]
#[pyo3(signature = (header, /))]
pub(crate) fn _parse_cookie_header<'py>(
    py: Python<'py>,
    header: &Bound<'py, PyString>,
) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    let text = header.to_string_lossy();
    for (name, value) in clerk_core::cookie::parse(&text).unwrap_or_default() {
        dict.set_item(name, value.as_ref())?;
    }
    Ok(dict)
}
