"""Benchmark ``clerk_backend.deserialize`` on Backend API list answers, and ``raw`` access.

Times, in one process and on the same bytes:

- ``deserialize(page)`` where ``page`` is ``{"data": [10 users], "total_count": 10}`` as compact JSON bytes
  (the shape of ``GET /v1/users``-style answers), next to ``msgspec.json.decode(page, type=UserPageStruct)``
  (the same page into Structs with the fields ``clerk_backend.User`` keeps) and ``orjson.loads(page)``;
- ``deserialize`` of the same 10 users as a bare JSON array, of one user, and of the page as a ``dict``;
- ``User.from_json(bytes)`` on one user, for scale;
- reading ``raw`` (a fresh dict each time) of a user that came from ``deserialize(bytes)``, from
  ``User.from_json(bytes)`` and from ``User.from_json(dict)``.

The users are the ``data`` of ``data/user_created.json``, each with its own ``id`` and e-mail address.

This is a standalone script, not a test::

    python benchmarks/bench_deserialize.py [--quick] [--cpu-time]

``--cpu-time`` times with the process's CPU time instead of the wall clock: steadier when other work shares the
CPUs (time spent waiting for a CPU is not counted).

Requires ``clerk_backend`` (installed/built) and the peers in ``requirements-bench.txt`` (it reuses the msgspec
``UserStruct`` of ``bench_webhooks.py``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import timeit
from pathlib import Path
from typing import Any

import bench_webhooks  # checks the dependencies; defines UserStruct
import msgspec
import orjson
from _common import QUICK_SHRINK, Runner, fmt_ratio, fmt_us, md_table

import clerk_backend

PAGE_SIZE = 10
DEFAULT_PAYLOAD = Path(__file__).resolve().parent / "data" / "user_created.json"


class UserPageStruct(msgspec.Struct, kw_only=True):
    data: list[bench_webhooks.UserStruct]
    total_count: int


class CpuRunner(Runner):
    """``Runner`` with ``time.process_time`` as the clock."""

    def per_call(self, stmt: str, namespace: dict[str, Any]) -> float:
        timer = timeit.Timer(stmt, globals=namespace, timer=time.process_time)
        number, _ = timer.autorange()
        if self.quick:
            number = max(1, number // QUICK_SHRINK)
        return min(timer.repeat(repeat=self.repeat, number=number)) / number


def page_users(data: bytes, count: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """``count`` copies of a user's JSON ``data``, each with its own id and e-mail."""
    users = []
    for i in range(count):
        user = json.loads(data)
        user["id"] = f"{user['id'][:-2]}{i:02d}"
        for email in user.get("email_addresses") or []:
            email["email_address"] = f"user{i}.{email['email_address']}"
        users.append(user)
    return users


def page_of_users(data: bytes) -> bytes:
    """``{"data": [PAGE_SIZE users], "total_count": PAGE_SIZE}`` as compact JSON bytes."""
    return compact({"data": page_users(data), "total_count": PAGE_SIZE})


