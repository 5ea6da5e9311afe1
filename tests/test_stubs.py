"""The committed stub and __all__ are exactly what the declarations generate, and stubtest agrees."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("gen_stubs", ROOT / "scripts" / "gen_stubs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_generated_files_match_the_declarations() -> None:
    generator = load_generator()
    for path, text in generator.expected().items():
        assert path.read_text(encoding="utf-8") == text, f"{path} is stale: run python scripts/gen_stubs.py"


def test_stub_types_each_property() -> None:
    import clerk_backend

    stub = (ROOT / "python" / "clerk_backend" / "_native.pyi").read_text(encoding="utf-8")
    assert "def latest_activity(self) -> SessionActivity | None:" in stub
    assert "def sessions(self) -> tuple[Session, ...]:" in stub
    assert "def actor(self) -> dict[str, Any] | None:" in stub
    assert "Incomplete" not in stub
    for name in clerk_backend._native.__all__:
        assert name in stub


def test_stub_lists_match_args_in_declaration_order() -> None:
    import clerk_backend

    stub = (ROOT / "python" / "clerk_backend" / "_native.pyi").read_text(encoding="utf-8")
    literals = ", ".join(f'Literal["{name}"]' for name in clerk_backend.SessionActivity.__match_args__)
    assert f"__match_args__: ClassVar[tuple[{literals}]]" in stub


def test_stubtest_passes() -> None:
    if sys.version_info < (3, 10):
        # stubtest is mypy's: the pinned mypy (2.x) needs Python 3.10+, and older mypy judges the stub differently.
        pytest.skip("stubtest of the pinned mypy (2.x) needs Python 3.10+")
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: pip install --require-hashes -r requirements-dev.txt")
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "clerk_backend", "--allowlist", "scripts/stubtest-allowlist.txt"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
