"""has() and the auth objects, checked against @clerk/shared's own verdicts.

``fixtures/authorization/has_cases.json`` was written by running @clerk/shared 4.41.0 (see
``generate.cjs`` beside it): for each claim set, the auth object @clerk/backend builds from it
(``__experimental_JWTPayloadToAuthObjectProperties``) and ``createCheckAuthorization``'s answer
to every question. Both our pure check (fed the reference's auth object) and the whole path
(``SessionClaims`` decoding the claims in Rust, then ``SessionAuth.has``) must give each answer.
"""

from __future__ import annotations

import json
import math
import pickle
from pathlib import Path
from typing import Any, cast

import pytest

import clerk_backend
from clerk_backend import APIKey, IdPOAuthAccessToken, M2MToken, MachineAuth, SessionAuth, SessionClaims, SignedOutAuth
from clerk_backend._authorization import check_authorization

TABLE = json.loads((Path(__file__).parent / "fixtures" / "authorization" / "has_cases.json").read_text("utf-8"))
QUESTIONS: list[dict[str, Any]] = TABLE["questions"]
CASES: list[dict[str, Any]] = TABLE["cases"]


def _python_question(question: dict[str, Any]) -> dict[str, Any]:
    asked = dict(question)
    if isinstance(asked.get("reverification"), list):
        asked["reverification"] = tuple(asked["reverification"])
    return asked


def _label(question: dict[str, Any]) -> str:
    return json.dumps(question, separators=(",", ":")) or "{}"


def test_the_table_is_the_reference_s_and_covers_every_dimension() -> None:
    assert TABLE["reference"].startswith("@clerk/shared ")
    assert len(CASES) >= 15 and len(QUESTIONS) >= 60
    asked = {key for q in QUESTIONS for key in q}
    assert asked == {"role", "permission", "feature", "plan", "reverification"}
    verdicts = [v for case in CASES for v in case["verdicts"]]
    assert all(len(case["verdicts"]) == len(QUESTIONS) for case in CASES)
    # Both answers occur often: a table of all-False would prove nothing.
    assert verdicts.count(True) > 100 and verdicts.count(False) > 100


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_pure_check_answers_as_the_reference(case: dict[str, Any]) -> None:
    auth = case["auth_object"]
    claims = case["claims"]
    wrong = []
    for question, expected in zip(QUESTIONS, case["verdicts"]):
        got = check_authorization(
            user_id=auth["user_id"],
            org_id=auth["org_id"],
            org_role=auth["org_role"],
            org_permissions=auth["org_permissions"],
            factor_verification_age=auth["factor_verification_age"],
            features=claims.get("fea") or "",
            plans=claims.get("pla") or "",
            **_python_question(question),
        )
        if got is not expected:
            wrong.append(f"{_label(question)}: reference {expected}, ours {got}")
    assert wrong == []


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_session_auth_from_claims_answers_as_the_reference(case: dict[str, Any]) -> None:
    auth = SessionAuth.from_claims(SessionClaims.from_json(case["claims"]))
    expected_object = case["auth_object"]
    fva = expected_object["factor_verification_age"]
    assert auth.user_id == expected_object["user_id"]
    assert auth.session_id == expected_object["session_id"]
    assert auth.org_id == expected_object["org_id"]
    assert auth.org_role == expected_object["org_role"]
    assert auth.org_slug == expected_object["org_slug"]
    permissions = expected_object["org_permissions"]
    assert auth.org_permissions == (None if permissions is None else tuple(permissions))
    assert auth.factor_verification_age == (None if fva is None else tuple(fva))
    wrong = []
    for question, expected in zip(QUESTIONS, case["verdicts"]):
        got = auth.has(**_python_question(question))
        if got is not expected:
            wrong.append(f"{_label(question)}: reference {expected}, ours {got}")
    assert wrong == []


