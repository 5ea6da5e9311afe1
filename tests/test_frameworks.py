"""clerk_backend.fastapi, .flask and .django, each serving a test app on a real server on 127.0.0.1.

The apps are tests/framework_apps/<framework>_app.py, each started in its own process (as in
test_framework_examples.py, whose runner and webhook helpers this file uses); Django twice: over WSGI
(wsgiref: the middleware and views run sync) and over ASGI (uvicorn: they run async). Tokens come from
clerk_backend.testing.TokenFactory; API keys are verified by the mock Backend API (tests/mock_clerk_api.py).
Every app has:

- ``/me`` (signed in), ``/invoices`` (permission ``org:invoices:read``), ``/admin`` (role ``admin``;
  an async view in Flask and Django), ``/machine`` (session tokens, API keys and M2M tokens),
  ``/optional`` (any auth object; FastAPI and Django), ``/webhooks/clerk`` (prints the event's class
  and the message id);
- Django: ``/drf/invoices`` and ``/drf/machine``, Django REST Framework views with
  ``ClerkAuthentication`` and the ``IsSignedIn`` / ``Has(...)`` permission classes.

With CLERK_TEST_FAKE_HANDSHAKE=1 a request with the cookie ``fake_handshake`` authenticates as a handshake
state (tests/framework_apps/common.py): every module must answer it with the state's redirect.
"""

from __future__ import annotations

import http.client
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import parse_qs, urlsplit

import pytest
from mock_clerk_api import MockClerkAPI
from test_authenticate_accepts import API_KEY_BODY  # an API key of user_1
from test_cookie_flow import PKS, FakeFrontendAPI, follow_redirect
from test_framework_examples import (
    EXAMPLES,
    MSG_ID,
    SECRET,
    STARTUP_TIMEOUT,
    TIMEOUT,
    App,
    drifted,
    encode,
    run_app,
    signed_headers,
)

import clerk_backend
from clerk_backend import ClerkConfigurationError, _integration
from clerk_backend.testing import TokenFactory

APPS_DIR = Path(__file__).resolve().parent / "framework_apps"
sys.path.insert(0, str(APPS_DIR))
from common import HANDSHAKE_HEADERS  # noqa: E402

SERVERS = {
    "fastapi": ("fastapi_app.py", ["fastapi", "uvicorn"], {}),
    "flask": ("flask_app.py", ["flask"], {}),
    "django-wsgi": ("django_app.py", ["django", "rest_framework"], {}),
    "django-asgi": ("django_app.py", ["django", "rest_framework", "uvicorn"], {"DJANGO_SERVER": "asgi"}),
}
# azp http://localhost:3000; issued by the instance of the publishable key (the cookie flow checks it)
TOKENS = TokenFactory(issuer="https://clerk.example.com")
ORIGIN = "http://localhost:3000"
SECRET_KEY = "sk_test_frameworks_0000000000000000"
PUBLISHABLE_KEY = PKS["live"]  # clerk.example.com, a production instance


@pytest.fixture(scope="module")
def api() -> Iterator[MockClerkAPI]:
    with MockClerkAPI() as server:
        yield server


@pytest.fixture(scope="module")
def fapi() -> Iterator[FakeFrontendAPI]:
    """The instance's Frontend API on loopback (CLERK_PROXY_URL): answers the handshake with a nonce."""
    server = FakeFrontendAPI()
    try:
        yield server
    finally:
        server.close()


def environment(server: str, api_url: str, fapi_url: str = "http://127.0.0.1:9", **changes: str) -> dict[str, str]:
    env = {
        "CLERK_JWT_KEY": TOKENS.public_pem,
        "CLERK_SECRET_KEY": SECRET_KEY,
        "CLERK_API_URL": api_url,
        "CLERK_WEBHOOK_SIGNING_SECRET": SECRET,
        "CLERK_AUTHORIZED_PARTIES": ORIGIN,
        "CLERK_PUBLISHABLE_KEY": PUBLISHABLE_KEY,  # the cookie flow
        "CLERK_PROXY_URL": fapi_url,
        "CLERK_TEST_FAKE_HANDSHAKE": "1",
        **SERVERS[server][2],
    }
    if server == "flask":  # from app.config, not the environment
        env["TEST_FLASK_AUTHORIZED_PARTIES"] = env.pop("CLERK_AUTHORIZED_PARTIES")
    if server.startswith("django"):  # from settings, not the environment
        env["TEST_DJANGO_WEBHOOK_SECRET"] = env.pop("CLERK_WEBHOOK_SIGNING_SECRET")
    env.update(changes)
    return env


