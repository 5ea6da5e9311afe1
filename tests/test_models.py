"""Behaviour of the model classes Client, Session and SessionActivity."""

from __future__ import annotations

import copy
import json
import pickle
import re
import sys
import textwrap
from typing import Any, Callable

import pytest
from conftest import first_problem

import clerk_backend
from clerk_backend import ClerkError, Client, ParseError, Session, SessionActivity

Payload = dict[str, Any]
Model = Any  # Client | Session | SessionActivity (Python 3.9 cannot spell the union at runtime)

CLIENT_FIELDS = (
    "id",
    "session_ids",
    "sessions",
    "sign_in_id",
    "sign_up_id",
    "last_active_session_id",
    "last_authentication_strategy",
    "created_at",
    "updated_at",
)
SESSION_FIELDS = (
    "id",
    "client_id",
    "user_id",
    "status",
    "last_active_at",
    "expire_at",
    "abandon_at",
    "created_at",
    "updated_at",
    "last_active_organization_id",
    "latest_activity",
    "actor",
    "user",
)
ACTIVITY_FIELDS = (
    "id",
    "is_mobile",
    "ip_address",
    "city",
    "country",
    "browser_version",
    "browser_name",
    "device_type",
)

# Required fields and the JSON type their error messages name.
CLIENT_REQUIRED = {"id": "string", "created_at": "integer", "updated_at": "integer"}
SESSION_REQUIRED = {
    "id": "string",
    "client_id": "string",
    "user_id": "string",
    "status": "string",
    "last_active_at": "integer",
    "expire_at": "integer",
    "abandon_at": "integer",
    "created_at": "integer",
    "updated_at": "integer",
}
ACTIVITY_REQUIRED = {"id": "string", "is_mobile": "bool"}

CLIENT_OPTIONAL = ("sign_in_id", "sign_up_id", "last_active_session_id", "last_authentication_strategy")
CLIENT_LISTS = ("session_ids", "sessions")
SESSION_OPTIONAL = ("last_active_organization_id", "latest_activity", "actor")
ACTIVITY_OPTIONAL = ("ip_address", "city", "country", "browser_version", "browser_name", "device_type")

DEPTH = 100_000


# ---------------------------------------------------------------------------------------------
# helpers


def dumps(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False)


INPUT_KINDS: dict[str, Callable[[Payload], Any]] = {
    "dict": lambda p: p,
    "str": dumps,
    "bytes": lambda p: dumps(p).encode(),
    "bytearray": lambda p: bytearray(dumps(p).encode()),
    "memoryview": lambda p: memoryview(dumps(p).encode()),
}


@pytest.fixture(params=["dict", "str", "bytes"])
def as_input(request: pytest.FixtureRequest) -> Callable[[Payload], Any]:
    """Turn a payload into one kind of from_json input: a dict, or JSON text as str or bytes."""
    return INPUT_KINDS[request.param]


@pytest.fixture(params=["str", "bytes"])
def as_text(request: pytest.FixtureRequest) -> Callable[[str], Any]:
    """Pass JSON text on as a str, or encode it to UTF-8 bytes."""
    if request.param == "bytes":
        return lambda text: text.encode()
    return lambda text: text


