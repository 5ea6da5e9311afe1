"""The required-field rule (issue 22 item 3).

Which fields are required follows the reference's class types (clerk-backend-3.25.0.md, §5), not the OpenAPI schemas'
``required`` lists, which leave out keys Clerk always sends (``EmailAddress.id``, ``PhoneNumber.id``,
``OrganizationInvitation.organization_id``, ...). "Required" means: the property's type has no ``None``; a payload
without the key still gives its model (tolerant reader), reading that property raises ``ParseError``, ``problems()``
lists it, and ``strict=True`` refuses the payload.
"""

from __future__ import annotations

import ast
import copy
import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import clerk_backend
from clerk_backend import EmailAddress, OrganizationInvitation, ParseError, PhoneNumber

FIXTURES = Path(__file__).parent / "fixtures"
STUB = Path(clerk_backend.__file__).with_name("_native.pyi")
# The reference's TypeScript type of each class property, by JSON key (taken from the inventory's §5 tables,
# clerk-backend-3.25.0.md, which come from the package's .d.ts files).
REFERENCE_TYPES: dict[str, dict[str, str]] = json.loads(
    (FIXTURES / "reference_property_types.json").read_text(encoding="utf-8")
)["classes"]
OPENAPI = FIXTURES / "openapi"

USER = json.loads((FIXTURES / "users" / "user.json").read_text())
CASES: dict[str, tuple[Any, dict[str, Any], str]] = {
    "EmailAddress.id": (EmailAddress, USER["email_addresses"][0], "id"),
    "PhoneNumber.id": (PhoneNumber, USER["phone_numbers"][0], "id"),
    "OrganizationInvitation.organization_id": (
        OrganizationInvitation,
        json.loads((FIXTURES / "orgs" / "organization_invitation.json").read_text()),
        "organization_id",
    ),
}


def _stub_properties() -> dict[tuple[str, str], str]:
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    out = {}
    for cls in tree.body:
        if isinstance(cls, ast.ClassDef):
            for node in cls.body:
                if isinstance(node, ast.FunctionDef) and any(
                    isinstance(d, ast.Name) and d.id == "property" for d in node.decorator_list
                ):
                    assert node.returns is not None
                    out[(cls.name, node.name)] = ast.unparse(node.returns)
    return out


PROPERTIES = _stub_properties()


@functools.cache
def _openapi_schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    for spec in sorted(OPENAPI.glob("*.yml")):
        schemas.update(yaml.safe_load(spec.read_text())["components"]["schemas"])
    return schemas


def _openapi_required(schema: str) -> set[str] | None:
    schemas = _openapi_schemas()
    return set(schemas[schema].get("required", [])) if schema in schemas else None


@pytest.mark.parametrize("case", list(CASES))
def test_the_spec_leaves_it_out_of_required_and_the_reference_types_it_plain(case: str) -> None:
    cls_name, field = case.split(".")
    required = _openapi_required(cls_name)
    assert required is not None
    assert field not in required  # what the issue found
    assert PROPERTIES[(cls_name, field)] == "str"  # ... and the types say str, as the reference does


@pytest.mark.parametrize("as_input", [dict, lambda d: json.dumps(d).encode()], ids=["dict", "bytes"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_missing_required_key_raises_when_read_and_nowhere_else(case: str, as_input: Any) -> None:
    cls, payload, field = CASES[case]
    data = copy.deepcopy(payload)
    assert data.pop(field)
    obj = cls.from_json(as_input(data))  # the model is still built
    with pytest.raises(ParseError, match=rf"^{re.escape(case)}: required key is missing$") as info:
        getattr(obj, field)
    assert info.value.path == case
    assert [str(p) for p in clerk_backend.problems(obj)] == [f"{case}: required key is missing"]
    other = next(n for n in cls.__match_args__ if n != field and n != "object")
    getattr(obj, other)  # every other property reads normally
    with pytest.raises(ParseError, match=rf"^{re.escape(case)}: required key is missing$"):
        cls.from_json(as_input(data), strict=True)
    # null is the same as absent for a required field
    data[field] = None
    with pytest.raises(ParseError, match=rf"^{re.escape(case)}: expected string, got null$"):
        getattr(cls.from_json(as_input(data)), field)


# Properties whose JSON key is not their name (the reference's table is by JSON key).
KEY_OF = {
    ("ExternalAccount", "external_id"): "provider_user_id",
    ("OAuthApplication", "is_public"): "public",
    ("AgentTask", "task_id"): "agent_task_id",
}


def test_every_plain_property_is_plain_in_the_reference() -> None:
    """The rule, both ways round: a property typed without ``None`` is one the reference types without ``null``,
    ``undefined`` or ``?``. (The converse, fields we make optional, is the README's list under Differences.)"""
    reference = REFERENCE_TYPES
    checked, wrong = 0, []
    for (cls, name), annotation in PROPERTIES.items():
        if cls not in reference or name == "raw" or "None" in annotation or annotation.startswith("tuple"):
            continue
        ts = reference[cls].get(KEY_OF.get((cls, name), name))
        assert ts is not None, f"{cls}.{name} is not in the reference's table"
        checked += 1
        if re.search(r"null|undefined|optional", ts):
            wrong.append((cls, name, annotation, ts))
    assert checked > 300
    assert wrong == []
