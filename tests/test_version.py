"""The version is declared once, in Cargo.toml, and every place that shows it reads it from there."""

from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import clerk_backend

ROOT = Path(__file__).resolve().parent.parent


def cargo_version() -> str:
    text = (ROOT / "Cargo.toml").read_text(encoding="utf-8")
    package = text.split("[package]", 1)[1].split("\n[", 1)[0]
    match = re.search(r'^version = "([^"]+)"', package, re.M)
    assert match, "Cargo.toml's [package] has no version"
    return match.group(1)


def test_the_version_is_cargo_tomls() -> None:
    assert clerk_backend.__version__ == cargo_version()


def test_the_installed_metadata_says_the_same_version() -> None:
    assert importlib.metadata.version("clerk-backend") == clerk_backend.__version__


def test_pyproject_takes_the_version_from_cargo() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dynamic = \[[^\]]*"version"', text, re.M)
    assert not re.search(r"^version\s*=", text.split("[project]", 1)[1].split("\n[", 1)[0], re.M)


def test_the_changelog_has_a_section_for_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(clerk_backend.__version__)}\b", text, re.M), "CHANGELOG.md lacks this version"
