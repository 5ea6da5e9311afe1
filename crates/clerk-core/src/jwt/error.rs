//! Why a token or a key was refused: `Reason`, `TokenError`, `KeyError`.

use super::*;

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
    pub(super) reason: Reason,
    pub(super) message: String,
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
pub(super) fn invalid(message: impl Into<String>) -> TokenError {
    TokenError::new(Reason::TokenInvalid, message)
}

#[cold]
pub(super) fn failed(message: impl Into<String>) -> TokenError {
    TokenError::new(Reason::TokenVerificationFailed, message)
}

/// Key material that cannot be used: a bad PEM, JWK or JWK set. A configuration error rather
/// than a refused token. The message never contains the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyError {
    pub(super) message: String,
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
