"""``authenticate_request``: where the token comes from, and what the ``RequestState`` says.

The token is read from ``Authorization: Bearer <token>`` (or a bare token in that header), else
from the ``__session`` cookie (``cookies=`` if given, else the ``Cookie`` header). Checked with
plain dicts, (name, value) pairs, and the header objects of Starlette/FastAPI, Werkzeug/Flask and
Django, then end to end through a FastAPI dependency and a Flask ``before_request`` hook.
"""

from __future__ import annotations

import base64
import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

# Module level: FastAPI resolves the (string) annotations of the dependency in this module's
# globals.
from fastapi import Depends, FastAPI, HTTPException, Request

import clerk_backend
from clerk_backend import JwtKey, RequestState, SessionClaims, authenticate_request

JWT_FIXTURES = Path(__file__).parent / "fixtures" / "jwt"
NOW = 1_700_000_000
KEY_A = serialization.load_pem_private_key((JWT_FIXTURES / "rsa2048.key.pem").read_bytes(), password=None)
KEY_B = serialization.load_pem_private_key((JWT_FIXTURES / "rsa2048b.key.pem").read_bytes(), password=None)
PEM_A = (JWT_FIXTURES / "rsa2048.spki.pem").read_text(encoding="utf-8")
JWT_KEY = JwtKey.from_pem(PEM_A)
ORIGIN = "https://app.example.com"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mint(key: Any = KEY_A, header: dict[str, Any] | None = None, **changes: Any) -> str:
    """A signed RS256 session token valid at NOW; ``claim=None`` removes a claim, ``header``
    adds to (or with ``None`` values, removes from) the JOSE header."""
    payload: dict[str, Any] = {
        "azp": ORIGIN,
        "exp": NOW + 60,
        "iat": NOW,
        "iss": "https://clerk.example.com",
        "nbf": NOW - 10,
        "sid": "sess_123",
        "sub": "user_123",
    }
    payload.update(changes)
    payload = {name: value for name, value in payload.items() if value is not None}
    head_json = {"alg": "RS256", "kid": "ins_a", "typ": "JWT", **(header or {})}
    head = _b64url(json.dumps({k: v for k, v in head_json.items() if v is not None}).encode())
    body = _b64url(json.dumps(payload).encode())
    signature = key.sign(f"{head}.{body}".encode(), padding.PKCS1v15(), hashes.SHA256())
    return f"{head}.{body}.{_b64url(signature)}"


TOKEN = mint()
OTHER_TOKEN = mint(sub="user_other")


def authenticate(headers: Any, **options: Any) -> RequestState:
    options.setdefault("jwt_key", JWT_KEY)
    options.setdefault("now", NOW)
    return authenticate_request(headers, **options)


def assert_signed_in(state: RequestState, carrier: str, user_id: str = "user_123") -> None:
    assert state.status == "signed-in", state
    assert state.is_signed_in
    assert state.reason is None
    assert isinstance(state.claims, SessionClaims)
    assert state.claims.sub == user_id
    assert state.user_id == user_id
    assert state.token_carrier == carrier


def assert_signed_out(state: RequestState, reason: str) -> None:
    assert state.status == "signed-out", state
    assert not state.is_signed_in
    assert state.reason == reason
    assert state.message
    assert state.user_id is None or reason == "session-token-pending"


@pytest.fixture(autouse=True)
def _no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLERK_JWT_KEY", raising=False)
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)


# ---------------------------------------------------------------------------------------------
# Where the token comes from


@pytest.mark.parametrize("name", ["Authorization", "authorization", "AUTHORIZATION", "aUtHoRiZaTiOn"])
@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER", "bEaReR"])
def test_bearer_header_any_case(name: str, scheme: str) -> None:
    state = authenticate({name: f"{scheme} {TOKEN}"})
    assert_signed_in(state, "header")
    assert state.token == TOKEN


@pytest.mark.parametrize("value", [f"Bearer  {TOKEN}", f"  Bearer {TOKEN}  ", f"Bearer {TOKEN}\t"])
def test_bearer_header_surrounding_whitespace(value: str) -> None:
    state = authenticate({"Authorization": value})
    assert_signed_in(state, "header")
    assert state.token == TOKEN


