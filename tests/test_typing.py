"""Typed user code: the stubs are precise enough for ``mypy --strict`` and pyright (strict mode).

``tests/typing/app.py`` is a small application written against the public API; both checkers
must accept it without a single diagnostic, and the tests at the end run it on real payloads
and tokens. ``tests/typing/misuse.py`` holds deliberate mistakes, one per line, each marked
with an ``expect:`` comment naming a mypy code and a pyright rule; both checkers must report every marked line with that
code, and nothing on any other line. A stub that said ``Any`` where it should name a type
would silence some of those lines and fail the test.

Each checker runs once over both files (about 1 s each); the results are split by file.
Neither file is collected by pytest: their names do not start with ``test_``.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

import clerk_backend

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typing"
APP = TYPING / "app.py"
AUTH_APP = TYPING / "auth_app.py"  # auth objects, has() and machine tokens
MISUSE = TYPING / "misuse.py"
FRAMEWORKS_APP = TYPING / "frameworks_app.py"  # clerk_backend.fastapi, .flask and .django
# The framework examples, as a user copies them.
EXAMPLES = tuple(ROOT / "examples" / f"{name}_app.py" for name in ("fastapi", "flask", "django"))
APPS = (APP, AUTH_APP, FRAMEWORKS_APP, *EXAMPLES)  # must pass both checkers without a single diagnostic
FIXTURES = ROOT / "tests" / "fixtures"

# A marker names the mypy error code, then the pyright rule, that the line must be reported with.
MARKER = re.compile(r"#\s*expect:\s*(?P<mypy>[a-z-]+)\s+(?P<pyright>report[A-Za-z]+)\s*$")

# Errors that only restate the marked mistake on the same line: once an attribute does not
# exist, its value is Any (mypy) or Unknown (pyright), and strict mode complains about that too.
FOLLOW_ON = {
    "mypy": {"no-any-return"},
    "pyright": {"reportUnknownMemberType", "reportUnknownVariableType", "reportUnknownArgumentType"},
}


class Diagnostic(NamedTuple):
    file: str  # the file's name: "app.py" or "misuse.py"
    line: int  # 1-based
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: [{self.code}] {self.message}"


def expectations(path: Path) -> dict[int, dict[str, str]]:
    """Line number -> {"mypy": code, "pyright": rule} for every marked line of a file."""
    expected: dict[int, dict[str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if "# expect" not in line:
            continue
        match = MARKER.search(line)
        assert match is not None, f"{path.name}:{number}: malformed marker: {line.strip()}"
        expected[number] = {"mypy": match["mypy"], "pyright": match["pyright"]}
    return expected


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def mypy_diagnostics() -> list[Diagnostic]:
    if sys.version_info < (3, 10):
        # The expected diagnostics are those of the mypy that requirements-dev.txt pins (2.x), which needs
        # Python 3.10+; older mypy words some of them differently. pyright checks the same files on 3.9.
        pytest.skip("the pinned mypy (2.x), whose diagnostics these tests expect, needs Python 3.10+")
    # --cache-dir /dev/null: nothing is written, so runs never share (or fight over) a cache.
    options = ["--strict", "--output", "json", "--cache-dir", "/dev/null"]
    result = _run([sys.executable, "-m", "mypy", *options, *map(str, APPS), str(MISUSE)], timeout=120)
    # 0: no errors, 1: errors found; anything else means mypy itself failed.
    assert result.returncode in (0, 1), result.stdout + result.stderr
    diagnostics = []
    for line in result.stdout.splitlines():
        item = json.loads(line)
        if item["severity"] == "note":
            continue
        diagnostics.append(Diagnostic(Path(item["file"]).name, item["line"], item["code"] or "", item["message"]))
    return diagnostics


@pytest.fixture(scope="module")
def pyright_diagnostics() -> list[Diagnostic]:
    if importlib.util.find_spec("pyright") is None:
        pytest.fail("pyright is not installed: pip install -r requirements-dev.txt")
    # The project file (tests/typing/pyrightconfig.json) lists both files and turns on strict mode.
    # --pythonpath: resolve imports in this interpreter's environment, where clerk_backend is installed.
    result = _run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--outputjson",
            "--project",
            str(TYPING / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
        ],
        timeout=180,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["filesAnalyzed"] == len(APPS) + 1, report["summary"]
    return [
        # pyright counts lines from 0.
        Diagnostic(Path(item["file"]).name, item["range"]["start"]["line"] + 1, item.get("rule", ""), item["message"])
        for item in report["generalDiagnostics"]
    ]


def _unexpected_in_misuse(checker: str, diagnostics: list[Diagnostic]) -> list[str]:
    """What is wrong with the checker's report on misuse.py, one line per problem."""
    expected = expectations(MISUSE)
    reported: dict[int, set[str]] = defaultdict(set)
    for diagnostic in diagnostics:
        if diagnostic.file == MISUSE.name:
            reported[diagnostic.line].add(diagnostic.code)
    problems = []
    for line, codes in sorted(expected.items()):
        wanted = codes[checker]
        if wanted not in reported[line]:
            problems.append(f"misuse.py:{line}: expected [{wanted}], got {sorted(reported[line]) or 'nothing'}")
        extra = reported[line] - {wanted} - FOLLOW_ON[checker]
        if extra:
            problems.append(f"misuse.py:{line}: besides [{wanted}], also {sorted(extra)}")
    for diagnostic in diagnostics:
        if diagnostic.file == MISUSE.name and diagnostic.line not in expected:
            problems.append(f"unmarked line reported: {diagnostic}")
    return problems


