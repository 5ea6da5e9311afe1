"""Clerk for Django: a middleware, view decorators, a webhook view, and DRF classes.

``pip install "clerk-backend[django]"``. In settings.py::

    MIDDLEWARE = [..., "clerk_backend.django.ClerkMiddleware"]
    CLERK_JWT_KEY = "-----BEGIN PUBLIC KEY-----..."  # or CLERK_SECRET_KEY; else the environment variables

Settings (each falls back to the environment variable of the same name): ``CLERK_SECRET_KEY``,
``CLERK_JWT_KEY``, ``CLERK_PUBLISHABLE_KEY``, ``CLERK_WEBHOOK_SIGNING_SECRET``,
``CLERK_AUTHORIZED_PARTIES`` (a list, or a comma-separated str), ``CLERK_API_URL``, and for the cookie
flow's satellite apps and proxies ``CLERK_DOMAIN``, ``CLERK_IS_SATELLITE``, ``CLERK_PROXY_URL``,
``CLERK_SIGN_IN_URL`` and ``CLERK_SATELLITE_AUTO_SYNC``. They are parsed
once (again after ``override_settings``); an unusable one raises ``ClerkConfigurationError`` when the
middleware is loaded, at startup.

- ``ClerkMiddleware`` (sync and async) puts the auth object on ``request.clerk_auth`` (``get_auth(request)``
  types it). Not ``request.auth``: Django REST Framework's ``Request`` writes its own ``auth`` through
  to the Django request. With a publishable key (``CLERK_PUBLISHABLE_KEY``) the cookie flow runs on
  ``request.build_absolute_uri()`` and ``request.method``: a handshake state is answered with its
  redirect (307), and the ``Set-Cookie`` headers of a refreshed or handshake-resolved session go on
  the response (by the middleware, and by the decorators).
- ``require(permission=..., role=..., feature=..., plan=..., reverification=..., accepts_token=...)``,
  ``login_required`` and ``permission_required(...)`` decorate sync and async views: 401 (with
  ``WWW-Authenticate: Bearer``) when signed out, 403 when a ``has()`` check fails.
- ``webhook_view``: turns ``handler(request, message)`` into a CSRF-exempt, POST-only view that gets the
  verified ``VerifiedWebhook`` (``.id`` is the ``svix-id``), or answers 400 when Clerk did not sign it.
- With Django REST Framework installed: ``ClerkAuthentication`` (``request.user`` is a ``ClerkUser``,
  DRF's ``request.auth`` the auth object), ``IsSignedIn`` and ``Has(permission=...)`` permission classes.
"""

from __future__ import annotations

import functools
import inspect
import threading
from collections.abc import Coroutine
from http.cookies import Morsel
from typing import TYPE_CHECKING, Any, Callable, TypeVar, cast, overload

from django.conf import settings as django_settings
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotAllowed, JsonResponse

from ._integration import Answer, Requirement, Settings, SignedInAuth, receive_webhook
from ._native import VerifiedWebhook, WebhookEvent
from .auth import Auth

if TYPE_CHECKING:
    from typing_extensions import ParamSpec, Unpack

    from ._accepts import AcceptsToken
    from ._drf import ClerkAuthentication, ClerkUser, Has, IsSignedIn
    from ._integration import Checks
    from .tokens import RequestState

    P = ParamSpec("P")

__all__ = [
    "ClerkAuthentication",
    "ClerkMiddleware",
    "ClerkUser",
    "Has",
    "IsSignedIn",
    "SignedInAuth",
    "get_auth",
    "get_settings",
    "login_required",
    "permission_required",
    "require",
    "webhook_view",
]

R = TypeVar("R")
_DRF_NAMES = ("ClerkAuthentication", "ClerkUser", "Has", "IsSignedIn")

_settings: Settings | None = None
_settings_lock = threading.Lock()


def get_settings() -> Settings:
    """The parsed Clerk settings (``ClerkConfigurationError`` if unusable), read once per configuration."""
    global _settings
    settings = _settings
    if settings is None:
        with _settings_lock:
            if _settings is None:
                _watch_settings()
                _settings = Settings.load(source=lambda name: getattr(django_settings, name, None))
            settings = _settings
    return settings


_watching = False


def _watch_settings() -> None:
    """Forget the parsed settings when a test changes a CLERK_ setting (``override_settings``).
    Called with ``_settings_lock`` held."""
    global _watching
    if _watching:
        return
    from django.core.signals import setting_changed

    def forget(*, setting: str, **kwargs: Any) -> None:
        global _settings
        if setting.startswith("CLERK_"):
            _settings = None

    setting_changed.connect(forget, weak=False, dispatch_uid="clerk_backend.django.settings")
    _watching = True


