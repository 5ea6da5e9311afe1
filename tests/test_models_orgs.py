"""Organizations, their domains, invitations, memberships and settings; roles, role sets and
permissions; instance invitations and waitlist entries.

The per-class tables below are the test's own statement of the reference (@clerk/backend 3.25.0,
§5 of the inventory) and of this project's deliberate deviations from it; each deviation has a
test named ``test_deviation_...``.
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

import clerk_backend
from clerk_backend import (
    Invitation,
    Organization,
    OrganizationDomain,
    OrganizationDomainVerification,
    OrganizationInvitation,
    OrganizationMembership,
    OrganizationMembershipPublicUserData,
    OrganizationSettings,
    ParseError,
    Permission,
    Role,
    RoleSet,
    RoleSetItem,
    RoleSetMigration,
    WaitlistEntry,
)

Payload = dict[str, Any]
FIXTURES = Path(__file__).parent / "fixtures" / "orgs"
_TEXTS = {p.stem: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.json")}


def fixture(name: str) -> Payload:
    """A fresh copy of tests/fixtures/orgs/<name>.json."""
    data: Payload = json.loads(_TEXTS[name])
    return data


def webhook(event: str) -> Payload:
    """The ``data`` of Clerk's published example for ``event``."""
    data: Payload = fixture("webhook_examples")["examples"][event]
    return data


# Field kinds: how a key that is absent or null is read.
REQ_STR, REQ_INT, REQ_BOOL = "string", "integer", "bool"  # required: ParseError (message names the type)
OPT = "opt"  # absent -> None, null -> None
DEFAULT_DICT = "default_dict"  # absent -> {}, null -> None (constructor default `= {}`)
OR_EMPTY = "or_empty"  # absent -> "", null -> "" (`x || ''`)
LIST = "list"  # absent -> (), null -> ()
REQUIRED = (REQ_STR, REQ_INT, REQ_BOOL)
ABSENT: dict[str, Any] = {OPT: None, DEFAULT_DICT: {}, OR_EMPTY: "", LIST: ()}
NULL: dict[str, Any] = {OPT: None, DEFAULT_DICT: None, OR_EMPTY: "", LIST: ()}


class IsA:
    """Matches any instance of ``cls`` (for nested models in the expected values)."""

    def __init__(self, cls: type) -> None:
        self.cls = cls

    def __eq__(self, other: object) -> bool:
        return isinstance(other, self.cls)

    def __repr__(self) -> str:
        return f"IsA({self.cls.__name__})"


@dataclass(frozen=True)
class Spec:
    cls: Any
    object: str | None
    load: Callable[[], Payload]
    kinds: dict[str, str]  # property (= JSON key) -> kind, in declaration order
    expected: dict[str, Any] = field(default_factory=dict)  # every property's value for `load()`

    @property
    def name(self) -> str:
        return str(self.cls.__name__)

    @property
    def required(self) -> list[str]:
        return [k for k, kind in self.kinds.items() if kind in REQUIRED]

    @property
    def optional(self) -> list[str]:
        return [k for k, kind in self.kinds.items() if kind not in REQUIRED]


ORG_ID = "org_2u8jzPde0IgxLd6GncfBAepfJBd"
ORG_IMAGE = "https://img.clerk.com/eyJ0eXBlIjoicHJveHkiLCJzcmMiOiJodHRwczovL2ltYWdlcy5jbGVyay5kZXYvb3JnIn0"
PUBLIC_ORG_DATA = {
    "id": ORG_ID,
    "name": "Zürich Robotics AG",
    "slug": "zurich-robotics",
    "image_url": ORG_IMAGE,
    "has_image": True,
}

