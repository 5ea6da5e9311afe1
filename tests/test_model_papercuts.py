"""What a model says when it is used wrongly (issue 21 items 2 and 5).

- Assigning to (or deleting) an attribute names the class and the attribute: ``User.first_name is read-only``,
  rather than CPython's bare ``readonly attribute``.
- A body whose ``object`` names another class, an event envelope or a deletion marker given to ``from_json`` says what
  it is and what reads it.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import clerk_backend
from clerk_backend import ParseError, User

ROOT = Path(__file__).resolve().parent.parent
EVENT = (ROOT / "examples" / "data" / "user_created.json").read_bytes()
USER: dict[str, Any] = json.loads(EVENT)["data"]

MODELS = sorted(
    name
    for name in clerk_backend.__all__
    if isinstance(getattr(clerk_backend, name), type)
    and hasattr(getattr(clerk_backend, name), "REDACTED_FIELDS")
    and hasattr(getattr(clerk_backend, name), "from_json")
)


def test_assigning_a_property_names_the_class_and_the_attribute() -> None:
    user = User.from_json(copy.deepcopy(USER))
    with pytest.raises(AttributeError) as info:
        user.first_name = "x"  # type: ignore[misc]
    assert str(info.value) == "User.first_name is read-only"
    with pytest.raises(AttributeError) as info:
        del user.first_name  # type: ignore[misc]
    assert str(info.value) == "User.first_name is read-only"
    for attribute in ("raw", "to_dict", "REDACTED_FIELDS", "__class__"):
        with pytest.raises(AttributeError) as info:
            setattr(user, attribute, None)
        assert str(info.value) == f"User.{attribute} is read-only"
    assert user.first_name == USER["first_name"]
    assert type(user) is User


def test_an_unknown_attribute_cannot_be_added() -> None:
    user = User.from_json(copy.deepcopy(USER))
    with pytest.raises(AttributeError) as info:
        user.nickname = "x"  # type: ignore[attr-defined]
    assert str(info.value) == "User has no attribute 'nickname', and User objects are read-only"
    with pytest.raises(AttributeError, match=r"^User has no attribute 'nickname', and User objects are read-only$"):
        del user.nickname  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", MODELS)
def test_every_model_names_the_attribute(name: str) -> None:
    cls = getattr(clerk_backend, name)
    field = cls.__match_args__[0]
    obj = cls.from_json({})  # tolerant: every required field is broken, the model is still built
    with pytest.raises(AttributeError) as info:
        setattr(obj, field, None)
    assert str(info.value) == f"{type(obj).__name__}.{field} is read-only"


def test_a_drifted_model_and_an_event_say_the_same() -> None:
    drifted_data = copy.deepcopy(USER)
    drifted_data["first_name"] = 5
    drifted = User.from_json(drifted_data)  # an instance of the hidden tolerant subclass
    assert type(drifted) is not User and isinstance(drifted, User)
    with pytest.raises(AttributeError) as info:
        drifted.first_name = "x"  # type: ignore[misc]
    assert str(info.value) == "User.first_name is read-only"
    with pytest.raises(ParseError, match=r"^User\.first_name: expected string, got number$"):
        drifted.first_name  # noqa: B018
    # Its class was set once, by the library, and it still pickles and compares.
    assert pickle.loads(pickle.dumps(drifted)) == drifted

    event = clerk_backend.WebhookEvent.from_json(EVENT)
    with pytest.raises(AttributeError) as info:
        event.type = "user.deleted"  # type: ignore[misc]
    assert str(info.value) == "UserEvent.type is read-only"
    with pytest.raises(AttributeError) as info:
        event.data.id = "user_other"  # type: ignore[misc]
    assert str(info.value) == "User.id is read-only"


# --- item 5: the object-mismatch message ----------------------------------------------------------------------------


@pytest.mark.parametrize("as_input", [bytes, lambda b: b.decode(), json.loads], ids=["bytes", "str", "dict"])
def test_an_event_envelope_points_to_the_webhook_readers(as_input: Any) -> None:
    with pytest.raises(ParseError) as info:
        User.from_json(as_input(EVENT))
    assert str(info.value) == (
        "User: expected a user object, got event (a webhook body is read with Webhook.verify or WebhookEvent.from_json)"
    )
    assert info.value.path == "User"
    # ... and those do read it.
    assert clerk_backend.WebhookEvent.from_json(EVENT).data.id == USER["id"]


@pytest.mark.parametrize("as_input", [lambda d: json.dumps(d).encode(), json.dumps, dict], ids=["bytes", "str", "dict"])
def test_another_class_points_to_deserialize(as_input: Any) -> None:
    org = {"object": "organization", "id": "org_1", "name": "Acme", "slug": "acme"}
    with pytest.raises(ParseError) as info:
        User.from_json(as_input(org))
    assert str(info.value) == (
        "User: expected a user object, got organization "
        "(clerk_backend.deserialize builds the class that `object` names)"
    )
    assert type(clerk_backend.deserialize(org)).__name__ == "Organization"


def test_a_deletion_marker_points_to_deleted_object() -> None:
    marker = {"object": "user", "id": "user_1", "deleted": True}
    with pytest.raises(ParseError) as info:
        User.from_json(marker)
    assert str(info.value) == (
        'User: got a deletion marker ("deleted": true), not the user object itself: '
        "DeletedObject.from_json or clerk_backend.deserialize reads it"
    )
    assert clerk_backend.DeletedObject.from_json(marker).id == "user_1"
    # A user that merely has a `deleted` key, and is otherwise whole, is still a user.
    whole = {**copy.deepcopy(USER), "deleted": True}
    assert User.from_json(whole).id == USER["id"]
    # `"deleted": false` is no marker: the usual tolerant reading applies.
    partial = User.from_json({"object": "user", "id": "user_1", "deleted": False})
    with pytest.raises(ParseError, match=r"^User\.password_enabled: required key is missing$"):
        partial.password_enabled  # noqa: B018


def test_a_deletion_marker_kept_inside_a_parent_still_pickles() -> None:
    # Drift: a membership whose organization is a deletion marker. The parent keeps it (as a model with broken
    # fields); pickling that model must not hit from_json's deletion-marker check.
    membership = clerk_backend.OrganizationMembership.from_json(
        {
            "object": "organization_membership",
            "id": "orgmem_1",
            "role": "org:admin",
            "organization": {"object": "organization", "id": "org_1", "deleted": True},
        }
    )
    org = membership.organization
    assert org is not None and org.id == "org_1"
    with pytest.raises(ParseError, match=r"^Organization\.name: required key is missing$"):
        org.name  # noqa: B018
    again = pickle.loads(pickle.dumps(org))
    assert again == org and again.raw == org.raw
    assert pickle.loads(pickle.dumps(membership)) == membership
    # The marker given to from_json itself is still refused.
    with pytest.raises(ParseError, match="deletion marker"):
        clerk_backend.Organization.from_json(org.raw)
