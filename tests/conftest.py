"""Shared fixtures: realistic Clerk payloads for the model tests.

Every fixture returns a fresh object, so tests may mutate what they get.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mock_clerk_api import MockClerkAPI

FIXTURES = Path(__file__).parent / "fixtures"

# In CI, a test that skips for a missing dependency fails instead (tests/ci_skips.py).
from ci_skips import pytest_make_collect_report, pytest_runtest_makereport  # noqa: E402, F401

# Read once; each fixture call parses again so that callers get independent objects.
_CLIENT_TEXT = (FIXTURES / "client.json").read_text(encoding="utf-8")
_SESSION_CREATED_TEXT = (FIXTURES / "session_created.json").read_text(encoding="utf-8")


@pytest.fixture
def client_text() -> str:
    """A Clerk Client as pretty-printed JSON text, exactly as stored in fixtures/client.json.

    ``sessions[0]`` is an ended impersonation session with ``latest_activity: null`` and an
    ``actor``; ``sessions[1]`` is the active session, with a ``latest_activity`` in Zürich.
    """
    return _CLIENT_TEXT


@pytest.fixture
def client_payload() -> dict[str, Any]:
    """fixtures/client.json as a dict."""
    payload: dict[str, Any] = json.loads(_CLIENT_TEXT)
    return payload


@pytest.fixture
def session_created_event() -> dict[str, Any]:
    """The whole ``session.created`` webhook envelope."""
    event: dict[str, Any] = json.loads(_SESSION_CREATED_TEXT)
    return event


@pytest.fixture
def session_payload(session_created_event: dict[str, Any]) -> dict[str, Any]:
    """The ``data`` of the ``session.created`` webhook: a Session plus an embedded ``user``."""
    data: dict[str, Any] = session_created_event["data"]
    return data


@pytest.fixture
def session_text(session_payload: dict[str, Any]) -> str:
    """``session_payload`` as JSON text."""
    return json.dumps(session_payload, ensure_ascii=False)


@pytest.fixture
def activity_payload(session_payload: dict[str, Any]) -> dict[str, Any]:
    """The ``latest_activity`` of ``session_payload``."""
    activity: dict[str, Any] = session_payload["latest_activity"]
    return activity


@pytest.fixture(scope="module")
def server() -> Iterator[MockClerkAPI]:
    """The local Backend API (tests/mock_clerk_api.py) on 127.0.0.1, one per test module."""
    with MockClerkAPI() as api:
        yield api


@pytest.fixture
def api(server: MockClerkAPI) -> MockClerkAPI:
    """The local Backend API with no recorded requests and no queued answers."""
    server.reset()
    return server


def first_problem(parse: Any) -> Any:
    """The error that a payload with a field of the wrong shape leads to, under the tolerant contract.

    ``parse(strict=...)`` builds the model. A hard error (not JSON, too deep, another class) is raised at
    once and returned. Otherwise the model is built, ``problems()`` lists the broken fields, reading the
    first one (when it is a property of the model itself) raises that same error, and ``strict=True``
    raises it (naming every problem, the first one first). Returns the first problem.
    """
    import clerk_backend

    try:
        model = parse(strict=False)
    except clerk_backend.ParseError as exc:
        return exc
    found = clerk_backend.problems(model)
    assert found, f"no problem in {model!r}"
    first = found[0]
    with pytest.raises(clerk_backend.ParseError) as info:
        parse(strict=True)
    assert info.value.path == first.path
    assert str(info.value).startswith(str(first))
    field = first.path.split(".", 1)[1] if "." in first.path else ""
    if field.isidentifier():
        with pytest.raises(clerk_backend.ParseError) as read:
            getattr(model, field)
        assert str(read.value) == str(first)
    return first