SPECS = [
    Spec(
        Organization,
        "organization",
        lambda: fixture("organization"),
        {
            "id": REQ_STR,
            "name": REQ_STR,
            "slug": REQ_STR,
            "image_url": OR_EMPTY,
            "has_image": REQ_BOOL,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "public_metadata": DEFAULT_DICT,
            "private_metadata": DEFAULT_DICT,
            "max_allowed_memberships": REQ_INT,
            "admin_delete_enabled": REQ_BOOL,
            "members_count": OPT,
            "created_by": OPT,
            # Deviation: the reference drops these four; we expose them.
            "pending_invitations_count": OPT,
            "last_active_at": OPT,
            "missing_member_with_elevated_permissions": OPT,
            "role_set_key": OPT,
        },
        {
            "id": ORG_ID,
            "name": "Zürich Robotics AG",
            "slug": "zurich-robotics",
            "image_url": ORG_IMAGE,
            "has_image": True,
            "created_at": 1716883200000,
            "updated_at": 1731400000123,
            "public_metadata": {"plan": "growth", "regions": ["eu-central", "us-east"]},
            "private_metadata": {"crm_id": 90817, "billing": {"vat": "CHE-123.456.789"}},
            "max_allowed_memberships": 100,
            "admin_delete_enabled": True,
            "members_count": 42,
            "created_by": "user_2Wvj7FAc9QeWJKY40uvSwMFLZDe",
            "pending_invitations_count": 3,
            "last_active_at": 1731399000456,
            "missing_member_with_elevated_permissions": False,
            "role_set_key": "role_set:default",
        },
    ),
    Spec(
        OrganizationDomain,
        "organization_domain",
        lambda: fixture("organization_domain"),
        {
            "id": REQ_STR,
            "organization_id": REQ_STR,
            "name": REQ_STR,
            "enrollment_mode": REQ_STR,
            "verification": OPT,
            "total_pending_invitations": REQ_INT,
            "total_pending_suggestions": REQ_INT,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "affiliation_email_address": OPT,
        },
        {
            "id": "orgdmn_20Kh8oOOL8dKLzdocJ2isAjIhKt",
            "organization_id": ORG_ID,
            "name": "zurich-robotics.ch",
            "enrollment_mode": "automatic_suggestion",
            "verification": IsA(OrganizationDomainVerification),
            "total_pending_invitations": 4,
            "total_pending_suggestions": 7,
            "created_at": 1730000000000,
            "updated_at": 1731400000000,
            "affiliation_email_address": "it@zurich-robotics.ch",
        },
    ),
    Spec(
        OrganizationDomainVerification,
        None,
        lambda: fixture("organization_domain")["verification"],
        {"status": REQ_STR, "strategy": REQ_STR, "attempts": OPT, "expire_at": OPT},
        {"status": "unverified", "strategy": "affiliation_email_code", "attempts": 2, "expire_at": 1731403600000},
    ),
    Spec(
        OrganizationInvitation,
        "organization_invitation",
        lambda: fixture("organization_invitation"),
        {
            "id": REQ_STR,
            "email_address": REQ_STR,
            "role": REQ_STR,
            "role_name": REQ_STR,
            "organization_id": REQ_STR,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "expires_at": OPT,  # relaxed: the OpenAPI schema marks it nullable
            "url": OPT,
            "status": OPT,
            "public_metadata": DEFAULT_DICT,
            "private_metadata": DEFAULT_DICT,
            "public_organization_data": OPT,
            "user_id": OPT,  # deliberate difference: accepted invitations carry it; the reference drops it
        },
        {
            "id": "orginv_2J0RlgLKOmxgJTeKdNnFRIBXuDL",
            "email_address": "lea.mueller@example.ch",
            "role": "org:member",
            "role_name": "Member",
            "organization_id": ORG_ID,
            "created_at": 1731400000000,
            "updated_at": 1731400000000,
            "expires_at": 1732004800000,
            "url": "https://accounts.zurich-robotics.ch/accept-invitation?__clerk_ticket=eyJhbGciOi",
            "status": "pending",
            "public_metadata": {"team": "firmware"},
            "private_metadata": {"referral": "meetup-2024"},
            "public_organization_data": PUBLIC_ORG_DATA,
            "user_id": None,
        },
    ),
    Spec(
        OrganizationMembership,
        "organization_membership",
        lambda: fixture("organization_membership"),
        {
            "id": REQ_STR,
            "role": REQ_STR,
            "permissions": LIST,
            "public_metadata": DEFAULT_DICT,
            "private_metadata": DEFAULT_DICT,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            # Deviation: unguarded in the reference (missing/null throws); None here.
            "organization": OPT,
            "public_user_data": OPT,
        },
        {
            "id": "orgmem_27DxtpYlSXpfKtHF4vUCsMehGAk",
            "role": "org:admin",
            "permissions": ("org:sys_memberships:manage", "org:sys_memberships:read", "org:sys_profile:manage"),
            "public_metadata": {"title": "CTO"},
            "private_metadata": {},
            "created_at": 1731400500000,
            "updated_at": 1731400600000,
            "organization": IsA(Organization),
            "public_user_data": IsA(OrganizationMembershipPublicUserData),
        },
    ),
    Spec(
        OrganizationMembershipPublicUserData,
        None,
        lambda: fixture("organization_membership")["public_user_data"],
        {
            "identifier": OPT,  # relaxed: the OpenAPI schema marks it nullable and optional
            "first_name": OPT,
            "last_name": OPT,
            "image_url": REQ_STR,
            "has_image": REQ_BOOL,
            "user_id": REQ_STR,
        },
        {
            "identifier": "lea.mueller@example.ch",
            "first_name": "Léa",
            "last_name": None,
            "image_url": "https://img.clerk.com/user-lea",
            "has_image": True,
            "user_id": "user_21f8rESQedUStPKR0CsTy4Qwb8D",
        },
    ),
    Spec(
        OrganizationSettings,
        "organization_settings",
        lambda: fixture("organization_settings"),
        {
            "enabled": REQ_BOOL,
            "max_allowed_memberships": REQ_INT,
            "max_allowed_roles": REQ_INT,
            "max_allowed_permissions": OPT,  # relaxed: deprecated no-op, optional in the OpenAPI schema
            "creator_role": REQ_STR,
            "admin_delete_enabled": REQ_BOOL,
            "domains_enabled": REQ_BOOL,
            "slug_disabled": OPT,  # relaxed: optional in the OpenAPI schema
            "domains_enrollment_modes": LIST,
            "domains_default_role": REQ_STR,
        },
        {
            "enabled": True,
            "max_allowed_memberships": 5,
            "max_allowed_roles": 10,
            "max_allowed_permissions": 50,
            "creator_role": "org:admin",
            "admin_delete_enabled": True,
            "domains_enabled": True,
            "slug_disabled": False,
            "domains_enrollment_modes": ("manual_invitation", "automatic_invitation", "automatic_suggestion"),
            "domains_default_role": "org:member",
        },
    ),
    Spec(
        Role,
        "role",
        lambda: fixture("role"),
        {
            "id": REQ_STR,
            "name": REQ_STR,
            "key": REQ_STR,
            "description": OPT,
            "permissions": LIST,
            "is_creator_eligible": OPT,  # relaxed: the role.updated webhook example lacks it
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
        },
        {
            "id": "role_2wkNhFdnXsiVpzz63FfkCzJr4i0",
            "name": "Billing Manager",
            "key": "org:billing_manager",
            "description": None,
            "permissions": (IsA(Permission), IsA(Permission)),
            "is_creator_eligible": True,
            "created_at": 1710000000000,
            "updated_at": 1731400000000,
        },
    ),
    Spec(
        RoleSet,
        "role_set",
        lambda: fixture("role_set"),
        {
            "id": REQ_STR,
            "name": REQ_STR,
            "key": REQ_STR,
            "description": OPT,
            "roles": LIST,
            "default_role": OPT,
            "creator_role": OPT,
            "type": REQ_STR,
            "role_set_migration": OPT,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
        },
        {
            "id": "rs_28xNbe3nNyjOq9wMxEhh2FDEEtf",
            "name": "Engineering teams",
            "key": "role_set:engineering",
            "description": "Roles for engineering organizations",
            "roles": (IsA(RoleSetItem), IsA(RoleSetItem)),
            "default_role": IsA(RoleSetItem),
            "creator_role": IsA(RoleSetItem),
            "type": "custom",
            "role_set_migration": IsA(RoleSetMigration),
            "created_at": 1700000000000,
            "updated_at": 1731400100000,
        },
    ),
    Spec(
        RoleSetItem,
        "role_set_item",
        lambda: fixture("role_set")["roles"][0],
        {
            "id": REQ_STR,
            "name": REQ_STR,
            "key": REQ_STR,
            "description": OPT,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "members_count": OPT,
            "has_members": OPT,
        },
        {
            "id": "role_2wkNhFdnXsiVpzz63FfkCzJr4i0",
            "name": "Admin",
            "key": "org:admin",
            "description": "Full access",
            "created_at": 1700000000000,
            "updated_at": 1700000000000,
            "members_count": 2,
            "has_members": True,
        },
    ),
    Spec(
        RoleSetMigration,
        "role_set_migration",
        lambda: fixture("role_set")["role_set_migration"],
        {
            "id": REQ_STR,
            "organization_id": OPT,
            "instance_id": REQ_STR,
            "source_role_set_id": REQ_STR,
            "dest_role_set_id": OPT,
            "trigger_type": REQ_STR,
            "status": REQ_STR,
            "migrated_members": REQ_INT,
            "mappings": OPT,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "started_at": OPT,
            "completed_at": OPT,
        },
        {
            "id": "rsm_2p0zVZomHFwUbbYrEqmSM9wCZ7U",
            "organization_id": None,
            "instance_id": "ins_2kibjL5DZPjN0MEQ7wjJJibaZUP",
            "source_role_set_id": "rs_28xNbe3nNyjOq9wMxEhh2FDEEtf",
            "dest_role_set_id": "rs_2dDEwD2Kc1fHnhTJ3vZuOs7PSlg",
            "trigger_type": "role_set_deletion",
            "status": "in_progress",
            "migrated_members": 17,
            "mappings": {"org:admin": "org:owner", "org:member": "org:member"},
            "created_at": 1731399990000,
            "updated_at": 1731400100000,
            "started_at": 1731400000000,
            "completed_at": None,
        },
    ),
    Spec(
        Permission,
        "permission",
        lambda: fixture("permission"),
        {
            "id": REQ_STR,
            "name": REQ_STR,
            "key": REQ_STR,
            "description": REQ_STR,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
        },
        {
            "id": "perm_2ZJzzzzgEOzdmenCkhvMdgaKjIg",
            "name": "Read invoices",
            "key": "org:invoices:read",
            "description": "See past invoices and download receipts",
            "created_at": 1710000000000,
            "updated_at": 1720000000000,
        },
    ),
    Spec(
        Invitation,
        "invitation",
        lambda: fixture("invitation"),
        {
            "id": REQ_STR,
            "email_address": REQ_STR,
            "public_metadata": OPT,  # `Record | null` with no constructor default
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "status": REQ_STR,
            "url": OPT,
            "revoked": OPT,
        },
        {
            "id": "inv_2w9xfogoEmvnEN5N1aE6PwZPf1Q",
            "email_address": "noah.keller@example.org",
            "public_metadata": {"source": "waitlist", "cohort": 7},
            "created_at": 1731398400000,
            "updated_at": 1731398400000,
            "status": "pending",
            "url": "https://accounts.example.org/sign-up?__clerk_ticket=eyJhbGciOiJIUzI1NiJ9",
            "revoked": False,
        },
    ),
    Spec(
        WaitlistEntry,
        "waitlist_entry",
        lambda: fixture("waitlist_entry"),
        {
            "id": REQ_STR,
            "email_address": REQ_STR,
            "status": REQ_STR,
            "invitation": OPT,
            "created_at": REQ_INT,
            "updated_at": REQ_INT,
            "is_locked": OPT,
        },
        {
            "id": "wle_2h6yYTWmE4lBYOvfZ8UzDzV8fUk",
            "email_address": "noah.keller@example.org",
            "status": "invited",
            "invitation": IsA(Invitation),
            "created_at": 1731312000000,
            "updated_at": 1731398400000,
            "is_locked": False,
        },
    ),
]
SPEC_IDS = [s.name for s in SPECS]
BY_CLASS = {s.cls: s for s in SPECS}


