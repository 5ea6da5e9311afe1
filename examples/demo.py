"""The main job: verify a signed Clerk webhook and get a typed event, in one call.

    python examples/demo.py [path/to/event.json]

The demo plays both sides. It signs a sample ``user.created`` event the way Clerk (Svix)
does, verifies the request as your endpoint would, prints the typed event, and then
shows that a tampered body is rejected.
"""

from __future__ import annotations

import base64
import sys
import time
from pathlib import Path

import clerk_backend

DEFAULT = Path(__file__).resolve().parent / "data" / "user_created.json"
# A made-up signing secret; yours comes from the Clerk Dashboard (or CLERK_WEBHOOK_SIGNING_SECRET).
SECRET = "whsec_" + base64.b64encode(b"clerk-backend demo secret 32 bytes!").decode()


def main() -> int:
    body = (Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT).read_bytes()
    webhook = clerk_backend.Webhook(SECRET)

    # What Clerk sends: the raw body and three svix-* headers.
    msg_id, now = "msg_2xKDemo0000000000000000000", int(time.time())
    headers = {
        "svix-id": msg_id,
        "svix-timestamp": str(now),
        "svix-signature": webhook.sign(msg_id, now, body),
    }

    # What your endpoint does: one call, which verifies and parses. Only a request that Clerk did not
    # sign fails it: a field whose shape drifted raises ParseError when read, and problems() lists them.
    event = webhook.verify(body, headers)
    for problem in clerk_backend.problems(event):
        print(f"warning: {problem}", file=sys.stderr)

    print(f"verified {event.type} from {event.instance_id}: {type(event).__name__}")
    # Each event type has its subclass, so isinstance (or `match`) narrows `data` for type checkers.
    if isinstance(event, clerk_backend.UserEvent):
        user = event.data  # a clerk_backend.User
        email = user.primary_email_address.email_address if user.primary_email_address else None
        print(f"  user {user.id}: {user.full_name} <{email}>")
        print(f"  {len(user.email_addresses)} email address(es), {len(user.external_accounts)} external account(s)")
        for account in user.external_accounts:
            print(f"  - {account.provider}: {account.email_address}")
        print(f"  public metadata: {user.public_metadata}")
    elif isinstance(event, clerk_backend.SessionEvent):
        print(f"  session {event.data.id} for user {event.data.user_id} ({event.data.status})")
    elif isinstance(event, clerk_backend.DeletedEvent):
        print(f"  deleted {event.data.object} {event.data.id}")
    else:
        print(f"  data: {event.data!r}")
    if event.event_attributes and event.event_attributes.http_request:
        print(f"  caused by a request from {event.event_attributes.http_request.client_ip}")

    # A body changed in transit (here: one byte added) never verifies.
    tampered = body + b" "  # one byte more than Clerk signed
    try:
        webhook.verify(tampered, headers)
    except clerk_backend.WebhookVerificationError as exc:
        print(f"tampered body rejected: {exc.reason} ({exc})")
    else:
        print("tampered body was accepted: this is a bug", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
