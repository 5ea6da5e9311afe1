"""A Clerk webhook endpoint with Flask: verify the signed request, then act on the typed event.

Run: CLERK_WEBHOOK_SIGNING_SECRET=whsec_... flask --app examples/flask_webhook.py run --port 8000"""

from flask import Flask, request
from flask.typing import ResponseReturnValue

import clerk_backend

app = Flask(__name__)
received: list[clerk_backend.WebhookEvent] = []  # the last 10 verified events, to inspect while developing


@app.post("/webhooks/clerk")
def clerk_webhook() -> ResponseReturnValue:
    try:  # the raw bytes, as sent: re-serialized JSON would not match the signature
        event = clerk_backend.verify_webhook(request.get_data(), request.headers)  # CLERK_WEBHOOK_SIGNING_SECRET
    except clerk_backend.WebhookVerificationError as exc:
        return {"detail": exc.reason}, 400
    received.append(event)
    del received[:-10]
    if isinstance(event, clerk_backend.UserEvent):  # event.data is a clerk_backend.User
        email = event.data.primary_email_address
        print(f"{event.type}: {event.data.id} <{email.email_address if email else 'no email'}>")
    elif isinstance(event, clerk_backend.DeletedEvent):
        print(f"{event.type}: {event.data.object} {event.data.id} is gone")
    else:
        print(f"{event.type}: not handled")
    return "", 204
