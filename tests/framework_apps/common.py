"""What the three test apps share: the webhook handler's line, and a fake handshake state.

The apps are served by tests/test_frameworks.py, each in its own process. With CLERK_TEST_FAKE_HANDSHAKE=1,
a request carrying the cookie ``fake_handshake`` authenticates as a handshake state (the cookie flow's
``status == "handshake"``, with its response headers) on every route, whatever the request (the real
flow redirects document requests only).
"""

from __future__ import annotations

import os
from typing import Any

from clerk_backend import RequestState, VerifiedWebhook, WebhookEvent, _integration

HANDSHAKE_HEADERS = (
    ("Location", "https://clerk.example.com/v1/client/handshake?redirect_url=http%3A%2F%2F127.0.0.1%2Fme"),
    ("Set-Cookie", "__clerk_handshake_nonce=; Path=/; Max-Age=0"),
    ("Set-Cookie", "__session=; Path=/; Max-Age=0; SameSite=Lax"),
    ("Cache-Control", "no-store"),
)


def webhook_line(message: VerifiedWebhook[WebhookEvent]) -> str:
    return f"{message.event.type}: {type(message.event).__name__} ({message.id})"


def fake_handshakes() -> None:
    if os.environ.get("CLERK_TEST_FAKE_HANDSHAKE") != "1":
        return
    state = RequestState("handshake", reason="session-token-and-uat-missing", headers=HANDSHAKE_HEADERS)
    authenticate = _integration.Settings.authenticate
    authenticate_async = _integration.Settings.authenticate_async

    def fake(self: Any, headers: Any, cookies: Any, *args: Any) -> Any:
        if cookies and "fake_handshake" in cookies:
            return state
        return authenticate(self, headers, cookies, *args)

    async def fake_async(self: Any, headers: Any, cookies: Any, *args: Any) -> Any:
        if cookies and "fake_handshake" in cookies:
            return state
        return await authenticate_async(self, headers, cookies, *args)

    _integration.Settings.authenticate = fake  # type: ignore[method-assign]
    _integration.Settings.authenticate_async = fake_async  # type: ignore[method-assign]
