//! Webhook verification of `crates/clerk-core/src/webhook.rs` with fuzzed inputs.
//!
//! Input format (text, so seeds stay readable): a header block, a blank line, the body.
//!   line 0:        the signing secret given to `Secret::parse`
//!   line 1:        `<now> <tolerance>` (two integers; anything else picks them from the bytes)
//!   lines 2..:     header lines `name:value`, given to `SignedHeaders::from_pairs`
//!   after "\n\n":  the body (bytes; need not be UTF-8)
//! Properties: nothing panics; `verify` accepts the fuzzed headers only when the timestamp
//! is within the tolerance; and with a fixed secret, `sign` then `verify` round-trips for
//! the fuzzed id / timestamp / body (whichever header names, case and list position).
#![no_main]

use clerk_core::webhook::{parse_timestamp, verify, Reason, Secret, SignedHeaders};
use libfuzzer_sys::fuzz_target;

const FIXED_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

fn split_body(data: &[u8]) -> (&[u8], &[u8]) {
    match data.windows(2).position(|w| w == b"\n\n") {
        Some(i) => (&data[..i], &data[i + 2..]),
        None => (data, &[]),
    }
}

fn pair(line: &str) -> (&str, &str) {
    line.split_once(':').unwrap_or((line, ""))
}

fn now_and_tolerance(line: &str) -> (i64, i64) {
    let mut parts = line.split_whitespace().map(str::parse::<i64>);
    match (parts.next(), parts.next()) {
        (Some(Ok(now)), Some(Ok(tol))) => (now, tol),
        _ => {
            // Mix the bytes into two numbers so extreme values are reachable too.
            let mut a: i64 = 0;
            for (i, b) in line.bytes().enumerate() {
                a = a.rotate_left(7) ^ i64::from(b) ^ (i as i64);
            }
            (a, a.rotate_left(32) >> (line.len() % 64))
        }
    }
}

fn round_trip(id: &str, timestamp: i64, body: &[u8], variant: u8) {
    let secret = Secret::parse(FIXED_SECRET).unwrap();
    let ts = timestamp.to_string();
    let good = secret.sign(id, timestamp, body);
    // Put the good signature among others, and use either header family / any case.
    let signatures = match variant % 4 {
        0 => good.clone(),
        1 => format!("v1,AAAA v2,{} {good}", &good[3..]),
        2 => format!("{good} v1,{}", "x".repeat(good.len() - 3)),
        _ => format!("v1a,{} {good} ", &good[3..]),
    };
    let names: [&str; 3] = if variant & 4 == 0 {
        ["svix-id", "svix-timestamp", "svix-signature"]
    } else {
        ["Webhook-ID", "WEBHOOK-TIMESTAMP", "webhook-Signature"]
    };
    let headers = SignedHeaders::from_pairs([
        (names[0], id),
        (names[1], ts.as_str()),
        (names[2], signatures.as_str()),
    ]);
    let result = verify(&secret, &headers, body, timestamp, 0);
    let trimmed = id.trim_matches(|c| c == ' ' || c == '\t');
    if trimmed.is_empty() {
        assert_eq!(result.unwrap_err().reason, Reason::MissingHeaders);
    } else if timestamp < 0 {
        assert_eq!(result.unwrap_err().reason, Reason::InvalidTimestamp);
    } else if std::str::from_utf8(body).is_err() {
        assert_eq!(result.unwrap_err().reason, Reason::InvalidPayload);
    } else if trimmed != id {
        // The header value is trimmed, so the signature over the untrimmed id must not match.
        assert_eq!(result.unwrap_err().reason, Reason::NoMatchingSignature);
    } else {
        assert_eq!(result.unwrap(), (id.to_owned(), timestamp), "sign/verify round trip");
    }
}

fuzz_target!(|data: &[u8]| {
    let (head, body) = split_body(data);
    let head = String::from_utf8_lossy(head);
    let mut lines = head.split('\n');
    let secret_line = lines.next().unwrap_or("");
    let (now, tolerance) = now_and_tolerance(lines.next().unwrap_or(""));
    let pairs: Vec<(&str, &str)> = lines.map(pair).collect();

    let headers = SignedHeaders::from_pairs(pairs.iter().copied());
    for value in [&headers.id, &headers.timestamp, &headers.signature].into_iter().flatten() {
        assert!(!value.is_empty());
        assert_eq!(value.trim_matches(|c| c == ' ' || c == '\t'), value);
    }
    let parsed_ts = headers.timestamp.as_deref().map(parse_timestamp);
    for (_, value) in &pairs {
        if let Ok(ts) = parse_timestamp(value) {
            assert!(ts >= 0);
        }
    }

    // Whatever secret was given: verify never panics, and honours the tolerance.
    let secret = Secret::parse(secret_line);
    if let Ok(secret) = &secret {
        let result = verify(secret, &headers, body, now, tolerance);
        if let (Ok((_, ts)), Some(Ok(parsed))) = (&result, &parsed_ts) {
            assert_eq!(ts, parsed);
            assert!((i128::from(now) - i128::from(*ts)).abs() <= i128::from(tolerance));
        }
        let _ = secret.sign(headers.id.as_deref().unwrap_or(""), now, body);
    }

    // The round trip with a fixed secret, on the fuzzed id / timestamp / body.
    let variant = data.first().copied().unwrap_or(0) ^ (data.len() as u8);
    let id = headers.id.as_deref().unwrap_or(secret_line);
    let timestamp = match parsed_ts {
        Some(Ok(ts)) => ts,
        _ => now,
    };
    round_trip(id, timestamp, body, variant);
    if let Some((_, raw_id)) = pairs.first() {
        round_trip(raw_id, tolerance, body, variant.wrapping_add(1));
    }
});
