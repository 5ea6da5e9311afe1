"""authenticate_request with accepts_token, end to end: every token kind x every accepts_token value,
compared with @clerk/backend 3.25.0's recorded answers (fixtures/authorization/accepts_token_reference.json),
and which Backend API request (path, bearer) each one costs, against the local spec server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from mock_clerk_api import MockClerkAPI

from clerk_backend import APIKey, IdPOAuthAccessToken, M2MToken, RequestState, authenticate_request
from clerk_backend.auth import MachineAuth, SessionAuth, SignedOutAuth
from clerk_backend.testing import TokenFactory

REFERENCE = json.loads(
    (Path(__file__).parent / "fixtures" / "authorization" / "accepts_token_reference.json").read_text("utf-8")
)
SECRET = "sk_test_accepts_suite_secret_1234"
MACHINE_SECRET = "ak_machine_secret_accepts_5678"
FACTORY = TokenFactory()
V1_CLAIMS = {"sub": "user_v1", "sid": "sess_v1", "iss": FACTORY.issuer, "iat": 0, "nbf": 0, "exp": 2**40}
TOKENS: dict[str, str | None] = {
    # Minted when the module is collected: valid for a day, so that a slow full run still finds it valid.
    "session": FACTORY.session_token(expires_in=86400),
    "session_v1_nocat": FACTORY.sign(V1_CLAIMS),
    "jwt_template": FACTORY.sign(V1_CLAIMS, header={"cat": "cl_B7d4PD222AAA"}),
    "m2m_jwt": FACTORY.m2m_token(),
    "m2m_jwt_nocat": FACTORY.sign({**V1_CLAIMS, "sub": "mch_1", "sid": None}),
    "oauth_jwt": FACTORY.oauth_token(),
    "api_key": "ak_123",
    "m2m_opaque": "mt_123",
    "oauth_opaque": "oat_123",
    "garbage": "not-a-token",
    "missing": None,
}
ACCEPTS = ["session_token", "api_key", "m2m_token", "oauth_token", "api_key,session_token", "any"]
PATHS = {
    "api_key": "/api_keys/verify",
    "m2m_token": "/m2m_tokens/verify",
    "oauth_token": "/oauth_applications/access_tokens/verify",
}
MODELS = {"api_key": APIKey, "m2m_token": M2MToken, "oauth_token": IdPOAuthAccessToken}
JWT_MACHINE = {"m2m_jwt", "m2m_jwt_nocat", "oauth_jwt"}


def _accepts(key: str) -> Any:
    return key.split(",") if "," in key else key


def expected(name: str, accepts: str) -> dict[str, Any]:
    """The reference's answer, with our deliberate differences spelled out:
    - no token: the reference's session answer (dev-browser-missing) comes from the development
      instance handshake, which a backend does not do; ours is session-token-missing. Its
      machine-only answer's reason is a message ('No token in header'); ours is token-missing."""
    answer = dict(REFERENCE["answers"][name][accepts])
    if name == "missing":
        answer["reason"] = {"dev-browser-missing": "session-token-missing", "No token in header": "token-missing"}[
            answer["reason"]
        ]
    return answer


API_KEY_BODY = {
    "object": "api_key",
    "id": "ak_1",
    "type": "api_key",
    "subject": "user_1",
    "name": "ci",
    "scopes": ["read"],
    "claims": {"team": "a"},
    "revoked": False,
    "revocation_reason": None,
    "expired": False,
    "expiration": None,
    "created_at": 1,
    "updated_at": 1,
}
ROWS = [(name, accepts) for name in TOKENS for accepts in ACCEPTS]


def authenticate(api: MockClerkAPI, name: str, accepts: str, **options: Any) -> RequestState:
    token = TOKENS[name]
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    return authenticate_request(
        headers,
        accepts_token=_accepts(accepts),
        jwt_key=FACTORY.jwt_key,
        secret_key=SECRET,
        api_url=api.url,
        **options,
    )


def test_the_reference_table_is_complete() -> None:
    assert set(REFERENCE["answers"]) == set(TOKENS)
    assert all(set(answers) == set(ACCEPTS) for answers in REFERENCE["answers"].values())


