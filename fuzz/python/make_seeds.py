"""Regenerate the seed corpora in seeds/ from the test fixtures (run from anywhere).

    .venv/bin/python fuzz/python/make_seeds.py

models/: one input per fixture and per webhook example's ``data`` (class byte + compact JSON);
deserialize/: the fixtures, a page and an array; webhook_event/: every published example event
(seeds/webhook-examples.json, a copy of /work/shared/reference/webhook-examples.json);
webhook_verify/, tokens/, authenticate/: a few starting inputs for their FuzzedDataProvider
layouts. Inputs over 6 KB are left out to keep the corpora small.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _common  # noqa: E402  (after the path is set)
from _common import clerk_backend  # noqa: E402

FIXTURES = _common.ROOT / "tests" / "fixtures"
LIMIT = 6_000


def compact(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def write(directory: Path, data: bytes) -> None:
    if len(data) <= LIMIT:
        (directory / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    corpora = {name: _common.SEEDS / name for name in ("models", "deserialize", "webhook_event")}
    corpora.update({name: _common.SEEDS / name for name in ("webhook_verify", "tokens", "authenticate")})
    for directory in corpora.values():
        shutil.rmtree(directory, ignore_errors=True)
        directory.mkdir(parents=True)
    index = {cls: i for i, cls in enumerate(_common.MODELS)}
    objects: list[dict] = []
    for path in sorted(FIXTURES.glob("**/*.json")):
        value = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(value, dict) and "object" in value:
            objects.append(value)
    examples = json.loads((_common.SEEDS / "webhook-examples.json").read_text(encoding="utf-8"))["examples"]
    for event in examples.values():
        write(corpora["webhook_event"], compact(event))
        if isinstance(event.get("data"), dict):
            objects.append(event["data"])
    for value in objects:
        write(corpora["deserialize"], compact(value))
        try:
            model = clerk_backend.deserialize(value)
        except clerk_backend.ParseError:
            continue
        if type(model) in index:
            write(corpora["models"], bytes([index[type(model)]]) + compact(value))
    write(corpora["deserialize"], compact({"data": objects[:2], "total_count": 2}))
    write(corpora["deserialize"], compact(objects[:2]))
    fixtures = json.loads((FIXTURES / "jwt" / "clerk_fixtures.json").read_text(encoding="utf-8"))
    for mode in (0, 16, 48, 80, 112):
        write(corpora["webhook_verify"], bytes([mode, 0, 0, 0]) + compact(examples["user.created"]))
    for mode in (0, 4, 5, 13, 45, 125, 253):
        write(corpora["tokens"], bytes([mode, 100, 0]) + fixtures["signed_jwt"].encode())
    write(corpora["tokens"], bytes([4, 0, 2]) + json.dumps(fixtures["mock_jwks"]["keys"][0]).encode())
    for mode in (1, 2, 3, 5, 17, 33, 65, 127):
        write(corpora["authenticate"], bytes([mode, 1, 0, 0, 1]) + fixtures["signed_jwt"].encode())


if __name__ == "__main__":
    main()
