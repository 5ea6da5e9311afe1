"""Clerk in a Flask app: a webhook receiver, and a decorator that puts the session's claims on flask.g.

    CLERK_WEBHOOK_SIGNING_SECRET=whsec_... CLERK_JWT_KEY="$(cat jwt-public-key.pem)" python examples/flask_app.py

Both values are in the Clerk Dashboard (the webhook endpoint's signing secret; API keys → JWT public key).
Set CLERK_AUTHORIZED_PARTIES to your frontend's origins (comma-separated) to refuse tokens minted for other sites.
Tokens are checked without a network call. Serves 127.0.0.1:8000, or the port in PORT.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any

from flask import Flask, g, request
from flask.typing import ResponseReturnValue

import clerk_backend

WEBHOOK = clerk_backend.Webhook(os.environ["CLERK_WEBHOOK_SIGNING_SECRET"])
JWT_KEY = clerk_backend.JwtKey.from_pem(os.environ["CLERK_JWT_KEY"])  # parsed once, at startup
AUTHORIZED_PARTIES = [p.strip() for p in os.environ.get("CLERK_AUTHORIZED_PARTIES", "").split(",") if p.strip()]

app = Flask(__name__)


def require_session(view: Callable[..., ResponseReturnValue]) -> Callable[..., ResponseReturnValue]:
    """Answer 401 unless the request has a valid session token (Authorization: Bearer, or the __session cookie);
    the view finds the verified claims in ``g.claims``."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> ResponseReturnValue:
        state = clerk_backend.authenticate_request(
            request.headers, cookies=request.cookies, jwt_key=JWT_KEY, authorized_parties=AUTHORIZED_PARTIES
        )
        if not state.is_signed_in or state.claims is None:  # state.reason says why, e.g. "token-expired"
            return {"detail": state.reason}, 401, {"WWW-Authenticate": "Bearer"}
        g.claims = state.claims
        return view(*args, **kwargs)

    return wrapper


@app.get("/me")
@require_session
def me() -> ResponseReturnValue:
    claims: clerk_backend.SessionClaims = g.claims
    return {"user_id": claims.sub, "session_id": claims.sid, "org_id": claims.org_id, "org_role": claims.org_role}


@app.post("/webhooks/clerk")
def clerk_webhook() -> ResponseReturnValue:
    try:  # the raw bytes, as sent: re-serialized JSON would not match the signature
        event = WEBHOOK.verify(request.get_data(), request.headers)
    except clerk_backend.WebhookVerificationError as exc:
        if exc.reason != "invalid-payload":  # not signed by Clerk with this endpoint's secret
            return {"detail": exc.reason}, 400
        # Signed by Clerk but not an event at all: a 4xx would only make Clerk resend it, for days.
        print(f"unreadable webhook: {exc}", file=sys.stderr)
        return "", 204
    # A verified event always comes here, even when Clerk's payload has drifted from the types this
    # version knows: such a field raises ParseError when read, and problems() lists them all.
    for problem in clerk_backend.problems(event):
        print(f"warning: {problem}", file=sys.stderr)
    try:
        if isinstance(event, clerk_backend.UserEvent):  # event.data is a clerk_backend.User
            email = event.data.primary_email_address
            print(f"{event.type}: {event.data.id} <{email.email_address if email else 'no email'}>")
        elif isinstance(event, clerk_backend.DeletedEvent):  # a DeletedObject: only its object and id are left
            print(f"{event.type}: {event.data.object} {event.data.id} is gone")
        else:  # SessionEvent, OrganizationEvent, ...: one subclass per kind of event (see the README)
            print(f"{event.type}: {type(event).__name__}, not handled")
    except clerk_backend.ParseError as exc:  # a field this handler needs did not fit its type
        print(f"cannot handle {event.raw.get('type')!r}: {exc}", file=sys.stderr)
    return "", 204


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
