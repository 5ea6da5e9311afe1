"""Time units: every timestamp property says its unit; ``to_datetime`` turns Clerk milliseconds into a datetime."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path

import pytest

import clerk_backend
from clerk_backend import to_datetime

STUB = Path(clerk_backend.__file__).with_name("_native.pyi")
FIXTURES = Path(__file__).parent / "fixtures"
# Property names that hold a point in time or a duration.
TIME_NAME = re.compile(r"(_at|_date|^expiration|^timestamp|^exp|^iat|^nbf|^auth_time|_age)$")
UNIT = re.compile(r"Unix ms|millisecond|seconds|minutes", re.IGNORECASE)


def numeric_time_properties() -> list[tuple[str, str, str]]:
    """(class, property, docstring) for every int- or float-typed property with a time-like name, from the stub."""
    found = []
    cls = None
    lines = STUB.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        head = re.match(r"class (\w+)", line)
        if head:
            cls = head.group(1)
            continue
        prop = re.match(r"    def (\w+)\(self\) -> (int|float|int \| None|float \| None):", line)
        if cls and prop and TIME_NAME.search(prop.group(1)) and i > 0 and lines[i - 1].strip() == "@property":
            doc = lines[i + 1].strip() if i + 1 < len(lines) else ""
            found.append((cls, prop.group(1), doc))
    return found


def test_the_stub_has_time_properties() -> None:
    names = {(cls, prop) for cls, prop, _ in numeric_time_properties()}
    assert ("User", "created_at") in names and ("WebhookEvent", "timestamp") in names
    assert ("SessionClaims", "exp") in names
    assert len(names) > 100


def test_every_time_property_states_its_unit() -> None:
    missing = [f"{cls}.{prop}: {doc}" for cls, prop, doc in numeric_time_properties() if not UNIT.search(doc)]
    assert missing == []


def test_the_runtime_docstrings_say_the_same() -> None:
    assert "millisecond" in (clerk_backend.WebhookEvent.timestamp.__doc__ or "")
    assert "millisecond" in (clerk_backend.User.created_at.__doc__ or "")
    assert "seconds" in (clerk_backend.SessionClaims.exp.__doc__ or "")


def test_to_datetime() -> None:
    assert to_datetime(0) == datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    moment = to_datetime(1_654_012_591_835)
    assert moment == datetime.datetime(2022, 5, 31, 15, 56, 31, 835_000, tzinfo=datetime.timezone.utc)
    assert moment.tzinfo is datetime.timezone.utc
    assert to_datetime(-1) == datetime.datetime(1969, 12, 31, 23, 59, 59, 999_000, tzinfo=datetime.timezone.utc)


def test_to_datetime_on_a_model() -> None:
    user = clerk_backend.User.from_json((FIXTURES / "users" / "user.json").read_bytes())
    assert to_datetime(user.created_at).timestamp() * 1000 == pytest.approx(user.created_at, abs=1)
    event = clerk_backend.WebhookEvent.from_json(json.loads((FIXTURES / "users" / "user_created.json").read_text()))
    assert to_datetime(event.timestamp).year >= 2020


@pytest.mark.parametrize("bad", [1.5, "1654012591835", True, None])
def test_to_datetime_takes_only_int(bad: object) -> None:
    with pytest.raises(TypeError, match="expected int Unix milliseconds"):
        to_datetime(bad)  # type: ignore[arg-type]


def test_to_datetime_out_of_range() -> None:
    with pytest.raises(OverflowError):
        to_datetime(10**20)
