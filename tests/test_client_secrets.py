"""The REST client never shows a secret: keys are checked when given, transport errors are scrubbed.

A key copied from a Docker or Kubernetes secret file usually ends in a line break. Sent as it is,
h11 refuses the header and its message, ``Illegal header value b'Bearer sk_live_...\\n'``, used to
reach the ``ClerkNetworkError`` and httpcore's debug log. Every test here collects everything a
user could see (the exception's str and repr, its whole ``__cause__``/``__context__`` chain, and
every log record of every logger at DEBUG) and looks for the key in it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from mock_clerk_api import MockClerkAPI

import clerk_backend
from clerk_backend import ClerkConfigurationError, ClerkNetworkError

# The part of every test key that must never be seen; each key below is built around it.
CORE = "sk_live_SUPERSECRET0k3yDoNotLeak"
MACHINE_CORE = "ak_MACHINESECRET0k3yDoNotLeak"

# Surrounding ASCII whitespace is stripped: the key is then used as it is.
STRIPPED = {
    "line feed": "{}\n",
    "crlf": "{}\r\n",
    "space": " {} ",
    "tab": "\t{}\t",
    "mixed": "\r\n\t {}\n\n",
}

# A control character, whitespace or a non-ASCII character left after stripping: refused.
# (kind in the message, the key, the index given in the message; "end" is the core's length)
REFUSED: dict[str, tuple[str, str, int | str]] = {
    "nul at the end": ("a NUL character", "{}\x00", "end"),
    "nul then line feed": ("a NUL character", "{}\x00\n", "end"),
    "inner line feed": ("a line break", "sk_live_\n{}", 8),
    "inner crlf": ("a line break", "{}\r\nX", "end"),
    "inner space": ("a space", "{} X", "end"),
    "inner tab": ("a tab", "{}\tX", "end"),
    "bell": ("a control character", "{}\x07", "end"),
    "delete": ("a control character", "\x7f{}", 0),
    "non-ascii letter": ("a non-ASCII character", "{}É", "end"),
    "no-break space": ("a non-ASCII character", "\xa0{}", 0),
    "line separator": ("a non-ASCII character", "{}\u2028", "end"),
}


def leak_forms(core: str) -> list[str]:
    """The key and the pieces of it that would give it away."""
    return [core, core[8:], repr(core)[1:-1], repr(core.encode())[2:-1]]


def texts_of(error: BaseException | None) -> list[str]:
    """str and repr of an exception and of everything it was raised from or during."""
    texts: list[str] = []
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        texts += [str(error), repr(error), repr(error.args)]
        texts += [repr(getattr(error, name, None)) for name in ("errors", "request", "response")]
        error = error.__cause__ or error.__context__
    return texts


class Everything(logging.Handler):
    """Every record of every logger, formatted, at DEBUG."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


@pytest.fixture
def logs() -> Iterator[Everything]:
    handler = Everything()
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def assert_nothing_shows(core: str, texts: list[str], logs: Everything) -> None:
    for text in texts + logs.lines:
        for form in leak_forms(core):
            assert form not in text, f"the key shows in {text!r}"


# ---------------------------------------------------------------------------------------------
# How the key is given: the constructor, the environment, or one call's bearer


def run_sync(api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch, source: str, key: str) -> clerk_backend.Clerk:
    """Build a client with ``key`` given through ``source`` and make one call with it."""
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)
    if source == "constructor":
        with clerk_backend.Clerk(key, api_url=api.url, max_retries=0) as clerk:
            clerk.users.get_user("user_1")
    elif source == "environment":
        monkeypatch.setenv("CLERK_SECRET_KEY", key)
        with clerk_backend.Clerk(api_url=api.url, max_retries=0) as clerk:
            clerk.users.get_user("user_1")
    else:
        with clerk_backend.Clerk("sk_test_fine", api_url=api.url, max_retries=0) as clerk:
            clerk.m2m.list(subject="mch_1", machine_secret_key=key)
    return clerk


