//! Svix / Standard Webhooks signature verification, as Clerk sends it. Pure Rust.
//!
//! signed content = `msg_id "." timestamp "." raw_body`, MAC = HMAC-SHA256 with the
//! base64-decoded secret, header = space-separated `v1,<base64>` entries.

use std::fmt;

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

use super::headers;

/// The secret's alphabet is standard base64; padding may be present or not.
const SECRET_ENGINE: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// The default tolerance between the signed timestamp and now, both ways, in seconds: the
/// Python API's default `tolerance_seconds` (exported to Python, which reads it from here).
pub const DEFAULT_TOLERANCE: i64 = 300;

/// Why verification failed. `as_str` gives the stable reason string Python sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// `svix-id`, `svix-timestamp` or `svix-signature` (or their `webhook-*` forms) is absent or empty.
    MissingHeaders,
    /// The timestamp header is not a whole number of seconds.
    InvalidTimestamp,
    /// The timestamp is older than the tolerance.
    TimestampTooOld,
    /// The timestamp is further in the future than the tolerance.
    TimestampTooNew,
    /// No `v1` signature in the header matches.
    NoMatchingSignature,
    /// The signing secret is empty or not base64.
    InvalidSecret,
    /// The body is not UTF-8 or not a JSON webhook event.
    InvalidPayload,
}

impl Reason {
    pub const ALL: [Reason; 7] = [
        Reason::MissingHeaders,
        Reason::InvalidTimestamp,
        Reason::TimestampTooOld,
        Reason::TimestampTooNew,
        Reason::NoMatchingSignature,
        Reason::InvalidSecret,
        Reason::InvalidPayload,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::MissingHeaders => "missing-headers",
            Reason::InvalidTimestamp => "invalid-timestamp",
            Reason::TimestampTooOld => "timestamp-too-old",
            Reason::TimestampTooNew => "timestamp-too-new",
            Reason::NoMatchingSignature => "no-matching-signature",
            Reason::InvalidSecret => "invalid-secret",
            Reason::InvalidPayload => "invalid-payload",
        }
    }
}

/// A verification failure: a reason and a message that never contains the secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookError {
    pub reason: Reason,
    pub message: String,
}

impl WebhookError {
    #[cold]
    pub fn new(reason: Reason, message: impl Into<String>) -> Self {
        Self {
            reason,
            message: message.into(),
        }
    }
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WebhookError {}

/// A decoded signing secret. Its `Debug` never shows the key.
#[derive(Clone)]
pub struct Secret {
    key: Vec<u8>,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl Secret {
    /// Decode `whsec_<base64>` (the prefix is optional). Surrounding ASCII whitespace is
    /// trimmed; anything else outside the standard base64 alphabet is an error, never dropped.
    pub fn parse(secret: &str) -> Result<Self, WebhookError> {
        let trimmed = secret.trim_matches(|c: char| c.is_ascii_whitespace());
        let encoded = trimmed.strip_prefix("whsec_").unwrap_or(trimmed);
        if encoded.is_empty() {
            return Err(WebhookError::new(
                Reason::InvalidSecret,
                "the webhook signing secret is empty",
            ));
        }
        let key = SECRET_ENGINE.decode(encoded).map_err(|_| {
            WebhookError::new(
                Reason::InvalidSecret,
                "the webhook signing secret is not valid base64 (expected whsec_ followed by standard base64)",
            )
        })?;
        if key.is_empty() {
            return Err(WebhookError::new(
                Reason::InvalidSecret,
                "the webhook signing secret is empty",
            ));
        }
        Ok(Self { key })
    }

    /// Use raw key bytes directly.
    pub fn from_key(key: Vec<u8>) -> Result<Self, WebhookError> {
        if key.is_empty() {
            return Err(WebhookError::new(
                Reason::InvalidSecret,
                "the webhook signing secret is empty",
            ));
        }
        Ok(Self { key })
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC accepts keys of any length, so this cannot fail.
        <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key).unwrap_or_else(|_| unreachable!())
    }

