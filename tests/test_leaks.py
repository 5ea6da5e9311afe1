"""100,000 parses and verifications in a loop; RSS (from /proc/self/statm) must stay flat."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

from clerk_backend import (
    JwtKey,
    ParseError,
    TokenVerificationError,
    User,
    Webhook,
    WebhookVerificationError,
    verify_token,
)

sys.path.insert(0, str(Path(__file__).parent))
from test_tokens import NOW, PEM_A, claims, mint

pytestmark = pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc/self/statm")

FIXTURES = Path(__file__).parent / "fixtures"
USER_BYTES = (FIXTURES / "users" / "user.json").read_bytes()
EVENT_BODY = (FIXTURES / "users" / "user_created.json").read_bytes()
HOOK = Webhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
HOOK_NOW = 1_700_000_000
HEADERS = {
    "svix-id": "msg_1",
    "svix-timestamp": str(HOOK_NOW),
    "svix-signature": HOOK.sign("msg_1", HOOK_NOW, EVENT_BODY),
}
BAD_HEADERS = {**HEADERS, "svix-signature": "v1,AAAA"}
KEY = JwtKey.from_pem(PEM_A)
TOKEN = mint(claims())
ITERATIONS = 100_000
ALLOWED_GROWTH = 8 << 20


def rss() -> int:
    gc.collect()
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def one_round(i: int) -> None:
    kind = i % 5
    if kind == 0:
        assert User.from_json(USER_BYTES).id
    elif kind == 1:
        assert HOOK.verify(EVENT_BODY, HEADERS, now=HOOK_NOW).type == "user.created"
    elif kind == 2:
        assert verify_token(TOKEN, jwt_key=KEY, now=NOW).sub
    elif kind == 3:
        with pytest.raises(ParseError):
            User.from_json(USER_BYTES[:-2])
    else:
        with pytest.raises(WebhookVerificationError):
            HOOK.verify(EVENT_BODY, BAD_HEADERS, now=HOOK_NOW)
        with pytest.raises(TokenVerificationError):
            verify_token(TOKEN[:-4] + "AAAA", jwt_key=KEY, now=NOW)


def test_rss_stays_flat() -> None:
    for i in range(5_000):
        one_round(i)
    before = rss()
    for i in range(ITERATIONS):
        one_round(i)
    growth = rss() - before
    print(f"RSS growth over {ITERATIONS} rounds: {growth / 2**20:.2f} MiB")
    assert growth < ALLOWED_GROWTH
