"""Fuzz ``authenticate_request(headers, cookies=..., jwt_key=...)``.

The input is read with ``atheris.FuzzedDataProvider``: fuzzed header names and values (as a
``dict`` or a list of ``(name, value)`` pairs, ``str`` or ``bytes``), an ``Authorization`` header
and a ``Cookie`` header or a ``cookies`` mapping, each carrying a fuzzed token or one minted with
``cryptography`` from fuzzed claims. ``authenticate_request`` is documented never to raise for a
bad or missing token, so any exception is a finding, as is a result that is not a signed-in or
signed-out ``RequestState`` with the fields its status promises.

    .venv/bin/python fuzz/python/fuzz_authenticate.py -timeout=5 CORPUS_DIR fuzz/python/seeds/authenticate
"""

from __future__ import annotations

from typing import Any

import _common
import atheris
from _common import JWT_KEY, TOKEN_NOW, clerk_backend

NAMES = ("authorization", "Authorization", "AUTHORIZATION", "cookie", "Cookie", "x-forwarded-host", "origin")
PREFIXES = ("Bearer ", "bearer ", "Basic ", "", " Bearer  ", "Bearer")


def text(fdp: atheris.FuzzedDataProvider, limit: int = 60) -> str:
    return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, limit)) if fdp.ConsumeBool() else fdp.ConsumeString(limit)


def token(fdp: atheris.FuzzedDataProvider) -> str:
    if fdp.ConsumeIntInRange(0, 2) == 0:
        return text(fdp, 200)
    return _common.mint_token({"alg": "RS256", "typ": "JWT"}, _common.fuzzed_claims(fdp))


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 255)
    pairs: list[tuple[Any, Any]] = []
    for _ in range(fdp.ConsumeIntInRange(0, 4)):
        name = fdp.PickValueInList(list(NAMES)) if fdp.ConsumeBool() else text(fdp, 20)
        pairs.append((name, text(fdp)))
    if mode & 1:
        pairs.append(("authorization", fdp.PickValueInList(list(PREFIXES)) + token(fdp)))
    cookies: Any = None
    if mode & 2:
        cookie = f"{text(fdp, 20)}=; __session={token(fdp)}; {text(fdp, 40)}"
        pairs.append(("cookie", cookie))
    if mode & 4:
        cookies = {"__session": token(fdp), text(fdp, 10): text(fdp, 10)}
    if mode & 8:
        pairs = [
            (name.encode("latin-1", "replace"), value.encode("latin-1", "replace"))
            if isinstance(name, str)
            else (name, value)
            for name, value in pairs
        ]
    headers: Any = pairs if mode & 16 else dict(pairs)
    options: dict[str, Any] = {"now": TOKEN_NOW + fdp.ConsumeIntInRange(-100, 100)}
    if mode & 32:
        options["authorized_parties"] = [text(fdp, 20)]
    if mode & 64:
        options["accept_pending"] = True
    try:
        state = clerk_backend.authenticate_request(headers, cookies=cookies, jwt_key=JWT_KEY, **options)
    except UnicodeEncodeError as exc:
        if _common.known_finding(exc):
            return
        raise
    except TypeError:
        # Documented: an option string that is not valid Unicode is a bad argument.
        parties = options.get("authorized_parties", [])
        if any(not _encodable(p) for p in parties):
            return
        raise
    assert isinstance(state, clerk_backend.RequestState), f"returned {type(state).__name__}"
    repr(state)
    if state.status == "signed-in":
        _common.check_claims(state.claims)
        assert state.token and state.token_carrier in ("header", "cookie"), "signed in without a token"
    else:
        assert state.status == "signed-out", f"status is {state.status!r}"
        assert isinstance(state.reason, str), "signed out without a reason"
        if state.claims is not None:
            _common.check_claims(state.claims)


if __name__ == "__main__":
    _common.run(test_one_input)
