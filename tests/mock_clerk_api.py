"""A local stand-in for Clerk's Backend API, for the REST client's tests.

The server knows every operation of the OpenAPI spec in ``fixtures/openapi`` and answers each with
the spec's success status and a JSON body: the spec's own example when it has one, otherwise one
built from the response schema. Tests can queue one-shot responses (errors, delays, dropped
connections) and inspect every request the server received.

    with MockClerkAPI() as api:
        client = Clerk("sk_test_x", api_url=api.url)
        api.enqueue("GET", "/v1/users/user_1", status=404)
        ...
        assert api.last.headers["authorization"] == "Bearer sk_test_x"

Spec paths are served both under ``/v1`` and at the root. Only the standard library and PyYAML.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json as jsonlib
import re
import socket
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

SPEC_PATH = Path(__file__).parent / "fixtures" / "openapi" / "backend-api-2026-05-12.yml"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    method: str  # upper case
    path: str  # spec template without the /v1 prefix, e.g. "/users/{user_id}"
    success_status: int  # the lowest 2xx status the spec declares
    example: bytes | None  # the JSON body served on success; None when the spec declares no content
    path_params: tuple[str, ...]
    query_params: tuple[str, ...]
    body_content_types: tuple[str, ...]


@dataclass(frozen=True)
class Part:
    """One part of a multipart/form-data body."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class RecordedRequest:
    """A request as the server received it."""

    method: str
    path: str  # as requested, without the query string
    query: dict[str, list[str]]
    headers: dict[str, str]  # names lower-cased
    body: bytes
    operation: Operation | None

    def json(self) -> Any:
        return jsonlib.loads(self.body)

    def form(self) -> dict[str, list[str]]:
        return parse_qs(self.body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)

    def multipart(self) -> list[Part]:
        return parse_multipart(self.headers.get("content-type", ""), self.body)


def _header(name: str, value: str) -> Message:
    """A one-header message, for the email package's parameter parsing (quotes, RFC 2231)."""
    msg = Message()
    msg[name] = value
    return msg


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """Split a multipart/form-data body into its parts, byte for byte."""
    boundary = _header("content-type", content_type).get_boundary()
    if not content_type.lower().startswith("multipart/") or not boundary:
        raise ValueError(f"not a multipart content type: {content_type!r}")
    chunks = body.split(b"--" + boundary.encode("latin-1"))
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        raise ValueError("multipart body without a closing boundary")
    parts = []
    for chunk in chunks[1:-1]:
        if not chunk.startswith(b"\r\n") or not chunk.endswith(b"\r\n"):
            raise ValueError("malformed multipart delimiter")
        inner = chunk[2:-2]
        if inner.startswith(b"\r\n"):  # a part without headers
            head, data = b"", inner[2:]
        else:
            head, sep, data = inner.partition(b"\r\n\r\n")
            if not sep:
                raise ValueError("multipart part without the blank line after its headers")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            if line:
                key, _, value = line.partition(":")
                headers[key.strip().lower()] = value.strip()
        disposition = _header("content-disposition", headers.get("content-disposition", ""))
        name = disposition.get_param("name", header="content-disposition")
        parts.append(
            Part(
                name=name if isinstance(name, str) else "",
                filename=disposition.get_filename(),
                content_type=headers.get("content-type"),
                data=data,
            )
        )
    return parts


# --- the spec -------------------------------------------------------------------------------------


@functools.cache
def _spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with SPEC_PATH.open("rb") as f:
        spec: dict[str, Any] = yaml.load(f, Loader=loader)
    return spec


