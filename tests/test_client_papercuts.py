"""What a new user of the REST client met (issue: papercuts), each pinned: errors that say what failed,
where and how often; status subclasses; per-call options; runtime docstrings; pagination that counts once."""

from __future__ import annotations

import asyncio
import inspect
import pickle
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from mock_clerk_api import MockClerkAPI
from test_client_behaviour import SECRET, Sleeps, _page, make

import clerk_backend
from clerk_backend import (
    ClerkAPIResponseError,
    ClerkAuthenticationError,
    ClerkBadRequestError,
    ClerkConflictError,
    ClerkNetworkError,
    ClerkNotFoundError,
    ClerkPermissionDeniedError,
    ClerkRateLimitError,
    ClerkServerError,
    ClerkTimeoutError,
    ClerkUnprocessableEntityError,
)
from clerk_backend._endpoints import CALL_OPTIONS, ENDPOINTS

# ---------------------------------------------------------------------------------------------
# Network errors name the request, the attempts and the cause


def test_a_refused_connection_names_the_url_the_attempts_and_the_cause() -> None:
    with socket.socket() as held:  # bound, not listening: connecting is refused
        held.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{held.getsockname()[1]}"
        clerk = clerk_backend.Clerk(SECRET, api_url=url, sleep=Sleeps(), max_retries=2)
        with clerk, pytest.raises(ClerkNetworkError) as info:
            clerk.users.get_user_list(limit=5)
    assert str(info.value) == f"GET {url}/v1/users failed after 3 attempts: connection refused (ConnectError)"
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_a_timeout_names_the_url_and_keeps_its_cause(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", delay=0.5)
    with make(api, timeout=0.1) as clerk, pytest.raises(ClerkTimeoutError) as info:
        clerk.users.get_user("user_1")
    assert str(info.value).startswith(f"GET {api.url}/v1/users/user_1 timed out after 1 attempt (")
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.__cause__.request.url == f"{api.url}/v1/users/user_1"


def test_a_body_that_is_not_a_clerk_error_is_shown(api: MockClerkAPI) -> None:
    html = b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>"
    api.enqueue("GET", "/v1/users/user_1", status=404, body=html, headers={"Content-Type": "text/html"})
    with make(api) as clerk, pytest.raises(ClerkNotFoundError) as info:
        clerk.users.get_user("user_1")
    message = str(info.value)
    assert "does not look like Clerk's Backend API" in message
    assert "<html><head><title>404 Not Found" in message
    assert info.value.body_excerpt == html.decode()
    assert pickle.loads(pickle.dumps(info.value)).body_excerpt == html.decode()


def test_a_clerk_error_shows_no_excerpt(api: MockClerkAPI) -> None:
    api.enqueue(
        "GET", "/v1/users/user_1", status=404, json={"errors": [{"code": "resource_not_found", "message": "x"}]}
    )
    with make(api) as clerk, pytest.raises(ClerkNotFoundError) as info:
        clerk.users.get_user("user_1")
    assert info.value.body_excerpt is None
    assert "does not look like" not in str(info.value)


# ---------------------------------------------------------------------------------------------
# A subclass per status


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, ClerkBadRequestError),
        (401, ClerkAuthenticationError),
        (403, ClerkPermissionDeniedError),
        (404, ClerkNotFoundError),
        (409, ClerkConflictError),
        (422, ClerkUnprocessableEntityError),
        (429, ClerkRateLimitError),
        (500, ClerkServerError),
        (503, ClerkServerError),
        (418, ClerkAPIResponseError),
    ],
)
def test_each_status_raises_its_class(api: MockClerkAPI, status: int, cls: type[ClerkAPIResponseError]) -> None:
    api.enqueue("POST", "/v1/users", status=status, json={"errors": [{"code": "c", "message": "m"}]})
    with make(api, max_retries=0) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.create_user(first_name="x")
    assert type(info.value) is cls
    assert info.value.status == status
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is cls and again.status == status and str(again) == str(info.value)


# ---------------------------------------------------------------------------------------------
# Per-call options


