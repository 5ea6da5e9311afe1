//! JSON helpers on top of `jiter`'s pull parser.

use std::collections::HashMap;

use jiter::{Jiter, JiterError, JiterErrorType, JsonErrorType, Peek};

use super::failure::{Failure, FailureKind};

/// How deep JSON may nest inside one field's value (jiter's own limit for skipping).
pub const MAX_DEPTH: usize = 200;

/// How deep a whole input may nest when it is copied or rebuilt for `raw`: more than
/// [`MAX_DEPTH`], so that models nested inside each other never eat a field's budget.
pub const MAX_RAW_DEPTH: usize = 1000;

/// The 1-based line and column (in characters, as Python's `json` counts them) of byte `index`.
pub fn line_column(data: &[u8], index: usize) -> (usize, usize) {
    let index = index.min(data.len());
    let before = &data[..index];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The JSON type name of the value that starts with `peek`, as error messages print it.
pub fn peek_name(peek: Peek) -> &'static str {
    match peek {
        Peek::Null => "null",
        Peek::True | Peek::False => "bool",
        Peek::String => "string",
        Peek::Array => "array",
        Peek::Object => "object",
        p if p.is_num() || p == Peek::Infinity || p == Peek::NaN => "number",
        _ => INVALID,
    }
}

/// What [`peek_name`] says of a byte that starts no JSON value.
pub const INVALID: &str = "invalid JSON";

/// Text that is not JSON at byte `index` of `data` (where a value should start).
#[cold]
pub fn invalid_json_at(data: &[u8], index: usize) -> Failure {
    let (line, column) = line_column(data, index);
    Failure::new(FailureKind::InvalidJson {
        message: "expected value".to_owned(),
        line,
        column,
    })
}

/// Turn a jiter error into a failure that names the line and column in `data`.
#[cold]
pub fn jiter_failure(err: &JiterError, data: &[u8]) -> Failure {
    match &err.error_type {
        JiterErrorType::JsonError(JsonErrorType::RecursionLimitExceeded) => {
            Failure::new(FailureKind::TooDeep { limit: MAX_DEPTH })
        }
        other => {
            let (line, column) = line_column(data, err.index);
            Failure::new(FailureKind::InvalidJson {
                message: other.to_string(),
                line,
                column,
            })
        }
    }
}

/// Check that `data` is UTF-8. jiter skips unknown values without checking their strings,
/// so this runs once over the whole input.
pub fn check_utf8(data: &[u8]) -> Result<(), Failure> {
    match std::str::from_utf8(data) {
        Ok(_) => Ok(()),
        Err(e) => Err(Failure::new(FailureKind::InvalidUtf8 {
            index: e.valid_up_to(),
        })),
    }
}

/// Skip the value that starts with `peek` and return its byte range in the input.
pub fn value_span(jiter: &mut Jiter<'_>, peek: Peek) -> Result<(usize, usize), JiterError> {
    let start = jiter.current_index();
    jiter.known_skip(peek)?;
    Ok((start, jiter.current_index()))
}

/// Maps the JSON keys of one model to the positions of the fields read from them.
/// Usually one field per key; a key may feed several fields (the reference reads
/// `provider_user_id` into both `externalId` and `providerUserId`, for example).
///
/// Lookups run once per key of every parsed object, so they avoid general hashing: each key
/// has a fingerprint (its length and its first and last 8 bytes), and a multiplier chosen when
/// the index is built sends every declared key's fingerprint to a slot of its own in a small
/// table. A lookup is then one multiply, one table read and a comparison with the one key that
/// can match. Should no multiplier separate the keys, a hash map is used instead.
#[derive(Debug)]
pub struct KeyIndex {
    /// The distinct keys, in first-declared order.
    entries: Vec<Entry>,
    /// `slots[slot(fingerprint)]` is 1 + the index in `entries` of the only key that can sit
    /// there, or 0 for none. Empty when `fallback` is used.
    slots: Vec<u8>,
    multiplier: u64,
    shift: u32,
    fallback: Option<HashMap<&'static [u8], usize, foldhash::fast::FixedState>>,
}