def test_bare_token_in_authorization_header() -> None:
    state = authenticate({"Authorization": TOKEN})
    assert_signed_in(state, "header")
    assert state.token == TOKEN


def test_session_cookie_from_cookie_header() -> None:
    for cookie in (f"__session={TOKEN}", f"theme=dark; __session={TOKEN}; other=1", f'__session="{TOKEN}"'):
        state = authenticate({"Cookie": cookie})
        assert_signed_in(state, "cookie")
        assert state.token == TOKEN


def test_session_cookie_from_cookies_mapping() -> None:
    state = authenticate({}, cookies={"__session": TOKEN, "other": "x"})
    assert_signed_in(state, "cookie")
    assert state.token == TOKEN


def test_cookies_mapping_replaces_the_cookie_header() -> None:
    """With ``cookies=`` the Cookie header is not parsed again."""
    state = authenticate({"Cookie": f"__session={TOKEN}"}, cookies={"other": "x"})
    assert_signed_out(state, "session-token-missing")


def test_other_cookie_names_are_not_the_session() -> None:
    for cookie in (f"session={TOKEN}", f"__session_abc={TOKEN}", f"__Session={TOKEN}", f"x__session={TOKEN}"):
        assert_signed_out(authenticate({"Cookie": cookie}), "session-token-missing")
    assert_signed_out(authenticate({}, cookies={"__Session": TOKEN}), "session-token-missing")


def test_header_wins_over_cookie() -> None:
    state = authenticate({"Authorization": f"Bearer {TOKEN}", "Cookie": f"__session={OTHER_TOKEN}"})
    assert_signed_in(state, "header")
    state = authenticate({"Authorization": f"Bearer {TOKEN}"}, cookies={"__session": OTHER_TOKEN})
    assert_signed_in(state, "header")


def test_invalid_header_token_does_not_fall_back_to_the_cookie() -> None:
    """As @clerk/backend: a token in the header is the request's token, good or bad."""
    state = authenticate({"Authorization": f"Bearer {mint(key=KEY_B)}", "Cookie": f"__session={TOKEN}"})
    assert_signed_out(state, "token-invalid-signature")
    assert state.token_carrier == "header"


def test_non_bearer_scheme_is_not_a_session_token() -> None:
    """``Authorization: Basic ...`` is not read as a token; the cookie is used instead."""
    assert_signed_out(authenticate({"Authorization": "Basic dXNlcjpwYXNz"}), "session-token-missing")
    state = authenticate({"Authorization": "Basic dXNlcjpwYXNz", "Cookie": f"__session={TOKEN}"})
    assert_signed_in(state, "cookie")


def test_empty_values_are_missing() -> None:
    for headers in ({}, {"Authorization": ""}, {"Cookie": ""}, {"Cookie": "__session="}, {"Cookie": "a=b"}):
        assert_signed_out(authenticate(headers), "session-token-missing")
    assert_signed_out(authenticate({}, cookies={"__session": ""}), "session-token-missing")
    assert_signed_out(authenticate({}, cookies={}), "session-token-missing")
    assert_signed_out(authenticate(None), "session-token-missing")
    assert_signed_out(authenticate([]), "session-token-missing")


def test_malformed_cookie_header_means_no_session_cookie() -> None:
    assert_signed_out(authenticate({"Cookie": 'garbage;;=;"'}), "session-token-missing")


# Cookie header parsing (issue 14, finding 6)


def test_duplicate_session_cookie_first_wins() -> None:
    """As @clerk/backend (the ``cookie`` package's ``parse``): the first ``__session`` wins, so a
    cookie tossed in from a sibling subdomain (sent after the host's own) cannot replace it."""
    state = authenticate({"Cookie": f"__session={TOKEN}; __session={OTHER_TOKEN}"})
    assert_signed_in(state, "cookie", "user_123")
    state = authenticate({"Cookie": f"a=1; __session={OTHER_TOKEN}; b=2; __session={TOKEN}"})
    assert_signed_in(state, "cookie", "user_other")


