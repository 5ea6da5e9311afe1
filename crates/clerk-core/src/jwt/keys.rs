//! RSA public keys (`RsaKey`) from PEM (SPKI, PKCS#1) or a JWK, with their RFC 7638 thumbprint.

use super::*;

/// An RSA public key that verifies RS256 signatures, 2048 to 8192 bits. Parse it once and
/// reuse it. Its `Debug` shows the size, the `kid` and the RFC 7638 thumbprint only.
#[derive(Clone)]
pub struct RsaKey {
    /// The modulus, big-endian, without leading zero bytes (odd, 2048 to 8192 bits).
    pub(super) n: Box<[u8]>,
    /// The public exponent, big-endian, without leading zero bytes (odd, 3 to 2^33 - 1).
    pub(super) e: Box<[u8]>,
    pub(super) bits: usize,
    pub(super) kid: Option<String>,
    pub(super) thumbprint: String,
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
pub(super) enum PemKind {
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

pub(super) fn strip_leading_zeros(bytes: &[u8]) -> &[u8] {
    let first = bytes.iter().position(|&b| b != 0).unwrap_or(bytes.len());
    &bytes[first..]
}

/// Bit length of a big-endian number without leading zero bytes.
pub(super) fn bit_length(n: &[u8]) -> usize {
    match n.first() {
        None => 0,
        Some(&top) => (n.len() - 1) * 8 + (8 - top.leading_zeros() as usize),
    }
}

/// RFC 7638: SHA-256 of `{"e":..,"kty":"RSA","n":..}` with minimal big-endian `n` and `e`.
pub(super) fn thumbprint(n: &[u8], e: &[u8]) -> String {
    let canonical = format!(
        r#"{{"e":"{}","kty":"RSA","n":"{}"}}"#,
        BASE64URL.encode(e),
        BASE64URL.encode(n)
    );
    BASE64URL.encode(Sha256::digest(canonical.as_bytes()))
}

/// Take the armour off a PEM public key. Nothing of the body appears in errors.
pub(super) fn pem_to_der(pem: &str) -> Result<(PemKind, Vec<u8>), KeyError> {
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

#[cfg(test)]
mod tests {

    use super::super::test_support::*;
    use super::*;

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
}