def get_in(obj: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        obj = obj[step]
    return obj


def set_in(obj: Any, path: tuple[Any, ...], value: Any) -> None:
    get_in(obj, path[:-1])[path[-1]] = value


def del_in(obj: Any, path: tuple[Any, ...]) -> None:
    del get_in(obj, path[:-1])[path[-1]]


def parse_error(cls: type, data: Any) -> ParseError:
    """The first problem of a tolerant parse, which ``strict=True`` raises (see conftest.first_problem)."""
    error: ParseError = first_problem(lambda strict: cls.from_json(data, strict=strict))
    return error


def nested_objects_text(depth: int, leaf: str = "1") -> str:
    return '{"a":' * depth + leaf + "}" * depth


def nested_arrays_text(depth: int) -> str:
    return "[" * depth + "]" * depth


def nested_dicts(depth: int) -> dict[str, Any]:
    """``{"a": {"a": ... 1}}`` with ``depth`` dicts, built without recursion."""
    value: Any = 1
    for _ in range(depth):
        value = {"a": value}
    return value


def nested_lists(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth - 1):
        value = [value]
    return value


def with_raw_value(payload: Payload, key: str, raw_json: str) -> str:
    """``payload`` as JSON text with ``key`` set to the JSON text ``raw_json``, placed last."""
    body = {k: v for k, v in payload.items() if k != key}
    return dumps(body)[:-1] + f', "{key}": {raw_json}}}'


# ---------------------------------------------------------------------------------------------
# fixtures and the values they parse to


def test_client_fixture_values(client_payload: Payload) -> None:
    c = Client.from_json(client_payload)
    assert c.id == "client_2xK9o4kJ6hG8fD0sA2pO4iU6yT8"
    assert c.session_ids == ("sess_2xK9a7bC1dE3fG5hJ7kL9mN1pQ3", "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL")
    assert type(c.session_ids) is tuple
    assert type(c.sessions) is tuple
    assert [type(s) for s in c.sessions] == [Session, Session]
    assert c.sign_in_id is None
    assert c.sign_up_id is None
    assert c.last_active_session_id == "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL"
    assert c.last_authentication_strategy == "oauth_google"
    assert c.created_at == 1761209990000
    assert c.updated_at == 1761300000000

    ended, active = c.sessions
    assert ended.id == "sess_2xK9a7bC1dE3fG5hJ7kL9mN1pQ3"
    assert ended.status == "ended"
    assert ended.latest_activity is None
    assert ended.last_active_organization_id == "org_2xK9hJ3kL5mN7pQ9rS1tU3vW5xY"
    assert ended.actor == {"iss": "https://clerk.example.com", "sub": "user_2xK9zA1sD3fG5hJ7kL9qW2eR4tY"}
    assert ended.expire_at == 1761818400000

    assert active.client_id == c.id
    assert active.last_active_organization_id is None
    assert active.actor is None
    activity = active.latest_activity
    assert type(activity) is SessionActivity
    assert activity.id == "sess_activity_2xK9oQ8wE6rT4yU2iO0pA8sD6fG"
    assert activity.is_mobile is True
    assert activity.ip_address == "198.51.100.23"
    assert activity.city == "Zürich"
    assert activity.country == "CH"
    assert activity.browser_version == "18.6"
    assert activity.browser_name == "Safari"
    assert activity.device_type == "iPhone"


def test_session_created_fixture_values(session_payload: Payload) -> None:
    s = Session.from_json(session_payload)
    assert s.id == "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL"
    assert s.client_id == "client_2xK9o4kJ6hG8fD0sA2pO4iU6yT8"
    assert s.user_id == "user_2xK9mQvR7tLpN4wZbC8dYhF3sJe"
    assert s.status == "active"
    assert s.last_active_at == 1761300000000
    assert s.expire_at == 1761904800000
    assert s.abandon_at == 1763892000000
    assert s.created_at == 1761300000000
    assert s.updated_at == 1761300000000
    assert s.last_active_organization_id is None
    assert s.actor is None
    assert s.latest_activity is not None
    assert s.latest_activity.is_mobile is False
    assert s.latest_activity.city == "San Francisco"
    assert s.latest_activity.device_type == "Macintosh"


def test_match_args_list_properties_in_declaration_order() -> None:
    assert Client.__match_args__ == CLIENT_FIELDS
    assert Session.__match_args__ == SESSION_FIELDS
    assert SessionActivity.__match_args__ == ACTIVITY_FIELDS


# ---------------------------------------------------------------------------------------------
# input kinds


@pytest.mark.parametrize("kind", list(INPUT_KINDS))
def test_every_input_kind_gives_an_equal_client(client_payload: Payload, kind: str) -> None:
    reference = Client.from_json(dumps(client_payload))
    c = Client.from_json(INPUT_KINDS[kind](client_payload))
    assert c == reference
    assert c.to_dict() == reference.to_dict()
    assert c.raw == client_payload
    assert c.sessions[1].latest_activity.city == "Zürich"


@pytest.mark.parametrize("kind", list(INPUT_KINDS))
def test_every_input_kind_gives_an_equal_session(session_payload: Payload, kind: str) -> None:
    reference = Session.from_json(session_payload)
    s = Session.from_json(INPUT_KINDS[kind](session_payload))
    assert s == reference
    assert s.raw == session_payload


def test_pretty_printed_file_text_parses(client_text: str, client_payload: Payload) -> None:
    c = Client.from_json(client_text)
    assert c == Client.from_json(client_payload)
    assert c.raw == client_payload
    assert Client.from_json(client_text.encode("utf-8")) == c


def test_memoryview_slice_of_a_larger_buffer(client_payload: Payload) -> None:
    body = dumps(client_payload).encode()
    view = memoryview(b"garbage" + body + b"garbage")[7:-7]
    assert Client.from_json(view) == Client.from_json(client_payload)


def test_leading_and_trailing_whitespace_is_allowed(session_text: str, session_payload: Payload) -> None:
    s = Session.from_json(" \n\t\r" + session_text + " \r\n\t ")
    assert s == Session.from_json(session_payload)
    assert s.raw == session_payload


@pytest.mark.parametrize(
    ("data", "type_name"),
    [
        (1, "int"),
        (None, "NoneType"),
        ([], "list"),
        ([{"id": "a", "is_mobile": True}], "list"),
        (1.5, "float"),
        (("a",), "tuple"),
        (object(), "object"),
    ],
)
def test_other_input_types_raise_type_error(data: Any, type_name: str) -> None:
    with pytest.raises(TypeError) as info:
        SessionActivity.from_json(data)
    assert not isinstance(info.value, ClerkError)
    assert f"not {type_name}" in str(info.value)


def test_from_json_takes_data_positionally_only(activity_payload: Payload) -> None:
    with pytest.raises(TypeError, match="positional-only arguments passed as keyword arguments: 'data'"):
        SessionActivity.from_json(data=activity_payload)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'data'"):
        SessionActivity.from_json()  # type: ignore[call-arg]


# ---------------------------------------------------------------------------------------------
# nulls, absent keys, unknown keys, duplicates


def test_null_optional_fields_give_none(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    for key in CLIENT_OPTIONAL:
        client_payload[key] = None
    session = client_payload["sessions"][1]
    for key in SESSION_OPTIONAL:
        session[key] = None
    c = Client.from_json(as_input(client_payload))
    for key in CLIENT_OPTIONAL:
        assert getattr(c, key) is None, key
    for key in SESSION_OPTIONAL:
        assert getattr(c.sessions[1], key) is None, key


def test_null_lists_give_empty_tuples(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    client_payload["session_ids"] = None
    client_payload["sessions"] = None
    c = Client.from_json(as_input(client_payload))
    assert c.session_ids == ()
    assert c.sessions == ()
    assert type(c.sessions) is tuple
    assert c.to_dict()["sessions"] == []
    assert c.to_dict()["session_ids"] == []


def test_absent_optional_fields_give_none(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    for key in CLIENT_OPTIONAL:
        del client_payload[key]
    for key in SESSION_OPTIONAL:
        del client_payload["sessions"][0][key]
    activity = client_payload["sessions"][1]["latest_activity"]
    for key in ACTIVITY_OPTIONAL:
        del activity[key]
    assert set(activity) == {"object", "id", "is_mobile"}

    c = Client.from_json(as_input(client_payload))
    for key in CLIENT_OPTIONAL:
        assert getattr(c, key) is None, key
    for key in SESSION_OPTIONAL:
        assert getattr(c.sessions[0], key) is None, key
    for key in ACTIVITY_OPTIONAL:
        assert getattr(c.sessions[1].latest_activity, key) is None, key
    assert c.sessions[1].latest_activity.is_mobile is True

    # absent and explicit null are the same value, and to_dict writes None for both
    d = c.to_dict()
    for key in CLIENT_OPTIONAL:
        assert d[key] is None
    assert d["sessions"][1]["latest_activity"]["city"] is None
    nulls = dict(client_payload, **dict.fromkeys(CLIENT_OPTIONAL))
    assert Client.from_json(nulls) == c


def test_absent_lists_give_empty_tuples(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    del client_payload["session_ids"]
    del client_payload["sessions"]
    c = Client.from_json(as_input(client_payload))
    assert c.session_ids == ()
    assert c.sessions == ()


def test_minimal_session_activity(as_input: Callable[[Payload], Any]) -> None:
    a = SessionActivity.from_json(as_input({"id": "sess_activity_1", "is_mobile": False}))
    assert a.id == "sess_activity_1"
    assert a.is_mobile is False
    assert [getattr(a, key) for key in ACTIVITY_OPTIONAL] == [None] * len(ACTIVITY_OPTIONAL)


def test_unknown_fields_are_ignored_but_kept_in_raw(
    session_payload: Payload, as_input: Callable[[Payload], Any]
) -> None:
    session_payload["future_field"] = {"nested": [1, 2.5, None, True, "x"], "n": -3}
    session_payload["raw"] = "not the raw property"
    session_payload["to_dict"] = 1
    s = Session.from_json(as_input(session_payload))

    assert not hasattr(s, "tasks")
    assert not hasattr(s, "future_field")
    assert callable(s.to_dict)
    assert set(s.to_dict()) == set(SESSION_FIELDS)

    raw = s.raw
    assert raw == session_payload
    assert raw["user"]["username"] == "jane_doe"
    assert raw["user"]["private_metadata"]["internal_tags"] == ["beta", "vip"]
    assert raw["tasks"] is None
    assert raw["object"] == "session"
    assert raw["future_field"] == {"nested": [1, 2.5, None, True, "x"], "n": -3}
    assert raw["raw"] == "not the raw property"
    assert raw["latest_activity"]["object"] == "session_activity"
    # a nested model's raw keeps its own unknown keys
    assert s.latest_activity.raw == session_payload["latest_activity"]


def test_unknown_fields_do_not_affect_equality(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    plain = Client.from_json(client_payload)
    client_payload["cookie_expires_at"] = 1793000000000
    client_payload["sessions"][1]["latest_activity"]["region"] = "ZH"
    client_payload["sessions"][0]["tasks"] = [{"key": "choose-organization"}]
    extra = Client.from_json(as_input(client_payload))
    assert extra == plain
    assert (extra != plain) is False
    assert extra.raw != plain.raw
    assert extra.sessions[1].latest_activity.raw["region"] == "ZH"


def test_duplicate_keys_last_value_wins(as_text: Callable[[str], Any]) -> None:
    text = (
        '{"id": "first", "is_mobile": true, "city": "Bern", "id": "second", "city": null, "is_mobile": false,'
        ' "extra": 1, "extra": 2}'
    )
    a = SessionActivity.from_json(as_text(text))
    assert a.id == "second"
    assert a.is_mobile is False
    assert a.city is None
    assert a.raw == json.loads(text) == {"id": "second", "is_mobile": False, "city": None, "extra": 2}


def test_duplicate_nested_model_key_last_value_wins(session_payload: Payload) -> None:
    first = dumps({"id": "act_first", "is_mobile": True, "city": "Bern"})
    text = with_raw_value(session_payload, "latest_activity", first)[:-1] + ', "latest_activity": null}'
    s = Session.from_json(text)
    assert s.latest_activity is None
    assert s.raw["latest_activity"] is None
    assert s == Session.from_json(json.loads(text))


def test_duplicate_key_with_a_later_invalid_value_fails() -> None:
    err = parse_error(SessionActivity, '{"id": "a", "is_mobile": true, "is_mobile": "yes"}')
    assert str(err) == "SessionActivity.is_mobile: expected bool, got string"


def test_duplicate_key_every_occurrence_is_checked_and_the_last_wins() -> None:
    """Documented behaviour: the last occurrence of a repeated key is kept (an earlier one of the wrong type
    does not matter, as in ``json.loads``)."""
    text = '{"id": "act_0", "is_mobile": false, "id": "act_1", "is_mobile": true}'
    parsed = SessionActivity.from_json(text)
    assert parsed.id == "act_1"
    assert parsed.is_mobile is True
    assert parsed.raw == {"id": "act_1", "is_mobile": True}
    fixed = SessionActivity.from_json('{"id": 1, "is_mobile": true, "id": "act_1"}', strict=True)
    assert fixed.id == "act_1"
    with pytest.raises(ParseError) as info:
        SessionActivity.from_json('{"id": "act_1", "is_mobile": true, "id": 1}', strict=True)
    assert info.value.path == "SessionActivity.id"


# ---------------------------------------------------------------------------------------------
# wrong types, nulls and missing keys: exact path and message, from text and from dicts

WRONG_TYPES = [
    (("id",), 1, "Client.id", "expected string, got number"),
    (("id",), ["client_1"], "Client.id", "expected string, got array"),
    (("created_at",), "1761209990000", "Client.created_at", "expected integer, got string"),
    (("created_at",), True, "Client.created_at", "expected integer, got bool"),
    (("created_at",), 1.5, "Client.created_at", "expected integer, got 1.5"),
    (("updated_at",), {}, "Client.updated_at", "expected integer, got object"),
    (("sign_in_id",), 5, "Client.sign_in_id", "expected string, got number"),
    (("sign_up_id",), {}, "Client.sign_up_id", "expected string, got object"),
    (("last_authentication_strategy",), False, "Client.last_authentication_strategy", "expected string, got bool"),
    (("session_ids",), "sess_1", "Client.session_ids", "expected array, got string"),
    (("session_ids",), {}, "Client.session_ids", "expected array, got object"),
    (("session_ids", 1), 3, "Client.session_ids[1]", "expected string, got number"),
    (("session_ids", 0), None, "Client.session_ids[0]", "expected string, got null"),
    (("sessions",), {}, "Client.sessions", "expected array, got object"),
    (("sessions",), 2, "Client.sessions", "expected array, got number"),
    (("sessions", 1), "sess_2xK9", "Client.sessions[1]", "expected object, got string"),
    (("sessions", 0), None, "Client.sessions[0]", "expected object, got null"),
    (("sessions", 0), [], "Client.sessions[0]", "expected object, got array"),
    (("sessions", 0, "status"), False, "Client.sessions[0].status", "expected string, got bool"),
    (("sessions", 0, "expire_at"), "soon", "Client.sessions[0].expire_at", "expected integer, got string"),
    (("sessions", 0, "expire_at"), 2.5, "Client.sessions[0].expire_at", "expected integer, got 2.5"),
    (("sessions", 0, "actor"), [], "Client.sessions[0].actor", "expected object, got array"),
    (("sessions", 0, "actor"), "user_2xK9", "Client.sessions[0].actor", "expected object, got string"),
    (("sessions", 0, "actor"), 0, "Client.sessions[0].actor", "expected object, got number"),
    (
        ("sessions", 0, "last_active_organization_id"),
        7,
        "Client.sessions[0].last_active_organization_id",
        "expected string, got number",
    ),
    (("sessions", 1, "latest_activity"), "Zürich", "Client.sessions[1].latest_activity", "expected object, got string"),
    (("sessions", 1, "latest_activity"), [], "Client.sessions[1].latest_activity", "expected object, got array"),
    (("sessions", 1, "latest_activity"), True, "Client.sessions[1].latest_activity", "expected object, got bool"),
    (
        ("sessions", 1, "latest_activity", "is_mobile"),
        "true",
        "Client.sessions[1].latest_activity.is_mobile",
        "expected bool, got string",
    ),
    (
        ("sessions", 1, "latest_activity", "is_mobile"),
        1,
        "Client.sessions[1].latest_activity.is_mobile",
        "expected bool, got number",
    ),
    (
        ("sessions", 1, "latest_activity", "is_mobile"),
        None,
        "Client.sessions[1].latest_activity.is_mobile",
        "expected bool, got null",
    ),
    (
        ("sessions", 1, "latest_activity", "city"),
        8001,
        "Client.sessions[1].latest_activity.city",
        "expected string, got number",
    ),
    (
        ("sessions", 1, "latest_activity", "device_type"),
        {"name": "iPhone"},
        "Client.sessions[1].latest_activity.device_type",
        "expected string, got object",
    ),
]


@pytest.mark.parametrize(("where", "value", "path", "detail"), WRONG_TYPES)
def test_wrong_type_names_path_and_types(
    client_payload: Payload,
    as_input: Callable[[Payload], Any],
    where: tuple[Any, ...],
    value: Any,
    path: str,
    detail: str,
) -> None:
    set_in(client_payload, where, value)
    err = parse_error(Client, as_input(client_payload))
    assert err.path == path
    assert str(err) == f"{path}: {detail}"


def test_nested_list_index_path_from_text_and_dict(client_payload: Payload) -> None:
    client_payload["sessions"][1]["latest_activity"]["is_mobile"] = "yes"
    expected = "Client.sessions[1].latest_activity.is_mobile: expected bool, got string"
    for data in (client_payload, dumps(client_payload), dumps(client_payload).encode()):
        err = parse_error(Client, data)
        assert err.path == "Client.sessions[1].latest_activity.is_mobile"
        assert str(err) == expected
        assert err.args == (expected,)


@pytest.mark.parametrize(
    ("cls", "value", "path", "detail"),
    [
        (Session, 42, "Session.status", "expected string, got number"),
        (SessionActivity, "false", "SessionActivity.is_mobile", "expected bool, got string"),
    ],
)
def test_wrong_type_path_starts_at_the_class_parsed(
    session_payload: Payload,
    as_input: Callable[[Payload], Any],
    cls: type,
    value: Any,
    path: str,
    detail: str,
) -> None:
    payload = session_payload if cls is Session else session_payload["latest_activity"]
    payload[path.split(".")[-1]] = value
    err = parse_error(cls, as_input(payload))
    assert (err.path, str(err)) == (path, f"{path}: {detail}")


def required_cases() -> list[Any]:
    cases = []
    for key, typ in CLIENT_REQUIRED.items():
        cases.append(pytest.param((), key, typ, f"Client.{key}", id=f"Client.{key}"))
    for key, typ in SESSION_REQUIRED.items():
        cases.append(pytest.param(("sessions", 1), key, typ, f"Client.sessions[1].{key}", id=f"Session.{key}"))
    for key, typ in ACTIVITY_REQUIRED.items():
        where = ("sessions", 1, "latest_activity")
        path = f"Client.sessions[1].latest_activity.{key}"
        cases.append(pytest.param(where, key, typ, path, id=f"SessionActivity.{key}"))
    return cases


@pytest.mark.parametrize(("where", "key", "typ", "path"), required_cases())
def test_missing_required_key(
    client_payload: Payload, as_input: Callable[[Payload], Any], where: tuple[Any, ...], key: str, typ: str, path: str
) -> None:
    del_in(client_payload, (*where, key))
    err = parse_error(Client, as_input(client_payload))
    assert err.path == path
    assert str(err) == f"{path}: required key is missing"


@pytest.mark.parametrize(("where", "key", "typ", "path"), required_cases())
def test_null_required_key(
    client_payload: Payload, as_input: Callable[[Payload], Any], where: tuple[Any, ...], key: str, typ: str, path: str
) -> None:
    set_in(client_payload, (*where, key), None)
    err = parse_error(Client, as_input(client_payload))
    assert err.path == path
    assert str(err) == f"{path}: expected {typ}, got null"


def test_missing_required_key_at_top_level(session_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    del session_payload["user_id"]
    err = parse_error(Session, as_input(session_payload))
    assert (err.path, str(err)) == ("Session.user_id", "Session.user_id: required key is missing")


@pytest.mark.parametrize("cls", [Client, Session, SessionActivity])
def test_empty_object_reports_the_first_required_key(cls: type, as_input: Callable[[Payload], Any]) -> None:
    name = cls.__name__
    err = parse_error(cls, as_input({}))
    assert (err.path, str(err)) == (f"{name}.id", f"{name}.id: required key is missing")


# ---------------------------------------------------------------------------------------------
# invalid JSON, empty input, non-object top level, trailing garbage

INVALID_JSON = [
    # (text, path, line, column) -- columns are 1-based and point at the offending character
    ("{'id': 'a'}", "SessionActivity", 1, 2),
    ('{"id": "a", }', "SessionActivity", 1, 13),
    ('{"id": "a\x00", "is_mobile": true}', "SessionActivity.id", 1, 10),
    ('{"id": "a\\x", "is_mobile": true}', "SessionActivity.id", 1, 11),
    ('{\n  "id": "a",\n  "is_mobile": true,\n  "city": "x" "y"\n}', "SessionActivity", 4, 15),
    ('{"id": "a", "is_mobile": true, "zz": [1, ]}', "SessionActivity", 1, 42),
    ('{"id": "a", "is_mobile": true, "zz": NaN}', "SessionActivity", 1, 38),
    ('{"id": "a", "is_mobile": true, "zz": 01}', "SessionActivity", 1, 39),
]


@pytest.mark.parametrize(("text", "path", "line", "column"), INVALID_JSON)
def test_invalid_json_names_line_and_column(text: str, path: str, line: int, column: int) -> None:
    for data in (text, text.encode()):
        err = parse_error(SessionActivity, data)
        assert err.path == path
        assert str(err).startswith(f"{path}: invalid JSON at line {line} column {column}: ")


def test_invalid_json_in_a_pretty_printed_file(client_text: str) -> None:
    # drop the comma after "browser_name": the parser stops at the next line's key
    lines = client_text.splitlines()
    index = next(i for i, line in enumerate(lines) if '"browser_name": "Safari",' in line)
    lines[index] = lines[index].rstrip(",")
    broken = "\n".join(lines)
    next_line = lines[index + 1]
    column = len(next_line) - len(next_line.lstrip()) + 1
    err = parse_error(Client, broken)
    assert err.path == "Client.sessions[1].latest_activity"
    assert f": invalid JSON at line {index + 2} column {column}: " in str(err)


@pytest.mark.parametrize(
    "token",
    ["}", "]", "x", "tru", "NaN", "-", "01", "'Bern'"],
)
def test_invalid_json_at_a_declared_field_names_line_and_column(token: str) -> None:
    """Invalid JSON where a declared field's value starts is still invalid JSON."""
    text = '{"id": "a", "is_mobile": true, "city": ' + token + "}"
    err = parse_error(SessionActivity, text)
    assert re.search(r"invalid JSON at line 1 column \d+: ", str(err)), str(err)


def test_invalid_json_column_counts_characters_in_str_input() -> None:
    """For ``str`` input the column should count characters, as ``json.loads`` does."""
    text = '{"id": "😀", x}'
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    assert expected.value.colno == 13
    err = parse_error(SessionActivity, text)
    assert "invalid JSON at line 1 column 13: " in str(err), str(err)


@pytest.mark.parametrize(
    "data",
    ["", " ", "\n\n", b"", b"  \t", bytearray(), memoryview(b"")],
    ids=["str", "space", "newlines", "bytes", "bytes-ws", "bytearray", "memoryview"],
)
def test_empty_input(data: Any) -> None:
    err = parse_error(Session, data)
    assert err.path == "Session"
    assert re.fullmatch(r"Session: invalid JSON at line \d+ column \d+: EOF while parsing a value", str(err))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("[]", "array"),
        ('[{"id": "a", "is_mobile": true}]', "array"),
        ('"{\\"id\\": \\"a\\"}"', "string"),
        ("1", "number"),
        ("-1.5e3", "number"),
        ("18446744073709551617", "number"),
        ("null", "null"),
        ("true", "bool"),
        ("false", "bool"),
    ],
)
def test_top_level_must_be_an_object(text: str, found: str) -> None:
    for data in (text, text.encode(), f"  {text}\n"):
        err = parse_error(SessionActivity, data)
        assert err.path == "SessionActivity"
        assert str(err) == f"SessionActivity: expected object, got {found}"


@pytest.mark.parametrize("text", ["nul", "[1,", '"abc', "tru", "{", '{"id": "a"'])
def test_top_level_invalid_json(text: str) -> None:
    err = parse_error(SessionActivity, text)
    assert re.match(r"SessionActivity: invalid JSON at line 1 column \d+: ", str(err)), str(err)


@pytest.mark.parametrize("garbage", ["x", "}", " {}", ",", "[]", "\n\n{}", " null", "\x00"])
def test_trailing_garbage(session_text: str, garbage: str) -> None:
    assert session_text.isascii()
    for data in (session_text + garbage, (session_text + garbage).encode()):
        err = parse_error(Session, data)
        assert err.path == "Session"
        offending = len(garbage) - len(garbage.lstrip())
        before = garbage[:offending]
        line = 1 + before.count("\n")
        column = len(session_text) + 1 + offending if line == 1 else offending - before.rfind("\n")
        assert str(err) == f"Session: invalid JSON at line {line} column {column}: trailing characters"


# ---------------------------------------------------------------------------------------------
# integers of any size

HUGE = [2**64, 2**64 + 1, 2**100 + 7, -(2**80) - 3, 10**40, 123456789012345678901234567890123456789]


@pytest.mark.parametrize("big", HUGE)
def test_huge_integers_round_trip_exactly(
    session_payload: Payload, as_input: Callable[[Payload], Any], big: int
) -> None:
    session_payload["created_at"] = big
    session_payload["actor"] = {"n": big, "list": [big, -big], "float": 1.5}
    session_payload["unknown_big"] = big
    s = Session.from_json(as_input(session_payload))

    assert s.created_at == big
    assert type(s.created_at) is int
    assert s.actor == {"n": big, "list": [big, -big], "float": 1.5}
    assert s.raw["unknown_big"] == big
    assert s.raw["created_at"] == big

    d = s.to_dict()
    assert d["created_at"] == big
    assert d["actor"]["list"] == [big, -big]
    text = s.to_json()
    assert str(big) in text
    assert json.loads(text) == d
    assert Session.from_json(d) == s
    assert Session.from_json(text) == s
    assert Session.from_json(text).created_at == big


def test_huge_integer_literal_is_not_rounded_through_float() -> None:
    digits = "9" * 60
    text = '{"id": "client_1", "created_at": ' + digits + ', "updated_at": -' + digits + "}"
    c = Client.from_json(text)
    assert c.created_at == int(digits)
    assert c.updated_at == -int(digits)
    assert f'"created_at":{digits}' in c.to_json()


def test_number_overflowing_float_in_free_form_field_round_trips(session_payload: Payload) -> None:
    """``1e400`` in a free-form field: either reject it, or keep ``to_dict``/``to_json`` working."""
    text = with_raw_value(session_payload, "actor", '{"k": 1e400}')
    try:
        s = Session.from_json(text)
    except ParseError as err:
        assert err.path.startswith("Session.actor")
        return
    d = s.to_dict()
    assert Session.from_json(d) == s
    json.loads(s.to_json(), parse_constant=lambda name: pytest.fail(f"to_json wrote {name}"))


# ---------------------------------------------------------------------------------------------
# text that is not ASCII, invalid UTF-8, lone surrogates

UNICODE_ACTIVITY = {
    "object": "session_activity",
    "id": "sess_activity_ünï",
    "is_mobile": True,
    "city": "Zürich",
    "country": "CH",
    "browser_name": "Сафари 🦁",
    "device_type": "📱 iPhone",
    "ip_address": "2001:db8::1",
    "note_名前": "unknown key ✓",
}


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda p: json.dumps(p, ensure_ascii=False), id="str"),
        pytest.param(lambda p: json.dumps(p, ensure_ascii=False).encode("utf-8"), id="bytes"),
        pytest.param(lambda p: json.dumps(p, ensure_ascii=True), id="str-escaped"),
        pytest.param(lambda p: json.dumps(p, ensure_ascii=True).encode("ascii"), id="bytes-escaped"),
        pytest.param(lambda p: p, id="dict"),
    ],
)
def test_non_ascii_text(encode: Callable[[Payload], Any]) -> None:
    a = SessionActivity.from_json(encode(UNICODE_ACTIVITY))
    assert a.id == "sess_activity_ünï"
    assert a.city == "Zürich"
    assert a.browser_name == "Сафари 🦁"
    assert a.device_type == "📱 iPhone"
    assert a.raw == UNICODE_ACTIVITY
    assert a.raw["note_名前"] == "unknown key ✓"
    assert "city='Zürich'" in repr(a)
    assert json.loads(a.to_json()) == a.to_dict()
    assert SessionActivity.from_json(a.to_json()) == a
    assert a == SessionActivity.from_json(UNICODE_ACTIVITY)


def test_non_ascii_in_nested_models_and_free_form_fields(client_payload: Payload) -> None:
    client_payload["sessions"][0]["actor"] = {"sub": "user_1", "name": "José 🎉", "ключ": ["值", "🇨🇭"]}
    for data in (dumps(client_payload), dumps(client_payload).encode("utf-8"), json.dumps(client_payload)):
        c = Client.from_json(data)
        assert c.sessions[0].actor == {"sub": "user_1", "name": "José 🎉", "ключ": ["值", "🇨🇭"]}
        assert c.sessions[1].latest_activity.city == "Zürich"
        assert c.raw == client_payload


BAD_UTF8 = [
    pytest.param(b"\xff", id="ff"),
    pytest.param(b"\xc3\x28", id="bad-continuation"),
    pytest.param(b"\xe2\x82", id="truncated"),
    pytest.param(b"\xc0\xaf", id="overlong"),
    pytest.param(b"\xed\xa0\x80", id="encoded-surrogate"),
    pytest.param(b"\xf4\x90\x80\x80", id="above-max"),
]


@pytest.mark.parametrize("bad", BAD_UTF8)
@pytest.mark.parametrize("where", ["declared", "unknown"])
@pytest.mark.parametrize("kind", ["bytes", "bytearray", "memoryview"])
def test_invalid_utf8_bytes(bad: bytes, where: str, kind: str) -> None:
    key = b"city" if where == "declared" else b"zz"
    prefix = b'{"id": "a", "is_mobile": true, "' + key + b'": "Z'
    data = prefix + bad + b'rich"}'
    wrapped = {"bytes": bytes, "bytearray": bytearray, "memoryview": memoryview}[kind](data)
    err = parse_error(SessionActivity, wrapped)
    assert err.path == "SessionActivity"
    assert str(err) == f"SessionActivity: input is not valid UTF-8 (first bad byte at offset {len(prefix)})"


@pytest.mark.parametrize("surrogate", ["\ud800", "\udbff", "\udc00", "\udfff"])
@pytest.mark.parametrize("where", ["declared", "unknown", "key", "alone"])
def test_lone_surrogate_in_str_input(surrogate: str, where: str) -> None:
    text = {
        "declared": '{"id": "a", "is_mobile": true, "city": "Z' + surrogate + 'rich"}',
        "unknown": '{"id": "a", "is_mobile": true, "zz": "' + surrogate + '"}',
        "key": '{"id": "a", "is_mobile": true, "' + surrogate + '": 1}',
        "alone": surrogate,
    }[where]
    err = parse_error(SessionActivity, text)
    assert err.path == "SessionActivity"
    assert str(err).startswith("SessionActivity: str is not valid Unicode: ")


def test_escaped_surrogate_pair_is_one_character() -> None:
    a = SessionActivity.from_json('{"id": "a", "is_mobile": true, "city": "\\ud83c\\udf89 \\u00fc"}')
    assert a.city == "🎉 ü"


# ---------------------------------------------------------------------------------------------
# deep nesting: a ParseError, never a crash


@pytest.mark.parametrize(
    ("build", "path"),
    [
        pytest.param(lambda p: with_raw_value(p, "actor", nested_objects_text(DEPTH)), "Session.actor", id="actor"),
        pytest.param(
            lambda p: with_raw_value(p, "actor", '{"x": ' + nested_arrays_text(DEPTH) + "}"),
            "Session.actor",
            id="arrays-in-actor",
        ),
        pytest.param(lambda p: with_raw_value(p, "zzz", nested_arrays_text(DEPTH)), "Session", id="arrays-unknown"),
        pytest.param(lambda p: with_raw_value(p, "zzz", nested_objects_text(DEPTH)), "Session", id="objects-unknown"),
        pytest.param(lambda p: nested_arrays_text(DEPTH), "Session", id="arrays-top-level"),
        pytest.param(lambda p: nested_objects_text(DEPTH), "Session", id="objects-top-level"),
    ],
)
def test_deep_nesting_in_text_is_a_parse_error(
    session_payload: Payload, as_text: Callable[[str], Any], build: Callable[[Payload], str], path: str
) -> None:
    err = parse_error(Session, as_text(build(session_payload)))
    assert err.path == path
    assert str(err) == f"{path}: JSON is nested deeper than 200 levels"


def test_deep_nesting_inside_a_nested_session(client_payload: Payload) -> None:
    body = dumps(client_payload)
    marker = '"actor": {"iss"'
    assert body.count(marker) == 1
    text = body.replace(marker, '"actor": {"deep": ' + nested_objects_text(DEPTH) + ', "iss"')
    err = parse_error(Client, text)
    assert str(err) == "Client.sessions[0].actor: JSON is nested deeper than 200 levels"


@pytest.mark.parametrize("depth", [1, 100, 199, 200])
def test_nesting_up_to_the_limit_is_accepted_from_text(session_payload: Payload, depth: int) -> None:
    text = with_raw_value(session_payload, "actor", nested_objects_text(depth))
    s = Session.from_json(text)
    assert s.actor is not None
    leaf: Any = s.actor
    for _ in range(depth):
        leaf = leaf["a"]
    assert leaf == 1


def test_nesting_one_past_the_limit_is_rejected_from_text(session_payload: Payload) -> None:
    text = with_raw_value(session_payload, "actor", nested_objects_text(201))
    assert str(parse_error(Session, text)) == "Session.actor: JSON is nested deeper than 200 levels"


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(lambda: nested_dicts(DEPTH), id="dicts"),
        pytest.param(lambda: {"x": nested_lists(DEPTH)}, id="lists"),
    ],
)
@pytest.mark.parametrize("key", ["actor", "zzz"])
def test_deep_dict_input_is_a_parse_error(session_payload: Payload, value: Callable[[], Any], key: str) -> None:
    session_payload[key] = value()
    with pytest.raises(ParseError) as info:
        Session.from_json(session_payload)
    # A declared free-form field may nest 200 levels, as from text; a whole input 1000.
    limit = 200 if key == "actor" else 1000
    assert str(info.value).endswith(f": JSON is nested deeper than {limit} levels")
    assert info.value.path == ("Session.actor" if key == "actor" else "Session")


