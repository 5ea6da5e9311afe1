"""The framework examples (examples/fastapi_app.py, flask_app.py, django_app.py), run as a user runs them.

Each example is started with ``python examples/<name>_app.py`` in a child process, on 127.0.0.1 with
PORT=0 (the server reports the port it got), configured only through its environment variables. Over HTTP:

- every published Clerk webhook example, signed the way Clerk (Svix) signs it, is answered 204, and the
  handler prints the line that the event's class leads to (the test works that class out from the event
  type on its own), with the verified message id; so is a signed example whose shape drifted (a field
  missing, null or retyped), and a signed body that is not an event at all gets 204 too (without reaching
  the handler); requests that fail verification get a 400 naming the reason and print nothing;
- ``GET /invoices`` (permission ``org:invoices:read``) answers 200 with the user and organization for a
  valid RS256 token holding the permission, sent as ``Authorization: Bearer`` or as the ``__session``
  cookie; 403 for a signed-in member without it; and 401 with the reason (and a ``WWW-Authenticate``
  header, and never the token) for an expired token, another key's signature, an unlisted or missing
  ``azp``, a pending session, garbage, or no token at all. Without CLERK_AUTHORIZED_PARTIES any ``azp`` is
  accepted.

What the handler printed is read from the child's stdout. To know where one request's output ends, the
test posts a signed marker event (an event type no Clerk release has) and reads up to the marker's line:
anything a request printed was written before its response, so before the marker's line.
"""

from __future__ import annotations

import base64
import copy
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

import clerk_backend

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# A copy of /work/shared/reference/webhook-examples.json: the example body of every event in Clerk's webhook spec.
EXAMPLES: dict[str, dict[str, Any]] = json.loads(
    (FIXTURES / "examples" / "webhook-examples.json").read_text(encoding="utf-8")
)["examples"]

FRAMEWORKS = ["fastapi", "flask", "django"]
REQUIRED_MODULES = {"fastapi": ["fastapi", "uvicorn"], "flask": ["flask"], "django": ["django"]}
STARTUP_TIMEOUT = 30.0  # seconds for a child to import its framework and listen, on a busy 2-core machine
TIMEOUT = 5.0  # seconds, for every request and every other wait

SECRET = "whsec_" + base64.b64encode(b"clerk-backend framework examples").decode()
WEBHOOK = clerk_backend.Webhook(SECRET)
OTHER_WEBHOOK = clerk_backend.Webhook("whsec_" + base64.b64encode(b"some other endpoint's secret").decode())

KEY = serialization.load_pem_private_key((FIXTURES / "jwt" / "rsa2048.key.pem").read_bytes(), password=None)
OTHER_KEY = serialization.load_pem_private_key((FIXTURES / "jwt" / "rsa2048b.key.pem").read_bytes(), password=None)
PUBLIC_PEM = (FIXTURES / "jwt" / "rsa2048.spki.pem").read_text(encoding="utf-8")  # KEY's public half
ORIGIN = "https://app.example.com"
AUTHORIZED_PARTIES = f"http://localhost:3000, {ORIGIN}"  # as a user sets it: comma-separated, with a space

# The subclass of each event type, by the prefix of the type; the deletions, whose `data` is a DeletedObject,
# are listed apart (organizationMembership.deleted carries the whole membership).
EVENT_CLASSES: dict[str, type[clerk_backend.WebhookEvent]] = {
    "user": clerk_backend.UserEvent,
    "session": clerk_backend.SessionEvent,
    "email": clerk_backend.EmailEvent,
    "sms": clerk_backend.SMSEvent,
    "organization": clerk_backend.OrganizationEvent,
    "organizationDomain": clerk_backend.OrganizationDomainEvent,
    "organizationInvitation": clerk_backend.OrganizationInvitationEvent,
    "organizationMembership": clerk_backend.OrganizationMembershipEvent,
    "role": clerk_backend.RoleEvent,
    "permission": clerk_backend.PermissionEvent,
    "waitlistEntry": clerk_backend.WaitlistEntryEvent,
    "paymentAttempt": clerk_backend.PaymentAttemptEvent,
    "subscription": clerk_backend.SubscriptionEvent,
    "subscriptionItem": clerk_backend.SubscriptionItemEvent,
}
DELETIONS = {"user.deleted", "organization.deleted", "organizationDomain.deleted", "role.deleted", "permission.deleted"}

