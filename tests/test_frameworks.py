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

import pytest
from mock_clerk_api import MockClerkAPI
from test_authenticate_accepts import API_KEY_BODY  # an API key of user_1
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
TOKENS = TokenFactory()  # azp http://localhost:3000
ORIGIN = "http://localhost:3000"
SECRET_KEY = "sk_test_frameworks_0000000000000000"


@pytest.fixture(scope="module")
def api() -> Iterator[MockClerkAPI]:
    with MockClerkAPI() as server:
        yield server


def environment(server: str, api_url: str, **changes: str) -> dict[str, str]:
    env = {
        "CLERK_JWT_KEY": TOKENS.public_pem,
        "CLERK_SECRET_KEY": SECRET_KEY,
        "CLERK_API_URL": api_url,
        "CLERK_WEBHOOK_SIGNING_SECRET": SECRET,
        "CLERK_AUTHORIZED_PARTIES": ORIGIN,
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
def running(request: pytest.FixtureRequest, api: MockClerkAPI) -> Iterator[App]:
    script, modules, _ = SERVERS[request.param]
    with run_app(APPS_DIR / script, modules, **environment(request.param, api.url)) as app:
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


def get(app: App, path: str, *, token: str | None = None, cookies: str | None = None) -> Answer:
    """A GET without following redirects; every header kept (``headers.get_all``)."""
    host, port = app.url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=TIMEOUT)
    headers = {}
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
    answer = get(app, "/me", token=token) if carrier == "header" else get(app, "/me", cookies=f"__session={token}")

    assert (answer.status, answer.body) == (200, signed_in())


# Minted when the test runs (a token minted at collection could expire before a long run reaches it).
SIGNED_OUT: dict[str, tuple[Callable[[], str | None], str]] = {
    "none": (lambda: None, "session-token-missing"),
    "garbage": (lambda: "garbage", "token-invalid"),
    "expired": (lambda: TOKENS.session_token("user_1", expires_in=-120), "token-expired"),
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
    assert (answer.status, answer.body) == (401, {"detail": "token-expired"})

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
        ({"publishable_key": "pk_test_notbase64!"}, "CLERK_PUBLISHABLE_KEY is not a Clerk publishable key"),
        ({"publishable_key": "sk_test_Y2xlcmsuZXhhbXBsZS5jb20k"}, "CLERK_PUBLISHABLE_KEY is not a Clerk publishable"),
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
    assert loaded.publishable_key == "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k"
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
# handshake_headers, with states of the shapes the cookie flow may give


class _State(NamedTuple):
    status: str
    headers: Any = None


@pytest.mark.parametrize(
    "headers",
    [
        {"Location": "https://x/h", "Set-Cookie": ["a=1", "b=2"], "Cache-Control": "no-store"},
        [("Location", "https://x/h"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("Cache-Control", "no-store")],
    ],
    ids=["mapping-with-a-list", "pairs"],
)
def test_handshake_headers_of_a_handshake_state(headers: Any) -> None:
    assert _integration.handshake_headers(_State("handshake", headers)) == (
        ("Location", "https://x/h"),
        ("Set-Cookie", "a=1"),
        ("Set-Cookie", "b=2"),
        ("Cache-Control", "no-store"),
    )
    decided = _integration.Requirement.make(signed_in=False).decide(_State("handshake", headers))  # type: ignore[arg-type]
    assert isinstance(decided, _integration.Answer)
    assert decided.status == 307


def test_other_states_have_no_handshake_headers() -> None:
    assert _integration.handshake_headers(_State("signed-out", {"Location": "x"})) is None
    assert _integration.handshake_headers(clerk_backend.RequestState("signed-out")) is None
    assert _integration.handshake_headers(_State("handshake")) == ()


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
