"""Networkless verification of Clerk session tokens, and request authentication.

The checks run in Rust (``clerk_backend._native``); this module adds the key options
(a PEM, a JWKS, or a secret key whose JWKS is fetched from the Backend API and cached),
``decode_jwt`` and ``authenticate_request``.
"""

from __future__ import annotations

import contextlib
import functools
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Union

from ._constants import (
    API_URL,
    API_URL_ENV,
    API_VERSION,
    JWT_KEY_ENV,
    PUBLISHABLE_KEY_ENV,
    SECRET_KEY_ENV,
    USER_AGENT,
)
from ._native import (
    _MAX_COOKIE_HEADER_LEN,
    JwtKey,
    SessionClaims,
    _check_session_token,
    _CheckedToken,
    _classify_token,
    _decode_jwt,
    _header_value,
    _parse_cookie_header,
    _verify_machine_jwt,
    _verify_session_token,
)
from .errors import (
    ClerkConfigurationError,
    CookieFlowReason,
    MachineTokenFailureReason,
    MachineTokenVerificationError,
    ParseError,
    TokenFailureReason,
    TokenVerificationError,
)

if TYPE_CHECKING:
    # A mapping (dict, Starlette, Werkzeug, Django headers) or (name, value) pairs, as Webhook.verify takes.
    from ._accepts import AcceptsToken
    from ._cookie_flow import CookieFlow, PublishableKey, parse_publishable_key
    from ._native import APIKey, IdPOAuthAccessToken, M2MToken, _Headers
    from .auth import Auth, TokenType

