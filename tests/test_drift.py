"""Tolerant reading: a verified webhook is never lost because Clerk's payload drifted from our types.

The drift suite takes every published webhook example (and every model fixture) and, for every key of
``data`` and of the envelope, deletes it, sets it to null and gives it another JSON type. Each mutated body
is signed and verified: the event always comes back, as the same class; every property the mutation did not
touch reads as before; a property that cannot be typed raises ``ParseError`` naming it, ``problems()`` names
it, and ``strict=True`` refuses the body. Hard errors (text that is not JSON, a body that is another class,
every signature failure) stay hard.
"""

from __future__ import annotations

import copy
import json
import pickle
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import clerk_backend
from clerk_backend import ParseError, WebhookVerificationError, problems

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES: dict[str, dict[str, Any]] = json.loads(
    (FIXTURES / "webhooks" / "webhook-examples.json").read_text(encoding="utf-8")
)["examples"]
# The model fixtures: every JSON object with an `object` that deserialize turns into a model.
MODEL_FIXTURES = sorted(
    path
    for folder in ("users", "orgs", "misc", "billing")
    for path in (FIXTURES / folder).glob("*.json")
    if "webhook" not in path.name and "created" not in path.name
)

# user.created with a user that has email addresses (the published example has none).
USER: dict[str, Any] = json.loads((FIXTURES / "users" / "user.json").read_text(encoding="utf-8"))
USER_EVENT: dict[str, Any] = {**EXAMPLES["user.created"], "data": USER}

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
WEBHOOK = clerk_backend.Webhook(SECRET)
NOW = int(time.time())
MISSING = object()


def signed(body: bytes) -> dict[str, str]:
    return {"svix-id": "msg_drift", "svix-timestamp": str(NOW), "svix-signature": WEBHOOK.sign("msg_drift", NOW, body)}


def verify(payload: Any, **options: Any) -> clerk_backend.WebhookEvent:
    body = json.dumps(payload).encode()
    return WEBHOOK.verify(body, signed(body), now=NOW, **options)


def retyped(value: Any) -> Any:
    """A value of another JSON type."""
    return 42 if isinstance(value, str) else "x"


