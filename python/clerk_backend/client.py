"""The Backend API client: ``Clerk`` (sync) and ``AsyncClerk`` (asyncio), built from ``_endpoints``.

Every group (``clerk.users``, ``clerk.organizations``, ...) and every method on it is made
here from the table in ``_endpoints.py``; the stub ``client.pyi`` is generated from the same
table (``scripts/gen_stubs.py``).

``httpx`` is imported when the first client is made, so ``import clerk_backend`` does not need
it. Without it, making a client raises ``ClerkConfigurationError`` (a ``ValueError``) that
says ``pip install "clerk-backend[client]"``.
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Iterator
from typing import TYPE_CHECKING, Any, Callable, Union
from urllib.parse import quote

from . import _native
from ._constants import API_URL, API_URL_ENV, API_VERSION, SECRET_KEY_ENV, USER_AGENT
from ._endpoints import CALL_OPTIONS, ENDPOINTS, GROUPS, Endpoint, group_class_name
from .errors import (
    ClerkAPIError,
    ClerkAPIResponseError,
    ClerkConfigurationError,
    ClerkNetworkError,
    ClerkTimeoutError,
    ParseError,
)

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncClerk", "Clerk"]

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2

#: Methods that may be sent twice without changing the outcome.
_SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_.~-]+")
_INSTALL_HINT = 'The Clerk REST client needs httpx: pip install "clerk-backend[client]"'

logger = logging.getLogger("clerk_backend.client")


class _Default:
    """The default of a per-call option: use the client's setting."""

    def __repr__(self) -> str:
        return "<the client's setting>"


_DEFAULT: Any = _Default()

_Timeout = Union[float, None, "httpx.Timeout"]


# ----------------------------------------------------------------------------------------------
# Keys: checked when given, and scrubbed from any text that could show them

_ASCII_SPACE = " \t\n\r\x0b\x0c"
_BEARER_WORD = re.compile(r"(?i)(bearer\s+)[^\s'\"]+")
_REDACTED = "<redacted>"


def _char_kind(char: str) -> str:
    if char in "\n\r":
        return "a line break"
    if char == "\t":
        return "a tab"
    if char == " ":
        return "a space"
    if char == "\x00":
        return "a NUL character"
    if char > "\x7f":
        return "a non-ASCII character"
    return "a control character"


def _checked_key(value: str, where: str) -> str:
    """``value`` without surrounding ASCII whitespace; refused if what is left is not a usable key.

    A usable key is printable ASCII without spaces (``!`` to ``~``). The error says where the key
    came from, what kind of character is wrong, its index and the key's length, never the key.
    """
    key = value.strip(_ASCII_SPACE)
    if not key:
        raise ClerkConfigurationError(f"The Clerk key in {where} is empty or only whitespace")
    if not (key.isascii() and key.isprintable()) or " " in key:
        start = len(value) - len(value.lstrip(_ASCII_SPACE))
        index, char = next((i, c) for i, c in enumerate(key) if not "!" <= c <= "~")
        raise ClerkConfigurationError(
            f"The Clerk key in {where} holds {_char_kind(char)} at index {start + index} of its {len(value)} "
            "characters; a key is printable ASCII without spaces (the key is not shown)"
        )
    return key


def _escaped_forms(secret: str) -> set[str]:
    """``secret`` as it may appear in a message: as is, and escaped by ``repr`` of str or bytes."""
    forms = {secret, repr(secret)[1:-1], repr(secret.encode("utf-8", "backslashreplace"))[2:-1]}
    return {form for form in forms if form}


def _scrubbed(text: str, secrets: tuple[str | None, ...]) -> str:
    """``text`` with every form of each secret, and any word after ``Bearer``, replaced."""
    for secret in secrets:
        if secret:
            for form in sorted(_escaped_forms(secret), key=len, reverse=True):
                text = text.replace(form, _REDACTED)
    return _BEARER_WORD.sub(lambda m: m.group(1) + _REDACTED, text)


_ERRNO = re.compile(r"\[Errno -?\d+\]\s*([^\]'\"]+)")


def _cause_text(detail: str, kind: str) -> str:
    """What failed, in plain words: ``connection refused`` from ``[Errno 111] Connection refused``."""
    found = _ERRNO.search(detail)
    if found:
        words = found.group(1).strip().rstrip(".")
        return f"{words[:1].lower()}{words[1:]} ({kind})"
    return f"{detail} ({kind})" if detail else kind