__all__ = [
    "DecodedJwt",
    "PublishableKey",
    "RequestState",
    "RequestStateReason",
    "authenticate_request",
    "authenticate_request_async",
    "clear_jwks_cache",
    "decode_jwt",
    "parse_publishable_key",
    "verify_token",
    "verify_token_async",
]

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        # The cookie flow's module is imported on first use (see clerk_backend._LAZY).
        if name in ("PublishableKey", "parse_publishable_key"):
            from . import _cookie_flow

            return getattr(_cookie_flow, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


JWKS_CACHE_SECONDS = 300.0
#: After a JWKS fetch, a token with a ``kid`` not in the set fetches it again only once this
#: many seconds have passed (per API URL and secret key): forged kids cannot flood the Backend API.
JWKS_REFETCH_INTERVAL_SECONDS = 30.0
#: A ``Cookie`` header longer than this (in bytes) is not read: the request has no cookies.
MAX_COOKIE_HEADER_BYTES: int = _MAX_COOKIE_HEADER_LEN

KeyLike = Union[str, JwtKey]
JwksLike = Union[Mapping[str, Any], str, JwtKey]


class _DecodedJwtParts(NamedTuple):
    header: dict[str, Any]
    payload: dict[str, Any]
    signature: bytes
    raw_header: str
    raw_payload: str
    raw_signature: str


class DecodedJwt(_DecodedJwtParts):
    """A token split into its parts, not verified.

    A named tuple of ``header``, ``payload``, ``signature``, ``raw_header``, ``raw_payload`` and
    ``raw_signature``. Its repr shows the decoded header and payload only: the signature and the
    token's own text (the ``raw_*`` parts, from which the token could be put together again)
    print as ``'<redacted>'``. The attributes hold the real values.
    """

    __slots__ = ()

    #: The parts that ``repr`` hides.
    REDACTED_FIELDS: frozenset[str] = frozenset({"signature", "raw_header", "raw_payload", "raw_signature"})

    def __repr__(self) -> str:
        parts = (
            f"{name}={'<redacted>'!r}" if name in self.REDACTED_FIELDS else f"{name}={value!r}"
            for name, value in zip(self._fields, self)
        )
        return f"{type(self).__name__}({', '.join(parts)})"


def _check_token_text(token: object) -> str:
    if not isinstance(token, str):
        raise TypeError(f"the token must be str, not {type(token).__name__}")
    try:
        token.encode("utf-8")
    except UnicodeEncodeError:
        raise TokenVerificationError("The token is not valid Unicode.", "token-invalid") from None
    return token


def decode_jwt(token: str) -> DecodedJwt:
    """Decode a JWT without verifying it. Raises ``TokenVerificationError`` (``token-invalid``)."""
    return DecodedJwt(*_decode_jwt(_check_token_text(token)))


# Parsed PEM keys, so that passing the same PEM string on every request parses it once.
_pem_cache: dict[str, JwtKey] = {}
_pem_lock = threading.Lock()


def _key_from_pem(pem: str) -> JwtKey:
    key = _pem_cache.get(pem)
    if key is None:
        key = JwtKey.from_pem(pem)
        with _pem_lock:
            if len(_pem_cache) >= 64:
                _pem_cache.clear()
            _pem_cache[pem] = key
    return key


class _Flight:
    """One fetch in progress, which the threads needing the same scope wait for."""

    __slots__ = ("done", "error", "key")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.key: JwtKey | None = None
        self.error: TokenVerificationError | None = None


class _JwksCache:
    """JWK sets fetched from the Backend API, per (API URL, secret key) scope.

    - A set is kept for ``JWKS_CACHE_SECONDS`` (five minutes, as @clerk/backend keeps it).
    - A token whose ``kid`` is not in the set fetches it again (a rotated key), but at most
      once per ``JWKS_REFETCH_INTERVAL_SECONDS`` after the last fetch of that scope: tokens with
      made-up kids cost one request per interval, not one each. (@clerk/backend refetches for
      every unknown kid; this limit is ours.)
    - Threads needing a fetch for the same scope share one request (single flight), and its
      failure. A failure is not cached: the next request tries again.

    ``clock`` (seconds, monotonic) can be replaced in tests.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._entries: dict[str, tuple[float, JwtKey]] = {}
        self._flights: dict[str, _Flight] = {}

    @staticmethod
    def _scope(api_url: str, secret_key: str) -> str:
        import hashlib

        return hashlib.sha256(f"{api_url}\0{secret_key}".encode()).hexdigest()

    def get(self, api_url: str, secret_key: str, *, kid: str | None, timeout: float, refresh: bool = False) -> JwtKey:
        """The scope's key set, fetched when absent, stale or (``refresh``) always."""
        scope = self._scope(api_url, secret_key)
        leader = False
        with self._lock:
            now = self._clock()
            entry = None if refresh else self._entries.get(scope)
            if entry is not None:
                age = now - entry[0]
                if age >= JWKS_CACHE_SECONDS:
                    entry = None
                elif kid is None or kid in entry[1] or age < JWKS_REFETCH_INTERVAL_SECONDS:
                    return self._select(entry[1], kid)
            flight = self._flights.get(scope)
            if flight is None:
                flight = self._flights[scope] = _Flight()
                leader = True
        if leader:
            try:
                flight.key = _fetch_jwks(api_url, secret_key, timeout=timeout)
            except TokenVerificationError as exc:
                flight.error = exc
                raise
            finally:
                with self._lock:
                    if flight.key is not None:
                        self._store(scope, flight.key)
                    del self._flights[scope]
                flight.done.set()
            return self._select(flight.key, kid)
        # Wait for the fetch in flight (bounded by this call's own timeout).
        if not flight.done.wait(timeout):
            raise TokenVerificationError(
                f"GET {_shown_url(api_url.rstrip('/') + '/v1/jwks')} failed: timed out after {timeout:g} s "
                "(waiting for the same fetch made by another thread).",
                "jwk-remote-failed-to-load",
            )
        if flight.key is None:
            error = flight.error
            # A copy: the same exception object must not be raised in several threads at once.
            raise TokenVerificationError(
                str(error) if error is not None else "Fetching the JWKS failed in another thread.",
                error.reason if error is not None else "jwk-remote-failed-to-load",
            )
        return self._select(flight.key, kid)

    def has_fresh(self, api_url: str, secret_key: str, kid: str | None) -> bool:
        """Whether ``get`` would answer from the cache, without a request."""
        with self._lock:
            entry = self._entries.get(self._scope(api_url, secret_key))
            if entry is None:
                return False
            age = self._clock() - entry[0]
            return age < JWKS_CACHE_SECONDS and (kid is None or kid in entry[1] or age < JWKS_REFETCH_INTERVAL_SECONDS)

    def _store(self, scope: str, key: JwtKey) -> None:
        """Keep a fetched set (the lock is held); forget the expired sets of other scopes when a
        new scope comes, so one-off scopes cannot grow the cache for ever."""
        now = self._clock()
        if scope not in self._entries:
            for other, (fetched_at, _) in list(self._entries.items()):
                if now - fetched_at >= JWKS_CACHE_SECONDS:
                    del self._entries[other]
        self._entries[scope] = (now, key)

    @staticmethod
    def _select(key: JwtKey, kid: str | None) -> JwtKey:
        if kid is not None and kid not in key:
            shown = kid if len(kid) <= 80 else kid[:77] + "..."
            raise TokenVerificationError(
                f"Unable to find a signing key in JWKS that matches the kid={shown!r} of the provided session token.",
                "jwk-remote-missing",
            )
        return key

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_jwks_cache = _JwksCache()


def clear_jwks_cache() -> None:
    """Forget every JWK set fetched with a secret key: the next verification fetches it again."""
    _jwks_cache.clear()


def _shown_url(url: str) -> str:
    """``url`` for a message: without a ``user:password@`` part, and cut if very long."""
    scheme, sep, rest = url.partition("://")
    if sep:
        authority, slash, path = rest.partition("/")
        url = f"{scheme}{sep}{authority.rpartition('@')[2]}{slash}{path}"
    return url if len(url) <= 200 else url[:197] + "..."


def _is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# Checked API URLs (a handful per process): the check runs once per URL.
_checked_urls: set[str] = set()


def _check_api_url(api_url: str) -> None:
    """The secret key is only ever sent over https, or over http to this machine."""
    if api_url in _checked_urls:
        return
    from urllib.parse import urlsplit

    scheme = host = None
    try:
        parts = urlsplit(api_url)
        if parts.port is None or parts.port >= 0:  # .port raises ValueError for a bad port
            scheme, host = parts.scheme.lower(), parts.hostname
    except ValueError:
        pass
    if not host or not (scheme == "https" or (scheme == "http" and _is_loopback(host))):
        raise ClerkConfigurationError(
            "api_url must be an https:// URL (http:// is accepted only for a loopback host: "
            f"localhost, 127.0.0.0/8 or ::1), not {_shown_url(api_url)!r}: the secret key is sent with the request."
        )
    if len(_checked_urls) < 64:
        _checked_urls.add(api_url)


def _build_opener() -> Any:
    """A urllib opener that follows no redirect: a 3xx answer is an ``HTTPError`` like a 4xx.
    (urllib's own handler would send the ``Authorization`` header on to any host, even over
    plain http, and the JWKS served there would be trusted.)"""
    import urllib.request

    # A handler whose redirect_request gives no new request: urllib then raises HTTPError.
    # (Built with type() so that the class stays local to this lazily run function.)
    no_redirect = type(
        "NoRedirect", (urllib.request.HTTPRedirectHandler,), {"redirect_request": lambda *args, **kwargs: None}
    )
    return urllib.request.build_opener(no_redirect)


_opener: Any = None

# The most of a JWKS answer read; a longer one is cut, and so is not valid JSON.
_MAX_JWKS_BYTES = 1 << 20


def _describe_failure(exc: BaseException, timeout: float) -> str:
    """What went wrong with the fetch, in words of our own (never the exception's text, which
    may quote the request or a long answer)."""
    import http.client
    import socket
    import ssl
    import urllib.error

    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        exc = exc.reason
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g} s"
    if isinstance(exc, http.client.RemoteDisconnected):
        return "the server closed the connection without answering"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "connection reset by the server"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error ({exc.reason or type(exc).__name__})"
    if isinstance(exc, socket.gaierror):
        return "the host name could not be resolved"
    if isinstance(exc, http.client.LineTooLong):
        return "the answer has a status line or header line that is too long"
    if isinstance(exc, http.client.UnknownProtocol):
        return "the answer is not in a supported HTTP version"
    if isinstance(exc, http.client.BadStatusLine):
        return "the answer's status line is not valid HTTP"
    if isinstance(exc, http.client.IncompleteRead):
        return "the connection closed before the whole body arrived"
    if isinstance(exc, http.client.HTTPException):
        if "headers" in str(exc):
            return "the answer has too many headers"
        return f"the answer is not valid HTTP ({type(exc).__name__})"
    if isinstance(exc, OSError):
        return exc.strerror.lower() if exc.strerror else type(exc).__name__
    if isinstance(exc, ValueError):
        return "the request could not be sent or the answer is malformed (a secret key with a line break?)"
    if isinstance(exc, urllib.error.URLError):
        return "the URL could not be opened"
    return type(exc).__name__


