"""What the framework modules (``clerk_backend.fastapi``, ``.flask``, ``.django``) share.

- ``Settings.load``: the configuration, from arguments, else the framework's own settings, else the
  environment (``CLERK_SECRET_KEY``, ``CLERK_JWT_KEY``, ``CLERK_PUBLISHABLE_KEY``,
  ``CLERK_WEBHOOK_SIGNING_SECRET``, ``CLERK_AUTHORIZED_PARTIES``, ``CLERK_API_URL``, and for the
  cookie flow ``CLERK_DOMAIN``, ``CLERK_IS_SATELLITE``, ``CLERK_PROXY_URL``, ``CLERK_SIGN_IN_URL``,
  ``CLERK_SATELLITE_AUTO_SYNC``). Keys are parsed once, here; anything unusable raises
  ``ClerkConfigurationError`` at once, at startup.
- ``Settings.authenticate``: a request (headers, cookies, absolute URL, method) in, its ``RequestState``
  out; with a publishable key the cookie flow runs, and ``state.headers`` are for the response.
- ``Requirement``: what a route asks (sign-in, ``has()`` checks, the accepted token types), and
  ``Requirement.decide``: a request state in, the auth object or the answer to send out
  (401 with ``WWW-Authenticate``, 403, or the handshake redirect), each answer carrying the state's
  response headers. A route that runs must get ``state.headers`` on its response too.
- ``receive_webhook``: a request in, the verified message or the answer to send out (400 only for a
  request Clerk did not sign).

Each framework module only turns an ``Answer`` into its own response type. No framework is imported here.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Callable, NamedTuple, TypedDict, Union

from ._cookie_flow import PublishableKey, parse_publishable_key
from ._native import JwtKey, VerifiedWebhook, Webhook, WebhookEvent
from .auth import MachineAuth, SessionAuth, SignedOutAuth
from .errors import ClerkConfigurationError, TokenVerificationError, WebhookVerificationError
from .tokens import RequestState, authenticate_request, authenticate_request_async

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._accepts import AcceptsToken
    from ._authorization import Reverification
    from ._headers import Headers
    from .auth import Auth

__all__ = [
    "Answer",
    "Checks",
    "Options",
    "Requirement",
    "Settings",
    "SignedInAuth",
    "handshake_headers",
    "receive_webhook",
]

logger = logging.getLogger("clerk_backend")

#: What a route that requires sign-in receives: a session, or a machine token if the route accepts them.
SignedInAuth = Union[SessionAuth, MachineAuth]


class Options(TypedDict, total=False):
    """The keyword arguments that configure an integration; each defaults to its setting (``CLERK_`` and
    the name in capitals), then to the environment variable of that name."""

    secret_key: str | None
    jwt_key: str | JwtKey | None  # a PEM, or a parsed key
    publishable_key: str | None
    webhook_signing_secret: str | None
    authorized_parties: str | Iterable[str] | None  # origins: a list, or a comma-separated str
    api_url: str | None
    # The cookie flow's instance options (with a publishable key): satellite apps and proxies.
    domain: str | None
    is_satellite: bool | str | None  # a bool, or "true"/"false" (also 1/0, yes/no, on/off)
    proxy_url: str | None
    sign_in_url: str | None
    satellite_auto_sync: bool | str | None


class Checks(TypedDict, total=False):
    """The ``has()`` checks a route may ask for (every one given must pass)."""

    permission: str | None
    role: str | None
    feature: str | None
    plan: str | None
    reverification: Reverification | None


#: The settings, by the name of their environment variable (and of Flask's and Django's setting).
SETTING_NAMES = tuple(f"CLERK_{name.upper()}" for name in Options.__annotations__)


class Answer(NamedTuple):
    """A response for the framework module to send instead of calling the route's handler."""

    status: int
    detail: str  # the body's {"detail": ...}; nothing for a 204
    headers: tuple[tuple[str, str], ...] = ()  # in order, names may repeat (Set-Cookie)


def _unset_or_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _pick(name: str, given: object, source: Callable[[str], object] | None) -> object:
    """The argument, else the framework's setting, else the environment variable; ``None`` if none is set."""
    if not _unset_or_blank(given):
        return given
    if source is not None:
        found = source(name)
        if not _unset_or_blank(found):
            return found
    return os.environ.get(name) or None


