//! Billing webhook payloads: the `data` of the `paymentAttempt.*`, `subscription.*`
//! and `subscriptionItem.*` events (reference types: `BillingPaymentAttemptWebhookEventJSON`,
//! `BillingSubscriptionWebhookEventJSON`, `BillingSubscriptionItemWebhookEventJSON`; the
//! reference hands these back as plain objects, with no class).
//!
//! Webhooks send billing objects in a shape of their own: payers inline, `items` instead
//! of `subscription_items`, `interval` instead of `plan_period`, a reduced plan whose
//! `amount` is a bare integer. None of these classes declares an `object` value: the
//! values they carry (`commerce_subscription`, `commerce_subscription_item`,
//! `subscription_item`) belong to the API classes or only occur in webhooks, so the
//! Deserializer never builds them. Build them with `Cls.from_json(event["data"])`.
//!
//! Which keys are required follows the webhook OpenAPI spec and Clerk's published
//! examples: a key is required only if the spec requires it and every example sends it
//! non-null. Money shaped like the API's (`{amount, amount_formatted, currency,
//! currency_symbol}`) reuses `BillingMoneyAmount`; money sent as a bare integer stays `int`.

use crate::field::{Bool, Int, List, Nested, Opt, Str};
use crate::models::billing::{BillingCredits, BillingMoneyAmount, BillingProrationCreditDetail};

model! {
    /// The `data` of the `paymentAttempt.created` and `paymentAttempt.updated` webhooks: one
    /// attempt to charge a payer, with what it was for and how it went.
    BillingPaymentAttempt {
        /// The attempt's id.
        id: Str,
        /// The instance the payment belongs to.
        instance_id: Str,
        /// The payment this attempt is for (`cpa_...`).
        payment_id: Str,
        /// The statement the payment appears on.
        statement_id: Str,
        /// The invoice of the payment. Deprecated by Clerk in favour of `statement_id`, and
        /// left out of the published examples, so `None` when absent.
        invoice_id: Opt<Str>,
        /// The attempt's id at the payment gateway (for Stripe a `pi_...` payment intent).
        gateway_external_id: Str,
        /// `"pending"`, `"paid"` or `"failed"`; unknown values stay `str`.
        status: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// When the payment succeeded (Unix ms); `None` until it has.
        paid_at: Opt<Int>,
        /// When the payment failed (Unix ms); `None` unless it did.
        failed_at: Opt<Int>,
        /// Why the payment failed; `None` unless it did.
        failed_reason: Opt<Nested<BillingPaymentFailedReason>>,
        /// The date the payment bills for (Unix ms).
        billing_date: Int,
        /// `"checkout"` or `"recurring"`; unknown values stay `str`.
        charge_type: Str,
        /// The account that receives the money.
        payee: Nested<BillingPayee>,
        /// The user or organization that pays.
        payer: Nested<BillingPayer>,
        /// What the attempt charges.
        totals: Nested<BillingWebhookTotals>,
        /// The payment method charged.
        payment_source: Nested<BillingPaymentSource>,
        /// The subscription items the payment covers. Absent or `null` gives an empty tuple.
        subscription_items: List<Nested<BillingPaymentAttemptSubscriptionItem>>,
    }
}

model! {
    /// Why a payment attempt failed, as the payment gateway reported it.
    BillingPaymentFailedReason {
        /// The broad failure category, for example `"card_declined"`.
        code: Str,
        /// The gateway's detailed decline code, for example `"insufficient_funds"`.
        decline_code: Str,
    }
}

model! {
    /// The account a payment is paid to, at the payment gateway.
    BillingPayee {
        /// The payee's id (`cpayee_...`).
        id: Str,
        /// The payment gateway, for example `"stripe"`.
        gateway_type: Str,
        /// The payee's account id at the gateway (for Stripe `acct_...`).
        gateway_external_id: Str,
        /// The account's state at the gateway, for example `"active"`; unknown values stay `str`.
        gateway_status: Str,
    }
}

