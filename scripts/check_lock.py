"""Check that the running environment holds exactly what a lock file pins.

    python scripts/check_lock.py requirements-dev.txt [--constraints OUT]

Every `name==version` line of the lock (written by scripts/lock.sh) must be installed at that
version; a missing or different package fails the run with one line per difference, before any
test can fail on it further down. With --constraints, the pins are also written, without hashes,
to OUT: a pip constraints file (PIP_CONSTRAINT) for builds that pip runs in isolation.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import re
import sys
from pathlib import Path

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lock: Path) -> dict[str, str]:
    found = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            found[canonical(match.group(1))] = match.group(2)
    if not found:
        raise SystemExit(f"check_lock: {lock} pins nothing: is it a lock written by scripts/lock.sh?")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lock", type=Path)
    parser.add_argument("--constraints", type=Path, help="also write the pins, without hashes, to this file")
    args = parser.parse_args()
    wanted = pins(args.lock)
    if args.constraints is not None:
        args.constraints.write_text("".join(f"{name}=={version}\n" for name, version in sorted(wanted.items())))
        return 0
    installed = {canonical(dist.metadata["Name"]): dist.version for dist in importlib.metadata.distributions()}
    problems = [
        f"  {name}: the lock pins {version}, "
        + (f"{installed[name]} is installed" if name in installed else "it is not installed")
        for name, version in sorted(wanted.items())
        if installed.get(name) != version
    ]
    if problems:
        print(f"check_lock: the environment differs from {args.lock}:", *problems, sep="\n", file=sys.stderr)
        print(
            f"Install the lock (pip install --require-hashes -r {args.lock}) or refresh it (bash scripts/lock.sh).",
            file=sys.stderr,
        )
        return 1
    print(f"check_lock: {len(wanted)} packages installed as {args.lock} pins them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