def as_bytes(p: Payload) -> bytes:
    return json.dumps(p, ensure_ascii=False).encode("utf-8")


def as_str(p: Payload) -> str:
    return json.dumps(p, ensure_ascii=False)


def as_dict(p: Payload) -> Payload:
    return copy.deepcopy(p)


INPUTS = [
    pytest.param(as_bytes, id="bytes"),
    pytest.param(as_str, id="str"),
    pytest.param(as_dict, id="dict"),
]
Input = Callable[[Payload], Any]


def parse_error(cls: Any, data: Any) -> ParseError:
    """The first problem of a tolerant parse, which ``strict=True`` raises (see conftest.first_problem)."""
    error: ParseError = first_problem(lambda strict: cls.from_json(data, strict=strict))
    return error


def assert_same(actual: Any, expected: Any, where: str) -> None:
    """Equal, and of the same type for plain values (so ``1`` is not accepted for ``True``)."""
    assert actual == expected, where
    if isinstance(expected, tuple):
        assert type(actual) is tuple, where
        for i, (a, e) in enumerate(zip(actual, expected)):
            assert_same(a, e, f"{where}[{i}]")
    elif not isinstance(expected, IsA):
        assert type(actual) is type(expected), where


# ---------------------------------------------------------------------------------------------
# the declarations: every class exported, names and order as the reference's constructor
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_class_is_exported_with_the_reference_property_names_in_order(spec: Spec) -> None:
    assert spec.name in clerk_backend.__all__
    assert getattr(clerk_backend, spec.name) is spec.cls
    assert spec.cls.__match_args__ == tuple(spec.kinds)
    assert set(spec.expected) == set(spec.kinds)


