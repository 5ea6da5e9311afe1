"""verify_machine_token: opaque machine tokens checked by the (local) Backend API.

The paths, bodies, bearers and the error mapping are @clerk/backend 3.25.0's (tokens/verify.ts,
api/endpoints/*Api.ts, api/factory.ts): no /v1 prefix; 401 -> secret-key-invalid, 404 ->
token-invalid, anything else -> unexpected-error.
"""

from __future__ import annotations

import asyncio
import pickle
import socket
from typing import Any

import pytest
from mock_clerk_api import MockClerkAPI

from clerk_backend import (
    APIKey,
    IdPOAuthAccessToken,
    M2MToken,
    MachineTokenVerificationError,
    machine_token_type,
    verify_machine_token,
    verify_machine_token_async,
)

SECRET = "sk_test_machine_suite_secret_1234"
MACHINE_SECRET = "ak_machine_secret_5678"  # a machine secret key
TOKENS = {"api_key": "ak_live_token_abcdef", "m2m_token": "mt_token_abcdef", "oauth_token": "oat_token_abcdef"}
KINDS = [
    # kind, path, body key, model
    ("api_key", "/api_keys/verify", "secret", APIKey),
    ("m2m_token", "/m2m_tokens/verify", "token", M2MToken),
    ("oauth_token", "/oauth_applications/access_tokens/verify", "access_token", IdPOAuthAccessToken),
]
IDS = [k[0] for k in KINDS]


def _refused(api: MockClerkAPI, token: str, **options: Any) -> MachineTokenVerificationError:
    options.setdefault("secret_key", SECRET)
    with pytest.raises(MachineTokenVerificationError) as info:
        verify_machine_token(token, api_url=api.url, **options)
    error = info.value
    # Neither credential ever appears in what the error says.
    for credential in filter(None, (SECRET, MACHINE_SECRET, token)):
        assert credential not in str(error) and credential not in repr(error)
    return error


def _body(kind: str, **changes: Any) -> dict[str, Any]:
    common = {
        "revoked": False,
        "revocation_reason": None,
        "expired": False,
        "expiration": None,
        "created_at": 1,
        "updated_at": 1,
        "scopes": ["read"],
    }
    bodies: dict[str, dict[str, Any]] = {
        "api_key": {"object": "api_key", "id": "ak_1", "type": "api_key", "subject": "user_1", "name": "ci"},
        "m2m_token": {"object": "machine_to_machine_token", "id": "mt_1", "subject": "mch_1", "claims": None},
        "oauth_token": {"object": "clerk_idp_oauth_access_token", "id": "oat_1", "client_id": "c", "subject": "user_1"},
    }
    return {**common, **bodies[kind], **changes}


@pytest.mark.parametrize(("kind", "path", "key", "model"), KINDS, ids=IDS)
def test_a_valid_token_returns_its_model(api: MockClerkAPI, kind: str, path: str, key: str, model: type) -> None:
    token = TOKENS[kind]
    assert machine_token_type(token) == kind
    api.enqueue("POST", path, json=_body(kind))
    result = verify_machine_token(token, secret_key=SECRET, api_url=api.url + "/")
    assert type(result) is model
    assert result.subject in ("user_1", "mch_1") and result.scopes == ("read",)
    assert len(api.requests) == 1
    request = api.last
    assert (request.method, request.path) == ("POST", path)  # no /v1 prefix
    assert request.headers["authorization"] == f"Bearer {SECRET}"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["clerk-api-version"]
    assert request.json() == {key: token}


def test_the_spec_examples_are_accepted(api: MockClerkAPI) -> None:
    for kind, _, _, model in KINDS:
        assert type(verify_machine_token(TOKENS[kind], secret_key=SECRET, api_url=api.url)) is model


def test_m2m_tokens_prefer_the_machine_secret_key(api: MockClerkAPI) -> None:
    verify_machine_token(TOKENS["m2m_token"], machine_secret_key=MACHINE_SECRET, api_url=api.url)
    assert api.last.headers["authorization"] == f"Bearer {MACHINE_SECRET}"
    verify_machine_token(TOKENS["m2m_token"], secret_key=SECRET, machine_secret_key=MACHINE_SECRET, api_url=api.url)
    assert api.last.headers["authorization"] == f"Bearer {MACHINE_SECRET}"
    verify_machine_token(TOKENS["m2m_token"], secret_key=SECRET, api_url=api.url)
    assert api.last.headers["authorization"] == f"Bearer {SECRET}"


