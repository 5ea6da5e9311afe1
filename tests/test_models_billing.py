"""Behaviour of the billing models (plans, features, subscriptions and their typed amounts) and of the
machine / API key / OAuth / token models.

Payloads live in tests/fixtures/billing/: one realistic Backend API response per class, built from the
OpenAPI schemas and examples, plus the published webhook examples of the billing events
(webhook_examples.json). The helper classes (BillingMoneyAmount, BillingTotals, ...) are tested on the
objects nested in billing_subscription.json.
"""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pytest
from conftest import first_problem

import clerk_backend as cb
from clerk_backend import (
    ActorToken,
    AgentTask,
    APIKey,
    BillingAppliedDiscount,
    BillingCredits,
    BillingDiscounts,
    BillingMoneyAmount,
    BillingNextPayment,
    BillingPayerCredit,
    BillingPeriodTotals,
    BillingPerUnitTotal,
    BillingPerUnitTotalTier,
    BillingPlan,
    BillingProrationCreditDetail,
    BillingProrationDiscount,
    BillingSubscription,
    BillingSubscriptionItem,
    BillingSubscriptionItemSeats,
    BillingTotals,
    Feature,
    IdPOAuthAccessToken,
    JwtTemplate,
    M2MToken,
    Machine,
    MachineScope,
    MachineSecretKey,
    OauthAccessToken,
    OAuthApplication,
    ParseError,
    SignInToken,
    Token,
)

# Not imported under its own name: pytest would try to collect a module-level `Test*` class.
TokenForTests = cb.TestingToken

FIXTURES = Path(__file__).parent / "fixtures" / "billing"
Payload = dict[str, Any]


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


WEBHOOKS: dict[str, Any] = load("webhook_examples.json")["examples"]


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
    fixture: str
    path: tuple[Any, ...] = ()
    # JSON keys, in declaration order, that must be present and not null.
    required: tuple[str, ...] = ()
    # JSON keys whose null (and absent key) gives None.
    nullable: tuple[str, ...] = ()
    # JSON keys read as a tuple: absent / null give ().
    lists: tuple[str, ...] = ()
    # JSON key -> (value when absent, value when null), for defaults.
    defaults: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    # Property names that hold secrets.
    secrets: tuple[str, ...] = ()
    # The ParseError path for a payload with only `object` and `id` (None: it parses).
    only_id_error: str | None = None
    # JSON key -> property name, where they differ.
    props: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return str(self.cls.__name__)

    def payload(self) -> Payload:
        value: Payload = copy.deepcopy(get_in(load(self.fixture), self.path))
        return value

    def prop(self, key: str) -> str:
        return self.props.get(key, key)


SUB = "billing_subscription.json"
TOTALS = ("next_payment", "totals")