@pytest.mark.parametrize(
    "before",
    ["expires=Thu, 01 Jan 2030 00:00:00 GMT", "path=/", "Max-Age=5", "domain=x", "secure", "version=1", "x={y"],
)
def test_reserved_cookie_names_do_not_hide_the_session(before: str) -> None:
    state = authenticate({"Cookie": f"{before}; __session={TOKEN}"})
    assert_signed_in(state, "cookie")


def test_cookie_values_are_trimmed_unquoted_and_percent_decoded() -> None:
    from clerk_backend._native import _parse_cookie_header

    assert _parse_cookie_header(' a = 1 ;b=" 2 "; c=%E2%82%AC%3B; d=%zz; e=%FF; noequals; =empty; f=x=y') == {
        "a": "1",
        "b": " 2 ",
        "c": "\u20ac;",
        "d": "%zz",  # not valid percent-encoding: kept as sent
        "e": "%FF",  # not UTF-8 once decoded: kept as sent
        "": "empty",
        "f": "x=y",
    }
    assert _parse_cookie_header("") == {}
    assert _parse_cookie_header("=") == {}
    assert _parse_cookie_header("a=1; a=2") == {"a": "1"}


def test_large_quoted_cookie_costs_linear_work() -> None:
    """CVE-2024-7592: CPython's SimpleCookie unquotes a quoted value full of backslashes in
    quadratic time (seconds for 32 KB). The Cookie header is parsed in one pass in Rust: count
    the Python-level calls made while authenticating instead of timing them."""
    import sys

    big = '"' + "\\\\" * 16_000 + '"'
    assert len(big) > 32_000
    headers = {"Cookie": f"big={big}; __session={TOKEN}"}
    calls = 0

    def count(frame: Any, event: str, arg: Any) -> None:
        nonlocal calls
        calls += 1

    sys.setprofile(count)
    try:
        state = authenticate(headers)
    finally:
        sys.setprofile(None)
    assert_signed_in(state, "cookie")
    assert calls < 500, calls
    from clerk_backend._native import _parse_cookie_header

    assert _parse_cookie_header(headers["Cookie"])["big"] == big[1:-1]  # kept as sent, unescaped


def test_cookie_header_over_the_cap_is_ignored() -> None:
    from clerk_backend.tokens import MAX_COOKIE_HEADER_BYTES

    padding = "p=" + "x" * MAX_COOKIE_HEADER_BYTES
    assert_signed_out(authenticate({"Cookie": f"__session={TOKEN}; {padding}"}), "session-token-missing")
    fits = "p=" + "x" * (MAX_COOKIE_HEADER_BYTES - len(f"__session={TOKEN}; ") - 2)
    assert_signed_in(authenticate({"Cookie": f"__session={TOKEN}; {fits}"}), "cookie")


def test_header_pairs_str_and_bytes() -> None:
    """Any iterable of (name, value) pairs, e.g. an ASGI scope's raw byte headers."""
    assert_signed_in(authenticate([("authorization", f"Bearer {TOKEN}")]), "header")
    assert_signed_in(authenticate([(b"authorization", f"Bearer {TOKEN}".encode())]), "header")
    assert_signed_in(authenticate([(b"cookie", f"__session={TOKEN}".encode())]), "cookie")
    assert_signed_in(authenticate([(b"host", b"x"), "junk", (b"authorization", f"Bearer {TOKEN}".encode())]), "header")


def test_no_token_is_signed_out_session_token_missing() -> None:
    state = authenticate({"Accept": "application/json"})
    assert_signed_out(state, "session-token-missing")
    assert state.claims is None
    assert state.token is None
    assert state.token_carrier is None


# ---------------------------------------------------------------------------------------------
# Only session tokens sign in (issue 14, finding 1)