# ---------------------------------------------------------------------------------------------
# realistic payloads
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_realistic_payload_parses_with_expected_values(spec: Spec, as_input: Input) -> None:
    payload = spec.load()
    obj = spec.cls.from_json(as_input(payload))
    for name, expected in spec.expected.items():
        assert_same(getattr(obj, name), expected, f"{spec.name}.{name}")
    assert obj.raw == payload


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_bytes_str_and_dict_give_equal_models(spec: Spec) -> None:
    payload = spec.load()
    a, b, c = (spec.cls.from_json(f(payload)) for f in (as_bytes, as_str, as_dict))
    assert a == b == c
    assert repr(a) == repr(b) == repr(c)


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_to_dict_round_trip(spec: Spec) -> None:
    obj = spec.cls.from_json(as_bytes(spec.load()))
    d = obj.to_dict()
    assert list(d) == list(spec.kinds)  # declared keys only, in declaration order
    assert spec.cls.from_json(d) == obj
    assert spec.cls.from_json(obj.to_json()) == obj
    assert pickle.loads(pickle.dumps(obj)) == obj


def test_to_dict_of_nested_models_is_plain_json() -> None:
    d = OrganizationMembership.from_json(as_bytes(fixture("organization_membership"))).to_dict()
    assert type(d["organization"]) is dict
    assert d["organization"]["id"] == ORG_ID
    assert d["public_user_data"]["identifier"] == "lea.mueller@example.ch"
    assert d["permissions"] == ["org:sys_memberships:manage", "org:sys_memberships:read", "org:sys_profile:manage"]
    r = Role.from_json(fixture("role")).to_dict()
    assert [p["key"] for p in r["permissions"]] == ["org:sys_billing:manage", "org:invoices:read"]
    assert json.loads(json.dumps(RoleSet.from_json(fixture("role_set")).to_dict()))["default_role"]["key"] == (
        "org:member"
    )


# ---------------------------------------------------------------------------------------------
# null, absent, unknown and empty
# ---------------------------------------------------------------------------------------------


def optional_cases() -> list[Any]:
    return [pytest.param(s, k, id=f"{s.name}.{k}") for s in SPECS for k in s.optional]


def required_cases() -> list[Any]:
    return [pytest.param(s, k, id=f"{s.name}.{k}") for s in SPECS for k in s.required]


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("spec", "key"), optional_cases())
def test_optional_field_null(spec: Spec, key: str, as_input: Input) -> None:
    payload = spec.load()
    payload[key] = None
    obj = spec.cls.from_json(as_input(payload))
    assert_same(getattr(obj, key), NULL[spec.kinds[key]], f"{spec.name}.{key}")
    assert obj.raw[key] is None


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("spec", "key"), optional_cases())
def test_optional_field_absent(spec: Spec, key: str, as_input: Input) -> None:
    payload = spec.load()
    payload.pop(key, None)
    obj = spec.cls.from_json(as_input(payload))
    assert_same(getattr(obj, key), ABSENT[spec.kinds[key]], f"{spec.name}.{key}")
    assert key not in obj.raw


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("spec", "key"), required_cases())
def test_required_field_absent_raises(spec: Spec, key: str, as_input: Input) -> None:
    payload = spec.load()
    del payload[key]
    err = parse_error(spec.cls, as_input(payload))
    assert err.path == f"{spec.name}.{key}"
    assert str(err) == f"{spec.name}.{key}: required key is missing"


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("spec", "key"), required_cases())
def test_required_field_null_raises(spec: Spec, key: str, as_input: Input) -> None:
    payload = spec.load()
    payload[key] = None
    err = parse_error(spec.cls, as_input(payload))
    assert err.path == f"{spec.name}.{key}"
    assert str(err) == f"{spec.name}.{key}: expected {spec.kinds[key]}, got null"


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_unknown_fields_are_ignored_and_kept_in_raw(spec: Spec, as_input: Input) -> None:
    payload = spec.load()
    extra = {"x_future_field": {"nested": [1, 2.5, None, "ü"]}, "x_flag": True}
    payload.update(extra)
    obj = spec.cls.from_json(as_input(payload))
    assert obj == spec.cls.from_json(spec.load())
    raw = obj.raw
    assert {k: raw[k] for k in extra} == extra
    assert not hasattr(obj, "x_future_field")
    assert "x_future_field" not in obj.to_dict()
    raw["x_flag"] = False  # raw is a fresh copy each time
    assert obj.raw["x_flag"] is True


LIST_CASES = [
    (OrganizationMembership, "organization_membership", "permissions"),
    (OrganizationSettings, "organization_settings", "domains_enrollment_modes"),
    (Role, "role", "permissions"),
    (RoleSet, "role_set", "roles"),
]


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("cls", "name", "key"), LIST_CASES, ids=[f"{c.__name__}.{k}" for c, _, k in LIST_CASES])
def test_empty_arrays_give_empty_tuples(cls: Any, name: str, key: str, as_input: Input) -> None:
    payload = fixture(name)
    payload[key] = []
    obj = cls.from_json(as_input(payload))
    assert getattr(obj, key) == ()
    assert type(getattr(obj, key)) is tuple
    assert obj.to_dict()[key] == []


