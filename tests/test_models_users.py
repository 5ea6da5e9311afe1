"""Behaviour of the user models: User, EmailAddress, PhoneNumber, Web3Wallet, ExternalAccount,
EnterpriseAccount, EnterpriseAccountConnection, Verification and IdentificationLink.

The payloads live in fixtures/users/:

- ``user.json``: a realistic user carrying every nested class (two email addresses, the primary
  one second; a phone number; a web3 wallet with a signed message; a Google and a GitHub account;
  a SAML enterprise account), plus keys the models do not declare;
- ``user_created.json``: a full ``user.created`` webhook envelope;
- ``webhook_examples.json``: Clerk's published examples of the user.* and session.* events.

Tests named ``test_deviation_*`` pin the places where we deliberately differ from @clerk/backend 3.25.0;
tests named ``test_relaxed_*`` pin the fields made optional against the reference's table because
Clerk's OpenAPI spec says the key may be absent or null.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any, Callable

import pytest
from conftest import first_problem

import clerk_backend
from clerk_backend import (
    EmailAddress,
    EnterpriseAccount,
    EnterpriseAccountConnection,
    ExternalAccount,
    IdentificationLink,
    ParseError,
    PhoneNumber,
    User,
    Verification,
    Web3Wallet,
)

Payload = dict[str, Any]

FIXTURES = Path(__file__).parent / "fixtures" / "users"
USER_TEXT = (FIXTURES / "user.json").read_text(encoding="utf-8")
USER_CREATED_TEXT = (FIXTURES / "user_created.json").read_text(encoding="utf-8")
WEBHOOKS: dict[str, Payload] = json.loads((FIXTURES / "webhook_examples.json").read_text(encoding="utf-8"))["examples"]
SESSION_EVENTS = sorted(k for k in WEBHOOKS if k.startswith("session."))


def user_payload() -> Payload:
    """A fresh copy of fixtures/users/user.json."""
    payload: Payload = json.loads(USER_TEXT)
    return payload


# The sample payload of each class, all cut from user.json.
SAMPLES: dict[str, Callable[[Payload], Payload]] = {
    "User": lambda u: u,
    "EmailAddress": lambda u: u["email_addresses"][1],
    "PhoneNumber": lambda u: u["phone_numbers"][0],
    "Web3Wallet": lambda u: u["web3_wallets"][0],
    "ExternalAccount": lambda u: u["external_accounts"][0],
    "EnterpriseAccount": lambda u: u["enterprise_accounts"][0],
    "EnterpriseAccountConnection": lambda u: u["enterprise_accounts"][0]["enterprise_connection"],
    "Verification": lambda u: u["web3_wallets"][0]["verification"],
    "IdentificationLink": lambda u: u["email_addresses"][1]["linked_to"][0],
}


def sample(name: str) -> Payload:
    return copy.deepcopy(SAMPLES[name](user_payload()))


PARSERS: dict[str, Callable[[Any, Payload], Any]] = {
    "bytes": lambda cls, p: cls.from_json(json.dumps(p).encode()),
    "str": lambda cls, p: cls.from_json(json.dumps(p, ensure_ascii=False)),
    "dict": lambda cls, p: cls.from_json(p),
}


class Spec:
    """What the tests know about one class: its fields in the reference's constructor order,
    the required ones with the JSON type their errors name, and what the optional ones become
    when their key is absent and when it is null."""

    def __init__(
        self,
        cls: Any,
        fields: tuple[str, ...],
        required: dict[str, str],
        absent: dict[str, Any],
        null: dict[str, Any],
        lists: tuple[str, ...] = (),
        keys: dict[str, str] | None = None,
    ) -> None:
        self.cls = cls
        self.name: str = cls.__name__
        self.fields = fields
        self.required = required
        self.absent = absent
        self.null = null
        self.lists = lists
        self.keys = keys or {}
        assert set(required) | set(absent) == set(fields), self.name
        assert set(absent) == set(null), self.name

    def key(self, field: str) -> str:
        """The JSON key a property is read from."""
        return self.keys.get(field, field)


SPECS = {
    s.name: s
    for s in [
        Spec(
            User,
            fields=(
                "id",
                "password_enabled",
                "totp_enabled",
                "backup_code_enabled",
                "two_factor_enabled",
                "banned",
                "locked",
                "created_at",
                "updated_at",
                "image_url",
                "has_image",
                "primary_email_address_id",
                "primary_phone_number_id",
                "primary_web3_wallet_id",
                "last_sign_in_at",
                "external_id",
                "username",
                "first_name",
                "last_name",
                "public_metadata",
                "private_metadata",
                "unsafe_metadata",
                "email_addresses",
                "phone_numbers",
                "web3_wallets",
                "external_accounts",
                "enterprise_accounts",
                "last_active_at",
                "create_organization_enabled",
                "create_organizations_limit",
                "delete_self_enabled",
                "legal_accepted_at",
                "locale",
                "timezone",
                "deprovisioned",
            ),
            required={
                "id": "string",
                "password_enabled": "bool",
                "totp_enabled": "bool",
                "backup_code_enabled": "bool",
                "two_factor_enabled": "bool",
                "banned": "bool",
                "locked": "bool",
                "created_at": "integer",
                "updated_at": "integer",
                "has_image": "bool",
                "create_organization_enabled": "bool",
                "delete_self_enabled": "bool",
            },
            absent={
                "image_url": None,
                "primary_email_address_id": None,
                "primary_phone_number_id": None,
                "primary_web3_wallet_id": None,
                "last_sign_in_at": None,
                "external_id": None,
                "username": None,
                "first_name": None,
                "last_name": None,
                "public_metadata": {},
                "private_metadata": {},
                "unsafe_metadata": {},
                "email_addresses": (),
                "phone_numbers": (),
                "web3_wallets": (),
                "external_accounts": (),
                "enterprise_accounts": (),
                "last_active_at": None,
                "create_organizations_limit": None,
                "legal_accepted_at": None,
                "locale": None,
                "timezone": None,
                "deprovisioned": False,
            },
            null={
                "image_url": None,
                "primary_email_address_id": None,
                "primary_phone_number_id": None,
                "primary_web3_wallet_id": None,
                "last_sign_in_at": None,
                "external_id": None,
                "username": None,
                "first_name": None,
                "last_name": None,
                "public_metadata": None,
                "private_metadata": None,
                "unsafe_metadata": None,
                "email_addresses": (),
                "phone_numbers": (),
                "web3_wallets": (),
                "external_accounts": (),
                "enterprise_accounts": (),
                "last_active_at": None,
                "create_organizations_limit": None,
                "legal_accepted_at": None,
                "locale": None,
                "timezone": None,
                "deprovisioned": None,
            },
            lists=("email_addresses", "phone_numbers", "web3_wallets", "external_accounts", "enterprise_accounts"),
        ),
        Spec(
            EmailAddress,
            fields=("id", "email_address", "verification", "linked_to"),
            required={"id": "string", "email_address": "string"},
            absent={"verification": None, "linked_to": ()},
            null={"verification": None, "linked_to": ()},
            lists=("linked_to",),
        ),
        Spec(
            PhoneNumber,
            fields=(
                "id",
                "phone_number",
                "reserved_for_second_factor",
                "default_second_factor",
                "verification",
                "linked_to",
            ),
            required={"id": "string", "phone_number": "string"},
            absent={
                "reserved_for_second_factor": None,
                "default_second_factor": None,
                "verification": None,
                "linked_to": (),
            },
            null={
                "reserved_for_second_factor": None,
                "default_second_factor": None,
                "verification": None,
                "linked_to": (),
            },
            lists=("linked_to",),
        ),
        Spec(
            Web3Wallet,
            fields=("id", "web3_wallet", "verification"),
            required={"id": "string", "web3_wallet": "string"},
            absent={"verification": None},
            null={"verification": None},
        ),
        Spec(
            ExternalAccount,
            fields=(
                "id",
                "provider",
                "provider_user_id",
                "identification_id",
                "external_id",
                "approved_scopes",
                "email_address",
                "first_name",
                "last_name",
                "image_url",
                "username",
                "phone_number",
                "public_metadata",
                "label",
                "verification",
                "external_account_id",
            ),
            required={
                "id": "string",
                "provider": "string",
                "provider_user_id": "string",
                "identification_id": "string",
                "external_id": "string",
                "approved_scopes": "string",
                "email_address": "string",
                "first_name": "string",
                "last_name": "string",
            },
            absent={
                "image_url": "",
                "username": None,
                "phone_number": None,
                "public_metadata": {},
                "label": None,
                "verification": None,
                "external_account_id": None,
            },
            null={
                "image_url": "",
                "username": None,
                "phone_number": None,
                "public_metadata": None,
                "label": None,
                "verification": None,
                "external_account_id": None,
            },
            keys={"external_id": "provider_user_id"},
        ),
        Spec(
            EnterpriseAccount,
            fields=(
                "id",
                "active",
                "email_address",
                "enterprise_connection",
                "first_name",
                "last_name",
                "protocol",
                "provider",
                "provider_user_id",
                "public_metadata",
                "verification",
                "last_authenticated_at",
                "enterprise_connection_id",
            ),
            required={"id": "string", "active": "bool", "email_address": "string", "provider": "string"},
            absent=dict.fromkeys(
                (
                    "enterprise_connection",
                    "first_name",
                    "last_name",
                    "protocol",
                    "provider_user_id",
                    "public_metadata",
                    "verification",
                    "last_authenticated_at",
                    "enterprise_connection_id",
                )
            ),
            null=dict.fromkeys(
                (
                    "enterprise_connection",
                    "first_name",
                    "last_name",
                    "protocol",
                    "provider_user_id",
                    "public_metadata",
                    "verification",
                    "last_authenticated_at",
                    "enterprise_connection_id",
                )
            ),
        ),
        Spec(
            EnterpriseAccountConnection,
            fields=(
                "id",
                "active",
                "allow_idp_initiated",
                "allow_subdomains",
                "disable_additional_identifications",
                "domain",
                "logo_public_url",
                "name",
                "protocol",
                "provider",
                "sync_user_attributes",
                "created_at",
                "updated_at",
            ),
            required={
                "id": "string",
                "active": "bool",
                "allow_idp_initiated": "bool",
                "allow_subdomains": "bool",
                "disable_additional_identifications": "bool",
                "name": "string",
                "protocol": "string",
                "provider": "string",
                "sync_user_attributes": "bool",
                "created_at": "integer",
                "updated_at": "integer",
            },
            absent={"domain": None, "logo_public_url": None},
            null={"domain": None, "logo_public_url": None},
        ),
        Spec(
            Verification,
            fields=(
                "status",
                "strategy",
                "external_verification_redirect_url",
                "attempts",
                "expire_at",
                "nonce",
                "message",
                "verified_at_client",
            ),
            required={"status": "string", "strategy": "string"},
            absent=dict.fromkeys(
                (
                    "external_verification_redirect_url",
                    "attempts",
                    "expire_at",
                    "nonce",
                    "message",
                    "verified_at_client",
                )
            ),
            null=dict.fromkeys(
                (
                    "external_verification_redirect_url",
                    "attempts",
                    "expire_at",
                    "nonce",
                    "message",
                    "verified_at_client",
                )
            ),
        ),
        Spec(
            IdentificationLink,
            fields=("id", "type"),
            required={"id": "string", "type": "string"},
            absent={},
            null={},
        ),
    ]
}

CLASS_NAMES = list(SPECS)
REQUIRED_CASES = [(n, f) for n, s in SPECS.items() for f in s.required if s.key(f) == f]
FIELD_CASES = [(n, f) for n, s in SPECS.items() for f in s.fields if s.key(f) == f]

# What "only `object` and `id` present" and "every key null" do: the path of the first required
# field (in declaration order) that is then missing or null. Every class has required fields.
ONLY_OBJECT_AND_ID = {
    "User": ({"object": "user", "id": "user_2xLq8vN3kR7tY1wZ5bC9dF4gH6j"}, "User.password_enabled"),
    "EmailAddress": (
        {"object": "email_address", "id": "idn_2xLq8wA1bC2dE3fG4hJ5kL6mN7p"},
        "EmailAddress.email_address",
    ),
    "PhoneNumber": ({"object": "phone_number", "id": "idn_2xLq8xQ1rS2tU3vW4xY5zA6bC7d"}, "PhoneNumber.phone_number"),
    "Web3Wallet": ({"object": "web3_wallet", "id": "idn_2xLq8yE1fG2hJ3kL4mN5pQ6rS7t"}, "Web3Wallet.web3_wallet"),
    "ExternalAccount": (
        {"object": "external_account", "id": "eac_2xLq9dF1gH2jK3lM4nP5qR6sT7u"},
        "ExternalAccount.provider",
    ),
    "EnterpriseAccount": (
        {"object": "enterprise_account", "id": "enta_2xLq9gJ1kL2mN3pQ4rS5tU6vW7x"},
        "EnterpriseAccount.active",
    ),
    # No `object` in this JSON.
    "EnterpriseAccountConnection": ({"id": "ec_2xLq9hK1lM2nP3qR4sT5uV6wX7y"}, "EnterpriseAccountConnection.active"),
    # The API sends `object: "verification_<kind>"` and sometimes an `id`; neither is read.
    "Verification": ({"object": "verification_otp", "id": "ver_2xLq9iL1mN2pQ3rS4tU5vW6xY7z"}, "Verification.status"),
    "IdentificationLink": ({"id": "idn_2xLq9bD1eF2gH3jK4lM5nP6qR7s"}, "IdentificationLink.type"),
}
EVERY_KEY_NULL = {
    "User": "User.id",
    "EmailAddress": "EmailAddress.id",
    "PhoneNumber": "PhoneNumber.id",
    "Web3Wallet": "Web3Wallet.id",
    "ExternalAccount": "ExternalAccount.id",
    "EnterpriseAccount": "EnterpriseAccount.id",
    "EnterpriseAccountConnection": "EnterpriseAccountConnection.id",
    "Verification": "Verification.status",
    "IdentificationLink": "IdentificationLink.id",
}


def parse_error(cls: Any, payload: Payload, parser: str = "dict") -> ParseError:
    """The first problem of a tolerant parse, which ``strict=True`` raises (see conftest.first_problem)."""
    text = {"bytes": lambda p: json.dumps(p).encode(), "str": lambda p: json.dumps(p, ensure_ascii=False)}
    data = text[parser](payload) if parser in text else payload
    error: ParseError = first_problem(lambda strict: cls.from_json(data, strict=strict))
    return error


# --- generic behaviour, every class -------------------------------------------------------------


def test_every_class_is_covered() -> None:
    assert set(SPECS) == set(SAMPLES) == set(ONLY_OBJECT_AND_ID) == set(EVERY_KEY_NULL)


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_properties_follow_the_reference_constructor_order(name: str) -> None:
    spec = SPECS[name]
    assert spec.cls.__match_args__ == spec.fields
    obj = spec.cls.from_json(sample(name))
    assert tuple(obj.to_dict()) == tuple(dict.fromkeys(spec.key(f) for f in spec.fields))


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_parses_the_same_from_bytes_str_and_dict(name: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    objs = [PARSERS[p](spec.cls, payload) for p in PARSERS]
    assert objs[0] == objs[1] == objs[2]
    assert all(type(o) is spec.cls for o in objs)
    for obj in objs:
        assert obj.raw == payload
        for field in spec.fields:
            value = getattr(obj, field)
            if spec.key(field) in payload and not isinstance(value, (tuple, EnterpriseAccountConnection, Verification)):
                assert value == payload[spec.key(field)], field


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize(("name", "field"), REQUIRED_CASES)
def test_required_field_missing_raises_with_its_path(name: str, field: str, parser: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    del payload[field]
    err = parse_error(spec.cls, payload, parser)
    assert err.path == f"{name}.{field}"
    assert str(err) == f"{name}.{field}: required key is missing"


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize(("name", "field"), REQUIRED_CASES)
def test_required_field_null_raises_with_its_path(name: str, field: str, parser: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    payload[field] = None
    err = parse_error(spec.cls, payload, parser)
    assert err.path == f"{name}.{field}"
    assert str(err) == f"{name}.{field}: expected {spec.required[field]}, got null"


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize(("name", "field"), FIELD_CASES)
def test_wrong_json_type_raises_with_its_path(name: str, field: str, parser: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    # An object is wrong for every list field; a list of one number is wrong for every other field.
    payload[field] = {} if field in spec.lists else [1]
    err = parse_error(spec.cls, payload, parser)
    assert err.path == f"{name}.{field}"
    assert "expected" in str(err)


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("name", CLASS_NAMES)
def test_optional_fields_absent(name: str, parser: str) -> None:
    spec = SPECS[name]
    payload = {k: v for k, v in sample(name).items() if k not in spec.absent}
    obj = PARSERS[parser](spec.cls, payload)
    for field, expected in spec.absent.items():
        assert getattr(obj, field) == expected, field
        assert type(getattr(obj, field)) is type(expected), field


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("name", CLASS_NAMES)
def test_optional_fields_null(name: str, parser: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    payload.update(dict.fromkeys(spec.null))
    obj = PARSERS[parser](spec.cls, payload)
    for field, expected in spec.null.items():
        assert getattr(obj, field) == expected, field
        assert type(getattr(obj, field)) is type(expected), field


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("name", CLASS_NAMES)
def test_unknown_fields_are_ignored_but_kept_in_raw(name: str, parser: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    baseline = spec.cls.from_json(payload)
    payload["future_field"] = {"nested": [1, 2.5, None, "x"]}
    payload["another_new_flag"] = True
    obj = PARSERS[parser](spec.cls, payload)
    assert obj == baseline
    assert obj.raw["future_field"] == {"nested": [1, 2.5, None, "x"]}
    assert obj.raw["another_new_flag"] is True
    assert "future_field" not in obj.to_dict()
    assert not hasattr(obj, "future_field")


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("name", [n for n, s in SPECS.items() if s.lists])
def test_empty_arrays_give_empty_tuples(name: str, parser: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    payload.update({f: [] for f in spec.lists})
    obj = PARSERS[parser](spec.cls, payload)
    for field in spec.lists:
        assert getattr(obj, field) == ()


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("name", CLASS_NAMES)
def test_only_object_and_id_present(name: str, parser: str) -> None:
    payload, path = ONLY_OBJECT_AND_ID[name]
    err = parse_error(SPECS[name].cls, payload, parser)
    assert err.path == path
    assert str(err) == f"{path}: required key is missing"


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("name", CLASS_NAMES)
def test_every_key_null(name: str, parser: str) -> None:
    spec = SPECS[name]
    # Declared keys first, in declaration order, then the rest of the sample's keys.
    payload = dict.fromkeys([spec.key(f) for f in spec.fields] + list(sample(name)))
    err = parse_error(spec.cls, payload, parser)
    assert err.path == EVERY_KEY_NULL[name]
    assert str(err).endswith("got null")


@pytest.mark.parametrize("name", ["IdentificationLink", "Verification"])
def test_every_key_null_json_text_reports_the_first_bad_value_in_document_order(name: str) -> None:
    """Problems are listed in declaration order, whatever the order of the keys, from a dict or from text."""
    spec = SPECS[name]
    keys = [spec.key(f) for f in spec.fields][::-1]
    payload = dict.fromkeys(keys)
    assert parse_error(spec.cls, payload, "bytes").path == EVERY_KEY_NULL[name]
    assert parse_error(spec.cls, payload, "dict").path == EVERY_KEY_NULL[name]


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_required_fields_alone_are_enough(name: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    minimal = {spec.key(f): payload[spec.key(f)] for f in spec.required}
    obj = spec.cls.from_json(minimal)
    for field, expected in spec.absent.items():
        assert getattr(obj, field) == expected


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_to_dict_round_trip(name: str) -> None:
    spec = SPECS[name]
    obj = spec.cls.from_json(sample(name))
    again = spec.cls.from_json(obj.to_dict())
    assert again == obj
    assert again.to_dict() == obj.to_dict()
    assert spec.cls.from_json(obj.to_json()) == obj
    assert json.loads(obj.to_json()) == obj.to_dict()


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_to_dict_round_trip_of_a_sparse_payload(name: str) -> None:
    spec = SPECS[name]
    payload = sample(name)
    payload.update(dict.fromkeys(spec.null))
    obj = spec.cls.from_json(payload)
    assert spec.cls.from_json(obj.to_dict()) == obj


@pytest.mark.parametrize("name", CLASS_NAMES)
def test_pickle_and_equality(name: str) -> None:
    spec = SPECS[name]
    obj = spec.cls.from_json(sample(name).copy())
    assert pickle.loads(pickle.dumps(obj)) == obj
    other = sample(name)
    first_str = next(f for f, t in spec.required.items() if t == "string" and spec.key(f) == f)
    other[first_str] = other[first_str] + "x"
    assert spec.cls.from_json(other) != obj


# --- values of the realistic payload -------------------------------------------------------------


def test_user_values() -> None:
    u = User.from_json(USER_TEXT)
    assert u.id == "user_2xLq8vN3kR7tY1wZ5bC9dF4gH6j"
    assert (u.password_enabled, u.totp_enabled, u.backup_code_enabled, u.two_factor_enabled) == (
        False,
        False,
        True,
        True,
    )
    assert (u.banned, u.locked, u.has_image, u.deprovisioned) == (False, False, True, False)
    assert (u.created_at, u.updated_at) == (1761399998700, 1761399999950)
    assert type(u.created_at) is int
    assert u.image_url == "https://img.clerk.com/eyJ0eXBlIjoicHJveHkiLCJzcmMiOiJtaXJhIn0"
    assert u.primary_email_address_id == "idn_2xLq8wA1bC2dE3fG4hJ5kL6mN7p"
    assert u.primary_phone_number_id == "idn_2xLq8xQ1rS2tU3vW4xY5zA6bC7d"
    assert u.primary_web3_wallet_id == "idn_2xLq8yE1fG2hJ3kL4mN5pQ6rS7t"
    assert u.last_sign_in_at == 1761399999900
    assert u.external_id == "crm-000481"
    assert (u.username, u.first_name, u.last_name) == ("mira_k", "Mira", "Köhler")
    assert u.public_metadata == {"plan": "team", "seats": 5}
    assert u.private_metadata == {"stripe_customer_id": "cus_R2d2C3po4Bb8", "tags": ["beta"]}
    assert u.unsafe_metadata == {"theme": "light"}
    assert [type(x) for x in u.email_addresses] == [EmailAddress, EmailAddress]
    assert [type(x) for x in u.phone_numbers] == [PhoneNumber]
    assert [type(x) for x in u.web3_wallets] == [Web3Wallet]
    assert [type(x) for x in u.external_accounts] == [ExternalAccount, ExternalAccount]
    assert [type(x) for x in u.enterprise_accounts] == [EnterpriseAccount]
    assert isinstance(u.email_addresses, tuple)
    assert u.last_active_at == 1761350400000
    assert u.create_organization_enabled is True
    assert u.create_organizations_limit == 3
    assert u.delete_self_enabled is False
    assert u.legal_accepted_at is None
    assert (u.locale, u.timezone) == ("de-DE", "Europe/Berlin")
    # Sent but not declared: reachable through raw only.
    assert u.raw["passkeys"] == []
    assert u.raw["verification_attempts_remaining"] == 100
    assert not hasattr(u, "profile_image_url")


def test_nested_values() -> None:
    u = User.from_json(USER_TEXT)
    old, primary = u.email_addresses
    assert old.email_address == "mira@old-company.example"
    assert old.linked_to == ()
    assert primary.linked_to == (
        IdentificationLink.from_json({"id": "idn_2xLq9bD1eF2gH3jK4lM5nP6qR7s", "type": "oauth_google"}),
        IdentificationLink.from_json({"id": "idn_2xLq9cE1fG2hJ3kL4mN5pQ6rS7t", "type": "saml"}),
    )
    assert primary.linked_to[0].type == "oauth_google"
    assert primary.verification == Verification.from_json({"status": "verified", "strategy": "from_oauth_google"})

    (phone,) = u.phone_numbers
    assert phone.phone_number == "+4915112345678"
    assert (phone.reserved_for_second_factor, phone.default_second_factor) == (True, True)
    assert phone.verification is not None
    assert (phone.verification.strategy, phone.verification.attempts) == ("phone_code", 1)

    (wallet,) = u.web3_wallets
    assert wallet.web3_wallet == "0x52908400098527886e0f7030069857d2e4169ee7"
    assert wallet.verification is not None
    assert wallet.verification.nonce == "5a4f2c1e9b7d"

    google, github = u.external_accounts
    assert google.provider == "oauth_google"
    assert google.provider_user_id == google.external_id == "104958372615483920174"
    assert google.identification_id == "idn_2xLq9bD1eF2gH3jK4lM5nP6qR7s"
    assert google.approved_scopes.split() == [
        "email",
        "https://www.googleapis.com/auth/userinfo.email",
        "openid",
        "profile",
    ]
    assert google.public_metadata == {"source": "google"}
    assert google.external_account_id == "eac_2xLq9dF1gH2jK3lM4nP5qR6sT7u"
    assert (github.first_name, github.last_name, github.image_url, github.label) == ("", "", "", "work")
    assert github.external_account_id is None
    assert github.verification is not None
    assert github.verification.status == "unverified"

    (ent,) = u.enterprise_accounts
    assert (ent.protocol, ent.provider, ent.active) == ("saml", "saml_okta", True)
    assert (ent.first_name, ent.last_name) == ("Mira", None)
    assert ent.public_metadata == {"department": "R&D"}
    assert ent.last_authenticated_at == 1761399999900
    conn = ent.enterprise_connection
    assert conn is not None
    assert conn.id == ent.enterprise_connection_id == "ec_2xLq9hK1lM2nP3qR4sT5uV6wX7y"
    assert (conn.name, conn.domain, conn.logo_public_url) == ("Example Okta", "example.com", None)
    assert (conn.allow_idp_initiated, conn.allow_subdomains, conn.sync_user_attributes) == (True, False, True)
    assert conn.raw["domains"] == ["example.com"]
    assert ent.verification is not None
    assert ent.verification.external_verification_redirect_url is None


def test_nested_models_are_built_once_and_keep_their_own_raw() -> None:
    u = User.from_json(USER_TEXT.encode())
    assert u.email_addresses is u.email_addresses
    assert u.email_addresses[0] is u.email_addresses[0]
    assert u.enterprise_accounts[0].enterprise_connection is u.enterprise_accounts[0].enterprise_connection
    raw = u.email_addresses[1].raw
    assert raw["matches_sso_connection"] is True
    assert raw["created_at"] == 1761399998700
    assert u.phone_numbers[0].raw["backup_codes"] is None
    assert u.phone_numbers[0].verification is not None
    assert u.phone_numbers[0].verification.raw["channel"] == "sms"


@pytest.mark.parametrize("parser", list(PARSERS))
def test_nested_error_paths(parser: str) -> None:
    payload = user_payload()
    payload["email_addresses"][1]["verification"]["status"] = 5
    err = parse_error(User, payload, parser)
    assert err.path == "User.email_addresses[1].verification.status"
    assert str(err) == "User.email_addresses[1].verification.status: expected string, got number"

    payload = user_payload()
    del payload["enterprise_accounts"][0]["enterprise_connection"]["created_at"]
    err = parse_error(User, payload, parser)
    assert err.path == "User.enterprise_accounts[0].enterprise_connection.created_at"

    payload = user_payload()
    payload["email_addresses"][1]["linked_to"][1] = {"id": "idn_x"}
    assert parse_error(User, payload, parser).path == "User.email_addresses[1].linked_to[1].type"

    payload = user_payload()
    payload["web3_wallets"] = [None]
    assert parse_error(User, payload, parser).path == "User.web3_wallets[0]"


# --- reference quirks we keep ---------------------------------------------------------------------


@pytest.mark.parametrize("parser", list(PARSERS))
def test_user_metadata_default_only_when_absent(parser: str) -> None:
    payload = user_payload()
    del payload["public_metadata"]
    payload["private_metadata"] = None
    u = PARSERS[parser](User, payload)
    assert u.public_metadata == {}
    assert u.private_metadata is None
    assert u.unsafe_metadata == {"theme": "light"}
    # Each user gets its own default dict.
    assert User.from_json(payload).public_metadata is not u.public_metadata


@pytest.mark.parametrize("parser", list(PARSERS))
def test_user_constructor_defaults_only_when_absent(parser: str) -> None:
    payload = user_payload()
    for key in ("create_organizations_limit", "timezone", "deprovisioned"):
        del payload[key]
    u = PARSERS[parser](User, payload)
    assert (u.create_organizations_limit, u.timezone, u.deprovisioned) == (None, None, False)
    payload["deprovisioned"] = None
    assert PARSERS[parser](User, payload).deprovisioned is None
    payload["deprovisioned"] = True
    assert PARSERS[parser](User, payload).deprovisioned is True


@pytest.mark.parametrize("value", [None, "absent"])
@pytest.mark.parametrize("field", ["email_addresses", "phone_numbers", "web3_wallets", "external_accounts"])
def test_user_lists_null_or_absent_give_empty_tuple(field: str, value: str | None) -> None:
    payload = user_payload()
    if value == "absent":
        del payload[field]
    else:
        payload[field] = None
    assert getattr(User.from_json(payload), field) == ()
    assert getattr(User.from_json(json.dumps(payload)), field) == ()


def test_external_account_external_id_duplicates_provider_user_id() -> None:
    payload = sample("ExternalAccount")
    acc = ExternalAccount.from_json(payload)
    assert acc.external_id == acc.provider_user_id == "104958372615483920174"
    assert "external_id" not in acc.to_dict()
    assert acc.to_dict()["provider_user_id"] == "104958372615483920174"
    # Only `provider_user_id` is read: an `external_id` key in the payload does not feed external_id.
    payload["external_id"] = "something-else"
    assert ExternalAccount.from_json(payload).external_id == "104958372615483920174"


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("value", ["absent", None, ""])
def test_external_account_image_url_falls_back_to_empty_string(value: str | None, parser: str) -> None:
    payload = sample("ExternalAccount")
    if value == "absent":
        del payload["image_url"]
    else:
        payload["image_url"] = value
    assert PARSERS[parser](ExternalAccount, payload).image_url == ""


@pytest.mark.parametrize("parser", list(PARSERS))
def test_external_account_public_metadata_default_only_when_absent(parser: str) -> None:
    payload = sample("ExternalAccount")
    del payload["public_metadata"]
    assert PARSERS[parser](ExternalAccount, payload).public_metadata == {}
    payload["public_metadata"] = None
    assert PARSERS[parser](ExternalAccount, payload).public_metadata is None


# --- computed helpers ----------------------------------------------------------------------------


def test_primary_helpers_find_the_item_with_the_primary_id() -> None:
    u = User.from_json(USER_TEXT)
    # The primary email address is the second one in the list.
    assert u.primary_email_address is u.email_addresses[1]
    assert u.primary_phone_number is u.phone_numbers[0]
    assert u.primary_web3_wallet is u.web3_wallets[0]


def test_primary_helpers_none_without_a_primary_id_or_a_match() -> None:
    payload = user_payload()
    payload["primary_email_address_id"] = None
    del payload["primary_phone_number_id"]
    payload["primary_web3_wallet_id"] = "idn_gone"
    u = User.from_json(payload)
    assert u.primary_email_address is None
    assert u.primary_phone_number is None
    assert u.primary_web3_wallet is None


def test_primary_helpers_none_with_empty_lists() -> None:
    payload = user_payload()
    payload.update(email_addresses=[], phone_numbers=None)
    del payload["web3_wallets"]
    u = User.from_json(payload)
    assert (u.primary_email_address, u.primary_phone_number, u.primary_web3_wallet) == (None, None, None)


def test_primary_helper_takes_the_first_of_duplicate_ids() -> None:
    payload = user_payload()
    twin = copy.deepcopy(payload["email_addresses"][1])
    twin["email_address"] = "twin@example.com"
    payload["email_addresses"].append(twin)
    u = User.from_json(payload)
    assert u.primary_email_address is u.email_addresses[1]
    assert u.primary_email_address is not None
    assert u.primary_email_address.email_address == "mira.koehler@example.com"


def test_primary_helper_compares_ids_exactly() -> None:
    payload = user_payload()
    payload["primary_email_address_id"] = payload["primary_email_address_id"].upper()
    assert User.from_json(payload).primary_email_address is None
    payload["primary_email_address_id"] = payload["email_addresses"][0]["id"] + " "
    assert User.from_json(payload).primary_email_address is None


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Mira", "Köhler", "Mira Köhler"),
        ("Mira", None, "Mira"),
        (None, "Köhler", "Köhler"),
        ("Mira", "", "Mira"),
        ("", "Köhler", "Köhler"),
        (None, None, None),
        ("", "", None),
        (" ", " ", None),
        ("  Zoë ", None, "Zoë"),
        # Whitespace inside is kept, including the joining space next to padded parts.
        ("Mary  Ann", "Lee", "Mary  Ann Lee"),
        ("Mary ", " Lee", "Mary   Lee"),
        # JavaScript's trim: Unicode spaces, line terminators and U+FEFF go ...
        ("\ufeff\u00a0Ann\u3000", "\u2028", "Ann"),
        ("\tAnn\r\n", "\u200a", "Ann"),
        # ... but U+0085 and the U+001C..U+001F separators stay (Python's str.strip would remove them).
        ("\x85Ann", None, "\x85Ann"),
        ("Ann", "\x1f", "Ann \x1f"),
        # U+200B (zero-width space) is not whitespace for either.
        ("\u200b", None, "\u200b"),
    ],
)
def test_full_name(first: str | None, last: str | None, expected: str | None) -> None:
    payload = user_payload()
    payload["first_name"] = first
    payload["last_name"] = last
    assert User.from_json(payload).full_name == expected
    assert User.from_json(json.dumps(payload)).full_name == expected


def test_full_name_with_absent_names() -> None:
    payload = user_payload()
    del payload["first_name"], payload["last_name"]
    assert User.from_json(payload).full_name is None


def test_helpers_are_not_fields() -> None:
    u = User.from_json(USER_TEXT)
    for name in ("primary_email_address", "primary_phone_number", "primary_web3_wallet", "full_name"):
        assert name not in User.__match_args__
        assert name not in u.to_dict()


# --- deviations from the reference ---------------------------------------------------------------


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("value", ["absent", None])
@pytest.mark.parametrize("name", ["EmailAddress", "PhoneNumber"])
def test_deviation_linked_to_missing_or_null_gives_empty_tuple(name: str, value: str | None, parser: str) -> None:
    """The reference calls `data.linked_to.map(...)` unguarded and throws a TypeError; we give ()."""
    payload = sample(name)
    if value == "absent":
        del payload["linked_to"]
    else:
        payload["linked_to"] = None
    assert PARSERS[parser](SPECS[name].cls, payload).linked_to == ()
    # ... and the parent user still parses.
    user = user_payload()
    field = "email_addresses" if name == "EmailAddress" else "phone_numbers"
    user[field] = [payload]
    assert getattr(PARSERS[parser](User, user), field)[0].linked_to == ()


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize(
    "url",
    [
        "/v1/oauth_callback?state=abc",  # relative: `new URL` throws
        "http://exa mple.com/callback",  # invalid host: `new URL` throws
        "not a url",
        "HTTPS://Accounts.Example.COM:443/a/../b?q=x y",  # `new URL` would normalize this
        "https://github.com/login/oauth/authorize?client_id=Iv1.8a61f9b3a7aba766&state=2xLq9f",
    ],
)
def test_deviation_redirect_url_is_kept_verbatim_and_never_aborts(url: str, parser: str) -> None:
    """The reference builds a WHATWG URL (normalized) and aborts the whole parent parse on an
    invalid or relative URL; we keep the string exactly as sent."""
    payload = user_payload()
    payload["external_accounts"][1]["verification"]["external_verification_redirect_url"] = url
    u = PARSERS[parser](User, payload)
    verification = u.external_accounts[1].verification
    assert verification is not None
    assert verification.external_verification_redirect_url == url
    assert type(verification.external_verification_redirect_url) is str


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("value", ["absent", None, ""])
def test_redirect_url_missing_null_or_empty_gives_none(value: str | None, parser: str) -> None:
    payload = sample("Verification")
    if value != "absent":
        payload["external_verification_redirect_url"] = value
    assert PARSERS[parser](Verification, payload).external_verification_redirect_url is None


@pytest.mark.parametrize("parser", list(PARSERS))
def test_deviation_verification_message_is_read(parser: str) -> None:
    """The reference never passes `message` to the constructor (always null); we read it."""
    u = PARSERS[parser](User, user_payload())
    verification = u.web3_wallets[0].verification
    assert verification is not None
    assert verification.message == (
        "example.com wants you to sign in with your Ethereum account:\n"
        "0x52908400098527886E0F7030069857D2E4169EE7\n\nNonce: 5a4f2c1e9b7d"
    )
    assert verification.to_dict()["message"] == verification.message


@pytest.mark.parametrize("parser", list(PARSERS))
def test_deviation_verified_at_client_is_read_as_a_string(parser: str) -> None:
    """The reference ignores `verified_at_client`; we read it. Clerk sends the id of the client on
    which an email link was opened (a string, despite the name), or null/nothing."""
    u = PARSERS[parser](User, user_payload())
    old, primary = u.email_addresses
    assert old.verification is not None
    assert old.verification.verified_at_client == "client_2xLq9aC1dE2fG3hJ4kL5mN6pQ7r"
    assert primary.verification is not None
    assert primary.verification.verified_at_client is None
    payload = sample("Verification")
    payload["verified_at_client"] = 1761400000000
    assert parse_error(Verification, payload, parser).path == "Verification.verified_at_client"


@pytest.mark.parametrize("parser", list(PARSERS))
def test_deviation_large_integers_keep_full_precision(parser: str) -> None:
    """JavaScript numbers are doubles; 2**53 + 1 and beyond stay exact here."""
    payload = user_payload()
    payload["created_at"] = 2**53 + 1
    payload["last_active_at"] = 2**64 + 7
    payload["public_metadata"] = {"big": 2**70 + 1}
    payload["web3_wallets"][0]["verification"]["attempts"] = 9007199254740993
    u = PARSERS[parser](User, payload)
    assert u.created_at == 9007199254740993
    assert u.last_active_at == 2**64 + 7
    assert u.public_metadata == {"big": 2**70 + 1}
    assert u.web3_wallets[0].verification.attempts == 9007199254740993
    assert User.from_json(u.to_dict()) == u


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("value", ["absent", None])
def test_relaxed_user_image_url(value: str | None, parser: str) -> None:
    """Table: required string. OpenAPI's User does not list `image_url` as required (and Clerk's Go
    SDK declares it omitempty), so a user without it parses with image_url None."""
    payload = user_payload()
    if value == "absent":
        del payload["image_url"]
    else:
        payload["image_url"] = None
    assert PARSERS[parser](User, payload).image_url is None


@pytest.mark.parametrize("parser", list(PARSERS))
def test_relaxed_phone_number_second_factor_flags(parser: str) -> None:
    """Table: required booleans. OpenAPI's PhoneNumber does not require either key."""
    payload = sample("PhoneNumber")
    del payload["reserved_for_second_factor"]
    payload["default_second_factor"] = None
    phone = PARSERS[parser](PhoneNumber, payload)
    assert (phone.reserved_for_second_factor, phone.default_second_factor) == (None, None)