model! {
    /// The user or organization that pays, as billing webhooks send it.
    ///
    /// Clerk fills the user fields only for user payers and the organization fields only for
    /// organization payers; the others come as `""` (kept as sent) or are left out (`None`).
    BillingPayer {
        /// `"commerce_payer"` when sent; payment attempts leave it out (`None`).
        object: Opt<Str>,
        /// The payer's id (`cpayer_...`).
        id: Str,
        /// The paying user's id, for user payers.
        user_id: Opt<Str>,
        /// The paying user's first name, if known.
        first_name: Opt<Str>,
        /// The paying user's last name, if known.
        last_name: Opt<Str>,
        /// The payer's email address, if known.
        email: Opt<Str>,
        /// The paying organization's id, for organization payers.
        organization_id: Opt<Str>,
        /// The paying organization's name, for organization payers.
        organization_name: Opt<Str>,
        /// The user's avatar or the organization's logo.
        image_url: Str,
        /// Unix time in milliseconds. Payment attempts leave it out (`None`).
        created_at: Opt<Int>,
        /// Unix time in milliseconds. Payment attempts leave it out (`None`).
        updated_at: Opt<Int>,
    }
}

model! {
    /// The payment method a payment attempt charged.
    BillingPaymentSource {
        /// The payment source's id (`cps_...`).
        id: Str,
        /// The payment gateway, for example `"stripe"`.
        gateway: Str,
        /// The payment method's id at the gateway (for Stripe `pm_...`).
        gateway_external_id: Str,
        /// The gateway account the method belongs to; `None` for some methods.
        gateway_external_account_id: Opt<Str>,
        /// `"card"` or `"link"`; unknown values stay `str`.
        payment_method: Str,
        /// `"active"` or `"disconnected"`; unknown values stay `str`.
        status: Str,
        /// The card brand, for example `"visa"`; `None` for other methods.
        card_type: Opt<Str>,
        /// The card number's last four digits; `None` for other methods.
        last4: Opt<Str>,
    }
}

model! {
    /// What a payment attempt charges: subtotal, tax and the final amount.
    ///
    /// Like the API's `BillingTotals` for these three amounts, but the webhook spec gives
    /// `per_unit_totals` a flat shape of its own (`BillingWebhookUnitTotal`).
    BillingWebhookTotals {
        /// Before taxes.
        subtotal: Nested<BillingMoneyAmount>,
        /// The tax included.
        tax_total: Nested<BillingMoneyAmount>,
        /// The final amount, taxes included.
        grand_total: Nested<BillingMoneyAmount>,
        /// The per-unit charges (for example seats). Absent or `null` gives an empty tuple.
        per_unit_totals: List<Nested<BillingWebhookUnitTotal>>,
    }
}

model! {
    /// The charge for one kind of unit (for example seats) within a payment attempt.
    /// The webhook spec requires none of its keys, so each one may be `None`.
    BillingWebhookUnitTotal {
        /// The unit's name, for example `"seats"`.
        name: Opt<Str>,
        /// The price of one unit, in the currency's smallest unit (cents for USD).
        amount: Opt<Int>,
        /// How many units are charged at this price; `None` also means unlimited.
        quantity: Opt<Int>,
        /// The charge for these units (`amount` times `quantity`), in the currency's smallest unit.
        total: Opt<Int>,
        /// The ISO currency code, for example `"USD"`.
        currency: Opt<Str>,
    }
}

