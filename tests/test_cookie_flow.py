"""The cookie flow (authenticate_request with a publishable key) against @clerk/backend 3.25.0.

Each row of ``fixtures/cookie_flow_rows.json`` is a crafted request (cookies, headers, URL,
method, instance options, what the Backend API answers) and ``ref``: the verdict that
@clerk/backend's ``authenticateRequest`` gave for it, run under node outside the project
(tokens minted there and here with the same relative times, so the verdicts compare). The
verdict is the status, the reason, the user, and the key facts of the response headers (the
handshake URL and its query, the Set-Cookie directives, Cache-Control, the CORS pair);
tokens and timestamps are masked, and the reference's ``x-clerk-auth-*`` debug headers,
which we do not send, are left out.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from clerk_backend import (
    authenticate_request,
    authenticate_request_async,
)
from clerk_backend._cookie_flow import parse_publishable_key
from clerk_backend.testing import TokenFactory
from tests.mock_clerk_api import MockClerkAPI

ROWS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "fixtures" / "cookie_flow_rows.json").read_text(encoding="utf-8")
)


def _pk(prefix: str, host: str) -> str:
    return prefix + base64.b64encode(f"{host}$".encode()).decode().rstrip("=")


PKS = {"live": _pk("pk_live_", "clerk.example.com"), "test": _pk("pk_test_", "foo-bar-13.clerk.accounts.dev")}
FAPI = {"live": "clerk.example.com", "test": "foo-bar-13.clerk.accounts.dev"}

_JWT = re.compile(r"eyJ[\w-]*\.[\w-]*\.[\w-]*")
_TS = re.compile(r"\b\d{10}\b")


def _mask(text: str) -> str:
    return _TS.sub("<ts>", _JWT.sub("<jwt>", text))


def facts(
    status: str, reason: str | None, headers: list[tuple[str, str]] | list[list[str]], user_id: str | None
) -> dict[str, Any]:
    """The comparable facts of a verdict (the same function built the ``ref`` entries)."""
    location = None
    set_cookie: list[str] = []
    cache_control = None
    cors = []
    for name, value in headers:
        name = name.lower()
        if name == "location":
            parts = urlsplit(value)
            location = {
                "url": f"{parts.scheme}://{parts.netloc}{parts.path}",
                "query": [[k, _mask(v)] for k, v in parse_qsl(parts.query, keep_blank_values=True)],
            }
        elif name == "set-cookie":
            set_cookie.append(_mask(value))
        elif name == "cache-control":
            cache_control = value
        elif name.startswith("access-control-"):
            cors.append(f"{name}: {value}")
    return {
        "status": status,
        "reason": reason,
        "user_id": user_id,
        "location": location,
        "set_cookie": set_cookie,
        "cache_control": cache_control,
        "cors": sorted(cors),
    }


class Minter:
    """Builds a row's cookie and query values as the node harness does."""

    def __init__(self, main: TokenFactory, other: TokenFactory) -> None:
        self.main, self.other = main, other

    def jwt(self, spec: dict[str, Any], pk: str, payload: dict[str, Any] | None = None) -> str:
        now = int(time.time())
        header = {"cat": spec["cat"]} if "cat" in spec else {}
        if payload is None:
            iat = spec.get("iat", -10)
            payload = {
                "iss": spec.get("iss", f"https://{FAPI[pk]}"),
                "sub": spec.get("sub", "user_1"),
                "sid": spec.get("sid", "sess_1"),
                "iat": now + iat,
                "nbf": now + spec.get("nbf", iat),
                "exp": now + spec.get("exp", 50),
                "v": 2,
            }
        factory = self.other if spec.get("key") == "other" else self.main
        return factory.sign(payload, header=header)

    def value(self, spec: Any, pk: str, sfx: str) -> str:
        if isinstance(spec, str):
            return spec
        if "jwt" in spec:
            return self.jwt(spec["jwt"], pk)
        if "uat" in spec:
            return str(int(time.time()) + spec["uat"])
        directives = [
            f"{name.replace('{sfx}', sfx)}={self.value(v, pk, sfx)}; Path=/; SameSite=Lax" for name, v in spec["hs"]
        ]
        return self.jwt({k: spec[k] for k in ("key", "cat") if k in spec}, pk, {"handshake": directives})


@pytest.fixture(scope="module")
def minter() -> Minter:
    return Minter(TokenFactory(kid="ins_test"), TokenFactory(kid="ins_test"))


def _request(row: dict[str, Any], minter: Minter, api: MockClerkAPI) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    pk = PKS[row["pk"]]
    sfx = parse_publishable_key(pk).cookie_suffix
    url = row["url"]
    for i, spec in enumerate(row.get("query", [])):
        url = url.replace(f"{{q{i}}}", quote(minter.value(spec, row["pk"], sfx), safe=""))
    headers = list(row["headers"].items())
    cookie = "; ".join(
        f"{name.replace('{sfx}', sfx)}={minter.value(v, row['pk'], sfx)}" for name, v in row["cookies"].items()
    )
    if cookie:
        headers.append(("cookie", cookie))
    if "authorization" in row:
        headers.append(("authorization", "Bearer " + minter.value(row["authorization"], row["pk"], sfx)))
    bapi = row.get("bapi", {})
    if bapi.get("refresh") == "ok":
        cookies = [
            f"__session={minter.jwt({'sub': 'user_refreshed'}, row['pk'])}; Path=/; SameSite=Lax",
            f"__client_uat={int(time.time())}; Path=/; SameSite=Lax",
        ]
        api.enqueue("POST", "/v1/sessions/sess_1/refresh", json={"object": "cookies", "cookies": cookies})
    elif bapi.get("refresh") == "error":
        body = {"errors": [{"code": "unexpected_error", "message": "boom"}]}
        api.enqueue("POST", "/v1/sessions/sess_1/refresh", status=500, json=body)
    if bapi.get("nonce") == "ok":
        directives = [
            f"__session={minter.jwt({'sub': 'user_nonce'}, row['pk'])}; Path=/; SameSite=Lax",
            f"__client_uat={int(time.time())}; Path=/; SameSite=Lax",
        ]
        api.enqueue("GET", "/v1/clients/handshake_payload", json={"directives": directives})
    options = dict(row.get("options", {}))
    kwargs = {
        "publishable_key": pk,
        "url": url,
        "method": row["method"],
        "jwt_key": minter.main.public_pem,
        "secret_key": "sk_test_x",
        "api_url": api.url,
        **options,
    }
    return headers, kwargs


def _verdict(state: Any) -> dict[str, Any]:
    return facts(state.status, state.reason, list(state.headers), state.user_id)


@pytest.mark.parametrize("row", ROWS, ids=[row["name"] for row in ROWS])
def test_row_matches_reference(row: dict[str, Any], minter: Minter, api: MockClerkAPI) -> None:
    headers, kwargs = _request(row, minter, api)
    assert _verdict(authenticate_request(headers, **kwargs)) == row["ref"]


@pytest.mark.parametrize("row", ROWS, ids=[row["name"] for row in ROWS])
def test_row_matches_reference_async(row: dict[str, Any], minter: Minter, api: MockClerkAPI) -> None:
    headers, kwargs = _request(row, minter, api)
    assert _verdict(asyncio.run(authenticate_request_async(headers, **kwargs))) == row["ref"]
