"""Clerk in a Flask app: a route that needs a permission, and a webhook receiver (clerk_backend.flask).

    CLERK_JWT_KEY="$(cat jwt-public-key.pem)" CLERK_WEBHOOK_SIGNING_SECRET=whsec_... python examples/flask_app.py

CLERK_JWT_KEY (or CLERK_SECRET_KEY) and the webhook signing secret are in the Clerk Dashboard; set
CLERK_AUTHORIZED_PARTIES to your frontend's origins (comma-separated). Serves 127.0.0.1:8000, or PORT.
"""

from flask import Flask

from clerk_backend import UserEvent, VerifiedWebhook, WebhookEvent
from clerk_backend.flask import Clerk, get_auth

app = Flask(__name__)
clerk = Clerk(app)  # app.config's CLERK_* keys, else the environment; a bad key fails here, at startup


@app.get("/invoices")
@clerk.require(permission="org:invoices:read")
def invoices() -> dict[str, str]:
    return {"user_id": get_auth().user_id or "", "org_id": get_auth().org_id or ""}  # also on flask.g.clerk_auth


@app.post("/webhooks/clerk")
@clerk.webhook
def clerk_webhook(message: VerifiedWebhook[WebhookEvent]) -> None:  # None answers 204
    event = message.event  # typed; message.id is the svix-id, the same for every redelivery
    print(f"{event.type}: {event.data.id if isinstance(event, UserEvent) else type(event).__name__} ({message.id})")


if __name__ == "__main__":
    import os

    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
