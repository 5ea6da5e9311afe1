"""The one header rule, for every shape of headers a framework hands over.

``authenticate_request``, ``Webhook.verify`` and the CLI look headers up by one rule, written once
in the Rust core (``src/core/headers.rs``): names match ASCII case-insensitively after surrounding
ASCII whitespace is trimmed; values are trimmed of spaces and tabs, and an empty value is absent;
the first non-empty value of a repeated header wins; bytes are Latin-1.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import clerk_backend
from clerk_backend import _native
from clerk_backend.tokens import _header

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
BODY = b'{"type":"user.deleted","object":"event","data":{"id":"user_1","object":"user","deleted":true}}'


def starlette_headers(pairs: list[tuple[str, str]]) -> Any:
    from starlette.datastructures import Headers

    return Headers(raw=[(k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs])


def werkzeug_headers(pairs: list[tuple[str, str]]) -> Any:
    from werkzeug.datastructures import Headers

    return Headers(pairs)


def werkzeug_environ_headers(pairs: list[tuple[str, str]]) -> Any:
    from werkzeug.datastructures import EnvironHeaders

    environ: dict[str, str] = {}
    for name, value in pairs:  # a WSGI environ keeps one value per name: the first here
        key = "HTTP_" + name.strip().upper().replace("-", "_")
        environ.setdefault(key, value)
    return EnvironHeaders(environ)


def django_headers(pairs: list[tuple[str, str]]) -> Any:
    from django.http.request import HttpHeaders

    meta: dict[str, str] = {}
    for name, value in pairs:  # request.META keeps one value per name: the first here
        meta.setdefault("HTTP_" + name.strip().upper().replace("-", "_"), value)
    return HttpHeaders(meta)


SHAPES: dict[str, Callable[[list[tuple[str, str]]], Any]] = {
    "dict": lambda pairs: dict(reversed(pairs)),  # a dict keeps one value a key: the first pair's
    "pairs": lambda pairs: list(pairs),
    "list pairs": lambda pairs: [[k, v] for k, v in pairs],
    "bytes pairs": lambda pairs: [(k.encode("latin-1"), v.encode("latin-1")) for k, v in pairs],
    "bytes dict": lambda pairs: {k.encode("latin-1"): v.encode("latin-1") for k, v in reversed(pairs)},
    "starlette": starlette_headers,
    "werkzeug": werkzeug_headers,
    "werkzeug environ": werkzeug_environ_headers,
    "django": django_headers,
}
# Shapes that can hold a name twice, under different spellings.
DUPLICATES = ("pairs", "list pairs", "bytes pairs", "starlette", "werkzeug")

# (pairs, the authorization value found)
CASES = [
    pytest.param([("Authorization", "Bearer t")], "Bearer t", id="canonical"),
    pytest.param([("AUTHORIZATION", "  Bearer t\t")], "Bearer t", id="upper-case, value trimmed"),
    pytest.param([("x-other", "1")], None, id="absent"),
    pytest.param([("authorization", "")], None, id="empty is absent"),
    pytest.param([("authorization", " \t ")], None, id="blank is absent"),
]
DUPLICATE_CASES = [
    pytest.param([("authorization", ""), ("Authorization", "Bearer t")], "Bearer t", id="empty then value"),
    pytest.param([("Authorization", "Bearer a"), ("authorization", "Bearer b")], "Bearer a", id="first wins"),
    pytest.param([(" Authorization ", "Bearer t")], "Bearer t", id="name trimmed"),
]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(("pairs", "found"), CASES)
def test_every_shape_finds_a_header_by_the_one_rule(shape: str, pairs: list[tuple[str, str]], found: str) -> None:
    assert _header(SHAPES[shape](pairs), "authorization") == found


@pytest.mark.parametrize("shape", DUPLICATES)
@pytest.mark.parametrize(("pairs", "found"), DUPLICATE_CASES)
def test_duplicates_and_spelling(shape: str, pairs: list[tuple[str, str]], found: str) -> None:
    if shape == "starlette" and pairs[0][0] != pairs[0][0].strip():
        pytest.skip("Starlette lower-cases raw names but keeps the spaces a server would have refused")
    assert _header(SHAPES[shape](pairs), "authorization") == found


@pytest.mark.parametrize("shape", ["dict", "pairs", "werkzeug"])
def test_only_ascii_letters_fold(shape: str) -> None:
    # Python's str.lower() folds the Kelvin sign to "k"; HTTP names are ASCII, and so is the rule.
    assert "coo\u212aie".lower() == "cookie"
    assert _header(SHAPES[shape]([("coo\u212aie", "__session=t")]), "cookie") is None
    assert _header(SHAPES[shape]([("\u00a0cookie", "__session=t")]), "cookie") is None  # nor is NBSP trimmed


def test_the_issue_example_is_found_by_tokens_webhooks_and_the_cli_alike() -> None:
    # The one example the two old rules disagreed on: an empty header before the real one.
    headers = [("authorization", ""), ("Authorization", "Bearer t")]
    assert _header(headers, "authorization") == "Bearer t"
    webhook = clerk_backend.Webhook(SECRET)
    signed = webhook.sign_headers(BODY, msg_id="msg_1", timestamp=1_700_000_000)
    pairs = [(name, "") for name in signed] + [(name.upper(), f" {value} ") for name, value in signed.items()]
    event = webhook.verify(BODY, pairs, now=1_700_000_000)
    assert event.type == "user.deleted"


@pytest.mark.parametrize("shape", SHAPES)
def test_webhooks_read_every_shape(shape: str) -> None:
    webhook = clerk_backend.Webhook(SECRET)
    signed = webhook.sign_headers(BODY, msg_id="msg_1", timestamp=1_700_000_000)
    message = webhook.verify_message(BODY, SHAPES[shape](list(signed.items())), now=1_700_000_000)
    assert (message.id, message.timestamp) == ("msg_1", 1_700_000_000)


def test_authenticate_request_takes_the_first_non_empty_authorization() -> None:
    state = clerk_backend.authenticate_request(
        [("authorization", ""), ("Authorization", "Bearer not-a-jwt")], jwt_key=_rsa_public_pem()
    )
    # The token was found (and refused as invalid), not reported missing.
    assert state.reason != "session-token-missing"
    assert state.status == "signed-out"


def _rsa_public_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048).public_key()
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def test_pairs_of_other_types_are_skipped_and_a_non_iterable_is_a_type_error() -> None:
    assert (
        _native._header_value([("authorization", 1), (2, "x"), ("a",), ("authorization", b"ok")], "authorization")
        == "ok"
    )
    assert _header(None, "authorization") is None
    with pytest.raises(TypeError, match="mapping or an iterable"):
        _native._header_value(5, "authorization")
    with pytest.raises(TypeError, match="mapping or an iterable"):
        clerk_backend.Webhook(SECRET).verify(BODY, 5)  # type: ignore[arg-type]


def test_bytes_are_latin_1() -> None:
    assert _native._header_value([(b"X-Name", b"caf\xe9")], "x-name") == "caf\u00e9"
