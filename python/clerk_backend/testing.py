"""Valid Clerk tokens for your own test suite, signed with a key pair made on the spot.

    from clerk_backend.testing import TokenFactory

    tokens = TokenFactory()  # a fresh RSA key pair; nothing is read from or sent to Clerk
    token = tokens.session_token("user_123", org_id="org_1", org_role="admin",
                                 org_permissions=["org:invoices:read"])
    state = clerk_backend.authenticate_request({"Authorization": f"Bearer {token}"},
                                               jwt_key=tokens.public_pem)

``tokens.public_pem``, ``tokens.jwt_key`` or ``tokens.jwks`` is what the code under test gets
instead of your instance's key (for example through ``CLERK_JWT_KEY``). The private key never
leaves the object, and no key ships with the package.

Signing needs the ``cryptography`` package (a test dependency: ``pip install cryptography``); it
is imported when the first ``TokenFactory`` is made.
"""

from __future__ import annotations

import base64
import json
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from ._native import JwtKey

__all__ = ["TokenFactory"]

#: The header ``cat`` Clerk stamps on session tokens and on M2M JWTs.
SESSION_TOKEN_CATEGORY = "cl_B7d4PD111AAA"
M2M_TOKEN_CATEGORY = "cl_B7d4PD333AAA"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _int_b64url(value: int) -> str:
    return _b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def _crypto() -> Any:
    try:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding, rsa
    except ImportError as exc:
        raise ImportError(
            "clerk_backend.testing signs tokens with the cryptography package, which is not installed: "
            "pip install cryptography (a test dependency; clerk_backend itself does not need it)"
        ) from exc
    return hashes, padding, rsa


def _scoped(entries: Iterable[str], name: str) -> list[str]:
    items = [entries] if isinstance(entries, str) else list(entries)
    for item in items:
        if not isinstance(item, str) or ":" not in item:
            raise ValueError(f"each of {name} must be a scoped str such as 'u:name' or 'o:name', not {item!r}")
    return items