def _fetch_jwks(api_url: str, secret_key: str, *, timeout: float) -> JwtKey:
    """GET {api_url}/v1/jwks with the secret key. Redirects are not followed."""
    # Imported here: urllib costs ~15 ms at import time, and most users never fetch.
    import http.client
    import urllib.error
    import urllib.request

    global _opener
    if not secret_key:
        raise TokenVerificationError("The secret key is empty.", "secret-key-invalid")
    _check_api_url(api_url)
    if _opener is None:
        _opener = _build_opener()
    url = api_url.rstrip("/") + "/v1/jwks"
    request = urllib.request.Request(
        url,
        headers={
            "Authorization": f"Bearer {secret_key}",
            "Clerk-API-Version": API_VERSION,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        },
    )
    try:
        with _opener.open(request, timeout=timeout) as response:
            body = response.read(_MAX_JWKS_BYTES)
            if len(body) < _MAX_JWKS_BYTES and getattr(response, "length", None):
                # Fewer bytes than Content-Length announced: the connection closed early.
                raise http.client.IncompleteRead(body, response.length)
    except urllib.error.HTTPError as exc:
        exc.close()  # the error holds the response's connection
        reason: TokenFailureReason = "secret-key-invalid" if exc.code in (401, 403) else "jwk-remote-failed-to-load"
        note = " (a redirect, which is not followed)" if 300 <= exc.code < 400 else ""
        raise TokenVerificationError(f"GET {_shown_url(url)} failed: HTTP {exc.code}{note}.", reason) from None
    except Exception as exc:  # whatever the network or the server did, the load failed
        # `from None`, and only a description of our own: the exception's text may quote the
        # request's headers (http.client's ValueError for a key holding a line break does).
        raise TokenVerificationError(
            f"GET {_shown_url(url)} failed: {_describe_failure(exc, timeout)}.", "jwk-remote-failed-to-load"
        ) from None
    try:
        return JwtKey.from_jwks(body.decode("utf-8"))
    except (TokenVerificationError, UnicodeDecodeError) as exc:
        raise TokenVerificationError("The Backend API answered with an invalid JWKS.", "jwk-remote-invalid") from exc


def _api_url(api_url: str | None) -> str:
    """``api_url``, else ``CLERK_API_URL``, else ``https://api.clerk.com``."""
    if api_url is None:
        return os.environ.get(API_URL_ENV) or API_URL
    if not isinstance(api_url, str):
        raise TypeError(f"api_url must be a str, not {type(api_url).__name__}")
    return api_url


def _strings(value: str | Iterable[str] | None, name: str) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) for item in items):
        raise TypeError(f"{name} must be a str or an iterable of str")
    for item in items:
        try:
            item.encode("utf-8")
        except UnicodeEncodeError:
            # No token claim can ever equal it: the caller's configuration is broken.
            raise TypeError(f"{name} must hold valid Unicode strings (one has a lone surrogate)") from None
    return items


def _resolve_key(
    token_kid: Callable[[], str | None],
    jwt_key: KeyLike | None,
    jwks: JwksLike | None,
    secret_key: str | None,
    api_url: str,
    timeout: float,
    *,
    skip_jwks_cache: bool = False,
) -> JwtKey:
    """The key to verify with. ``token_kid`` gives the token's ``kid`` (from the token the caller
    has already decoded and checked up to the key), read only when the JWKS is fetched."""
    if jwt_key is not None:
        if isinstance(jwt_key, JwtKey):
            return jwt_key
        if isinstance(jwt_key, str):
            return _key_from_pem(jwt_key)
        raise TypeError(f"jwt_key must be a PEM str or a JwtKey, not {type(jwt_key).__name__}")
    if jwks is not None:
        if isinstance(jwks, JwtKey):
            return jwks
        if isinstance(jwks, (str, Mapping)):
            return JwtKey.from_jwks(jwks if isinstance(jwks, str) else dict(jwks))
        raise TypeError(f"jwks must be a dict, a JSON str or a JwtKey, not {type(jwks).__name__}")
    if secret_key:
        _check_api_url(api_url)
        # For a session token, this refuses a bad header (algorithm, type, category, crit)
        # before any request is made.
        kid = token_kid()
        return _jwks_cache.get(api_url, secret_key, kid=kid, timeout=timeout, refresh=skip_jwks_cache)
    raise TokenVerificationError(
        "Failed to resolve JWK during verification: pass jwt_key, jwks or secret_key "
        "(or set CLERK_JWT_KEY or CLERK_SECRET_KEY).",
        "jwk-failed-to-resolve",
    )


