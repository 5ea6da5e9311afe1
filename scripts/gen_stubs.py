"""Write the generated parts of the package from the model declarations.

- ``python/clerk_backend/_native.pyi``: the stub of the native module.
- ``python/clerk_backend/client.pyi``: the stub of the REST client, from the endpoint table
  (``python/clerk_backend/_endpoints.py``).
- the ``__all__`` block of ``python/clerk_backend/__init__.py``.
- the reason ``Literal`` block of ``python/clerk_backend/errors.py``, from the reason lists the
  Rust core exports (``_native._WEBHOOK_REASONS``, ``_native._TOKEN_REASONS``).

``_native.pyi`` takes each docstring from the runtime ``__doc__`` of what it describes, so the
two cannot differ.

Run after changing a declaration in src/models/ or the endpoint table (the package must be built):

    python scripts/gen_stubs.py          # write both
    python scripts/gen_stubs.py --check  # exit 1 if either is stale
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import sys
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent.parent / "python" / "clerk_backend"
STUB = PACKAGE / "_native.pyi"
CLIENT_STUB = PACKAGE / "client.pyi"
INIT = PACKAGE / "__init__.py"
ERRORS = PACKAGE / "errors.py"
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
    new_init = fill_block(INIT, block)
    reasons = (
        (
            "WebhookFailureReason",
            "``WebhookVerificationError.reason``, so that type checkers catch a misspelled one",
            _native._WEBHOOK_REASONS,
        ),
        (
            "TokenFailureReason",
            "``TokenVerificationError.reason`` (the strings @clerk/backend uses)",
            _native._TOKEN_REASONS,
        ),
    )
    literals = "".join(
        f"#: Every {doc}.\n{alias} = Literal[\n" + "".join(f'    "{r}",\n' for r in values) + "]\n"
        for alias, doc, values in reasons
    )
    return {
        STUB: with_runtime_docs(_native._stub_source(), _native),
        CLIENT_STUB: _endpoints.client_stub_source(),
        INIT: new_init,
        ERRORS: fill_block(ERRORS, literals),
    }


def fill_block(path: Path, block: str) -> str:
    """The text of ``path`` with its generated block replaced by ``block``."""
    text = path.read_text(encoding="utf-8")
    if not BLOCK.search(text):
        raise SystemExit(f"{path} has no generated block")
    return BLOCK.sub(lambda m: m.group(1) + block + m.group(3), text)


def with_runtime_docs(stub: str, module: Any) -> str:
    """``stub`` with the docstring of each class, function, method and property replaced by the
    runtime ``__doc__`` of what it describes in ``module`` (and dropped where that has none).

    Special methods (``__eq__``, ``__new__``, ...) keep what the stub says: at runtime they carry
    Python's generic slot docstrings. Names the runtime lacks (stub-only aliases) are left alone.
    """
    tree = ast.parse(stub)
    lines = stub.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []  # [start, end) line indexes and their new lines

    def place(node: ast.ClassDef | ast.FunctionDef, doc: str | None) -> None:
        indent = " " * (node.col_offset + 4)
        first = node.body[0]
        literal = [indent + docstring_literal(doc, indent) + "\n"] if doc else []
        start = first.lineno - 1
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            if isinstance(first.value.value, str):  # a docstring: replace it
                edits.append((start, first.end_lineno or first.lineno, literal or [indent + "...\n"]))
                return
            if first.value.value is Ellipsis and literal:  # `...`: the docstring takes its place
                before = lines[start][: first.col_offset]
                edits.append((start, start + 1, [before.rstrip() + "\n", *literal] if before.strip() else literal))
                return
        if literal:  # members and no docstring: put it right under the (one-line) class header
            edits.append((node.lineno, node.lineno, literal))

    def walk(body: list[ast.stmt], owner: Any) -> None:
        for node in body:
            if not isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                continue
            if node.name.startswith("__") and node.name.endswith("__"):
                continue
            if not hasattr(owner, node.name):
                continue
            obj = getattr(owner, node.name)
            doc = inspect.cleandoc(obj.__doc__) if isinstance(getattr(obj, "__doc__", None), str) else None
            place(node, doc or None)
            if isinstance(node, ast.ClassDef):
                walk(node.body, obj)

    walk(tree.body, module)
    for start, end, new in sorted(edits, reverse=True):
        lines[start:end] = new
    return "".join(lines)


def docstring_literal(doc: str, indent: str) -> str:
    """``doc`` as a triple-quoted literal whose lines after the first are indented."""
    text = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    body = "\n".join(indent + line if line else "" for line in text.split("\n"))
    return '"""' + body[len(indent) :] + '"""'


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