def first_required_after_id(spec: Spec) -> str:
    return next(k for k in spec.required if k != "id")


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_only_object_and_id_raises_at_first_other_required_field(spec: Spec, as_input: Input) -> None:
    payload: Payload = {"id": "x_2u8jzPde0IgxLd6GncfBAepfJBd"}
    if spec.object is not None:
        payload = {"object": spec.object, **payload}
    err = parse_error(spec.cls, as_input(payload))
    path = f"{spec.name}.{first_required_after_id(spec)}"
    assert err.path == path
    assert str(err) == f"{path}: required key is missing"


# The exact first required field of each class, written out (declaration order).
FIRST_REQUIRED = {
    Organization: "id",
    OrganizationDomain: "id",
    OrganizationDomainVerification: "status",
    OrganizationInvitation: "id",
    OrganizationMembership: "id",
    OrganizationMembershipPublicUserData: "image_url",
    OrganizationSettings: "enabled",
    Role: "id",
    RoleSet: "id",
    RoleSetItem: "id",
    RoleSetMigration: "id",
    Permission: "id",
    Invitation: "id",
    WaitlistEntry: "id",
}


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_every_key_null_raises_at_first_required_field(spec: Spec, as_input: Input) -> None:
    payload: Payload = {k: None for k in spec.kinds}
    if spec.object is not None:
        payload = {"object": spec.object, **payload}
    err = parse_error(spec.cls, as_input(payload))
    first = FIRST_REQUIRED[spec.cls]
    assert first == spec.required[0]
    assert err.path == f"{spec.name}.{first}"
    assert str(err) == f"{spec.name}.{first}: expected {spec.kinds[first]}, got null"


@pytest.mark.parametrize("spec", SPECS, ids=SPEC_IDS)
def test_only_required_fields_present(spec: Spec) -> None:
    full = spec.load()
    payload = {k: full[k] for k in spec.required}
    obj = spec.cls.from_json(as_bytes(payload))
    for k in spec.required:
        assert getattr(obj, k) == spec.expected[k]
    for k in spec.optional:
        assert_same(getattr(obj, k), ABSENT[spec.kinds[k]], f"{spec.name}.{k}")


# ---------------------------------------------------------------------------------------------
# wrong types
# ---------------------------------------------------------------------------------------------

WRONG_TYPES = [
    (Organization, "organization", "image_url", 5, "Organization.image_url", "expected string, got number"),
    (Organization, "organization", "public_metadata", [], "Organization.public_metadata", "expected object, got array"),
    (Organization, "organization", "role_set_key", 1, "Organization.role_set_key", "expected string, got number"),
    (Organization, "organization", "has_image", "true", "Organization.has_image", "expected bool, got string"),
    (Organization, "organization", "created_at", 1.5, "Organization.created_at", "expected integer, got 1.5"),
    (
        OrganizationMembership,
        "organization_membership",
        "organization",
        "org_2u8jzPde0IgxLd6GncfBAepfJBd",
        "OrganizationMembership.organization",
        "expected object, got string",
    ),
    (
        OrganizationMembership,
        "organization_membership",
        "permissions",
        ["org:a", 7],
        "OrganizationMembership.permissions[1]",
        "expected string, got number",
    ),
    (
        OrganizationInvitation,
        "organization_invitation",
        "public_organization_data",
        "x",
        "OrganizationInvitation.public_organization_data",
        "expected object, got string",
    ),
    (Role, "role", "permissions", {}, "Role.permissions", "expected array, got object"),
    (RoleSet, "role_set", "default_role", "", "RoleSet.default_role", "expected object, got string"),
    (WaitlistEntry, "waitlist_entry", "invitation", [], "WaitlistEntry.invitation", "expected object, got array"),
]


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(
    ("cls", "name", "key", "value", "path", "detail"), WRONG_TYPES, ids=[c[4] for c in WRONG_TYPES]
)
def test_wrong_type_names_path(
    cls: Any, name: str, key: str, value: Any, path: str, detail: str, as_input: Input
) -> None:
    payload = fixture(name)
    payload[key] = value
    err = parse_error(cls, as_input(payload))
    assert (err.path, str(err)) == (path, f"{path}: {detail}")


NESTED_ERRORS = [
    (OrganizationMembership, "organization_membership", ("organization", "name"), None, "organization.name"),
    (OrganizationMembership, "organization_membership", ("public_user_data", "user_id"), 1, "public_user_data.user_id"),
    (OrganizationDomain, "organization_domain", ("verification", "strategy"), None, "verification.strategy"),
    (Role, "role", ("permissions", 1, "created_at"), "1710000000000", "permissions[1].created_at"),
    (RoleSet, "role_set", ("roles", 1, "key"), None, "roles[1].key"),
    (RoleSet, "role_set", ("role_set_migration", "migrated_members"), None, "role_set_migration.migrated_members"),
    (WaitlistEntry, "waitlist_entry", ("invitation", "status"), None, "invitation.status"),
]


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("cls", "name", "where", "value", "path"), NESTED_ERRORS, ids=[c[4] for c in NESTED_ERRORS])
def test_nested_errors_name_the_full_path(
    cls: Any, name: str, where: tuple[Any, ...], value: Any, path: str, as_input: Input
) -> None:
    payload = fixture(name)
    target = payload
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    err = parse_error(cls, as_input(payload))
    assert err.path == f"{cls.__name__}.{path}"


# ---------------------------------------------------------------------------------------------
# nested models
# ---------------------------------------------------------------------------------------------


def test_nested_models_are_built_once_and_carry_their_own_raw() -> None:
    payload = fixture("organization_membership")
    m = OrganizationMembership.from_json(as_bytes(payload))
    assert m.organization is m.organization
    assert m.public_user_data is m.public_user_data
    assert m.organization is not None
    assert m.public_user_data is not None
    assert m.organization.raw == payload["organization"]
    assert m.public_user_data.raw == payload["public_user_data"]
    # The nested organization has an empty image_url: `image_url || ''` keeps it "".
    assert m.organization.image_url == ""
    assert m.organization.has_image is False
    assert m.organization.admin_delete_enabled is False
    assert m.organization.last_active_at is None
    assert m.organization.pending_invitations_count == 3