def _resolve(node: Any) -> Any:
    """Follow ``$ref`` pointers (``#/components/...``) until a node without one."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _spec()
        for key in node["$ref"].lstrip("#/").split("/"):
            target = target[key]
        node = target
    return node


def _object_name(prop: Mapping[str, Any], schema_name: str | None) -> str:
    """A value for an ``object`` property that declares no enum."""
    found = re.search(r'Always "([a-z0-9_]+)"', prop.get("description", ""))
    if found:
        return found.group(1)
    base = re.sub(r"Response$", "", (schema_name or "object").lstrip("_"))
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", base).lower()


_STRING_FORMATS = {
    "date-time": "2026-05-12T00:00:00Z",
    "date": "2026-05-12",
    "email": "user@example.com",
    "uri": "https://example.com",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "binary": "",
}


def example_from_schema(schema: Any, name: str | None = None, seen: tuple[str, ...] = ()) -> Any:
    """A JSON value of the schema's shape: its examples where it has them, made-up values elsewhere."""
    if isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen:  # a recursive schema: stop here
            return None
        return example_from_schema(_resolve(schema), ref.rsplit("/", 1)[-1], (*seen, ref))
    if not isinstance(schema, dict):
        return None
    if "example" in schema:
        return copy.deepcopy(schema["example"])
    for key in ("oneOf", "anyOf"):  # the first alternative, unless they only list required keys
        shaped = [alt for alt in schema.get(key, ()) if set(_resolve(alt)) - {"required", "description"}]
        if shaped:
            return example_from_schema(shaped[0], name, seen)
    if schema.get("enum"):
        return next((v for v in schema["enum"] if v is not None), None)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for sub in schema["allOf"]:
            value = example_from_schema(sub, name, seen)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if rest.get("properties"):
            merged.update(example_from_schema(rest, name, seen))
        return merged
    if schema.get("default") is not None:
        return copy.deepcopy(schema["default"])
    kind = schema.get("type") or ("object" if "properties" in schema else "array" if "items" in schema else None)
    if kind == "object":
        result: dict[str, Any] = {}
        for key, prop in (schema.get("properties") or {}).items():
            resolved = _resolve(prop)
            if key == "object" and not resolved.get("enum") and "example" not in resolved:
                result[key] = _object_name(resolved, name)
            else:
                result[key] = example_from_schema(prop, None, seen)
        for key in schema.get("required", ()):  # required but never declared: the spec gives no type
            result.setdefault(key, None)
        return result
    if kind == "array":
        item = example_from_schema(schema.get("items", {}), None, seen)
        return [] if item is None else [item]
    if kind == "string":
        return _STRING_FORMATS.get(schema.get("format", ""), "string")
    if kind == "integer":
        return schema.get("minimum", 0)
    if kind == "number":
        return schema.get("minimum", 0.5)
    if kind == "boolean":
        return False
    return None


def _success_example(status: int, response: Mapping[str, Any]) -> bytes | None:
    name = response["$ref"].rsplit("/", 1)[-1] if "$ref" in response else None
    response = _resolve(response)
    media = (response.get("content") or {}).get("application/json")
    if status == 204 or media is None:
        return None
    if media.get("examples"):
        value = _resolve(next(iter(media["examples"].values()))).get("value")
    elif "example" in media:
        value = media["example"]
    else:
        value = example_from_schema(media.get("schema", {}), name)
    return jsonlib.dumps(value, allow_nan=False).encode("utf-8")


@functools.cache
def _operations() -> tuple[Operation, ...]:
    ops = []
    for path, item in _spec()["paths"].items():
        shared = item.get("parameters", [])
        for method, op in item.items():
            if method not in _METHODS:
                continue
            params = [_resolve(p) for p in [*shared, *op.get("parameters", [])]]
            status = min(int(s) for s in op["responses"] if str(s).startswith("2"))
            response = op["responses"].get(status, op["responses"].get(str(status)))
            body = _resolve(op.get("requestBody") or {})
            ops.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    success_status=status,
                    example=_success_example(status, response),
                    path_params=tuple(p["name"] for p in params if p["in"] == "path"),
                    query_params=tuple(p["name"] for p in params if p["in"] == "query"),
                    body_content_types=tuple(body.get("content") or ()),
                )
            )
    return tuple(ops)


def operations() -> list[Operation]:
    """Every operation of the spec, in spec order."""
    return list(_operations())


def _matches(template: str, segments: list[str]) -> tuple[int, ...] | None:
    """Whether a template matches the path's segments; if so, a rank where lower prefers literals."""
    parts = template.split("/")
    if len(parts) != len(segments):
        return None
    rank = []
    for part, segment in zip(parts, segments):
        if part.startswith("{") and part.endswith("}"):
            if not segment:
                return None
            rank.append(1)
        elif part == segment:
            rank.append(0)
        else:
            return None
    return tuple(rank)


def _match_template(path: str) -> str | None:
    """The spec template that a concrete path (with or without /v1) names; literal segments win."""
    if path.startswith("/v1/"):
        path = path[3:]
    segments = path.split("/")
    ranked = [(rank, op.path) for op in _operations() if (rank := _matches(op.path, segments)) is not None]
    return min(ranked)[1] if ranked else None


def find_operation(method: str, path: str) -> Operation | None:
    """The operation a request for ``method`` and a concrete ``path`` (no query string) reaches, if any."""
    template = _match_template(path)
    return next((op for op in _operations() if op.path == template and op.method == method.upper()), None)


# --- the server -----------------------------------------------------------------------------------


@dataclass
class _Queued:
    status: int
    body: bytes | None
    headers: Mapping[str, str]
    delay: float
    drop: bool


