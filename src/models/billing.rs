//! Billing: plans, features, subscriptions and their items (reference:
//! `CommercePlan.ts`, `Feature.ts`, `CommerceSubscription.ts`,
//! `CommerceSubscriptionItem.ts`, `util/billing.ts`).
//!
//! The reference turns money amounts, next payments, totals and seats into plain
//! camelCase objects. Here each of those shapes is a typed class of its own
//! (`BillingMoneyAmount`, `BillingNextPayment`, `BillingTotals`, ...) read from the
//! API's snake_case keys.
//!
//! The webhook events `subscription.*` and `subscriptionItem.*` send a different
//! shape (no `instance_id`, `items` instead of `subscription_items`, `interval`
//! instead of `plan_period`, a reduced inline plan); they are not parsed by these
//! classes.

use crate::field::{Bool, False, Float, Int, List, Nested, Opt, Or, Str};

model! {
    /// A Billing plan that users or organizations can subscribe to.
    BillingPlan (object = "commerce_plan") {
        /// The plan's id (`cplan_...`).
        id: Str,
        /// The plan's display name.
        name: Str,
        /// The plan's URL-friendly key.
        slug: Str,
        /// What the plan offers, if described.
        description: Opt<Str>,
        /// Whether new payers get this plan by default.
        is_default: Bool,
        /// Whether the plan renews every period.
        is_recurring: Bool,
        /// Whether the plan charges a base fee on top of per-unit prices.
        has_base_fee: Bool,
        /// Whether the plan is listed publicly.
        publicly_visible: Bool,
        /// The monthly price; `None` when the API sends none.
        fee: Opt<Nested<BillingMoneyAmount>>,
        /// The price for a year, for plans that can be paid annually.
        annual_fee: Opt<Nested<BillingMoneyAmount>>,
        /// The monthly equivalent of the annual price.
        annual_monthly_fee: Opt<Nested<BillingMoneyAmount>>,
        /// Who can subscribe: `"user"` or `"org"`; unknown values stay `str`.
        for_payer_type: Str,
        /// The features included in the plan. Absent or `null` gives an empty tuple.
        features: List<Nested<Feature>>,
        /// The plan's image, if any.
        avatar_url: Opt<Str>,
        /// Length of the free trial in days, if the plan has one.
        free_trial_days: Opt<Int>,
        /// Whether the plan offers a free trial. `None` when the API leaves it out.
        free_trial_enabled: Opt<Bool>,
    }
}

model! {
    /// A feature that Billing plans can include.
    Feature (object = "feature") {
        /// The feature's id.
        id: Str,
        /// The feature's display name.
        name: Str,
        /// What the feature provides, if described.
        description: Opt<Str>,
        /// The feature's key, as used in permission checks.
        slug: Str,
        /// The feature's image, if any.
        avatar_url: Opt<Str>,
    }
}

model! {
    /// A payer's Billing subscription: the plans they are on, and what they pay next.
    BillingSubscription (object = "commerce_subscription") {
        /// The subscription's id (`csub_...`).
        id: Str,
        /// The instance the subscription belongs to.
        instance_id: Str,
        /// For example `"active"` or `"past_due"`; unknown values stay `str`.
        status: Str,
        /// The paying user or organization (`cpayer_...`).
        payer_id: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// When the subscription became active (Unix ms), if it has.
        active_at: Opt<Int>,
        /// When the subscription became past due (Unix ms), if it is.
        past_due_at: Opt<Int>,
        /// One item per plan the payer is on. Absent or `null` gives an empty tuple.
        subscription_items: List<Nested<BillingSubscriptionItem>>,
        /// The upcoming charge; `None` when nothing is due.
        next_payment: Opt<Nested<BillingNextPayment>>,
        /// Whether the payer may still start a free trial. Absent or `null` gives `False`.
        eligible_for_free_trial: Or<Bool, False>,
    }
}