def test_role_permissions_are_permission_models() -> None:
    role = Role.from_json(fixture("role"))
    assert role.permissions[0] == Permission.from_json(fixture("role")["permissions"][0])
    assert [p.key for p in role.permissions] == ["org:sys_billing:manage", "org:invoices:read"]
    assert role.permissions[1].description == ""
    assert role.permissions[0].raw["type"] == "system"  # `type` is not read (reference); raw keeps it


def test_role_set_nested_items_and_migration() -> None:
    rs = RoleSet.from_json(as_bytes(fixture("role_set")))
    assert [r.key for r in rs.roles] == ["org:admin", "org:member"]
    assert rs.roles[1].members_count is None
    assert rs.roles[1].has_members is None
    assert rs.default_role is not None
    assert rs.default_role.key == "org:member"
    assert rs.default_role.members_count is None  # absent in this nested item
    assert rs.creator_role is not None
    assert rs.creator_role.id == "role_2wkNhFdnXsiVpzz63FfkCzJr4i0"
    assert rs.role_set_migration is not None
    assert rs.role_set_migration.mappings == {"org:admin": "org:owner", "org:member": "org:member"}
    assert rs.role_set_migration.completed_at is None


def test_waitlist_entry_invitation_is_an_invitation() -> None:
    entry = WaitlistEntry.from_json(as_bytes(fixture("waitlist_entry")))
    assert isinstance(entry.invitation, Invitation)
    assert entry.invitation.id == "inv_2w9xfogoEmvnEN5N1aE6PwZPf1Q"
    assert entry.invitation.public_metadata == {}
    assert entry.invitation.raw["expires_at"] is None  # not read by the reference; kept in raw


def test_large_integers_keep_full_precision() -> None:
    payload = fixture("role_set")["role_set_migration"]
    payload["migrated_members"] = 2**70 + 1
    payload["started_at"] = 9007199254740993  # 2**53 + 1: a JS double would round it
    for data in (as_bytes(payload), payload):
        m = RoleSetMigration.from_json(data)
        assert m.migrated_members == 2**70 + 1
        assert m.started_at == 9007199254740993


def test_unknown_enum_strings_stay_str() -> None:
    payload = fixture("organization_domain")
    payload["enrollment_mode"] = "future_mode"
    payload["verification"]["status"] = "quarantined"
    d = OrganizationDomain.from_json(payload)
    assert d.enrollment_mode == "future_mode"
    assert d.verification is not None
    assert d.verification.status == "quarantined"
    rs = fixture("role_set")
    rs["type"] = "enterprise"
    assert RoleSet.from_json(rs).type == "enterprise"


# ---------------------------------------------------------------------------------------------
# reference semantics of the fallbacks
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(
    ("value", "expected"), [(None, ""), ("", ""), ("https://img.clerk.com/a", "https://img.clerk.com/a")]
)
def test_organization_image_url_or_empty_string(value: Any, expected: str, as_input: Input) -> None:
    payload = fixture("organization")
    payload["image_url"] = value
    assert Organization.from_json(as_input(payload)).image_url == expected
    del payload["image_url"]
    assert Organization.from_json(as_input(payload)).image_url == ""


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (Organization, "organization"),
        (OrganizationInvitation, "organization_invitation"),
        (OrganizationMembership, "organization_membership"),
    ],
)
def test_metadata_default_only_for_absent_keys(cls: Any, name: str, as_input: Input) -> None:
    payload = fixture(name)
    payload["public_metadata"] = None
    del payload["private_metadata"]
    obj = cls.from_json(as_input(payload))
    assert obj.public_metadata is None
    assert obj.private_metadata == {}
    assert obj.to_dict()["public_metadata"] is None


def test_invitation_public_metadata_has_no_default() -> None:
    payload = fixture("invitation")
    del payload["public_metadata"]
    assert Invitation.from_json(payload).public_metadata is None


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("value", [None, "absent", []])
def test_role_permissions_nullish_gives_empty_tuple(value: Any, as_input: Input) -> None:
    payload = fixture("role")
    if value == "absent":
        del payload["permissions"]
    else:
        payload["permissions"] = value
    assert Role.from_json(as_input(payload)).permissions == ()


@pytest.mark.parametrize("key", ["default_role", "creator_role", "role_set_migration"])
def test_role_set_optional_nested_null_or_absent_gives_none(key: str) -> None:
    payload = fixture("role_set")
    payload[key] = None
    assert getattr(RoleSet.from_json(as_bytes(payload)), key) is None
    del payload[key]
    assert getattr(RoleSet.from_json(payload), key) is None


def test_public_organization_data_stays_raw_snake_case_json() -> None:
    inv = OrganizationInvitation.from_json(as_bytes(fixture("organization_invitation")))
    assert type(inv.public_organization_data) is dict
    assert inv.public_organization_data == PUBLIC_ORG_DATA
    assert "image_url" in inv.public_organization_data
    assert inv.to_dict()["public_organization_data"] == PUBLIC_ORG_DATA


def test_fields_the_reference_does_not_read_stay_in_raw() -> None:
    inv = OrganizationInvitation.from_json(fixture("organization_invitation"))
    assert inv.raw["inviter_id"] == "user_2Wvj7FAc9QeWJKY40uvSwMFLZDe"
    assert inv.raw["public_inviter_data"]["first_name"] == "Marco"
    assert not hasattr(inv, "inviter_id")
    m = OrganizationMembership.from_json(fixture("organization_membership"))
    assert m.raw["role_name"] == "Admin"
    assert not hasattr(m, "role_name")
    assert m.public_user_data is not None
    assert m.public_user_data.raw["profile_image_url"] == "https://images.clerk.dev/uploaded/img_lea.png"
    assert not hasattr(m.public_user_data, "profile_image_url")
    s = OrganizationSettings.from_json(fixture("organization_settings"))
    assert s.raw["max_allowed_domains"] == 10
    assert not hasattr(s, "max_allowed_domains")
    d = OrganizationDomain.from_json(fixture("organization_domain"))
    assert d.raw["affiliation_verification"]["strategy"] == "affiliation_email_code"
    assert d.raw["public_organization_data"]["slug"] == "zurich-robotics"


