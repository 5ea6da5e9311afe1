"""Signatures in ``help()`` and ``inspect.signature`` (issue 21 item 1).

Every public function and class of ``clerk_backend`` has a signature that ``inspect.signature`` reads, and for what
is built in Rust (``_native``) it is the one its stub declares: the same parameters, in the same order, of the same
kind (positional-only, keyword-only, ...), with the same defaults. A class that Python code cannot instantiate (every
model: they are built by ``from_json`` and ``deserialize``) says so instead of showing ``(*args, **kwargs)``.
"""

from __future__ import annotations

import ast
import inspect
import pydoc
import sys
from pathlib import Path
from typing import Any

import pytest

import clerk_backend
from clerk_backend import _native

STUB = Path(_native.__file__).with_name("_native.pyi")
_MISSING = object()

# (name, kind, default): `default` is _MISSING for a parameter without one, Ellipsis where the stub writes `...`.
Param = tuple[str, inspect._ParameterKind, Any]


def _stub_tree() -> tuple[dict[str, ast.FunctionDef], dict[str, ast.ClassDef]]:
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    classes = {n.name: n for n in tree.body if isinstance(n, ast.ClassDef)}
    return functions, classes


STUB_FUNCTIONS, STUB_CLASSES = _stub_tree()


def _default(node: ast.expr | None) -> Any:
    if node is None:
        return _MISSING
    if isinstance(node, ast.Constant) and node.value is Ellipsis:
        return Ellipsis
    return ast.literal_eval(node)


def stub_params(fn: ast.FunctionDef, *, drop_first: bool) -> list[Param]:
    a = fn.args
    positional = [*a.posonlyargs, *a.args]
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    params: list[Param] = []
    for i, (arg, default) in enumerate(zip(positional, defaults)):
        kind = inspect.Parameter.POSITIONAL_ONLY if i < len(a.posonlyargs) else inspect.Parameter.POSITIONAL_OR_KEYWORD
        params.append((arg.arg, kind, _default(default)))
    if a.vararg:
        params.append((a.vararg.arg, inspect.Parameter.VAR_POSITIONAL, _MISSING))
    for arg, kw_default in zip(a.kwonlyargs, a.kw_defaults):
        params.append((arg.arg, inspect.Parameter.KEYWORD_ONLY, _default(kw_default)))
    if a.kwarg:
        params.append((a.kwarg.arg, inspect.Parameter.VAR_KEYWORD, _MISSING))
    return params[1:] if drop_first else params


def runtime_params(obj: Any, *, drop_self: bool = False) -> list[Param]:
    params = [
        (p.name, p.kind, _MISSING if p.default is inspect.Parameter.empty else p.default)
        for p in inspect.signature(obj).parameters.values()
    ]
    if drop_self:
        assert params and params[0][0] == "self", params
        params = params[1:]
    return params


def same(stub: list[Param], runtime: list[Param]) -> bool:
    if len(stub) != len(runtime):
        return False
    for (s_name, s_kind, s_default), (r_name, r_kind, r_default) in zip(stub, runtime):
        if s_name != r_name or s_kind != r_kind:
            return False
        if (s_default is _MISSING) != (r_default is _MISSING):
            return False
        if s_default not in (_MISSING, Ellipsis) and s_default != r_default:
            return False
    return True


def decorators(fn: ast.FunctionDef) -> set[str]:
    return {d.id for d in fn.decorator_list if isinstance(d, ast.Name)}


PUBLIC = [name for name in clerk_backend.__all__ if not name.startswith("_")]
FUNCTIONS = [n for n in PUBLIC if inspect.isroutine(getattr(clerk_backend, n))]
CLASSES = [n for n in PUBLIC if inspect.isclass(getattr(clerk_backend, n))]
NATIVE_FUNCTIONS = [n for n in FUNCTIONS if getattr(_native, n, None) is getattr(clerk_backend, n)]
NATIVE_CLASSES = [n for n in CLASSES if getattr(_native, n, None) is getattr(clerk_backend, n)]


def _methods() -> list[tuple[str, str]]:
    out = []
    for cls in NATIVE_CLASSES:
        for node in STUB_CLASSES[cls].body:
            public = isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
            if public and not decorators(node) & {"property", "overload"}:
                out.append((cls, node.name))
    return out


METHODS = _methods()


def test_the_public_api_is_covered() -> None:
    # Everything public is a function, a class or a typing alias (which is not called).
    assert len(FUNCTIONS) >= 14 and len(CLASSES) >= 100
    assert {"deserialize", "problems", "verify_webhook", "verify_webhook_message"} <= set(NATIVE_FUNCTIONS)
    assert {"Webhook", "PaginatedResponse", "VerifiedWebhook", "User", "JwtKey"} <= set(NATIVE_CLASSES)
    assert ("User", "from_json") in METHODS and ("Webhook", "sign_headers") in METHODS
    others = set(PUBLIC) - set(FUNCTIONS) - set(CLASSES)
    assert all(type(getattr(clerk_backend, n)).__module__ == "typing" for n in others), others


