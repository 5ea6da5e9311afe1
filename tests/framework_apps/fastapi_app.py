"""The FastAPI test app of tests/test_frameworks.py (python fastapi_app.py; PORT=0 picks a free port)."""

from __future__ import annotations

import os
from typing import Annotated, Any

from common import fake_handshakes, webhook_line
from fastapi import Depends, FastAPI
from fastapi.responses import HTMLResponse

from clerk_backend import Auth, SessionAuth, VerifiedWebhook, WebhookEvent
from clerk_backend.fastapi import Clerk, ClerkMiddleware, SignedInAuth

fake_handshakes()
clerk = Clerk()
app = FastAPI()
app.add_middleware(ClerkMiddleware)  # the cookie flow's Set-Cookie on responses a route builds itself (/page)
MACHINES = ["session_token", "api_key", "m2m_token"]


def who(auth: Auth) -> dict[str, Any]:
    return {"status": auth.status, "token_type": auth.token_type, "user_id": auth.user_id}


@app.get("/me")
async def me(auth: Annotated[SessionAuth, Depends(clerk.require())]) -> dict[str, Any]:
    return who(auth)


@app.get("/page")
def page(auth: Annotated[SessionAuth, Depends(clerk.require())]) -> HTMLResponse:  # a server-rendered page
    return HTMLResponse(f"<p>{auth.user_id}</p>")


@app.get("/optional")
async def optional(auth: Annotated[Auth, Depends(clerk.optional())]) -> dict[str, Any]:
    return {**who(auth), "reason": getattr(auth, "reason", None)}


@app.get("/invoices")
def invoices(auth: Annotated[SessionAuth, Depends(clerk.require(permission="org:invoices:read"))]) -> dict[str, Any]:
    return who(auth)


@app.get("/admin")
def admin(auth: Annotated[SessionAuth, Depends(clerk.require(role="admin"))]) -> dict[str, Any]:
    return who(auth)


@app.get("/machine")
def machine(auth: Annotated[SignedInAuth, Depends(clerk.require(accepts_token=MACHINES))]) -> dict[str, Any]:
    return who(auth)


@app.post("/webhooks/clerk", status_code=204)
def clerk_webhook(message: Annotated[VerifiedWebhook[WebhookEvent], Depends(clerk.webhook)]) -> None:
    print(webhook_line(message), flush=True)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