# ---------------------------------------------------------------------------------------------
# deliberate deviations from the reference
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("as_input", INPUTS)
def test_deviation_organization_exposes_fields_the_reference_drops(as_input: Input) -> None:
    """The reference's Organization drops four keys of its own JSON type; we expose them as optional."""
    org = Organization.from_json(as_input(fixture("organization")))
    assert org.pending_invitations_count == 3
    assert org.last_active_at == 1731399000456
    assert org.missing_member_with_elevated_permissions is False
    assert org.role_set_key == "role_set:default"
    # The webhook examples lack last_active_at and role_set_key: None, not an error.
    created = Organization.from_json(as_input(webhook("organization.created")))
    assert created.last_active_at is None
    assert created.role_set_key is None
    assert created.pending_invitations_count == 0
    # They are part of to_dict, under the API's keys.
    d = org.to_dict()
    assert d["pending_invitations_count"] == 3
    assert d["role_set_key"] == "role_set:default"


@pytest.mark.parametrize("as_input", INPUTS)
def test_deviation_domain_verification_reads_expire_at(as_input: Input) -> None:
    """The reference reads `expires_at` (its JSON.d.ts), so real payloads, which send `expire_at`,
    always give null. We read `expire_at`; an `expires_at` key is not read and stays in raw."""
    v = OrganizationDomainVerification.from_json(
        as_input({"status": "unverified", "strategy": "email_code", "attempts": 0, "expire_at": 1731403600000})
    )
    assert v.expire_at == 1731403600000
    assert v.to_dict() == {"status": "unverified", "strategy": "email_code", "attempts": 0, "expire_at": 1731403600000}
    legacy = OrganizationDomainVerification.from_json(
        as_input({"status": "unverified", "strategy": "email_code", "attempts": 0, "expires_at": 1731403600000})
    )
    assert legacy.expire_at is None
    assert legacy.raw["expires_at"] == 1731403600000
    assert not hasattr(legacy, "expires_at")
    # The published webhook example sends `expire_at: null`.
    d = OrganizationDomain.from_json(as_input(webhook("organizationDomain.updated")))
    assert d.verification is not None
    assert d.verification.expire_at is None
    assert d.verification.attempts == 1


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("how", ["absent", "null"])
def test_deviation_membership_without_organization_or_public_user_data(how: str, as_input: Input) -> None:
    """The reference converts both unguarded, so a missing or null value throws; we give None."""
    payload = fixture("organization_membership")
    for key in ("organization", "public_user_data"):
        if how == "absent":
            del payload[key]
        else:
            payload[key] = None
    m = OrganizationMembership.from_json(as_input(payload))
    assert m.organization is None
    assert m.public_user_data is None
    assert m.id == "orgmem_27DxtpYlSXpfKtHF4vUCsMehGAk"
    assert OrganizationMembership.from_json(m.to_dict()) == m


@pytest.mark.parametrize("as_input", INPUTS)
def test_deviation_empty_nested_lists_are_empty_tuples(as_input: Input) -> None:
    """Membership.permissions and OrganizationSettings.domains_enrollment_modes are passed through as
    they are by the reference (missing -> undefined, null -> null); here a missing or null list is ``()``."""
    m = fixture("organization_membership")
    m["permissions"] = None
    assert OrganizationMembership.from_json(as_input(m)).permissions == ()
    del m["permissions"]
    assert OrganizationMembership.from_json(as_input(m)).permissions == ()
    s = fixture("organization_settings")
    del s["domains_enrollment_modes"]
    assert OrganizationSettings.from_json(as_input(s)).domains_enrollment_modes == ()


# Required fields of the reference's tables that are relaxed to optional, with the evidence.
RELAXED = [
    # role.updated (published webhook example) has no is_creator_eligible
    (Role, "role", "is_creator_eligible"),
    # OpenAPI: `expires_at: nullable: true`
    (OrganizationInvitation, "organization_invitation", "expires_at"),
    # OpenAPI: `identifier: nullable: true`, not required
    (OrganizationMembershipPublicUserData, "organization_membership/public_user_data", "identifier"),
    # OpenAPI: deprecated no-op, not required; slug_disabled not required
    (OrganizationSettings, "organization_settings", "max_allowed_permissions"),
    (OrganizationSettings, "organization_settings", "slug_disabled"),
]


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize(("cls", "name", "key"), RELAXED, ids=[f"{c.__name__}.{k}" for c, _, k in RELAXED])
def test_deviation_relaxed_required_fields(cls: Any, name: str, key: str, as_input: Input) -> None:
    file, _, sub = name.partition("/")
    payload = fixture(file)
    if sub:
        payload = payload[sub]
    payload[key] = None
    assert getattr(cls.from_json(as_input(payload)), key) is None
    del payload[key]
    assert getattr(cls.from_json(as_input(payload)), key) is None


# ---------------------------------------------------------------------------------------------
# Clerk's published webhook examples
# ---------------------------------------------------------------------------------------------

