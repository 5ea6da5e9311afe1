//! The `Cookie` request header, read the way `@clerk/backend` reads it: with the `cookie`
//! package's `parse` (v1.1.1), in one pass. No PyO3.
//!
//! - Pairs are separated by `;`. A pair without `=` is skipped; the name is what comes before
//!   the first `=`, the value everything after it (so a value may hold `=`).
//! - Spaces and tabs around the name and the value are dropped; nothing else is.
//! - **The first pair of a name wins**: a later duplicate (a cookie tossed in from a sibling
//!   subdomain, which browsers send after the host's own) cannot replace it.
//! - A value holding `%` is percent-decoded as `decodeURIComponent` does; when that fails (a
//!   `%` not followed by two hex digits, or bytes that are not UTF-8) the value is kept as sent.
//! - Names are not special: `expires`, `path` or `secure` are cookies like any other (Python's
//!   `SimpleCookie` takes them for attributes and drops what follows).
//! - One difference: a value wrapped in double quotes loses that one pair of quotes (as the
//!   `cookie` package did before 1.0, and as Starlette, Werkzeug and Django do), so the
//!   Cookie header and a framework's `request.cookies` agree. Backslashes are not unescaped.
//! - A header longer than [`MAX_COOKIE_HEADER_LEN`] bytes is not read at all: no cookies.

use std::borrow::Cow;
use std::collections::HashSet;

/// The longest `Cookie` header read, in bytes: 64 KiB, the longest session token accepted
/// (`jwt::MAX_TOKEN_LEN`) plus room for other cookies is more than any browser sends (4 KiB a
/// cookie) and than most servers accept (8 to 16 KiB for a header).
pub const MAX_COOKIE_HEADER_LEN: usize = 64 * 1024;

/// Every cookie of a `Cookie` header, in order, the first of each name only. `None` when the
/// header is longer than [`MAX_COOKIE_HEADER_LEN`]. Linear in the header's length.
pub fn parse(header: &str) -> Option<Vec<(&str, Cow<'_, str>)>> {
    if header.len() > MAX_COOKIE_HEADER_LEN {
        return None;
    }
    let mut cookies = Vec::new();
    let mut seen = HashSet::new();
    for (name, value) in pairs(header) {
        if seen.insert(name) {
            cookies.push((name, decode(value)));
        }
    }
    Some(cookies)
}

/// The value of the first cookie named `name`, without building the others. `None` when
/// there is none, or when the header is longer than [`MAX_COOKIE_HEADER_LEN`].
pub fn get<'a>(header: &'a str, name: &str) -> Option<Cow<'a, str>> {
    if header.len() > MAX_COOKIE_HEADER_LEN {
        return None;
    }
    pairs(header)
        .find(|(n, _)| *n == name)
        .map(|(_, v)| decode(v))
}

/// The `(name, raw value)` pairs, trimmed, in order, duplicates included.
fn pairs(header: &str) -> impl Iterator<Item = (&str, &str)> {
    // The reference returns nothing for a header under two characters (so `=` is no cookie).
    let header = if header.len() < 2 { "" } else { header };
    header
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| (trim(name), trim(value)))
}

/// Without the spaces and tabs at either end.
fn trim(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}

/// One pair of surrounding double quotes removed, then percent-decoded.
fn decode(value: &str) -> Cow<'_, str> {
    let value = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) => inner,
        None => value,
    };
    if !value.contains('%') {
        return Cow::Borrowed(value);
    }
    percent_decode(value).map_or(Cow::Borrowed(value), Cow::Owned)
}

