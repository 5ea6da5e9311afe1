"""Tests of the local Backend API server (tests/mock_clerk_api.py) that the REST client's tests use."""

from __future__ import annotations

import asyncio
import http.client
import json
import re
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode, urlsplit

import mock_clerk_api
import pytest
from mock_clerk_api import MockClerkAPI, Operation, example_from_schema, find_operation, operations

import clerk_backend

OPERATIONS = operations()


class Reply:
    def __init__(self, response: http.client.HTTPResponse) -> None:
        self.status = response.status
        self.headers = {k.lower(): v for k, v in response.getheaders()}
        self.body = response.read()

    def json(self) -> Any:
        return json.loads(self.body)


def connect(api: MockClerkAPI, timeout: float = 10.0) -> http.client.HTTPConnection:
    address = urlsplit(api.url)
    assert address.hostname == "127.0.0.1"
    return http.client.HTTPConnection(address.hostname, address.port, timeout=timeout)


def send(
    api: MockClerkAPI,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    *,
    conn: http.client.HTTPConnection | None = None,
    timeout: float = 10.0,
) -> Reply:
    own = conn is None
    conn = conn or connect(api, timeout)
    try:
        conn.request(method, path, body=body, headers=dict(headers or {}))
        return Reply(conn.getresponse())
    finally:
        if own:
            conn.close()


def op(method: str, path: str) -> Operation:
    found = [o for o in OPERATIONS if o.method == method and o.path == path]
    assert len(found) == 1, (method, path)
    return found[0]


def concrete(template: str) -> str:
    """A template with every {param} replaced by a value that no literal segment of the spec uses."""
    return re.sub(r"\{(\w+)\}", r"test_\1", template)


# --- the operation table ---------------------------------------------------------------------------


def test_operations_are_the_whole_spec_without_duplicates() -> None:
    assert len(OPERATIONS) == 249
    assert len({(o.method, o.path) for o in OPERATIONS}) == 249
    assert len({o.operation_id for o in OPERATIONS}) == 249
    assert all(o.path.startswith("/") and not o.path.startswith("/v1/") for o in OPERATIONS)
    assert {o.method for o in OPERATIONS} == {"GET", "POST", "PUT", "PATCH", "DELETE"}
    # Cached per process, handed out as a fresh list.
    assert operations() == OPERATIONS and operations() is not OPERATIONS
    assert mock_clerk_api._spec() is mock_clerk_api._spec()


def test_spot_checks_against_the_spec() -> None:
    get_user = op("GET", "/users/{user_id}")
    assert (get_user.operation_id, get_user.success_status, get_user.path_params) == ("GetUser", 200, ("user_id",))
    assert get_user.body_content_types == () and get_user.example is not None
    assert json.loads(get_user.example)["object"] == "user"

    create_user = op("POST", "/users")
    assert create_user.operation_id == "CreateUser" and create_user.body_content_types == ("application/json",)

    count = op("GET", "/users/count")
    assert count.example is not None and json.loads(count.example) == {"object": "total_count", "total_count": 0}
    assert "email_address" in count.query_params and count.path_params == ()

    user_list = op("GET", "/users")
    assert {"email_address", "limit", "offset", "order_by"} <= set(user_list.query_params)
    assert user_list.example is not None and json.loads(user_list.example)[0]["object"] == "user"

    membership = op("DELETE", "/organizations/{organization_id}/memberships/{user_id}")
    assert membership.path_params == ("organization_id", "user_id")
    assert membership.example is not None
    assert json.loads(membership.example)["object"] == "organization_membership"

    assert op("POST", "/users/{user_id}/profile_image").body_content_types == ("multipart/form-data",)
    assert op("PUT", "/organizations/{organization_id}/logo").body_content_types == ("multipart/form-data",)

    # Statuses other than 200, and operations without a body.
    svix = op("DELETE", "/webhooks/svix")
    assert (svix.success_status, svix.example) == (204, None)
    assert op("POST", "/instance/change_domain").success_status == 202
    m2m = op("POST", "/m2m_tokens")
    assert m2m.success_status == 201 and m2m.example is not None
    assert json.loads(m2m.example)["object"] == "machine_to_machine_token"