def verify_token(
    token: str,
    *,
    jwt_key: KeyLike | None = None,
    jwks: JwksLike | None = None,
    secret_key: str | None = None,
    api_url: str | None = None,
    authorized_parties: Iterable[str] | None = None,
    audience: str | Iterable[str] | None = None,
    issuer: str | Iterable[str] | None = None,
    clock_skew_in_ms: float = 5000,
    now: float | None = None,
    timeout: float = 10.0,
    skip_jwks_cache: bool = False,
) -> SessionClaims:
    """Verify a Clerk session token and return its claims.

    The key is, in this order: ``jwt_key`` (a PEM public key, or a ``JwtKey`` built once with
    ``JwtKey.from_pem``), ``jwks`` (a JWK set; the token's ``kid`` picks the key), or
    ``secret_key``, whose JWKS is fetched from the Backend API (``api_url``: https, or http to a
    loopback host, else ``ClerkConfigurationError``; by default ``CLERK_API_URL``, else
    ``https://api.clerk.com``; redirects are not followed) and cached for
    five minutes; a ``kid`` not in the cached set fetches it again at most once per
    ``JWKS_REFETCH_INTERVAL_SECONDS`` (30 s), and concurrent threads share one fetch.
    With none of them, ``CLERK_JWT_KEY`` and then ``CLERK_SECRET_KEY`` are read from the
    environment. ``now`` (Unix seconds) replaces the clock, for tests. ``skip_jwks_cache=True``
    fetches the JWKS even when a cached set is fresh (the new set is cached); see also
    ``clear_jwks_cache()``.

    Only RS256 is accepted, and only session tokens: an API key, an M2M or OAuth token, or a
    JWT whose header category is not a session token's (a JWT template) is refused with
    ``token-invalid`` before any key is fetched. Raises ``TokenVerificationError`` with the
    reference's ``reason``.
    """
    token = _check_token_text(token)
    options = _SessionOptions(
        jwt_key, jwks, secret_key, api_url, authorized_parties, audience, issuer,
        clock_skew_in_ms, now, timeout, skip_jwks_cache,
    )  # fmt: skip
    return _verify_session(token, None, options)


class _SessionOptions(NamedTuple):
    """``verify_token``'s options, as ``authenticate_request`` and the cookie flow pass them on."""

    jwt_key: KeyLike | None
    jwks: JwksLike | None
    secret_key: str | None
    api_url: str | None
    authorized_parties: Iterable[str] | None
    audience: str | Iterable[str] | None
    issuer: str | Iterable[str] | None
    clock_skew_in_ms: float
    now: float | None
    timeout: float
    skip_jwks_cache: bool

    def key_options(self) -> tuple[KeyLike | None, JwksLike | None, str | None]:
        """``jwt_key``, ``jwks`` and ``secret_key``; with none of them given, ``CLERK_JWT_KEY`` and
        ``CLERK_SECRET_KEY`` from the environment."""
        if self.jwt_key is None and self.jwks is None and self.secret_key is None:
            return os.environ.get(JWT_KEY_ENV) or None, None, os.environ.get(SECRET_KEY_ENV) or None
        return self.jwt_key, self.jwks, self.secret_key

    def resolve_key(self, kid: Callable[[], str | None]) -> JwtKey:
        """The key these options give for a token whose ``kid`` the callable reads (only when a
        JWKS is used)."""
        jwt_key, jwks, secret_key = self.key_options()
        return _resolve_key(
            kid, jwt_key, jwks, secret_key, _api_url(self.api_url), self.timeout,
            skip_jwks_cache=self.skip_jwks_cache,
        )  # fmt: skip


def _verify_session(
    token: str, held: _CheckedToken | TokenVerificationError | None, options: _SessionOptions
) -> SessionClaims:
    """``verify_token``'s work, on a token that is decoded at most once: ``held`` is what
    ``_classify_token`` already gave for it (``authenticate_request``), or ``None`` to decode it
    here when it is first needed."""
    checked: list[_CheckedToken] = []

    def checked_token() -> _CheckedToken:
        if not checked:
            if held is None:
                checked.append(_check_session_token(token))
            elif isinstance(held, TokenVerificationError):
                raise held.with_traceback(None)
            else:
                checked.append(held)
        return checked[0]

    key = options.resolve_key(lambda: checked_token().kid)
    now_ms = None if options.now is None else round(options.now * 1000)
    skew = float(options.clock_skew_in_ms)
    parties = _strings(options.authorized_parties, "authorized_parties")
    audiences = _strings(options.audience, "audience")
    issuers = _strings(options.issuer, "issuer")
    # Without a kid lookup (a given key), the token is decoded, or its held error raised, only now.
    return _verify_session_token(checked_token(), key, parties, audiences, issuers, skew, now_ms)


def _needs_fetch(
    token: str,
    jwt_key: KeyLike | None,
    jwks: JwksLike | None,
    secret_key: str | None,
    api_url: str | None,
    skip_jwks_cache: bool,
    *,
    machine: bool = False,
) -> bool:
    """Whether verifying ``token`` with these key options would fetch the JWKS (so that the
    async functions make that request in a worker thread, and nothing else)."""
    if jwt_key is not None or jwks is not None:
        return False
    if secret_key is None:
        if os.environ.get(JWT_KEY_ENV):
            return False
        secret_key = os.environ.get(SECRET_KEY_ENV) or None
    if not secret_key or not isinstance(secret_key, str) or not isinstance(token, str):
        return False
    if skip_jwks_cache:
        return True
    api_url = _api_url(api_url)
    try:
        if machine:
            found = decode_jwt(token).header.get("kid")
            kid = found if isinstance(found, str) else None
        else:
            kid = _check_session_token(token).kid
    except TokenVerificationError:
        return False  # refused before any request
    return not _jwks_cache.has_fresh(api_url, secret_key, kid)


