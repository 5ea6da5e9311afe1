//! The model declarations, grouped like the reference's `api/resources`, and the
//! registry that lists them once for the module, the stubs and dispatch.

use pyo3::prelude::*;

use crate::model::{Model, ModelInfo};

pub mod billing;
pub mod machine;
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
);