class TokenFactory:
    """Mints RS256 tokens as Clerk would, for tests. Each factory has its own fresh key pair."""

    __test__ = False  # not a pytest test class, whatever name it is imported under

    def __init__(
        self,
        *,
        kid: str = "ins_test",
        issuer: str = "https://clerk.test.invalid",
        azp: str | None = "http://localhost:3000",
        key_size: int = 2048,
    ) -> None:
        _, _, rsa = _crypto()
        self.kid = kid
        self.issuer = issuer
        self.azp = azp
        self._private_key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
        from cryptography.hazmat.primitives import serialization

        public = self._private_key.public_key()
        numbers = public.public_numbers()
        self._jwk = {
            "kty": "RSA",
            "kid": kid,
            "use": "sig",
            "alg": "RS256",
            "n": _int_b64url(numbers.n),
            "e": _int_b64url(numbers.e),
        }
        #: The public key as PEM (SPKI), for ``jwt_key=`` or ``CLERK_JWT_KEY``.
        self.public_pem: str = public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        ).decode("ascii")
        #: The public key, parsed once.
        self.jwt_key: JwtKey = JwtKey.from_pem(self.public_pem)

    def __repr__(self) -> str:
        return f"TokenFactory(kid={self.kid!r}, issuer={self.issuer!r})"

    @property
    def jwks(self) -> dict[str, Any]:
        """The public key as a JWK set (``{"keys": [...]}``), as ``GET /v1/jwks`` answers."""
        return {"keys": [dict(self._jwk)]}

    # -----------------------------------------------------------------------------------------

    def sign(self, claims: Mapping[str, Any], *, header: Mapping[str, Any] | None = None) -> str:
        """Sign any claims (RS256, this factory's ``kid``). ``header`` adds to or replaces header members."""
        hashes, padding, _ = _crypto()
        full_header = {"alg": "RS256", "kid": self.kid, "typ": "JWT", **(header or {})}
        signing_input = (
            _b64url(json.dumps(full_header, separators=(",", ":")).encode())
            + "."
            + _b64url(json.dumps(dict(claims), separators=(",", ":")).encode())
        )
        signature = self._private_key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
        return f"{signing_input}.{_b64url(signature)}"

    def _times(self, now: float | None, expires_in: float) -> dict[str, int]:
        issued = int(time.time() if now is None else now)
        return {"iat": issued, "nbf": issued - 10, "exp": issued + int(expires_in)}

    def session_token(
        self,
        user_id: str = "user_test",
        *,
        session_id: str = "sess_test",
        version: Literal[1, 2] = 2,
        org_id: str | None = None,
        org_slug: str | None = None,
        org_role: str | None = None,
        org_permissions: Iterable[str] = (),
        features: Iterable[str] = (),
        plans: Iterable[str] = (),
        fva: Sequence[int] | None = None,
        sts: str | None = None,
        actor: Mapping[str, Any] | None = None,
        expires_in: float = 60,
        now: float | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> str:
        """A signed session token, as Clerk's Frontend API issues it.

        - ``version``: ``2`` (the compact ``o`` organization claim; the default) or ``1``
          (``org_id``, ``org_role``, ``org_slug``, ``org_permissions``);
        - ``org_id``, ``org_slug``, ``org_role`` (``"admin"`` or ``"org:admin"``),
          ``org_permissions`` (``"org:<feature>:<permission>"``; in v2 they are encoded as
          ``o.per`` / ``o.fpm`` and their features added to ``fea``);
        - ``features`` / ``plans``: scoped entries such as ``"u:chat"`` or ``"o:pro"``;
        - ``fva``: minutes since the first and second factor were verified, e.g. ``(0, -1)``;
        - ``sts``: the session status (``"active"`` by default in v2; ``"pending"``);
        - ``actor``: an impersonator (``{"sub": "user_admin"}``);
        - ``expires_in`` (seconds, default 60; negative gives an expired token), ``now``;
        - ``extra``: more claims, added last (they may replace any above).
        """
        if version not in (1, 2):
            raise ValueError(f"version must be 1 or 2, not {version!r}")
        claims: dict[str, Any] = {"sub": user_id, "sid": session_id, "iss": self.issuer, **self._times(now, expires_in)}
        if self.azp is not None:
            claims["azp"] = self.azp
        fea = _scoped(features, "features")
        pla = _scoped(plans, "plans")
        permissions = [org_permissions] if isinstance(org_permissions, str) else list(org_permissions)
        role = None if org_role is None else org_role if org_role.startswith("org:") else f"org:{org_role}"
        if (role is not None or permissions or org_slug is not None) and org_id is None:
            raise ValueError("org_role, org_slug and org_permissions need an org_id")
        if version == 1:
            if org_id is not None:
                claims.update(org_id=org_id, org_slug=org_slug, org_role=role, org_permissions=permissions)
        else:
            claims["v"] = 2
            claims["jti"] = secrets.token_hex(10)
            claims["sts"] = "active" if sts is None else sts
            if org_id is not None:
                claims["o"] = self._v2_organization(org_id, org_slug, role, permissions, fea)
        if version == 1 and sts is not None:
            claims["sts"] = sts
        if fea:
            claims["fea"] = ",".join(fea)
        if pla:
            claims["pla"] = ",".join(pla)
        if fva is not None:
            claims["fva"] = list(fva)
        if actor is not None:
            claims["act"] = dict(actor)
        claims = {k: v for k, v in claims.items() if v is not None}
        claims.update(extra or {})
        return self.sign(claims, header={"cat": SESSION_TOKEN_CATEGORY})

    @staticmethod
    def _v2_organization(
        org_id: str, org_slug: str | None, role: str | None, permissions: list[str], fea: list[str]
    ) -> dict[str, Any]:
        """The compact ``o`` claim; organization features that permissions need are added to ``fea``."""
        org: dict[str, Any] = {"id": org_id}
        if org_slug is not None:
            org["slg"] = org_slug
        if role is not None:
            org["rol"] = role[len("org:") :]
        granted: list[tuple[str, str]] = []
        for permission in permissions:
            parts = permission.split(":")
            if len(parts) != 3 or parts[0] != "org" or not parts[1] or not parts[2]:
                raise ValueError(
                    f"a v2 token's permissions must look like 'org:<feature>:<permission>', not {permission!r}"
                )
            granted.append((parts[1], parts[2]))
        if not granted:
            return org
        org_features = [e.split(":", 1)[1] for e in fea if e.split(":", 1)[0] in ("o", "ou", "uo")]
        for feature, _ in granted:
            if feature not in org_features:
                org_features.append(feature)
                fea.append(f"o:{feature}")
        names = list(dict.fromkeys(name for _, name in granted))
        masks = [0] * len(org_features)
        for feature, name in granted:
            masks[org_features.index(feature)] |= 1 << names.index(name)
        org["per"] = ",".join(names)
        org["fpm"] = ",".join(str(mask) for mask in masks)
        return org

    def m2m_token(
        self,
        machine_id: str = "mch_test",
        *,
        scopes: Iterable[str] = (),
        claims: Mapping[str, Any] | None = None,
        token_id: str | None = None,
        expires_in: float = 3600,
        now: float | None = None,
    ) -> str:
        """A machine-to-machine token in JWT form: ``sub`` is the machine, ``aud`` its scopes
        (the machines it may call), header ``cat`` the M2M category. ``claims`` are custom claims."""
        payload: dict[str, Any] = {
            "iss": self.issuer,
            "sub": machine_id,
            "jti": token_id or f"mt_{secrets.token_hex(16)}",
            **self._times(now, expires_in),
        }
        scope_list = [scopes] if isinstance(scopes, str) else list(scopes)
        if scope_list:
            payload["aud"] = scope_list
        payload.update(claims or {})
        return self.sign(payload, header={"cat": M2M_TOKEN_CATEGORY})

    def oauth_token(
        self,
        user_id: str = "user_test",
        *,
        client_id: str = "client_test",
        scopes: Iterable[str] = (),
        audience: str | Sequence[str] | None = None,
        token_id: str | None = None,
        expires_in: float = 3600,
        now: float | None = None,
    ) -> str:
        """An OAuth access token in JWT form (RFC 9068: header ``typ`` ``at+jwt``), issued by
        Clerk as identity provider to ``client_id`` for ``user_id``."""
        scope_list = [scopes] if isinstance(scopes, str) else list(scopes)
        payload: dict[str, Any] = {
            "iss": self.issuer,
            "sub": user_id,
            "client_id": client_id,
            "jti": token_id or f"oat_{secrets.token_hex(16)}",
            "scope": " ".join(scope_list),
            **self._times(now, expires_in),
        }
        if audience is not None:
            payload["aud"] = audience if isinstance(audience, str) else list(audience)
        return self.sign(payload, header={"typ": "at+jwt"})
