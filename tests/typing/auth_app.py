"""Auth objects and machine tokens as an application uses them: checked like app.py.

tests/test_typing.py type-checks this file with ``mypy --strict`` and pyright (strict), which must
report nothing, and runs it. The point is narrowing: after ``auth.status == "signed-in"``,
``auth.token_type == ...``, ``auth.is_signed_in is True`` or ``isinstance``, the session's
``user_id`` and ``claims`` are read with no ``assert`` or ``cast``; the ``Literal`` reasons of
``MachineTokenVerificationError`` are matched exhaustively.
"""

from __future__ import annotations

from typing import NoReturn

from clerk_backend import (
    APIKey,
    Auth,
    IdPOAuthAccessToken,
    M2MToken,
    MachineAuth,
    MachineTokenType,
    MachineTokenVerificationError,
    RequestState,
    RequestStateReason,
    SessionAuth,
    SessionClaims,
    SignedOutAuth,
    authenticate_request,
    authenticate_request_async,
    verify_machine_token,
)
from clerk_backend.testing import TokenFactory


def assert_never(value: NoReturn) -> NoReturn:
    raise AssertionError(f"unhandled value: {value!r}")


def auth_of(claims: SessionClaims | None, reason: str) -> SessionAuth | SignedOutAuth:
    if claims is None:
        return SignedOutAuth(token_type="session_token", reason=reason)
    return SessionAuth.from_claims(claims)


def who(auth: Auth) -> str:
    """A session's user id or a machine's subject, narrowed on status then token type."""
    if auth.status == "signed-in":
        if auth.token_type == "session_token":
            user_id: str = auth.user_id  # SessionAuth: a str, not str | None
            return user_id
        subject: str = auth.subject  # MachineAuth
        return subject
    return f"nobody ({auth.reason})"


def session_subject(auth: SessionAuth | SignedOutAuth) -> str | None:
    if auth.is_signed_in is True:
        return auth.claims.sub  # claims: SessionClaims, no None to rule out
    return auth.user_id  # SignedOutAuth: always None


def organization_of(auth: Auth) -> str | None:
    if isinstance(auth, SessionAuth):
        return auth.claims.org_id
    if isinstance(auth, MachineAuth):
        return auth.org_id
    return None


def can_read_invoices(auth: Auth) -> bool:
    return auth.has(permission="org:invoices:read", reverification=("second_factor", 10))


def can_manage_billing(auth: Auth) -> bool:
    return auth.has(role="admin", plan="o:pro", reverification="strict")


def describe_machine(auth: MachineAuth) -> str:
    kind: MachineTokenType = auth.token_type
    if kind == "api_key":
        return f"API key {auth.name}"
    if kind == "m2m_token":
        return f"machine {auth.machine_id}"
    if kind == "oauth_token":
        return f"OAuth client {auth.client_id} for {auth.user_id}"
    assert_never(kind)


def describe_model(model: APIKey | M2MToken | IdPOAuthAccessToken) -> str:
    if isinstance(model, APIKey):
        return model.name
    if isinstance(model, M2MToken):
        return model.subject
    return model.client_id


def status_for(error: MachineTokenVerificationError) -> int:
    """The HTTP status to answer a refused machine token with."""
    reason = error.reason
    if reason == "token-invalid" or reason == "token-verification-failed":
        return 401
    if reason == "secret-key-invalid" or reason == "unexpected-error":
        return 503
    assert_never(reason)


def authenticate_api_key(token: str, secret_key: str, api_url: str) -> MachineAuth | int:
    try:
        model = verify_machine_token(token, secret_key=secret_key, api_url=api_url)
    except MachineTokenVerificationError as error:
        return status_for(error)
    return MachineAuth.from_machine(model)


def minted_admin_token(tokens: TokenFactory, now: float) -> str:
    return tokens.session_token(
        "user_1",
        org_id="org_1",
        org_role="admin",
        org_permissions=["org:invoices:read"],
        plans=["o:pro"],
        fva=(1, 2),
        now=now,
    )


def user_of_request(headers: dict[str, str], tokens: TokenFactory) -> str | None:
    """A session's user, read after narrowing the request's auth object: no cast, no assert."""
    state: RequestState = authenticate_request(
        headers, jwt_key=tokens.jwt_key, accepts_token=["session_token", "api_key"]
    )
    auth = state.to_auth()
    if auth.status == "signed-in" and auth.token_type == "session_token":
        user_id: str = auth.user_id
        claims: SessionClaims = auth.claims
        return claims.sub if claims.sub == user_id else None
    if auth.is_signed_in is True and auth.token_type == "api_key":
        scopes: tuple[str, ...] = auth.scopes
        return auth.user_id if scopes else None
    return None


def answer_to(state: RequestState) -> int:
    """Reasons are Literal strings: a typo in one is reported (see misuse.py)."""
    reason: RequestStateReason | None = state.reason
    if reason is None:
        return 200
    if reason == "token-type-mismatch" or reason == "session-token-missing" or reason == "token-missing":
        return 401
    if reason == "secret-key-invalid" or reason == "jwk-remote-failed-to-load" or reason == "unexpected-error":
        return 503
    return 401


async def user_of_request_async(headers: dict[str, str], tokens: TokenFactory) -> str | None:
    state = await authenticate_request_async(headers, jwt_key=tokens.jwt_key, accepts_token="any")
    auth = state.to_auth()
    if isinstance(auth, SessionAuth):
        return auth.user_id
    return None
