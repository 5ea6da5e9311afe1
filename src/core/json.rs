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
        _ => "invalid JSON",
    }
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
#[derive(Debug)]
pub struct KeyIndex {
    map: HashMap<&'static [u8], Vec<usize>, foldhash::fast::FixedState>,
}

impl KeyIndex {
    pub fn new(keys: impl IntoIterator<Item = &'static str>) -> Self {
        let mut map: HashMap<&'static [u8], Vec<usize>, _> =
            HashMap::with_hasher(foldhash::fast::FixedState::default());
        for (i, key) in keys.into_iter().enumerate() {
            map.entry(key.as_bytes()).or_default().push(i);
        }
        Self { map }
    }

    /// The positions of the fields read from `key`, first declared first.
    /// The positions of the fields read from an already decoded `key`.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&[usize]> {
        self.map.get(key.as_bytes()).map(Vec::as_slice)
    }

    /// The same for a key as it appears between the quotes in JSON text. A key written with
    /// escapes (`"\u0069d"`) is decoded first, so it still finds its field.
    #[inline]
    pub fn get_raw(&self, raw: &[u8]) -> Option<&[usize]> {
        if raw.contains(&b'\\') {
            return self.get_escaped(raw);
        }
        self.map.get(raw).map(Vec::as_slice)
    }

    #[cold]
    fn get_escaped(&self, raw: &[u8]) -> Option<&[usize]> {
        let mut quoted = Vec::with_capacity(raw.len() + 2);
        quoted.push(b'"');
        quoted.extend_from_slice(raw);
        quoted.push(b'"');
        let key = Jiter::new(&quoted).next_str().ok()?.to_owned();
        self.map.get(key.as_bytes()).map(Vec::as_slice)
    }

    /// The number of distinct keys.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
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

    #[test]
    fn one_key_can_feed_several_fields() {
        let idx = KeyIndex::new(["id", "provider_user_id", "provider_user_id"]);
        assert_eq!(idx.get("provider_user_id"), Some(&[1, 2][..]));
        assert_eq!(idx.len(), 2);
    }
}