def test_deep_dict_input_reports_the_declared_field_path(session_payload: Payload) -> None:
    """From a dict, the path should name the field as from text: ``Session.actor``."""
    text_err = parse_error(Session, with_raw_value(session_payload, "actor", nested_objects_text(DEPTH)))
    session_payload["actor"] = nested_dicts(DEPTH)
    dict_err = parse_error(Session, session_payload)
    assert dict_err.path == text_err.path == "Session.actor"
    assert str(dict_err) == str(text_err)


@pytest.mark.parametrize("key", ["actor", "zzz"])
def test_dict_and_text_accept_the_same_nesting_depth(session_payload: Payload, key: str) -> None:
    """A payload accepted as text must also be accepted as its ``json.loads`` dict."""
    text = with_raw_value(session_payload, key, nested_objects_text(200))
    from_text = Session.from_json(text)
    assert Session.from_json(json.loads(text)) == from_text


def test_non_json_value_in_dict_input_reports_the_declared_field_path(client_payload: Payload) -> None:
    """A value that is not JSON (here NaN) in a declared field should be reported at the field's path."""
    client_payload["sessions"][1]["latest_activity"]["is_mobile"] = float("nan")
    err = parse_error(Client, client_payload)
    assert err.path == "Client.sessions[1].latest_activity.is_mobile"


