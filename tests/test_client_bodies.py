"""Every JSON body key the client sends, and its type, against the pinned OpenAPI document.

The endpoint table (``_endpoints.py``) declares each body key once; the client tests check that the
client sends what the table says. This file checks the table itself against Clerk's spec: each
``b`` parameter of an operation the spec describes must be a property of that operation's JSON
request body, spelled as the spec spells it (``notify_primary_email_address_changed``, not
camelCase), with a type the spec allows there. A whole-body array (``B``) must be an array body.
"""

from __future__ import annotations

from typing import Any

import pytest
from mock_clerk_api import _resolve, _spec
from test_client_table import _concrete

from clerk_backend._endpoints import ENDPOINTS, Endpoint

# The JSON types each annotation of the table can send.
SENDS = {
    "str": {"string"},
    "bool": {"boolean"},
    "int": {"integer"},
    "float": {"number"},
    "list[str]": {"array"},
    "list[dict[str, Any]]": {"array"},
    "dict[str, Any]": {"object"},
    "dict[str, str]": {"object"},
}

# Body keys @clerk/backend sends that the pinned spec does not describe for that operation.
BODY_NOT_IN_SPEC: set[tuple[str, str, str]] = set()


def _json_types(schema: Any) -> set[str]:
    """The JSON types a (resolved) schema accepts; an unconstrained schema accepts all."""
    schema = _resolve(schema)
    if not isinstance(schema, dict):
        return set()
    kinds: set[str] = set()
    for combinator in ("oneOf", "anyOf", "allOf"):
        for option in schema.get(combinator, ()):
            kinds |= _json_types(option)
    declared = schema.get("type")
    if isinstance(declared, list):
        kinds |= set(declared)
    elif isinstance(declared, str):
        kinds.add(declared)
    elif not kinds:
        kinds = {"string", "boolean", "integer", "number", "array", "object", "null"}
    if "integer" in kinds:
        kinds.add("number")
    if "number" in kinds:
        kinds.add("integer")  # a JSON integer is a number
    return kinds


def _operation(endpoint: Endpoint) -> dict[str, Any]:
    from mock_clerk_api import find_operation

    found = find_operation(endpoint.method, _concrete(endpoint))
    assert found is not None
    return _resolve(_spec()["paths"][found.path][endpoint.method.lower()])


def _json_body_schema(endpoint: Endpoint) -> Any:
    body = _resolve(_operation(endpoint).get("requestBody") or {})
    media = (body.get("content") or {}).get("application/json")
    assert media is not None, f"{endpoint.group}.{endpoint.name}: the spec has no JSON request body"
    return _resolve(media.get("schema") or {})


def _properties(schema: Any) -> dict[str, Any]:
    """The properties of an object schema, through allOf / oneOf / anyOf."""
    schema = _resolve(schema)
    found: dict[str, Any] = dict(schema.get("properties") or {})
    for combinator in ("allOf", "oneOf", "anyOf"):
        for option in schema.get(combinator, ()):
            found.update(_properties(option))
    return found


WITH_BODY = [e for e in ENDPOINTS if e.in_spec and any(p.where in ("body", "body_array") for p in e.params)]


@pytest.mark.parametrize("endpoint", WITH_BODY, ids=lambda e: f"{e.group}.{e.name}")
def test_body_keys_and_types_follow_the_spec(endpoint: Endpoint) -> None:
    schema = _json_body_schema(endpoint)
    properties = _properties(schema)
    for p in endpoint.params:
        if p.where == "body_array":
            assert "array" in _json_types(schema), f"{endpoint.name}: the spec's body is not an array"
        if p.where != "body" or (endpoint.group, endpoint.name, p.wire) in BODY_NOT_IN_SPEC:
            continue
        assert p.wire in properties, (
            f"{endpoint.group}.{endpoint.name} sends {p.wire!r}, which is not a property of its request body "
            f"in the spec (it has {sorted(properties)})"
        )
        if p.type == "Any":
            continue
        allowed = _json_types(properties[p.wire])
        sent = SENDS[p.type]
        assert sent & allowed, f"{endpoint.group}.{endpoint.name}.{p.wire}: sends {sent}, the spec allows {allowed}"


def test_the_check_catches_a_misspelled_key() -> None:
    """The planted bug of the audit: a body key in camelCase is caught."""
    endpoint = next(e for e in ENDPOINTS if e.group == "users" and e.name == "update_user")
    properties = _properties(_json_body_schema(endpoint))
    assert "notify_primary_email_address_changed" in properties
    assert "notifyPrimaryEmailAddressChanged" not in properties


def test_the_type_check_catches_a_wrong_type() -> None:
    endpoint = next(e for e in ENDPOINTS if e.group == "users" and e.name == "update_user")
    properties = _properties(_json_body_schema(endpoint))
    assert not SENDS["str"] & _json_types(properties["skip_password_checks"])
    assert SENDS["bool"] & _json_types(properties["skip_password_checks"])


def test_every_annotation_has_a_json_type() -> None:
    used = {p.type for e in ENDPOINTS for p in e.params if p.where == "body"}
    assert used - {"Any"} <= set(SENDS)
