//! Token decoding and claim reading of the core crate's `jwt` module: `decode`,
//! `SessionClaims::from_claims` (the one claims decoder), `check_header`, `check_claims`, `split_by_scope`, `org_permissions`.
//!
//! Every input is used three ways:
//!   1. as a token: `decode(input)` (lossy UTF-8);
//!   2. when it contains NUL bytes, as `header \0 payload \0 signature`: each part is
//!      base64url-encoded and the token built from them is decoded;
//!   3. as lines `features \n per \n fpm \n fea`: `org_permissions` and `split_by_scope`.
//! Properties: nothing panics; a decoded token's raw segments re-join to the input and
//! re-encode from the decoded bytes (base64url is strict, so the encoding is unique);
//! a built token decodes exactly when its header and payload are JSON objects, giving back
//! the same bytes.
#![no_main]

use clerk_core::jwt::{
    check_claims, check_header, decode, org_permissions, split_by_scope,
    Decoded, SessionClaims, VerifyOptions, MAX_TOKEN_LEN,
};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use libfuzzer_sys::fuzz_target;

fn check_decoded(token: &str, d: &Decoded) {
    let joined = format!("{}.{}.{}", d.raw_header(), d.raw_payload(), d.raw_signature());
    assert_eq!(joined, token, "raw segments do not re-join to the token");
    assert_eq!(d.token(), token);
    assert_eq!(
        d.signing_input(),
        format!("{}.{}", d.raw_header(), d.raw_payload())
    );
    assert_eq!(URL_SAFE_NO_PAD.encode(d.header_json()), d.raw_header());
    assert_eq!(URL_SAFE_NO_PAD.encode(d.payload_json()), d.raw_payload());
    assert_eq!(URL_SAFE_NO_PAD.encode(d.signature()), d.raw_signature());
    let header = d.header();
    let _ = (header.alg(), header.kid(), header.typ(), header.cat(), header.crit());
    let _ = check_header(header);
    let _ = d.claim("sub");
    let options = VerifyOptions {
        authorized_parties: vec!["https://example.com".into()],
        audience: vec!["aud".into(), String::new()],
        issuer: vec!["https://clerk.example.com".into()],
        clock_skew_ms: f64::NAN,
    };
    for now in [0, 1_666_648_250_000, i64::MIN, i64::MAX] {
        let _ = check_claims(d.claims(), &VerifyOptions::default(), now);
        let _ = check_claims(d.claims(), &options, now);
    }
    let claims = SessionClaims::from_claims(d.claims());
    let _ = claims.is_v2();
}

fn built_token(data: &[u8]) {
    let mut parts = data.splitn(3, |&b| b == 0);
    let (Some(h), Some(p)) = (parts.next(), parts.next()) else {
        return;
    };
    let s = parts.next().unwrap_or(&[]);
    let token = format!(
        "{}.{}.{}",
        URL_SAFE_NO_PAD.encode(h),
        URL_SAFE_NO_PAD.encode(p),
        URL_SAFE_NO_PAD.encode(s)
    );
    // What decode accepts is a subset of this: within the size cap, both parts JSON objects
    // (decode also refuses duplicate members and deep nesting).
    let could_be_ok = token.len() <= MAX_TOKEN_LEN && is_json_object(h) && is_json_object(p);
    match decode(&token) {
        Ok(d) => {
            assert!(could_be_ok, "decode accepted a token whose parts are not JSON objects");
            assert_eq!(d.header_json(), h);
            assert_eq!(d.payload_json(), p);
            assert_eq!(d.signature(), s);
            check_decoded(&token, &d);
        }
        Err(e) => {
            let _ = (e.reason(), e.kind(), e.message());
        }
    }
}

/// Whether `data` is UTF-8 JSON whose top level is an object (checked with jiter directly).
fn is_json_object(data: &[u8]) -> bool {
    std::str::from_utf8(data).is_ok()
        && matches!(
            jiter::JsonValue::parse(data, false),
            Ok(jiter::JsonValue::Object(_))
        )
}

fn claim_helpers(text: &str) {
    let mut lines = text.split('\n');
    let features: Vec<String> = lines
        .next()
        .unwrap_or("")
        .split(',')
        .map(str::to_owned)
        .collect();
    let per = lines.next().unwrap_or("");
    let fpm = lines.next().unwrap_or("");
    let granted = org_permissions(&features, per, fpm);
    let n_per = per.split(',').count();
    assert!(granted.len() <= features.len() * n_per);
    for g in &granted {
        assert!(g.starts_with("org:"));
    }
    for claim in [text, lines.next().unwrap_or(""), per, fpm] {
        if let Some(scoped) = split_by_scope(claim) {
            let parts = if claim.is_empty() { 0 } else { claim.split(',').count() };
            assert!(scoped.org.len() <= parts && scoped.user.len() <= parts);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match decode(&text) {
        Ok(d) => check_decoded(&text, &d),
        Err(e) => {
            let _ = (e.reason(), e.kind(), e.message(), e.to_string());
        }
    }
    if data.contains(&0) {
        built_token(data);
    }
    claim_helpers(&text);
});
