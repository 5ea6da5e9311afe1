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
    ClerkConfigurationError,
    PublishableKey,
    authenticate_request,
    authenticate_request_async,
    clear_jwks_cache,
    parse_publishable_key,
)
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


HANDSHAKE_ROWS = [row for row in ROWS if row["name"] in ("handshake-cookie", "handshake-query", "handshake-wrong-key")]


@pytest.mark.parametrize("row", HANDSHAKE_ROWS, ids=[row["name"] for row in HANDSHAKE_ROWS])
def test_a_handshake_token_is_verified_with_the_jwks_of_the_secret_key(
    row: dict[str, Any], minter: Minter, api: MockClerkAPI
) -> None:
    # Without a JWT key, the handshake token's key comes from GET /v1/jwks, chosen by the token's kid.
    clear_jwks_cache()
    headers, kwargs = _request(row, minter, api)
    del kwargs["jwt_key"]
    api.enqueue("GET", "/v1/jwks", json=minter.main.jwks)
    assert _verdict(authenticate_request(headers, **kwargs)) == row["ref"]
    assert any(r.path == "/v1/jwks" for r in api.requests)


# --- the publishable key ---------------------------------------------------------------------------------------------


def test_publishable_key_is_parsed_as_the_reference_parses_it() -> None:
    live = parse_publishable_key(PKS["live"])
    assert live == PublishableKey(PKS["live"], "production", "clerk.example.com", "naoXFJnI")
    test = parse_publishable_key(PKS["test"])
    # The suffixes are the reference's getCookieSuffix for the same keys.
    assert (test.instance_type, test.frontend_api, test.cookie_suffix) == (
        "development",
        "foo-bar-13.clerk.accounts.dev",
        "nx2hSE6I",
    )
    assert parse_publishable_key(PKS["live"]) is live  # parsed once


@pytest.mark.parametrize(
    "key",
    [
        "",
        "pk_live_",
        "pk_test_abc",
        "sk_live_Y2xlcmsuZXhhbXBsZS5jb20k",
        "pk_live_Y2xlcmsuZXhhbXBsZS5jb20=",  # no '$'
        "pk_live_bm9kb3Qk",  # "nodot$"
        "pk_live_YS5iJGMk",  # "a.b$c$"
        "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k==",  # padding past a multiple of four: atob refuses it
        "pk_live_x_Y2xlcmsuZXhhbXBsZS5jb20k",
    ],
)
def test_a_malformed_publishable_key_is_a_configuration_error(key: str) -> None:
    # Each is refused by the reference's parsePublishableKey too.
    with pytest.raises(ClerkConfigurationError, match="publishable key"):
        parse_publishable_key(key)
    with pytest.raises(ClerkConfigurationError):
        authenticate_request({}, publishable_key=key)


def test_the_environment_publishable_key_turns_the_flow_on(monkeypatch: pytest.MonkeyPatch, minter: Minter) -> None:
    token = minter.jwt({}, "live")
    headers = {"Cookie": f"__session={token}; __client_uat=0", "Sec-Fetch-Dest": "document"}
    kwargs: dict[str, Any] = {"jwt_key": minter.main.public_pem, "url": "https://example.com/", "method": "GET"}
    monkeypatch.delenv("CLERK_PUBLISHABLE_KEY", raising=False)
    assert authenticate_request(headers, **kwargs).status == "signed-in"
    monkeypatch.setenv("CLERK_PUBLISHABLE_KEY", PKS["live"])
    state = authenticate_request(headers, **kwargs)
    assert (state.status, state.reason) == ("handshake", "session-token-but-no-client-uat")
    monkeypatch.setenv("CLERK_PUBLISHABLE_KEY", "pk_live_nope")
    with pytest.raises(ClerkConfigurationError):
        authenticate_request(headers, **kwargs)


# --- without a publishable key: today's behaviour --------------------------------------------------------------------


def test_without_a_publishable_key_the_cookie_is_verified_alone(
    monkeypatch: pytest.MonkeyPatch, minter: Minter
) -> None:
    monkeypatch.delenv("CLERK_PUBLISHABLE_KEY", raising=False)
    sfx = parse_publishable_key(PKS["live"]).cookie_suffix
    token = minter.jwt({"iat": -60}, "live")
    now = int(time.time())
    pem = minter.main.public_pem
    for cookie in (f"__session={token}; __client_uat=0", f"__session={token}; __client_uat={now}"):
        state = authenticate_request({"Cookie": cookie, "Sec-Fetch-Dest": "document"}, jwt_key=pem)
        assert (state.status, state.headers) == ("signed-in", ())
    state = authenticate_request({"Cookie": f"__session_{sfx}={token}"}, jwt_key=pem)
    assert (state.status, state.reason) == ("signed-out", "session-token-missing")
    expired = minter.jwt({"iat": -120, "exp": -60}, "live")
    state = authenticate_request({"Cookie": f"__session={expired}; __refresh_{sfx}=rt"}, jwt_key=pem)
    assert (state.status, state.reason, state.headers) == ("signed-out", "token-expired", ())


