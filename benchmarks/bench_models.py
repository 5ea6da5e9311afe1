"""Benchmark parsing a Clerk ``session.created`` webhook payload into typed objects.

Times ``clerk_backend.Session.from_json`` (from ``bytes``, ``str`` and ``dict``) next to
``orjson.loads``, ``json.loads``, ``msgspec.json.decode(..., type=...)`` and ``msgspec.convert``,
all in one process on the same bytes, and prints a Markdown table of timings and ratios.
It also compares attribute reads on a parsed ``Session`` with reads on a plain ``__slots__`` class.

This is a standalone script, not a test::

    python benchmarks/bench_models.py [--quick] [--payload PATH]

Requires ``clerk_backend`` (installed/built), ``orjson`` and ``msgspec``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path
from typing import Any

from _common import (  # shared with the other scripts
    Runner,
    cpu_model,
    fmt_ns,
    fmt_ratio,
    fmt_us,
    md_table,
)

try:
    import msgspec
    import orjson
except ImportError as exc:
    print(
        f"error: missing benchmark dependency {exc.name!r}. Install it with: pip install orjson msgspec",
        file=sys.stderr,
    )
    sys.exit(2)

try:
    import clerk_backend
except ImportError as exc:
    print(
        f"error: cannot import clerk_backend ({exc}). Build/install it first (e.g. `maturin develop --release`).",
        file=sys.stderr,
    )
    sys.exit(2)

DEFAULT_PAYLOAD = Path(__file__).resolve().parent / "data" / "session_created.json"


# --- msgspec peers: the same fields clerk_backend.Session keeps (unknown keys are ignored) ---------------------------
# msgspec evaluates these annotations at runtime, so the script needs Python >= 3.10.


class SessionActivityStruct(msgspec.Struct):
    id: str
    is_mobile: bool
    ip_address: str | None = None
    city: str | None = None
    country: str | None = None
    browser_version: str | None = None
    browser_name: str | None = None
    device_type: str | None = None


class SessionStruct(msgspec.Struct):
    id: str
    client_id: str
    user_id: str
    status: str
    last_active_at: int
    expire_at: int
    abandon_at: int
    created_at: int
    updated_at: int
    last_active_organization_id: str | None = None
    latest_activity: SessionActivityStruct | None = None
    actor: dict[str, Any] | None = None


# --- plain Python peers for attribute-read timing -----------------------------------------------------------------


class PlainActivity:
    __slots__ = ("id", "is_mobile")

    def __init__(self, id: str, is_mobile: bool) -> None:
        self.id = id
        self.is_mobile = is_mobile


class PlainSession:
    __slots__ = ("created_at", "id", "latest_activity")

    def __init__(self, id: str, created_at: int, latest_activity: PlainActivity | None) -> None:
        self.id = id
        self.created_at = created_at
        self.latest_activity = latest_activity


# --- timing helpers -----------------------------------------------------------------------------------------------


# --- environment --------------------------------------------------------------------------------------------------


def environment_lines() -> list[str]:
    return [
        f"- Python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        f"- Platform: {platform.platform()}",
        f"- CPU: {cpu_model()}",
        (
            f"- clerk_backend {getattr(clerk_backend, '__version__', '?')}, "
            f"orjson {orjson.__version__}, msgspec {msgspec.__version__}"
        ),
    ]


# --- payloads -----------------------------------------------------------------------------------------------------


def load_payloads(path: Path) -> dict[str, bytes]:
    """Return ``{label: compact JSON bytes}`` for the full session and the session without ``user``."""
    try:
        envelope = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        sys.exit(f"error: cannot read payload {path}: {exc}")
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if not isinstance(data, dict):
        sys.exit(f"error: {path} is not a webhook envelope with a `data` object")
    no_user = {key: value for key, value in data.items() if key != "user"}
    return {
        "session": json.dumps(data, separators=(",", ":")).encode(),
        "session (no user)": json.dumps(no_user, separators=(",", ":")).encode(),
    }


def check_parsers(raw: bytes) -> None:
    """Fail fast if the parsers under test disagree on the payload."""
    as_dict = json.loads(raw)
    ours = [clerk_backend.Session.from_json(x) for x in (raw, raw.decode(), as_dict)]
    for s in ours:
        if not isinstance(s, clerk_backend.Session):
            sys.exit(f"error: Session.from_json returned {type(s).__name__}, expected Session")
        if (s.id, s.created_at) != (as_dict["id"], as_dict["created_at"]):
            sys.exit(f"error: Session.from_json gave id={s.id!r} created_at={s.created_at!r}, expected the payload's")
    typed = msgspec.json.decode(raw, type=SessionStruct)
    if typed != msgspec.convert(as_dict, SessionStruct) or typed.id != as_dict["id"]:
        sys.exit("error: msgspec.json.decode and msgspec.convert disagree on the payload")


# --- benchmarks ---------------------------------------------------------------------------------------------------


def bench_parsing(raw: bytes, runner: Runner) -> dict[str, float]:
    text = raw.decode()
    as_dict = json.loads(raw)
    ns: dict[str, Any] = {
        "from_json": clerk_backend.Session.from_json,
        "orjson_loads": orjson.loads,
        "json_loads": json.loads,
        "ms_decode": msgspec.json.decode,
        "ms_convert": msgspec.convert,
        "T": SessionStruct,
        "raw": raw,
        "text": text,
        "as_dict": as_dict,
    }
    stmts = {
        "ours_bytes": "from_json(raw)",
        "ours_str": "from_json(text)",
        "ours_dict": "from_json(as_dict)",
        "orjson": "orjson_loads(raw)",
        "json": "json_loads(text)",
        "msgspec_typed": "ms_decode(raw, type=T)",
        "msgspec_convert": "ms_convert(as_dict, T)",
    }
    return {name: runner.per_call(stmt, ns) for name, stmt in stmts.items()}


def parsing_table(results: dict[str, dict[str, float]], sizes: dict[str, int]) -> str:
    labels = list(results)
    header = ["µs per call (lower is better)"] + [f"{label} ({sizes[label]} B)" for label in labels]
    timing_rows = [
        ("`Session.from_json(bytes)`", "ours_bytes"),
        ("`Session.from_json(str)`", "ours_str"),
        ("`Session.from_json(dict)`", "ours_dict"),
        ("`orjson.loads(bytes)` → dict", "orjson"),
        ("`json.loads(str)` → dict", "json"),
        ("`msgspec.json.decode(bytes, type=SessionStruct)`", "msgspec_typed"),
        ("`msgspec.convert(dict, SessionStruct)`", "msgspec_convert"),
    ]
    ratio_rows = [
        ("**ratio** ours(bytes) / orjson.loads", "ours_bytes", "orjson"),
        ("**ratio** ours(bytes) / msgspec typed decode", "ours_bytes", "msgspec_typed"),
        ("**ratio** ours(str) / json.loads", "ours_str", "json"),
        ("**ratio** ours(dict) / msgspec.convert", "ours_dict", "msgspec_convert"),
    ]
    rows = [[title] + [fmt_us(results[label][key]) for label in labels] for title, key in timing_rows]
    for title, num, den in ratio_rows:
        rows.append([title] + [fmt_ratio(results[label][num], results[label][den]) for label in labels])
    return md_table(header, rows)


def attribute_table(raw: bytes, runner: Runner) -> str:
    ours = clerk_backend.Session.from_json(raw)
    typed = msgspec.json.decode(raw, type=SessionStruct)
    activity = typed.latest_activity
    plain = PlainSession(
        typed.id,
        typed.created_at,
        PlainActivity(activity.id, activity.is_mobile) if activity is not None else None,
    )
    ns: dict[str, Any] = {"ours": ours, "plain": plain}
    overhead = runner.per_call("pass", ns)
    rows = []
    for attr in ("id", "created_at", "latest_activity"):
        t_ours = runner.per_call(f"ours.{attr}", ns)
        t_plain = runner.per_call(f"plain.{attr}", ns)
        rows.append([f"`s.{attr}`", fmt_ns(t_ours), fmt_ns(t_plain), fmt_ratio(t_ours, t_plain)])
    rows.append(["empty statement (timeit loop overhead)", fmt_ns(overhead), fmt_ns(overhead), "—"])
    return md_table(["ns per read (lower is better)", "clerk_backend.Session", "`__slots__` class", "ratio"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter repeats (smoke run)")
    parser.add_argument(
        "--payload",
        type=Path,
        default=DEFAULT_PAYLOAD,
        help=f"webhook envelope JSON whose `data` is a Session (default: {DEFAULT_PAYLOAD})",
    )
    args = parser.parse_args(argv)
    runner = Runner(quick=args.quick)

    payloads = load_payloads(args.payload)
    for raw in payloads.values():
        check_parsers(raw)

    results = {label: bench_parsing(raw, runner) for label, raw in payloads.items()}
    sizes = {label: len(raw) for label, raw in payloads.items()}
    attributes = attribute_table(payloads["session"], runner)

    print("## clerk_backend model parsing benchmark\n")
    print("\n".join(environment_lines()))
    print(f"- Payload: `{args.payload.name}` `data`; best of {runner.repeat} repeats (timeit autorange)")
    if args.quick:
        print("- **--quick run: numbers are rough**")
    print("\nRatios below 1.00x mean clerk_backend is faster than the peer.\n")
    print(parsing_table(results, sizes))
    print("\n### Attribute reads on a parsed Session (`session` payload)\n")
    print(attributes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
