"""The secret-key mode of ``verify_token``: the JWKS is fetched from ``{api_url}/v1/jwks``.

A real ``http.server`` on 127.0.0.1 (a free port, a background thread) plays the Backend API: it
checks ``Authorization: Bearer sk_test_...``, answers 401 for another key, and counts requests.
Covered: one fetch then the cache, the cache's scope (API URL and secret key), expiry, one
refetch for an unknown ``kid`` (key rotation), and each failure's reason. Every network wait is
bounded (timeouts of at most a few seconds; the whole file runs in a few seconds).
"""

from __future__ import annotations

import base64
import contextlib
import gc
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

from clerk_backend import ClerkConfigurationError, TokenVerificationError, authenticate_request, tokens, verify_token

# ``_fetch_jwks`` does not close the ``HTTPError`` of a non-2xx answer: its socket is only
# reclaimed by the garbage collector, with a ResourceWarning at a random later moment. That is
# reported by ``test_http_error_responses_are_closed``; here the warning is ignored so that it
# cannot fail whichever test happens to run the collector.
pytestmark = pytest.mark.filterwarnings("ignore:unclosed <socket.socket:ResourceWarning")

JWT_FIXTURES = Path(__file__).parent / "fixtures" / "jwt"
NOW = 1_700_000_000
SECRET = "sk_test_2GIoQhbUpy0hX7B2cVkuTMinXoD"
OTHER_SECRET = "sk_test_other0000000000000000000"
KEY_A = serialization.load_pem_private_key((JWT_FIXTURES / "rsa2048.key.pem").read_bytes(), password=None)
KEY_B = serialization.load_pem_private_key((JWT_FIXTURES / "rsa2048b.key.pem").read_bytes(), password=None)
PEM_A = (JWT_FIXTURES / "rsa2048.spki.pem").read_text(encoding="utf-8")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jwk(private_key: Any, kid: str) -> dict[str, str]:
    numbers = private_key.public_key().public_numbers()
    n = _b64url(numbers.n.to_bytes(256, "big"))
    return {"kty": "RSA", "kid": kid, "n": n, "e": "AQAB", "alg": "RS256", "use": "sig"}