V2 = {
    "sub": "user_1",
    "sid": "sess_1",
    "exp": 2,
    "v": 2,
    "sts": "active",
    "fva": [2, 7],
    "o": {"id": "org_1", "slg": "acme", "rol": "admin", "per": "read,write", "fpm": "1,3"},
    "fea": "o:dashboard,o:invoices,u:profile",
    "pla": "o:pro",
    "act": {"sub": "user_admin", "iss": "https://dashboard.clerk.com"},
}


def _auth(**changes: Any) -> SessionAuth:
    claims = {**V2, **changes}
    return SessionAuth.from_claims(SessionClaims.from_json({k: v for k, v in claims.items() if v is not None}))


def test_session_auth_fields_from_v2_claims() -> None:
    auth = _auth()
    assert (auth.user_id, auth.session_id, auth.session_status) == ("user_1", "sess_1", "active")
    assert (auth.org_id, auth.org_slug, auth.org_role) == ("org_1", "acme", "org:admin")
    assert auth.org_permissions == ("org:dashboard:read", "org:invoices:read", "org:invoices:write")
    assert auth.factor_verification_age == (2, 7)
    assert auth.actor == {"sub": "user_admin", "iss": "https://dashboard.clerk.com"}
    assert auth.claims.sub == "user_1"
    assert (auth.token_type, auth.status, auth.is_signed_in) == ("session_token", "signed-in", True)
    assert auth.has(permission="org:invoices:write") and auth.has(permission="invoices:write")
    assert not auth.has(permission="org:dashboard:write")
    assert auth.has(role="admin", feature="profile", plan="o:pro", reverification="strict")
    assert not auth.has(role="admin", reverification=("first_factor", 2))  # 2 is not fresher than 2 minutes


def test_session_data_of_the_wrong_type_fails_closed() -> None:
    # SessionClaims refuses such claims when parsed; the check itself still fails closed, as the
    # reference's typeof checks do.
    base: dict[str, Any] = {
        "user_id": "user_1",
        "org_id": "org_1",
        "org_role": "org:admin",
        "org_permissions": ["org:a:read"],
        "factor_verification_age": [1, 1],
        "features": "u:x",
        "plans": "u:p",
    }
    assert check_authorization(**base, role="admin", feature="x", plan="p", reverification="lax")
    for name, value in [
        ("org_role", 5),
        ("org_permissions", "org:a:read"),
        ("factor_verification_age", [1, "1"]),
        ("factor_verification_age", [1, -2]),
        ("factor_verification_age", [1, math.inf]),
        ("features", 5),
        ("plans", ["u:p"]),
    ]:
        broken = {**base, name: value}
        assert not check_authorization(
            **broken, role="admin", permission="a:read", feature="x", plan="p", reverification="lax"
        ), name


def test_arguments_of_the_wrong_type_fail_closed() -> None:
    auth = _auth()
    bad: Any = 5
    assert not auth.has(role=bad)
    assert not auth.has(permission=bad)
    assert not auth.has(feature=bad)
    assert not auth.has(plan=bad)
    assert not auth.has(reverification=bad)
    assert not auth.has(reverification=("second_factor", True))  # a bool is not a number of minutes
    assert not auth.has(reverification=("second_factor", math.nan))
    assert auth.has(reverification=("second_factor", math.inf))
    assert auth.has(reverification=cast(Any, ["second_factor", 60]))  # any pair, not only a tuple


def test_nothing_asked_is_false() -> None:
    assert _auth().has() is False


def test_session_auth_is_read_only_comparable_and_picklable() -> None:
    auth = _auth()
    with pytest.raises(AttributeError, match="read-only"):
        auth.user_id = "user_2"
    with pytest.raises(AttributeError):
        del auth.org_id
    assert auth == _auth() and auth != _auth(sub="user_2")
    assert pickle.loads(pickle.dumps(auth)) == auth
    with pytest.raises(TypeError, match=r"^unhashable type"):
        hash(auth)
    text = repr(auth)
    assert text.startswith("SessionAuth(user_id='user_1', session_id='sess_1'")
    assert "claims" not in text
    with pytest.raises(TypeError, match="SessionClaims"):
        SessionAuth.from_claims({"sub": "user_1"})  # type: ignore[arg-type]


