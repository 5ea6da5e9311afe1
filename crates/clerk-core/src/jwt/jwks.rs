//! JSON Web Key Sets (`Jwks`) and the key a token is checked with (`KeySource`).

use super::*;

/// A JSON Web Key Set as served by `GET /v1/jwks`, for selecting a key by `kid`.
///
/// Members whose `kid` is not a string are ignored (they can never be selected). Members that
/// cannot verify RS256 (another `kty`, `alg` or `use`, a key under 2048 bits, ...) are kept
/// with the reason, so that a token naming one fails with `token-verification-failed` (as the
/// reference's key import does) instead of `jwk-kid-mismatch`.
#[derive(Debug, Clone, Default)]
pub struct Jwks {
    pub(super) entries: Vec<(String, Result<RsaKey, KeyError>)>,
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
    pub(super) fn kid_mismatch(&self, kid: &str) -> TokenError {
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

#[cfg(test)]
mod tests {

    use super::super::test_support::*;
    use super::*;

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
}