def mint(kid: str | None = "ins_a", key: Any = KEY_A, sub: str = "user_123", **header: Any) -> str:
    head: dict[str, Any] = {"alg": "RS256", "typ": "JWT"}
    if kid is not None:
        head["kid"] = kid
    head.update(header)
    payload = {"sub": sub, "sid": "sess_123", "exp": NOW + 60, "iat": NOW, "nbf": NOW - 10}
    signing_input = f"{_b64url(json.dumps(head).encode())}.{_b64url(json.dumps(payload).encode())}"
    signature = key.sign(signing_input.encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{signing_input}.{_b64url(signature)}"


class BackendApi:
    """A tiny Backend API serving ``GET /v1/jwks``; its answers can be changed between calls."""

    def __init__(self) -> None:
        self.secrets = {SECRET}
        self.keys: list[dict[str, str]] = [jwk(KEY_A, "ins_a")]
        self.status = 200
        self.body: bytes | None = None  # overrides the JWKS
        self.delay = 0.0
        self.jwks_path = "/v1/jwks"
        self.redirect: tuple[int, str] | None = None  # (status, Location) answered to every GET
        self.requests: list[dict[str, str]] = []
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                api.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
                if api.delay:
                    time.sleep(api.delay)
                if api.redirect is not None:
                    self._send(api.redirect[0], b"", location=api.redirect[1])
                elif self.path != api.jwks_path:
                    self._send(404, b'{"errors":[{"code":"resource_not_found"}]}')
                elif self.headers.get("Authorization") not in {f"Bearer {s}" for s in api.secrets}:
                    self._send(401, b'{"errors":[{"code":"authentication_invalid"}]}')
                elif api.status != 200:
                    self._send(api.status, b'{"errors":[]}')
                else:
                    self._send(200, api.body if api.body is not None else json.dumps({"keys": api.keys}).encode())

            def _send(self, status: int, body: bytes, location: str | None = None) -> None:
                try:
                    self.send_response(status)
                    if location is not None:
                        self.send_header("Location", location)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the client gave up (timeout test)
                    pass

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False  # do not wait for a handler that is still sleeping
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A fresh JWKS cache, no key or proxy from the environment."""
    for name in ("CLERK_JWT_KEY", "CLERK_SECRET_KEY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    tokens._jwks_cache.clear()
    yield
    tokens._jwks_cache.clear()
    gc.collect()  # reclaim leaked sockets (see pytestmark) while the warning is ignored


@pytest.fixture
def api() -> Iterator[BackendApi]:
    server = BackendApi()
    yield server
    server.close()


def verify(token: str, api: BackendApi, **options: Any) -> Any:
    options.setdefault("secret_key", SECRET)
    options.setdefault("api_url", api.url)
    options.setdefault("now", NOW)
    options.setdefault("timeout", 2.0)
    return verify_token(token, **options)


def refused(token: str, reason: str, api: BackendApi, **options: Any) -> TokenVerificationError:
    with pytest.raises(TokenVerificationError) as info:
        verify(token, api, **options)
    assert info.value.reason == reason, str(info.value)
    assert SECRET not in str(info.value) and OTHER_SECRET not in str(info.value)
    return info.value


@contextlib.contextmanager
def _refused_port() -> Iterator[int]:
    """A local port that refuses connections: bound, never listening, and held by the test for its
    whole length, so that no other process can start listening on it meanwhile."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


# ---------------------------------------------------------------------------------------------
# Fetch and cache


def test_fetched_once_then_cached(api: BackendApi) -> None:
    claims = verify(mint(), api)
    assert claims.sub == "user_123"
    assert len(api.requests) == 1
    request = api.requests[0]
    assert request["path"] == "/v1/jwks"
    assert request["authorization"] == f"Bearer {SECRET}"
    assert request.get("clerk-api-version") == tokens.API_VERSION
    assert request.get("user-agent", "").startswith("clerk-backend-python")
    for _ in range(5):
        assert verify(mint(), api).sid == "sess_123"
    assert len(api.requests) == 1


def test_cache_is_scoped_by_secret_key(api: BackendApi) -> None:
    api.secrets = {SECRET, OTHER_SECRET}
    verify(mint(), api)
    verify(mint(), api, secret_key=OTHER_SECRET)
    assert [r["authorization"] for r in api.requests] == [f"Bearer {SECRET}", f"Bearer {OTHER_SECRET}"]
    verify(mint(), api)
    verify(mint(), api, secret_key=OTHER_SECRET)
    assert len(api.requests) == 2


def test_cache_is_scoped_by_api_url(api: BackendApi) -> None:
    other = BackendApi()
    try:
        verify(mint(), api)
        verify(mint(), other, api_url=other.url)
        verify(mint(), api)
        verify(mint(), other, api_url=other.url)
        assert (len(api.requests), len(other.requests)) == (1, 1)
    finally:
        other.close()


def test_a_key_from_one_scope_is_not_used_in_another(api: BackendApi) -> None:
    """AISEC-82: the set fetched with one secret key must not verify tokens for another."""
    api.secrets = {SECRET, OTHER_SECRET}
    verify(mint(), api)
    api.keys = [jwk(KEY_B, "ins_a")]  # the other instance has a different key with the same kid
    refused(mint(), "token-invalid-signature", api, secret_key=OTHER_SECRET)
    assert len(api.requests) == 2
    verify(mint(), api)  # the first scope still has its own set
    assert len(api.requests) == 2


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The JWKS cache's clock (monotonic seconds), moved by the test instead of sleeping."""
    now = [1000.0]
    monkeypatch.setattr(tokens, "_jwks_cache", tokens._JwksCache(clock=lambda: now[0]))
    return now


def test_cache_expires_after_five_minutes(api: BackendApi, clock: list[float]) -> None:
    verify(mint(), api)
    clock[0] += tokens.JWKS_CACHE_SECONDS - 1
    verify(mint(), api)
    assert len(api.requests) == 1
    clock[0] += 2
    verify(mint(), api)
    assert len(api.requests) == 2


def test_secret_key_from_environment(api: BackendApi, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_SECRET_KEY", SECRET)
    assert verify_token(mint(), api_url=api.url, now=NOW, timeout=2.0).sub == "user_123"
    assert api.requests[0]["authorization"] == f"Bearer {SECRET}"


def test_jwt_key_and_jwks_win_over_secret_key(api: BackendApi) -> None:
    verify(mint(), api, jwt_key=PEM_A)
    verify(mint(), api, jwks={"keys": [jwk(KEY_A, "ins_a")]})
    assert api.requests == []


def test_empty_secret_key_is_no_key(api: BackendApi) -> None:
    refused(mint(), "jwk-failed-to-resolve", api, secret_key="")
    assert api.requests == []


# ---------------------------------------------------------------------------------------------
# Unknown kid: one refetch (key rotation)


def test_unknown_kid_refetches_once_then_jwk_remote_missing(api: BackendApi, clock: list[float]) -> None:
    verify(mint(), api)
    assert len(api.requests) == 1
    clock[0] += tokens.JWKS_REFETCH_INTERVAL_SECONDS
    error = refused(mint(kid="ins_new", key=KEY_B), "jwk-remote-missing", api)
    assert "ins_new" in str(error)
    assert len(api.requests) == 2  # exactly one refetch for this call
    verify(mint(), api)  # the known key is still served from the cache
    assert len(api.requests) == 2


def test_rotated_key_is_found_by_the_refetch(api: BackendApi, clock: list[float]) -> None:
    verify(mint(), api)
    clock[0] += tokens.JWKS_REFETCH_INTERVAL_SECONDS
    api.keys = [jwk(KEY_A, "ins_a"), jwk(KEY_B, "ins_b")]
    assert verify(mint(kid="ins_b", key=KEY_B), api).sub == "user_123"
    assert len(api.requests) == 2
    verify(mint(kid="ins_b", key=KEY_B), api)
    verify(mint(), api)
    assert len(api.requests) == 2


def test_kid_pointing_to_another_key_is_an_invalid_signature(api: BackendApi) -> None:
    api.keys = [jwk(KEY_A, "ins_a"), jwk(KEY_B, "ins_b")]
    refused(mint(kid="ins_b", key=KEY_A), "token-invalid-signature", api)
    assert len(api.requests) == 1


def test_token_refused_on_its_structure_makes_no_request(api: BackendApi) -> None:
    refused("not.a.token", "token-invalid", api)
    refused("a.b", "token-invalid", api)
    assert api.requests == []


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ({"alg": "none"}, "token-invalid-algorithm"),
        ({"alg": "HS256"}, "token-invalid-algorithm"),
        ({"cat": "cl_B7d4PD333AAA"}, "token-invalid"),
        ({"typ": "at+jwt"}, "token-invalid"),
        ({"crit": ["b64"]}, "token-invalid"),
    ],
)
def test_header_is_checked_before_any_fetch(api: BackendApi, header: dict[str, Any], reason: str) -> None:
    """README and jwt.rs: "RS256 only, checked before the key is touched ... a bad ``alg`` with
    an unknown ``kid`` reports the algorithm". In secret-key mode an unknown ``kid`` must not
    turn an unsigned token into a Backend API request (nor report ``jwk-remote-missing``)."""
    verify(mint(), api)
    assert len(api.requests) == 1
    refused(mint(kid=f"ins_random_{reason}", **header), reason, api)
    assert len(api.requests) == 1


