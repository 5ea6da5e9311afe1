"""The cookie flow of server-rendered apps, as @clerk/backend 3.25.0 runs it
(``tokens/request.ts``, ``handshake.ts``, ``authenticateContext.ts``).

It runs inside ``authenticate_request`` when a publishable key is configured (the
``publishable_key`` argument, else ``CLERK_PUBLISHABLE_KEY``) and the request carries no token
in its ``Authorization`` header (or one that fails for its times, see ``header_error``):

- the ``__client_uat`` cookie against the session token's ``iat``;
- the suffixed cookies (``__session_<suffix>``, ``__client_uat_<suffix>``, ``__refresh_<suffix>``,
  the suffix taken from the publishable key) chosen as the reference chooses them;
- ``status == "handshake"``: a redirect to the Frontend API's ``/v1/client/handshake``, whose
  response headers are on ``RequestState.headers``, with the ``__clerk_redirect_count`` guard;
- the handshake's return: a ``__clerk_handshake`` token or a ``__clerk_handshake_nonce``;
- the refresh of an expired session through the ``__refresh_<suffix>`` cookie;
- satellite domains and the development instance's dev browser (``__clerk_db_jwt``).

Organization sync from the URL (``organizationSyncOptions``) and the Vercel auto-proxy are not
implemented.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, get_args

from ._constants import API_VERSION, PUBLISHABLE_KEY_ENV, USER_AGENT
from ._native import _decode_jwt, _parse_cookie_header, _token_type, _verify_handshake_token
from .errors import ClerkConfigurationError, CookieFlowReason, TokenVerificationError

if TYPE_CHECKING:
    from ._native import JwtKey, SessionClaims
    from .tokens import RequestState

__all__ = ["PublishableKey", "parse_publishable_key"]

# base64, hashlib, json, logging and urllib.parse are imported where used: this module is
# imported with the package (parse_publishable_key), which should stay fast to import.


def _warn(message: str, *args: object) -> None:
    import logging

    logging.getLogger("clerk_backend.cookie_flow").warning(message, *args)


#: The Backend API version sent to the Frontend API with a handshake (``__clerk_api_version``):
#: the one every Backend API request names.
HANDSHAKE_API_VERSION = API_VERSION
#: A handshake is refused (signed out instead) when this many redirects already happened.
MAX_HANDSHAKE_REDIRECTS = 3

# Cookie and query parameter names (constants.ts).
_SESSION = "__session"
_REFRESH = "__refresh"
_CLIENT_UAT = "__client_uat"
_HANDSHAKE = "__clerk_handshake"
_DEV_BROWSER = "__clerk_db_jwt"
_REDIRECT_COUNT = "__clerk_redirect_count"
_HANDSHAKE_NONCE = "__clerk_handshake_nonce"
_SYNCED = "__clerk_synced"
_REDIRECT_URL = "__clerk_redirect_url"
_HANDSHAKE_HELP = "__clerk_help"
_LEGACY_DEV_BROWSER = "__dev_session"

_UNSAFE_HEADER_VALUE = re.compile(r"[\r\n\0]")
_TIME_REASONS = ("token-expired", "token-not-active-yet", "token-iat-in-the-future")
_DEV_PORTAL_LEGACY = (".lcl.dev", ".lclstage.dev", ".lclclerk.com")
_DEV_PORTAL_CURRENT = (".accounts.dev", ".accountsstage.dev", ".accounts.lclclerk.com")
#: The refresh failures the reference names (``RefreshTokenErrorReason``), from the reasons'
#: type; a Backend API error code outside them is reported as ``unexpected-bapi-error``.
_REFRESH_PREFIX = "session-token-expired-refresh-"
_REFRESH_REASONS = frozenset(
    reason[len(_REFRESH_PREFIX) :] for reason in get_args(CookieFlowReason) if reason.startswith(_REFRESH_PREFIX)
)


# ----------------------------------------------------------------------------------------------
# The publishable key


class PublishableKey(NamedTuple):
    """A parsed publishable key (``pk_test_...`` or ``pk_live_...``: the Frontend API host in
    base64, followed by ``$``). Publishable keys are public: nothing here is secret."""

    key: str
    instance_type: Literal["production", "development"]
    frontend_api: str
    #: The suffix of the instance's cookie names (``__session_<suffix>``): the first 8
    #: characters of the URL-safe base64 of the key's SHA-1.
    cookie_suffix: str


def _atob(text: str) -> str:
    """Base64 text to a string of byte values, as JavaScript's ``atob`` decodes it: the padding
    is optional, but only where it completes a multiple of four characters."""
    import base64

    if len(text) % 4 == 0 and text.endswith("="):
        text = text[:-2] if text.endswith("==") else text[:-1]
    if len(text) % 4 == 1 or re.fullmatch(r"[A-Za-z0-9+/]*", text) is None:
        raise ValueError("not base64")
    return base64.b64decode(text + "=" * (-len(text) % 4)).decode("latin-1")


def parse_publishable_key(key: str) -> PublishableKey:
    """Parse a publishable key (once: the result is cached). Raises ``ClerkConfigurationError``
    (a ``ValueError``) saying what is wrong with a malformed key; the key, being public, may be
    quoted."""
    if not isinstance(key, str):
        raise TypeError(f"the publishable key must be a str, not {type(key).__name__}")
    parsed = _parsed_keys.get(key)
    if parsed is None:
        parsed = _parse_publishable_key(key)
        if len(_parsed_keys) >= 64:
            _parsed_keys.clear()
        _parsed_keys[key] = parsed
    return parsed


# Parsed keys (an app has one or a few): each key is parsed once.
_parsed_keys: dict[str, PublishableKey] = {}


def _parse_publishable_key(key: str) -> PublishableKey:
    shown = key if len(key) <= 80 else key[:77] + "..."
    if not key.startswith("pk_"):
        # Not a publishable key at all: perhaps a secret key in the wrong place, never quoted.
        shown = f"a {len(key)}-character value starting with {key[:3]!r}"
    if not key:
        raise ClerkConfigurationError("The publishable key is empty: expected pk_test_... or pk_live_....")
    parts = key.split("_")
    if not key.startswith(("pk_test_", "pk_live_")) or len(parts) != 3 or not parts[2]:
        raise ClerkConfigurationError(
            f"The publishable key must be pk_test_<base64> or pk_live_<base64>, not "
            f"{shown if not key.startswith('pk_') else repr(shown)}."
        )
    try:
        decoded = _atob(parts[2])
    except ValueError:  # binascii.Error is a ValueError
        raise ClerkConfigurationError(
            f"The publishable key {shown!r} does not decode: its part after pk_test_/pk_live_ is not base64."
        ) from None
    host = decoded[:-1]
    if not decoded.endswith("$") or "$" in host or "." not in host:
        raise ClerkConfigurationError(
            f"The publishable key {shown!r} decodes to {decoded[:60]!r}, not a Frontend API host followed by '$'."
        )
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha1(key.encode("utf-8")).digest()).decode(
        "ascii"
    )  # a name's suffix, not a secret
    suffix = digest.replace("+", "-").replace("/", "_")[:8]
    instance: Literal["production", "development"] = "production" if key.startswith("pk_live_") else "development"
    return PublishableKey(key, instance, host, suffix)


# ----------------------------------------------------------------------------------------------
# Small JavaScript-compatible readers


def _parse_int(text: str | None) -> int:
    """``Number.parseInt(text) || 0``: the leading integer of the text, else 0."""
    if not text:
        return 0
    match = re.match(r"\s*([+-]?)(0[xX][0-9a-fA-F]+|\d+)", text)
    if match is None:
        return 0
    digits = match.group(2)
    value = int(digits, 16) if digits[:2] in ("0x", "0X") else int(digits)
    return -value if match.group(1) == "-" else value


def _number(text: str | None) -> float:
    """``Number(text) || 0``: the whole text as a decimal number, else 0."""
    if text is None:
        return 0
    text = text.strip()
    if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", text) is None:
        return 0
    value = float(text)
    return value if math.isfinite(value) else 0


def _js_number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _decoded_payload(token: str | None) -> dict[str, Any] | None:
    if not token:
        return None
    try:
        return _decode_jwt(token)[1]
    except TokenVerificationError:
        return None


def _numeric(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def _cookie_name(directive: str) -> str:
    return directive.split(";", 1)[0].split("=")[0]


def _cookie_value(directive: str) -> str:
    parts = directive.split(";", 1)[0].split("=")
    return parts[1] if len(parts) > 1 else ""


# ----------------------------------------------------------------------------------------------
# URLs


class _Url(NamedTuple):
    scheme: str
    netloc: str
    path: str
    query: list[tuple[str, str]]
    raw_query: str  # the query as received

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.netloc}"

    def param(self, name: str) -> str | None:
        return next((value for key, value in self.query if key == name), None)

    def without(self, *names: str) -> _Url:
        return self._replace(query=[(k, v) for k, v in self.query if k not in names])

    def with_param(self, name: str, value: str) -> _Url:
        """URLSearchParams.set: the first ``name`` takes the value, the others go."""
        query: list[tuple[str, str]] = []
        done = False
        for key, old in self.query:
            if key == name:
                if not done:
                    query.append((key, value))
                    done = True
            else:
                query.append((key, old))
        return self._replace(query=query if done else [*query, (name, value)])

    def href(self) -> str:
        """The URL with its query serialised as URLSearchParams does (the reference edits the
        query of the URLs it redirects to, which re-serialises it)."""
        from urllib.parse import urlencode, urlunsplit

        return urlunsplit((self.scheme, self.netloc, self.path or "/", urlencode(self.query), ""))

    def original_href(self) -> str:
        """The URL with its query as received."""
        from urllib.parse import urlunsplit

        return urlunsplit((self.scheme, self.netloc, self.path or "/", self.raw_query, ""))


def _split_url(url: str) -> _Url | None:
    from urllib.parse import parse_qsl, urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises for a bad port)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    query = parse_qsl(parts.query, keep_blank_values=True)
    return _Url(parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, parts.query)


def _host(netloc: str) -> str:
    host = netloc.rpartition("@")[2]
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.partition(":")[0]


# ----------------------------------------------------------------------------------------------
# Options


class CookieFlow(NamedTuple):
    """The instance options of the flow, checked once per call (the key is parsed once)."""

    key: PublishableKey
    url: str | None
    method: str | None
    is_satellite: bool
    domain: str | None
    proxy_url: str | None
    sign_in_url: str | None
    satellite_auto_sync: bool


def configure(
    publishable_key: str | PublishableKey | None,
    *,
    url: str | None,
    method: str | None,
    is_satellite: bool,
    domain: str | None,
    proxy_url: str | None,
    sign_in_url: str | None,
    satellite_auto_sync: bool,
) -> CookieFlow | None:
    """The flow's options, or ``None`` without a publishable key (argument or environment)."""
    if publishable_key is None:
        publishable_key = os.environ.get(PUBLISHABLE_KEY_ENV) or None
        if publishable_key is None:
            return None
    key = publishable_key if isinstance(publishable_key, PublishableKey) else parse_publishable_key(publishable_key)
    for name, value in (("url", url), ("method", method), ("domain", domain), ("proxy_url", proxy_url)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    if sign_in_url is not None and not isinstance(sign_in_url, str):
        raise TypeError(f"sign_in_url must be a str or None, not {type(sign_in_url).__name__}")
    return CookieFlow(
        key,
        url,
        method.upper() if method else None,
        bool(is_satellite),
        domain or None,
        proxy_url or None,
        sign_in_url or None,
        bool(satellite_auto_sync),
    )


def _check_satellite(flow: CookieFlow, secret_key: str | None, origin: str | None) -> None:
    """The reference's assertions for a satellite app, as configuration errors."""
    if not flow.is_satellite:
        return
    development = (
        secret_key.startswith(("sk_test_", "test_")) if secret_key else flow.key.instance_type == "development"
    )
    if not flow.sign_in_url and development:
        raise ClerkConfigurationError("A satellite app of a development instance needs sign_in_url.")
    if flow.sign_in_url and origin:
        sign_in = _split_url(flow.sign_in_url)
        if sign_in is None:
            raise ClerkConfigurationError(f"sign_in_url must be an absolute URL, not {flow.sign_in_url!r}.")
        if sign_in.origin == origin:
            raise ClerkConfigurationError(
                f"sign_in_url ({flow.sign_in_url!r}) must be on another origin than the satellite app ({origin})."
            )
    if not (flow.proxy_url or flow.domain):
        raise ClerkConfigurationError("A satellite app needs domain or proxy_url.")


# ----------------------------------------------------------------------------------------------
# The request as the flow reads it (authenticateContext.ts)


def _first_header(headers: Any, name: str) -> str | None:
    from .tokens import _header

    value = _header(headers, name)
    return value or None


class _Context:
    def __init__(
        self, flow: CookieFlow, headers: Any, cookies: Mapping[str, str] | None, header_token: str | None
    ) -> None:
        self.flow = flow
        self.instance_type = flow.key.instance_type
        self.method = flow.method
        self.sec_fetch_dest = _first_header(headers, "sec-fetch-dest")
        self.accept = _first_header(headers, "accept")
        self.referrer = _first_header(headers, "referer")
        self.header_token = header_token
        self.url = self._clerk_url(headers)
        if cookies is None:
            cookie_header = _first_header(headers, "cookie")
            cookies = _parse_cookie_header(cookie_header) if cookie_header else {}
        self.cookies = cookies
        # The Frontend API: the key's, unless a proxy or (production satellite) a domain says otherwise.
        proxy = flow.proxy_url
        if proxy and proxy.startswith("/") and self.url is not None:
            proxy = self.url.origin + proxy
        self.proxy_url = proxy
        self.original_frontend_api = flow.key.frontend_api
        if flow.domain and flow.is_satellite and self.instance_type != "development":
            self.original_frontend_api = f"clerk.{flow.domain}"
        self.frontend_api = proxy or self.original_frontend_api
        self.suffixed = self._uses_suffixed_cookies()
        self.session_token = self._cookie_either(_SESSION)
        self.refresh_token = self._suffixed_cookie(_REFRESH)
        self.client_uat = _parse_int(self._cookie_either(_CLIENT_UAT))
        self.dev_browser = self._param(_DEV_BROWSER) or self._cookie_either(_DEV_BROWSER)
        self.handshake_token = self._param(_HANDSHAKE) or self._cookie(_HANDSHAKE)
        self.redirect_count = _number(self._cookie(_REDIRECT_COUNT))
        self.handshake_nonce = self._param(_HANDSHAKE_NONCE) or self._cookie(_HANDSHAKE_NONCE)

    def _clerk_url(self, headers: Any) -> _Url | None:
        """The request's public URL: ``url``, with its origin taken from ``X-Forwarded-Host`` /
        ``X-Forwarded-Proto`` or ``Host`` when they are sent (clerkRequest.ts)."""
        if self.flow.url is None:
            return None
        url = _split_url(self.flow.url)
        if url is None:
            raise ValueError(f"url must be the absolute URL of the request, not {self.flow.url!r}")
        forwarded_host = _first_header(headers, "x-forwarded-host")
        forwarded_proto = _first_header(headers, "x-forwarded-proto")
        host = forwarded_host.split(",")[0].strip() if forwarded_host else _first_header(headers, "host")
        proto = forwarded_proto.split(",")[0].strip() if forwarded_proto else url.scheme
        if host and proto:
            derived = _split_url(f"{proto}://{host}/")
            if derived is not None:
                return url._replace(scheme=derived.scheme, netloc=derived.netloc)
        return url

    @property
    def session(self) -> str | None:
        """The session token of the handshake URL: the cookie's, else the header's."""
        return self.session_token or self.header_token

    def _param(self, name: str) -> str | None:
        return (self.url.param(name) if self.url is not None else None) or None

    def _cookie(self, name: str) -> str | None:
        value = self.cookies.get(name)
        return value if isinstance(value, str) and value else None

    def _suffixed_cookie(self, name: str) -> str | None:
        return self._cookie(f"{name}_{self.flow.key.cookie_suffix}")

    def _cookie_either(self, name: str) -> str | None:
        return self._suffixed_cookie(name) if self.suffixed else self._cookie(name)

    def _belongs_to_instance(self, payload: dict[str, Any] | None) -> bool:
        issuer = payload.get("iss") if payload is not None else None
        if not isinstance(issuer, str):
            return False
        return re.sub(r"(?i)https?://", "", issuer) == self.original_frontend_api

    def _uses_suffixed_cookies(self) -> bool:
        """Whether the suffixed cookies are the instance's (authenticateContext.ts)."""
        suffixed_uat = self._suffixed_cookie(_CLIENT_UAT)
        uat = self._cookie(_CLIENT_UAT)
        suffixed_session = self._suffixed_cookie(_SESSION) or ""
        session = self._cookie(_SESSION) or ""
        payload = _decoded_payload(session)
        if session and not (payload is not None and payload.get("iss")):
            return False  # a malformed unsuffixed token: signed out, not a handshake
        if session and not self._belongs_to_instance(payload):
            return True  # another instance's token: trust the suffixed cookies
        if not suffixed_uat and not suffixed_session:
            return False
        suffixed_payload = _decoded_payload(suffixed_session)
        iat = (_numeric(payload.get("iat")) if payload else None) or 0
        suffixed_iat = (_numeric(suffixed_payload.get("iat")) if suffixed_payload else None) or 0
        if suffixed_uat != "0" and uat != "0" and iat > suffixed_iat:
            return False  # both signed in, the unsuffixed token is newer
        if suffixed_uat == "0" and uat != "0":
            return False
        if self.instance_type != "production" and suffixed_payload is not None:
            exp = _numeric(suffixed_payload.get("exp"))
            import time

            expired = exp is not None and exp <= int(time.time())
            if suffixed_uat != "0" and uat == "0" and expired:
                return False
        return not (not suffixed_uat and suffixed_session)

    def is_cross_origin_referrer(self) -> bool:
        if not self.referrer or self.url is None:
            return False
        referrer = _split_url(self.referrer)
        return referrer is not None and referrer.origin != self.url.origin

    def is_known_clerk_referrer(self) -> bool:
        referrer = _split_url(self.referrer) if self.referrer else None
        if referrer is None:
            return False
        host = _host(referrer.netloc)
        api = self.frontend_api
        api_url = _split_url(api) if api.startswith("http") else None
        api_host = _host(api_url.netloc) if api_url is not None else api
        if host == api_host:
            return True
        if self.instance_type != "production" and (
            (host.startswith("accounts.") and host.endswith(_DEV_PORTAL_LEGACY))
            or any(host.endswith(s) and not host.endswith(".clerk" + s) for s in _DEV_PORTAL_CURRENT)
        ):
            return True
        accounts = re.sub(r"clerk\.accountsstage\.", "accountsstage.", api, count=1)
        accounts = re.sub(r"clerk\.accounts\.|clerk\.", "accounts.", accounts, count=1)
        expected = _split_url(f"https://{accounts}")
        return expected is not None and referrer.origin == expected.origin

    def eligible_for_handshake(self) -> bool:
        """A handshake is a redirect: only for a GET of a document (handshake.ts), and only
        when the request's URL is known."""
        if self.method != "GET" or self.url is None:
            return False
        if self.sec_fetch_dest in ("document", "iframe"):
            return True
        return not self.sec_fetch_dest and bool(self.accept and self.accept.startswith("text/html"))


# ----------------------------------------------------------------------------------------------
# The flow


class Keys(NamedTuple):
    """What the flow needs from ``authenticate_request``'s key options."""

    verify: Callable[..., SessionClaims]  # verify_token with the caller's options
    key_for: Callable[[str], JwtKey]  # the key that verifies a handshake token
    secret_key: str | None
    api_url: str
    timeout: float
    accept_pending: bool


class _Handshake(Exception):
    """The handshake could not be resolved (the flow goes on, as the reference's does)."""


class _Runner:
    def __init__(self, ctx: _Context, keys: Keys, carrier: Literal["header", "cookie"] = "cookie") -> None:
        self.ctx = ctx
        self.keys = keys
        self.carrier = carrier  # where the tokens of signed-out states came from

    # -- states

    @staticmethod
    def _safe(headers: list[tuple[str, str]] | None) -> tuple[tuple[str, str], ...]:
        """The headers without any whose value holds a line break or a NUL, which no response
        may carry (a header could be injected)."""
        safe = tuple((name, value) for name, value in headers or () if not _UNSAFE_HEADER_VALUE.search(value))
        if len(safe) != len(headers or ()):
            _warn("Clerk: a %s header holding a line break was dropped.", "Set-Cookie or Location")
        return safe

    def signed_out(
        self, reason: str, message: str, headers: list[tuple[str, str]] | None = None, token: str | None = None
    ) -> RequestState:
        from .tokens import RequestState

        carrier = self.carrier if token is not None else None
        return RequestState(
            "signed-out",
            reason=reason,  # type: ignore[arg-type]
            message=message,
            token=token,
            token_carrier=carrier,
            token_type="session_token",
            headers=self._safe(headers),
        )

    def signed_in(
        self, token: str, claims: SessionClaims, headers: list[tuple[str, str]], carrier: Literal["header", "cookie"]
    ) -> RequestState:
        from .tokens import _session_state

        return _session_state(token, carrier, claims, self.keys.accept_pending)._replace(headers=self._safe(headers))

    def maybe_handshake(
        self, reason: str, message: str, headers: list[tuple[str, str]] | None = None, token: str | None = None
    ) -> RequestState:
        """handleMaybeHandshakeStatus: a handshake for a document request, else signed out."""
        from .tokens import RequestState

        ctx = self.ctx
        if not ctx.eligible_for_handshake():
            return self.signed_out(reason, message, token=token)
        headers = list(headers) if headers is not None else self.redirect_to_handshake(reason)
        if any(name == "Location" for name, _ in headers):
            headers.append(("Cache-Control", "no-store"))
        if ctx.redirect_count == MAX_HANDSHAKE_REDIRECTS:
            _warn(
                "Clerk handshake stopped after %d redirects (%s): %s",
                MAX_HANDSHAKE_REDIRECTS,
                reason,
                "check that this domain is a configured primary or satellite domain of the instance"
                if reason == "satellite-needs-syncing"
                else "the publishable and secret keys may belong to different instances",
            )
            return self.signed_out(reason, message, token=token)
        count = _js_number(ctx.redirect_count + 1)
        headers.append(("Set-Cookie", f"{_REDIRECT_COUNT}={count}; SameSite=Lax; HttpOnly; Max-Age=2"))
        return RequestState(
            "handshake",
            reason=reason,  # type: ignore[arg-type]
            message=message,
            token_type="session_token",
            headers=self._safe(headers),
        )

    def redirect_to_handshake(self, reason: str) -> list[tuple[str, str]]:
        """The Location of a handshake: the Frontend API's /v1/client/handshake."""
        from urllib.parse import urlencode

        ctx = self.ctx
        assert ctx.url is not None
        redirect_url = ctx.url.without(_DEV_BROWSER, _LEGACY_DEV_BROWSER).href()
        base = ctx.frontend_api if ctx.frontend_api.startswith("http") else f"https://{ctx.frontend_api}"
        params = [
            ("redirect_url", redirect_url),
            ("__clerk_api_version", HANDSHAKE_API_VERSION),
            ("suffixed_cookies", "true" if ctx.suffixed else "false"),
            ("__clerk_hs_reason", reason),
            ("format", "nonce"),
        ]
        if ctx.session:
            params.append((_SESSION, ctx.session))
        if ctx.instance_type == "development" and ctx.dev_browser:
            params.append((_DEV_BROWSER, ctx.dev_browser))
        return [("Location", f"{base.rstrip('/')}/v1/client/handshake?{urlencode(params)}")]

    # -- the Backend API

    def _bapi(self, method: str, path: str, query: dict[str, str], body: dict[str, Any] | None) -> Any:
        """One Backend API call with the secret key; raises ``_BapiError``."""
        import json
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        from . import tokens

        secret_key = self.keys.secret_key
        if not secret_key:
            raise _BapiError("missing-api-client", "A secret key is needed to call the Backend API.")
        tokens._check_api_url(self.keys.api_url)
        if tokens._opener is None:
            tokens._opener = tokens._build_opener()
        url = f"{self.keys.api_url.rstrip('/')}/v1{path}"
        if query:
            url += "?" + urlencode(query)
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            url,
            data=data,
            method=method,
            headers={
                "Authorization": f"Bearer {secret_key}",
                "Clerk-API-Version": API_VERSION,
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                **({"Content-Type": "application/json"} if data is not None else {}),
            },
        )
        shown = tokens._shown_url(url.partition("?")[0])
        try:
            with tokens._opener.open(request, timeout=self.keys.timeout) as response:
                return json.loads(response.read(1 << 20))
        except urllib.error.HTTPError as exc:
            try:
                errors = json.loads(exc.read(1 << 16)).get("errors")
                code = errors[0]["code"] if isinstance(errors, list) and errors else None
            except Exception:  # an answer that is not Clerk's error JSON
                code = None
            finally:
                exc.close()
            raise _BapiError(code, f"{method} {shown} failed: HTTP {exc.code}.") from None
        except Exception as exc:
            raise _BapiError(
                None, f"{method} {shown} failed: {tokens._describe_failure(exc, self.keys.timeout)}."
            ) from None

    # -- the handshake's return (handshake.ts)

    def handshake_cookies(self) -> list[str]:
        ctx = self.ctx
        if ctx.handshake_nonce:
            try:
                payload = self._bapi("GET", "/clients/handshake_payload", {"nonce": ctx.handshake_nonce}, None)
            except _BapiError as exc:
                _warn("Clerk handshake payload could not be fetched: %s", exc.message)
                return []
            directives = payload.get("directives") if isinstance(payload, dict) else None
            return [d for d in directives if isinstance(d, str)] if isinstance(directives, list) else []
        assert ctx.handshake_token is not None
        token = ctx.handshake_token
        if _token_type(token) not in ("session_token",):
            raise TokenVerificationError("Invalid handshake token category.", "token-invalid")
        payload = _verify_handshake_token(token, self.keys.key_for(token))
        directives = payload.get("handshake")
        return [d for d in directives if isinstance(d, str)] if isinstance(directives, list) else []

    def resolve_handshake(self) -> RequestState:
        ctx = self.ctx
        headers: list[tuple[str, str]] = [
            ("Access-Control-Allow-Origin", "null"),
            ("Access-Control-Allow-Credentials", "true"),
        ]
        session = ""
        for directive in self.handshake_cookies():
            headers.append(("Set-Cookie", directive))
            if _cookie_name(directive).startswith(_SESSION):
                session = _cookie_value(directive)
        if ctx.instance_type == "development" and ctx.url is not None:
            clean = ctx.url.without(_HANDSHAKE, _HANDSHAKE_HELP, _DEV_BROWSER, _HANDSHAKE_NONCE)
            headers.append(("Location", clean.href()))
            headers.append(("Cache-Control", "no-store"))
        if not session:
            return self.signed_out("session-token-missing", "The handshake set no session cookie.", headers)
        try:
            return self.signed_in(session, self.keys.verify(session), headers, "cookie")
        except TokenVerificationError as exc:
            if ctx.instance_type == "development" and exc.reason in _TIME_REASONS:
                _warn(
                    "Clerk: the handshake's session token fails its time checks (%s): is this machine's clock "
                    "right? Retrying with a clock skew of one day, as in development only.",
                    exc.reason,
                )
                try:
                    claims = self.keys.verify(session, clock_skew_in_ms=86_400_000)
                except TokenVerificationError as retry:
                    raise _Handshake(str(retry)) from None
                return self.signed_in(session, claims, headers, "cookie")
            raise _Handshake(str(exc)) from None

    # -- refresh (request.ts: refreshToken, attemptRefresh)

    def refresh(self, request_headers: Any) -> tuple[RequestState | None, str]:
        """Refresh the expired session through ``__refresh_<suffix>``: the signed-in state with
        its Set-Cookie headers, or None and the reason of the failure."""
        from urllib.parse import quote

        ctx = self.ctx
        expired = ctx.session
        if not expired:
            return None, "missing-session-token"
        if not ctx.refresh_token:
            return None, "missing-refresh-token"
        if not self.keys.secret_key:
            return None, "missing-api-client"
        payload = _decoded_payload(expired)
        if payload is None:
            return None, "expired-session-token-decode-failed"
        sid = payload.get("sid")
        if not sid or not isinstance(sid, str):
            return None, "expired-session-token-missing-sid-claim"
        body = {
            "format": "cookie",
            "expired_token": expired,
            "refresh_token": ctx.refresh_token,
            "request_origin": ctx.url.origin if ctx.url is not None else "",
            "request_headers": _headers_for_refresh(request_headers),
        }
        try:
            answer = self._bapi(
                "POST",
                f"/sessions/{quote(sid, safe='')}/refresh",
                {"suffixed_cookies": "true" if ctx.suffixed else "false"},
                body,
            )
        except _BapiError as exc:
            if exc.code == "unexpected_error":
                return None, "fetch-error"
            if exc.code is not None and exc.code in _REFRESH_REASONS:
                return None, exc.code
            return None, "unexpected-bapi-error"
        cookies = answer.get("cookies") if isinstance(answer, dict) else None
        if not isinstance(cookies, list) or not cookies:
            return None, "unexpected-sdk-error"
        headers: list[tuple[str, str]] = []
        session = ""
        for directive in cookies:
            if not isinstance(directive, str):
                continue
            headers.append(("Set-Cookie", directive))
            if _cookie_name(directive).startswith(_SESSION):
                session = _cookie_value(directive)
        try:
            claims = self.keys.verify(session)
        except TokenVerificationError:
            return None, "invalid-session-token"
        return self.signed_in(session, claims, headers, "cookie"), ""

    # -- errors of the session token (request.ts: handleSessionTokenError)

    def token_error(self, exc: TokenVerificationError, token: str, request_headers: Any) -> RequestState:
        ctx = self.ctx
        refresh_error: str | None
        if exc.reason == "token-expired" and ctx.refresh_token and ctx.method == "GET":
            refreshed, refresh_error = self.refresh(request_headers)
            if refreshed is not None:
                return refreshed
        elif ctx.method != "GET":
            refresh_error = "non-eligible-non-get"
        elif not ctx.refresh_token:
            refresh_error = "non-eligible-no-refresh-cookie"
        else:
            refresh_error = None
        if exc.reason in _TIME_REASONS:
            reason = {
                "token-expired": f"{_REFRESH_PREFIX}{refresh_error}",
                "token-not-active-yet": "session-token-nbf",
                "token-iat-in-the-future": "session-token-iat-in-the-future",
            }[exc.reason]
            return self.maybe_handshake(reason, str(exc), token=token)
        return self.signed_out(exc.reason, str(exc), token=token)

    # -- the cookie path (request.ts: authenticateRequestWithTokenInCookie)

    def run(self, request_headers: Any) -> RequestState:
        ctx = self.ctx
        flow = ctx.flow
        if ctx.handshake_nonce or ctx.handshake_token:
            try:
                return self.resolve_handshake()
            except TokenVerificationError as exc:
                if ctx.instance_type == "development":
                    # The reference stops here (it throws): the keys were probably switched.
                    message = (
                        "The handshake token's signature is invalid: if you switched Clerk keys, clear the cookies."
                        if exc.reason == "token-invalid-signature"
                        else f"The handshake token could not be verified: {exc}"
                    )
                    return self.signed_out(exc.reason, message)
                _warn("Clerk handshake could not be resolved: %s", exc)
            except _Handshake as exc:
                _warn("Clerk handshake could not be resolved: %s", exc)
        has_uat = ctx.client_uat != 0
        has_session = bool(ctx.session_token)
        development = ctx.instance_type == "development"

        # Satellite domains: sync with the primary domain.
        sync = ctx.url.param(_SYNCED) if ctx.url is not None else None
        needs_sync, sync_done = sync == "false", sync == "true"
        has_cookies = has_session or has_uat
        skip_sync = not flow.satellite_auto_sync and not has_cookies and not needs_sync
        if flow.is_satellite and ctx.sec_fetch_dest == "document" and ctx.method == "GET" and not sync_done:
            if skip_sync:
                return self.signed_out("session-token-and-uat-missing", "No session cookie and no __client_uat.")
            if not has_cookies or needs_sync:
                if not development:
                    return self.maybe_handshake("satellite-needs-syncing", "")
                assert flow.sign_in_url is not None and ctx.url is not None  # checked by _check_satellite
                sign_in = _split_url(flow.sign_in_url)
                assert sign_in is not None
                target = sign_in._replace(query=[*sign_in.query, (_REDIRECT_URL, ctx.url.original_href())])
                return self.maybe_handshake("satellite-needs-syncing", "", [("Location", target.href())])

        # The primary domain of a development instance sends a satellite back, with the dev browser.
        back_to = ctx.url.param(_REDIRECT_URL) if ctx.url is not None else None
        if development and not flow.is_satellite and back_to:
            back = _split_url(back_to)
            if back is not None:
                if ctx.dev_browser:
                    back = back._replace(query=[*back.query, (_DEV_BROWSER, ctx.dev_browser)])
                headers = [("Location", back.with_param(_SYNCED, "true").href())]
                return self.maybe_handshake("primary-responds-to-syncing", "", headers)

        if development and ctx.url is not None and any(k == _DEV_BROWSER for k, _ in ctx.url.query):
            return self.maybe_handshake("dev-browser-sync", "")
        if development and not ctx.dev_browser:
            return self.maybe_handshake("dev-browser-missing", "")
        if not has_uat and not has_session:
            return self.signed_out("session-token-and-uat-missing", "No session cookie and no __client_uat.")
        if not has_uat:
            return self.maybe_handshake(
                "session-token-but-no-client-uat", "A session cookie without __client_uat.", token=ctx.session_token
            )
        if not has_session:
            return self.maybe_handshake("client-uat-but-no-session-token", "__client_uat without a session cookie.")
        token = ctx.session_token
        assert token is not None
        try:
            payload = _decode_jwt(token)[1]
        except TokenVerificationError as exc:
            return self.token_error(exc, token, request_headers)
        if _token_type(token) != "session_token":
            return self.signed_out(
                "token-type-mismatch", "The session cookie holds a token that is not a session token.", token=token
            )
        iat = _numeric(payload.get("iat"))
        if iat is not None and iat < ctx.client_uat:
            return self.maybe_handshake(
                "session-token-iat-before-client-uat",
                "The session token was issued before the client's last update (__client_uat).",
                token=token,
            )
        try:
            claims = self.keys.verify(token)
        except TokenVerificationError as exc:
            return self.token_error(exc, token, request_headers)
        if (
            not flow.is_satellite
            and ctx.method == "GET"
            and ctx.sec_fetch_dest == "document"
            and ctx.is_cross_origin_referrer()
            and not ctx.is_known_clerk_referrer()
            and ctx.redirect_count == 0
        ):
            return self.maybe_handshake(
                "primary-domain-cross-origin-sync", "A cross-origin navigation needs a handshake.", token=token
            )
        return self.signed_in(token, claims, [], "cookie")


