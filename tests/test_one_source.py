"""Each fact of the package is stated once, and every copy that must exist is derived from it.

- Constants and environment variable names: ``clerk_backend._constants`` (the webhook ones from the
  Rust core); no other module of the package spells them.
- Reason strings: the Rust enums' ``Reason::ALL``, exported as ``_native._*_REASONS``; the
  ``Literal`` unions of ``errors.py`` are generated from them.
- Stub docstrings: taken from the runtime ``__doc__`` by ``scripts/gen_stubs.py``.
- The stub's ``__all__``: the module's own ``__all__``, as ``src/lib.rs`` declares the module.
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
from pathlib import Path
from typing import Any, get_args

import pytest

import clerk_backend
from clerk_backend import _constants, _native, cli, client, errors, machine, tokens

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "python" / "clerk_backend"
FACTS = {
    value
    for name, value in vars(_constants).items()
    if name.isupper() and isinstance(value, str) and name != "USER_AGENT"
} | {"clerk-backend-python"}


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_module_but_constants_states_a_fact(path: Path) -> None:
    if path.name == "_constants.py":
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    stated = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and (node.value in FACTS or node.value.startswith("clerk-backend-python/"))
    ]
    assert stated == []


def test_the_facts_are_read_from_one_place() -> None:
    assert f"clerk-backend-python/{clerk_backend.__version__}" == _constants.USER_AGENT
    for module in (tokens, client, machine):
        assert module.API_URL is _constants.API_URL
        assert module.API_VERSION is _constants.API_VERSION
        assert module.USER_AGENT is _constants.USER_AGENT
    assert _constants.WEBHOOK_SECRET_ENV == _native._WEBHOOK_SECRET_ENV == "CLERK_WEBHOOK_SIGNING_SECRET"


def test_one_user_agent_for_every_request(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    class Opener:
        def open(self, request: Any, timeout: float) -> Any:
            seen.append(request.get_header("User-agent"))
            raise OSError("no network in this test")

    monkeypatch.setattr(tokens, "_opener", Opener())
    with pytest.raises(clerk_backend.TokenVerificationError):
        tokens._fetch_jwks("https://api.clerk.com", "sk_test_x", timeout=1.0)
    assert seen == [_constants.USER_AGENT]


def test_the_default_tolerance_is_the_cores() -> None:
    default = _constants.DEFAULT_TOLERANCE_SECONDS
    assert default == _native._DEFAULT_TOLERANCE_SECONDS == 300
    # The native signatures must spell the number (Python shows only literals): each equals the core's.
    # (inspect reads a native class's signature only from Python 3.10 on)
    natives = (clerk_backend.Webhook,) if sys.version_info >= (3, 10) else ()
    for function in (*natives, clerk_backend.verify_webhook, clerk_backend.verify_webhook_message):
        assert inspect.signature(function).parameters["tolerance_seconds"].default == default
    assert clerk_backend.Webhook("whsec_" + "A" * 32).tolerance_seconds == default
    assert cli._parser().parse_args(["verify", "-"]).tolerance == default
    # The stub and the manual say the same number.
    stub = (PACKAGE / "_native.pyi").read_text(encoding="utf-8")
    assert set(re.findall(r"tolerance_seconds: int = (\d+)", stub)) == {str(default)}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert set(re.findall(r"\(default (\d+)\)", readme)) == {str(default)}


@pytest.mark.parametrize(
    ("alias", "cls", "exported"),
    [
        (errors.WebhookFailureReason, errors.WebhookVerificationError, _native._WEBHOOK_REASONS),
        (errors.TokenFailureReason, errors.TokenVerificationError, _native._TOKEN_REASONS),
    ],
    ids=["webhook", "token"],
)
def test_the_reason_literals_are_the_cores_lists(alias: Any, cls: Any, exported: tuple[str, ...]) -> None:
    assert len(exported) >= 7
    assert get_args(alias) == exported
    assert frozenset(exported) == cls.REASONS


def _stub_nodes() -> list[tuple[str, ast.ClassDef | ast.FunctionDef, Any]]:
    """Every class, function, method and property of the stub that the runtime has, with it."""
    tree = ast.parse((PACKAGE / "_native.pyi").read_text(encoding="utf-8"))
    found = []

    def walk(body: list[ast.stmt], owner: Any, prefix: str) -> None:
        for node in body:
            if not isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                continue
            if node.name.startswith("__") or not hasattr(owner, node.name):
                continue
            obj = getattr(owner, node.name)
            found.append((prefix + node.name, node, obj))
            if isinstance(node, ast.ClassDef):
                walk(node.body, obj, prefix + node.name + ".")

    walk(tree.body, _native, "")
    return found


def test_every_stub_docstring_is_the_runtime_docstring() -> None:
    nodes = _stub_nodes()
    assert len(nodes) > 500
    differ = [
        name
        for name, node, obj in nodes
        if ast.get_docstring(node) != (inspect.cleandoc(obj.__doc__) if obj.__doc__ else None)
    ]
    assert differ == []


def test_the_stub_exports_are_the_modules() -> None:
    tree = ast.parse((PACKAGE / "_native.pyi").read_text(encoding="utf-8"))
    (exports,) = [
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__"
    ]
    assert exports == list(_native.__all__)
    assert "WebhookEvent" in exports and "UserEvent" in exports and "_stub_source" not in exports
