//! The model declarations, grouped like the reference's `api/resources`, and the
//! registry that lists them once for the module, the stubs and dispatch.

use pyo3::prelude::*;

use crate::deserialize::{builder, Builder};
use crate::model::{Model, ModelInfo};

pub(crate) mod billing;
pub(crate) mod billing_webhook;
pub(crate) mod enterprise;
pub(crate) mod machine;
pub(crate) mod misc;
pub(crate) mod organization;
pub(crate) mod session;
pub(crate) mod user;

/// Lists every model class once. Generates module registration and the stub table.
macro_rules! registry {
    ($($model:path),* $(,)?) => {
        /// Add every model class to the module.
        pub(crate) fn add_all(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $( m.add_class::<$model>()?; )*
            Ok(())
        }

        /// Each model class's type object (as an address) and the walk that lists its
        /// broken fields.
        pub(crate) fn walkers(py: Python<'_>) -> Vec<(usize, crate::problems::Walk)> {
            use pyo3::PyTypeInfo;
            vec![$(
                (
                    <$model>::type_object(py).as_ptr() as usize,
                    crate::problems::walk::<$model> as crate::problems::Walk,
                )
            ),*]
        }

        /// What the stub generator needs, for every model, in registry order.
        pub(crate) fn infos() -> Vec<ModelInfo> {
            vec![$(<$model as Model>::info()),*]
        }

        /// `object` value -> builder, for every model that declares an `object` value.
        pub(crate) fn dispatch() -> Vec<(&'static str, Builder)> {
            let mut table = Vec::new();
            $(
                if let Some(object) = <$model as Model>::info().object {
                    table.push((object, builder::<$model>()));
                }
            )*
            table
        }
    };
}

registry!(
    crate::events::WebhookEvent,
    crate::events::EventAttributes,
    crate::events::HttpRequest,
    crate::token::SessionClaims,
    session::Client,
    session::Session,
    session::SessionActivity,
    user::User,
    user::EmailAddress,
    user::PhoneNumber,
    user::Web3Wallet,
    user::ExternalAccount,
    user::EnterpriseAccount,
    user::EnterpriseAccountConnection,
    user::Verification,
    user::IdentificationLink,
    organization::Organization,
    organization::OrganizationDomain,
    organization::OrganizationDomainVerification,
    organization::OrganizationInvitation,
    organization::OrganizationMembership,
    organization::OrganizationMembershipPublicUserData,
    organization::OrganizationSettings,
    organization::Role,
    organization::RoleSet,
    organization::RoleSetItem,
    organization::RoleSetMigration,
    organization::Permission,
    organization::Invitation,
    organization::WaitlistEntry,
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
    billing::BillingPlan,
    billing::BillingSubscription,
    billing::BillingSubscriptionItem,
    billing::Feature,
    billing::BillingMoneyAmount,
    billing::BillingNextPayment,
    billing::BillingTotals,
    billing::BillingPeriodTotals,
    billing::BillingPerUnitTotal,
    billing::BillingPerUnitTotalTier,
    billing::BillingCredits,
    billing::BillingProrationCreditDetail,
    billing::BillingPayerCredit,
    billing::BillingDiscounts,
    billing::BillingProrationDiscount,
    billing::BillingAppliedDiscount,
    billing::BillingSubscriptionItemSeats,
    machine::APIKey,
    machine::M2MToken,
    machine::Machine,
    machine::MachineScope,
    machine::MachineSecretKey,
    machine::IdPOAuthAccessToken,
    machine::OauthAccessToken,
    machine::OAuthApplication,
    machine::AgentTask,
    machine::ActorToken,
    machine::SignInToken,
    machine::TestingToken,
    machine::Token,
    machine::JwtTemplate,
    billing_webhook::BillingPaymentAttempt,
    billing_webhook::BillingPaymentFailedReason,
    billing_webhook::BillingPayee,
    billing_webhook::BillingPayer,
    billing_webhook::BillingPaymentSource,
    billing_webhook::BillingWebhookTotals,
    billing_webhook::BillingWebhookUnitTotal,
    billing_webhook::BillingPaymentAttemptSubscriptionItem,
    billing_webhook::BillingWebhookSubscription,
    billing_webhook::BillingWebhookSubscriptionItem,
    billing_webhook::BillingWebhookPlan,
    billing_webhook::BillingWebhookUnitPrice,
    billing_webhook::BillingWebhookUnitPriceTier,
    billing_webhook::BillingWebhookSeats,
);
