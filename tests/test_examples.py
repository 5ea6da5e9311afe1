"""The example webhook endpoints (examples/fastapi_webhook.py, examples/flask_webhook.py), served for real.

Each app runs on 127.0.0.1 on a free port in a background thread (uvicorn for FastAPI, werkzeug for
Flask) and receives over HTTP every published Clerk webhook example, signed the way Clerk (Svix) signs
it; the typed event that reached the handler is read back from the app's ``received`` list. Requests
that must be refused (a tampered body, a wrong secret, a missing header, a stale timestamp) get a 400
that names the reason, and never reach the handler.
"""

from __future__ import annotations

import base64
import copy
import importlib.util
import json
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import clerk_backend

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
# A copy of /work/shared/reference/webhook-examples.json: the example body of every event in Clerk's webhook spec.
_FIXTURE = Path(__file__).parent / "fixtures" / "examples" / "webhook-examples.json"
EXAMPLES: dict[str, dict[str, Any]] = json.loads(_FIXTURE.read_text(encoding="utf-8"))["examples"]

SECRET = "whsec_" + base64.b64encode(b"clerk-backend example servers, tests").decode()
WEBHOOK = clerk_backend.Webhook(SECRET)
OTHER_WEBHOOK = clerk_backend.Webhook("whsec_" + base64.b64encode(b"some other endpoint's secret").decode())
PATH = "/webhooks/clerk"
TIMEOUT = 5.0  # seconds, for every wait and every request

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

# urllib would send even 127.0.0.1 through an http_proxy from the environment; these requests go direct.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def expected_class(event_type: str) -> type[clerk_backend.WebhookEvent]:
    if event_type in DELETIONS:
        return clerk_backend.DeletedEvent
    return EVENT_CLASSES[event_type.split(".")[0]]


@dataclass
class Server:
    url: str
    app_module: ModuleType

    @property
    def received(self) -> list[clerk_backend.WebhookEvent]:
        received: list[clerk_backend.WebhookEvent] = self.app_module.received
        return received


@contextmanager
def load_example(name: str) -> Iterator[ModuleType]:
    """Import examples/<name>.py under a private module name, and forget it afterwards."""
    module_name = f"_clerk_backend_example_{name}"
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[module_name]


def join_or_fail(thread: threading.Thread) -> None:
    thread.join(TIMEOUT)
    assert not thread.is_alive(), f"{thread.name} did not stop within {TIMEOUT} s"


@contextmanager
def serve_with_uvicorn(app: Any) -> Iterator[int]:
    uvicorn = pytest.importorskip("uvicorn")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # bound here, so the port is known and kept
    try:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        # log_config=None leaves this process's logging alone. uvicorn installs no signal handlers
        # outside the main thread, and stops when should_exit is set.
        config = uvicorn.Config(app, log_config=None, log_level="warning", access_log=False, lifespan="off")
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn", daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + TIMEOUT
            while not server.started:
                assert thread.is_alive(), "uvicorn stopped while starting"
                assert time.monotonic() < deadline, f"uvicorn did not start within {TIMEOUT} s"
                time.sleep(0.01)
            yield sock.getsockname()[1]
        finally:
            server.should_exit = True
            join_or_fail(thread)
    finally:
        sock.close()


@contextmanager
def serve_with_werkzeug(app: Any) -> Iterator[int]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="werkzeug", daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        join_or_fail(thread)


