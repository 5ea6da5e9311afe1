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

#[cfg(test)]
#[macro_use]
mod test_support;

mod claims;
mod decode;
mod error;
mod json;
mod jwks;
mod keys;
mod kind;
mod verify;

// The public API of the module; the modules see each other's items through these and the
// glob imports below (each module starts with `use super::*`).
pub use claims::{org_permissions, split_by_scope, Scoped, SessionClaims};
pub use decode::{decode, Decoded, Header};
pub use error::{KeyError, Reason, TokenError};
pub use json::Members;
pub use jwks::{Jwks, KeySource};
pub use keys::RsaKey;
pub use kind::{classify, TokenKind, TokenType};
pub use verify::{
    check_before_key, check_claims, check_header, classify_session_token, decode_session_token,
    verify, verify_decoded, verify_machine_jwt, verify_signature_only, Verified, VerifyOptions,
};

use error::*;
use json::*;
use kind::*;

#[cfg(test)]
mod tests {
    use super::*;

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