@pytest.mark.parametrize(
    ("value", "detail"),
    [
        (float("nan"), "NaN is not a JSON number"),
        (float("inf"), "inf is not a JSON number"),
        ({1, 2}, "expected a JSON value, got Python set"),
        (b"bytes", "expected a JSON value, got Python bytes"),
    ],
)
def test_non_json_values_in_dict_input_are_parse_errors(session_payload: Payload, value: Any, detail: str) -> None:
    session_payload["actor"] = {"sub": "user_1", "claims": [value]}
    err = parse_error(Session, session_payload)
    assert err.path.startswith("Session")
    assert str(err).endswith(detail)


def test_non_string_keys_in_dict_input_are_parse_errors(session_payload: Payload) -> None:
    session_payload["actor"] = {1: "one"}
    err = parse_error(Session, session_payload)
    assert "object keys must be str, got int" in str(err)


# ---------------------------------------------------------------------------------------------
# read-only


@pytest.fixture
def models(client_payload: Payload) -> list[Model]:
    c = Client.from_json(client_payload)
    return [c, c.sessions[1], c.sessions[1].latest_activity]


def test_properties_are_read_only(models: list[Model]) -> None:
    for obj in models:
        before = obj.to_dict()
        for name in (*type(obj).__match_args__, "raw"):
            read_only = f"^{type(obj).__name__}\\.{name} is read-only$"
            with pytest.raises(AttributeError, match=read_only):
                setattr(obj, name, "changed")
            with pytest.raises(AttributeError, match=read_only):
                delattr(obj, name)
        with pytest.raises(AttributeError, match="has no attribute 'new_attribute'"):
            obj.new_attribute = 1
        assert not hasattr(obj, "new_attribute")
        assert obj.to_dict() == before