def test_misuse_file_has_its_cases() -> None:
    expected = expectations(MISUSE)
    assert len(expected) >= 20
    # The claims this file makes are about the stubs: every case uses clerk_backend.
    assert "import clerk_backend" in MISUSE.read_text(encoding="utf-8")


def test_app_passes_mypy_strict(mypy_diagnostics: list[Diagnostic]) -> None:
    found = [str(d) for d in mypy_diagnostics if d.file in {a.name for a in APPS}]
    assert found == [], "\n".join(found)


def test_app_passes_pyright_strict(pyright_diagnostics: list[Diagnostic]) -> None:
    found = [str(d) for d in pyright_diagnostics if d.file in {a.name for a in APPS}]
    assert found == [], "\n".join(found)


def test_mypy_reports_every_misuse_and_nothing_else(mypy_diagnostics: list[Diagnostic]) -> None:
    problems = _unexpected_in_misuse("mypy", mypy_diagnostics)
    assert problems == [], "\n".join(problems)


def test_pyright_reports_every_misuse_and_nothing_else(pyright_diagnostics: list[Diagnostic]) -> None:
    problems = _unexpected_in_misuse("pyright", pyright_diagnostics)
    assert problems == [], "\n".join(problems)


def test_the_checkers_only_looked_at_the_two_files(
    mypy_diagnostics: list[Diagnostic], pyright_diagnostics: list[Diagnostic]
) -> None:
    # An error inside the stubs or the package would show up under another file name.
    names = {d.file for d in mypy_diagnostics} | {d.file for d in pyright_diagnostics}
    assert names <= {*(a.name for a in APPS), MISUSE.name}


def test_the_comparison_helper_catches_a_missing_and_an_extra_report() -> None:
    expected = expectations(MISUSE)
    first, second = sorted(expected)[:2]
    diagnostics = [
        Diagnostic(MISUSE.name, first, expected[first]["mypy"], "ok"),
        Diagnostic(MISUSE.name, first, "no-any-return", "a follow-on error is allowed"),
        Diagnostic(MISUSE.name, first, "assignment", "a second, different error is not"),
        Diagnostic(MISUSE.name, 1, "misc", "a line without a marker"),
    ]
    problems = _unexpected_in_misuse("mypy", diagnostics)
    assert f"misuse.py:{first}: besides [{expected[first]['mypy']}], also ['assignment']" in problems
    assert any(p.startswith(f"misuse.py:{second}: expected") for p in problems)
    assert any(p.startswith("unmarked line reported: misuse.py:1:") for p in problems)
    assert not any(p.startswith(f"misuse.py:{first}: expected") for p in problems)


# ---------------------------------------------------------------------------------------------
# The sample application also runs: the code the checkers accept does what it says.


