"""Machine tokens in JWT form: M2M JWTs and OAuth access-token JWTs (@clerk/backend's verifyMachineJwt.ts).

Unlike opaque machine tokens, these are verified locally, with the keys that verify session
tokens (``jwt_key``, ``jwks``, or the secret key's JWKS), so no Backend API call is made. The
functions here hold the rules that differ from session tokens; they take a token's decoded
header and claims. Wiring them into ``authenticate_request`` needs the token-type recognition
of the session-token core, which must also check, for these tokens as for session tokens:

- ``alg`` RS256 and the signature, with the key the header's ``kid`` picks;
- ``sub`` a string; ``exp`` a number in the future, ``nbf`` and ``iat`` (when present) in the
  past, each with ``clock_skew_in_ms``; ``iss`` and ``azp`` are not checked;
- for M2M JWTs only, a configured ``audience`` against ``aud`` (the session-token rule: only
  when both are non-empty).

The reference's outcome for each failure: the category check gives ``token-invalid``; every
other failure (header type, signature, times, audience, no key) ``token-verification-failed``.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ._native import IdPOAuthAccessToken, M2MToken
from .errors import MachineTokenVerificationError

__all__ = [
    "M2M_TOKEN_CATEGORY",
    "OAUTH_ACCESS_TOKEN_TYPES",
    "check_machine_jwt_header",
    "check_oauth_audience",
    "m2m_token_from_claims",
    "machine_jwt_type",
    "oauth_token_from_claims",
]

M2M_SUBJECT_PREFIX = "mch_"
M2M_TOKEN_CATEGORY = "cl_B7d4PD333AAA"
#: RFC 9068's ``typ`` values for OAuth 2.0 access tokens in JWT form.
OAUTH_ACCESS_TOKEN_TYPES = ("at+jwt", "application/at+jwt")
#: Claims an M2M JWT always has, kept out of the model's ``claims`` (they have fields of their own).
_M2M_RESERVED_CLAIMS = frozenset({"iss", "sub", "exp", "nbf", "iat", "jti"})


MachineJwtType = Literal["m2m_token", "oauth_token"]


def machine_jwt_type(header: Mapping[str, Any], claims: Mapping[str, Any]) -> MachineJwtType | None:
    """``"m2m_token"`` when ``sub`` starts with ``mch_`` (looked at first), ``"oauth_token"`` when the
    header's ``typ`` is ``at+jwt`` or ``application/at+jwt``, else ``None`` (a session token or another JWT)."""
    sub = claims.get("sub")
    if isinstance(sub, str) and sub.startswith(M2M_SUBJECT_PREFIX):
        return "m2m_token"
    if header.get("typ") in OAUTH_ACCESS_TOKEN_TYPES:
        return "oauth_token"
    return None


def check_machine_jwt_header(kind: MachineJwtType, header: Mapping[str, Any]) -> None:
    """The header rules of each kind. Raises ``MachineTokenVerificationError``."""
    typ = header.get("typ")
    if kind == "m2m_token":
        # Refuses other JWT classes signed by the same instance key (session tokens, JWT templates).
        # An absent cat is still accepted: M2M JWTs minted before the category rollout have none.
        if "cat" in header and header["cat"] != M2M_TOKEN_CATEGORY:
            raise MachineTokenVerificationError("Invalid M2M JWT category.", "token-invalid")
        if "typ" in header and typ != "JWT":
            raise MachineTokenVerificationError(
                f'Invalid JWT type {typ!r}: an M2M token has typ "JWT" or none.', "token-verification-failed"
            )
    elif typ not in OAUTH_ACCESS_TOKEN_TYPES:
        raise MachineTokenVerificationError(
            f"Invalid JWT type {typ!r}: an OAuth access token has typ {' or '.join(OAUTH_ACCESS_TOKEN_TYPES)}.",
            "token-verification-failed",
        )


def check_oauth_audience(aud: object, audience: Iterable[str]) -> None:
    """At least one expected audience must be in the token's ``aud`` (a string or a list of
    strings, none empty). No expected audience (or only empty ones) checks nothing."""
    expected = [a for a in audience if a]
    if not expected:
        return
    token_audience = [aud] if isinstance(aud, str) else list(aud) if isinstance(aud, (list, tuple)) else None
    if not token_audience or not all(isinstance(a, str) and a for a in token_audience):
        raise MachineTokenVerificationError(
            f"Invalid OAuth audience claim (aud) {aud!r}: expected a non-empty string or a non-empty list "
            "of non-empty strings.",
            "token-verification-failed",
        )
    if not any(a in expected for a in token_audience):
        raise MachineTokenVerificationError(
            f"OAuth audience mismatch: expected one of {expected!r}, the token has {aud!r}.",
            "token-verification-failed",
        )