model! {
    /// One subscription item as a payment attempt lists it (`subscription_items`).
    ///
    /// Clerk documents two shapes for it: the webhook spec's (`object`, `interval`,
    /// `created_at`, `payer`, `subscription_id`, ...) and the published examples' and
    /// reference types' (`plan_period`, `amount`, `lifetime_paid`, `next_payment_*`, ...).
    /// This class reads both; every key that only one of them has is optional.
    BillingPaymentAttemptSubscriptionItem {
        /// `"commerce_subscription_item"` when sent; the published examples leave it out.
        object: Opt<Str>,
        /// The item's id (`csub_item_...`).
        id: Str,
        /// For example `"active"`, `"past_due"` or `"upcoming"`; unknown values stay `str`.
        status: Str,
        /// The subscribed plan's id, if any.
        plan_id: Opt<Str>,
        /// The subscribed plan, if sent.
        plan: Opt<Nested<BillingWebhookPlan>>,
        /// The billing period, `"month"` or `"annual"` (spec shape), if sent.
        interval: Opt<Str>,
        /// The billing period, `"month"` or `"annual"` (example shape), if sent.
        plan_period: Opt<Str>,
        /// Start of the current period (Unix ms).
        period_start: Int,
        /// End of the current period (Unix ms); `None` when not sent or open-ended.
        period_end: Opt<Int>,
        /// Unix time in milliseconds, if sent.
        created_at: Opt<Int>,
        /// Unix time in milliseconds, if sent.
        updated_at: Opt<Int>,
        /// When the item was canceled (Unix ms), if it was.
        canceled_at: Opt<Int>,
        /// When the item became past due (Unix ms), if it is.
        past_due_at: Opt<Int>,
        /// The item's price, if sent.
        amount: Opt<Nested<BillingMoneyAmount>>,
        /// The total paid for the item so far, as a bare integer. Its unit is not documented;
        /// the examples' values read as the currency's smallest unit.
        lifetime_paid: Opt<Int>,
        /// The next charge, as a bare integer. Its unit is not documented; the examples'
        /// values read as the currency's smallest unit.
        next_payment_amount: Opt<Int>,
        /// When the next charge is due (Unix ms), if sent.
        next_payment_date: Opt<Int>,
        /// The proration date as sent, for example `"2024-05-01"`.
        proration_date: Opt<Str>,
        /// Credit for the unused part of a previous plan (deprecated by Clerk in favour of
        /// `credits`), if any.
        credit: Opt<Nested<BillingProrationCreditDetail>>,
        /// The credits applied, broken down, if any.
        credits: Opt<Nested<BillingCredits>>,
        /// The paying user or organization, if sent.
        payer: Opt<Nested<BillingPayer>>,
        /// The subscription the item belongs to, if sent.
        subscription_id: Opt<Str>,
    }
}

model! {
    /// The `data` of the `subscription.created`, `subscription.updated`, `subscription.active`
    /// and `subscription.pastDue` webhooks: a payer's subscription, with its items.
    BillingWebhookSubscription {
        /// `"commerce_subscription"`.
        object: Str,
        /// The subscription's id (`csub_...`).
        id: Str,
        /// For example `"active"`, `"past_due"` or `"canceled"`; unknown values stay `str`.
        status: Str,
        /// The paying user or organization's payer id (`cpayer_...`).
        payer_id: Str,
        /// The paying user or organization.
        payer: Nested<BillingPayer>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// When the subscription became active (Unix ms); `None` if it never has.
        active_at: Opt<Int>,
        /// When the subscription became past due (Unix ms); `None` unless it is.
        past_due_at: Opt<Int>,
        /// When the subscription was canceled (Unix ms); `None` unless it was.
        canceled_at: Opt<Int>,
        /// When the subscription ended (Unix ms); `None` unless it has.
        ended_at: Opt<Int>,
        /// The latest payment for the subscription (`cpa_...`); `None` if there is none.
        latest_payment_id: Opt<Str>,
        /// The payment method charged (`cps_...`); `None` if there is none (free plans).
        payment_source_id: Opt<Str>,
        /// The items that make up the subscription, one per plan and period. Absent or `null`
        /// gives an empty tuple.
        items: List<Nested<BillingWebhookSubscriptionItem>>,
    }
}