@pytest.fixture(scope="module", params=list(SERVERS))
def running(request: pytest.FixtureRequest, api: MockClerkAPI, fapi: FakeFrontendAPI) -> Iterator[App]:
    script, modules, _ = SERVERS[request.param]
    with run_app(APPS_DIR / script, modules, **environment(request.param, api.url, fapi.url)) as app:
        app.name = request.param
        yield app


@pytest.fixture
def app(running: App, api: MockClerkAPI) -> App:
    running.printed()
    api.reset()
    return running


class Answer(NamedTuple):
    status: int
    body: Any
    headers: http.client.HTTPMessage


def get(app: App, path: str, *, token: str | None = None, cookies: str | None = None, page: bool = False) -> Answer:
    """A GET without following redirects; every header kept (``headers.get_all``). ``page``: a
    browser's document navigation (the only request the cookie flow redirects)."""
    host, port = app.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)
    headers = {"Sec-Fetch-Dest": "document", "Accept": "text/html"} if page else {}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    if cookies is not None:
        headers["Cookie"] = cookies
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        raw = response.read()
        body = json.loads(raw) if raw and "json" in (response.headers.get("content-type") or "") else raw
        return Answer(response.status, body, response.headers)
    finally:
        connection.close()


def session(**options: Any) -> str:
    return TOKENS.session_token("user_1", **options)


MEMBER = {"org_id": "org_1", "org_role": "member"}


def signed_in(token_type: str = "session_token", user_id: str | None = "user_1") -> dict[str, Any]:
    return {"status": "signed-in", "token_type": token_type, "user_id": user_id}


# ---------------------------------------------------------------------------------------------
# Signed in, signed out


@pytest.mark.parametrize("carrier", ["header", "cookie"])
def test_a_session_signs_in(app: App, carrier: str) -> None:
    token = session()
    # The cookie flow (a publishable key is set) wants the browser's __client_uat, set before the token's iat.
    cookies = f"__session={token}; __client_uat={int(time.time()) - 60}"
    answer = get(app, "/me", token=token) if carrier == "header" else get(app, "/me", cookies=cookies)

    assert (answer.status, answer.body) == (200, signed_in())


# Minted when the test runs (a token minted at collection could expire before a long run reaches it).
SIGNED_OUT: dict[str, tuple[Callable[[], str | None], str]] = {
    "none": (lambda: None, "session-token-and-uat-missing"),  # the cookie flow's reason (a publishable key is set)
    "garbage": (lambda: "garbage", "token-invalid"),
    # The cookie flow's reason, for a header token too (as the reference's): no __refresh cookie to refresh by.
    "expired": (
        lambda: TOKENS.session_token("user_1", expires_in=-120),
        "session-token-expired-refresh-non-eligible-no-refresh-cookie",
    ),
    "other-key": (lambda: TokenFactory().session_token("user_1"), "token-invalid-signature"),
    "other-azp": (
        lambda: TOKENS.session_token("user_1", extra={"azp": "https://evil.example.com"}),
        "token-invalid-authorized-parties",
    ),
    "pending": (lambda: TOKENS.session_token("user_1", sts="pending"), "session-token-pending"),
}


@pytest.mark.parametrize("case", list(SIGNED_OUT))
def test_a_signed_out_request_gets_401_with_the_reason(app: App, case: str) -> None:
    mint, reason = SIGNED_OUT[case]
    token = mint()
    for path in ("/me", "/invoices", "/admin"):
        answer = get(app, path, token=token)

        assert (answer.status, answer.body) == (401, {"detail": reason}), path
        assert answer.headers["WWW-Authenticate"] == "Bearer"
        if token is not None:
            assert token not in json.dumps(answer.body)