def test_raw_is_read_only(session_payload: Payload) -> None:
    s = Session.from_json(session_payload)
    with pytest.raises(AttributeError, match=r"^Session\.raw is read-only$"):
        s.raw = {}  # type: ignore[misc]
    assert s.raw == session_payload


# ---------------------------------------------------------------------------------------------
# raw isolation


def test_raw_is_a_new_dict_each_time(session_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    s = Session.from_json(as_input(session_payload))
    first, second = s.raw, s.raw
    assert type(first) is dict
    assert first == second == session_payload
    assert first is not second
    assert first["user"] is not second["user"]
    assert first["user"]["email_addresses"] is not second["user"]["email_addresses"]


def test_mutating_raw_changes_nothing(session_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    session_payload["actor"] = {"sub": "user_admin", "roles": ["admin"]}
    s = Session.from_json(as_input(session_payload))
    expected = copy.deepcopy(session_payload)

    raw = s.raw
    raw["id"] = "sess_changed"
    raw["latest_activity"]["city"] = "Nowhere"
    raw["actor"]["roles"].append("root")
    raw["user"]["first_name"] = "Mallory"
    raw["user"]["email_addresses"].clear()
    del raw["created_at"]

    assert s.id == "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL"
    assert s.latest_activity.city == "San Francisco"
    assert s.actor == {"sub": "user_admin", "roles": ["admin"]}
    assert s.raw == expected
    assert s.latest_activity.raw == expected["latest_activity"]


def test_mutating_the_input_dict_after_parsing_changes_nothing(session_payload: Payload) -> None:
    session_payload["actor"] = {"sub": "user_admin", "roles": ["admin"]}
    expected = copy.deepcopy(session_payload)
    s = Session.from_json(session_payload)
    before = s.to_dict()

    session_payload["id"] = "sess_changed"
    session_payload["latest_activity"]["city"] = "Nowhere"
    session_payload["actor"]["roles"].append("root")
    session_payload["actor"]["new"] = True
    session_payload["user"]["public_metadata"]["role"] = "guest"
    session_payload["user"]["email_addresses"].append({"id": "idn_x"})
    session_payload["unknown"] = 1

    assert s.id == "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL"
    assert s.latest_activity.city == "San Francisco"
    assert s.actor == {"sub": "user_admin", "roles": ["admin"]}
    assert s.to_dict() == before
    assert s.raw == expected
    assert s.latest_activity.raw == expected["latest_activity"]


def test_mutating_the_input_buffer_after_parsing_changes_nothing(session_payload: Payload) -> None:
    buf = bytearray(dumps(session_payload).encode())
    s = Session.from_json(buf)
    view = memoryview(buf)
    index = bytes(buf).index(b"San Francisco")
    view[index : index + 3] = b"XXX"
    assert s.latest_activity.city == "San Francisco"
    assert s.raw == session_payload
    assert pickle.loads(pickle.dumps(s)).raw == session_payload


def test_nested_raw_is_the_nested_object_only(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    c = Client.from_json(as_input(client_payload))
    assert c.sessions[0].raw == client_payload["sessions"][0]
    assert c.sessions[1].raw == client_payload["sessions"][1]
    assert c.sessions[1].latest_activity.raw == client_payload["sessions"][1]["latest_activity"]


def test_mutating_to_dict_changes_nothing(client_payload: Payload) -> None:
    c = Client.from_json(client_payload)
    d = c.to_dict()
    d["sessions"][1]["latest_activity"]["city"] = "Nowhere"
    d["sessions"][0]["actor"]["sub"] = "user_other"
    d["session_ids"].append("sess_x")
    assert c.sessions[1].latest_activity.city == "Zürich"
    assert c.sessions[0].actor["sub"] == "user_2xK9zA1sD3fG5hJ7kL9qW2eR4tY"
    assert c.session_ids == tuple(client_payload["session_ids"])
    assert c.to_dict() != d


# ---------------------------------------------------------------------------------------------
# to_dict / to_json


def expected_to_dict(payload: Payload, fields: tuple[str, ...]) -> Payload:
    return {key: payload.get(key) for key in fields}


def test_client_to_dict_is_the_declared_fields_only(
    client_payload: Payload, as_input: Callable[[Payload], Any]
) -> None:
    c = Client.from_json(as_input(client_payload))
    d = c.to_dict()

    expected = expected_to_dict(client_payload, CLIENT_FIELDS)
    expected["sessions"] = [expected_to_dict(s, SESSION_FIELDS) for s in client_payload["sessions"]]
    activity = client_payload["sessions"][1]["latest_activity"]
    expected["sessions"][1]["latest_activity"] = expected_to_dict(activity, ACTIVITY_FIELDS)

    assert d == expected
    assert list(d) == list(CLIENT_FIELDS)
    assert list(d["sessions"][0]) == list(SESSION_FIELDS)
    assert list(d["sessions"][1]["latest_activity"]) == list(ACTIVITY_FIELDS)
    assert type(d["sessions"]) is list
    assert type(d["session_ids"]) is list
    assert type(d["sessions"][1]["latest_activity"]) is dict
    assert "object" not in d
    assert "tasks" not in d["sessions"][0]


def test_client_to_dict_round_trip(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    c = Client.from_json(as_input(client_payload))
    again = Client.from_json(c.to_dict())
    assert again == c
    assert again.sessions[1].latest_activity == c.sessions[1].latest_activity
    assert again.to_dict() == c.to_dict()
    assert Client.from_json(c.to_json()) == c


def test_session_and_activity_to_dict_round_trip(session_payload: Payload) -> None:
    s = Session.from_json(session_payload)
    assert Session.from_json(s.to_dict()) == s
    assert SessionActivity.from_json(s.latest_activity.to_dict()) == s.latest_activity
    assert s.to_dict()["latest_activity"] == s.latest_activity.to_dict()
    assert s.to_dict()["user"] == s.user.to_dict()
    assert "tasks" not in s.to_dict()


def test_session_keeps_the_user_that_webhooks_embed(session_payload: Payload) -> None:
    """Deliberate difference: the reference drops `data.user` of `session.*` events; we keep it typed."""
    s = Session.from_json(session_payload)
    assert s.user is not None
    assert s.user.username == "jane_doe"
    assert s.user.id == s.user_id
    assert s.user is s.user
    session_payload.pop("user")
    assert Session.from_json(session_payload).user is None
    session_payload["user"] = None
    assert Session.from_json(session_payload).user is None


def test_to_json_is_compact_json_of_to_dict(client_payload: Payload) -> None:
    c = Client.from_json(client_payload)
    text = c.to_json()
    assert type(text) is str
    assert json.loads(text) == c.to_dict()
    assert text == json.dumps(c.to_dict(), separators=(",", ":"), ensure_ascii=False)


def test_to_dict_returns_a_new_dict_each_time(client_payload: Payload) -> None:
    c = Client.from_json(client_payload)
    assert c.to_dict() is not c.to_dict()
    assert c.to_dict()["sessions"][0]["actor"] is not c.sessions[0].actor


# ---------------------------------------------------------------------------------------------
# pickle and copy


def client_sources(payload: Payload) -> dict[str, Any]:
    return {kind: make(payload) for kind, make in INPUT_KINDS.items()}


PICKLE_PROTOCOLS = list(range(pickle.HIGHEST_PROTOCOL + 1))


@pytest.mark.parametrize("protocol", PICKLE_PROTOCOLS)
@pytest.mark.parametrize("kind", ["dict", "bytes", "str", "memoryview"])
def test_pickle_round_trip(client_payload: Payload, protocol: int, kind: str) -> None:
    c = Client.from_json(INPUT_KINDS[kind](client_payload))
    nested_session = c.sessions[1]
    nested_activity = nested_session.latest_activity
    for obj, raw in [
        (c, client_payload),
        (nested_session, client_payload["sessions"][1]),
        (nested_activity, client_payload["sessions"][1]["latest_activity"]),
    ]:
        loaded = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(loaded) is type(obj)
        assert loaded is not obj
        assert loaded == obj
        assert loaded.raw == raw
        assert loaded.to_dict() == obj.to_dict()
    loaded_client = pickle.loads(pickle.dumps(c, protocol=protocol))
    assert loaded_client.sessions[1].latest_activity.city == "Zürich"


@pytest.mark.parametrize("protocol", PICKLE_PROTOCOLS)
def test_pickle_session_created(session_payload: Payload, session_text: str, protocol: int) -> None:
    for data in (session_payload, session_text.encode()):
        s = Session.from_json(data)
        loaded = pickle.loads(pickle.dumps(s, protocol=protocol))
        assert loaded == s
        assert loaded.raw["user"]["username"] == "jane_doe"


def test_pickle_of_a_nested_session_does_not_carry_the_client(client_payload: Payload) -> None:
    client_payload["client_secret_marker"] = "x" * 10_000
    c = Client.from_json(dumps(client_payload).encode())
    data = pickle.dumps(c.sessions[0])
    assert b"client_secret_marker" not in data
    assert len(data) < 2_000


@pytest.mark.parametrize("kind", ["dict", "bytes", "str"])
@pytest.mark.parametrize("copier", [copy.copy, copy.deepcopy])
def test_copy_and_deepcopy(client_payload: Payload, kind: str, copier: Callable[[Any], Any]) -> None:
    c = Client.from_json(INPUT_KINDS[kind](client_payload))
    for obj in (c, c.sessions[0], c.sessions[1], c.sessions[1].latest_activity):
        copied = copier(obj)
        assert type(copied) is type(obj)
        assert copied == obj
        assert copied.raw == obj.raw
        assert copied.to_dict() == obj.to_dict()


# ---------------------------------------------------------------------------------------------
# equality and hashing


def test_equal_objects(client_payload: Payload) -> None:
    a = Client.from_json(client_payload)
    b = Client.from_json(dumps(client_payload))
    assert (a == b) is True
    assert (a != b) is False
    assert a.sessions[1] == Session.from_json(client_payload["sessions"][1])
    assert a.sessions[1].latest_activity == SessionActivity.from_json(client_payload["sessions"][1]["latest_activity"])


def test_key_order_does_not_matter(client_payload: Payload) -> None:
    reordered = dict(reversed(list(client_payload.items())))
    reordered["sessions"] = [dict(reversed(list(s.items()))) for s in client_payload["sessions"]]
    assert Client.from_json(dumps(reordered)) == Client.from_json(client_payload)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("id",), "sess_other"),
        (("client_id",), "client_other"),
        (("status",), "ended"),
        (("created_at",), 1761300000001),
        (("last_active_organization_id",), "org_1"),
        (("latest_activity",), None),
        (("latest_activity", "city"), "Oakland"),
        (("latest_activity", "is_mobile"), True),
        (("actor",), {"sub": "user_admin"}),
        (("actor",), {}),
    ],
)
def test_a_differing_field_makes_objects_unequal(session_payload: Payload, where: tuple[Any, ...], value: Any) -> None:
    a = Session.from_json(session_payload)
    set_in(session_payload, where, value)
    b = Session.from_json(session_payload)
    assert (a != b) is True
    assert (a == b) is False
    assert b != a


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("session_ids",), ["sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL", "sess_2xK9a7bC1dE3fG5hJ7kL9mN1pQ3"]),
        (("sessions", 1, "latest_activity", "is_mobile"), False),
        (("sessions", 0, "actor", "sub"), "user_other"),
        (("sign_in_id",), "sia_1"),
    ],
)
def test_a_differing_nested_field_makes_clients_unequal(
    client_payload: Payload, where: tuple[Any, ...], value: Any
) -> None:
    a = Client.from_json(client_payload)
    set_in(client_payload, where, value)
    assert Client.from_json(client_payload) != a


