"""Fuzz ``clerk_backend.deserialize`` (Backend API response bodies: objects, pages, arrays).

Input: JSON text, given as ``bytes``, as ``str`` (when UTF-8) and as the ``dict`` or ``list``
``json.loads`` makes of it. Anything but ``ParseError`` is a finding, as is a result that differs
between the forms or a model whose round trips (``to_dict``, ``to_json``, pickle) are not equal.

    .venv/bin/python fuzz/python/fuzz_deserialize.py -timeout=5 CORPUS_DIR fuzz/python/seeds/deserialize
"""

from __future__ import annotations

import contextlib

import _common
from _common import ALLOWED, clerk_backend


def test_one_input(data: bytes) -> None:
    results = []
    with contextlib.suppress(ALLOWED):
        results.append(clerk_backend.deserialize(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        with contextlib.suppress(ALLOWED):
            results.append(clerk_backend.deserialize(text))
    value = _common.loads_or_none(data)
    if isinstance(value, (dict, list)):
        with contextlib.suppress(ALLOWED):
            results.append(clerk_backend.deserialize(value))
    for result in results:
        try:
            _common.exercise(result)
        except UnicodeEncodeError as exc:
            if not _common.known_finding(exc):
                raise
            return
    for other in results[1:]:
        assert other == results[0], "deserialize: bytes, str and dict/list input give different results"


if __name__ == "__main__":
    _common.run(test_one_input)