def _expired(claims: Mapping[str, Any], now: float | None, clock_skew_in_ms: float) -> bool:
    now_ms = (time.time() if now is None else now) * 1000
    return bool(claims["exp"] * 1000 <= now_ms - clock_skew_in_ms)


def _seconds_to_ms(value: float) -> int:
    return round(value * 1000)


def m2m_token_from_claims(
    claims: Mapping[str, Any], *, now: float | None = None, clock_skew_in_ms: float = 5000
) -> M2MToken:
    """The ``M2MToken`` of verified M2M JWT claims, as @clerk/backend builds it (``M2MToken.fromJwtPayload``):
    ``id`` from ``jti``; ``scopes`` from ``scopes`` (space-separated) or else ``aud``; ``claims``
    every claim but iss/sub/exp/nbf/iat/jti (``None`` when none is left); ``expiration``,
    ``created_at`` and ``updated_at`` in milliseconds from ``exp`` and ``iat``."""
    scopes_claim = claims.get("scopes")
    if isinstance(scopes_claim, str):
        scopes = scopes_claim.split(" ")
    else:
        aud = claims.get("aud")
        scopes = [aud] if isinstance(aud, str) else list(aud) if isinstance(aud, list) else []
    custom = {k: v for k, v in claims.items() if k not in _M2M_RESERVED_CLAIMS}
    issued = _seconds_to_ms(claims.get("iat", 0))
    return M2MToken.from_json(
        {
            "object": "machine_to_machine_token",
            "id": claims.get("jti") or "",
            "subject": claims["sub"],
            "scopes": scopes,
            "claims": custom or None,
            "revoked": False,
            "revocation_reason": None,
            "expired": _expired(claims, now, clock_skew_in_ms),
            "expiration": _seconds_to_ms(claims["exp"]),
            "created_at": issued,
            "updated_at": issued,
        }
    )


def _actor(value: object, nested: int) -> dict[str, Any] | None:
    # The reference keeps a string sub (required), a string iss and one nested act.
    if not isinstance(value, Mapping) or not isinstance(value.get("sub"), str):
        return None
    actor: dict[str, Any] = {"sub": value["sub"]}
    if isinstance(value.get("iss"), str):
        actor = {"iss": value["iss"], **actor}
    inner = _actor(value.get("act"), nested - 1) if nested > 0 else None
    if inner is not None:
        actor["act"] = inner
    return actor


def oauth_token_from_claims(
    claims: Mapping[str, Any],
    *,
    audience: Iterable[str] = (),
    now: float | None = None,
    clock_skew_in_ms: float = 5000,
) -> IdPOAuthAccessToken:
    """The ``IdPOAuthAccessToken`` of verified OAuth JWT claims (``IdPOAuthAccessToken.fromJwtPayload``),
    after the audience check: ``scopes`` from ``scp`` or else ``scope`` (space-separated),
    ``client_id``, ``aud`` as a list, ``act`` rebuilt. Raises ``MachineTokenVerificationError``."""
    check_oauth_audience(claims.get("aud"), audience)
    scp = claims.get("scp")
    scope = claims.get("scope")
    scopes = list(scp) if isinstance(scp, list) else scope.split(" ") if isinstance(scope, str) else []
    aud = claims.get("aud")
    issued = _seconds_to_ms(claims.get("iat", 0))
    data: dict[str, Any] = {
        "object": "clerk_idp_oauth_access_token",
        "id": claims.get("jti") or "",
        "client_id": claims.get("client_id") or "",
        "type": "oauth_token",
        "subject": claims["sub"],
        "scopes": scopes,
        "revoked": False,
        "revocation_reason": None,
        "expired": _expired(claims, now, clock_skew_in_ms),
        "expiration": _seconds_to_ms(claims["exp"]),
        "created_at": issued,
        "updated_at": issued,
        "act": _actor(claims.get("act"), 1),
    }
    if aud is not None:
        data["aud"] = [aud] if isinstance(aud, str) else list(aud) if isinstance(aud, list) else aud
    return IdPOAuthAccessToken.from_json(data)
