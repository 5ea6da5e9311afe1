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
