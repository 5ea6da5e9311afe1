"""The request engine: configuration, errors, retries, timeouts, pagination, uploads, secrets."""

from __future__ import annotations

import asyncio
import email.utils
import io
import json
import logging
import pickle
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from mock_clerk_api import MockClerkAPI

import clerk_backend
from clerk_backend import ClerkAPIError, ClerkAPIResponseError, ClerkNetworkError, ClerkTimeoutError

SECRET = "sk_test_Behaviour0SecretKey0DoNotLeak"
FIXTURES = Path(__file__).parent / "fixtures"
USER = (FIXTURES / "users" / "user.json").read_bytes()
USER_ID = json.loads(USER)["id"]
ERROR_BODY = {
    "errors": [
        {
            "code": "form_param_format_invalid",
            "message": "is invalid",
            "long_message": "email_address must be a valid email address.",
            "meta": {"param_name": "email_address"},
        },
        {"code": "form_identifier_exists", "message": "taken", "meta": {}},
    ],
    "clerk_trace_id": "trace_from_body",
}


class Sleeps:
    """A sleep function that records the delays instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.delays.append(seconds)


def make(api: MockClerkAPI, **options: Any) -> clerk_backend.Clerk:
    options.setdefault("sleep", Sleeps())
    return clerk_backend.Clerk(SECRET, api_url=api.url, **options)


# ---------------------------------------------------------------------------------------------
# Configuration


def test_secret_key_from_the_environment(api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_SECRET_KEY", "sk_test_from_env")
    with clerk_backend.Clerk(api_url=api.url) as clerk:
        clerk.users.get_user("user_1")
    assert api.last.headers["authorization"] == "Bearer sk_test_from_env"


def test_an_explicit_secret_key_wins_over_the_environment(api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_SECRET_KEY", "sk_test_from_env")
    with make(api) as clerk:
        clerk.users.get_user("user_1")
    assert api.last.headers["authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("value", [None, ""])
def test_a_missing_secret_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)
    for cls in (clerk_backend.Clerk, clerk_backend.AsyncClerk):
        with pytest.raises(clerk_backend.ClerkConfigurationError, match="CLERK_SECRET_KEY"):
            cls(value)


def test_api_url_from_the_environment(api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_API_URL", api.url + "/")
    with clerk_backend.Clerk(SECRET) as clerk:
        assert clerk.api_url == api.url
        clerk.users.get_user("user_1")
    assert api.last.path == "/v1/users/user_1"
    monkeypatch.setenv("CLERK_API_URL", "http://127.0.0.1:9")  # an explicit api_url wins
    with clerk_backend.Clerk(SECRET, api_url=api.url) as clerk:
        assert clerk.api_url == api.url


def test_a_response_of_the_wrong_shape_is_a_parse_error(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        api.enqueue("GET", "/v1/users", json={"object": "thing"})
        api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 1})
        with pytest.raises(clerk_backend.ParseError, match="JSON array"):
            clerk.users.get_user_list()
        api.enqueue("GET", "/v1/users/count", json={"object": "thing", "id": "x"})
        with pytest.raises(clerk_backend.ParseError, match="total count"):
            clerk.users.get_count()
        api.enqueue("GET", "/v1/organizations", json={"object": "thing"})
        with pytest.raises(clerk_backend.ParseError, match="page"):
            clerk.organizations.get_organization_list()
        api.enqueue("GET", "/v1/jwks", body=b"<html>not JSON</html>")
        with pytest.raises(clerk_backend.ParseError, match="not JSON"):
            clerk.jwks.get_jwks()
        api.enqueue("GET", "/v1/jwks", body=b"\xff\xfe")
        with pytest.raises(clerk_backend.ParseError, match="not JSON"):
            clerk.jwks.get_jwks()
        api.enqueue("GET", "/v1/organizations", json=[])  # a bare array is a page without a total
        page = clerk.organizations.get_organization_list()
        assert page == clerk_backend.PaginatedResponse([]) and page.total_count is None


def test_default_api_url_and_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLERK_API_URL", raising=False)
    clerk = clerk_backend.Clerk(SECRET)
    try:
        assert clerk.api_url == "https://api.clerk.com"
        assert clerk.api_version == "2026-05-12"
        assert clerk.max_retries == 2
    finally:
        clerk.close()


def test_api_version_and_user_agent_headers(api: MockClerkAPI) -> None:
    with make(api, api_version="2099-01-01") as clerk:
        clerk.users.get_user("user_1")
    headers = api.last.headers
    assert headers["clerk-api-version"] == "2099-01-01"
    assert headers["user-agent"] == f"clerk-backend-python/{clerk_backend.__version__}"
    assert headers["authorization"] == f"Bearer {SECRET}"


def test_api_url_with_a_trailing_slash(api: MockClerkAPI) -> None:
    with clerk_backend.Clerk(SECRET, api_url=api.url + "/") as clerk:
        clerk.users.get_user("user_1")
    assert api.last.path == "/v1/users/user_1"


def test_path_values_are_escaped(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        clerk.organizations.get_organization("my org/slug?x")
    assert api.last.path == "/v1/organizations/my%20org%2Fslug%3Fx"


def test_argument_errors_are_raised_before_any_request(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        with pytest.raises(TypeError, match="missing required argument: 'user_id'"):
            clerk.users.get_user()
        with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
            clerk.users.get_user("u", nope=1)
        with pytest.raises(TypeError, match="positional"):
            clerk.users.get_user("u", "v")
        with pytest.raises(TypeError, match="missing required keyword argument: 'password'"):
            clerk.users.verify_password("u")
        for value in ("", ".", ".."):
            with pytest.raises(ValueError, match="must not be empty"):
                clerk.users.get_user(value)
        with pytest.raises(TypeError, match="must be str"):
            clerk.users.get_user(123)
    assert api.requests == []


def test_path_arguments_may_be_given_by_name(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        clerk.organizations.delete_organization_membership(organization_id="org_1", user_id="user_2")
    assert api.last.path == "/v1/organizations/org_1/memberships/user_2"


def test_none_means_not_sent(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        clerk.users.update_user("user_1", first_name="Ada", last_name=None)
        assert api.last.json() == {"first_name": "Ada"}
        clerk.users.get_user_list(limit=None, query="ada")
    assert api.requests[-2].query == {"query": ["ada"]}


def test_nested_body_values_are_sent_as_given(api: MockClerkAPI) -> None:
    metadata = {"camelCase": {"deepKey": [1, 2]}, "snake_key": None}
    with make(api) as clerk:
        clerk.users.update_user_metadata("user_1", public_metadata=metadata)
    assert api.last.json() == {"public_metadata": metadata}


def test_repr_and_groups(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        assert SECRET not in repr(clerk)
        assert repr(clerk) == f"Clerk(api_url={api.url!r}, api_version='2026-05-12')"
        assert clerk.users is clerk.users
        assert type(clerk.users).__name__ == "UsersAPI"


def test_a_given_http_client_is_used_and_not_closed(api: MockClerkAPI) -> None:
    http = httpx.Client(headers={"X-Team": "blue"})
    with clerk_backend.Clerk(SECRET, api_url=api.url, http_client=http) as clerk:
        clerk.users.get_user("user_1")
        clerk.users.update_user("user_1", first_name="Ada")
    for request in api.requests:
        assert request.headers["authorization"] == f"Bearer {SECRET}"
        assert request.headers["clerk-api-version"] == "2026-05-12"
        assert request.headers["x-team"] == "blue"
    assert api.last.headers["content-type"] == "application/json"
    assert "authorization" not in http.headers  # the given client is not changed
    assert not http.is_closed
    http.close()


def test_the_client_closes_its_own_connections(api: MockClerkAPI) -> None:
    clerk = make(api)
    clerk.users.get_user("user_1")
    clerk.close()
    assert clerk._http.is_closed


# ---------------------------------------------------------------------------------------------
# Errors


def test_error_body_becomes_a_typed_error(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/v1/users", status=422, json=ERROR_BODY)
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.create_user(email_address=["not-an-email"])
    error = info.value
    assert isinstance(error, clerk_backend.ClerkError)
    assert error.status == 422
    assert error.clerk_trace_id == "trace_from_body"
    assert error.retry_after is None
    assert error.errors == (
        ClerkAPIError(
            "form_param_format_invalid",
            "is invalid",
            "email_address must be a valid email address.",
            {"param_name": "email_address"},
        ),
        ClerkAPIError("form_identifier_exists", "taken", None, {}),
    )
    assert error.errors[0].meta["param_name"] == "email_address"
    assert str(error) == (
        "Clerk API error 422: email_address must be a valid email address. (code form_param_format_invalid)"
        " and 1 more [trace trace_from_body]"
    )
    assert len(api.requests) == 1  # a 422 is not retried


def test_error_trace_id_falls_back_to_the_header(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=404, json={"errors": []}, headers={"X-Clerk-Trace-Id": "hdr"})
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.get_user("user_1")
    assert info.value.clerk_trace_id == "hdr"
    assert info.value.errors == ()
    assert str(info.value) == "Clerk API error 404 [trace hdr]"


def test_error_with_a_body_that_is_not_json(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=500, body=b"<html>oops</html>")
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.get_user("user_1")
    assert info.value.status == 500
    assert info.value.errors == ()


def test_error_with_odd_entries(api: MockClerkAPI) -> None:
    body = {"errors": ["text", {"code": 5, "message": None, "meta": []}]}
    api.enqueue("GET", "/v1/users/user_1", status=400, json=body)
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.get_user("user_1")
    assert info.value.errors == (ClerkAPIError("unexpected_error", "text"), ClerkAPIError("", "", None, {}))


def test_api_errors_pickle() -> None:
    error = ClerkAPIResponseError(429, (ClerkAPIError("too_many", "slow down"),), "trace", 2.0)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.status, copy.errors, copy.clerk_trace_id, copy.retry_after) == (429, error.errors, "trace", 2.0)
    assert str(copy) == str(error)


def test_the_404_of_the_local_server(api: MockClerkAPI) -> None:
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.emails.get("email_1")  # the spec has no /email paths
    assert info.value.status == 404
    assert info.value.errors[0].code == "resource_not_found"


# ---------------------------------------------------------------------------------------------
# Retries


def test_429_with_retry_after_seconds_is_retried_after_that_long(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=429, headers={"Retry-After": "3"})
    sleeps = Sleeps()
    with make(api, sleep=sleeps) as clerk:
        user = clerk.users.get_user("user_1")
    assert isinstance(user, clerk_backend.User)
    assert sleeps.delays == [3.0]
    assert len(api.requests) == 2


def test_retry_after_as_an_http_date(api: MockClerkAPI) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    api.enqueue("GET", "/v1/users/user_1", status=503, headers={"Retry-After": when})
    sleeps = Sleeps()
    with make(api, sleep=sleeps) as clerk:
        clerk.users.get_user("user_1")
    assert len(sleeps.delays) == 1
    assert 17 <= sleeps.delays[0] <= 20


def test_retry_after_is_capped(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=429, headers={"Retry-After": "3600"})
    sleeps = Sleeps()
    with make(api, sleep=sleeps, retry_after_max=5.0) as clerk:
        clerk.users.get_user("user_1")
    assert sleeps.delays == [5.0]


def test_429_after_the_last_retry_raises_with_retry_after(api: MockClerkAPI) -> None:
    for _ in range(3):
        api.enqueue("GET", "/v1/users/user_1", status=429, headers={"Retry-After": "1.5"})
    sleeps = Sleeps()
    with make(api, sleep=sleeps, max_retries=2) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.get_user("user_1")
    assert info.value.status == 429
    assert info.value.retry_after == 1.5
    assert sleeps.delays == [1.5, 1.5]
    assert len(api.requests) == 3


@pytest.mark.parametrize("status", [502, 503, 504])
def test_5xx_is_retried_with_exponential_backoff_then_succeeds(api: MockClerkAPI, status: int) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=status)
    api.enqueue("GET", "/v1/users/user_1", status=status)
    sleeps = Sleeps()
    with make(api, sleep=sleeps, max_retries=3, retry_backoff=0.25, retry_jitter=0.0) as clerk:
        user = clerk.users.get_user("user_1")
    assert isinstance(user, clerk_backend.User)
    assert sleeps.delays == [0.25, 0.5]
    assert len(api.requests) == 3


def test_backoff_has_jitter_and_a_ceiling(api: MockClerkAPI) -> None:
    for _ in range(6):
        api.enqueue("GET", "/v1/users/user_1", status=502)
    sleeps = Sleeps()
    options = {"retry_backoff": 1.0, "retry_backoff_max": 4.0, "retry_jitter": 0.5, "max_retries": 6}
    with make(api, sleep=sleeps, **options) as clerk:
        clerk.users.get_user("user_1")
    ceilings = [1.0, 2.0, 4.0, 4.0, 4.0, 4.0]
    assert len(sleeps.delays) == 6
    for delay, ceiling in zip(sleeps.delays, ceilings):
        assert ceiling * 0.5 <= delay <= ceiling
    assert len(set(sleeps.delays)) > 1  # not all the same: jittered


def test_500_is_not_retried(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=500)
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError):
        clerk.users.get_user("user_1")
    assert len(api.requests) == 1


@pytest.mark.parametrize("status", [429, 503])
def test_post_is_not_retried(api: MockClerkAPI, status: int) -> None:
    api.enqueue("POST", "/v1/users/user_1/ban", status=status, headers={"Retry-After": "1"})
    sleeps = Sleeps()
    with make(api, sleep=sleeps) as clerk, pytest.raises(ClerkAPIResponseError) as info:
        clerk.users.ban_user("user_1")
    assert info.value.status == status
    assert sleeps.delays == []
    assert len(api.requests) == 1


def test_patch_is_not_retried(api: MockClerkAPI) -> None:
    api.enqueue("PATCH", "/v1/users/user_1", status=502)
    with make(api) as clerk, pytest.raises(ClerkAPIResponseError):
        clerk.users.update_user("user_1", first_name="x")
    assert len(api.requests) == 1


@pytest.mark.parametrize(("method", "path", "call"), [
    ("PUT", "/v1/users/user_1/metadata", lambda c: c.users.replace_user_metadata("user_1", public_metadata={})),
    ("DELETE", "/v1/users/user_1", lambda c: c.users.delete_user("user_1")),
])  # fmt: skip
def test_put_and_delete_are_retried(api: MockClerkAPI, method: str, path: str, call: Any) -> None:
    api.enqueue(method, path, status=503)
    with make(api) as clerk:
        call(clerk)
    assert [r.method for r in api.requests] == [method, method]


def test_max_retries_zero_turns_retries_off(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=503)
    sleeps = Sleeps()
    with make(api, sleep=sleeps, max_retries=0) as clerk, pytest.raises(ClerkAPIResponseError):
        clerk.users.get_user("user_1")
    assert sleeps.delays == []
    assert len(api.requests) == 1


def test_a_dropped_connection_is_retried_for_get(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", drop=True)
    sleeps = Sleeps()
    with make(api, sleep=sleeps) as clerk:
        assert clerk.users.get_user("user_1").id
    assert len(sleeps.delays) == 1
    assert len(api.requests) == 2


def test_a_dropped_connection_is_a_network_error(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/v1/users/user_1/ban", drop=True)
    with make(api) as clerk, pytest.raises(ClerkNetworkError) as info:
        clerk.users.ban_user("user_1")
    assert not isinstance(info.value, ClerkTimeoutError)
    assert isinstance(info.value, clerk_backend.ClerkError)
    assert len(api.requests) == 1


def test_connection_refused_is_retried_then_a_network_error() -> None:
    sleeps = Sleeps()
    # A port this test holds, bound but not listening: connecting to it is refused, and no other
    # process can start listening on it meanwhile.
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        port = held.getsockname()[1]
        clerk = clerk_backend.Clerk(SECRET, api_url=f"http://127.0.0.1:{port}", sleep=sleeps, max_retries=2)
        with clerk, pytest.raises(ClerkNetworkError) as info:
            clerk.users.get_user("user_1")
    assert len(sleeps.delays) == 2
    assert SECRET not in str(info.value)


def test_timeout_is_a_timeout_error(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", delay=0.5)
    with make(api, timeout=0.1) as clerk, pytest.raises(ClerkTimeoutError) as info:
        clerk.users.get_user("user_1")
    assert isinstance(info.value, ClerkNetworkError)
    assert "timed out" in str(info.value)
    assert len(api.requests) == 1  # a read timeout is not retried: the request may have been processed


def test_httpx_timeout_object(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", delay=0.5)
    with make(api, timeout=httpx.Timeout(5.0, read=0.1)) as clerk, pytest.raises(ClerkTimeoutError):
        clerk.users.get_user("user_1")


def test_async_retries_timeouts_and_errors(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=429, headers={"Retry-After": "2"})
    api.enqueue("GET", "/v1/users/user_1", drop=True)
    api.enqueue("GET", "/v1/users/user_2", delay=0.5)
    api.enqueue("POST", "/v1/users", status=422, json=ERROR_BODY)
    sleeps = Sleeps()

    async def main() -> None:
        options = {"sleep": sleeps.asleep, "retry_jitter": 0.0, "retry_backoff": 0.1, "timeout": 0.2}
        async with clerk_backend.AsyncClerk(SECRET, api_url=api.url, **options) as clerk:
            user = await clerk.users.get_user("user_1")
            assert isinstance(user, clerk_backend.User)
            with pytest.raises(ClerkTimeoutError):
                await clerk.users.get_user("user_2")
            with pytest.raises(ClerkAPIResponseError) as info:
                await clerk.users.create_user(username="x")
            assert info.value.errors[0].code == "form_param_format_invalid"

    asyncio.run(main())
    assert sleeps.delays == [2.0, 0.2]


# ---------------------------------------------------------------------------------------------
# Pagination


def _page(start: int, count: int, total: int) -> dict[str, Any]:
    user = json.loads(USER)
    data = []
    for i in range(start, start + count):
        item = dict(user)
        item["id"] = f"user_{i}"
        data.append(item)
    return {"data": data, "total_count": total}


def test_get_user_list_builds_a_page_with_total_count(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users", json=_page(0, 2, 0)["data"])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 41})
    with make(api) as clerk:
        page = clerk.users.get_user_list(limit=2, offset=0, order_by="-created_at", email_address=["a@b.co"])
    assert isinstance(page, clerk_backend.PaginatedResponse)
    assert [u.id for u in page.data] == ["user_0", "user_1"]
    assert page.total_count == 41
    listing, count = api.requests
    assert listing.query == {"limit": ["2"], "offset": ["0"], "order_by": ["-created_at"], "email_address": ["a@b.co"]}
    assert count.path == "/v1/users/count"
    assert count.query == {"email_address": ["a@b.co"]}  # the filters, without paging and order


def test_paginate_walks_every_page(api: MockClerkAPI) -> None:
    for start, count in ((0, 2), (2, 2), (4, 1)):
        api.enqueue("GET", "/v1/organizations/org_1/memberships", json=_membership_page(start, count, 5))
    with make(api) as clerk:
        ids = [m.id for m in clerk.paginate(clerk.organizations.get_organization_membership_list, "org_1", page_size=2)]
    assert ids == ["orgmem_0", "orgmem_1", "orgmem_2", "orgmem_3", "orgmem_4"]
    assert [r.query["offset"] for r in api.requests] == [["0"], ["2"], ["4"]]
    assert all(r.query["limit"] == ["2"] for r in api.requests)


def test_paginate_stops_at_total_count_and_keeps_filters(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/organizations/org_1/memberships", json=_membership_page(0, 2, 4))
    api.enqueue("GET", "/v1/organizations/org_1/memberships", json=_membership_page(2, 2, 4))
    with make(api) as clerk:
        method = clerk.organizations.get_organization_membership_list
        items = list(clerk.paginate(method, "org_1", page_size=2, role=["org:admin"]))
    assert len(items) == 4
    assert len(api.requests) == 2  # no third request: total_count was reached
    assert all(r.query["role"] == ["org:admin"] for r in api.requests)


def test_paginate_with_a_start_offset_and_an_empty_page(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/organizations/org_1/memberships", json={"data": [], "total_count": 0})
    with make(api) as clerk:
        items = list(clerk.paginate(clerk.organizations.get_organization_membership_list, "org_1", offset=10))
    assert items == []
    assert api.last.query["offset"] == ["10"]
    assert api.last.query["limit"] == ["100"]


def test_paginate_users_uses_the_count(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users", json=_page(0, 3, 0)["data"])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 3})
    with make(api) as clerk:
        users = list(clerk.paginate(clerk.users.get_user_list, page_size=3))
    assert [u.id for u in users] == ["user_0", "user_1", "user_2"]
    assert len(api.requests) == 2


def test_paginate_refuses_other_methods(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        with pytest.raises(TypeError, match="not a list method"):
            next(clerk.paginate(clerk.users.get_user, "user_1"))
        with pytest.raises(TypeError, match="needs a list method"):
            next(clerk.paginate(len))


def test_async_paginate(api: MockClerkAPI) -> None:
    for start, count in ((0, 2), (2, 1)):
        api.enqueue("GET", "/v1/organizations/org_1/memberships", json=_membership_page(start, count, 3))

    async def main() -> list[str]:
        async with clerk_backend.AsyncClerk(SECRET, api_url=api.url) as clerk:
            method = clerk.organizations.get_organization_membership_list
            return [m.id async for m in clerk.paginate(method, "org_1", page_size=2)]

    assert asyncio.run(main()) == ["orgmem_0", "orgmem_1", "orgmem_2"]


def test_async_user_list_sends_both_requests(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users", json=_page(0, 1, 0)["data"])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 9})

    async def main() -> Any:
        async with clerk_backend.AsyncClerk(SECRET, api_url=api.url) as clerk:
            return await clerk.users.get_user_list(limit=1)

    page = asyncio.run(main())
    assert page.total_count == 9
    assert sorted(r.path for r in api.requests) == ["/v1/users", "/v1/users/count"]


def _membership_page(start: int, count: int, total: int) -> dict[str, Any]:
    item = json.loads((FIXTURES / "orgs" / "organization_membership.json").read_text(encoding="utf-8"))
    data = []
    for i in range(start, start + count):
        member = dict(item)
        member["id"] = f"orgmem_{i}"
        data.append(member)
    return {"data": data, "total_count": total}


# ---------------------------------------------------------------------------------------------
# Multipart uploads


@pytest.mark.parametrize(
    ("file", "filename", "content_type"),
    [
        (b"\x89PNG raw bytes", "file", "application/octet-stream"),
        (("me.png", b"\x89PNG raw bytes", "image/png"), "me.png", "image/png"),
        (("me.jpg", b"\x89PNG raw bytes"), "me.jpg", "application/octet-stream"),
        (io.BytesIO(b"\x89PNG raw bytes"), "file", "application/octet-stream"),
    ],
    ids=["bytes", "tuple3", "tuple2", "fileobj"],
)
def test_profile_image_upload_is_multipart(api: MockClerkAPI, file: Any, filename: str, content_type: str) -> None:
    with make(api) as clerk:
        user = clerk.users.update_user_profile_image("user_1", file=file)
    assert isinstance(user, clerk_backend.User)
    request = api.last
    assert request.method == "POST"
    assert request.path == "/v1/users/user_1/profile_image"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    (part,) = request.multipart()
    assert (part.name, part.filename, part.content_type, part.data) == (
        "file",
        filename,
        content_type,
        b"\x89PNG raw bytes",
    )


def test_a_named_file_object_keeps_its_name(api: MockClerkAPI, tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"logo bytes")
    with make(api) as clerk, path.open("rb") as handle:
        clerk.organizations.update_organization_logo("org_1", file=handle, uploader_user_id="user_9")
    request = api.last
    assert (request.method, request.path) == ("PUT", "/v1/organizations/org_1/logo")
    parts = {part.name: part for part in request.multipart()}
    assert parts["file"].filename == "logo.png"
    assert parts["file"].data == b"logo bytes"
    assert parts["uploader_user_id"].filename is None
    assert parts["uploader_user_id"].data == b"user_9"


def test_a_text_file_is_refused(api: MockClerkAPI) -> None:
    with make(api) as clerk, pytest.raises(TypeError, match="binary"):
        clerk.users.update_user_profile_image("user_1", file=io.StringIO("text"))
    assert api.requests == []


# ---------------------------------------------------------------------------------------------
# The secret key stays secret


def test_the_secret_key_is_never_shown(api: MockClerkAPI, caplog: pytest.LogCaptureFixture) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=503)
    api.enqueue("GET", "/v1/users/user_1", status=401, json=ERROR_BODY)
    api.enqueue("POST", "/v1/users/user_1/ban", drop=True)
    api.enqueue("GET", "/v1/users/user_2", delay=0.5)
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG), make(api, timeout=0.2) as clerk:
        texts += [repr(clerk), str(clerk), repr(clerk.users), repr(vars(clerk).get("api_url"))]
        for call in (
            lambda: clerk.users.get_user("user_1"),
            lambda: clerk.users.ban_user("user_1"),
            lambda: clerk.users.get_user("user_2"),
        ):
            with pytest.raises(clerk_backend.ClerkError) as info:
                call()
            error = info.value
            texts += [str(error), repr(error), repr(error.args), repr(getattr(error, "__cause__", None))]
            texts += [repr(getattr(error, "errors", None))]
    texts += [record.getMessage() for record in caplog.records]
    assert any("retrying" in record.getMessage() for record in caplog.records)
    for text in texts:
        assert SECRET not in text
        assert SECRET[8:] not in text


def test_the_secret_key_is_not_an_attribute(api: MockClerkAPI) -> None:
    with make(api) as clerk:
        public = {name: value for name, value in vars(clerk).items() if not name.startswith("_")}
        assert all(SECRET not in repr(value) for value in public.values())


# ---------------------------------------------------------------------------------------------
# Without httpx


def test_import_does_not_load_httpx() -> None:
    code = (
        "import sys, clerk_backend; assert 'httpx' not in sys.modules; assert 'clerk_backend.client' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_httpx_gives_the_install_hint() -> None:
    code = """
import sys
sys.modules["httpx"] = None  # makes `import httpx` raise ImportError
import clerk_backend
user = clerk_backend.User.from_json(open(sys.argv[1], "rb").read())  # models still work
for cls in (clerk_backend.Clerk, clerk_backend.AsyncClerk):
    try:
        cls("sk_test_x")
    except clerk_backend.ClerkConfigurationError as exc:
        assert isinstance(exc, ValueError)
        print(exc)
    else:
        raise SystemExit("no error")
"""
    result = subprocess.run(
        [sys.executable, "-c", code, str(FIXTURES / "users" / "user.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        assert 'pip install "clerk-backend[client]"' in line


def test_missing_httpx_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)
    with pytest.raises(clerk_backend.ClerkConfigurationError, match=r"clerk-backend\[client\]"):
        clerk_backend.Clerk(SECRET)
