"""accepts_token routing against the reference's own answers (fixtures/authorization/accepts_token_reference.json,
recorded from @clerk/backend 3.25.0's authenticateRequest for every token kind x acceptsToken value)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from clerk_backend._accepts import TokenKind, accepted_types, route

REFERENCE = json.loads(
    (Path(__file__).parent / "fixtures" / "authorization" / "accepts_token_reference.json").read_text("utf-8")
)
# What each recorded token is recognized as, and whether it is a JWT.
KINDS: dict[str, tuple[TokenKind, bool]] = {
    "session": ("session_token", True),
    "session_v1_nocat": ("session_token", True),
    "jwt_template": ("other_jwt", True),
    "m2m_jwt": ("m2m_token", True),
    "m2m_jwt_nocat": ("m2m_token", True),
    "oauth_jwt": ("oauth_token", True),
    "api_key": ("api_key", False),
    "m2m_opaque": ("m2m_token", False),
    "oauth_opaque": ("oauth_token", False),
    "garbage": ("session_token", False),
}
ROWS = [
    (name, accepts, answer)
    for name, answers in REFERENCE["answers"].items()
    if name in KINDS
    for accepts, answer in answers.items()
]


def _accepts(key: str) -> Any:
    return key.split(",") if "," in key else key


def test_every_recorded_kind_is_replayed() -> None:
    assert set(REFERENCE["answers"]) == {*KINDS, "missing"}
    assert len(ROWS) == len(KINDS) * 6


@pytest.mark.parametrize(("name", "accepts", "answer"), ROWS, ids=[f"{n}-{a}" for n, a, _ in ROWS])
def test_route_matches_the_reference(name: str, accepts: str, answer: dict[str, Any]) -> None:
    kind, jwt = KINDS[name]
    decided = route(kind, _accepts(accepts), jwt=jwt)
    if answer["reason"] == "token-type-mismatch":
        assert decided.verify is None and decided.token_type == answer["token_type"]
        assert answer["backend_api_calls"] == []
    elif answer["status"] == "signed-in":
        assert decided.verify == ("session" if answer["token_type"] == "session_token" else "machine")
        assert decided.token_type == answer["token_type"]
        # An opaque machine token is the only kind that costs a Backend API call.
        assert bool(answer["backend_api_calls"]) == (decided.verify == "machine" and not jwt)
    else:  # refused by session verification (token-invalid): it was tried as a session
        assert answer["reason"] == "token-invalid"
        assert decided == ("session", "session_token")


def test_only_session_tokens_are_verified_as_sessions() -> None:
    for name, (kind, jwt) in KINDS.items():
        for accepts in ("session_token", "api_key", "m2m_token", "oauth_token", ["api_key", "session_token"], "any"):
            decided = route(kind, accepts, jwt=jwt)
            if decided.verify == "session":
                assert kind in ("session_token",) or (kind != "other_jwt" and not jwt), (name, accepts)


def test_accepts_token_values() -> None:
    assert accepted_types("any") is None
    assert accepted_types("api_key") == {"api_key"}
    assert accepted_types(["api_key", "m2m_token"]) == {"api_key", "m2m_token"}
    assert accepted_types(("session_token",)) == {"session_token"}
    with pytest.raises(ValueError, match="accepts_token must be one of"):
        accepted_types("session")
    with pytest.raises(ValueError, match="entries must be among"):
        accepted_types(["api_key", "any"])
    with pytest.raises(TypeError, match="not int"):
        accepted_types(5)