# An event type that Clerk does not send: it parses as a plain WebhookEvent, and ends each request's output.
MARKER_EVENT = {
    "object": "event",
    "type": "test.marker",
    "data": {"id": "marker"},
    "timestamp": 1716883200000,
    "instance_id": "ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
}
MSG_ID = "msg_2xKFrameworkExampleTest000"  # the svix-id of every request signed here
MARKER_LINE = f"test.marker: WebhookEvent ({MSG_ID})"

# urllib would send even 127.0.0.1 through an http_proxy from the environment; these requests go direct.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_URL = re.compile(r"http://127\.0\.0\.1:(\d+)")
_HANDLER_LINE = re.compile(r"[A-Za-z]+\.[A-Za-z]+: ")  # "<event type>: ..."


def expected_class(event_type: str) -> type[clerk_backend.WebhookEvent]:
    if event_type in DELETIONS:
        return clerk_backend.DeletedEvent
    return EVENT_CLASSES[event_type.split(".")[0]]


def expected_line(payload: dict[str, Any]) -> str:
    """The line the examples' webhook handler prints for an event, worked out from the JSON."""
    event_type, data = payload["type"], payload["data"]
    cls = expected_class(event_type)
    return f"{event_type}: {data['id'] if cls is clerk_backend.UserEvent else cls.__name__} ({MSG_ID})"


# ---------------------------------------------------------------------------------------------
# Running an example


@dataclass
class App:
    """A running example: its base URL, and what it prints on stdout."""

    name: str
    url: str
    process: subprocess.Popen[str]
    stdout: queue.Queue[str]
    stderr: list[str]

    def printed(self) -> list[str]:
        """The lines printed since the last call: posts the marker event and reads up to its line."""
        body = encode(MARKER_EVENT)
        status, answer, _ = post(self, body, signed_headers(body))
        assert (status, answer) == (204, b""), (status, answer)
        lines: list[str] = []
        while True:
            try:
                line = self.stdout.get(timeout=TIMEOUT)
            except queue.Empty:
                pytest.fail(f"{self.name}: the marker event was not printed; stderr: {self.stderr[-20:]}")
            if line == MARKER_LINE:
                return lines
            if _HANDLER_LINE.match(line):  # not a server's log line (uvicorn logs requests to stdout)
                lines.append(line)


def _pump(stream: IO[str], sink: Callable[[str], None], found: queue.Queue[int]) -> None:
    """Hand a child's output to `sink` line by line, and put the port of any server URL in it on `found`."""
    for line in stream:
        line = line.rstrip("\n")
        match = _URL.search(line)
        if match:
            found.put(int(match.group(1)))
        sink(line)
    found.put(0)  # the stream ended


@contextmanager
def run_example(name: str, **environment: str) -> Iterator[App]:
    """Start examples/<name>_app.py with PORT=0, wait until it serves, and stop it afterwards."""
    with run_app(EXAMPLES_DIR / f"{name}_app.py", REQUIRED_MODULES[name], **environment) as app:
        yield app


