"""Count the drift mutations of Clerk's published webhook examples that lose the event.

For every example in tests/fixtures/webhooks/webhook-examples.json and every key of its
envelope and of its ``data``, three mutations: delete the key, set it to null, give it another
JSON type (a string becomes a number, anything else a string). Each mutated body is signed and
verified; the script prints how many mutations there were and how many raised.

    python scripts/count_drift.py [--verbose]
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import clerk_backend

EXAMPLES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "webhooks" / "webhook-examples.json"
SECRET = "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


def retyped(value: Any) -> Any:
    """The same key with a value of another JSON type."""
    return 42 if isinstance(value, str) else "x"


def mutations(body: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(label, mutated body) for every key of the envelope and of data."""
    for where in ("envelope", "data"):
        target = body if where == "envelope" else body.get("data")
        if not isinstance(target, dict):
            continue
        for key in list(target):
            for kind in ("delete", "null", "retype"):
                if kind == "null" and target[key] is None:
                    continue
                copy = json.loads(json.dumps(body))
                inner = copy if where == "envelope" else copy["data"]
                if kind == "delete":
                    del inner[key]
                elif kind == "null":
                    inner[key] = None
                else:
                    inner[key] = retyped(inner[key])
                yield f"{body['type']} {where}.{key} {kind}", copy


def main() -> int:
    verbose = "--verbose" in sys.argv
    examples = json.loads(EXAMPLES.read_text(encoding="utf-8"))["examples"]
    hook = clerk_backend.Webhook(SECRET)
    now = int(time.time())
    total = lost = 0
    for body in examples.values():
        for label, mutated in mutations(body):
            payload = json.dumps(mutated).encode()
            headers = {
                "svix-id": "msg_drift",
                "svix-timestamp": str(now),
                "svix-signature": hook.sign("msg_drift", now, payload),
            }
            total += 1
            try:
                hook.verify(payload, headers, now=now)
            except clerk_backend.WebhookVerificationError as e:
                lost += 1
                if verbose:
                    print(f"lost: {label}: {e}")
    print(f"{lost} of {total} single-key mutations of {len(examples)} published examples lose the event")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
