"""Verification of opaque machine tokens through the Backend API.

An API key (``ak_...``), an M2M token (``mt_...``) or an OAuth access token (``oat_...``) means
nothing by itself: Clerk looks it up. ``verify_machine_token`` asks the Backend API as
@clerk/backend does (``POST /api_keys/verify``, ``/m2m_tokens/verify`` or
``/oauth_applications/access_tokens/verify``, without ``/v1``) and returns its model, or raises
``MachineTokenVerificationError`` with @clerk/backend's reason.

Each call is one metered Backend API request: only make it for a request that should carry a
machine token. The HTTP client is the standard library's; redirects are never followed (the
request carries the secret key), and no message holds the token or the key.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from typing import NamedTuple, Union

from ._constants import API_URL, API_URL_ENV, API_VERSION, MACHINE_SECRET_KEY_ENV, SECRET_KEY_ENV, USER_AGENT
from ._machine_jwt import check_oauth_audience
from ._native import APIKey, IdPOAuthAccessToken, M2MToken
from .auth import MachineTokenType
from .errors import MachineTokenFailureReason, MachineTokenVerificationError, ParseError

__all__ = [
    "machine_token_type",
    "verify_machine_token",
    "verify_machine_token_async",
]

_MAX_BODY = 1 << 20
_JWT_FORMAT = re.compile(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

MachineModel = Union[APIKey, M2MToken, IdPOAuthAccessToken]


class _Kind(NamedTuple):
    prefix: str
    path: str  # under the API URL, without /v1 (as @clerk/backend calls it)
    body_key: str  # the JSON member the token travels in
    label: str  # for messages
    model: type[APIKey] | type[M2MToken] | type[IdPOAuthAccessToken]


# The prefixes and endpoints, each written once. M2M first: @clerk/backend checks it first.
_KINDS: dict[MachineTokenType, _Kind] = {
    "m2m_token": _Kind("mt_", "/m2m_tokens/verify", "token", "M2M token", M2MToken),
    "oauth_token": _Kind(
        "oat_", "/oauth_applications/access_tokens/verify", "access_token", "OAuth access token", IdPOAuthAccessToken
    ),
    "api_key": _Kind("ak_", "/api_keys/verify", "secret", "API key", APIKey),
}


def machine_token_type(token: str) -> MachineTokenType | None:
    """The kind of an opaque machine token by its prefix (``ak_``, ``mt_``, ``oat_``), else ``None``.

    A JWT is never an opaque machine token (machine JWTs are recognized from their claims).
    """
    if not isinstance(token, str):
        raise TypeError(f"the token must be str, not {type(token).__name__}")
    for kind, spec in _KINDS.items():
        if token.startswith(spec.prefix):
            return kind
    return None


class _Call(NamedTuple):
    kind: MachineTokenType
    spec: _Kind
    url: str
    headers: dict[str, str]
    body: bytes
    audience: tuple[str, ...]
    timeout: float


class _Answer(NamedTuple):
    status: int
    body: bytes


def _fail(message: str, reason: MachineTokenFailureReason, status: int | None = None) -> MachineTokenVerificationError:
    return MachineTokenVerificationError(message, reason, status)


def _audiences(audience: str | Iterable[str] | None) -> tuple[str, ...]:
    if audience is None:
        return ()
    items = [audience] if isinstance(audience, str) else list(audience)
    if not all(isinstance(item, str) for item in items):
        raise TypeError("audience must be a str or an iterable of str")
    return tuple(item for item in items if item)  # empty entries ask nothing, as in the reference


def _prepare(
    token: str,
    secret_key: str | None,
    machine_secret_key: str | None,
    api_url: str | None,
    audience: str | Iterable[str] | None,
    timeout: float,
) -> _Call:
    kind = machine_token_type(token)
    if kind is None:
        if _JWT_FORMAT.fullmatch(token):
            raise _fail(
                "The token is a JWT: M2M and OAuth JWTs are verified locally with the instance's keys, "
                "not through the Backend API. verify_machine_token takes opaque tokens (ak_, mt_, oat_).",
                "token-invalid",
            )
        raise _fail("The token is not a machine token: expected one starting with ak_, mt_ or oat_.", "token-invalid")
    try:
        token.encode("utf-8")
    except UnicodeEncodeError:
        raise _fail("The token is not valid Unicode.", "token-invalid") from None
    if api_url is None:
        api_url = os.environ.get(API_URL_ENV) or API_URL
    if not isinstance(api_url, str) or not api_url:
        raise TypeError("api_url must be a non-empty str")
    if secret_key is None and machine_secret_key is None:
        secret_key = os.environ.get(SECRET_KEY_ENV) or None
        machine_secret_key = os.environ.get(MACHINE_SECRET_KEY_ENV) or None
    for name, value in (("secret_key", secret_key), ("machine_secret_key", machine_secret_key)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    # M2M tokens may be verified with a machine's own secret key; everything else needs the instance's.
    bearer = (machine_secret_key or secret_key) if kind == "m2m_token" else secret_key
    spec = _KINDS[kind]
    if not bearer:
        if kind == "m2m_token":
            where = "pass secret_key or machine_secret_key (or set CLERK_SECRET_KEY or CLERK_MACHINE_SECRET_KEY)"
        else:
            where = "pass secret_key (or set CLERK_SECRET_KEY)"
        raise _fail(f"Verifying an {spec.label} needs a secret key: {where}.", "secret-key-invalid")
    headers = {
        "Authorization": f"Bearer {bearer}",
        "Clerk-API-Version": API_VERSION,
        "User-Agent": USER_AGENT,
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    body = json.dumps({spec.body_key: token}).encode("utf-8")
    return _Call(kind, spec, api_url.rstrip("/") + spec.path, headers, body, _audiences(audience), float(timeout))


def _describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _send(call: _Call) -> _Answer:
    """POST the token; the HTTP answer (any status), or the network failure as an error."""
    # Imported here: urllib costs milliseconds at import time, and most requests carry no machine token.
    import http.client
    import urllib.error
    import urllib.request

    from . import _no_redirect

    request = urllib.request.Request(call.url, data=call.body, headers=call.headers, method="POST")
    try:
        with _no_redirect.opener().open(request, timeout=call.timeout) as response:
            return _Answer(response.status, response.read(_MAX_BODY))
    except urllib.error.HTTPError as exc:
        try:
            body = exc.read(_MAX_BODY)
        except (OSError, http.client.HTTPException):
            body = b""
        finally:
            exc.close()  # the error holds the response's connection
        return _Answer(exc.code, body)
    except urllib.error.URLError as exc:
        cause = exc.reason if isinstance(exc.reason, BaseException) else exc
        raise _fail(
            f"Verifying the {call.spec.label} failed: POST {call.url} got no answer ({_describe(cause)}).",
            "unexpected-error",
        ) from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        what = "timed out" if isinstance(exc, TimeoutError) else "got no answer"
        raise _fail(
            f"Verifying the {call.spec.label} failed: POST {call.url} {what} ({_describe(exc)}).", "unexpected-error"
        ) from None


def _api_error_text(body: bytes) -> tuple[str, str]:
    """The first error's message and code of a Backend API error body, when it has them."""
    try:
        data = json.loads(body)
    except ValueError:
        return "", ""
    errors = data.get("errors") if isinstance(data, dict) else None
    first = errors[0] if isinstance(errors, list) and errors else None
    if not isinstance(first, dict):
        return "", ""
    message, code = first.get("message"), first.get("code")
    return (message if isinstance(message, str) else ""), (code if isinstance(code, str) else "")


