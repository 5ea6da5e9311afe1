"""The webhook papercuts of issue 21: a bad secret at construction is a configuration error (item 3).

Signatures are checked against Python's `hmac`, never only against `Webhook.sign` itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import pickle
from pathlib import Path

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
    with pytest.raises(TypeError):
        Webhook(123)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tolerance_seconds"):
        Webhook(SECRET, tolerance_seconds=-1)