# Each is validly signed by the instance key and valid at NOW: only its type is wrong.
NON_SESSION_TOKENS = {
    "jwt-template": mint(header={"cat": "cl_B7d4PD222AAA"}),
    "m2m-jwt": mint(sub="mch_1", sid=None),
    "m2m-jwt-with-cat": mint(header={"cat": "cl_B7d4PD333AAA"}, sub="mch_1", sid=None),
    "m2m-category": mint(header={"cat": "cl_B7d4PD333AAA"}),
    "unknown-category": mint(header={"cat": "cl_future"}),
    "oauth-at+jwt": mint(header={"typ": "at+jwt"}),
    "oauth-application/at+jwt": mint(header={"typ": "application/at+jwt"}),
    "api-key": "ak_2xKeyReadme0000000000000000",
    "m2m-opaque": "mt_f7f0ba8c3b4843ce7d85fcdd5e71853e",
    "oauth-opaque": "oat_2xOauthReadme00000000000000",
}


@pytest.mark.parametrize("carrier", ["header", "cookie", "cookies"])
@pytest.mark.parametrize("name", sorted(NON_SESSION_TOKENS))
def test_only_session_tokens_sign_in(name: str, carrier: str) -> None:
    """A JWT-template, M2M or OAuth JWT, or an opaque machine token, never opens a session: it
    is signed out with ``token-type-mismatch`` (as @clerk/backend's authenticateRequest)."""
    token = NON_SESSION_TOKENS[name]
    if carrier == "header":
        state = authenticate({"Authorization": f"Bearer {token}"})
    elif carrier == "cookie":
        state = authenticate({"Cookie": f"__session={token}"})
    else:
        state = authenticate({}, cookies={"__session": token})
    # With the default accepts_token, a machine JWT or a JWT template is refused by type; an opaque
    # machine token is tried as a session token and refused as invalid without any request, as
    # @clerk/backend answers (fixtures/authorization/accepts_token_reference.json).
    assert_signed_out(state, "token-invalid" if name.endswith("opaque") or name == "api-key" else "token-type-mismatch")
    assert state.token_type == "session_token"
    assert state.claims is None
    assert "session token" in (state.message or "")
    assert token not in (state.message or "")


def test_session_categories_still_sign_in() -> None:
    """The session category, the "ignore" category and no category are session tokens."""
    for cat in ("cl_B7d4PD111AAA", "cl_I7d4PD111III", None):
        assert_signed_in(authenticate({"Authorization": f"Bearer {mint(header={'cat': cat})}"}), "header")
    assert_signed_in(authenticate({"Authorization": f"Bearer {mint(header={'typ': None})}"}), "header")


# ---------------------------------------------------------------------------------------------
# Verification outcome