def test_fewer_sessions_make_clients_unequal(client_payload: Payload) -> None:
    a = Client.from_json(client_payload)
    client_payload["sessions"].pop()
    assert Client.from_json(client_payload) != a


def test_different_classes_are_not_equal(session_payload: Payload) -> None:
    s = Session.from_json(session_payload)
    activity = s.latest_activity
    assert s != activity
    assert (s == activity) is False
    assert s != s.to_dict()
    assert s != session_payload
    assert s != s.to_json()
    assert s != None  # noqa: E711
    assert s.__eq__(activity) is NotImplemented
    assert s.__ne__(1) is NotImplemented


def test_ordering_is_not_supported(session_payload: Payload) -> None:
    s = Session.from_json(session_payload)
    with pytest.raises(TypeError, match="'<' not supported between instances of"):
        _ = s < s  # type: ignore[operator]
    with pytest.raises(TypeError, match="'>=' not supported between instances of"):
        _ = s >= s  # type: ignore[operator]


@pytest.mark.parametrize("cls", [Client, Session, SessionActivity])
def test_models_are_unhashable(models: list[Model], cls: type) -> None:
    obj = next(m for m in models if type(m) is cls)
    assert cls.__hash__ is None
    with pytest.raises(TypeError, match=r"^unhashable type"):
        hash(obj)
    with pytest.raises(TypeError, match=r"^unhashable type"):
        {obj}  # noqa: B018
    with pytest.raises(TypeError, match=r"^unhashable type"):
        {obj: 1}  # noqa: B018