NON_SESSION_TOKENS = [
    mint(cat="cl_B7d4PD222AAA"),  # a JWT template
    mint(sub="mch_1"),  # an M2M JWT
    mint(sub="mch_1", cat="cl_B7d4PD333AAA"),
    mint(typ="at+jwt"),  # an OAuth access token
    "ak_2xKeyReadme0000000000000000",
    "mt_f7f0ba8c3b4843ce7d85fcdd5e71853e",
    "oat_2xOauthReadme00000000000000",
]


@pytest.mark.parametrize("token", NON_SESSION_TOKENS)
def test_non_session_tokens_never_fetch(api: BackendApi, token: str) -> None:
    """Issue 14, finding 1: a token that is not a session token is refused before any JWKS
    request, by ``verify_token`` (``token-invalid``) and ``authenticate_request``
    (``token-type-mismatch``; an opaque machine token, tried as a session token as @clerk/backend
    tries it, ``token-invalid``), whether the token is in the header or the cookie."""
    error = refused(token, "token-invalid", api)
    assert "not a session token" in str(error)
    reason = "token-invalid" if token.startswith(("ak_", "mt_", "oat_")) else "token-type-mismatch"
    for headers in ({"Authorization": f"Bearer {token}"}, {"Cookie": f"__session={token}"}):
        state = authenticate_request(headers, secret_key=SECRET, api_url=api.url, now=NOW, timeout=2.0)
        assert (state.status, state.reason, state.claims) == ("signed-out", reason, None)
    assert api.requests == []