class _RawMorsel(Morsel[str]):
    """A ``Set-Cookie`` header value sent exactly as given (the cookie flow's cookies come ready-made)."""

    def __init__(self, raw: str) -> None:
        super().__init__()
        name, _, rest = raw.partition("=")
        self.set(name.strip(), rest.partition(";")[0], rest.partition(";")[0])
        self.raw = raw

    def output(self, attrs: Any = None, header: str = "Set-Cookie:") -> str:
        return f"{header} {self.raw}" if header else self.raw

    def OutputString(self, attrs: Any = None) -> str:
        return self.raw

    # Copies stay raw: from Python 3.13 on, Morsel's own copy builds a plain Morsel, which would send
    # the name and value without the attributes.
    def copy(self) -> _RawMorsel:
        return _RawMorsel(self.raw)

    def __copy__(self) -> _RawMorsel:
        return _RawMorsel(self.raw)

    def __deepcopy__(self, memo: Any) -> _RawMorsel:
        return _RawMorsel(self.raw)

    def __reduce__(self) -> tuple[type[_RawMorsel], tuple[str]]:
        return (_RawMorsel, (self.raw,))


def _apply(response: HttpResponseBase, headers: tuple[tuple[str, str], ...]) -> HttpResponseBase:
    """Put ``headers`` on ``response``; applying the same headers twice changes nothing."""
    for name, value in headers:
        if name.lower() == "set-cookie":  # several, kept apart (Django's headers hold one per name)
            dict.__setitem__(response.cookies, f"clerk_backend {value}", _RawMorsel(value))
        else:
            response.headers[name] = value
    return response


def _response(answer: Answer) -> HttpResponseBase:
    if answer.status == 204:
        return HttpResponse(status=204)
    if 300 <= answer.status < 400:  # a handshake redirect
        return _apply(HttpResponse(status=answer.status), answer.headers)
    return _apply(JsonResponse({"detail": answer.detail}, status=answer.status), answer.headers)


_STATE = "_clerk_request_state"  # (accepts_token, RequestState) of the last authentication of a request
_Headers = tuple[tuple[str, str], ...]


def _remember(request: HttpRequest, requirement: Requirement, state: RequestState) -> tuple[Auth | Answer, _Headers]:
    setattr(request, _STATE, (requirement.accepts_token, state))
    decided = requirement.decide(state)
    if not isinstance(decided, Answer):
        request.clerk_auth = decided  # type: ignore[attr-defined]
    return decided, state.headers


def _known(request: HttpRequest, requirement: Requirement) -> RequestState | None:
    """The request state the middleware (or an earlier decorator) found for the same token types, if any."""
    known = getattr(request, _STATE, None)
    return known[1] if known is not None and known[0] == requirement.accepts_token else None


def _decide(request: HttpRequest, requirement: Requirement) -> tuple[Auth | Answer, _Headers]:
    """The auth object or the answer, and the response headers of the request's state (for the
    response of a view that runs)."""
    state = _known(request, requirement)
    if state is None:
        state = get_settings().authenticate(
            request.headers,
            request.COOKIES,
            requirement.accepts_token,
            request.build_absolute_uri(),
            request.method or "GET",
        )
    return _remember(request, requirement, state)


async def _decide_async(request: HttpRequest, requirement: Requirement) -> tuple[Auth | Answer, _Headers]:
    state = _known(request, requirement)
    if state is None:
        state = await get_settings().authenticate_async(
            request.headers,
            request.COOKIES,
            requirement.accepts_token,
            request.build_absolute_uri(),
            request.method or "GET",
        )
    return _remember(request, requirement, state)


_ANY = Requirement.make(signed_in=False)