def run_async(api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch, source: str, key: str) -> None:
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)

    async def main() -> None:
        if source == "constructor":
            async with clerk_backend.AsyncClerk(key, api_url=api.url, max_retries=0) as clerk:
                await clerk.users.get_user("user_1")
        elif source == "environment":
            monkeypatch.setenv("CLERK_SECRET_KEY", key)
            async with clerk_backend.AsyncClerk(api_url=api.url, max_retries=0) as clerk:
                await clerk.users.get_user("user_1")
        else:
            async with clerk_backend.AsyncClerk("sk_test_fine", api_url=api.url, max_retries=0) as clerk:
                await clerk.m2m.list(subject="mch_1", machine_secret_key=key)

    asyncio.run(main())


RUNNERS: dict[str, Callable[[MockClerkAPI, pytest.MonkeyPatch, str, str], Any]] = {
    "sync": run_sync,
    "async": run_async,
}
SOURCES = ("constructor", "environment", "bearer")


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("shape", STRIPPED)
def test_surrounding_whitespace_is_stripped(
    api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch, logs: Everything, runner: str, source: str, shape: str
) -> None:
    core = MACHINE_CORE if source == "bearer" else CORE
    RUNNERS[runner](api, monkeypatch, source, STRIPPED[shape].format(core))
    assert api.last.headers["authorization"] == f"Bearer {core}"
    assert_nothing_shows(core, [], logs)


@pytest.mark.parametrize("runner", RUNNERS)
@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("shape", REFUSED)
def test_a_key_holding_a_control_character_whitespace_or_non_ascii_is_refused_unseen(
    api: MockClerkAPI, monkeypatch: pytest.MonkeyPatch, logs: Everything, runner: str, source: str, shape: str
) -> None:
    kind, template, index = REFUSED[shape]
    core = MACHINE_CORE if source == "bearer" else CORE
    key = template.format(core)
    if source == "environment" and "\x00" in key:
        pytest.skip("an environment variable cannot hold NUL")
    if index == "end":
        index = len(core)
    with pytest.raises(ClerkConfigurationError) as info:
        RUNNERS[runner](api, monkeypatch, source, key)
    message = str(info.value)
    where = {"constructor": "secret_key", "environment": "CLERK_SECRET_KEY", "bearer": "machine_secret_key"}[source]
    assert where in message
    assert f"{kind} at index {index}" in message
    assert f"of its {len(key)} characters" in message
    assert api.requests == []  # refused before anything was sent
    assert_nothing_shows(core, texts_of(info.value), logs)
    for char in key:
        if not " " <= char <= "~":  # not even the odd character is shown
            assert char not in message and repr(char)[1:-1] not in message


@pytest.mark.parametrize("value", [" ", "\n", "\r\n\t "])
def test_a_key_of_only_whitespace_is_a_missing_key(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)
    with pytest.raises(ClerkConfigurationError, match="No Clerk secret key"):
        clerk_backend.Clerk(value)
    monkeypatch.setenv("CLERK_SECRET_KEY", value)
    with pytest.raises(ClerkConfigurationError, match="No Clerk secret key"):
        clerk_backend.AsyncClerk()


def test_a_bearer_of_only_whitespace_is_refused(api: MockClerkAPI) -> None:
    with clerk_backend.Clerk("sk_test_fine", api_url=api.url) as clerk:
        with pytest.raises(ClerkConfigurationError, match="machine_secret_key"):
            clerk.m2m.list(subject="mch_1", machine_secret_key="\n")
        with pytest.raises(TypeError, match="machine_secret_key"):
            clerk.m2m.list(subject="mch_1", machine_secret_key=b"ak_x")  # type: ignore[arg-type]
    assert api.requests == []


# ---------------------------------------------------------------------------------------------
# A transport error whose text holds a credential


def echoing_transport(kind: type[httpx.TransportError]) -> httpx.MockTransport:
    """A transport that fails with an error quoting the request's Authorization header."""

    def handler(request: httpx.Request) -> httpx.Response:
        value = request.headers["authorization"]
        raise kind(f"cannot send {value!r} / {value.encode()!r} / {value}", request=request)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("kind", [httpx.ConnectError, httpx.ReadTimeout, httpx.RemoteProtocolError])