def test_find_operation_prefers_literal_segments() -> None:
    assert find_operation("GET", "/users/count") == op("GET", "/users/count")
    assert find_operation("GET", "/v1/users/count") == op("GET", "/users/count")
    assert find_operation("GET", "/v1/users/user_123") == op("GET", "/users/{user_id}")
    assert find_operation("get", "/users/user_123") == op("GET", "/users/{user_id}")
    verify = find_operation("POST", "/oauth_applications/access_tokens/verify")
    assert verify is not None and verify.path == "/oauth_applications/access_tokens/verify"
    assert find_operation("PUT", "/users/count") is None  # the path exists, the method does not
    assert find_operation("GET", "/users/") is None  # a parameter is one non-empty segment
    assert find_operation("GET", "/v2/users") is None
    assert find_operation("GET", "/v1") is None


# --- every operation over HTTP ---------------------------------------------------------------------


def _request_body(operation: Operation) -> tuple[bytes | None, dict[str, str]]:
    if not operation.body_content_types:
        return None, {}
    if operation.body_content_types[0] == "multipart/form-data":
        disposition = b'Content-Disposition: form-data; name="file"; filename="x.png"'
        body = b"--b0undary\r\n" + disposition + b"\r\n\r\nPNG\r\n--b0undary--\r\n"
        return body, {"Content-Type": "multipart/form-data; boundary=b0undary"}
    return b'{"probe": [1, "two"]}', {"Content-Type": operation.body_content_types[0]}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: f"{o.method} {o.path}")
def test_every_operation_is_served_from_the_spec(api: MockClerkAPI, operation: Operation) -> None:
    path = "/v1" + concrete(operation.path)
    query = {name: "q" for name in operation.query_params[:3]}
    target = path + ("?" + urlencode(query) if query else "")
    body, headers = _request_body(operation)
    reply = send(api, operation.method, target, body, {**headers, "Authorization": "Bearer sk_test_probe"})

    assert reply.status == operation.success_status
    assert reply.headers["content-type"] == "application/json"
    assert re.fullmatch(r"[0-9a-f]{32}", reply.headers["x-clerk-trace-id"])
    assert int(reply.headers["content-length"]) == len(reply.body)
    if operation.example is None:
        assert reply.body == b""
    else:
        assert reply.body == operation.example
        json.loads(reply.body)

    assert len(api.requests) == 1
    recorded = api.last
    assert (recorded.method, recorded.path, recorded.operation) == (operation.method, path, operation)
    assert recorded.query == {name: ["q"] for name in query}
    assert recorded.body == (body or b"")
    assert recorded.headers["authorization"] == "Bearer sk_test_probe"
    if body is not None:
        assert recorded.headers["content-type"] == headers["Content-Type"]


def test_v1_and_root_are_both_served(api: MockClerkAPI) -> None:
    for path in ("/v1/users/user_1", "/users/user_1"):
        reply = send(api, "GET", path)
        assert reply.status == 200 and reply.json()["object"] == "user"
        assert api.last.operation == op("GET", "/users/{user_id}") and api.last.path == path
    # Endpoints that @clerk/backend calls without /v1.
    reply = send(api, "GET", "/api_keys?subject=user_1")
    assert reply.status == 200 and reply.json()["data"][0]["object"] == "api_key"
    assert api.last.query == {"subject": ["user_1"]}
    assert send(api, "POST", "/m2m_tokens", b"{}").status == 201


