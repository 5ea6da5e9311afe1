"""Fuzz ``WebhookEvent.from_json`` (parsing an event without verifying it).

Input: the event body, parsed as ``bytes``, ``str`` (when UTF-8) and ``dict`` (when ``json.loads``
makes one). Anything but ``ParseError`` is a finding, as is an event whose forms differ, whose
``data`` has the wrong class for its ``type``, or whose round trips are not equal.

    .venv/bin/python fuzz/python/fuzz_webhook_event.py -timeout=5 CORPUS_DIR fuzz/python/seeds/webhook_event
"""

from __future__ import annotations

import _common
from _common import clerk_backend

WebhookEvent = clerk_backend.WebhookEvent


def parse(data: object) -> object:
    event = WebhookEvent.from_json(data)  # type: ignore[arg-type]
    assert isinstance(event, WebhookEvent), f"WebhookEvent.from_json returned {type(event).__name__}"
    assert isinstance(event.type, str), "WebhookEvent.type is not a str"
    if type(event) is WebhookEvent:
        assert isinstance(event.data, dict), "an untyped WebhookEvent's data is not a dict"
    repr(event.event_attributes)
    return event


def test_one_input(data: bytes) -> None:
    _common.parse_three_ways(parse, data)


if __name__ == "__main__":
    _common.run(test_one_input)
