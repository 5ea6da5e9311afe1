//! JSON helpers for tokens and keys: strict object parsing (no duplicates, bounded nesting),
//! member lookup, and short renderings of values for messages.

use super::*;

/// A JSON object's members in document order (duplicates are refused while parsing).
pub type Members = [(Cow<'static, str>, JsonValue<'static>)];

/// The value of member `name`.
pub fn member<'a>(members: &'a Members, name: &str) -> Option<&'a JsonValue<'static>> {
    members
        .iter()
        .find(|(key, _)| key.as_ref() == name)
        .map(|(_, value)| value)
}

pub(super) fn member_str<'a>(members: &'a Members, name: &str) -> Option<&'a str> {
    match member(members, name) {
        Some(JsonValue::Str(s)) => Some(s.as_ref()),
        _ => None,
    }
}

/// Parse UTF-8 JSON that must be an object, refusing duplicate members at any depth and
/// nesting deeper than [`MAX_NESTING`]. The error says what is wrong, without the input.
pub(super) fn parse_object(data: &[u8]) -> Result<JsonObject<'static>, String> {
    if let Err(e) = std::str::from_utf8(data) {
        return Err(format!("not UTF-8 (byte {})", e.valid_up_to()));
    }
    let value = JsonValue::parse_owned(data, false, PartialMode::Off).map_err(|e| {
        if e.error_type == JsonErrorType::RecursionLimitExceeded {
            too_deep()
        } else {
            format!("not valid JSON ({} at byte {})", e.error_type, e.index)
        }
    })?;
    let JsonValue::Object(members) = value else {
        return Err(format!("a JSON {}, not an object", type_name(&value)));
    };
    check_object(&members, 1)?;
    Ok(members)
}

#[cold]
pub(super) fn too_deep() -> String {
    format!("nested more than {MAX_NESTING} levels deep")
}

/// Check the members of an object at nesting level `level`.
pub(super) fn check_object(
    members: &[(Cow<'_, str>, JsonValue<'_>)],
    level: usize,
) -> Result<(), String> {
    if level > MAX_NESTING {
        return Err(too_deep());
    }
    if members.len() > 1 {
        let mut seen = HashSet::with_capacity(members.len());
        for (key, _) in members {
            if !seen.insert(key.as_ref()) {
                return Err(format!("has a duplicate member {}", quote(key)));
            }
        }
    }
    members
        .iter()
        .try_for_each(|(_, value)| check_value(value, level + 1))
}

pub(super) fn check_value(value: &JsonValue<'_>, level: usize) -> Result<(), String> {
    match value {
        JsonValue::Object(members) => check_object(members, level),
        JsonValue::Array(items) => {
            if level > MAX_NESTING {
                return Err(too_deep());
            }
            items
                .iter()
                .try_for_each(|item| check_value(item, level + 1))
        }
        _ => Ok(()),
    }
}

pub(super) fn type_name(value: &JsonValue<'_>) -> &'static str {
    match value {
        JsonValue::Null => "null",
        JsonValue::Bool(_) => "bool",
        JsonValue::Int(_) | JsonValue::BigInt(_) | JsonValue::Float(_) => "number",
        JsonValue::Str(_) => "string",
        JsonValue::Array(_) => "array",
        JsonValue::Object(_) => "object",
    }
}

/// A JSON number as JavaScript sees it (a double); `None` for anything else.
pub(super) fn number(value: &JsonValue<'_>) -> Option<f64> {
    match value {
        JsonValue::Int(i) => Some(*i as f64),
        // Rounds like JavaScript; beyond f64's range it becomes infinite.
        JsonValue::BigInt(b) => b.to_string().parse().ok(),
        JsonValue::Float(f) => Some(*f),
        _ => None,
    }
}

/// Longest quotation of a token value in a message, in characters.
pub(super) const QUOTE_LIMIT: usize = 80;

/// A short JSON rendering of a value for messages, like `JSON.stringify`, cut at
/// [`QUOTE_LIMIT`] characters; `(missing)` when absent (never JavaScript's `undefined`).
pub(super) fn show(value: Option<&JsonValue<'_>>) -> String {
    let mut out = String::new();
    match value {
        None => out.push_str("(missing)"),
        Some(v) => write_json(&mut out, v),
    }
    truncate(out)
}

pub(super) fn quote(s: &str) -> String {
    let mut out = String::new();
    write_json_str(&mut out, s, QUOTE_LIMIT + 1);
    truncate(out)
}

pub(super) fn truncate(mut s: String) -> String {
    if let Some((cut, _)) = s.char_indices().nth(QUOTE_LIMIT) {
        s.truncate(cut);
        s.push('…');
    }
    s
}

pub(super) fn write_json(out: &mut String, value: &JsonValue<'_>) {
    use std::fmt::Write;
    if out.len() > QUOTE_LIMIT * 4 {
        return; // enough for the message; the rest is cut anyway
    }
    match value {
        JsonValue::Null => out.push_str("null"),
        JsonValue::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        JsonValue::Int(i) => {
            let _ = write!(out, "{i}");
        }
        JsonValue::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        JsonValue::Float(f) => {
            let _ = write!(out, "{f}");
        }
        JsonValue::Str(s) => write_json_str(out, s, QUOTE_LIMIT + 1),
        JsonValue::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(out, item);
            }
            out.push(']');
        }
        JsonValue::Object(members) => {
            out.push('{');
            for (i, (key, item)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_str(out, key, QUOTE_LIMIT + 1);
                out.push(':');
                write_json(out, item);
            }
            out.push('}');
        }
    }
}

/// `s` as a JSON string, of at most `limit` characters.
pub(super) fn write_json_str(out: &mut String, s: &str, limit: usize) {
    use std::fmt::Write;
    out.push('"');
    for c in s.chars().take(limit) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
