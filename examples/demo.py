"""The main job, for now: parse a Clerk Client payload and print the typed object.

python examples/demo.py [path/to/client.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

import clerk_backend

DEFAULT = Path(__file__).resolve().parent / "data" / "client.json"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    try:
        client = clerk_backend.Client.from_json(path.read_bytes())
    except clerk_backend.ParseError as exc:
        print(f"not a valid Client payload: {exc}", file=sys.stderr)
        return 1

    print(client)
    print()
    print(f"client {client.id}: {len(client.sessions)} session(s)")
    for session in client.sessions:
        where = "unknown place"
        if session.latest_activity is not None:
            activity = session.latest_activity
            where = f"{activity.browser_name} on {activity.device_type} in {activity.city}, {activity.country}"
        actor = f", impersonated by {session.actor['sub']}" if session.actor else ""
        print(f"  {session.id} [{session.status}] user {session.user_id}: {where}{actor}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