model! {
    /// One plan within a Billing subscription, with its period and payment state.
    BillingSubscriptionItem (object = "commerce_subscription_item") {
        /// The item's id (`csub_item_...`).
        id: Str,
        /// The instance the item belongs to.
        instance_id: Str,
        /// For example `"active"`, `"upcoming"`, `"ended"`; unknown values stay `str`.
        status: Str,
        /// The billing period: `"month"` or `"annual"`; unknown values stay `str`.
        plan_period: Str,
        /// Start of the current period (Unix ms). `None` when the API leaves it out.
        period_start: Opt<Int>,
        /// The upcoming charge for this item, if any.
        next_payment: Opt<Nested<BillingNextPayment>>,
        /// The amount charged for the item, if sent.
        amount: Opt<Nested<BillingMoneyAmount>>,
        /// The subscribed plan, if sent.
        plan: Opt<Nested<BillingPlan>>,
        /// The subscribed plan's id.
        plan_id: Opt<Str>,
        /// The price the item is billed at.
        price_id: Opt<Str>,
        /// Unix time in milliseconds. `None` when the API leaves it out.
        created_at: Opt<Int>,
        /// Unix time in milliseconds. `None` when the API leaves it out.
        updated_at: Opt<Int>,
        /// End of the current period (Unix ms); `None` on free plans.
        period_end: Opt<Int>,
        /// When the item was canceled (Unix ms), if it was.
        canceled_at: Opt<Int>,
        /// When the item became past due (Unix ms), if it is.
        past_due_at: Opt<Int>,
        /// When the item ended (Unix ms), if it has.
        ended_at: Opt<Int>,
        /// The paying user or organization, if sent.
        payer_id: Opt<Str>,
        /// Whether the item is in a free trial.
        is_free_trial: Bool,
        /// The total paid for the item so far, if sent.
        lifetime_paid: Opt<Nested<BillingMoneyAmount>>,
        /// The seats included, for seat-based plans.
        seats: Opt<Nested<BillingSubscriptionItemSeats>>,
    }
}

model! {
    /// An amount of money, in the currency's smallest unit, with its display form.
    BillingMoneyAmount {
        /// The amount in the smallest unit of the currency (cents for USD).
        amount: Int,
        /// The amount formatted for display, for example `"20.00"`.
        amount_formatted: Str,
        /// The ISO currency code, for example `"USD"`.
        currency: Str,
        /// The currency's symbol, for example `"$"`.
        currency_symbol: Str,
    }
}

model! {
    /// The next charge of a subscription or subscription item.
    BillingNextPayment {
        /// How much will be charged. `None` when the API sends `null`.
        amount: Opt<Nested<BillingMoneyAmount>>,
        /// When it will be charged (Unix ms). `None` when the API sends `null`.
        date: Opt<Int>,
        /// The per-unit breakdown (for example seats). Absent or `null` gives an empty tuple.
        per_unit_totals: List<Nested<BillingPerUnitTotal>>,
        /// The full breakdown of the charge, if sent.
        totals: Opt<Nested<BillingTotals>>,
    }
}

model! {
    /// The breakdown of a charge: subtotal, tax, credits, discounts and what is due.
    BillingTotals {
        /// Before taxes, credits and discounts.
        subtotal: Nested<BillingMoneyAmount>,
        /// The plan's base fee part, if sent.
        base_fee: Opt<Nested<BillingMoneyAmount>>,
        /// The tax included.
        tax_total: Nested<BillingMoneyAmount>,
        /// The final amount, after taxes, credits and discounts.
        grand_total: Nested<BillingMoneyAmount>,
        /// What becomes due once a free trial ends, if any.
        total_due_after_free_trial: Opt<Nested<BillingMoneyAmount>>,
        /// Credit applied (older single-amount form of `credits`), if any.
        credit: Opt<Nested<BillingMoneyAmount>>,
        /// The credits applied, broken down, if any.
        credits: Opt<Nested<BillingCredits>>,
        /// The discounts applied, if any.
        discounts: Opt<Nested<BillingDiscounts>>,
        /// Unpaid amounts from earlier periods collected now, if any.
        past_due: Opt<Nested<BillingMoneyAmount>>,
        /// What has to be paid immediately, if sent.
        total_due_now: Opt<Nested<BillingMoneyAmount>>,
        /// The per-unit breakdown. Absent or `null` gives an empty tuple.
        per_unit_totals: List<Nested<BillingPerUnitTotal>>,
        /// What each following period will cost, if sent.
        totals_due_per_period: Opt<Nested<BillingPeriodTotals>>,
        /// The recurring charge per period (older single-amount form), if sent.
        total_due_per_period: Opt<Nested<BillingMoneyAmount>>,
    }
}

