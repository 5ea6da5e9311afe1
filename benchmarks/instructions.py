"""Instructions per call, counted by valgrind's callgrind: repeatable whatever the machine's load.

    python benchmarks/instructions.py [--python PY] [--runs N] [OPERATION ...]

Runs each operation N times (default 2,000) and 0 times under ``valgrind --tool=callgrind`` in the
interpreter given (a virtualenv with the wheel to measure installed) and prints the difference
divided by N: the instructions one call costs, setup and interpreter start-up excluded. Compare two
builds by running it with each one's interpreter. Needs valgrind (Debian's package).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

SETUP = f"""
import json, sys
import clerk_backend as cb
body = open({str(DATA / "user_created.json")!r}, "rb").read()
user = json.dumps(json.loads(body)["data"]).encode()
page = json.dumps({{"data": [json.loads(user)] * 10, "total_count": 10}}).encode()
hook = cb.Webhook("whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
headers = {{"svix-id": "msg_1", "svix-timestamp": "1700000000", "svix-signature": hook.sign("msg_1", 1700000000, body)}}
token, pem = open(sys.argv[2]).read().split(chr(10), 1)
key = cb.JwtKey.from_pem(pem)
n = int(sys.argv[1])
"""

OPERATIONS = {
    "User.from_json": "cb.User.from_json(user)",
    "WebhookEvent.from_json": "cb.WebhookEvent.from_json(body)",
    "Webhook.verify": "hook.verify(body, headers, now=1700000000)",
    "deserialize(page of 10 users)": "cb.deserialize(page)",
    "verify_token(JwtKey)": "cb.verify_token(token, jwt_key=key)",
}


def token_file() -> str:
    """A session token and its public key, made once here: key generation (random prime search) inside the
    measured process would swamp the counts."""
    from clerk_backend.testing import TokenFactory

    factory = TokenFactory()
    handle = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)  # noqa: SIM115
    with handle:
        handle.write(factory.session_token(expires_in=10**9) + "\n" + factory.public_pem)
    return handle.name


def collected(python: str, statement: str, runs: int, tokens: str) -> int:
    code = SETUP + f"for _ in range(n):\n    {statement}\n"
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", python, "-c", code, str(runs), tokens],
        capture_output=True,
        text=True,
        check=True,
    )
    match = re.search(r"Collected : (\d+)", result.stderr)
    if not match:
        raise SystemExit(f"no callgrind total in: {result.stderr[-500:]}")
    return int(match.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("operations", nargs="*", default=list(OPERATIONS))
    args = parser.parse_args()
    tokens = token_file()
    for name in args.operations:
        statement = OPERATIONS[name]
        counts = [collected(args.python, statement, runs, tokens) for runs in (args.runs, 0)]
        per_call = (counts[0] - counts[1]) / args.runs
        print(f"{name:32} {per_call:12,.0f} instructions per call", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
