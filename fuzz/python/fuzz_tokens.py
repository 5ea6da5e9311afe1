"""Fuzz session tokens: ``verify_token``, ``decode_jwt`` and ``JwtKey.from_pem/from_jwk/from_jwks``.

The input is read with ``atheris.FuzzedDataProvider``; a mode byte chooses:

- a fuzzed token string, verified with the fixed test key of ``tests/fixtures/jwt/rsa2048`` and
  decoded with ``decode_jwt``;
- a token minted with ``cryptography`` from fuzzed header fields and claims (so it is validly
  signed and the claims checks and ``SessionClaims`` decoding are reached), then verified with
  fuzzed ``authorized_parties``/``audience``/``issuer``/clock skew, and sometimes altered;
- fuzzed key material for ``JwtKey.from_pem``, ``from_jwk`` and ``from_jwks``.

Anything but ``TokenVerificationError`` is a finding, as is a ``verify_token`` that returns
something other than ``SessionClaims`` or a validly signed, unaltered token over a plausible
header that fails for a reason the claims do not explain.

    .venv/bin/python fuzz/python/fuzz_tokens.py -timeout=5 CORPUS_DIR fuzz/python/seeds/tokens
"""

from __future__ import annotations

import contextlib
from typing import Any

import _common
import atheris
from _common import ALLOWED, JWT_KEY, TOKEN_NOW, clerk_backend

TokenVerificationError = clerk_backend.TokenVerificationError
JwtKey = clerk_backend.JwtKey


def check_decode(token: str) -> None:
    try:
        decoded = clerk_backend.decode_jwt(token)
    except TokenVerificationError:
        return
    except (UnicodeEncodeError, clerk_backend.ParseError) as exc:
        if _common.known_finding(exc):
            return
        raise
    assert isinstance(decoded.header, dict), "decode_jwt(...).header is not a dict"
    assert isinstance(decoded.payload, dict), "decode_jwt(...).payload is not a dict"
    repr(decoded)


def verify(token: str, **options: Any) -> Any:
    try:
        claims = clerk_backend.verify_token(token, jwt_key=JWT_KEY, **options)
    except TokenVerificationError as exc:
        assert isinstance(exc.reason, str)
        return exc
    except UnicodeEncodeError as exc:
        if _common.known_finding(exc):
            return exc
        raise
    except ALLOWED:
        raise AssertionError("verify_token raised an error other than TokenVerificationError") from None
    _common.check_claims(claims)
    return claims


def fuzz_key(fdp: atheris.FuzzedDataProvider, which: int) -> None:
    text = fdp.ConsumeUnicode(fdp.remaining_bytes())
    if which == 0:
        text = "-----BEGIN PUBLIC KEY-----\n" + text
    parse = (JwtKey.from_pem, JwtKey.from_pem, JwtKey.from_jwk, JwtKey.from_jwks)[which]
    try:
        key = parse(text)
    except TokenVerificationError:
        return
    except UnicodeEncodeError as exc:
        if _common.known_finding(exc):
            return
        raise
    assert isinstance(key, JwtKey)
    assert isinstance(key.kids, tuple)
    len(key)
    with contextlib.suppress(TokenVerificationError):
        clerk_backend.verify_token(_common.mint_token({"alg": "RS256", "typ": "JWT"}, {"sub": "u"}), jwt_key=key)


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 255)
    now = TOKEN_NOW + fdp.ConsumeIntInRange(-100, 100)
    if mode % 8 in (0, 1, 2, 3):  # a fuzzed token
        token = fdp.ConsumeUnicode(fdp.remaining_bytes()) if mode & 8 else fdp.ConsumeString(fdp.remaining_bytes())
        check_decode(token)
        verify(token, now=now)
        return
    if mode % 8 == 4:  # key material
        fuzz_key(fdp, fdp.ConsumeIntInRange(0, 3))
        return
    # A validly signed token from fuzzed claims.
    header: dict[str, Any] = {"alg": "RS256", "typ": "JWT", "kid": "ins_test"}
    plausible_header = True
    if mode & 8:
        header[fdp.PickValueInList(["alg", "typ", "kid", "crit", "cat", "x5c"])] = _common.fuzzed_json(fdp)
        plausible_header = False
    claims = _common.fuzzed_claims(fdp)
    token = _common.mint_token(header, claims)
    options: dict[str, Any] = {"now": now}
    if mode & 16:
        options["authorized_parties"] = [fdp.ConsumeUnicodeNoSurrogates(12) for _ in range(fdp.ConsumeIntInRange(0, 2))]
    if mode & 32:
        options["audience"] = fdp.ConsumeUnicodeNoSurrogates(12)
    if mode & 64:
        options["issuer"] = [fdp.ConsumeUnicodeNoSurrogates(12)]
    if mode & 128:
        options["clock_skew_in_ms"] = fdp.ConsumeIntInRange(0, 1 << 40)
    altered = False
    if fdp.ConsumeIntInRange(0, 3) == 0 and token:  # change one character of the token
        position = fdp.ConsumeIntInRange(0, len(token) - 1)
        token = token[:position] + fdp.ConsumeUnicode(1) + token[position + 1 :]
        altered = True
    check_decode(token)
    result = verify(token, **options)
    if isinstance(result, TokenVerificationError) and plausible_header and not altered:
        assert result.reason != "token-invalid-signature", "a validly signed token failed the signature check"


if __name__ == "__main__":
    _common.run(test_one_input)