@pytest.mark.parametrize("bearer", [False, True])
def test_transport_error_text_is_scrubbed_of_every_key(
    logs: Everything, kind: type[httpx.TransportError], bearer: bool
) -> None:
    core = MACHINE_CORE if bearer else CORE
    extra = {"machine_secret_key": MACHINE_CORE} if bearer else {}
    http = httpx.Client(transport=echoing_transport(kind))
    clerk = clerk_backend.Clerk(CORE, http_client=http, max_retries=1, sleep=lambda s: None)
    with clerk, pytest.raises(ClerkNetworkError) as info:
        clerk.m2m.list(subject="mch_1", **extra)
    message = str(info.value)
    assert kind.__name__ in message and "cannot send" in message and "<redacted>" in message
    assert_nothing_shows(core, texts_of(info.value), logs)
    assert_nothing_shows(CORE, texts_of(info.value), logs)
    # The transport error that was raised (its request carries the key) is not attached; its
    # __cause__ is a copy of the same class, scrubbed, whose request has no headers.
    assert info.value.__context__ is None
    cause = info.value.__cause__
    assert type(cause) is kind and "<redacted>" in str(cause)
    assert cause.request.method == "GET" and "authorization" not in cause.request.headers


@pytest.mark.parametrize("bearer", [False, True])
def test_async_transport_error_text_is_scrubbed_of_every_key(logs: Everything, bearer: bool) -> None:
    core = MACHINE_CORE if bearer else CORE
    extra = {"machine_secret_key": MACHINE_CORE} if bearer else {}

    async def main() -> BaseException:
        http = httpx.AsyncClient(transport=echoing_transport(httpx.ConnectError))
        async with clerk_backend.AsyncClerk(CORE, http_client=http, max_retries=0) as clerk:
            try:
                await clerk.m2m.list(subject="mch_1", **extra)
            except ClerkNetworkError as exc:
                return exc
        raise AssertionError("no error")

    error = asyncio.run(main())
    assert "<redacted>" in str(error)
    assert_nothing_shows(core, texts_of(error), logs)
    assert error.__context__ is None
    assert type(error.__cause__) is httpx.ConnectError and "authorization" not in error.__cause__.request.headers


def test_the_authorization_of_a_given_http_client_is_scrubbed_too(logs: Everything) -> None:
    # A bearer the caller's own httpx.Client carries (not ours to check, but ours not to print).
    other = "oat_CALLERSOWNTOKEN0DoNotLeak"

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"proxy refused, token {other}", request=request)

    http = httpx.Client(transport=httpx.MockTransport(handler), headers={"Authorization": f"Bearer {other}"})
    with clerk_backend.Clerk(CORE, http_client=http, max_retries=0) as clerk, pytest.raises(ClerkNetworkError) as info:
        clerk.users.get_user("user_1")
    assert_nothing_shows(other, texts_of(info.value), logs)


def test_a_bearer_word_is_scrubbed_even_for_an_unknown_token(logs: Everything) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("upstream said: Authorization: Bearer mt_SOMEONEELSES0DoNotLeak", request=request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with clerk_backend.Clerk(CORE, http_client=http, max_retries=0) as clerk, pytest.raises(ClerkNetworkError) as info:
        clerk.users.get_user("user_1")
    assert "Bearer <redacted>" in str(info.value)
    assert_nothing_shows("mt_SOMEONEELSES0DoNotLeak", texts_of(info.value), logs)


def test_a_good_key_still_works_and_says_nothing(api: MockClerkAPI, logs: Everything) -> None:
    with clerk_backend.Clerk(CORE, api_url=api.url) as clerk:
        clerk.users.get_user("user_1")
        clerk.m2m.list(subject="mch_1", machine_secret_key=MACHINE_CORE)
    assert api.requests[0].headers["authorization"] == f"Bearer {CORE}"
    assert api.requests[1].headers["authorization"] == f"Bearer {MACHINE_CORE}"
    assert any(line.startswith("httpcore") for line in logs.lines)  # the debug log was on
    assert_nothing_shows(CORE, [], logs)
    assert_nothing_shows(MACHINE_CORE, [], logs)
