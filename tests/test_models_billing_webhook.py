"""Behaviour of the billing webhook classes: the `data` of `paymentAttempt.*`, `subscription.*` and
`subscriptionItem.*` events.

Payloads live in tests/fixtures/billing_webhook/: the published examples of every billing event
(webhook_examples.json, whole envelopes), and events of an organization payer built from the webhook spec's
schemas with every key set: a failed payment attempt (webhook_payment_attempt_failed.json), a canceled item and
an ended subscription (webhook_subscription_ended.json). File names contain "webhook" so that
test_deserialize's fixture walk treats their billing objects as webhook-shaped.
"""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pytest
from conftest import first_problem

import clerk_backend as cb
from clerk_backend import (
    BillingCredits,
    BillingMoneyAmount,
    BillingPayee,
    BillingPayer,
    BillingPaymentAttempt,
    BillingPaymentAttemptSubscriptionItem,
    BillingPaymentFailedReason,
    BillingPaymentSource,
    BillingProrationCreditDetail,
    BillingWebhookPlan,
    BillingWebhookSeats,
    BillingWebhookSubscription,
    BillingWebhookSubscriptionItem,
    BillingWebhookTotals,
    BillingWebhookUnitPrice,
    BillingWebhookUnitPriceTier,
    BillingWebhookUnitTotal,
    ParseError,
    deserialize,
)

FIXTURES = Path(__file__).parent / "fixtures" / "billing_webhook"
Payload = dict[str, Any]


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


EXAMPLES_FILE = "webhook_examples.json"
FAILED_FILE = "webhook_payment_attempt_failed.json"
ENDED_FILE = "webhook_subscription_ended.json"
EXAMPLES: dict[str, Any] = load(EXAMPLES_FILE)["examples"]


def example(event: str) -> Payload:
    data: Payload = copy.deepcopy(EXAMPLES[event]["data"])
    return data


def failed_attempt() -> Payload:
    data: Payload = load(FAILED_FILE)["event"]["data"]
    return data


def get_in(obj: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        obj = obj[step]
    return obj


def parse_error(cls: type, data: Any) -> ParseError:
    """The first problem of a tolerant parse, which ``strict=True`` raises (see conftest.first_problem)."""
    error: ParseError = first_problem(lambda strict: cls.from_json(data, strict=strict))
    return error


def dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False)


INPUT_KINDS: dict[str, Callable[[Payload], Any]] = {
    "dict": lambda p: p,
    "str": dumps,
    "bytes": lambda p: dumps(p).encode(),
}


@pytest.fixture(params=sorted(INPUT_KINDS))
def as_input(request: pytest.FixtureRequest) -> Callable[[Payload], Any]:
    """Turn a payload into one kind of from_json input: a dict, or JSON text as str or bytes."""
    return INPUT_KINDS[request.param]


# ---------------------------------------------------------------------------------------------
# One spec per class: where its payload comes from and what the declaration promises.


@dataclass
class Spec:
    cls: Any
    source: Callable[[], Payload]
    path: tuple[Any, ...] = ()
    # JSON keys, in declaration order, that must be present and not null.
    required: tuple[str, ...] = ()
    # JSON keys whose null (and absent key) gives None.
    nullable: tuple[str, ...] = ()
    # JSON keys read as a tuple: absent / null give ().
    lists: tuple[str, ...] = ()
    # The ParseError path for a payload with only `object` and `id` (None: it parses).
    only_id_error: str | None = None
    # Nullable keys the fixture sends as null (every other declared key has a value there).
    sent_null: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return str(self.cls.__name__)

    def payload(self) -> Payload:
        value: Payload = copy.deepcopy(get_in(self.source(), self.path))
        return value


def ended_event(event: str) -> Payload:
    data: Payload = load(ENDED_FILE)["events"][event]["data"]
    return data


def ended_subscription() -> Payload:
    return ended_event("subscription.updated")


def canceled_item() -> Payload:
    return ended_event("subscriptionItem.canceled")


ITEM0 = ("subscription_items", 0)

