//! What a token is (`TokenType`): a session token, an API key, an M2M or OAuth token, or
//! another JWT, told as `@clerk/backend` tells it.

use super::*;

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
    pub(super) token_type: TokenType,
    /// What the token is, e.g. `an API key (it starts with "ak_")`; empty for a session token.
    pub(super) what: String,
}

impl TokenKind {
    const SESSION: TokenKind = TokenKind {
        token_type: TokenType::SessionToken,
        what: String::new(),
    };

    #[cold]
    pub(super) fn other(token_type: TokenType, name: &str, sign: String) -> Self {
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

pub(super) fn classify_parts(token: &str, decoded: Option<&Decoded>) -> TokenKind {
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

#[cfg(test)]
mod tests {

    use super::super::test_support::*;
    use super::*;

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
}