async def verify_token_async(
    token: str,
    *,
    jwt_key: KeyLike | None = None,
    jwks: JwksLike | None = None,
    secret_key: str | None = None,
    api_url: str | None = None,
    authorized_parties: Iterable[str] | None = None,
    audience: str | Iterable[str] | None = None,
    issuer: str | Iterable[str] | None = None,
    clock_skew_in_ms: float = 5000,
    now: float | None = None,
    timeout: float = 10.0,
    skip_jwks_cache: bool = False,
) -> SessionClaims:
    """``verify_token`` for asyncio: same arguments, result and errors. A JWKS fetch runs in a
    worker thread (the event loop keeps serving other tasks); the cache is the one
    ``verify_token`` uses. With a cached or given key, nothing leaves the event loop."""
    call = functools.partial(
        verify_token,
        token,
        jwt_key=jwt_key,
        jwks=jwks,
        secret_key=secret_key,
        api_url=api_url,
        authorized_parties=authorized_parties,
        audience=audience,
        issuer=issuer,
        clock_skew_in_ms=clock_skew_in_ms,
        now=now,
        timeout=timeout,
        skip_jwks_cache=skip_jwks_cache,
    )
    if _needs_fetch(token, jwt_key, jwks, secret_key, api_url, skip_jwks_cache):
        import asyncio

        return await asyncio.to_thread(call)
    return call()


#: Every ``RequestState.reason``: a token verification failure (``TokenFailureReason``), a machine
#: token verification failure (``MachineTokenFailureReason``), ``"session-token-missing"`` (no token
#: while session tokens are accepted), ``"token-missing"`` (no token while only machine tokens
#: are accepted; @clerk/backend says ``'No token in header'``), ``"session-token-pending"``, or
#: with a publishable key a reason of the cookie flow (``CookieFlowReason``).
RequestStateReason = Union[
    TokenFailureReason,
    MachineTokenFailureReason,
    CookieFlowReason,
    Literal["session-token-missing", "token-missing", "session-token-pending"],
]


class RequestState(NamedTuple):
    """The outcome of ``authenticate_request``.

    ``status`` is ``"signed-in"``, ``"signed-out"`` (``reason`` and ``message`` say why) or, in
    the cookie flow (with a publishable key), ``"handshake"``: answer with a redirect (307)
    carrying ``headers``. ``headers`` are the response headers the flow asks for, as
    ``(name, value)`` pairs (``Set-Cookie`` may repeat): ``Location``, ``Set-Cookie``,
    ``Cache-Control``; set them on the response whatever the status (a refreshed or resolved
    session signs in with ``Set-Cookie`` headers). Empty without a publishable key.
    ``token_type`` is the kind of token that signed in, or that was expected or refused
    (``None`` when a list of accepted types did not hold the token's type). A session signs in
    with its ``claims``; a machine token with ``machine``, the verified ``APIKey``, ``M2MToken``
    or ``IdPOAuthAccessToken``. ``to_auth()`` gives the typed auth object, with ``has()``.
    The repr never shows the token.
    """

    status: Literal["signed-in", "signed-out", "handshake"]
    claims: SessionClaims | None = None
    reason: RequestStateReason | None = None
    message: str | None = None
    token: str | None = None
    token_carrier: Literal["header", "cookie"] | None = None  # where the token was found
    token_type: TokenType | None = None
    machine: APIKey | M2MToken | IdPOAuthAccessToken | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def is_signed_in(self) -> bool:
        return self.status == "signed-in"

    @property
    def user_id(self) -> str | None:
        """The session's user, or the user a machine token belongs to (an API key's ``user_...``
        subject, an OAuth token's user); ``None`` otherwise."""
        if self.status != "signed-in":
            return None
        if self.claims is not None:
            return self.claims.sub
        if self.machine is not None:
            return self.to_auth().user_id
        return None

    def to_auth(self) -> Auth:
        """The auth object: ``SessionAuth`` for a signed-in session, ``MachineAuth`` for a verified
        machine token, else ``SignedOutAuth`` (with ``reason``, ``message``, ``token_type``)."""
        from .auth import MachineAuth, SessionAuth, SignedOutAuth

        if self.status == "signed-in":
            if self.machine is not None:
                return MachineAuth.from_machine(self.machine)
            if self.claims is not None:
                return SessionAuth.from_claims(self.claims)
        session_status = None
        if self.reason == "session-token-pending" and self.claims is not None:
            session_status = "pending"
        return SignedOutAuth(
            token_type=self.token_type, reason=self.reason, message=self.message, session_status=session_status
        )

    def __repr__(self) -> str:
        # The token is a credential: never print it.
        return (
            f"RequestState(status={self.status!r}, token_type={self.token_type!r}, user_id={self.user_id!r}, "
            f"reason={self.reason!r}, token_carrier={self.token_carrier!r})"
        )


def _header(headers: Any, name: str) -> str | None:
    """One header from any headers, by the one rule of ``clerk_backend.Headers`` (in the Rust core)."""
    return None if headers is None else _header_value(headers, name)


def _token_from(
    headers: Any, cookies: Mapping[str, str] | None
) -> tuple[str | None, Literal["header", "cookie"] | None]:
    authorization = _header(headers, "authorization")
    if authorization:
        scheme, _, rest = authorization.strip().partition(" ")
        if rest and scheme.lower() == "bearer":
            return rest.strip(), "header"
        if not rest:
            return scheme, "header"  # a bare token, as the reference also accepts
    if cookies is not None:
        value = cookies.get("__session")
        if isinstance(value, str) and value:
            return value, "cookie"
        return None, None
    cookie_header = _header(headers, "cookie")
    if cookie_header:
        # One pass in Rust, with @clerk/backend's rules: the first of duplicate names wins, and
        # names like `expires` are cookies like any other (not SimpleCookie's attributes).
        value = _parse_cookie_header(cookie_header).get("__session")
        if value:
            return value, "cookie"
    return None, None


