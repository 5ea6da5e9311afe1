"""`import clerk_backend` leaves out the modules most programs never touch; their names load on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import clerk_backend

LAZY = dict(clerk_backend._LAZY)


def fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_importing_the_package_loads_none_of_the_lazy_modules() -> None:
    modules = sorted({f"clerk_backend.{m}" for m in LAZY.values()} | {"json", "datetime", "httpx"})
    code = f"import sys, clerk_backend; print([m for m in {modules!r} if m in sys.modules])"
    assert fresh(code).strip() == "[]"


@pytest.mark.parametrize("name", sorted(LAZY))
def test_a_lazy_name_is_public_and_is_its_module_s_object(name: str) -> None:
    assert name in clerk_backend.__all__
    module = importlib.import_module(f"clerk_backend.{LAZY[name]}")
    assert getattr(clerk_backend, name) is getattr(module, name)


@pytest.mark.parametrize("name", sorted(LAZY))
def test_a_lazy_name_loads_in_a_fresh_interpreter(name: str) -> None:
    # By attribute and by `from ... import`; `import *` too, since every name of __all__ resolves.
    code = (
        f"import clerk_backend\n"
        f"from clerk_backend import {name} as a\n"
        f"from clerk_backend import *\n"
        f"print(a is clerk_backend.{name} is {name})"
    )
    assert fresh(code).strip() == "True"


def test_the_cookie_flow_names_of_tokens_load_on_first_use() -> None:
    code = (
        "import sys, clerk_backend.tokens as t\n"
        "before = 'clerk_backend._cookie_flow' in sys.modules\n"
        "from clerk_backend._cookie_flow import PublishableKey, parse_publishable_key\n"
        "print(before, t.PublishableKey is PublishableKey, t.parse_publishable_key is parse_publishable_key)"
    )
    assert fresh(code).split() == ["False", "True", "True"]


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'verify_machine_tokens'"):
        getattr(clerk_backend, "verify_machine_tokens")  # noqa: B009
