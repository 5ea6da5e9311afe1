"""Behaviour of the `misc` group: instance, domains, identifiers, email/SMS, deleted objects, sign-ups,
proxy checks, redirect URLs, cookies, accountless applications, handshake payloads, and the
enterprise/SAML connection classes.

Payloads live in tests/fixtures/misc/. The webhook examples there are copied unchanged from Clerk's
published webhook spec.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any, Callable, NamedTuple

import pytest
from conftest import first_problem

from clerk_backend import (
    AccountlessApplication,
    AllowlistIdentifier,
    AttributeMapping,
    BlocklistIdentifier,
    CnameTarget,
    Cookies,
    DeletedObject,
    Domain,
    Email,
    EnterpriseConnection,
    EnterpriseConnectionCustomAttribute,
    EnterpriseConnectionOauthConfig,
    EnterpriseConnectionSamlConnection,
    EnterpriseConnectionSamlConnectionLoginHint,
    HandshakePayload,
    Instance,
    InstanceRestrictions,
    InstanceSettings,
    ParseError,
    ProxyCheck,
    RedirectUrl,
    SamlConnection,
    SamlConnectionIdpCertificate,
    SignUpAttempt,
    SignUpAttemptVerification,
    SignUpAttemptVerifications,
    SMSMessage,
)

FIXTURES = Path(__file__).parent / "fixtures" / "misc"
Payload = dict[str, Any]

_TEXTS: dict[str, str] = {}


def load(name: str) -> Payload:
    """A fresh dict of tests/fixtures/misc/<name>.json."""
    if name not in _TEXTS:
        _TEXTS[name] = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    payload: Payload = json.loads(_TEXTS[name])
    return payload


def webhook(event: str) -> Payload:
    """The ``data`` of one published webhook example."""
    data: Payload = load("webhook_examples")["examples"][event]["data"]
    return data


def dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False)


def parse_error(cls: type, data: Any) -> ParseError:
    """The first problem of a tolerant parse, which ``strict=True`` raises (see conftest.first_problem)."""
    error: ParseError = first_problem(lambda strict: cls.from_json(data, strict=strict))
    return error


INPUT_KINDS: dict[str, Callable[[Payload], Any]] = {
    "dict": lambda p: p,
    "str": dumps,
    "bytes": lambda p: dumps(p).encode(),
}


@pytest.fixture(params=list(INPUT_KINDS))
def as_input(request: pytest.FixtureRequest) -> Callable[[Payload], Any]:
    """Turn a payload into one kind of from_json input: a dict, or JSON text as str or bytes."""
    return INPUT_KINDS[request.param]


# ---------------------------------------------------------------------------------------------
# The declared shape of every class, written out by hand so that a change of declaration shows.


class Spec(NamedTuple):
    cls: type
    sample: Callable[[], Payload]
    # Every property, in declaration order (= __match_args__); JSON keys are the same names here.
    fields: tuple[str, ...]
    # Plain str/int/bool/model fields: absent or null raises ParseError.
    required: tuple[str, ...]
    # Lists: absent or null gives ().
    lists: tuple[str, ...]
    # `{"object": ..., "id": ...}` alone: None if it parses, else the exact ParseError path.
    only_object_and_id: str | None
    # Every declared key null: None if it parses, else the exact ParseError path.
    all_null: str | None

    @property
    def optional(self) -> tuple[str, ...]:
        """Fields where absent and null give None."""
        return tuple(f for f in self.fields if f not in self.required and f not in self.lists)


SPECS: list[Spec] = [
    Spec(
        AccountlessApplication,
        lambda: load("accountless_application"),
        ("publishable_key", "secret_key", "claim_url", "api_keys_url"),
        ("publishable_key", "secret_key", "claim_url", "api_keys_url"),
        (),
        "AccountlessApplication.publishable_key",
        "AccountlessApplication.publishable_key",
    ),
    Spec(
        AllowlistIdentifier,
        lambda: load("allowlist_identifier"),
        ("id", "identifier", "identifier_type", "created_at", "updated_at", "instance_id", "invitation_id"),
        ("id", "identifier", "identifier_type", "created_at", "updated_at"),
        (),
        "AllowlistIdentifier.identifier",
        "AllowlistIdentifier.id",
    ),
    Spec(
        BlocklistIdentifier,
        lambda: load("blocklist_identifier"),
        ("id", "identifier", "identifier_type", "created_at", "updated_at", "instance_id"),
        ("id", "identifier", "identifier_type", "created_at", "updated_at"),
        (),
        "BlocklistIdentifier.identifier",
        "BlocklistIdentifier.id",
    ),
    Spec(
        CnameTarget,
        lambda: load("domain")["cname_targets"][0],
        ("host", "value", "required"),
        ("host", "value", "required"),
        (),
        "CnameTarget.host",
        "CnameTarget.host",
    ),
    Spec(Cookies, lambda: load("cookies"), ("cookies",), (), ("cookies",), None, None),
    Spec(
        DeletedObject,
        lambda: webhook("user.deleted"),
        ("object", "id", "slug", "deleted", "external_id"),
        ("object", "deleted"),
        (),
        "DeletedObject.deleted",
        "DeletedObject.object",
    ),
    Spec(
        Domain,
        lambda: load("domain"),
        (
            "id",
            "name",
            "is_satellite",
            "frontend_api_url",
            "development_origin",
            "cname_targets",
            "accounts_portal_url",
            "proxy_url",
        ),
        ("id", "name", "is_satellite", "frontend_api_url", "development_origin"),
        (),
        "Domain.name",
        "Domain.id",
    ),
    Spec(
        Email,
        lambda: webhook("email.created"),
        (
            "id",
            "from_email_name",
            "email_address_id",
            "to_email_address",
            "subject",
            "body",
            "body_plain",
            "status",
            "slug",
            "data",
            "delivered_by_clerk",
            "user_id",
            "suppression_reason",
        ),
        ("id", "from_email_name"),
        (),
        "Email.from_email_name",
        "Email.id",
    ),
    Spec(
        SMSMessage,
        lambda: webhook("sms.created"),
        ("id", "from_phone_number", "to_phone_number", "message", "status", "phone_number_id", "data"),
        ("id", "from_phone_number", "to_phone_number", "message", "status"),
        (),
        "SMSMessage.from_phone_number",
        "SMSMessage.id",
    ),
    Spec(HandshakePayload, lambda: load("handshake_payload"), ("directives",), (), ("directives",), None, None),
    Spec(
        Instance,
        lambda: load("instance"),
        ("id", "environment_type", "allowed_origins"),
        ("id", "environment_type"),
        (),
        "Instance.environment_type",
        "Instance.id",
    ),
    Spec(
        InstanceRestrictions,
        lambda: load("instance_restrictions"),
        (
            "allowlist",
            "blocklist",
            "block_email_subaddresses",
            "block_disposable_email_domains",
            "ignore_dots_for_gmail_addresses",
        ),
        ("allowlist", "blocklist", "block_email_subaddresses", "block_disposable_email_domains"),
        (),
        "InstanceRestrictions.allowlist",
        "InstanceRestrictions.allowlist",
    ),
    Spec(
        InstanceSettings,
        lambda: load("instance_settings"),
        (
            "id",
            "restricted_to_allowlist",
            "from_email_address",
            "progressive_sign_up",
            "enhanced_email_deliverability",
        ),
        (),
        (),
        None,
        None,
    ),
    Spec(
        ProxyCheck,
        lambda: load("proxy_check"),
        ("id", "domain_id", "last_run_at", "proxy_url", "successful", "created_at", "updated_at"),
        ("id", "domain_id", "proxy_url", "successful", "created_at", "updated_at"),
        (),
        "ProxyCheck.domain_id",
        "ProxyCheck.id",
    ),
    Spec(
        RedirectUrl,
        lambda: load("redirect_url"),
        ("id", "url", "created_at", "updated_at"),
        ("id", "url", "created_at", "updated_at"),
        (),
        "RedirectUrl.url",
        "RedirectUrl.id",
    ),
    Spec(
        SignUpAttempt,
        lambda: load("sign_up_attempt"),
        (
            "id",
            "status",
            "required_fields",
            "optional_fields",
            "missing_fields",
            "unverified_fields",
            "verifications",
            "username",
            "email_address",
            "phone_number",
            "web3_wallet",
            "password_enabled",
            "first_name",
            "last_name",
            "custom_action",
            "external_id",
            "created_session_id",
            "created_user_id",
            "abandon_at",
            "legal_accepted_at",
            "public_metadata",
            "unsafe_metadata",
        ),
        ("id", "status", "password_enabled", "custom_action"),
        ("required_fields", "optional_fields", "missing_fields", "unverified_fields"),
        "SignUpAttempt.status",
        "SignUpAttempt.id",
    ),
    Spec(
        SignUpAttemptVerification,
        lambda: load("sign_up_attempt")["verifications"]["email_address"],
        ("next_action", "supported_strategies"),
        ("next_action",),
        ("supported_strategies",),
        "SignUpAttemptVerification.next_action",
        "SignUpAttemptVerification.next_action",
    ),
    Spec(
        SignUpAttemptVerifications,
        lambda: load("sign_up_attempt")["verifications"],
        ("email_address", "phone_number", "web3_wallet", "external_account"),
        (),
        (),
        None,
        None,
    ),
    Spec(
        EnterpriseConnection,
        lambda: load("enterprise_connection_saml"),
        (
            "id",
            "name",
            "domains",
            "organization_id",
            "active",
            "sync_user_attributes",
            "allow_subdomains",
            "disable_additional_identifications",
            "created_at",
            "updated_at",
            "saml_connection",
            "oauth_config",
            "provider",
            "logo_public_url",
            "allow_organization_account_linking",
            "authenticatable",
            "disable_jit_provisioning",
            "custom_attributes",
        ),
        ("id", "name", "active", "created_at", "updated_at", "provider", "authenticatable", "disable_jit_provisioning"),
        ("domains",),
        "EnterpriseConnection.name",
        "EnterpriseConnection.id",
    ),
    Spec(
        EnterpriseConnectionCustomAttribute,
        lambda: load("enterprise_connection_saml")["custom_attributes"][0],
        ("name", "key", "sso_path", "scim_path", "multi_valued"),
        ("name", "key"),
        (),
        "EnterpriseConnectionCustomAttribute.name",
        "EnterpriseConnectionCustomAttribute.name",
    ),
    Spec(
        EnterpriseConnectionOauthConfig,
        lambda: load("enterprise_connection_oidc")["oauth_config"],
        (
            "id",
            "name",
            "client_id",
            "discovery_url",
            "logo_public_url",
            "created_at",
            "updated_at",
            "provider_key",
            "auth_url",
            "token_url",
            "user_info_url",
            "requires_pkce",
        ),
        ("id", "name", "created_at", "updated_at", "provider_key", "requires_pkce"),
        (),
        "EnterpriseConnectionOauthConfig.name",
        "EnterpriseConnectionOauthConfig.id",
    ),
    Spec(
        EnterpriseConnectionSamlConnection,
        lambda: load("enterprise_connection_saml")["saml_connection"],
        (
            "id",
            "name",
            "idp_entity_id",
            "idp_sso_url",
            "idp_certificate",
            "idp_certificate_issued_at",
            "idp_certificate_expires_at",
            "idp_metadata_url",
            "idp_metadata",
            "acs_url",
            "sp_entity_id",
            "sp_metadata_url",
            "sync_user_attributes",
            "allow_subdomains",
            "allow_idp_initiated",
            "active",
            "force_authn",
            "login_hint",
            "idp_certificates",
        ),
        ("id", "name", "allow_subdomains", "allow_idp_initiated", "active", "force_authn"),
        ("idp_certificates",),
        "EnterpriseConnectionSamlConnection.name",
        "EnterpriseConnectionSamlConnection.id",
    ),
    Spec(
        EnterpriseConnectionSamlConnectionLoginHint,
        lambda: load("enterprise_connection_saml")["saml_connection"]["login_hint"],
        ("mode", "source"),
        ("mode",),
        (),
        "EnterpriseConnectionSamlConnectionLoginHint.mode",
        "EnterpriseConnectionSamlConnectionLoginHint.mode",
    ),
    Spec(
        SamlConnection,
        lambda: load("saml_connection"),
        (
            "id",
            "name",
            "domain",
            "organization_id",
            "idp_entity_id",
            "idp_sso_url",
            "idp_certificate",
            "idp_certificate_issued_at",
            "idp_certificate_expires_at",
            "idp_metadata_url",
            "idp_metadata",
            "acs_url",
            "sp_entity_id",
            "sp_metadata_url",
            "active",
            "provider",
            "user_count",
            "sync_user_attributes",
            "allow_subdomains",
            "allow_idp_initiated",
            "created_at",
            "updated_at",
            "attribute_mapping",
            "idp_certificates",
        ),
        (
            "id",
            "name",
            "acs_url",
            "sp_entity_id",
            "sp_metadata_url",
            "active",
            "provider",
            "user_count",
            "sync_user_attributes",
            "allow_subdomains",
            "allow_idp_initiated",
            "created_at",
            "updated_at",
        ),
        ("idp_certificates",),
        "SamlConnection.name",
        "SamlConnection.id",
    ),
    Spec(
        SamlConnectionIdpCertificate,
        lambda: load("saml_connection")["idp_certificates"][0],
        ("certificate", "issued_at", "expires_at"),
        ("certificate",),
        (),
        "SamlConnectionIdpCertificate.certificate",
        "SamlConnectionIdpCertificate.certificate",
    ),
    Spec(
        AttributeMapping,
        lambda: load("saml_connection")["attribute_mapping"],
        ("user_id", "email_address", "first_name", "last_name"),
        ("user_id", "email_address", "first_name", "last_name"),
        (),
        "AttributeMapping.user_id",
        "AttributeMapping.user_id",
    ),
]

SPEC_IDS = [s.cls.__name__ for s in SPECS]
FIELD_CASES = [(s, f) for s in SPECS for f in s.fields]
FIELD_IDS = [f"{s.cls.__name__}.{f}" for s, f in FIELD_CASES]
REQUIRED_CASES = [(s, f) for s in SPECS for f in s.required]
REQUIRED_IDS = [f"{s.cls.__name__}.{f}" for s, f in REQUIRED_CASES]
OPTIONAL_CASES = [(s, f) for s in SPECS for f in s.optional]
OPTIONAL_IDS = [f"{s.cls.__name__}.{f}" for s, f in OPTIONAL_CASES]
LIST_CASES = [(s, f) for s in SPECS for f in s.lists]
LIST_IDS = [f"{s.cls.__name__}.{f}" for s, f in LIST_CASES]

# The classes the brief names for this group; each must have a Spec above.
GROUP = {
    "AccountlessApplication",
    "AllowlistIdentifier",
    "BlocklistIdentifier",
    "CnameTarget",
    "Cookies",
    "DeletedObject",
    "Domain",
    "Email",
    "SMSMessage",
    "HandshakePayload",
    "Instance",
    "InstanceRestrictions",
    "InstanceSettings",
    "ProxyCheck",
    "RedirectUrl",
    "SignUpAttempt",
    "SignUpAttemptVerification",
    "SignUpAttemptVerifications",
    "EnterpriseConnection",
    "EnterpriseConnectionCustomAttribute",
    "EnterpriseConnectionOauthConfig",
    "EnterpriseConnectionSamlConnection",
    "EnterpriseConnectionSamlConnectionLoginHint",
    "SamlConnection",
    "SamlConnectionIdpCertificate",
    "AttributeMapping",
}


# ---------------------------------------------------------------------------------------------
# Every class: declared shape, inputs, raw, unknown keys, round trips.


def test_every_class_of_the_group_has_a_spec() -> None:
    assert {s.cls.__name__ for s in SPECS} == GROUP
    for s in SPECS:
        assert set(s.required) <= set(s.fields)
        assert set(s.lists) <= set(s.fields)
        assert not set(s.required) & set(s.lists)


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_properties_are_the_declared_fields_in_order(spec: Spec) -> None:
    assert spec.cls.__match_args__ == spec.fields
    obj = spec.cls.from_json(spec.sample())
    assert tuple(obj.to_dict()) == spec.fields


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_parses_from_dict_str_and_bytes_alike(spec: Spec) -> None:
    payload = spec.sample()
    from_dict = spec.cls.from_json(copy.deepcopy(payload))
    from_str = spec.cls.from_json(dumps(payload))
    from_bytes = spec.cls.from_json(dumps(payload).encode())
    assert from_dict == from_str == from_bytes
    for obj in (from_dict, from_str, from_bytes):
        assert type(obj) is spec.cls
        assert obj.raw == payload
        for field in spec.fields:
            value = getattr(obj, field)
            sent = payload.get(field)
            if isinstance(value, (str, bool, int)) and not isinstance(sent, (list, dict)):
                assert value == sent, field
                assert type(value) is type(sent), field


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_unknown_keys_are_ignored_but_stay_in_raw(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    payload = spec.sample()
    plain = spec.cls.from_json(payload)
    payload["x_new_field"] = {"nested": [1, 2, {"deep": None}]}
    payload["feature_flag_2099"] = True
    obj = spec.cls.from_json(as_input(payload))
    assert obj == plain
    assert obj.raw["x_new_field"] == {"nested": [1, 2, {"deep": None}]}
    assert obj.raw["feature_flag_2099"] is True
    assert "x_new_field" not in obj.to_dict()


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_to_dict_round_trip(spec: Spec) -> None:
    obj = spec.cls.from_json(spec.sample())
    assert spec.cls.from_json(obj.to_dict()) == obj
    assert spec.cls.from_json(obj.to_json()) == obj
    again = pickle.loads(pickle.dumps(obj))
    assert again == obj
    assert again.raw == obj.raw


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_only_object_and_id(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    # The class's own `object` value (another one is another class, which is refused as a whole).
    own = spec.cls.from_json(spec.sample()).raw.get("object", "something")
    payload = {"object": own, "id": "xyz_2xKErW9yDaGs2VuQx8BhJk3MoF6"}
    if spec.only_object_and_id is None:
        obj = spec.cls.from_json(as_input(payload))
        for field in spec.fields:
            expected: Any = () if field in spec.lists else None
            if field == "id":
                expected = payload["id"]
            assert getattr(obj, field) == expected, field
    else:
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == spec.only_object_and_id
        assert str(err) == f"{spec.only_object_and_id}: required key is missing"


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_every_key_null(spec: Spec, as_input: Callable[[Payload], Any]) -> None:
    payload = dict.fromkeys(spec.fields)
    if spec.all_null is None:
        obj = spec.cls.from_json(as_input(payload))
        for field in spec.fields:
            assert getattr(obj, field) == (() if field in spec.lists else None), field
    else:
        err = parse_error(spec.cls, as_input(payload))
        assert err.path == spec.all_null
        assert str(err).endswith(", got null")


@pytest.mark.parametrize(("spec", "field"), REQUIRED_CASES, ids=REQUIRED_IDS)
def test_required_field_absent_or_null_raises(spec: Spec, field: str, as_input: Callable[[Payload], Any]) -> None:
    payload = spec.sample()
    payload.pop(field, None)
    err = parse_error(spec.cls, as_input(payload))
    assert err.path == f"{spec.cls.__name__}.{field}"
    assert "required key is missing" in str(err)
    payload[field] = None
    err = parse_error(spec.cls, as_input(payload))
    assert err.path == f"{spec.cls.__name__}.{field}"
    assert str(err).endswith("got null")


@pytest.mark.parametrize(("spec", "field"), OPTIONAL_CASES, ids=OPTIONAL_IDS)
def test_optional_field_absent_or_null_gives_none(spec: Spec, field: str, as_input: Callable[[Payload], Any]) -> None:
    payload = spec.sample()
    payload.pop(field, None)
    assert getattr(spec.cls.from_json(as_input(payload)), field) is None
    payload[field] = None
    obj = spec.cls.from_json(as_input(payload))
    assert getattr(obj, field) is None
    assert obj.to_dict()[field] is None


@pytest.mark.parametrize(("spec", "field"), LIST_CASES, ids=LIST_IDS)
def test_list_field_absent_null_or_empty_gives_empty_tuple(
    spec: Spec, field: str, as_input: Callable[[Payload], Any]
) -> None:
    payload = spec.sample()
    assert len(getattr(spec.cls.from_json(payload), field)) > 0
    for value in ([], None):
        payload[field] = value
        obj = spec.cls.from_json(as_input(payload))
        assert getattr(obj, field) == ()
        assert obj.to_dict()[field] == []
    del payload[field]
    assert getattr(spec.cls.from_json(as_input(payload)), field) == ()


@pytest.mark.parametrize(("spec", "field"), FIELD_CASES, ids=FIELD_IDS)
def test_wrong_json_type_names_the_field(spec: Spec, field: str, as_input: Callable[[Payload], Any]) -> None:
    # 12.5 is the wrong type for every field of this group (no float or free-form value fields).
    payload = spec.sample()
    payload[field] = 12.5
    err = parse_error(spec.cls, as_input(payload))
    assert err.path == f"{spec.cls.__name__}.{field}"
    assert str(err).startswith(f"{spec.cls.__name__}.{field}: ")


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_not_an_object_raises(spec: Spec) -> None:
    err = parse_error(spec.cls, "[]")
    assert "expected object, got array" in str(err)


# ---------------------------------------------------------------------------------------------
# Webhook examples


@pytest.mark.parametrize(
    ("event", "obj_type", "obj_id", "slug", "external_id"),
    [
        ("user.deleted", "user", "user_2g7np7Hrk0SN6kj5EDMLDaKNL0S", None, "ex_123456789"),
        ("organization.deleted", "organization", "org_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "acme-corp", None),
        ("organizationDomain.deleted", "organization_domain", "orgdm_2g7np7Hrk0SN6kj5EDMLDaKNL0S", None, None),
        ("role.deleted", "role", "role_2g7np7Hrk0SN6kj5EDMLDaKNL0S", None, None),
        ("permission.deleted", "permission", "perm_2g7np7Hrk0SN6kj5EDMLDaKNL0S", None, None),
    ],
)
def test_deleted_webhooks_parse_as_deleted_object(
    event: str,
    obj_type: str,
    obj_id: str,
    slug: str | None,
    external_id: str | None,
    as_input: Callable[[Payload], Any],
) -> None:
    data = webhook(event)
    obj = DeletedObject.from_json(as_input(data))
    assert obj.object == obj_type
    assert obj.id == obj_id
    assert obj.slug == slug
    assert obj.deleted is True
    assert obj.external_id == external_id
    assert obj.raw == data


def test_email_created_webhook(as_input: Callable[[Payload], Any]) -> None:
    data = webhook("email.created")
    email = Email.from_json(as_input(data))
    assert email.id == "ema_abcd"
    assert email.from_email_name == "notifications"
    assert email.email_address_id == "idn_abcd"
    assert email.to_email_address == "johndoe@acme.com"
    assert email.subject == "123456 is your verification code"
    assert email.body is not None
    assert email.body.startswith("<!DOCTYPE html")
    assert email.body_plain is not None
    assert email.body_plain.startswith("123456 is your OTP code for Acme.\n")
    assert email.status == "queued"
    assert email.slug == "verification_code"
    assert email.delivered_by_clerk is True
    assert email.user_id == "user_abcd"
    assert email.suppression_reason is None
    # `data` stays the free-form template variables, snake_case keys and nulls as sent.
    assert email.data == data["data"]
    assert email.data["app"]["logo_url"] is None
    assert email.data["theme"]["show_clerk_branding"] is True
    assert email.data["user"] == {"public_metadata": {}, "public_metadata_fallback": ""}


def test_sms_created_webhook(as_input: Callable[[Payload], Any]) -> None:
    data = webhook("sms.created")
    sms = SMSMessage.from_json(as_input(data))
    assert sms.id == "sms_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert sms.from_phone_number == "+12345678901"
    assert sms.to_phone_number == "+19876543210"
    assert sms.message == "Your verification code is 123456"
    assert sms.status == "queued"
    assert sms.phone_number_id == "idn_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert sms.data == {}
    # Sent but not modelled by the reference: only reachable through raw.
    for key in ("user_id", "slug", "delivered_by_clerk", "created_at"):
        assert key in sms.raw
        assert not hasattr(sms, key)


def test_email_and_sms_data_is_a_dict_the_model_owns() -> None:
    data = webhook("email.created")
    email = Email.from_json(data)
    data["data"]["otp_code"] = "changed"
    assert email.data is not None
    assert email.data["otp_code"] == "123456"
    sms = SMSMessage.from_json({**webhook("sms.created"), "data": {"code": "1", "nested": {"n": [1, 2]}}})
    assert sms.data == {"code": "1", "nested": {"n": [1, 2]}}
    err = parse_error(SMSMessage, {**webhook("sms.created"), "data": ["not", "an", "object"]})
    assert err.path == "SMSMessage.data"


# ---------------------------------------------------------------------------------------------
# DeletedObject


def test_deleted_object_keeps_external_id_deviation() -> None:
    """Deviation: the reference drops `external_id` (sent by user.deleted); we expose it."""
    obj = DeletedObject.from_json(webhook("user.deleted"))
    assert obj.external_id == "ex_123456789"
    assert obj.to_dict() == {
        "object": "user",
        "id": "user_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "slug": None,
        "deleted": True,
        "external_id": "ex_123456789",
    }


def test_deleted_object_empty_id_and_slug_give_none(as_input: Callable[[Payload], Any]) -> None:
    # The reference's `data.id || null` and `data.slug || null`.
    obj = DeletedObject.from_json(as_input({"object": "organization", "id": "", "slug": "", "deleted": True}))
    assert obj.id is None
    assert obj.slug is None
    # external_id is a plain optional string: '' stays ''.
    obj = DeletedObject.from_json(as_input({"object": "user", "id": "user_1", "deleted": False, "external_id": ""}))
    assert obj.external_id == ""
    assert obj.deleted is False


def test_deleted_object_has_no_fixed_object_value() -> None:
    for kind in ("user", "machine_scope", "some_future_type"):
        assert DeletedObject.from_json({"object": kind, "id": "x_1", "deleted": True}).object == kind


# ---------------------------------------------------------------------------------------------
# Per-class values


def test_accountless_application_hides_its_secret_key() -> None:
    app = AccountlessApplication.from_json(load("accountless_application"))
    assert app.publishable_key == "pk_test_ZmFpci1tb25rZXktNDIuY2xlcmsuYWNjb3VudHMuZGV2JA"
    assert app.secret_key == "sk_test_4Lq8aXyZ9bC2dE5fG7hJ1kM3nP6rS8tV0wY2zA4"
    assert app.claim_url.startswith("https://dashboard.clerk.com/apps/claim?token=")
    assert app.api_keys_url.endswith("/api-keys")
    text = repr(app)
    assert "sk_test_" not in text
    assert "secret_key='<redacted>'" in text
    assert "publishable_key='pk_test_" in text
    # The claim URL carries a token that lets anyone claim the application: hidden too.
    assert "token=" not in text
    assert "claim_url='<redacted>'" in text
    assert app.to_dict()["secret_key"] == app.secret_key
    # `id` is in the JSON but the reference does not store it.
    assert not hasattr(app, "id")
    assert app.raw["id"] == "aa_2xK7sPq9LmNoP3rStUvWxYz01Ab"


def test_allowlist_and_blocklist_identifiers() -> None:
    allow = AllowlistIdentifier.from_json(load("allowlist_identifier"))
    assert allow.id == "alid_2xK9mR4tYvBn7QpLs3WcEf8HjA1"
    assert allow.identifier == "jane.doe@example.com"
    assert allow.identifier_type == "email_address"
    assert allow.instance_id == "ins_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert allow.invitation_id == "inv_2xK9mR6uZwCo8RqMt4XdFg9IkB2"
    assert (allow.created_at, allow.updated_at) == (1716883200000, 1716883205000)
    block = BlocklistIdentifier.from_json(load("blocklist_identifier"))
    assert block.identifier == "*@spam.example"
    assert block.instance_id == "ins_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert not hasattr(block, "invitation_id")


def test_unknown_enum_strings_stay_str() -> None:
    allow = AllowlistIdentifier.from_json({**load("allowlist_identifier"), "identifier_type": "passkey_2099"})
    assert allow.identifier_type == "passkey_2099"
    hint = EnterpriseConnectionSamlConnectionLoginHint.from_json({"mode": "telepathy"})
    assert hint.mode == "telepathy"
    sign_up = SignUpAttempt.from_json({**load("sign_up_attempt"), "status": "brand_new_status"})
    assert sign_up.status == "brand_new_status"


def test_large_timestamps_keep_full_precision() -> None:
    big = 2**63 + 12345
    allow = AllowlistIdentifier.from_json(dumps({**load("allowlist_identifier"), "created_at": big}))
    assert allow.created_at == big
    assert AllowlistIdentifier.from_json(allow.to_dict()).created_at == big


def test_cookies_hides_its_directives_in_repr() -> None:
    cookies = Cookies.from_json(load("cookies"))
    assert len(cookies.cookies) == 2
    assert isinstance(cookies.cookies, tuple)
    assert cookies.cookies[0].startswith("__session=eyJ")
    assert "__session" not in repr(cookies)
    assert repr(cookies) == "Cookies(cookies='<redacted>')"
    assert cookies.to_dict() == {"cookies": load("cookies")["cookies"]}
    err = parse_error(Cookies, {"cookies": ["ok", 3]})
    assert err.path == "Cookies.cookies[1]"


def test_handshake_payload() -> None:
    payload = HandshakePayload.from_json(load("handshake_payload"))
    assert payload.directives == tuple(load("handshake_payload")["directives"])
    assert repr(payload) == "HandshakePayload(directives='<redacted>')"
    assert HandshakePayload.from_json("{}").directives == ()


def test_domain_values(as_input: Callable[[Payload], Any]) -> None:
    domain = Domain.from_json(as_input(load("domain")))
    assert domain.id == "dmn_2xKBoT6vAxDp9SrNu5YeGh0JlC3"
    assert domain.name == "example.com"
    assert domain.is_satellite is False
    assert domain.frontend_api_url == "https://clerk.example.com"
    assert domain.development_origin == ""
    assert domain.accounts_portal_url == "https://accounts.example.com"
    assert domain.proxy_url is None
    assert domain.cname_targets is not None
    assert [type(t) for t in domain.cname_targets] == [CnameTarget] * 3
    assert domain.cname_targets is domain.cname_targets
    first = domain.cname_targets[0]
    assert (first.host, first.value, first.required) == ("clerk.example.com", "frontend-api.clerk.services", True)
    assert domain.cname_targets[2].required is False


def test_domain_cname_targets_null_stays_none(as_input: Callable[[Payload], Any]) -> None:
    # The reference's `x && x.map(...)`: null stays null, [] stays [], absent is undefined (None here).
    payload = load("domain")
    payload["cname_targets"] = None
    assert Domain.from_json(as_input(payload)).cname_targets is None
    payload["cname_targets"] = []
    assert Domain.from_json(as_input(payload)).cname_targets == ()
    del payload["cname_targets"]
    assert Domain.from_json(as_input(payload)).cname_targets is None


def test_domain_nested_wrong_type_names_the_path(as_input: Callable[[Payload], Any]) -> None:
    payload = load("domain")
    payload["cname_targets"][1]["required"] = "yes"
    err = parse_error(Domain, as_input(payload))
    assert err.path == "Domain.cname_targets[1].required"
    assert str(err) == "Domain.cname_targets[1].required: expected bool, got string"


def test_satellite_domain_without_accounts_portal() -> None:
    payload = {
        **load("domain"),
        "is_satellite": True,
        "accounts_portal_url": None,
        "proxy_url": "https://sat.example/__clerk",
    }
    domain = Domain.from_json(payload)
    assert domain.is_satellite is True
    assert domain.accounts_portal_url is None
    assert domain.proxy_url == "https://sat.example/__clerk"


def test_instance_values() -> None:
    instance = Instance.from_json(load("instance"))
    assert instance.id == "ins_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert instance.environment_type == "production"
    assert instance.allowed_origins == ("https://example.com", "https://app.example.com")
    assert instance.raw["workspace_id"] == "org_2abc123def456"
    # `Array<string> | null`: null stays distinguishable from [].
    assert Instance.from_json({**load("instance"), "allowed_origins": None}).allowed_origins is None
    assert Instance.from_json({**load("instance"), "allowed_origins": []}).allowed_origins == ()


def test_instance_restrictions_values() -> None:
    r = InstanceRestrictions.from_json(load("instance_restrictions"))
    assert (r.allowlist, r.blocklist, r.block_email_subaddresses, r.block_disposable_email_domains) == (
        False,
        True,
        True,
        True,
    )
    assert r.ignore_dots_for_gmail_addresses is False
    assert r.raw["allowlist_blocklist_disabled_on_sign_in"] is False


def test_instance_restrictions_without_gmail_dots_key_parses() -> None:
    """Relaxed: the table says boolean, but the published schema of the response does not list the key."""
    payload = load("instance_restrictions")
    del payload["ignore_dots_for_gmail_addresses"]
    assert InstanceRestrictions.from_json(payload).ignore_dots_for_gmail_addresses is None


def test_instance_settings_values() -> None:
    s = InstanceSettings.from_json(load("instance_settings"))
    assert s.id == "ins_2xhFjEI5X2qWRvtV13BzSj8H6Dk"
    assert s.restricted_to_allowlist is False
    assert s.from_email_address == "notifications"
    assert s.progressive_sign_up is True
    assert s.enhanced_email_deliverability is False


def test_proxy_check_values() -> None:
    check = ProxyCheck.from_json(load("proxy_check"))
    assert check.id == "pxc_2xKCpU7wByEq0TsOv6ZfHi1KmD4"
    assert check.domain_id == "dmn_2xKBoT6vAxDp9SrNu5YeGh0JlC3"
    assert check.last_run_at == 1716883260000
    assert check.proxy_url == "https://example.com/__clerk"
    assert check.successful is True
    assert ProxyCheck.from_json({**load("proxy_check"), "last_run_at": None}).last_run_at is None


def test_redirect_url_keeps_the_url_as_sent() -> None:
    url = RedirectUrl.from_json(load("redirect_url"))
    assert url.url == "com.example.app://oauth-callback"
    odd = RedirectUrl.from_json({**load("redirect_url"), "url": "/relative path?x=ü"})
    assert odd.url == "/relative path?x=ü"


# ---------------------------------------------------------------------------------------------
# SignUpAttempt


def test_sign_up_attempt_values(as_input: Callable[[Payload], Any]) -> None:
    sign_up = SignUpAttempt.from_json(as_input(load("sign_up_attempt")))
    assert sign_up.id == "sua_2xKErW9yDaGs2VuQx8BhJk3MoF6"
    assert sign_up.status == "missing_requirements"
    assert sign_up.required_fields == ("email_address", "password")
    assert sign_up.optional_fields == ("first_name", "last_name", "phone_number")
    assert sign_up.missing_fields == ("password",)
    assert sign_up.unverified_fields == ("email_address",)
    assert sign_up.username is None
    assert sign_up.email_address == "jane.doe@example.com"
    assert sign_up.password_enabled is False
    assert sign_up.first_name == "Jane"
    assert sign_up.custom_action is False
    assert sign_up.abandon_at == 1716969600000
    assert sign_up.legal_accepted_at is None
    assert sign_up.public_metadata == {}
    assert sign_up.unsafe_metadata == {"referrer": "newsletter"}
    # Not read by the reference: `locale` and the deprecated top-level `external_account`.
    assert sign_up.raw["locale"] == "en-US"
    assert not hasattr(sign_up, "locale")

    v = sign_up.verifications
    assert isinstance(v, SignUpAttemptVerifications)
    assert sign_up.verifications is v
    assert isinstance(v.email_address, SignUpAttemptVerification)
    assert v.email_address.next_action == "needs_attempt"
    assert v.email_address.supported_strategies == ("email_code", "email_link")
    assert v.email_address.raw["strategy"] == "email_code"
    assert v.phone_number is None
    assert v.web3_wallet is None
    assert v.external_account is None


def test_sign_up_attempt_empty_verifications_object_still_builds() -> None:
    # The reference's `data.verifications ? ... : null`: `{}` is truthy, so it builds an all-empty object.
    sign_up = SignUpAttempt.from_json({**load("sign_up_attempt"), "verifications": {}})
    assert isinstance(sign_up.verifications, SignUpAttemptVerifications)
    assert sign_up.verifications.email_address is None
    assert SignUpAttempt.from_json({**load("sign_up_attempt"), "verifications": None}).verifications is None


def test_sign_up_verifications_external_account_stays_raw(as_input: Callable[[Payload], Any]) -> None:
    external = {
        "status": "unverified",
        "strategy": "oauth_google",
        "external_verification_redirect_url": "https://accounts.google.com/o/oauth2/auth?x=1",
        "error": None,
        "attempts": None,
        "expire_at": 1716883800000,
    }
    payload = load("sign_up_attempt")
    payload["verifications"]["external_account"] = external
    sign_up = SignUpAttempt.from_json(as_input(payload))
    assert sign_up.verifications is not None
    assert sign_up.verifications.external_account == external
    assert type(sign_up.verifications.external_account) is dict
    err = parse_error(SignUpAttempt, {**payload, "verifications": {"external_account": "oauth"}})
    assert err.path == "SignUpAttempt.verifications.external_account"


def test_sign_up_verification_next_action_may_be_empty() -> None:
    v = SignUpAttemptVerification.from_json({"next_action": "", "supported_strategies": None})
    assert v.next_action == ""
    assert v.supported_strategies == ()


# ---------------------------------------------------------------------------------------------
# Enterprise connections


def test_enterprise_connection_saml_values(as_input: Callable[[Payload], Any]) -> None:
    conn = EnterpriseConnection.from_json(as_input(load("enterprise_connection_saml")))
    assert conn.id == "ent_2xKFsX0zEbHt3WvRy9CiKl4NpG7"
    assert conn.name == "Acme Okta"
    assert conn.domains == ("acme.com", "acme.io")
    assert conn.organization_id == "org_2xKGtY1aFcIu4XwSz0DjLm5OqH8"
    assert conn.active is True
    assert conn.sync_user_attributes is True
    assert conn.allow_subdomains is False
    assert conn.disable_additional_identifications is False
    assert conn.provider == "saml_okta"
    assert conn.logo_public_url == "https://img.clerk.com/static/okta.png"
    assert conn.allow_organization_account_linking is True
    assert conn.authenticatable is True
    assert conn.disable_jit_provisioning is False
    assert conn.oauth_config is None

    attrs = conn.custom_attributes
    assert attrs is not None
    assert [type(a) for a in attrs] == [EnterpriseConnectionCustomAttribute] * 2
    assert (attrs[0].name, attrs[0].key, attrs[0].sso_path, attrs[0].multi_valued) == (
        "Department",
        "department",
        "department",
        False,
    )
    assert attrs[0].raw["directory_path"].endswith("User.department")
    assert attrs[1].multi_valued is True

    saml = conn.saml_connection
    assert isinstance(saml, EnterpriseConnectionSamlConnection)
    assert conn.saml_connection is saml
    assert saml.id == "samlc_2xKHuZ2bGdJv5YxTa1EkMn6PrI9"
    assert saml.idp_entity_id == "http://www.okta.com/exk1a2b3c4d5e6f7g8h9"
    assert saml.idp_certificate_issued_at == 1704067200000
    assert saml.idp_certificate_expires_at == 2019686400000
    assert saml.idp_metadata is None
    assert saml.sp_metadata_url is not None
    assert saml.sp_metadata_url.endswith("/metadata/samlc_2xKHuZ2bGdJv5YxTa1EkMn6PrI9")
    assert (saml.sync_user_attributes, saml.active, saml.allow_idp_initiated, saml.force_authn) == (
        True,
        True,
        False,
        False,
    )
    assert isinstance(saml.login_hint, EnterpriseConnectionSamlConnectionLoginHint)
    assert (saml.login_hint.mode, saml.login_hint.source) == ("custom_attribute", "okta_login")
    certs = saml.idp_certificates
    assert [type(c) for c in certs] == [SamlConnectionIdpCertificate] * 2
    assert (certs[0].issued_at, certs[0].expires_at) == (1704067200000, 2019686400000)
    assert (certs[1].issued_at, certs[1].expires_at) == (None, None)


def test_enterprise_connection_oidc_values(as_input: Callable[[Payload], Any]) -> None:
    conn = EnterpriseConnection.from_json(as_input(load("enterprise_connection_oidc")))
    assert conn.saml_connection is None
    assert conn.organization_id is None
    assert conn.logo_public_url is None
    assert conn.allow_subdomains is None
    assert conn.custom_attributes is None
    oauth = conn.oauth_config
    assert isinstance(oauth, EnterpriseConnectionOauthConfig)
    assert oauth.id == "oac_2xKJwB4dIfLx7AzVc3GmOp8RtK1"
    assert oauth.provider_key == "oidc_custom"
    assert oauth.client_id == "2b7c1d1e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"
    assert oauth.discovery_url == "https://gitlab.acme.dev/.well-known/openid-configuration"
    assert oauth.auth_url == "https://gitlab.acme.dev/oauth/authorize"
    assert oauth.token_url == "https://gitlab.acme.dev/oauth/token"
    assert oauth.user_info_url is None
    assert oauth.requires_pkce is True


def test_enterprise_connection_custom_attributes_absent_null_or_empty(as_input: Callable[[Payload], Any]) -> None:
    # The reference's `data.custom_attributes?.map(...)`: absent or null gives undefined, [] gives [].
    payload = load("enterprise_connection_saml")
    payload["custom_attributes"] = None
    assert EnterpriseConnection.from_json(as_input(payload)).custom_attributes is None
    payload["custom_attributes"] = []
    assert EnterpriseConnection.from_json(as_input(payload)).custom_attributes == ()


def test_enterprise_connection_booleans_the_schema_does_not_require() -> None:
    """Relaxed: the table types these as boolean, but the API's schema does not require them."""
    payload = load("enterprise_connection_oidc")
    for key in ("sync_user_attributes", "disable_additional_identifications", "allow_organization_account_linking"):
        del payload[key]
    conn = EnterpriseConnection.from_json(payload)
    assert conn.sync_user_attributes is None
    assert conn.disable_additional_identifications is None
    assert conn.allow_organization_account_linking is None