# --- what the flow sends and answers ---------------------------------------------------------------------------------


def _expired_with_refresh(minter: Minter) -> dict[str, str]:
    sfx = parse_publishable_key(PKS["live"]).cookie_suffix
    expired = minter.jwt({"iat": -120, "exp": -60}, "live")
    uat = int(time.time()) - 200
    return {"Cookie": f"__session={expired}; __client_uat={uat}; __refresh_{sfx}=rt_secret", "Accept": "text/html"}


def test_the_refresh_request_is_the_references(minter: Minter, api: MockClerkAPI) -> None:
    fresh = minter.jwt({"sub": "user_refreshed"}, "live")
    cookies = [f"__session={fresh}; Path=/", "__client_uat=1; Path=/"]
    api.enqueue("POST", "/v1/sessions/sess_1/refresh", json={"object": "cookies", "cookies": cookies})
    headers = _expired_with_refresh(minter)
    state = authenticate_request(
        headers,
        publishable_key=PKS["live"],
        url="https://example.com/a?b=1",
        method="get",
        jwt_key=minter.main.public_pem,
        secret_key="sk_test_x",
        api_url=api.url,
    )
    assert (state.status, state.user_id, state.token) == ("signed-in", "user_refreshed", fresh)
    assert state.headers == tuple(("Set-Cookie", c) for c in cookies)
    sent = api.last
    assert (sent.method, sent.path, sent.query) == (
        "POST",
        "/v1/sessions/sess_1/refresh",
        {"suffixed_cookies": ["false"]},
    )
    assert sent.headers["authorization"] == "Bearer sk_test_x"
    body = json.loads(sent.body)
    assert body["format"] == "cookie"
    assert body["refresh_token"] == "rt_secret"
    assert body["expired_token"] == headers["Cookie"].split(";")[0].split("=", 1)[1]
    assert body["request_origin"] == "https://example.com"
    assert body["request_headers"]["accept"] == ["text/html"]


def test_a_refresh_without_a_secret_key_falls_back_to_the_handshake(
    monkeypatch: pytest.MonkeyPatch, minter: Minter
) -> None:
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)
    state = authenticate_request(
        _expired_with_refresh(minter),
        publishable_key=PKS["live"],
        url="https://example.com/",
        method="GET",
        jwt_key=minter.main.public_pem,
    )
    assert (state.status, state.reason) == ("handshake", "session-token-expired-refresh-missing-api-client")


def test_the_nonce_is_exchanged_with_the_secret_key(minter: Minter, api: MockClerkAPI) -> None:
    session = minter.jwt({"sub": "user_nonce"}, "live")
    api.enqueue("GET", "/v1/clients/handshake_payload", json={"directives": [f"__session={session}; Path=/"]})
    state = authenticate_request(
        {"Cookie": "__clerk_handshake_nonce=n%201"},
        publishable_key=PKS["live"],
        url="https://example.com/",
        method="GET",
        jwt_key=minter.main.public_pem,
        secret_key="sk_test_x",
        api_url=api.url,
    )
    assert (state.status, state.user_id) == ("signed-in", "user_nonce")
    assert (api.last.path, api.last.query) == ("/v1/clients/handshake_payload", {"nonce": ["n 1"]})
    assert api.last.headers["authorization"] == "Bearer sk_test_x"


