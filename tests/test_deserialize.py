"""clerk_backend.deserialize: the reference's Deserializer, driven by the model registry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import clerk_backend
from clerk_backend import Client, PaginatedResponse, ParseError, Session, deserialize

Payload = dict[str, Any]


def as_inputs(value: Any) -> list[Any]:
    text = json.dumps(value)
    return [value, text, text.encode(), bytearray(text.encode()), memoryview(text.encode())]


@pytest.fixture
def session(session_payload: Payload) -> Payload:
    session_payload.pop("user", None)
    return session_payload


def test_single_object_becomes_its_model(session: Payload) -> None:
    for data in as_inputs(session):
        result = deserialize(data)
        assert isinstance(result, Session)
        assert result == Session.from_json(session)


def test_nested_client(client_payload: Payload) -> None:
    result = deserialize(json.dumps(client_payload))
    assert isinstance(result, Client)
    assert all(isinstance(s, Session) for s in result.sessions)


def test_paginated_response(session: Payload) -> None:
    other = dict(session, id="sess_other")
    body = {"data": [session, other], "total_count": 42}
    for data in as_inputs(body):
        page = deserialize(data)
        assert isinstance(page, PaginatedResponse)
        assert page.total_count == 42
        assert [s.id for s in page.data] == [session["id"], "sess_other"]
        assert len(page) == 2
        assert list(page) == list(page.data)
        assert isinstance(page.data, tuple)


def test_paginated_without_total_count(session: Payload) -> None:
    page = deserialize({"data": [session]})
    assert isinstance(page, PaginatedResponse)
    assert page.total_count is None


def test_m2m_tokens_are_paginated(session: Payload) -> None:
    page = deserialize({"m2m_tokens": [session], "total_count": 1})
    assert isinstance(page, PaginatedResponse)
    assert page.total_count == 1
    assert isinstance(page.data[0], Session)


def test_object_whose_data_is_an_object_is_not_paginated() -> None:
    body = {"object": "something_new", "data": {"a": 1}}
    assert deserialize(body) is body


def test_array_becomes_a_list(session: Payload) -> None:
    result = deserialize([session, {"object": "unknown_thing", "x": 1}, "plain"])
    assert isinstance(result, list)
    assert isinstance(result[0], Session)
    assert result[1] == {"object": "unknown_thing", "x": 1}
    assert result[2] == "plain"


def test_unknown_object_comes_back_unchanged() -> None:
    body = {"object": "brand_new_resource", "id": "x_1", "nested": {"k": [1, 2]}}
    assert deserialize(body) is body
    assert deserialize(json.dumps(body)) == body


def test_object_without_object_key_passes_through() -> None:
    body = {"id": "x"}
    assert deserialize(body) is body


def test_total_count_object() -> None:
    assert deserialize({"object": "total_count", "total_count": 7}) == 7


def test_registry_covers_every_declared_object_value() -> None:
    stub_classes = [getattr(clerk_backend, name) for name in clerk_backend.__all__]
    models = [cls for cls in stub_classes if isinstance(cls, type) and hasattr(cls, "from_json")]
    assert Session in models and Client in models


def test_errors_name_the_path(session: Payload) -> None:
    bad = dict(session, expire_at="soon")
    page = deserialize({"data": [session, bad]})  # tolerant: the page is built, and lists the problem
    assert [str(p) for p in clerk_backend.problems(page)] == ["data[1].expire_at: expected integer, got string"]
    with pytest.raises(ParseError) as info:
        deserialize({"data": [session, bad]}, strict=True)
    assert info.value.path == "data[1].expire_at"
    assert str(info.value) == "data[1].expire_at: expected integer, got string"


def test_invalid_json_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        deserialize('{"data": [}')


@pytest.mark.parametrize("value", [1, None, 1.5, object()])
def test_other_input_types_are_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match=r"^deserialize\(\) takes a dict, list, str or bytes-like object, not "):
        deserialize(value)


@pytest.mark.parametrize("text", ['"a string"', "12", "null"])
def test_top_level_scalar_text_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError):
        deserialize(text)


# The reference's ObjectType table (§4): `object` value -> the class its Deserializer builds,
# or None where it hands the JSON back unchanged.
REFERENCE_DISPATCH: dict[str, str | None] = {
    "accountless_application": "AccountlessApplication",
    "actor_token": "ActorToken",
    "agent_task": "AgentTask",
    "allowlist_identifier": "AllowlistIdentifier",
    "api_key": "APIKey",
    "blocklist_identifier": "BlocklistIdentifier",
    "client": "Client",
    "cookies": "Cookies",
    "domain": "Domain",
    "email": "Email",
    "enterprise_account": "EnterpriseAccount",
    "enterprise_connection": "EnterpriseConnection",
    "email_address": "EmailAddress",
    "external_account": None,
    "facebook_account": None,
    "google_account": None,
    "instance": "Instance",
    "instance_restrictions": "InstanceRestrictions",
    "instance_settings": "InstanceSettings",
    "invitation": "Invitation",
    "machine": "Machine",
    "machine_scope": "MachineScope",
    "machine_secret_key": "MachineSecretKey",
    "machine_to_machine_token": "M2MToken",
    "jwt_template": "JwtTemplate",
    "oauth_access_token": "OauthAccessToken",
    "clerk_idp_oauth_access_token": "IdPOAuthAccessToken",
    "oauth_application": "OAuthApplication",
    "organization": "Organization",
    "organization_domain": None,
    "organization_invitation": "OrganizationInvitation",
    "organization_membership": "OrganizationMembership",
    "organization_settings": "OrganizationSettings",
    "phone_number": "PhoneNumber",
    "proxy_check": "ProxyCheck",
    "redirect_url": "RedirectUrl",
    "saml_connection": "SamlConnection",
    "session": "Session",
    "sign_in_attempt": None,
    "sign_in_token": "SignInToken",
    "sign_up_attempt": "SignUpAttempt",
    "sms_message": "SMSMessage",
    "user": "User",
    "waitlist_entry": "WaitlistEntry",
    "web3_wallet": None,
    "token": "Token",
    "testing_token": None,
    "role": "Role",
    "role_set": "RoleSet",
    "role_set_item": None,
    "role_set_migration": None,
    "permission": "Permission",
    "commerce_payer": None,
    "commerce_payment_attempt": None,
    "commerce_subscription": "BillingSubscription",
    "commerce_subscription_item": "BillingSubscriptionItem",
    "commerce_plan": "BillingPlan",
    "feature": "Feature",
}

# Deliberate difference: where this package has a class for an `object` value the reference
# hands back as JSON, `deserialize` builds the class.
OUR_EXTRA_DISPATCH = {
    "external_account": "ExternalAccount",
    "organization_domain": "OrganizationDomain",
    "role_set_item": "RoleSetItem",
    "role_set_migration": "RoleSetMigration",
    "testing_token": "TestingToken",
    "web3_wallet": "Web3Wallet",
}


def fixture_objects() -> dict[str, list[dict[str, Any]]]:
    """Every JSON object with an `object` value in the test fixtures (API-shaped ones only)."""
    found: dict[str, list[dict[str, Any]]] = {}

    # Webhook events carry billing objects in a shape of their own (the webhooks module types them).
    webhook_only_shapes = {"commerce_subscription", "commerce_subscription_item"}

    def walk(value: Any, from_webhook: bool) -> None:
        if isinstance(value, dict):
            object_value = value.get("object")
            if (
                isinstance(object_value, str)
                and "deleted" not in value
                and not (from_webhook and object_value in webhook_only_shapes)
            ):
                found.setdefault(object_value, []).append(value)
            for item in value.values():
                walk(item, from_webhook)
        elif isinstance(value, list):
            for item in value:
                walk(item, from_webhook)

    for path in sorted(FIXTURES.rglob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")), "webhook" in path.name)
    return found


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("object_value", sorted(REFERENCE_DISPATCH))
def test_every_reference_object_value(object_value: str) -> None:
    expected = OUR_EXTRA_DISPATCH.get(object_value, REFERENCE_DISPATCH[object_value])
    samples = fixture_objects().get(object_value, [])
    if expected is None:
        body = {"object": object_value, "id": "x_1", "anything": [1, {"a": None}]}
        assert deserialize(body) is body
        assert deserialize(json.dumps(body)) == body
        return
    assert samples, f"no fixture carries object {object_value!r}"
    cls = getattr(clerk_backend, expected)
    for sample in samples:
        result = deserialize(sample)
        assert type(result) is cls
        assert result == cls.from_json(sample)
        assert deserialize(json.dumps(sample).encode()) == result


@pytest.mark.parametrize("object_value", ["user", "organization", "role", "machine_scope", "anything_at_all"])
def test_object_and_deleted_keys_make_a_deleted_object(object_value: str) -> None:
    body = {"object": object_value, "id": "x_1", "deleted": True, "slug": "", "external_id": "ext_1"}
    result = deserialize(body)
    assert isinstance(result, clerk_backend.DeletedObject)
    assert result.object == object_value
    assert result.id == "x_1"
    assert result.slug is None
    assert result.deleted is True


def test_deleted_objects_inside_a_page() -> None:
    page = deserialize({"data": [{"object": "user", "id": "user_1", "deleted": True}], "total_count": 1})
    assert isinstance(page.data[0], clerk_backend.DeletedObject)


def test_a_page_can_be_built_subscripted_and_pickled() -> None:
    import pickle

    users = clerk_backend.deserialize([{"object": "deleted_thing", "id": "x"}])
    page = clerk_backend.PaginatedResponse(iter(users), 7)
    assert page.data == tuple(users) and page.total_count == 7 and len(page) == 1
    assert clerk_backend.PaginatedResponse(()) == clerk_backend.PaginatedResponse([], None)
    assert clerk_backend.PaginatedResponse([1], 2) != clerk_backend.PaginatedResponse([1], 3)
    assert pickle.loads(pickle.dumps(page)) == page
    alias = clerk_backend.PaginatedResponse[clerk_backend.User]
    assert alias.__origin__ is clerk_backend.PaginatedResponse and alias.__args__ == (clerk_backend.User,)
    for bad in (True, 1.0, "3"):
        with pytest.raises(TypeError, match="total_count must be int or None"):
            clerk_backend.PaginatedResponse([], bad)
    with pytest.raises(TypeError):
        clerk_backend.PaginatedResponse(5)