def _missing(accepted: frozenset[TokenType] | None) -> RequestState:
    if accepted is None or "session_token" in accepted:
        return RequestState(
            "signed-out",
            reason="session-token-missing",
            message="No session token in the request.",
            token_type="session_token",
        )
    only: TokenType | None = next(iter(accepted)) if len(accepted) == 1 else None
    return RequestState("signed-out", reason="token-missing", message="No token in the request.", token_type=only)


def _session_state(
    token: str,
    carrier: Literal["header", "cookie"] | None,
    claims: SessionClaims,
    accept_pending: bool,
) -> RequestState:
    if claims.sts == "pending" and not accept_pending:
        return RequestState(
            "signed-out",
            claims=claims,
            reason="session-token-pending",
            message="The session is pending (it has tasks to complete).",
            token=token,
            token_carrier=carrier,
            token_type="session_token",
        )
    return RequestState("signed-in", claims=claims, token=token, token_carrier=carrier, token_type="session_token")


def _machine_state(
    token: str,
    carrier: Literal["header", "cookie"] | None,
    token_type: TokenType,
    model: APIKey | M2MToken | IdPOAuthAccessToken,
) -> RequestState:
    from .auth import MachineAuth

    try:
        MachineAuth.from_machine(model)  # every field the auth object reads is typed
    except ParseError as exc:
        return RequestState(
            "signed-out",
            reason="unexpected-error",
            message=f"The Backend API's answer for the token cannot be read: {exc}",
            token=token,
            token_carrier=carrier,
            token_type=token_type,
        )
    return RequestState("signed-in", token=token, token_carrier=carrier, token_type=token_type, machine=model)


_KIND_LABELS = {
    "session_token": "a session token",
    "api_key": "an API key",
    "m2m_token": "an M2M token",
    "oauth_token": "an OAuth access token",
    "other_jwt": "a JWT that is not a session token (a JWT template?)",
}


class _Plan(NamedTuple):
    """What ``authenticate_request`` does with a request, decided before any verification."""

    token: str
    carrier: Literal["header", "cookie"] | None
    verify: Literal["session", "machine"]
    token_type: TokenType
    jwt: bool
    #: For a session token, what ``_classify_token`` gave: the token decoded once, or the error.
    held: _CheckedToken | TokenVerificationError | None


def _plan(
    headers: Any, cookies: Mapping[str, str] | None, accepts_token: object
) -> tuple[_Plan | None, RequestState | None]:
    """The routing of @clerk/backend's authenticateRequest: a plan to verify, or the final state."""
    from ._accepts import accepted_types, route
    from .machine import machine_token_type

    if not isinstance(accepts_token, str):
        # Read once (it may be a generator); for a non-iterable, accepted_types says what was expected.
        with contextlib.suppress(TypeError):
            accepts_token = list(accepts_token)  # type: ignore[call-overload]
    accepted = accepted_types(accepts_token)  # raises for a bad accepts_token, token or not
    token, carrier = _token_from(headers, cookies)
    if not token:
        return None, _missing(accepted)
    try:
        _check_token_text(token)
    except TokenVerificationError as exc:
        return None, RequestState("signed-out", reason=exc.reason, message=str(exc), token=token, token_carrier=carrier)
    found, held = _classify_token(token)
    kind: Any = "other_jwt" if found == "non_session_jwt" else found
    jwt = machine_token_type(token) is None
    decided = route(kind, accepts_token, jwt=jwt)
    if decided.verify is None or decided.token_type is None:
        what = _KIND_LABELS[kind]
        if decided.token_type is None:
            message = f"The token is {what}, which accepts_token does not list ({list(accepts_token)!r})."  # type: ignore[call-overload]
        else:
            expected = _KIND_LABELS[decided.token_type]
            message = f"The token is {what}, not {expected} (accepts_token={accepts_token!r})."
        return None, RequestState(
            "signed-out",
            reason="token-type-mismatch",
            message=message,
            token=token,
            token_carrier=carrier,
            token_type=decided.token_type,
        )
    return _Plan(token, carrier, decided.verify, decided.token_type, jwt, held), None


def _verify_machine_jwt_model(
    token: str,
    *,
    jwt_key: KeyLike | None,
    jwks: JwksLike | None,
    secret_key: str | None,
    api_url: str | None,
    audience: str | Iterable[str] | None,
    clock_skew_in_ms: float,
    now: float | None,
    timeout: float,
    skip_jwks_cache: bool,
) -> M2MToken | IdPOAuthAccessToken:
    """Verify an M2M or OAuth access token in JWT form locally, with the session-token keys, by
    @clerk/backend's verifyMachineJwt rules. Raises ``MachineTokenVerificationError``: the
    category ``token-invalid``; header type, key, signature, times, audience
    ``token-verification-failed`` (as the reference says them all)."""
    from ._machine_jwt import (
        check_machine_jwt_header,
        m2m_token_from_claims,
        machine_jwt_type,
        oauth_token_from_claims,
    )

    try:
        decoded = decode_jwt(token)
    except TokenVerificationError as exc:
        raise MachineTokenVerificationError(str(exc), "token-invalid") from None
    kind = machine_jwt_type(decoded.header, decoded.payload)
    if kind is None:
        raise MachineTokenVerificationError("The token is not an M2M or OAuth access token JWT.", "token-invalid")
    check_machine_jwt_header(kind, decoded.header)
    audiences = _strings(audience, "audience")
    if jwt_key is None and jwks is None and secret_key is None:
        jwt_key = os.environ.get(JWT_KEY_ENV) or None
        secret_key = os.environ.get(SECRET_KEY_ENV) or None
    skew = float(clock_skew_in_ms)
    try:
        found_kid = decoded.header.get("kid")
        key = _resolve_key(
            lambda: found_kid if isinstance(found_kid, str) else None,
            jwt_key,
            jwks,
            secret_key,
            _api_url(api_url),
            timeout,
            skip_jwks_cache=skip_jwks_cache,
        )
        claims = _verify_machine_jwt(
            token,
            key,
            audiences if kind == "m2m_token" else [],
            skew,
            None if now is None else round(now * 1000),
        )
    except TokenVerificationError as exc:
        raise MachineTokenVerificationError(str(exc), "token-verification-failed") from None
    try:
        if kind == "m2m_token":
            return m2m_token_from_claims(claims, now=now, clock_skew_in_ms=skew)
        return oauth_token_from_claims(claims, audience=audiences, now=now, clock_skew_in_ms=skew)
    except ParseError as exc:
        raise MachineTokenVerificationError(
            f"The token's claims have unexpected types: {exc}", "token-invalid"
        ) from None