@pytest.mark.parametrize("parser", list(PARSERS))
def test_relaxed_enterprise_account_protocol_and_metadata(parser: str) -> None:
    """Table: `protocol` string and `public_metadata` object, both without defaults. OpenAPI's
    EnterpriseAccount requires neither."""
    payload = sample("EnterpriseAccount")
    del payload["protocol"], payload["public_metadata"]
    ent = PARSERS[parser](EnterpriseAccount, payload)
    assert (ent.protocol, ent.public_metadata) == (None, None)


@pytest.mark.parametrize("parser", list(PARSERS))
def test_relaxed_enterprise_connection_domain(parser: str) -> None:
    """Table: required string. OpenAPI marks `domain` deprecated and requires `domain` or `domains`."""
    payload = sample("EnterpriseAccountConnection")
    del payload["domain"]
    conn = PARSERS[parser](EnterpriseAccountConnection, payload)
    assert conn.domain is None
    assert conn.raw["domains"] == ["example.com"]


# --- Clerk's payloads ----------------------------------------------------------------------------


def assert_declared_values_match(out: Any, data: Any, where: str) -> None:
    """Every key of `out` (a `to_dict()`) that `data` also has holds the same value, recursively."""
    if isinstance(out, dict):
        assert isinstance(data, dict), where
        for key, value in out.items():
            if key in data:
                assert_declared_values_match(value, data[key], f"{where}.{key}")
    elif isinstance(out, list):
        assert isinstance(data, list), where
        assert len(out) == len(data), where
        for i, (a, b) in enumerate(zip(out, data)):
            assert_declared_values_match(a, b, f"{where}[{i}]")
    else:
        assert out == data, where
        assert type(out) is type(data), where