@pytest.mark.parametrize(("name", "accepts"), ROWS, ids=[f"{n}-{a}" for n, a in ROWS])
def test_every_token_kind_under_every_accepts_token(api: MockClerkAPI, name: str, accepts: str) -> None:
    want = expected(name, accepts)
    state = authenticate(api, name, accepts)
    assert (state.status, state.reason, state.token_type) == (want["status"], want["reason"], want["token_type"]), (
        state.message
    )
    # The Backend API calls are the reference's: method, path (no /v1) and bearer.
    calls = [f"{r.method} {r.path} Bearer {r.headers['authorization'].removeprefix('Bearer ')}" for r in api.requests]
    assert calls == [
        c.replace("<secret key>", SECRET) for c in REFERENCE["answers"][name][accepts]["backend_api_calls"]
    ]
    auth = state.to_auth()
    if state.status == "signed-in":
        assert state.reason is None and state.message is None
        if state.token_type == "session_token":
            assert isinstance(auth, SessionAuth) and state.claims is not None and state.machine is None
            assert auth.user_id == state.user_id == state.claims.sub
        else:
            assert isinstance(auth, MachineAuth) and state.claims is None
            assert type(state.machine) is MODELS[str(state.token_type)]
            assert auth.token_type == state.token_type and auth.machine is state.machine
    else:
        assert isinstance(auth, SignedOutAuth) and state.machine is None
        assert (auth.reason, auth.token_type, auth.message) == (state.reason, state.token_type, state.message)
        assert state.message
    token = TOKENS[name]
    if token is not None:
        assert token not in repr(state) and token not in (state.message or "")
        assert SECRET not in repr(state) and SECRET not in (state.message or "")


@pytest.mark.parametrize("kind", sorted(PATHS))
def test_nothing_is_called_by_default(api: MockClerkAPI, kind: str) -> None:
    """With the default (session tokens only), an opaque machine token costs no Backend API call."""
    name = {"api_key": "api_key", "m2m_token": "m2m_opaque", "oauth_token": "oauth_opaque"}[kind]
    state = authenticate_request({"Authorization": f"Bearer {TOKENS[name]}"}, secret_key=SECRET, api_url=api.url)
    assert state.status == "signed-out" and state.token_type == "session_token"
    assert api.requests == []


@pytest.mark.parametrize("kind", sorted(PATHS))
def test_a_machine_token_of_another_type_is_not_verified(api: MockClerkAPI, kind: str) -> None:
    others = [k for k in PATHS if k != kind]
    for token in ("ak_1", "mt_1", "oat_1"):
        for accepts in ([kind], kind, others):
            authenticate_request(
                {"Authorization": f"Bearer {token}"}, accepts_token=accepts, secret_key=SECRET, api_url=api.url
            )
    # Each token was verified only under the accepts_token values holding its own type.
    verified = sorted(r.path for r in api.requests)
    own = {"api_key": "ak_1", "m2m_token": "mt_1", "oauth_token": "oat_1"}
    assert verified == sorted([PATHS[kind]] * 2 + [PATHS[k] for k in others])
    assert all(r.json() != {} for r in api.requests)
    assert own  # (the mapping documents the prefixes)


def test_m2m_tokens_use_the_machine_secret_key(api: MockClerkAPI) -> None:
    state = authenticate_request(
        {"Authorization": "Bearer mt_123"},
        accepts_token="m2m_token",
        secret_key=SECRET,
        machine_secret_key=MACHINE_SECRET,
        api_url=api.url,
    )
    assert state.status == "signed-in" and isinstance(state.machine, M2MToken)
    assert api.last.headers["authorization"] == f"Bearer {MACHINE_SECRET}"
    assert api.last.json() == {"token": "mt_123"}
    # An API key is verified with the instance's secret key even when a machine secret key is given.
    authenticate_request(
        {"Authorization": "Bearer ak_123"},
        accepts_token="any",
        secret_key=SECRET,
        machine_secret_key=MACHINE_SECRET,
        api_url=api.url,
    )
    assert (api.last.path, api.last.headers["authorization"]) == ("/api_keys/verify", f"Bearer {SECRET}")
    assert MACHINE_SECRET not in repr(state) and SECRET not in repr(state)


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (404, None, "token-invalid"),
        (401, None, "secret-key-invalid"),
        (500, None, "unexpected-error"),
        (200, {**API_KEY_BODY, "revoked": True}, "token-invalid"),
        (200, {**API_KEY_BODY, "expired": True}, "token-invalid"),
    ],
)
def test_machine_failures_are_signed_out(api: MockClerkAPI, status: int, body: Any, reason: str) -> None:
    api.enqueue("POST", "/api_keys/verify", status=status, json=body)
    state = authenticate_request(
        {"Authorization": "Bearer ak_123"}, accepts_token="api_key", secret_key=SECRET, api_url=api.url
    )
    assert (state.status, state.reason, state.token_type) == ("signed-out", reason, "api_key")
    assert isinstance(state.to_auth(), SignedOutAuth) and state.machine is None