model! {
    /// The `data` of the `subscriptionItem.*` webhooks (`active`, `updated`, `canceled`,
    /// `ended`, `pastDue`, `upcoming`, `incomplete`, `abandoned`, `freeTrialEnding`, and
    /// `created` where sent), and each of `BillingWebhookSubscription.items`.
    BillingWebhookSubscriptionItem {
        /// `"subscription_item"` in `subscriptionItem.*` events, `"commerce_subscription_item"`
        /// inside a subscription; unknown values stay `str`.
        object: Str,
        /// The item's id (`csub_item_...`).
        id: Str,
        /// For example `"active"`, `"upcoming"` or `"ended"`; unknown values stay `str`.
        status: Str,
        /// Whether the item is in a free trial.
        is_free_trial: Bool,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// Start of the item's period (Unix ms).
        period_start: Int,
        /// End of the item's period (Unix ms); `None` for a default (free) plan.
        period_end: Opt<Int>,
        /// The billing period, for example `"month"` or `"annual"`.
        interval: Str,
        /// The subscribed plan's id; `None` when there is none.
        plan_id: Opt<Str>,
        /// The subscribed plan; `None` when there is none.
        plan: Opt<Nested<BillingWebhookPlan>>,
        /// The paying user or organization: sent in `subscriptionItem.*` events, `None`
        /// inside a subscription.
        payer: Opt<Nested<BillingPayer>>,
        /// The subscription the item belongs to: sent in `subscriptionItem.*` events, `None`
        /// inside a subscription.
        subscription_id: Opt<Str>,
        /// The seats included, for seat-based plans.
        seats: Opt<Nested<BillingWebhookSeats>>,
    }
}

model! {
    /// A plan as billing webhooks inline it in subscription items.
    ///
    /// Always sent: `id`, `slug`, `name`, `is_recurring`, `amount`, `currency`. The items of
    /// payment attempts add more of the plan (`instance_id`, `period`, `is_default`, ...).
    BillingWebhookPlan {
        /// The plan's id (`cplan_...`).
        id: Str,
        /// The plan's URL-friendly key.
        slug: Str,
        /// The plan's display name.
        name: Str,
        /// Whether the plan renews every period.
        is_recurring: Bool,
        /// The price for the item's billing period, in the currency's smallest unit (cents for USD).
        amount: Int,
        /// The ISO currency code, for example `"USD"`.
        currency: Str,
        /// Per-unit prices (for example seats), for unit-priced plans. Absent or `null` gives
        /// an empty tuple.
        unit_prices: List<Nested<BillingWebhookUnitPrice>>,
        /// The instance the plan belongs to, if sent.
        instance_id: Opt<Str>,
        /// The product the plan belongs to, if sent.
        product_id: Opt<Str>,
        /// What the plan offers, if sent.
        description: Opt<Str>,
        /// Whether new payers get this plan by default, if sent.
        is_default: Opt<Bool>,
        /// Whether plan changes are prorated, if sent.
        is_prorated: Opt<Bool>,
        /// The plan's billing period, for example `"month"`, if sent.
        period: Opt<Str>,
        /// How many periods one billing cycle spans (a number, unlike the item's `interval`), if sent.
        interval: Opt<Int>,
        /// Whether the plan charges a base fee, if sent.
        has_base_fee: Opt<Bool>,
        /// The monthly equivalent of the annual price, as a bare integer, if sent. Its unit is
        /// not documented; the examples' values read as the currency's smallest unit.
        annual_monthly_amount: Opt<Int>,
        /// Whether the plan is listed publicly, if sent.
        publicly_visible: Opt<Bool>,
    }
}

model! {
    /// The price of one kind of unit (for example seats) in a webhook plan, tier by tier.
    BillingWebhookUnitPrice {
        /// The unit's name, for example `"seats"`.
        name: Str,
        /// How many units make one priced block.
        block_size: Int,
        /// The pricing tiers, by starting block. Absent or `null` gives an empty tuple.
        tiers: List<Nested<BillingWebhookUnitPriceTier>>,
    }
}

model! {
    /// One pricing tier of a webhook plan's unit price.
    BillingWebhookUnitPriceTier {
        /// The first block this tier prices.
        starts_at_block: Int,
        /// The last block this tier prices; `None` means no upper bound.
        ends_after_block: Opt<Int>,
        /// The price of one block, in the currency's smallest unit (cents for USD).
        amount_per_block: Int,
        /// The ISO currency code, for example `"USD"`.
        currency: Str,
    }
}

model! {
    /// The seats included in a webhook subscription item.
    BillingWebhookSeats {
        /// The seat limit; `None` means unlimited.
        quantity: Opt<Int>,
    }
}
