"""tests/ci_skips.py: in CI a skip for a missing dependency fails; other skips, and skips outside CI, stay skips."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

TESTS = Path(__file__).parent

CASES = """
import pytest

def test_missing_module():
    pytest.importorskip("clerk_backend_no_such_module")

def test_missing_tool():
    pytest.skip("mypy is not installed")

def test_newer_python():
    pytest.skip("match statements need Python 3.10")
"""


@pytest.fixture
def run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.syspath_prepend(str(TESTS))
    pytester.makeconftest("from ci_skips import pytest_make_collect_report, pytest_runtest_makereport")
    pytester.makepyfile(test_cases=CASES)
    pytester.makepyfile(test_module_level='import pytest\npytest.importorskip("clerk_backend_no_such_module")\n')
    return pytester


def test_in_ci_a_missing_dependency_fails(run: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    result = run.runpytest("-p", "no:cacheprovider", "--continue-on-collection-errors")
    result.assert_outcomes(failed=2, skipped=1, errors=1)
    result.stdout.fnmatch_lines(["*skipped in CI for a missing dependency*"])


def test_outside_ci_they_stay_skips(run: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    result = run.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(skipped=4)