class _BapiError(Exception):
    def __init__(self, code: str | None, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _headers_for_refresh(headers: Any) -> dict[str, list[str]]:
    """The request's headers as the refresh endpoint takes them: ``{name: [value]}``."""
    if headers is None:
        return {}
    out: dict[str, list[str]] = {}
    items = headers.items() if hasattr(headers, "items") else headers
    for item in items:
        try:
            key, value = item
        except (TypeError, ValueError):
            continue
        if isinstance(key, bytes):
            key = key.decode("latin-1")
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if isinstance(key, str) and isinstance(value, str):
            name = key.lower()
            out[name] = [f"{out[name][0]}, {value}"] if name in out else [value]
    return out


def authenticate(
    flow: CookieFlow, headers: Any, cookies: Mapping[str, str] | None, keys: Keys, header_token: str | None = None
) -> RequestState:
    """The cookie path of a request with no token in its Authorization header."""
    ctx = _Context(flow, headers, cookies, header_token)
    _check_satellite(flow, keys.secret_key, ctx.url.origin if ctx.url is not None else None)
    return _Runner(ctx, keys).run(headers)


def header_error(
    flow: CookieFlow,
    headers: Any,
    cookies: Mapping[str, str] | None,
    keys: Keys,
    token: str,
    error: TokenVerificationError,
) -> RequestState:
    """A session token from the Authorization header failed: for its times, a refresh or a
    handshake may follow, as the reference's header path does."""
    ctx = _Context(flow, headers, cookies, token)
    return _Runner(ctx, keys, "header").token_error(error, token, headers)


def may_use_network(
    flow: CookieFlow, headers: Any, cookies: Mapping[str, str] | None, needs_fetch: Callable[[str], bool]
) -> bool:
    """Whether the flow may call the Backend API for this request (a handshake nonce, a
    refresh cookie, or a token whose key would be fetched): the async function then runs it in
    a worker thread."""
    ctx = _Context(flow, headers, cookies, None)
    if ctx.handshake_nonce or ctx.refresh_token:
        return True
    return any(needs_fetch(token) for token in (ctx.handshake_token, ctx.session_token) if token)
