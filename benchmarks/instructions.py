"""Instructions per call, counted by valgrind's callgrind: repeatable whatever the machine's load.

    python benchmarks/instructions.py [--python PY] [--runs N] [--profile] [--peers] [--import] [OPERATION ...]

Runs each operation N times (default 2,000) and 0 times under ``valgrind --tool=callgrind`` in the
interpreter given (a virtualenv with the wheel to measure installed) and prints the difference
divided by N: the instructions one call costs, setup and interpreter start-up excluded. Compare two
builds by running it with each one's interpreter. Needs valgrind (Debian's package).

With ``--profile`` it also prints, for each operation, the functions those instructions run in
(self cost per call, the same difference of two runs, from ``callgrind_annotate``). Function names
need a wheel built with symbols: ``CARGO_PROFILE_RELEASE_STRIP=false`` changes nothing else.
``--peers`` also counts msgspec's typed decode and ``orjson.loads`` on the same bytes; ``--import``
counts what ``import clerk_backend`` adds to a fresh interpreter's start-up.
"""

from __future__ import annotations

import argparse
import os
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
bearer = {{"Authorization": "Bearer " + token}}
n = int(sys.argv[1])
"""

# The peers (run with --peers) decode the same bytes into bench_webhooks.py's msgspec Structs, or untyped.
PEER_SETUP = f"""
sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
import msgspec, orjson
from bench_webhooks import UserEventStruct, UserStruct
"""

OPERATIONS = {
    "User.from_json": "cb.User.from_json(user)",
    "WebhookEvent.from_json": "cb.WebhookEvent.from_json(body)",
    "Webhook.verify": "hook.verify(body, headers, now=1700000000)",
    "deserialize(page of 10 users)": "cb.deserialize(page)",
    "verify_token(JwtKey)": "cb.verify_token(token, jwt_key=key)",
    "authenticate_request(JwtKey)": "cb.authenticate_request(bearer, jwt_key=key)",
}
PEERS = {
    "msgspec User": "msgspec.json.decode(user, type=UserStruct)",
    "msgspec UserEvent": "msgspec.json.decode(body, type=UserEventStruct)",
    "orjson.loads(user)": "orjson.loads(user)",
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


def callgrind_total(python: str, args: list[str], out: str = "/dev/null") -> int:
    """Instructions of one run of `python *args` under callgrind."""
    result = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", python, *args],
        capture_output=True,
        text=True,
        check=True,
        # The same string hashes in every run, so that two runs differ only by what is measured.
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    match = re.search(r"Collected : (\d+)", result.stderr)
    if not match:
        raise SystemExit(f"no callgrind total in: {result.stderr[-500:]}")
    return int(match.group(1))


def collected(python: str, statement: str, runs: int, tokens: str, out: str = "/dev/null") -> int:
    setup = SETUP + (PEER_SETUP if statement in PEERS.values() else "")
    code = setup + f"for _ in range(n):\n    {statement}\n"
    return callgrind_total(python, ["-c", code, str(runs), tokens], out)


def import_cost(python: str) -> int:
    """Instructions that `import clerk_backend` adds to a fresh interpreter's start-up (bytecode caches as
    installed, so nothing is compiled)."""
    return callgrind_total(python, ["-c", "import clerk_backend"]) - callgrind_total(python, ["-c", "pass"])


def by_function(out: str) -> dict[str, int]:
    """Self instructions per function of one callgrind run, keyed by object file and function name."""
    text = subprocess.run(
        ["callgrind_annotate", "--threshold=100", "--auto=no", "--show-percs=no", out],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    costs: dict[str, int] = {}
    for line in text.splitlines():
        # "<count>  <source file>:<function> [<object file>]"; the source file is ??? without debug info.
        match = re.match(r"\s*([\d,]+)\s+[^\s:]*:(.+?)(?: \[(.*)\])?\s*$", line)
        if match:
            name = f"{match.group(2)}  ({Path(match.group(3) or '?').name})"
            costs[name] = costs.get(name, 0) + int(match.group(1).replace(",", ""))
    return costs


def profile(python: str, statement: str, runs: int, tokens: str, top: int = 40) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        outs = [f"{tmp}/{runs}.out", f"{tmp}/0.out"]
        for count, out in zip((runs, 0), outs):
            collected(python, statement, count, tokens, out)
        measured, baseline = (by_function(out) for out in outs)
    per_call = {name: (cost - baseline.get(name, 0)) / runs for name, cost in measured.items()}
    total = sum(per_call.values())
    for name, cost in sorted(per_call.items(), key=lambda item: -item[1])[:top]:
        print(f"    {cost:10,.0f}  {100 * cost / total:5.1f}%  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--profile", action="store_true", help="also print the cost per function")
    parser.add_argument("--peers", action="store_true", help="also count msgspec and orjson on the same bytes")
    parser.add_argument("--import", dest="import_", action="store_true", help="also count `import clerk_backend`")
    parser.add_argument("operations", nargs="*", metavar="OPERATION", help=f"any of {[*OPERATIONS, *PEERS]}")
    args = parser.parse_args()
    unknown = [name for name in args.operations if name not in {**OPERATIONS, **PEERS}]
    if unknown:
        parser.error(f"unknown operation {unknown[0]!r}: choose from {[*OPERATIONS, *PEERS]}")
    if args.import_:
        print(f"{'import clerk_backend':32} {import_cost(args.python):12,} instructions", flush=True)
    tokens = token_file()
    chosen = args.operations or [*OPERATIONS, *(PEERS if args.peers else ())]
    for name in chosen:
        statement = {**OPERATIONS, **PEERS}[name]
        counts = [collected(args.python, statement, runs, tokens) for runs in (args.runs, 0)]
        per_call = (counts[0] - counts[1]) / args.runs
        print(f"{name:32} {per_call:12,.0f} instructions per call", flush=True)
        if args.profile:
            profile(args.python, statement, args.runs, tokens)
    return 0


if __name__ == "__main__":
    sys.exit(main())
