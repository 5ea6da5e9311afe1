"""Shared helpers of the atheris harnesses in this directory (not a harness itself).

Every harness imports clerk_backend through ``instrumented_clerk_backend()`` so that its Python
modules (``tokens.py``, ``errors.py``, ``__init__.py``) are instrumented for coverage; the Rust
core is not instrumented, so coverage there comes from the seed corpora and the mutations only.

The oracle: an input may make the API raise only the documented errors (``ALLOWED``); any other
exception, an assertion about a documented property that fails, a crash or an abort, and an
input that takes longer than libFuzzer's ``-timeout`` is a finding.
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import sys
from pathlib import Path
from typing import Any, Callable

import atheris

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEEDS = HERE / "seeds"
JWT_FIXTURES = ROOT / "tests" / "fixtures" / "jwt"

with atheris.instrument_imports(include=["clerk_backend"]):
    import clerk_backend

ALLOWED: tuple[type[BaseException], ...] = (
    clerk_backend.ParseError,
    clerk_backend.WebhookVerificationError,
    clerk_backend.TokenVerificationError,
)

# Every class in clerk_backend.__all__ that can be built from JSON, in a fixed (sorted) order:
# the first byte of a fuzz_models input picks one by index.
MODELS: list[Any] = [
    getattr(clerk_backend, name)
    for name in sorted(clerk_backend.__all__)
    if hasattr(getattr(clerk_backend, name), "from_json")
]


KNOWN_FINDINGS: tuple[Callable[[BaseException], bool], ...] = ()


def known_finding(exc: BaseException) -> bool:
    """Whether ``exc`` is a finding already reported and pinned by tests/test_fuzz_regressions.py.

    The harnesses skip these by default so that a long run goes on to find new problems; set
    ``CLERK_FUZZ_KNOWN=report`` to treat them as findings again (for example once they are fixed).
    """
    if os.environ.get("CLERK_FUZZ_KNOWN") == "report":
        return False
    # Findings 1 (lone surrogates) and 2 (decode_jwt and 1e400) are fixed; none is skipped now.
    # Add a predicate to KNOWN_FINDINGS for a new finding that is pinned but not fixed yet.
    return any(is_known(exc) for is_known in KNOWN_FINDINGS)


def loads_or_none(data: bytes) -> Any:
    """``json.loads`` of the input, or None when Python's own decoder refuses it."""
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return None


def exercise(obj: Any) -> None:
    """Touch what a handler would touch on a parsed object, and check the documented round trips.

    For a model: every public property, ``repr``, ``raw``, ``to_dict``/``to_json`` (which must
    parse back to an equal model: ``Model.from_json(m.to_dict()) == m``) and ``pickle``.
    """
    cls = type(obj)
    if not hasattr(cls, "from_json"):
        if isinstance(obj, (list, tuple)):
            for item in obj:
                exercise(item)
        else:
            repr(obj)
        return
    repr(obj)
    for name in dir(cls):
        if name.startswith("_") or name in ("from_json", "to_dict", "to_json"):
            continue
        try:
            value = getattr(obj, name)
        except clerk_backend.ParseError:
            # A field that could not be typed raises when read; problems() must list it.
            assert clerk_backend.problems(obj), f"{cls.__name__}.{name} raised, but problems() lists nothing"
            continue
        if hasattr(type(value), "from_json"):
            exercise(value)
    raw = obj.raw
    assert isinstance(raw, dict), f"{cls.__name__}.raw is {type(raw).__name__}, not dict"
    as_dict = obj.to_dict()
    assert cls.from_json(as_dict) == obj, f"{cls.__name__}.from_json(m.to_dict()) != m"
    assert cls.from_json(obj.to_json()) == obj, f"{cls.__name__}.from_json(m.to_json()) != m"
    assert pickle.loads(pickle.dumps(obj)) == obj, f"pickle round trip of {cls.__name__} is not equal"


def parse_three_ways(parse: Any, data: bytes) -> None:
    """``parse`` the input as bytes, as str (when UTF-8) and as a dict (when ``json.loads`` takes it).

    When two forms both parse, the results must be equal: the input type must not change the model.
    """
    results = []
    with contextlib.suppress(ALLOWED):
        results.append(parse(data))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        with contextlib.suppress(ALLOWED):
            results.append(parse(text))
    value = loads_or_none(data)
    if isinstance(value, dict):
        with contextlib.suppress(ALLOWED):
            results.append(parse(value))
    for result in results:
        try:
            exercise(result)
        except UnicodeEncodeError as exc:
            if not known_finding(exc):
                raise
            return
    for other in results[1:]:
        assert other == results[0], f"{type(results[0]).__name__}: parsing bytes, str and dict gives different models"


