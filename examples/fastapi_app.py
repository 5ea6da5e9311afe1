"""Clerk in a FastAPI app: a route that needs a permission, and a webhook receiver (clerk_backend.fastapi).

    CLERK_JWT_KEY="$(cat jwt-public-key.pem)" CLERK_WEBHOOK_SIGNING_SECRET=whsec_... python examples/fastapi_app.py

CLERK_JWT_KEY (or CLERK_SECRET_KEY) and the webhook signing secret are in the Clerk Dashboard; set
CLERK_AUTHORIZED_PARTIES to your frontend's origins (comma-separated). Serves 127.0.0.1:8000, or PORT.
"""

from typing import Annotated

from fastapi import Depends, FastAPI

from clerk_backend import SessionAuth, UserEvent, VerifiedWebhook, WebhookEvent
from clerk_backend.fastapi import Clerk

clerk = Clerk()  # reads the CLERK_* environment variables; a bad key fails here, at startup
app = FastAPI()


@app.get("/invoices")
def invoices(auth: Annotated[SessionAuth, Depends(clerk.require(permission="org:invoices:read"))]) -> dict[str, str]:
    return {"user_id": auth.user_id, "org_id": auth.org_id or ""}


@app.post("/webhooks/clerk", status_code=204)
def clerk_webhook(message: Annotated[VerifiedWebhook[WebhookEvent], Depends(clerk.webhook)]) -> None:
    event = message.event  # typed; message.id is the svix-id, the same for every redelivery
    print(f"{event.type}: {event.data.id if isinstance(event, UserEvent) else type(event).__name__} ({message.id})")


if __name__ == "__main__":
    import os

    import uvicorn

    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
