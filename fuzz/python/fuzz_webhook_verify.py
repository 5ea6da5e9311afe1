"""Fuzz ``Webhook(secret).verify(body, headers, now=...)``: secret, headers and body.

The input is read with ``atheris.FuzzedDataProvider``: a mode byte, then the secret, the header
names and values, the clock and the tolerance, and the rest is the body. In about half of the
inputs the headers carry a valid signature made with ``Webhook.sign`` (sometimes over one of the
published example events), so the event parse after verification is reached too. Anything but
``WebhookVerificationError`` (and ``ParseError``, ``TypeError`` nowhere) is a finding; so is a
validly signed body that does not verify for a reason other than ``invalid-payload``, or a
``verify`` that returns something other than a ``WebhookEvent``.

    .venv/bin/python fuzz/python/fuzz_webhook_verify.py -timeout=5 CORPUS_DIR fuzz/python/seeds/webhook_verify
"""

from __future__ import annotations

import json
from typing import Any

import _common
import atheris
from _common import ALLOWED, clerk_backend

Webhook = clerk_backend.Webhook
WebhookVerificationError = clerk_backend.WebhookVerificationError

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"  # the Svix documentation's example secret
NOW = 1_716_883_200
EXAMPLES: list[bytes] = [
    json.dumps(event, separators=(",", ":")).encode()
    for event in json.loads((_common.SEEDS / "webhook-examples.json").read_text(encoding="utf-8"))["examples"].values()
]
HEADER_NAMES = (
    "svix-id",
    "svix-timestamp",
    "svix-signature",
    "webhook-id",
    "webhook-timestamp",
    "webhook-signature",
    "Svix-Id",
    "SVIX-TIMESTAMP",
    "Svix-Signature",
    "content-type",
)
VALID_WEBHOOK = Webhook(SECRET)


def make_secret(fdp: atheris.FuzzedDataProvider, mode: int) -> Any:
    kind = mode & 3
    if kind == 0:
        return SECRET
    if kind == 1:
        return "whsec_" + fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 64))
    if kind == 2:
        return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 64))
    return fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 64))


def fuzzed_value(fdp: atheris.FuzzedDataProvider) -> Any:
    text = fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, 80))
    if fdp.ConsumeBool():
        return text.encode("utf-8", "surrogatepass")
    return text


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 255)
    secret = make_secret(fdp, mode)
    tolerance = fdp.ConsumeIntInRange(0, 1 << 40) if mode & 4 else 300
    try:
        webhook = Webhook(secret, tolerance_seconds=tolerance)
    except (WebhookVerificationError, UnicodeEncodeError) as exc:
        if isinstance(exc, UnicodeEncodeError) and not _common.known_finding(exc):
            raise
        webhook = VALID_WEBHOOK
        secret = SECRET
    now: Any = NOW + fdp.ConsumeIntInRange(-1000, 1000)
    if mode & 8:
        now = fdp.ConsumeRegularFloat()  # NaN and infinities raise ValueError: see fuzz/README.md
    headers: Any = {}
    for _ in range(fdp.ConsumeIntInRange(0, 8)):
        name = fdp.PickValueInList(list(HEADER_NAMES)) if fdp.ConsumeBool() else fuzzed_value(fdp)
        headers[name] = fuzzed_value(fdp)
    signed = bool(mode & 16)
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    if signed:
        if mode & 32 and body:
            body = EXAMPLES[body[0] % len(EXAMPLES)]
        msg_id = "msg_" + str(len(body))
        timestamp = int(now) if isinstance(now, int) else NOW
        headers = {
            "svix-id": msg_id,
            "svix-timestamp": str(timestamp),
            "svix-signature": webhook.sign(msg_id, timestamp, body),
        }
        now = timestamp
    if mode & 64:
        headers = list(headers.items())
    try:
        event = webhook.verify(body, headers, now=now)
    except WebhookVerificationError as exc:
        assert isinstance(exc.reason, str)
        if isinstance(secret, str):
            key = secret.removeprefix("whsec_")
            assert len(key) < 8 or key not in str(exc), "the error message contains the secret"
        if signed:
            assert exc.reason == "invalid-payload", f"a validly signed request failed with {exc.reason}"
        return
    except ALLOWED:
        raise AssertionError("Webhook.verify raised an error other than WebhookVerificationError") from None
    assert isinstance(event, clerk_backend.WebhookEvent), f"verify returned {type(event).__name__}"
    _common.exercise(event)


if __name__ == "__main__":
    _common.run(test_one_input)
