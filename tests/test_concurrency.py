"""Eight threads at once on shared objects; every result is compared with a single-threaded reference.

The extension declares that it does not need the GIL. No free-threaded CPython can be built on this
machine (PyO3 0.30 needs 3.14t, whose source is not reachable here: see the README), so here these
tests run with the GIL; the CI workflow runs them on 3.14t.
"""

from __future__ import annotations

import copy
import json
import pickle
import sys
import threading
from pathlib import Path
from typing import Any, Callable

import clerk_backend
from clerk_backend import JwtKey, ParseError, User, Webhook, WebhookEvent, verify_token

sys.path.insert(0, str(Path(__file__).parent))
from test_tokens import NOW, PEM_A, claims, mint

FIXTURES = Path(__file__).parent / "fixtures"
USER_BYTES = (FIXTURES / "users" / "user.json").read_bytes()
USER_DICT: dict[str, Any] = json.loads(USER_BYTES)
EVENT_BODY = (FIXTURES / "users" / "user_created.json").read_bytes()
HOOK = Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
HOOK_NOW = 1_700_000_000
HEADERS = {
    "svix-id": "msg_1",
    "svix-timestamp": str(HOOK_NOW),
    "svix-signature": HOOK.sign("msg_1", HOOK_NOW, EVENT_BODY),
}
KEY = JwtKey.from_pem(PEM_A)
TOKENS = [mint(claims(sub=f"user_{i}")) for i in range(8)]
THREADS = 8
ROUNDS = 150


def snapshot(model: Any) -> tuple[Any, ...]:
    names = [n for n in dir(type(model)) if isinstance(getattr(type(model), n, None), property)]
    return (tuple((n, repr(getattr(model, n))) for n in names), model.to_dict(), model.raw, repr(model))


SHARED_USER = User.from_json(USER_BYTES)
SHARED_EVENT = HOOK.verify(EVENT_BODY, HEADERS, now=HOOK_NOW)
REFERENCE = {
    "user": snapshot(User.from_json(USER_BYTES)),
    "event": snapshot(WebhookEvent.from_json(EVENT_BODY)),
    "deserialize": snapshot(clerk_backend.deserialize(USER_BYTES)),
    "tokens": [verify_token(t, jwt_key=KEY, now=NOW).to_dict() for t in TOKENS],
}


def run_threads(work: Callable[[int], None]) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(THREADS)

    def target(index: int) -> None:
        try:
            barrier.wait()
            for _ in range(ROUNDS):
                work(index)
        except BaseException as exc:  # collected and re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=target, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive()
    assert not errors, errors[:3]


def test_parse_concurrently() -> None:
    sources = [USER_BYTES, USER_BYTES.decode(), USER_DICT, bytearray(USER_BYTES), memoryview(USER_BYTES)]

    def work(index: int) -> None:
        model = User.from_json(sources[index % len(sources)])
        assert snapshot(model) == REFERENCE["user"]
        assert snapshot(clerk_backend.deserialize(USER_BYTES)) == REFERENCE["deserialize"]
        try:
            User.from_json(b'{"id": 1}', strict=True)
        except ParseError as exc:
            assert str(exc).startswith("User.id")
        else:
            raise AssertionError("no ParseError")

    run_threads(work)


def test_verify_webhooks_with_one_shared_webhook() -> None:
    bad = {**HEADERS, "svix-signature": "v1,AAAA"}

    def work(index: int) -> None:
        event = HOOK.verify(EVENT_BODY if index % 2 else EVENT_BODY.decode(), HEADERS, now=HOOK_NOW)
        assert snapshot(event) == REFERENCE["event"]
        try:
            HOOK.verify(EVENT_BODY, bad, now=HOOK_NOW)
        except clerk_backend.WebhookVerificationError as exc:
            assert exc.reason == "no-matching-signature"
        else:
            raise AssertionError("verified a bad signature")

    run_threads(work)


def test_verify_tokens_with_one_shared_key() -> None:
    def work(index: int) -> None:
        token = TOKENS[index]
        assert verify_token(token, jwt_key=KEY, now=NOW).to_dict() == REFERENCE["tokens"][index]
        try:
            verify_token(token[:-4] + "AAAA", jwt_key=KEY, now=NOW)
        except clerk_backend.TokenVerificationError as exc:
            assert exc.reason == "token-invalid-signature"
        else:
            raise AssertionError("verified a bad signature")

    run_threads(work)


def test_read_shared_models() -> None:
    def work(index: int) -> None:
        for shared, reference in ((SHARED_USER, REFERENCE["user"]), (SHARED_EVENT, REFERENCE["event"])):
            assert snapshot(shared) == reference
            assert shared == copy.deepcopy(shared)
            clone = pickle.loads(pickle.dumps(shared))
            assert clone == shared
            assert snapshot(clone) == reference

    run_threads(work)
