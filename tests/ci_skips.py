"""Loud in CI: a test that skips because a dependency is missing fails when ``CI`` is set.

Every dependency the tests import is in requirements-dev.txt, so in CI such a skip means a broken
install, which must not pass as green. Skips for other reasons (a feature of a newer Python) stay
skips. tests/conftest.py imports the two hooks below.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Union

import pytest

# What pytest.importorskip and the suite's own "X is not installed" skips say.
MISSING_DEPENDENCY = ("could not import", "is not installed", "no module named")

Report = Union[pytest.TestReport, pytest.CollectReport]


def missing_dependency_in_ci(report: Report) -> bool:
    if not os.environ.get("CI") or not report.skipped:
        return False
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
    return any(marker in reason.lower() for marker in MISSING_DEPENDENCY)


def fail_if_missing_dependency(report: Report) -> None:
    if missing_dependency_in_ci(report):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI for a missing dependency (requirements-dev.txt has it): {report.longrepr}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    fail_if_missing_dependency(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[None]:
    outcome = yield
    fail_if_missing_dependency(outcome.get_result())
