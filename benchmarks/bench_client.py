"""Benchmark the client-side cost of one ``get_user`` call: clerk_backend.Clerk vs clerk-backend-api.

Two setups, both serving the same realistic user (the ``data`` of benchmarks/data/user_created.json):

1. In process, through ``httpx.MockTransport``: no sockets, so the time is all client work
   (building the request, httpx, parsing the body into a typed user). httpx alone and
   ``User.from_json`` alone are shown for scale.
2. Against the local test server (tests/mock_clerk_api.py) running in a *separate process*, over
   127.0.0.1 with keep-alive: wall time per call, and the client process's CPU time per call
   (``time.process_time``), which excludes the server's work.

This is a standalone script, not a test::

    python benchmarks/bench_client.py [--quick] [--calls N]

Requires ``clerk_backend`` with its ``client`` extra (httpx), ``clerk-backend-api`` and PyYAML (for the
local server).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

from _common import Runner, cpu_model, dist_version, fmt_ratio, fmt_us, md_table

try:
    import clerk_backend_api
    import httpx
except ImportError as exc:
    print(
        f"error: missing benchmark dependency {(exc.name or str(exc)).split('.')[0]!r}. "
        "Install it with: pip install httpx clerk-backend-api (or pip install -r requirements-bench.txt)",
        file=sys.stderr,
    )
    sys.exit(2)

import clerk_backend

ROOT = Path(__file__).resolve().parent.parent
USER_ID = "user_2xK9mQvR7tLpN4wZbC8dYhF3sJe"
SECRET = "sk_test_benchmark"

# Runs in the server process: the local test server, answering every request with the user.
SERVER = """
import sys
sys.path.insert(0, sys.argv[1])
import mock_clerk_api
body = open(sys.argv[2], "rb").read()
# The handler writes the headers and the body separately; without TCP_NODELAY the body waits for the
# client's delayed ACK (~40 ms a call on Linux).
mock_clerk_api._Handler.disable_nagle_algorithm = True
api = mock_clerk_api.MockClerkAPI().start()
answer = mock_clerk_api._Queued(200, body, {}, 0.0, False)
api._record = lambda request: answer  # serve the user every time, and keep no request log
print(api.url, flush=True)
sys.stdin.read()  # until the benchmark closes our stdin
api.close()
"""


def user_body(payload: Path) -> bytes:
    data = json.loads(payload.read_text(encoding="utf-8"))
    user = data.get("data", data)
    user["id"] = USER_ID
    return json.dumps(user).encode()


def clients(transport: Any, url: str) -> tuple[clerk_backend.Clerk, Any]:
    ours = clerk_backend.Clerk(
        SECRET, api_url=url, http_client=httpx.Client(transport=transport) if transport else None
    )
    theirs = clerk_backend_api.Clerk(
        bearer_auth=SECRET,
        server_url=f"{url}/v1",
        client=httpx.Client(transport=transport) if transport else None,
    )
    return ours, theirs


def check(ours: clerk_backend.Clerk, theirs: Any) -> None:
    assert ours.users.get_user(USER_ID).id == USER_ID
    assert theirs.users.get(user_id=USER_ID).id == USER_ID


def in_process(runner: Runner, body: bytes) -> list[list[str]]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(handler)
    ours, theirs = clients(transport, "http://api.clerk.test")
    check(ours, theirs)
    bare = httpx.Client(transport=transport)
    namespace = {
        "ours": ours,
        "theirs": theirs,
        "bare": bare,
        "handler": handler,
        "User": clerk_backend.User,
        "body": body,
        "USER_ID": USER_ID,
    }
    timings = {
        "clerk_backend Clerk.users.get_user": runner.per_call("ours.users.get_user(USER_ID)", namespace),
        "clerk-backend-api Clerk.users.get": runner.per_call("theirs.users.get(user_id=USER_ID)", namespace),
        "httpx Client.get + .content (no parsing)": runner.per_call(
            "bare.get('http://api.clerk.test/v1/users/' + USER_ID).content", namespace
        ),
        "clerk_backend User.from_json(body) alone": runner.per_call("User.from_json(body)", namespace),
    }
    ours.close()
    theirs.sdk_configuration.client.close()
    bare.close()
    base = timings["clerk_backend Clerk.users.get_user"]
    return [[name, fmt_us(t), fmt_ratio(t, base)] for name, t in timings.items()]


def per_call_wall_and_cpu(call: Callable[[], Any], calls: int, repeat: int) -> tuple[float, float]:
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        wall0, cpu0 = time.perf_counter(), time.process_time()
        for _ in range(calls):
            call()
        best_wall = min(best_wall, (time.perf_counter() - wall0) / calls)
        best_cpu = min(best_cpu, (time.process_time() - cpu0) / calls)
    return best_wall, best_cpu


def local_server(runner: Runner, body: bytes, calls: int) -> list[list[str]]:
    body_file = ROOT / "benchmarks" / ".bench_client_user.json"
    body_file.write_bytes(body)
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, str(ROOT / "tests"), str(body_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        ours, theirs = clients(None, url)
        check(ours, theirs)
        rows = []
        results = {
            "clerk_backend Clerk.users.get_user": per_call_wall_and_cpu(
                lambda: ours.users.get_user(USER_ID), calls, runner.repeat
            ),
            "clerk-backend-api Clerk.users.get": per_call_wall_and_cpu(
                lambda: theirs.users.get(user_id=USER_ID), calls, runner.repeat
            ),
        }
        ours.close()
        theirs.sdk_configuration.client.close()
        base_wall, base_cpu = results["clerk_backend Clerk.users.get_user"]
        for name, (wall, cpu) in results.items():
            rows.append([name, fmt_us(wall), fmt_ratio(wall, base_wall), fmt_us(cpu), fmt_ratio(cpu, base_cpu)])
        return rows
    finally:
        assert server.stdin is not None
        server.stdin.close()
        server.wait(timeout=10)
        body_file.unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer and shorter runs")
    parser.add_argument("--calls", type=int, default=2000, help="calls per timed run against the local server")
    parser.add_argument("--payload", type=Path, default=ROOT / "benchmarks" / "data" / "user_created.json")
    args = parser.parse_args()
    runner = Runner(args.quick)
    calls = max(50, args.calls // 10) if args.quick else args.calls
    body = user_body(args.payload)

    print(f"# get_user client-side cost ({len(body)}-byte user)\n")
    print(
        f"CPU: {cpu_model()}; Python {platform.python_version()}; clerk-backend {clerk_backend.__version__}; "
        f"clerk-backend-api {dist_version('clerk-backend-api')}; httpx {dist_version('httpx')}\n"
    )
    print("## In process (httpx.MockTransport), µs per call, best of runs\n")
    print(md_table(["call", "µs", "vs clerk_backend"], in_process(runner, body)))
    print(f"\n## Local test server in another process, {calls} keep-alive calls per run\n")
    header = ["client", "wall µs/call", "vs clerk_backend", "client CPU µs/call", "vs clerk_backend"]
    print(md_table(header, local_server(runner, body, calls)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