def test_from_claims_raises_parse_error_for_a_malformed_actor() -> None:
    with pytest.raises(clerk_backend.ParseError):
        _auth(act="user_admin")


API_KEY = {
    "object": "api_key",
    "id": "ak_1",
    "type": "api_key",
    "subject": "user_1",
    "name": "ci",
    "claims": {"team": "a"},
    "scopes": ["read"],
    "revoked": False,
    "revocation_reason": None,
    "expired": False,
    "expiration": None,
    "created_by": None,
    "description": None,
    "last_used_at": None,
    "created_at": 1,
    "updated_at": 1,
}
M2M = {
    "object": "machine_to_machine_token",
    "id": "mt_1",
    "subject": "mch_1",
    "scopes": ["mch_2"],
    "claims": None,
    "revoked": False,
    "revocation_reason": None,
    "expired": False,
    "expiration": None,
    "created_at": 1,
    "updated_at": 1,
}
OAUTH = {
    "object": "clerk_idp_oauth_access_token",
    "id": "oat_1",
    "client_id": "client_1",
    "type": "oauth:access_token",
    "subject": "user_9",
    "scopes": ["email", "profile"],
    "revoked": False,
    "revocation_reason": None,
    "expired": False,
    "expiration": None,
    "created_at": 1,
    "updated_at": 1,
}


def test_machine_auth_from_each_model() -> None:
    key = MachineAuth.from_machine(APIKey.from_json(API_KEY))
    assert (key.token_type, key.id, key.subject, key.scopes, key.claims) == (
        "api_key",
        "ak_1",
        "user_1",
        ("read",),
        {"team": "a"},
    )
    assert (key.name, key.user_id, key.org_id, key.machine_id, key.client_id) == ("ci", "user_1", None, None, None)
    org_key = MachineAuth.from_machine(APIKey.from_json({**API_KEY, "subject": "org_1"}))
    assert (org_key.user_id, org_key.org_id) == (None, "org_1")
    m2m = MachineAuth.from_machine(M2MToken.from_json(M2M))
    assert (m2m.token_type, m2m.machine_id, m2m.user_id, m2m.claims, m2m.name) == (
        "m2m_token",
        "mch_1",
        None,
        None,
        None,
    )
    oauth = MachineAuth.from_machine(IdPOAuthAccessToken.from_json(OAUTH))
    assert (oauth.token_type, oauth.user_id, oauth.client_id, oauth.claims) == (
        "oauth_token",
        "user_9",
        "client_1",
        None,
    )
    assert oauth.scopes == ("email", "profile")
    for auth in (key, m2m, oauth):
        assert (auth.status, auth.is_signed_in) == ("signed-in", True)
        assert auth.has(role="admin") is False and auth.has() is False and auth.has(permission="read") is False
        assert pickle.loads(pickle.dumps(auth)) == auth
        assert "machine=" not in repr(auth)
    with pytest.raises(TypeError, match="APIKey, M2MToken or IdPOAuthAccessToken"):
        MachineAuth.from_machine(SessionClaims.from_json(V2))  # type: ignore[arg-type]


def test_signed_out_auth() -> None:
    auth = SignedOutAuth(token_type="session_token", reason="token-expired", message="expired")
    assert (auth.status, auth.is_signed_in, auth.user_id, auth.claims, auth.org_permissions) == (
        "signed-out",
        False,
        None,
        None,
        None,
    )
    assert auth.has(role="admin") is False
    assert SignedOutAuth() == SignedOutAuth() and SignedOutAuth() != auth
    assert auth != _auth() and _auth() != auth
    assert pickle.loads(pickle.dumps(auth)) == auth
    assert repr(SignedOutAuth()) == "SignedOutAuth(token_type=None, reason=None, message=None, session_status=None)"