def _scrubbed_copy(exc: Exception, detail: str, request: Any) -> Exception:
    """A transport error of the same class with ``detail`` as its text, and ``request`` (method and
    URL, no headers) in place of the request that was sent."""
    try:
        copy = type(exc)(detail, request=request)
    except Exception:  # a class whose constructor wants more: keep the text in a plain exception
        copy = Exception(f"{type(exc).__name__}: {detail}")
    return copy


def _import_httpx() -> Any:
    try:
        import httpx
    except ImportError as exc:
        raise ClerkConfigurationError(_INSTALL_HINT) from exc
    return httpx


# ----------------------------------------------------------------------------------------------
# Per-call options (``timeout=``, ``max_retries=`` on every method; see CALL_OPTIONS)


class _Options:
    __slots__ = ("max_retries", "timeout")

    def __init__(self, timeout: Any = _DEFAULT, max_retries: Any = _DEFAULT) -> None:
        if max_retries is not _DEFAULT and (
            isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
        ):
            raise ValueError(f"max_retries must be an int of 0 or more, not {max_retries!r}")
        self.timeout = timeout
        self.max_retries = max_retries

    @classmethod
    def pop_from(cls, kwargs: dict[str, Any]) -> _Options:
        if not any(name in kwargs for name in CALL_OPTIONS):
            return _NO_OPTIONS
        return cls(kwargs.pop("timeout", _DEFAULT), kwargs.pop("max_retries", _DEFAULT))


_NO_OPTIONS = _Options()


# ----------------------------------------------------------------------------------------------
# One compiled endpoint: everything a call needs, worked out once at import.


