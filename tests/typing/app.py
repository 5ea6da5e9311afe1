"""A small backend written against clerk_backend's public API, the way an application would use it.

tests/test_typing.py type-checks this file with ``mypy --strict`` and with pyright in strict mode
(both must report nothing), and also runs it, so that it stays working code rather than a
collection of annotations. It has no framework: requests are (body, headers) pairs and the
"database" is an in-memory ``Directory``.

What it covers: verifying a webhook and branching on the event class and on ``event.type``;
nested reads that may be ``None``; the two error classes with their ``.path`` / ``.reason``;
session tokens (``verify_token``, ``authenticate_request``); ``deserialize`` with
``PaginatedResponse``; and pickling / ``to_dict`` round trips.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal, NoReturn, cast

import clerk_backend
from clerk_backend import (
    DeletedEvent,
    EmailAddress,
    JwtKey,
    OrganizationMembershipEvent,
    PaginatedResponse,
    ParseError,
    RequestState,
    SessionClaims,
    SessionEvent,
    TokenVerificationError,
    User,
    UserEvent,
    VerifiedWebhook,
    Webhook,
    WebhookEvent,
    WebhookVerificationError,
)


def assert_never(value: NoReturn) -> NoReturn:
    """Exhaustiveness check: the type checkers reject a call whose argument is not narrowed to nothing."""
    raise AssertionError(f"unhandled value: {value!r}")


@dataclass(frozen=True)
class Response:
    status: int
    body: str


@dataclass
class Account:
    """What the application keeps about one Clerk user."""

    user_id: str
    display_name: str
    email: str | None
    email_verified: bool
    plan: str
    active_sessions: set[str] = field(default_factory=set[str])
    organizations: dict[str, str] = field(default_factory=dict[str, str])  # organization id -> role


@dataclass
class Directory:
    """The application's own store, kept in sync by webhooks."""

    accounts: dict[str, Account] = field(default_factory=dict[str, Account])
    log: list[str] = field(default_factory=list[str])
    unknown_events: list[str] = field(default_factory=list[str])
    handled_messages: set[str] = field(default_factory=set[str])  # verified svix-id values


# ---------------------------------------------------------------------------------------------
# Reading users


def primary_email(user: User) -> str | None:
    """The user's primary address, or ``None`` when there is none."""
    address: EmailAddress | None = user.primary_email_address
    if address is None:
        return None
    return address.email_address


def first_email_is_verified(user: User) -> bool:
    """Whether the user's first email address has a verification with status ``verified``."""
    if not user.email_addresses:
        return False
    verification = user.email_addresses[0].verification
    return verification is not None and verification.status == "verified"


def display_name(user: User) -> str:
    full_name: str | None = user.full_name
    if full_name is not None:
        return full_name
    if user.username is not None:
        return user.username
    return primary_email(user) or user.id


def plan_of(user: User) -> str:
    """A plan name the application stores in the user's public metadata, ``"free"`` by default."""
    metadata = user.public_metadata or {}
    plan = metadata.get("plan")
    return plan if isinstance(plan, str) else "free"


def account_from_user(user: User) -> Account:
    return Account(
        user_id=user.id,
        display_name=display_name(user),
        email=primary_email(user),
        email_verified=first_email_is_verified(user),
        plan=plan_of(user),
    )


def oauth_providers(user: User) -> list[str]:
    return sorted({account.provider for account in user.external_accounts})


def phone_numbers_for_2fa(user: User) -> list[str]:
    # `reserved_for_second_factor` is `bool | None`: `None` (not sent) counts as no.
    return [phone.phone_number for phone in user.phone_numbers if phone.reserved_for_second_factor is True]


# ---------------------------------------------------------------------------------------------
# Webhooks


def describe_event(event: WebhookEvent) -> str:
    """One log line per event; each branch sees `data` as its own class."""
    origin = "unknown origin"
    attributes = event.event_attributes
    if attributes is not None and attributes.http_request is not None:
        origin = attributes.http_request.client_ip or origin
    if isinstance(event, UserEvent):
        return f"{event.type} {event.data.id} <{primary_email(event.data)}> from {origin}"
    if isinstance(event, SessionEvent):
        activity = event.data.latest_activity
        city = activity.city if activity is not None else None
        return f"{event.type} {event.data.id} of {event.data.user_id} in {city or 'an unknown city'}"
    if isinstance(event, DeletedEvent):
        return f"{event.type} {event.data.object} {event.data.id or '(no id)'}"
    return f"{event.type} at {event.timestamp}"


