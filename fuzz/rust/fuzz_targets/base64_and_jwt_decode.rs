//! Token decoding and claim reading of `src/core/jwt.rs`: `decode`, `claims_from_json`,
//! `SessionClaims`, `check_header`, `check_claims`, `split_by_scope`, `org_permissions`.
//!
//! Every input is used three ways:
//!   1. as a token: `decode(input)` (lossy UTF-8);
//!   2. when it contains NUL bytes, as `header \0 payload \0 signature`: each part is
//!      base64url-encoded and the token built from them is decoded;
//!   3. as lines `features \n per \n fpm \n fea`: `org_permissions` and `split_by_scope`.
//! Properties: nothing panics; a decoded token's raw segments re-join to the input and
//! re-encode from the decoded bytes (base64url is strict, so the encoding is unique);
//! a built token decodes exactly when its header and payload are JSON objects
//! (`claims_from_json` agrees with `decode`), giving back the same bytes.
#![no_main]

use clerk_core::jwt::{
    check_claims, check_header, claims_from_json, decode, org_permissions, split_by_scope,
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
    // The decoded JSON is an object, so it reads as claims on its own too.
    let from_json = claims_from_json(d.payload_json()).expect("payload is an object");
    assert_eq!(from_json, SessionClaims::from_decoded(d));
    assert!(claims_from_json(d.header_json()).is_some());

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
    let claims = SessionClaims::from_decoded(d);
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
    let expect_ok = token.len() <= MAX_TOKEN_LEN
        && claims_from_json(h).is_some()
        && claims_from_json(p).is_some();
    match decode(&token) {
        Ok(d) => {
            assert!(expect_ok, "decode accepted a token claims_from_json refuses");
            assert_eq!(d.header_json(), h);
            assert_eq!(d.payload_json(), p);
            assert_eq!(d.signature(), s);
            check_decoded(&token, &d);
        }
        Err(e) => {
            assert!(!expect_ok, "decode refused a well-formed token: {}", e.message());
            let _ = (e.reason(), e.kind());
        }
    }
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
    if let Some(claims) = claims_from_json(data) {
        let _ = claims.is_v2();
    }
    if data.contains(&0) {
        built_token(data);
    }
    claim_helpers(&text);
});