def test_literal_segments_win_over_http(api: MockClerkAPI) -> None:
    assert send(api, "GET", "/v1/users/count").json() == {"object": "total_count", "total_count": 0}
    assert api.last.operation == op("GET", "/users/count")
    assert send(api, "GET", "/v1/users/countless").json()["object"] == "user"
    assert api.last.operation == op("GET", "/users/{user_id}")


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/v1/nope"), ("PUT", "/v1/users"), ("GET", "/v1/users/"), ("DELETE", "/v2/users/user_1"), ("GET", "/")],
)
def test_unknown_paths_and_methods_get_a_clerk_404(api: MockClerkAPI, method: str, path: str) -> None:
    reply = send(api, method, path)
    assert reply.status == 404
    assert reply.headers["content-type"] == "application/json"
    body = reply.json()
    assert body["clerk_trace_id"] == reply.headers["x-clerk-trace-id"]
    [error] = body["errors"]
    assert error["code"] == "resource_not_found"
    assert set(error) == {"code", "message", "long_message", "meta"} and error["meta"] == {}
    assert path in error["long_message"]
    assert api.last.operation is None and api.last.path == path


def test_each_response_has_its_own_trace_id(api: MockClerkAPI) -> None:
    ids = {send(api, "GET", "/v1/jwks").headers["x-clerk-trace-id"] for _ in range(3)}
    assert len(ids) == 3


def test_keep_alive_serves_several_requests_on_one_connection(api: MockClerkAPI) -> None:
    conn = connect(api)
    try:
        assert send(api, "GET", "/v1/users/user_1", conn=conn).status == 200
        sock = conn.sock
        assert sock is not None
        assert send(api, "DELETE", "/v1/webhooks/svix", conn=conn).status == 204
        assert send(api, "GET", "/v1/missing", conn=conn).status == 404
        assert send(api, "POST", "/v1/users", b'{"first_name": "A"}', conn=conn).status == 200
        assert conn.sock is sock  # http.client would have opened a new socket had the server closed it
    finally:
        conn.close()
    assert [r.method for r in api.requests] == ["GET", "DELETE", "GET", "POST"]
    assert api.requests[-1].json() == {"first_name": "A"}


def test_headers_are_recorded_lower_cased_and_repeats_joined(api: MockClerkAPI) -> None:
    conn = connect(api)
    try:
        conn.putrequest("GET", "/v1/users/user_1?limit=5&limit=&x", skip_accept_encoding=True)
        conn.putheader("Clerk-API-Version", "2026-05-12")
        conn.putheader("X-Repeat", "one")
        conn.putheader("X-Repeat", "two")
        conn.endheaders()
        assert Reply(conn.getresponse()).status == 200
    finally:
        conn.close()
    recorded = api.last
    assert recorded.headers["clerk-api-version"] == "2026-05-12"
    assert recorded.headers["x-repeat"] == "one, two"
    assert all(name == name.lower() for name in recorded.headers)
    assert recorded.query == {"limit": ["5", ""], "x": [""]}
    assert recorded.path == "/v1/users/user_1" and recorded.body == b""


def test_chunked_request_bodies_are_recorded(api: MockClerkAPI) -> None:
    conn = connect(api)
    try:
        conn.request("POST", "/v1/users", body=iter([b'{"first_', b'name": "Chunk"}']), encode_chunked=True)
        assert Reply(conn.getresponse()).status == 200
    finally:
        conn.close()
    assert api.last.headers["transfer-encoding"] == "chunked"
    assert api.last.json() == {"first_name": "Chunk"}


# --- queued responses ------------------------------------------------------------------------------


def test_enqueued_response_is_served_once_then_the_spec(api: MockClerkAPI) -> None:
    errors = {"errors": [{"code": "too_many_requests", "message": "slow down", "long_message": "", "meta": {}}]}
    api.enqueue("GET", "/v1/users/user_1", status=429, json=errors, headers={"Retry-After": "3"})
    first = send(api, "GET", "/v1/users/user_1?x=1")  # the query string does not take part in matching
    assert first.status == 429 and first.json() == errors
    assert first.headers["retry-after"] == "3" and first.headers["content-type"] == "application/json"
    assert "x-clerk-trace-id" in first.headers
    second = send(api, "GET", "/v1/users/user_1")
    assert second.status == 200 and second.json()["object"] == "user" and "retry-after" not in second.headers
    assert [r.operation for r in api.requests] == [op("GET", "/users/{user_id}")] * 2


