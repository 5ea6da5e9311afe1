"""The command line: ``python -m clerk_backend`` (and the ``clerk-backend`` script), run through ``subprocess``.

Webhooks are signed here with ``Webhook.sign``, session tokens are minted with ``cryptography`` from a key
generated for this module. Every run goes through ``run``, which also checks that no secret of the test
(the webhook signing secret, the Backend API secret key) is printed and that no traceback is.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

import clerk_backend
from clerk_backend import cli

FIXTURES = Path(__file__).parent / "fixtures"
USER_JSON = FIXTURES / "users" / "user.json"
EVENT_BODY = (FIXTURES / "users" / "user_created.json").read_bytes()

SECRET = "whsec_" + base64.b64encode(b"the cli test signing key, 32 B!!").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"some other signing key of 32 B!!").decode()
SECRET_KEY = "sk_test_cliSecretKeyThatMustNeverBePrinted0123"
# Whatever a run prints, none of these may appear in it.
NEVER_PRINTED = (SECRET, SECRET.removeprefix("whsec_"), OTHER_SECRET.removeprefix("whsec_"), SECRET_KEY)
ENV_NAMES = ("CLERK_WEBHOOK_SIGNING_SECRET", "CLERK_JWT_KEY", "CLERK_SECRET_KEY")

TS = 1_716_883_200  # the webhook timestamp of most tests
MSG_ID = "msg_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
NOW = 1_700_000_000  # the token clock


class Result:
    def __init__(self, completed: subprocess.CompletedProcess[bytes]) -> None:
        self.code = completed.returncode
        self.stdout = completed.stdout.decode("utf-8")  # output is always UTF-8 text
        self.stderr = completed.stderr.decode("utf-8")

    def __repr__(self) -> str:
        return f"Result(code={self.code}, stdout={self.stdout[:500]!r}, stderr={self.stderr[:500]!r})"


def run(*args: str, stdin: bytes = b"", env: dict[str, str] | None = None, secrets: tuple[str, ...] = ()) -> Result:
    """``python -m clerk_backend *args`` with none of the CLERK_* variables unless ``env`` sets them."""
    environ = {name: value for name, value in os.environ.items() if name not in ENV_NAMES}
    environ.update(env or {})
    completed = subprocess.run(
        [sys.executable, "-m", "clerk_backend", *args], input=stdin, capture_output=True, env=environ, timeout=120
    )
    result = Result(completed)
    assert "Traceback" not in result.stderr, result
    for secret in (*NEVER_PRINTED, *secrets):
        assert secret not in result.stdout and secret not in result.stderr, (secret, result)
    return result


def headers(body: bytes, *, secret: str = SECRET, ts: int = TS, msg_id: str = MSG_ID) -> dict[str, str]:
    signature = clerk_backend.Webhook(secret).sign(msg_id, ts, body)
    return {"svix-id": msg_id, "svix-timestamp": str(ts), "svix-signature": signature}


def header_args(values: dict[str, str], form: str = "{name}: {value}") -> list[str]:
    return [arg for name, value in values.items() for arg in ("--header", form.format(name=name, value=value))]


@pytest.fixture
def body_file(tmp_path: Path) -> Path:
    path = tmp_path / "body.json"
    path.write_bytes(EVENT_BODY)
    return path


# ---------------------------------------------------------------------------------------------
# verify


def test_verify_with_secret_flag_prints_the_typed_event(body_file: Path) -> None:
    result = run("verify", "--secret", SECRET, "--now", str(TS), *header_args(headers(EVENT_BODY)), str(body_file))
    assert result.code == 0, result
    event = clerk_backend.WebhookEvent.from_json(EVENT_BODY)
    assert isinstance(event, clerk_backend.UserEvent)
    lines = result.stdout.splitlines()
    assert lines[0] == "UserEvent"
    assert "  type = 'user.created'" in lines
    assert "  data = User" in lines
    assert f"    id = {event.data.id!r}" in lines
    assert f"    email_addresses = ({len(event.data.email_addresses)} items)" in lines
    assert "      [0] = EmailAddress" in lines
    assert f"        email_address = {event.data.email_addresses[0].email_address!r}" in lines
    assert result.stderr == ""


def test_verify_with_secret_from_environment_and_body_from_stdin() -> None:
    args = ["verify", "--now", str(TS), *header_args(headers(EVENT_BODY))]
    result = run(*args, stdin=EVENT_BODY, env={"CLERK_WEBHOOK_SIGNING_SECRET": SECRET})
    assert result.code == 0, result
    assert result.stdout.startswith("UserEvent\n")
    explicit_stdin = run(*args, "-", stdin=EVENT_BODY, env={"CLERK_WEBHOOK_SIGNING_SECRET": SECRET})
    assert explicit_stdin.stdout == result.stdout


def test_secret_flag_wins_over_environment(body_file: Path) -> None:
    args = ["verify", "--now", str(TS), *header_args(headers(EVENT_BODY)), str(body_file)]
    assert run(*args, "--secret", SECRET, env={"CLERK_WEBHOOK_SIGNING_SECRET": OTHER_SECRET}).code == 0
    wrong = run(*args, "--secret", OTHER_SECRET, env={"CLERK_WEBHOOK_SIGNING_SECRET": SECRET})
    assert wrong.code == 1 and "no-matching-signature" in wrong.stderr


def test_verify_json_is_to_dict(body_file: Path) -> None:
    result = run(
        "verify",
        "--secret",
        SECRET,
        "--now",
        str(TS),
        "--json",
        *header_args(headers(EVENT_BODY)),
        "-",
        stdin=EVENT_BODY,
    )
    assert result.code == 0, result
    assert json.loads(result.stdout) == clerk_backend.WebhookEvent.from_json(EVENT_BODY).to_dict()


def test_body_is_verified_as_raw_bytes(tmp_path: Path) -> None:
    """CRLF line ends, non-ASCII text and a trailing newline: a text-mode read would change the bytes."""
    body = EVENT_BODY.replace(b'"Doe"', '"Dö\u00e9 \u2603"'.encode()).replace(b"\n", b"\r\n") + b"\r\n"
    assert b"\r\n" in body and "\u2603".encode() in body
    (tmp_path / "crlf.json").write_bytes(body)
    args = ["verify", "--secret", SECRET, "--now", str(TS), *header_args(headers(body))]
    from_file = run(*args, str(tmp_path / "crlf.json"))
    assert from_file.code == 0, from_file
    assert "'Dö\u00e9 \u2603'" in from_file.stdout
    assert run(*args, stdin=body).stdout == from_file.stdout
    # The same event with other bytes (LF line ends) does not match the signature.
    assert run(*args, stdin=body.replace(b"\r\n", b"\n")).code == 1


def test_tampered_body_fails(body_file: Path) -> None:
    tampered = EVENT_BODY.replace(b"jane_doe", b"jane_dough")
    assert tampered != EVENT_BODY
    result = run("verify", "--secret", SECRET, "--now", str(TS), *header_args(headers(EVENT_BODY)), stdin=tampered)
    assert result.code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("webhook verification failed: no-matching-signature: ")


@pytest.mark.parametrize("missing", ["svix-id", "svix-timestamp", "svix-signature"])
def test_missing_header_fails(body_file: Path, missing: str) -> None:
    values = headers(EVENT_BODY)
    del values[missing]
    result = run("verify", "--secret", SECRET, "--now", str(TS), *header_args(values), str(body_file))
    assert result.code == 1
    assert result.stderr.startswith("webhook verification failed: missing-headers: ")
    assert missing in result.stderr


def test_stale_timestamp_and_now(body_file: Path) -> None:
    args = ["verify", "--secret", SECRET, *header_args(headers(EVENT_BODY)), str(body_file)]
    stale = run(*args)  # TS is 2024: far older than the real clock minus 300 s
    assert stale.code == 1 and "timestamp-too-old" in stale.stderr
    assert run(*args, "--now", str(TS + 300)).code == 0
    late = run(*args, "--now", str(TS + 301))
    assert late.code == 1 and "timestamp-too-old" in late.stderr
    early = run(*args, "--now", str(TS - 301))
    assert early.code == 1 and "timestamp-too-new" in early.stderr
    assert run(*args, "--now", str(TS + 301), "--tolerance", "301").code == 0


def test_a_stale_timestamp_says_its_age_and_what_to_do(body_file: Path) -> None:
    args = ["verify", "--secret", SECRET, *header_args(headers(EVENT_BODY)), str(body_file)]
    late = run(*args, "--now", str(TS + 3 * 3600 + 5 * 60))
    assert late.code == 1
    assert "it is 3 h 5 min (11100 s) old, and the tolerance is 300 s" in late.stderr
    assert f"pass --now {TS} (its svix-timestamp) or a larger --tolerance SECONDS" in late.stderr
    early = run(*args, "--now", str(TS - 400))
    assert "6 min (400 s) ahead of the clock" in early.stderr and f"--now {TS}" in early.stderr
    bad = run(
        "verify",
        "--secret",
        SECRET,
        *header_args({**headers(EVENT_BODY), "svix-signature": "v1,x"}),
        "--now",
        str(TS),
        str(body_file),
    )
    assert bad.code == 1 and "hint:" not in bad.stderr


def test_current_timestamp_without_now(body_file: Path) -> None:
    now = int(time.time())
    result = run("verify", "--secret", SECRET, *header_args(headers(EVENT_BODY, ts=now)), str(body_file))
    assert result.code == 0, result


@pytest.mark.parametrize(
    "form",
    ["{name}: {value}", "{name}:{value}", "{name}={value}", "{name}  :  {value}  "],
    ids=["colon-space", "colon", "equals", "padded"],
)
def test_header_forms(body_file: Path, form: str) -> None:
    result = run(
        "verify", "--secret", SECRET, "--now", str(TS), *header_args(headers(EVENT_BODY), form), str(body_file)
    )
    assert result.code == 0, result


def test_header_names_are_case_insensitive_and_webhook_prefix_works(body_file: Path) -> None:
    values = headers(EVENT_BODY)
    upper = {name.upper(): value for name, value in values.items()}
    webhook = {name.replace("svix-", "webhook-"): value for name, value in values.items()}
    for variant in (upper, webhook):
        result = run("verify", "--secret", SECRET, "--now", str(TS), *header_args(variant), str(body_file))
        assert result.code == 0, (variant, result)


def test_rotated_signatures_and_unrelated_headers(body_file: Path) -> None:
    values = headers(EVENT_BODY)
    other = headers(EVENT_BODY, secret=OTHER_SECRET)["svix-signature"]
    values["svix-signature"] = f"{other} {values['svix-signature']}"
    values["content-type"] = "application/json"
    assert run("verify", "--secret", SECRET, "--now", str(TS), *header_args(values), str(body_file)).code == 0
    values["svix-signature"] = other
    assert run("verify", "--secret", SECRET, "--now", str(TS), *header_args(values), str(body_file)).code == 1


@pytest.mark.parametrize("bad", ["svix-id", ": value", "=value", "svix id: x", "svix-id\u00e9: x", ""])
def test_malformed_header_argument_is_a_usage_error(body_file: Path, bad: str) -> None:
    result = run("verify", "--secret", SECRET, "--header", bad, str(body_file))
    assert result.code == 2, result
    assert "--header" in result.stderr and "name: value" in result.stderr


def test_no_secret_anywhere_is_a_usage_error(body_file: Path) -> None:
    args = ["verify", *header_args(headers(EVENT_BODY)), str(body_file)]
    for extra_env in ({}, {"CLERK_WEBHOOK_SIGNING_SECRET": ""}):
        result = run(*args, env=extra_env)
        assert result.code == 2, result
        assert result.stdout == ""
        assert "usage:" in result.stderr and "CLERK_WEBHOOK_SIGNING_SECRET" in result.stderr


def test_invalid_secret_is_a_failure_that_does_not_show_it(body_file: Path) -> None:
    bad = "whsec_not!valid!base64!at!all"
    result = run("verify", "--secret", bad, *header_args(headers(EVENT_BODY)), str(body_file), secrets=(bad,))
    assert result.code == 1
    assert result.stderr.startswith("webhook verification failed: invalid-secret: ")


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "invalid-payload"),
        (b"\xff\xfe{}", "invalid-payload"),
        (b"[1, 2]", "invalid-payload"),
        (b'{"object": "user", "id": "user_1"}', "invalid-payload"),
    ],
    ids=["empty", "not-utf8", "array", "another-class"],
)
def test_bad_bodies_signed_correctly(body: bytes, reason: str) -> None:
    result = run("verify", "--secret", SECRET, "--now", str(TS), *header_args(headers(body)), stdin=body)
    assert result.code == 1, result
    assert result.stderr.startswith(f"webhook verification failed: {reason}: ")


DRIFTED_BODY = b'{"type": "user.created", "object": "event", "data": {"id": "user_1"}}'


def test_verify_warns_about_fields_that_could_not_be_typed_and_strict_fails() -> None:
    args = ["verify", "--secret", SECRET, "--now", str(TS), *header_args(headers(DRIFTED_BODY))]
    result = run(*args, stdin=DRIFTED_BODY)
    assert result.code == 0, result
    assert "warning: UserEvent.timestamp: required key is missing" in result.stderr.splitlines()
    assert "warning: UserEvent.data.password_enabled: required key is missing" in result.stderr.splitlines()
    assert "    id = 'user_1'" in result.stdout.splitlines()
    assert "    password_enabled = <invalid: required key is missing>" in result.stdout.splitlines()

    strict = run(*args, "--strict", stdin=DRIFTED_BODY)
    assert strict.code == 1, strict
    assert strict.stderr.startswith("webhook verification failed: invalid-payload: ")
    assert "UserEvent.timestamp: required key is missing" in strict.stderr
    assert strict.stdout == ""


def test_parse_warns_about_fields_that_could_not_be_typed_and_strict_fails(tmp_path: Path) -> None:
    path = tmp_path / "user.json"
    payload = json.loads(USER_JSON.read_text(encoding="utf-8"))
    payload["banned"] = "no"
    path.write_text(json.dumps(payload), encoding="utf-8")
    result = run("parse", str(path))
    assert result.code == 0, result
    assert result.stderr == "warning: User.banned: expected bool, got string\n"
    assert "  banned = <invalid: expected bool, got string>" in result.stdout.splitlines()
    as_json = run("parse", "--json", str(path))
    assert json.loads(as_json.stdout)["banned"] == "no"  # what was sent

    strict = run("parse", "--strict", "--class", "User", str(path))
    assert strict.code == 1, strict
    assert strict.stdout == ""
    assert strict.stderr == "parse failed: User.banned: expected bool, got string\n"


def test_missing_or_unreadable_body_file_is_a_usage_error(tmp_path: Path) -> None:
    for path in (tmp_path / "nope.json", tmp_path):
        result = run("verify", "--secret", SECRET, *header_args(headers(EVENT_BODY)), str(path))
        assert result.code == 2, result
        assert "cannot read" in result.stderr


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--tolerance", "-1"),
        ("--tolerance", "abc"),
        ("--tolerance", "1.5"),
        ("--tolerance", str(10**30)),
        ("--now", "nan"),
        ("--now", "inf"),
        ("--now", "soon"),
        ("--now", "-5"),
        ("--now", "1e308"),
    ],
)
def test_bad_numbers_are_usage_errors(body_file: Path, option: str, value: str) -> None:
    result = run("verify", "--secret", SECRET, f"{option}={value}", *header_args(headers(EVENT_BODY)), str(body_file))
    assert result.code == 2, result
    assert option in result.stderr


# ---------------------------------------------------------------------------------------------
# sign (issue 21 item 8)


def _printed_headers(stdout: str) -> dict[str, str]:
    lines = stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == ["svix-id", "svix-timestamp", "svix-signature"], stdout
    return dict(line.split(": ", 1) for line in lines)


def test_sign_prints_the_three_headers_for_a_body(body_file: Path) -> None:
    result = run("sign", "--secret", SECRET, "--msg-id", MSG_ID, "--timestamp", str(TS), str(body_file))
    assert result.code == 0, result
    assert result.stderr == ""
    assert _printed_headers(result.stdout) == headers(EVENT_BODY)
    # The library agrees, and so does `verify` fed with the printed lines.
    assert clerk_backend.Webhook(SECRET).verify_message(EVENT_BODY, headers(EVENT_BODY), now=TS).id == MSG_ID
    flags = [arg for line in result.stdout.splitlines() for arg in ("--header", line)]
    check = run("verify", "--secret", SECRET, "--now", str(TS), *flags)
    assert check.code == 1  # no body on stdin: the signature covers the file's bytes, not b""
    check = run("verify", "--secret", SECRET, "--now", str(TS), *flags, str(body_file))
    assert check.code == 0, check
    assert check.stdout.startswith("UserEvent\n")


def test_sign_defaults_to_a_new_id_and_now_with_the_secret_from_the_environment() -> None:
    before = int(time.time())
    result = run("sign", stdin=EVENT_BODY, env={"CLERK_WEBHOOK_SIGNING_SECRET": SECRET})
    after = int(time.time())
    assert result.code == 0, result
    printed = _printed_headers(result.stdout)
    assert re.fullmatch(r"msg_[0-9A-Za-z]{27}", printed["svix-id"])
    assert before <= int(printed["svix-timestamp"]) <= after
    assert clerk_backend.Webhook(SECRET).verify_message(EVENT_BODY, printed).id == printed["svix-id"]
    again = run("sign", stdin=EVENT_BODY, env={"CLERK_WEBHOOK_SIGNING_SECRET": SECRET})
    assert _printed_headers(again.stdout)["svix-id"] != printed["svix-id"]


def test_sign_json_output(body_file: Path) -> None:
    result = run("sign", "--secret", SECRET, "--msg-id", MSG_ID, "--timestamp", f"{TS}.75", "--json", str(body_file))
    assert result.code == 0, result
    assert json.loads(result.stdout) == headers(EVENT_BODY)  # a fractional timestamp is rounded down


def test_sign_failures(body_file: Path, tmp_path: Path) -> None:
    no_secret = run("sign", str(body_file))
    assert no_secret.code == 2
    assert "no signing secret: pass --secret or set CLERK_WEBHOOK_SIGNING_SECRET" in no_secret.stderr
    bad = run("sign", "--secret", "sk_test_signOopsValue42", str(body_file), secrets=("signOopsValue42",))
    assert bad.code == 1
    assert bad.stdout == ""
    assert bad.stderr.startswith("cannot sign: invalid-secret: ")
    assert "whsec_" in bad.stderr and "Clerk Dashboard" in bad.stderr
    missing = run("sign", "--secret", SECRET, str(tmp_path / "absent.json"))
    assert missing.code == 2
    assert "cannot read" in missing.stderr
    for timestamp in ("soon", "-5", "nan"):
        result = run("sign", "--secret", SECRET, "--timestamp", timestamp, str(body_file))
        assert result.code == 2, (timestamp, result)


# ---------------------------------------------------------------------------------------------
# parse


def test_parse_without_class_uses_deserialize() -> None:
    user = clerk_backend.User.from_json(USER_JSON.read_bytes())
    result = run("parse", str(USER_JSON))
    assert result.code == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "User"
    # Every field, in __match_args__ order, at the first level of indentation.
    top = [line.split(" = ")[0].strip() for line in lines[1:] if re.match(r"  \S", line)]
    assert top == list(clerk_backend.User.__match_args__)
    assert f"  id = {user.id!r}" in lines
    assert f"  last_name = {user.last_name!r}" in lines  # non-ASCII text printed as is ('Köhler')
    assert "      verification = Verification" in lines
    assert f"  web3_wallets = ({len(user.web3_wallets)} item{'s' if len(user.web3_wallets) != 1 else ''})" in lines


def test_parse_with_class_and_from_stdin() -> None:
    by_file = run("parse", "--class", "User", str(USER_JSON))
    by_stdin = run("parse", "--class", "User", "-", stdin=USER_JSON.read_bytes())
    assert by_file.code == by_stdin.code == 0
    assert by_file.stdout == by_stdin.stdout == run("parse", str(USER_JSON)).stdout


def test_parse_class_decides_the_model() -> None:
    email = json.loads(USER_JSON.read_text(encoding="utf-8"))["email_addresses"][0]
    result = run("parse", "--class", "EmailAddress", "-", stdin=json.dumps(email).encode())
    assert result.code == 0, result
    assert result.stdout.startswith("EmailAddress\n")


def test_parse_json_is_to_dict() -> None:
    data = USER_JSON.read_bytes()
    result = run("parse", "--json", str(USER_JSON))
    assert result.code == 0
    assert json.loads(result.stdout) == clerk_backend.User.from_json(data).to_dict()


def test_parse_page_and_unknown_objects() -> None:
    user = json.loads(USER_JSON.read_text(encoding="utf-8"))
    page = json.dumps({"data": [user, {"object": "something_new", "x": 1}], "total_count": 7}).encode()
    pretty = run("parse", "-", stdin=page)
    assert pretty.code == 0, pretty
    lines = pretty.stdout.splitlines()
    assert lines[:3] == ["PaginatedResponse", "  data = (2 items)", "    [0] = User"]
    assert "    [1] = {'object': 'something_new', 'x': 1}" in lines
    assert lines[-1] == "  total_count = 7"
    as_json = run("parse", "--json", "-", stdin=page)
    expected_user = clerk_backend.User.from_json(user).to_dict()
    assert json.loads(as_json.stdout) == {
        "data": [expected_user, {"object": "something_new", "x": 1}],
        "total_count": 7,
    }


@pytest.mark.parametrize(
    ("data", "cls", "message"),
    [
        (b'{"object": "user", "id": 5}', None, "User.id: expected string, got number"),
        (b'{"object": "user"}', None, "User.id: required key is missing"),
        (b'{"id": "x"}', "Session", "Session."),
        (b"[1, 2]", "User", "User: expected object, got array"),
        (b'{"object": "user", "id": ', None, "invalid JSON at line 1 column"),
        (b"\xc3\x28", None, "not valid UTF-8"),
        (b"", None, "EOF while parsing"),
        (b"   ", "User", "EOF while parsing"),
    ],
    ids=["wrong-type", "missing-key", "wrong-class", "array", "truncated", "not-utf8", "empty", "blank"],
)
def test_parse_failures(data: bytes, cls: str | None, message: str) -> None:
    # --strict: a field that could not be typed fails too (without it, that is a warning).
    result = run("parse", "--strict", *(["--class", cls] if cls else []), "-", stdin=data)
    assert result.code == 1, result
    assert result.stdout == ""
    assert result.stderr.startswith("parse failed: ")
    assert message in result.stderr


def test_parse_failure_names_the_nested_path(tmp_path: Path) -> None:
    user = json.loads(USER_JSON.read_text(encoding="utf-8"))
    user["email_addresses"][1]["verification"]["status"] = 5
    (tmp_path / "bad.json").write_text(json.dumps(user), encoding="utf-8")
    result = run("parse", str(tmp_path / "bad.json"))
    assert result.code == 0  # tolerant: a warning names the path
    assert "warning: User.email_addresses[1].verification.status: expected string, got number" in result.stderr
    result = run("parse", "--strict", str(tmp_path / "bad.json"))
    assert result.code == 1
    assert "User.email_addresses[1].verification.status" in result.stderr


@pytest.mark.parametrize(
    "name", ["Usr", "user", "Webhook", "JwtKey", "verify_token", "ParseError", "_native", "os", "Clerk", "AsyncClerk"]
)
def test_parse_unknown_class_is_a_usage_error_with_the_list(name: str) -> None:
    result = run("parse", "--class", name, str(USER_JSON))
    assert result.code == 2, result
    assert result.stdout == ""
    assert f"{name!r} is not a model class" in result.stderr
    for model in ("User", "SignInToken", "BillingWebhookSeats"):
        assert model in result.stderr
    if name in ("Usr", "user"):
        assert "did you mean User" in result.stderr


def test_parse_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "missing.json"))
    assert result.code == 2 and "cannot read" in result.stderr and "missing.json" in result.stderr


def test_control_characters_are_escaped_in_both_forms() -> None:
    """A payload cannot drive the terminal: no raw ESC or bidi override reaches the output."""
    user = json.loads(USER_JSON.read_text(encoding="utf-8"))
    user["first_name"] = "\x1b[2J\u202eevil\x9b"
    data = json.dumps(user, ensure_ascii=False).encode()
    for extra in ([], ["--json"]):
        result = run("parse", *extra, "-", stdin=data)
        assert result.code == 0, result
        assert not any(char in result.stdout for char in "\x1b\u202e\x9b"), extra
    assert json.loads(result.stdout)["first_name"] == user["first_name"]
    assert "Köhler" in result.stdout  # printable non-ASCII text stays readable


def test_output_to_an_ascii_terminal_does_not_crash() -> None:
    result = run("parse", str(USER_JSON), env={"PYTHONIOENCODING": "ascii"})
    assert result.code == 0, result
    assert "'K\\xf6hler'" in result.stdout  # escaped, where a strict ASCII stream would raise


# ---------------------------------------------------------------------------------------------
# Secrets in models: the pretty form hides what repr hides.


def hidden_fields(cls: Any) -> set[str]:
    """The fields whose docstrings say repr hides them (an oracle independent of the CLI)."""
    hidden = set()
    for name in getattr(cls, "__match_args__", ()):
        doc = getattr(cls, name).__doc__ or ""
        if "repr" in doc and re.search(r"\bhid(den|es)\b", doc, re.IGNORECASE):
            hidden.add(name)
    return hidden


SECRET_FIXTURES = [
    ("billing/actor_token.json", "ActorToken"),
    ("billing/agent_task.json", "AgentTask"),
    ("billing/api_key.json", "APIKey"),
    ("billing/m2m_token.json", "M2MToken"),
    ("billing/machine.json", "Machine"),
    ("billing/machine_secret_key.json", "MachineSecretKey"),
    ("billing/oauth_access_token.json", "OauthAccessToken"),
    ("billing/oauth_application.json", "OAuthApplication"),
    ("billing/sign_in_token.json", "SignInToken"),
    ("billing/testing_token.json", "TestingToken"),
    ("billing/token.json", "Token"),
    ("misc/cookies.json", "Cookies"),
    ("misc/handshake_payload.json", "HandshakePayload"),
    ("misc/accountless_application.json", "AccountlessApplication"),
]


def test_the_oracle_knows_the_secret_fields() -> None:
    names = vars(clerk_backend)  # not getattr: that would import the REST client
    total = sum(len(hidden_fields(names.get(name))) for name in clerk_backend.__all__)
    assert total >= 19  # the README lists 19; fewer means the docstrings changed and the tests below got weaker
    assert hidden_fields(clerk_backend.SignInToken) == {"token", "url"}


@pytest.mark.parametrize(("fixture", "class_name"), SECRET_FIXTURES)
def test_secret_fields_are_redacted_in_the_pretty_form(fixture: str, class_name: str) -> None:
    cls = getattr(clerk_backend, class_name)
    model = cls.from_json((FIXTURES / fixture).read_bytes())
    values: list[str] = []
    for name in sorted(hidden_fields(cls)):
        value = getattr(model, name)
        values.extend([value] if isinstance(value, str) else value or ())
    values = [value for value in values if len(value) >= 8]
    assert values, "the fixture should hold at least one secret"
    result = run("parse", "--class", class_name, str(FIXTURES / fixture), secrets=tuple(values))
    assert result.code == 0, result
    assert result.stdout.count("= '<redacted>'") >= 1


def _models(value: Any) -> Iterator[Any]:
    if isinstance(value, (tuple, list)):
        for item in value:
            yield from _models(item)
    elif hasattr(type(value), "__match_args__") and hasattr(value, "to_dict"):
        yield value
        for name in type(value).__match_args__:
            yield from _models(getattr(value, name))


def _fixture_models() -> Iterator[Any]:
    for path in sorted(FIXTURES.glob("*/*.json")):
        if path.parent.name in ("openapi", "jwt"):
            continue
        stack = [json.loads(path.read_text(encoding="utf-8"))]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.values())
                if isinstance(item.get("object"), str):
                    with contextlib.suppress(clerk_backend.ParseError):  # fragments of other payloads
                        yield from _models(clerk_backend.deserialize(item, strict=True))
    for fixture, class_name in SECRET_FIXTURES:
        yield from _models(getattr(clerk_backend, class_name).from_json((FIXTURES / fixture).read_bytes()))


def test_pretty_form_of_every_fixture_model_redacts_exactly_the_hidden_fields() -> None:
    """In-process, for speed: every model in the fixtures, each at the top of its own tree."""
    seen_classes, redacted = set(), 0
    for model in _fixture_models():
        cls = type(model)
        seen_classes.add(cls.__name__)
        lines = cli.format_pretty(model).splitlines()
        assert lines[0] == cls.__name__
        fields = {}
        for line in lines[1:]:
            if re.match(r"  \S", line):
                name, _, shown = line.strip().partition(" = ")
                fields[name] = shown
        assert list(fields) == list(cls.__match_args__)
        hidden = hidden_fields(cls)
        for name, shown in fields.items():
            value = getattr(model, name)
            if name in hidden and value is not None:
                assert shown == "'<redacted>'", (cls.__name__, name)
                redacted += 1
            elif not isinstance(value, (tuple, dict)) and not hasattr(value, "to_dict"):
                assert shown == repr(value), (cls.__name__, name)
            else:
                assert shown != "'<redacted>'", (cls.__name__, name)
    assert len(seen_classes) >= 60 and redacted >= 15, (len(seen_classes), redacted)


def test_format_json_escapes_what_a_terminal_would_act_on() -> None:
    text = cli.format_json({"a": "\ud800 \u200f \x7f \U0001f600 é", "b": ["\x00"]})
    assert text.isascii() is False  # é and the emoji stay as they are
    assert "\\ud800" in text and "\\u200f" in text and "\\u007f" in text and "\\u0000" in text
    assert "\U0001f600" in text and "é" in text
    assert json.loads(text) == {"a": "\ud800 \u200f \x7f \U0001f600 é", "b": ["\x00"]}


# ---------------------------------------------------------------------------------------------
# Session tokens


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@pytest.fixture(scope="module")
def signing_key() -> Any:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def pem(signing_key: Any) -> str:
    public: bytes = signing_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return public.decode("ascii")


@pytest.fixture
def pem_file(tmp_path: Path, pem: str) -> Path:
    path = tmp_path / "key.pem"
    path.write_text(pem, encoding="ascii")
    return path


def jwk(key: Any, kid: str) -> dict[str, str]:
    numbers = key.public_key().public_numbers()
    n = numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")
    return {"kty": "RSA", "kid": kid, "alg": "RS256", "use": "sig", "n": b64url(n), "e": b64url(b"\x01\x00\x01")}


def claims(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "azp": "https://app.example.com",
        "exp": NOW + 60,
        "iat": NOW,
        "iss": "https://clerk.example.com",
        "nbf": NOW - 10,
        "sid": "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9",
        "sub": "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr",
        "v": 2,
        "fea": "o:dashboard,u:profile",
    }
    base.update(changes)
    return base


def mint(key: Any, payload: dict[str, Any], kid: str = "ins_cli") -> str:
    header = {"alg": "RS256", "kid": kid, "typ": "JWT"}
    head = b64url(json.dumps(header, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    signature = key.sign(f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{head}.{body}.{b64url(signature)}"


def test_decode_jwt_prints_header_and_payload_unverified(signing_key: Any) -> None:
    token = mint(signing_key, claims())
    result = run("decode-jwt", token)
    assert result.code == 0, result
    assert json.loads(result.stdout) == {
        "header": {"alg": "RS256", "kid": "ins_cli", "typ": "JWT"},
        "payload": claims(),
    }
    assert "NOT verified" in result.stderr
    from_stdin = run("decode-jwt", "-", stdin=f"  {token}\n".encode())
    assert from_stdin.code == 0 and from_stdin.stdout == result.stdout


@pytest.mark.parametrize("prefix", ["Bearer ", "bearer  ", "BEARER\t"])
def test_a_pasted_bearer_prefix_is_dropped(signing_key: Any, pem_file: Path, prefix: str) -> None:
    token = mint(signing_key, claims())
    plain = run("decode-jwt", token)
    pasted = run("decode-jwt", prefix + token)
    assert pasted.code == 0, pasted
    assert pasted.stdout == plain.stdout
    from_stdin = run("decode-jwt", "-", stdin=f"{prefix}{token}\n".encode())
    assert from_stdin.stdout == plain.stdout
    verified = run("verify-token", prefix + token, "--jwt-key", str(pem_file), "--now", str(NOW))
    assert verified.code == 0, verified


def test_clock_skew_names_its_unit(signing_key: Any, pem_file: Path) -> None:
    token = mint(signing_key, claims(exp=NOW - 3))
    base = ["verify-token", token, "--jwt-key", str(pem_file), "--now", str(NOW)]
    assert run(*base, "--clock-skew-ms", "3500").code == 0
    assert run(*base, "--clock-skew-ms", "2500").code == 1
    old = run(*base, "--clock-skew", "5")
    assert old.code == 2 and "unrecognized arguments: --clock-skew" in old.stderr  # not an abbreviation of -ms
    assert "MILLISECONDS" in run("verify-token", "--help").stdout


@pytest.mark.parametrize("token", ["not-a-token", "a.b.c", "", "eyJhbGciOiJSUzI1NiJ9.%%%.sig"])
def test_decode_jwt_garbage(token: str) -> None:
    result = run("decode-jwt", token)
    assert result.code == 1, result
    assert result.stdout == ""
    assert result.stderr.startswith("cannot decode the token: token-invalid: ")


def test_decode_jwt_non_utf8_stdin() -> None:
    result = run("decode-jwt", "-", stdin=b"\xff\xfe.\xff.\xff")
    assert result.code == 1 and "token-invalid" in result.stderr


def test_verify_token_with_pem_file(signing_key: Any, pem_file: Path) -> None:
    token = mint(signing_key, claims())
    result = run("verify-token", token, "--jwt-key", str(pem_file), "--now", str(NOW))
    assert result.code == 0, result
    lines = result.stdout.splitlines()
    assert lines[0] == "SessionClaims"
    assert "  sub = 'user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr'" in lines
    assert "  features = (2 items)" in lines and "    [1] = 'u:profile'" in lines
    as_json = run("verify-token", token, "--jwt-key", str(pem_file), "--now", str(NOW), "--json")
    expected = clerk_backend.verify_token(token, jwt_key=pem_file.read_text(encoding="ascii"), now=NOW).to_dict()
    assert json.loads(as_json.stdout) == expected
    assert expected["sub"] == "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr"


def test_verify_token_key_from_environment_and_token_from_stdin(signing_key: Any, pem: str) -> None:
    token = mint(signing_key, claims())
    named = run(
        "verify-token",
        "-",
        "--jwt-key-env",
        "MY_PEM",
        "--now",
        str(NOW),
        stdin=token.encode() + b"\n",
        env={"MY_PEM": pem.replace("\n", "\\n")},
    )
    assert named.code == 0, named
    default = run("verify-token", token, "--now", str(NOW), env={"CLERK_JWT_KEY": pem})
    assert default.code == 0, default
    assert named.stdout == default.stdout
    unset = run("verify-token", token, "--jwt-key-env", "MY_PEM")
    assert unset.code == 2 and "MY_PEM" in unset.stderr


def test_verify_token_with_jwks_file(signing_key: Any, tmp_path: Path) -> None:
    (tmp_path / "jwks.json").write_text(json.dumps({"keys": [jwk(signing_key, "ins_cli")]}), encoding="utf-8")
    token = mint(signing_key, claims())
    assert run("verify-token", token, "--jwks", str(tmp_path / "jwks.json"), "--now", str(NOW)).code == 0
    other = run(
        "verify-token",
        mint(signing_key, claims(), kid="ins_other"),
        "--jwks",
        str(tmp_path / "jwks.json"),
        "--now",
        str(NOW),
    )
    assert other.code == 1 and other.stderr.startswith("token verification failed: ")


@pytest.mark.parametrize(
    ("payload", "options", "reason"),
    [
        (claims(exp=NOW - 10), [], "token-expired"),
        (claims(exp=NOW - 3), ["--clock-skew-ms", "0"], "token-expired"),
        (claims(nbf=NOW + 60), [], "token-not-active-yet"),
        (claims(), ["--authorized-party", "https://other.example.com"], "token-invalid-authorized-parties"),
        (claims(), ["--issuer", "https://evil.example.com"], "token-invalid-issuer"),
        (claims(aud="web"), ["--audience", "api"], "token-verification-failed"),
    ],
    ids=["expired", "skew", "nbf", "azp", "iss", "aud"],
)
def test_verify_token_refusals(
    signing_key: Any, pem_file: Path, payload: dict[str, Any], options: list[str], reason: str
) -> None:
    result = run("verify-token", mint(signing_key, payload), "--jwt-key", str(pem_file), "--now", str(NOW), *options)
    assert result.code == 1, result
    assert result.stdout == ""
    assert result.stderr.startswith(f"token verification failed: {reason}: "), result


def test_verify_token_options_that_accept(signing_key: Any, pem_file: Path) -> None:
    token = mint(signing_key, claims(exp=NOW - 3, aud=["api", "web"]))
    options = [
        "--authorized-party",
        "https://x.example",
        "--authorized-party",
        "https://app.example.com",
        "--audience",
        "web",
        "--issuer",
        "https://clerk.example.com",
    ]
    result = run("verify-token", token, "--jwt-key", str(pem_file), "--now", str(NOW), *options)
    assert result.code == 0, result  # expired 3 s ago, within the default 5 s skew
    assert (
        run("verify-token", token, "--jwt-key", str(pem_file), "--now", str(NOW), "--clock-skew-ms", "2000").code == 1
    )


def test_verify_token_with_the_wrong_key(pem_file: Path) -> None:
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    result = run("verify-token", mint(other, claims()), "--jwt-key", str(pem_file), "--now", str(NOW))
    assert result.code == 1 and "token-invalid-signature" in result.stderr


@pytest.mark.parametrize(
    "content", [b"", b"not a pem", b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", b"\xff\xfe\x00"]
)
def test_verify_token_bad_pem(signing_key: Any, tmp_path: Path, content: bytes) -> None:
    (tmp_path / "bad.pem").write_bytes(content)
    result = run("verify-token", mint(signing_key, claims()), "--jwt-key", str(tmp_path / "bad.pem"))
    assert result.code == 1, result
    assert result.stderr.startswith("token verification failed: jwk-local-missing: ")


def test_verify_token_usage_errors(signing_key: Any, pem_file: Path, tmp_path: Path) -> None:
    token = mint(signing_key, claims())
    missing = run("verify-token", token, "--jwt-key", str(tmp_path / "nope.pem"))
    assert missing.code == 2 and "cannot read" in missing.stderr
    no_key = run("verify-token", token)
    assert no_key.code == 2 and "--jwt-key" in no_key.stderr
    both = run("verify-token", token, "--jwt-key", str(pem_file), "--jwks", str(pem_file))
    assert both.code == 2 and "not allowed with" in both.stderr
    for option in ("--clock-skew-ms=-1", "--clock-skew-ms=1e308", "--now=1e308", "--now=nan", "--timeout=x"):
        bad = run("verify-token", token, "--jwt-key", str(pem_file), option)
        assert bad.code == 2 and option.split("=")[0] in bad.stderr, (option, bad)


class BackendApi:
    """``GET /v1/jwks`` on 127.0.0.1, answering only to ``Authorization: Bearer SECRET_KEY``."""

    def __init__(self, jwks: dict[str, Any]) -> None:
        self.requests = 0
        body = json.dumps(jwks).encode()
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                api.requests += 1
                ok = self.path == "/v1/jwks" and self.headers.get("Authorization") == f"Bearer {SECRET_KEY}"
                payload = body if ok else b'{"errors": []}'
                self.send_response(200 if ok else 401)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def backend_api(signing_key: Any) -> Iterator[BackendApi]:
    api = BackendApi({"keys": [jwk(signing_key, "ins_cli")]})
    yield api
    api.close()


def test_verify_token_with_secret_key(signing_key: Any, backend_api: BackendApi) -> None:
    token = mint(signing_key, claims())
    common = ["--api-url", backend_api.url, "--now", str(NOW), "--timeout", "10"]
    result = run("verify-token", token, "--secret-key", SECRET_KEY, *common)
    assert result.code == 0, result
    assert "  sub = 'user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr'" in result.stdout.splitlines()
    from_env = run("verify-token", token, *common, env={"CLERK_SECRET_KEY": SECRET_KEY})
    assert from_env.code == 0 and from_env.stdout == result.stdout
    wrong_key = "sk_test_wrongWrongWrong"
    refused = run("verify-token", token, "--secret-key", wrong_key, *common, secrets=(wrong_key,))
    assert refused.code == 1 and refused.stderr.startswith("token verification failed: secret-key-invalid: ")
    assert backend_api.requests == 3
    insecure = run("verify-token", token, "--secret-key", SECRET_KEY, "--api-url", "http://api.example.com")
    assert insecure.code == 2 and "api_url must be an https:// URL" in insecure.stderr, insecure
    assert backend_api.requests == 3


# ---------------------------------------------------------------------------------------------
# The program itself


def test_version() -> None:
    result = run("--version")
    assert result.code == 0
    assert result.stdout.strip() == f"clerk-backend {clerk_backend.__version__}"


def test_no_command_and_unknown_command_are_usage_errors() -> None:
    for args in ((), ("frobnicate",), ("parse",), ("verify-token",)):
        result = run(*args)
        assert result.code == 2, (args, result)
        assert "usage:" in result.stderr


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.code == 0
    for name in ("verify", "parse", "decode-jwt", "verify-token"):
        assert name in result.stdout


def test_main_returns_the_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(USER_JSON)]) == 0
    assert capsys.readouterr().out.startswith("User\n")
    assert cli.main(["parse", "--class", "Nope", str(USER_JSON)]) == 2
    assert cli.main(["--version"]) == 0
    assert "clerk-backend" in capsys.readouterr().out


def test_console_script() -> None:
    script = shutil.which("clerk-backend", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the clerk-backend script is not installed next to this Python (reinstall the package)")
    result = subprocess.run([script, "parse", str(USER_JSON)], capture_output=True, timeout=120)
    assert result.returncode == 0, result
    assert result.stdout.decode("utf-8") == run("parse", str(USER_JSON)).stdout
