"""Fuzz ``Model.from_json`` for every model class in ``clerk_backend.__all__``.

Input: the first byte picks the class (index into the sorted list of classes that have
``from_json``, modulo its length); the rest is the JSON text, parsed as ``bytes``, as ``str`` (when
it is UTF-8) and as the ``dict`` that ``json.loads`` makes of it (when it makes one). Anything but
``ParseError`` is a finding, as is a model whose three forms differ or whose ``to_dict``, ``to_json``
or pickle round trip is not equal to it.

    .venv/bin/python fuzz/python/fuzz_models.py -timeout=5 CORPUS_DIR fuzz/python/seeds/models
"""

from __future__ import annotations

import _common


def test_one_input(data: bytes) -> None:
    if not data:
        return
    cls = _common.MODELS[data[0] % len(_common.MODELS)]
    _common.parse_three_ways(cls.from_json, data[1:])


if __name__ == "__main__":
    _common.run(test_one_input)
