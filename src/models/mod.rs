//! The model declarations, grouped like the reference's `api/resources`, and the
//! registry that lists them once for the module, the stubs and dispatch.

use pyo3::prelude::*;

use crate::model::{Model, ModelInfo};

pub mod enterprise;
pub mod misc;
pub mod session;

/// Lists every model class once. Generates module registration and the stub table.
macro_rules! registry {
    ($($model:path),* $(,)?) => {
        /// Add every model class to the module.
        pub fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_class::<$model>()?; )*
            Ok(())
        }

        /// What the stub generator needs, for every model, in registry order.
        pub fn infos() -> Vec<ModelInfo> {
            vec![$(<$model as Model>::info()),*]
        }
    };
}

registry!(
    session::Client,
    session::Session,
    session::SessionActivity,
    misc::AccountlessApplication,
    misc::AllowlistIdentifier,
    misc::BlocklistIdentifier,
    misc::CnameTarget,
    misc::Cookies,
    misc::DeletedObject,
    misc::Domain,
    misc::Email,
    misc::SMSMessage,
    misc::HandshakePayload,
    misc::Instance,
    misc::InstanceRestrictions,
    misc::InstanceSettings,
    misc::ProxyCheck,
    misc::RedirectUrl,
    misc::SignUpAttempt,
    misc::SignUpAttemptVerification,
    misc::SignUpAttemptVerifications,
    enterprise::EnterpriseConnection,
    enterprise::EnterpriseConnectionCustomAttribute,
    enterprise::EnterpriseConnectionOauthConfig,
    enterprise::EnterpriseConnectionSamlConnection,
    enterprise::EnterpriseConnectionSamlConnectionLoginHint,
    enterprise::SamlConnection,
    enterprise::SamlConnectionIdpCertificate,
    enterprise::AttributeMapping,
);
