"""authenticate_request_async and verify_token_async: the same answers as the sync functions for every
token kind x accepts_token value, and the event loop keeps running while the network is waited for."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from mock_clerk_api import MockClerkAPI
from test_authenticate_accepts import FACTORY, ROWS, SECRET, TOKENS, _accepts, expected

from clerk_backend import (
    RequestState,
    TokenVerificationError,
    authenticate_request,
    authenticate_request_async,
    clear_jwks_cache,
    verify_token,
    verify_token_async,
)


def _run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.mark.parametrize(("name", "accepts"), ROWS, ids=[f"{n}-{a}" for n, a in ROWS])
def test_every_token_kind_under_every_accepts_token(api: MockClerkAPI, name: str, accepts: str) -> None:
    token = TOKENS[name]
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    options: dict[str, Any] = {
        "accepts_token": _accepts(accepts),
        "jwt_key": FACTORY.jwt_key,
        "secret_key": SECRET,
        "api_url": api.url,
    }
    state: RequestState = _run(authenticate_request_async(headers, **options))
    want = expected(name, accepts)
    assert (state.status, state.reason, state.token_type) == (want["status"], want["reason"], want["token_type"])
    calls = [(r.method, r.path) for r in api.requests]
    again = authenticate_request(headers, **options)
    # The same state as the sync function, and the same Backend API calls.
    assert (again.status, again.reason, again.token_type, again.machine, again.claims) == (
        state.status,
        state.reason,
        state.token_type,
        state.machine,
        state.claims,
    )
    assert [(r.method, r.path) for r in api.requests] == calls * 2


def _order_while(coro_factory: Any) -> list[str]:
    """Runs ``coro_factory()`` next to a task that only sleeps briefly; the order they finish in."""
    order: list[str] = []

    async def other() -> None:
        await asyncio.sleep(0.05)
        order.append("other task")

    async def main() -> None:
        task = asyncio.create_task(other())
        await coro_factory()
        order.append("verification")
        await task

    asyncio.run(main())
    return order


def test_a_slow_jwks_fetch_does_not_block_the_event_loop(api: MockClerkAPI) -> None:
    clear_jwks_cache()
    token = FACTORY.session_token()
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks, delay=1.0)
    order = _order_while(
        lambda: authenticate_request_async({"Authorization": f"Bearer {token}"}, secret_key=SECRET, api_url=api.url)
    )
    assert order == ["other task", "verification"]
    assert [r.path for r in api.requests] == ["/v1/jwks"]
    # verify_token_async likewise (skip_jwks_cache forces the fetch).
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks, delay=1.0)
    order = _order_while(lambda: verify_token_async(token, secret_key=SECRET, api_url=api.url, skip_jwks_cache=True))
    assert order == ["other task", "verification"]
    assert [r.path for r in api.requests] == ["/v1/jwks"] * 2
    clear_jwks_cache()


def test_a_slow_backend_api_does_not_block_the_event_loop(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/api_keys/verify", delay=1.0)
    order = _order_while(
        lambda: authenticate_request_async(
            {"Authorization": "Bearer ak_123"}, accepts_token="api_key", secret_key=SECRET, api_url=api.url
        )
    )
    assert order == ["other task", "verification"]


def test_the_blocking_path_is_what_the_test_detects(api: MockClerkAPI) -> None:
    """The sync function run inside a coroutine blocks the loop: the order test can fail."""
    clear_jwks_cache()
    token = FACTORY.session_token()
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks, delay=0.5)

    async def blocking() -> None:
        authenticate_request({"Authorization": f"Bearer {token}"}, secret_key=SECRET, api_url=api.url)

    assert _order_while(blocking) == ["verification", "other task"]
    clear_jwks_cache()


def test_verify_token_async_gives_the_same_claims_and_errors() -> None:
    token = FACTORY.session_token("user_async")
    claims = _run(verify_token_async(token, jwt_key=FACTORY.jwt_key))
    assert claims == verify_token(token, jwt_key=FACTORY.jwt_key) and claims.sub == "user_async"
    with pytest.raises(TokenVerificationError) as info:
        _run(verify_token_async(FACTORY.session_token(expires_in=-60), jwt_key=FACTORY.jwt_key))
    assert info.value.reason == "token-expired"


def test_the_cache_is_shared_between_sync_and_async(api: MockClerkAPI) -> None:
    clear_jwks_cache()
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks)
    token = FACTORY.session_token()
    assert verify_token(token, secret_key=SECRET, api_url=api.url).sub == "user_test"
    assert _run(verify_token_async(token, secret_key=SECRET, api_url=api.url)).sub == "user_test"
    state = _run(authenticate_request_async({"Authorization": f"Bearer {token}"}, secret_key=SECRET, api_url=api.url))
    assert state.is_signed_in
    assert len(api.requests) == 1
    clear_jwks_cache()