@pytest.mark.parametrize(
    ("token", "options", "reason"),
    [
        (mint(key=KEY_B), {}, "token-invalid-signature"),
        (mint(exp=NOW - 60), {}, "token-expired"),
        (mint(nbf=NOW + 60), {}, "token-not-active-yet"),
        (mint(sub=None), {}, "token-verification-failed"),
        (mint(azp="https://evil.example.com"), {"authorized_parties": [ORIGIN]}, "token-invalid-authorized-parties"),
        (mint(), {"issuer": "https://other.example.com"}, "token-invalid-issuer"),
        ("not-a-token", {}, "token-invalid"),
        (f"{TOKEN}.extra", {}, "token-invalid"),
        (TOKEN, {"jwt_key": None}, "jwk-failed-to-resolve"),
        (TOKEN, {"jwt_key": None, "jwks": {"keys": []}}, "jwk-kid-mismatch"),
    ],
)
def test_invalid_token_is_signed_out_with_the_reason(token: str, options: dict[str, Any], reason: str) -> None:
    for headers in ({"Authorization": f"Bearer {token}"}, {"Cookie": f"__session={token}"}):
        state = authenticate(headers, **options)
        assert_signed_out(state, reason)
        assert state.claims is None
        assert state.token == token
        # The token is a credential: never in the repr (nor in the message).
        assert token not in repr(state)
        assert token not in str(state)
        for part in token.split("."):
            if len(part) >= 16:
                assert part not in repr(state)
                assert part not in (state.message or "")


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        (TOKEN, None),
        (mint(header={"alg": "HS256"}), "token-invalid-algorithm"),
        (mint(header={"typ": "JWS"}), "token-invalid"),
        ("not-a-token", "token-invalid"),
        (mint(key=KEY_B), "token-invalid-signature"),
        (mint(exp=NOW - 60), "token-expired"),
    ],
)
@pytest.mark.parametrize("key", ["jwt_key", "jwks"])
def test_a_session_token_is_decoded_once(
    monkeypatch: pytest.MonkeyPatch, token: str, reason: str | None, key: str
) -> None:
    # authenticate_request decodes the token once, to tell its type, and verifies what it decoded:
    # the decoder that verify_token uses on its own is never called, and the outcome is verify_token's.
    from clerk_backend import tokens

    options: dict[str, Any] = {"now": NOW}
    if key == "jwt_key":
        options["jwt_key"] = JWT_KEY
    else:
        options["jwks"] = {"keys": [{**_jwk(KEY_A), "kid": "ins_a"}]}
    try:
        tokens.verify_token(token, **options)
        expected = None
    except clerk_backend.TokenVerificationError as exc:
        expected = exc.reason
    assert expected == reason
    calls: list[str] = []
    decode_again = tokens._check_session_token
    monkeypatch.setattr(tokens, "_check_session_token", lambda t: calls.append(t) or decode_again(t))
    state = authenticate_request({"Authorization": f"Bearer {token}"}, **options)
    assert calls == []
    if reason is None:
        assert_signed_in(state, "header")
    else:
        assert_signed_out(state, reason)
    # verify_token, given the token alone, decodes it itself, once.
    with pytest.raises(clerk_backend.TokenVerificationError) if reason else contextlib.nullcontext():
        tokens.verify_token(token, **options)
    assert calls == [token]


def test_signed_in_repr_does_not_show_the_token() -> None:
    state = authenticate({"Authorization": f"Bearer {TOKEN}"})
    assert_signed_in(state, "header")
    text = repr(state)
    assert "user_123" in text and "signed-in" in text
    for part in TOKEN.split("."):
        assert part not in text


def test_verification_options_are_passed_through() -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert_signed_in(authenticate(headers, authorized_parties=[ORIGIN]), "header")
    assert_signed_out(authenticate(headers, authorized_parties=["https://b"]), "token-invalid-authorized-parties")
    assert_signed_in(authenticate(headers, issuer="https://clerk.example.com"), "header")
    assert_signed_out(authenticate(headers, now=NOW + 3600), "token-expired")
    assert_signed_in(authenticate(headers, now=NOW + 64), "header")
    assert_signed_out(authenticate(headers, now=NOW + 64, clock_skew_in_ms=0), "token-expired")
    assert_signed_in(authenticate(headers, jwt_key=PEM_A), "header")
    jwks = {"keys": [{**_jwk(KEY_A), "kid": "ins_a"}]}
    assert_signed_in(authenticate(headers, jwt_key=None, jwks=jwks), "header")
    aud_token = mint(aud="api")
    assert_signed_out(authenticate({"Authorization": aud_token}, audience="other"), "token-verification-failed")


def _jwk(private_key: Any) -> dict[str, str]:
    numbers = private_key.public_key().public_numbers()
    return {"kty": "RSA", "n": _b64url(numbers.n.to_bytes(256, "big")), "e": "AQAB"}


def test_environment_key_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_JWT_KEY", PEM_A.strip().replace("\n", "\\n"))
    state = authenticate_request({"Authorization": f"Bearer {TOKEN}"}, now=NOW)
    assert_signed_in(state, "header")


def test_pending_session_is_signed_out_by_default() -> None:
    token = mint(v=2, sts="pending")
    state = authenticate({"Authorization": f"Bearer {token}"})
    assert_signed_out(state, "session-token-pending")
    assert state.claims is not None and state.claims.sts == "pending"
    assert state.token_carrier == "header"
    assert token not in repr(state)