SPECS: list[Spec] = [
    Spec(
        BillingPaymentAttempt,
        failed_attempt,
        required=(
            "id",
            "instance_id",
            "payment_id",
            "statement_id",
            "gateway_external_id",
            "status",
            "created_at",
            "updated_at",
            "billing_date",
            "charge_type",
            "payee",
            "payer",
            "totals",
            "payment_source",
        ),
        nullable=("invoice_id", "paid_at", "failed_at", "failed_reason"),
        lists=("subscription_items",),
        only_id_error="BillingPaymentAttempt.instance_id",
        sent_null=("paid_at",),  # a failed attempt
    ),
    Spec(
        BillingPaymentFailedReason,
        failed_attempt,
        ("failed_reason",),
        required=("code", "decline_code"),
        only_id_error="BillingPaymentFailedReason.code",
    ),
    Spec(
        BillingPayee,
        failed_attempt,
        ("payee",),
        required=("id", "gateway_type", "gateway_external_id", "gateway_status"),
        only_id_error="BillingPayee.gateway_type",
    ),
    Spec(
        BillingPayer,
        failed_attempt,
        ("payer",),
        required=("id", "image_url"),
        nullable=(
            "object",
            "user_id",
            "first_name",
            "last_name",
            "email",
            "organization_id",
            "organization_name",
            "created_at",
            "updated_at",
        ),
        only_id_error="BillingPayer.image_url",
    ),
    Spec(
        BillingPaymentSource,
        failed_attempt,
        ("payment_source",),
        required=("id", "gateway", "gateway_external_id", "payment_method", "status"),
        nullable=("gateway_external_account_id", "card_type", "last4"),
        only_id_error="BillingPaymentSource.gateway",
    ),
    Spec(
        BillingWebhookTotals,
        failed_attempt,
        ("totals",),
        required=("subtotal", "tax_total", "grand_total"),
        lists=("per_unit_totals",),
        only_id_error="BillingWebhookTotals.subtotal",
    ),
    Spec(
        BillingWebhookUnitTotal,
        failed_attempt,
        ("totals", "per_unit_totals", 0),
        nullable=("name", "amount", "quantity", "total", "currency"),
    ),
    Spec(
        BillingPaymentAttemptSubscriptionItem,
        failed_attempt,
        ITEM0,
        required=("id", "status", "period_start"),
        nullable=(
            "object",
            "plan_id",
            "plan",
            "interval",
            "plan_period",
            "period_end",
            "created_at",
            "updated_at",
            "canceled_at",
            "past_due_at",
            "amount",
            "lifetime_paid",
            "next_payment_amount",
            "next_payment_date",
            "proration_date",
            "credit",
            "credits",
            "payer",
            "subscription_id",
        ),
        only_id_error="BillingPaymentAttemptSubscriptionItem.status",
    ),
    Spec(
        BillingWebhookSubscription,
        ended_subscription,
        required=("object", "id", "status", "payer_id", "payer", "created_at", "updated_at"),
        nullable=("active_at", "past_due_at", "canceled_at", "ended_at", "latest_payment_id", "payment_source_id"),
        lists=("items",),
        only_id_error="BillingWebhookSubscription.status",
    ),
    Spec(
        BillingWebhookSubscriptionItem,
        canceled_item,
        required=("object", "id", "status", "is_free_trial", "created_at", "updated_at", "period_start", "interval"),
        nullable=("period_end", "plan_id", "plan", "payer", "subscription_id", "seats"),
        only_id_error="BillingWebhookSubscriptionItem.status",
    ),
    Spec(
        BillingWebhookPlan,
        failed_attempt,
        (*ITEM0, "plan"),
        required=("id", "slug", "name", "is_recurring", "amount", "currency"),
        nullable=(
            "instance_id",
            "product_id",
            "description",
            "is_default",
            "is_prorated",
            "period",
            "interval",
            "has_base_fee",
            "annual_monthly_amount",
            "publicly_visible",
        ),
        lists=("unit_prices",),
        only_id_error="BillingWebhookPlan.slug",
    ),
    Spec(
        BillingWebhookUnitPrice,
        canceled_item,
        ("plan", "unit_prices", 0),
        required=("name", "block_size"),
        lists=("tiers",),
        only_id_error="BillingWebhookUnitPrice.name",
    ),
    Spec(
        BillingWebhookUnitPriceTier,
        failed_attempt,
        (*ITEM0, "plan", "unit_prices", 0, "tiers", 0),
        required=("starts_at_block", "amount_per_block", "currency"),
        nullable=("ends_after_block",),
        only_id_error="BillingWebhookUnitPriceTier.starts_at_block",
    ),
    Spec(BillingWebhookSeats, canceled_item, ("seats",), nullable=("quantity",)),
]

BY_NAME = {spec.name: spec for spec in SPECS}
GROUP = {
    "BillingPaymentAttempt",
    "BillingPaymentFailedReason",
    "BillingPayee",
    "BillingPayer",
    "BillingPaymentSource",
    "BillingWebhookTotals",
    "BillingWebhookUnitTotal",
    "BillingPaymentAttemptSubscriptionItem",
    "BillingWebhookSubscription",
    "BillingWebhookSubscriptionItem",
    "BillingWebhookPlan",
    "BillingWebhookUnitPrice",
    "BillingWebhookUnitPriceTier",
    "BillingWebhookSeats",
}


def specs_where(keep: Callable[[Spec], Any]) -> Any:
    """Parametrize over the specs for which `keep` is true."""
    chosen = [s for s in SPECS if keep(s)]
    return pytest.mark.parametrize("spec", chosen, ids=[s.name for s in chosen])


spec_param = specs_where(lambda s: True)