SPECS: list[Spec] = [
    Spec(
        BillingPlan,
        "billing_plan.json",
        required=(
            "id",
            "name",
            "slug",
            "is_default",
            "is_recurring",
            "has_base_fee",
            "publicly_visible",
            "for_payer_type",
        ),
        nullable=(
            "description",
            "fee",
            "annual_fee",
            "annual_monthly_fee",
            "avatar_url",
            "free_trial_days",
            "free_trial_enabled",
        ),
        lists=("features",),
        only_id_error="BillingPlan.name",
    ),
    Spec(
        Feature,
        "feature.json",
        required=("id", "name", "slug"),
        nullable=("description", "avatar_url"),
        only_id_error="Feature.name",
    ),
    Spec(
        BillingSubscription,
        SUB,
        required=("id", "instance_id", "status", "payer_id", "created_at", "updated_at"),
        nullable=("active_at", "past_due_at", "next_payment"),
        lists=("subscription_items",),
        defaults={"eligible_for_free_trial": (False, False)},
        only_id_error="BillingSubscription.instance_id",
    ),
    Spec(
        BillingSubscriptionItem,
        SUB,
        ("subscription_items", 0),
        required=("id", "instance_id", "status", "plan_period", "is_free_trial"),
        nullable=(
            "period_start",
            "next_payment",
            "amount",
            "plan",
            "plan_id",
            "price_id",
            "created_at",
            "updated_at",
            "period_end",
            "canceled_at",
            "past_due_at",
            "ended_at",
            "payer_id",
            "lifetime_paid",
            "seats",
        ),
        only_id_error="BillingSubscriptionItem.instance_id",
    ),
    Spec(
        BillingMoneyAmount,
        SUB,
        ("next_payment", "amount"),
        required=("amount", "amount_formatted", "currency", "currency_symbol"),
        only_id_error="BillingMoneyAmount.amount",
    ),
    Spec(
        BillingNextPayment,
        SUB,
        ("next_payment",),
        nullable=("amount", "date", "totals"),
        lists=("per_unit_totals",),
    ),
    Spec(
        BillingTotals,
        SUB,
        TOTALS,
        required=("subtotal", "tax_total", "grand_total"),
        nullable=(
            "base_fee",
            "total_due_after_free_trial",
            "credit",
            "credits",
            "discounts",
            "past_due",
            "total_due_now",
            "totals_due_per_period",
            "total_due_per_period",
        ),
        lists=("per_unit_totals",),
        only_id_error="BillingTotals.subtotal",
    ),
    Spec(
        BillingPeriodTotals,
        SUB,
        (*TOTALS, "totals_due_per_period"),
        required=("subtotal", "base_fee", "tax_total", "grand_total"),
        lists=("per_unit_totals",),
        only_id_error="BillingPeriodTotals.subtotal",
    ),
    Spec(
        BillingPerUnitTotal,
        SUB,
        ("next_payment", "per_unit_totals", 0),
        required=("name", "block_size"),
        lists=("tiers",),
        only_id_error="BillingPerUnitTotal.name",
    ),
    Spec(
        BillingPerUnitTotalTier,
        SUB,
        ("next_payment", "per_unit_totals", 0, "tiers", 1),
        required=("fee_per_block", "total"),
        nullable=("quantity",),
        only_id_error="BillingPerUnitTotalTier.fee_per_block",
    ),
    Spec(
        BillingCredits,
        SUB,
        (*TOTALS, "credits"),
        required=("total",),
        nullable=("proration", "payer"),
        only_id_error="BillingCredits.total",
    ),
    Spec(
        BillingProrationCreditDetail,
        SUB,
        (*TOTALS, "credits", "proration"),
        required=("amount", "cycle_days_remaining", "cycle_days_total", "cycle_remaining_percent"),
        only_id_error="BillingProrationCreditDetail.amount",
    ),
    Spec(
        BillingPayerCredit,
        SUB,
        (*TOTALS, "credits", "payer"),
        required=("remaining_balance", "applied_amount"),
        only_id_error="BillingPayerCredit.remaining_balance",
    ),
    Spec(
        BillingDiscounts,
        SUB,
        (*TOTALS, "discounts"),
        required=("total",),
        nullable=("proration", "discount"),
        only_id_error="BillingDiscounts.total",
    ),
    Spec(
        BillingProrationDiscount,
        SUB,
        (*TOTALS, "discounts", "proration"),
        required=("amount", "cycle_days_passed", "cycle_days_total", "cycle_passed_percent"),
        only_id_error="BillingProrationDiscount.amount",
    ),
    Spec(
        BillingAppliedDiscount,
        SUB,
        (*TOTALS, "discounts", "discount"),
        required=("amount", "discount_id"),
        nullable=(
            "name",
            "effect",
            "percent_off",
            "amount_off",
            "promo_code",
            "cycles_remaining",
            "duration_in_cycles",
        ),
        only_id_error="BillingAppliedDiscount.amount",
    ),
    Spec(
        BillingSubscriptionItemSeats,
        SUB,
        ("subscription_items", 0, "seats"),
        nullable=("quantity",),
        lists=("tiers",),
    ),
    Spec(
        APIKey,
        "api_key.json",
        required=("id", "type", "name", "subject", "revoked", "expired", "created_at", "updated_at"),
        nullable=("claims", "revocation_reason", "expiration", "created_by", "description", "last_used_at", "secret"),
        lists=("scopes",),
        secrets=("secret",),
        only_id_error="APIKey.type",
    ),
    Spec(
        M2MToken,
        "m2m_token.json",
        required=("id", "subject", "revoked", "expired", "created_at", "updated_at"),
        nullable=("claims", "revocation_reason", "expiration", "token"),
        lists=("scopes",),
        secrets=("token",),
        only_id_error="M2MToken.subject",
    ),
    Spec(
        Machine,
        "machine.json",
        required=("id", "name", "instance_id", "created_at", "updated_at"),
        nullable=("default_token_ttl", "secret_key"),
        lists=("scoped_machines",),
        secrets=("secret_key",),
        only_id_error="Machine.name",
    ),
    Spec(
        MachineScope,
        "machine_scope.json",
        required=("from_machine_id", "to_machine_id"),
        nullable=("created_at", "deleted"),
        only_id_error="MachineScope.from_machine_id",
    ),
    Spec(
        MachineSecretKey,
        "machine_secret_key.json",
        required=("secret",),
        secrets=("secret",),
        only_id_error="MachineSecretKey.secret",
    ),
    Spec(
        IdPOAuthAccessToken,
        "idp_oauth_access_token.json",
        required=("id", "client_id", "subject", "revoked", "expired", "created_at", "updated_at"),
        nullable=("type", "revocation_reason", "expiration", "act"),
        lists=("scopes", "aud"),
        only_id_error="IdPOAuthAccessToken.client_id",
    ),
    Spec(
        OauthAccessToken,
        "oauth_access_token.json",
        required=("external_account_id", "provider", "token"),
        nullable=("token_secret", "expires_at", "id_token"),
        lists=("scopes",),
        defaults={"public_metadata": ({}, None), "label": ("", "")},
        secrets=("token", "token_secret", "id_token"),
        only_id_error="OauthAccessToken.external_account_id",
    ),
    Spec(
        OAuthApplication,
        "oauth_application.json",
        required=(
            "id",
            "instance_id",
            "name",
            "client_id",
            "dynamically_registered",
            "consent_screen_enabled",
            "pkce_required",
            "public",
            "scopes",
            "authorize_url",
            "token_fetch_url",
            "user_info_url",
            "discovery_url",
            "token_introspection_url",
            "created_at",
            "updated_at",
        ),
        nullable=("client_uri", "client_image_url", "client_secret"),
        lists=("redirect_uris",),
        secrets=("client_secret",),
        only_id_error="OAuthApplication.instance_id",
        props={"public": "is_public"},
    ),
    Spec(
        AgentTask,
        "agent_task.json",
        required=("agent_id",),
        nullable=("url",),
        defaults={"agent_task_id": ("", "")},
        secrets=("url",),
        only_id_error="AgentTask.agent_id",
    ),
    Spec(
        ActorToken,
        "actor_token.json",
        required=("id", "status", "user_id", "created_at", "updated_at"),
        nullable=("actor", "token", "url"),
        secrets=("token", "url"),
        only_id_error="ActorToken.status",
    ),
    Spec(
        SignInToken,
        "sign_in_token.json",
        required=("id", "user_id", "status", "created_at", "updated_at"),
        nullable=("token", "url"),
        secrets=("token", "url"),
        only_id_error="SignInToken.user_id",
    ),
    Spec(
        TokenForTests,
        "testing_token.json",
        required=("token", "expires_at"),
        secrets=("token",),
        only_id_error="TestingToken.token",
    ),
    Spec(Token, "token.json", required=("jwt",), secrets=("jwt",), only_id_error="Token.jwt"),
    Spec(
        JwtTemplate,
        "jwt_template.json",
        required=(
            "id",
            "name",
            "claims",
            "lifetime",
            "allowed_clock_skew",
            "custom_signing_key",
            "signing_algorithm",
            "created_at",
            "updated_at",
        ),
        only_id_error="JwtTemplate.name",
    ),
]