def test_token_without_kid(api: BackendApi) -> None:
    verify(mint(), api)
    refused(mint(kid=None), "jwk-kid-mismatch", api)


def test_token_without_kid_does_not_clear_other_scopes(api: BackendApi) -> None:
    """A kid-less token verified with one secret key must not evict the JWKS cached for another
    (API URL, secret key) scope."""
    api.secrets = {SECRET, OTHER_SECRET}
    verify(mint(), api)
    verify(mint(), api, secret_key=OTHER_SECRET)
    assert len(api.requests) == 2
    refused(mint(kid=None), "jwk-kid-mismatch", api, secret_key=OTHER_SECRET)
    before = len(api.requests)
    verify(mint(), api)  # scope (api.url, SECRET) was not touched by that token
    assert len(api.requests) == before


# ---------------------------------------------------------------------------------------------
# Failures


@pytest.mark.parametrize("status", [401, 403])
def test_rejected_secret_key(api: BackendApi, status: int) -> None:
    if status == 403:
        api.status = 403
        secret = SECRET
    else:
        secret = "sk_test_wrong"
    error = refused(mint(), "secret-key-invalid", api, secret_key=secret)
    assert "sk_test_wrong" not in str(error)
    assert len(api.requests) == 1
    # nothing was cached: a correct key works afterwards
    api.status = 200
    verify(mint(), api)


def test_failure_is_not_cached(api: BackendApi) -> None:
    api.status = 500
    refused(mint(), "jwk-remote-failed-to-load", api)
    api.status = 200
    verify(mint(), api)
    assert len(api.requests) == 2


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts open descriptors in /proc")
@pytest.mark.parametrize("status", [401, 500])
def test_http_error_responses_are_closed(api: BackendApi, status: int) -> None:
    """A 4xx/5xx answer's connection is closed when the fetch fails, not left open until the
    garbage collector finds the ``HTTPError`` (kept alive here by the raised errors'
    ``__context__``, as a logged traceback or a stored ``RequestState`` may keep it)."""
    verify(mint(), api)  # warm up imports and the success path
    tokens._jwks_cache.clear()
    secret = "sk_test_wrong" if status == 401 else SECRET
    api.status = 500 if status == 500 else 200
    before = len(os.listdir("/proc/self/fd"))
    errors = []
    for _ in range(5):
        with pytest.raises(TokenVerificationError) as info:
            verify(mint(), api, secret_key=secret)
        errors.append(info.value)
    # The server's side of each connection is closed by its handler thread: give it a moment.
    deadline = time.monotonic() + 0.5
    while len(os.listdir("/proc/self/fd")) > before and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(os.listdir("/proc/self/fd")) <= before
    assert {error.reason for error in errors} == {
        "secret-key-invalid" if status == 401 else "jwk-remote-failed-to-load"
    }


@pytest.mark.parametrize("status", [500, 502, 404, 429])
def test_http_errors(api: BackendApi, status: int) -> None:
    api.status = status
    refused(mint(), "jwk-remote-failed-to-load", api)


def test_wrong_path_is_a_load_failure(api: BackendApi) -> None:
    refused(mint(), "jwk-remote-failed-to-load", api, api_url=api.url + "/nested")
    assert api.requests[0]["path"] == "/nested/v1/jwks"


def test_api_url_trailing_slash(api: BackendApi) -> None:
    verify(mint(), api, api_url=api.url + "/")
    assert api.requests[0]["path"] == "/v1/jwks"


def test_connection_refused() -> None:
    with _refused_port() as port, pytest.raises(TokenVerificationError) as info:
        verify_token(mint(), secret_key=SECRET, api_url=f"http://127.0.0.1:{port}", now=NOW, timeout=2.0)
    assert info.value.reason == "jwk-remote-failed-to-load"
    assert "connection refused" in str(info.value)
    assert SECRET not in str(info.value)


def test_server_down_after_caching(api: BackendApi, clock: list[float]) -> None:
    """A cached set keeps working while the Backend API is down."""
    url = api.url
    verify(mint(), api)
    api.close()
    clock[0] += tokens.JWKS_REFETCH_INTERVAL_SECONDS
    assert verify_token(mint(), secret_key=SECRET, api_url=url, now=NOW, timeout=1.0).sub == "user_123"
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint(kid="ins_new"), secret_key=SECRET, api_url=url, now=NOW, timeout=1.0)
    assert info.value.reason == "jwk-remote-failed-to-load"