model! {
    /// What one billing period costs, broken down.
    BillingPeriodTotals {
        /// Before taxes.
        subtotal: Nested<BillingMoneyAmount>,
        /// The plan's base fee part.
        base_fee: Nested<BillingMoneyAmount>,
        /// The tax included.
        tax_total: Nested<BillingMoneyAmount>,
        /// The final amount for the period.
        grand_total: Nested<BillingMoneyAmount>,
        /// The per-unit breakdown. Absent or `null` gives an empty tuple.
        per_unit_totals: List<Nested<BillingPerUnitTotal>>,
    }
}

model! {
    /// The cost of one kind of unit (for example seats), tier by tier.
    BillingPerUnitTotal {
        /// The unit's name, for example `"seats"`.
        name: Str,
        /// How many units make one billed block.
        block_size: Int,
        /// The cost per tier. Absent or `null` gives an empty tuple.
        tiers: List<Nested<BillingPerUnitTotalTier>>,
    }
}

model! {
    /// The cost of the units billed within one pricing tier.
    BillingPerUnitTotalTier {
        /// How many blocks fall into this tier; `None` means unlimited.
        quantity: Opt<Int>,
        /// The price of one block in this tier.
        fee_per_block: Nested<BillingMoneyAmount>,
        /// The total for this tier.
        total: Nested<BillingMoneyAmount>,
    }
}

model! {
    /// Credits applied to a charge.
    BillingCredits {
        /// Credit for the unused part of a previous plan, if any.
        proration: Opt<Nested<BillingProrationCreditDetail>>,
        /// Credit taken from the payer's balance, if any.
        payer: Opt<Nested<BillingPayerCredit>>,
        /// All credits together.
        total: Nested<BillingMoneyAmount>,
    }
}

model! {
    /// Credit for the part of a paid period that was not used.
    BillingProrationCreditDetail {
        /// The credited amount.
        amount: Nested<BillingMoneyAmount>,
        /// Days left in the period.
        cycle_days_remaining: Int,
        /// Days in the whole period.
        cycle_days_total: Int,
        /// The share of the period left, as the API sends it.
        cycle_remaining_percent: Float,
    }
}

model! {
    /// Credit taken from the payer's credit balance.
    BillingPayerCredit {
        /// What is left of the balance afterwards.
        remaining_balance: Nested<BillingMoneyAmount>,
        /// What was taken from the balance.
        applied_amount: Nested<BillingMoneyAmount>,
    }
}

model! {
    /// Discounts applied to a charge.
    BillingDiscounts {
        /// The discount for the part of the period already passed (seats added mid-period), if any.
        proration: Opt<Nested<BillingProrationDiscount>>,
        /// A discount or promo code applied, if any.
        discount: Opt<Nested<BillingAppliedDiscount>>,
        /// All discounts together.
        total: Nested<BillingMoneyAmount>,
    }
}

model! {
    /// The discount for the part of a period that had already passed.
    BillingProrationDiscount {
        /// The discounted amount.
        amount: Nested<BillingMoneyAmount>,
        /// Days of the period already passed.
        cycle_days_passed: Int,
        /// Days in the whole period.
        cycle_days_total: Int,
        /// The share of the period passed, as the API sends it.
        cycle_passed_percent: Float,
    }
}

model! {
    /// A discount (promotion or promo code) applied to a charge.
    BillingAppliedDiscount {
        /// What the discount takes off this charge.
        amount: Nested<BillingMoneyAmount>,
        /// The discount's id.
        discount_id: Str,
        /// The discount's display name, if sent.
        name: Opt<Str>,
        /// `"percentage"` or `"fixed_amount"`; unknown values stay `str`.
        effect: Opt<Str>,
        /// The percentage taken off, for percentage discounts.
        percent_off: Opt<Float>,
        /// The fixed amount taken off, for fixed-amount discounts.
        amount_off: Opt<Nested<BillingMoneyAmount>>,
        /// The promo code used, if any.
        promo_code: Opt<Str>,
        /// Billing periods the discount still applies to; `None` means forever or not sent.
        cycles_remaining: Opt<Int>,
        /// How many periods the discount lasts in total, if sent.
        duration_in_cycles: Opt<Int>,
    }
}

model! {
    /// The seats included in a subscription item.
    BillingSubscriptionItemSeats {
        /// The seat limit; `None` means unlimited.
        quantity: Opt<Int>,
        /// The cost per pricing tier. Absent or `null` gives an empty tuple.
        tiers: List<Nested<BillingPerUnitTotalTier>>,
    }
}