BY_NAME = {spec.name: spec for spec in SPECS}


def specs_where(keep: Callable[[Spec], Any]) -> Any:
    """Parametrize over the specs for which `keep` is true."""
    chosen = [s for s in SPECS if keep(s)]
    return pytest.mark.parametrize("spec", chosen, ids=[s.name for s in chosen])


spec_param = specs_where(lambda s: True)

BILLING_CLASSES = {
    "BillingPlan",
    "BillingSubscription",
    "BillingSubscriptionItem",
    "Feature",
    "BillingMoneyAmount",
    "BillingNextPayment",
    "BillingTotals",
    "BillingPeriodTotals",
    "BillingPerUnitTotal",
    "BillingPerUnitTotalTier",
    "BillingCredits",
    "BillingProrationCreditDetail",
    "BillingPayerCredit",
    "BillingDiscounts",
    "BillingProrationDiscount",
    "BillingAppliedDiscount",
    "BillingSubscriptionItemSeats",
}
MACHINE_CLASSES = {
    "APIKey",
    "M2MToken",
    "Machine",
    "MachineScope",
    "MachineSecretKey",
    "IdPOAuthAccessToken",
    "OauthAccessToken",
    "OAuthApplication",
    "AgentTask",
    "ActorToken",
    "SignInToken",
    "TestingToken",
    "Token",
    "JwtTemplate",
}


def test_every_class_of_the_group_is_exported_and_has_a_spec() -> None:
    assert {*BILLING_CLASSES, *MACHINE_CLASSES} <= set(cb.__all__)
    assert set(BY_NAME) == BILLING_CLASSES | MACHINE_CLASSES


@spec_param
def test_spec_lists_every_declared_key(spec: Spec) -> None:
    """The spec's key lists cover exactly the keys `to_dict()` writes, so the generic tests see every field."""
    obj = spec.cls.from_json(spec.payload())
    listed = {*spec.required, *spec.nullable, *spec.lists, *spec.defaults}
    assert listed == set(obj.to_dict())


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
    again = spec.cls.from_json(obj.to_dict())
    assert again == obj
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
        assert getattr(obj, spec.prop(key)) is None, key
    absent = {k: v for k, v in spec.payload().items() if k not in spec.nullable}
    obj = spec.cls.from_json(as_input(absent))
    for key in spec.nullable:
        assert getattr(obj, spec.prop(key)) is None, key


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
            assert getattr(obj, spec.prop(key)) == (), (key, value)