def test_timeout(api: BackendApi) -> None:
    api.delay = 3.0
    error = refused(mint(), "jwk-remote-failed-to-load", api, timeout=0.5)
    assert str(error).endswith("failed: timed out after 0.5 s.")  # the caller's timeout, not the server's delay


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"",
        b'{"keys": "x"}',
        b'{"keys": [1]}',
        b"[]",
        b"null",
        b'{"data": []}',
        b'{"keys": []',
        b"\xff\xfe{}",
        b'{"keys": [], "keys": []}',
    ],
)
def test_invalid_jwks_answer(api: BackendApi, body: bytes) -> None:
    api.body = body
    refused(mint(), "jwk-remote-invalid", api)


def test_empty_key_set_is_remote_missing(api: BackendApi) -> None:
    api.keys = []
    refused(mint(), "jwk-remote-missing", api)


# ---------------------------------------------------------------------------------------------
# authenticate_request in secret-key mode


def test_authenticate_request_with_secret_key(api: BackendApi) -> None:
    headers = {"Authorization": f"Bearer {mint()}"}
    state = authenticate_request(headers, secret_key=SECRET, api_url=api.url, now=NOW, timeout=2.0)
    assert state.is_signed_in and state.user_id == "user_123"
    state = authenticate_request(headers, secret_key="sk_test_wrong", api_url=api.url, now=NOW, timeout=2.0)
    assert state.status == "signed-out"
    assert state.reason == "secret-key-invalid"
    assert len(api.requests) == 2


def test_authenticate_request_never_raises_on_network_failure() -> None:
    with _refused_port() as port:
        url = f"http://127.0.0.1:{port}"
        state = authenticate_request({"Authorization": f"Bearer {mint()}"}, secret_key=SECRET, api_url=url, now=NOW)
    assert state.status == "signed-out"
    assert state.reason == "jwk-remote-failed-to-load"
    assert SECRET not in repr(state) and SECRET not in (state.message or "")


# ---------------------------------------------------------------------------------------------
# Redirects and the API URL (issue 14, finding 2)


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_redirects_are_not_followed(api: BackendApi, status: int) -> None:
    """An API host answering with a redirect must not get the secret key sent on to the target,
    nor the target's JWKS trusted: the fetch fails with ``jwk-remote-failed-to-load``."""
    target = BackendApi()  # the attacker's server: takes any key, serves its own JWKS
    target.secrets = {SECRET}
    target.jwks_path = "/x"
    target.keys = [jwk(KEY_B, "ins_a")]
    api.redirect = (status, f"{target.url}/x")
    try:
        token = mint(key=KEY_B, sub="user_admin")
        state = authenticate_request(
            {"Authorization": f"Bearer {token}"}, secret_key=SECRET, api_url=api.url, now=NOW, timeout=2.0
        )
        assert (state.status, state.user_id, state.reason) == ("signed-out", None, "jwk-remote-failed-to-load")
        assert f"GET {api.url}/v1/jwks failed: HTTP {status}" in (state.message or "")
        assert "redirect" in (state.message or "")
        assert SECRET not in (state.message or "")
        assert target.requests == []  # the key never left for the redirect target
        assert len(api.requests) == 1
    finally:
        target.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.1",
        "http://api.clerk.com",
        "http://user:hunter2@192.0.2.1:8080/",
        "http://10.0.0.1/",
        "http://127.0.0.1.nip.io",
        "http://localhost.example.com",
        "http://[::ffff:192.0.2.1]",
        "ftp://127.0.0.1:1",
        "file:///etc/passwd",
        "api.clerk.com",
        "https://",
        "",
    ],
)
def test_non_https_api_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ClerkConfigurationError) as info:
        verify_token(mint(), secret_key=SECRET, api_url=url, now=NOW, timeout=1.0)
    message = str(info.value)
    assert "https://" in message and "loopback" in message
    assert SECRET not in message and "hunter2" not in message
    with pytest.raises(ClerkConfigurationError):
        authenticate_request({"Authorization": f"Bearer {mint()}"}, secret_key=SECRET, api_url=url, now=NOW)


