"""Clerk for Flask: an extension, a decorator that requires a signed-in user, and a webhook view.

``pip install "clerk-backend[flask]"``::

    from flask import Flask
    from clerk_backend import VerifiedWebhook, WebhookEvent
    from clerk_backend.flask import Clerk, get_auth

    app = Flask(__name__)
    clerk = Clerk(app)  # or clerk = Clerk() and, in the app factory, clerk.init_app(app)

    @app.get("/invoices")
    @clerk.require(permission="org:invoices:read")
    def invoices() -> dict[str, str | None]:
        return {"user_id": get_auth().user_id}

    @app.post("/webhooks/clerk")
    @clerk.webhook
    def clerk_webhook(message: VerifiedWebhook[WebhookEvent]) -> None:
        print(message.id, message.event.type)  # None answers 204

Configuration: the app's config keys ``CLERK_SECRET_KEY``, ``CLERK_JWT_KEY``, ``CLERK_PUBLISHABLE_KEY``,
``CLERK_WEBHOOK_SIGNING_SECRET``, ``CLERK_AUTHORIZED_PARTIES`` (a list, or a comma-separated str) and
``CLERK_API_URL`` (and for the cookie flow's satellite apps and proxies ``CLERK_DOMAIN``,
``CLERK_IS_SATELLITE``, ``CLERK_PROXY_URL``, ``CLERK_SIGN_IN_URL``, ``CLERK_SATELLITE_AUTO_SYNC``), else
the environment variables of the same names; arguments of ``Clerk()`` win
over both. ``init_app`` parses the keys once and raises ``ClerkConfigurationError`` for an unusable
one, or for a missing one that a decorated view needs.

``require`` answers 401 (with ``WWW-Authenticate: Bearer``) when signed out, 403 when a ``has()``
check fails, and a handshake state of the cookie flow with its redirect; the view finds the auth
object on ``flask.g.clerk_auth`` (typed: ``get_auth()``). With a publishable key
(``CLERK_PUBLISHABLE_KEY``) the cookie flow runs on ``request.url`` and ``request.method``, and the
``Set-Cookie`` headers of a refreshed or handshake-resolved session go on the view's response.
"""

from __future__ import annotations

import functools
import inspect
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from flask import Flask, after_this_request, current_app, g, request
from flask.typing import ResponseReturnValue

from ._integration import Answer, Requirement, Settings, SignedInAuth, receive_webhook
from ._native import VerifiedWebhook, WebhookEvent
from .auth import Auth

if TYPE_CHECKING:
    from typing_extensions import Concatenate, ParamSpec, Unpack

    from ._accepts import AcceptsToken
    from ._integration import Checks, Options

    P = ParamSpec("P")

__all__ = ["Clerk", "SignedInAuth", "get_auth"]

R = TypeVar("R")
_EXTENSION = "clerk"


def _response(answer: Answer) -> ResponseReturnValue:
    if answer.status == 204:
        return "", 204
    if 300 <= answer.status < 400:  # a handshake redirect: its headers (several Set-Cookie) as they are
        return current_app.response_class(status=answer.status, headers=list(answer.headers))
    return {"detail": answer.detail}, answer.status, list(answer.headers)


def _send_headers(headers: tuple[tuple[str, str], ...]) -> None:
    """Add ``headers`` (names may repeat) to this request's response, whatever the view returns."""

    def add(response: Any) -> Any:
        for name, value in headers:
            response.headers.add(name, value)
        return response

    after_this_request(add)


def get_auth() -> Auth:
    """The auth object that ``Clerk.require`` put on ``flask.g.clerk_auth`` for this request;
    ``RuntimeError`` outside a view decorated with it."""
    auth: Auth | None = g.get("clerk_auth")
    if auth is None:
        raise RuntimeError("no Clerk auth object for this request: decorate the view with @clerk.require(...)")
    return auth


class Clerk:
    """The Flask extension. ``Clerk(app)``, or ``Clerk()`` then ``init_app(app)`` for each app.
    Arguments override the app's config keys, which override the environment."""

    def __init__(self, app: Flask | None = None, **options: Unpack[Options]) -> None:
        self._options = options
        self._apps: list[Flask] = []
        self._needs_keys = False
        self._needs_webhook = False
        if app is not None:
            self.init_app(app)

    def init_app(self, app: Flask) -> None:
        """Parse the configuration of ``app`` (``ClerkConfigurationError`` if it is unusable)."""
        settings = Settings.load(app.config.get, **self._options)
        self._check(settings)
        app.extensions[_EXTENSION] = settings
        self._apps.append(app)

    def _check(self, settings: Settings) -> None:
        if self._needs_keys:
            settings.check_can_authenticate()
        if self._needs_webhook:
            settings.webhook  # noqa: B018  (raises if the signing secret is missing)

    @property
    def settings(self) -> Settings:
        """The current app's settings."""
        settings = current_app.extensions.get(_EXTENSION)
        if not isinstance(settings, Settings):
            raise RuntimeError("clerk_backend.flask.Clerk is not initialized for this app: call init_app(app)")
        return settings

    def _declare(self, *, keys: bool = False, webhook: bool = False) -> None:
        """A decorator needing a setting was applied: check the apps already initialized now, the others in init_app."""
        self._needs_keys |= keys
        self._needs_webhook |= webhook
        for app in self._apps:
            self._check(app.extensions[_EXTENSION])

    def require(
        self, *, accepts_token: AcceptsToken = "session_token", **checks: Unpack[Checks]
    ) -> Callable[[Callable[P, R]], Callable[P, R | ResponseReturnValue]]:
        """A view decorator: the view runs only for a signed-in request that passes every ``has()``
        check given, with the auth object on ``flask.g.clerk_auth``; else 401 or 403."""
        requirement = Requirement.make(accepts_token=accepts_token, **checks)
        self._declare(keys=True)

        def decide() -> Answer | None:
            state = self.settings.authenticate(
                request.headers, request.cookies, requirement.accepts_token, request.url, request.method
            )
            decided = requirement.decide(state)
            if isinstance(decided, Answer):
                return decided
            g.clerk_auth = decided
            if state.headers:  # a session signed in by refresh or handshake: its cookies go out
                _send_headers(state.headers)
            return None

        def decorator(view: Callable[P, R]) -> Callable[P, R | ResponseReturnValue]:
            if inspect.iscoroutinefunction(view):

                @functools.wraps(view)
                async def async_wrapper(*args: P.args, **kwargs: P.kwargs) -> Any:
                    answer = decide()
                    return _response(answer) if answer is not None else await view(*args, **kwargs)

                return async_wrapper  # type: ignore[return-value]  # Flask awaits it

            @functools.wraps(view)
            def wrapper(*args: P.args, **kwargs: P.kwargs) -> R | ResponseReturnValue:
                answer = decide()
                return _response(answer) if answer is not None else view(*args, **kwargs)

            return wrapper

        return decorator

    def webhook(
        self, handler: Callable[Concatenate[VerifiedWebhook[WebhookEvent], P], ResponseReturnValue | None]
    ) -> Callable[P, ResponseReturnValue]:
        """A view decorator for the webhook route: the handler gets the verified message (``.id`` is
        the ``svix-id``, for deduplication) and the view's URL arguments; returning ``None`` answers
        204. A request Clerk did not sign gets 400 with the reason, and the handler is not called."""
        self._declare(webhook=True)

        @functools.wraps(handler)
        def view(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
            received = receive_webhook(self.settings.webhook, request.get_data(cache=False), request.headers)
            if isinstance(received, Answer):
                return _response(received)
            result = handler(received, *args, **kwargs)
            return ("", 204) if result is None else result

        return view
