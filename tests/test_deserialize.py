"""clerk_backend.deserialize: the reference's Deserializer, driven by the model registry."""

from __future__ import annotations

import json
from typing import Any

import pytest

import clerk_backend
from clerk_backend import Client, PaginatedResponse, ParseError, Session, deserialize

Payload = dict[str, Any]


def as_inputs(value: Any) -> list[Any]:
    text = json.dumps(value)
    return [value, text, text.encode(), bytearray(text.encode()), memoryview(text.encode())]


@pytest.fixture
def session(session_payload: Payload) -> Payload:
    session_payload.pop("user", None)
    return session_payload


def test_single_object_becomes_its_model(session: Payload) -> None:
    for data in as_inputs(session):
        result = deserialize(data)
        assert isinstance(result, Session)
        assert result == Session.from_json(session)


def test_nested_client(client_payload: Payload) -> None:
    result = deserialize(json.dumps(client_payload))
    assert isinstance(result, Client)
    assert all(isinstance(s, Session) for s in result.sessions)


def test_paginated_response(session: Payload) -> None:
    other = dict(session, id="sess_other")
    body = {"data": [session, other], "total_count": 42}
    for data in as_inputs(body):
        page = deserialize(data)
        assert isinstance(page, PaginatedResponse)
        assert page.total_count == 42
        assert [s.id for s in page.data] == [session["id"], "sess_other"]
        assert len(page) == 2
        assert list(page) == list(page.data)
        assert isinstance(page.data, tuple)


def test_paginated_without_total_count(session: Payload) -> None:
    page = deserialize({"data": [session]})
    assert isinstance(page, PaginatedResponse)
    assert page.total_count is None


def test_m2m_tokens_are_paginated(session: Payload) -> None:
    page = deserialize({"m2m_tokens": [session], "total_count": 1})
    assert isinstance(page, PaginatedResponse)
    assert page.total_count == 1
    assert isinstance(page.data[0], Session)


def test_object_whose_data_is_an_object_is_not_paginated() -> None:
    body = {"object": "something_new", "data": {"a": 1}}
    assert deserialize(body) is body


def test_array_becomes_a_list(session: Payload) -> None:
    result = deserialize([session, {"object": "unknown_thing", "x": 1}, "plain"])
    assert isinstance(result, list)
    assert isinstance(result[0], Session)
    assert result[1] == {"object": "unknown_thing", "x": 1}
    assert result[2] == "plain"


def test_unknown_object_comes_back_unchanged() -> None:
    body = {"object": "brand_new_resource", "id": "x_1", "nested": {"k": [1, 2]}}
    assert deserialize(body) is body
    assert deserialize(json.dumps(body)) == body


def test_object_without_object_key_passes_through() -> None:
    body = {"id": "x"}
    assert deserialize(body) is body


def test_total_count_object() -> None:
    assert deserialize({"object": "total_count", "total_count": 7}) == 7


def test_registry_covers_every_declared_object_value() -> None:
    stub_classes = [getattr(clerk_backend, name) for name in clerk_backend.__all__]
    models = [cls for cls in stub_classes if isinstance(cls, type) and hasattr(cls, "from_json")]
    assert Session in models and Client in models


def test_errors_name_the_path(session: Payload) -> None:
    bad = dict(session, expire_at="soon")
    with pytest.raises(ParseError) as info:
        deserialize({"data": [session, bad]})
    assert info.value.path == "data[1].expire_at"
    assert str(info.value) == "data[1].expire_at: expected integer, got string"


def test_invalid_json_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        deserialize('{"data": [}')


@pytest.mark.parametrize("value", [1, None, 1.5, object()])
def test_other_input_types_are_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        deserialize(value)


@pytest.mark.parametrize("text", ['"a string"', "12", "null"])
def test_top_level_scalar_text_is_a_parse_error(text: str) -> None:
    with pytest.raises(ParseError):
        deserialize(text)