def test_a_machine_answer_that_cannot_be_read_is_signed_out(api: MockClerkAPI) -> None:
    body = {**API_KEY_BODY, "id": 5}
    api.enqueue("POST", "/api_keys/verify", json=body)
    state = authenticate_request(
        {"Authorization": "Bearer ak_123"}, accepts_token="api_key", secret_key=SECRET, api_url=api.url
    )
    assert (state.status, state.reason) == ("signed-out", "unexpected-error")


def test_an_api_key_signs_in_with_its_auth(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/api_keys/verify", json=API_KEY_BODY)
    state = authenticate_request(
        {"Authorization": "Bearer ak_123"},
        accepts_token=["api_key", "session_token"],
        secret_key=SECRET,
        api_url=api.url,
    )
    assert state.is_signed_in and state.token_type == "api_key" and state.user_id == "user_1"
    auth = state.to_auth()
    assert isinstance(auth, MachineAuth)
    assert (auth.id, auth.subject, auth.scopes, auth.claims, auth.name) == (
        "ak_1",
        "user_1",
        ("read",),
        {"team": "a"},
        "ci",
    )
    assert auth.has(permission="org:x:read") is False
    assert repr(state) == (
        "RequestState(status='signed-in', token_type='api_key', user_id='user_1', reason=None, token_carrier='header')"
    )


def test_a_session_auth_and_a_pending_session() -> None:
    token = FACTORY.session_token("user_9", org_id="org_1", org_role="admin", org_permissions=["org:invoices:read"])
    state = authenticate_request({"Authorization": f"Bearer {token}"}, jwt_key=FACTORY.jwt_key)
    auth = state.to_auth()
    assert isinstance(auth, SessionAuth) and auth.user_id == "user_9"
    assert auth.has(permission="org:invoices:read") and not auth.has(permission="org:invoices:write")
    pending = FACTORY.session_token(sts="pending")
    state = authenticate_request({"Authorization": f"Bearer {pending}"}, jwt_key=FACTORY.jwt_key)
    out = state.to_auth()
    assert isinstance(out, SignedOutAuth)
    assert (out.reason, out.session_status, out.token_type) == ("session-token-pending", "pending", "session_token")


def test_accepts_token_is_checked_even_without_a_token() -> None:
    with pytest.raises(ValueError, match="accepts_token"):
        authenticate_request({}, accepts_token="session")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="accepts_token"):
        authenticate_request({}, accepts_token=5)  # type: ignore[arg-type]


def test_a_generator_of_types_is_read_once(api: MockClerkAPI) -> None:
    state = authenticate_request(
        {"Authorization": "Bearer ak_123"},
        accepts_token=(t for t in ("api_key",)),  # type: ignore[arg-type]
        secret_key=SECRET,
        api_url=api.url,
    )
    assert (state.status, state.token_type) == ("signed-in", "api_key")


# ---------------------------------------------------------------------------------------------
# M2M and OAuth tokens in JWT form: verified locally, with the session-token keys


def _machine_jwt(name: str, accepts: str = "any", **options: Any) -> RequestState:
    token = TOKENS.get(name) or name
    options.setdefault("jwt_key", FACTORY.jwt_key)
    return authenticate_request({"Authorization": f"Bearer {token}"}, accepts_token=accepts, **options)