def test_a_failed_nonce_exchange_signs_out_without_raising(minter: Minter, api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/clients/handshake_payload", status=500)
    state = authenticate_request(
        {"Cookie": "__clerk_handshake_nonce=n1"},
        publishable_key=PKS["live"],
        url="https://example.com/",
        method="GET",
        jwt_key=minter.main.public_pem,
        secret_key="sk_test_x",
        api_url=api.url,
    )
    assert (state.status, state.reason) == ("signed-out", "session-token-missing")


def test_without_url_or_method_nothing_is_redirected(minter: Minter) -> None:
    token = minter.jwt({}, "live")
    headers = {"Cookie": f"__session={token}", "Sec-Fetch-Dest": "document"}
    for extra in ({"method": "GET"}, {"url": "https://example.com/"}, {}):
        state = authenticate_request(headers, publishable_key=PKS["live"], jwt_key=minter.main.public_pem, **extra)
        assert (state.status, state.reason, state.headers) == ("signed-out", "session-token-but-no-client-uat", ())


def test_a_bad_handshake_token_in_development_signs_out(minter: Minter) -> None:
    # The reference throws here (a development instance stops the flow, to avoid a loop); we never raise.
    handshake = minter.jwt({"key": "other"}, "test", {"handshake": []})
    state = authenticate_request(
        {"Cookie": "__clerk_db_jwt=dvb"},
        publishable_key=PKS["test"],
        url=f"http://localhost:3000/?__clerk_handshake={handshake}",
        method="GET",
        jwt_key=minter.main.public_pem,
    )
    assert (state.status, state.reason) == ("signed-out", "token-invalid-signature")
    assert "switched Clerk keys" in (state.message or "")


@pytest.mark.parametrize(
    ("options", "match"),
    [
        ({"domain": "sat.dev"}, "sign_in_url"),  # a development satellite needs it
        ({"sign_in_url": "http://localhost:3000/sign-in"}, "domain or proxy_url"),
        ({"domain": "sat.dev", "sign_in_url": "/sign-in"}, "absolute URL"),
        ({"domain": "sat.dev", "sign_in_url": "http://localhost:4000/sign-in"}, "another origin"),
    ],
)
def test_satellite_options_are_checked(options: dict[str, Any], match: str) -> None:
    with pytest.raises(ClerkConfigurationError, match=match):
        authenticate_request(
            {}, publishable_key=PKS["test"], url="http://localhost:4000/", method="GET", is_satellite=True, **options
        )


def test_a_handshake_state_hides_its_credentials(minter: Minter) -> None:
    token = minter.jwt({}, "live")
    state = authenticate_request(
        {"Cookie": f"__session={token}", "Sec-Fetch-Dest": "document"},
        publishable_key=PKS["live"],
        url="https://example.com/",
        method="GET",
        jwt_key=minter.main.public_pem,
    )
    assert state.status == "handshake"
    assert token in dict(state.headers)["Location"]  # the Frontend API needs it
    assert token not in repr(state)
    assert state.to_auth().is_signed_in is False
    assert state.user_id is None


def test_every_reason_of_the_rows_is_typed() -> None:
    from typing import get_args

    from clerk_backend import RequestStateReason

    typed = {value for alias in get_args(RequestStateReason) for value in get_args(alias)}
    seen = {row["ref"]["reason"] for row in ROWS} - {None}
    assert seen <= typed, seen - typed
    assert "session-token-iat-before-client-uat" in seen


def test_the_async_flow_leaves_the_event_loop_only_for_the_network(
    monkeypatch: pytest.MonkeyPatch, minter: Minter, api: MockClerkAPI
) -> None:
    threaded: list[object] = []
    real = asyncio.to_thread

    async def spy(func: Any, /, *args: Any, **kwargs: Any) -> Any:
        threaded.append(func)
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(asyncio, "to_thread", spy)
    rows = {row["name"]: row for row in ROWS}
    for name, network in (("iat-after-uat", False), ("handshake-cookie", False), ("handshake-nonce-query", True)):
        api.reset()
        headers, kwargs = _request(rows[name], minter, api)
        threaded.clear()
        state = asyncio.run(authenticate_request_async(headers, **kwargs))
        assert state.status == rows[name]["ref"]["status"]
        assert bool(threaded) is network, name
    # With a secret key only, the session token's key may have to be fetched: a worker thread.
    headers, kwargs = _request(rows["iat-after-uat"], minter, api)
    del kwargs["jwt_key"]
    api.enqueue("GET", "/v1/jwks", json=minter.main.jwks)
    threaded.clear()
    state = asyncio.run(authenticate_request_async(headers, skip_jwks_cache=True, **kwargs))
    assert (state.status, bool(threaded)) == ("signed-in", True)


# --- the handshake round trip, with a fake Frontend API on loopback --------------------------------------------------


class FakeFrontendAPI:
    """Answers GET /v1/client/handshake as Clerk's Frontend API does in the nonce format: a
    redirect back to ``redirect_url`` with ``__clerk_handshake_nonce``."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.requests: list[dict[str, list[str]]] = []
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                from urllib.parse import parse_qs, urlencode

                parts = urlsplit(self.path)
                query = parse_qs(parts.query, keep_blank_values=True)
                fake.requests.append(query)
                if parts.path != "/v1/client/handshake" or query.get("format") != ["nonce"]:
                    self.send_response(400)
                    self.end_headers()
                    return
                back = query["redirect_url"][0]
                sep = "&" if "?" in back else "?"
                self.send_response(307)
                self.send_header("Location", f"{back}{sep}{urlencode({'__clerk_handshake_nonce': 'nonce_rt'})}")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def follow_redirect(location: str) -> tuple[int, str]:
    """One GET without following redirects: the status and the Location."""
    import urllib.error
    import urllib.request

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(location, timeout=5) as response:
            return response.status, response.headers.get("Location", "")
    except urllib.error.HTTPError as exc:
        exc.close()
        return exc.code, exc.headers.get("Location", "")


def test_handshake_round_trip_through_the_frontend_api(minter: Minter, api: MockClerkAPI) -> None:
    fapi = FakeFrontendAPI()
    try:
        options: dict[str, Any] = {
            "publishable_key": PKS["live"],
            "proxy_url": fapi.url,  # the Frontend API, here on loopback
            "jwt_key": minter.main.public_pem,
            "secret_key": "sk_test_x",
            "api_url": api.url,
            "method": "GET",
        }
        expired = minter.jwt({"iat": -120, "exp": -60}, "live")
        uat = int(time.time()) - 200
        browser = {"__session": expired, "__client_uat": str(uat)}

        def visit(url: str) -> Any:
            cookie = "; ".join(f"{k}={v}" for k, v in browser.items())
            state = authenticate_request({"Cookie": cookie, "Sec-Fetch-Dest": "document"}, url=url, **options)
            for name, value in state.headers:
                if name == "Set-Cookie":
                    cookie_name, _, rest = value.partition("=")
                    browser[cookie_name] = rest.split(";")[0]
            return state

        # 1. The expired session asks for a handshake with the Frontend API.
        state = visit("https://example.com/dashboard")
        assert (state.status, state.reason) == (
            "handshake",
            "session-token-expired-refresh-non-eligible-no-refresh-cookie",
        )
        assert browser["__clerk_redirect_count"] == "1"
        location = dict(state.headers)["Location"]
        assert location.startswith(f"{fapi.url}/v1/client/handshake?")
        # 2. The Frontend API sends the browser back with a nonce.
        status, back = follow_redirect(location)
        assert status == 307
        assert fapi.requests[-1]["__session"] == [expired]
        assert back == "https://example.com/dashboard?__clerk_handshake_nonce=nonce_rt"
        # 3. The app exchanges the nonce with the Backend API and signs in, setting the cookies.
        fresh = minter.jwt({"sub": "user_round_trip"}, "live")
        signed_in_at = int(time.time()) - 30  # the client's last update, before the token's iat
        directives = [f"__session={fresh}; Path=/; SameSite=Lax", f"__client_uat={signed_in_at}; Path=/; SameSite=Lax"]
        api.enqueue("GET", "/v1/clients/handshake_payload", json={"directives": directives})
        state = visit(back)
        assert (state.status, state.user_id) == ("signed-in", "user_round_trip")
        assert api.last.query == {"nonce": ["nonce_rt"]}
        assert browser["__session"] == fresh
        # 4. The next page is signed in by its cookies alone.
        requests_before = len(api.requests)
        state = visit("https://example.com/dashboard")
        assert (state.status, state.user_id, state.headers) == ("signed-in", "user_round_trip", ())
        assert len(api.requests) == requests_before
    finally:
        fapi.close()


def test_the_loop_guard_stops_a_round_trip_that_never_settles(minter: Minter) -> None:
    # Keys of two instances: the Frontend API's cookies never verify, and each visit asks again.
    token = minter.jwt({"key": "other"}, "live")
    cookies = {"__session": token}
    reasons = []
    for _ in range(5):
        cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
        state = authenticate_request(
            {"Cookie": cookie, "Sec-Fetch-Dest": "document"},
            publishable_key=PKS["live"],
            url="https://example.com/",
            method="GET",
            jwt_key=minter.main.public_pem,
        )
        reasons.append(state.status)
        for name, value in state.headers:
            if name == "Set-Cookie" and value.startswith("__clerk_redirect_count="):
                cookies["__clerk_redirect_count"] = value.split(";")[0].split("=")[1]
    assert reasons == ["handshake", "handshake", "handshake", "signed-out", "signed-out"]


def test_a_directive_holding_a_line_break_is_not_passed_on(minter: Minter) -> None:
    session = minter.jwt({}, "live")
    directives = [f"__session={session}; Path=/", "__client_uat=1; Path=/\r\nX-Injected: 1"]
    handshake = minter.jwt({}, "live", {"handshake": directives})
    state = authenticate_request(
        {"Cookie": f"__clerk_handshake={handshake}"},
        publishable_key=PKS["live"],
        url="https://example.com/",
        method="GET",
        jwt_key=minter.main.public_pem,
    )
    assert state.status == "signed-in"
    assert [value for name, value in state.headers if name == "Set-Cookie"] == [directives[0]]
