//! The crate's one error type and its single conversion to a Python exception.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

use clerk_core::{Failure, FailureKind};

/// Every error the native layer can raise.
#[derive(Debug)]
pub(crate) enum Error {
    /// The input is not acceptable JSON for the model: becomes `clerk_backend.ParseError`.
    Parse(Failure),
    /// A webhook request failed verification: becomes `clerk_backend.WebhookVerificationError`.
    Webhook(clerk_core::webhook::WebhookError),
    /// A session token failed verification: becomes `clerk_backend.TokenVerificationError`.
    Token(clerk_core::jwt::TokenError),
    /// The caller passed an argument of the wrong Python type: becomes `TypeError`.
    Type(String),
    /// An exception raised by Python itself (for example `MemoryError`), passed through.
    Python(PyErr),
}

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A failure of one value that a tolerant parse keeps as a broken field (see
    /// [`clerk_core::FailureKind::is_hard`]); everything else fails the whole parse.
    pub(crate) fn is_soft(&self) -> bool {
        matches!(self, Self::Parse(f) if !f.kind.is_hard())
    }

    #[cold]
    #[must_use]
    pub(crate) fn in_field(self, name: &'static str) -> Self {
        match self {
            Self::Parse(f) => Self::Parse(f.in_field(name)),
            other => other,
        }
    }

    #[cold]
    #[must_use]
    pub(crate) fn in_key(self, key: &str) -> Self {
        match self {
            Self::Parse(f) => Self::Parse(f.in_key(key)),
            other => other,
        }
    }

    /// Like [`Error::in_key`], but a too-deep failure keeps the path of the field it
    /// started in, as from JSON text, instead of listing every level.
    #[cold]
    #[must_use]
    pub(crate) fn inside_key(self, key: &str) -> Self {
        if self.is_too_deep() {
            self
        } else {
            self.in_key(key)
        }
    }

    /// Like [`Error::at_index`], with the same rule as [`Error::inside_key`].
    #[cold]
    #[must_use]
    pub(crate) fn inside_index(self, index: usize) -> Self {
        if self.is_too_deep() {
            self
        } else {
            self.at_index(index)
        }
    }

    fn is_too_deep(&self) -> bool {
        matches!(self, Self::Parse(f) if matches!(f.kind, FailureKind::TooDeep { .. }))
    }

    /// Report a too-deep failure with the given limit.
    #[cold]
    #[must_use]
    pub(crate) fn with_depth_limit(self, limit: usize) -> Self {
        match self {
            Self::Parse(mut f) if matches!(f.kind, FailureKind::TooDeep { .. }) => {
                f.kind = FailureKind::TooDeep { limit };
                Self::Parse(f)
            }
            other => other,
        }
    }

    #[cold]
    #[must_use]
    pub(crate) fn at_index(self, index: usize) -> Self {
        match self {
            Self::Parse(f) => Self::Parse(f.at_index(index)),
            other => other,
        }
    }

    #[cold]
    #[must_use]
    pub(crate) fn in_class(self, class: &'static str) -> Self {
        match self {
            Self::Parse(f) => Self::Parse(f.in_class(class)),
            other => other,
        }
    }
}

impl From<Failure> for Error {
    #[cold]
    fn from(f: Failure) -> Self {
        Self::Parse(f)
    }
}

impl From<PyErr> for Error {
    #[cold]
    fn from(e: PyErr) -> Self {
        Self::Python(e)
    }
}

impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Self {
        match never {}
    }
}

impl From<pyo3::CastIntoError<'_>> for Error {
    #[cold]
    fn from(e: pyo3::CastIntoError<'_>) -> Self {
        Self::Python(e.into())
    }
}

impl From<pyo3::CastError<'_, '_>> for Error {
    #[cold]
    fn from(e: pyo3::CastError<'_, '_>) -> Self {
        Self::Python(e.into())
    }
}

impl From<clerk_core::webhook::WebhookError> for Error {
    #[cold]
    fn from(e: clerk_core::webhook::WebhookError) -> Self {
        Self::Webhook(e)
    }
}

static PARSE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static TOKEN_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static WEBHOOK_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Raise `clerk_backend.errors.<name>(*args)`, or `ValueError(message)` if the package
/// cannot be imported (only when the native module is loaded on its own).
fn package_error(
    py: Python<'_>,
    cell: &PyOnceLock<Py<PyType>>,
    name: &str,
    message: String,
    args: (String, String),
) -> PyErr {
    match cell.import(py, "clerk_backend.errors", name) {
        Ok(cls) => PyErr::from_type(cls.clone(), args),
        Err(_) => PyValueError::new_err(message),
    }
}

/// A `clerk_backend.ParseError` with this message and path.
pub(crate) fn parse_error(py: Python<'_>, message: String, path: String) -> PyErr {
    package_error(
        py,
        &PARSE_ERROR,
        "ParseError",
        message.clone(),
        (message, path),
    )
}

impl From<Error> for PyErr {
    #[cold]
    fn from(err: Error) -> Self {
        match err {
            Error::Parse(f) => Python::attach(|py| {
                let message = f.to_string();
                let args = (message.clone(), f.path());
                package_error(py, &PARSE_ERROR, "ParseError", message, args)
            }),
            Error::Webhook(e) => Python::attach(|py| {
                let args = (e.message.clone(), e.reason.as_str().to_owned());
                package_error(
                    py,
                    &WEBHOOK_ERROR,
                    "WebhookVerificationError",
                    e.message,
                    args,
                )
            }),
            Error::Token(e) => Python::attach(|py| {
                let message = e.message().to_owned();
                let args = (message.clone(), e.reason().to_owned());
                package_error(py, &TOKEN_ERROR, "TokenVerificationError", message, args)
            }),
            Error::Type(message) => PyTypeError::new_err(message),
            Error::Python(e) => e,
        }
    }
}
