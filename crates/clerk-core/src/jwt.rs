//! Clerk session tokens: JWT decoding, RSA keys, RS256 verification and the Clerk claims.
//! No PyO3. The RSA arithmetic is ring's (its C and assembly come from BoringSSL).
//!
//! The checks and their order mirror `@clerk/backend`'s `verifyToken` / `verifyJwt`, and the
//! reason strings are its `TokenVerificationErrorReason` values. Where this module is stricter,
//! it says so at the check:
//!
//! - Only `RS256` is accepted. The reference lists RS384 and RS512 too, but its key import then
//!   fails for them (`token-verification-failed`); here they are `token-invalid-algorithm`, and
//!   the whole header (`cat`, `typ`, `crit`, `alg`) is checked before any key is looked at
//!   (the reference looks the key up first, so a bad `alg` with an unknown `kid` reported
//!   `jwk-kid-mismatch` there).
//! - Decoding is strict: a size cap, exactly three segments, base64url with no padding and
//!   canonical trailing bits, UTF-8 JSON objects, no duplicate member names at any depth, and
//!   at most [`MAX_NESTING`] levels of containers.
//! - A configured issuer needs an `iss` claim; a configured audience refuses an `aud` claim
//!   that is neither a string nor an array of strings (the reference skips both cases).
//!
//! In short: [`decode`] gives a [`Decoded`] token; [`RsaKey`] (from a PEM or a JWK) or a
//! [`Jwks`] is the [`KeySource`]; [`verify`] (or [`verify_decoded`]) checks a token against
//! [`VerifyOptions`] at a given time and returns the [`SessionClaims`]; failures are
//! [`TokenError`]s with a [`Reason`], bad key material is a [`KeyError`].
//!
//! JSON is parsed with `jiter` (already used by the rest of the crate): its `JsonValue` keeps
//! every member of an object, so duplicates can be found, and it tells integers from floats.
//! serde_json's `Value` would silently keep the last duplicate.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt;

use base64::alphabet;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use jiter::{JsonErrorType, JsonObject, JsonValue, PartialMode};
use num_bigint::BigUint;
use pkcs1::der::Decode;
use ring::signature::{RsaPublicKeyComponents, RSA_PKCS1_2048_8192_SHA256};
use sha2::{Digest, Sha256};

/// The longest token accepted, in bytes; checked before anything else.
pub const MAX_TOKEN_LEN: usize = 64 * 1024;

/// How deep containers may nest in the header, the payload and a JWK set, the top-level
/// object counting as level 1. serde_json (and so the Rust `jsonwebtoken` crate) stops at 128
/// too; Clerk's own claims nest three levels at most.
pub const MAX_NESTING: usize = 128;

/// The smallest RSA modulus accepted, in bits.
pub const MIN_KEY_BITS: usize = 2048;

/// The largest RSA modulus accepted, in bits (ring's own limit).
pub const MAX_KEY_BITS: usize = 8192;

/// The smallest RSA public exponent accepted (the exponent must be odd too, so 3 is the least).
const MIN_PUBLIC_EXPONENT: u64 = 2;

/// The largest RSA public exponent accepted: ring's limit (and the `rsa` crate's), 2^33 - 1.
const MAX_PUBLIC_EXPONENT: u64 = (1 << 33) - 1;

/// The clock skew used when none (or a non-finite one) is given, in milliseconds.
pub const DEFAULT_CLOCK_SKEW_MS: f64 = 5000.0;

/// The only signature algorithm accepted.
pub const ALGORITHM: &str = "RS256";

/// The header `cat` (token category) of session tokens.
pub const SESSION_TOKEN_CATEGORY: &str = "cl_B7d4PD111AAA";

/// The header `cat` of JWT-template tokens, which are never session tokens.
pub const JWT_TEMPLATE_CATEGORY: &str = "cl_B7d4PD222AAA";

/// The header `cat` of machine-to-machine tokens, which are never session tokens.
pub const M2M_TOKEN_CATEGORY: &str = "cl_B7d4PD333AAA";

/// The header `cat` that instances ignoring categories stamp on every token: it says nothing
/// about the token's type, so it counts as a session token's.
pub const IGNORED_CATEGORY: &str = "cl_I7d4PD111III";

/// The prefix of opaque machine-to-machine tokens.
pub const M2M_TOKEN_PREFIX: &str = "mt_";

/// The prefix of opaque OAuth access tokens.
pub const OAUTH_TOKEN_PREFIX: &str = "oat_";

/// The prefix of API keys.
pub const API_KEY_PREFIX: &str = "ak_";

/// The prefix of a machine's id: the `sub` of an M2M JWT.
pub const M2M_SUBJECT_PREFIX: &str = "mch_";

/// The header `typ` values of OAuth 2.0 JWT access tokens (RFC 9068, section 2.1).
pub const OAUTH_ACCESS_TOKEN_TYPES: [&str; 2] = ["at+jwt", "application/at+jwt"];

/// URL-safe alphabet, no padding, canonical trailing bits (the engine's default).
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone),
);

/// PEM bodies: standard alphabet; padding optional (the DER parse that follows is strict).
const PEM_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

// ---------------------------------------------------------------------------------------------
// Errors

/// Why a token was refused: `@clerk/backend`'s `TokenVerificationErrorReason`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reason {
    TokenExpired,
    TokenInvalid,
    TokenInvalidAlgorithm,
    TokenInvalidAuthorizedParties,
    TokenInvalidIssuer,
    TokenInvalidSignature,
    TokenNotActiveYet,
    TokenIatInTheFuture,
    TokenVerificationFailed,
    JwkLocalMissing,
    JwkRemoteFailedToLoad,
    JwkRemoteInvalid,
    JwkRemoteMissing,
    JwkFailedToResolve,
    JwkKidMismatch,
    SecretKeyInvalid,
    TokenTypeMismatch,
}

impl Reason {
    /// Every reason of the reference. This module itself raises the first nine and
    /// `jwk-kid-mismatch`; the next five are for the layer that fetches keys, and
    /// `token-type-mismatch` (the reference's `AuthErrorReason`, not one of its token
    /// verification reasons) for the layer that authenticates requests: [`TokenKind::mismatch`].
    pub const ALL: [Reason; 17] = [
        Reason::TokenExpired,
        Reason::TokenInvalid,
        Reason::TokenInvalidAlgorithm,
        Reason::TokenInvalidAuthorizedParties,
        Reason::TokenInvalidIssuer,
        Reason::TokenInvalidSignature,
        Reason::TokenNotActiveYet,
        Reason::TokenIatInTheFuture,
        Reason::TokenVerificationFailed,
        Reason::JwkLocalMissing,
        Reason::JwkRemoteFailedToLoad,
        Reason::JwkRemoteInvalid,
        Reason::JwkRemoteMissing,
        Reason::JwkFailedToResolve,
        Reason::JwkKidMismatch,
        Reason::SecretKeyInvalid,
        Reason::TokenTypeMismatch,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::TokenExpired => "token-expired",
            Reason::TokenInvalid => "token-invalid",
            Reason::TokenInvalidAlgorithm => "token-invalid-algorithm",
            Reason::TokenInvalidAuthorizedParties => "token-invalid-authorized-parties",
            Reason::TokenInvalidIssuer => "token-invalid-issuer",
            Reason::TokenInvalidSignature => "token-invalid-signature",
            Reason::TokenNotActiveYet => "token-not-active-yet",
            Reason::TokenIatInTheFuture => "token-iat-in-the-future",
            Reason::TokenVerificationFailed => "token-verification-failed",
            Reason::JwkLocalMissing => "jwk-local-missing",
            Reason::JwkRemoteFailedToLoad => "jwk-remote-failed-to-load",
            Reason::JwkRemoteInvalid => "jwk-remote-invalid",
            Reason::JwkRemoteMissing => "jwk-remote-missing",
            Reason::JwkFailedToResolve => "jwk-failed-to-resolve",
            Reason::JwkKidMismatch => "jwk-kid-mismatch",
            Reason::SecretKeyInvalid => "secret-key-invalid",
            Reason::TokenTypeMismatch => "token-type-mismatch",
        }
    }
}

/// A refused token: a reason and a message. Messages quote short claim values (like the
/// reference) but never key material, the signature or the whole token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenError {
    reason: Reason,
    message: String,
}

impl TokenError {
    #[cold]
    pub fn new(reason: Reason, message: impl Into<String>) -> Self {
        Self {
            reason,
            message: message.into(),
        }
    }

    pub fn reason(&self) -> &'static str {
        self.reason.as_str()
    }

    pub fn kind(&self) -> Reason {
        self.reason
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for TokenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TokenError {}

#[cold]
fn invalid(message: impl Into<String>) -> TokenError {
    TokenError::new(Reason::TokenInvalid, message)
}

#[cold]
fn failed(message: impl Into<String>) -> TokenError {
    TokenError::new(Reason::TokenVerificationFailed, message)
}

/// Key material that cannot be used: a bad PEM, JWK or JWK set. A configuration error rather
/// than a refused token. The message never contains the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyError {
    message: String,
}

impl KeyError {
    #[cold]
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for KeyError {}

// ---------------------------------------------------------------------------------------------
// JSON

/// A JSON object's members in document order (duplicates are refused while parsing).
pub type Members = [(Cow<'static, str>, JsonValue<'static>)];

/// The value of member `name`.
pub fn member<'a>(members: &'a Members, name: &str) -> Option<&'a JsonValue<'static>> {
    members
        .iter()
        .find(|(key, _)| key.as_ref() == name)
        .map(|(_, value)| value)
}

fn member_str<'a>(members: &'a Members, name: &str) -> Option<&'a str> {
    match member(members, name) {
        Some(JsonValue::Str(s)) => Some(s.as_ref()),
        _ => None,
    }
}

/// Parse UTF-8 JSON that must be an object, refusing duplicate members at any depth and
/// nesting deeper than [`MAX_NESTING`]. The error says what is wrong, without the input.
fn parse_object(data: &[u8]) -> Result<JsonObject<'static>, String> {
    if let Err(e) = std::str::from_utf8(data) {
        return Err(format!("not UTF-8 (byte {})", e.valid_up_to()));
    }
    let value = JsonValue::parse_owned(data, false, PartialMode::Off).map_err(|e| {
        if e.error_type == JsonErrorType::RecursionLimitExceeded {
            too_deep()
        } else {
            format!("not valid JSON ({} at byte {})", e.error_type, e.index)
        }
    })?;
    let JsonValue::Object(members) = value else {
        return Err(format!("a JSON {}, not an object", type_name(&value)));
    };
    check_object(&members, 1)?;
    Ok(members)
}

/// The Clerk claims of a JSON claims object that did not come through [`decode`] (a claims
/// dict a caller already has). `None` when the text is not a JSON object.
pub fn claims_from_json(data: &[u8]) -> Option<SessionClaims> {
    parse_object(data)
        .ok()
        .map(|members| SessionClaims::from_claims(&members))
}

#[cold]
fn too_deep() -> String {
    format!("nested more than {MAX_NESTING} levels deep")
}

/// Check the members of an object at nesting level `level`.
fn check_object(members: &[(Cow<'_, str>, JsonValue<'_>)], level: usize) -> Result<(), String> {
    if level > MAX_NESTING {
        return Err(too_deep());
    }
    if members.len() > 1 {
        let mut seen = HashSet::with_capacity(members.len());
        for (key, _) in members {
            if !seen.insert(key.as_ref()) {
                return Err(format!("has a duplicate member {}", quote(key)));
            }
        }
    }
    members
        .iter()
        .try_for_each(|(_, value)| check_value(value, level + 1))
}

fn check_value(value: &JsonValue<'_>, level: usize) -> Result<(), String> {
    match value {
        JsonValue::Object(members) => check_object(members, level),
        JsonValue::Array(items) => {
            if level > MAX_NESTING {
                return Err(too_deep());
            }
            items
                .iter()
                .try_for_each(|item| check_value(item, level + 1))
        }
        _ => Ok(()),
    }
}

fn type_name(value: &JsonValue<'_>) -> &'static str {
    match value {
        JsonValue::Null => "null",
        JsonValue::Bool(_) => "bool",
        JsonValue::Int(_) | JsonValue::BigInt(_) | JsonValue::Float(_) => "number",
        JsonValue::Str(_) => "string",
        JsonValue::Array(_) => "array",
        JsonValue::Object(_) => "object",
    }
}

/// A JSON number as JavaScript sees it (a double); `None` for anything else.
fn number(value: &JsonValue<'_>) -> Option<f64> {
    match value {
        JsonValue::Int(i) => Some(*i as f64),
        // Rounds like JavaScript; beyond f64's range it becomes infinite.
        JsonValue::BigInt(b) => b.to_string().parse().ok(),
        JsonValue::Float(f) => Some(*f),
        _ => None,
    }
}

/// Longest quotation of a token value in a message, in characters.
const QUOTE_LIMIT: usize = 80;

/// A short JSON rendering of a value for messages, like `JSON.stringify`, cut at
/// [`QUOTE_LIMIT`] characters; `(missing)` when absent (never JavaScript's `undefined`).
fn show(value: Option<&JsonValue<'_>>) -> String {
    let mut out = String::new();
    match value {
        None => out.push_str("(missing)"),
        Some(v) => write_json(&mut out, v),
    }
    truncate(out)
}

fn quote(s: &str) -> String {
    let mut out = String::new();
    write_json_str(&mut out, s, QUOTE_LIMIT + 1);
    truncate(out)
}

fn truncate(mut s: String) -> String {
    if let Some((cut, _)) = s.char_indices().nth(QUOTE_LIMIT) {
        s.truncate(cut);
        s.push('…');
    }
    s
}

fn write_json(out: &mut String, value: &JsonValue<'_>) {
    use std::fmt::Write;
    if out.len() > QUOTE_LIMIT * 4 {
        return; // enough for the message; the rest is cut anyway
    }
    match value {
        JsonValue::Null => out.push_str("null"),
        JsonValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        JsonValue::Int(i) => {
            let _ = write!(out, "{i}");
        }
        JsonValue::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        JsonValue::Float(f) => {
            let _ = write!(out, "{f}");
        }
        JsonValue::Str(s) => write_json_str(out, s, QUOTE_LIMIT + 1),
        JsonValue::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        JsonValue::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_str(out, key, QUOTE_LIMIT + 1);
                out.push(':');
                write_json(out, item);
            }
            out.push('}');
        }
    }
}

/// `s` as a JSON string, of at most `limit` characters.
fn write_json_str(out: &mut String, s: &str, limit: usize) {
    use std::fmt::Write;
    out.push('"');
    for c in s.chars().take(limit) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// A JOSE header.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    members: JsonObject<'static>,
}

impl Header {
    /// All members, in document order.
    pub fn members(&self) -> &Members {
        &self.members
    }

    pub fn get(&self, name: &str) -> Option<&JsonValue<'static>> {
        member(&self.members, name)
    }

    /// `alg`, when it is a string.
    pub fn alg(&self) -> Option<&str> {
        member_str(&self.members, "alg")
    }

    /// `kid`, when it is a string.
    pub fn kid(&self) -> Option<&str> {
        member_str(&self.members, "kid")
    }

    /// `typ`, when it is a string.
    pub fn typ(&self) -> Option<&str> {
        member_str(&self.members, "typ")
    }

    /// `cat` (Clerk's token category), when it is a string.
    pub fn cat(&self) -> Option<&str> {
        member_str(&self.members, "cat")
    }

    /// `crit`, whatever its type.
    pub fn crit(&self) -> Option<&JsonValue<'static>> {
        self.get("crit")
    }
}

/// A token split and decoded, not yet verified.
#[derive(Clone, PartialEq)]
pub struct Decoded {
    token: String,
    /// End of the header segment (the first `.`).
    header_end: usize,
    /// End of the payload segment (the second `.`).
    payload_end: usize,
    header: Header,
    header_json: Vec<u8>,
    payload_json: Vec<u8>,
    claims: JsonObject<'static>,
    signature: Vec<u8>,
}

impl fmt::Debug for Decoded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Decoded")
            .field("header", &String::from_utf8_lossy(&self.header_json))
            .field("payload_bytes", &self.payload_json.len())
            .field("signature_bytes", &self.signature.len())
            .finish()
    }
}

impl Decoded {
    /// The header segment as received (base64url).
    pub fn raw_header(&self) -> &str {
        &self.token[..self.header_end]
    }

    /// The payload segment as received (base64url).
    pub fn raw_payload(&self) -> &str {
        &self.token[self.header_end + 1..self.payload_end]
    }

    /// The signature segment as received (base64url).
    pub fn raw_signature(&self) -> &str {
        &self.token[self.payload_end + 1..]
    }

    /// `header "." payload` exactly as received: what the signature covers.
    pub fn signing_input(&self) -> &str {
        &self.token[..self.payload_end]
    }

    /// The whole token.
    pub fn token(&self) -> &str {
        &self.token
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    /// The decoded header: UTF-8 JSON text of an object.
    pub fn header_json(&self) -> &[u8] {
        &self.header_json
    }

    /// The decoded payload: UTF-8 JSON text of an object, to build a claims dict from.
    pub fn payload_json(&self) -> &[u8] {
        &self.payload_json
    }

    /// The payload's members, in document order.
    pub fn claims(&self) -> &Members {
        &self.claims
    }

    /// The value of claim `name`.
    pub fn claim(&self, name: &str) -> Option<&JsonValue<'static>> {
        member(&self.claims, name)
    }