def check_user_against(u: User, data: Payload) -> None:
    """`u` was built from `data`: same raw, same values for every declared key sent."""
    assert type(u) is User
    assert u.raw == data
    out = u.to_dict()
    assert_declared_values_match(out, data, "User")
    for key in ("public_metadata", "private_metadata", "unsafe_metadata"):
        if key in data:
            assert out[key] == data[key]
    assert User.from_json(out) == u


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("event", ["user.created", "user.updated"])
def test_webhook_user_events_parse_as_user(event: str, parser: str) -> None:
    data = copy.deepcopy(WEBHOOKS[event]["data"])
    u = PARSERS[parser](User, data)
    check_user_against(u, data)
    assert u.id == "user_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert u.private_metadata is None  # sent as null
    assert u.locale is None  # not sent
    assert u.deprovisioned is False  # not sent: the constructor default
    assert u.email_addresses == ()
    # The primary id names an address the example does not include.
    assert u.primary_email_address is None
    assert u.full_name == ("John Doe" if event == "user.created" else "John Doe Updated")


@pytest.mark.parametrize("parser", list(PARSERS))
@pytest.mark.parametrize("event", SESSION_EVENTS)
def test_webhook_session_events_embedded_user_parses_as_user(event: str, parser: str) -> None:
    data = copy.deepcopy(WEBHOOKS[event]["data"]["user"])
    u = PARSERS[parser](User, data)
    check_user_against(u, data)
    assert u.id == WEBHOOKS[event]["data"]["user_id"]


