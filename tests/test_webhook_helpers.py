"""The webhook papercuts of issue 21: a bad secret at construction is a configuration error (item 3);
`Webhook.sign` takes an int, a float or an aware datetime, and `Webhook.sign_headers` gives the whole
header mapping (item 4).

Signatures are checked against Python's `hmac`, never only against `Webhook.sign` itself.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import pickle
import re
import time
from pathlib import Path
from typing import Any

import pytest

from clerk_backend import (
    ClerkConfigurationError,
    ClerkError,
    Webhook,
    WebhookVerificationError,
    verify_webhook,
)
from clerk_backend.errors import WebhookSecretError

KEY = b"key for the helper tests!"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
NOW = 1_716_883_200
EXAMPLES = Path(__file__).parent / "fixtures" / "webhooks" / "webhook-examples.json"
BODY = json.dumps(json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]["user.created"]).encode()

WRONG_SECRET_TYPE = r"^the webhook secret must be str \(whsec_\.\.\.\) or bytes \(the raw key\), not "


def reference(msg_id: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(KEY, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


# ---------------------------------------------------------------------------------------------
# Item 3: a bad secret at construction


BAD_SECRETS = {
    "clerk secret key": "sk_test_oopsSECRETvalue123",
    "live secret key": "sk_live_oopsSECRETvalue123",
    "empty": "",
    "prefix only": "whsec_",
    "not base64": "whsec_abc!SECRETvalue",
    "url-safe alphabet": "whsec_ab-_SECRETvalue",
    "publishable key": "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k",
    "raw empty bytes": b"",
}


@pytest.mark.parametrize("secret", list(BAD_SECRETS.values()), ids=list(BAD_SECRETS))
def test_a_bad_secret_at_construction_is_a_configuration_error(secret: str | bytes) -> None:
    with pytest.raises(ClerkConfigurationError) as info:
        Webhook(secret)
    err = info.value
    # Still what was raised before, so existing `except WebhookVerificationError` keeps working.
    assert isinstance(err, WebhookVerificationError)
    assert isinstance(err, ClerkError) and isinstance(err, ValueError)
    assert type(err) is WebhookSecretError
    assert err.reason == "invalid-secret"
    message = str(err)
    assert "whsec_" in message
    assert "Clerk Dashboard" in message
    text = " ".join([message, repr(err), *map(str, err.args)])
    if isinstance(secret, str) and len(secret) > 6:
        for fragment in ("SECRET", "oops", secret, secret[6:]):
            assert fragment not in text, text
    restored = pickle.loads(pickle.dumps(err))
    assert type(restored) is WebhookSecretError
    assert (str(restored), restored.reason) == (message, "invalid-secret")


def test_a_clerk_secret_key_is_named_as_such() -> None:
    with pytest.raises(ClerkConfigurationError, match=r"looks like a Clerk secret key \(sk_\.\.\.\)"):
        Webhook("  sk_test_oopsSECRETvalue123\n")


def test_a_secret_from_the_environment_at_request_time_keeps_its_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """verify_webhook reads the secret per request: a bad one stays a verification failure (400)."""
    monkeypatch.setenv("CLERK_WEBHOOK_SIGNING_SECRET", "sk_test_oopsSECRETvalue123")
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook(BODY, {})
    assert type(info.value) is WebhookVerificationError
    assert info.value.reason == "invalid-secret"
    assert "oops" not in str(info.value)


def test_wrong_argument_types_are_still_type_errors() -> None:
    with pytest.raises(TypeError, match=WRONG_SECRET_TYPE + "int$"):
        Webhook(123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tolerance_seconds"):
        Webhook(SECRET, tolerance_seconds=-1)


# ---------------------------------------------------------------------------------------------
# Item 4: sign takes int, float or an aware datetime


@pytest.mark.parametrize(
    "timestamp",
    [
        NOW,
        float(NOW),
        NOW + 0.999,
        dt.datetime.fromtimestamp(NOW, dt.timezone.utc),
        dt.datetime.fromtimestamp(NOW + 0.5, dt.timezone(dt.timedelta(hours=-7))),
    ],
    ids=["int", "float", "float-fraction", "utc-datetime", "offset-datetime"],
)
def test_sign_accepts_int_float_and_aware_datetime(timestamp: float | dt.datetime) -> None:
    assert Webhook(SECRET).sign("msg_1", timestamp, BODY) == reference("msg_1", NOW, BODY)


def test_sign_with_time_time_verifies() -> None:
    hook = Webhook(SECRET)
    now = time.time()
    headers = {"svix-id": "msg_1", "svix-timestamp": str(int(now)), "svix-signature": hook.sign("msg_1", now, BODY)}
    assert hook.verify(BODY, headers).type == "user.created"


@pytest.mark.parametrize(
    ("timestamp", "error", "match"),
    [
        (dt.datetime(2024, 5, 28), ValueError, "timezone-aware"),
        (float("nan"), ValueError, "finite"),
        (float("inf"), ValueError, "finite"),
        (1e300, ValueError, "out of range"),
        (True, TypeError, "int, float or an aware datetime, not bool"),
        ("1716883200", TypeError, "not str"),
        (dt.date(2024, 5, 28), TypeError, "not date"),
    ],
)
def test_sign_refuses_what_is_not_a_point_in_time(timestamp: Any, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        Webhook(SECRET).sign("msg_1", timestamp, BODY)


# ---------------------------------------------------------------------------------------------
# Item 4: the whole header mapping


def test_sign_headers_gives_the_three_headers() -> None:
    headers = Webhook(SECRET).sign_headers(BODY, msg_id="msg_given", timestamp=NOW)
    assert headers == {
        "svix-id": "msg_given",
        "svix-timestamp": str(NOW),
        "svix-signature": reference("msg_given", NOW, BODY),
    }
    assert type(headers) is dict
    assert Webhook(SECRET).verify_message(BODY, headers, now=NOW).id == "msg_given"


def test_sign_headers_defaults_to_a_fresh_id_and_now() -> None:
    hook = Webhook(SECRET)
    before = int(time.time())
    first = hook.sign_headers(BODY)
    after = int(time.time())
    second = hook.sign_headers(BODY.decode())  # str bodies are signed as UTF-8, like sign()
    assert re.fullmatch(r"msg_[0-9A-Za-z]{27}", first["svix-id"])
    assert first["svix-id"] != second["svix-id"]
    assert before <= int(first["svix-timestamp"]) <= after
    assert first["svix-signature"] == reference(first["svix-id"], int(first["svix-timestamp"]), BODY)
    assert hook.verify(BODY, first).type == "user.created"
    assert hook.verify(BODY, second).type == "user.created"


def test_sign_headers_takes_the_same_timestamps_as_sign() -> None:
    hook = Webhook(SECRET)
    aware = dt.datetime.fromtimestamp(NOW + 0.25, dt.timezone.utc)
    for timestamp in (NOW, NOW + 0.25, aware):
        headers = hook.sign_headers(BODY, msg_id="msg_1", timestamp=timestamp)
        assert headers["svix-timestamp"] == str(NOW)
        assert headers["svix-signature"] == hook.sign("msg_1", timestamp, BODY)
    with pytest.raises(ValueError, match="timezone-aware"):
        hook.sign_headers(BODY, timestamp=dt.datetime(2024, 5, 28))
    with pytest.raises(TypeError, match="'int' object is not an instance of 'str'"):
        hook.sign_headers(BODY, msg_id=5)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Item 6: a public name for the headers type


def test_the_headers_type_has_a_public_name() -> None:
    import clerk_backend

    assert "Headers" in clerk_backend.__all__
    assert clerk_backend.Headers is clerk_backend._headers.Headers

    def message_id(headers: clerk_backend.Headers) -> str:  # annotation evaluated at runtime too
        return Webhook(SECRET).verify_message(BODY, headers, now=NOW).id

    assert message_id(Webhook(SECRET).sign_headers(BODY, msg_id="msg_h", timestamp=NOW)) == "msg_h"