def _finish(call: _Call, answer: _Answer) -> MachineModel:
    spec, status = call.spec, answer.status
    if status == 401:
        message, _ = _api_error_text(answer.body)
        raise _fail(
            f"The Backend API refused the secret key (HTTP 401): {message or 'invalid secret key'}.",
            "secret-key-invalid",
            status,
        )
    if status == 404:
        raise _fail(f"{spec.label} not found (HTTP 404): it does not exist, or was revoked.", "token-invalid", status)
    if not 200 <= status < 300:
        message, code = _api_error_text(answer.body)
        detail = f": {message}" + (f" (code {code})" if code else "") if message else ""
        what = "a redirect, which is not followed" if 300 <= status < 400 else "an error"
        raise _fail(
            f"Unexpected error verifying the {spec.label}: POST {call.url} answered HTTP {status}, {what}{detail}.",
            "unexpected-error",
            status,
        )
    try:
        model = spec.model.from_json(answer.body)
        revoked, expired = model.revoked, model.expired
    except ParseError as exc:
        raise _fail(
            f"Unexpected error verifying the {spec.label}: the Backend API's answer is not a {spec.model.__name__} "
            f"({exc}).",
            "unexpected-error",
            status,
        ) from None
    # The Backend API refuses revoked and expired tokens itself; an answer saying otherwise is not trusted.
    if revoked is not False:
        raise _fail(f"The {spec.label} has been revoked.", "token-invalid", status)
    if expired is not False:
        raise _fail(f"The {spec.label} has expired.", "token-invalid", status)
    if call.audience and isinstance(model, IdPOAuthAccessToken):
        try:
            token_audience: object = model.aud
        except ParseError:
            token_audience = None
        check_oauth_audience(token_audience, call.audience)
    return model