def _error_body(code: str, message: str, long_message: str, trace_id: str) -> bytes:
    error = {"code": code, "message": message, "long_message": long_message, "meta": {}}
    return jsonlib.dumps({"errors": [error], "clerk_trace_id": trace_id}).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 30  # an idle keep-alive connection is closed after this many seconds
    # Headers and body are written separately; without TCP_NODELAY each keep-alive call waits ~40 ms for a delayed ACK.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # silence the per-request log
        pass

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # the CRLF after the chunk (or the empty trailer line)
                if size == 0:
                    return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _handle(self) -> None:
        api = self.server.api
        split = urlsplit(self.path)
        operation = find_operation(self.command, split.path)
        request = RecordedRequest(
            method=self.command,
            path=split.path,
            query=parse_qs(split.query, keep_blank_values=True),
            headers={},
            body=self._read_body(),
            operation=operation,
        )
        for name, value in self.headers.items():
            name = name.lower()
            request.headers[name] = f"{request.headers[name]}, {value}" if name in request.headers else value
        queued = api._record(request)
        trace_id = uuid.uuid4().hex
        headers = {"Content-Type": "application/json", "X-Clerk-Trace-Id": trace_id}
        if queued is not None:
            api.sleep(queued.delay)
            if queued.drop:
                self.close_connection = True
                return
            status, body = queued.status, queued.body
            if body is None and status >= 400:
                body = _error_body(f"http_{status}", "Queued error", f"A queued {status} response.", trace_id)
            elif body is None and operation is not None and status != 204:
                body = operation.example
            for name, value in queued.headers.items():  # replace a default whatever the case of the name
                headers = {k: v for k, v in headers.items() if k.lower() != name.lower()}
                headers[name] = value
        elif operation is not None:
            status, body = operation.success_status, operation.example
        else:
            status = 404
            message = f"No operation of the spec matches {self.command} {split.path}."
            body = _error_body("resource_not_found", "not found", message, trace_id)
        self.send_response(status)
        body = b"" if body is None or status in (204, 304) else body
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64

    def __init__(self, api: MockClerkAPI) -> None:
        self.api = api
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a client that hung up is no news
            super().handle_error(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self.api._lock:
            self.api._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.api._lock:
                self.api._connections.discard(request)


class MockClerkAPI:
    """The local Backend API server. Use as a context manager, or call ``start()`` and ``close()``."""

    def __init__(self) -> None:
        self.url = ""
        self.requests: list[RecordedRequest] = []
        self._queues: dict[tuple[str, str], deque[_Queued]] = {}
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        # How a queued ``delay`` is waited out; tests may replace it to see the delay without waiting.
        self.sleep: Callable[[float], None] = time.sleep

    def start(self) -> MockClerkAPI:
        _operations()  # parse the spec before the first request, not during it
        self._server = _Server(self)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        serve = functools.partial(self._server.serve_forever, poll_interval=0.05)  # so close() returns quickly
        self._thread = threading.Thread(target=serve, name="mock-clerk-api", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            for conn in list(self._connections):  # end idle keep-alive connections
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
        assert self._thread is not None
        self._thread.join()
        self._server = None

    def __enter__(self) -> MockClerkAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def enqueue(
        self,
        method: str,
        path: str,
        *,
        status: int = 200,
        json: Any = None,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        drop: bool = False,
    ) -> None:
        """Queue a one-shot response for the next ``method`` request to exactly ``path`` (no query string).

        ``body`` is sent as given, else ``json`` is encoded. With neither, an error status gets a Clerk-style
        error body and any other status the operation's spec example. ``headers`` add to (or replace) the
        defaults. ``delay`` seconds pass before the answer; ``drop=True`` closes the connection unanswered.
        """
        if body is None and json is not None:
            body = jsonlib.dumps(json).encode("utf-8")
        queued = _Queued(status, body, dict(headers or {}), delay, drop)
        with self._lock:
            self._queues.setdefault((method.upper(), path), deque()).append(queued)

    def _record(self, request: RecordedRequest) -> _Queued | None:
        with self._lock:
            self.requests.append(request)
            queue = self._queues.get((request.method, request.path))
            return queue.popleft() if queue else None

    def reset(self) -> None:
        """Forget the recorded requests and every queued response."""
        with self._lock:
            self.requests.clear()
            self._queues.clear()

    @property
    def last(self) -> RecordedRequest:
        """The most recent request."""
        with self._lock:
            if not self.requests:
                raise AssertionError("the mock Clerk API has received no request")
            return self.requests[-1]


__all__ = ["MockClerkAPI", "Operation", "Part", "RecordedRequest", "find_operation", "operations", "parse_multipart"]
