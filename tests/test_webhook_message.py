"""The verified message id and timestamp (issue 14, finding 8).

An app that deduplicates redeliveries must use the `svix-id` that the signature covered. Before
this, `verify()` returned only the event, and the id it verified could differ from what the app
read with `headers.get("svix-id")`:

- a blank `svix-id` was filled in from `webhook-id` (the two header families were mixed name by name);
- header names were trimmed of Unicode whitespace, so `"svix-id\\u00a0"` counted as `svix-id`.

Now the three values come from one family (the `svix-*` set whenever any `svix-*` header has a value,
else the `webhook-*` set), names are trimmed of ASCII whitespace only, and `verify_message` /
`verify_webhook_message` return the verified id and timestamp with the event.

Signatures come from Python's `hmac`, never from `Webhook.sign`.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import itertools
import json
import pickle
import sys
from pathlib import Path
from typing import Any

import pytest

import clerk_backend
from clerk_backend import (
    UserEvent,
    VerifiedWebhook,
    Webhook,
    WebhookEvent,
    WebhookVerificationError,
    verify_webhook,
    verify_webhook_message,
)

KEY = b"key for the message id tests"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
NOW = 1_716_883_200
MSG_ID = "msg_2g7np7Hrk0SN6kj5EDMLDaKNL0S"
PARTS = ("id", "timestamp", "signature")
ENV = "CLERK_WEBHOOK_SIGNING_SECRET"

EXAMPLES = Path(__file__).parent / "fixtures" / "webhooks" / "webhook-examples.json"
USER_CREATED: dict[str, Any] = json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]["user.created"]
USER_ID: str = USER_CREATED["data"]["id"]
BODY = json.dumps(USER_CREATED).encode()


def signature(msg_id: str, timestamp: int, body: bytes) -> str:
    digest = hmac.new(KEY, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed(prefix: str = "svix", *, msg_id: str = MSG_ID, timestamp: int = NOW, body: bytes = BODY) -> dict[str, str]:
    values = (msg_id, str(timestamp), signature(msg_id, timestamp, body))
    return {f"{prefix}-{part}": value for part, value in zip(PARTS, values)}


def reason(headers: Any, body: bytes = BODY) -> str:
    """The verdict for a request: "accepted", or the failure reason (checked the same for every entry point)."""
    try:
        event = Webhook(SECRET).verify(body, headers, now=NOW)
    except WebhookVerificationError as err:
        for call in (
            lambda: Webhook(SECRET).verify_message(body, headers, now=NOW),
            lambda: verify_webhook(body, headers, signing_secret=SECRET, now=NOW),
            lambda: verify_webhook_message(body, headers, signing_secret=SECRET, now=NOW),
        ):
            with pytest.raises(WebhookVerificationError) as again:
                call()
            assert (again.value.reason, str(again.value)) == (err.reason, str(err))
        return f"{err.reason}: {err}"
    assert isinstance(event, WebhookEvent)
    return "accepted"


# ---------------------------------------------------------------------------------------------
# One family of headers, never a mix


def test_a_blank_svix_id_is_not_filled_in_from_webhook_id() -> None:
    """The reproduction: a captured message replayed with `svix-id` blanked and its id moved to
    `webhook-id`. An app deduplicating on `headers.get("svix-id")` sees "" and handles it again."""
    headers = {**signed(), "svix-id": "", "webhook-id": MSG_ID}
    assert reason(headers) == "missing-headers: missing required webhook headers: svix-id"


@pytest.mark.parametrize("gap", PARTS)
@pytest.mark.parametrize("how", ["absent", "blank", "spaces"])
def test_a_webhook_header_never_fills_a_gap_in_the_svix_set(gap: str, how: str) -> None:
    svix, unbranded = signed(), signed("webhook")
    headers = {**unbranded, **svix}
    if how == "absent":
        del headers[f"svix-{gap}"]
    else:
        headers[f"svix-{gap}"] = "" if how == "blank" else " \t "
    assert reason(headers) == f"missing-headers: missing required webhook headers: svix-{gap}"


def test_every_mix_of_the_two_families_is_refused() -> None:
    svix, unbranded = signed(), signed("webhook")
    for picks in itertools.product(("svix", "webhook"), repeat=3):
        headers = {f"{prefix}-{part}": svix[f"svix-{part}"] for prefix, part in zip(picks, PARTS)}
        if len(set(picks)) == 1:
            assert reason(headers) == "accepted", picks
            continue
        # Any svix-* value selects the svix-* set; its missing names are reported.
        missing = ", ".join(f"svix-{part}" for prefix, part in zip(picks, PARTS) if prefix == "webhook")
        assert reason(headers) == f"missing-headers: missing required webhook headers: {missing}", picks
    # The webhook-* set alone, with a gap: its own names are reported.
    partial = {k: v for k, v in unbranded.items() if k != "webhook-timestamp"}
    assert reason(partial) == "missing-headers: missing required webhook headers: webhook-timestamp"
    assert reason({**partial, "svix-id": " "}) == reason(partial)


def test_with_both_complete_sets_the_svix_set_is_verified() -> None:
    other = signed("webhook", msg_id="msg_other", timestamp=NOW - 7)
    message = Webhook(SECRET).verify_message(BODY, {**other, **signed()}, now=NOW)
    assert (message.id, message.timestamp) == (MSG_ID, NOW)
    # A bad svix-* set is never retried with the webhook-* one.
    good_webhook = signed("webhook")
    bad_svix = {**signed(), "svix-signature": signed(msg_id="msg_other")["svix-signature"]}
    assert reason({**good_webhook, **bad_svix}).startswith("no-matching-signature")


# ---------------------------------------------------------------------------------------------
# Header names: ASCII whitespace only


@pytest.mark.parametrize("space", ["\u00a0", "\u2003", "\u3000", "\u0085", "\u200b", "\ufeff"])
def test_a_name_with_unicode_whitespace_is_another_header(space: str) -> None:
    """`"svix-id\\u00a0"` was trimmed to `svix-id`, so its value was verified while the app's
    `headers["svix-id"]` held another id. Now it is just another header."""
    good = signed()
    for name in (f"svix-id{space}", f"{space}svix-id"):
        # Alone, it does not count as svix-id.
        alone = {name: MSG_ID, **{k: v for k, v in good.items() if k != "svix-id"}}
        assert reason(alone) == "missing-headers: missing required webhook headers: svix-id", repr(name)
        # Next to the real svix-id (and first in order), the real one is verified.
        decoy = {name: MSG_ID, "svix-id": "msg_what_the_app_reads", **{k: v for k, v in good.items() if k != "svix-id"}}
        assert reason(decoy) == "no-matching-signature: no webhook signature matches the body", repr(name)


def test_names_are_still_trimmed_of_ascii_whitespace_and_case_folded() -> None:
    good = signed()
    padded = {f" \t{name.upper()}\r\n": value for name, value in good.items()}
    assert reason(padded) == "accepted"
    as_bytes = [(f" {name} ".encode(), value.encode()) for name, value in good.items()]
    assert reason(as_bytes) == "accepted"


# ---------------------------------------------------------------------------------------------
# verify_message / verify_webhook_message


def test_verify_message_gives_the_verified_id_and_timestamp_with_the_event() -> None:
    hook = Webhook(SECRET)
    message = hook.verify_message(BODY, signed(), now=NOW)
    assert type(message) is VerifiedWebhook
    assert message.id == MSG_ID
    assert message.timestamp == NOW
    assert type(message.event) is UserEvent
    assert message.event == hook.verify(BODY, signed(), now=NOW)
    assert message.event.data.id == USER_ID
    # The event's own namespace is untouched: no message attributes were added to it.
    assert not hasattr(message.event, "id")
    assert not hasattr(message.event, "msg_id")


def test_the_id_and_timestamp_are_the_signed_values() -> None:
    """Values as verified: trimmed of surrounding spaces, the timestamp as the number that was signed."""
    sig = signature(MSG_ID, NOW, BODY)
    headers = {"svix-id": f"  {MSG_ID}\t", "svix-timestamp": f"+000{NOW}", "svix-signature": sig}
    message = Webhook(SECRET).verify_message(BODY, headers, now=NOW)
    assert (message.id, message.timestamp) == (MSG_ID, NOW)
    assert type(message.timestamp) is int
    # From the webhook-* set when that is the one used.
    message = Webhook(SECRET).verify_message(BODY, signed("webhook", msg_id="msg_std"), now=NOW)
    assert message.id == "msg_std"
    # The first non-blank value of a repeated header is the one verified and returned.
    pairs = [("svix-id", ""), ("svix-id", MSG_ID), ("Svix-Id", "msg_second"), *list(signed().items())[1:]]
    assert Webhook(SECRET).verify_message(BODY, pairs, now=NOW).id == MSG_ID


def test_redeliveries_share_the_id_and_differ_in_timestamp() -> None:
    hook = Webhook(SECRET)
    first = hook.verify_message(BODY, signed(timestamp=NOW - 60), now=NOW)
    retry = hook.verify_message(BODY, signed(timestamp=NOW), now=NOW)
    assert first.id == retry.id
    assert first.timestamp == NOW - 60
    assert first != retry
    assert first.event == retry.event


def test_verify_webhook_message_takes_the_secret_like_verify_webhook(monkeypatch: pytest.MonkeyPatch) -> None:
    message = verify_webhook_message(BODY, signed(), signing_secret=SECRET, now=NOW)
    assert (message.id, message.timestamp, type(message.event)) == (MSG_ID, NOW, UserEvent)
    monkeypatch.setenv(ENV, SECRET)
    assert verify_webhook_message(BODY, signed(), now=NOW) == message
    assert verify_webhook_message(BODY, signed(), now=NOW, tolerance_seconds=0) == message
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook_message(BODY, signed(timestamp=NOW - 1), now=NOW, tolerance_seconds=0)
    assert info.value.reason == "timestamp-too-old"
    monkeypatch.delenv(ENV)
    with pytest.raises(WebhookVerificationError) as info:
        verify_webhook_message(BODY, signed(), now=NOW)
    assert info.value.reason == "invalid-secret"
    assert ENV in str(info.value)


def test_verified_webhook_is_a_frozen_comparable_picklable_value() -> None:
    message = Webhook(SECRET).verify_message(BODY, signed(), now=NOW)
    same = Webhook(SECRET).verify_message(BODY, signed(), now=NOW)
    assert message == same
    assert (message != same) is False
    assert message != (MSG_ID, NOW, message.event)
    assert message != VerifiedWebhook("msg_other", NOW, message.event)
    assert message != VerifiedWebhook(MSG_ID, NOW + 1, message.event)
    other_event = WebhookEvent.from_json({**USER_CREATED, "instance_id": "ins_2"})
    assert message != VerifiedWebhook(MSG_ID, NOW, other_event)
    for name in ("id", "timestamp", "event", "other"):
        with pytest.raises(AttributeError):
            setattr(message, name, "x")
    with pytest.raises(TypeError, match=r"^unhashable type: 'clerk_backend.VerifiedWebhook'$"):
        hash(message)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        restored = pickle.loads(pickle.dumps(message, protocol))
        assert restored == message
        assert type(restored.event) is UserEvent
    assert copy.deepcopy(message) == message
    assert repr(message) == f"VerifiedWebhook(id={MSG_ID!r}, timestamp={NOW}, event={message.event!r})"


def test_verified_webhook_matches_and_subscripts() -> None:
    message = Webhook(SECRET).verify_message(BODY, signed(), now=NOW)
    assert VerifiedWebhook.__match_args__ == ("id", "timestamp", "event")
    if sys.version_info >= (3, 10):  # `match` is a syntax error on 3.9, so it is compiled here
        source = (
            "match message:\n"
            "    case VerifiedWebhook(msg_id, timestamp, UserEvent(data=user)):\n"
            "        found = (msg_id, timestamp, user.id)\n"
        )
        scope: dict[str, Any] = {"message": message, "VerifiedWebhook": VerifiedWebhook, "UserEvent": UserEvent}
        exec(compile(source, "<match>", "exec"), scope)
        assert scope["found"] == (MSG_ID, NOW, USER_ID)
    alias = VerifiedWebhook[UserEvent]
    assert alias.__origin__ is VerifiedWebhook
    assert alias.__args__ == (UserEvent,)


def test_verified_webhook_built_by_hand_needs_an_event() -> None:
    event = WebhookEvent.from_json(USER_CREATED)
    assert VerifiedWebhook(MSG_ID, NOW, event).event is event
    assert VerifiedWebhook(id=MSG_ID, timestamp=NOW, event=event).id == MSG_ID
    with pytest.raises(TypeError, match="event must be a WebhookEvent, not dict"):
        VerifiedWebhook(MSG_ID, NOW, USER_CREATED)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        VerifiedWebhook(MSG_ID, "soon", event)  # type: ignore[arg-type]


def test_the_names_are_exported() -> None:
    for name in ("VerifiedWebhook", "verify_webhook_message"):
        assert name in clerk_backend.__all__
    assert VerifiedWebhook.__module__ == "clerk_backend"  # pickles under the public name
