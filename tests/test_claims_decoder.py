"""One claims decoder (issue 17 item 2).

Verification builds ``SessionClaims`` from the claims the Rust core decoded while verifying (the payload
is not parsed a second time), and ``SessionClaims.from_json`` types the same claims the same way. Where the
two readers used to disagree, both now follow ``@clerk/shared`` and the tolerant-reader rule:

- ``fva``: the core wanted exactly two integers, the model any list. The reference's parser passes
  ``fva`` on as sent and its reverification check refuses a length other than two (the table in
  ``test_authorization.py`` has a one-entry case), so ``fva`` is an array of integers at any length,
  and an entry that is not an integer cannot be typed;
- an ``org_permissions`` entry that is not a string cannot be typed (the core dropped the whole list
  silently).

A claim that cannot be typed is a broken field for ``from_json`` (``ParseError`` when read, listed by
``problems()``) and ``token-invalid`` for verification, as a ``sid`` of another type already was.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

import clerk_backend
from clerk_backend import ParseError, SessionClaims, TokenVerificationError, decode_jwt, problems
from clerk_backend.testing import TokenFactory


def claims(**extra: Any) -> dict[str, Any]:
    now = int(time.time())
    return {"sub": "user_1", "exp": now + 60, "iat": now, **extra}


def refused(extra: dict[str, Any]) -> TokenVerificationError:
    factory = TokenFactory()
    token = factory.session_token("user_1", extra=extra)
    with pytest.raises(TokenVerificationError) as info:
        clerk_backend.verify_token(token, jwt_key=factory.jwt_key)
    return info.value


@pytest.mark.parametrize("fva", [[1, "2"], [1.5, 2], {"a": 1}, 3])
def test_an_fva_that_is_not_integers_is_token_invalid(fva: Any) -> None:
    error = refused({"fva": fva})
    assert error.reason == "token-invalid"
    assert "SessionClaims.fva" in str(error)


@pytest.mark.parametrize("fva", [[1, "2"], [1.5, 2], 3])
def test_an_fva_that_is_not_integers_is_a_broken_field(fva: Any) -> None:
    for source in (claims(fva=fva), clerk_backend_json(claims(fva=fva))):
        parsed = SessionClaims.from_json(source)
        with pytest.raises(ParseError) as info:
            _ = parsed.fva
        assert info.value.path.startswith("SessionClaims.fva")
        assert len(problems(parsed)) == 1
        assert parsed.sub == "user_1"


@pytest.mark.parametrize("fva", [[3, -1], [1, 2, 3], [7], []])
def test_an_fva_of_integers_is_passed_on_at_any_length_on_both_paths(fva: list[int]) -> None:
    factory = TokenFactory()
    verified = clerk_backend.verify_token(factory.session_token("user_1", extra={"fva": fva}), jwt_key=factory.jwt_key)
    assert verified.fva == tuple(fva)
    assert SessionClaims.from_json(claims(fva=fva)).fva == tuple(fva)
    # The reverification check wants exactly two ages ([3, -1]: the first factor, 3 minutes ago).
    assert clerk_backend.SessionAuth.from_claims(verified).has(reverification="strict") is (len(fva) == 2)


def test_a_non_string_org_permission_is_token_invalid() -> None:
    error = refused({"v": 1, "org_id": "org_1", "org_permissions": ["org:a:read", 5]})
    assert error.reason == "token-invalid"
    assert "SessionClaims.org_permissions" in str(error)


def test_a_non_string_org_permission_is_a_broken_field() -> None:
    parsed = SessionClaims.from_json(claims(org_id="org_1", org_permissions=["org:a:read", 5]))
    with pytest.raises(ParseError) as info:
        _ = parsed.org_permissions
    assert info.value.path.startswith("SessionClaims.org_permissions")
    assert len(problems(parsed)) == 1
    assert parsed.org_id == "org_1"


def test_verified_claims_equal_the_from_json_reading_of_the_payload() -> None:
    factory = TokenFactory()
    token = factory.session_token(
        "user_1",
        org_id="org_1",
        org_slug="acme",
        org_role="admin",
        org_permissions=["org:dashboard:read"],
        features=["o:dashboard", "u:profile"],
        fva=[0, 5],
    )
    verified = clerk_backend.verify_token(token, jwt_key=factory.jwt_key)
    payload = decode_jwt(token).payload
    for again in (SessionClaims.from_json(payload), SessionClaims.from_json(clerk_backend_json(payload))):
        assert again == verified
        assert again.to_dict() == verified.to_dict()
        assert (again.org_id, again.org_role, again.org_permissions) == (
            verified.org_id,
            verified.org_role,
            verified.org_permissions,
        )
    assert verified.raw == payload
    assert verified.org_permissions == ("org:dashboard:read",)


def clerk_backend_json(value: dict[str, Any]) -> bytes:
    import json

    return json.dumps(value).encode()