def test_pending_session_accepted_on_request() -> None:
    token = mint(v=2, sts="pending")
    state = authenticate({"Authorization": f"Bearer {token}"}, accept_pending=True)
    assert_signed_in(state, "header")
    assert state.claims is not None and state.claims.sts == "pending"


@pytest.mark.parametrize("sts", ["active", None])
def test_other_session_statuses_are_signed_in(sts: str | None) -> None:
    state = authenticate({"Cookie": f"__session={mint(v=2, sts=sts)}"})
    assert_signed_in(state, "cookie")
    assert state.claims is not None and state.claims.sts == sts


def test_request_state_is_frozen_and_exported() -> None:
    state = authenticate({"Authorization": f"Bearer {TOKEN}"})
    with pytest.raises(AttributeError):
        state.status = "signed-out"  # type: ignore[misc]
    assert clerk_backend.RequestState is RequestState
    assert clerk_backend.authenticate_request is authenticate_request


def test_bad_arguments_raise_type_error() -> None:
    with pytest.raises(TypeError, match=r"^jwt_key must be a PEM str or a JwtKey, not bytes$"):
        authenticate({"Authorization": f"Bearer {TOKEN}"}, jwt_key=b"not a key")
    with pytest.raises(TypeError):
        authenticate({"Authorization": f"Bearer {TOKEN}"}, authorized_parties=[1])


# ---------------------------------------------------------------------------------------------
# Framework header objects


def test_starlette_headers() -> None:
    from starlette.datastructures import Headers

    assert_signed_in(authenticate(Headers(headers={"Authorization": f"Bearer {TOKEN}"})), "header")
    assert_signed_in(authenticate(Headers(raw=[(b"authorization", f"bearer {TOKEN}".encode())])), "header")
    assert_signed_in(authenticate(Headers(headers={"cookie": f"a=1; __session={TOKEN}"})), "cookie")
    both = Headers(
        raw=[(b"cookie", f"__session={OTHER_TOKEN}".encode()), (b"authorization", f"Bearer {TOKEN}".encode())]
    )
    assert_signed_in(authenticate(both), "header")
    assert_signed_out(authenticate(Headers(headers={"accept": "*/*"})), "session-token-missing")


def test_werkzeug_environ_headers() -> None:
    from werkzeug.datastructures import EnvironHeaders
    from werkzeug.test import EnvironBuilder

    def environ(headers: dict[str, str]) -> EnvironHeaders:
        return EnvironHeaders(EnvironBuilder(headers=headers).get_environ())

    assert_signed_in(authenticate(environ({"Authorization": f"Bearer {TOKEN}"})), "header")
    assert_signed_in(authenticate(environ({"Cookie": f"__session={TOKEN}"})), "cookie")
    both = environ({"Authorization": f"Bearer {TOKEN}", "Cookie": f"__session={OTHER_TOKEN}"})
    assert_signed_in(authenticate(both), "header")
    assert_signed_out(authenticate(environ({})), "session-token-missing")


def test_flask_request_context() -> None:
    import flask

    app = flask.Flask(__name__)
    with app.test_request_context(headers={"Authorization": f"Bearer {TOKEN}"}):
        state = authenticate(flask.request.headers, cookies=flask.request.cookies)
        assert_signed_in(state, "header")
    with app.test_request_context(headers={"Cookie": f"__session={TOKEN}"}):
        assert_signed_in(authenticate(flask.request.headers, cookies=flask.request.cookies), "cookie")
        assert_signed_in(authenticate(flask.request.headers), "cookie")
    with app.test_request_context():
        assert_signed_out(authenticate(flask.request.headers, cookies=flask.request.cookies), "session-token-missing")


@pytest.fixture(scope="module")
def django_request_factory() -> Any:
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        settings.configure(ALLOWED_HOSTS=["testserver"], USE_TZ=True)
        django.setup()
    from django.test import RequestFactory

    return RequestFactory