class ClerkMiddleware:
    """Sets ``request.clerk_auth`` on every request (session tokens: ``SessionAuth`` or ``SignedOutAuth``);
    answers a handshake state with its redirect. Runs sync or async, as the stack around it does."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response: Callable[[HttpRequest], Any]) -> None:
        get_settings().check_can_authenticate()  # at startup: the keys parse, and one is there
        self.get_response = get_response
        self._async = inspect.iscoroutinefunction(get_response)
        if self._async:
            from asgiref.sync import markcoroutinefunction

            markcoroutinefunction(self)

    def __call__(self, request: HttpRequest) -> Any:
        if self._async:
            return self._acall(request)
        decided, headers = _decide(request, _ANY)
        if isinstance(decided, Answer):
            return _response(decided)
        return _apply(self.get_response(request), headers)

    async def _acall(self, request: HttpRequest) -> HttpResponseBase:
        decided, headers = await _decide_async(request, _ANY)
        if isinstance(decided, Answer):
            return _response(decided)
        return _apply(cast(HttpResponseBase, await self.get_response(request)), headers)


def get_auth(request: HttpRequest) -> Auth:
    """``request.clerk_auth``, typed; ``RuntimeError`` if neither the middleware nor a decorator set it."""
    auth: Auth | None = getattr(request, "clerk_auth", None)
    if auth is None:
        raise RuntimeError(
            "request.clerk_auth is not set: add 'clerk_backend.django.ClerkMiddleware' to MIDDLEWARE, "
            "or decorate the view with clerk_backend.django.require(...)"
        )
    return auth


def _check_now(check: Callable[[Settings], object]) -> None:
    """A decorator's needs, checked when it is applied if Django is configured (else at the first request)."""
    if django_settings.configured:
        check(get_settings())


def require(
    *, accepts_token: AcceptsToken = "session_token", **checks: Unpack[Checks]
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A view decorator (sync or async views): the view runs for a signed-in request that passes every
    ``has()`` check given (``request.clerk_auth`` is its auth object); else 401 or 403."""
    requirement = Requirement.make(accepts_token=accepts_token, **checks)
    _check_now(Settings.check_can_authenticate)

    def decorator(view: Callable[P, R]) -> Callable[P, R]:
        if inspect.iscoroutinefunction(view):

            @functools.wraps(view)
            async def async_wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                decided, headers = await _decide_async(request, requirement)
                if isinstance(decided, Answer):
                    return _response(decided)
                return _apply(await view(request, *args, **kwargs), headers)  # type: ignore[arg-type]

            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            decided, headers = _decide(request, requirement)
            if isinstance(decided, Answer):
                return _response(decided)
            return _apply(view(request, *args, **kwargs), headers)  # type: ignore[arg-type]

        return wrapper  # type: ignore[return-value]

    return decorator


def login_required(view: Callable[P, R]) -> Callable[P, R]:
    """``require()``: a signed-in session, else 401."""
    return require()(view)


def permission_required(permission: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """``require(permission=...)``: a signed-in session with that organization permission, else 401 or 403."""
    return require(permission=permission)


_Message = VerifiedWebhook[WebhookEvent]


@overload
def webhook_view(
    handler: Callable[[HttpRequest, _Message], Coroutine[Any, Any, HttpResponseBase | None]],
) -> Callable[[HttpRequest], Coroutine[Any, Any, HttpResponseBase]]: ...
@overload
def webhook_view(
    handler: Callable[[HttpRequest, _Message], HttpResponseBase | None],
) -> Callable[[HttpRequest], HttpResponseBase]: ...
def webhook_view(handler: Callable[[HttpRequest, _Message], Any]) -> Callable[[HttpRequest], Any]:
    """A CSRF-exempt, POST-only webhook view from ``handler(request, message)`` (sync or async):
    ``message.id`` is the verified ``svix-id`` (deduplicate on it), ``message.event`` the typed
    event. The handler returns a response, or ``None`` for 204. A request Clerk did not sign gets
    400 with the reason, and the handler is not called."""
    from django.views.decorators.csrf import csrf_exempt

    _check_now(lambda settings: settings.webhook)

    def received(request: HttpRequest) -> VerifiedWebhook[WebhookEvent] | HttpResponseBase:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        message = receive_webhook(get_settings().webhook, request.body, request.headers)
        return _response(message) if isinstance(message, Answer) else message

    if inspect.iscoroutinefunction(handler):

        @functools.wraps(handler)
        async def async_view(request: HttpRequest) -> Any:
            message = received(request)
            if isinstance(message, HttpResponseBase):
                return message
            result = await handler(request, message)
            return HttpResponse(status=204) if result is None else result

        return csrf_exempt(async_view)

    @functools.wraps(handler)
    def view(request: HttpRequest) -> Any:
        message = received(request)
        if isinstance(message, HttpResponseBase):
            return message
        result = handler(request, message)
        return HttpResponse(status=204) if result is None else result

    return csrf_exempt(view)


def __getattr__(name: str) -> Any:
    # The DRF classes are built on first use, so that this module does not need rest_framework.
    if name in _DRF_NAMES:
        from . import _drf

        return getattr(_drf, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