    /// The base64 HMAC of `msg_id.timestamp.payload`, without the `v1,` prefix.
    pub fn signature(&self, msg_id: &str, timestamp: i64, payload: &[u8]) -> String {
        let mut mac = self.mac();
        mac.update(msg_id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(payload);
        STANDARD.encode(mac.finalize().into_bytes())
    }

    /// The `svix-signature` header value for a message: `v1,<base64>`.
    pub fn sign(&self, msg_id: &str, timestamp: i64, payload: &[u8]) -> String {
        format!("v1,{}", self.signature(msg_id, timestamp, payload))
    }
}

/// Which family of header names a request's signature headers were taken from.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// `svix-id`, `svix-timestamp`, `svix-signature` (what Clerk sends).
    #[default]
    Svix,
    /// `webhook-id`, `webhook-timestamp`, `webhook-signature` (Standard Webhooks names).
    Webhook,
}

impl Family {
    /// The three header names of this family, in the order id, timestamp, signature.
    pub fn names(self) -> [&'static str; 3] {
        match self {
            Family::Svix => ["svix-id", "svix-timestamp", "svix-signature"],
            Family::Webhook => ["webhook-id", "webhook-timestamp", "webhook-signature"],
        }
    }

    /// The family and position (0 id, 1 timestamp, 2 signature) of a lower-case header name.
    fn slot(lower_name: &str) -> Option<(Family, usize)> {
        [Family::Svix, Family::Webhook]
            .into_iter()
            .find_map(|family| {
                family
                    .names()
                    .iter()
                    .position(|n| *n == lower_name)
                    .map(|i| (family, i))
            })
    }
}

/// Whether a header name is one of the six signature header names (names match by the rule
/// of [`headers`]).
pub fn is_signature_header(name: &str) -> bool {
    Family::slot(&headers::name_key(name)).is_some()
}

/// The three values a webhook request carries in its headers, all from one [`Family`].
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SignedHeaders {
    pub family: Family,
    pub id: Option<String>,
    pub timestamp: Option<String>,
    pub signature: Option<String>,
}

impl SignedHeaders {
    /// Pick the values from `(name, value)` pairs by the one header rule of [`headers`]:
    /// names match ASCII case-insensitively after trimming ASCII whitespace; values are
    /// trimmed of spaces and tabs, and an empty value counts as absent. When a header appears
    /// more than once, its first non-empty value is used.
    ///
    /// The three values always come from one family, never a mix: the `svix-*` set whenever
    /// any `svix-*` header has a value (a missing one is then reported missing, even if its
    /// `webhook-*` twin is there), and the `webhook-*` set only when no `svix-*` header has a
    /// value. So the verified id is always the one in the header the family names.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        // [svix-id, svix-timestamp, svix-signature], [webhook-id, webhook-timestamp, webhook-signature]
        let mut svix: [Option<&str>; 3] = [None; 3];
        let mut unbranded: [Option<&str>; 3] = [None; 3];
        for (name, value) in pairs {
            let Some(value) = headers::value(value) else {
                continue;
            };
            let Some((family, i)) = Family::slot(&headers::name_key(name)) else {
                continue;
            };
            let set = match family {
                Family::Svix => &mut svix,
                Family::Webhook => &mut unbranded,
            };
            set[i].get_or_insert(value);
        }
        let (family, set) =
            if svix.iter().any(Option::is_some) || unbranded.iter().all(Option::is_none) {
                (Family::Svix, svix)
            } else {
                (Family::Webhook, unbranded)
            };
        let [id, timestamp, signature] = set.map(|v| v.map(str::to_owned));
        Self {
            family,
            id,
            timestamp,
            signature,
        }
    }
}

/// A number of seconds as a person reads it: `42 s`, or `3 h 5 min (11100 s)` past a minute.
fn duration(seconds: i128) -> String {
    if seconds < 60 {
        return format!("{seconds} s");
    }
    let (days, hours, minutes) = (seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60);
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(format!("{days} d"));
    }
    if hours > 0 {
        parts.push(format!("{hours} h"));
    }
    if minutes > 0 {
        parts.push(format!("{minutes} min"));
    }
    format!("{} ({seconds} s)", parts.join(" "))
}

/// Parse a timestamp header: an optional `+`, then ASCII digits (a whole number of seconds).
pub fn parse_timestamp(value: &str) -> Result<i64, WebhookError> {
    let digits = value.strip_prefix('+').unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(WebhookError::new(
            Reason::InvalidTimestamp,
            "the webhook timestamp header is not a whole number of seconds",
        ));
    }
    digits.parse::<i64>().map_err(|_| {
        WebhookError::new(
            Reason::InvalidTimestamp,
            "the webhook timestamp header is out of range",
        )
    })
}