/// `decodeURIComponent`: every `%XX` becomes the byte `XX`; the result must be UTF-8.
fn percent_decode(value: &str) -> Option<String> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let high = (hex[0] as char).to_digit(16)?;
            let low = (hex[1] as char).to_digit(16)?;
            out.push((high * 16 + low) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(header: &str) -> Vec<(String, String)> {
        parse(header)
            .unwrap()
            .into_iter()
            .map(|(n, v)| (n.to_owned(), v.into_owned()))
            .collect()
    }

    fn pairs_of(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn basic_pairs() {
        assert_eq!(
            parsed("a=1; b=2;c=3"),
            pairs_of(&[("a", "1"), ("b", "2"), ("c", "3")])
        );
        assert_eq!(
            parsed(" \ta = 1 \t;  b=  x y  "),
            pairs_of(&[("a", "1"), ("b", "x y")])
        );
        assert_eq!(parsed("a=x=y=="), pairs_of(&[("a", "x=y==")]));
        assert_eq!(parsed("a="), pairs_of(&[("a", "")]));
        assert_eq!(parsed("=v; b=1"), pairs_of(&[("", "v"), ("b", "1")]));
        // Pairs without `=` are skipped, as the reference's backtracking does.
        assert_eq!(
            parsed("junk; secure; a=1;;; HttpOnly ;b=2"),
            pairs_of(&[("a", "1"), ("b", "2")])
        );
        for empty in ["", "=", "a", ";", ";;;", "  "] {
            assert_eq!(parsed(empty), vec![], "{empty:?}");
        }
    }

    #[test]
    fn first_duplicate_wins() {
        assert_eq!(
            parsed("__session=victim; __session=attacker"),
            pairs_of(&[("__session", "victim")])
        );
        assert_eq!(
            parsed("a=1; __session=x; a=2; __session=y; b=3"),
            pairs_of(&[("a", "1"), ("__session", "x"), ("b", "3")])
        );
        // Names are compared after trimming, and case-sensitively.
        assert_eq!(
            parsed(" a=1; a =2; A=3"),
            pairs_of(&[("a", "1"), ("A", "3")])
        );
        assert_eq!(get("__session=v; __session=a", "__session").unwrap(), "v");
    }

    #[test]
    fn attribute_names_are_plain_cookies() {
        for before in [
            "expires=Thu, 01 Jan 2030 00:00:00 GMT",
            "path=/",
            "Max-Age=5",
            "domain=.example.com",
            "secure",
            "HttpOnly",
            "version=1",
            "comment=\"x\"",
        ] {
            let header = format!("{before}; __session=tok");
            assert_eq!(get(&header, "__session").unwrap(), "tok", "{header}");
        }
    }

    #[test]
    fn quotes_and_percent_decoding() {
        assert_eq!(get(r#"a="quoted""#, "a").unwrap(), "quoted");
        assert_eq!(get(r#"a=" spaced ""#, "a").unwrap(), " spaced ");
        assert_eq!(get("a=\"\"", "a").unwrap(), "");
        assert_eq!(get("a=\"\"\"", "a").unwrap(), "\"");
        assert_eq!(get("a=\"\"\"\"", "a").unwrap(), "\"\"");
        assert_eq!(get("a=\"", "a").unwrap(), "\"");
        assert_eq!(get(r#"a="open"#, "a").unwrap(), "\"open");
        assert_eq!(get(r#"a=\"x\""#, "a").unwrap(), r#"\"x\""#);
        assert_eq!(get(r#"a="back\\slash""#, "a").unwrap(), r"back\\slash");
        assert_eq!(get("a=%E2%82%AC%20%3b%3D", "a").unwrap(), "€ ;=");
        assert_eq!(get("a=%e2%82%ac", "a").unwrap(), "€");
        // Invalid escapes or bytes that are not UTF-8: the value as sent, as the reference's
        // decode keeps it when decodeURIComponent throws.
        for raw in [
            "%",
            "%2",
            "%zz",
            "100%",
            "%FF",
            "%C0%80",
            "%ED%A0%80",
            "ok%2x",
        ] {
            assert_eq!(get(&format!("a={raw}"), "a").unwrap(), raw, "{raw}");
        }
        // A `;` or `=` encoded inside a value never splits it: decoding comes after splitting.
        assert_eq!(
            parsed("a=x%3B%20__session%3Devil; b=1"),
            pairs_of(&[("a", "x; __session=evil"), ("b", "1")])
        );
        assert!(matches!(get("a=plain", "a"), Some(Cow::Borrowed("plain"))));
    }

    #[test]
    fn length_cap() {
        let pad = "x".repeat(MAX_COOKIE_HEADER_LEN - "__session=tok; p=".len());
        let fits = format!("__session=tok; p={pad}");
        assert_eq!(fits.len(), MAX_COOKIE_HEADER_LEN);
        assert_eq!(get(&fits, "__session").unwrap(), "tok");
        assert_eq!(parse(&fits).unwrap().len(), 2);
        let over = format!("{fits}x");
        assert_eq!(get(&over, "__session"), None);
        assert_eq!(parse(&over), None);
    }

    #[test]
    fn large_quoted_values() {
        // CVE-2024-7592's input for SimpleCookie: one pass here, the value kept as sent.
        let big = format!("\"{}\"", "\\\\".repeat(16_000));
        let header = format!("big={big}; __session=tok");
        let cookies = parse(&header).unwrap();
        assert_eq!(cookies[0].1, &big[1..big.len() - 1]);
        assert_eq!(cookies[1], ("__session", Cow::Borrowed("tok")));
        // Many small cookies, all distinct: each one is looked at once.
        let many: Vec<String> = (0..6000).map(|i| format!("c{i}=\"v\"")).collect();
        let header = many.join(";");
        let cookies = parse(&header).unwrap();
        assert_eq!(cookies.len(), 6000);
        assert!(cookies.iter().all(|(_, v)| v == "v"));
    }
}