@pytest.fixture(scope="module")
def app() -> Iterator[ModuleType]:
    name = "clerk_backend_typing_sample_app"
    spec = importlib.util.spec_from_file_location(name, APP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the classes are built
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


SECRET = "whsec_" + base64.b64encode(b"typing sample app secret, 32 b!!").decode()
NOW = 1_761_300_000


def _example(name: str) -> dict[str, Any]:
    examples: dict[str, dict[str, Any]] = json.loads(
        (FIXTURES / "webhooks" / "webhook-examples.json").read_text(encoding="utf-8")
    )["examples"]
    return examples[name]


def _signed(event: dict[str, Any], msg_id: str = "msg_typing_sample") -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event).encode()
    signature = clerk_backend.Webhook(SECRET).sign(msg_id, NOW, body)
    return body, {"svix-id": msg_id, "svix-timestamp": str(NOW), "svix-signature": signature}


def test_app_keeps_its_directory_in_sync_with_webhooks(app: ModuleType) -> None:
    webhook = clerk_backend.Webhook(SECRET)
    directory = app.Directory()
    user_created = json.loads((FIXTURES / "users" / "user_created.json").read_text(encoding="utf-8"))
    user = user_created["data"]

    assert app.handle_webhook(webhook, directory, *_signed(user_created), now=NOW) == app.Response(204, "")
    account = directory.accounts[user["id"]]
    assert account.display_name == f"{user['first_name']} {user['last_name']}"
    primary = next(e for e in user["email_addresses"] if e["id"] == user["primary_email_address_id"])
    assert account.email == primary["email_address"]
    assert account.email_verified is (user["email_addresses"][0]["verification"]["status"] == "verified")
    assert account.plan == user["public_metadata"]["plan"]
    assert directory.log[-1] == f"welcome {account.display_name}"

    session_created = json.loads((FIXTURES / "session_created.json").read_text(encoding="utf-8"))
    assert session_created["data"]["user_id"] == user["id"]
    assert app.handle_webhook(webhook, directory, *_signed(session_created), now=NOW).status == 204
    assert directory.accounts[user["id"]].active_sessions == {session_created["data"]["id"]}
    city = session_created["data"]["latest_activity"]["city"]
    assert directory.log[-1].endswith(f"in {city}")

    membership = _example("organizationMembership.created")
    membership["data"]["public_user_data"]["user_id"] = user["id"]
    assert app.handle_webhook(webhook, directory, *_signed(membership), now=NOW).status == 204
    organization_id = membership["data"]["organization"]["id"]
    assert directory.accounts[user["id"]].organizations == {organization_id: membership["data"]["role"]}

    # user.updated keeps what other events added.
    user_updated = dict(user_created, type="user.updated")
    assert app.handle_webhook(webhook, directory, *_signed(user_updated), now=NOW).status == 204
    assert directory.accounts[user["id"]].organizations == {organization_id: membership["data"]["role"]}
    assert directory.accounts[user["id"]].active_sessions == {session_created["data"]["id"]}

    unknown = dict(_example("email.created"), type="invoice.paid")
    assert app.handle_webhook(webhook, directory, *_signed(unknown), now=NOW).status == 204
    assert directory.unknown_events == ["invoice.paid"]

    deleted = _example("user.deleted")
    deleted["data"]["id"] = user["id"]
    body, headers = _signed(deleted)
    assert app.handle_webhook_from_env(directory, body, headers, SECRET, NOW).status == 204
    assert directory.accounts == {}


def test_app_answers_400_with_the_reason(app: ModuleType) -> None:
    webhook = clerk_backend.Webhook(SECRET)
    directory = app.Directory()
    body, headers = _signed(_example("user.created"))
    tampered = body.replace(b'"user.created"', b'"user.updated"')
    assert app.handle_webhook(webhook, directory, tampered, headers, now=NOW) == app.Response(
        400, "no-matching-signature"
    )
    assert app.handle_webhook(webhook, directory, body, headers, now=NOW + 3600).body == "timestamp-too-old"
    assert app.handle_webhook_from_env(directory, body, {}, SECRET, NOW).body == "missing-headers"
    assert directory.accounts == {} and directory.log == []


