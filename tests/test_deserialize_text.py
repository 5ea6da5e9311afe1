"""deserialize(text) builds models straight from the parser: the same results as the dict path.

The dict path (``json.loads``, then models from the dicts) defines what ``deserialize`` returns. From
JSON text, objects, pages and lists are built from the parser instead; these tests check that the two
give the same models, ``raw``, ``problems()``, strict errors and error messages, for every model
fixture and for the awkward cases: ``object`` after other keys, repeated keys, escaped keys, ``deleted``,
unknown ``object`` values, drifted fields, nesting and numbers only the dict path refuses.

A model keeps what it was built from: the JSON bytes (a byte range of the input) on the fast path,
a dict on the dict path. Pickling shows which (``__reduce__`` passes it on), so the tests also check
that the fast path is the one taken where it should be.
"""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

import clerk_backend
from clerk_backend import PaginatedResponse, ParseError, User, deserialize, problems

FIXTURES = Path(__file__).parent / "fixtures"
USER: dict[str, Any] = json.loads((FIXTURES / "users" / "user.json").read_text(encoding="utf-8"))
ORG_FIXTURE = FIXTURES / "orgs" / "organization.json"


def model_fixtures() -> list[tuple[str, dict[str, Any]]]:
    """Every fixture file that ``deserialize`` turns into a model, with its JSON."""
    found = []
    for folder in ("users", "orgs", "misc", "billing"):
        for path in sorted((FIXTURES / folder).glob("*.json")):
            if "webhook" in path.name or "created" in path.name:
                continue
            payload = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(payload, dict) and hasattr(deserialize(payload), "raw"):
                found.append((f"{folder}/{path.stem}", payload))
    return found


MODEL_FIXTURES = model_fixtures()


def problem_texts(value: Any) -> list[tuple[str, str]]:
    return [(p.path, str(p)) for p in problems(value)]


def built_from_text(model: Any) -> bool:
    """Whether the model keeps JSON bytes (the fast path) rather than a dict (the dict path)."""
    state = model.__reduce__()[1][0]
    assert isinstance(state, (bytes, dict))
    return isinstance(state, bytes)


def assert_same(fast: Any, slow: Any, where: str = "result") -> None:
    """``fast`` (from text) is what the dict path gave (``slow``), down to every item and field."""
    assert type(fast) is type(slow), where
    if isinstance(slow, PaginatedResponse):
        assert fast.total_count == slow.total_count and type(fast.total_count) is type(slow.total_count), where
        assert len(fast) == len(slow), where
        for i, (a, b) in enumerate(zip(fast.data, slow.data)):
            assert_same(a, b, f"{where}.data[{i}]")
    elif isinstance(slow, list):
        assert len(fast) == len(slow), where
        for i, (a, b) in enumerate(zip(fast, slow)):
            assert_same(a, b, f"{where}[{i}]")
    elif hasattr(slow, "raw"):
        assert fast == slow, where
        assert fast.raw == slow.raw, where
        assert fast.to_dict() == slow.to_dict(), where
        assert repr(fast) == repr(slow), where
        assert problem_texts(fast) == problem_texts(slow), where
    else:
        assert fast == slow, where
    assert problem_texts(fast) == problem_texts(slow), where
    if not isinstance(fast, PaginatedResponse) or isinstance(fast.total_count, (int, type(None))):
        assert pickle.loads(pickle.dumps(fast)) == fast


def check_text(text: str) -> Any:
    """``deserialize`` of ``text`` as str and as bytes equals the dict path's result, strict errors
    included; returns the result from bytes."""
    slow = deserialize(json.loads(text))
    fast = deserialize(text.encode())
    assert_same(fast, slow)
    assert_same(deserialize(text), slow)
    try:
        deserialize(json.loads(text), strict=True)
    except ParseError as slow_error:
        with pytest.raises(ParseError) as info:
            deserialize(text.encode(), strict=True)
        assert str(info.value) == str(slow_error)
        assert info.value.path == slow_error.path
    else:
        assert_same(deserialize(text.encode(), strict=True), slow)
    return fast


