//! A parse failure and the path at which it happened.
//!
//! Paths are collected while the error unwinds: the innermost parser creates
//! the failure, and every enclosing field or list pushes its own segment. The
//! segments are therefore stored innermost first and reversed when printed.

use std::fmt;

/// One step of a path: a property name or a list index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// A declared property.
    Field(&'static str),
    /// A key inside a free-form JSON object.
    Key(String),
    /// A position in a list.
    Index(usize),
}

/// What went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FailureKind {
    /// The text is not JSON. `line` and `column` are 1-based.
    InvalidJson {
        message: String,
        line: usize,
        column: usize,
    },
    /// The bytes are not UTF-8.
    InvalidUtf8 { index: usize },
    /// A value has the wrong JSON type.
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    /// A required key is absent.
    Missing,
    /// Nesting deeper than the limit.
    TooDeep { limit: usize },
    /// A value of the right JSON type that is still not acceptable.
    Invalid(String),
    /// A Python value handed over as JSON that JSON cannot hold (NaN, a set, a non-str key).
    NotJson(String),
    /// An object whose `object` value names another class than the one being built.
    WrongObject {
        expected: &'static str,
        found: String,
    },
}

impl FailureKind {
    /// Whether the input as a whole is unusable: text that is not JSON or not UTF-8, nesting
    /// beyond the limits, a Python value that JSON cannot hold. Every other failure concerns
    /// one value, and a tolerant parse keeps it as a broken field instead of failing.
    pub fn is_hard(&self) -> bool {
        matches!(
            self,
            Self::InvalidJson { .. }
                | Self::InvalidUtf8 { .. }
                | Self::TooDeep { .. }
                | Self::NotJson(_)
        )
    }
}

/// A failure plus the path (innermost segment first) and the class it started from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub kind: FailureKind,
    segs: Vec<Seg>,
    root: Option<&'static str>,
}

impl Failure {
    #[cold]
    pub fn new(kind: FailureKind) -> Self {
        Self {
            kind,
            segs: Vec::new(),
            root: None,
        }
    }

    #[cold]
    pub fn wrong_type(expected: &'static str, found: &'static str) -> Self {
        Self::new(FailureKind::WrongType { expected, found })
    }

    #[cold]
    pub fn missing() -> Self {
        Self::new(FailureKind::Missing)
    }

    #[cold]
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(FailureKind::Invalid(message.into()))
    }

    #[cold]
    pub fn not_json(message: impl Into<String>) -> Self {
        Self::new(FailureKind::NotJson(message.into()))
    }

    /// Record that this failure happened inside the property `name`.
    #[cold]
    #[must_use]
    pub fn in_field(mut self, name: &'static str) -> Self {
        self.outer();
        self.segs.push(Seg::Field(name));
        self
    }

    /// A segment added outside the class the failure started in (by `deserialize`, which
    /// walks plain JSON around models) makes the path start from the input instead.
    fn outer(&mut self) {
        self.root = None;
    }

    /// Record that this failure happened under the free-form object key `key`.
    #[cold]
    #[must_use]
    pub fn in_key(mut self, key: &str) -> Self {
        self.outer();
        self.segs.push(Seg::Key(key.to_owned()));
        self
    }

    /// Record that this failure happened at list index `index`.
    #[cold]
    #[must_use]
    pub fn at_index(mut self, index: usize) -> Self {
        self.outer();
        self.segs.push(Seg::Index(index));
        self
    }

    /// Name the class the parse started from (the first segment of the path).
    #[cold]
    #[must_use]
    pub fn in_class(mut self, class: &'static str) -> Self {
        if self.root.is_none() {
            self.root = Some(class);
        }
        self
    }

    /// The path as Python users read it, e.g. `Client.sessions[1].latest_activity.is_mobile`.
    pub fn path(&self) -> String {
        let mut out = String::from(self.root.unwrap_or(""));
        for seg in self.segs.iter().rev() {
            match seg {
                Seg::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Seg::Key(key) if is_identifier(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                }
                Seg::Key(key) => {
                    out.push('[');
                    out.push_str(&format!("{key:?}"));
                    out.push(']');
                }
                Seg::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    /// The message without the path.
    pub fn detail(&self) -> String {
        match &self.kind {
            FailureKind::InvalidJson {
                message,
                line,
                column,
            } => format!("invalid JSON at line {line} column {column}: {message}"),
            FailureKind::InvalidUtf8 { index } => {
                format!("input is not valid UTF-8 (first bad byte at offset {index})")
            }
            FailureKind::WrongType { expected, found } => {
                format!("expected {expected}, got {found}")
            }
            FailureKind::Missing => "required key is missing".to_owned(),
            FailureKind::TooDeep { limit } => format!("JSON is nested deeper than {limit} levels"),
            FailureKind::Invalid(message) | FailureKind::NotJson(message) => message.clone(),
            FailureKind::WrongObject { expected, found } => {
                format!(
                    "expected {} {expected} object, got {found}",
                    article(expected)
                )
            }
        }
    }
}

/// "a" or "an", as spoken before `word`.
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o']) {
        "an"
    } else {
        "a"
    }
}

/// Whether `key` reads well after a dot (`actor.sub`) rather than in brackets.
fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path();
        if path.is_empty() {
            f.write_str(&self.detail())
        } else {
            write!(f, "{path}: {}", self.detail())
        }
    }
}

impl std::error::Error for Failure {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_reads_outermost_first() {
        let f = Failure::wrong_type("bool", "string")
            .in_field("is_mobile")
            .in_field("latest_activity")
            .at_index(1)
            .in_field("sessions")
            .in_class("Client");
        assert_eq!(f.path(), "Client.sessions[1].latest_activity.is_mobile");
        assert_eq!(
            f.to_string(),
            "Client.sessions[1].latest_activity.is_mobile: expected bool, got string"
        );
    }

    #[test]
    fn free_form_keys_are_quoted() {
        let f = Failure::invalid("bad")
            .in_key("a b")
            .in_field("actor")
            .in_class("Session");
        assert_eq!(f.path(), "Session.actor[\"a b\"]");
    }

    #[test]
    fn outer_segments_restart_the_path_from_the_input() {
        let f = Failure::missing()
            .in_field("id")
            .in_class("Session")
            .at_index(1)
            .in_key("data");
        assert_eq!(f.path(), "data[1].id");
    }

    #[test]
    fn identifier_keys_read_with_dots() {
        let f = Failure::invalid("bad")
            .in_key("sub")
            .in_field("actor")
            .in_class("Session");
        assert_eq!(f.path(), "Session.actor.sub");
    }

    #[test]
    fn inner_class_does_not_replace_root() {
        let f = Failure::missing()
            .in_field("id")
            .in_class("Session")
            .in_class("Client");
        assert_eq!(f.path(), "Session.id");
    }

    #[test]
    fn no_path_prints_detail_only() {
        let f = Failure::new(FailureKind::TooDeep { limit: 200 });
        assert_eq!(f.to_string(), "JSON is nested deeper than 200 levels");
    }

    #[test]
    fn invalid_json_names_line_and_column() {
        let f = Failure::new(FailureKind::InvalidJson {
            message: "EOF while parsing an object".into(),
            line: 3,
            column: 7,
        })
        .in_class("Session");
        assert_eq!(
            f.to_string(),
            "Session: invalid JSON at line 3 column 7: EOF while parsing an object"
        );
    }
}
