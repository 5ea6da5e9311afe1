"""Bounded time on hostile input: how long each case of tests/test_hostile.py takes, against its limit.

    python benchmarks/bench_hostile.py [pytest args...]

The test suite asserts what hostile inputs give (the documented exception, a bounded result), never
how long they take: timings depend on the machine. This benchmark runs that file with
``CLERK_HOSTILE_TIMINGS`` set, so each ``timed`` / ``raises_timed`` call records its time, then prints
the slowest cases and exits 1 if any took longer than its limit (2 s unless the case says otherwise).
Run it on the build being measured (see benchmarks/README.md).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "timings.jsonl"
        env = {**os.environ, "CLERK_HOSTILE_TIMINGS": str(log)}
        tests = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_hostile.py", *sys.argv[1:]],
            cwd=ROOT,
            env=env,
            check=False,
        )
        rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    if not rows:
        print("bench_hostile: no timings were recorded", file=sys.stderr)
        return 1
    rows.sort(key=lambda row: row["seconds"], reverse=True)
    print(f"\n{len(rows)} timed hostile calls; the 15 slowest:")
    print(f"{'seconds':>9}  {'limit':>6}  case")
    for row in rows[:15]:
        print(f"{row['seconds']:9.4f}  {row['limit']:6.1f}  {row['case']}")
    over = [row for row in rows if row["seconds"] >= row["limit"]]
    for row in over:
        print(f"OVER LIMIT: {row['case']}: {row['seconds']:.3f} s (limit {row['limit']} s)", file=sys.stderr)
    return 1 if over or tests.returncode else 0


if __name__ == "__main__":
    sys.exit(main())