def run(test_one_input: Any) -> None:
    """Start libFuzzer with this harness (the command line is libFuzzer's)."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    # The harness and this module are Python too: instrumenting them gives libFuzzer some
    # feedback (which class, which form parsed, which error) beyond clerk_backend's own modules.
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


# --- session tokens -------------------------------------------------------------------------

# A fixed test key pair from tests/fixtures/jwt/ (throw-away keys, see its README): tokens are
# minted with the private half and verified with the public half.
JWT_PUBLIC_PEM = (JWT_FIXTURES / "rsa2048.spki.pem").read_text(encoding="ascii")
JWT_KEY = clerk_backend.JwtKey.from_pem(JWT_PUBLIC_PEM)
TOKEN_NOW = 1_700_000_000  # the clock the harnesses verify at (Unix seconds)
CLAIM_NAMES = (
    "sub",
    "sid",
    "azp",
    "iss",
    "aud",
    "exp",
    "iat",
    "nbf",
    "jti",
    "sts",
    "v",
    "fva",
    "act",
    "o",
    "fea",
    "pla",
    "per",
    "fpm",
    "org_id",
    "org_slug",
    "org_role",
    "org_permissions",
)
_private_key: Any = None


def _b64url(data: bytes) -> str:
    import base64

    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mint_token(header: dict[str, Any], claims: dict[str, Any]) -> str:
    """An RS256 token over these header and claims, signed with the fixed test key."""
    global _private_key
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    if _private_key is None:
        _private_key = serialization.load_pem_private_key((JWT_FIXTURES / "rsa2048.key.pem").read_bytes(), None)
    signing_input = (
        _b64url(json.dumps(header, separators=(",", ":")).encode())
        + "."
        + _b64url(json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass"))
    )
    signature = _private_key.sign(signing_input.encode("ascii"), padding.PKCS1v15(), hashes.SHA256())
    return signing_input + "." + _b64url(signature)


def fuzzed_json(fdp: atheris.FuzzedDataProvider, depth: int = 0) -> Any:
    """A JSON value of any type, sized by the fuzzer."""
    kind = fdp.ConsumeIntInRange(0, 8 if depth < 4 else 5)
    if kind == 0:
        return None
    if kind == 1:
        return fdp.ConsumeBool()
    if kind == 2:
        return fdp.ConsumeInt(fdp.ConsumeIntInRange(1, 12))
    if kind == 3:
        return fdp.ConsumeRegularFloat()
    if kind in (4, 5):
        return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 40))
    if kind in (6, 7):
        return [fuzzed_json(fdp, depth + 1) for _ in range(fdp.ConsumeIntInRange(0, 4))]
    return {
        fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 8)): fuzzed_json(fdp, depth + 1)
        for _ in range(fdp.ConsumeIntInRange(0, 4))
    }


def fuzzed_claims(fdp: atheris.FuzzedDataProvider) -> dict[str, Any]:
    """Session-token claims: mostly plausible (a valid ``sub``, times around ``TOKEN_NOW``), with
    some claims replaced by fuzzed values of any type, and fuzzed v2 (``o``, ``fea``, ``per``,
    ``fpm``) claims."""
    claims: dict[str, Any] = {
        "sub": "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr",
        "sid": "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9",
        "iss": "https://clerk.example.com",
        "azp": "https://app.example.com",
        "iat": TOKEN_NOW - 10,
        "nbf": TOKEN_NOW - 20,
        "exp": TOKEN_NOW + 60,
    }
    if fdp.ConsumeBool():
        claims.update(
            v=2,
            o={"id": "org_1", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3"},
            fea="o:billing,u:reports",
        )
    for _ in range(fdp.ConsumeIntInRange(0, 6)):
        name = fdp.PickValueInList(list(CLAIM_NAMES)) if fdp.ConsumeBool() else fdp.ConsumeUnicodeNoSurrogates(6)
        if fdp.ConsumeIntInRange(0, 7) == 0:
            claims.pop(name, None)
        else:
            claims[name] = fuzzed_json(fdp)
    return claims


def check_claims(claims: Any) -> None:
    assert isinstance(claims, clerk_backend.SessionClaims), f"got {type(claims).__name__}, not SessionClaims"
    assert isinstance(claims.sub, str), "SessionClaims.sub is not a str"
    exercise(claims)