def test_an_m2m_jwt_signs_in_with_its_model() -> None:
    token = FACTORY.m2m_token("mch_42", scopes=["mch_other"], claims={"tier": "gold"}, token_id="mt_abc")
    state = _machine_jwt(token, "m2m_token")
    assert (state.status, state.token_type) == ("signed-in", "m2m_token"), state.message
    assert isinstance(state.machine, M2MToken)
    auth = state.to_auth()
    assert isinstance(auth, MachineAuth)
    assert (auth.id, auth.subject, auth.machine_id, auth.scopes) == ("mt_abc", "mch_42", "mch_42", ("mch_other",))
    assert auth.claims == {"aud": ["mch_other"], "tier": "gold"}


def test_an_oauth_jwt_signs_in_with_its_model() -> None:
    token = FACTORY.oauth_token("user_7", client_id="client_1", scopes=["read", "write"], audience="https://api")
    state = _machine_jwt(token, "oauth_token", audience="https://api")
    assert (state.status, state.token_type) == ("signed-in", "oauth_token"), state.message
    auth = state.to_auth()
    assert isinstance(auth, MachineAuth) and isinstance(state.machine, IdPOAuthAccessToken)
    assert (auth.user_id, auth.client_id, auth.scopes) == ("user_7", "client_1", ("read", "write"))
    refused = _machine_jwt(token, "oauth_token", audience="https://elsewhere")
    assert (refused.status, refused.reason) == ("signed-out", "token-verification-failed")


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        (FACTORY.m2m_token(expires_in=-60), "token-verification-failed"),  # expired
        (FACTORY.oauth_token(expires_in=-60), "token-verification-failed"),
        (TokenFactory(kid=FACTORY.kid).m2m_token(), "token-verification-failed"),  # another key
        (TokenFactory(kid=FACTORY.kid).oauth_token(), "token-verification-failed"),
        # sub mch_ with a session category: the M2M category check (reference: 'Invalid M2M JWT category.')
        (FACTORY.sign({**V1_CLAIMS, "sub": "mch_1"}, header={"cat": "cl_B7d4PD111AAA"}), "token-invalid"),
        (FACTORY.sign({**V1_CLAIMS, "sub": "mch_1"}, header={"alg": "HS256"}), "token-verification-failed"),
        (FACTORY.sign({**V1_CLAIMS, "sub": "mch_1"}, header={"crit": ["b64"]}), "token-verification-failed"),
    ],
)
def test_bad_machine_jwts_are_signed_out(token: str, reason: str) -> None:
    state = _machine_jwt(token)
    assert (state.status, state.reason) == ("signed-out", reason), state.message
    assert state.machine is None and token not in (state.message or "")


def test_a_machine_jwt_without_any_key_is_signed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLERK_JWT_KEY", raising=False)
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)
    state = _machine_jwt("m2m_jwt", jwt_key=None)
    assert (state.status, state.reason, state.token_type) == ("signed-out", "token-verification-failed", "m2m_token")


def test_machine_jwts_use_the_secret_keys_jwks(api: MockClerkAPI) -> None:
    from clerk_backend.tokens import clear_jwks_cache

    clear_jwks_cache()
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks)
    for name in ("m2m_jwt", "oauth_jwt", "session"):
        state = _machine_jwt(name, jwt_key=None, secret_key=SECRET, api_url=api.url)
        assert state.status == "signed-in", state.message
    assert [(r.method, r.path, r.headers["authorization"]) for r in api.requests] == [
        ("GET", "/v1/jwks", f"Bearer {SECRET}")
    ]
    # skip_jwks_cache fetches again; clear_jwks_cache forgets the set.
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks)
    assert _machine_jwt("m2m_jwt", jwt_key=None, secret_key=SECRET, api_url=api.url, skip_jwks_cache=True).is_signed_in
    assert len(api.requests) == 2
    assert _machine_jwt("session", jwt_key=None, secret_key=SECRET, api_url=api.url).is_signed_in
    assert len(api.requests) == 2
    clear_jwks_cache()
    api.enqueue("GET", "/v1/jwks", json=FACTORY.jwks)
    assert _machine_jwt("session", jwt_key=None, secret_key=SECRET, api_url=api.url).is_signed_in
    assert len(api.requests) == 3
    clear_jwks_cache()