def apply_user_event(directory: Directory, event: UserEvent) -> None:
    account = account_from_user(event.data)
    # `event.type` is a Literal of exactly the two user event types.
    if event.type == "user.created":
        directory.accounts[account.user_id] = account
        directory.log.append(f"welcome {account.display_name}")
    elif event.type == "user.updated":
        previous = directory.accounts.get(account.user_id)
        if previous is not None:
            account.active_sessions = previous.active_sessions
            account.organizations = previous.organizations
        directory.accounts[account.user_id] = account
        directory.log.append(f"updated {account.user_id}")
    else:
        assert_never(event.type)


def apply_session_event(directory: Directory, event: SessionEvent) -> None:
    session = event.data
    account = directory.accounts.get(session.user_id)
    if account is None and session.user is not None:
        # session.* events embed the user, so a session of a user we missed still creates the account.
        account = account_from_user(session.user)
        directory.accounts[account.user_id] = account
    if account is None:
        return
    kind = event.type
    if kind == "session.created" or kind == "session.pending":
        account.active_sessions.add(session.id)
    elif kind == "session.ended" or kind == "session.removed" or kind == "session.revoked":
        account.active_sessions.discard(session.id)
    else:
        assert_never(kind)


def apply_membership_event(directory: Directory, event: OrganizationMembershipEvent) -> None:
    membership = event.data
    member = membership.public_user_data
    organization = membership.organization
    if member is None or organization is None:
        return
    account = directory.accounts.get(member.user_id)
    if account is None:
        return
    if event.type == "organizationMembership.deleted":
        account.organizations.pop(organization.id, None)
    else:
        account.organizations[organization.id] = membership.role


def apply_event(directory: Directory, event: WebhookEvent) -> None:
    directory.log.append(describe_event(event))
    if isinstance(event, UserEvent):
        apply_user_event(directory, event)
    elif isinstance(event, SessionEvent):
        apply_session_event(directory, event)
    elif isinstance(event, OrganizationMembershipEvent):
        apply_membership_event(directory, event)
    elif isinstance(event, DeletedEvent):
        deleted = event.data
        if deleted.object == "user" and deleted.id is not None and deleted.deleted:
            directory.accounts.pop(deleted.id, None)
    else:
        # Event types this application does not handle, including ones Clerk adds later
        # (those come back as a plain WebhookEvent whose `data` is a dict).
        directory.unknown_events.append(event.type)


def handle_webhook(
    webhook: Webhook,
    directory: Directory,
    body: bytes,
    headers: Mapping[str, str],
    *,
    now: float | None = None,
) -> Response:
    """The body of a webhook route: 400 with the reason for a request that fails verification."""
    try:
        event = webhook.verify(body, headers, now=now)
    except WebhookVerificationError as exc:
        reason: str = exc.reason
        return Response(400, reason)
    apply_event(directory, event)
    return Response(204, "")


def handle_webhook_from_env(
    directory: Directory, body: bytes, headers: Mapping[str, str], secret: str, now: float
) -> Response:
    """The same with the module-level function, as a handler without a `Webhook` object would."""
    try:
        event = clerk_backend.verify_webhook(body, headers, signing_secret=secret, now=now)
    except WebhookVerificationError as exc:
        return Response(400, exc.reason)
    apply_event(directory, event)
    return Response(204, "")


def handle_webhook_once(
    webhook: Webhook,
    directory: Directory,
    body: bytes,
    headers: clerk_backend.Headers,  # any mapping or (name, value) pairs, as Webhook.verify takes
    *,
    now: float | None = None,
) -> Response:
    """Like `handle_webhook`, but a redelivered message (same verified id) is acknowledged unhandled."""
    try:
        message: VerifiedWebhook[WebhookEvent] = webhook.verify_message(body, headers, now=now)
    except WebhookVerificationError as exc:
        return Response(400, exc.reason)
    if message.id in directory.handled_messages:
        return Response(200, f"already handled {message.id}")
    if isinstance(message.event, UserEvent):  # narrows message.event, and with it .data
        directory.log.append(f"user message {message.id} at {message.timestamp}: {message.event.data.id}")
    apply_event(directory, message.event)
    directory.handled_messages.add(message.id)
    return Response(204, "")


def user_id_of(message: VerifiedWebhook[UserEvent]) -> str:
    return message.event.data.id


# ---------------------------------------------------------------------------------------------
# Parsing without verification