def test_an_optional_route_gets_the_signed_out_auth(app: App) -> None:
    if app.name == "flask":
        pytest.skip("the Flask app has no optional route (Flask's idiom is the decorator)")

    answer = get(app, "/optional", token="garbage")

    assert answer.status == 200
    assert (answer.body["status"], answer.body["reason"], answer.body["user_id"]) == (
        "signed-out",
        "token-invalid",
        None,
    )
    assert get(app, "/optional", token=session()).body["user_id"] == "user_1"


# ---------------------------------------------------------------------------------------------
# has(): permission and role


@pytest.mark.parametrize("version", [1, 2])
def test_403_by_permission(app: App, version: int) -> None:
    allowed = session(**MEMBER, org_permissions=["org:invoices:read"], version=version)
    other = session(**MEMBER, org_permissions=["org:invoices:manage"], version=version)

    assert (get(app, "/invoices", token=allowed).status, get(app, "/invoices", token=allowed).body) == (
        200,
        signed_in(),
    )
    refused = get(app, "/invoices", token=other)
    assert (refused.status, refused.body) == (403, {"detail": "forbidden"})
    assert "WWW-Authenticate" not in refused.headers
    assert get(app, "/invoices", token=session()).status == 403  # no organization at all


def test_403_by_role(app: App) -> None:
    admin = session(org_id="org_1", org_role="org:admin")
    member = session(**MEMBER)

    assert (get(app, "/admin", token=admin).status, get(app, "/admin", token=admin).body) == (200, signed_in())
    assert (get(app, "/admin", token=member).status, get(app, "/admin", token=member).body) == (
        403,
        {"detail": "forbidden"},
    )


# ---------------------------------------------------------------------------------------------
# Machine tokens


def test_machine_tokens_sign_in_where_accepts_token_allows_them(app: App, api: MockClerkAPI) -> None:
    api.enqueue("POST", "/api_keys/verify", json=API_KEY_BODY)
    answer = get(app, "/machine", token="ak_test_frameworks")
    assert (answer.status, answer.body) == (200, signed_in("api_key", "user_1"))
    assert (api.last.path, api.last.headers["authorization"]) == ("/api_keys/verify", f"Bearer {SECRET_KEY}")
    assert api.last.json() == {"secret": "ak_test_frameworks"}

    m2m = TOKENS.m2m_token("mch_1")
    assert (get(app, "/machine", token=m2m).status, get(app, "/machine", token=m2m).body) == (
        200,
        signed_in("m2m_token", None),
    )
    assert get(app, "/machine", token=session()).body == signed_in()


def test_machine_tokens_are_refused_where_only_sessions_are_accepted(app: App, api: MockClerkAPI) -> None:
    answer = get(app, "/me", token="ak_test_frameworks")
    assert (answer.status, answer.body) == (401, {"detail": "token-invalid"})
    answer = get(app, "/invoices", token=TOKENS.m2m_token("mch_1"))
    assert (answer.status, answer.body) == (401, {"detail": "token-type-mismatch"})
    assert api.requests == []  # nothing was sent to the Backend API


# ---------------------------------------------------------------------------------------------
# Webhooks


