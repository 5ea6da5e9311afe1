//! Webhook events: the envelope and its typed `data`.

use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::core::webhook::{Reason, WebhookError};
use crate::error::{Error, Result};
use crate::pyjson;

/// Parse a verified body. A body that is not a webhook event fails verification as
/// `invalid-payload`.
pub fn parse_verified(body: &Bound<'_, PyBytes>) -> Result<Py<PyAny>> {
    let py = body.py();
    pyjson::parse_value(py, body.as_bytes())
        .map(Bound::unbind)
        .map_err(|e| match e {
            Error::Parse(f) => WebhookError::new(
                Reason::InvalidPayload,
                format!("the webhook body is not a valid event: {f}"),
            )
            .into(),
            other => other,
        })
}