/// Verify a request: headers present, timestamp within `tolerance` seconds of `now` both
/// ways, body UTF-8, and one `v1` signature equal (in constant time) to ours.
/// Returns the message id and timestamp that were verified.
pub fn verify(
    secret: &Secret,
    headers: &SignedHeaders,
    payload: &[u8],
    now: i64,
    tolerance: i64,
) -> Result<(String, i64), WebhookError> {
    let (Some(id), Some(ts), Some(signatures)) =
        (&headers.id, &headers.timestamp, &headers.signature)
    else {
        let present = [
            headers.id.is_some(),
            headers.timestamp.is_some(),
            headers.signature.is_some(),
        ];
        let missing: Vec<&str> = headers
            .family
            .names()
            .into_iter()
            .zip(present)
            .filter(|(_, present)| !present)
            .map(|(name, _)| name)
            .collect();
        return Err(WebhookError::new(
            Reason::MissingHeaders,
            format!("missing required webhook headers: {}", missing.join(", ")),
        ));
    };
    let timestamp = parse_timestamp(ts)?;
    let age = i128::from(now) - i128::from(timestamp);
    if age > i128::from(tolerance) {
        return Err(WebhookError::new(
            Reason::TimestampTooOld,
            format!(
                "the webhook timestamp is too old: it is {} old, and the tolerance is {tolerance} s",
                duration(age)
            ),
        ));
    }
    if -age > i128::from(tolerance) {
        return Err(WebhookError::new(
            Reason::TimestampTooNew,
            format!(
                "the webhook timestamp is too far in the future: {} ahead of the clock, and the tolerance is {tolerance} s",
                duration(-age)
            ),
        ));
    }
    if std::str::from_utf8(payload).is_err() {
        return Err(WebhookError::new(
            Reason::InvalidPayload,
            "the webhook body is not UTF-8",
        ));
    }
    let expected = secret.signature(id, timestamp, payload);
    let mut matched = subtle::Choice::from(0u8);
    for entry in signatures.split(' ') {
        let Some((version, signature)) = entry.split_once(',') else {
            continue;
        };
        if version != "v1" || signature.len() != expected.len() {
            continue;
        }
        matched |= signature.as_bytes().ct_eq(expected.as_bytes());
    }
    if bool::from(matched) {
        Ok((id.clone(), timestamp))
    } else {
        Err(WebhookError::new(
            Reason::NoMatchingSignature,
            "no webhook signature matches the body",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_a_person_reads_them() {
        assert_eq!(duration(0), "0 s");
        assert_eq!(duration(59), "59 s");
        assert_eq!(duration(301), "5 min (301 s)");
        assert_eq!(duration(11_100), "3 h 5 min (11100 s)");
        assert_eq!(duration(90_000), "1 d 1 h (90000 s)");
    }

    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const TS: i64 = 1_614_265_330;
    const BODY: &[u8] = br#"{"test": 2432232314}"#;

    fn headers(id: &str, ts: &str, sig: &str) -> SignedHeaders {
        SignedHeaders::from_pairs([
            ("svix-id", id),
            ("svix-timestamp", ts),
            ("svix-signature", sig),
        ])
    }

    fn secret() -> Secret {
        Secret::parse(SECRET).unwrap()
    }

    fn vectors() -> serde_json::Value {
        serde_json::from_str(include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/webhook-signing-vectors.json"
        )))
        .unwrap()
    }

    /// Every signing vector in the reference file (upstream svix / Standard Webhooks suites).
    #[test]
    fn upstream_signing_vectors() {
        let all = vectors();
        let list = all["signing_vectors"].as_array().unwrap();
        assert_eq!(list.len(), 5);
        for v in list {
            let secret = Secret::parse(v["secret"].as_str().unwrap()).unwrap();
            let payload = match v["payload"].as_str() {
                Some(p) => p.as_bytes().to_vec(),
                None => {
                    let rep = &v["payload_repeat"];
                    let n = usize::try_from(rep["count"].as_u64().unwrap()).unwrap();
                    rep["char"].as_str().unwrap().repeat(n).into_bytes()
                }
            };
            let ts = v["timestamp"].as_i64().unwrap();
            let id = v["msg_id"].as_str().unwrap();
            let expected = v["expected_signature"].as_str().unwrap();
            assert_eq!(secret.sign(id, ts, &payload), expected, "{}", v["id"]);
            let h = headers(id, &ts.to_string(), expected);
            assert_eq!(
                verify(&secret, &h, &payload, ts, 300).unwrap(),
                (id.to_owned(), ts)
            );
        }
    }

    /// The decoy signatures of the upstream suites all fail for the canonical message,
    /// alone and next to each other.
    #[test]
    fn upstream_bad_signatures() {
        let all = vectors();
        let bad = all["known_bad_signatures_for_canonical_message"]
            .as_object()
            .unwrap();
        assert!(bad.len() >= 5);
        for sig in bad.keys() {
            let err =
                verify(&secret(), &headers(ID, &TS.to_string(), sig), BODY, TS, 300).unwrap_err();
            assert_eq!(err.reason, Reason::NoMatchingSignature, "{sig}");
        }
        let joined: Vec<&str> = bad.keys().map(String::as_str).collect();
        let err = verify(
            &secret(),
            &headers(ID, &TS.to_string(), &joined.join(" ")),
            BODY,
            TS,
            300,
        )
        .unwrap_err();
        assert_eq!(err.reason, Reason::NoMatchingSignature);
        let with_good = format!("{} {}", joined.join(" "), secret().sign(ID, TS, BODY));
        assert!(verify(
            &secret(),
            &headers(ID, &TS.to_string(), &with_good),
            BODY,
            TS,
            300
        )
        .is_ok());
    }

    #[test]
    fn rust_suite_vector() {
        let s = Secret::parse("whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD").unwrap();
        let body = br#"{"email":"test@example.com","username":"test_user"}"#;
        assert_eq!(
            s.sign("msg_27UH4WbU6Z5A5EzD8u03UvzRbpk", 1_649_367_553, body),
            "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw="
        );
    }

    #[test]
    fn secret_decoding_is_strict() {
        assert!(
            Secret::parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").is_ok(),
            "prefix is optional"
        );
        assert!(
            Secret::parse("  whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\n").is_ok(),
            "whitespace trimmed"
        );
        assert!(Secret::parse("whsec_dGVzdA").is_ok(), "unpadded");
        assert!(Secret::parse("whsec_dGVzdA==").is_ok(), "padded");
        for bad in [
            "",
            "whsec_",
            "   ",
            "whsec_MfKQ9r8G-YqrTwjUPD8ILPZIo2LaLaSw",
            "whsec_abc!",
            "whsec_a b",
        ] {
            let err = Secret::parse(bad).unwrap_err();
            assert_eq!(err.reason, Reason::InvalidSecret, "{bad:?}");
            assert!(
                !err.message.contains("MfKQ"),
                "secret leaked: {}",
                err.message
            );
        }
        assert_eq!(format!("{:?}", secret()), "Secret(<redacted>)");
    }

    #[test]
    fn several_signatures_and_unknown_versions() {
        let good = secret().sign(ID, TS, BODY);
        let sig = format!("v1a,xyz v2,{} junk v1,AAAA {good}", &good[3..]);
        assert!(verify(
            &secret(),
            &headers(ID, &TS.to_string(), &sig),
            BODY,
            TS,
            300
        )
        .is_ok());
        let wrong_version = format!("v2,{}", &good[3..]);
        let err = verify(
            &secret(),
            &headers(ID, &TS.to_string(), &wrong_version),
            BODY,
            TS,
            300,
        )
        .unwrap_err();
        assert_eq!(err.reason, Reason::NoMatchingSignature);
    }

    #[test]
    fn tampering_fails() {
        let good = secret().sign(ID, TS, BODY);
        let ts = TS.to_string();
        for (id, ts, body) in [
            ("msg_other", ts.as_str(), BODY),
            (ID, "1614265331", BODY),
            (ID, ts.as_str(), &br#"{"test": 2432232315}"#[..]),
            (
                ID,
                ts.as_str(),
                &br#"{"test": 2432232314}
"#[..],
            ),
        ] {
            let now: i64 = ts.parse().unwrap();
            let err = verify(&secret(), &headers(id, ts, &good), body, now, 300).unwrap_err();
            assert_eq!(err.reason, Reason::NoMatchingSignature);
        }
    }

    #[test]
    fn non_canonical_signature_is_rejected() {
        let good = secret().sign(ID, TS, BODY);
        // Flip the last base64 character's unused bits: decodes to the same bytes leniently.
        let mut bytes = good.into_bytes();
        let last = bytes.len() - 2; // before '='
        bytes[last] = if bytes[last] == b'E' { b'F' } else { b'E' };
        let sig = String::from_utf8(bytes).unwrap();
        let err = verify(
            &secret(),
            &headers(ID, &TS.to_string(), &sig),
            BODY,
            TS,
            300,
        )
        .unwrap_err();
        assert_eq!(err.reason, Reason::NoMatchingSignature);
    }

    #[test]
    fn timestamp_tolerance_both_ways_with_inclusive_boundary() {
        let good = secret().sign(ID, TS, BODY);
        let h = headers(ID, &TS.to_string(), &good);
        assert!(verify(&secret(), &h, BODY, TS + 300, 300).is_ok());
        assert!(verify(&secret(), &h, BODY, TS - 300, 300).is_ok());
        assert_eq!(
            verify(&secret(), &h, BODY, TS + 301, 300)
                .unwrap_err()
                .reason,
            Reason::TimestampTooOld
        );
        assert_eq!(
            verify(&secret(), &h, BODY, TS - 301, 300)
                .unwrap_err()
                .reason,
            Reason::TimestampTooNew
        );
        // Milliseconds look like a time far in the future.
        let ms = headers(ID, &(TS * 1000).to_string(), &good);
        assert_eq!(
            verify(&secret(), &ms, BODY, TS, 300).unwrap_err().reason,
            Reason::TimestampTooNew
        );
    }

    #[test]
    fn bad_timestamps() {
        for ts in [
            "",
            "abc",
            "1.5",
            "1e9",
            "-5",
            " 1 2",
            "99999999999999999999999",
            "0x10",
        ] {
            let h = headers(ID, ts, "v1,x");
            let err = verify(&secret(), &h, BODY, TS, 300).unwrap_err();
            let expected = if ts.is_empty() {
                Reason::MissingHeaders
            } else {
                Reason::InvalidTimestamp
            };
            assert_eq!(err.reason, expected, "{ts:?}");
        }
        assert_eq!(parse_timestamp("+0001614265330").unwrap(), TS);
        // Extreme values never overflow.
        let h = headers(ID, &i64::MAX.to_string(), "v1,x");
        assert_eq!(
            verify(&secret(), &h, BODY, i64::MIN, 300)
                .unwrap_err()
                .reason,
            Reason::TimestampTooNew
        );
    }

    #[test]
    fn missing_headers_are_named() {
        let h = SignedHeaders::from_pairs([("svix-id", ID)]);
        let err = verify(&secret(), &h, BODY, TS, 300).unwrap_err();
        assert_eq!(err.reason, Reason::MissingHeaders);
        assert_eq!(
            err.message,
            "missing required webhook headers: svix-timestamp, svix-signature"
        );
    }

    #[test]
    fn header_names_are_case_insensitive_and_svix_wins() {
        let good = secret().sign(ID, TS, BODY);
        let ts = TS.to_string();
        let h = SignedHeaders::from_pairs([
            ("Webhook-Id", "msg_other"),
            ("SVIX-ID", ID),
            ("Svix-Timestamp", ts.as_str()),
            ("svix-signature", ""),
            ("svix-signature", good.as_str()),
            ("webhook-signature", "v1,other"),
        ]);
        assert_eq!(h.family, Family::Svix);
        assert_eq!(h.id.as_deref(), Some(ID));
        assert_eq!(
            h.signature.as_deref(),
            Some(good.as_str()),
            "an empty value counts as absent"
        );
        assert_eq!(
            verify(&secret(), &h, BODY, TS, 300).unwrap(),
            (ID.to_owned(), TS)
        );
    }

    /// The three values come from one family: a `webhook-*` header never fills a gap in
    /// the `svix-*` set, blank or absent.
    #[test]
    fn header_families_are_never_mixed() {
        let good = secret().sign(ID, TS, BODY);
        let ts = TS.to_string();
        let full = [
            ("id", ID),
            ("timestamp", ts.as_str()),
            ("signature", good.as_str()),
        ];
        for (gap, _) in full {
            for blank in [None, Some("")] {
                let mut pairs: Vec<(String, &str)> = Vec::new();
                for (part, value) in full {
                    pairs.push((format!("webhook-{part}"), value));
                    if part != gap {
                        pairs.push((format!("svix-{part}"), value));
                    } else if let Some(blank) = blank {
                        pairs.push((format!("svix-{part}"), blank));
                    }
                }
                let h = SignedHeaders::from_pairs(pairs.iter().map(|(n, v)| (n.as_str(), *v)));
                assert_eq!(h.family, Family::Svix);
                let err = verify(&secret(), &h, BODY, TS, 300).unwrap_err();
                assert_eq!(err.reason, Reason::MissingHeaders, "{gap} {blank:?}");
                assert_eq!(
                    err.message,
                    format!("missing required webhook headers: svix-{gap}")
                );
            }
        }
        // With no svix-* value at all, the webhook-* set is used, and its gaps are named.
        let h = SignedHeaders::from_pairs([
            ("svix-id", " "),
            ("webhook-id", ID),
            ("webhook-signature", good.as_str()),
        ]);
        assert_eq!(h.family, Family::Webhook);
        let err = verify(&secret(), &h, BODY, TS, 300).unwrap_err();
        assert_eq!(
            err.message,
            "missing required webhook headers: webhook-timestamp"
        );
        let h = SignedHeaders::from_pairs([
            ("webhook-id", ID),
            ("webhook-timestamp", ts.as_str()),
            ("webhook-signature", good.as_str()),
        ]);
        assert_eq!(
            verify(&secret(), &h, BODY, TS, 300).unwrap(),
            (ID.to_owned(), TS)
        );
    }

    /// Names are trimmed of ASCII whitespace only: `svix-id` followed by a no-break space
    /// (or an em space) is another header, which a framework's `headers.get("svix-id")`
    /// would not find either.
    #[test]
    fn header_names_are_trimmed_of_ascii_whitespace_only() {
        let good = secret().sign(ID, TS, BODY);
        let ts = TS.to_string();
        let h = SignedHeaders::from_pairs([
            (" svix-id\t", ID),
            ("\r\nsvix-timestamp ", ts.as_str()),
            ("svix-signature\n", good.as_str()),
        ]);
        assert_eq!(
            verify(&secret(), &h, BODY, TS, 300).unwrap(),
            (ID.to_owned(), TS)
        );
        for odd in [
            "svix-id\u{a0}",
            "\u{2003}svix-id",
            "svix-id\u{3000}",
            "svix-id\u{85}",
        ] {
            assert!(!is_signature_header(odd), "{odd:?}");
            let h = SignedHeaders::from_pairs([
                (odd, "msg_other"),
                ("svix-id", ID),
                ("svix-timestamp", ts.as_str()),
                ("svix-signature", good.as_str()),
            ]);
            assert_eq!(h.id.as_deref(), Some(ID), "{odd:?}");
            let alone = SignedHeaders::from_pairs([
                (odd, ID),
                ("svix-timestamp", ts.as_str()),
                ("svix-signature", good.as_str()),
            ]);
            assert_eq!(
                verify(&secret(), &alone, BODY, TS, 300).unwrap_err().reason,
                Reason::MissingHeaders,
                "{odd:?}"
            );
        }
        assert!(is_signature_header(" Webhook-Signature "));
        assert!(!is_signature_header("svix-ids"));
    }

    #[test]
    fn non_utf8_body_is_invalid_payload() {
        let body = b"{\"a\": \"\xff\"}";
        let good = secret().sign(ID, TS, body);
        let err = verify(
            &secret(),
            &headers(ID, &TS.to_string(), &good),
            body,
            TS,
            300,
        )
        .unwrap_err();
        assert_eq!(err.reason, Reason::InvalidPayload);
    }

    #[test]
    fn reasons_are_distinct_strings() {
        let mut names: Vec<&str> = Reason::ALL.iter().map(|r| r.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Reason::ALL.len());
    }
}