def post(app: App, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    host, port = app.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)
    try:
        connection.request(
            "POST", "/webhooks/clerk", body=body, headers={"Content-Type": "application/json", **headers}
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_a_signed_webhook_reaches_the_handler_typed_with_its_message_id(app: App) -> None:
    body = encode(EXAMPLES["user.created"])

    assert post(app, body, signed_headers(body)) == (204, b"")

    assert app.printed() == [f"user.created: UserEvent ({MSG_ID})"]


def test_a_drifted_webhook_reaches_the_handler(app: App) -> None:
    payload = drifted("session.created", "data", "created_at", "2024-05-28")
    body = encode(payload)
    assert clerk_backend.problems(clerk_backend.WebhookEvent.from_json(body))  # it did drift

    assert post(app, body, signed_headers(body)) == (204, b"")

    assert app.printed() == [f"session.created: SessionEvent ({MSG_ID})"]


@pytest.mark.parametrize(
    ("case", "reason"),
    [("tampered", "no-matching-signature"), ("stale", "timestamp-too-old"), ("unsigned", "missing-headers")],
)
def test_a_webhook_clerk_did_not_sign_gets_400(app: App, case: str, reason: str) -> None:
    body = encode(EXAMPLES["user.created"])
    headers = signed_headers(body, timestamp=int(time.time()) - 3600 if case == "stale" else None)
    if case == "tampered":
        body = body.replace(b"user.created", b"user.updated", 1)
    if case == "unsigned":
        headers = {}

    status, answer = post(app, body, headers)

    assert (status, json.loads(answer)) == (400, {"detail": reason})
    assert app.printed() == []


def test_a_signed_body_that_is_not_an_event_gets_204_without_the_handler(app: App) -> None:
    body = b'{"object": "user", "id": "user_1"}'

    assert post(app, body, signed_headers(body)) == (204, b"")

    assert app.printed() == []


# ---------------------------------------------------------------------------------------------
# Handshake


def test_a_handshake_state_is_answered_with_its_redirect(app: App) -> None:
    paths = ["/me", "/invoices", "/machine"] + ([] if app.name == "flask" else ["/optional"])
    for path in paths:
        answer = get(app, path, cookies="fake_handshake=1")

        assert answer.status == 307, path
        assert answer.headers["Location"] == HANDSHAKE_HEADERS[0][1]
        assert answer.headers.get_all("Set-Cookie") == [HANDSHAKE_HEADERS[1][1], HANDSHAKE_HEADERS[2][1]]
        assert answer.headers["Cache-Control"] == "no-store"


# ---------------------------------------------------------------------------------------------
# Django REST Framework


def test_drf_views_authenticate_with_clerk(app: App, api: MockClerkAPI) -> None:
    if not app.name.startswith("django"):
        pytest.skip("Django only")
    allowed = session(**MEMBER, org_permissions=["org:invoices:read"])

    answer = get(app, "/drf/invoices", token=allowed)
    assert (answer.status, answer.body) == (200, {"user": "user_1", "token_type": "session_token", "drf_auth": True})
    answer = get(app, "/drf/invoices", token=session(**MEMBER))
    assert answer.status == 403
    answer = get(app, "/drf/invoices")
    assert answer.status == 401
    assert answer.headers["WWW-Authenticate"] == "Bearer"
    answer = get(app, "/drf/invoices", token=TOKENS.session_token("user_1", expires_in=-120))
    assert (answer.status, answer.body) == (
        401,
        {"detail": "session-token-expired-refresh-non-eligible-no-refresh-cookie"},
    )

    api.enqueue("POST", "/api_keys/verify", json=API_KEY_BODY)
    answer = get(app, "/drf/machine", token="ak_test_frameworks")
    assert (answer.status, answer.body) == (200, {"user": "user_1", "token_type": "api_key"})


# ---------------------------------------------------------------------------------------------
# Configuration: parsed at startup


@pytest.mark.parametrize("server", ["fastapi", "flask", "django-wsgi"])
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"CLERK_JWT_KEY": "not a pem"}, "CLERK_JWT_KEY is not a usable RSA public key"),
        ({"CLERK_JWT_KEY": "", "CLERK_SECRET_KEY": ""}, "Authenticating requests needs CLERK_JWT_KEY"),
    ],
    ids=["bad-jwt-key", "no-key"],
)
def test_a_bad_configuration_fails_at_startup(server: str, changes: dict[str, str], message: str) -> None:
    script, modules, _ = SERVERS[server]
    for module in modules:
        pytest.importorskip(module)
    env = {key: value for key, value in __import__("os").environ.items() if not key.startswith("CLERK_")}
    env.update(environment(server, "http://127.0.0.1:9", **changes), PORT="0")

    result = subprocess.run(
        [sys.executable, str(APPS_DIR / script)], capture_output=True, text=True, env=env, timeout=STARTUP_TIMEOUT
    )

    assert result.returncode != 0
    assert "clerk_backend.errors.ClerkConfigurationError" in result.stderr
    assert message in result.stderr
    assert "Serving on" not in result.stdout


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"jwt_key": "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"}, "CLERK_JWT_KEY is not a usable"),
        ({"secret_key": "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k"}, "CLERK_SECRET_KEY is not a Clerk secret key"),
        ({"secret_key": "sk_test_with a space"}, "CLERK_SECRET_KEY is not a Clerk secret key"),
        ({"publishable_key": "pk_test_notbase64!"}, "CLERK_PUBLISHABLE_KEY is not a Clerk publishable key: .* base64"),
        ({"publishable_key": "sk_test_Y2xlcmsuZXhhbXBsZS5jb20k"}, "CLERK_PUBLISHABLE_KEY is not a Clerk publishable"),
        ({"publishable_key": "pk_live_bm9kb3Qk"}, "not a Frontend API host"),  # "nodot$", as parse_publishable_key says
        ({"is_satellite": "maybe"}, "CLERK_IS_SATELLITE must be true or false, not 'maybe'"),
        ({"publishable_key": PKS["test"], "is_satellite": "true", "domain": "sat.dev"}, "needs sign_in_url"),
        ({"publishable_key": PKS["live"], "is_satellite": True}, "needs domain or proxy_url"),
        (
            {"publishable_key": PKS["live"], "is_satellite": "1", "domain": "sat.dev", "sign_in_url": "/sign-in"},
            "CLERK_SIGN_IN_URL must be an absolute URL",
        ),
        ({"webhook_signing_secret": "sk_test_abc"}, "signing secret"),
        ({"authorized_parties": "app.example.com"}, "is not an origin"),
        ({"authorized_parties": ["https://app.example.com/"]}, "is not an origin"),
        ({"api_url": "http://api.example.com"}, "api_url must be an https:// URL"),
    ],
)
def test_settings_refuse_unusable_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ClerkConfigurationError, match=message) as raised:
        _integration.Settings.load(**{"jwt_key": TOKENS.public_pem, **options})
    for value in options.values():  # the secret is never in the message
        if isinstance(value, str) and value.startswith("sk_"):
            assert value not in str(raised.value)