# ---------------------------------------------------------------------------------------------
# repr


def test_repr(client_payload: Payload) -> None:
    c = Client.from_json(client_payload)
    ended, active = c.sessions
    activity = active.latest_activity

    activity_repr = (
        "SessionActivity(id='sess_activity_2xK9oQ8wE6rT4yU2iO0pA8sD6fG', is_mobile=True, ip_address='198.51.100.23',"
        " city='Zürich', country='CH', browser_version='18.6', browser_name='Safari', device_type='iPhone')"
    )
    assert repr(activity) == activity_repr
    assert repr(active).startswith("Session(id='sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL', client_id='client_2xK9o4kJ6hG8")
    assert f"latest_activity={activity_repr}, actor=None, user=None)" in repr(active)
    assert "last_active_organization_id=None" in repr(active)
    assert "latest_activity=None" in repr(ended)
    assert "actor={'iss': 'https://clerk.example.com', 'sub': 'user_2xK9zA1sD3fG5hJ7kL9qW2eR4tY'}" in repr(ended)
    assert "created_at=1761210000000" in repr(ended)

    text = repr(c)
    assert text.startswith("Client(id='client_2xK9o4kJ6hG8fD0sA2pO4iU6yT8', session_ids=('sess_2xK9a7bC1d")
    assert f"sessions=({ended!r}, {active!r})" in text
    assert text.endswith("created_at=1761209990000, updated_at=1761300000000)")


def test_repr_of_one_and_no_sessions(client_payload: Payload) -> None:
    client_payload["sessions"] = client_payload["sessions"][1:]
    one = Client.from_json(client_payload)
    assert f"sessions=({one.sessions[0]!r},)" in repr(one)
    client_payload["sessions"] = []
    assert "sessions=()" in repr(Client.from_json(client_payload))