def test_per_call_timeout(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", delay=0.5)
    with make(api, timeout=30) as clerk, pytest.raises(ClerkTimeoutError):
        clerk.users.get_user("user_1", timeout=0.1)
    with make(api, timeout=0.05) as clerk:  # a per-call timeout may also be longer than the client's
        api.enqueue("GET", "/v1/users/user_1", delay=0.2)
        assert isinstance(clerk.users.get_user("user_1", timeout=10), clerk_backend.User)


def test_per_call_max_retries(api: MockClerkAPI) -> None:
    for _ in range(3):
        api.enqueue("GET", "/v1/users/user_1", status=503)
    sleeps = Sleeps()
    with make(api, max_retries=5, sleep=sleeps) as clerk, pytest.raises(ClerkServerError):
        clerk.users.get_user("user_1", max_retries=0)
    assert len(api.requests) == 1 and sleeps.delays == []
    api.reset()
    api.enqueue("GET", "/v1/users/user_1", status=503)
    with make(api, max_retries=0, sleep=sleeps) as clerk:
        assert isinstance(clerk.users.get_user("user_1", max_retries=1), clerk_backend.User)
    assert len(api.requests) == 2


@pytest.mark.parametrize("bad", [-1, 1.5, True, "2"])
def test_per_call_max_retries_is_checked(api: MockClerkAPI, bad: Any) -> None:
    with make(api) as clerk, pytest.raises(ValueError, match="max_retries must be an int of 0 or more"):
        clerk.users.get_user("user_1", max_retries=bad)
    assert api.requests == []


def test_async_per_call_options(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", delay=0.5)

    async def main() -> None:
        async with clerk_backend.AsyncClerk(SECRET, api_url=api.url) as clerk:
            with pytest.raises(ClerkTimeoutError):
                await clerk.users.get_user("user_1", timeout=0.1)

    asyncio.run(main())


def test_every_method_has_the_options_and_its_docstring() -> None:
    async_clerk = clerk_backend.AsyncClerk(SECRET)
    with clerk_backend.Clerk(SECRET) as clerk:
        for endpoint in ENDPOINTS:
            for owner in (clerk, async_clerk):
                method = getattr(getattr(owner, endpoint.group), endpoint.name)
                params = inspect.signature(method).parameters
                for option in CALL_OPTIONS:
                    assert params[option].kind is inspect.Parameter.KEYWORD_ONLY
                assert method.__doc__ == endpoint.doc
                assert method.__doc__.startswith(endpoint.method + " ")
    asyncio.run(async_clerk.aclose())


def test_the_runtime_docstring_is_the_stubs() -> None:
    text = Path(clerk_backend.__file__).with_name("client.pyi").read_text(encoding="utf-8")
    with clerk_backend.Clerk(SECRET) as clerk:
        get_user = clerk.users.get_user
    assert f'"""{get_user.__doc__}"""' in text


# ---------------------------------------------------------------------------------------------
# Pagination


def test_paginate_counts_users_once(api: MockClerkAPI) -> None:
    """250 users in pages of 10: 25 list requests and one count, not 25."""
    for start in range(0, 250, 10):
        api.enqueue("GET", "/v1/users", json=_page(start, 10, 0)["data"])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 250})
    with make(api) as clerk:
        users = list(clerk.paginate(clerk.users.get_user_list, page_size=10, order_by="-created_at"))
    assert [u.id for u in users] == [f"user_{i}" for i in range(250)]
    paths = [r.path for r in api.requests]
    assert paths.count("/v1/users/count") == 1
    assert paths.count("/v1/users") == 25  # the count (250) ends the walk: no empty 26th page
    assert all(r.query["order_by"] == ["-created_at"] for r in api.requests if r.path == "/v1/users")


def test_async_paginate_counts_users_once(api: MockClerkAPI) -> None:
    for start in range(0, 30, 10):
        api.enqueue("GET", "/v1/users", json=_page(start, 10, 0)["data"])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 30})

    async def main() -> list[Any]:
        async with clerk_backend.AsyncClerk(SECRET, api_url=api.url) as clerk:
            return [u async for u in clerk.paginate(clerk.users.get_user_list, page_size=10)]

    assert len(asyncio.run(main())) == 30
    assert [r.path for r in api.requests].count("/v1/users/count") == 1


def test_paginate_says_that_page_size_sets_the_limit(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        with pytest.raises(TypeError, match=r"paginate\(\) sets limit itself, from page_size: pass page_size=5"):
            next(clerk.paginate(clerk.users.get_user_list, limit=5))
        with pytest.raises(ValueError, match="page_size must be a positive int"):
            next(clerk.paginate(clerk.users.get_user_list, page_size=0))
    assert api.requests == []


def test_paginate_passes_per_call_options(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users", status=503)
    api.enqueue("GET", "/v1/users", json=[])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 0})
    with make(api, max_retries=0) as clerk:
        assert list(clerk.paginate(clerk.users.get_user_list, max_retries=1)) == []