def test_settings_come_from_arguments_then_the_framework_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CLERK_AUTHORIZED_PARTIES", "https://env.example.com")
    monkeypatch.setenv("CLERK_JWT_KEY", TOKENS.public_pem)
    monkeypatch.setenv("CLERK_PUBLISHABLE_KEY", "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k")
    framework = {"CLERK_AUTHORIZED_PARTIES": ["https://framework.example.com"]}

    assert _integration.Settings.load().authorized_parties == ("https://env.example.com",)
    assert _integration.Settings.load(source=framework.get).authorized_parties == ("https://framework.example.com",)
    loaded = _integration.Settings.load(
        authorized_parties="https://a.example.com, https://b.example.com ,", source=framework.get
    )
    assert loaded.authorized_parties == ("https://a.example.com", "https://b.example.com")
    assert loaded.publishable_key == clerk_backend.parse_publishable_key("pk_test_Y2xlcmsuZXhhbXBsZS5jb20k")
    assert loaded.jwt_key is not None
    assert "sk_" not in repr(_integration.Settings.load(secret_key=SECRET_KEY))


def test_a_route_whose_setting_is_missing_fails_when_it_is_declared(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("starlette")
    pytest.importorskip("flask")
    from flask import Flask

    import clerk_backend.fastapi
    import clerk_backend.flask

    for name in _integration.SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)
    clerk = clerk_backend.fastapi.Clerk()  # nothing is needed yet
    with pytest.raises(ClerkConfigurationError, match="needs CLERK_JWT_KEY"):
        clerk.require(permission="org:invoices:read")
    with pytest.raises(ClerkConfigurationError, match="needs CLERK_WEBHOOK_SIGNING_SECRET"):
        clerk.webhook  # noqa: B018
    with pytest.raises(ClerkConfigurationError, match="accepts_token"):
        clerk_backend.fastapi.Clerk(jwt_key=TOKENS.public_pem).require(accepts_token="cookie")  # type: ignore[call-overload]

    extension = clerk_backend.flask.Clerk()
    extension.require(role="admin")  # declared before init_app: checked there
    with pytest.raises(ClerkConfigurationError, match="needs CLERK_JWT_KEY"):
        extension.init_app(Flask(__name__))
    app = Flask(__name__)
    app.config["CLERK_JWT_KEY"] = TOKENS.public_pem
    ready = clerk_backend.flask.Clerk(app)
    with pytest.raises(ClerkConfigurationError, match="needs CLERK_WEBHOOK_SIGNING_SECRET"):
        ready.webhook(lambda message: None)