def wait_until_serving(url: str) -> None:
    """Until the server answers HTTP: a GET on the POST-only endpoint gets a 405 once it does."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            with _OPENER.open(url, timeout=0.5):
                pass
        except urllib.error.HTTPError as exc:
            exc.close()
            assert exc.code == 405, exc.code
            return
        except OSError:
            assert time.monotonic() < deadline, f"{url} did not answer within {TIMEOUT} s"
            time.sleep(0.02)
        else:
            pytest.fail("a GET on the webhook endpoint succeeded")


@pytest.fixture(scope="module", params=["fastapi", "flask"])
def server(request: pytest.FixtureRequest) -> Iterator[Server]:
    name: str = request.param
    if name == "fastapi":
        pytest.importorskip("fastapi")
        pytest.importorskip("uvicorn")
        serve = serve_with_uvicorn
    else:
        pytest.importorskip("flask")
        serve = serve_with_werkzeug
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLERK_WEBHOOK_SIGNING_SECRET", SECRET)
        with load_example(f"{name}_webhook") as module, serve(module.app) as port:
            url = f"http://127.0.0.1:{port}{PATH}"
            wait_until_serving(url)
            yield Server(url, module)


def signed_headers(
    body: bytes, *, timestamp: int | None = None, webhook: clerk_backend.Webhook = WEBHOOK
) -> dict[str, str]:
    msg_id = "msg_2xKExampleServerTest00000"
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {
        "svix-id": msg_id,
        "svix-timestamp": str(timestamp),
        "svix-signature": webhook.sign(msg_id, timestamp, body),
    }


def post(server: Server, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    """POST to the app: the status and the body of the answer."""
    request = urllib.request.Request(
        server.url, data=body, headers={"Content-Type": "application/json", **headers}, method="POST"
    )
    try:
        with _OPENER.open(request, timeout=TIMEOUT) as response:
            status: int = response.status
            return status, response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.read()


def encode(payload: dict[str, Any]) -> bytes:
    """Compact JSON, as Clerk sends it: an app that verified re-serialized JSON instead of the raw body would fail."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


@pytest.fixture
def app(server: Server) -> Server:
    """The running app, with nothing in its `received` list."""
    server.received.clear()
    return server


def test_the_fixture_has_every_kind_of_event() -> None:
    types = {payload["type"] for payload in EXAMPLES.values()}
    assert types == set(EXAMPLES)
    assert DELETIONS.issubset(types)
    assert {t.split(".")[0] for t in types} == set(EVENT_CLASSES)


@pytest.mark.parametrize("event_type", sorted(EXAMPLES))
def test_every_example_reaches_the_handler_as_its_typed_event(app: Server, event_type: str) -> None:
    payload = EXAMPLES[event_type]
    body = encode(payload)

    status, answer = post(app, body, signed_headers(body))

    assert (status, answer) == (204, b"")
    assert len(app.received) == 1
    event = app.received[0]
    assert type(event) is expected_class(event_type)
    assert event.type == event_type
    assert event.data.id == payload["data"]["id"]
    assert event.raw == payload


def test_the_app_keeps_only_the_last_ten_events(app: Server) -> None:
    earlier = [clerk_backend.WebhookEvent.from_json(EXAMPLES["session.created"])] * 10
    app.received.extend(earlier)
    body = encode(EXAMPLES["role.created"])

    assert post(app, body, signed_headers(body))[0] == 204

    assert len(app.received) == 10
    assert app.received[:9] == earlier[1:]
    assert type(app.received[-1]) is clerk_backend.RoleEvent


def with_primary_email(payload: dict[str, Any], email: str) -> dict[str, Any]:
    payload = copy.deepcopy(payload)
    user = payload["data"]
    user["email_addresses"] = [
        {"id": user["primary_email_address_id"], "object": "email_address", "email_address": email, "linked_to": []}
    ]
    return payload


@pytest.mark.parametrize(
    ("payload", "line"),
    [
        pytest.param(
            with_primary_email(EXAMPLES["user.created"], "jane@example.com"),
            "user.created: user_2g7np7Hrk0SN6kj5EDMLDaKNL0S <jane@example.com>",
            id="user-with-email",
        ),
        pytest.param(
            EXAMPLES["user.updated"],
            "user.updated: user_2g7np7Hrk0SN6kj5EDMLDaKNL0S <no email>",
            id="user-without-email",
        ),
        pytest.param(
            EXAMPLES["organization.deleted"],
            "organization.deleted: organization org_2g7np7Hrk0SN6kj5EDMLDaKNL0S is gone",
            id="deleted",
        ),
        pytest.param(EXAMPLES["session.created"], "session.created: not handled", id="other"),
    ],
)
def test_the_handler_branches_on_the_event_class(
    app: Server, capsys: pytest.CaptureFixture[str], payload: dict[str, Any], line: str
) -> None:
    body = encode(payload)
    capsys.readouterr()

    assert post(app, body, signed_headers(body))[0] == 204

    assert capsys.readouterr().out.splitlines() == [line]


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
        ("expired", "timestamp-too-old"),
        ("from-the-future", "timestamp-too-new"),
    ],
)
def test_a_request_that_fails_verification_gets_400_with_the_reason(app: Server, case: str, reason: str) -> None:
    body, headers = failing_request(case)

    status, answer = post(app, body, headers)

    assert status == 400
    assert json.loads(answer) == {"detail": reason}
    assert app.received == []