def test_loopback_http_api_urls_are_allowed(api: BackendApi) -> None:
    port = api.server.server_address[1]
    for url in (api.url, f"http://localhost:{port}", f"http://LOCALHOST:{port}/"):
        tokens._jwks_cache.clear()
        assert verify(mint(), api, api_url=url).sub == "user_123"
    with _refused_port() as port:  # 127.9.9.9 is loopback too; nothing listens on it
        refused(mint(), "jwk-remote-failed-to-load", api, api_url=f"http://127.9.9.9:{port}")
    with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as held:  # held, never listening
        held.bind(("::1", 0))
        refused(mint(), "jwk-remote-failed-to-load", api, api_url=f"http://[::1]:{held.getsockname()[1]}")


# ---------------------------------------------------------------------------------------------
# Refetch limit and single flight (issue 14, finding 4)


def test_forged_kids_cost_one_fetch(api: BackendApi) -> None:
    """Tokens with random unknown ``kid``s (anyone can make them) must not each turn into a
    Backend API request: after a fetch, an unknown kid refetches at most once per interval."""
    states = [
        authenticate_request(
            {"Authorization": f"Bearer {mint(kid=f'ins_forged_{os.urandom(8).hex()}', key=KEY_B)}"},
            secret_key=SECRET,
            api_url=api.url,
            now=NOW,
            timeout=2.0,
        )
        for _ in range(20)
    ]
    assert {(state.status, state.reason) for state in states} == {("signed-out", "jwk-remote-missing")}
    assert len(api.requests) == 1
    assert verify(mint(), api).sub == "user_123"  # the genuine key is served from the cache
    assert len(api.requests) == 1


def test_cold_cache_threads_share_one_fetch(api: BackendApi) -> None:
    """Eight threads arriving together on a cold cache make one request between them."""
    api.delay = 0.2  # keeps the first fetch in flight while the others arrive
    barrier = threading.Barrier(8)
    results: list[Any] = []

    def worker(index: int) -> None:
        barrier.wait()
        token = mint() if index % 2 else mint(kid=f"ins_forged_{index}", key=KEY_B)
        try:
            results.append(verify(token, api).sub)
        except TokenVerificationError as exc:
            results.append(exc.reason)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(results) == ["jwk-remote-missing"] * 4 + ["user_123"] * 4
    assert len(api.requests) == 1


def test_failed_fetch_is_shared_by_waiting_threads(api: BackendApi) -> None:
    api.delay = 0.2
    api.status = 500
    barrier = threading.Barrier(6)
    reasons: list[str] = []

    def worker() -> None:
        barrier.wait()
        try:
            verify(mint(), api)
        except TokenVerificationError as exc:
            reasons.append(exc.reason)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    # Each thread gets its own error (the shared one is copied), none is left hanging.
    assert reasons == ["jwk-remote-failed-to-load"] * 6
    assert len(api.requests) >= 1
    api.status = 200
    api.delay = 0.0
    assert verify(mint(), api).sub == "user_123"  # a failure is not cached


def test_unknown_kid_refetch_interval(api: BackendApi, clock: list[float]) -> None:
    """The interval is counted from the last fetch, per (API URL, secret key), with the
    cache's injectable clock (no sleeping)."""
    interval = tokens.JWKS_REFETCH_INTERVAL_SECONDS
    assert 0 < interval < tokens.JWKS_CACHE_SECONDS
    verify(mint(), api)
    assert len(api.requests) == 1
    refused(mint(kid="ins_new", key=KEY_B), "jwk-remote-missing", api)
    assert len(api.requests) == 1  # fetched just now: no refetch
    clock[0] += interval - 1
    refused(mint(kid="ins_new", key=KEY_B), "jwk-remote-missing", api)
    assert len(api.requests) == 1
    clock[0] += 1
    api.keys = [jwk(KEY_A, "ins_a"), jwk(KEY_B, "ins_new")]  # the key was rotated meanwhile
    assert verify(mint(kid="ins_new", key=KEY_B), api).sub == "user_123"
    assert len(api.requests) == 2
    for _ in range(5):
        refused(mint(kid="ins_other", key=KEY_B), "jwk-remote-missing", api)
    assert len(api.requests) == 2
    # Another secret key is another scope, with its own interval.
    api.secrets = {SECRET, OTHER_SECRET}
    verify(mint(), api, secret_key=OTHER_SECRET)
    assert len(api.requests) == 3
    # After five minutes the set itself expires and is fetched again, whatever the kid.
    clock[0] += tokens.JWKS_CACHE_SECONDS
    verify(mint(), api)
    assert len(api.requests) == 4


# ---------------------------------------------------------------------------------------------
# Malformed answers (issue 14, finding 5)


