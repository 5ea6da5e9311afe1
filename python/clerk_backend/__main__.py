"""``python -m clerk_backend``: the command line of ``clerk_backend.cli``."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