def test_every_class_of_the_group_is_exported_and_has_a_spec() -> None:
    assert set(cb.__all__) >= GROUP
    assert set(BY_NAME) == GROUP


@spec_param
def test_spec_lists_every_declared_key(spec: Spec) -> None:
    """The spec's key lists cover exactly the keys `to_dict()` writes, so the generic tests see every field."""
    obj = spec.cls.from_json(spec.payload())
    listed = {*spec.required, *spec.nullable, *spec.lists}
    assert listed == set(obj.to_dict())
    assert list(obj.to_dict()) == list(spec.cls.__match_args__)


@spec_param
def test_spec_payload_has_every_key_non_null(spec: Spec) -> None:
    """The fixtures exercise every declared key with a real value (so null/absent tests change something)."""
    payload = spec.payload()
    for key in (*spec.required, *spec.nullable, *spec.lists):
        assert key in payload, key
        assert (payload[key] is None) is (key in spec.sent_null), key


# ---------------------------------------------------------------------------------------------
# Generic behaviour, for every class


@spec_param
def test_parses_from_dict_str_and_bytes_alike(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    payload = spec.payload()
    obj = spec.cls.from_json(as_input(payload))
    assert type(obj) is spec.cls
    assert obj == spec.cls.from_json(payload)
    assert obj.raw == payload


@spec_param
def test_to_dict_round_trip(spec: Spec) -> None:
    obj = spec.cls.from_json(spec.payload())
    assert spec.cls.from_json(obj.to_dict()) == obj
    assert spec.cls.from_json(obj.to_json()) == obj
    assert pickle.loads(pickle.dumps(obj)) == obj


@spec_param
def test_unknown_fields_are_ignored_but_kept_in_raw(spec: Spec) -> None:
    payload = spec.payload()
    extended = {**payload, "x_future_field": {"nested": [1, 2.5, None]}, "zz": "new"}
    obj = spec.cls.from_json(dumps(extended))
    assert obj == spec.cls.from_json(payload)
    assert obj.raw["x_future_field"] == {"nested": [1, 2.5, None]}
    assert not hasattr(obj, "x_future_field")
    assert "x_future_field" not in obj.to_dict()


@specs_where(lambda s: s.nullable)
def test_nullable_fields_accept_null_and_absence(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    nulled = {**spec.payload(), **dict.fromkeys(spec.nullable)}
    obj = spec.cls.from_json(as_input(nulled))
    for key in spec.nullable:
        assert getattr(obj, key) is None, key
    absent = {k: v for k, v in spec.payload().items() if k not in spec.nullable}
    obj = spec.cls.from_json(as_input(absent))
    for key in spec.nullable:
        assert getattr(obj, key) is None, key
    assert obj.to_dict() == {**obj.to_dict(), **dict.fromkeys(spec.nullable)}


@specs_where(lambda s: s.lists)
def test_lists_accept_null_absence_and_empty(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    for value in ([], None, "absent"):
        payload = spec.payload()
        for key in spec.lists:
            if value == "absent":
                payload.pop(key, None)
            else:
                payload[key] = value
        obj = spec.cls.from_json(as_input(payload))
        for key in spec.lists:
            assert getattr(obj, key) == (), (key, value)


@spec_param
def test_required_fields_missing_or_null_raise_with_path(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    for key in spec.required:
        payload = spec.payload()
        del payload[key]
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == f"{spec.name}.{key}"
        assert str(err) == f"{spec.name}.{key}: required key is missing"
        payload[key] = None
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == f"{spec.name}.{key}"
        assert str(err).endswith(", got null")


@spec_param
def test_only_object_and_id(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    payload = {k: v for k, v in spec.payload().items() if k in ("object", "id")}
    if spec.only_id_error is None:
        obj = spec.cls.from_json(as_input(payload))
        assert obj.raw == payload
    else:
        assert parse_error(spec.cls, as_input(payload)).path == spec.only_id_error


@spec_param
def test_every_key_null(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    """Every declared key null: the first required field (declaration order) fails, or it all parses."""
    payload = dict.fromkeys(spec.cls.__match_args__)
    if spec.required:
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == f"{spec.name}.{spec.required[0]}"
        assert str(err).endswith("got null")
    else:
        obj = spec.cls.from_json(as_input(payload))
        for key in spec.nullable:
            assert getattr(obj, key) is None
        for key in spec.lists:
            assert getattr(obj, key) == ()


@spec_param
def test_wrong_json_type_names_the_path(spec: Spec) -> None:
    payload = spec.payload()
    key = (spec.required or spec.nullable)[0]
    payload[key] = [1]
    err = parse_error(spec.cls, dumps(payload))
    assert err.path == f"{spec.name}.{key}"
    assert "got array" in str(err)


@spec_param
def test_repr_names_the_class_and_hides_nothing_unexpected(spec: Spec) -> None:
    text = repr(spec.cls.from_json(spec.payload()))
    assert text.startswith(f"{spec.name}(")
    assert "<redacted>" not in text


# ---------------------------------------------------------------------------------------------
# The published examples: every billing event's `data` parses into its class


PAYMENT_EVENTS = sorted(k for k in EXAMPLES if k.startswith("paymentAttempt."))
SUBSCRIPTION_EVENTS = sorted(k for k in EXAMPLES if k.startswith("subscription."))
ITEM_EVENTS = sorted(k for k in EXAMPLES if k.startswith("subscriptionItem."))

CLASS_FOR_EVENT: dict[str, Any] = {
    **dict.fromkeys(PAYMENT_EVENTS, BillingPaymentAttempt),
    **dict.fromkeys(SUBSCRIPTION_EVENTS, BillingWebhookSubscription),
    **dict.fromkeys(ITEM_EVENTS, BillingWebhookSubscriptionItem),
}


def test_examples_cover_every_billing_event() -> None:
    """15 published billing examples. `subscriptionItem.created` is typed by the reference but neither in the
    webhook spec nor in the examples; its data would be the same item shape."""
    assert PAYMENT_EVENTS == ["paymentAttempt.created", "paymentAttempt.updated"]
    assert SUBSCRIPTION_EVENTS == [
        "subscription.active",
        "subscription.created",
        "subscription.pastDue",
        "subscription.updated",
    ]
    assert [e.split(".")[1] for e in ITEM_EVENTS] == [
        "abandoned",
        "active",
        "canceled",
        "ended",
        "freeTrialEnding",
        "incomplete",
        "pastDue",
        "upcoming",
        "updated",
    ]
    assert len(CLASS_FOR_EVENT) == 15
    assert "subscriptionItem.created" not in EXAMPLES
    assert all(EXAMPLES[e]["type"] == e for e in CLASS_FOR_EVENT)


@pytest.mark.parametrize("event", sorted(CLASS_FOR_EVENT))
def test_example_data_parses_from_every_input_kind(event: str, as_input: Callable[[Payload], Any]) -> None:
    cls = CLASS_FOR_EVENT[event]
    data = example(event)
    obj = cls.from_json(as_input(data))
    assert type(obj) is cls
    assert obj.raw == data
    assert obj.id == data["id"]
    assert obj.status == data["status"]
    assert cls.from_json(obj.to_dict()) == obj
    assert pickle.loads(pickle.dumps(obj)) == obj


def test_example_data_parses_from_the_whole_body_bytes() -> None:
    """The data object read out of the exact envelope bytes gives the same model as from the dict."""
    for event, cls in CLASS_FOR_EVENT.items():
        body = json.dumps(EXAMPLES[event]).encode()
        data = json.loads(body)["data"]
        assert cls.from_json(json.dumps(data).encode()) == cls.from_json(data), event


@pytest.mark.parametrize("event", PAYMENT_EVENTS)
def test_payment_attempt_example_values(event: str) -> None:
    att = BillingPaymentAttempt.from_json(dumps(example(event)))
    paid = event == "paymentAttempt.updated"
    assert (att.id, att.instance_id) == ("pa_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S")
    assert (att.payment_id, att.statement_id) == ("cpa_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "stmt_2g7np7Hrk0SN6kj5EDMLDaKNL0S")
    assert att.invoice_id is None  # spec-required but deprecated, and absent from the examples
    assert att.gateway_external_id == "pi_1A2B3C4D5E6F7G8H9I0J1K2L"
    assert att.status == ("paid" if paid else "pending")
    assert att.created_at == 1716883200000
    assert att.updated_at == (1716883500000 if paid else 1716883200000)
    assert att.paid_at == (1716883500000 if paid else None)
    assert (att.failed_at, att.failed_reason) == (None, None)
    assert (att.billing_date, att.charge_type) == (1716883200000, "recurring")

    assert type(att.payee) is BillingPayee
    assert (att.payee.id, att.payee.gateway_type, att.payee.gateway_status) == (
        "cpayee_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "stripe",
        "active",
    )
    assert att.payee.gateway_external_id == "acct_1A2B3C4D5E6F7G8H"

    payer = att.payer
    assert type(payer) is BillingPayer
    assert (payer.object, payer.id, payer.user_id) == (
        None,
        "cpayer_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "user_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
    )
    assert (payer.first_name, payer.last_name, payer.email) == ("John", "Doe", "john.doe@acme.com")
    assert payer.image_url == "https://img.clerk.com/xxxxxx"
    # A user payer in a payment attempt: the organization keys and the timestamps are left out.
    assert (payer.organization_id, payer.organization_name, payer.created_at, payer.updated_at) == (None,) * 4

    totals = att.totals
    assert type(totals) is BillingWebhookTotals
    assert [type(m) for m in (totals.subtotal, totals.tax_total, totals.grand_total)] == [BillingMoneyAmount] * 3
    assert (totals.subtotal.amount, totals.tax_total.amount, totals.grand_total.amount) == (2000, 200, 2200)
    assert totals.grand_total.amount_formatted == "$22.00"
    assert (totals.grand_total.currency, totals.grand_total.currency_symbol) == ("USD", "$")
    assert totals.per_unit_totals == ()

    src = att.payment_source
    assert type(src) is BillingPaymentSource
    assert (src.id, src.gateway, src.payment_method, src.status) == (
        "cps_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "stripe",
        "card",
        "active",
    )
    assert (src.gateway_external_id, src.gateway_external_account_id) == (
        "pm_1A2B3C4D5E6F7G8H9I0J1K2L",
        "acct_1A2B3C4D5E6F7G8H",
    )
    assert (src.card_type, src.last4) == ("visa", "4242")

    (item,) = att.subscription_items
    assert type(att.subscription_items) is tuple
    assert type(item) is BillingPaymentAttemptSubscriptionItem
    # The examples' item shape: no object/interval/created_at, but plan_period, amount, lifetime_paid, ...
    assert (item.object, item.interval, item.created_at, item.updated_at) == (None, None, None, None)
    assert (item.id, item.status, item.plan_period) == ("csub_item_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "active", "month")
    assert (item.period_start, item.period_end) == (1716883200000, 1719561600000)
    assert (item.canceled_at, item.past_due_at) == (None, None)
    assert (item.lifetime_paid, item.next_payment_amount, item.next_payment_date) == (10000, 2000, 1719561600000)
    assert type(item.lifetime_paid) is int
    assert item.proration_date == "2024-05-01"
    assert type(item.amount) is BillingMoneyAmount
    assert (item.amount.amount, item.amount.amount_formatted) == (2000, "$20.00")
    assert type(item.credit) is BillingProrationCreditDetail
    assert (item.credit.amount.amount, item.credit.cycle_days_remaining, item.credit.cycle_days_total) == (500, 15, 30)
    assert item.credit.cycle_remaining_percent == 0.5
    assert type(item.credits) is BillingCredits
    assert item.credits.proration.amount.amount == 300
    assert (item.credits.payer.applied_amount.amount, item.credits.payer.remaining_balance.amount) == (200, 800)
    assert item.credits.total.amount == 500
    assert (item.payer, item.subscription_id) == (None, None)
    assert item.plan_id == "cplan_2g7np7Hrk0SN6kj5EDMLDaKNL0S"

    plan = item.plan
    assert type(plan) is BillingWebhookPlan
    assert (plan.id, plan.slug, plan.name) == ("cplan_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "pro-plan", "Pro Plan")
    assert (plan.is_recurring, plan.amount, plan.currency) == (True, 2000, "USD")
    assert plan.instance_id == "ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert plan.product_id == "cprd_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert plan.description == "Professional plan with advanced features"
    assert (plan.is_default, plan.is_prorated, plan.has_base_fee, plan.publicly_visible) == (False, True, True, True)
    assert (plan.period, plan.interval, plan.annual_monthly_amount) == ("month", 1, 1800)
    assert plan.unit_prices == ()
    assert att.payer is att.payer
    assert att.subscription_items is att.subscription_items


SUBSCRIPTION_VALUES = {
    # event: (status, updated_at, past_due_at, item status, item updated_at)
    "subscription.active": ("active", 1716883200000, None, "active", 1716883200000),
    "subscription.created": ("active", 1716883200000, None, "active", 1716883200000),
    "subscription.pastDue": ("past_due", 1716969600000, 1716969600000, "past_due", 1716969600000),
    "subscription.updated": ("active", 1716883500000, None, "active", 1716883500000),
}


@pytest.mark.parametrize("event", SUBSCRIPTION_EVENTS)
def test_subscription_example_values(event: str) -> None:
    status, updated_at, past_due_at, item_status, item_updated_at = SUBSCRIPTION_VALUES[event]
    sub = BillingWebhookSubscription.from_json(dumps(example(event)).encode())
    assert (sub.object, sub.id, sub.status) == ("commerce_subscription", "csub_2g7np7Hrk0SN6kj5EDMLDaKNL0S", status)
    assert (sub.created_at, sub.updated_at, sub.active_at) == (1716883200000, updated_at, 1716883200000)
    assert (sub.past_due_at, sub.canceled_at, sub.ended_at) == (past_due_at, None, None)
    assert sub.latest_payment_id == "cpa_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert sub.payer_id == "cpayer_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert sub.payment_source_id == "cps_2g7np7Hrk0SN6kj5EDMLDaKNL0S"

    payer = sub.payer
    assert type(payer) is BillingPayer
    assert (payer.object, payer.id, payer.user_id) == (
        "commerce_payer",
        "cpayer_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "user_34D368EufHwugfYh4yyGNEheM0S",
    )
    assert (payer.first_name, payer.last_name, payer.email) == ("Test", "User", "test@example.com")
    # Empty strings are kept as sent (there is no reference transform turning them into None).
    assert (payer.organization_id, payer.organization_name) == ("", "")
    assert (payer.created_at, payer.updated_at) == (1716883200000, 1716883200000)

    assert type(sub.items) is tuple
    (item,) = sub.items
    assert type(item) is BillingWebhookSubscriptionItem
    assert (item.object, item.id) == ("commerce_subscription_item", "csub_item_2g7np7Hrk0SN6kj5EDMLDaKNL0S")
    assert (item.status, item.is_free_trial, item.interval) == (item_status, False, "month")
    assert (item.created_at, item.updated_at) == (1716883200000, item_updated_at)
    assert (item.period_start, item.period_end) == (1716883200000, 1719561600000)
    # Inside a subscription the item carries no payer, and a null subscription_id.
    assert (item.payer, item.subscription_id) == (None, None)
    assert "payer" not in item.raw
    assert item.plan_id == "cplan_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert type(item.plan) is BillingWebhookPlan
    assert (item.plan.slug, item.plan.name, item.plan.is_recurring) == ("pro-plan", "Pro Plan", True)
    assert (item.plan.amount, item.plan.currency) == (2000, "USD")
    # The reduced plan of the webhooks: the extra plan keys of payment attempts are None.
    assert (item.plan.instance_id, item.plan.interval, item.plan.is_default) == (None, None, None)
    if event == "subscription.created":
        assert type(item.seats) is BillingWebhookSeats
        assert item.seats.quantity == 5
        (price,) = item.plan.unit_prices
        assert type(price) is BillingWebhookUnitPrice
        assert (price.name, price.block_size) == ("seats", 1)
        (tier,) = price.tiers
        assert type(tier) is BillingWebhookUnitPriceTier
        assert (tier.starts_at_block, tier.ends_after_block, tier.amount_per_block, tier.currency) == (1, 5, 0, "USD")
    else:
        assert (item.seats, item.plan.unit_prices) == (None, ())


ITEM_VALUES = {
    # event: (status, is_free_trial, updated_at, period_start, period_end, plan slug, plan amount)
    "subscriptionItem.abandoned": ("abandoned", False, 1716969600000, 1716883200000, 1719561600000, "pro-plan", 2000),
    "subscriptionItem.active": ("active", False, 1716883200000, 1716883200000, None, "free-plan", 0),
    "subscriptionItem.canceled": ("canceled", False, 1716969600000, 1716883200000, 1719561600000, "pro-plan", 2000),
    "subscriptionItem.ended": ("ended", False, 1719561600000, 1716883200000, None, "pro-plan", 2000),
    "subscriptionItem.freeTrialEnding": (
        "active",
        True,
        1716883200000,
        1716883200000,
        1719561600000,
        "premium-trial",
        2999,
    ),
    "subscriptionItem.incomplete": ("incomplete", False, 1716883200000, 1716883200000, 1719561600000, "pro-plan", 2000),
    "subscriptionItem.pastDue": ("past_due", False, 1716969600000, 1716883200000, 1719561600000, "pro-plan", 2000),
    "subscriptionItem.upcoming": ("upcoming", False, 1716883200000, 1719561600000, 1722240000000, "pro-plan", 2000),
    "subscriptionItem.updated": ("active", False, 1716883500000, 1716883200000, 1719561600000, "pro-plan", 2000),
}


@pytest.mark.parametrize("event", ITEM_EVENTS)
def test_subscription_item_example_values(event: str) -> None:
    status, free_trial, updated_at, period_start, period_end, slug, amount = ITEM_VALUES[event]
    item = BillingWebhookSubscriptionItem.from_json(dumps(example(event)))
    assert (item.object, item.id) == ("subscription_item", "csub_item_2g7np7Hrk0SN6kj5EDMLDaKNL0S")
    assert (item.status, item.is_free_trial, item.interval) == (status, free_trial, "month")
    assert (item.created_at, item.updated_at) == (1716883200000, updated_at)
    assert (item.period_start, item.period_end) == (period_start, period_end)
    assert item.subscription_id == "csub_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert item.plan_id == "cplan_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert (item.plan.slug, item.plan.amount, item.plan.currency) == (slug, amount, "USD")
    assert item.plan.is_recurring is (slug != "free-plan")
    assert type(item.payer) is BillingPayer
    assert (item.payer.id, item.payer.object) == ("cpayer_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "commerce_payer")
    assert item.payer.email == "test@example.com"
    if event == "subscriptionItem.active":
        assert item.seats.quantity == 5
        assert item.plan.unit_prices[0].tiers[0].ends_after_block == 5
    else:
        assert item.seats is None


# ---------------------------------------------------------------------------------------------
# The spec-shaped failed payment attempt


def test_failed_payment_attempt_values() -> None:
    att = BillingPaymentAttempt.from_json(dumps(failed_attempt()).encode())
    assert (att.status, att.paid_at, att.failed_at) == ("failed", None, 1751414460000)
    assert att.invoice_id == "inv_2xhR5gZ0rQ2uX4aDf8PtC1wO6Hl"
    assert type(att.failed_reason) is BillingPaymentFailedReason
    assert (att.failed_reason.code, att.failed_reason.decline_code) == ("card_declined", "insufficient_funds")

    payer = att.payer
    # An organization payer: the user keys come as empty strings and stay so.
    assert (payer.user_id, payer.first_name, payer.last_name) == ("", "", "")
    assert (payer.organization_id, payer.organization_name) == ("org_2xhQ5mT8vB1nK4wYc7LpR0sZ3Fg", "Northwind Traders")
    assert payer.email == "billing@northwind.example"

    (unit,) = att.totals.per_unit_totals
    assert type(unit) is BillingWebhookUnitTotal
    assert (unit.name, unit.amount, unit.quantity, unit.total, unit.currency) == ("seats", 500, 2, 1000, "USD")
    assert (att.payment_source.card_type, att.payment_source.last4) == ("mastercard", "4444")

    both, spec_shaped = att.subscription_items
    assert (both.object, both.interval, both.plan_period) == ("commerce_subscription_item", "month", "month")
    assert (both.created_at, both.updated_at, both.past_due_at) == (1748736000000, 1751414400000, 1751414400000)
    assert both.subscription_id == "csub_2xhR0bU5mL7pS9vYa3KoX6rJ1Cg"
    assert both.payer == payer
    assert both.payer is not payer  # each nested object is its own model
    assert both.credits.payer.remaining_balance.amount == 0
    tiers = both.plan.unit_prices[0].tiers
    assert [(t.starts_at_block, t.ends_after_block, t.amount_per_block) for t in tiers] == [(1, 5, 0), (6, None, 500)]

    assert (spec_shaped.status, spec_shaped.interval, spec_shaped.plan_period) == ("upcoming", "annual", None)
    assert (spec_shaped.amount, spec_shaped.lifetime_paid, spec_shaped.next_payment_amount) == (None, None, None)
    assert (spec_shaped.credit, spec_shaped.credits) == (None, None)
    assert (spec_shaped.plan.slug, spec_shaped.plan.amount, spec_shaped.plan.unit_prices) == ("business", 48000, ())
    assert spec_shaped.plan.publicly_visible is None


def test_ended_subscription_values() -> None:
    sub = BillingWebhookSubscription.from_json(dumps(ended_subscription()))
    assert (sub.status, sub.active_at, sub.past_due_at) == ("ended", 1748736000000, 1751414400000)
    assert (sub.canceled_at, sub.ended_at, sub.updated_at) == (1752019200000, 1754006400000, 1754006400000)
    assert sub.payer.organization_name == "Northwind Traders"
    (item,) = sub.items
    assert (item.object, item.status, item.subscription_id, item.payer) == (
        "commerce_subscription_item",
        "ended",
        None,
        None,
    )
    assert item.seats.quantity == 12
    # Free plans: no payment, no payment source.
    data = ended_subscription()
    data.update(latest_payment_id=None, payment_source_id=None)
    sub = BillingWebhookSubscription.from_json(data)
    assert (sub.latest_payment_id, sub.payment_source_id) == (None, None)


def test_canceled_item_values() -> None:
    item = BillingWebhookSubscriptionItem.from_json(dumps(canceled_item()).encode())
    assert (item.object, item.status, item.is_free_trial) == ("subscription_item", "canceled", False)
    assert (item.period_start, item.period_end, item.interval) == (1751328000000, 1754006400000, "month")
    assert item.subscription_id == "csub_2xhR0bU5mL7pS9vYa3KoX6rJ1Cg"
    assert item.payer.organization_id == "org_2xhQ5mT8vB1nK4wYc7LpR0sZ3Fg"
    assert type(item.seats) is BillingWebhookSeats
    assert item.seats.quantity == 12
    (price,) = item.plan.unit_prices
    assert [(t.starts_at_block, t.ends_after_block, t.amount_per_block) for t in price.tiers] == [
        (1, 5, 0),
        (6, None, 500),
    ]
    # Unlimited seats.
    data = canceled_item()
    data["seats"] = {"quantity": None}
    assert BillingWebhookSubscriptionItem.from_json(data).seats.quantity is None


# ---------------------------------------------------------------------------------------------
# Decisions


def test_no_class_of_the_group_is_dispatched_by_object_value() -> None:
    """None of these classes declares an `object` value: `deserialize` never builds them. Webhook-only values
    and object-less payment attempts come back unchanged; `commerce_subscription` stays the API class's."""
    for event in [*ITEM_EVENTS, *PAYMENT_EVENTS]:
        data = example(event)
        assert deserialize(data) is data
    # `commerce_subscription` dispatches to the API class, which rejects the webhook shape: webhook data must be
    # built with BillingWebhookSubscription.from_json, never through deserialize.
    with pytest.raises(ParseError) as info:
        deserialize(example("subscription.active"), strict=True)
    assert info.value.path == "BillingSubscription.instance_id"


def test_item_object_value_is_kept_and_unknown_values_stay_str() -> None:
    data = example("subscriptionItem.updated")
    data["object"] = "commerce_subscription_item_v2"
    data["status"] = "paused_for_review"
    item = BillingWebhookSubscriptionItem.from_json(data)
    assert (item.object, item.status) == ("commerce_subscription_item_v2", "paused_for_review")


def test_plan_interval_is_a_count_unlike_the_item_interval() -> None:
    """In payment-attempt plans `interval` is a number of periods (1); the item's `interval` is a word."""
    data = failed_attempt()
    data["subscription_items"][0]["plan"]["interval"] = "month"
    err = parse_error(BillingPaymentAttempt, dumps(data))
    assert err.path == "BillingPaymentAttempt.subscription_items[0].plan.interval"
    assert "got string" in str(err)
    data = example("subscriptionItem.updated")
    data["interval"] = 1
    assert parse_error(BillingWebhookSubscriptionItem, data).path == "BillingWebhookSubscriptionItem.interval"


def test_bare_integer_amounts_stay_int_at_full_precision() -> None:
    data = example("subscriptionItem.updated")
    data["plan"]["amount"] = 2**70
    item = BillingWebhookSubscriptionItem.from_json(dumps(data))
    assert item.plan.amount == 2**70
    assert type(item.plan.amount) is int
    data["plan"]["amount"] = 20.5
    assert parse_error(BillingWebhookSubscriptionItem, data).path == "BillingWebhookSubscriptionItem.plan.amount"
    data["plan"]["amount"] = {"amount": 2000}
    err = parse_error(BillingWebhookSubscriptionItem, dumps(data))
    assert err.path == "BillingWebhookSubscriptionItem.plan.amount"
    assert "got object" in str(err)


def test_nested_errors_name_the_full_path() -> None:
    data = example("subscription.created")
    del data["items"][0]["plan"]["unit_prices"][0]["tiers"][0]["amount_per_block"]
    err = parse_error(BillingWebhookSubscription, dumps(data))
    assert err.path == "BillingWebhookSubscription.items[0].plan.unit_prices[0].tiers[0].amount_per_block"
    data = example("paymentAttempt.created")
    data["payer"]["image_url"] = None
    assert parse_error(BillingPaymentAttempt, data).path == "BillingPaymentAttempt.payer.image_url"
    data = example("paymentAttempt.created")
    del data["subscription_items"][0]["credits"]["total"]
    err = parse_error(BillingPaymentAttempt, data)
    assert err.path == "BillingPaymentAttempt.subscription_items[0].credits.total"


def test_the_payment_attempt_item_reads_both_documented_shapes() -> None:
    """Spec shape (object, interval, created_at, payer, subscription_id) and example shape (plan_period, amount,
    lifetime_paid, next_payment_*) each parse; the keys of the other shape are None."""
    example_shape = example("paymentAttempt.created")["subscription_items"][0]
    spec_shape = failed_attempt()["subscription_items"][1]
    a = BillingPaymentAttemptSubscriptionItem.from_json(example_shape)
    b = BillingPaymentAttemptSubscriptionItem.from_json(spec_shape)
    assert (a.plan_period, a.interval, a.object) == ("month", None, None)
    assert (b.plan_period, b.interval, b.object) == (None, "annual", "commerce_subscription_item")
    assert b.payer.organization_name == "Northwind Traders"


def test_webhook_totals_per_unit_totals_take_the_webhook_shape() -> None:
    """The webhook spec's per-unit totals are flat (`amount`, `quantity`, `total`); the API's BillingTotals
    expects `block_size` and tiers there and would reject them."""
    totals = failed_attempt()["totals"]
    assert BillingWebhookTotals.from_json(totals).per_unit_totals[0].total == 1000
    assert parse_error(cb.BillingTotals, totals).path == "BillingTotals.per_unit_totals[0].block_size"
    # An unlimited quantity is null.
    totals["per_unit_totals"][0]["quantity"] = None
    assert BillingWebhookTotals.from_json(dumps(totals)).per_unit_totals[0].quantity is None


def test_match_args_follow_declaration_order() -> None:
    assert BillingWebhookSubscriptionItem.__match_args__[:4] == ("object", "id", "status", "is_free_trial")
    assert BillingPaymentAttempt.__match_args__[:3] == ("id", "instance_id", "payment_id")


def test_models_are_frozen() -> None:
    sub = BillingWebhookSubscription.from_json(example("subscription.updated"))
    with pytest.raises(AttributeError, match=r"^BillingWebhookSubscription\.status is read-only$"):
        sub.status = "canceled"  # type: ignore[misc]
    raw = sub.raw
    raw["status"] = "changed"
    assert sub.raw["status"] == "active"