@contextmanager
def run_app(script: Path, modules: list[str], **environment: str) -> Iterator[App]:
    """Start ``python script`` with PORT=0 and only the given CLERK_* variables, wait until it serves
    (``modules`` must be importable, else the test skips), and stop it afterwards."""
    name = script.stem
    for module in modules:
        pytest.importorskip(module)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CLERK_")}
    env.update(PORT="0", PYTHONUNBUFFERED="1", PYTHONIOENCODING="utf-8")
    env.update(environment)
    process = subprocess.Popen(
        [sys.executable, str(script)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    stdout: queue.Queue[str] = queue.Queue()
    stderr: list[str] = []
    found: queue.Queue[int] = queue.Queue()
    pumps = [
        threading.Thread(target=_pump, args=(process.stdout, stdout.put, found), daemon=True),
        threading.Thread(target=_pump, args=(process.stderr, stderr.append, found), daemon=True),
    ]
    for pump in pumps:
        pump.start()
    try:
        try:
            port = found.get(timeout=STARTUP_TIMEOUT)
        except queue.Empty:
            port = 0
        assert port, f"{name} did not start within {STARTUP_TIMEOUT} s; stderr: {stderr[-20:]}"
        app = App(name, f"http://127.0.0.1:{port}", process, stdout, stderr)
        app.printed()  # it answers; what it printed while starting (Flask's banner) is dropped
        yield app
    finally:
        process.terminate()
        try:
            process.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(TIMEOUT)
        for pump, stream in zip(pumps, (process.stdout, process.stderr)):
            pump.join(TIMEOUT)
            assert not pump.is_alive(), f"{name}: its output did not end"
            assert stream is not None
            stream.close()


def example_environment(**changes: str) -> dict[str, str]:
    env = {
        "CLERK_WEBHOOK_SIGNING_SECRET": SECRET,
        "CLERK_JWT_KEY": PUBLIC_PEM,
        "CLERK_AUTHORIZED_PARTIES": AUTHORIZED_PARTIES,
    }
    env.update(changes)
    return env


@pytest.fixture(scope="module", params=FRAMEWORKS)
def running(request: pytest.FixtureRequest) -> Iterator[App]:
    with run_example(request.param, **example_environment()) as app:
        yield app


@pytest.fixture
def app(running: App) -> App:
    """The running example, with nothing printed since this test started."""
    running.printed()
    return running


# ---------------------------------------------------------------------------------------------
# HTTP


def request(
    app: App, path: str, *, body: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, bytes, dict[str, str]]:
    """The status, body and headers (lower-cased names) of the answer."""
    method = "GET" if body is None else "POST"
    sent = urllib.request.Request(app.url + path, data=body, headers=headers or {}, method=method)
    try:
        with _OPENER.open(sent, timeout=TIMEOUT) as response:
            return response.status, response.read(), {k.lower(): v for k, v in response.headers.items()}
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read(), {k.lower(): v for k, v in exc.headers.items()}


def post(app: App, body: bytes, headers: dict[str, str]) -> tuple[int, bytes, dict[str, str]]:
    return request(app, "/webhooks/clerk", body=body, headers={"Content-Type": "application/json", **headers})


def encode(payload: dict[str, Any]) -> bytes:
    """Compact JSON, as Clerk sends it: an app that verified re-serialized JSON instead of the raw body would fail."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


def signed_headers(
    body: bytes, *, timestamp: int | None = None, webhook: clerk_backend.Webhook = WEBHOOK
) -> dict[str, str]:
    msg_id = MSG_ID
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "svix-id": msg_id,
        "svix-timestamp": str(timestamp),
        "svix-signature": webhook.sign(msg_id, timestamp, body),
    }


# ---------------------------------------------------------------------------------------------
# Webhooks


def test_the_fixture_has_every_kind_of_event() -> None:
    types = {payload["type"] for payload in EXAMPLES.values()}
    assert types == set(EXAMPLES)
    assert DELETIONS.issubset(types)
    assert {t.split(".")[0] for t in types} == set(EVENT_CLASSES)


def test_every_example_reaches_the_handler_as_its_typed_event(app: App) -> None:
    # One test per app, not per event type: the child's output is read once for all 45 events.
    expected = []
    for event_type in sorted(EXAMPLES):
        body = encode(EXAMPLES[event_type])
        assert post(app, body, signed_headers(body))[:2] == (204, b""), event_type
        expected.append(expected_line(EXAMPLES[event_type]))

    assert app.printed() == expected


@pytest.mark.parametrize(
    ("payload", "line"),
    [
        pytest.param(EXAMPLES["user.created"], f"user.created: user_2g7np7Hrk0SN6kj5EDMLDaKNL0S ({MSG_ID})", id="user"),
        pytest.param(EXAMPLES["organization.deleted"], f"organization.deleted: DeletedEvent ({MSG_ID})", id="deleted"),
        pytest.param(EXAMPLES["session.created"], f"session.created: SessionEvent ({MSG_ID})", id="other"),
        pytest.param(
            {**EXAMPLES["session.created"], "type": "session.renamed"},
            f"session.renamed: WebhookEvent ({MSG_ID})",
            id="unknown-type",
        ),
    ],
)
def test_the_handler_branches_on_the_event_class(app: App, payload: dict[str, Any], line: str) -> None:
    body = encode(payload)

    assert post(app, body, signed_headers(body))[:2] == (204, b"")

    assert app.printed() == [line]


def drifted(event_type: str, where: str, key: str, value: Any = None, *, delete: bool = False) -> dict[str, Any]:
    payload = copy.deepcopy(EXAMPLES[event_type])
    target = payload if where == "envelope" else payload["data"]
    if delete:
        del target[key]
    else:
        target[key] = value
    return payload


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(drifted("user.created", "data", "password_enabled", None), id="user-null-bool"),
        pytest.param(drifted("user.updated", "envelope", "timestamp", delete=True), id="user-no-timestamp"),
        pytest.param(drifted("organization.deleted", "data", "deleted", "yes"), id="deleted-retyped"),
        pytest.param(drifted("session.created", "data", "created_at", "2024-05-28"), id="session-string-time"),
    ],
)
def test_a_drifted_event_gets_2xx_and_reaches_its_typed_branch(app: App, payload: dict[str, Any]) -> None:
    body = encode(payload)

    assert post(app, body, signed_headers(body))[:2] == (204, b"")

    assert app.printed() == [expected_line(payload)]
    assert clerk_backend.problems(WEBHOOK.verify(body, signed_headers(body)))  # it did drift


def test_a_signed_body_that_is_not_an_event_is_not_answered_4xx(app: App) -> None:
    body = b"not json at all"

    status, _, _ = post(app, body, signed_headers(body))

    assert status == 204
    assert app.printed() == []


BODY = encode(EXAMPLES["user.created"])
TAMPERED = BODY.replace(b'"user.created"', b'"user.updated"', 1)


def failing_request(case: str) -> tuple[bytes, dict[str, str]]:
    """A body and headers that must fail verification, built when the test runs so that "now" is now."""
    now = int(time.time())
    headers = signed_headers(BODY)
    if case == "tampered-body":
        assert TAMPERED != BODY
        return TAMPERED, headers
    if case == "wrong-secret":
        return BODY, signed_headers(BODY, webhook=OTHER_WEBHOOK)
    if case.startswith("no-"):  # no-svix-id, no-svix-timestamp, no-svix-signature, or none of them
        return BODY, {key: value for key, value in headers.items() if case not in (f"no-{key}", "no-svix-headers")}
    if case == "not-a-number":
        return BODY, {**headers, "svix-timestamp": "soon"}
    if case == "expired":
        return BODY, signed_headers(BODY, timestamp=now - 3600)
    assert case == "from-the-future"
    return BODY, signed_headers(BODY, timestamp=now + 3600)


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        ("tampered-body", "no-matching-signature"),
        ("wrong-secret", "no-matching-signature"),
        ("no-svix-id", "missing-headers"),
        ("no-svix-timestamp", "missing-headers"),
        ("no-svix-signature", "missing-headers"),
        ("no-svix-headers", "missing-headers"),
        ("not-a-number", "invalid-timestamp"),
        ("expired", "timestamp-too-old"),
        ("from-the-future", "timestamp-too-new"),
    ],
)
def test_a_request_that_fails_verification_gets_400_with_the_reason(app: App, case: str, reason: str) -> None:
    body, headers = failing_request(case)

    status, answer, _ = post(app, body, headers)

    assert status == 400
    assert json.loads(answer) == {"detail": reason}
    assert app.printed() == []  # the handler never saw it


# ---------------------------------------------------------------------------------------------
# Session tokens


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mint(key: Any = KEY, **changes: Any) -> str:
    """An RS256 session token (v1) as Clerk issues them, valid now, of a member of org_1 who may read its
    invoices; ``claim=None`` removes a claim."""
    now = int(time.time())
    payload: dict[str, Any] = {
        "azp": ORIGIN,
        "exp": now + 60,
        "iat": now,
        "iss": "https://clerk.example.com",
        "nbf": now - 10,
        "sid": "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9",
        "sub": "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr",
        "org_id": "org_1",
        "org_role": "org:member",
        "org_permissions": ["org:invoices:read"],
    }
    payload.update(changes)
    payload = {name: value for name, value in payload.items() if value is not None}
    head = _b64url(json.dumps({"alg": "RS256", "kid": "ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S", "typ": "JWT"}).encode())
    body = _b64url(json.dumps(payload, separators=(",", ":")).encode())
    signature = key.sign(f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{head}.{body}.{_b64url(signature)}"


def invoices(app: App, *, bearer: str | None = None, cookie: str | None = None) -> tuple[int, Any, dict[str, str]]:
    headers = {}
    if bearer is not None:
        headers["Authorization"] = f"Bearer {bearer}"
    if cookie is not None:
        headers["Cookie"] = f"__session={cookie}"
    status, body, answer_headers = request(app, "/invoices", headers=headers)
    return status, json.loads(body), answer_headers


SIGNED_IN = {"user_id": "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr", "org_id": "org_1"}


@pytest.mark.parametrize("carrier", ["bearer", "cookie"])
def test_a_valid_session_token_gets_its_claims(app: App, carrier: str) -> None:
    token = mint()

    status, body, _ = invoices(app, **{carrier: token})

    assert status == 200
    assert body == SIGNED_IN


def test_the_permission_of_v1_and_v2_tokens(app: App) -> None:
    v1 = mint(org_id="org_v1", org_role="org:admin", org_slug="acme", sub="user_v1")
    v2_claims = {"v": 2, "sts": "active", "fea": "o:invoices", "sub": "user_v2", "sid": "sess_v2"}
    v2_org = {"id": "org_v2", "slg": "acme", "rol": "member", "per": "read", "fpm": "1"}  # org:invoices:read
    v2 = mint(**v2_claims, o=v2_org, org_id=None, org_role=None, org_permissions=None)

    assert invoices(app, bearer=v1)[:2] == (200, {"user_id": "user_v1", "org_id": "org_v1"})
    assert invoices(app, cookie=v2)[:2] == (200, {"user_id": "user_v2", "org_id": "org_v2"})


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"org_permissions": ["org:invoices:manage"]}, id="v1-another-permission"),
        pytest.param({"org_permissions": None}, id="v1-no-permissions"),
        pytest.param({"org_id": None, "org_role": None, "org_permissions": None}, id="no-organization"),
        pytest.param(
            {"v": 2, "fea": "o:invoices", "o": {"id": "org_1", "rol": "member", "per": "manage", "fpm": "1"}},
            id="v2-another-permission",
        ),
    ],
)
def test_a_signed_in_user_without_the_permission_gets_403(app: App, changes: dict[str, Any]) -> None:
    if changes.get("v") == 2:
        changes = {**changes, "org_id": None, "org_role": None, "org_permissions": None}

    status, body, headers = invoices(app, bearer=mint(**changes))

    assert (status, body) == (403, {"detail": "forbidden"})
    assert "www-authenticate" not in headers


def test_the_header_wins_over_the_cookie(app: App) -> None:
    status, body, _ = invoices(app, bearer=mint(sub="user_header"), cookie=mint(sub="user_cookie"))

    assert (status, body["user_id"]) == (200, "user_header")


def signed_out_token(case: str) -> str | None:
    now = int(time.time())
    if case == "expired":
        return mint(exp=now - 120, iat=now - 180, nbf=now - 180)
    if case == "wrong-key":
        return mint(key=OTHER_KEY)
    if case == "unlisted-azp":
        return mint(azp="https://evil.example.com")
    if case == "no-azp":  # with authorized parties set, a token must name one of them (both Clerk SDKs agree)
        return mint(azp=None)
    if case == "pending":
        return mint(v=2, sts="pending")
    if case == "garbage":
        return "not.a.token"
    assert case == "none"
    return None


SIGNED_OUT = [
    ("expired", "token-expired"),
    ("wrong-key", "token-invalid-signature"),
    ("unlisted-azp", "token-invalid-authorized-parties"),
    ("no-azp", "token-invalid-authorized-parties"),
    ("pending", "session-token-pending"),
    ("garbage", "token-invalid"),
    ("none", "session-token-missing"),
]


@pytest.mark.parametrize("carrier", ["bearer", "cookie"])
@pytest.mark.parametrize(("case", "reason"), SIGNED_OUT)
def test_a_signed_out_request_gets_401_with_the_reason(app: App, carrier: str, case: str, reason: str) -> None:
    token = signed_out_token(case)

    status, body, headers = invoices(app, **{carrier: token})

    assert status == 401
    assert body == {"detail": reason}
    assert headers["www-authenticate"] == "Bearer"
    if token is not None:  # the answer shows no part of the credential
        shown = json.dumps(body) + json.dumps(headers)
        assert token not in shown
        assert all(part not in shown for part in token.split(".") if len(part) >= 8)


@pytest.mark.parametrize("name", FRAMEWORKS)
def test_without_authorized_parties_any_azp_is_accepted(name: str) -> None:
    environment = example_environment()
    del environment["CLERK_AUTHORIZED_PARTIES"]
    with run_example(name, **environment) as app:
        assert invoices(app, bearer=mint(azp="https://elsewhere.example.com"))[:2] == (200, SIGNED_IN)
        assert invoices(app, bearer=mint(azp=None))[:2] == (200, SIGNED_IN)
        assert invoices(app, bearer=mint(key=OTHER_KEY))[:2] == (401, {"detail": "token-invalid-signature"})


# ---------------------------------------------------------------------------------------------
# Importing an example


IMPORT_CHECK = """
import importlib, sys, wsgiref.util
sys.path.insert(0, sys.argv[1])
module = importlib.import_module(sys.argv[2])
app = getattr(module, "application", None) or module.app
print(type(app).__module__, type(app).__name__)
if sys.argv[2] != "fastapi_app":  # a WSGI app: one signed-out request through it
    environ = {"PATH_INFO": "/invoices"}
    wsgiref.util.setup_testing_defaults(environ)
    answer = app(environ, lambda status, headers, exc_info=None: print(status))
    print(b"".join(answer).decode())
    getattr(answer, "close", lambda: None)()
"""


@pytest.mark.parametrize(
    ("name", "output"),
    [
        ("fastapi", "fastapi.applications FastAPI\n"),
        ("flask", 'flask.app Flask\n401 UNAUTHORIZED\n{"detail":"session-token-missing"}\n\n'),
        ("django", 'django.core.handlers.wsgi WSGIHandler\n401 Unauthorized\n{"detail": "session-token-missing"}\n'),
    ],
)
def test_importing_an_example_creates_the_app_and_serves_nothing(name: str, output: str) -> None:
    """As a WSGI/ASGI server imports it (`gunicorn django_app:application`): under its own module name, where
    Django's settings must still find the urls and the middleware."""
    for module in REQUIRED_MODULES[name]:
        pytest.importorskip(module)
    env = {key: value for key, value in os.environ.items() if not key.startswith("CLERK_")}
    env.update(example_environment())
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_CHECK, str(EXAMPLES_DIR), f"{name}_app"],
        capture_output=True,
        text=True,
        env=env,
        timeout=STARTUP_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == output