    /// The decoded signature bytes.
    pub fn signature(&self) -> &[u8] {
        &self.signature
    }
}

/// Split and decode a token without verifying anything: the size cap first, then exactly
/// three `.`-separated segments, strict base64url (URL-safe alphabet, no padding, canonical
/// trailing bits), and a header and payload that are UTF-8 JSON objects with no duplicate
/// members and at most [`MAX_NESTING`] levels. Every failure is `token-invalid`.
/// No whitespace is trimmed: take the token out of its `Bearer` header first.
pub fn decode(token: &str) -> Result<Decoded, TokenError> {
    if token.len() > MAX_TOKEN_LEN {
        return Err(invalid(format!(
            "Invalid JWT form. The token is {} bytes long; at most {MAX_TOKEN_LEN} are accepted.",
            token.len()
        )));
    }
    let mut dots = token.match_indices('.').map(|(i, _)| i);
    let (Some(header_end), Some(payload_end), None) = (dots.next(), dots.next(), dots.next())
    else {
        return Err(invalid(
            "Invalid JWT form. A JWT consists of three parts separated by dots.",
        ));
    };
    let segment = |part: &str, text: &str| {
        BASE64URL.decode(text).map_err(|_| {
            invalid(format!(
                "Invalid JWT form. The {part} could not be decoded: not base64url \
                 (URL-safe alphabet, no padding)."
            ))
        })
    };
    let object = |part: &str, data: &[u8]| {
        parse_object(data).map_err(|problem| {
            invalid(format!(
                "Invalid JWT form. The {part} could not be decoded: {problem}."
            ))
        })
    };
    let header_json = segment("header", &token[..header_end])?;
    let header = object("header", &header_json)?;
    let payload_json = segment("payload", &token[header_end + 1..payload_end])?;
    let claims = object("payload", &payload_json)?;
    let signature = segment("signature", &token[payload_end + 1..])?;
    Ok(Decoded {
        token: token.to_owned(),
        header_end,
        payload_end,
        header: Header { members: header },
        header_json,
        payload_json,
        claims,
        signature,
    })
}

// ---------------------------------------------------------------------------------------------
// Token types

/// What kind of Clerk token a string is: `@clerk/backend`'s `TokenType`, plus one value for a
/// JWT whose header category says it is no session token (a JWT template, say) although it is
/// none of the machine types either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenType {
    SessionToken,
    ApiKey,
    M2mToken,
    OAuthToken,
    NonSessionJwt,
}

impl TokenType {
    pub const ALL: [TokenType; 5] = [
        TokenType::SessionToken,
        TokenType::ApiKey,
        TokenType::M2mToken,
        TokenType::OAuthToken,
        TokenType::NonSessionJwt,
    ];

    /// The reference's name (`session_token`, `api_key`, `m2m_token`, `oauth_token`), or
    /// `non_session_jwt`.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenType::SessionToken => "session_token",
            TokenType::ApiKey => "api_key",
            TokenType::M2mToken => "m2m_token",
            TokenType::OAuthToken => "oauth_token",
            TokenType::NonSessionJwt => "non_session_jwt",
        }
    }
}

/// A token's [`TokenType`] and, when it is not a session token, what gave it away (for
/// messages: a prefix, or a short quotation of `sub`, `typ` or `cat`; never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenKind {
    token_type: TokenType,
    /// What the token is, e.g. `an API key (it starts with "ak_")`; empty for a session token.
    what: String,
}

impl TokenKind {
    const SESSION: TokenKind = TokenKind {
        token_type: TokenType::SessionToken,
        what: String::new(),
    };

    #[cold]
    fn other(token_type: TokenType, name: &str, sign: String) -> Self {
        Self {
            token_type,
            what: format!("{name} ({sign})"),
        }
    }

    pub fn token_type(&self) -> TokenType {
        self.token_type
    }

    pub fn is_session_token(&self) -> bool {
        self.token_type == TokenType::SessionToken
    }

    /// `None` for a session token; else an error with `reason` saying what the token is.
    pub fn mismatch(&self, reason: Reason) -> Option<TokenError> {
        (!self.is_session_token()).then(|| {
            TokenError::new(
                reason,
                format!("The token is {}, not a session token.", self.what),
            )
        })
    }
}

/// Classify a token as `@clerk/backend` does (`getMachineTokenType`, `isMachineJwt`,
/// `hasNonSessionJwtCategory`), first match wins:
///
/// 1. an `mt_` prefix, or a JWT whose `sub` is a string starting with `mch_`: `m2m_token`;
/// 2. an `oat_` prefix, or a JWT whose header `typ` is `at+jwt` or `application/at+jwt`:
///    `oauth_token`;
/// 3. an `ak_` prefix: `api_key`;
/// 4. a JWT with a header `cat` member other than [`SESSION_TOKEN_CATEGORY`] and
///    [`IGNORED_CATEGORY`] (of any JSON type): `non_session_jwt`;
/// 5. anything else, including a token that does not decode (verification refuses it):
///    `session_token`.
///
/// Nothing is verified: this only says which verifier a token is for.
pub fn classify(token: &str) -> TokenKind {
    if token.starts_with(M2M_TOKEN_PREFIX) {
        return classify_parts(token, None);
    }
    classify_parts(token, decode(token).ok().as_ref())
}

fn classify_parts(token: &str, decoded: Option<&Decoded>) -> TokenKind {
    let starts = |prefix: &str| format!("it starts with {}", quote(prefix));
    if token.starts_with(M2M_TOKEN_PREFIX) {
        return TokenKind::other(
            TokenType::M2mToken,
            "a machine-to-machine token",
            starts(M2M_TOKEN_PREFIX),
        );
    }
    if let Some(Some(JsonValue::Str(sub))) = decoded.map(|d| d.claim("sub")) {
        if sub.starts_with(M2M_SUBJECT_PREFIX) {
            return TokenKind::other(
                TokenType::M2mToken,
                "a machine-to-machine token",
                format!("its subject sub is {}", quote(sub)),
            );
        }
    }
    if token.starts_with(OAUTH_TOKEN_PREFIX) {
        return TokenKind::other(
            TokenType::OAuthToken,
            "an OAuth access token",
            starts(OAUTH_TOKEN_PREFIX),
        );
    }
    if let Some(typ) = decoded.and_then(|d| d.header().typ()) {
        if OAUTH_ACCESS_TOKEN_TYPES.contains(&typ) {
            return TokenKind::other(
                TokenType::OAuthToken,
                "an OAuth access token",
                format!("its header type typ is {}", quote(typ)),
            );
        }
    }
    if token.starts_with(API_KEY_PREFIX) {
        return TokenKind::other(TokenType::ApiKey, "an API key", starts(API_KEY_PREFIX));
    }
    if let Some(cat) = decoded.and_then(|d| d.header().get("cat")) {
        let name = match cat {
            JsonValue::Str(c) if c == SESSION_TOKEN_CATEGORY || c == IGNORED_CATEGORY => {
                return TokenKind::SESSION
            }
            JsonValue::Str(c) if c == JWT_TEMPLATE_CATEGORY => "a JWT template token",
            JsonValue::Str(c) if c == M2M_TOKEN_CATEGORY => "a machine-to-machine JWT",
            _ => "a JWT of another category",
        };
        return TokenKind::other(
            TokenType::NonSessionJwt,
            name,
            format!("its header category cat is {}", show(Some(cat))),
        );
    }
    TokenKind::SESSION
}

impl Decoded {
    /// The token's kind; see [`classify`].
    pub fn kind(&self) -> TokenKind {
        classify_parts(&self.token, Some(self))
    }
}

// ---------------------------------------------------------------------------------------------
// Keys

/// An RSA public key that verifies RS256 signatures, 2048 to 8192 bits. Parse it once and
/// reuse it. Its `Debug` shows the size, the `kid` and the RFC 7638 thumbprint only.
#[derive(Clone)]
pub struct RsaKey {
    /// The modulus, big-endian, without leading zero bytes (odd, 2048 to 8192 bits).
    n: Box<[u8]>,
    /// The public exponent, big-endian, without leading zero bytes (odd, 3 to 2^33 - 1).
    e: Box<[u8]>,
    bits: usize,
    kid: Option<String>,
    thumbprint: String,
}

impl fmt::Debug for RsaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RsaKey")
            .field("bits", &self.bits)
            .field("kid", &self.kid)
            .field("thumbprint", &self.thumbprint)
            .finish()
    }
}

impl PartialEq for RsaKey {
    fn eq(&self, other: &Self) -> bool {
        self.thumbprint == other.thumbprint && self.kid == other.kid
    }
}

impl Eq for RsaKey {}

/// What a PEM's armour says it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PemKind {
    /// `BEGIN PUBLIC KEY`: SubjectPublicKeyInfo.
    Spki,
    /// `BEGIN RSA PUBLIC KEY`: PKCS#1 RSAPublicKey.
    Pkcs1,
}

impl RsaKey {
    /// Parse a PEM public key: `-----BEGIN PUBLIC KEY-----` (SubjectPublicKeyInfo, what the
    /// Clerk dashboard shows as the JWT public key) or `-----BEGIN RSA PUBLIC KEY-----`
    /// (PKCS#1). Tolerates surrounding whitespace, CRLF line ends, a body on one line, and the
    /// two-character escapes `\n` / `\r` of a key pasted into an environment variable.
    pub fn from_pem(pem: &str) -> Result<Self, KeyError> {
        let (kind, der) = pem_to_der(pem)?;
        match kind {
            PemKind::Spki => Self::from_spki_der(&der),
            PemKind::Pkcs1 => Self::from_pkcs1_der(&der),
        }
    }

    /// Parse a DER SubjectPublicKeyInfo whose algorithm is `rsaEncryption`.
    pub fn from_spki_der(der: &[u8]) -> Result<Self, KeyError> {
        let spki = spki::SubjectPublicKeyInfoRef::from_der(der)
            .map_err(|_| KeyError::new("the public key is not a valid SubjectPublicKeyInfo"))?;
        if spki.algorithm.oid != pkcs1::ALGORITHM_OID {
            return Err(KeyError::new(format!(
                "the public key is not an RSA key (algorithm {})",
                spki.algorithm.oid
            )));
        }
        if spki.algorithm.parameters.is_some_and(|p| !p.is_null()) {
            return Err(KeyError::new(
                "the RSA public key has unexpected algorithm parameters",
            ));
        }
        let bits = spki
            .subject_public_key
            .as_bytes()
            .ok_or_else(|| KeyError::new("the public key is not a valid SubjectPublicKeyInfo"))?;
        Self::from_pkcs1_der(bits)
    }

    /// Parse a DER PKCS#1 RSAPublicKey.
    pub fn from_pkcs1_der(der: &[u8]) -> Result<Self, KeyError> {
        let key = pkcs1::RsaPublicKeyRef::from_der(der)
            .map_err(|_| KeyError::new("the RSA public key is not valid DER"))?;
        Self::from_components(key.modulus.as_bytes(), key.public_exponent.as_bytes())
    }

    /// Build a key from the big-endian modulus and exponent (leading zero bytes allowed).
    pub fn from_components(n: &[u8], e: &[u8]) -> Result<Self, KeyError> {
        let n = strip_leading_zeros(n);
        let e = strip_leading_zeros(e);
        let bits = bit_length(n);
        if bits < MIN_KEY_BITS {
            return Err(KeyError::new(format!(
                "the RSA key has {bits} bits; at least {MIN_KEY_BITS} are required"
            )));
        }
        if bits > MAX_KEY_BITS {
            return Err(KeyError::new(format!(
                "the RSA key has {bits} bits; at most {MAX_KEY_BITS} are supported"
            )));
        }
        if e.is_empty() || e.len() > 8 {
            return Err(KeyError::new("the RSA public exponent is out of range"));
        }
        // The checks (and the messages) of the `rsa` crate's `PublicKey::new`, which ring's
        // verification repeats: an odd modulus, an odd exponent from 3 to 2^33 - 1 (ring's
        // bound, against "RSADoS"). `e < n` holds: `e` has at most 64 bits, `n` at least 2048.
        let invalid = |why: &str| KeyError::new(format!("the RSA public key is not valid ({why})"));
        if n.last().is_some_and(|low| low & 1 == 0) {
            return Err(invalid("invalid modulus"));
        }
        let exponent = e.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        if exponent & 1 == 0 {
            return Err(invalid("invalid exponent"));
        }
        if exponent < MIN_PUBLIC_EXPONENT {
            return Err(invalid("public exponent too small"));
        }
        if exponent > MAX_PUBLIC_EXPONENT {
            return Err(invalid("public exponent too large"));
        }
        let thumbprint = thumbprint(n, e);
        Ok(Self {
            n: n.into(),
            e: e.into(),
            bits,
            kid: None,
            thumbprint,
        })
    }

    /// Parse one JWK (JSON text). `kty` must be `RSA`; `alg`, if present, `RS256`; `use`, if
    /// present, `sig`; `key_ops`, if present, must include `verify`; `n` and `e` are strict
    /// base64url. A JWK carrying private members (`d`, `p`, ...) is refused.
    pub fn from_jwk(json: &str) -> Result<Self, KeyError> {
        let members = parse_object(json.as_bytes())
            .map_err(|problem| KeyError::new(format!("the JWK is {problem}")))?;
        Self::from_jwk_members(&members)
    }

    /// The same for a JWK already parsed.
    pub fn from_jwk_members(jwk: &Members) -> Result<Self, KeyError> {
        match member(jwk, "kty") {
            Some(JsonValue::Str(kty)) if kty == "RSA" => {}
            other => {
                return Err(KeyError::new(format!(
                    "the JWK's kty is {}, not \"RSA\"",
                    show(other)
                )))
            }
        }
        if let Some(alg) = member(jwk, "alg") {
            if !matches!(alg, JsonValue::Str(a) if a == ALGORITHM) {
                return Err(KeyError::new(format!(
                    "the JWK's alg is {}, not \"RS256\"",
                    show(Some(alg))
                )));
            }
        }
        if let Some(usage) = member(jwk, "use") {
            if !matches!(usage, JsonValue::Str(u) if u == "sig") {
                return Err(KeyError::new(format!(
                    "the JWK's use is {}, not \"sig\"",
                    show(Some(usage))
                )));
            }
        }
        if let Some(ops) = member(jwk, "key_ops") {
            let verifies = matches!(ops, JsonValue::Array(items)
                if items.iter().all(|op| matches!(op, JsonValue::Str(_)))
                    && items.iter().any(|op| matches!(op, JsonValue::Str(s) if s == "verify")));
            if !verifies {
                return Err(KeyError::new(format!(
                    "the JWK's key_ops {} do not include \"verify\"",
                    show(Some(ops))
                )));
            }
        }
        if let Some(name) = ["d", "p", "q", "dp", "dq", "qi", "oth"]
            .iter()
            .find(|name| member(jwk, name).is_some())
        {
            return Err(KeyError::new(format!(
                "the JWK holds private key material ({name}); give the public key only"
            )));
        }
        let kid = match member(jwk, "kid") {
            None => None,
            Some(JsonValue::Str(kid)) => Some(kid.to_string()),
            Some(other) => {
                return Err(KeyError::new(format!(
                    "the JWK's kid is a {}, not a string",
                    type_name(other)
                )))
            }
        };
        let part = |name: &str| match member(jwk, name) {
            Some(JsonValue::Str(s)) => BASE64URL.decode(s.as_bytes()).map_err(|_| {
                KeyError::new(format!(
                    "the JWK's {name} is not base64url (URL-safe alphabet, no padding)"
                ))
            }),
            _ => Err(KeyError::new(format!(
                "the JWK has no {name} string member"
            ))),
        };
        let (n, e) = (part("n")?, part("e")?);
        let mut key = Self::from_components(&n, &e)?;
        key.kid = kid;
        Ok(key)
    }

    /// The same key, labelled with `kid`.
    #[must_use]
    pub fn with_kid(mut self, kid: impl Into<String>) -> Self {
        self.kid = Some(kid.into());
        self
    }

    /// Modulus size in bits.
    pub fn bits(&self) -> usize {
        self.bits
    }

    /// The `kid` of the JWK the key came from (or given with [`RsaKey::with_kid`]).
    pub fn kid(&self) -> Option<&str> {
        self.kid.as_deref()
    }

    /// The RFC 7638 JWK thumbprint (SHA-256, base64url): a public fingerprint.
    pub fn thumbprint(&self) -> &str {
        &self.thumbprint
    }

    /// The public key as a JWK (JSON text): `kty`, `n`, `e`, `alg`, `use`, and `kid` if known.
    pub fn to_jwk(&self) -> String {
        let mut out = format!(
            r#"{{"kty":"RSA","n":"{}","e":"{}","alg":"RS256","use":"sig""#,
            BASE64URL.encode(&self.n),
            BASE64URL.encode(&self.e)
        );
        if let Some(kid) = &self.kid {
            out.push_str(",\"kid\":");
            write_json_str(&mut out, kid, usize::MAX);
        }
        out.push('}');
        out
    }

    /// Check an RSASSA-PKCS1-v1_5 SHA-256 signature over `message`. The signature must be
    /// exactly as long as the modulus. Uses ring (BoringSSL's constant-time Montgomery code),
    /// which checks the key again on every call: its size, an odd `n`, `e` from 3 to 2^33 - 1,
    /// a signature below `n` of exactly the modulus length.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> bool {
        if signature.len() != self.n.len() {
            return false;
        }
        let key = RsaPublicKeyComponents {
            n: &*self.n,
            e: &*self.e,
        };
        key.verify(&RSA_PKCS1_2048_8192_SHA256, message, signature)
            .is_ok()
    }
}