WEBHOOKS: dict[str, Any] = {
    "organization.created": Organization,
    "organization.updated": Organization,
    "organizationDomain.created": OrganizationDomain,
    "organizationDomain.updated": OrganizationDomain,
    "organizationInvitation.accepted": OrganizationInvitation,
    "organizationInvitation.created": OrganizationInvitation,
    "organizationInvitation.revoked": OrganizationInvitation,
    "organizationMembership.created": OrganizationMembership,
    "organizationMembership.deleted": OrganizationMembership,  # a full membership, not a deleted object
    "organizationMembership.updated": OrganizationMembership,
    "permission.created": Permission,
    "permission.updated": Permission,
    "role.created": Role,
    "role.updated": Role,
    "waitlistEntry.created": WaitlistEntry,
    "waitlistEntry.updated": WaitlistEntry,
}
# These carry a deleted-object payload ({object, id, slug?, deleted: true}): DeletedObject's, not ours.
DELETED = {
    "organization.deleted": (Organization, "organization"),
    "organizationDomain.deleted": (OrganizationDomain, "organization_domain"),
    "permission.deleted": (Permission, "permission"),
    "role.deleted": (Role, "role"),
}


def test_every_example_of_the_group_is_covered() -> None:
    assert set(fixture("webhook_examples")["examples"]) == set(WEBHOOKS) | set(DELETED)


@pytest.mark.parametrize("as_input", INPUTS)
@pytest.mark.parametrize("event", sorted(WEBHOOKS))
def test_webhook_example_parses(event: str, as_input: Input) -> None:
    data = webhook(event)
    cls = WEBHOOKS[event]
    obj = cls.from_json(as_input(data))
    assert obj.id == data["id"]
    assert obj.raw == data
    assert cls.from_json(obj.to_dict()) == obj


@pytest.mark.parametrize("event", sorted(DELETED))
def test_deleted_examples_are_not_this_groups_classes(event: str) -> None:
    data = webhook(event)
    assert data["deleted"] is True
    cls, object_name = DELETED[event]
    # A deletion marker given to the class it names says what it is and what reads it (issue 21 item 5).
    for given in (as_bytes(data), data):
        with pytest.raises(ParseError) as info:
            cls.from_json(given)
        assert str(info.value) == (
            f'{cls.__name__}: got a deletion marker ("deleted": true), not the {object_name} object itself: '
            "DeletedObject.from_json or clerk_backend.deserialize reads it"
        )


def test_webhook_organization_values() -> None:
    org = Organization.from_json(as_bytes(webhook("organization.updated")))
    assert org.name == "Acme Corp Updated"
    assert org.public_metadata == {"department": "engineering"}
    assert org.private_metadata == {"internal_id": "ORG-123"}
    assert org.members_count == 3
    assert org.max_allowed_memberships == 10
    assert org.pending_invitations_count == 1


def test_webhook_domain_values() -> None:
    created = OrganizationDomain.from_json(as_bytes(webhook("organizationDomain.created")))
    assert created.verification is None
    assert created.enrollment_mode == "automatic_invitation"
    assert created.total_pending_suggestions == 2
    updated = OrganizationDomain.from_json(webhook("organizationDomain.updated"))
    assert updated.verification is not None
    assert (updated.verification.status, updated.verification.strategy) == ("verified", "email_code")


def test_webhook_invitation_accepted() -> None:
    data = webhook("organizationInvitation.accepted")
    inv = OrganizationInvitation.from_json(as_bytes(data))
    assert inv.status == "accepted"
    assert inv.role_name == "Member"
    assert inv.expires_at == 1717487999000
    assert inv.public_organization_data is None
    # Deliberate difference: the accepting user's id is a property (the reference drops it).
    assert inv.raw["user_id"] == "user_2h8op3Isl1QR7tKu5FGNfaLKEoU"
    assert inv.user_id == "user_2h8op3Isl1QR7tKu5FGNfaLKEoU"
    # The spec's accepted payload may also carry `data.public_organization_data`: ignored, kept in raw.
    data["data"] = {"public_organization_data": PUBLIC_ORG_DATA}
    inv = OrganizationInvitation.from_json(as_bytes(data))
    assert inv.public_organization_data is None
    assert inv.raw["data"]["public_organization_data"] == PUBLIC_ORG_DATA


def test_webhook_membership_values() -> None:
    m = OrganizationMembership.from_json(as_bytes(webhook("organizationMembership.updated")))
    assert m.role == "org:admin"
    assert m.permissions == ("org:posts:read", "org:posts:write", "org:posts:delete", "org:members:manage")
    assert m.organization is not None
    assert m.organization.slug == "acme-corp"
    assert m.organization.updated_at == 1716883500000
    assert m.public_user_data is not None
    assert m.public_user_data.identifier == "jane.doe@acme.com"
    assert m.public_user_data.user_id == "user_2h8op3Isl1QR7tKu5FGNfaLKEoU"


def test_webhook_role_values() -> None:
    created = Role.from_json(as_bytes(webhook("role.created")))
    assert created.is_creator_eligible is False
    assert [p.key for p in created.permissions] == ["org:posts:create"]
    updated = Role.from_json(as_bytes(webhook("role.updated")))
    assert updated.is_creator_eligible is None  # the example omits it
    assert [p.id for p in updated.permissions] == [
        "perm_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "perm_2g7np7Hrk0SN6kj5EDMLDaKNL0T",
    ]


def test_webhook_waitlist_entry_with_camel_case_object() -> None:
    """The webhook spec sends `object: "waitlistEntry"`; the class does not check `object`, so it parses
    (choosing the class from `object` is the Deserializer's job, which must map the alias)."""
    created = WaitlistEntry.from_json(as_bytes(webhook("waitlistEntry.created")))
    assert created.raw["object"] == "waitlistEntry"
    assert created.invitation is None
    assert created.is_locked is False
    updated = WaitlistEntry.from_json(webhook("waitlistEntry.updated"))
    assert updated.status == "invited"
    assert updated.invitation is not None
    assert updated.invitation.id == "inv_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
    assert updated.invitation.public_metadata is None  # absent, no default
    assert updated.invitation.url is None
    assert updated.invitation.revoked is None
