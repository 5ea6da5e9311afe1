"""Clerk for FastAPI (and Starlette): dependencies that give a route the auth object or the verified webhook.

``pip install "clerk-backend[fastapi]"``. Only Starlette is imported: every dependency is an
``async`` callable taking a Starlette ``Request``, usable with ``Depends`` in FastAPI or awaited in a
Starlette endpoint; a refusal is a Starlette ``HTTPException``, which both frameworks answer::

    from typing import Annotated
    from fastapi import Depends, FastAPI
    from clerk_backend import SessionAuth, VerifiedWebhook, WebhookEvent
    from clerk_backend.fastapi import Clerk

    clerk = Clerk()  # CLERK_JWT_KEY or CLERK_SECRET_KEY, CLERK_WEBHOOK_SIGNING_SECRET, ... from the environment
    app = FastAPI()

    @app.get("/invoices")
    def invoices(auth: Annotated[SessionAuth, Depends(clerk.require(permission="org:invoices:read"))]) -> str:
        return auth.user_id

- ``clerk.require(...)``: the signed-in ``SessionAuth`` (``SessionAuth | MachineAuth`` with an
  ``accepts_token`` that allows machine tokens), else 401 with ``WWW-Authenticate: Bearer`` and the
  reason, or 403 when a ``has()`` check (``permission``, ``role``, ``feature``, ``plan``,
  ``reverification``) fails.
- ``clerk.optional(...)``: any ``Auth``, signed out included (never 401).
- ``clerk.webhook``: the ``VerifiedWebhook`` (``.id`` is the ``svix-id``, ``.event`` the typed event),
  else 400 with the reason for a request that Clerk did not sign.
- With a publishable key (``CLERK_PUBLISHABLE_KEY``), the cookie flow runs on the request's URL and
  method: a handshake state is answered with its redirect (307) by every auth dependency, and the
  ``Set-Cookie`` headers of a refreshed or handshake-resolved session go on the route's response
  (FastAPI's response; a route that returns a ``Response`` itself, and a Starlette endpoint, get
  them through ``ClerkMiddleware``: ``app.add_middleware(ClerkMiddleware)``).
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any, Callable, Literal, overload

from starlette.datastructures import Headers as _StarletteHeaders
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from ._integration import Answer, Requirement, Settings, SignedInAuth, receive_webhook
from ._native import VerifiedWebhook, WebhookEvent
from .auth import Auth, MachineAuth, SessionAuth

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._accepts import AcceptsToken
    from ._integration import Checks, Options

__all__ = ["Clerk", "ClerkMiddleware", "SignedInAuth"]

_Dependency = Callable[[Request], Coroutine[Any, Any, Any]]
#: The scope key under which the response headers of the request's state wait for ClerkMiddleware.
_PENDING = "clerk_backend.response_headers"


def _raw(headers: tuple[tuple[str, str], ...]) -> list[tuple[bytes, bytes]]:
    return [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in headers]


class ClerkMiddleware:
    """ASGI middleware that puts the cookie flow's response headers (the ``Set-Cookie`` of a
    refreshed or handshake-resolved session) on the response of any route that returns its own
    ``Response``, and of Starlette endpoints: ``app.add_middleware(ClerkMiddleware)``. Headers
    already on the response (FastAPI merges them into the responses it builds) are not repeated."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            pending: list[tuple[bytes, bytes]] | None = scope.get(_PENDING)
            if message["type"] == "http.response.start" and pending:
                present = list(message.get("headers", ()))
                message = {**message, "headers": present + [pair for pair in pending if pair not in present]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _exception(answer: Answer) -> HTTPException:
    """The Starlette exception that FastAPI and Starlette turn into ``answer``; repeated header
    names (several ``Set-Cookie`` of a handshake) are kept."""
    raw = _raw(answer.headers)
    return HTTPException(answer.status, answer.detail or None, headers=_StarletteHeaders(raw=raw) if raw else None)


class Clerk:
    """The Clerk configuration of one app. Each argument defaults to its environment variable
    (``CLERK_SECRET_KEY``, ``CLERK_JWT_KEY``, ``CLERK_PUBLISHABLE_KEY``, ``CLERK_WEBHOOK_SIGNING_SECRET``,
    ``CLERK_AUTHORIZED_PARTIES`` (comma-separated), ``CLERK_API_URL``; for the cookie flow's satellite
    apps and proxies ``CLERK_DOMAIN``, ``CLERK_IS_SATELLITE``, ``CLERK_PROXY_URL``, ``CLERK_SIGN_IN_URL``,
    ``CLERK_SATELLITE_AUTO_SYNC``). Keys are parsed here, once; an
    unusable one raises ``ClerkConfigurationError``, and so does declaring a dependency whose
    setting is missing (``require`` without a key, ``webhook`` without a signing secret)."""

    def __init__(self, **options: Unpack[Options]) -> None:
        self.settings = Settings.load(**options)

    def __repr__(self) -> str:
        return f"<clerk_backend.fastapi.Clerk {self.settings!r}>"

    async def _decide(self, request: Request, requirement: Requirement, response: Response | None = None) -> Auth:
        state = await self.settings.authenticate_async(
            request.headers, request.cookies, requirement.accepts_token, str(request.url), request.method
        )
        decided = requirement.decide(state)
        if isinstance(decided, Answer):
            raise _exception(decided)
        if state.headers:  # a session signed in by refresh or handshake: its cookies go out
            raw = _raw(state.headers)
            if response is not None:  # FastAPI's response (merged into the one it builds)
                response.headers.raw.extend(raw)
            request.scope.setdefault(_PENDING, []).extend(raw)  # for ClerkMiddleware
        return decided

    def _dependency(self, requirement: Requirement) -> _Dependency:
        self.settings.check_can_authenticate()

        # FastAPI gives a dependency's Response parameter its response (Starlette callers pass the request only).
        async def clerk_auth(request: Request, response: Response = None) -> Auth:  # type: ignore[assignment]
            return await self._decide(request, requirement, response)

        return clerk_auth

    @overload
    def require(
        self, *, accepts_token: Literal["session_token"] = "session_token", **checks: Unpack[Checks]
    ) -> Callable[[Request], Coroutine[Any, Any, SessionAuth]]: ...
    @overload
    def require(
        self, *, accepts_token: AcceptsToken, **checks: Unpack[Checks]
    ) -> Callable[[Request], Coroutine[Any, Any, SessionAuth | MachineAuth]]: ...
    def require(self, *, accepts_token: AcceptsToken = "session_token", **checks: Unpack[Checks]) -> _Dependency:
        """A dependency giving the signed-in auth object; 401 when signed out, 403 when a ``has()``
        check (``permission``, ``role``, ``feature``, ``plan``, ``reverification``) fails."""
        return self._dependency(Requirement.make(accepts_token=accepts_token, **checks))

    def optional(
        self, *, accepts_token: AcceptsToken = "session_token"
    ) -> Callable[[Request], Coroutine[Any, Any, Auth]]:
        """A dependency giving any auth object: ``SignedOutAuth`` (with its ``reason``) instead of a 401."""
        return self._dependency(Requirement.make(signed_in=False, accepts_token=accepts_token))

    async def authenticate(self, request: Request, *, accepts_token: AcceptsToken = "session_token") -> Auth:
        """The request's auth object, for Starlette endpoints and middleware (a handshake raises its
        redirect; the cookies of a refreshed session reach the response through ``ClerkMiddleware``)."""
        return await self._decide(request, Requirement.make(signed_in=False, accepts_token=accepts_token))

    @property
    def webhook(self) -> Callable[[Request], Coroutine[Any, Any, VerifiedWebhook[WebhookEvent]]]:
        """A dependency giving the verified webhook message; 400 with the reason when Clerk did not sign
        the request, 204 (the handler is not called) for a signed body that is not an event."""
        webhook = self.settings.webhook  # raises now if CLERK_WEBHOOK_SIGNING_SECRET is missing

        async def clerk_webhook(request: Request) -> VerifiedWebhook[WebhookEvent]:
            received = receive_webhook(webhook, await request.body(), request.headers)
            if isinstance(received, Answer):
                raise _exception(received)
            return received

        return clerk_webhook