def test_app_handles_a_redelivered_message_once(app: ModuleType) -> None:
    webhook = clerk_backend.Webhook(SECRET)
    directory = app.Directory()
    example = _example("user.created")
    body, headers = _signed(example, msg_id="msg_once")
    assert app.handle_webhook_once(webhook, directory, body, headers, now=NOW) == app.Response(204, "")
    assert directory.log[0] == f"user message msg_once at {NOW}: {example['data']['id']}"
    assert directory.handled_messages == {"msg_once"}
    # The redelivery: same id, a later signed timestamp.
    later = {**headers, "svix-timestamp": str(NOW + 60)}
    later["svix-signature"] = clerk_backend.Webhook(SECRET).sign("msg_once", NOW + 60, body)
    assert app.handle_webhook_once(webhook, directory, body, later, now=NOW + 60) == app.Response(
        200, "already handled msg_once"
    )
    assert len(directory.log) == 3  # this line, then apply_event's two: nothing from the redelivery
    message = webhook.verify_message(body, headers, now=NOW)
    assert app.user_id_of(message) == example["data"]["id"]


def test_app_reads_users_pages_and_round_trips(app: ModuleType) -> None:
    user = json.loads((FIXTURES / "users" / "user_created.json").read_text(encoding="utf-8"))["data"]
    parsed = app.load_user(json.dumps(user))
    assert isinstance(parsed, clerk_backend.User)
    assert app.store_and_restore(parsed) == parsed
    assert app.oauth_providers(parsed) == sorted({a["provider"] for a in user["external_accounts"]})
    assert app.phone_numbers_for_2fa(parsed) == [
        p["phone_number"] for p in user["phone_numbers"] if p.get("reserved_for_second_factor") is True
    ]

    broken = json.loads(json.dumps(user))
    broken["email_addresses"][0]["verification"]["status"] = 7
    assert app.load_user(broken) == "bad user at User.email_addresses[0].verification.status"

    organization = _example("organization.created")["data"]
    page = json.dumps({"data": [user, organization, user], "total_count": 3})
    users, total = app.users_from_page(page)
    assert total == 3 and users == [parsed, parsed]
    with pytest.raises(TypeError):
        app.users_from_page(json.dumps(user))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _token(claims: dict[str, Any]) -> str:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    key = serialization.load_pem_private_key((FIXTURES / "jwt" / "rsa2048.key.pem").read_bytes(), password=None)
    header = _b64url(json.dumps({"alg": "RS256", "kid": "ins_typing", "typ": "JWT"}).encode())
    payload = _b64url(json.dumps(claims).encode())
    signature = key.sign(f"{header}.{payload}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{header}.{payload}.{_b64url(signature)}"


def _claims(**changes: Any) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "sub": "user_2xK9mQvR7tLpN4wZbC8dYhF3sJe",
        "sid": "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL",
        "azp": "https://app.example.com",
        "iss": "https://clerk.example.com",
        "iat": NOW - 5,
        "nbf": NOW - 10,
        "exp": NOW + 60,
        "org_id": "org_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        "org_role": "org:admin",
        "org_slug": "acme",
        "org_permissions": ["org:dashboard:read"],
    }
    claims.update(changes)
    return claims


