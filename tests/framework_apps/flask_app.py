"""The Flask test app of tests/test_frameworks.py (python flask_app.py; PORT=0 picks a free port)."""

from __future__ import annotations

import os
from typing import Any

from common import fake_handshakes, webhook_line
from flask import Flask, g

from clerk_backend import Auth, VerifiedWebhook, WebhookEvent
from clerk_backend.flask import Clerk, get_auth

fake_handshakes()
app = Flask(__name__)
app.config["CLERK_AUTHORIZED_PARTIES"] = os.environ.get("TEST_FLASK_AUTHORIZED_PARTIES")  # a config key wins
clerk = Clerk()
MACHINES = ["session_token", "api_key", "m2m_token"]


def who(auth: Auth) -> dict[str, Any]:
    assert g.clerk_auth is auth
    return {"status": auth.status, "token_type": auth.token_type, "user_id": auth.user_id}


@app.get("/me")
@clerk.require()
def me() -> dict[str, Any]:
    return who(get_auth())


@app.get("/invoices")
@clerk.require(permission="org:invoices:read")
def invoices() -> dict[str, Any]:
    return who(get_auth())


@app.get("/admin")
@clerk.require(role="admin")
async def admin() -> dict[str, Any]:  # an async view
    return who(get_auth())


@app.get("/machine")
@clerk.require(accepts_token=MACHINES)
def machine() -> dict[str, Any]:
    return who(get_auth())


@app.post("/webhooks/clerk")
@clerk.webhook
def clerk_webhook(message: VerifiedWebhook[WebhookEvent]) -> None:
    print(webhook_line(message), flush=True)


clerk.init_app(app)  # after the decorators: init_app checks what they need

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