def _parties(value: object) -> tuple[str, ...]:
    """Origins, from a comma-separated string or an iterable of strings."""
    if value is None:
        return ()
    items: Iterable[object] = value.split(",") if isinstance(value, str) else value  # type: ignore[assignment]
    try:
        parties: tuple[object, ...] = tuple(item.strip() if isinstance(item, str) else item for item in items)
    except TypeError:
        raise ClerkConfigurationError(
            f"CLERK_AUTHORIZED_PARTIES must be a comma-separated str or a list of str, not {type(value).__name__}"
        ) from None
    for party in parties:
        if not isinstance(party, str):
            raise ClerkConfigurationError(
                f"CLERK_AUTHORIZED_PARTIES must hold only str origins, not {type(party).__name__}"
            )
        if party and ("://" not in party or party.endswith("/")):
            raise ClerkConfigurationError(
                f"CLERK_AUTHORIZED_PARTIES holds {party!r}, which is not an origin like 'https://app.example.com' "
                "(a scheme and a host, and no path)"
            )
    return tuple(party for party in parties if isinstance(party, str) and party)


def _secret_key(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ClerkConfigurationError(f"CLERK_SECRET_KEY must be a str, not {type(value).__name__}")
    key = value.strip()
    if not key.startswith("sk_") or not (key.isascii() and key.isprintable()) or " " in key:
        raise ClerkConfigurationError(
            "CLERK_SECRET_KEY is not a Clerk secret key (sk_test_... or sk_live_..., printable ASCII without "
            "spaces, from the Clerk Dashboard's API keys page; the key is not shown)"
        )
    return key


def _jwt_key(value: object) -> JwtKey | None:
    if value is None or isinstance(value, JwtKey):
        return value
    if not isinstance(value, str):
        raise ClerkConfigurationError(f"CLERK_JWT_KEY must be a PEM str or a JwtKey, not {type(value).__name__}")
    try:
        return JwtKey.from_pem(value)
    except TokenVerificationError as exc:
        raise ClerkConfigurationError(
            f"CLERK_JWT_KEY is not a usable RSA public key in PEM form (Clerk Dashboard -> API keys -> "
            f"JWT public key): {exc}"
        ) from None


def _publishable_key(value: object) -> PublishableKey | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ClerkConfigurationError(f"CLERK_PUBLISHABLE_KEY must be a str, not {type(value).__name__}")
    try:
        return parse_publishable_key(value.strip())
    except ClerkConfigurationError as exc:
        raise ClerkConfigurationError(f"CLERK_PUBLISHABLE_KEY is not a Clerk publishable key: {exc}") from None


_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off")


def _flag(name: str, value: object) -> bool:
    """A yes/no setting: a bool, or its spelling in a str (an environment variable)."""
    if value is None or isinstance(value, bool):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE + _FALSE:
        return value.strip().lower() in _TRUE
    raise ClerkConfigurationError(f"{name} must be true or false, not {value!r}")


def _text(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ClerkConfigurationError(f"{name} must be a str, not {type(value).__name__}")
    return value.strip() or None


class CookieFlowOptions(NamedTuple):
    """The cookie flow's instance options, passed to ``authenticate_request`` with the publishable key."""

    domain: str | None = None
    is_satellite: bool = False
    proxy_url: str | None = None
    sign_in_url: str | None = None
    satellite_auto_sync: bool = False

    @classmethod
    def load(
        cls, pick: Callable[[str], object], key: PublishableKey | None, secret_key: str | None
    ) -> CookieFlowOptions:
        options = cls(
            domain=_text("CLERK_DOMAIN", pick("domain")),
            is_satellite=_flag("CLERK_IS_SATELLITE", pick("is_satellite")),
            proxy_url=_text("CLERK_PROXY_URL", pick("proxy_url")),
            sign_in_url=_text("CLERK_SIGN_IN_URL", pick("sign_in_url")),
            satellite_auto_sync=_flag("CLERK_SATELLITE_AUTO_SYNC", pick("satellite_auto_sync")),
        )
        if key is not None and options.is_satellite:
            # The flow's own checks, now rather than at each request (the request's origin is checked then).
            from ._cookie_flow import _check_satellite, _split_url, configure

            flow = configure(key, url=None, method=None, **options._asdict())
            assert flow is not None
            _check_satellite(flow, secret_key, None)
            if options.sign_in_url and _split_url(options.sign_in_url) is None:
                raise ClerkConfigurationError(
                    f"CLERK_SIGN_IN_URL must be an absolute URL (on your primary app), not {options.sign_in_url!r}"
                )
        return options


class Settings:
    """The parsed configuration of one app. Build it with ``Settings.load`` at startup."""

    __slots__ = (
        "_api_url",
        "_webhook",
        "authorized_parties",
        "cookie_flow",
        "jwt_key",
        "publishable_key",
        "secret_key",
    )

    def __init__(
        self,
        *,
        secret_key: str | None,
        jwt_key: JwtKey | None,
        publishable_key: PublishableKey | None,
        webhook: Webhook | None,
        authorized_parties: tuple[str, ...],
        api_url: str | None,
        cookie_flow: CookieFlowOptions | None = None,
    ) -> None:
        self.secret_key = secret_key
        self.jwt_key = jwt_key
        self.publishable_key = publishable_key
        self._webhook = webhook
        self.authorized_parties = authorized_parties
        self._api_url = api_url
        self.cookie_flow = cookie_flow or CookieFlowOptions()

    def __repr__(self) -> str:
        # The secrets are never shown: only whether each one is set.
        return (
            f"<clerk_backend Settings: secret_key={'set' if self.secret_key else 'not set'}, "
            f"jwt_key={'set' if self.jwt_key is not None else 'not set'}, "
            f"publishable_key={'set' if self.publishable_key else 'not set'}, "
            f"webhook_signing_secret={'set' if self._webhook is not None else 'not set'}, "
            f"authorized_parties={self.authorized_parties!r}>"
        )

    @classmethod
    def load(cls, source: Callable[[str], object] | None = None, **options: Unpack[Options]) -> Settings:
        """Each value from its argument, else ``source(name)`` (a framework's settings), else the
        environment variable of that name. Raises ``ClerkConfigurationError`` for an unusable one."""
        unknown = set(options) - set(Options.__annotations__)
        if unknown:
            raise TypeError(f"unexpected Clerk option(s): {', '.join(sorted(unknown))}")

        def pick(name: str) -> object:
            return _pick(f"CLERK_{name.upper()}", options.get(name), source)

        secret = _secret_key(pick("secret_key"))
        url = pick("api_url")
        if url is not None:
            if not isinstance(url, str):
                raise ClerkConfigurationError(f"CLERK_API_URL must be a str, not {type(url).__name__}")
            from .tokens import _check_api_url

            _check_api_url(url)
        signing_secret = pick("webhook_signing_secret")
        if signing_secret is not None and not isinstance(signing_secret, (str, bytes)):
            raise ClerkConfigurationError(
                f"CLERK_WEBHOOK_SIGNING_SECRET must be a str, not {type(signing_secret).__name__}"
            )
        publishable_key = _publishable_key(pick("publishable_key"))
        return cls(
            secret_key=secret,
            jwt_key=_jwt_key(pick("jwt_key")),
            publishable_key=publishable_key,
            # Webhook() raises WebhookSecretError, a ClerkConfigurationError, for a secret that is not one.
            webhook=None if signing_secret is None else Webhook(signing_secret.strip()),
            authorized_parties=_parties(pick("authorized_parties")),
            api_url=url,
            cookie_flow=CookieFlowOptions.load(pick, publishable_key, secret),
        )

    # --- what a route needs, checked when the route is declared (at startup)

    def check_can_authenticate(self) -> None:
        if self.jwt_key is None and self.secret_key is None:
            raise ClerkConfigurationError(
                "Authenticating requests needs CLERK_JWT_KEY (the PEM public key: verification without a network "
                "call) or CLERK_SECRET_KEY (the JWKS is fetched with it): set one, in the environment or the "
                "app's settings, or pass jwt_key= or secret_key="
            )

    @property
    def webhook(self) -> Webhook:
        """The ``Webhook`` of ``CLERK_WEBHOOK_SIGNING_SECRET``; ``ClerkConfigurationError`` if it is not set."""
        if self._webhook is None:
            raise ClerkConfigurationError(
                "Receiving webhooks needs CLERK_WEBHOOK_SIGNING_SECRET (whsec_..., the endpoint's signing secret "
                "on the Clerk Dashboard's Webhooks page): set it, in the environment or the app's settings, or "
                "pass webhook_signing_secret="
            )
        return self._webhook

    # --- authenticating a request

    def _options(self, accepts_token: AcceptsToken, url: str, method: str) -> dict[str, Any]:
        options: dict[str, Any] = {
            "accepts_token": accepts_token,
            "jwt_key": self.jwt_key,
            "secret_key": self.secret_key,
            "api_url": self._api_url,
            "authorized_parties": self.authorized_parties or None,
        }
        if self.publishable_key is not None:
            # The cookie flow: the request's absolute URL and method let it redirect and refresh.
            options.update(publishable_key=self.publishable_key, url=url, method=method, **self.cookie_flow._asdict())
        return options

    def authenticate(
        self, headers: Headers, cookies: Mapping[str, str] | None, accepts_token: AcceptsToken, url: str, method: str
    ) -> RequestState:
        """The request's state; ``url`` is its absolute URL (with the query), ``method`` its HTTP method."""
        return authenticate_request(headers, cookies=cookies, **self._options(accepts_token, url, method))

    async def authenticate_async(
        self, headers: Headers, cookies: Mapping[str, str] | None, accepts_token: AcceptsToken, url: str, method: str
    ) -> RequestState:
        return await authenticate_request_async(headers, cookies=cookies, **self._options(accepts_token, url, method))


def _accepts(accepts_token: AcceptsToken) -> AcceptsToken:
    """``accepts_token`` checked now (a bad one is a configuration error), as a str or a tuple."""
    from ._accepts import accepted_types

    value: Any = accepts_token if isinstance(accepts_token, str) else tuple(accepts_token)
    try:
        accepted_types(value)
    except (TypeError, ValueError) as exc:
        raise ClerkConfigurationError(str(exc)) from None
    return value  # type: ignore[no-any-return]


class Requirement(NamedTuple):
    """What a route asks of a request. ``signed_in``: refuse a signed-out request with 401;
    the ``has()`` checks (any given) refuse a request that fails them with 403."""

    signed_in: bool = True
    permission: str | None = None
    role: str | None = None
    feature: str | None = None
    plan: str | None = None
    reverification: Reverification | None = None
    accepts_token: AcceptsToken = "session_token"

    @classmethod
    def make(
        cls, *, signed_in: bool = True, accepts_token: AcceptsToken = "session_token", **checks: Unpack[Checks]
    ) -> Requirement:
        unknown = set(checks) - set(Checks.__annotations__)
        if unknown:
            raise TypeError(f"unexpected has() check(s): {', '.join(sorted(unknown))}")
        for name, value in checks.items():
            if name != "reverification" and value is not None and (not isinstance(value, str) or not value):
                raise ClerkConfigurationError(f"{name} must be a non-empty str, not {value!r}")
        asked = any(value is not None for value in checks.values())
        return cls(signed_in or asked, accepts_token=_accepts(accepts_token), **checks)

    @property
    def has_checks(self) -> bool:
        return any(check is not None for check in self[1:6])

    def decide(self, state: RequestState) -> Auth | Answer:
        """The auth object the route gets, or the answer to send instead. Every answer carries the
        state's response headers; when the route runs, the caller puts them on its response."""
        if state.status == "handshake":
            return Answer(307, "handshake", state.headers)
        return self.check(state.to_auth(), state.headers)

    def check(self, auth: Auth, headers: tuple[tuple[str, str], ...] = ()) -> Auth | Answer:
        """``auth`` if it meets the requirement, else the answer to send (401 or 403, with ``headers``)."""
        if isinstance(auth, SignedOutAuth):
            if not self.signed_in:
                return auth
            return Answer(401, auth.reason or "signed-out", (("WWW-Authenticate", "Bearer"), *headers))
        if self.has_checks and not auth.has(**{name: getattr(self, name) for name in Checks.__annotations__}):
            return Answer(403, "forbidden", headers)
        return auth


def handshake_headers(state: RequestState) -> tuple[tuple[str, str], ...] | None:
    """The headers of the redirect a handshake state asks for (``Location``, ``Set-Cookie``,
    ``Cache-Control``); ``None`` for any other state."""
    return state.headers if state.status == "handshake" else None


def receive_webhook(webhook: Webhook, body: bytes, headers: Headers) -> VerifiedWebhook[WebhookEvent] | Answer:
    """The verified message, or the answer: 400 with the reason for a request that Clerk did not
    sign (or signed too long ago); 204 for a signed body that is not an event at all (logged: a 4xx
    would only make Clerk send it again, for days). A drifted event is a verified message."""
    try:
        return webhook.verify_message(body, headers)
    except WebhookVerificationError as exc:
        if exc.reason != "invalid-payload":
            return Answer(400, exc.reason)
        logger.warning("Ignored a signed Clerk webhook that is not an event: %s", exc)
        return Answer(204, "")