fn strip_leading_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    &bytes[first..]
}

/// Bit length of a big-endian number without leading zero bytes.
fn bit_length(n: &[u8]) -> usize {
    match n.first() {
        None => 0,
        Some(&top) => (n.len() - 1) * 8 + (8 - top.leading_zeros() as usize),
    }
}

/// RFC 7638: SHA-256 of `{"e":..,"kty":"RSA","n":..}` with minimal big-endian `n` and `e`.
fn thumbprint(n: &[u8], e: &[u8]) -> String {
    let canonical = format!(
        r#"{{"e":"{}","kty":"RSA","n":"{}"}}"#,
        BASE64URL.encode(e),
        BASE64URL.encode(n)
    );
    BASE64URL.encode(Sha256::digest(canonical.as_bytes()))
}

/// Take the armour off a PEM public key. Nothing of the body appears in errors.
fn pem_to_der(pem: &str) -> Result<(PemKind, Vec<u8>), KeyError> {
    let text = pem.trim();
    // A PEM never contains a backslash, so `\n` / `\r` can only be escaped line breaks.
    let text: Cow<'_, str> = if text.contains('\\') {
        Cow::Owned(text.replace("\\r", "\n").replace("\\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let rest = text.strip_prefix("-----BEGIN ").ok_or_else(|| {
        KeyError::new("the key is not a PEM (it must start with -----BEGIN PUBLIC KEY-----)")
    })?;
    let (label, rest) = rest
        .split_once("-----")
        .ok_or_else(|| KeyError::new("the PEM's BEGIN line is not closed by -----"))?;
    let kind = match label {
        "PUBLIC KEY" => PemKind::Spki,
        "RSA PUBLIC KEY" => PemKind::Pkcs1,
        "PRIVATE KEY" | "RSA PRIVATE KEY" | "ENCRYPTED PRIVATE KEY" => {
            return Err(KeyError::new(
                "the PEM holds a private key; give the public key (-----BEGIN PUBLIC KEY-----)",
            ))
        }
        "CERTIFICATE" => {
            return Err(KeyError::new(
                "the PEM holds a certificate; give its public key (-----BEGIN PUBLIC KEY-----)",
            ))
        }
        other
            if other.len() <= 40 && other.bytes().all(|b| b.is_ascii_uppercase() || b == b' ') =>
        {
            return Err(KeyError::new(format!(
                "the PEM holds a {other}, not a PUBLIC KEY or RSA PUBLIC KEY"
            )))
        }
        _ => return Err(KeyError::new("the PEM's BEGIN line is not valid")),
    };
    let end = format!("-----END {label}-----");
    let (body, after) = rest
        .split_once(end.as_str())
        .ok_or_else(|| KeyError::new(format!("the PEM has no {end} line")))?;
    if !after.trim().is_empty() {
        return Err(KeyError::new("the PEM has text after its END line"));
    }
    let body: Vec<u8> = body.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let der = PEM_BASE64
        .decode(&body)
        .map_err(|_| KeyError::new("the PEM body is not valid base64"))?;
    Ok((kind, der))
}

/// A JSON Web Key Set as served by `GET /v1/jwks`, for selecting a key by `kid`.
///
/// Members whose `kid` is not a string are ignored (they can never be selected). Members that
/// cannot verify RS256 (another `kty`, `alg` or `use`, a key under 2048 bits, ...) are kept
/// with the reason, so that a token naming one fails with `token-verification-failed` (as the
/// reference's key import does) instead of `jwk-kid-mismatch`.
#[derive(Debug, Clone, Default)]
pub struct Jwks {
    entries: Vec<(String, Result<RsaKey, KeyError>)>,
}

impl Jwks {
    /// Parse `{"keys": [...]}`.
    pub fn from_json(json: &str) -> Result<Self, KeyError> {
        let members = parse_object(json.as_bytes())
            .map_err(|problem| KeyError::new(format!("the JWK set is {problem}")))?;
        let Some(JsonValue::Array(keys)) = member(&members, "keys") else {
            return Err(KeyError::new("the JWK set has no \"keys\" array"));
        };
        let mut entries = Vec::with_capacity(keys.len());
        for (i, jwk) in keys.iter().enumerate() {
            let JsonValue::Object(jwk) = jwk else {
                return Err(KeyError::new(format!(
                    "the JWK set's key {i} is a {}, not an object",
                    type_name(jwk)
                )));
            };
            if let Some(kid) = member_str(jwk, "kid") {
                entries.push((kid.to_owned(), RsaKey::from_jwk_members(jwk)));
            }
        }
        Ok(Self { entries })
    }

    /// A set of keys already parsed; keys without a `kid` are left out.
    pub fn from_keys(keys: impl IntoIterator<Item = RsaKey>) -> Self {
        let entries = keys
            .into_iter()
            .filter_map(|key| Some((key.kid.clone()?, Ok(key))))
            .collect();
        Self { entries }
    }

    /// The number of selectable keys (usable or not).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The `kid`s in the set, in order.
    pub fn kids(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(kid, _)| kid.as_str())
    }

    /// Whether a key with exactly this `kid` is in the set (usable or not): when it is not,
    /// a caller holding a cached set may fetch a fresh one.
    pub fn contains(&self, kid: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == kid)
    }

    /// The key with exactly this `kid`: `jwk-kid-mismatch` when there is none,
    /// `token-verification-failed` when it cannot verify RS256 or the `kid` is ambiguous.
    pub fn get(&self, kid: &str) -> Result<&RsaKey, TokenError> {
        let mut found = self.entries.iter().filter(|(k, _)| k == kid);
        match (found.next(), found.next()) {
            (Some((_, Ok(key))), None) => Ok(key),
            (Some((_, Err(problem))), None) => Err(failed(format!(
                "Error verifying JWT signature. The JWK with kid {} cannot be used: {problem}.",
                quote(kid)
            ))),
            (Some(_), Some(_)) => Err(failed(format!(
                "Error verifying JWT signature. The JWK set has more than one key with kid {}.",
                quote(kid)
            ))),
            (None, _) => Err(self.kid_mismatch(&quote(kid))),
        }
    }

    #[cold]
    fn kid_mismatch(&self, kid: &str) -> TokenError {
        // Name a few of the available kids, not all of them: a set may hold thousands.
        const SHOWN: usize = 10;
        let mut available: Vec<String> = self.kids().take(SHOWN).map(quote).collect();
        if self.len() > SHOWN {
            available.push(format!("and {} more", self.len() - SHOWN));
        }
        TokenError::new(
            Reason::JwkKidMismatch,
            format!(
                "Unable to find a signing key in JWKS that matches the kid={kid} of the provided \
                 session token. Available kids: {}.",
                if available.is_empty() {
                    "none".to_owned()
                } else {
                    available.join(", ")
                }
            ),
        )
    }
}

/// Where the verifying key comes from.
#[derive(Debug, Clone, Copy)]
pub enum KeySource<'a> {
    /// One key (`jwtKey` / `CLERK_JWT_KEY`): the token's `kid` is not looked at.
    Key(&'a RsaKey),
    /// A JWK set: the key whose `kid` is exactly the token's.
    Jwks(&'a Jwks),
}

// ---------------------------------------------------------------------------------------------
// Verification

/// What to check besides the signature and the times. Empty lists check nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifyOptions {
    /// Accepted `azp` values (exact string match). When non-empty, `azp` is required.
    pub authorized_parties: Vec<String>,
    /// Accepted audiences. Checked only when the token has a non-empty `aud` (as the
    /// reference does); empty strings here are ignored.
    pub audience: Vec<String>,
    /// Accepted issuers (exact string match). When non-empty, `iss` is required.
    pub issuer: Vec<String>,
    /// Allowed clock skew in milliseconds; a non-finite value means the default 5000.
    pub clock_skew_ms: f64,
}

impl Default for VerifyOptions {
    fn default() -> Self {
        Self {
            authorized_parties: Vec::new(),
            audience: Vec::new(),
            issuer: Vec::new(),
            clock_skew_ms: DEFAULT_CLOCK_SKEW_MS,
        }
    }
}

impl VerifyOptions {
    /// The skew actually used: `clock_skew_ms`, or 5000 when it is NaN or infinite.
    pub fn effective_clock_skew_ms(&self) -> f64 {
        if self.clock_skew_ms.is_finite() {
            self.clock_skew_ms
        } else {
            DEFAULT_CLOCK_SKEW_MS
        }
    }
}

/// A verified token: the decoded token and its Clerk claims.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    pub decoded: Decoded,
    pub claims: SessionClaims,
}

/// Decode and verify a session token at `now_ms` (milliseconds since the epoch).
pub fn verify(
    token: &str,
    keys: KeySource<'_>,
    options: &VerifyOptions,
    now_ms: i64,
) -> Result<Verified, TokenError> {
    let decoded = decode_session_token(token)?;
    let claims = verify_decoded(&decoded, keys, options, now_ms)?;
    Ok(Verified { decoded, claims })
}

/// Decode a token and run every check that comes before the key (steps 1 to 5 of
/// [`verify_decoded`]), so that a token refused anyway never causes a JWKS request. An opaque
/// machine token (which does not decode) is refused for its type rather than its form.
pub fn decode_session_token(token: &str) -> Result<Decoded, TokenError> {
    let decoded = decode(token).map_err(|e| {
        classify_parts(token, None)
            .mismatch(Reason::TokenInvalid)
            .unwrap_or(e)
    })?;
    check_before_key(&decoded)?;
    Ok(decoded)
}

/// Verify a decoded token: header, key, signature, then the claims, in this order:
///
/// 1. the token is a session token, see [`classify`] (`token-invalid`, as the reference's
///    `verifyToken` says for the M2M category; it lets the other non-session types through,
///    leaving them to `authenticateRequest`, which refuses them with `token-type-mismatch`);
/// 2. `typ` absent or exactly `"JWT"` (`token-invalid`);
/// 3. no `crit` at all, since no extension is understood (`token-invalid`);
/// 4. `alg` exactly `"RS256"` (`token-invalid-algorithm`);
/// 5. the key: the given one, or the JWK set's key with the token's `kid`
///    (`jwk-kid-mismatch`);
/// 6. the signature over the received `header.payload` (`token-invalid-signature`);
/// 7. the claims, see [`check_claims`].
pub fn verify_decoded(
    decoded: &Decoded,
    keys: KeySource<'_>,
    options: &VerifyOptions,
    now_ms: i64,
) -> Result<SessionClaims, TokenError> {
    check_before_key(decoded)?;
    check_signature(decoded, keys)?;
    check_claims(decoded.claims(), options, now_ms)?;
    Ok(SessionClaims::from_claims(decoded.claims()))
}

/// The key (the given one, or the JWK set's key with the token's `kid`: `jwk-kid-mismatch`),
/// then the signature over the received `header.payload` (`token-invalid-signature`).
fn check_signature(decoded: &Decoded, keys: KeySource<'_>) -> Result<(), TokenError> {
    let key = match keys {
        KeySource::Key(key) => key,
        KeySource::Jwks(jwks) => match decoded.header().get("kid") {
            Some(JsonValue::Str(kid)) => jwks.get(kid)?,
            other => return Err(jwks.kid_mismatch(&show(other))),
        },
    };
    if !key.verify(decoded.signing_input().as_bytes(), decoded.signature()) {
        return Err(TokenError::new(
            Reason::TokenInvalidSignature,
            "JWT signature is invalid.",
        ));
    }
    Ok(())
}

/// Verify a machine token in JWT form (an M2M JWT or an OAuth access token JWT) as
/// @clerk/backend's `verifyMachineJwt` does, without the session-token rules: no `crit`,
/// `alg` RS256, the key and signature, then [`check_claims`] with `options` (callers pass
/// no authorized parties nor issuers; an audience only for M2M JWTs). The header's `typ` and
/// `cat`, which differ by kind, are the caller's to check.
pub fn verify_machine_jwt(
    token: &str,
    keys: KeySource<'_>,
    options: &VerifyOptions,
    now_ms: i64,
) -> Result<Decoded, TokenError> {
    let decoded = decode(token)?;
    let header = decoded.header();
    if let Some(crit) = header.crit() {
        return Err(invalid(format!(
            "Unsupported critical JWT header parameters (crit) {}.",
            show(Some(crit))
        )));
    }
    if header.alg() != Some(ALGORITHM) {
        return Err(TokenError::new(
            Reason::TokenInvalidAlgorithm,
            format!(
                "Invalid JWT algorithm {}. Supported: {ALGORITHM}.",
                show(header.get("alg"))
            ),
        ));
    }
    check_signature(&decoded, keys)?;
    check_claims(decoded.claims(), options, now_ms)?;
    Ok(decoded)
}

/// Steps 1 to 4 of [`verify_decoded`]: the token's type, then its header.
pub fn check_before_key(decoded: &Decoded) -> Result<(), TokenError> {
    if let Some(err) = decoded.kind().mismatch(Reason::TokenInvalid) {
        return Err(err);
    }
    check_header(decoded.header())
}

/// The header checks of [`verify_decoded`] (steps 2 to 4).
pub fn check_header(header: &Header) -> Result<(), TokenError> {
    if let Some(typ) = header.get("typ") {
        if !matches!(typ, JsonValue::Str(t) if t == "JWT") {
            return Err(invalid(format!(
                "Invalid JWT type {}. Expected \"JWT\".",
                show(Some(typ))
            )));
        }
    }
    if let Some(crit) = header.crit() {
        return Err(invalid(format!(
            "Unsupported critical JWT header parameters (crit) {}.",
            show(Some(crit))
        )));
    }
    if header.alg() != Some(ALGORITHM) {
        return Err(TokenError::new(
            Reason::TokenInvalidAlgorithm,
            format!(
                "Invalid JWT algorithm {}. Supported: {ALGORITHM}.",
                show(header.get("alg"))
            ),
        ));
    }
    Ok(())
}

/// The claim checks, in the reference's order; the first failure wins:
///
/// 1. `sub` is a string, possibly empty (`token-verification-failed`);
/// 2. `aud`, when an audience is configured and the token has a non-empty `aud`: a string in
///    the list, or an array of strings one of which is (`token-verification-failed`);
/// 3. `azp`, when authorized parties are configured: present, non-empty and exactly one of
///    them (`token-invalid-authorized-parties`);
/// 4. `iss`, when issuers are configured: a string exactly equal to one
///    (`token-invalid-issuer`);
/// 5. `exp` a number (`token-verification-failed`); expired when
///    `exp * 1000 <= now - skew` (`token-expired`);
/// 6. `nbf`, if present, a number; refused when `nbf * 1000 > now + skew`
///    (`token-not-active-yet`);
/// 7. `iat`, if present, a number; refused when `iat * 1000 > now + skew`
///    (`token-iat-in-the-future`).
///
/// Times may be floats; like JavaScript's `Date#setUTCSeconds` the fraction of a second is
/// dropped, and the comparisons are made in `f64` as the reference makes them (no overflow:
/// a huge `exp` is simply far in the future). Unlike JavaScript's `Date`, values beyond its
/// ±8.64e15 ms range are not "Invalid Date" (which made the reference accept them all): they
/// compare as the numbers they are.
pub fn check_claims(
    claims: &Members,
    options: &VerifyOptions,
    now_ms: i64,
) -> Result<(), TokenError> {
    let skew = options.effective_clock_skew_ms();
    let now = now_ms as f64;

    let sub = member(claims, "sub");
    if !matches!(sub, Some(JsonValue::Str(_))) {
        return Err(failed(format!(
            "Subject claim (sub) is required and must be a string. Received {}.",
            show(sub)
        )));
    }

    check_audience(member(claims, "aud"), &options.audience)?;

    if !options.authorized_parties.is_empty() {
        let azp = member(claims, "azp");
        let allowed = matches!(azp, Some(JsonValue::Str(a))
            if !a.is_empty() && options.authorized_parties.iter().any(|p| p == a));
        if !allowed {
            return Err(TokenError::new(
                Reason::TokenInvalidAuthorizedParties,
                format!(
                    "Invalid JWT Authorized party claim (azp) {}. Expected \"{}\".",
                    show(azp),
                    options.authorized_parties.join(",")
                ),
            ));
        }
    }

    if !options.issuer.is_empty() {
        let iss = member(claims, "iss");
        let allowed =
            matches!(iss, Some(JsonValue::Str(i)) if options.issuer.iter().any(|x| x == i));
        if !allowed {
            return Err(TokenError::new(
                Reason::TokenInvalidIssuer,
                format!(
                    "Invalid JWT issuer claim (iss) {}. Expected \"{}\".",
                    show(iss),
                    options.issuer.join(",")
                ),
            ));
        }
    }

    let exp = member(claims, "exp");
    let Some(exp_s) = exp.and_then(number) else {
        return Err(failed(format!(
            "Invalid JWT expiry date claim (exp) {}. Expected number.",
            show(exp)
        )));
    };
    let exp_ms = seconds_to_ms(exp_s);
    if exp_ms <= now - skew {
        return Err(TokenError::new(
            Reason::TokenExpired,
            format!(
                "JWT is expired. Expiry date: {}, Current date: {}.",
                utc_string(exp_ms),
                utc_string(now)
            ),
        ));
    }

    if let Some(nbf) = member(claims, "nbf") {
        let Some(nbf_s) = number(nbf) else {
            return Err(failed(format!(
                "Invalid JWT not before date claim (nbf) {}. Expected number.",
                show(Some(nbf))
            )));
        };
        let nbf_ms = seconds_to_ms(nbf_s);
        if nbf_ms > now + skew {
            return Err(TokenError::new(
                Reason::TokenNotActiveYet,
                format!(
                    "JWT cannot be used prior to not before date claim (nbf). Not before date: \
                     {}; Current date: {};",
                    utc_string(nbf_ms),
                    utc_string(now)
                ),
            ));
        }
    }

    if let Some(iat) = member(claims, "iat") {
        let Some(iat_s) = number(iat) else {
            return Err(failed(format!(
                "Invalid JWT issued at date claim (iat) {}. Expected number.",
                show(Some(iat))
            )));
        };
        let iat_ms = seconds_to_ms(iat_s);
        if iat_ms > now + skew {
            return Err(TokenError::new(
                Reason::TokenIatInTheFuture,
                format!(
                    "JWT issued at date claim (iat) is in the future. Issued at date: {}; \
                     Current date: {};",
                    utc_string(iat_ms),
                    utc_string(now)
                ),
            ));
        }
    }
    Ok(())
}