def test_custom_attribute_with_only_name_and_key() -> None:
    """Relaxed: the API's schema requires only `name` and `key` of a custom attribute."""
    attr = EnterpriseConnectionCustomAttribute.from_json({"name": "Cost center", "key": "cost_center"})
    assert (attr.name, attr.key) == ("Cost center", "cost_center")
    assert (attr.sso_path, attr.scim_path, attr.multi_valued) == (None, None, None)


def test_saml_login_hint_absent_gives_none_deviation(as_input: Callable[[Payload], Any]) -> None:
    """Deviation: the reference calls `LoginHint.fromJSON(data.login_hint)` unguarded, so a missing
    `login_hint` throws a TypeError and the whole EnterpriseConnection fails. We give None."""
    payload = load("enterprise_connection_saml")
    del payload["saml_connection"]["login_hint"]
    conn = EnterpriseConnection.from_json(as_input(payload))
    assert conn.saml_connection is not None
    assert conn.saml_connection.login_hint is None
    payload["saml_connection"]["login_hint"] = None
    saml = EnterpriseConnection.from_json(as_input(payload)).saml_connection
    assert saml is not None
    assert saml.login_hint is None
    payload["saml_connection"]["login_hint"] = {"source": "x"}
    err = parse_error(EnterpriseConnection, as_input(payload))
    assert err.path == "EnterpriseConnection.saml_connection.login_hint.mode"