@pytest.mark.parametrize("kind", ["api_key", "oauth_token"])
def test_api_keys_and_oauth_tokens_need_the_instance_secret_key(api: MockClerkAPI, kind: str) -> None:
    error = _refused(api, TOKENS[kind], secret_key=None, machine_secret_key=MACHINE_SECRET)
    assert error.reason == "secret-key-invalid" and error.status is None
    assert "pass secret_key" in str(error)
    assert api.requests == []


def test_keys_come_from_the_environment(api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_SECRET_KEY", SECRET)
    monkeypatch.setenv("CLERK_MACHINE_SECRET_KEY", MACHINE_SECRET)
    monkeypatch.setenv("CLERK_API_URL", api.url)
    verify_machine_token(TOKENS["api_key"])
    assert api.last.headers["authorization"] == f"Bearer {SECRET}"
    verify_machine_token(TOKENS["m2m_token"])
    assert api.last.headers["authorization"] == f"Bearer {MACHINE_SECRET}"
    assert len(api.requests) == 2
    monkeypatch.delenv("CLERK_SECRET_KEY")
    monkeypatch.delenv("CLERK_MACHINE_SECRET_KEY")
    error = _refused(api, TOKENS["m2m_token"], secret_key=None)
    assert error.reason == "secret-key-invalid" and "CLERK_MACHINE_SECRET_KEY" in str(error)


@pytest.mark.parametrize(("kind", "path", "key", "model"), KINDS, ids=IDS)
@pytest.mark.parametrize("field", ["revoked", "expired"])
def test_a_revoked_or_expired_answer_is_refused(
    api: MockClerkAPI, kind: str, path: str, key: str, model: type, field: str
) -> None:
    api.enqueue("POST", path, json=_body(kind, **{field: True}))
    error = _refused(api, TOKENS[kind])
    assert (error.reason, error.status) == ("token-invalid", 200)
    assert field in str(error)


@pytest.mark.parametrize(("kind", "path", "key", "model"), KINDS, ids=IDS)
def test_404_is_token_invalid(api: MockClerkAPI, kind: str, path: str, key: str, model: type) -> None:
    api.enqueue("POST", path, status=404)
    error = _refused(api, TOKENS[kind])
    assert (error.reason, error.status) == ("token-invalid", 404)
    assert "not found" in str(error)


@pytest.mark.parametrize(("kind", "path", "key", "model"), KINDS, ids=IDS)
def test_401_is_secret_key_invalid(api: MockClerkAPI, kind: str, path: str, key: str, model: type) -> None:
    api.enqueue(
        "POST",
        path,
        status=401,
        json={"errors": [{"code": "authentication_invalid", "message": "The secret key is not valid"}]},
    )
    error = _refused(api, TOKENS[kind])
    assert (error.reason, error.status) == ("secret-key-invalid", 401)
    assert "The secret key is not valid" in str(error)


@pytest.mark.parametrize("status", [400, 403, 422, 429, 500, 502, 503])
def test_other_statuses_are_unexpected_errors(api: MockClerkAPI, status: int) -> None:
    api.enqueue("POST", "/api_keys/verify", status=status)
    error = _refused(api, TOKENS["api_key"])
    assert (error.reason, error.status) == ("unexpected-error", status)
    assert f"HTTP {status}" in str(error) and f"{api.url}/api_keys/verify" in str(error)
    assert len(api.requests) == 1  # no retry: the reference makes one request


def test_a_redirect_is_not_followed(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/api_keys/verify", status=307, headers={"Location": f"{api.url}/elsewhere"}, body=b"")
    error = _refused(api, TOKENS["api_key"])
    assert (error.reason, error.status) == ("unexpected-error", 307)
    assert "redirect" in str(error)
    assert [r.path for r in api.requests] == ["/api_keys/verify"]


def test_an_answer_that_is_not_the_model_is_an_unexpected_error(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/m2m_tokens/verify", body=b"<html>gateway</html>")
    error = _refused(api, TOKENS["m2m_token"])
    assert (error.reason, error.status) == ("unexpected-error", 200)
    assert "not a M2MToken" in str(error)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_network_failure_names_the_url_and_the_cause() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(MachineTokenVerificationError) as info:
        verify_machine_token(TOKENS["api_key"], secret_key=SECRET, api_url=url)
    text = str(info.value)
    assert info.value.reason == "unexpected-error" and info.value.status is None
    assert f"POST {url}/api_keys/verify" in text
    assert "Connection refused" in text or "ConnectionRefusedError" in text
    assert SECRET not in text and TOKENS["api_key"] not in text


def test_a_timeout_says_so(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/api_keys/verify", delay=2.0)
    error = _refused(api, TOKENS["api_key"], timeout=0.2)
    assert error.reason == "unexpected-error"
    assert "timed out" in str(error)


@pytest.mark.parametrize(
    "token",
    [
        "sess_123",
        "",
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtY2hfMSJ9.c2ln",  # a JWT: machine JWTs are checked locally
        "AK_upper_case",
    ],
)
def test_what_is_not_an_opaque_machine_token_is_refused_without_a_request(api: MockClerkAPI, token: str) -> None:
    assert machine_token_type(token) is None
    error = _refused(api, token)
    assert error.reason == "token-invalid"
    assert api.requests == []


def test_a_token_that_is_not_a_str_is_a_type_error(api: MockClerkAPI) -> None:
    with pytest.raises(TypeError, match="must be str"):
        verify_machine_token(b"ak_1", secret_key=SECRET, api_url=api.url)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be str"):
        machine_token_type(None)  # type: ignore[arg-type]


def test_oauth_audience(api: MockClerkAPI) -> None:
    path = "/oauth_applications/access_tokens/verify"
    token = TOKENS["oauth_token"]
    api.enqueue("POST", path, json=_body("oauth_token", aud=["https://api.example.com", "other"]))
    result = verify_machine_token(token, secret_key=SECRET, api_url=api.url, audience="https://api.example.com")
    assert isinstance(result, IdPOAuthAccessToken) and result.aud == ("https://api.example.com", "other")
    api.enqueue("POST", path, json=_body("oauth_token", aud=["https://other.example.com"]))
    error = _refused(api, token, audience=["https://api.example.com", ""])
    assert error.reason == "token-verification-failed" and "audience mismatch" in str(error)
    api.enqueue("POST", path, json=_body("oauth_token"))
    assert _refused(api, token, audience="https://api.example.com").reason == "token-verification-failed"
    # No audience asked: aud is not looked at.
    api.enqueue("POST", path, json=_body("oauth_token", aud=["https://other.example.com"]))
    verify_machine_token(token, secret_key=SECRET, api_url=api.url, audience=[""])


def test_every_reason_has_a_scenario(api: MockClerkAPI) -> None:
    seen = set()
    api.enqueue("POST", "/api_keys/verify", status=404)
    seen.add(_refused(api, TOKENS["api_key"]).reason)
    api.enqueue("POST", "/api_keys/verify", status=401)
    seen.add(_refused(api, TOKENS["api_key"]).reason)
    api.enqueue("POST", "/api_keys/verify", status=500)
    seen.add(_refused(api, TOKENS["api_key"]).reason)
    api.enqueue("POST", "/oauth_applications/access_tokens/verify", json=_body("oauth_token", aud=["x"]))
    seen.add(_refused(api, TOKENS["oauth_token"], audience="y").reason)
    assert seen == MachineTokenVerificationError.REASONS


def test_the_error_pickles() -> None:
    error = pickle.loads(pickle.dumps(MachineTokenVerificationError("gone", "token-invalid", 404)))
    assert (str(error), error.reason, error.status) == ("gone", "token-invalid", 404)


# ---------------------------------------------------------------------------------------------
# async


@pytest.mark.parametrize(("kind", "path", "key", "model"), KINDS, ids=IDS)
def test_async_gives_the_same_results(api: MockClerkAPI, kind: str, path: str, key: str, model: type) -> None:
    async def main() -> None:
        result = await verify_machine_token_async(TOKENS[kind], secret_key=SECRET, api_url=api.url)
        assert type(result) is model
        assert (api.last.path, api.last.headers["authorization"], api.last.json()) == (
            path,
            f"Bearer {SECRET}",
            {key: TOKENS[kind]},
        )
        api.enqueue("POST", path, status=404)
        with pytest.raises(MachineTokenVerificationError) as info:
            await verify_machine_token_async(TOKENS[kind], secret_key=SECRET, api_url=api.url)
        assert (info.value.reason, info.value.status) == ("token-invalid", 404)
        with pytest.raises(MachineTokenVerificationError) as info:
            await verify_machine_token_async("sess_1", secret_key=SECRET, api_url=api.url)
        assert info.value.reason == "token-invalid"

    asyncio.run(main())


def test_async_does_not_block_the_event_loop(api: MockClerkAPI) -> None:
    # The server answers after 0.5 s. A blocking call would hold the loop for all of it, and the
    # other task could not run even once before the verification finished.
    api.enqueue("POST", "/api_keys/verify", delay=0.5)

    async def main() -> int:
        verification = asyncio.ensure_future(
            verify_machine_token_async(TOKENS["api_key"], secret_key=SECRET, api_url=api.url)
        )
        turns = 0
        while not verification.done():
            turns += 1
            await asyncio.sleep(0.01)
        assert isinstance(verification.result(), APIKey)
        return turns

    assert asyncio.run(main()) > 5