/// `assertAudienceClaim`: skipped unless both the configured list and the token's `aud`
/// have a non-empty entry.
fn check_audience(aud: Option<&JsonValue<'static>>, audience: &[String]) -> Result<(), TokenError> {
    let wanted: Vec<&str> = audience
        .iter()
        .map(String::as_str)
        .filter(|a| !a.is_empty())
        .collect();
    let Some(aud) = aud else {
        return Ok(());
    };
    if wanted.is_empty() || !js_truthy_aud(aud) {
        return Ok(());
    }
    let expected = || {
        let list: Vec<String> = wanted.iter().map(|a| quote(a)).collect();
        format!("[{}]", list.join(","))
    };
    match aud {
        JsonValue::Str(a) => {
            if !wanted.contains(&a.as_ref()) {
                return Err(failed(format!(
                    "Invalid JWT audience claim (aud) {}. Is not included in \"{}\".",
                    show(Some(aud)),
                    expected()
                )));
            }
        }
        JsonValue::Array(items) if items.iter().all(|i| matches!(i, JsonValue::Str(_))) => {
            let any = items
                .iter()
                .any(|i| matches!(i, JsonValue::Str(a) if wanted.contains(&a.as_ref())));
            if !any {
                return Err(failed(format!(
                    "Invalid JWT audience claim array (aud) {}. Is not included in \"{}\".",
                    show(Some(aud)),
                    expected()
                )));
            }
        }
        // The reference lets any other type through; a configured audience refuses it here.
        _ => {
            return Err(failed(format!(
                "Invalid JWT audience claim (aud) {}. Expected a string or an array of strings.",
                show(Some(aud))
            )))
        }
    }
    Ok(())
}

/// Whether `[aud].flat().filter(Boolean)` is non-empty in JavaScript.
fn js_truthy_aud(aud: &JsonValue<'_>) -> bool {
    fn truthy(v: &JsonValue<'_>) -> bool {
        match v {
            JsonValue::Null => false,
            JsonValue::Bool(b) => *b,
            JsonValue::Int(i) => *i != 0,
            JsonValue::BigInt(_) => true,
            JsonValue::Float(f) => *f != 0.0 && !f.is_nan(),
            JsonValue::Str(s) => !s.is_empty(),
            JsonValue::Array(_) | JsonValue::Object(_) => true,
        }
    }
    match aud {
        JsonValue::Array(items) => items.iter().any(truthy),
        other => truthy(other),
    }
}

/// Seconds to milliseconds as `new Date(0).setUTCSeconds(s)` computes them (the fraction of
/// a second is dropped), without the Date range limit.
fn seconds_to_ms(seconds: f64) -> f64 {
    seconds.trunc() * 1000.0
}

/// JavaScript's `Date#toUTCString`, e.g. `Thu, 01 Jan 1970 00:00:00 GMT`.
fn utc_string(ms: f64) -> String {
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return "Invalid Date".to_owned();
    }
    let ms = ms as i64;
    let days = ms.div_euclid(86_400_000);
    let secs = ms.rem_euclid(86_400_000) / 1000;
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let year = if year < 0 {
        format!("-{:04}", -year)
    } else {
        format!("{year:04}")
    };
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        WEEKDAYS[days.rem_euclid(7) as usize],
        day,
        MONTHS[(month - 1) as usize],
        year,
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

// ---------------------------------------------------------------------------------------------
// Clerk claims

/// Features or plans split by scope (`o:` organization, `u:` user, `ou:`/`uo:` both).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scoped {
    pub org: Vec<String>,
    pub user: Vec<String>,
}

/// The active organization of a v2 token (`@clerk/shared`'s parser).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Organization {
    /// `o.id`.
    pub id: Option<String>,
    /// `o.slg`.
    pub slug: Option<String>,
    /// `"org:" + o.rol` (`None` when `rol` is absent or empty).
    pub role: Option<String>,
    /// Decoded from `o.per` and `o.fpm` over the token's organization features.
    pub permissions: Vec<String>,
}

/// Read the organization of a v2 token from its compact `o` claim. `field` gives the string
/// members of `o` (`None` when a member is absent or not a string); `org_features` are the
/// organization entries of the token's `fea` claim.
pub fn v2_organization<'a>(
    field: impl Fn(&str) -> Option<&'a str>,
    org_features: &[String],
) -> Organization {
    Organization {
        id: field("id").map(str::to_owned),
        slug: field("slg").map(str::to_owned),
        role: field("rol")
            .filter(|rol| !rol.is_empty())
            .map(|rol| format!("org:{rol}")),
        permissions: org_permissions(
            org_features,
            field("per").unwrap_or_default(),
            field("fpm").unwrap_or_default(),
        ),
    }
}

/// `@clerk/shared`'s `splitByScope` for a `fea` / `pla` claim such as `"u:free,o:pro"`:
/// comma-separated, each entry trimmed and split at its first `:`; scopes other than `o`,
/// `u`, `ou` and `uo` are skipped. `None` when an entry has no `:` (the reference throws).
pub fn split_by_scope(claim: &str) -> Option<Scoped> {
    let mut scoped = Scoped::default();
    if claim.is_empty() {
        return Some(scoped);
    }
    for part in claim.split(',') {
        let (scope, value) = part.trim().split_once(':')?;
        let (org, user) = match scope {
            "o" => (true, false),
            "u" => (false, true),
            "ou" | "uo" => (true, true),
            _ => (false, false),
        };
        if org {
            scoped.org.push(value.to_owned());
        }
        if user {
            scoped.user.push(value.to_owned());
        }
    }
    Some(scoped)
}

/// The organization permissions of a v2 token (`@clerk/shared`'s `parsePermissions` and
/// `buildOrgPermissions`): `fpm[i]` is a decimal bitmask for the i-th organization feature;
/// bit j (least significant first) grants `per[j]` as `org:<feature>:<permission>`.
/// An `fpm` entry that is not all digits grants nothing.
pub fn org_permissions(org_features: &[String], per: &str, fpm: &str) -> Vec<String> {
    if per.is_empty() || fpm.is_empty() {
        return Vec::new();
    }
    let permissions: Vec<&str> = per.split(',').map(str::trim).collect();
    let masks: Vec<Option<BigUint>> = fpm
        .split(',')
        .map(|mask| {
            let mask = mask.trim();
            if mask.is_empty() || !mask.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            BigUint::parse_bytes(mask.as_bytes(), 10)
        })
        .collect();
    let mut granted = Vec::new();
    for (feature, mask) in org_features.iter().zip(&masks) {
        let Some(mask) = mask else { continue };
        let width = usize::try_from(mask.bits()).unwrap_or(usize::MAX);
        for (j, permission) in permissions.iter().enumerate().take(width) {
            if mask.bit(j as u64) {
                granted.push(format!("org:{feature}:{permission}"));
            }
        }
    }
    granted
}

/// The claims of a Clerk session token, read as `@clerk/shared`'s `jwtPayloadParser` reads
/// them (v1 and v2 tokens). Reading never fails: a claim of an unexpected type is `None`
/// (the raw claims stay available on [`Decoded`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionClaims {
    /// `sub`: the user id.
    pub sub: Option<String>,
    /// `sid`: the session id.
    pub sid: Option<String>,
    pub azp: Option<String>,
    pub iss: Option<String>,
    pub jti: Option<String>,
    /// `exp`, `iat`, `nbf`: seconds since the epoch, as JSON numbers.
    pub exp: Option<f64>,
    pub iat: Option<f64>,
    pub nbf: Option<f64>,
    /// `sts`: the session status (`active`, `pending`, ...).
    pub sts: Option<String>,
    /// `v`: the claims version (2 for v2 tokens; absent for v1).
    pub version: Option<i64>,
    /// `fva`: minutes since the first and second factor verifications (-1: never).
    pub fva: Option<[i64; 2]>,
    /// `act`: the impersonating actor, as JSON.
    pub act: Option<JsonValue<'static>>,
    /// Organization id, slug and role: `org_id`/`org_slug`/`org_role` in v1, `o.id`/`o.slg`/
    /// `"org:" + o.rol` in v2.
    pub org_id: Option<String>,
    pub org_slug: Option<String>,
    pub org_role: Option<String>,
    /// `org_permissions` in v1; decoded from `fea`, `o.per` and `o.fpm` in v2 (present, maybe
    /// empty, whenever `o` is).
    pub org_permissions: Option<Vec<String>>,
    /// The raw `fea` and `pla` claims (v2), e.g. `"o:dashboard,u:profile"`.
    pub fea: Option<String>,
    pub pla: Option<String>,
    /// `fea` and `pla` split by scope; empty when absent or malformed.
    pub features: Scoped,
    pub plans: Scoped,
}

impl SessionClaims {
    pub fn from_decoded(decoded: &Decoded) -> Self {
        Self::from_claims(decoded.claims())
    }

    pub fn from_claims(claims: &Members) -> Self {
        let string = |name: &str| member_str(claims, name).map(str::to_owned);
        let time = |name: &str| member(claims, name).and_then(number);
        let fea = string("fea");
        let pla = string("pla");
        let scoped = |claim: &Option<String>| {
            claim
                .as_deref()
                .and_then(split_by_scope)
                .unwrap_or_default()
        };
        let features = scoped(&fea);
        let plans = scoped(&pla);
        let version = member(claims, "v").and_then(integer);
        let mut out = Self {
            sub: string("sub"),
            sid: string("sid"),
            azp: string("azp"),
            iss: string("iss"),
            jti: string("jti"),
            exp: time("exp"),
            iat: time("iat"),
            nbf: time("nbf"),
            sts: string("sts"),
            version,
            fva: member(claims, "fva").and_then(fva),
            act: member(claims, "act").cloned(),
            fea,
            pla,
            features,
            plans,
            ..Self::default()
        };
        if version == Some(2) {
            if let Some(JsonValue::Object(org)) = member(claims, "o") {
                let org = v2_organization(|name| member_str(org, name), &out.features.org);
                out.org_id = org.id;
                out.org_slug = org.slug;
                out.org_role = org.role;
                out.org_permissions = Some(org.permissions);
            }
        } else {
            out.org_id = string("org_id");
            out.org_slug = string("org_slug");
            out.org_role = string("org_role");
            out.org_permissions = match member(claims, "org_permissions") {
                Some(JsonValue::Array(items)) => items
                    .iter()
                    .map(|item| match item {
                        JsonValue::Str(s) => Some(s.to_string()),
                        _ => None,
                    })
                    .collect(),
                _ => None,
            };
        }
        out
    }

    /// Whether this is a v2 token (`"v": 2`).
    pub fn is_v2(&self) -> bool {
        self.version == Some(2)
    }
}

/// An integral JSON number as `i64` (`2` and `2.0` alike, as JavaScript compares them).
fn integer(value: &JsonValue<'_>) -> Option<i64> {
    match value {
        JsonValue::Int(i) => Some(*i),
        JsonValue::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e15 => Some(*f as i64),
        _ => None,
    }
}

