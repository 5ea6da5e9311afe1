//! Key parsing of `crates/clerk-core/src/jwt/` on arbitrary text: `RsaKey::from_pem`, `from_jwk`,
//! `Jwks::from_json`, and (on the raw bytes) `from_spki_der` / `from_pkcs1_der`.
//! Properties: nothing panics; an accepted key has 2048 to 8192 bits, and its JWK
//! (`to_jwk`) parses back to a key with the same thumbprint; a JWK set's keys are found
//! by their `kid`.
#![no_main]

use clerk_core::jwt::{Jwks, RsaKey, MAX_KEY_BITS, MIN_KEY_BITS};
use libfuzzer_sys::fuzz_target;

fn check_key(key: &RsaKey) {
    assert!((MIN_KEY_BITS..=MAX_KEY_BITS).contains(&key.bits()), "{key:?}");
    let jwk = key.to_jwk();
    let again = RsaKey::from_jwk(&jwk).expect("to_jwk output parses");
    assert_eq!(again.thumbprint(), key.thumbprint());
    assert_eq!(again.bits(), key.bits());
    let _ = key.verify(b"header.payload", &[0u8; 256]);
    let _ = format!("{key:?}");
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(key) = RsaKey::from_pem(&text) {
        check_key(&key);
    }
    if let Ok(key) = RsaKey::from_jwk(&text) {
        check_key(&key);
    }
    match Jwks::from_json(&text) {
        Ok(jwks) => {
            assert_eq!(jwks.is_empty(), jwks.len() == 0);
            let kids: Vec<String> = jwks.kids().map(str::to_owned).collect();
            for kid in &kids {
                assert!(jwks.contains(kid));
                if let Ok(key) = jwks.get(kid) {
                    check_key(key);
                }
            }
            let _ = jwks.get("no-such-kid-\u{0}");
        }
        Err(e) => {
            let _ = (e.message(), e.to_string());
        }
    }
    if let Ok(key) = RsaKey::from_spki_der(data) {
        check_key(&key);
    }
    if let Ok(key) = RsaKey::from_pkcs1_der(data) {
        check_key(&key);
    }
});