def load_user(payload: str | bytes | dict[str, object]) -> User | str:
    """A user from stored JSON, or the path of what is wrong with it."""
    try:
        return User.from_json(payload, strict=True)
    except ParseError as exc:
        path: str = exc.path
        return f"bad user at {path}"


def store_and_restore(user: User) -> User:
    """A cache round trip: pickle, and the API's JSON shape through `to_dict`."""
    blob = pickle.dumps(user)
    restored = pickle.loads(blob)
    if not isinstance(restored, User):
        raise TypeError("the cache returned something else")
    as_dict = restored.to_dict()
    again = User.from_json(as_dict)
    if again != user or User.from_json(user.to_json()) != user:
        raise ValueError("round trip changed the user")
    return again


def users_from_page(body: str | bytes) -> tuple[list[User], int | None]:
    """The users of a Backend API list response (`GET /v1/users?...` with `total_count`)."""
    result: object = clerk_backend.deserialize(body)
    if not isinstance(result, PaginatedResponse):
        raise TypeError("expected a page")
    # `deserialize` returns Any, and isinstance cannot fill in the item type: pyright (strict) sees
    # PaginatedResponse[Unknown] here, so the item type is named explicitly.
    page = cast("PaginatedResponse[object]", result)
    users = [item for item in page.data if isinstance(item, User)]
    return users, page.total_count


# ---------------------------------------------------------------------------------------------
# Session tokens

Role = Literal["admin", "member", "guest"]


@dataclass(frozen=True)
class Caller:
    user_id: str
    session_id: str | None
    organization_id: str | None
    role: Role
    can_read_dashboard: bool


def role_of(claims: SessionClaims) -> Role:
    if claims.org_role == "org:admin":
        return "admin"
    if claims.org_id is not None:
        return "member"
    return "guest"


def caller_from_claims(claims: SessionClaims) -> Caller:
    permissions: tuple[str, ...] = claims.org_permissions or ()
    return Caller(
        user_id=claims.sub,
        session_id=claims.sid,
        organization_id=claims.org_id,
        role=role_of(claims),
        can_read_dashboard="org:dashboard:read" in permissions,
    )


def seconds_left(claims: SessionClaims, now: float) -> float:
    return claims.exp - now


def check_token(token: str, key: JwtKey, parties: Iterable[str], now: float) -> Caller | str:
    """The caller of an API request, or why its token was refused."""
    try:
        claims = clerk_backend.verify_token(token, jwt_key=key, authorized_parties=list(parties), now=now)
    except TokenVerificationError as exc:
        return exc.reason
    return caller_from_claims(claims)


def current_user_id(headers: Mapping[str, str], key: JwtKey, now: float) -> str | None:
    state: RequestState = clerk_backend.authenticate_request(
        headers, jwt_key=key, authorized_parties=["https://app.example.com"], now=now
    )
    if state.status == "signed-out":
        return None
    claims = state.claims
    return claims.sub if claims is not None else None


def require_signed_in(headers: Mapping[str, str], key: JwtKey, now: float) -> Caller | Response:
    state = clerk_backend.authenticate_request(headers, jwt_key=key, now=now)
    if not state.is_signed_in or state.claims is None:
        return Response(401, state.reason or "signed-out")
    return caller_from_claims(state.claims)


def peek_session_id(token: str) -> str | None:
    """Read (not verify) a token's session id, for logging."""
    try:
        decoded = clerk_backend.decode_jwt(token)
    except TokenVerificationError:
        return None
    sid = decoded.payload.get("sid")
    return sid if isinstance(sid, str) else None


def load_key(pem: str) -> JwtKey | None:
    try:
        return JwtKey.from_pem(pem)
    except TokenVerificationError:
        return None


# The cookie flow of a server-rendered page: a handshake is a redirect with the state's headers.
PUBLISHABLE_KEY: clerk_backend.PublishableKey = clerk_backend.parse_publishable_key("pk_live_Y2xlcmsuZXhhbXBsZS5jb20k")


def page(headers: dict[str, str], url: str, method: str) -> tuple[int, list[tuple[str, str]]]:
    state = clerk_backend.authenticate_request(headers, publishable_key=PUBLISHABLE_KEY, url=url, method=method)
    response_headers: list[tuple[str, str]] = list(state.headers)
    if state.status == "handshake":
        return 307, response_headers
    suffix: str = PUBLISHABLE_KEY.cookie_suffix
    response_headers.append(("X-Cookie-Suffix", suffix))
    return (200 if state.status == "signed-in" else 401), response_headers
