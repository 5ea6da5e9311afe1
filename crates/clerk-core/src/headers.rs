//! The one rule by which a request header is looked up, for webhooks, session tokens and the
//! CLI alike.
//!
//! A request's headers come as `(name, value)` pairs, in order, duplicates allowed. A header
//! `name` is found as follows:
//!
//! - a pair's name matches when it equals `name` after surrounding ASCII whitespace is removed
//!   and ASCII letters are lower-cased ([`name_key`]); no other Unicode case folding, so
//!   `"\u{212a}"` (the Kelvin sign) never matches `k`;
//! - a value is trimmed of surrounding spaces and tabs (HTTP's optional whitespace), and an
//!   empty value counts as absent ([`value`]);
//! - when the name appears more than once, the first non-empty value wins ([`first`]).
//!
//! Names and values that are bytes are Latin-1 (HTTP's own encoding); the bindings decode them
//! before they reach this module.

/// A header name as matched: surrounding ASCII whitespace removed (never other Unicode
/// whitespace, which no HTTP stack strips either), then ASCII lower-cased.
pub fn name_key(name: &str) -> String {
    name.trim_matches(|c: char| c.is_ascii_whitespace())
        .to_ascii_lowercase()
}

/// Whether a header name is `lower_name` (which is lower-case) under [`name_key`], without
/// allocating.
pub fn name_is(name: &str, lower_name: &str) -> bool {
    name.trim_matches(|c: char| c.is_ascii_whitespace())
        .eq_ignore_ascii_case(lower_name)
}

/// A header value as used: trimmed of surrounding spaces and tabs; `None` when that leaves
/// nothing (an empty header is an absent one).
pub fn value(raw: &str) -> Option<&str> {
    let trimmed = raw.trim_matches(|c: char| c == ' ' || c == '\t');
    (!trimmed.is_empty()).then_some(trimmed)
}

/// The value of header `lower_name` (lower-case) among `(name, value)` pairs: the first
/// non-empty one, trimmed, by the rule of this module.
pub fn first<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    lower_name: &str,
) -> Option<&'a str> {
    pairs
        .into_iter()
        .filter(|(name, _)| name_is(name, lower_name))
        .find_map(|(_, raw)| value(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_ascii_case_insensitively_after_trimming() {
        assert_eq!(name_key("  Authorization\t"), "authorization");
        assert!(name_is("AUTHORIZATION", "authorization"));
        assert!(name_is(" authorization ", "authorization"));
        // Only ASCII case folds: the Kelvin sign is not `k`, a non-breaking space is not trimmed.
        assert!(!name_is("coo\u{212a}ie", "cookie"));
        assert!(!name_is("\u{a0}cookie", "cookie"));
        assert_eq!(name_key("\u{a0}Cookie"), "\u{a0}cookie");
    }

    #[test]
    fn values_are_trimmed_and_empty_ones_are_absent() {
        assert_eq!(value(" \tBearer t \t"), Some("Bearer t"));
        assert_eq!(value(""), None);
        assert_eq!(value(" \t "), None);
        // Only spaces and tabs are HTTP whitespace.
        assert_eq!(value("\u{a0}x"), Some("\u{a0}x"));
    }

    #[test]
    fn the_first_non_empty_duplicate_wins() {
        let pairs = [
            ("Cookie", "a=1"),
            ("authorization", ""),
            ("Authorization", " Bearer t"),
            ("AUTHORIZATION", "Bearer u"),
        ];
        assert_eq!(first(pairs, "authorization"), Some("Bearer t"));
        assert_eq!(first(pairs, "cookie"), Some("a=1"));
        assert_eq!(first(pairs, "x-missing"), None);
        assert_eq!(first([("authorization", "  ")], "authorization"), None);
    }
}