def authenticate_request(
    headers: _Headers | None,
    *,
    cookies: Mapping[str, str] | None = None,
    accepts_token: AcceptsToken = "session_token",
    jwt_key: KeyLike | None = None,
    jwks: JwksLike | None = None,
    secret_key: str | None = None,
    machine_secret_key: str | None = None,
    api_url: str | None = None,
    authorized_parties: Iterable[str] | None = None,
    audience: str | Iterable[str] | None = None,
    issuer: str | Iterable[str] | None = None,
    clock_skew_in_ms: float = 5000,
    accept_pending: bool = False,
    now: float | None = None,
    timeout: float = 10.0,
    skip_jwks_cache: bool = False,
    publishable_key: str | PublishableKey | None = None,
    url: str | None = None,
    method: str | None = None,
    is_satellite: bool = False,
    domain: str | None = None,
    proxy_url: str | None = None,
    sign_in_url: str | None = None,
    satellite_auto_sync: bool = False,
) -> RequestState:
    """Authenticate a request from its token.

    The token comes from ``Authorization: Bearer <token>`` or, failing that, the ``__session``
    cookie (from ``cookies`` if given, else the ``Cookie`` header). ``headers`` is any mapping
    or iterable of ``(name, value)`` pairs (FastAPI/Starlette, Flask/Werkzeug, Django).

    ``accepts_token`` says which tokens may sign in: ``"session_token"`` (the default),
    ``"api_key"``, ``"m2m_token"``, ``"oauth_token"``, a list of them, or ``"any"``. A token of
    another type is signed out with ``token-type-mismatch`` before anything is verified, so
    with the default an ``ak_...`` header never costs a Backend API call. Only a session token
    ever signs in as a session. Session tokens are verified locally (key options as for
    ``verify_token``); a session whose status (``sts``) is ``pending`` is signed out unless
    ``accept_pending`` is true. Opaque machine tokens (``ak_``, ``mt_``, ``oat_``) are verified
    by the Backend API (``verify_machine_token``: the secret key, or ``machine_secret_key`` for
    M2M tokens); M2M and OAuth tokens in JWT form locally, with the session-token keys
    (``audience`` applies to M2M JWTs as to sessions, and to OAuth tokens' ``aud``).
    Never raises for a bad or missing token; only for bad arguments
    (``TypeError``, ``ValueError``, ``ClerkConfigurationError``).

    With a publishable key (``publishable_key``, else ``CLERK_PUBLISHABLE_KEY``), a request
    without an ``Authorization`` token goes through @clerk/backend's cookie flow for
    server-rendered apps (``__client_uat``, suffixed cookies, handshake, refresh through
    ``__refresh``, satellite domains with ``is_satellite``, ``domain``, ``proxy_url``,
    ``sign_in_url``, ``satellite_auto_sync``): pass the request's absolute ``url`` and its
    ``method``, without which no handshake or refresh is attempted. The state may then be
    ``"handshake"``, and ``headers`` holds the response headers to send.
    """
    if not isinstance(accepts_token, str):
        with contextlib.suppress(TypeError):
            accepts_token = list(accepts_token)
    plan, state = _plan(headers, cookies, accepts_token)
    options = _SessionOptions(
        jwt_key, jwks, secret_key, api_url, authorized_parties, audience, issuer,
        clock_skew_in_ms, now, timeout, skip_jwks_cache,
    )  # fmt: skip
    flow = _flow_options(
        publishable_key, url, method, is_satellite, domain, proxy_url, sign_in_url, satellite_auto_sync
    )
    if flow is not None:
        from . import _cookie_flow

        keys = _flow_keys(options, accept_pending)
        if _in_cookie_flow(plan, state, accepts_token):
            return _cookie_flow.authenticate(flow, headers, cookies, keys)
    if plan is None:
        assert state is not None
        return state
    token, carrier = plan.token, plan.carrier
    if plan.verify == "machine":
        from .machine import verify_machine_token

        model: APIKey | M2MToken | IdPOAuthAccessToken
        try:
            if plan.jwt:
                model = _verify_machine_jwt_model(
                    token,
                    jwt_key=jwt_key,
                    jwks=jwks,
                    secret_key=secret_key,
                    api_url=api_url,
                    audience=audience,
                    clock_skew_in_ms=clock_skew_in_ms,
                    now=now,
                    timeout=timeout,
                    skip_jwks_cache=skip_jwks_cache,
                )
            else:
                model = verify_machine_token(
                    token,
                    secret_key=secret_key,
                    machine_secret_key=machine_secret_key,
                    api_url=api_url,
                    timeout=timeout,
                )
        except MachineTokenVerificationError as exc:
            return RequestState(
                "signed-out",
                reason=exc.reason,
                message=str(exc),
                token=token,
                token_carrier=carrier,
                token_type=plan.token_type,
            )
        return _machine_state(token, carrier, plan.token_type, model)
    try:
        claims = _verify_session(token, plan.held, options)
    except TokenVerificationError as exc:
        if flow is not None and exc.reason in ("token-expired", "token-not-active-yet", "token-iat-in-the-future"):
            return _cookie_flow.header_error(flow, headers, cookies, keys, token, exc)
        return RequestState(
            "signed-out",
            reason=exc.reason,
            message=str(exc),
            token=token,
            token_carrier=carrier,
            token_type="session_token",
        )
    return _session_state(token, carrier, claims, accept_pending)


