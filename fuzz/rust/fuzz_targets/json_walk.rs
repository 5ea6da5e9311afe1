//! JSON helpers of `crates/clerk-core/src/json.rs` on arbitrary bytes: `check_utf8`, `line_column`,
//! `KeyIndex::get` / `get_raw` (escaped and plain keys), `peek_name`, `value_span`,
//! `jiter_failure`, and a full jiter walk.
//! Properties: nothing panics; `line_column` counts lines as the input does; a key written
//! with `\uXXXX` escapes finds the same fields as the key itself.
#![no_main]

use std::sync::OnceLock;

use clerk_core::json::{
    check_utf8, jiter_failure, line_column, peek_name, value_span,
    KeyIndex, MAX_DEPTH,
};
use jiter::{Jiter, JsonValue, PartialMode, Peek};
use libfuzzer_sys::fuzz_target;

/// Keys like a model's, with one key feeding two fields (as `provider_user_id` does).
const KEYS: &[&str] = &[
    "id", "object", "first_name", "provider_user_id", "provider_user_id", "a", "é", "\u{1F600}",
    "", "\u{0}", "with space", "back\\slash", "quote\"d",
];

fn index() -> &'static KeyIndex {
    static INDEX: OnceLock<KeyIndex> = OnceLock::new();
    INDEX.get_or_init(|| KeyIndex::new(KEYS.iter().copied()))
}

/// `key` with every UTF-16 unit written as `\uXXXX`: the raw text between JSON quotes.
fn escape_all(key: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(key.len() * 6);
    for unit in key.encode_utf16() {
        out.extend_from_slice(format!("\\u{unit:04x}").as_bytes());
    }
    out
}

/// The fields declared with exactly this key, first declared first (the reference answer).
fn declared(key: &str) -> Option<Vec<usize>> {
    let found: Vec<usize> = (0..KEYS.len()).filter(|&i| KEYS[i] == key).collect();
    (!found.is_empty()).then_some(found)
}

/// Finding F1 (see README.md), fixed: `KeyIndex::get` used to decode backslash escapes of an
/// already decoded key a second time. The check is always on now.
fn check_get_with_backslash() -> bool {
    true
}

fn check_key(key: &str) {
    let idx = index();
    let expected = declared(key);
    let expected = expected.as_deref();
    if !key.contains('\\') {
        assert_eq!(idx.get_raw(key.as_bytes()), expected, "get_raw({key:?})");
        assert_eq!(idx.get(key), expected, "get({key:?})");
    } else if check_get_with_backslash() {
        assert_eq!(idx.get(key), expected, "get({key:?}) on a key with a backslash");
    }
    if !key.is_empty() {
        assert_eq!(
            idx.get_raw(&escape_all(key)),
            expected,
            "the escaped form of {key:?} finds other fields"
        );
    }
}

fn check_line_column(data: &[u8], index: usize) {
    let (line, column) = line_column(data, index);
    let before = &data[..index.min(data.len())];
    assert_eq!(line, before.iter().filter(|&&b| b == b'\n').count() + 1);
    assert!(column >= 1 && column <= before.len() + 1);
}

/// Walk one value the way a model reader does: peek, then read or skip.
fn walk(jiter: &mut Jiter<'_>, data: &[u8], peek: Peek, depth: usize) -> jiter::JiterResult<()> {
    let _ = peek_name(peek);
    if depth > MAX_DEPTH {
        // Deep values are skipped in one go, as a field reader skips unknown values.
        return value_span(jiter, peek).map(|_| ());
    }
    match peek {
        Peek::Null => jiter.known_null(),
        Peek::True | Peek::False => jiter.known_bool(peek).map(|_| ()),
        Peek::String => jiter.known_str().map(|_| ()),
        Peek::Array => {
            let mut next = jiter.known_array()?;
            let mut i = 0usize;
            while let Some(p) = next {
                if i % 2 == 1 {
                    let (start, end) = value_span(jiter, p)?;
                    assert!(start <= end && end <= data.len());
                } else {
                    walk(jiter, data, p, depth + 1)?;
                }
                i += 1;
                next = jiter.array_step()?;
            }
            Ok(())
        }
        Peek::Object => {
            let mut key = jiter.known_object()?.map(str::to_owned);
            while let Some(k) = key {
                check_key(&k);
                let p = jiter.peek()?;
                walk(jiter, data, p, depth + 1)?;
                key = jiter.next_key()?.map(str::to_owned);
            }
            Ok(())
        }
        p if p.is_num() => jiter.known_number(p).map(|_| ()),
        _ => jiter.known_skip(peek),
    }
}

/// The same walk on raw key bytes (`next_object_bytes` / `next_key_bytes`), feeding them to
/// `get_raw` as the model reader does.
fn walk_raw_keys(data: &[u8]) -> jiter::JiterResult<()> {
    let mut jiter = Jiter::new(data);
    if jiter.peek()? != Peek::Object {
        return Ok(());
    }
    let mut key = jiter.next_object_bytes()?.map(<[u8]>::to_vec);
    while let Some(raw) = key {
        let found = index().get_raw(&raw);
        if let (false, Ok(s)) = (raw.contains(&b'\\'), std::str::from_utf8(&raw)) {
            assert_eq!(found, declared(s).as_deref());
        }
        jiter.next_skip()?;
        key = jiter.next_key_bytes()?.map(<[u8]>::to_vec);
    }
    jiter.finish()
}

fuzz_target!(|data: &[u8]| {
    let utf8 = check_utf8(data);
    assert_eq!(utf8.is_ok(), std::str::from_utf8(data).is_ok());
    if let Err(f) = &utf8 {
        let _ = (f.path(), f.detail());
    }

    // Arbitrary slices as raw keys: never panics.
    let _ = index().get_raw(data);
    for chunk in data.split(|&b| b == b'"') {
        let _ = index().get_raw(chunk);
    }

    // line_column at a few positions, including out of range ones.
    for i in [0, data.len() / 2, data.len(), data.len() + 7, usize::MAX] {
        check_line_column(data, i);
    }

    // The walk; a failure is turned into a message the way the crate does.
    let mut jiter = Jiter::new(data);
    let walked = jiter.peek().and_then(|p| walk(&mut jiter, data, p, 0)).and_then(|()| jiter.finish());
    if let Err(e) = &walked {
        check_line_column(data, e.index);
        let f = jiter_failure(e, data);
        let _ = (f.path(), f.detail(), f.to_string());
    }
    let _ = walk_raw_keys(data);

    // The whole-value parser.
    let _ = JsonValue::parse(data, false);
    let _ = JsonValue::parse_with_config(data, true, PartialMode::TrailingStrings);
});
