"""``accepts_token``: which verification a token gets, or why it is refused before any.

@clerk/backend's ``authenticateRequest`` routing (tokens/request.ts), as a pure function for
``authenticate_request`` to use once tokens are recognized by kind (issue 14). It decides before
anything is verified, so a token of a kind the caller does not accept never costs a Backend API
call, and only a session token may ever produce a signed-in session.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, NamedTuple, Union

from .auth import TokenType

__all__ = ["AcceptsToken", "Route", "TokenKind", "accepted_types", "route"]

#: ``"session_token"``, ``"api_key"``, ``"m2m_token"``, ``"oauth_token"``, a list of them, or ``"any"``.
AcceptsToken = Union[TokenType, Literal["any"], Iterable[TokenType]]
#: What a token was recognized as, before verification: one of the token types, or
#: ``"other_jwt"`` for a JWT whose header ``cat`` names another class signed by the instance key
#: (a JWT-template token). A token that is neither a machine token nor such a JWT is a
#: ``"session_token"`` candidate, whatever it looks like: session verification judges it.
TokenKind = Literal["session_token", "api_key", "m2m_token", "oauth_token", "other_jwt"]

_TYPES: tuple[TokenType, ...] = ("session_token", "api_key", "m2m_token", "oauth_token")


class Route(NamedTuple):
    """``verify`` is ``"session"`` or ``"machine"`` (then the result has ``token_type``), or ``None``:
    refused as ``token-type-mismatch`` with ``token_type`` (``None`` when a list did not accept it)."""

    verify: Literal["session", "machine"] | None
    token_type: TokenType | None


def accepted_types(accepts_token: object) -> frozenset[TokenType] | None:
    """The accepted token types, ``None`` for ``"any"``. Raises ``TypeError``/``ValueError`` for anything else."""
    if accepts_token == "any":
        return None
    if isinstance(accepts_token, str):
        if accepts_token not in _TYPES:
            raise ValueError(
                f"accepts_token must be one of {', '.join(_TYPES)}, a list of them or 'any', not {accepts_token!r}"
            )
        return frozenset(kind for kind in _TYPES if kind == accepts_token)
    try:
        items = list(accepts_token)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(f"accepts_token must be a str or a list of str, not {type(accepts_token).__name__}") from None
    for item in items:
        if item not in _TYPES:
            raise ValueError(f"accepts_token's entries must be among {', '.join(_TYPES)}, not {item!r}")
    return frozenset(items)


def route(kind: TokenKind, accepts_token: object, *, jwt: bool) -> Route:
    """Where a token of ``kind`` goes under ``accepts_token``; ``jwt``: whether the token is in JWT
    form (machine tokens come in both forms; it changes only what a session-only caller answers)."""
    accepted = accepted_types(accepts_token)
    machine = kind in ("api_key", "m2m_token", "oauth_token")
    single = isinstance(accepts_token, str) and accepts_token != "any"
    if accepted is None or not single:  # "any", or a list
        parsed: TokenType = kind if kind != "other_jwt" else "session_token"
        if accepted is not None and parsed not in accepted:
            return Route(None, None)  # a list that does not hold the token's type
        if machine:
            return Route("machine", parsed)
        if kind == "other_jwt":
            return Route(None, "session_token")
        return Route("session", "session_token")
    (only,) = accepted
    if only == "session_token":
        # A machine JWT or a JWT of another class is never tried as a session; an opaque machine
        # token is (and fails as an invalid session token, as in the reference).
        if kind == "other_jwt" or (machine and jwt):
            return Route(None, "session_token")
        return Route("session", "session_token")
    if not machine or kind != only:
        return Route(None, only)
    return Route("machine", only)