#[derive(Debug)]
struct Entry {
    key: &'static [u8],
    /// The parts of the key that [`Fingerprint`] compares first.
    print: Fingerprint,
    /// Whether the key contains a backslash: then its JSON text differs from the key itself.
    backslash: bool,
    positions: Vec<usize>,
}

/// The length, the first 8, the last 8 and (past 16 bytes) the middle 8 bytes of a key, as
/// little-endian numbers (zero-filled when the key is shorter). Two keys of at most
/// [`COVERED`] bytes are equal exactly when these are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: usize,
    head: u64,
    tail: u64,
    mid: u64,
}

/// Up to this length, a [`Fingerprint`] holds every byte of the key.
const COVERED: usize = 24;

impl Fingerprint {
    #[inline]
    fn of(key: &[u8]) -> Self {
        let len = key.len();
        match (key.first_chunk::<8>(), key.last_chunk::<8>()) {
            (Some(head), Some(tail)) => Self {
                len,
                head: u64::from_le_bytes(*head),
                tail: u64::from_le_bytes(*tail),
                mid: match key.get(len / 2 - 4..).and_then(<[u8]>::first_chunk::<8>) {
                    Some(mid) if len > 16 => u64::from_le_bytes(*mid),
                    _ => 0,
                },
            },
            _ => Self {
                len,
                head: short_word(key),
                tail: 0,
                mid: 0,
            },
        }
    }

    #[inline]
    fn mix(self) -> u64 {
        (self.head ^ self.tail.rotate_left(29) ^ self.mid.rotate_left(43))
            .wrapping_add((self.len as u64) << 56 | self.len as u64)
    }
}

/// A key of fewer than 8 bytes as one number that, for keys of one length, differs exactly when
/// the keys do. Without a loop: two overlapping 4-byte reads cover 4 to 7 bytes, and the first,
/// middle and last bytes cover 1 to 3.
#[inline]
fn short_word(bytes: &[u8]) -> u64 {
    let len = bytes.len();
    match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (Some(head), Some(tail)) => {
            u64::from(u32::from_le_bytes(*head)) | u64::from(u32::from_le_bytes(*tail)) << 32
        }
        _ => match (bytes.first(), bytes.get(len / 2), bytes.last()) {
            (Some(&a), Some(&b), Some(&c)) => u64::from(a) | u64::from(b) << 8 | u64::from(c) << 16,
            _ => 0,
        },
    }
}

/// How many multipliers are tried per table size before the table doubles.
const TRIES: u64 = 2_000;

impl KeyIndex {
    pub fn new(keys: impl IntoIterator<Item = &'static str>) -> Self {
        let mut entries: Vec<Entry> = Vec::new();
        for (i, key) in keys.into_iter().enumerate() {
            let key = key.as_bytes();
            match entries.iter_mut().find(|e| e.key == key) {
                Some(e) => e.positions.push(i),
                None => entries.push(Entry {
                    key,
                    print: Fingerprint::of(key),
                    backslash: key.contains(&b'\\'),
                    positions: vec![i],
                }),
            }
        }
        let mut index = Self {
            entries,
            slots: Vec::new(),
            multiplier: 0,
            shift: 0,
            fallback: None,
        };
        if !index.place() {
            let map = index.entries.iter().enumerate().map(|(i, e)| (e.key, i));
            index.fallback = Some(map.collect());
        }
        index
    }