def compact(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def check(page: bytes, items: bytes, one: bytes) -> None:
    """Every parser gets the same users before anything is timed."""
    ours = clerk_backend.deserialize(page)
    assert isinstance(ours, clerk_backend.PaginatedResponse), type(ours)
    assert all(type(u) is clerk_backend.User for u in ours.data)
    assert ours.total_count == PAGE_SIZE
    typed = msgspec.json.decode(page, type=UserPageStruct)
    assert [u.id for u in ours.data] == [u.id for u in typed.data]
    assert (
        list(ours.data)
        == clerk_backend.deserialize(items)
        == [clerk_backend.User.from_json(u) for u in json.loads(items)]
    )
    assert clerk_backend.deserialize(one) == clerk_backend.User.from_json(one)
    assert ours == clerk_backend.deserialize(json.loads(page))
    assert ours.data[0].raw == json.loads(page)["data"][0]


def timings(page: bytes, items: bytes, one: bytes, runner: Runner) -> dict[str, float]:
    page_dict = json.loads(page)
    ns: dict[str, Any] = {
        "deserialize": clerk_backend.deserialize,
        "from_json": clerk_backend.User.from_json,
        "ms_decode": msgspec.json.decode,
        "orjson_loads": orjson.loads,
        "PageT": UserPageStruct,
        "UserT": bench_webhooks.UserStruct,
        "page": page,
        "items": items,
        "one": one,
        "page_dict": page_dict,
        "from_text": clerk_backend.deserialize(page).data[0],
        "from_bytes": clerk_backend.User.from_json(one),
        "from_dict": clerk_backend.User.from_json(json.loads(one)),
    }
    stmts = {
        "page": "deserialize(page)",
        "page_msgspec": "ms_decode(page, type=PageT)",
        "page_orjson": "orjson_loads(page)",
        "items": "deserialize(items)",
        "page_dict": "deserialize(page_dict)",
        "one": "deserialize(one)",
        "one_from_json": "from_json(one)",
        "one_msgspec": "ms_decode(one, type=UserT)",
        "raw_text": "from_text.raw",
        "raw_bytes": "from_bytes.raw",
        "raw_dict": "from_dict.raw",
        "raw_orjson": "orjson_loads(one)",
    }
    return {name: runner.per_call(stmt, ns) for name, stmt in stmts.items()}


def table(t: dict[str, float], sizes: dict[str, int]) -> str:
    rows = [
        [f"`deserialize(page)`: {PAGE_SIZE} users, bytes ({sizes['page']} B)", fmt_us(t["page"]), "—"],
        [
            "`msgspec.json.decode(page, type=UserPageStruct)`",
            fmt_us(t["page_msgspec"]),
            fmt_ratio(t["page"], t["page_msgspec"]),
        ],
        ["`orjson.loads(page)` → dicts", fmt_us(t["page_orjson"]), fmt_ratio(t["page"], t["page_orjson"])],
        [f"`deserialize(list)`: the {PAGE_SIZE} users as a JSON array", fmt_us(t["items"]), "—"],
        ["`deserialize(page_dict)`: the page already parsed", fmt_us(t["page_dict"]), "—"],
        [f"`deserialize(user)`: one user, bytes ({sizes['one']} B)", fmt_us(t["one"]), "—"],
        ["`User.from_json(user)`", fmt_us(t["one_from_json"]), fmt_ratio(t["one"], t["one_from_json"])],
        [
            "`msgspec.json.decode(user, type=UserStruct)`",
            fmt_us(t["one_msgspec"]),
            fmt_ratio(t["one"], t["one_msgspec"]),
        ],
        ["`.raw` of a user from `deserialize(bytes)`", fmt_us(t["raw_text"]), "—"],
        ["`.raw` of a user from `User.from_json(bytes)`", fmt_us(t["raw_bytes"]), "—"],
        ["`.raw` of a user from `User.from_json(dict)`", fmt_us(t["raw_dict"]), "—"],
        ["`orjson.loads(user)` (for scale)", fmt_us(t["raw_orjson"]), fmt_ratio(t["raw_text"], t["raw_orjson"])],
    ]
    return md_table(["µs per call (lower is better)", "µs", "first row of its group / this"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter repeats (smoke run)")
    parser.add_argument("--cpu-time", action="store_true", help="time with CPU time, not the wall clock")
    parser.add_argument(
        "--payload",
        type=Path,
        default=DEFAULT_PAYLOAD,
        help=f"a user.created / user.updated envelope whose `data` is the user (default: {DEFAULT_PAYLOAD})",
    )
    args = parser.parse_args(argv)
    runner = (CpuRunner if args.cpu_time else Runner)(quick=args.quick)

    users = page_users(bench_webhooks.load_payload(args.payload)[1])
    page = page_of_users(bench_webhooks.load_payload(args.payload)[1])
    items = compact(users)
    one = compact(users[0])
    check(page, items, one)
    t = timings(page, items, one, runner)

    print("## clerk_backend.deserialize benchmark\n")
    print("\n".join(bench_webhooks.environment_lines()))
    clock = "process CPU time" if args.cpu_time else "wall clock"
    print(
        f"- Payload: {PAGE_SIZE} users from `{args.payload.name}`; best of {runner.repeat} repeats "
        f"(timeit autorange, {clock})"
    )
    if args.quick:
        print("- **--quick run: numbers are rough**")
    print()
    print(table(t, {"page": len(page), "one": len(one)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