def test_django_request_headers_and_cookies(django_request_factory: Any) -> None:
    factory = django_request_factory()
    request = factory.get("/", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert_signed_in(authenticate(request.headers, cookies=request.COOKIES), "header")

    factory = django_request_factory()
    factory.cookies["__session"] = TOKEN
    request = factory.get("/")
    assert request.COOKIES["__session"] == TOKEN
    assert_signed_in(authenticate(request.headers, cookies=request.COOKIES), "cookie")
    assert_signed_in(authenticate(request.headers), "cookie")

    factory = django_request_factory()
    factory.cookies["__session"] = OTHER_TOKEN
    request = factory.get("/", HTTP_AUTHORIZATION=f"bearer {TOKEN}")
    assert_signed_in(authenticate(request.headers, cookies=request.COOKIES), "header")

    request = django_request_factory().get("/")
    assert_signed_out(authenticate(request.headers, cookies=request.COOKIES), "session-token-missing")

    request = django_request_factory().get("/", HTTP_AUTHORIZATION=f"Bearer {mint(key=KEY_B)}")
    assert_signed_out(authenticate(request.headers, cookies=request.COOKIES), "token-invalid-signature")


# ---------------------------------------------------------------------------------------------
# End to end


def _fastapi_app() -> Any:
    def current_user(request: Request) -> str:
        state = authenticate_request(
            request.headers, cookies=request.cookies, jwt_key=JWT_KEY, authorized_parties=[ORIGIN], now=NOW
        )
        if not state.is_signed_in or state.user_id is None:
            raise HTTPException(status_code=401, detail=state.reason)
        return state.user_id

    app = FastAPI()

    @app.get("/me")
    def me(user_id: str = Depends(current_user)) -> dict[str, str]:
        return {"user_id": user_id}

    return app


# Starlette deprecates its test client on top of ``httpx`` (it wants ``httpx2``); the client
# still works, and the warning is not about the code under test.
@pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient` is deprecated")
def test_fastapi_dependency_end_to_end() -> None:
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    with TestClient(_fastapi_app()) as client:
        response = client.get("/me", headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 200
        assert response.json() == {"user_id": "user_123"}

        client.cookies.set("__session", mint(sub="user_cookie"))
        response = client.get("/me")
        assert response.status_code == 200
        assert response.json() == {"user_id": "user_cookie"}
        client.cookies.clear()

        response = client.get("/me")
        assert response.status_code == 401
        assert response.json() == {"detail": "session-token-missing"}

        response = client.get("/me", headers={"Authorization": f"Bearer {mint(key=KEY_B)}"})
        assert response.status_code == 401
        assert response.json() == {"detail": "token-invalid-signature"}

        response = client.get("/me", headers={"Authorization": f"Bearer {mint(azp='https://evil.example.com')}"})
        assert response.status_code == 401
        assert response.json() == {"detail": "token-invalid-authorized-parties"}

        response = client.get("/me", headers={"Authorization": f"Bearer {mint(v=2, sts='pending')}"})
        assert response.status_code == 401
        assert response.json() == {"detail": "session-token-pending"}


def test_flask_before_request_end_to_end() -> None:
    import flask

    app = flask.Flask(__name__)

    @app.before_request
    def require_session() -> Any:
        state = authenticate_request(
            flask.request.headers, cookies=flask.request.cookies, jwt_key=JWT_KEY, authorized_parties=[ORIGIN], now=NOW
        )
        if not state.is_signed_in:
            return flask.jsonify(reason=state.reason), 401
        flask.g.user_id = state.user_id
        return None

    @app.get("/me")
    def me() -> Any:
        return flask.jsonify(user_id=flask.g.user_id)

    client = app.test_client()
    response = client.get("/me", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response.get_json() == {"user_id": "user_123"}

    client.set_cookie("__session", mint(sub="user_cookie"))
    response = client.get("/me")
    assert response.status_code == 200
    assert response.get_json() == {"user_id": "user_cookie"}
    client.delete_cookie("__session")

    response = client.get("/me")
    assert response.status_code == 401
    assert response.get_json() == {"reason": "session-token-missing"}

    response = client.get("/me", headers={"Authorization": f"Bearer {mint(exp=NOW - 3600)}"})
    assert response.status_code == 401
    assert response.get_json() == {"reason": "token-expired"}