def user(i: int, **changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(USER)
    body["id"] = f"user_{i}"
    body.update(changes)
    return body


def object_last(body: dict[str, Any]) -> dict[str, Any]:
    """The same object with its `object` key moved to the end."""
    rest = {k: v for k, v in body.items() if k != "object"}
    return {**rest, "object": body["object"]}


# --------------------------------------------------------------------------- single objects


@pytest.mark.parametrize(("name", "payload"), MODEL_FIXTURES, ids=[n for n, _ in MODEL_FIXTURES])
def test_every_model_fixture_from_text_is_the_dict_paths_model(name: str, payload: dict[str, Any]) -> None:
    fast = check_text(json.dumps(payload))
    assert built_from_text(fast), name
    assert fast.raw == payload


@pytest.mark.parametrize(("name", "payload"), MODEL_FIXTURES, ids=[n for n, _ in MODEL_FIXTURES])
def test_object_after_the_other_keys(name: str, payload: dict[str, Any]) -> None:
    check_text(json.dumps(object_last(payload)))
    check_text(json.dumps({"id": "x_1", **object_last(payload)}))


def test_object_second_after_a_scalar_is_guessed() -> None:
    body = {"id": "user_1", **{k: v for k, v in USER.items() if k != "id"}}
    assert list(body)[:2] == ["id", "object"]
    fast = check_text(json.dumps(body))
    assert built_from_text(fast)


@pytest.mark.parametrize(
    "body",
    [
        {"object": "brand_new_resource", "id": "x_1", "nested": {"k": [1, 2]}},
        {"id": "x"},
        {},
        {"object": None, "id": "x"},
        {"object": 5},
        {"object": ["user"]},
        {"object": "total_count", "total_count": 7},
        {"object": "total_count"},
        {"object": "total_count", "total_count": {"a": [1]}},
        {"object": "User", "id": "user_1"},  # dispatch is exact: no class is called "User" in JSON
        {"object": "us\u00e9r"},
    ],
)
def test_objects_that_are_no_model_come_back_as_parsed(body: dict[str, Any]) -> None:
    fast = check_text(json.dumps(body))
    assert fast == body.get("total_count") if body.get("object") == "total_count" else fast == body


@pytest.mark.parametrize("object_value", ["user", "organization", "role", "anything_at_all"])
@pytest.mark.parametrize("where", ["first", "last"])
def test_a_deleted_key_anywhere_makes_a_deleted_object(object_value: str, where: str) -> None:
    base = {**user(1), "object": object_value}
    body = {"deleted": True, **base} if where == "first" else {**base, "deleted": True}
    fast = check_text(json.dumps(body))
    assert type(fast) is clerk_backend.DeletedObject
    assert fast.object == object_value


def test_repeated_object_keys_take_the_last_value() -> None:
    text = json.dumps(USER)
    for last in ['"organization"', '"User"', "null", "5", '"user"', '"nope"']:
        body = text[:-1] + ', "object": ' + last + "}"
        fast = check_text(body)
        if last == '"user"':
            assert type(fast) is User and built_from_text(fast)
        else:
            assert type(fast) is not User
    # An organization that says it is a user at the end is checked as a user.
    org = json.loads(ORG_FIXTURE.read_text(encoding="utf-8"))
    check_text(json.dumps(org)[:-1] + ', "object": "user"}')


def test_escaped_keys_count_as_what_they_spell() -> None:
    text = json.dumps(USER)
    cases = [
        text[:-1] + ', "\\u006fbject": "organization"}',
        text[:-1] + ', "del\\u0065ted": true}',
        text[:-1] + ', "d\\u0061ta": [1]}',
        text[:-1] + ', "\\u0064ata": {"a": 1}}',
        '{"\\u006fbject": "user", ' + text[1:],
        '{"d\\u0061ta": [' + text + '], "total_count": 1}',
        '{"id": "user_1", "obj\\u0065ct": "user"}',
    ]
    for body in cases:
        check_text(body)


def test_escaped_object_value_is_decoded() -> None:
    body = json.dumps(USER).replace('"object": "user"', '"object": "us\\u0065r"', 1)
    assert "\\u0065" in body
    assert type(check_text(body)) is User


# --------------------------------------------------------------------------- pages


def test_a_page_of_users_is_built_from_the_parser() -> None:
    users = [user(i) for i in range(10)]
    page = check_text(json.dumps({"data": users, "total_count": 10}))
    assert isinstance(page, PaginatedResponse)
    assert [u.id for u in page] == [f"user_{i}" for i in range(10)]
    assert all(type(u) is User and built_from_text(u) for u in page)
    assert [u.raw for u in page] == users


@pytest.mark.parametrize(
    "body",
    [
        {"data": [], "total_count": 0},
        {"data": []},
        {"total_count": 3, "data": [{"object": "nope"}, None, 1, "x", [USER]]},
        {"data": [USER], "total_count": "3"},
        {"data": [USER], "total_count": None},
        {"data": [USER], "total_count": 1.5},
        {"data": [USER], "total_count": 10**30},
        {"m2m_tokens": [], "data": [USER], "total_count": 1},
        {"m2m_tokens": 5, "data": [USER], "total_count": 1},
        {"m2m_tokens": None, "data": {"a": 1}},
        {"data": {"a": 1}, "object": "user"},
        {"object": "user", **USER, "data": [USER]},
        {"data": [{"object": "user", "id": "user_1", "deleted": True}], "total_count": 1},
        {"data": [object_last(USER), {"id": "x", **object_last(USER)}]},
        {"data": [[USER], {"data": [USER]}]},
    ],
)
def test_pages(body: dict[str, Any]) -> None:
    check_text(json.dumps(body))


def test_repeated_page_keys_take_the_last_value() -> None:
    one = json.dumps(USER)
    for text in [
        '{"data": [' + one + '], "data": 5}',
        '{"data": 5, "data": [' + one + "]}",
        '{"data": [], "total_count": 1, "data": [' + one + '], "total_count": 2}',
        '{"m2m_tokens": [' + one + '], "m2m_tokens": {}, "data": []}',
        '{"object": "user", "data": [' + one + "]}",
    ]:
        check_text(text)


def test_drifted_users_in_a_page_and_a_list() -> None:
    drifted = [
        user(0),
        user(1, created_at="2024-05-28", password_enabled=None),
        {k: v for k, v in user(2).items() if k != "has_image"},
        user(3, email_addresses=[{**USER["email_addresses"][0], "verification": {"status": 5}}]),
        user(4, public_metadata=[1, 2], first_name={"a": 1}),
    ]
    page = check_text(json.dumps({"data": drifted, "total_count": 5}))
    assert [p.path for p in problems(page)][:3] == [
        "data[1].password_enabled",
        "data[1].created_at",
        "data[2].has_image",
    ]
    with pytest.raises(ParseError, match=r"^data\[1\]\.password_enabled: expected bool, got null; "):
        deserialize(json.dumps({"data": drifted}).encode(), strict=True)
    items = check_text(json.dumps(drifted))
    assert [p.path for p in problems(items)][:1] == ["[1].password_enabled"]
    assert all(built_from_text(u) for u in items)
    with pytest.raises(ParseError) as info:
        items[1].created_at  # noqa: B018
    assert str(info.value) == "User.created_at: expected integer, got string"


def test_a_model_of_another_class_inside_an_item_is_a_broken_field() -> None:
    org = json.loads(ORG_FIXTURE.read_text(encoding="utf-8"))
    membership = {"object": "organization_membership", "organization": user(1)}
    check_text(json.dumps([membership, {**membership, "organization": org}]))


# --------------------------------------------------------------------------- lists


def test_lists_of_anything() -> None:
    check_text(json.dumps([USER, {"object": "unknown_thing", "x": 1}, "plain", 1, None, True, [USER], {}]))
    check_text("[]")
    check_text(json.dumps([[[]]]))


def test_webhook_events_and_sessions() -> None:
    examples = json.loads((FIXTURES / "webhooks" / "webhook-examples.json").read_text(encoding="utf-8"))["examples"]
    events = list(examples.values())
    fast = check_text(json.dumps(events))
    assert all(built_from_text(e) for e in fast)
    assert [type(e).__name__ for e in fast] == [type(clerk_backend.WebhookEvent.from_json(e)).__name__ for e in events]
    check_text((FIXTURES / "client.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- raw


def test_raw_is_a_fresh_dict_every_time() -> None:
    page = deserialize(json.dumps({"data": [USER, USER]}).encode())
    first = page.data[0]
    raw = first.raw
    assert raw == USER
    raw["id"] = "changed"
    raw["email_addresses"][0]["id"] = "changed"
    raw["public_metadata"]["new"] = 1
    assert first.raw == USER
    assert first.raw is not first.raw
    assert first.email_addresses[0].raw == USER["email_addresses"][0]
    assert first.public_metadata == USER["public_metadata"]


# --------------------------------------------------------------------------- what only the dict path decides


DEEP = 300  # deeper than the parser's limit for skipping a value (200), within the input's (1000)


def test_deep_unknown_values_inside_an_object_are_allowed_as_before() -> None:
    deep = "[" * DEEP + "]" * DEEP
    text = json.dumps(USER)[:-1] + ', "zzz": ' + deep + "}"
    fast = check_text(text)
    assert type(fast) is User and not built_from_text(fast)
    assert check_text("[" + text + "]")[0].raw["zzz"] == json.loads(deep)
    too_deep = "[" * 1001 + "]" * 1001
    with pytest.raises(ParseError, match="nested deeper than 1000 levels"):
        deserialize(json.dumps(USER)[:-1] + ', "zzz": ' + too_deep + "}")


@pytest.mark.parametrize("number", ["1e400", "-1E+309", "1" + "0" * 400 + ".0"])
@pytest.mark.parametrize("key", ["zzz", "public_metadata", "first_name"])
def test_a_number_too_large_for_a_float_anywhere_is_refused_as_before(number: str, key: str) -> None:
    value = '{"a": ' + number + "}" if key == "public_metadata" else "[" + number + "]"
    text = json.dumps(USER)[:-1] + f', "{key}": {value}' + "}"
    for body in (text, '{"data": [' + text + "]}", "[" + text + "]"):
        with pytest.raises(ParseError, match="number is out of range for a float"):
            deserialize(body.encode())


def test_a_string_that_looks_like_a_huge_number_is_only_a_string() -> None:
    fast = check_text(json.dumps(user(1, first_name="1e999", last_name=":1e999")))
    assert fast.first_name == "1e999"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"data": [}', "line 1 column 11"),
        ('{"data": [' + json.dumps(USER) + "]} x", "trailing characters"),
        ('[{"object": "user", "id": 1,]', "line 1 column 29"),
        (json.dumps(USER)[:-1], "EOF while parsing an object"),
        ('{"object": "user", "id": "\\ud800"}', "invalid JSON at line 1 column 33"),
        ("12", "expected object or array, got a scalar"),
        ('"text"', "expected object or array, got string"),
    ],
)
def test_errors_are_the_dict_paths(text: str, message: str) -> None:
    with pytest.raises(ParseError) as info:
        deserialize(text.encode())
    assert message in str(info.value)
    with pytest.raises(ParseError) as again:
        deserialize(text)
    assert str(again.value) == str(info.value)


def test_hard_errors_inside_a_model_fall_back_to_the_dict_path() -> None:
    # `created_at` is 1e300 (a float): an integer field refuses it, on both paths alike.
    text = json.dumps(USER)[:-1] + ', "created_at": 1.5}'
    check_text(text)
    check_text('{"data": [' + text + "]}")
