"""The README's guarantees table (issue 22 item 1): every row names the tests that pin its promise, and each named
test exists. A promise without a test is not made."""

from __future__ import annotations

import ast
import re
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)::(\w+)`")


def guarantees_table() -> list[tuple[str, str]]:
    """(promise, pinned-by cell) of each row of the table under ``## Guarantees``."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Guarantees\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        if line.startswith("|") and len(cells) == 2 and cells[0] not in ("promise", "---|---") and "---" not in line:
            rows.append((cells[0], cells[1]))
    return rows


def defined_tests(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_")
    }


def missing_tests(cell: str) -> list[str]:
    """The references of a cell whose file or test function does not exist."""
    missing = []
    for file, name in REFERENCE.findall(cell):
        path = ROOT / file
        if not path.is_file() or name not in defined_tests(path):
            missing.append(f"{file}::{name}")
    return missing


ROWS = guarantees_table()


def test_the_table_covers_what_the_issue_lists() -> None:
    promises = " ".join(p for p, _ in ROWS)
    assert len(ROWS) >= 12
    for topic in ("never raises", "repr", "message", "session token", "tolerance", "Limits", "CPython 3.9"):
        assert topic in promises, topic


@pytest.mark.parametrize(("promise", "cell"), ROWS, ids=[p[:50] for p, _ in ROWS])
def test_every_promise_names_tests_that_exist(promise: str, cell: str) -> None:
    assert REFERENCE.findall(cell), f"no test pins: {promise}"
    assert REFERENCE.sub("", cell).strip(" ,") == "", f"text that is not a test reference: {cell}"
    assert missing_tests(cell) == []


def test_the_checker_can_fail() -> None:
    assert missing_tests("`tests/test_guarantees.py::test_the_checker_can_fail`") == []
    assert missing_tests("`tests/test_guarantees.py::test_no_such_test`") == [
        "tests/test_guarantees.py::test_no_such_test"
    ]
    assert missing_tests("`tests/test_nowhere.py::test_x`") == ["tests/test_nowhere.py::test_x"]
    assert not REFERENCE.findall("tested somewhere")


def test_supported_pythons_are_what_the_package_declares() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^requires-python = ">=3\.9"$', pyproject, re.M)
    assert '"Programming Language :: Python :: Implementation :: CPython"' in pyproject
    cargo = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    # No stable-ABI (abi3) build: the module is built for one CPython version, on the full C API
    # (measured faster; see the README's Performance section), as free-threaded CPython needs too.
    assert "abi3" not in cargo
    assert sys.implementation.name == "cpython" and sys.version_info >= (3, 9)
    import clerk_backend._native as native

    # The module's file name says it was built for this very interpreter.
    name = Path(native.__file__).name
    minor = sys.version_info[1]
    free_threaded = "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""
    assert re.fullmatch(rf"_native\.cp(?:ython-)?3{minor}{free_threaded}-[\w-]+\.(?:so|pyd)", name), name
