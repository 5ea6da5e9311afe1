"""A Clerk webhook endpoint with FastAPI: verify the signed request, then act on the typed event.

Run: CLERK_WEBHOOK_SIGNING_SECRET=whsec_... uvicorn examples.fastapi_webhook:app --port 8000"""

from fastapi import FastAPI, HTTPException, Request, Response

import clerk_backend

app = FastAPI()
received: list[clerk_backend.WebhookEvent] = []  # the last 10 verified events, to inspect while developing


@app.post("/webhooks/clerk")
async def clerk_webhook(request: Request) -> Response:
    try:  # the raw bytes, as sent: re-serialized JSON would not match the signature
        event = clerk_backend.verify_webhook(await request.body(), request.headers)  # CLERK_WEBHOOK_SIGNING_SECRET
    except clerk_backend.WebhookVerificationError as exc:
        raise HTTPException(status_code=400, detail=exc.reason) from exc
    received.append(event)
    del received[:-10]
    if isinstance(event, clerk_backend.UserEvent):  # event.data is a clerk_backend.User
        email = event.data.primary_email_address
        print(f"{event.type}: {event.data.id} <{email.email_address if email else 'no email'}>")
    elif isinstance(event, clerk_backend.DeletedEvent):
        print(f"{event.type}: {event.data.object} {event.data.id} is gone")
    else:
        print(f"{event.type}: not handled")
    return Response(status_code=204)
