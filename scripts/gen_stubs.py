"""Write the generated parts of the package from the model declarations.

- ``python/clerk_backend/_native.pyi``: the stub of the native module.
- ``python/clerk_backend/client.pyi``: the stub of the REST client, from the endpoint table
  (``python/clerk_backend/_endpoints.py``).
- the ``__all__`` block of ``python/clerk_backend/__init__.py``.

Run after changing a declaration in src/models/ or the endpoint table (the package must be built):

    python scripts/gen_stubs.py          # write both
    python scripts/gen_stubs.py --check  # exit 1 if either is stale
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "python" / "clerk_backend"
STUB = PACKAGE / "_native.pyi"
CLIENT_STUB = PACKAGE / "client.pyi"
INIT = PACKAGE / "__init__.py"
BLOCK = re.compile(r"(# BEGIN GENERATED[^\n]*\n)(.*?)(# END GENERATED)", re.DOTALL)
# The Python modules whose public names the package re-exports (each module's own __all__).
PYTHON_MODULES = ("errors", "tokens", "auth", "machine", "client", "timestamps", "_headers")


def isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 wants: CONSTANTS, then Classes, then everything else."""
    if name.isupper():
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def expected() -> dict[Path, str]:
    """The text each generated file should have."""
    import importlib

    from clerk_backend import _endpoints, _native

    python_names = [n for m in PYTHON_MODULES for n in importlib.import_module(f"clerk_backend.{m}").__all__]
    names = sorted(python_names + list(_native.__all__), key=isort_key)
    block = "__all__ = [\n" + "".join(f'    "{name}",\n' for name in names) + "]\n"
    init = INIT.read_text(encoding="utf-8")
    if not BLOCK.search(init):
        raise SystemExit(f"{INIT} has no generated block")
    new_init = BLOCK.sub(lambda m: m.group(1) + block + m.group(3), init)
    return {STUB: _native._stub_source(), CLIENT_STUB: _endpoints.client_stub_source(), INIT: new_init}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()

    stale = []
    for path, text in expected().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if args.check:
            stale.append(path)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    if stale:
        for path in stale:
            print(f"{path} is out of date: run python scripts/gen_stubs.py", file=sys.stderr)
        return 1
    if args.check:
        print("generated files are up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
