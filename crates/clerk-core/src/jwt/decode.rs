//! Strict JWT decoding: three base64url segments, JSON-object header and payload (`Decoded`).

use super::*;

/// A JOSE header.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub(super) members: JsonObject<'static>,
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
    pub(super) token: String,
    /// End of the header segment (the first `.`).
    pub(super) header_end: usize,
    /// End of the payload segment (the second `.`).
    pub(super) payload_end: usize,
    pub(super) header: Header,
    pub(super) header_json: Vec<u8>,
    pub(super) payload_json: Vec<u8>,
    pub(super) claims: JsonObject<'static>,
    pub(super) signature: Vec<u8>,
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

#[cfg(test)]
mod tests {

    use super::super::test_support::*;
    use super::*;

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
}