@specs_where(lambda s: s.defaults)
def test_defaults(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    for key, (when_absent, when_null) in spec.defaults.items():
        payload = spec.payload()
        del payload[key]
        assert getattr(spec.cls.from_json(as_input(payload)), spec.prop(key)) == when_absent, key
        payload[key] = None
        assert getattr(spec.cls.from_json(as_input(payload)), spec.prop(key)) == when_null, key


@spec_param
def test_required_fields_missing_or_null_raise_with_path(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    for key in spec.required:
        payload = spec.payload()
        del payload[key]
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == f"{spec.name}.{spec.prop(key)}"
        assert str(err) == f"{spec.name}.{spec.prop(key)}: required key is missing"
        payload[key] = None
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == f"{spec.name}.{spec.prop(key)}"
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
    """Every declared key null (in declaration order): the first required field fails, or it all parses."""
    keys = list(spec.cls.from_json(spec.payload()).to_dict())
    payload = dict.fromkeys(keys)
    if spec.required:
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == f"{spec.name}.{spec.prop(spec.required[0])}"
        assert str(err).endswith("got null")
    else:
        obj = spec.cls.from_json(as_input(payload))
        for key in spec.nullable:
            assert getattr(obj, spec.prop(key)) is None
        for key in spec.lists:
            assert getattr(obj, spec.prop(key)) == ()


@spec_param
def test_secrets_never_appear_in_repr(spec: Spec) -> None:
    payload = spec.payload()
    for name in spec.secrets:  # secret keys have the property's name
        if payload.get(name) is None:
            payload[name] = f"{name}-s3cr3t-0123456789abcdef"
    obj = spec.cls.from_json(payload)
    text = repr(obj)
    assert text.startswith(f"{spec.name}(")
    for name in spec.secrets:
        value = getattr(obj, name)
        assert isinstance(value, str)
        assert len(value) > 8
        assert value not in text, name
        assert f"{name}='<redacted>'" in text
    if not spec.secrets:
        assert "<redacted>" not in text


@spec_param
def test_wrong_json_type_names_the_path(spec: Spec) -> None:
    payload = spec.payload()
    key = (spec.required or spec.nullable)[0]
    payload[key] = [1]
    err = parse_error(spec.cls, dumps(payload))
    assert err.path == f"{spec.name}.{spec.prop(key)}"
    assert "got array" in str(err)


# ---------------------------------------------------------------------------------------------
# Billing: values


def money(amount: int) -> dict[str, Any]:
    return {"amount": amount, "amount_formatted": f"{amount / 100:.2f}", "currency": "USD", "currency_symbol": "$"}


def assert_money(value: Any, amount: int) -> None:
    assert type(value) is BillingMoneyAmount
    assert (value.amount, value.amount_formatted, value.currency, value.currency_symbol) == (
        amount,
        f"{amount / 100:.2f}",
        "USD",
        "$",
    )


def test_billing_plan_values() -> None:
    plan = BillingPlan.from_json(load("billing_plan.json"))
    assert plan.id == "cplan_2xhGkQe8vH3nY0bWc5LmT1rZs9A"
    assert (plan.name, plan.slug, plan.description) == ("Team", "team", "For growing teams")
    assert (plan.is_default, plan.is_recurring, plan.has_base_fee, plan.publicly_visible) == (False, True, True, True)
    assert_money(plan.fee, 2000)
    assert_money(plan.annual_fee, 21600)
    assert_money(plan.annual_monthly_fee, 1800)
    assert plan.for_payer_type == "org"
    assert plan.avatar_url is None
    assert (plan.free_trial_days, plan.free_trial_enabled) == (14, True)
    assert [type(f) for f in plan.features] == [Feature, Feature]
    assert [f.slug for f in plan.features] == ["priority_support", "sso"]
    assert plan.features[1].description is None
    # Keys the reference does not read stay in raw only.
    assert plan.raw["product_id"] == "cprod_2xhGjR0aK5tW8mYz3NcB6vQp1Lx"
    assert plan.raw["unit_prices"][0]["name"] == "seats"
    assert not hasattr(plan, "unit_prices")
    assert plan.features is plan.features


def test_feature_values() -> None:
    feature = Feature.from_json(load("feature.json"))
    assert feature.id == "feat_2xhGm1bT9cQ0nLwYk3vZpR7sD4e"
    assert feature.name == "Priority support"
    assert feature.description == "Answers within one business day"
    assert feature.slug == "priority_support"
    assert feature.avatar_url == "https://img.clerk.com/feat/priority_support.png"


def test_billing_subscription_values() -> None:
    sub = BillingSubscription.from_json(load(SUB))
    assert sub.id == "csub_2xhH0sU1bS2cR3iP4tI5oN6aB7c"
    assert sub.instance_id == "ins_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert (sub.status, sub.payer_id) == ("active", "cpayer_2xhH1pQ2rS3tU4vW5xY6zA7bC8d")
    assert (sub.created_at, sub.updated_at, sub.active_at, sub.past_due_at) == (
        1747000000000,
        1748736000123,
        1747000000000,
        None,
    )
    assert sub.eligible_for_free_trial is False
    assert [type(i) for i in sub.subscription_items] == [BillingSubscriptionItem, BillingSubscriptionItem]
    assert [i.status for i in sub.subscription_items] == ["active", "ended"]
    nxt = sub.next_payment
    assert type(nxt) is BillingNextPayment
    assert nxt.date == 1751328000000
    assert_money(nxt.amount, 2500)
    assert [t.name for t in nxt.per_unit_totals] == ["seats"]
    assert type(nxt.totals) is BillingTotals
    assert sub.next_payment is sub.next_payment


def test_billing_subscription_item_values() -> None:
    item = BillingSubscription.from_json(load(SUB)).subscription_items[0]
    assert item.id == "csub_item_2xhH2qR7sT8uV9wX0yZ1aB2cD3e"
    assert (item.status, item.plan_period, item.is_free_trial) == ("active", "month", False)
    assert (item.period_start, item.period_end) == (1748736000000, 1751328000000)
    assert (item.canceled_at, item.past_due_at, item.ended_at) == (None, None, None)
    assert (item.created_at, item.updated_at) == (1747000000000, 1748736000123)
    assert item.plan_id == item.plan.id == "cplan_2xhGkQe8vH3nY0bWc5LmT1rZs9A"
    assert item.price_id == "cprice_2xhH3kL4mN5oP6qR7sT8uV9wX0y"
    assert item.payer_id == "cpayer_2xhH1pQ2rS3tU4vW5xY6zA7bC8d"
    assert type(item.plan) is BillingPlan
    assert_money(item.amount, 2000)
    assert_money(item.lifetime_paid, 12000)
    assert type(item.seats) is BillingSubscriptionItemSeats
    assert item.seats.quantity == 8
    assert [t.quantity for t in item.seats.tiers] == [5, 3]
    assert_money(item.next_payment.amount, 2500)
    # Not read by the reference: reachable through raw only.
    assert item.raw["payment_method"]["last4"] == "4242"
    assert item.raw["credit"]["cycle_remaining_percent"] == 0.2
    free = BillingSubscription.from_json(load(SUB)).subscription_items[1]
    assert (free.period_end, free.next_payment, free.seats, free.amount) == (None, None, None, None)
    assert free.plan.annual_fee is None
    assert free.plan.features == ()


def test_billing_subscription_item_second_api_shape() -> None:
    """The extend_free_trial response: no period_start, a next_payment with null amount and date, a plan
    without free_trial_enabled and with extra amount keys."""
    item = BillingSubscriptionItem.from_json(load("billing_subscription_item.json"))
    assert item.is_free_trial is True
    assert item.period_start is None
    assert item.lifetime_paid is None
    assert item.plan.free_trial_enabled is None
    assert item.plan.avatar_url == ""
    assert item.plan.raw["annual_amount_formatted"] == "216.00"
    assert item.next_payment.amount is None
    assert item.next_payment.date is None
    assert item.next_payment.per_unit_totals == ()
    assert item.next_payment.totals is None


def test_billing_totals_values() -> None:
    totals = BillingSubscription.from_json(load(SUB)).next_payment.totals
    assert_money(totals.subtotal, 3500)
    assert_money(totals.base_fee, 2000)
    assert_money(totals.tax_total, 0)
    assert_money(totals.grand_total, 2500)
    assert_money(totals.total_due_now, 2500)
    assert_money(totals.total_due_per_period, 3500)
    assert (totals.total_due_after_free_trial, totals.credit, totals.past_due) == (None, None, None)
    assert type(totals.credits) is BillingCredits
    assert type(totals.discounts) is BillingDiscounts
    period = totals.totals_due_per_period
    assert type(period) is BillingPeriodTotals
    assert_money(period.grand_total, 3500)
    assert_money(period.base_fee, 2000)
    assert [t.name for t in period.per_unit_totals] == ["seats"]
    (unit,) = totals.per_unit_totals
    assert type(unit) is BillingPerUnitTotal
    assert (unit.name, unit.block_size) == ("seats", 1)
    assert [type(t) for t in unit.tiers] == [BillingPerUnitTotalTier, BillingPerUnitTotalTier]
    assert unit.tiers[1].quantity == 3
    assert_money(unit.tiers[1].fee_per_block, 500)
    assert_money(unit.tiers[1].total, 1500)


def test_billing_credits_and_discounts_values() -> None:
    totals = BillingSubscription.from_json(load(SUB)).next_payment.totals
    credits = totals.credits
    assert type(credits.proration) is BillingProrationCreditDetail
    assert_money(credits.proration.amount, 400)
    assert (credits.proration.cycle_days_remaining, credits.proration.cycle_days_total) == (6, 30)
    assert credits.proration.cycle_remaining_percent == 0.2
    assert type(credits.payer) is BillingPayerCredit
    assert_money(credits.payer.remaining_balance, 800)
    assert_money(credits.payer.applied_amount, 200)
    assert_money(credits.total, 600)
    discounts = totals.discounts
    assert type(discounts.proration) is BillingProrationDiscount
    assert_money(discounts.proration.amount, 100)
    assert (discounts.proration.cycle_days_passed, discounts.proration.cycle_days_total) == (10, 30)
    assert discounts.proration.cycle_passed_percent == 33.33
    applied = discounts.discount
    assert type(applied) is BillingAppliedDiscount
    assert_money(applied.amount, 300)
    assert (applied.discount_id, applied.name, applied.effect) == (
        "disc_2xhH0aB1cD2eF3gH4iJ5kL6mN7o",
        "Launch week",
        "percentage",
    )
    assert (applied.percent_off, applied.amount_off, applied.promo_code) == (10.0, None, "LAUNCH10")
    assert (applied.cycles_remaining, applied.duration_in_cycles) == (2, 3)
    assert_money(discounts.total, 400)


def test_billing_fractions_keep_their_number_type() -> None:
    detail = BillingProrationCreditDetail.from_json(
        {"amount": money(1), "cycle_days_remaining": 1, "cycle_days_total": 2, "cycle_remaining_percent": 50}
    )
    assert detail.cycle_remaining_percent == 50
    assert type(detail.cycle_remaining_percent) is int
    err = parse_error(BillingMoneyAmount, {**money(1), "amount": 12.5})
    assert err.path == "BillingMoneyAmount.amount"


def test_billing_nested_error_path() -> None:
    payload = load(SUB)
    payload["subscription_items"][0]["plan"]["fee"]["amount"] = "20"
    err = parse_error(BillingSubscription, dumps(payload))
    assert err.path == "BillingSubscription.subscription_items[0].plan.fee.amount"
    assert str(err).endswith("expected integer, got string")
    payload = load(SUB)
    del payload["next_payment"]["totals"]["discounts"]["total"]
    err = parse_error(BillingSubscription, payload)
    assert err.path == "BillingSubscription.next_payment.totals.discounts.total"


def test_billing_money_keeps_large_integers_exact() -> None:
    big = 2**64 + 1
    amount = BillingMoneyAmount.from_json(dumps(money(big)))
    assert amount.amount == big
    assert BillingMoneyAmount.from_json(amount.to_dict()).amount == big


# ---------------------------------------------------------------------------------------------
# Billing: deviations from the reference (each one on purpose)


def test_deviation_billing_amounts_are_typed_classes_not_camelcase_dicts() -> None:
    """The reference returns `{amount, amountFormatted, currency, currencySymbol}` plain objects; we return
    BillingMoneyAmount (and typed classes for next payments, totals, credits, discounts, seats)."""
    plan = BillingPlan.from_json(load("billing_plan.json"))
    assert not isinstance(plan.fee, dict)
    assert plan.fee.amount_formatted == "20.00"
    assert not hasattr(plan.fee, "amountFormatted")
    assert plan.fee.to_dict() == money(2000)
    assert plan.to_dict()["fee"] == money(2000)
    assert plan.fee.__match_args__ == ("amount", "amount_formatted", "currency", "currency_symbol")


def test_deviation_next_payment_with_null_amount_parses() -> None:
    """The reference reads `next_payment.amount` unguarded (null throws a TypeError and the whole
    subscription fails); the API schema allows null for the item's next payment, so we give None."""
    payload = load(SUB)
    payload["next_payment"]["amount"] = None
    sub = BillingSubscription.from_json(payload)
    assert sub.next_payment.amount is None
    assert sub.next_payment.date == 1751328000000


def test_deviation_unguarded_nested_lists_give_empty_tuples() -> None:
    """`per_unit_totals[].tiers` and `Machine.scoped_machines` are mapped without a guard in the reference
    (missing or null throws); we give ()."""
    for value in (None, "absent"):
        unit: dict[str, Any] = {"name": "seats", "block_size": 1}
        if value is None:
            unit["tiers"] = None
        assert BillingPerUnitTotal.from_json(unit).tiers == ()
        machine = load("machine.json")
        if value is None:
            machine["scoped_machines"] = None
        else:
            del machine["scoped_machines"]
        assert Machine.from_json(machine).scoped_machines == ()


def test_reference_null_handling_of_subscription_fields() -> None:
    """`eligible_for_free_trial ?? false`, `subscription_items ?? []`, `active_at ?? null`."""
    payload = load(SUB)
    payload.update(eligible_for_free_trial=None, subscription_items=None, active_at=None, next_payment=None)
    sub = BillingSubscription.from_json(payload)
    assert (sub.eligible_for_free_trial, sub.subscription_items, sub.active_at, sub.next_payment) == (
        False,
        (),
        None,
        None,
    )
    payload["eligible_for_free_trial"] = True
    assert BillingSubscription.from_json(payload).eligible_for_free_trial is True


# ---------------------------------------------------------------------------------------------
# Billing: webhook payloads


SUBSCRIPTION_EVENTS = sorted(k for k in WEBHOOKS if k.startswith("subscription."))
ITEM_EVENTS = sorted(k for k in WEBHOOKS if k.startswith("subscriptionItem."))
PAYMENT_EVENTS = sorted(k for k in WEBHOOKS if k.startswith("paymentAttempt."))


def test_webhook_examples_cover_the_billing_events() -> None:
    assert len(SUBSCRIPTION_EVENTS) == 4
    assert len(ITEM_EVENTS) == 9
    assert len(PAYMENT_EVENTS) == 2


@pytest.mark.parametrize("event", SUBSCRIPTION_EVENTS)
def test_subscription_webhook_shape_is_not_a_billing_subscription(event: str) -> None:
    """`subscription.*` carry `object: "commerce_subscription"` but the webhook shape: no `instance_id`,
    `items` (webhook items) instead of `subscription_items`. Parsing it as BillingSubscription would drop the
    items silently, so it fails at the first missing required key; the webhooks issue adds a class for it."""
    data = WEBHOOKS[event]["data"]
    assert data["object"] == "commerce_subscription"
    assert "instance_id" not in data
    assert "subscription_items" not in data
    assert "items" in data
    err = parse_error(BillingSubscription, dumps(data))
    assert err.path == "BillingSubscription.instance_id"
    assert str(err) == "BillingSubscription.instance_id: required key is missing"


@pytest.mark.parametrize("event", ITEM_EVENTS)
def test_subscription_item_webhook_shape_is_not_a_billing_subscription_item(event: str) -> None:
    """`subscriptionItem.*` carry `object: "subscription_item"`: no `instance_id`, `interval` instead of
    `plan_period`, and an inline plan without `is_default`/`has_base_fee`/`publicly_visible`/`for_payer_type`."""
    data = WEBHOOKS[event]["data"]
    assert data["object"] == "subscription_item"
    assert {"instance_id", "plan_period"}.isdisjoint(data)
    assert "interval" in data
    assert {"is_default", "has_base_fee", "publicly_visible", "for_payer_type"}.isdisjoint(data["plan"])
    # Its `object` names another class: refused as a whole, not built with broken fields.
    err = parse_error(BillingSubscriptionItem, data)
    assert err.path == "BillingSubscriptionItem"
    assert "expected a commerce_subscription_item object, got subscription_item" in str(err)
    data = {**data, "object": "commerce_subscription_item"}
    assert parse_error(BillingSubscriptionItem, data).path == "BillingSubscriptionItem.instance_id"
    patched = {**data, "instance_id": "ins_x", "plan_period": data["interval"]}
    assert parse_error(BillingSubscriptionItem, patched).path == "BillingSubscriptionItem.plan.is_default"


@pytest.mark.parametrize("event", PAYMENT_EVENTS)
def test_payment_attempt_webhook_parts_parse_into_the_helper_classes(event: str) -> None:
    """`paymentAttempt.*` have no class, but their amounts, credits and totals have the API's shapes."""
    data = WEBHOOKS[event]["data"]
    assert "object" not in data
    totals = BillingTotals.from_json(data["totals"])
    assert totals.grand_total.amount_formatted == "$22.00"
    assert totals.base_fee is None
    assert totals.per_unit_totals == ()
    item = data["subscription_items"][0]
    assert BillingMoneyAmount.from_json(item["amount"]).amount == 2000
    credits = BillingCredits.from_json(item["credits"])
    assert credits.proration.cycle_days_remaining == 15
    assert credits.payer.remaining_balance.amount == 800
    assert credits.total.amount == 500


@pytest.mark.parametrize("event", [*SUBSCRIPTION_EVENTS, *ITEM_EVENTS])
def test_webhook_item_seats_parse(event: str) -> None:
    data = WEBHOOKS[event]["data"]
    items = data.get("items", [data])
    for item in items:
        if "seats" in item:
            seats = BillingSubscriptionItemSeats.from_json(item["seats"])
            assert (seats.quantity, seats.tiers) == (item["seats"]["quantity"], ())


# ---------------------------------------------------------------------------------------------
# Machines, keys, tokens: values and decisions


def test_api_key_values() -> None:
    key = APIKey.from_json(load("api_key.json"))
    assert (key.id, key.type, key.name) == ("ak_3beecc9c60adb5f9b850e91a8ee1e992", "api_key", "BILLING_SYNC")
    assert key.subject == "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert key.scopes == ("read:invoices", "write:exports")
    assert key.claims == {"team": "finance"}
    assert (key.revoked, key.revocation_reason, key.expired) == (False, None, False)
    assert (key.expiration, key.last_used_at) == (1767225600000, 1748736000000)
    assert key.created_by == "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert key.description == "Nightly billing export"
    assert key.secret == "ak_live_5c4f0e2b9d8a7f6e5d4c3b2a1f0e9d8c"
    assert key.to_dict()["secret"] == key.secret
    # Listing keys returns them without a secret.
    listed = load("api_key.json")
    del listed["secret"]
    assert APIKey.from_json(listed).secret is None


def test_m2m_token_values() -> None:
    token = M2MToken.from_json(load("m2m_token.json"))
    assert (token.id, token.subject) == ("mt_f7f0ba8c3b4843ce7d85fcdd5e71853e", "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk")
    assert token.scopes == ("mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em",)
    assert token.claims == {"tenant": "acme"}
    assert (token.revoked, token.expired, token.expiration) == (False, False, 1748739600000)
    assert token.token == "mt_s3cr3t_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"
    assert token.raw["last_used_at"] is None
    # The verify response has no token, and may omit claims and scopes.
    verified = {k: v for k, v in load("m2m_token.json").items() if k not in ("token", "claims", "scopes")}
    token = M2MToken.from_json(verified)
    assert (token.token, token.claims, token.scopes) == (None, None, ())


def test_machine_values_and_scoped_machines() -> None:
    machine = Machine.from_json(load("machine.json"))
    assert (machine.id, machine.name) == ("mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk", "billing-api")
    assert machine.instance_id == "ins_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert (machine.created_at, machine.updated_at, machine.default_token_ttl) == (1746000000000, 1748000000000, 3600)
    assert machine.secret_key == "ak_mch_0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    assert [type(m) for m in machine.scoped_machines] == [Machine, Machine]
    first, second = machine.scoped_machines
    assert (first.id, first.name) == ("mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em", "invoice-worker")
    assert first.default_token_ttl == 3600
    assert (second.updated_at, second.default_token_ttl) == (1747200000000, 900)
    # Nested machines come without their own scoped machines or secret key, as the reference builds them.
    assert (first.scoped_machines, first.secret_key) == ((), None)


def test_deviation_nested_scoped_machines_keep_what_the_api_sends() -> None:
    """The reference rebuilds nested machines with `[]` and no secret key, whatever the JSON holds; we parse
    each one as a full Machine, so anything the API sends there is kept (secrets still hidden in repr)."""
    payload = load("machine.json")
    inner = payload["scoped_machines"][0]
    inner["secret_key"] = "ak_mch_nested_secret_value_123456"
    inner["scoped_machines"] = [payload["scoped_machines"][1]]
    machine = Machine.from_json(dumps(payload))
    first = machine.scoped_machines[0]
    assert first.secret_key == "ak_mch_nested_secret_value_123456"
    assert [m.id for m in first.scoped_machines] == ["mch_2yGkM1aB2cD3eF4gH5iJ6kL7mN8"]
    assert "ak_mch_nested_secret_value_123456" not in repr(machine)


def test_machine_default_token_ttl_may_be_absent() -> None:
    """The API schema does not require `default_token_ttl`, so it is optional here."""
    payload = load("machine.json")
    del payload["default_token_ttl"]
    assert Machine.from_json(payload).default_token_ttl is None


def test_machine_scope_values() -> None:
    scope = MachineScope.from_json(load("machine_scope.json"))
    assert (scope.from_machine_id, scope.to_machine_id) == (
        "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
        "mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em",
    )
    assert (scope.created_at, scope.deleted) == (1747000000000, None)
    deleted = MachineScope.from_json(
        {"object": "machine_scope", "from_machine_id": "mch_a", "to_machine_id": "mch_b", "deleted": True}
    )
    assert (deleted.created_at, deleted.deleted) == (None, True)


def test_machine_secret_key_values() -> None:
    key = MachineSecretKey.from_json(load("machine_secret_key.json"))
    assert key.secret == "ak_mch_0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    assert repr(key) == "MachineSecretKey(secret='<redacted>')"


def test_idp_oauth_access_token_values() -> None:
    """The verify response has no `type`, `aud` or `act`."""
    token = IdPOAuthAccessToken.from_json(load("idp_oauth_access_token.json"))
    assert (token.id, token.client_id) == ("oat_0ef5a7a33d87ed87ee7954c845d80450", "client_2xhFjEI5X2qWRvtV13BzSj8H6Dk")
    assert token.type is None
    assert token.subject == "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert token.scopes == ("profile", "email")
    assert (token.revoked, token.revocation_reason, token.expired) == (False, None, False)
    assert (token.expiration, token.created_at, token.updated_at) == (1748739600000, 1748736000000, 1748736000000)
    assert (token.aud, token.act) == ((), None)


def test_deviation_idp_act_is_kept_as_sent() -> None:
    """The reference sanitizes `act` (string `sub` required, string `iss` only, one nested level); we keep the
    JSON object unchanged."""
    act = {"sub": "user_agent", "iss": 42, "act": {"sub": "user_b", "act": {"sub": "user_c"}}}
    payload = {**load("idp_oauth_access_token.json"), "type": "oauth_token", "aud": ["https://api.acme.test"]}
    token = IdPOAuthAccessToken.from_json({**payload, "act": act})
    assert token.act == act
    assert token.type == "oauth_token"
    assert token.aud == ("https://api.acme.test",)
    assert IdPOAuthAccessToken.from_json({**payload, "act": {"iss": "no sub"}}).act == {"iss": "no sub"}
    assert parse_error(IdPOAuthAccessToken, {**payload, "act": "user_a"}).path == "IdPOAuthAccessToken.act"


def test_oauth_access_token_values() -> None:
    token = OauthAccessToken.from_json(load("oauth_access_token.json"))
    assert token.external_account_id == "eac_2xhGb4Tz7Ql1Vw9Xm3Ne5Rk8Sa0"
    assert token.provider == "oauth_google"
    assert token.token == "ya29.a0AfB_byDummyAccessTokenValue0123456789"
    assert token.public_metadata == {"hd": "acme.test"}
    assert token.label == ""
    assert token.scopes == ("email", "openid", "profile")
    assert token.token_secret is None
    assert token.id_token == "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMDQ3In0.c2lnbmF0dXJl"
    assert token.raw["provider_user_id"] == "104729385610293847561"
    labelled = OauthAccessToken.from_json({**load("oauth_access_token.json"), "label": "work"})
    assert labelled.label == "work"


def test_expires_at_in_seconds_is_passed_through_and_documented() -> None:
    testing = TokenForTests.from_json(load("testing_token.json"))
    assert testing.expires_at == 1713880800
    assert testing.token == "1713877200-c_2J2MvPu9PnXcuhbPZNao0LOXqK9A7YrnBn0HmIWxy"
    oauth = OauthAccessToken.from_json(load("oauth_access_token.json"))
    assert oauth.expires_at == 1748739600
    for cls in (TokenForTests, OauthAccessToken):
        doc = cls.expires_at.__doc__
        assert doc is not None
        assert "seconds" in doc
        assert "not milliseconds" in doc


def test_oauth_application_values() -> None:
    app = OAuthApplication.from_json(load("oauth_application.json"))
    assert (app.id, app.name, app.client_id) == ("oa_2xhGc1Ds4Fg7Hj0Kl3Zx6Cv9Bn2", "Acme Reports", "dF9kLm2Qr7StUv4W")
    assert (app.client_uri, app.client_image_url) == ("https://reports.acme.test", None)
    assert (app.dynamically_registered, app.consent_screen_enabled, app.pkce_required) == (False, True, True)
    assert app.is_public is False
    assert app.scopes == "profile email"
    assert app.redirect_uris == ("https://reports.acme.test/callback",)
    assert app.authorize_url == "https://clerk.acme.test/oauth/authorize"
    assert app.token_fetch_url == "https://clerk.acme.test/oauth/token"
    assert app.user_info_url == "https://clerk.acme.test/oauth/userinfo"
    assert app.discovery_url == "https://clerk.acme.test/.well-known/openid-configuration"
    assert app.token_introspection_url == "https://clerk.acme.test/oauth/token_info"
    assert app.client_secret == "cs_Zq8Xw7Vu6Ts5Rq4Po3Nm2Lk1Jh0GfEd"
    assert app.to_dict()["public"] is False
    assert "is_public" not in app.to_dict()
    assert not hasattr(app, "public")
    assert app.raw["callback_url"] == "https://reports.acme.test/callback"


def test_agent_task_ids_both_come_from_agent_task_id() -> None:
    task = AgentTask.from_json(load("agent_task.json"))
    assert task.agent_id == "agent_2xhGd5Er8Ty1Ui4Op7As0Df3Gh6"
    assert task.task_id == task.agent_task_id == "agt_task_2xhGe2Wq5Er8Ty1Ui4Op7As0Df3"
    assert task.url == "https://accounts.acme.test/v1/tickets/accept?ticket=eyJhbGciOi.agent.task"
    assert task.to_dict() == {
        "agent_id": "agent_2xhGd5Er8Ty1Ui4Op7As0Df3Gh6",
        "agent_task_id": "agt_task_2xhGe2Wq5Er8Ty1Ui4Op7As0Df3",
        "url": task.url,
    }
    # agent_task_id wins, as in the reference's `agent_task_id ?? task_id`.
    task = AgentTask.from_json({"agent_id": "agent_1", "agent_task_id": "new", "task_id": "old"})
    assert (task.task_id, task.agent_task_id) == ("new", "new")


def test_deviation_agent_task_legacy_task_id_is_not_a_fallback() -> None:
    """The reference falls back to `task_id` when `agent_task_id` is null or absent; one key feeds each field
    here, so both properties give "" and the legacy key stays in raw. The API sends both keys."""
    for payload in ({"agent_id": "agent_1", "task_id": "old"}, {"agent_id": "agent_1", "agent_task_id": None}):
        task = AgentTask.from_json(dumps(payload))
        assert (task.task_id, task.agent_task_id) == ("", "")
    assert AgentTask.from_json({"agent_id": "agent_1", "task_id": "old"}).raw["task_id"] == "old"


def test_actor_token_values() -> None:
    token = ActorToken.from_json(load("actor_token.json"))
    assert (token.id, token.status, token.user_id) == (
        "act_2xhGf9Kl2Zx5Cv8Bn1Mq4We7Rt0",
        "pending",
        "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
    )
    assert token.actor == {"sub": "user_2xhGg1AdMiNuSeR0000000000a"}
    assert token.token == "eyJhbGciOiJSUzI1NiJ9.YWN0b3I.c2ln"
    assert token.url is not None
    assert token.url.endswith(token.token)
    assert (token.created_at, token.updated_at) == (1748736000000, 1748736000000)


def test_sign_in_token_values() -> None:
    token = SignInToken.from_json(load("sign_in_token.json"))
    assert (token.id, token.user_id, token.status) == (
        "sit_2xhGh3Yu6Io9Pa2Sd5Fg8Hj1Kl4",
        "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk",
        "pending",
    )
    assert token.token == "eyJhbGciOiJSUzI1NiJ9.c2lnbmlu.dG9rZW4"
    assert token.url is not None
    assert token.url.endswith(token.token)
    # The revoke response has neither token nor url (the API schema makes both optional).
    revoked = {k: v for k, v in load("sign_in_token.json").items() if k not in ("token", "url")}
    revoked["status"] = "revoked"
    token = SignInToken.from_json(revoked)
    assert (token.token, token.url, token.status) == (None, None, "revoked")


def test_token_and_jwt_template_values() -> None:
    token = Token.from_json(load("token.json"))
    assert token.jwt.startswith("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.")
    assert repr(token) == "Token(jwt='<redacted>')"
    template = JwtTemplate.from_json(load("jwt_template.json"))
    assert (template.id, template.name) == ("jtmp_2xhGi6Zx9Cv2Bn5Mq8We1Rt4Yu7", "supabase")
    assert template.claims["email"] == "{{user.primary_email_address}}"
    assert (template.lifetime, template.allowed_clock_skew) == (60, 5)
    assert (template.custom_signing_key, template.signing_algorithm) == (True, "HS256")
    assert (template.created_at, template.updated_at) == (1747000000000, 1748000000000)


def test_secret_none_prints_as_none() -> None:
    payload = load("api_key.json")
    payload["secret"] = None
    assert "secret=None" in repr(APIKey.from_json(payload))