fn fva(value: &JsonValue<'_>) -> Option<[i64; 2]> {
    match value {
        JsonValue::Array(items) => match items.as_slice() {
            [first, second] => Some([integer(first)?, integer(second)?]),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use hmac::{Hmac, KeyInit, Mac};
    use rsa::pkcs1v15::SigningKey;
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::signature::hazmat::PrehashSigner;
    use rsa::signature::SignatureEncoding;
    use serde_json::{json, Value};

    use super::*;

    const NOW_S: i64 = 1_700_000_000;
    const NOW: i64 = NOW_S * 1000;

    macro_rules! fixture {
        ($name:literal) => {
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/jwt/", $name))
        };
    }

    const EC_P256_SPKI: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEpm0ObLCs9D8CPGcVhkLnurEt6DWO
lA279HxymANvWw5LZeQzgOkv1nhMpTdgrzGBLI7KP0qMUYkmUNeWE3jV+w==
-----END PUBLIC KEY-----";

    /// RFC 7638 section 3.1: the example key and its thumbprint.
    const RFC7638_N: &str = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
    const RFC7638_THUMBPRINT: &str = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

    /// Thumbprints of the fixture keys, computed independently with Python `cryptography`.
    const THUMB_2048: &str = "Q34IAHDiNA1eTVYvILvRa1a3FmJFkln2qsQSkDY0OuE";
    const THUMB_2048B: &str = "zZ32NAa5K7mG5od0lP52bN2SOiXjkZuEaiV-TVnFAFg";
    const THUMB_4096: &str = "YLJAnDm6Ncc5lttLHMauCRIP-mPSByQrsGtZbL5UDs8";

    struct Pair {
        signer: SigningKey<Sha256>,
        public: RsaKey,
    }

    fn load(private: &str, public: &str, kid: &str) -> Pair {
        Pair {
            signer: SigningKey::new(rsa::PrivateKey::from_pkcs8_pem(private).unwrap()),
            public: RsaKey::from_pem(public).unwrap().with_kid(kid),
        }
    }

    fn a() -> &'static Pair {
        static CELL: OnceLock<Pair> = OnceLock::new();
        CELL.get_or_init(|| {
            load(
                fixture!("rsa2048.key.pem"),
                fixture!("rsa2048.spki.pem"),
                "kid-a",
            )
        })
    }

    fn b() -> &'static Pair {
        static CELL: OnceLock<Pair> = OnceLock::new();
        CELL.get_or_init(|| {
            load(
                fixture!("rsa2048b.key.pem"),
                fixture!("rsa2048b.spki.pem"),
                "kid-b",
            )
        })
    }

    fn c() -> &'static Pair {
        static CELL: OnceLock<Pair> = OnceLock::new();
        CELL.get_or_init(|| {
            load(
                fixture!("rsa4096.key.pem"),
                fixture!("rsa4096.spki.pem"),
                "kid-c",
            )
        })
    }

    fn b64(data: &[u8]) -> String {
        BASE64URL.encode(data)
    }

    fn unb64(text: &str) -> Vec<u8> {
        BASE64URL.decode(text).unwrap()
    }

    fn sign(pair: &Pair, input: &str) -> Vec<u8> {
        pair.signer
            .sign_prehash(&Sha256::digest(input.as_bytes()))
            .unwrap()
            .to_vec()
    }

    /// `header.payload` from raw JSON bytes, signed by `pair`.
    fn mint_bytes(pair: &Pair, header: &[u8], payload: &[u8]) -> String {
        let input = format!("{}.{}", b64(header), b64(payload));
        let signature = b64(&sign(pair, &input));
        format!("{input}.{signature}")
    }

    fn mint_with(pair: &Pair, header: &Value, payload: &Value) -> String {
        mint_bytes(
            pair,
            header.to_string().as_bytes(),
            payload.to_string().as_bytes(),
        )
    }

    fn header() -> Value {
        json!({"alg": "RS256", "kid": "kid-a", "typ": "JWT"})
    }

    fn claims() -> Value {
        json!({
            "azp": "https://example.com",
            "exp": NOW_S + 60,
            "iat": NOW_S - 10,
            "iss": "https://clerk.example.com",
            "nbf": NOW_S - 20,
            "sid": "sess_1",
            "sub": "user_1",
        })
    }

    /// `base` with the members of `changes` set; a `null` change removes the member.
    fn with(base: Value, changes: Value) -> Value {
        let mut out = base;
        for (key, value) in changes.as_object().unwrap() {
            if value.is_null() {
                out.as_object_mut().unwrap().remove(key);
            } else {
                out[key] = value.clone();
            }
        }
        out
    }

    fn claims_with(changes: Value) -> Value {
        with(claims(), changes)
    }

    fn header_with(changes: Value) -> Value {
        with(header(), changes)
    }

    fn mint(payload: &Value) -> String {
        mint_with(a(), &header(), payload)
    }

    fn check_opts(token: &str, options: &VerifyOptions, now_ms: i64) -> &'static str {
        match verify(token, KeySource::Key(&a().public), options, now_ms) {
            Ok(_) => "ok",
            Err(e) => e.reason(),
        }
    }

    fn check(token: &str) -> &'static str {
        check_opts(token, &VerifyOptions::default(), NOW)
    }

    fn check_machine(token: &str) -> &'static str {
        let opts = VerifyOptions::default();
        match verify_machine_jwt(token, KeySource::Key(&a().public), &opts, NOW) {
            Ok(_) => "ok",
            Err(e) => e.reason(),
        }
    }

    #[test]
    fn machine_jwts_skip_the_session_rules_but_not_the_signature_or_times() {
        let m2m = claims_with(json!({"sub": "mch_1", "sid": null, "azp": null}));
        let cat = header_with(json!({"cat": "cl_B7d4PD333AAA"}));
        // Refused as sessions, accepted as machine JWTs (typ at+jwt and the M2M category included).
        assert_eq!(check(&mint_with(a(), &cat, &m2m)), "token-invalid");
        assert_eq!(check_machine(&mint_with(a(), &cat, &m2m)), "ok");
        let oauth = header_with(json!({"typ": "at+jwt"}));
        assert_eq!(check_machine(&mint_with(a(), &oauth, &claims())), "ok");
        // The signature, algorithm, crit and times still count.
        assert_eq!(
            check_machine(&mint_with(b(), &cat, &m2m)),
            "token-invalid-signature"
        );
        let hs = header_with(json!({"alg": "HS256"}));
        assert_eq!(
            check_machine(&mint_with(a(), &hs, &m2m)),
            "token-invalid-algorithm"
        );
        let crit = header_with(json!({"crit": ["b64"]}));
        assert_eq!(check_machine(&mint_with(a(), &crit, &m2m)), "token-invalid");
        let expired = with(m2m.clone(), json!({"exp": NOW_S - 60}));
        assert_eq!(
            check_machine(&mint_with(a(), &cat, &expired)),
            "token-expired"
        );
        let early = with(m2m.clone(), json!({"nbf": NOW_S + 600}));
        assert_eq!(
            check_machine(&mint_with(a(), &cat, &early)),
            "token-not-active-yet"
        );
        let no_sub = with(m2m, json!({"sub": null}));
        assert_eq!(
            check_machine(&mint_with(a(), &cat, &no_sub)),
            "token-verification-failed"
        );
    }

    fn check_err(token: &str) -> TokenError {
        verify(
            token,
            KeySource::Key(&a().public),
            &VerifyOptions::default(),
            NOW,
        )
        .unwrap_err()
    }

    fn skew(ms: f64) -> VerifyOptions {
        VerifyOptions {
            clock_skew_ms: ms,
            ..VerifyOptions::default()
        }
    }

    fn segments(token: &str) -> (String, String, String) {
        let mut parts = token.split('.').map(str::to_owned);
        (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        )
    }

    // --- decoding ----------------------------------------------------------------------------

    #[test]
    fn decodes_a_valid_token() {
        let token = mint(&claims());
        let decoded = decode(&token).unwrap();
        let header = decoded.header();
        assert_eq!(header.alg(), Some("RS256"));
        assert_eq!(header.kid(), Some("kid-a"));
        assert_eq!(header.typ(), Some("JWT"));
        assert_eq!(header.cat(), None);
        assert!(header.crit().is_none());
        assert_eq!(header.members().len(), 3);
        let (h, p, s) = segments(&token);
        assert_eq!(decoded.raw_header(), h);
        assert_eq!(decoded.raw_payload(), p);
        assert_eq!(decoded.raw_signature(), s);
        assert_eq!(decoded.signing_input(), format!("{h}.{p}"));
        assert_eq!(decoded.token(), token);
        assert_eq!(decoded.signature().len(), 256);
        assert_eq!(decoded.claim("sub"), Some(&JsonValue::Str("user_1".into())));
        assert_eq!(decoded.claim("exp"), Some(&JsonValue::Int(NOW_S + 60)));
        assert_eq!(decoded.claims().len(), 7);
        let payload: Value = serde_json::from_slice(decoded.payload_json()).unwrap();
        assert_eq!(payload, claims());
        let header: Value = serde_json::from_slice(decoded.header_json()).unwrap();
        assert_eq!(header, self::header());
        // Debug shows the header and sizes only.
        let debug = format!("{decoded:?}");
        assert!(!debug.contains(&s) && !debug.contains("user_1"), "{debug}");
    }

    #[test]
    fn structure_must_be_three_segments() {
        let token = mint(&claims());
        let (h, p, s) = segments(&token);
        let mid = p.len() / 2;
        let cases = [
            String::new(),
            "null".to_owned(),
            ".".to_owned(),
            "..".to_owned(),
            "...".to_owned(),
            h.clone(),
            format!("{h}.{p}"),
            format!("{token}."),
            format!("{token}.{s}"),
            format!("{h}.{p}.{s}.{s}.{s}"),
            format!(" {token}"),
            format!("{token} "),
            format!("{token}\n"),
            format!("Bearer {token}"),
            format!("{h}.{} {}.{s}", &p[..mid], &p[mid..]),
            format!("{h}.{p}\t.{s}"),
            "x.y.z".to_owned(),
        ];
        for case in &cases {
            assert_eq!(check(case), "token-invalid", "{case:?}");
        }
        assert_eq!(
            check_err("").message(),
            "Invalid JWT form. A JWT consists of three parts separated by dots."
        );
        assert_eq!(
            check_err(&format!("{token}.{s}")).message(),
            "Invalid JWT form. A JWT consists of three parts separated by dots."
        );
    }

    #[test]
    fn base64url_must_be_strict() {
        // A payload whose base64url needs padding, signed WITH the padding: still refused.
        let mut payload = claims().to_string();
        while payload.len().is_multiple_of(3) {
            payload.push(' ');
        }
        let padded = format!("{}=", b64(payload.as_bytes()));
        let padded = if payload.len() % 3 == 1 {
            format!("{padded}=")
        } else {
            padded
        };
        let input = format!("{}.{padded}", b64(header().to_string().as_bytes()));
        let token = format!("{input}.{}", b64(&sign(a(), &input)));
        assert_eq!(check(&token), "token-invalid");
        assert!(check_err(&token).message().contains("payload"));

        let token = mint(&claims());
        let (h, p, s) = segments(&token);
        // 256-byte signature: 342 characters, canonical form without `==`.
        assert_eq!(s.len(), 342);
        assert_eq!(check(&format!("{h}.{p}.{s}==")), "token-invalid");
        assert_eq!(check(&format!("{h}=.{p}.{s}")), "token-invalid");

        // Non-canonical trailing bits: the last character carries 2 data bits and 4 zero bits.
        let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let last = s.chars().last().unwrap();
        let index = alphabet.find(last).unwrap();
        assert_eq!(index & 0b1111, 0);
        let noncanonical = format!(
            "{}{}",
            &s[..s.len() - 1],
            alphabet.chars().nth(index | 1).unwrap()
        );
        let err = check_err(&format!("{h}.{p}.{noncanonical}"));
        assert_eq!(err.reason(), "token-invalid");
        assert!(err.message().contains("signature"), "{}", err.message());

        // The standard alphabet's `+` and `/` are not base64url.
        let std_alphabet = s.replace('-', "+").replace('_', "/");
        assert_ne!(std_alphabet, s, "the signature happens to have no - or _");
        assert_eq!(check(&format!("{h}.{p}.{std_alphabet}")), "token-invalid");
        // A lone character is never valid base64.
        assert_eq!(check(&format!("{h}.{p}.A")), "token-invalid");
        assert_eq!(check(&format!("A.{p}.{s}")), "token-invalid");
    }

    #[test]
    fn header_and_payload_must_be_json_objects() {
        let header = header().to_string();
        let payload = claims().to_string();
        let bad_payloads: [&[u8]; 12] = [
            b"not json",
            b"[]",
            br#"[{"sub":"user_1"}]"#,
            b"null",
            br#""user_1""#,
            b"42",
            b"",
            b"{\"sub\":\"\xff\",\"exp\":1800000000}",
            b"\xef\xbb\xbf{\"sub\":\"user_1\",\"exp\":1800000000}",
            b"{\"sub\":\"user_1\",\"exp\":1800000000}x",
            b"{\"sub\":\"user_1\",\"exp\":NaN}",
            b"{\"sub\":\"user_1\",\"exp\":1800000000",
        ];
        for bad in bad_payloads {
            let token = mint_bytes(a(), header.as_bytes(), bad);
            let err = check_err(&token);
            assert_eq!(err.reason(), "token-invalid", "{bad:?}");
            assert!(
                err.message().starts_with("Invalid JWT form."),
                "{}",
                err.message()
            );
        }
        for bad in [&b"not json"[..], b"[]", b"null", b"\"RS256\""] {
            let token = mint_bytes(a(), bad, payload.as_bytes());
            assert_eq!(check(&token), "token-invalid", "{bad:?}");
        }
        let err = check_err(&mint_bytes(a(), header.as_bytes(), b"[]"));
        assert_eq!(
            err.message(),
            "Invalid JWT form. The payload could not be decoded: a JSON array, not an object."
        );
        let err = check_err(&mint_bytes(
            a(),
            header.as_bytes(),
            b"{\"sub\":\"\xff\",\"exp\":1800000000}",
        ));
        assert!(err.message().contains("not UTF-8"), "{}", err.message());
    }

    #[test]
    fn duplicate_members_are_refused_at_any_depth() {
        let header = header().to_string();
        let exp = NOW_S + 60;
        let payloads = [
            format!(r#"{{"sub":"user_1","sub":"user_2","exp":{exp}}}"#),
            format!(r#"{{"sub":"user_1","exp":{exp},"exp":{}}}"#, exp + 1000),
            format!(r#"{{"sub":"user_1","exp":{exp},"o":{{"id":"org_1","id":"org_2"}}}}"#),
            format!(r#"{{"sub":"user_1","exp":{exp},"x":[{{"a":1,"a":1}}]}}"#),
        ];
        for payload in &payloads {
            let token = mint_bytes(a(), header.as_bytes(), payload.as_bytes());
            let err = check_err(&token);
            assert_eq!(err.reason(), "token-invalid", "{payload}");
            assert!(
                err.message().contains("duplicate member"),
                "{}",
                err.message()
            );
        }
        let err = check_err(&mint_bytes(a(), header.as_bytes(), payloads[0].as_bytes()));
        assert_eq!(
            err.message(),
            "Invalid JWT form. The payload could not be decoded: has a duplicate member \"sub\"."
        );
        let dup_header = r#"{"alg":"RS256","typ":"JWT","alg":"none"}"#;
        let token = mint_bytes(a(), dup_header.as_bytes(), claims().to_string().as_bytes());
        assert_eq!(check(&token), "token-invalid");
        // The same members without the duplicate are fine.
        let token = mint_bytes(
            a(),
            header.as_bytes(),
            format!(
                r#"{{"sub":"user_1","exp":{exp},"o":{{"id":"org_1"}},"x":[{{"a":1}},{{"a":1}}]}}"#
            )
            .as_bytes(),
        );
        assert_eq!(check(&token), "ok");
    }

    #[test]
    fn size_cap_comes_first() {
        // policy-large-token: a 32 KiB claim is fine.
        let token = mint(&claims_with(json!({"blob": "x".repeat(32 * 1024)})));
        assert!(token.len() < MAX_TOKEN_LEN);
        assert_eq!(check(&token), "ok");
        // A valid, correctly signed token over the cap is refused.
        let token = mint(&claims_with(json!({"blob": "x".repeat(50 * 1024)})));
        assert!(token.len() > MAX_TOKEN_LEN);
        let err = check_err(&token);
        assert_eq!(err.reason(), "token-invalid");
        assert!(err.message().contains("at most 65536"), "{}", err.message());
        // The cap is checked before the structure.
        let at_cap = "a".repeat(MAX_TOKEN_LEN);
        assert!(decode(&at_cap)
            .unwrap_err()
            .message()
            .contains("three parts"));
        let over = "a".repeat(MAX_TOKEN_LEN + 1);
        assert!(decode(&over).unwrap_err().message().contains("65537 bytes"));
    }

    fn nested_payload(levels_below_top: usize, open: &str, close: &str) -> String {
        format!(
            r#"{{"sub":"user_1","exp":{},"deep":{}0{}}}"#,
            NOW_S + 60,
            open.repeat(levels_below_top),
            close.repeat(levels_below_top)
        )
    }

    #[test]
    fn nesting_is_bounded() {
        let header = header().to_string();
        let run = |payload: String| {
            let token = mint_bytes(a(), header.as_bytes(), payload.as_bytes());
            verify(
                &token,
                KeySource::Key(&a().public),
                &VerifyOptions::default(),
                NOW,
            )
        };
        // The top-level object is level 1, so MAX_NESTING - 1 arrays inside it are fine.
        assert!(run(nested_payload(MAX_NESTING - 1, "[", "]")).is_ok());
        assert!(run(nested_payload(MAX_NESTING - 1, r#"{"a":"#, "}")).is_ok());
        for levels in [MAX_NESTING, 199, 200, 5000] {
            for (open, close) in [("[", "]"), (r#"{"a":"#, "}")] {
                let err = run(nested_payload(levels, open, close)).unwrap_err();
                assert_eq!(err.reason(), "token-invalid", "{levels}");
                assert!(
                    err.message().contains("nested more than 128 levels"),
                    "{levels}: {}",
                    err.message()
                );
            }
        }
        // The header is held to the same limit.
        let deep_header = format!(
            r#"{{"alg":"RS256","x":{}1{}}}"#,
            "[".repeat(MAX_NESTING),
            "]".repeat(MAX_NESTING)
        );
        let token = mint_bytes(a(), deep_header.as_bytes(), claims().to_string().as_bytes());
        assert_eq!(check(&token), "token-invalid");
    }

    // --- keys --------------------------------------------------------------------------------

    #[test]
    fn pem_spki_and_pkcs1() {
        let spki = RsaKey::from_pem(fixture!("rsa2048.spki.pem")).unwrap();
        let pkcs1 = RsaKey::from_pem(fixture!("rsa2048.pkcs1.pem")).unwrap();
        assert_eq!(spki.bits(), 2048);
        assert_eq!(spki.thumbprint(), THUMB_2048);
        assert_eq!(pkcs1.thumbprint(), THUMB_2048);
        assert_eq!(spki, pkcs1);
        assert_eq!(spki.kid(), None);
        let other = RsaKey::from_pem(fixture!("rsa2048b.pkcs1.pem")).unwrap();
        assert_eq!(other.thumbprint(), THUMB_2048B);
        // policy-rsa4096-pem: a 4096-bit key is fine, in both encodings.
        for pem in [fixture!("rsa4096.spki.pem"), fixture!("rsa4096.pkcs1.pem")] {
            let key = RsaKey::from_pem(pem).unwrap();
            assert_eq!((key.bits(), key.thumbprint()), (4096, THUMB_4096));
        }
        // A token signed with the PKCS#1-loaded key's private half verifies with it.
        let token = mint(&claims());
        assert!(verify(
            &token,
            KeySource::Key(&pkcs1),
            &VerifyOptions::default(),
            NOW
        )
        .is_ok());
    }

    #[test]
    fn pem_variants_are_tolerated() {
        let pem = fixture!("rsa2048.spki.pem");
        let body: String = pem
            .lines()
            .filter(|line| !line.starts_with("-----"))
            .collect();
        let variants = [
            pem.replace('\n', "\r\n"),
            pem.replace('\n', "\r"),
            pem.replace('\n', ""),
            pem.replace('\n', " "),
            pem.trim_end().replace('\n', "\\n"),
            pem.replace('\n', "\\r\\n"),
            format!("  \n{pem}\n\n  "),
            format!("-----BEGIN PUBLIC KEY-----\n{body}\n-----END PUBLIC KEY-----"),
            format!("-----BEGIN PUBLIC KEY-----{body}-----END PUBLIC KEY-----"),
            format!(
                "-----BEGIN PUBLIC KEY-----\n{}\n-----END PUBLIC KEY-----",
                body.trim_end_matches('=')
            ),
        ];
        for variant in &variants {
            let key = RsaKey::from_pem(variant).unwrap_or_else(|e| panic!("{variant:?}: {e}"));
            assert_eq!(key.thumbprint(), THUMB_2048);
        }
        let pkcs1 = fixture!("rsa2048.pkcs1.pem")
            .trim_end()
            .replace('\n', "\\n");
        assert_eq!(RsaKey::from_pem(&pkcs1).unwrap().thumbprint(), THUMB_2048);
    }

    #[test]
    fn pem_errors_and_small_keys() {
        // policy-rsa1024-pem: refused in both encodings.
        for pem in [fixture!("rsa1024.spki.pem"), fixture!("rsa1024.pkcs1.pem")] {
            let err = RsaKey::from_pem(pem).unwrap_err();
            assert_eq!(
                err.message(),
                "the RSA key has 1024 bits; at least 2048 are required"
            );
        }
        let private = fixture!("rsa2048.key.pem");
        let err = RsaKey::from_pem(private).unwrap_err();
        assert!(err.message().contains("private key"), "{err}");
        let secret_line = private.lines().nth(1).unwrap();
        assert!(!err.message().contains(secret_line));

        let spki = fixture!("rsa2048.spki.pem");
        let swapped = spki.replace("PUBLIC KEY", "RSA PUBLIC KEY");
        let pkcs1_as_spki = fixture!("rsa2048.pkcs1.pem").replace("RSA PUBLIC KEY", "PUBLIC KEY");
        let cases = [
            String::new(),
            "   ".to_owned(),
            "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA".to_owned(),
            spki.replace("-----END PUBLIC KEY-----", "-----END RSA PUBLIC KEY-----"),
            spki.replace("-----END PUBLIC KEY-----", ""),
            format!("{spki}\ntrailing text"),
            format!("junk\n{spki}"),
            spki.replace("PUBLIC KEY", "CERTIFICATE"),
            spki.replace("PUBLIC KEY", "EC PUBLIC KEY"),
            spki.replace("-----BEGIN PUBLIC KEY-----", "-----BEGIN PUBLIC KEY----"),
            spki.replacen('M', "!", 1),
            swapped,
            pkcs1_as_spki,
            EC_P256_SPKI.to_owned(),
            "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----".to_owned(),
        ];
        for case in &cases {
            let err = RsaKey::from_pem(case).expect_err(case);
            // No error message repeats the key body.
            assert!(!err.message().contains("MIIB"), "{}", err.message());
        }
        assert_eq!(
            RsaKey::from_pem(EC_P256_SPKI).unwrap_err().message(),
            "the public key is not an RSA key (algorithm 1.2.840.10045.2.1)"
        );
    }

    #[test]
    fn key_debug_shows_no_key_material() {
        let key = &a().public;
        let debug = format!("{key:?}");
        assert_eq!(
            debug,
            format!("RsaKey {{ bits: 2048, kid: Some(\"kid-a\"), thumbprint: \"{THUMB_2048}\" }}")
        );
        let jwk: Value = serde_json::from_str(&key.to_jwk()).unwrap();
        let n = jwk["n"].as_str().unwrap();
        assert!(!debug.contains(&n[..16]));
        let jwks = Jwks::from_keys([key.clone()]);
        assert!(!format!("{jwks:?}").contains(&n[..16]));
    }

    fn jwk_of(pair: &Pair) -> Value {
        serde_json::from_str(&pair.public.to_jwk()).unwrap()
    }

    #[test]
    fn jwk_round_trip_and_rfc7638() {
        let jwk = jwk_of(a());
        assert_eq!(
            jwk,
            json!({"kty": "RSA", "n": jwk["n"], "e": "AQAB", "alg": "RS256", "use": "sig", "kid": "kid-a"})
        );
        let key = RsaKey::from_jwk(&jwk.to_string()).unwrap();
        assert_eq!(key, a().public);
        assert_eq!(key.kid(), Some("kid-a"));
        let rfc =
            json!({"kty": "RSA", "n": RFC7638_N, "e": "AQAB", "alg": "RS256", "kid": "2011-04-29"});
        let key = RsaKey::from_jwk(&rfc.to_string()).unwrap();
        assert_eq!(key.thumbprint(), RFC7638_THUMBPRINT);
        assert_eq!(key.bits(), 2048);
        // A leading zero byte in n changes nothing.
        let mut n = vec![0u8];
        n.extend(unb64(jwk["n"].as_str().unwrap()));
        let padded = with(jwk.clone(), json!({"n": b64(&n)}));
        assert_eq!(
            RsaKey::from_jwk(&padded.to_string()).unwrap().thumbprint(),
            THUMB_2048
        );
        assert!(RsaKey::from_jwk(&format!(" {jwk} ")).is_ok());
        // Any kid survives the round trip, escaped.
        let odd = a().public.clone().with_kid("k\"\\\n\u{1}é");
        assert_eq!(RsaKey::from_jwk(&odd.to_jwk()).unwrap().kid(), odd.kid());
    }

    #[test]
    fn jwk_rules() {
        let jwk = jwk_of(a());
        let n = jwk["n"].as_str().unwrap().to_owned();
        let ok = [
            json!({"alg": null}),
            json!({"use": null}),
            json!({"kid": null}),
            json!({"key_ops": ["verify"]}),
            json!({"key_ops": ["verify", "encrypt"]}),
            json!({"x5t": "ignored", "ext": true}),
        ];
        for change in ok {
            let text = with(jwk.clone(), change.clone()).to_string();
            assert!(RsaKey::from_jwk(&text).is_ok(), "{change}");
        }
        let small_n = {
            let der = pem_to_der(fixture!("rsa1024.pkcs1.pem")).unwrap().1;
            let key = pkcs1::RsaPublicKeyRef::from_der(&der).unwrap();
            b64(key.modulus.as_bytes())
        };
        let mut even = unb64(&n);
        *even.last_mut().unwrap() &= 0xfe;
        let bad = [
            (json!({"kty": null}), "kty is (missing)"),
            (json!({"kty": "EC"}), "kty is \"EC\""),
            (json!({"kty": "rsa"}), "kty"),
            (json!({"alg": "RS384"}), "alg is \"RS384\""),
            (json!({"alg": "none"}), "alg"),
            (json!({"alg": 256}), "alg"),
            (json!({"use": "enc"}), "use is \"enc\""),
            (json!({"key_ops": ["sign"]}), "key_ops"),
            (json!({"key_ops": "verify"}), "key_ops"),
            (json!({"d": "AQAB"}), "private key material (d)"),
            (json!({"p": "AQAB"}), "private key material (p)"),
            (json!({"kid": 7}), "kid is a number"),
            (json!({"n": null}), "no n string"),
            (json!({"e": null}), "no e string"),
            (json!({"n": 12}), "no n string"),
            (json!({"n": format!("{n}==")}), "n is not base64url"),
            (json!({"e": "AQAB="}), "e is not base64url"),
            (
                json!({"n": n.replace('-', "+").replace('_', "/") + "+"}),
                "n is not base64url",
            ),
            (json!({"n": small_n}), "1024 bits; at least 2048"),
            (json!({"n": b64(&[0xff; 1025])}), "8200 bits; at most 8192"),
            (json!({"n": b64(&even)}), "not valid"),
            (json!({"e": "AA"}), "exponent"),
            (json!({"e": b64(&[1; 9])}), "exponent"),
            (json!({"e": "Ag"}), "not valid"),
        ];
        for (change, expected) in bad {
            let text = with(jwk.clone(), change.clone()).to_string();
            let err = RsaKey::from_jwk(&text).expect_err(&change.to_string());
            assert!(
                err.message().contains(expected),
                "{change}: {}",
                err.message()
            );
            assert!(!err.message().contains(&n[..16]));
        }
        for text in ["", "[]", "null", r#"{"kty":"RSA","kty":"RSA"}"#] {
            assert!(RsaKey::from_jwk(text).is_err(), "{text}");
        }
    }

    fn jwks_json() -> String {
        let small = {
            let der = pem_to_der(fixture!("rsa1024.pkcs1.pem")).unwrap().1;
            let key = pkcs1::RsaPublicKeyRef::from_der(&der).unwrap();
            b64(key.modulus.as_bytes())
        };
        json!({"keys": [
            jwk_of(a()),
            jwk_of(b()),
            jwk_of(c()),
            {"kty": "EC", "kid": "ec", "crv": "P-256", "x": "AA", "y": "AA"},
            {"kty": "RSA", "kid": "small", "n": small, "e": "AQAB"},
            with(jwk_of(a()), json!({"kid": "enc", "use": "enc"})),
            with(jwk_of(a()), json!({"kid": null})),
            with(jwk_of(a()), json!({"kid": 5})),
            with(jwk_of(b()), json!({"kid": "twice"})),
            with(jwk_of(a()), json!({"kid": "twice"})),
        ]})
        .to_string()
    }

    #[test]
    fn jwks_selection() {
        let jwks = Jwks::from_json(&jwks_json()).unwrap();
        assert_eq!(jwks.len(), 8);
        assert!(!jwks.is_empty());
        assert_eq!(
            jwks.kids().collect::<Vec<_>>(),
            ["kid-a", "kid-b", "kid-c", "ec", "small", "enc", "twice", "twice"]
        );
        assert!(jwks.contains("kid-a") && !jwks.contains("KID-A"));
        let run = |pair: &Pair, header: Value| {
            let token = mint_with(pair, &header, &claims());
            match verify(
                &token,
                KeySource::Jwks(&jwks),
                &VerifyOptions::default(),
                NOW,
            ) {
                Ok(v) => Ok(v.claims.sub.unwrap()),
                Err(e) => Err(e),
            }
        };
        let reason = |pair: &Pair, header: Value| run(pair, header).unwrap_err().reason();
        assert_eq!(run(a(), header()).unwrap(), "user_1");
        assert!(run(b(), header_with(json!({"kid": "kid-b"}))).is_ok());
        assert!(run(c(), header_with(json!({"kid": "kid-c"}))).is_ok());
        // Unknown, missing, differently cased or non-string kid.
        for kid in [
            json!("nope"),
            json!(null),
            json!("KID-A"),
            json!("kid-a "),
            json!(5),
            json!(["kid-a"]),
        ] {
            let h = if kid.is_null() {
                header_with(json!({"kid": null}))
            } else {
                header_with(json!({ "kid": kid }))
            };
            assert_eq!(reason(a(), h), "jwk-kid-mismatch", "{kid}");
        }
        let err = run(a(), header_with(json!({"kid": "nope"}))).unwrap_err();
        assert!(
            err.message().contains(r#"kid="nope""#)
                && err.message().contains(r#""kid-a", "kid-b""#),
            "{}",
            err.message()
        );
        // The kid of another key in the set: that key is used, and the signature fails.
        assert_eq!(
            reason(a(), header_with(json!({"kid": "kid-b"}))),
            "token-invalid-signature"
        );
        // Keys that cannot verify RS256, and an ambiguous kid.
        for kid in ["ec", "small", "enc", "twice"] {
            let err = run(a(), header_with(json!({ "kid": kid }))).unwrap_err();
            assert_eq!(err.reason(), "token-verification-failed", "{kid}");
            assert!(err.message().starts_with("Error verifying JWT signature."));
        }
        // A single key ignores the kid (valid-kid-unknown-pem).
        for h in [
            header_with(json!({"kid": "unknown"})),
            header_with(json!({"kid": null})),
        ] {
            let token = mint_with(a(), &h, &claims());
            assert_eq!(check(&token), "ok");
        }
        // An empty set.
        let empty = Jwks::from_json(r#"{"keys":[]}"#).unwrap();
        let token = mint(&claims());
        let err = verify(
            &token,
            KeySource::Jwks(&empty),
            &VerifyOptions::default(),
            NOW,
        )
        .unwrap_err();
        assert_eq!(err.reason(), "jwk-kid-mismatch");
        assert!(err.message().contains("Available kids: none."));
        // from_keys keeps keys with a kid.
        let set = Jwks::from_keys([
            a().public.clone(),
            RsaKey::from_pem(fixture!("rsa2048b.spki.pem")).unwrap(),
        ]);
        assert_eq!(set.kids().collect::<Vec<_>>(), ["kid-a"]);
        assert!(verify(
            &token,
            KeySource::Jwks(&set),
            &VerifyOptions::default(),
            NOW
        )
        .is_ok());
    }

    #[test]
    fn jwks_shape_errors() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{"keys":{}}"#,
            r#"{"keys":null}"#,
            r#"{"keys":[1]}"#,
            r#"{"keys":[[]]}"#,
            r#"{"keys":[],"keys":[]}"#,
            "not json",
        ] {
            assert!(Jwks::from_json(text).is_err(), "{text}");
        }
        assert_eq!(
            Jwks::from_json(r#"{"keys":[{"kid":"a"},"x"]}"#)
                .unwrap_err()
                .message(),
            "the JWK set's key 1 is a string, not an object"
        );
    }

    // --- Clerk's own fixtures ---------------------------------------------------------------

    #[test]
    fn clerk_fixture_vectors() {
        let fx: Value = serde_json::from_str(fixture!("clerk_fixtures.json")).unwrap();
        let s = |name: &str| fx[name].as_str().unwrap().to_owned();
        let iat = fx["iat"].as_i64().unwrap() * 1000;
        let exp = fx["exp"].as_i64().unwrap() * 1000;
        let jwks = Jwks::from_json(&fx["mock_jwks"].to_string()).unwrap();
        let pem = RsaKey::from_pem(&s("pem_encoded_public_key")).unwrap();
        let default = VerifyOptions::default();
        let run = |token: &str, keys: KeySource<'_>, options: &VerifyOptions, now: i64| match verify(
            token, keys, options, now,
        ) {
            Ok(_) => "ok",
            Err(e) => e.reason(),
        };
        let mock = s("mock_jwt");
        let verified = verify(&mock, KeySource::Jwks(&jwks), &default, iat).unwrap();
        assert_eq!(
            verified.claims.sub.as_deref(),
            Some("user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr")
        );
        assert_eq!(
            verified.claims.sid.as_deref(),
            Some("sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9")
        );
        assert_eq!(
            verified.claims.azp.as_deref(),
            Some("https://accounts.inspired.puma-74.lcl.dev")
        );
        assert_eq!(verified.claims.exp, Some(1_666_648_310.0));
        assert_eq!(
            verified.decoded.header().kid(),
            Some("ins_2GIoQhbUpy0hX7B2cVkuTMinXoD")
        );
        // verifyJwt.test.ts: exp + 1 s passes with the default skew, not with none; exp + 60 s fails.
        assert_eq!(
            run(&mock, KeySource::Jwks(&jwks), &default, exp + 1000),
            "ok"
        );
        assert_eq!(
            run(&mock, KeySource::Jwks(&jwks), &skew(0.0), exp + 1000),
            "token-expired"
        );
        assert_eq!(
            run(&mock, KeySource::Jwks(&jwks), &default, exp + 60_000),
            "token-expired"
        );
        let parties = |list: &[&str]| VerifyOptions {
            authorized_parties: list.iter().map(|s| (*s).to_owned()).collect(),
            ..VerifyOptions::default()
        };
        assert_eq!(
            run(
                &mock,
                KeySource::Jwks(&jwks),
                &parties(&["https://accounts.inspired.puma-74.lcl.dev"]),
                iat
            ),
            "ok"
        );
        assert_eq!(
            run(
                &mock,
                KeySource::Jwks(&jwks),
                &parties(&["https://accounts.inspired.puma-74.lcl.dev/"]),
                iat
            ),
            "token-invalid-authorized-parties"
        );
        let signed = s("signed_jwt");
        assert_eq!(run(&signed, KeySource::Key(&pem), &default, iat), "ok");
        // Same kid, other key.
        assert_eq!(
            run(&signed, KeySource::Jwks(&jwks), &default, iat),
            "token-invalid-signature"
        );
        assert_eq!(
            run(&mock, KeySource::Key(&pem), &default, iat),
            "token-invalid-signature"
        );
        for name in ["mock_invalid_signature_jwt", "mock_malformed_jwt"] {
            assert_eq!(
                run(&s(name), KeySource::Jwks(&jwks), &default, iat),
                "token-invalid-signature",
                "{name}"
            );
        }
    }

    // --- header --------------------------------------------------------------------------------

    #[test]
    fn only_rs256_is_accepted() {
        let algs = [
            json!("none"),
            json!("None"),
            json!("NONE"),
            json!("nOnE"),
            json!("HS256"),
            json!("HS512"),
            json!("RS384"),
            json!("RS512"),
            json!("PS256"),
            json!("ES256"),
            json!("EdDSA"),
            json!("rs256"),
            json!("RS256 "),
            json!(""),
            json!(["RS256"]),
            json!({"alg": "RS256"}),
            json!(null),
            json!(256),
            json!(true),
        ];
        let jwks = Jwks::from_keys([a().public.clone()]);
        for alg in &algs {
            let h = header_with(json!({}));
            let mut h = h;
            h["alg"] = alg.clone();
            let token = mint_with(a(), &h, &claims());
            let err = check_err(&token);
            assert_eq!(err.reason(), "token-invalid-algorithm", "{alg}");
            assert_eq!(
                err.message(),
                format!("Invalid JWT algorithm {alg}. Supported: RS256.")
            );
            // Before any key is looked at: an unknown kid does not change the reason.
            h["kid"] = json!("unknown");
            let token = mint_with(a(), &h, &claims());
            let err = verify(
                &token,
                KeySource::Jwks(&jwks),
                &VerifyOptions::default(),
                NOW,
            )
            .unwrap_err();
            assert_eq!(err.reason(), "token-invalid-algorithm", "{alg}");
        }
        // Missing alg.
        let token = mint_with(a(), &header_with(json!({"alg": null})), &claims());
        let err = check_err(&token);
        assert_eq!(
            (err.reason(), err.message()),
            (
                "token-invalid-algorithm",
                "Invalid JWT algorithm (missing). Supported: RS256."
            )
        );
        // alg none with an empty signature, and with a real one.
        let unsigned = format!(
            "{}.{}.",
            b64(header_with(json!({"alg": "none"})).to_string().as_bytes()),
            b64(claims().to_string().as_bytes())
        );
        assert_eq!(check(&unsigned), "token-invalid-algorithm");
        // HS256 with the public key (PEM text, with and without the final newline, or DER) as
        // the HMAC secret.
        let pem = fixture!("rsa2048.spki.pem");
        let der = pem_to_der(pem).unwrap().1;
        for secret in [pem.as_bytes(), pem.trim_end().as_bytes(), &der[..]] {
            let input = format!(
                "{}.{}",
                b64(header_with(json!({"alg": "HS256"})).to_string().as_bytes()),
                b64(claims().to_string().as_bytes())
            );
            let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(secret).unwrap();
            mac.update(input.as_bytes());
            let token = format!("{input}.{}", b64(&mac.finalize().into_bytes()));
            assert_eq!(check(&token), "token-invalid-algorithm");
        }
    }

    #[test]
    fn typ_cat_and_crit() {
        let run = |changes: Value| check(&mint_with(a(), &header_with(changes), &claims()));
        assert_eq!(run(json!({"typ": null})), "ok");
        assert_eq!(run(json!({"typ": "JWT"})), "ok");
        for typ in [json!("jwt"), json!("JWS"), json!(""), json!(null), json!(1)] {
            let mut h = header();
            h["typ"] = typ.clone();
            let token = mint_with(a(), &h, &claims());
            let err = check_err(&token);
            assert_eq!(err.reason(), "token-invalid", "{typ}");
            assert_eq!(
                err.message(),
                format!("Invalid JWT type {typ}. Expected \"JWT\".")
            );
        }
        let err = check_err(&mint_with(
            a(),
            &header_with(json!({"cat": "cl_B7d4PD333AAA"})),
            &claims(),
        ));
        assert_eq!(
            (err.reason(), err.message()),
            (
                "token-invalid",
                "The token is a machine-to-machine JWT (its header category cat is \"cl_B7d4PD333AAA\"), not a session token."
            )
        );
        assert_eq!(run(json!({"cat": "cl_B7d4PD111AAA"})), "ok");
        assert_eq!(run(json!({"cat": "cl_I7d4PD111III"})), "ok");
        assert_eq!(run(json!({"cat": 5})), "token-invalid");
        assert_eq!(run(json!({"typ": "at+jwt"})), "token-invalid");
        for crit in [
            json!(["exp"]),
            json!(["b64"]),
            json!([]),
            json!("b64"),
            json!(null),
        ] {
            let mut h = header();
            h["crit"] = crit.clone();
            let token = mint_with(a(), &h, &claims());
            assert_eq!(check(&token), "token-invalid", "{crit}");
        }
        // The category is checked first, then typ, crit and alg.
        let all = json!({"cat": "cl_B7d4PD333AAA", "typ": "x", "crit": ["b64"], "alg": "none"});
        assert!(check_err(&mint_with(a(), &header_with(all), &claims()))
            .message()
            .contains("category"));
        let rest = json!({"typ": "x", "crit": ["b64"], "alg": "none"});
        assert!(check_err(&mint_with(a(), &header_with(rest), &claims()))
            .message()
            .contains("type"));
        let rest = json!({"crit": ["b64"], "alg": "none"});
        assert!(check_err(&mint_with(a(), &header_with(rest), &claims()))
            .message()
            .contains("crit"));
    }

    #[test]
    fn token_types() {
        let jwt = |h: Value, p: Value| mint_with(a(), &header_with(h), &with(claims(), p));
        let kind = |token: &str| classify(token).token_type().as_str();
        let cases = [
            (jwt(json!({}), json!({})), "session_token"),
            (
                jwt(json!({"cat": SESSION_TOKEN_CATEGORY}), json!({})),
                "session_token",
            ),
            (
                jwt(json!({"cat": IGNORED_CATEGORY}), json!({})),
                "session_token",
            ),
            (
                jwt(json!({"cat": JWT_TEMPLATE_CATEGORY}), json!({})),
                "non_session_jwt",
            ),
            (
                jwt(json!({"cat": M2M_TOKEN_CATEGORY}), json!({})),
                "non_session_jwt",
            ),
            (
                {
                    let mut h = header();
                    h["cat"] = Value::Null;
                    mint_with(a(), &h, &claims())
                },
                "non_session_jwt",
            ),
            (jwt(json!({"cat": ""}), json!({})), "non_session_jwt"),
            (jwt(json!({}), json!({"sub": "mch_1"})), "m2m_token"),
            (
                jwt(json!({"cat": M2M_TOKEN_CATEGORY}), json!({"sub": "mch_1"})),
                "m2m_token",
            ),
            (
                jwt(json!({}), json!({"sub": "user_mch_1"})),
                "session_token",
            ),
            (jwt(json!({"typ": "at+jwt"}), json!({})), "oauth_token"),
            (
                jwt(json!({"typ": "application/at+jwt"}), json!({})),
                "oauth_token",
            ),
            (jwt(json!({"typ": "AT+JWT"}), json!({})), "session_token"),
            // The M2M subject is looked at before typ, as the reference does.
            (
                jwt(json!({"typ": "at+jwt"}), json!({"sub": "mch_1"})),
                "m2m_token",
            ),
            ("ak_123".to_owned(), "api_key"),
            ("mt_123".to_owned(), "m2m_token"),
            ("oat_123".to_owned(), "oauth_token"),
            ("oat_a.b.c".to_owned(), "oauth_token"),
            ("Ak_123".to_owned(), "session_token"),
            ("".to_owned(), "session_token"),
            ("not.a.jwt".to_owned(), "session_token"),
        ];
        for (token, expected) in &cases {
            assert_eq!(kind(token), *expected, "{token}");
            let mismatch = classify(token).mismatch(Reason::TokenTypeMismatch);
            assert_eq!(mismatch.is_none(), *expected == "session_token", "{token}");
            if let Ok(decoded) = decode(token) {
                assert_eq!(decoded.kind(), classify(token));
            }
        }
        let message = |token: &str| {
            classify(token)
                .mismatch(Reason::TokenTypeMismatch)
                .unwrap()
                .message()
                .to_owned()
        };
        assert_eq!(
            message("ak_secret"),
            "The token is an API key (it starts with \"ak_\"), not a session token."
        );
        assert_eq!(
            message(&jwt(json!({"cat": JWT_TEMPLATE_CATEGORY}), json!({}))),
            "The token is a JWT template token (its header category cat is \"cl_B7d4PD222AAA\"), not a session token."
        );
        assert_eq!(
            message(&jwt(json!({}), json!({"sub": "mch_1"}))),
            "The token is a machine-to-machine token (its subject sub is \"mch_1\"), not a session token."
        );
        assert_eq!(
            message(&jwt(json!({"typ": "at+jwt"}), json!({}))),
            "The token is an OAuth access token (its header type typ is \"at+jwt\"), not a session token."
        );
        // verify refuses every one with token-invalid, before the key: even with no matching
        // key, and for opaque tokens that do not decode.
        let empty = Jwks::default();
        for (token, expected) in &cases[3..] {
            if *expected == "session_token" {
                continue;
            }
            let err = verify(
                token,
                KeySource::Jwks(&empty),
                &VerifyOptions::default(),
                NOW,
            )
            .unwrap_err();
            assert_eq!(err.reason(), "token-invalid", "{token}");
            assert!(err.message().ends_with("not a session token."), "{token}");
            assert_eq!(decode_session_token(token).unwrap_err(), err, "{token}");
        }
        assert_eq!(
            TokenType::ALL.map(TokenType::as_str),
            [
                "session_token",
                "api_key",
                "m2m_token",
                "oauth_token",
                "non_session_jwt"
            ]
        );
    }

    #[test]
    fn embedded_keys_and_urls_are_ignored() {
        // invalid-embedded-jwk-attacker: signed by b, carrying b's JWK; verified with a's key.
        let h = header_with(json!({"jwk": jwk_of(b())}));
        assert_eq!(
            check(&mint_with(b(), &h, &claims())),
            "token-invalid-signature"
        );
        // policy-jku-x5u-ignored.
        let h = header_with(json!({
            "jku": "https://attacker.example/jwks.json",
            "x5u": "https://attacker.example/cert.pem",
            "x5c": ["MIIB"],
        }));
        assert_eq!(check(&mint_with(a(), &h, &claims())), "ok");
    }

    // --- signature -----------------------------------------------------------------------------

    #[test]
    fn tampering_breaks_the_signature() {
        let token = mint(&claims());
        let (h, p, s) = segments(&token);
        let other_payload = b64(claims_with(json!({"sub": "user_admin"}))
            .to_string()
            .as_bytes());
        let other_header = b64(header_with(json!({"x": 1})).to_string().as_bytes());
        let mut flipped = unb64(&s);
        flipped[100] ^= 0x01;
        let mut longer = vec![0u8];
        longer.extend(unb64(&s));
        let truncated = &unb64(&s)[..255];
        let by_b = b64(&sign(b(), &format!("{h}.{p}")));
        let by_c = b64(&sign(c(), &format!("{h}.{p}")));
        let cases = [
            format!("{h}.{other_payload}.{s}"),
            format!("{other_header}.{p}.{s}"),
            format!("{h}.{p}.{}", b64(&flipped)),
            format!("{h}.{p}.{}", b64(&longer)),
            format!("{h}.{p}.{}", b64(truncated)),
            format!("{h}.{p}."),
            format!("{h}.{p}.{by_b}"),
            format!("{h}.{p}.{by_c}"),
            format!("{h}.{p}.{}", b64(&[0; 256])),
            // Signature values of n and above are refused, not reduced mod n.
            format!("{h}.{p}.{}", b64(&a().public.n)),
            format!("{h}.{p}.{}", b64(&[0xff; 256])),
        ];
        for case in &cases {
            let err = check_err(case);
            assert_eq!(
                (err.reason(), err.message()),
                ("token-invalid-signature", "JWT signature is invalid."),
                "{case}"
            );
        }
        assert_eq!(check(&token), "ok");
        // 4096-bit keys verify their own signatures.
        let token = mint_with(c(), &header(), &claims());
        assert!(verify(
            &token,
            KeySource::Key(&c().public),
            &VerifyOptions::default(),
            NOW
        )
        .is_ok());
    }

    // --- claims --------------------------------------------------------------------------------

    #[test]
    fn sub_must_be_a_string() {
        for sub in [
            json!(null),
            json!(42),
            json!(["user_1"]),
            json!({"id": 1}),
            json!(true),
        ] {
            let mut payload = claims();
            payload["sub"] = sub.clone();
            let err = check_err(&mint(&payload));
            assert_eq!(err.reason(), "token-verification-failed", "{sub}");
            assert_eq!(
                err.message(),
                format!("Subject claim (sub) is required and must be a string. Received {sub}.")
            );
        }
        let err = check_err(&mint(&claims_with(json!({"sub": null}))));
        assert!(err.message().ends_with("Received (missing)."));
        // policy-sub-empty-string: accepted, as the reference does.
        assert_eq!(check(&mint(&claims_with(json!({"sub": ""})))), "ok");
    }

    #[test]
    fn audience() {
        let options = |list: &[&str]| VerifyOptions {
            audience: list.iter().map(|s| (*s).to_owned()).collect(),
            ..VerifyOptions::default()
        };
        let run = |aud: Value, list: &[&str]| {
            let payload = claims_with(json!({ "aud": aud }));
            check_opts(&mint(&payload), &options(list), NOW)
        };
        let cases = [
            (json!("api"), &["api"][..], "ok"),
            (json!("api"), &["web", "api"][..], "ok"),
            (json!("other"), &["api"][..], "token-verification-failed"),
            (json!(["other", "api"]), &["api"][..], "ok"),
            (json!(["other"]), &["api"][..], "token-verification-failed"),
            (json!(["API"]), &["api"][..], "token-verification-failed"),
            // Nothing configured, or only empty strings: not checked.
            (json!("other"), &[][..], "ok"),
            (json!("other"), &[""][..], "ok"),
            (json!(42), &[][..], "ok"),
            // An empty aud is not checked (the reference filters falsy entries).
            (json!(""), &["api"][..], "ok"),
            (json!([]), &["api"][..], "ok"),
            (json!([""]), &["api"][..], "ok"),
            (json!(null), &["api"][..], "ok"),
            (json!(0), &["api"][..], "ok"),
            // Other types: refused here, let through by the reference.
            (json!(42), &["api"][..], "token-verification-failed"),
            (json!(["api", 1]), &["api"][..], "token-verification-failed"),
            (
                json!({"api": true}),
                &["api"][..],
                "token-verification-failed",
            ),
        ];
        for (aud, list, expected) in cases {
            assert_eq!(run(aud.clone(), list), expected, "{aud} {list:?}");
        }
        // aud absent.
        let token = mint(&claims());
        assert_eq!(check_opts(&token, &options(&["api"]), NOW), "ok");
        let err = verify(
            &mint(&claims_with(json!({"aud": "other"}))),
            KeySource::Key(&a().public),
            &options(&["api", ""]),
            NOW,
        )
        .unwrap_err();
        assert_eq!(
            err.message(),
            r#"Invalid JWT audience claim (aud) "other". Is not included in "["api"]"."#
        );
    }

    #[test]
    fn authorized_parties() {
        let options = |list: &[&str]| VerifyOptions {
            authorized_parties: list.iter().map(|s| (*s).to_owned()).collect(),
            ..VerifyOptions::default()
        };
        let run = |azp: Value, list: &[&str]| {
            let payload = claims_with(json!({ "azp": azp }));
            check_opts(&mint(&payload), &options(list), NOW)
        };
        let parties = &["https://example.com", "https://app.example.com"][..];
        let cases = [
            (json!("https://example.com"), parties, "ok"),
            (json!("https://app.example.com"), parties, "ok"),
            (
                json!("https://example.com/"),
                parties,
                "token-invalid-authorized-parties",
            ),
            (
                json!("https://EXAMPLE.com"),
                parties,
                "token-invalid-authorized-parties",
            ),
            (
                json!("http://example.com"),
                parties,
                "token-invalid-authorized-parties",
            ),
            (
                json!("https://evil.com"),
                parties,
                "token-invalid-authorized-parties",
            ),
            (json!(""), &[""][..], "token-invalid-authorized-parties"),
            (json!(null), parties, "token-invalid-authorized-parties"),
            (json!(5), parties, "token-invalid-authorized-parties"),
            (
                json!(["https://example.com"]),
                parties,
                "token-invalid-authorized-parties",
            ),
            // No parties configured: azp is not checked (policy-authorized-parties-empty-list,
            // valid-azp-missing-no-parties).
            (json!("https://evil.com"), &[][..], "ok"),
            (json!(null), &[][..], "ok"),
        ];
        for (azp, list, expected) in cases {
            assert_eq!(run(azp.clone(), list), expected, "{azp} {list:?}");
        }
        let err = verify(
            &mint(&claims_with(json!({"azp": "https://evil.com"}))),
            KeySource::Key(&a().public),
            &options(parties),
            NOW,
        )
        .unwrap_err();
        assert_eq!(
            err.message(),
            r#"Invalid JWT Authorized party claim (azp) "https://evil.com". Expected "https://example.com,https://app.example.com"."#
        );
    }

    #[test]
    fn issuer() {
        let options = |list: &[&str]| VerifyOptions {
            issuer: list.iter().map(|s| (*s).to_owned()).collect(),
            ..VerifyOptions::default()
        };
        let run = |iss: Value, list: &[&str]| {
            let payload = claims_with(json!({ "iss": iss }));
            check_opts(&mint(&payload), &options(list), NOW)
        };
        let clerk = &["https://clerk.example.com"][..];
        assert_eq!(run(json!("https://clerk.example.com"), clerk), "ok");
        assert_eq!(
            run(json!("https://clerk.example.com/"), clerk),
            "token-invalid-issuer"
        );
        assert_eq!(
            run(json!("https://evil.com"), clerk),
            "token-invalid-issuer"
        );
        assert_eq!(run(json!(null), clerk), "token-invalid-issuer");
        assert_eq!(run(json!(1), clerk), "token-invalid-issuer");
        assert_eq!(
            run(
                json!("https://b.example.com"),
                &["https://a.example.com", "https://b.example.com"]
            ),
            "ok"
        );
        assert_eq!(run(json!("https://evil.com"), &[]), "ok");
        assert_eq!(run(json!(null), &[]), "ok");
    }

    #[test]
    fn exp_must_be_a_number() {
        for exp in [
            json!("1700000060"),
            json!(true),
            json!(null),
            json!([NOW_S + 60]),
            json!({"t": NOW_S + 60}),
        ] {
            let mut payload = claims();
            payload["exp"] = exp.clone();
            let err = check_err(&mint(&payload));
            assert_eq!(err.reason(), "token-verification-failed", "{exp}");
            assert_eq!(
                err.message(),
                format!("Invalid JWT expiry date claim (exp) {exp}. Expected number.")
            );
        }
        assert_eq!(
            check(&mint(&claims_with(json!({"exp": null})))),
            "token-verification-failed"
        );
        for (name, value) in [
            ("nbf", json!("1")),
            ("nbf", json!(null)),
            ("iat", json!("1")),
            ("iat", json!(false)),
        ] {
            let mut payload = claims();
            payload[name] = value.clone();
            assert_eq!(
                check(&mint(&payload)),
                "token-verification-failed",
                "{name} {value}"
            );
        }
    }

    #[test]
    fn exp_values() {
        let header = header().to_string();
        let run = |exp: &str| {
            let payload = format!(r#"{{"sub":"user_1","exp":{exp}}}"#);
            check(&mint_bytes(a(), header.as_bytes(), payload.as_bytes()))
        };
        let in_a_minute = NOW_S + 60;
        assert_eq!(run(&format!("{in_a_minute}")), "ok");
        assert_eq!(run(&format!("{in_a_minute}.5")), "ok");
        assert_eq!(run(&format!("{in_a_minute}e0")), "ok");
        assert_eq!(run("1.7000000600e9"), "ok");
        assert_eq!(run("0"), "token-expired");
        assert_eq!(run("-1"), "token-expired");
        assert_eq!(run("-1e20"), "token-expired");
        assert_eq!(run("-9223372036854775809"), "token-expired");
        // Far future, beyond i64/u64 (policy-exp-beyond-u64), beyond f64: never expired, no
        // overflow.
        assert_eq!(run("1e20"), "ok");
        assert_eq!(run("9223372036854775808"), "ok");
        assert_eq!(run("18446744073709551616000"), "ok");
        assert_eq!(run(&"9".repeat(400)), "ok");
        assert_eq!(run("1e400"), "ok");
        assert_eq!(run("-1e400"), "token-expired");
        // Fractions of a second are dropped, as Date#setUTCSeconds does: exp = now - 4.5 s
        // counts as now - 5 s, expired with the default skew.
        assert_eq!(run(&format!("{}.5", NOW_S - 5)), "token-expired");
        assert_eq!(run(&format!("{}.9", NOW_S - 4)), "ok");
    }

    #[test]
    fn time_boundaries() {
        let at = |changes: Value, options: &VerifyOptions| {
            check_opts(&mint(&claims_with(changes)), options, NOW)
        };
        let default = VerifyOptions::default();
        let none = skew(0.0);
        // exp: expired iff exp*1000 <= now - skew.
        assert_eq!(at(json!({"exp": NOW_S - 5}), &default), "token-expired");
        assert_eq!(at(json!({"exp": NOW_S - 4}), &default), "ok");
        assert_eq!(at(json!({"exp": NOW_S}), &none), "token-expired");
        assert_eq!(at(json!({"exp": NOW_S + 1}), &none), "ok");
        // nbf: refused iff nbf*1000 > now + skew.
        assert_eq!(at(json!({"nbf": NOW_S + 5}), &default), "ok");
        assert_eq!(
            at(json!({"nbf": NOW_S + 6}), &default),
            "token-not-active-yet"
        );
        assert_eq!(at(json!({"nbf": NOW_S}), &none), "ok");
        assert_eq!(at(json!({"nbf": NOW_S + 1}), &none), "token-not-active-yet");
        assert_eq!(at(json!({"nbf": null}), &none), "ok");
        assert_eq!(
            at(
                json!({"nbf": format!("{}.9", NOW_S + 5).parse::<f64>().unwrap()}),
                &default
            ),
            "ok"
        );
        // iat: refused iff iat*1000 > now + skew.
        assert_eq!(at(json!({"iat": NOW_S + 5}), &default), "ok");
        assert_eq!(
            at(json!({"iat": NOW_S + 6}), &default),
            "token-iat-in-the-future"
        );
        assert_eq!(at(json!({"iat": NOW_S}), &none), "ok");
        assert_eq!(
            at(json!({"iat": NOW_S + 1}), &none),
            "token-iat-in-the-future"
        );
        assert_eq!(at(json!({"iat": null}), &none), "ok");
        // Milliseconds of now count.
        let token = mint(&claims_with(json!({"exp": NOW_S})));
        assert_eq!(check_opts(&token, &none, NOW - 1), "ok");
        // A bigger skew; a non-finite one means the default.
        assert_eq!(at(json!({"exp": NOW_S - 59}), &skew(60_000.0)), "ok");
        assert_eq!(
            at(json!({"exp": NOW_S - 60}), &skew(60_000.0)),
            "token-expired"
        );
        for odd in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(skew(odd).effective_clock_skew_ms(), 5000.0);
            assert_eq!(at(json!({"exp": NOW_S - 4}), &skew(odd)), "ok");
            assert_eq!(at(json!({"exp": NOW_S - 5}), &skew(odd)), "token-expired");
            assert_eq!(
                at(json!({"nbf": NOW_S + 6}), &skew(odd)),
                "token-not-active-yet"
            );
        }
        // Messages name the dates as Date#toUTCString does.
        let err = verify(
            &mint(&claims_with(json!({"exp": NOW_S - 10}))),
            KeySource::Key(&a().public),
            &default,
            NOW,
        )
        .unwrap_err();
        assert_eq!(
            err.message(),
            "JWT is expired. Expiry date: Tue, 14 Nov 2023 22:13:10 GMT, Current date: Tue, 14 Nov 2023 22:13:20 GMT."
        );
        let err = check_err(&mint(&claims_with(json!({"nbf": NOW_S + 10}))));
        assert_eq!(
            err.message(),
            "JWT cannot be used prior to not before date claim (nbf). Not before date: Tue, 14 Nov 2023 22:13:30 GMT; Current date: Tue, 14 Nov 2023 22:13:20 GMT;"
        );
        let err = check_err(&mint(&claims_with(json!({"iat": NOW_S + 10}))));
        assert_eq!(
            err.message(),
            "JWT issued at date claim (iat) is in the future. Issued at date: Tue, 14 Nov 2023 22:13:30 GMT; Current date: Tue, 14 Nov 2023 22:13:20 GMT;"
        );
    }

    #[test]
    fn checks_run_in_the_reference_order() {
        let strict = VerifyOptions {
            authorized_parties: vec!["https://other.com".to_owned()],
            audience: vec!["api".to_owned()],
            issuer: vec!["https://other-issuer.com".to_owned()],
            clock_skew_ms: 0.0,
        };
        let all_bad = json!({
            "sub": 1, "aud": "web", "azp": "https://evil.com", "iss": "https://evil.com",
            "exp": NOW_S - 100, "nbf": NOW_S + 100, "iat": NOW_S + 100,
        });
        let expected = [
            ("sub", "token-verification-failed"),
            ("aud", "token-verification-failed"),
            ("azp", "token-invalid-authorized-parties"),
            ("iss", "token-invalid-issuer"),
            ("exp", "token-expired"),
            ("nbf", "token-not-active-yet"),
            ("iat", "token-iat-in-the-future"),
        ];
        let mut payload = all_bad;
        for (claim, reason) in expected {
            let token = mint(&payload);
            let err = verify(&token, KeySource::Key(&a().public), &strict, NOW).unwrap_err();
            assert_eq!(err.reason(), reason, "{claim}");
            assert!(
                err.message().contains(&format!("({claim})")) || claim == "exp",
                "{}",
                err.message()
            );
            // Mend this claim; the next one fails.
            payload[claim] = match claim {
                "sub" => json!("user_1"),
                "aud" => json!("api"),
                "azp" => json!("https://other.com"),
                "iss" => json!("https://other-issuer.com"),
                _ => json!(NOW_S),
            };
            if claim == "exp" {
                payload["exp"] = json!(NOW_S + 100);
            }
        }
        assert!(verify(&mint(&payload), KeySource::Key(&a().public), &strict, NOW).is_ok());
        // The signature is checked before any claim.
        let token = mint_with(b(), &header(), &json!({"sub": 1}));
        assert_eq!(check(&token), "token-invalid-signature");
    }

    #[test]
    fn messages_never_carry_the_token() {
        let long_sub = "u".repeat(10_000);
        let tokens = [
            mint(&claims_with(json!({"sub": 5}))),
            mint(&claims_with(json!({"exp": NOW_S - 100}))),
            mint(&claims_with(json!({"exp": long_sub.clone()}))),
            mint_with(b(), &header(), &claims()),
            mint_with(
                a(),
                &header_with(json!({"alg": "x".repeat(5000)})),
                &claims(),
            ),
            mint_with(
                b(),
                &header_with(json!({"kid": "k".repeat(5000)})),
                &claims(),
            ),
        ];
        let jwks = Jwks::from_keys([a().public.clone()]);
        for token in &tokens {
            let (h, p, s) = segments(token);
            for keys in [KeySource::Key(&a().public), KeySource::Jwks(&jwks)] {
                let err = verify(token, keys, &VerifyOptions::default(), NOW).unwrap_err();
                let message = err.message();
                assert!(message.len() < 400, "{} bytes", message.len());
                for part in [&h, &p, &s] {
                    assert!(!message.contains(part.as_str()), "{message}");
                }
                assert_eq!(err.to_string(), message);
            }
        }
    }

    #[test]
    fn reasons() {
        let names: Vec<&str> = Reason::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(
            names,
            [
                "token-expired",
                "token-invalid",
                "token-invalid-algorithm",
                "token-invalid-authorized-parties",
                "token-invalid-issuer",
                "token-invalid-signature",
                "token-not-active-yet",
                "token-iat-in-the-future",
                "token-verification-failed",
                "jwk-local-missing",
                "jwk-remote-failed-to-load",
                "jwk-remote-invalid",
                "jwk-remote-missing",
                "jwk-failed-to-resolve",
                "jwk-kid-mismatch",
                "secret-key-invalid",
                "token-type-mismatch",
            ]
        );
        let err = TokenError::new(Reason::TokenExpired, "x");
        assert_eq!(
            (err.kind(), err.reason()),
            (Reason::TokenExpired, "token-expired")
        );
    }

    #[test]
    fn utc_strings() {
        assert_eq!(utc_string(0.0), "Thu, 01 Jan 1970 00:00:00 GMT");
        assert_eq!(
            utc_string(1_666_648_310_000.0),
            "Mon, 24 Oct 2022 21:51:50 GMT"
        );
        assert_eq!(utc_string(-1000.0), "Wed, 31 Dec 1969 23:59:59 GMT");
        assert_eq!(
            utc_string(951_782_400_000.0),
            "Tue, 29 Feb 2000 00:00:00 GMT"
        );
        assert_eq!(utc_string(8.64e15), "Sat, 13 Sep 275760 00:00:00 GMT");
        assert_eq!(utc_string(-8.64e15), "Tue, 20 Apr -271821 00:00:00 GMT");
        assert_eq!(utc_string(8.64e15 + 1.0), "Invalid Date");
        assert_eq!(utc_string(f64::INFINITY), "Invalid Date");
        assert_eq!(utc_string(f64::NAN), "Invalid Date");
    }

    // --- Clerk claims --------------------------------------------------------------------------

    fn session(payload: Value) -> SessionClaims {
        verify(
            &mint(&with(claims(), payload)),
            KeySource::Key(&a().public),
            &VerifyOptions::default(),
            NOW,
        )
        .unwrap()
        .claims
    }

    #[test]
    fn v1_claims() {
        let s = session(json!({
            "org_id": "org_1",
            "org_slug": "acme",
            "org_role": "org:admin",
            "org_permissions": ["org:sys_memberships:read", "org:billing:manage"],
            "sts": "active",
            "fva": [3, -1],
            "act": {"sub": "user_admin", "sid": "sess_x", "iss": "https://dashboard.clerk.com"},
            "jti": "jti_1",
        }));
        assert_eq!(s.sub.as_deref(), Some("user_1"));
        assert_eq!(s.sid.as_deref(), Some("sess_1"));
        assert_eq!(s.azp.as_deref(), Some("https://example.com"));
        assert_eq!(s.iss.as_deref(), Some("https://clerk.example.com"));
        assert_eq!(s.jti.as_deref(), Some("jti_1"));
        assert_eq!(
            (s.exp, s.iat, s.nbf),
            (
                Some((NOW_S + 60) as f64),
                Some((NOW_S - 10) as f64),
                Some((NOW_S - 20) as f64)
            )
        );
        assert_eq!(s.sts.as_deref(), Some("active"));
        assert_eq!(s.version, None);
        assert!(!s.is_v2());
        assert_eq!(s.fva, Some([3, -1]));
        let JsonValue::Object(act) = s.act.as_ref().unwrap() else {
            panic!("act is not an object")
        };
        assert_eq!(member_str(act, "sub"), Some("user_admin"));
        assert_eq!(s.org_id.as_deref(), Some("org_1"));
        assert_eq!(s.org_slug.as_deref(), Some("acme"));
        assert_eq!(s.org_role.as_deref(), Some("org:admin"));
        assert_eq!(
            s.org_permissions,
            Some(vec![
                "org:sys_memberships:read".to_owned(),
                "org:billing:manage".to_owned()
            ])
        );
        assert_eq!(s.features, Scoped::default());
        // Wrong types read as absent; v1 ignores `o`.
        let s = session(json!({
            "org_id": 5, "org_permissions": ["a", 1], "fva": [1], "sts": null,
            "o": {"id": "org_2", "rol": "admin"},
        }));
        assert_eq!(
            (s.org_id, s.org_permissions, s.fva, s.sts, s.org_role),
            (None, None, None, None, None)
        );
        let s = session(json!({"fva": [1.0, -1], "v": 1}));
        assert_eq!((s.fva, s.version), (Some([1, -1]), Some(1)));
    }

    #[test]
    fn v2_claims() {
        let v2 = |o: Value, fea: &str| {
            session(json!({"v": 2, "o": o, "fea": fea, "pla": "u:free,o:pro", "org_id": "ignored"}))
        };
        // The doc's example, and the same with a user feature first (JS semantics: fpm is
        // indexed by organization feature, not by position in fea).
        for fea in [
            "o:dashboard,o:impersonation",
            "u:profile,o:dashboard,o:impersonation",
        ] {
            let s = v2(
                json!({"id": "org_1", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3,2"}),
                fea,
            );
            assert!(s.is_v2());
            assert_eq!(s.org_id.as_deref(), Some("org_1"));
            assert_eq!(s.org_slug.as_deref(), Some("acme"));
            assert_eq!(s.org_role.as_deref(), Some("org:admin"));
            assert_eq!(
                s.org_permissions.unwrap(),
                [
                    "org:dashboard:read",
                    "org:dashboard:manage",
                    "org:impersonation:manage"
                ]
            );
            assert_eq!(s.features.org, ["dashboard", "impersonation"]);
            assert_eq!(s.fea.as_deref(), Some(fea));
            assert_eq!(s.pla.as_deref(), Some("u:free,o:pro"));
            assert_eq!(
                s.plans,
                Scoped {
                    org: vec!["pro".into()],
                    user: vec!["free".into()]
                }
            );
        }
        let s = v2(
            json!({"id": "org_1", "rol": "admin", "per": "read,manage", "fpm": "3,2"}),
            "u:profile,o:dashboard,o:impersonation",
        );
        assert_eq!(s.features.user, ["profile"]);
        // v 2.0 is v2; without `o` there is no organization.
        let s = session(json!({"v": 2.0, "fea": "o:dashboard", "org_id": "org_1"}));
        assert!(s.is_v2());
        assert_eq!(
            (s.org_id, s.org_role, s.org_permissions),
            (None, None, None)
        );
        // An empty role gives no role; the org permissions are present (maybe empty) with `o`.
        let s = v2(json!({"id": "org_1", "rol": ""}), "o:dashboard");
        assert_eq!((s.org_role, s.org_permissions), (None, Some(vec![])));
        // A malformed fea (an entry without a colon) grants nothing.
        let s = v2(
            json!({"id": "org_1", "per": "read", "fpm": "1"}),
            "o:dashboard,impersonation",
        );
        assert_eq!(
            (s.features, s.org_permissions),
            (Scoped::default(), Some(vec![]))
        );
    }

    #[test]
    fn scoped_lists() {
        assert_eq!(split_by_scope(""), Some(Scoped::default()));
        assert_eq!(
            split_by_scope(" o:a , u:b,ou:c,uo:d,x:e,o:f:g"),
            Some(Scoped {
                org: vec!["a".into(), "c".into(), "d".into(), "f:g".into()],
                user: vec!["b".into(), "c".into(), "d".into()],
            })
        );
        assert_eq!(split_by_scope("o:a,"), None);
        assert_eq!(split_by_scope("dashboard"), None);
    }

    #[test]
    fn permission_bitmasks() {
        let features = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let f = features(&["dashboard", "impersonation"]);
        assert_eq!(
            org_permissions(&f, "read,manage", "3,2"),
            [
                "org:dashboard:read",
                "org:dashboard:manage",
                "org:impersonation:manage"
            ]
        );
        assert_eq!(
            org_permissions(&f, " read , manage ", " 1 , 3 "),
            [
                "org:dashboard:read",
                "org:impersonation:read",
                "org:impersonation:manage"
            ]
        );
        assert!(org_permissions(&f, "", "3,2").is_empty());
        assert!(org_permissions(&f, "read", "").is_empty());
        // fpm shorter than the features; entries that are not all digits grant nothing.
        assert_eq!(
            org_permissions(&f, "read,manage", "2"),
            ["org:dashboard:manage"]
        );
        for bad in ["-1", "1.0", "x", "", " ", "0x3", "+3", "1e1"] {
            assert_eq!(
                org_permissions(&f, "read,manage", &format!("{bad},1")),
                ["org:impersonation:read"],
                "{bad}"
            );
        }
        // Bits beyond the permissions are ignored; huge masks are fine.
        assert_eq!(org_permissions(&f, "read", "7,0"), ["org:dashboard:read"]);
        let huge = "340282366920938463463374607431768211457"; // 2^128 + 1
        assert_eq!(
            org_permissions(&f, "read,manage", huge),
            ["org:dashboard:read"]
        );
        let big = format!("{huge}{}", "0".repeat(5000));
        assert_eq!(org_permissions(&f, "read,manage", &big).len(), 0);
        assert_eq!(
            org_permissions(&f, "read,manage", "0008"),
            Vec::<String>::new()
        );
        assert_eq!(
            org_permissions(&f, "read,manage", "0002"),
            ["org:dashboard:manage"]
        );
        assert!(org_permissions(&[], "read", "1").is_empty());
    }

    #[test]
    fn types_are_send_and_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<RsaKey>();
        check::<Jwks>();
        check::<Decoded>();
        check::<Verified>();
        check::<SessionClaims>();
        check::<TokenError>();
        check::<KeyError>();
        check::<VerifyOptions>();
    }
}