class RawServer:
    """A TCP server on 127.0.0.1 that reads one request and answers with fixed bytes."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.requests = 0
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.1)
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2.0)
                data = b""
                try:
                    while b"\r\n\r\n" not in data:
                        chunk = conn.recv(65536)
                        if not chunk:
                            break
                        data += chunk
                    self.requests += 1
                    conn.sendall(self.answer)
                except OSError:
                    pass

    def close(self) -> None:
        self.running = False
        self.thread.join(timeout=5)
        self.sock.close()


_JWKS_BODY = json.dumps({"keys": [jwk(KEY_A, "ins_a")]}).encode()

MALFORMED_ANSWERS = {
    "nothing": (b"", "closed the connection"),
    "bad-status-line": (b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "status line"),
    "bad-status-code": (b"HTTP/1.1 2OO OK\r\n\r\n", "status line"),
    "unknown-protocol": (b"HTTP/9.9 200 OK\r\n\r\n", "HTTP version"),
    "status-line-too-long": (b"HTTP/1.1 200 " + b"O" * 70_000 + b"\r\n\r\n", "too long"),
    "header-too-long": (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", "too long"),
    "too-many-headers": (b"HTTP/1.1 200 OK\r\n" + b"X-H: 1\r\n" * 101 + b"\r\n", "headers"),
    "incomplete-body": (
        b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + _JWKS_BODY[:100],
        "before the whole body",
    ),
    "bad-chunk-size": (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n", "before the whole body"),
    "truncated-chunks": (
        b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n{"keys"',
        "before the whole body",
    ),
}


@pytest.mark.parametrize("name", sorted(MALFORMED_ANSWERS))
def test_malformed_answers_are_load_failures(name: str) -> None:
    """Whatever the API host sends back, authenticate_request answers signed-out with
    ``jwk-remote-failed-to-load`` (never an exception, so never a 500), and the message names
    the URL and the cause but not the secret key."""
    answer, cause = MALFORMED_ANSWERS[name]
    server = RawServer(answer)
    try:
        state = authenticate_request(
            {"Authorization": f"Bearer {mint()}"}, secret_key=SECRET, api_url=server.url, now=NOW, timeout=2.0
        )
        assert (state.status, state.reason) == ("signed-out", "jwk-remote-failed-to-load"), state.message
        message = state.message or ""
        assert message.startswith(f"GET {server.url}/v1/jwks failed: "), message
        assert cause in message, message
        assert SECRET not in message
        with pytest.raises(TokenVerificationError) as info:
            verify_token(mint(), secret_key=SECRET, api_url=server.url, now=NOW, timeout=2.0)
        assert info.value.reason == "jwk-remote-failed-to-load"
        assert info.value.__cause__ is None and info.value.__suppress_context__
    finally:
        server.close()


def test_bad_body_is_remote_invalid() -> None:
    server = RawServer(b'HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n{"keys":[')
    try:
        state = authenticate_request(
            {"Authorization": f"Bearer {mint()}"}, secret_key=SECRET, api_url=server.url, now=NOW, timeout=2.0
        )
        assert (state.status, state.reason) == ("signed-out", "jwk-remote-invalid")
    finally:
        server.close()


def test_network_errors_name_the_url_and_the_cause() -> None:
    with _refused_port() as port, pytest.raises(TokenVerificationError) as info:
        url = f"http://127.0.0.1:{port}"
        verify_token(mint(), secret_key=SECRET, api_url=url, now=NOW, timeout=2.0)
    assert str(info.value) == f"GET {url}/v1/jwks failed: connection refused."


@pytest.mark.parametrize("secret", [f"{SECRET}\n", f"{SECRET}\r\n", "sk_test_a b\x00c"])
def test_a_key_that_cannot_be_sent_is_never_shown(api: BackendApi, secret: str) -> None:
    """http.client refuses such a header with a ValueError quoting it: that text must not
    reach the message, nor the exception's context (a logged traceback prints it)."""
    with pytest.raises(TokenVerificationError) as info:
        verify(mint(), api, secret_key=secret)
    # A NUL or a space is sent (the API refuses the key); a line break is not.
    assert info.value.reason in ("jwk-remote-failed-to-load", "secret-key-invalid")
    shown = [str(info.value), repr(info.value)]
    context = info.value.__context__
    assert info.value.__suppress_context__ or context is None
    assert not any("sk_test_" in text for text in shown), shown