    /// Find a table size and multiplier that give every key its own slot.
    fn place(&mut self) -> bool {
        let mixes: Vec<u64> = self.entries.iter().map(|e| e.print.mix()).collect();
        let n = mixes.len();
        if n >= usize::from(u8::MAX) {
            return false;
        }
        let mut distinct = mixes.clone();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() != n {
            return false;
        }
        let mut bits = (n.max(2) * 8).next_power_of_two().trailing_zeros();
        let mut state = 0x243F_6A88_85A3_08D3_u64;
        while bits <= 12 {
            let shift = 64 - bits;
            for _ in 0..TRIES {
                let multiplier = splitmix(&mut state) | 1;
                let mut slots = vec![0u8; 1 << bits];
                let fits = mixes.iter().enumerate().all(|(i, &m)| {
                    let slot = &mut slots[(m.wrapping_mul(multiplier) >> shift) as usize];
                    let free = *slot == 0;
                    // `n` < 255, so `i + 1` fits.
                    *slot = u8::try_from(i + 1).unwrap_or(u8::MAX);
                    free
                });
                if fits {
                    self.slots = slots;
                    self.multiplier = multiplier;
                    self.shift = shift;
                    return true;
                }
            }
            bits += 1;
        }
        false
    }

    #[inline(always)]
    fn find(&self, key: &[u8]) -> Option<&Entry> {
        if let Some(map) = &self.fallback {
            return map.get(key).map(|&i| &self.entries[i]);
        }
        let print = Fingerprint::of(key);
        let slot = (print.mix().wrapping_mul(self.multiplier) >> self.shift) as usize;
        let e = &self.entries[usize::from(*self.slots.get(slot)?).checked_sub(1)?];
        let same = e.print == print && (key.len() <= COVERED || e.key[8..] == key[8..]);
        same.then_some(e)
    }

    /// The positions of the fields read from an already decoded `key`, first declared first.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&[usize]> {
        self.find(key.as_bytes()).map(|e| e.positions.as_slice())
    }

    /// The same for a key as it appears between the quotes in JSON text. A key written with
    /// escapes (`"\u0069d"`) is decoded first, so it still finds its field.
    #[inline]
    pub fn get_raw(&self, raw: &[u8]) -> Option<&[usize]> {
        match self.find(raw) {
            // The text equals a key without a backslash, so it has no escapes either.
            Some(e) if !e.backslash => Some(e.positions.as_slice()),
            _ if raw.contains(&b'\\') => self.get_escaped(raw),
            _ => None,
        }
    }

    #[cold]
    fn get_escaped(&self, raw: &[u8]) -> Option<&[usize]> {
        let mut quoted = Vec::with_capacity(raw.len() + 2);
        quoted.push(b'"');
        quoted.extend_from_slice(raw);
        quoted.push(b'"');
        let key = Jiter::new(&quoted).next_str().ok()?.to_owned();
        self.get(&key)
    }

    /// The number of distinct keys.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether the index fell back to a hash map (no multiplier separated its keys).
    pub fn uses_fallback(&self) -> bool {
        self.fallback.is_some()
    }
}

