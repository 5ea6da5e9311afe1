//! Verification: the header, the RS256 signature and the claims, in the reference's order.

use super::*;

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

/// A token's kind ([`classify`]) and, for a session token, the result of
/// [`decode_session_token`], from one decode: `authenticate_request` routes on the kind and then
/// verifies the token it already holds. `None` for any other kind, which is never verified as a
/// session.
pub fn classify_session_token(token: &str) -> (TokenKind, Option<Result<Decoded, TokenError>>) {
    if token.starts_with(M2M_TOKEN_PREFIX) {
        return (classify_parts(token, None), None);
    }
    match decode(token) {
        Ok(decoded) => {
            let kind = decoded.kind();
            if !kind.is_session_token() {
                return (kind, None);
            }
            let checked = check_before_key(&decoded).map(|()| decoded);
            (kind, Some(checked))
        }
        Err(err) => {
            // As in `decode_session_token`: a token that does not decode is refused for its type
            // when its prefix gives one, else for its form.
            let kind = classify_parts(token, None);
            let checked = kind.is_session_token().then_some(Err(err));
            (kind, checked)
        }
    }
}

/// Check a token's header as a session token's (steps 1 to 4 of [`verify_decoded`]) and its
/// signature (steps 5 and 6), but no claim: the handshake token of the cookie flow, which
/// `@clerk/backend` verifies this way (it carries the cookies to set, not a session).
pub fn verify_signature_only(token: &str, keys: KeySource<'_>) -> Result<Decoded, TokenError> {
    let decoded = decode_session_token(token)?;
    check_signature(&decoded, keys)?;
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
pub(super) fn check_signature(decoded: &Decoded, keys: KeySource<'_>) -> Result<(), TokenError> {
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
pub(super) fn check_audience(
    aud: Option<&JsonValue<'static>>,
    audience: &[String],
) -> Result<(), TokenError> {
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
pub(super) fn js_truthy_aud(aud: &JsonValue<'_>) -> bool {
    pub(super) fn truthy(v: &JsonValue<'_>) -> bool {
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
pub(super) fn seconds_to_ms(seconds: f64) -> f64 {
    seconds.trunc() * 1000.0
}

/// JavaScript's `Date#toUTCString`, e.g. `Thu, 01 Jan 1970 00:00:00 GMT`.
pub(super) fn utc_string(ms: f64) -> String {
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

#[cfg(test)]
mod tests {

    use super::super::test_support::*;
    use super::*;

    #[test]
    fn verify_signature_only_checks_the_header_and_signature_but_no_claim() {
        let only = |token: &str, pair: &Pair| match verify_signature_only(
            token,
            KeySource::Key(&pair.public),
        ) {
            Ok(_) => "ok",
            Err(e) => e.reason(),
        };
        // A handshake token carries no times: none is checked.
        let handshake = mint(&json!({"handshake": ["__session=x; Path=/"]}));
        assert_eq!(only(&handshake, a()), "ok");
        let expired = mint(&claims_with(json!({"exp": 1, "iat": 0, "nbf": 0})));
        assert_eq!(only(&expired, a()), "ok");
        assert_eq!(only(&handshake, b()), "token-invalid-signature");
        let hs256 = mint_with(a(), &header_with(json!({"alg": "HS256"})), &json!({}));
        assert_eq!(only(&hs256, a()), "token-invalid-algorithm");
        let typ = mint_with(a(), &header_with(json!({"typ": "JWS"})), &json!({}));
        assert_eq!(only(&typ, a()), "token-invalid");
        let jwks = Jwks::from_keys([a().public.clone(), b().public.clone()]);
        let by_kid = |token: &str| {
            verify_signature_only(token, KeySource::Jwks(&jwks))
                .map(|_| ())
                .map_err(|e| e.reason())
        };
        assert_eq!(by_kid(&handshake), Ok(()));
        let unknown = mint_with(a(), &header_with(json!({"kid": "kid-z"})), &json!({}));
        assert!(by_kid(&unknown).is_err());
    }

    #[test]
    fn classify_session_token_agrees_with_classify_and_decode_session_token() {
        let m2m = claims_with(json!({"sub": "mch_1", "sid": null, "azp": null}));
        let tokens = [
            mint(&claims()),
            mint_with(a(), &header_with(json!({"alg": "HS256"})), &claims()),
            mint_with(a(), &header_with(json!({"typ": "JWS"})), &claims()),
            mint_with(a(), &header_with(json!({"crit": ["b64"]})), &claims()),
            mint_with(
                a(),
                &header_with(json!({"cat": "cl_B7d4PD333AAA"})),
                &claims(),
            ),
            mint_with(a(), &header_with(json!({"typ": "at+jwt"})), &claims()),
            mint_with(a(), &header_with(json!({})), &m2m),
            "ak_live_123".to_owned(),
            "mt_123".to_owned(),
            "oat_123".to_owned(),
            "ak_x.y.z".to_owned(),
            "not a token".to_owned(),
            "a.b.c".to_owned(),
            String::new(),
        ];
        let mut sessions = 0;
        for token in &tokens {
            let (kind, checked) = classify_session_token(token);
            assert_eq!(kind, classify(token), "{token}");
            match checked {
                None => assert!(!kind.is_session_token(), "{token}"),
                Some(checked) => {
                    sessions += 1;
                    assert!(kind.is_session_token(), "{token}");
                    assert_eq!(checked, decode_session_token(token), "{token}");
                }
            }
        }
        // The table holds session tokens that pass the checks and ones that each check refuses.
        assert_eq!(sessions, 7);
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
}