class _Compiled:
    __slots__ = (
        "counted",
        "endpoint",
        "fixed_query",
        "kind",
        "method",
        "model",
        "optional_tail",
        "param_where",
        "path_format",
        "path_names",
        "path_prefixes",
        "required",
        "retry_safe",
        "signature_params",
        "v1",
    )

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        self.method = endpoint.method
        self.v1 = endpoint.uses_v1
        self.retry_safe = endpoint.method in _SAFE_METHODS
        path = endpoint.path
        self.optional_tail = bool(endpoint.path_params) and not endpoint.path_params[-1].required
        if self.optional_tail:
            path = path[: path.rindex("/{")]
        self.path_names = tuple(p.name for p in endpoint.path_params)
        self.path_format = re.sub(r"\{[^}]+\}", "{}", path)
        self.path_prefixes = tuple(p.prefix for p in endpoint.path_params)
        self.param_where = {p.name: p for p in endpoint.params}
        self.required = tuple(p.name for p in endpoint.params if p.required)
        self.fixed_query = endpoint.fixed_query
        self.kind = endpoint.response_kind
        model = endpoint.model
        self.model = getattr(_native, model) if model and self.kind == "model" else None
        self.counted = self.kind == "counted"
        self.signature_params = self._signature()

    def _signature(self) -> tuple[inspect.Parameter, ...]:
        params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
        for p in self.endpoint.path_params:
            params.append(
                inspect.Parameter(
                    p.name,
                    inspect.Parameter.POSITIONAL_OR_KEYWORD,
                    default=inspect.Parameter.empty if p.required else None,
                )
            )
        for p in self.endpoint.params:
            params.append(
                inspect.Parameter(
                    p.name,
                    inspect.Parameter.KEYWORD_ONLY,
                    default=inspect.Parameter.empty if p.required else None,
                )
            )
        keyword = inspect.Parameter.KEYWORD_ONLY
        params.extend(inspect.Parameter(name, keyword, default=_DEFAULT) for name in CALL_OPTIONS)
        return tuple(params)

    def qualname(self) -> str:
        return f"{self.endpoint.group}.{self.endpoint.name}"

    def bind(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[list[Any], dict[str, Any], _Options]:
        """Split the caller's arguments into path values, the other parameters and the per-call options."""
        options = _Options.pop_from(kwargs) if kwargs else _NO_OPTIONS
        names = self.path_names
        if len(args) > len(names):
            raise TypeError(f"{self.qualname()}() takes {len(names)} positional arguments but {len(args)} were given")
        path_values = list(args)
        params = kwargs
        if len(args) < len(names):
            params = dict(kwargs)
            for name in names[len(args) :]:
                if name in params:
                    path_values.append(params.pop(name))
                elif name == names[-1] and self.optional_tail:
                    path_values.append(None)
                else:
                    raise TypeError(f"{self.qualname()}() missing required argument: {name!r}")
        elif kwargs and any(name in kwargs for name in names):
            raise TypeError(f"{self.qualname()}() got multiple values for a path argument")
        if params:
            where = self.param_where
            for name in params:
                if name not in where:
                    raise TypeError(f"{self.qualname()}() got an unexpected keyword argument {name!r}")
        for name in self.required:
            if params.get(name) is None:
                raise TypeError(f"{self.qualname()}() missing required keyword argument: {name!r}")
        return path_values, params, options

    def build_path(self, path_values: list[Any]) -> str:
        parts = []
        for name, prefix, value in zip(self.path_names, self.path_prefixes, path_values):
            if value is None and self.optional_tail and name == self.path_names[-1]:
                continue
            if not isinstance(value, str):
                raise TypeError(f"{self.qualname()}(): {name} must be str, not {type(value).__name__}")
            if not value or value in (".", ".."):
                raise ValueError(f"{self.qualname()}(): {name} must not be empty, '.' or '..'")
            if prefix and not value.startswith(prefix):
                value = prefix + value
            parts.append(value if _PLAIN_SEGMENT.fullmatch(value) else quote(value, safe=""))
        if self.optional_tail:
            tail = parts.pop() if len(parts) == len(self.path_names) else None
            path = self.path_format.format(*parts)
            return path if tail is None else f"{path}/{tail}"
        return self.path_format.format(*parts)


_COMPILED: dict[str, dict[str, _Compiled]] = {
    group: {endpoint.name: _Compiled(endpoint) for endpoint in endpoints} for group, endpoints in GROUPS.items()
}


def _query_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def _file_part(name: str, value: Any) -> tuple[str, bytes, str]:
    """Turn bytes, a binary file object or ``(filename, bytes[, content_type])`` into a multipart part."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return (name, bytes(value), "application/octet-stream")
    if isinstance(value, tuple) and len(value) in (2, 3):
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) == 3 else "application/octet-stream"
        if hasattr(content, "read"):
            content = content.read()
        if not isinstance(content, (bytes, bytearray, memoryview)):
            raise TypeError(f"{name}: the file content must be bytes, not {type(content).__name__}")
        return (str(filename), bytes(content), str(content_type))
    if hasattr(value, "read"):
        content = value.read()
        if not isinstance(content, (bytes, bytearray)):
            raise TypeError(f"{name}: the file must be opened in binary mode")
        filename = os.path.basename(str(getattr(value, "name", "") or "")) or name
        return (filename, bytes(content), "application/octet-stream")
    raise TypeError(f"{name}: expected bytes, a binary file or (filename, bytes, content_type)")


class _Request:
    """One HTTP request, ready to send (and to send again)."""

    __slots__ = ("auth", "content", "data", "files", "headers", "method", "params", "path", "v1")

    def __init__(self, c: _Compiled, path_values: list[Any], params: dict[str, Any]) -> None:
        self.method = c.method
        self.v1 = c.v1
        self.path = c.build_path(path_values)
        self.params: list[tuple[str, str]] | None = None
        self.content: bytes | None = None
        self.files: dict[str, tuple[str, bytes, str]] | None = None
        self.data: dict[str, str] | None = None
        self.headers: dict[str, str] | None = None
        self.auth: str | None = None
        if c.fixed_query:
            self.params = list(c.fixed_query)
        if not params:
            return
        where = c.param_where
        body: dict[str, Any] | None = None
        for name, value in params.items():
            if value is None:
                continue
            p = where[name]
            kind = p.where
            if kind == "query":
                if self.params is None:
                    self.params = []
                if isinstance(value, (list, tuple)):
                    self.params.extend((p.wire, _query_value(v)) for v in value)
                else:
                    self.params.append((p.wire, _query_value(value)))
            elif kind == "body":
                if body is None:
                    body = {}
                body[p.wire] = value
            elif kind == "body_array":
                self.content = json.dumps(list(value), separators=(",", ":")).encode()
            elif kind == "file":
                if self.files is None:
                    self.files = {}
                self.files[p.wire] = _file_part(p.wire, value)
            elif kind == "form":
                if self.data is None:
                    self.data = {}
                self.data[p.wire] = _query_value(value)
            elif kind == "header":
                if self.headers is None:
                    self.headers = {}
                self.headers[p.wire] = str(value)
            else:  # auth: a per-call bearer, checked like the secret key
                if not isinstance(value, str):
                    raise TypeError(f"{c.qualname()}(): {name} must be str, not {type(value).__name__}")
                self.auth = _checked_key(value, f"the {name} argument of {c.qualname()}()")
        if body is not None:
            self.content = json.dumps(body, separators=(",", ":")).encode()


def _retry_after_seconds(value: str | None) -> float | None:
    """``Retry-After`` as seconds from now: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        import email.utils

        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        seconds = when.timestamp() - time.time()
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def _api_error(response: httpx.Response) -> ClerkAPIResponseError:
    errors: tuple[ClerkAPIError, ...] = ()
    trace: str | None = None
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    excerpt: str | None = None
    if isinstance(body, dict):
        raw_errors = body.get("errors")
        if isinstance(raw_errors, list):
            errors = tuple(ClerkAPIError.from_dict(e) for e in raw_errors)
        if isinstance(body.get("clerk_trace_id"), str):
            trace = body["clerk_trace_id"]
    if not isinstance(body, dict) or not isinstance(body.get("errors"), list):
        # Not Clerk's error shape (an HTML page from a proxy, another service's JSON): show its start.
        excerpt = response.content[:_EXCERPT_BYTES].decode("utf-8", "replace")
    headers = response.headers
    trace = trace or headers.get("x-clerk-trace-id") or headers.get("cf-ray") or None
    status = response.status_code
    retry_after = _retry_after_seconds(headers.get("retry-after"))
    return ClerkAPIResponseError.for_status(status)(status, errors, trace, retry_after, excerpt)


_EXCERPT_BYTES = 120


def _counted_page(response: httpx.Response, count_response: httpx.Response) -> Any:
    """A ``PaginatedResponse`` from a bare JSON array and the answer of its ``/count`` endpoint."""
    items = _native.deserialize(response.content)
    if not isinstance(items, list):
        raise ParseError("the response is not a JSON array of objects", "")
    total = _native.deserialize(count_response.content)
    return _native.PaginatedResponse(items, total if isinstance(total, int) else None)


def _parse(c: _Compiled, response: httpx.Response) -> Any:
    kind = c.kind
    if kind == "none" or response.status_code == 204:
        return None
    body = response.content
    if c.model is not None:
        return c.model.from_json(body)
    if kind == "json":
        try:
            return json.loads(body)
        except ValueError as exc:  # not UTF-8, or not JSON
            raise ParseError(f"the response is not JSON: {exc}", "") from None
    result = _native.deserialize(body)
    if kind == "paginated" and isinstance(result, list):
        return _native.PaginatedResponse(result)
    expected = _EXPECTED_SHAPES.get(kind)
    if expected is not None and not isinstance(result, expected[0]):
        raise ParseError(f"the response is not {expected[1]}", "")
    return result


# What a response must turn into, per kind, so that the stubs' return types hold.
_EXPECTED_SHAPES: dict[str, tuple[type, str]] = {
    "paginated": (_native.PaginatedResponse, "a page ({data, total_count}) or a JSON array"),
    "list": (list, "a JSON array"),
    "int": (int, "a total count"),
}


def _count_params(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if k not in ("limit", "offset", "order_by")}


# ----------------------------------------------------------------------------------------------
# Shared client configuration


class _Base:
    # The public attributes (scripts/gen_stubs.py writes them into client.pyi from here).
    api_url: str
    api_version: str
    timeout: _Timeout
    max_retries: int
    retry_backoff: float
    retry_backoff_max: float
    retry_after_max: float
    retry_jitter: float

    _http: Any
    _owns_http: bool = True
    _sleep: Any
    _groups: tuple[Any, ...]

    def __init__(
        self,
        secret_key: str | None,
        api_url: str | None,
        api_version: str,
        timeout: _Timeout,
        max_retries: int,
        retry_backoff: float,
        retry_backoff_max: float,
        retry_after_max: float,
        retry_jitter: float,
        sleep: Any,
        http_client: Any,
        http_class: str,
        group_classes: list[type],
    ) -> None:
        self._httpx = _import_httpx()
        where = "the secret_key argument"
        if secret_key is None:
            secret_key = os.environ.get(SECRET_KEY_ENV)
            where = "the CLERK_SECRET_KEY environment variable"
        if secret_key is not None and not isinstance(secret_key, str):
            raise TypeError("secret_key must be a str")
        if not secret_key or not secret_key.strip(_ASCII_SPACE):
            raise ClerkConfigurationError(
                "No Clerk secret key: pass secret_key=... or set the CLERK_SECRET_KEY environment variable"
            )
        secret_key = _checked_key(secret_key, where)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if api_url is None:
            api_url = os.environ.get(API_URL_ENV) or API_URL
        self.__secret_key = secret_key
        self.api_url = api_url.rstrip("/")
        self.api_version = api_version
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry_backoff = retry_backoff
        self.retry_backoff_max = retry_backoff_max
        self.retry_after_max = retry_after_max
        self.retry_jitter = retry_jitter
        self._v1 = self.api_url + "/v1"
        self._headers = {
            "Authorization": f"Bearer {secret_key}",
            "Clerk-API-Version": api_version,
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }
        self._sleep = sleep
        self._owns_http = http_client is None
        if http_client is None:
            http_client = getattr(self._httpx, http_class)(timeout=timeout, headers=self._headers)
        self._http = http_client
        self._groups = tuple(cls(self) for cls in group_classes)

    def __repr__(self) -> str:
        # Never the secret key.
        return f"{type(self).__name__}(api_url={self.api_url!r}, api_version={self.api_version!r})"

    def _url(self, request: _Request) -> str:
        return (self._v1 if request.v1 else self.api_url) + request.path

    def _send_kwargs(self, request: _Request, options: _Options) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        if options.timeout is not _DEFAULT:
            kwargs["timeout"] = options.timeout
        if request.params:
            kwargs["params"] = request.params
        # A client we made carries our headers itself; a client we were given is left as it is.
        headers = None if self._owns_http else dict(self._headers)
        if request.content is not None:
            kwargs["content"] = request.content
            headers = {**(headers or {}), "Content-Type": "application/json"}
        elif request.files is not None or request.data is not None:
            kwargs["files"] = request.files or {}
            if request.data:
                kwargs["data"] = request.data
        if request.headers:
            headers = {**(headers or {}), **request.headers}
        if request.auth is not None:
            headers = {**(headers or {}), "Authorization": f"Bearer {request.auth}"}
        if headers:
            kwargs["headers"] = headers
        return kwargs

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.retry_after_max)
        delay: float = min(self.retry_backoff * 2.0**attempt, self.retry_backoff_max)
        if self.retry_jitter:
            delay *= 1.0 - self.retry_jitter * random.random()
        return delay

    def _should_retry(self, c: _Compiled, attempt: int, options: _Options) -> bool:
        limit = self.max_retries if options.max_retries is _DEFAULT else options.max_retries
        return c.retry_safe and attempt < limit

    def _delay_after_failure(
        self, c: _Compiled, request: _Request, attempt: int, exc: Exception, options: _Options
    ) -> float:
        """How long to wait before sending again after a transport error; raises when not to."""
        if self._retryable_exception(exc) and self._should_retry(c, attempt, options):
            delay = self._backoff(attempt, None)
            logger.debug("retrying %s %s in %.2fs after %s", request.method, request.path, delay, type(exc).__name__)
            return delay
        error = self._network_error(exc, request, attempt + 1)
        raise error

    def _delay_after_response(
        self, c: _Compiled, request: _Request, attempt: int, response: Any, options: _Options
    ) -> float | None:
        """``None`` for a response to return; else how long to wait before sending again. Raises the API error."""
        status = response.status_code
        if status < 400:
            return None
        error = _api_error(response)
        if status in _RETRY_STATUSES and self._should_retry(c, attempt, options):
            delay = self._backoff(attempt, error.retry_after)
            logger.debug("retrying %s %s in %.2fs after status %d", request.method, request.path, delay, status)
            return delay
        raise error

    def _network_error(self, exc: Exception, request: _Request, attempts: int) -> ClerkNetworkError:
        """The error for a failed transport: the request, the attempts, and the cause, scrubbed of every key.

        It is raised outside the ``except`` block (no ``__context__``), so the transport error,
        whose text or request may hold a key, is not attached to it. Its ``__cause__`` is a copy of
        the transport error of the same class, with the scrubbed text and no request.
        """
        httpx = self._httpx
        headers = getattr(self._http, "headers", None)
        given = str(headers.get("authorization") or "") if headers is not None else ""
        secrets = (self.__secret_key, request.auth, given, given.partition(" ")[2].strip())
        detail = _scrubbed(str(exc), secrets)
        cause = _cause_text(detail, type(exc).__name__)
        tries = f"{attempts} attempt{'s' if attempts != 1 else ''}"
        url = self._url(request)
        where = f"{request.method} {url}"
        if isinstance(exc, httpx.TimeoutException):
            error: ClerkNetworkError = ClerkTimeoutError(f"{where} timed out after {tries} ({cause})")
        else:
            error = ClerkNetworkError(f"{where} failed after {tries}: {cause}")
        error.__cause__ = _scrubbed_copy(exc, detail, httpx.Request(request.method, url))
        return error

    def _retryable_exception(self, exc: Exception) -> bool:
        httpx = self._httpx
        # A read timeout may mean the request was processed: not retried. Connection failures are.
        return isinstance(exc, (httpx.NetworkError, httpx.RemoteProtocolError, httpx.ConnectTimeout, httpx.PoolTimeout))