def test_repr_shows_declared_fields_only(session_payload: Payload) -> None:
    session_payload["latest_activity"] = None
    session_payload["user"] = None
    text = repr(Session.from_json(session_payload))
    assert "jane_doe" not in text
    assert "user=None" in text
    assert "tasks" not in text
    assert [m.group(1) for m in re.finditer(r"(?:\(|, )(\w+)=", text)] == list(SESSION_FIELDS)


# ---------------------------------------------------------------------------------------------
# match statements (compiled at run time: the project still supports Python 3.9, and ruff targets it)

MATCH_SOURCE = textwrap.dedent(
    """
    def describe(obj):
        match obj:
            case Client(client_id, ids, sessions=[_, Session(status="active") as current]):
                return ("client", client_id, ids, current.id)
            case Session(sid, cid, status="active", latest_activity=SessionActivity(city=str(city), is_mobile=True)):
                return ("active mobile session", sid, cid, city)
            case Session(sid, cid, latest_activity=None, actor={"sub": actor}):
                return ("impersonated session", sid, cid, actor)
            case Session(sid, cid):
                return ("session", sid, cid, None)
            case SessionActivity(aid, False):
                return ("desktop activity", aid, None, None)
            case _:
                return None


    def too_many_positional(obj):
        match obj:
            case SessionActivity(_, _, _, _, _, _, _, _, _):
                return True
        return False
    """
)


@pytest.fixture(scope="module")
def match_functions() -> dict[str, Any]:
    if sys.version_info < (3, 10):
        pytest.skip("match statements need Python 3.10")
    namespace: dict[str, Any] = {"Client": Client, "Session": Session, "SessionActivity": SessionActivity}
    exec(compile(MATCH_SOURCE, "<match>", "exec"), namespace)
    return namespace


def test_match_positional_and_keyword_patterns(
    match_functions: dict[str, Any], client_payload: Payload, session_payload: Payload
) -> None:
    describe = match_functions["describe"]
    c = Client.from_json(client_payload)
    ended, active = c.sessions

    assert describe(c) == (
        "client",
        "client_2xK9o4kJ6hG8fD0sA2pO4iU6yT8",
        ("sess_2xK9a7bC1dE3fG5hJ7kL9mN1pQ3", "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL"),
        "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL",
    )
    assert describe(active) == (
        "active mobile session",
        "sess_2xK9oZ1yX3wV5uT7sR9qP1oN3mL",
        "client_2xK9o4kJ6hG8fD0sA2pO4iU6yT8",
        "Zürich",
    )
    assert describe(ended) == (
        "impersonated session",
        "sess_2xK9a7bC1dE3fG5hJ7kL9mN1pQ3",
        "client_2xK9o4kJ6hG8fD0sA2pO4iU6yT8",
        "user_2xK9zA1sD3fG5hJ7kL9qW2eR4tY",
    )
    # desktop session from the webhook: not mobile, not impersonated -> the plain `Session(sid, cid)` case
    s = Session.from_json(session_payload)
    assert describe(s) == ("session", s.id, s.client_id, None)
    assert describe(s.latest_activity) == ("desktop activity", "sess_activity_2xK9oQ8wE6rT4yU2iO0pA8sD6fG", None, None)
    assert describe(active.latest_activity) is None
    assert describe(session_payload) is None

    client_payload["sessions"].reverse()
    assert describe(Client.from_json(client_payload)) is None


def test_match_with_too_many_positional_patterns(match_functions: dict[str, Any], activity_payload: Payload) -> None:
    with pytest.raises(TypeError, match="accepts 8 positional sub-patterns"):
        match_functions["too_many_positional"](SessionActivity.from_json(activity_payload))


# ---------------------------------------------------------------------------------------------
# identity of stored values


def test_nested_values_are_stored_once(client_payload: Payload, as_input: Callable[[Payload], Any]) -> None:
    c = Client.from_json(as_input(client_payload))
    assert c.sessions is c.sessions
    assert c.session_ids is c.session_ids
    assert c.sessions[1] is c.sessions[1]
    s = c.sessions[1]
    assert s.latest_activity is s.latest_activity
    assert c.sessions[1].latest_activity is s.latest_activity
    assert c.sessions[0].actor is c.sessions[0].actor
    assert c.id is c.id
    assert c.raw is not c.raw


# ---------------------------------------------------------------------------------------------
# ParseError


def test_parse_error_class() -> None:
    assert clerk_backend.ParseError is clerk_backend.errors.ParseError
    assert issubclass(ParseError, ClerkError)
    assert issubclass(ParseError, ValueError)
    assert issubclass(ClerkError, Exception)
    assert not issubclass(ClerkError, ValueError)


def test_parse_error_is_caught_as_value_error_and_clerk_error() -> None:
    with pytest.raises(ValueError) as as_value_error:
        SessionActivity.from_json('{"id": "a"}', strict=True)
    with pytest.raises(ClerkError) as as_clerk_error:
        SessionActivity.from_json({"id": "a"}).is_mobile  # noqa: B018
    for err in (as_value_error.value, as_clerk_error.value):
        assert type(err) is ParseError
        assert err.path == "SessionActivity.is_mobile"


@pytest.mark.parametrize("protocol", PICKLE_PROTOCOLS)
def test_parse_error_pickles_with_its_path(client_payload: Payload, protocol: int) -> None:
    client_payload["sessions"][1]["latest_activity"]["is_mobile"] = "no"
    err = parse_error(Client, dumps(client_payload))
    loaded = pickle.loads(pickle.dumps(err, protocol=protocol))
    assert type(loaded) is ParseError
    assert loaded.path == "Client.sessions[1].latest_activity.is_mobile"
    assert str(loaded) == str(err) == "Client.sessions[1].latest_activity.is_mobile: expected bool, got string"
    assert loaded.args == err.args
    copied = copy.copy(err)
    assert (type(copied), copied.path, str(copied)) == (ParseError, err.path, str(err))


def test_parse_error_can_be_raised_by_users() -> None:
    err = ParseError("Thing.x: bad", "Thing.x")
    assert (str(err), err.path) == ("Thing.x: bad", "Thing.x")
    assert ParseError("no path").path == ""


SECRET = "s3cr3t-" + "Q" * 2_000


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        pytest.param(SessionActivity, {"id": "a", "is_mobile": SECRET}, id="wrong-type-dict"),
        pytest.param(SessionActivity, json.dumps({"id": "a", "is_mobile": SECRET}), id="wrong-type-text"),
        pytest.param(SessionActivity, json.dumps({"id": SECRET, "extra": SECRET}), id="missing-key"),
        pytest.param(SessionActivity, json.dumps({"id": SECRET, "is_mobile": True}) + SECRET, id="trailing"),
        pytest.param(SessionActivity, json.dumps({"id": SECRET})[:-1], id="truncated"),
        pytest.param(SessionActivity, '{"id": "a", "city": ' + SECRET + "}", id="bare-word"),
        pytest.param(SessionActivity, json.dumps(SECRET), id="top-level-string"),
        pytest.param(SessionActivity, json.dumps([SECRET]), id="top-level-array"),
        pytest.param(SessionActivity, json.dumps({"id": SECRET}).encode() + b"\xff", id="bad-utf8"),
        pytest.param(SessionActivity, json.dumps({"id": SECRET + "\ud800"}), id="surrogate"),
        pytest.param(Session, {"id": SECRET, "actor": {"k": [SECRET, float("nan")]}}, id="nan-dict"),
        pytest.param(
            Session, '{"id": "' + SECRET + '", "actor": ' + nested_objects_text(300) + "}", id="too-deep-text"
        ),
        pytest.param(Client, {"id": "c", "sessions": [{"id": SECRET, "client_id": 5}]}, id="nested-dict"),
    ],
)
def test_error_messages_never_contain_the_input(cls: type, data: Any) -> None:
    err = parse_error(cls, data)
    message = str(err)
    assert "QQQQQQQQQQ" not in message
    assert "QQQQQQQQQQ" not in repr(err)
    assert "QQQQQQQQQQ" not in err.path
    assert len(message) < 300, message
    assert message.startswith(cls.__name__)