def test_saml_idp_certificates_absent_or_null_give_empty_tuple() -> None:
    # The reference's `(data.idp_certificates ?? []).map(...)`.
    payload = load("enterprise_connection_saml")
    payload["saml_connection"]["idp_certificates"] = None
    saml = EnterpriseConnection.from_json(payload).saml_connection
    assert saml is not None
    assert saml.idp_certificates == ()
    payload = load("saml_connection")
    del payload["idp_certificates"]
    assert SamlConnection.from_json(payload).idp_certificates == ()


def test_enterprise_nested_wrong_type_names_the_path(as_input: Callable[[Payload], Any]) -> None:
    payload = load("enterprise_connection_saml")
    payload["saml_connection"]["idp_certificates"][1]["expires_at"] = "soon"
    err = parse_error(EnterpriseConnection, as_input(payload))
    assert err.path == "EnterpriseConnection.saml_connection.idp_certificates[1].expires_at"
    payload = load("enterprise_connection_saml")
    payload["custom_attributes"][1]["multi_valued"] = "true"
    err = parse_error(EnterpriseConnection, as_input(payload))
    assert err.path == "EnterpriseConnection.custom_attributes[1].multi_valued"


def test_saml_connection_values(as_input: Callable[[Payload], Any]) -> None:
    conn = SamlConnection.from_json(as_input(load("saml_connection")))
    assert conn.id == "samlc_2xKHuZ2bGdJv5YxTa1EkMn6PrI9"
    assert conn.name == "Acme Okta"
    assert conn.domain == "acme.com"
    assert conn.organization_id == "org_2xKGtY1aFcIu4XwSz0DjLm5OqH8"
    assert conn.idp_certificate == "MIIDqDCCApCgAwIBAgIGAY..."
    assert conn.idp_certificate_issued_at == 1704067200000
    assert conn.idp_metadata_url is None
    assert conn.acs_url.startswith("https://clerk.example.com/v1/saml/acs/")
    assert conn.active is True
    assert conn.provider == "saml_okta"
    assert conn.user_count == 42
    assert conn.allow_idp_initiated is True
    mapping = conn.attribute_mapping
    assert isinstance(mapping, AttributeMapping)
    assert (mapping.user_id, mapping.email_address, mapping.first_name, mapping.last_name) == (
        "sub",
        "mail",
        "givenName",
        "sn",
    )
    assert [c.certificate for c in conn.idp_certificates] == ["MIIDqDCCApCgAwIBAgIGAY..."]
    # Sent but not modelled by the reference.
    assert conn.raw["domains"] == ["acme.com"]
    assert conn.raw["login_hint"] == {"mode": "email_address"}
    assert not hasattr(conn, "login_hint")


def test_saml_connection_without_certificate_or_legacy_domain() -> None:
    """Relaxed: the API sends null certificate times without a certificate, and may send only
    `domains` instead of the deprecated `domain`."""
    payload = load("saml_connection")
    del payload["domain"]
    payload.update(idp_certificate=None, idp_certificate_issued_at=None, idp_certificate_expires_at=None)
    conn = SamlConnection.from_json(payload)
    assert conn.domain is None
    assert conn.idp_certificate is None
    assert conn.idp_certificate_issued_at is None
    assert conn.idp_certificate_expires_at is None


def test_saml_connection_attribute_mapping_null_or_absent() -> None:
    # The reference's `data.attribute_mapping && AttributeMapping.fromJSON(...)`.
    payload = load("saml_connection")
    payload["attribute_mapping"] = None
    assert SamlConnection.from_json(payload).attribute_mapping is None
    del payload["attribute_mapping"]
    assert SamlConnection.from_json(payload).attribute_mapping is None