@pytest.mark.parametrize("name", FUNCTIONS)
def test_every_public_function_has_a_signature(name: str) -> None:
    inspect.signature(getattr(clerk_backend, name))


@pytest.mark.parametrize("name", NATIVE_FUNCTIONS)
def test_native_function_signature_is_the_stubs(name: str) -> None:
    stub = stub_params(STUB_FUNCTIONS[name], drop_first=False)
    runtime = runtime_params(getattr(clerk_backend, name))
    assert same(stub, runtime), (stub, runtime)


def _constructor(cls_name: str) -> ast.FunctionDef | None:
    for node in STUB_CLASSES[cls_name].body:
        if isinstance(node, ast.FunctionDef) and node.name in ("__init__", "__new__"):
            return node
    return None


# PyO3 gives a native class its constructor's signature through the type's __text_signature__, which
# inspect reads for builtin types only from Python 3.10 on.
CLASS_SIGNATURES = pytest.mark.skipif(
    sys.version_info < (3, 10), reason="inspect reads a native class's signature only from Python 3.10"
)


@CLASS_SIGNATURES
@pytest.mark.parametrize("name", CLASSES)
def test_every_public_class_has_a_signature_or_cannot_be_called(name: str) -> None:
    cls = getattr(clerk_backend, name)
    if name in NATIVE_CLASSES and _constructor(name) is None:
        # Built by from_json / deserialize / JwtKey.from_pem only: no constructor to show.
        # On the full C API (the module is built for one CPython version), PyO3 marks the type as
        # not instantiable (Py_TPFLAGS_DISALLOW_INSTANTIATION) instead of giving it a `__new__` that
        # raises, so `__new__` is object's and inspect shows object's empty signature.
        assert cls.__new__ is object.__new__
        assert str(inspect.signature(cls)) == "()"
        with pytest.raises(TypeError, match=f"cannot create 'clerk_backend.{name}' instances"):
            cls()
    else:
        inspect.signature(cls)


@CLASS_SIGNATURES
@pytest.mark.parametrize("name", [n for n in NATIVE_CLASSES if _constructor(n) is not None])
def test_native_constructor_signature_is_the_stubs(name: str) -> None:
    node = _constructor(name)
    assert node is not None
    cls = getattr(clerk_backend, name)
    stub = stub_params(node, drop_first=True)
    runtime = runtime_params(cls)
    assert same(stub, runtime), (stub, runtime)
    # help() shows it too, rather than `__new__(*args, **kwargs)`.
    shown = f"{name}{inspect.signature(cls)}"
    assert shown in pydoc.render_doc(cls, renderer=pydoc.plaintext)


@pytest.mark.parametrize(("cls_name", "method"), METHODS, ids=[f"{c}.{m}" for c, m in METHODS])
def test_native_method_signature_is_the_stubs(cls_name: str, method: str) -> None:
    node = next(n for n in STUB_CLASSES[cls_name].body if isinstance(n, ast.FunctionDef) and n.name == method)
    kinds = decorators(node)
    cls = getattr(clerk_backend, cls_name)
    stub = stub_params(node, drop_first="staticmethod" not in kinds)
    runtime = runtime_params(getattr(cls, method), drop_self=not kinds & {"staticmethod", "classmethod"})
    assert same(stub, runtime), (stub, runtime)


@CLASS_SIGNATURES
def test_the_examples_of_the_issue() -> None:
    assert str(inspect.signature(clerk_backend.Webhook)) == "(secret, *, tolerance_seconds=300)"
    assert str(inspect.signature(clerk_backend.User.from_json)) == "(data, /, *, strict=False)"
    assert str(inspect.signature(clerk_backend.deserialize)) == "(data, /, *, strict=False)"
    assert "Webhook(secret, *, tolerance_seconds=300)" in pydoc.render_doc(clerk_backend.Webhook)


def test_the_comparison_can_fail() -> None:
    (node,) = ast.parse("def f(data, /, *, strict: bool = False) -> None: ...").body
    assert isinstance(node, ast.FunctionDef)
    stub = stub_params(node, drop_first=False)

    def renamed(payload: Any, /, *, strict: bool = False) -> None: ...
    def other_default(data: Any, /, *, strict: bool = True) -> None: ...
    def positional(data: Any, strict: bool = False) -> None: ...
    def right(data: Any, /, *, strict: bool = False) -> None: ...

    assert not same(stub, runtime_params(renamed))
    assert not same(stub, runtime_params(other_default))
    assert not same(stub, runtime_params(positional))
    assert same(stub, runtime_params(right))