def mutations(target: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(key, mutation, new value or MISSING) for every key of ``target``."""
    for key, value in target.items():
        yield key, "delete", MISSING
        if value is not None:
            yield key, "null", None
        yield key, "retype", retyped(value)


def mutated(payload: dict[str, Any], where: str, key: str, value: Any) -> dict[str, Any]:
    out = copy.deepcopy(payload)
    target = out if where == "envelope" else out["data"]
    if value is MISSING:
        del target[key]
    else:
        target[key] = value
    return out


def read(obj: Any, name: str) -> Any:
    """The property's value, or the ParseError that reading it raises."""
    try:
        return getattr(obj, name)
    except ParseError as exc:
        return exc


def same(a: Any, b: Any) -> bool:
    if isinstance(a, ParseError) or isinstance(b, ParseError):
        return isinstance(a, ParseError) and isinstance(b, ParseError) and str(a) == str(b)
    return bool(a == b)


def aliases(obj: Any) -> set[str]:
    """The properties read from a JSON key of another name (they may change with that key)."""
    keys = set(obj.to_dict())
    return {name for name in type(obj).__match_args__ if name not in keys}


def check_drift(original: Any, drifted: Any, key: str, also: tuple[str, ...] = ()) -> None:
    """Every property but ``key`` (and the aliases) reads as before; a broken ``key`` raises and is listed."""
    names = type(original).__match_args__
    skip = {key, *also} | aliases(original)
    for name in names:
        if name not in skip:
            assert same(read(drifted, name), read(original, name)), name
    prefix = type(drifted).__name__
    found = [p.path for p in problems(drifted)]
    for name in skip & set(names):
        exc = read(drifted, name)
        if isinstance(exc, ParseError):  # it names the field, and problems() lists it
            assert exc.path.startswith(f"{prefix}.{name}"), exc.path
            assert exc.path in found, (exc.path, found)
    for path in found:  # problems() names the broken key and nothing else
        assert path.startswith(prefix + "."), path
        assert path[len(prefix) + 1 :].split(".")[0].split("[")[0] in skip, path


# ---------------------------------------------------------------------------------------------
# The drift suite over every published webhook example


def drift_cases() -> Iterator[Any]:
    for event_type, payload in sorted(EXAMPLES.items()):
        for where in ("envelope", "data"):
            target = payload if where == "envelope" else payload["data"]
            for key, how, value in mutations(target):
                yield pytest.param(event_type, where, key, value, id=f"{event_type}-{where}.{key}-{how}")


@pytest.mark.parametrize(("event_type", "where", "key", "value"), list(drift_cases()))
def test_a_drifted_webhook_is_verified_and_only_its_drifted_field_fails(
    event_type: str, where: str, key: str, value: Any
) -> None:
    original = verify(EXAMPLES[event_type])
    assert problems(original) == ()
    payload = mutated(EXAMPLES[event_type], where, key, value)

    event = verify(payload)  # never raises

    if (where, key) == ("envelope", "type"):
        # Without a type there is no telling the class: a plain event, whose data stays a dict.
        assert type(event).__name__ == "WebhookEvent"
        assert isinstance(event.raw["data"], dict)
    else:
        assert isinstance(event, type(original))
        assert type(event).__name__ == type(original).__name__
    assert event.raw == payload  # raw is what was sent
    if where == "envelope":
        check_drift(original, event, key, also=("data",) if key == "type" else ())
        if key == "type":
            return
    else:
        check_drift(original, event, "data")  # the envelope reads as before
        assert isinstance(event.data, type(original.data))
        check_drift(original.data, event.data, key)
        data_problems = [p.path.split(".", 1)[1] for p in problems(event.data)]
        assert [p.path for p in problems(event)] == [f"{type(event).__name__}.data.{p}" for p in data_problems]
    found = problems(event)
    if found:
        with pytest.raises(WebhookVerificationError) as info:
            verify(payload, strict=True)
        assert info.value.reason == "invalid-payload"
        for problem in found:
            assert problem.path in str(info.value)
    else:
        assert verify(payload, strict=True) == event


def test_no_drift_mutation_of_a_published_example_loses_the_event() -> None:
    count = 0
    for payload in EXAMPLES.values():
        for where in ("envelope", "data"):
            target = payload if where == "envelope" else payload["data"]
            for key, _, value in mutations(target):
                verify(mutated(payload, where, key, value))
                count += 1
    assert count > 2000


# ---------------------------------------------------------------------------------------------
# ... and over every model fixture, through deserialize and Model.from_json


def fixture_cases() -> Iterator[Any]:
    for path in MODEL_FIXTURES:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(payload, dict) or not isinstance(clerk_backend.deserialize(payload), tuple(MODELS)):
            continue
        for key, how, value in mutations(payload):
            yield pytest.param(path.name, key, value, id=f"{path.stem}-{key}-{how}")


MODELS = [
    getattr(clerk_backend, name)
    for name in clerk_backend.__all__
    if hasattr(getattr(clerk_backend, name), "__match_args__") and hasattr(getattr(clerk_backend, name), "raw")
]


@pytest.mark.parametrize(("name", "key", "value"), list(fixture_cases()))
def test_a_drifted_model_fixture_builds_its_model(name: str, key: str, value: Any) -> None:
    path = next(p for p in MODEL_FIXTURES if p.name == name)
    payload = json.loads(path.read_text(encoding="utf-8"))
    original = clerk_backend.deserialize(payload)
    cls = type(original)
    changed = copy.deepcopy(payload)
    if value is MISSING:
        del changed[key]
    else:
        changed[key] = value
    # Without its `object`, deserialize cannot tell the class; from_json still can.
    model = cls.from_json(changed) if key == "object" else clerk_backend.deserialize(changed)
    assert isinstance(model, cls)
    assert cls.from_json(json.dumps(changed)) == model
    check_drift(original, model, key)
    if problems(model):
        with pytest.raises(ParseError):
            cls.from_json(changed, strict=True)
        with pytest.raises(ParseError):
            clerk_backend.deserialize(json.dumps(changed), strict=True)


# ---------------------------------------------------------------------------------------------
# Nested models


def test_a_broken_field_of_an_email_address_verification_is_that_field_only() -> None:
    payload = copy.deepcopy(USER_EVENT)
    payload["data"]["email_addresses"][0]["verification"]["status"] = None
    event = verify(payload)
    assert isinstance(event, clerk_backend.UserEvent)
    email = event.data.email_addresses[0]
    assert isinstance(email, clerk_backend.EmailAddress)
    assert email.email_address == payload["data"]["email_addresses"][0]["email_address"]
    verification = email.verification
    assert isinstance(verification, clerk_backend.Verification)
    assert verification.strategy == payload["data"]["email_addresses"][0]["verification"]["strategy"]
    with pytest.raises(ParseError) as info:
        verification.status  # noqa: B018
    assert info.value.path == "Verification.status"
    assert str(info.value) == "Verification.status: expected string, got null"
    assert [p.path for p in problems(event)] == ["UserEvent.data.email_addresses[0].verification.status"]
    assert [p.path for p in problems(event.data)] == ["User.email_addresses[0].verification.status"]
    assert [p.path for p in problems(email)] == ["EmailAddress.verification.status"]


def test_an_organization_inside_a_membership_without_has_image() -> None:
    # Older Clerk docs examples of organizationMembership.created lack the organization's has_image.
    payload = copy.deepcopy(EXAMPLES["organizationMembership.created"])
    del payload["data"]["organization"]["has_image"]
    event = verify(payload)
    assert isinstance(event, clerk_backend.OrganizationMembershipEvent)
    membership = event.data
    assert membership.role == payload["data"]["role"]
    organization = membership.organization
    assert isinstance(organization, clerk_backend.Organization)
    assert organization.name == payload["data"]["organization"]["name"]
    with pytest.raises(ParseError) as info:
        organization.has_image  # noqa: B018
    assert info.value.path == "Organization.has_image"
    assert "required key is missing" in str(info.value)
    assert [str(p) for p in problems(event)] == [
        "OrganizationMembershipEvent.data.organization.has_image: required key is missing"
    ]


def test_a_list_fails_on_read_only_when_an_item_is_not_an_object() -> None:
    payload = copy.deepcopy(USER)
    first = payload["email_addresses"][0]
    payload["email_addresses"] = [dict(first, verification={"status": 1}), first]
    user = clerk_backend.User.from_json(payload)
    assert len(user.email_addresses) == 2  # an item with a broken field is a model with that field broken
    with pytest.raises(ParseError):
        user.email_addresses[0].verification.status  # noqa: B018
    assert user.email_addresses[1].verification.status == first["verification"]["status"]

    payload["email_addresses"] = [first, "not an object"]
    user = clerk_backend.User.from_json(payload)
    with pytest.raises(ParseError) as info:
        user.email_addresses  # noqa: B018
    assert info.value.path == "User.email_addresses[1]"
    assert str(info.value) == "User.email_addresses[1]: expected object, got string"
    assert user.id == payload["id"]


def test_invalid_json_inside_a_nested_model_names_line_and_column() -> None:
    with pytest.raises(ParseError) as info:
        clerk_backend.Client.from_json('{"sessions": [}')
    assert "invalid JSON at line 1 column 15" in str(info.value)
    with pytest.raises(ParseError) as info:
        clerk_backend.Client.from_json('{"sessions": [\n  {"id": }]}')
    assert "invalid JSON at line 2 column" in str(info.value)


# ---------------------------------------------------------------------------------------------
# Hard errors stay hard


@pytest.mark.parametrize(
    "text",
    [b"not json", b'{"id": "user_1",', b"\xff\xfe{}", b"[]", b'"user"', b"null", b"[" * 300 + b"]" * 300],
)
def test_text_that_is_not_a_json_object_is_still_a_parse_error(text: bytes) -> None:
    with pytest.raises(ParseError):
        clerk_backend.User.from_json(text)
    body_headers = signed(text)
    with pytest.raises(WebhookVerificationError) as info:
        WEBHOOK.verify(text, body_headers, now=NOW)
    assert info.value.reason == "invalid-payload"


def test_a_body_of_another_class_is_an_error_that_says_where_it_belongs() -> None:
    envelope = EXAMPLES["user.created"]
    with pytest.raises(ParseError) as info:
        clerk_backend.User.from_json(json.dumps(envelope))
    assert str(info.value).startswith("User: expected a user object, got event")
    assert "WebhookEvent.from_json" in str(info.value)
    with pytest.raises(ParseError) as info:
        clerk_backend.User.from_json(envelope)  # a dict too
    assert "expected a user object, got event" in str(info.value)
    with pytest.raises(ParseError) as info:
        clerk_backend.WebhookEvent.from_json(json.dumps(envelope["data"]))
    assert str(info.value).startswith("WebhookEvent: expected an event object, got user")
    assert "deserialize" in str(info.value)
    with pytest.raises(WebhookVerificationError) as verified:
        verify(envelope["data"])
    assert verified.value.reason == "invalid-payload"
    assert "expected an event object, got user" in str(verified.value)


def test_a_nested_model_of_another_class_is_a_broken_field() -> None:
    payload = copy.deepcopy(EXAMPLES["organizationMembership.created"])
    payload["data"]["organization"]["object"] = "user"
    event = verify(payload)
    with pytest.raises(ParseError) as info:
        event.data.organization  # noqa: B018
    assert str(info.value) == ("OrganizationMembership.organization: expected an organization object, got user")


def test_wrong_input_types_and_signature_failures_stay_errors() -> None:
    with pytest.raises(TypeError, match=r"^from_json\(\) takes a dict, str or bytes-like object, not int$"):
        clerk_backend.User.from_json(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^deserialize\(\) takes a dict, list, str or bytes-like object, not int$"):
        clerk_backend.deserialize(42)  # type: ignore[arg-type]
    payload = copy.deepcopy(EXAMPLES["user.created"])
    payload["data"]["password_enabled"] = None
    body = json.dumps(payload).encode()
    headers = signed(body)
    with pytest.raises(WebhookVerificationError) as info:
        WEBHOOK.verify(body + b" ", headers, now=NOW)
    assert info.value.reason == "no-matching-signature"
    with pytest.raises(WebhookVerificationError) as info:
        WEBHOOK.verify(body, headers, now=NOW + 3600)
    assert info.value.reason == "timestamp-too-old"
    with pytest.raises(WebhookVerificationError) as info:
        WEBHOOK.verify(body, {k: v for k, v in headers.items() if k != "svix-id"}, now=NOW)
    assert info.value.reason == "missing-headers"


def test_a_value_json_cannot_hold_in_a_dict_is_still_an_error() -> None:
    payload = copy.deepcopy(EXAMPLES["user.created"]["data"])
    payload["public_metadata"] = {"when": float("nan")}
    with pytest.raises(ParseError):
        clerk_backend.User.from_json(payload)


# ---------------------------------------------------------------------------------------------
# Values stay values


@pytest.fixture
def drifted() -> clerk_backend.WebhookEvent:
    payload = copy.deepcopy(USER_EVENT)
    payload["data"]["password_enabled"] = None
    payload["data"]["created_at"] = "2024-05-28"
    del payload["data"]["has_image"]
    payload["data"]["email_addresses"][0]["verification"]["attempts"] = "three"
    del payload["timestamp"]
    return verify(payload)


def problem_texts(obj: Any) -> list[str]:
    return [str(p) for p in problems(obj)]


def test_problems_lists_every_broken_field_with_its_path(drifted: clerk_backend.WebhookEvent) -> None:
    assert problem_texts(drifted) == [
        "UserEvent.data.password_enabled: expected bool, got null",
        "UserEvent.data.created_at: expected integer, got string",
        "UserEvent.data.has_image: required key is missing",
        "UserEvent.data.email_addresses[0].verification.attempts: expected integer, got string",
        "UserEvent.timestamp: required key is missing",
    ]
    assert all(isinstance(p, ParseError) for p in problems(drifted))
    assert problems(drifted)[0].path == "UserEvent.data.password_enabled"
    assert problems(verify(EXAMPLES["user.created"])) == ()
    assert problems({"a": 1}) == () and problems("text") == () and problems(None) == ()


def test_each_broken_property_raises_and_the_others_read(drifted: clerk_backend.WebhookEvent) -> None:
    assert isinstance(drifted, clerk_backend.UserEvent)
    user = drifted.data
    for name, message in [
        ("password_enabled", "User.password_enabled: expected bool, got null"),
        ("created_at", "User.created_at: expected integer, got string"),
        ("has_image", "User.has_image: required key is missing"),
    ]:
        with pytest.raises(ParseError) as info:
            getattr(user, name)
        assert str(info.value) == message
        assert info.value.path == message.split(":")[0]
    with pytest.raises(ParseError, match=r"UserEvent\.timestamp"):
        drifted.timestamp  # noqa: B018
    assert drifted.type == "user.created"
    assert user.id == USER["id"]
    assert user.updated_at == USER["updated_at"]
    assert isinstance(user, clerk_backend.User)
    # Read-only like any model.
    with pytest.raises(AttributeError, match=r"^User\.password_enabled is read-only$"):
        user.password_enabled = True  # type: ignore[misc]
    with pytest.raises(AttributeError, match=r"^User\.id is read-only$"):
        user.id = "x"  # type: ignore[misc]
    with pytest.raises(
        AttributeError, match=r"^User has no attribute 'new_attribute', and User objects are read-only$"
    ):
        user.new_attribute = 1  # type: ignore[attr-defined]


def test_strict_names_every_problem(drifted: clerk_backend.WebhookEvent) -> None:
    body = json.dumps(drifted.raw)
    with pytest.raises(ParseError) as info:
        clerk_backend.WebhookEvent.from_json(body, strict=True)
    assert str(info.value) == "; ".join(problem_texts(drifted))
    assert info.value.path == "UserEvent.data.password_enabled"
    with pytest.raises(ParseError) as info:
        clerk_backend.User.from_json(drifted.raw["data"], strict=True)
    assert str(info.value).startswith("User.password_enabled: expected bool, got null; User.created_at")
    with pytest.raises(WebhookVerificationError) as verified:
        verify(drifted.raw, strict=True)
    assert verified.value.reason == "invalid-payload"
    for text in problem_texts(drifted):
        assert text in str(verified.value)
    with pytest.raises(WebhookVerificationError):
        clerk_backend.verify_webhook(body, signed(body.encode()), signing_secret=SECRET, now=NOW, strict=True)
    assert problem_texts(clerk_backend.verify_webhook(body, signed(body.encode()), signing_secret=SECRET, now=NOW))


def test_raw_to_dict_equality_and_pickling_keep_the_problems(drifted: clerk_backend.WebhookEvent) -> None:
    assert drifted.raw["data"]["created_at"] == "2024-05-28"  # raw is what was sent
    as_dict = drifted.to_dict()
    assert as_dict["data"]["password_enabled"] is None  # a broken field gives back what was sent
    assert as_dict["data"]["created_at"] == "2024-05-28"
    assert "has_image" not in as_dict["data"] and "timestamp" not in as_dict  # absent stays absent
    for rebuilt in (
        clerk_backend.WebhookEvent.from_json(as_dict),
        clerk_backend.WebhookEvent.from_json(drifted.to_json()),
        pickle.loads(pickle.dumps(drifted)),
        copy.deepcopy(drifted),
    ):
        assert rebuilt == drifted
        assert type(rebuilt).__name__ == "UserEvent"
        assert problem_texts(rebuilt) == problem_texts(drifted)
    assert drifted != verify(USER_EVENT)
    user = drifted.data
    assert clerk_backend.User.from_json(user.to_dict()) == user
    assert pickle.loads(pickle.dumps(user)) == user


def test_repr_marks_a_broken_field_without_raising(drifted: clerk_backend.WebhookEvent) -> None:
    text = repr(drifted.data)
    assert text.startswith("User(id='user_")
    assert "password_enabled=<invalid: expected bool, got null>" in text
    assert "has_image=<invalid: required key is missing>" in text
    assert "timestamp=<invalid: required key is missing>" in repr(drifted)


def test_a_broken_secret_never_shows_its_value() -> None:
    payload = {"object": "sign_in_token", "id": "sit_1", "token": 12345678, "url": "https://x", "status": "pending"}
    token = clerk_backend.SignInToken.from_json(payload)
    assert "12345678" not in repr(token)
    assert all("12345678" not in str(p) for p in problems(token))


def test_pages_and_lists_list_the_problems_of_their_items(drifted: clerk_backend.WebhookEvent) -> None:
    user = drifted.raw["data"]
    page = clerk_backend.deserialize({"data": [EXAMPLES["user.created"]["data"], user], "total_count": 2})
    assert isinstance(page, clerk_backend.PaginatedResponse)
    assert [p.path for p in problems(page)][:1] == ["data[1].password_enabled"]
    items = clerk_backend.deserialize([user])
    assert [p.path for p in problems(items)][:1] == ["[0].password_enabled"]
    with pytest.raises(ParseError, match=r"data\[1\]\.password_enabled"):
        clerk_backend.deserialize(json.dumps({"data": [{}, user], "total_count": 2}), strict=True)
    assert clerk_backend.deserialize([EXAMPLES["user.created"]["data"]], strict=True)


def test_derived_properties_raise_the_error_of_the_field_they_need() -> None:
    payload = copy.deepcopy(USER)
    payload["primary_email_address_id"] = 7
    user = clerk_backend.User.from_json(payload)
    with pytest.raises(ParseError, match=r"User\.primary_email_address_id"):
        user.primary_email_address  # noqa: B018
    assert user.full_name == clerk_backend.User.from_json(USER).full_name