# ---------------------------------------------------------------------------------------------
# The cookie flow on each server (a publishable key is set; CLERK_PROXY_URL is the fake Frontend API)


def _jar_update(jar: dict[str, str], answer: Answer) -> None:
    """What a browser keeps of the answer's Set-Cookie headers."""
    for directive in answer.headers.get_all("Set-Cookie") or []:
        name, _, rest = directive.partition("=")
        value = rest.split(";")[0]
        if "Max-Age=0" in directive or not value:
            jar.pop(name, None)
        else:
            jar[name] = value


def _cookie_header(jar: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def _handshake_target(answer: Answer) -> tuple[str, dict[str, list[str]]]:
    location = urlsplit(answer.headers["Location"])
    return f"{location.scheme}://{location.netloc}{location.path}", parse_qs(location.query)


def test_a_page_with_client_uat_but_no_session_is_sent_to_the_frontend_api(app: App, fapi: FakeFrontendAPI) -> None:
    uat = f"__client_uat={int(time.time()) - 60}"

    answer = get(app, "/me?tab=1", cookies=uat, page=True)

    assert answer.status == 307
    target, query = _handshake_target(answer)
    assert target == f"{fapi.url}/v1/client/handshake"
    assert query["redirect_url"] == [f"{app.url}/me?tab=1"]  # the page, by its absolute URL
    assert query["format"] == ["nonce"]
    assert "__clerk_redirect_count=1" in " ".join(answer.headers.get_all("Set-Cookie") or [])
    assert answer.headers["Cache-Control"] == "no-store"
    # A fetch() is not redirected: signed out with the same reason.
    answer = get(app, "/me", cookies=uat)
    assert (answer.status, answer.body) == (401, {"detail": "client-uat-but-no-session-token"})


def test_the_redirect_loop_guard_signs_out_after_three_handshakes(app: App) -> None:
    jar = {"__client_uat": str(int(time.time()) - 60)}
    statuses = []
    for _ in range(5):
        answer = get(app, "/me", cookies=_cookie_header(jar), page=True)
        statuses.append(answer.status)
        _jar_update(jar, answer)

    assert statuses == [307, 307, 307, 401, 401]
    assert answer.body == {"detail": "client-uat-but-no-session-token"}
    assert jar["__clerk_redirect_count"] == "3"


def test_a_handshake_round_trip_signs_in_with_set_cookie(app: App, api: MockClerkAPI) -> None:
    jar = {"__client_uat": str(int(time.time()) - 60)}
    answer = get(app, "/me", cookies=_cookie_header(jar), page=True)
    assert answer.status == 307
    _jar_update(jar, answer)
    # The Frontend API sends the browser back with a nonce ...
    status, back = follow_redirect(answer.headers["Location"])
    assert (status, back) == (307, f"{app.url}/me?__clerk_handshake_nonce=nonce_rt")
    # ... that the app exchanges with the Backend API for the session's cookies.
    directives = [f"__session={session()}; Path=/; SameSite=Lax", f"__client_uat={int(time.time()) - 30}; Path=/"]
    api.enqueue("GET", "/v1/clients/handshake_payload", json={"directives": directives})

    answer = get(app, back.removeprefix(app.url), cookies=_cookie_header(jar), page=True)

    assert (answer.status, answer.body) == (200, signed_in())
    assert (api.last.path, api.last.query) == ("/v1/clients/handshake_payload", {"nonce": ["nonce_rt"]})
    set_cookie = answer.headers.get_all("Set-Cookie") or []
    assert [directive for directive in set_cookie if directive in directives] == directives
    # The next page is signed in by the cookies alone, and sets none.
    _jar_update(jar, answer)
    api.reset()
    answer = get(app, "/me", cookies=_cookie_header(jar), page=True)
    assert (answer.status, answer.body, answer.headers.get_all("Set-Cookie")) == (200, signed_in(), None)
    assert api.requests == []


def test_an_expired_session_is_refreshed_and_signs_in_with_set_cookie(app: App, api: MockClerkAPI) -> None:
    suffix = clerk_backend.parse_publishable_key(PUBLISHABLE_KEY).cookie_suffix
    now = int(time.time())
    expired = TOKENS.session_token("user_1", now=now - 120, expires_in=60)
    fresh = [f"__session={session()}; Path=/; SameSite=Lax", f"__client_uat={now - 10}; Path=/; SameSite=Lax"]
    api.enqueue("POST", "/v1/sessions/sess_test/refresh", json={"object": "cookies", "cookies": fresh})
    cookies = f"__session={expired}; __client_uat={now - 200}; __refresh_{suffix}=rt_frameworks"

    answer = get(app, "/me", cookies=cookies, page=True)

    assert (answer.status, answer.body) == (200, signed_in())
    assert [directive for directive in answer.headers.get_all("Set-Cookie") or [] if directive in fresh] == fresh
    assert (api.last.method, api.last.path) == ("POST", "/v1/sessions/sess_test/refresh")
    assert json.loads(api.last.body)["refresh_token"] == "rt_frameworks"


def test_a_fastapi_route_returning_its_own_response_gets_the_cookies_through_the_middleware(
    app: App, api: MockClerkAPI
) -> None:
    if app.name != "fastapi":
        pytest.skip("FastAPI only (Flask and Django views build their responses; the tests above cover them)")
    suffix = clerk_backend.parse_publishable_key(PUBLISHABLE_KEY).cookie_suffix
    now = int(time.time())
    expired = TOKENS.session_token("user_1", now=now - 120, expires_in=60)
    fresh = [f"__session={session()}; Path=/; SameSite=Lax", f"__client_uat={now - 10}; Path=/; SameSite=Lax"]
    api.enqueue("POST", "/v1/sessions/sess_test/refresh", json={"object": "cookies", "cookies": fresh})

    answer = get(
        app, "/page", cookies=f"__session={expired}; __client_uat={now - 200}; __refresh_{suffix}=rt", page=True
    )

    assert (answer.status, answer.body) == (200, b"<p>user_1</p>")
    assert [directive for directive in answer.headers.get_all("Set-Cookie") or [] if directive in fresh] == fresh


# ---------------------------------------------------------------------------------------------
# handshake_headers and Requirement.decide, on the cookie flow's states

HEADERS = (("Location", "https://x/h"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("Cache-Control", "no-store"))


def test_a_handshake_state_is_answered_with_its_headers() -> None:
    state = clerk_backend.RequestState("handshake", reason="session-token-and-uat-missing", headers=HEADERS)

    assert _integration.handshake_headers(state) == HEADERS
    for requirement in (_integration.Requirement.make(signed_in=False), _integration.Requirement.make(role="admin")):
        assert requirement.decide(state) == _integration.Answer(307, "handshake", HEADERS)


def test_the_headers_of_other_states_go_on_every_answer() -> None:
    cookies = (("Set-Cookie", "__session=x; Path=/"), ("Set-Cookie", "__client_uat=1; Path=/"))
    signed_out = clerk_backend.RequestState("signed-out", reason="session-token-missing", headers=cookies)
    signed_in_state = clerk_backend.authenticate_request(
        {"Authorization": f"Bearer {session()}"}, jwt_key=TOKENS.public_pem
    )._replace(headers=cookies)

    assert _integration.handshake_headers(signed_out) is None
    assert _integration.handshake_headers(signed_in_state) is None
    assert _integration.Requirement.make().decide(signed_out) == _integration.Answer(
        401, "session-token-missing", (("WWW-Authenticate", "Bearer"), *cookies)
    )
    assert _integration.Requirement.make(role="admin").decide(signed_in_state) == _integration.Answer(
        403, "forbidden", cookies
    )
    assert _integration.Requirement.make().decide(signed_in_state) == signed_in_state.to_auth()


def test_settings_pass_the_cookie_flow_its_options_and_the_request(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _integration.SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)
    page = {"Cookie": "__client_uat=1700000000", "Sec-Fetch-Dest": "document"}
    url = "https://app.example.com/reports?year=2026"

    settings = _integration.Settings.load(
        {"CLERK_PROXY_URL": "https://app.example.com/__clerk", "CLERK_IS_SATELLITE": "false"}.get,
        jwt_key=TOKENS.public_pem,
        publishable_key=PUBLISHABLE_KEY,
    )
    state = settings.authenticate(page, None, "session_token", url, "GET")

    assert (state.status, state.reason) == ("handshake", "client-uat-but-no-session-token")
    location = urlsplit(dict(state.headers)["Location"])
    assert location.netloc + location.path == "app.example.com/__clerk/v1/client/handshake"
    assert parse_qs(location.query)["redirect_url"] == [url]
    assert settings.authenticate(page, None, "session_token", url, "POST").status == "signed-out"
    # Without a publishable key: today's behaviour, no cookie flow.
    plain = _integration.Settings.load(jwt_key=TOKENS.public_pem).authenticate(page, None, "session_token", url, "GET")
    assert (plain.status, plain.reason, plain.headers) == ("signed-out", "session-token-missing", ())


# ---------------------------------------------------------------------------------------------
# Importing


def test_importing_clerk_backend_imports_no_framework() -> None:
    code = (
        "import sys, clerk_backend\n"
        "names = ('fastapi', 'starlette', 'flask', 'werkzeug', 'django', 'rest_framework', 'clerk_backend.fastapi',"
        " 'clerk_backend.flask', 'clerk_backend.django', 'clerk_backend._integration', 'clerk_backend._drf')\n"
        "print(sorted(name for name in names if name in sys.modules))\n"
        "import clerk_backend.fastapi\n"
        "print('fastapi' in sys.modules, 'starlette' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)

    # clerk_backend.fastapi needs Starlette only, never FastAPI
    assert result.stdout == "[]\nFalse True\n"


# ---------------------------------------------------------------------------------------------
# Starlette alone


@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
def test_clerk_backend_fastapi_serves_a_starlette_app() -> None:
    pytest.importorskip("httpx")
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from clerk_backend.fastapi import Clerk

    clerk = Clerk(jwt_key=TOKENS.public_pem, webhook_signing_secret=SECRET, authorized_parties=[ORIGIN])
    read_invoices = clerk.require(permission="org:invoices:read")
    receive = clerk.webhook

    async def invoices(request: Request) -> Response:
        auth = await read_invoices(request)
        return JSONResponse({"user": auth.user_id})

    async def anyone(request: Request) -> Response:
        auth = await clerk.authenticate(request)
        return JSONResponse({"status": auth.status, "reason": getattr(auth, "reason", None)})

    async def webhooks(request: Request) -> Response:
        message = await receive(request)
        return JSONResponse({"id": message.id, "type": message.event.type})

    app = Starlette(
        routes=[Route("/invoices", invoices), Route("/anyone", anyone), Route("/webhooks", webhooks, methods=["POST"])]
    )
    client = TestClient(app)
    reader = {"Authorization": f"Bearer {session(**MEMBER, org_permissions=['org:invoices:read'])}"}

    assert client.get("/invoices", headers=reader).json() == {"user": "user_1"}
    member = client.get("/invoices", headers={"Authorization": f"Bearer {session(**MEMBER)}"})
    assert (member.status_code, member.text) == (403, "forbidden")
    signed_out = client.get("/invoices")
    assert (signed_out.status_code, signed_out.text) == (401, "session-token-missing")
    assert signed_out.headers["www-authenticate"] == "Bearer"
    assert client.get("/anyone").json() == {"status": "signed-out", "reason": "session-token-missing"}
    body = encode(EXAMPLES["user.created"])
    assert client.post("/webhooks", content=body, headers=signed_headers(body)).json() == {
        "id": MSG_ID,
        "type": "user.created",
    }
    tampered = client.post("/webhooks", content=body + b" ", headers=signed_headers(body))
    assert (tampered.status_code, tampered.text) == (400, "no-matching-signature")
    not_an_event = b'{"object": "user"}'
    assert client.post("/webhooks", content=not_an_event, headers=signed_headers(not_an_event)).status_code == 204


def test_django_set_cookie_headers_survive_copying() -> None:
    # From Python 3.13, Morsel's own copy() builds a plain Morsel: a copied cookie lost its attributes.
    import copy
    import pickle

    from clerk_backend.django import _RawMorsel

    raw = "__session=abc; Path=/; SameSite=Lax"
    morsel = _RawMorsel(raw)
    for twin in (copy.copy(morsel), copy.deepcopy(morsel), morsel.copy(), pickle.loads(pickle.dumps(morsel))):
        assert twin.output(header="") == raw
        assert twin.OutputString() == raw