def _flow_options(
    publishable_key: str | PublishableKey | None,
    url: str | None,
    method: str | None,
    is_satellite: bool,
    domain: str | None,
    proxy_url: str | None,
    sign_in_url: str | None,
    satellite_auto_sync: bool,
) -> CookieFlow | None:
    """The cookie flow's options; ``None`` (today's behaviour) without a publishable key."""
    if publishable_key is None and not os.environ.get(PUBLISHABLE_KEY_ENV):
        return None
    from ._cookie_flow import configure

    return configure(
        publishable_key,
        url=url,
        method=method,
        is_satellite=is_satellite,
        domain=domain,
        proxy_url=proxy_url,
        sign_in_url=sign_in_url,
        satellite_auto_sync=satellite_auto_sync,
    )


def _in_cookie_flow(plan: _Plan | None, state: RequestState | None, accepts_token: object) -> bool:
    """Whether the cookie flow decides: no token in the Authorization header, and session
    tokens accepted (the reference's cookie path)."""
    from ._accepts import accepted_types

    carrier = plan.carrier if plan is not None else state.token_carrier if state is not None else None
    if carrier == "header":
        return False
    accepted = accepted_types(accepts_token)
    return accepted is None or "session_token" in accepted


def _flow_keys(options: _SessionOptions, accept_pending: bool) -> Any:
    """The cookie flow's ``Keys``: session tokens verified as ``verify_token`` does with the
    caller's options; handshake tokens with the same key; the Backend API with the secret key."""
    from ._cookie_flow import Keys

    def verify(token: str, **changes: Any) -> SessionClaims:
        return verify_token(token, **{**options._asdict(), **changes})

    def key_for(token: str) -> JwtKey:
        # The handshake token's kid, read (with the header checks a session token gets) only when
        # the JWKS is fetched.
        return options.resolve_key(lambda: _check_session_token(token).kid)

    secret_key = options.key_options()[2] or os.environ.get(SECRET_KEY_ENV) or None
    return Keys(verify, key_for, secret_key, _api_url(options.api_url), options.timeout, accept_pending)


async def authenticate_request_async(
    headers: _Headers | None,
    *,
    cookies: Mapping[str, str] | None = None,
    accepts_token: AcceptsToken = "session_token",
    jwt_key: KeyLike | None = None,
    jwks: JwksLike | None = None,
    secret_key: str | None = None,
    machine_secret_key: str | None = None,
    api_url: str | None = None,
    authorized_parties: Iterable[str] | None = None,
    audience: str | Iterable[str] | None = None,
    issuer: str | Iterable[str] | None = None,
    clock_skew_in_ms: float = 5000,
    accept_pending: bool = False,
    now: float | None = None,
    timeout: float = 10.0,
    skip_jwks_cache: bool = False,
    publishable_key: str | PublishableKey | None = None,
    url: str | None = None,
    method: str | None = None,
    is_satellite: bool = False,
    domain: str | None = None,
    proxy_url: str | None = None,
    sign_in_url: str | None = None,
    satellite_auto_sync: bool = False,
) -> RequestState:
    """``authenticate_request`` for asyncio: same arguments and result. A Backend API call (an
    opaque machine token, a handshake nonce, a refresh) or a JWKS fetch runs in a worker thread, so the event loop keeps
    serving other tasks; the JWKS cache is shared with the other functions. A request decided
    without the network (no token, a refused type, a cached or given key) stays on the loop."""
    call = functools.partial(
        authenticate_request,
        headers,
        cookies=cookies,
        accepts_token=accepts_token,
        jwt_key=jwt_key,
        jwks=jwks,
        secret_key=secret_key,
        machine_secret_key=machine_secret_key,
        api_url=api_url,
        authorized_parties=authorized_parties,
        audience=audience,
        issuer=issuer,
        clock_skew_in_ms=clock_skew_in_ms,
        accept_pending=accept_pending,
        now=now,
        timeout=timeout,
        skip_jwks_cache=skip_jwks_cache,
        publishable_key=publishable_key,
        url=url,
        method=method,
        is_satellite=is_satellite,
        domain=domain,
        proxy_url=proxy_url,
        sign_in_url=sign_in_url,
        satellite_auto_sync=satellite_auto_sync,
    )
    if not isinstance(accepts_token, str):
        # Read once here (it may be a generator), for the planning below and the call.
        with contextlib.suppress(TypeError):
            accepts_token = list(accepts_token)
            call = functools.partial(call, accepts_token=accepts_token)
    plan, _ = _plan(headers, cookies, accepts_token)
    flow = _flow_options(
        publishable_key, url, method, is_satellite, domain, proxy_url, sign_in_url, satellite_auto_sync
    )
    if flow is not None:
        from ._cookie_flow import may_use_network

        if may_use_network(
            flow,
            headers,
            cookies,
            lambda token: _needs_fetch(token, jwt_key, jwks, secret_key, api_url, skip_jwks_cache),
        ):
            import asyncio

            return await asyncio.to_thread(call)
    network = plan is not None and (
        (plan.verify == "machine" and not plan.jwt)
        or _needs_fetch(plan.token, jwt_key, jwks, secret_key, api_url, skip_jwks_cache, machine=plan.jwt)
    )
    if network:
        import asyncio

        return await asyncio.to_thread(call)
    return call()