/// The next number of a fixed pseudo-random sequence (SplitMix64), for trying multipliers.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_peek() {
        let cases: &[(&[u8], &str)] = &[
            (b"null", "null"),
            (b"true", "bool"),
            (b"false", "bool"),
            (b"\"x\"", "string"),
            (b"[]", "array"),
            (b"{}", "object"),
            (b"-1", "number"),
            (b"12", "number"),
        ];
        for (json, name) in cases {
            let mut j = Jiter::new(json);
            assert_eq!(
                peek_name(j.peek().unwrap()),
                *name,
                "{:?}",
                std::str::from_utf8(json)
            );
        }
    }

    #[test]
    fn span_covers_the_whole_value() {
        let data = br#"{"a": {"b": [1, 2, "x"]}, "c": 3}"#;
        let mut j = Jiter::new(data);
        assert_eq!(j.next_object().unwrap(), Some("a"));
        let peek = j.peek().unwrap();
        let (s, e) = value_span(&mut j, peek).unwrap();
        assert_eq!(&data[s..e], br#"{"b": [1, 2, "x"]}"#);
        assert_eq!(j.next_key().unwrap(), Some("c"));
    }

    #[test]
    fn span_of_a_string_includes_quotes() {
        let data = br#"{"a":   "hi"}"#;
        let mut j = Jiter::new(data);
        j.next_object().unwrap();
        let peek = j.peek().unwrap();
        let (s, e) = value_span(&mut j, peek).unwrap();
        assert_eq!(&data[s..e], br#""hi""#);
    }

    #[test]
    fn invalid_json_reports_line_and_column() {
        let data = b"{\n  \"a\": 1,\n  \"b\" 2\n}";
        let mut j = Jiter::new(data);
        let err = (|| -> Result<(), JiterError> {
            j.next_object()?;
            j.next_skip()?;
            j.next_key()?;
            Ok(())
        })()
        .unwrap_err();
        let f = jiter_failure(&err, data);
        match f.kind {
            FailureKind::InvalidJson { line, column, .. } => {
                assert_eq!(line, 3);
                assert_eq!(column, 7);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn columns_count_characters_from_one() {
        assert_eq!(line_column(b"", 0), (1, 1));
        assert_eq!(line_column(b"abc", 2), (1, 3));
        assert_eq!(line_column("{\"a\": \"😀\", x}".as_bytes(), 14), (1, 12));
        assert_eq!(line_column(b"a\nbc", 4), (2, 3));
        assert_eq!(line_column(b"a\n", 2), (2, 1));
    }

    #[test]
    fn deep_nesting_is_a_failure_not_a_crash() {
        let mut data = vec![b'['; 100_000];
        data.extend(vec![b']'; 100_000]);
        let mut j = Jiter::new(&data);
        let err = j.next_skip().unwrap_err();
        assert_eq!(
            jiter_failure(&err, &data).kind,
            FailureKind::TooDeep { limit: MAX_DEPTH }
        );
    }

    #[test]
    fn utf8_check_finds_the_bad_byte() {
        assert!(check_utf8("héllo".as_bytes()).is_ok());
        let bad = b"{\"a\": \"\xff\"}";
        assert_eq!(
            check_utf8(bad).unwrap_err().kind,
            FailureKind::InvalidUtf8 { index: 7 }
        );
    }

    #[test]
    fn key_index_maps_keys_to_positions() {
        let idx = KeyIndex::new(["id", "type", "created_at"]);
        assert_eq!(idx.get("type"), Some(&[1][..]));
        assert_eq!(idx.get("created_at"), Some(&[2][..]));
        assert_eq!(idx.get("nope"), None);
        assert_eq!(idx.len(), 3);
    }

    #[test]
    fn decoded_keys_are_not_decoded_again() {
        // Found by fuzzing (fuzz/rust/regressions/json_walk/).
        let idx = KeyIndex::new(["id", "back\\slash"]);
        assert_eq!(idx.get("\\u0069d"), None);
        assert_eq!(idx.get("back\\slash"), Some(&[1][..]));
        assert_eq!(idx.get_raw(br"back\\slash"), Some(&[1][..]));
    }

    #[test]
    fn raw_keys_with_escapes_are_decoded() {
        let idx = KeyIndex::new(["id", "type"]);
        assert_eq!(idx.get_raw(b"id"), Some(&[0][..]));
        assert_eq!(idx.get_raw(br"\u0069d"), Some(&[0][..]));
        assert_eq!(idx.get_raw(br"ty\u0070e"), Some(&[1][..]));
        assert_eq!(idx.get_raw(br"i\\d"), None);
    }

    /// Every lookup of `idx` agrees with a plain search of the declared keys.
    fn check_against_search(keys: &[&'static str], idx: &KeyIndex, probes: &[&str]) {
        for probe in keys.iter().chain(probes) {
            let expected: Vec<usize> = (0..keys.len()).filter(|&i| keys[i] == *probe).collect();
            let expected = (!expected.is_empty()).then_some(expected.as_slice());
            assert_eq!(idx.get(probe), expected, "get({probe:?})");
            if !probe.contains('\\') {
                assert_eq!(
                    idx.get_raw(probe.as_bytes()),
                    expected,
                    "get_raw({probe:?})"
                );
            }
        }
    }

    #[test]
    fn lookups_match_a_plain_search() {
        let keys: &[&'static str] = &[
            "id",
            "object",
            "",
            "a",
            "ab",
            "abcdefg",
            "abcdefgh",
            "abcdefghi",
            "created_at",
            "updated_at",
            "primary_email_address_id",
            "primary_phone_number_id",
            "primary_web3_wallet_id",
            "x_0123456789abcdef_y",
            "x_0123456789abcdeg_y",
            "é",
            "😀",
            "verification_attempts_remaining",
            "verification_attempts_remaininh",
            "aaaaaaaa_one_cccccccccccc_bbbbbbbb",
        ];
        let idx = KeyIndex::new(keys.iter().copied());
        assert!(!idx.uses_fallback());
        let probes = [
            "i",
            "idd",
            "Id",
            "objecT",
            "abcdefgi",
            "bbcdefgh",
            "created_az",
            "primary_email_address_iD",
            "primary_email_address_id ",
            "x_0123456789abcdeh_y",
            "x_0123456789abcdef_z",
            r"\u0069d",
            "verification_attempts_remainin",
            "verificatioN_attempts_remaining",
            "aaaaaaaa_two_cccccccccccc_bbbbbbbb",
        ];
        check_against_search(keys, &idx, &probes);
    }

    #[test]
    fn keys_that_no_multiplier_separates_use_a_hash_map() {
        // Same length and the same first, middle and last 8 bytes: the same fingerprint.
        let keys: &[&'static str] = &[
            "aaaaaaaa_one_cccccccccccc_bbbbbbbb",
            "aaaaaaaa_two_cccccccccccc_bbbbbbbb",
            "id",
        ];
        let idx = KeyIndex::new(keys.iter().copied());
        assert!(idx.uses_fallback());
        check_against_search(keys, &idx, &["aaaaaaaa_six_cccccccccccc_bbbbbbbb", "i"]);
        assert_eq!(idx.get_raw(br"\u0069d"), Some(&[2][..]));
    }

    #[test]
    fn many_keys_get_slots_of_their_own() {
        let owned: Vec<&'static str> = (0..200)
            .map(|i| &*Box::leak(format!("field_number_{i}_of_many").into_boxed_str()))
            .collect();
        let idx = KeyIndex::new(owned.iter().copied());
        assert!(!idx.uses_fallback());
        check_against_search(
            &owned,
            &idx,
            &["field_number_200_of_many", "field_number_1_of_man"],
        );
    }

    #[test]
    fn short_keys_have_fingerprints_of_their_own() {
        // Every key of 0 to 7 bytes drawn from a small alphabet, against every other of its
        // length: two fingerprints are equal exactly when the keys are.
        let alphabet = [b'a', b'b', 0xC3];
        for len in 0..=7u32 {
            let keys: Vec<Vec<u8>> = (0..3usize.pow(len))
                .map(|mut n| {
                    (0..len)
                        .map(|_| {
                            let b = alphabet[n % 3];
                            n /= 3;
                            b
                        })
                        .collect()
                })
                .collect();
            let mut prints: Vec<u64> = keys.iter().map(|k| short_word(k)).collect();
            prints.sort_unstable();
            prints.dedup();
            assert_eq!(prints.len(), keys.len(), "length {len}");
        }
    }

    #[test]
    fn one_key_can_feed_several_fields() {
        let idx = KeyIndex::new(["id", "provider_user_id", "provider_user_id"]);
        assert_eq!(idx.get("provider_user_id"), Some(&[1, 2][..]));
        assert_eq!(idx.len(), 2);
    }
}