def test_app_checks_session_tokens(app: ModuleType) -> None:
    key = app.load_key((FIXTURES / "jwt" / "rsa2048.spki.pem").read_text(encoding="utf-8"))
    assert isinstance(key, clerk_backend.JwtKey)
    assert app.load_key("not a key") is None
    parties = ["https://app.example.com"]

    token = _token(_claims())
    caller = app.check_token(token, key, parties, NOW)
    assert caller == app.Caller(
        user_id="user_2xK9mQvR7tLpN4wZbC8dYhF3sJe",
        session_id="sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL",
        organization_id="org_2g7np7Hrk0SN6kj5EDMLDaKNL0S",
        role="admin",
        can_read_dashboard=True,
    )
    member = app.check_token(_token(_claims(org_role="org:member", org_permissions=[])), key, parties, NOW)
    assert (member.role, member.can_read_dashboard) == ("member", False)
    guest = _claims()
    for name in ("org_id", "org_role", "org_slug", "org_permissions"):
        del guest[name]
    assert app.check_token(_token(guest), key, parties, NOW).role == "guest"
    assert app.check_token(token, key, parties, NOW + 3600) == "token-expired"
    assert app.check_token(token, key, ["https://other.example.com"], NOW) == "token-invalid-authorized-parties"
    assert app.seconds_left(clerk_backend.verify_token(token, jwt_key=key, now=NOW), NOW) == 60

    bearer = {"Authorization": f"Bearer {token}"}
    assert app.current_user_id(bearer, key, NOW) == "user_2xK9mQvR7tLpN4wZbC8dYhF3sJe"
    assert app.current_user_id({"Cookie": f"__session={token}"}, key, NOW) == "user_2xK9mQvR7tLpN4wZbC8dYhF3sJe"
    assert app.current_user_id({}, key, NOW) is None
    assert app.current_user_id(bearer, key, NOW + 3600) is None
    assert app.require_signed_in(bearer, key, NOW) == caller
    assert app.require_signed_in({}, key, NOW) == app.Response(401, "session-token-missing")
    pending = {"Authorization": f"Bearer {_token(_claims(sts='pending'))}"}
    assert app.require_signed_in(pending, key, NOW) == app.Response(401, "session-token-pending")

    assert app.peek_session_id(token) == "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL"
    assert app.peek_session_id("not.a.token") is None


# ---------------------------------------------------------------------------------------------
# The auth sample runs too.


@pytest.fixture(scope="module")
def auth_app() -> Iterator[ModuleType]:
    name = "clerk_backend_typing_auth_app"
    spec = importlib.util.spec_from_file_location(name, AUTH_APP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[name]


def test_auth_app_narrows_and_checks(auth_app: ModuleType, api: Any) -> None:
    from clerk_backend.testing import TokenFactory

    tokens = TokenFactory()
    token = auth_app.minted_admin_token(tokens, NOW)
    claims = clerk_backend.verify_token(token, jwt_key=tokens.jwt_key, now=NOW)
    session = auth_app.auth_of(claims, "")
    assert auth_app.who(session) == "user_1" and auth_app.session_subject(session) == "user_1"
    assert auth_app.organization_of(session) == "org_1"
    assert auth_app.can_read_invoices(session) and auth_app.can_manage_billing(session)
    signed_out = auth_app.auth_of(None, "token-expired")
    assert auth_app.who(signed_out) == "nobody (token-expired)" and auth_app.session_subject(signed_out) is None
    assert not auth_app.can_read_invoices(signed_out) and auth_app.organization_of(signed_out) is None

    machine = auth_app.authenticate_api_key("ak_typing", "sk_test_typing", api.url)
    assert isinstance(machine, clerk_backend.MachineAuth)
    assert auth_app.who(machine) == machine.subject and not auth_app.can_read_invoices(machine)
    assert auth_app.describe_machine(machine) == f"API key {machine.name}"
    assert auth_app.describe_model(machine.machine) == machine.name
    api.enqueue("POST", "/api_keys/verify", status=404)
    assert auth_app.authenticate_api_key("ak_typing", "sk_test_typing", api.url) == 401
    api.enqueue("POST", "/api_keys/verify", status=503)
    assert auth_app.authenticate_api_key("ak_typing", "sk_test_typing", api.url) == 503


def test_auth_app_reads_requests(auth_app: ModuleType) -> None:
    import asyncio

    from clerk_backend.testing import TokenFactory

    tokens = TokenFactory()
    headers = {"Authorization": f"Bearer {tokens.session_token('user_5')}"}
    assert auth_app.user_of_request(headers, tokens) == "user_5"
    assert asyncio.run(auth_app.user_of_request_async(headers, tokens)) == "user_5"
    assert auth_app.user_of_request({}, tokens) is None
    state = clerk_backend.authenticate_request(headers, jwt_key=tokens.jwt_key)
    assert auth_app.answer_to(state) == 200
    assert auth_app.answer_to(clerk_backend.authenticate_request({})) == 401
    mismatch = clerk_backend.authenticate_request(
        {"Authorization": f"Bearer {tokens.m2m_token()}"}, jwt_key=tokens.jwt_key
    )
    assert mismatch.reason == "token-type-mismatch" and auth_app.answer_to(mismatch) == 401