def verify_machine_token(
    token: str,
    *,
    secret_key: str | None = None,
    machine_secret_key: str | None = None,
    api_url: str | None = None,
    audience: str | Iterable[str] | None = None,
    timeout: float = 10.0,
) -> APIKey | M2MToken | IdPOAuthAccessToken:
    """Verify an opaque machine token with the Backend API and return its model.

    ``ak_...`` gives an ``APIKey``, ``mt_...`` an ``M2MToken``, ``oat_...`` an
    ``IdPOAuthAccessToken``. The request carries ``Authorization: Bearer`` the secret key; an
    M2M token may instead be verified with a machine's secret key (``machine_secret_key``, which
    is then preferred). With neither key given, ``CLERK_SECRET_KEY`` and
    ``CLERK_MACHINE_SECRET_KEY`` are read from the environment; ``api_url`` falls back to
    ``CLERK_API_URL``, then ``https://api.clerk.com``. ``audience``, for OAuth access
    tokens: at least one must be in the token's ``aud``.

    Raises ``MachineTokenVerificationError``: ``"token-invalid"`` (unknown to Clerk: HTTP 404;
    revoked; expired; not a machine token), ``"secret-key-invalid"`` (HTTP 401, or no key),
    ``"unexpected-error"`` (any other status, or no answer; the message names the URL and the
    cause) or ``"token-verification-failed"`` (audience). ``.status`` is the HTTP status.
    """
    if not isinstance(token, str):
        raise TypeError(f"the token must be str, not {type(token).__name__}")
    call = _prepare(token, secret_key, machine_secret_key, api_url, audience, timeout)
    return _finish(call, _send(call))


async def verify_machine_token_async(
    token: str,
    *,
    secret_key: str | None = None,
    machine_secret_key: str | None = None,
    api_url: str | None = None,
    audience: str | Iterable[str] | None = None,
    timeout: float = 10.0,
) -> APIKey | M2MToken | IdPOAuthAccessToken:
    """``verify_machine_token`` for asyncio: the HTTP request runs in a worker thread, so the
    event loop keeps serving other requests meanwhile. Same arguments, result and errors."""
    import asyncio

    if not isinstance(token, str):
        raise TypeError(f"the token must be str, not {type(token).__name__}")
    call = _prepare(token, secret_key, machine_secret_key, api_url, audience, timeout)
    answer = await asyncio.get_running_loop().run_in_executor(None, _send, call)
    return _finish(call, answer)
