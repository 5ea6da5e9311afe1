//! Keys, token minting and checking helpers shared by the unit tests of the `jwt` modules.

pub(super) use std::sync::OnceLock;

pub(super) use hmac::{Hmac, KeyInit, Mac};
pub(super) use rsa::pkcs1v15::SigningKey;
pub(super) use rsa::pkcs8::DecodePrivateKey;
pub(super) use rsa::signature::hazmat::PrehashSigner;
pub(super) use rsa::signature::SignatureEncoding;
pub(super) use serde_json::{json, Value};

pub(super) use super::keys::pem_to_der;
use super::*;

pub(super) const NOW_S: i64 = 1_700_000_000;
pub(super) const NOW: i64 = NOW_S * 1000;

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/jwt/",
            $name
        ))
    };
}

pub(super) const EC_P256_SPKI: &str = "-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEpm0ObLCs9D8CPGcVhkLnurEt6DWO
lA279HxymANvWw5LZeQzgOkv1nhMpTdgrzGBLI7KP0qMUYkmUNeWE3jV+w==
-----END PUBLIC KEY-----";

/// RFC 7638 section 3.1: the example key and its thumbprint.
pub(super) const RFC7638_N: &str = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
pub(super) const RFC7638_THUMBPRINT: &str = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

/// Thumbprints of the fixture keys, computed independently with Python `cryptography`.
pub(super) const THUMB_2048: &str = "Q34IAHDiNA1eTVYvILvRa1a3FmJFkln2qsQSkDY0OuE";
pub(super) const THUMB_2048B: &str = "zZ32NAa5K7mG5od0lP52bN2SOiXjkZuEaiV-TVnFAFg";
pub(super) const THUMB_4096: &str = "YLJAnDm6Ncc5lttLHMauCRIP-mPSByQrsGtZbL5UDs8";

pub(super) struct Pair {
    pub(super) signer: SigningKey<Sha256>,
    pub(super) public: RsaKey,
}

pub(super) fn load(private: &str, public: &str, kid: &str) -> Pair {
    Pair {
        signer: SigningKey::new(rsa::PrivateKey::from_pkcs8_pem(private).unwrap()),
        public: RsaKey::from_pem(public).unwrap().with_kid(kid),
    }
}

pub(super) fn a() -> &'static Pair {
    static CELL: OnceLock<Pair> = OnceLock::new();
    CELL.get_or_init(|| {
        load(
            fixture!("rsa2048.key.pem"),
            fixture!("rsa2048.spki.pem"),
            "kid-a",
        )
    })
}

pub(super) fn b() -> &'static Pair {
    static CELL: OnceLock<Pair> = OnceLock::new();
    CELL.get_or_init(|| {
        load(
            fixture!("rsa2048b.key.pem"),
            fixture!("rsa2048b.spki.pem"),
            "kid-b",
        )
    })
}

pub(super) fn c() -> &'static Pair {
    static CELL: OnceLock<Pair> = OnceLock::new();
    CELL.get_or_init(|| {
        load(
            fixture!("rsa4096.key.pem"),
            fixture!("rsa4096.spki.pem"),
            "kid-c",
        )
    })
}

pub(super) fn b64(data: &[u8]) -> String {
    BASE64URL.encode(data)
}

pub(super) fn unb64(text: &str) -> Vec<u8> {
    BASE64URL.decode(text).unwrap()
}

pub(super) fn sign(pair: &Pair, input: &str) -> Vec<u8> {
    pair.signer
        .sign_prehash(&Sha256::digest(input.as_bytes()))
        .unwrap()
        .to_vec()
}

/// `header.payload` from raw JSON bytes, signed by `pair`.
pub(super) fn mint_bytes(pair: &Pair, header: &[u8], payload: &[u8]) -> String {
    let input = format!("{}.{}", b64(header), b64(payload));
    let signature = b64(&sign(pair, &input));
    format!("{input}.{signature}")
}

pub(super) fn mint_with(pair: &Pair, header: &Value, payload: &Value) -> String {
    mint_bytes(
        pair,
        header.to_string().as_bytes(),
        payload.to_string().as_bytes(),
    )
}

pub(super) fn header() -> Value {
    json!({"alg": "RS256", "kid": "kid-a", "typ": "JWT"})
}

pub(super) fn claims() -> Value {
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
pub(super) fn with(base: Value, changes: Value) -> Value {
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

pub(super) fn claims_with(changes: Value) -> Value {
    with(claims(), changes)
}

pub(super) fn header_with(changes: Value) -> Value {
    with(header(), changes)
}

pub(super) fn mint(payload: &Value) -> String {
    mint_with(a(), &header(), payload)
}

pub(super) fn check_opts(token: &str, options: &VerifyOptions, now_ms: i64) -> &'static str {
    match verify(token, KeySource::Key(&a().public), options, now_ms) {
        Ok(_) => "ok",
        Err(e) => e.reason(),
    }
}

pub(super) fn check(token: &str) -> &'static str {
    check_opts(token, &VerifyOptions::default(), NOW)
}

pub(super) fn check_machine(token: &str) -> &'static str {
    let opts = VerifyOptions::default();
    match verify_machine_jwt(token, KeySource::Key(&a().public), &opts, NOW) {
        Ok(_) => "ok",
        Err(e) => e.reason(),
    }
}

pub(super) fn check_err(token: &str) -> TokenError {
    verify(
        token,
        KeySource::Key(&a().public),
        &VerifyOptions::default(),
        NOW,
    )
    .unwrap_err()
}

pub(super) fn skew(ms: f64) -> VerifyOptions {
    VerifyOptions {
        clock_skew_ms: ms,
        ..VerifyOptions::default()
    }
}

pub(super) fn segments(token: &str) -> (String, String, String) {
    let mut parts = token.split('.').map(str::to_owned);
    (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    )
}

pub(super) fn jwk_of(pair: &Pair) -> Value {
    serde_json::from_str(&pair.public.to_jwk()).unwrap()
}