def test_enqueue_matches_method_and_exact_path(api: MockClerkAPI) -> None:
    api.enqueue("get", "/v1/users/user_1", status=500)
    assert send(api, "DELETE", "/v1/users/user_1").status == 200  # another method
    assert send(api, "GET", "/users/user_1").status == 200  # the same operation without /v1
    assert send(api, "GET", "/v1/users/user_2").status == 200  # another concrete path
    assert send(api, "GET", "/v1/users/user_1").status == 500


def test_enqueued_responses_are_fifo_per_path(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/v1/invitations", status=502)
    api.enqueue("GET", "/v1/invitations", status=201, json={"other": True})
    api.enqueue("POST", "/v1/invitations", status=503, headers={"Retry-After": "1"})
    api.enqueue("POST", "/v1/invitations", json={"n": 3})
    got = [send(api, "POST", "/v1/invitations", b"{}") for _ in range(4)]
    assert [r.status for r in got] == [502, 503, 200, 200]
    assert got[1].headers["retry-after"] == "1" and "retry-after" not in got[0].headers
    assert got[2].json() == {"n": 3}
    assert got[3].json()["object"] == "invitation"  # back to the spec
    assert send(api, "GET", "/v1/invitations").json() == {"other": True}


def test_enqueue_defaults_and_raw_bodies(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/users/user_1", status=503)
    api.enqueue("GET", "/v1/users/user_1", status=200, headers={"X-Extra": "1"})
    api.enqueue("GET", "/v1/users/user_1", status=200, body=b"not json", headers={"Content-Type": "text/plain"})
    api.enqueue("GET", "/v1/users/user_1", status=400, json=[])
    error = send(api, "GET", "/v1/users/user_1")
    assert error.status == 503
    body = error.json()
    assert body["errors"][0]["code"] == "http_503" and body["clerk_trace_id"] == error.headers["x-clerk-trace-id"]
    spec = send(api, "GET", "/v1/users/user_1")  # no body given: the spec example
    assert spec.status == 200 and spec.body == op("GET", "/users/{user_id}").example
    assert spec.headers["x-extra"] == "1"
    raw = send(api, "GET", "/v1/users/user_1")
    assert raw.body == b"not json" and raw.headers["content-type"] == "text/plain"
    assert send(api, "GET", "/v1/users/user_1").json() == []


def test_enqueued_headers_replace_defaults_case_insensitively(api: MockClerkAPI) -> None:
    api.enqueue("DELETE", "/v1/users/user_1", status=204, json={"ignored": True}, headers={"content-type": "x/y"})
    conn = connect(api)
    try:
        conn.request("DELETE", "/v1/users/user_1")
        response = conn.getresponse()
        assert response.status == 204 and response.read() == b""
        assert response.msg.get_all("Content-Type") == ["x/y"]  # one header, not the default as well
        assert response.getheader("Content-Length") == "0"
        assert send(api, "GET", "/v1/jwks", conn=conn).status == 200  # the connection is still in step
    finally:
        conn.close()


def test_enqueue_on_an_unknown_path(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/not_in_spec", json={"ok": 1})
    api.enqueue("GET", "/v1/not_in_spec", status=200)
    assert send(api, "GET", "/v1/not_in_spec").json() == {"ok": 1}
    nothing = send(api, "GET", "/v1/not_in_spec")
    assert (nothing.status, nothing.body) == (200, b"")
    assert send(api, "GET", "/v1/not_in_spec").status == 404
    assert api.last.operation is None


def test_delay_holds_the_answer_back(api: MockClerkAPI) -> None:
    waited: list[float] = []
    api.sleep = waited.append  # the server waits through api.sleep: record the wait instead
    api.enqueue("GET", "/v1/users/slow", delay=0.4)
    reply = send(api, "GET", "/v1/users/slow")
    assert waited == [0.4]
    assert reply.status == 200 and reply.json()["object"] == "user"
    api.sleep = time.sleep

    api.enqueue("GET", "/v1/users/slow", delay=1.0)
    with pytest.raises((TimeoutError, socket.timeout)):  # one class from Python 3.10 on
        send(api, "GET", "/v1/users/slow", timeout=0.2)
    assert send(api, "GET", "/v1/users/slow").status == 200
    assert len(api.requests) == 3


def test_drop_closes_the_connection_without_an_answer(api: MockClerkAPI) -> None:
    api.enqueue("POST", "/v1/users", drop=True)
    with pytest.raises(http.client.RemoteDisconnected):
        send(api, "POST", "/v1/users", b'{"a": 1}')
    assert api.last.json() == {"a": 1}  # the request was still recorded
    assert send(api, "POST", "/v1/users", b"{}").status == 200


def test_reset_forgets_requests_and_queues(api: MockClerkAPI) -> None:
    api.enqueue("GET", "/v1/jwks", status=500)
    send(api, "GET", "/v1/users/u")
    api.reset()
    assert api.requests == []
    with pytest.raises(AssertionError):
        _ = api.last
    assert send(api, "GET", "/v1/jwks").status == 200


def test_concurrent_requests_are_all_recorded(api: MockClerkAPI) -> None:
    statuses: list[int] = []

    def worker(n: int) -> None:
        statuses.append(send(api, "GET", f"/v1/users/user_{n}").status)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses == [200] * 24
    assert sorted(r.path for r in api.requests) == sorted(f"/v1/users/user_{n}" for n in range(24))


def test_close_ends_idle_connections_and_stops_listening() -> None:
    api = MockClerkAPI().start()
    conn = connect(api)
    try:
        assert send(api, "GET", "/v1/jwks", conn=conn).status == 200  # the connection stays open, idle
        api.close()  # returns only once the idle connection is ended (a regression would hang here)
        assert conn.sock is not None and conn.sock.recv(1) == b""  # the server hung up
    finally:
        conn.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", int(api.url.rsplit(":", 1)[1])), timeout=2).close()
    api.close()  # twice is fine


# --- request body parsers --------------------------------------------------------------------------


def test_multipart_bodies_are_split_byte_for_byte(api: MockClerkAPI) -> None:
    image = bytes(range(256)) + b"\r\n--not-the-boundary\r\n\r\n"
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="file"; filename="photo.png"\r\n'
        b"Content-Type: image/png\r\n\r\n" + image + b"\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="note"\r\n\r\n'
        b"h\xc3\xa9llo\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="empty"\r\n\r\n'
        b"\r\n"
        b"--XyZ--\r\n"
    )
    headers = {"Content-Type": 'multipart/form-data; boundary="XyZ"'}
    assert send(api, "POST", "/v1/users/user_1/profile_image", body, headers).status == 200
    assert api.last.operation == op("POST", "/users/{user_id}/profile_image")
    parts = api.last.multipart()
    assert parts == [
        mock_clerk_api.Part(name="file", filename="photo.png", content_type="image/png", data=image),
        mock_clerk_api.Part(name="note", filename=None, content_type=None, data="héllo".encode()),
        mock_clerk_api.Part(name="empty", filename=None, content_type=None, data=b""),
    ]


def test_multipart_from_httpx(api: MockClerkAPI) -> None:
    httpx = pytest.importorskip("httpx")
    with httpx.Client(base_url=api.url) as client:
        reply = client.put(
            "/v1/organizations/org_1/logo",
            files={"file": ("logo.jpg", b"\xff\xd8\xff\x00\r\n", "image/jpeg")},
            data={"uploader_user_id": "user_1"},
        )
        assert reply.status_code == 200 and reply.json()["object"] == "organization"
        again = client.get("/v1/organizations/org_1")  # the same pooled connection
        assert again.status_code == 200
    parts = {p.name: p for p in api.requests[0].multipart()}
    assert parts["file"].filename == "logo.jpg" and parts["file"].content_type == "image/jpeg"
    assert parts["file"].data == b"\xff\xd8\xff\x00\r\n"
    assert parts["uploader_user_id"].data == b"user_1" and parts["uploader_user_id"].filename is None


def test_httpx_sees_drops_and_delays_as_transport_errors(api: MockClerkAPI) -> None:
    httpx = pytest.importorskip("httpx")

    async def many() -> set[int]:
        async with httpx.AsyncClient(base_url=api.url) as client:
            replies = await asyncio.gather(*(client.get(f"/v1/users/user_{n}") for n in range(16)))
            api.enqueue("POST", "/v1/users", drop=True)
            with pytest.raises(httpx.RemoteProtocolError):
                await client.post("/v1/users", json={})
            return {r.status_code for r in replies}

    assert asyncio.run(many()) == {200}
    with httpx.Client(base_url=api.url) as client:
        api.enqueue("GET", "/v1/jwks", delay=1.0)
        with pytest.raises(httpx.ReadTimeout):
            client.get("/v1/jwks", timeout=0.2)
        assert client.get("/v1/jwks").json()["keys"][0]["kty"] == "OKP"
    assert len(api.requests) == 19


def test_multipart_rejects_what_is_not_multipart(api: MockClerkAPI) -> None:
    send(api, "POST", "/v1/users", b'{"a": 1}', {"Content-Type": "application/json"})
    with pytest.raises(ValueError, match="not a multipart"):
        api.last.multipart()
    send(api, "POST", "/v1/users", b"--b\r\nX: y\r\n\r\ndata", {"Content-Type": "multipart/form-data; boundary=b"})
    with pytest.raises(ValueError, match="closing boundary"):
        api.last.multipart()


def test_form_bodies(api: MockClerkAPI) -> None:
    body = urlencode([("name", "Acme & Co"), ("tag", "a"), ("tag", "b"), ("blank", "")]).encode()
    send(api, "POST", "/v1/organizations", body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert api.last.form() == {"name": ["Acme & Co"], "tag": ["a", "b"], "blank": [""]}


# --- examples built from schemas -------------------------------------------------------------------


def test_example_from_schema_rules() -> None:
    schema = {
        "type": "object",
        "required": ["declared", "undeclared"],
        "properties": {
            "object": {"type": "string"},
            "declared": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["b", "a"]},
            "count": {"type": "integer", "minimum": 1},
            "ratio": {"type": "number"},
            "flag": {"type": "boolean"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "given": {"type": "string", "example": "from the spec"},
            "either": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
            "merged": {
                "allOf": [{"properties": {"a": {"type": "boolean"}}}, {"properties": {"b": {"type": "string"}}}]
            },
            "metadata": {"type": "object", "additionalProperties": True},
            "anything": {},
            "status": {"$ref": "#/components/schemas/WaitlistEntry/properties/status"},
        },
    }
    assert example_from_schema(schema, "SessionActivityResponse") == {
        "object": "session_activity",
        "declared": "2026-05-12T00:00:00Z",
        "kind": "b",
        "count": 1,
        "ratio": 0.5,
        "flag": False,
        "tags": ["string"],
        "given": "from the spec",
        "either": 0,
        "merged": {"a": False, "b": "string"},
        "metadata": {},
        "anything": None,
        "status": "pending",
        "undeclared": None,
    }
    described = {"properties": {"object": {"type": "string", "description": 'Always "commerce_thing".'}}}
    assert example_from_schema(described) == {"object": "commerce_thing"}
    # anyOf that only lists required keys constrains the object; it does not replace it.
    constrained = {"type": "object", "properties": {"x": {"type": "string"}}, "anyOf": [{"required": ["x"]}]}
    assert example_from_schema(constrained) == {"x": "string"}


def test_recursive_schemas_terminate() -> None:
    # Every component schema produces a finite value that JSON can encode.
    for name in mock_clerk_api._spec()["components"]["schemas"]:
        json.dumps(example_from_schema({"$ref": f"#/components/schemas/{name}"}), allow_nan=False)


# --- the examples against clerk_backend's models -----------------------------------------------------

# Operations whose success example clerk_backend.deserialize rejects, with the reason. Keep this honest:
# a new failure or a fix both make test_spec_examples_parse_as_models fail.
KNOWN_PARSE_FAILURES = {
    # The spec's EnterpriseConnection schema lists `authenticatable` and `disable_jit_provisioning` as required
    # but never declares them, so the built example has them as null; the model (like @clerk/backend) wants a
    # boolean `authenticatable` (strict=True names both). A gap in the spec, not in the model.
    "ListEnterpriseConnections": "data[0].authenticatable: expected bool, got null; "
    "data[0].disable_jit_provisioning: expected bool, got null",
    "CreateEnterpriseConnection": "EnterpriseConnection.authenticatable: expected bool, got null; "
    "EnterpriseConnection.disable_jit_provisioning: expected bool, got null",
    "GetEnterpriseConnection": "EnterpriseConnection.authenticatable: expected bool, got null; "
    "EnterpriseConnection.disable_jit_provisioning: expected bool, got null",
    "UpdateEnterpriseConnection": "EnterpriseConnection.authenticatable: expected bool, got null; "
    "EnterpriseConnection.disable_jit_provisioning: expected bool, got null",
}

# `object` values in success examples that no clerk_backend model declares: deserialize hands these
# objects back unchanged as dicts. (Resources @clerk/backend has no class for, or spec-only shapes.)
KNOWN_UNMODELLED_OBJECTS = {
    "admin_portal_link_token",
    "commerce_credit_balance",
    "commerce_credit_ledger",
    "commerce_discount_redemption",
    "commerce_payment",
    "commerce_price",
    "commerce_price_transition",
    "commerce_statement",
    "directory",
    "directory_group_role_mapping",
    "instance_communication",
    "instance_protect",
    "oauth_application_settings",
    "scim_directory",
    "scim_group_role_mapping",
    "template",
    "trusted_device",
    "verification",
}


def _has_object(value: Any) -> bool:
    if isinstance(value, list):
        return any(_has_object(item) for item in value)
    if isinstance(value, dict):
        lists = [v for k, v in value.items() if k in ("data", "m2m_tokens") and isinstance(v, list)]
        return "object" in value or any(_has_object(v) for v in lists)
    return False


def _unmodelled(result: Any) -> set[str]:
    if isinstance(result, dict):
        return {result["object"]} if "object" in result else set()
    if isinstance(result, list):
        return set().union(*map(_unmodelled, result))
    if isinstance(result, clerk_backend.PaginatedResponse):
        return _unmodelled(list(result.data))
    return set()


def test_spec_examples_parse_as_models() -> None:
    failures = {}
    unmodelled: set[str] = set()
    checked = 0
    for operation in OPERATIONS:
        if operation.example is None or not _has_object(json.loads(operation.example)):
            continue
        checked += 1
        try:
            result = clerk_backend.deserialize(operation.example, strict=True)
        except clerk_backend.ParseError as exc:
            failures[operation.operation_id] = str(exc)
        else:
            unmodelled |= _unmodelled(result)
    assert checked > 200
    assert failures == KNOWN_PARSE_FAILURES
    assert unmodelled == KNOWN_UNMODELLED_OBJECTS


def test_a_spec_user_becomes_a_user_model(api: MockClerkAPI) -> None:
    user = clerk_backend.deserialize(send(api, "GET", "/v1/users/user_1").body)
    assert isinstance(user, clerk_backend.User)
    page = clerk_backend.deserialize(send(api, "GET", "/api_keys").body)
    assert isinstance(page, clerk_backend.PaginatedResponse)
    assert isinstance(page.data[0], clerk_backend.APIKey)
