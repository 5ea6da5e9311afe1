//! `clerk_backend._native`: the Rust core of the `clerk_backend` Python package.
//!
//! - The pure-Rust core is its own crate, `clerk_core` (crates/clerk-core, no PyO3): parse failures,
//!   JSON helpers, key lookup, webhook and session-token verification. This crate binds it.
//! - [`field`] and [`model`] are the model mechanism; [`models`] holds the declarations.
//! - [`error`] is the one error type and its conversion to Python exceptions.
//! - [`stubgen`] writes `_native.pyi` from the declarations.

mod deserialize;
mod error;
mod field;
mod headers;
#[macro_use]
mod model;
mod models;
mod problems;
// After `model` (textual macro scope): declares the event models.
mod events;
mod pyjson;
mod pystr;
mod stubgen;
// After `model` (textual macro scope): declares SessionClaims.
mod token;
mod webhook;

// `gil_used = false`: the module is safe without the GIL (free-threaded CPython 3.14t): models are
// frozen, the module-level caches are PyOnceLocks, and the Python-side caches hold locks.
#[pyo3::pymodule(gil_used = false)]
mod _native {
    use pyo3::prelude::*;

    #[pymodule_export]
    #[allow(non_upper_case_globals)]
    const __version__: &str = env!("CARGO_PKG_VERSION");

    #[pymodule_export]
    const _MAX_COOKIE_HEADER_LEN: usize = clerk_core::cookie::MAX_COOKIE_HEADER_LEN;

    /// The default `tolerance_seconds` of webhook verification.
    #[pymodule_export]
    const _DEFAULT_TOLERANCE_SECONDS: i64 = clerk_core::webhook::DEFAULT_TOLERANCE;

    /// The environment variable that holds the webhook signing secret.
    #[pymodule_export]
    const _WEBHOOK_SECRET_ENV: &str = crate::webhook::SECRET_ENV;

    #[pymodule_export]
    use crate::stubgen::_stub_source;

    #[pymodule_export]
    use crate::headers::_header_value;

    #[pymodule_export]
    use crate::deserialize::{deserialize, PaginatedResponse};

    #[pymodule_export]
    use crate::webhook::{verify_webhook, verify_webhook_message, VerifiedWebhook, Webhook};

    #[pymodule_export]
    use crate::problems::problems;

    #[pymodule_export]
    use crate::token::{
        _check_session_token, _check_session_token_type, _classify_token, _decode_jwt,
        _parse_cookie_header, _token_type, _verify_handshake_token, _verify_machine_jwt,
        _verify_session_token, CheckedToken, JwtKey,
    };

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        crate::models::add_all(m)?;
        crate::events::add_classes(m)?;
        // Every reason string the core can give, for the `Literal`s of `clerk_backend.errors`.
        let webhook_reasons = clerk_core::webhook::Reason::ALL.map(|r| r.as_str());
        m.add(
            "_WEBHOOK_REASONS",
            pyo3::types::PyTuple::new(m.py(), webhook_reasons)?,
        )?;
        let token_reasons = clerk_core::jwt::Reason::ALL.map(|r| r.as_str());
        m.add(
            "_TOKEN_REASONS",
            pyo3::types::PyTuple::new(m.py(), token_reasons)?,
        )?;
        // `__all__` lists the public names only: not the stub generator.
        let public: Vec<String> = m
            .index()?
            .iter()
            .map(|name| name.to_string())
            .filter(|name| !name.starts_with('_') || name == "__version__")
            .collect();
        m.setattr("__all__", public)
    }
}
