"""Clerk in a FastAPI app: a webhook receiver, and a dependency that hands routes the session's claims.

    CLERK_WEBHOOK_SIGNING_SECRET=whsec_... CLERK_JWT_KEY="$(cat jwt-public-key.pem)" python examples/fastapi_app.py

Both values are in the Clerk Dashboard (the webhook endpoint's signing secret; API keys → JWT public key).
Set CLERK_AUTHORIZED_PARTIES to your frontend's origins (comma-separated) to refuse tokens minted for other sites.
Tokens are checked without a network call. Serves 127.0.0.1:8000, or the port in PORT.
"""

import os
import sys
from typing import Annotated, Optional

from fastapi import Depends, FastAPI, HTTPException, Request, Response

import clerk_backend

WEBHOOK = clerk_backend.Webhook(os.environ["CLERK_WEBHOOK_SIGNING_SECRET"])
JWT_KEY = clerk_backend.JwtKey.from_pem(os.environ["CLERK_JWT_KEY"])  # parsed once, at startup
AUTHORIZED_PARTIES = [p.strip() for p in os.environ.get("CLERK_AUTHORIZED_PARTIES", "").split(",") if p.strip()]

app = FastAPI()


def session_claims(request: Request) -> clerk_backend.SessionClaims:
    """The verified claims of the request's session token (Authorization: Bearer, or the __session cookie)."""
    state = clerk_backend.authenticate_request(
        request.headers, cookies=request.cookies, jwt_key=JWT_KEY, authorized_parties=AUTHORIZED_PARTIES
    )
    if not state.is_signed_in or state.claims is None:  # state.reason says why, e.g. "token-expired"
        raise HTTPException(status_code=401, detail=state.reason, headers={"WWW-Authenticate": "Bearer"})
    return state.claims


Claims = Annotated[clerk_backend.SessionClaims, Depends(session_claims)]


@app.get("/me")
def me(claims: Claims) -> dict[str, Optional[str]]:
    return {"user_id": claims.sub, "session_id": claims.sid, "org_id": claims.org_id, "org_role": claims.org_role}


@app.post("/webhooks/clerk")
async def clerk_webhook(request: Request) -> Response:
    try:  # the raw bytes, as sent: re-serialized JSON would not match the signature
        event = WEBHOOK.verify(await request.body(), request.headers)
    except clerk_backend.WebhookVerificationError as exc:
        if exc.reason != "invalid-payload":  # not signed by Clerk with this endpoint's secret
            raise HTTPException(status_code=400, detail=exc.reason) from exc
        # Signed by Clerk but not an event at all: a 4xx would only make Clerk resend it, for days.
        print(f"unreadable webhook: {exc}", file=sys.stderr)
        return Response(status_code=204)
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
    return Response(status_code=204)


if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