# ----------------------------------------------------------------------------------------------
# Sync


class _SyncGroup:
    __slots__ = ("_client",)

    def __init__(self, client: Clerk) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _sync_method(c: _Compiled) -> Callable[..., Any]:
    def method(self: _SyncGroup, *args: Any, **kwargs: Any) -> Any:
        path_values, params, options = c.bind(args, kwargs)
        return self._client._call(c, path_values, params, options)

    method.__name__ = c.endpoint.name
    method.__doc__ = c.endpoint.doc
    method.__signature__ = inspect.Signature(list(c.signature_params))  # type: ignore[attr-defined]
    method._endpoint = c  # type: ignore[attr-defined]
    return method


class Clerk(_Base):
    """A synchronous Backend API client: ``clerk.users.get_user("user_...")`` and the rest.

    - ``secret_key``: falls back to ``CLERK_SECRET_KEY``; neither is ``ClerkConfigurationError``.
      Surrounding ASCII whitespace is stripped; a key still holding a control character, a space
      or a non-ASCII character is ``ClerkConfigurationError`` (so is such a ``machine_secret_key``
      in a call). It is sent as ``Authorization: Bearer ...`` and never shown in a repr, message
      or log line.
    - ``api_url``: falls back to ``CLERK_API_URL``, then ``https://api.clerk.com``.
    - ``api_version`` (sent as ``Clerk-API-Version``).
    - ``timeout``: seconds, or an ``httpx.Timeout``; exceeding it is ``ClerkTimeoutError``.
    - ``max_retries``: how often a GET, HEAD, PUT, DELETE or OPTIONS request is sent again after a
      429, 502, 503 or 504 answer or a failed connection (0 turns retries off). POST and PATCH are
      never repeated. The wait is ``Retry-After`` when the API sends one (at most
      ``retry_after_max`` seconds), else ``retry_backoff * 2**attempt`` (at most
      ``retry_backoff_max``), shortened by up to ``retry_jitter`` (a fraction) at random.
    - ``sleep``: the function that waits between attempts (``time.sleep``); tests pass their own.
    - ``http_client``: an ``httpx.Client`` to send with (its transport, proxies, timeouts); it is
      not changed and not closed by this client.

    Use it as a context manager, or call ``close()``, to release its connections.
    """

    def __init__(
        self,
        secret_key: str | None = None,
        *,
        api_url: str | None = None,
        api_version: str = API_VERSION,
        timeout: _Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = 0.5,
        retry_backoff_max: float = 8.0,
        retry_after_max: float = 60.0,
        retry_jitter: float = 0.5,
        sleep: Callable[[float], None] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            secret_key,
            api_url,
            api_version,
            timeout,
            max_retries,
            retry_backoff,
            retry_backoff_max,
            retry_after_max,
            retry_jitter,
            sleep or time.sleep,
            http_client,
            "Client",
            _SYNC_GROUP_CLASSES,
        )

    def close(self) -> None:
        """Close the connections (only those of an ``httpx.Client`` this client made itself)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Clerk:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, c: _Compiled, request: _Request, options: _Options) -> httpx.Response:
        url = self._url(request)
        kwargs = self._send_kwargs(request, options)
        attempt = 0
        while True:
            failure: Exception | None = None
            try:
                response: httpx.Response = self._http.request(request.method, url, **kwargs)
            except self._httpx.TransportError as exc:
                failure = exc
            if failure is not None:  # handled here, out of the except block: see _network_error
                delay = self._delay_after_failure(c, request, attempt, failure, options)
            else:
                after = self._delay_after_response(c, request, attempt, response, options)
                if after is None:
                    return response
                delay = after
            self._sleep(delay)
            attempt += 1

    def _call(
        self, c: _Compiled, path_values: list[Any], params: dict[str, Any], options: _Options, count: bool = True
    ) -> Any:
        request = _Request(c, path_values, params)
        response = self._send(c, request, options)
        if c.counted:
            if not count:
                return _uncounted_page(response)
            count_request = _count_request(c, path_values, params)
            return _counted_page(response, self._send(c, count_request, options))
        return _parse(c, response)

    def paginate(self, method: Callable[..., Any], *args: Any, page_size: int = 100, **kwargs: Any) -> Iterator[Any]:
        """Yield every item of a list method, page after page (``limit``/``offset``).

        ``clerk.paginate(clerk.users.get_user_list, order_by="-created_at")`` walks all users.
        It stops at a short page, or when ``total_count`` items have been read. An endpoint that
        needs a second request for its count (``get_user_list``) is counted once, on the first page.
        """
        c, path_values, params, options, offset = _paging(method, args, page_size, kwargs)
        total: int | None = None
        while True:
            params.update(limit=page_size, offset=offset)
            page = self._call(c, path_values, dict(params), options, count=offset == 0 or not c.counted)
            total = page.total_count if page.total_count is not None else total
            items = page.data
            yield from items
            offset += len(items)
            if _last_page(total, len(items), page_size, offset):
                return


def _paging(
    method: Callable[..., Any], args: tuple[Any, ...], page_size: int, kwargs: dict[str, Any]
) -> tuple[_Compiled, list[Any], dict[str, Any], _Options, int]:
    """Check a ``paginate`` call; return the endpoint, its bound arguments and the first offset."""
    c = getattr(getattr(method, "__func__", None), "_endpoint", None)
    if not isinstance(c, _Compiled):
        raise TypeError("paginate() needs a list method of this client, such as clerk.users.get_user_list")
    names = c.param_where
    if c.kind not in ("paginated", "counted") or "limit" not in names or "offset" not in names:
        raise TypeError(f"{c.qualname()} is not a list method with limit and offset")
    if "limit" in kwargs:
        raise TypeError(f"paginate() sets limit itself, from page_size: pass page_size={kwargs['limit']!r} instead")
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        raise ValueError(f"page_size must be a positive int, not {page_size!r}")
    offset = kwargs.pop("offset", None) or 0
    path_values, params, options = c.bind(args, kwargs)
    return c, path_values, params, options, offset


def _last_page(total: int | None, count: int, page_size: int, offset: int) -> bool:
    if count == 0 or count < page_size:
        return True
    return total is not None and offset >= total


def _count_request(c: _Compiled, path_values: list[Any], params: dict[str, Any]) -> _Request:
    request = _Request(c, path_values, _count_params(params))
    request.path += "/count"
    return request


def _uncounted_page(response: httpx.Response) -> Any:
    """A page from a bare JSON array, without asking for its count (paginate's later pages)."""
    items = _native.deserialize(response.content)
    if not isinstance(items, list):
        raise ParseError("the response is not a JSON array of objects", "")
    return _native.PaginatedResponse(items, None)


# ----------------------------------------------------------------------------------------------
# Async


class _AsyncGroup:
    __slots__ = ("_client",)

    def __init__(self, client: AsyncClerk) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def _async_method(c: _Compiled) -> Callable[..., Awaitable[Any]]:
    async def method(self: _AsyncGroup, *args: Any, **kwargs: Any) -> Any:
        path_values, params, options = c.bind(args, kwargs)
        return await self._client._call(c, path_values, params, options)

    method.__name__ = c.endpoint.name
    method.__doc__ = c.endpoint.doc
    method.__signature__ = inspect.Signature(list(c.signature_params))  # type: ignore[attr-defined]
    method._endpoint = c  # type: ignore[attr-defined]
    return method


class AsyncClerk(_Base):
    """The asyncio Backend API client: the same groups, methods and options as ``Clerk``.

    Methods are coroutines; ``sleep`` is awaited (``asyncio.sleep``) and ``http_client`` is an
    ``httpx.AsyncClient``. Use ``async with AsyncClerk() as clerk:`` or ``await clerk.aclose()``.
    """

    def __init__(
        self,
        secret_key: str | None = None,
        *,
        api_url: str | None = None,
        api_version: str = API_VERSION,
        timeout: _Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = 0.5,
        retry_backoff_max: float = 8.0,
        retry_after_max: float = 60.0,
        retry_jitter: float = 0.5,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        import asyncio  # only for the asyncio client

        super().__init__(
            secret_key,
            api_url,
            api_version,
            timeout,
            max_retries,
            retry_backoff,
            retry_backoff_max,
            retry_after_max,
            retry_jitter,
            sleep or asyncio.sleep,
            http_client,
            "AsyncClient",
            _ASYNC_GROUP_CLASSES,
        )

    async def aclose(self) -> None:
        """Close the connections (only those of an ``httpx.AsyncClient`` this client made itself)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClerk:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def _send(self, c: _Compiled, request: _Request, options: _Options) -> httpx.Response:
        url = self._url(request)
        kwargs = self._send_kwargs(request, options)
        attempt = 0
        while True:
            failure: Exception | None = None
            try:
                response: httpx.Response = await self._http.request(request.method, url, **kwargs)
            except self._httpx.TransportError as exc:
                failure = exc
            if failure is not None:  # handled here, out of the except block: see _network_error
                delay = self._delay_after_failure(c, request, attempt, failure, options)
            else:
                after = self._delay_after_response(c, request, attempt, response, options)
                if after is None:
                    return response
                delay = after
            await self._sleep(delay)
            attempt += 1

    async def _call(
        self, c: _Compiled, path_values: list[Any], params: dict[str, Any], options: _Options, count: bool = True
    ) -> Any:
        request = _Request(c, path_values, params)
        if c.counted and not count:
            return _uncounted_page(await self._send(c, request, options))
        if c.counted:
            count_request = _count_request(c, path_values, params)
            import asyncio

            # Both at once, as @clerk/backend does; wait for both before raising either's error.
            results = await asyncio.gather(
                self._send(c, request, options), self._send(c, count_request, options), return_exceptions=True
            )
            responses = []
            for result in results:
                if isinstance(result, BaseException):
                    raise result
                responses.append(result)
            response, count_response = responses
            return _counted_page(response, count_response)
        return _parse(c, await self._send(c, request, options))

    async def paginate(
        self, method: Callable[..., Awaitable[Any]], *args: Any, page_size: int = 100, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Yield every item of a list method, page after page: ``async for u in clerk.paginate(...)``.

        As ``Clerk.paginate``: an endpoint that needs a second request for its count is counted once.
        """
        c, path_values, params, options, offset = _paging(method, args, page_size, kwargs)
        total: int | None = None
        while True:
            params.update(limit=page_size, offset=offset)
            page = await self._call(c, path_values, dict(params), options, count=offset == 0 or not c.counted)
            total = page.total_count if page.total_count is not None else total
            items = page.data
            for item in items:
                yield item
            offset += len(items)
            if _last_page(total, len(items), page_size, offset):
                return


# ----------------------------------------------------------------------------------------------
# The group classes and the client properties, from the table.


def _build_groups(base: type, make: Callable[[_Compiled], Callable[..., Any]], prefix: str) -> list[type]:
    classes = []
    for group, compiled in _COMPILED.items():
        namespace: dict[str, Any] = {"__slots__": (), "__module__": __name__}
        for c in compiled.values():
            fn = make(c)
            fn.__qualname__ = f"{group_class_name(group, prefix)}.{c.endpoint.name}"
            namespace[c.endpoint.name] = fn
            for alias in c.endpoint.aliases:
                namespace[alias] = fn
        cls = type(group_class_name(group, prefix), (base,), namespace)
        cls.__doc__ = f"The ``{group}`` endpoints of the Backend API."
        classes.append(cls)
        globals()[cls.__name__] = cls
    return classes


def _group_property(index: int, doc: str) -> property:
    def get(self: Any) -> Any:
        return self._groups[index]

    return property(get, doc=doc)


_SYNC_GROUP_CLASSES = _build_groups(_SyncGroup, _sync_method, "")
_ASYNC_GROUP_CLASSES = _build_groups(_AsyncGroup, _async_method, "Async")
for _index, _group in enumerate(_COMPILED):
    setattr(Clerk, _group, _group_property(_index, f"The ``{_group}`` endpoints."))
    setattr(AsyncClerk, _group, _group_property(_index, f"The ``{_group}`` endpoints."))
del _index, _group

assert len(ENDPOINTS) == sum(len(v) for v in _COMPILED.values())