@pytest.mark.parametrize("parser", list(PARSERS))
def test_webhook_user_deleted_is_not_a_user(parser: str) -> None:
    """user.deleted carries a deletion marker (id, deleted, external_id), not a user: the error says what reads it
    (issue 21 item 5), instead of a model whose required properties raise one by one."""
    data = WEBHOOKS["user.deleted"]["data"]
    assert data["deleted"] is True
    with pytest.raises(ParseError) as info:
        PARSERS[parser](User, copy.deepcopy(data))
    assert str(info.value) == (
        'User: got a deletion marker ("deleted": true), not the user object itself: '
        "DeletedObject.from_json or clerk_backend.deserialize reads it"
    )
    assert info.value.path == "User"
    assert clerk_backend.deserialize(copy.deepcopy(data)).deleted is True


@pytest.mark.parametrize("parser", list(PARSERS))
def test_user_created_payload(parser: str) -> None:
    data = json.loads(USER_CREATED_TEXT)["data"]
    u = PARSERS[parser](User, copy.deepcopy(data))
    check_user_against(u, data)
    assert u.full_name == "Jane Doe"
    assert u.external_id == "acct_000172"
    assert u.locale is None
    assert u.private_metadata == {
        "stripe_customer_id": "cus_QxR7tLpN4wZbC8",
        "internal_tags": ["beta", "vip"],
        "seats": 12,
    }
    primary = u.primary_email_address
    assert primary is u.email_addresses[0]
    assert primary is not None
    assert primary.email_address == "jane.doe@example.com"
    assert primary.linked_to[0].type == "oauth_google"
    assert primary.verification is not None
    assert (primary.verification.status, primary.verification.strategy) == ("verified", "from_oauth_google")
    assert (primary.verification.attempts, primary.verification.nonce) == (None, None)
    phone = u.primary_phone_number
    assert phone is u.phone_numbers[0]
    assert phone is not None
    assert (phone.phone_number, phone.reserved_for_second_factor, phone.linked_to) == ("+14155550123", False, ())
    assert u.primary_web3_wallet is None
    google, github = u.external_accounts
    assert google.external_id == google.provider_user_id == "113407682910458372614"
    assert github.username == "janedoe"
    assert github.external_account_id is None
    assert github.raw["avatar_url"].startswith("https://avatars.githubusercontent.com/")
    assert u.enterprise_accounts == ()
