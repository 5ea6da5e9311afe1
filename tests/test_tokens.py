"""Session tokens: ``verify_token``, ``decode_jwt``, ``JwtKey`` and ``SessionClaims``.

Tokens are minted here with ``cryptography`` (the signing input is built by hand, so any header,
payload or signature bytes can be produced) and the committed test keys in ``fixtures/jwt`` and
``fixtures/tokens``. The cases follow verification.md §3.4 (attack classes) with the verdict AND
the reason of §3.2; where the implementation deliberately decides a "policy" vector, the test
says which way and why. Clerk's own fixtures (``fixtures/jwt/clerk_fixtures.json``) are checked
with the expectations of ``verifyJwt.test.ts``. The last section is a differential test against
PyJWT over the cases where both rule sets agree, plus one test per deliberate difference.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import pickle
import random
import time
import warnings
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import jwt as pyjwt
import jwt.api_jwt
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

import clerk_backend
from clerk_backend import JwtKey, SessionClaims, TokenVerificationError, decode_jwt, verify_token

JWT_FIXTURES = Path(__file__).parent / "fixtures" / "jwt"
TOKEN_FIXTURES = Path(__file__).parent / "fixtures" / "tokens"

NOW = 1_700_000_000  # the clock of most tests (Unix seconds)
B64URL_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _private(path: Path) -> Any:
    return serialization.load_pem_private_key(path.read_bytes(), password=None)


KEY_A = _private(JWT_FIXTURES / "rsa2048.key.pem")
KEY_B = _private(JWT_FIXTURES / "rsa2048b.key.pem")
KEY_4096 = _private(JWT_FIXTURES / "rsa4096.key.pem")
KEY_1024 = _private(TOKEN_FIXTURES / "rsa1024.key.pem")
KEY_EC = _private(TOKEN_FIXTURES / "ec256.key.pem")

PEM_A = _read(JWT_FIXTURES / "rsa2048.spki.pem")
PEM_A_PKCS1 = _read(JWT_FIXTURES / "rsa2048.pkcs1.pem")
PEM_B = _read(JWT_FIXTURES / "rsa2048b.spki.pem")
PEM_4096 = _read(JWT_FIXTURES / "rsa4096.spki.pem")
PEM_4096_PKCS1 = _read(JWT_FIXTURES / "rsa4096.pkcs1.pem")
PEM_1024 = _read(JWT_FIXTURES / "rsa1024.spki.pem")
PEM_1024_PKCS1 = _read(JWT_FIXTURES / "rsa1024.pkcs1.pem")

CLERK = json.loads(_read(JWT_FIXTURES / "clerk_fixtures.json"))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode_lenient(text: str) -> bytes:
    """What a lenient decoder (Python's base64 module) makes of a segment."""
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _pem_body(pem: str) -> str:
    return "".join(line for line in pem.strip().splitlines() if not line.startswith("-----"))


def jwk_of(public_key: Any, kid: str | None = None, **extra: Any) -> dict[str, Any]:
    """The public JWK of an RSA key, as Clerk's ``/v1/jwks`` serves it."""
    numbers = public_key.public_numbers()
    n = numbers.n.to_bytes((numbers.n.bit_length() + 7) // 8, "big")
    e = numbers.e.to_bytes((numbers.e.bit_length() + 7) // 8, "big")
    jwk: dict[str, Any] = {"kty": "RSA", "n": b64url(n), "e": b64url(e), "alg": "RS256", "use": "sig"}
    if kid is not None:
        jwk["kid"] = kid
    jwk.update(extra)
    return jwk


JWK_A = jwk_of(KEY_A.public_key(), "ins_a")
JWK_B = jwk_of(KEY_B.public_key(), "ins_b")
JWKS = {"keys": [JWK_A, JWK_B]}

# Every piece of key material a message must never show.
KEY_MATERIAL = [
    *(_pem_body(pem)[:64] for pem in (PEM_A, PEM_A_PKCS1, PEM_B, PEM_4096, PEM_1024)),
    JWK_A["n"][:64],
    JWK_B["n"][:64],
]

DEFAULT_HEADER: dict[str, Any] = {"alg": "RS256", "kid": "ins_a", "typ": "JWT"}


def segment(part: dict[str, Any] | list[Any] | bytes | str) -> str:
    """A header or payload segment: dicts/lists as compact JSON, bytes as they are, str verbatim."""
    if isinstance(part, str):
        return part
    if isinstance(part, bytes):
        return b64url(part)
    return b64url(json.dumps(part, separators=(",", ":")).encode())


def sign(alg: str, key: Any, signing_input: bytes) -> bytes:
    if alg == "RS256":
        return key.sign(signing_input, padding.PKCS1v15(), hashes.SHA256())
    if alg == "RS384":
        return key.sign(signing_input, padding.PKCS1v15(), hashes.SHA384())
    if alg == "RS512":
        return key.sign(signing_input, padding.PKCS1v15(), hashes.SHA512())
    if alg == "PS256":
        return key.sign(signing_input, padding.PSS(padding.MGF1(hashes.SHA256()), 32), hashes.SHA256())
    if alg == "ES256":
        r, s = decode_dss_signature(key.sign(signing_input, ec.ECDSA(hashes.SHA256())))
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")
    if alg == "HS256":
        return hmac.new(key, signing_input, hashlib.sha256).digest()
    if alg == "none":
        return b""
    raise AssertionError(alg)


def mint(
    payload: dict[str, Any] | list[Any] | bytes | str,
    header: dict[str, Any] | list[Any] | bytes | str | None = None,
    *,
    key: Any = KEY_A,
    alg: str = "RS256",
) -> str:
    """A token whose signature (made with ``alg``/``key``) covers exactly the segments sent."""
    head = segment(DEFAULT_HEADER if header is None else header)
    body = segment(payload)
    signing_input = f"{head}.{body}".encode()
    return f"{head}.{body}.{b64url(sign(alg, key, signing_input))}"


_DROP = object()


def claims(**changes: Any) -> dict[str, Any]:
    """Valid v1-style claims at NOW; ``name=_DROP`` removes a claim."""
    base: dict[str, Any] = {
        "azp": "https://app.example.com",
        "exp": NOW + 60,
        "iat": NOW,
        "iss": "https://clerk.example.com",
        "nbf": NOW - 10,
        "sid": "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9",
        "sub": "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr",
    }
    for name, value in changes.items():
        if value is _DROP:
            base.pop(name, None)
        else:
            base[name] = value
    return base


def header(**changes: Any) -> dict[str, Any]:
    out = dict(DEFAULT_HEADER)
    for name, value in changes.items():
        if value is _DROP:
            out.pop(name, None)
        else:
            out[name] = value
    return out


def verify(token: str, **options: Any) -> SessionClaims:
    """``verify_token`` with the tests' defaults: key A as a PEM and the clock at NOW."""
    if "jwks" not in options and "jwt_key" not in options:
        options["jwt_key"] = PEM_A
    options.setdefault("now", NOW)
    return verify_token(token, **options)


def assert_secret_free(error: BaseException, token: str | None = None) -> None:
    """The message shows neither the token's segments nor any key material."""
    shown = " ".join([str(error), repr(error), *map(str, error.args)])
    if token is not None:
        for part in token.split("."):
            if len(part) >= 16:
                assert part[:64] not in shown
    for material in KEY_MATERIAL:
        assert material not in shown


def refused(token: str, reason: str, **options: Any) -> TokenVerificationError:
    """Assert that ``token`` is refused with ``reason`` (and a message free of secrets)."""
    with pytest.raises(TokenVerificationError) as info:
        verify(token, **options)
    assert info.value.reason == reason, str(info.value)
    assert str(info.value)
    assert_secret_free(info.value, token)
    return info.value


def accepted(token: str, **options: Any) -> SessionClaims:
    result = verify(token, **options)
    assert isinstance(result, SessionClaims)
    return result


@pytest.fixture(autouse=True)
def _no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may pick up a developer's CLERK_JWT_KEY / CLERK_SECRET_KEY."""
    monkeypatch.delenv("CLERK_JWT_KEY", raising=False)
    monkeypatch.delenv("CLERK_SECRET_KEY", raising=False)


# ---------------------------------------------------------------------------------------------
# Valid tokens and SessionClaims


def test_valid_v1_token_claims() -> None:
    payload = claims(
        fva=[3, -1],
        act={"iss": "https://dashboard.clerk.com", "sid": "sess_actor", "sub": "user_actor"},
        org_id="org_1",
        org_slug="acme",
        org_role="org:admin",
        org_permissions=["org:sys_memberships:manage", "org:dashboard:read"],
        custom={"plan": "gold"},
    )
    token = mint(payload)
    result = accepted(token)
    assert result.sub == "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr"
    assert result.sid == "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9"
    assert result.azp == "https://app.example.com"
    assert result.iss == "https://clerk.example.com"
    assert (result.exp, result.iat, result.nbf) == (NOW + 60, NOW, NOW - 10)
    assert result.jti is None
    assert result.sts is None
    assert result.v is None
    assert result.fva == (3, -1)
    assert result.act == {"iss": "https://dashboard.clerk.com", "sid": "sess_actor", "sub": "user_actor"}
    assert result.org_id == "org_1"
    assert result.org_slug == "acme"
    assert result.org_role == "org:admin"
    assert result.org_permissions == ("org:sys_memberships:manage", "org:dashboard:read")
    assert result.o is None
    assert result.fea is None and result.pla is None
    assert result.features == () and result.plans == ()
    assert result.aud is None
    assert result.raw == payload  # unknown claims included


def test_valid_v2_token_claims() -> None:
    """§3.1: fea "o:dashboard,o:impersonation", per "read,manage", fpm "3,2"."""
    org = {"id": "org_2", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3,2"}
    payload = claims(
        v=2,
        jti="8a0a3b5f0c2e4d8e9f10",
        sts="active",
        fva=[0, 5],
        o=org,
        fea="o:dashboard,o:impersonation",
        pla="u:free,o:pro",
    )
    result = accepted(mint(payload))
    assert result.v == 2
    assert result.jti == "8a0a3b5f0c2e4d8e9f10"
    assert result.sts == "active"
    assert result.fva == (0, 5)
    assert result.o == org
    assert result.org_id == "org_2"
    assert result.org_slug == "acme"
    assert result.org_role == "org:admin"
    assert result.org_permissions == ("org:dashboard:read", "org:dashboard:manage", "org:impersonation:manage")
    assert result.fea == "o:dashboard,o:impersonation"
    assert result.pla == "u:free,o:pro"
    assert result.features == ("o:dashboard", "o:impersonation")
    assert result.plans == ("u:free", "o:pro")
    assert result.raw == payload


def test_v2_permissions_are_indexed_by_organization_features_only() -> None:
    """§3.1 divergence: a leading ``u:`` feature must not shift the ``fpm`` index (JS parser;
    the Python SDK yields only ["org:dashboard:manage"] here)."""
    org = {"id": "org_2", "slg": "acme", "rol": "admin", "per": "read,manage", "fpm": "3,2"}
    result = accepted(mint(claims(v=2, o=org, fea="u:profile,o:dashboard,o:impersonation")))
    assert result.org_permissions == ("org:dashboard:read", "org:dashboard:manage", "org:impersonation:manage")
    assert result.features == ("u:profile", "o:dashboard", "o:impersonation")


def test_v2_permissions_with_combined_scopes() -> None:
    org = {"id": "org_2", "rol": "member", "per": "read,manage", "fpm": "1,2"}
    result = accepted(mint(claims(v=2, o=org, fea="ou:dashboard,u:profile,uo:billing")))
    assert result.org_permissions == ("org:dashboard:read", "org:billing:manage")
    assert result.org_role == "org:member"


def test_v2_organization_without_permissions() -> None:
    result = accepted(mint(claims(v=2, o={"id": "org_3", "slg": "s", "rol": "admin"}, fea="o:dashboard")))
    assert (result.org_id, result.org_slug, result.org_role) == ("org_3", "s", "org:admin")
    assert result.org_permissions == ()


def test_v2_token_without_active_organization_has_no_organization() -> None:
    """@clerk/shared reads a v2 token's organization from ``o`` only: top-level v1 claims
    (for example a custom ``org_id`` claim of a JWT template) are not the active organization."""
    result = accepted(mint(claims(v=2, org_id="org_custom", org_role="org:admin", org_slug="custom")))
    assert result.o is None
    assert result.org_id is None
    assert result.org_role is None
    assert result.org_slug is None
    assert result.org_permissions is None


def test_v1_token_ignores_the_v2_organization_claim() -> None:
    result = accepted(mint(claims(o={"id": "org_2", "rol": "admin"})))
    assert result.o == {"id": "org_2", "rol": "admin"}
    assert result.org_id is None and result.org_role is None


def test_session_claims_pickle_equality_repr_and_round_trips() -> None:
    payload = claims(v=2, o={"id": "org_2", "rol": "admin", "per": "read", "fpm": "1"}, fea="o:x", sts="pending")
    result = accepted(mint(payload))
    again = accepted(mint(payload))
    assert result == again
    assert result.__ne__(again) is False
    other = accepted(mint(claims(sub="user_other")))
    assert result != other
    assert pickle.loads(pickle.dumps(result)) == result
    assert SessionClaims.from_json(result.raw) == result
    assert SessionClaims.from_json(json.dumps(result.raw)) == result
    as_dict = result.to_dict()
    assert as_dict["sub"] == payload["sub"]
    assert as_dict["org_permissions"] == ["org:x:read"]
    assert SessionClaims.from_json(as_dict) == result
    text = repr(result)
    assert text.startswith("SessionClaims(")
    assert "sub='user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr'" in text
    assert "org_role='org:admin'" in text


def test_float_exp_is_kept_as_sent() -> None:
    result = accepted(mint(claims(exp=NOW + 60.75)))
    assert result.exp == NOW + 60.75


# ---------------------------------------------------------------------------------------------
# Times: exp / nbf / iat at each boundary (§0 rule 2), default skew and skew 0


@pytest.mark.parametrize(
    ("token_claims", "now", "skew", "expected"),
    [
        # expired iff exp*1000 <= now - skew
        ({"exp": NOW}, NOW + 5, 5000, "token-expired"),  # invalid-exp-now-5
        ({"exp": NOW}, NOW + 4.999, 5000, None),
        ({"exp": NOW}, NOW + 4, 5000, None),  # valid-exp-now-4
        ({"exp": NOW}, NOW + 60, 5000, "token-expired"),
        ({"exp": NOW}, NOW, 0, "token-expired"),  # invalid-exp-now-skew0
        ({"exp": NOW}, NOW - 0.001, 0, None),
        ({"exp": NOW - 5}, NOW, 5000, "token-expired"),
        ({"exp": NOW - 4}, NOW, 5000, None),
        # early iff nbf*1000 > now + skew
        ({"nbf": NOW + 5}, NOW, 5000, None),  # valid-nbf-now+5
        ({"nbf": NOW + 6}, NOW, 5000, "token-not-active-yet"),  # invalid-nbf-now+6
        ({"nbf": NOW}, NOW - 5, 5000, None),
        ({"nbf": NOW}, NOW - 5.001, 5000, "token-not-active-yet"),
        ({"nbf": NOW}, NOW, 0, None),
        ({"nbf": NOW}, NOW - 0.001, 0, "token-not-active-yet"),
        # future iff iat*1000 > now + skew
        ({"iat": NOW + 5}, NOW, 5000, None),  # valid-iat-now+5
        ({"iat": NOW + 6}, NOW, 5000, "token-iat-in-the-future"),  # invalid-iat-now+6
        ({"iat": NOW}, NOW - 5, 5000, None),
        ({"iat": NOW}, NOW - 5.001, 5000, "token-iat-in-the-future"),
        ({"iat": NOW}, NOW, 0, None),
        ({"iat": NOW}, NOW - 0.001, 0, "token-iat-in-the-future"),
        # a larger skew moves every boundary
        ({"exp": NOW}, NOW + 59, 60_000, None),
        ({"exp": NOW}, NOW + 60, 60_000, "token-expired"),
        ({"nbf": NOW + 60}, NOW, 60_000, None),
        ({"nbf": NOW + 61}, NOW, 60_000, "token-not-active-yet"),
    ],
)
def test_time_boundaries(token_claims: dict[str, Any], now: float, skew: float, expected: str | None) -> None:
    base = {"sub": "user_1", "exp": NOW + 3600}
    token = mint({**base, **token_claims})
    if expected is None:
        assert accepted(token, now=now, clock_skew_in_ms=skew).sub == "user_1"
    else:
        refused(token, expected, now=now, clock_skew_in_ms=skew)


def test_default_clock_skew_is_five_seconds() -> None:
    token = mint({"sub": "user_1", "exp": NOW})
    accepted(token, now=NOW + 4.999)
    refused(token, "token-expired", now=NOW + 5)


@pytest.mark.parametrize("skew", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_clock_skew_means_the_default(skew: float) -> None:
    token = mint({"sub": "user_1", "exp": NOW})
    accepted(token, now=NOW + 4.999, clock_skew_in_ms=skew)
    refused(token, "token-expired", now=NOW + 5, clock_skew_in_ms=skew)


def test_times_drop_the_fraction_of_a_second_like_javascript() -> None:
    """``new Date(0).setUTCSeconds(exp)`` truncates: exp NOW+0.999 counts as NOW."""
    refused(mint({"sub": "u", "exp": NOW + 0.999}), "token-expired", now=NOW, clock_skew_in_ms=0)
    accepted(mint({"sub": "u", "exp": NOW + 1.001}), now=NOW + 0.999, clock_skew_in_ms=0)
    accepted(mint({"sub": "u", "exp": NOW + 60, "nbf": NOW + 0.999}), now=NOW, clock_skew_in_ms=0)
    refused(mint({"sub": "u", "exp": NOW + 60, "nbf": NOW + 1.5}), "token-not-active-yet", now=NOW, clock_skew_in_ms=0)


def test_now_override_is_exact_to_the_millisecond() -> None:
    """``now`` is Unix seconds; 1.005 s is 1005 ms. exp = 1 s with a 5 ms skew is expired at
    exactly 1005 ms (exp*1000 <= now - skew). ``int(1.005 * 1000)`` is 1004 in binary floating
    point, so a conversion that truncates instead of rounding lets the token through."""
    refused(mint({"sub": "u", "exp": 1}), "token-expired", now=1.005, clock_skew_in_ms=5)
    refused(mint({"sub": "u", "exp": 1}), "token-expired", now=1.001, clock_skew_in_ms=1)


def test_real_clock_is_used_without_now() -> None:
    current = int(time.time())
    assert verify_token(mint({"sub": "u", "exp": current + 120}), jwt_key=PEM_A).sub == "u"
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint({"sub": "u", "exp": current - 120}), jwt_key=PEM_A)
    assert info.value.reason == "token-expired"
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint({"sub": "u", "exp": current + 600, "nbf": current + 120}), jwt_key=PEM_A)
    assert info.value.reason == "token-not-active-yet"


def test_now_override_moves_the_clock_both_ways() -> None:
    token = mint({"sub": "u", "exp": 1_000_000_060, "iat": 1_000_000_000})
    assert accepted(token, now=1_000_000_000).exp == 1_000_000_060
    refused(token, "token-expired", now=1_000_000_066)
    refused(token, "token-iat-in-the-future", now=999_999_990)


# ---------------------------------------------------------------------------------------------
# Claim types (§3.4 "type confusion in time claims", "missing exp/sub")


@pytest.mark.parametrize(
    ("exp", "verdict"),
    [
        (str(NOW + 60), "token-verification-failed"),  # invalid-exp-string
        ("soon", "token-verification-failed"),
        (True, "token-verification-failed"),  # invalid-exp-bool
        (None, "token-verification-failed"),  # invalid-exp-null
        ([NOW + 60], "token-verification-failed"),
        ({"t": NOW + 60}, "token-verification-failed"),
        (NOW + 60.5, None),  # valid-exp-float
        (-1, "token-expired"),  # invalid-exp-negative
        (-1.5, "token-expired"),
        (0, "token-expired"),
        (2**64, None),  # policy-exp-beyond-u64: a huge exp is far in the future
        (10**30, None),
        (1.5e308, None),
    ],
)
def test_exp_types(exp: Any, verdict: str | None) -> None:
    token = mint({"sub": "u", "exp": exp})
    if verdict is None:
        accepted(token)
    else:
        refused(token, verdict)


def test_exp_missing() -> None:
    error = refused(mint({"sub": "u"}), "token-verification-failed")  # invalid-exp-missing
    assert "exp" in str(error)


@pytest.mark.parametrize("name", ["nbf", "iat"])
@pytest.mark.parametrize("value", [str(NOW), None, True, [NOW]])
def test_nbf_and_iat_must_be_numbers_when_present(name: str, value: Any) -> None:
    """invalid-nbf-string / invalid-iat-string (and null, bool, array)."""
    error = refused(mint({"sub": "u", "exp": NOW + 60, name: value}), "token-verification-failed")
    assert name in str(error)


@pytest.mark.parametrize(
    "sub",
    [_DROP, 1, None, ["user_1"], {"id": "user_1"}, True],
    ids=["missing", "number", "null", "array", "object", "bool"],
)
def test_sub_must_be_a_string(sub: Any) -> None:
    """invalid-sub-missing / invalid-sub-number / ...: token-verification-failed, checked first."""
    error = refused(mint(claims(sub=sub)), "token-verification-failed")
    assert "sub" in str(error)


def test_empty_sub_is_accepted_like_the_reference() -> None:
    """policy-sub-empty-string: §3.2 step 7 and jwt.rs ``check_claims`` accept any string,
    including "" (@clerk/backend does too). Callers must not treat "" as a user id."""
    result = accepted(mint(claims(sub="")))
    assert result.sub == ""


# ---------------------------------------------------------------------------------------------
# azp, aud, iss


def test_authorized_party_matches_exactly() -> None:
    token = mint(claims(azp="https://app.example.com"))
    assert accepted(token, authorized_parties=["https://app.example.com"]).azp == "https://app.example.com"
    accepted(token, authorized_parties=("https://other.example.com", "https://app.example.com"))
    accepted(token, authorized_parties=(p for p in ["https://app.example.com"]))


@pytest.mark.parametrize(
    "azp",
    [
        "https://evil.example.com",  # invalid-azp-wrong
        "https://app.example.com/",  # trailing slash
        "https://APP.example.com",  # no normalisation
        "http://app.example.com",
        "https://app.example.com.evil.com",
        "",
        5,
        None,
        _DROP,  # invalid-azp-missing: missing azp with configured parties is refused
    ],
    ids=["wrong", "slash", "case", "scheme", "suffix", "empty", "number", "null", "missing"],
)
def test_authorized_party_refused(azp: Any) -> None:
    refused(
        mint(claims(azp=azp)),
        "token-invalid-authorized-parties",
        authorized_parties=["https://app.example.com"],
    )


def test_no_authorized_parties_means_no_azp_check() -> None:
    """valid-azp-missing-no-parties and policy-authorized-parties-empty-list: an empty list is
    no check (the Python SDK instead rejects every token)."""
    accepted(mint(claims(azp=_DROP)))
    accepted(mint(claims(azp="https://anything.example")), authorized_parties=[])
    accepted(mint(claims(azp=_DROP)), authorized_parties=[])
    accepted(mint(claims(azp="https://anything.example")), authorized_parties=None)


def test_audience_option() -> None:
    accepted(mint(claims(aud="api")), audience="api")
    accepted(mint(claims(aud="api")), audience=["other", "api"])
    accepted(mint(claims(aud=["x", "api"])), audience="api")
    assert accepted(mint(claims(aud=["x", "api"])), audience=["api"]).aud == ["x", "api"]
    refused(mint(claims(aud="api")), "token-verification-failed", audience="other")
    refused(mint(claims(aud=["x", "y"])), "token-verification-failed", audience=["api", "z"])
    refused(mint(claims(aud=5)), "token-verification-failed", audience="api")
    # As the reference: no aud claim (or an empty one) skips the check, and an aud claim is not
    # checked when no audience is configured.
    accepted(mint(claims()), audience="api")
    accepted(mint(claims(aud="")), audience="api")
    accepted(mint(claims(aud="something")))


def test_issuer_option() -> None:
    token = mint(claims(iss="https://clerk.example.com"))
    accepted(token, issuer="https://clerk.example.com")
    accepted(token, issuer=["https://a.example", "https://clerk.example.com"])
    refused(token, "token-invalid-issuer", issuer="https://clerk.example.com/")
    refused(token, "token-invalid-issuer", issuer=["https://a.example"])
    # A configured issuer requires the claim (stricter than the reference, documented).
    refused(mint(claims(iss=_DROP)), "token-invalid-issuer", issuer="https://clerk.example.com")
    refused(mint(claims(iss=5)), "token-invalid-issuer", issuer="https://clerk.example.com")
    accepted(mint(claims(iss="https://anything.example")))


@pytest.mark.parametrize(
    ("option", "value"),
    [("authorized_parties", [1]), ("audience", [b"api"]), ("issuer", [None]), ("audience", 5)],
)
def test_option_types(option: str, value: Any) -> None:
    with pytest.raises(TypeError):
        verify(mint(claims()), **{option: value})


# ---------------------------------------------------------------------------------------------
# Order of checks (§3.2 and jwt.rs ``verify_decoded`` / ``check_claims``): first failure wins


_AUD_AZP = {"audience": "api", "authorized_parties": ["ok"]}


@pytest.mark.parametrize(
    ("token_header", "token_claims", "options", "reason", "fragment"),
    [
        # header: cat, then typ, then crit, then alg, all before the key
        (header(alg="none", cat="cl_B7d4PD333AAA", typ="x"), claims(), {}, "token-invalid", "category"),
        (header(alg="none", typ="at+jwt", crit=["b64"]), claims(), {}, "token-invalid", "type"),
        (header(alg="none", crit=["b64"]), claims(), {}, "token-invalid", "crit"),
        (header(alg="none", kid="unknown"), claims(), {"jwks": JWKS}, "token-invalid-algorithm", "none"),
        # key before signature before claims
        (header(kid="unknown"), claims(sub=_DROP, exp=1), {"jwks": JWKS}, "jwk-kid-mismatch", "unknown"),
        (header(kid="ins_b"), claims(sub=_DROP, exp=1), {"jwks": JWKS}, "token-invalid-signature", "signature"),
        # claims: sub, aud, azp, iss, exp, nbf, iat
        (None, claims(sub=_DROP, aud="x", azp="bad", exp=1), _AUD_AZP, "token-verification-failed", "(sub)"),
        (None, claims(aud="x", azp="bad", exp=1), _AUD_AZP, "token-verification-failed", "(aud)"),
        (None, claims(azp="bad", iss="bad"), {**_AUD_AZP, "issuer": "ok"}, "token-invalid-authorized-parties", "azp"),
        (None, claims(iss="bad", exp=1), {"issuer": "ok"}, "token-invalid-issuer", "(iss)"),
        (None, claims(exp=1, nbf=NOW + 100, iat=NOW + 100), {}, "token-expired", "expired"),
        (None, claims(exp="x", nbf="y"), {}, "token-verification-failed", "(exp)"),
        (None, claims(nbf="y", iat="z"), {}, "token-verification-failed", "(nbf)"),
        (None, claims(nbf=NOW + 100, iat=NOW + 100), {}, "token-not-active-yet", "(nbf)"),
        (None, claims(nbf=NOW, iat=NOW + 100), {}, "token-iat-in-the-future", "(iat)"),
    ],
)
def test_order_of_checks(
    token_header: dict[str, Any] | None,
    token_claims: dict[str, Any],
    options: dict[str, Any],
    reason: str,
    fragment: str,
) -> None:
    error = refused(mint(token_claims, token_header), reason, **options)
    assert fragment in str(error)


def test_signature_is_checked_before_the_claims() -> None:
    """A bad signature wins over every claim failure: claims of a forged token mean nothing."""
    forged = mint(claims(sub=_DROP, exp=1, azp="bad"), key=KEY_B)
    refused(forged, "token-invalid-signature", authorized_parties=["ok"])


# ---------------------------------------------------------------------------------------------
# Algorithms (§0 rule 1, §3.4)


@pytest.mark.parametrize("alg", ["none", "None", "NONE", "nOnE"])
def test_alg_none_any_case(alg: str) -> None:
    """invalid-alg-none / -None / -NONE / -nOnE: empty signature."""
    payload = segment(claims())
    token = f"{segment(header(alg=alg))}.{payload}."
    error = refused(token, "token-invalid-algorithm")
    assert "Supported: RS256" in str(error)
    refused(token, "token-invalid-algorithm", jwks=JWKS)


def test_alg_none_with_a_real_signature() -> None:
    """invalid-alg-none-with-sig: the RS256 signature of the original header is reused."""
    good = mint(claims())
    _, payload, signature = good.split(".")
    refused(f"{segment(header(alg='none'))}.{payload}.{signature}", "token-invalid-algorithm")
    # the same with the signature made over the none header itself
    refused(mint(claims(), header(alg="none")), "token-invalid-algorithm")


def test_alg_missing() -> None:
    refused(mint(claims(), header(alg=_DROP)), "token-invalid-algorithm")  # invalid-alg-missing


@pytest.mark.parametrize(
    "secret",
    [PEM_A.encode(), PEM_A.strip().encode(), PEM_A.replace("\n", "\r\n").encode(), PEM_A_PKCS1.encode(), "der"],
    ids=["pem-newline", "pem-no-newline", "pem-crlf", "pkcs1", "der"],
)
def test_hs256_signed_with_the_public_key(secret: bytes | str) -> None:
    """invalid-hs256-public-*: refused on ``alg`` before any key handling."""
    if secret == "der":
        secret = KEY_A.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    assert isinstance(secret, bytes)
    token = mint(claims(), header(alg="HS256"), key=secret, alg="HS256")
    refused(token, "token-invalid-algorithm")
    refused(token, "token-invalid-algorithm", jwt_key=JwtKey.from_pem(PEM_A))
    refused(token, "token-invalid-algorithm", jwks=JWKS)


@pytest.mark.parametrize(
    ("alg", "key"),
    [("RS384", KEY_A), ("RS512", KEY_A), ("PS256", KEY_A), ("ES256", KEY_EC)],
)
def test_other_algorithms_with_a_real_signature(alg: str, key: Any) -> None:
    """invalid-alg-rs384 / -rs512 / -ps256 / -es256: refused as ``token-invalid-algorithm``
    (the reference reports RS384/RS512 as ``token-verification-failed``; documented)."""
    token = mint(claims(), header(alg=alg), key=key, alg=alg)
    refused(token, "token-invalid-algorithm")
    refused(token, "token-invalid-algorithm", jwks=JWKS)


@pytest.mark.parametrize(
    "alg", ["rs256", "Rs256", "RS256 ", " RS256", "", ["RS256"], {"RS256": True}, 256, None, "HS512", "EdDSA"]
)
def test_alg_must_be_exactly_rs256(alg: Any) -> None:
    """invalid-alg-rs256-lowercase, invalid-alg-array, ...: the signature is a valid RS256 one."""
    refused(mint(claims(), header(alg=alg)), "token-invalid-algorithm")


# ---------------------------------------------------------------------------------------------
# Header: typ, cat, crit, embedded keys


@pytest.mark.parametrize("typ", ["at+jwt", "jwt", "JWS", "", None, ["JWT"]])
def test_typ_must_be_absent_or_jwt(typ: Any) -> None:
    error = refused(mint(claims(), header(typ=typ)), "token-invalid")
    assert "type" in str(error)


def test_typ_absent_or_jwt_is_accepted() -> None:
    accepted(mint(claims(), header(typ=_DROP)))
    accepted(mint(claims(), header(typ="JWT")))


def test_m2m_category_is_refused() -> None:
    """invalid-cat-m2m: a machine token used as a session token."""
    error = refused(mint(claims(), header(cat="cl_B7d4PD333AAA")), "token-invalid")
    assert "category" in str(error)


@pytest.mark.parametrize(
    ("token_claims", "token_header", "what"),
    [
        (claims(), header(cat="cl_B7d4PD222AAA"), "JWT template"),
        (claims(), header(cat="anything"), "category"),
        (claims(), header(cat=5), "category"),
        (claims(), header(cat=None), "category"),
        (claims(sub="mch_1", sid=_DROP), header(), "machine-to-machine"),
        (claims(sub="mch_1", sid=_DROP), header(cat="cl_B7d4PD333AAA"), "machine-to-machine"),
        (claims(), header(typ="at+jwt"), "OAuth"),
        (claims(), header(typ="application/at+jwt"), "OAuth"),
    ],
)
def test_non_session_jwts_are_refused(token_claims: dict[str, Any], token_header: dict[str, Any], what: str) -> None:
    """Issue 14, finding 1: a JWT-template, M2M or OAuth JWT signed by the instance key is not a
    session token (the reference's authenticateRequest refuses them all; its verifyToken the M2M
    category, with ``token-invalid``)."""
    error = refused(mint(token_claims, token_header), "token-invalid")
    assert what in str(error) and "not a session token" in str(error)


@pytest.mark.parametrize("token", ["ak_2xKey000", "mt_f7f0ba8c3b48", "oat_2xOauth000", "mt_a.b.c"])
def test_opaque_machine_tokens_are_refused(token: str) -> None:
    error = refused(token, "token-invalid")
    assert "not a session token" in str(error)


@pytest.mark.parametrize("cat", ["cl_B7d4PD111AAA", "cl_I7d4PD111III"])
def test_session_categories_are_accepted(cat: str) -> None:
    accepted(mint(claims(), header(cat=cat)))


@pytest.mark.parametrize("crit", [["exp"], ["b64"], [], "b64", None])
def test_crit_is_refused(crit: Any) -> None:
    """policy-crit-unknown: no extension is understood, so any ``crit`` is refused."""
    error = refused(mint(claims(), header(crit=crit)), "token-invalid")
    assert "crit" in str(error)


def test_jku_x5u_x5c_are_ignored() -> None:
    """policy-jku-x5u-ignored: never fetched or trusted; the configured key decides."""
    token_header = header(
        jku="https://attacker.example/jwks.json",
        x5u="https://attacker.example/cert.pem",
        x5c=["MIIBIjAN"],
    )
    accepted(mint(claims(), token_header))
    refused(mint(claims(), token_header, key=KEY_B), "token-invalid-signature")


def test_embedded_attacker_jwk_is_ignored() -> None:
    """invalid-embedded-jwk-attacker: signed by key B, whose JWK is in the header."""
    token = mint(claims(), header(jwk=JWK_B, kid="ins_a"), key=KEY_B)
    refused(token, "token-invalid-signature")
    refused(token, "token-invalid-signature", jwks=JWKS)


# ---------------------------------------------------------------------------------------------
# Keys by kid (JWKS)


@pytest.mark.parametrize("form", ["dict", "str", "JwtKey"])
def test_jwks_forms(form: str) -> None:
    jwks: Any = {"dict": JWKS, "str": json.dumps(JWKS), "JwtKey": JwtKey.from_jwks(JWKS)}[form]
    assert accepted(mint(claims(), header(kid="ins_a")), jwks=jwks).sub.startswith("user_")
    assert accepted(mint(claims(), header(kid="ins_b"), key=KEY_B), jwks=jwks).sub.startswith("user_")
    error = refused(mint(claims(), header(kid="ins_unknown")), "jwk-kid-mismatch", jwks=jwks)
    assert "ins_unknown" in str(error)
    refused(mint(claims(), header(kid=_DROP)), "jwk-kid-mismatch", jwks=jwks)  # invalid-kid-missing-jwks
    refused(mint(claims(), header(kid=7)), "jwk-kid-mismatch", jwks=jwks)
    refused(mint(claims(), header(kid="INS_A")), "jwk-kid-mismatch", jwks=jwks)  # exact match


def test_kid_pointing_to_another_key() -> None:
    """invalid-kid-points-to-other-jwks-key / invalid-wrong-key-jwks."""
    refused(mint(claims(), header(kid="ins_b"), key=KEY_A), "token-invalid-signature", jwks=JWKS)
    refused(mint(claims(), header(kid="ins_a"), key=KEY_B), "token-invalid-signature", jwks=JWKS)


def test_pem_mode_ignores_kid() -> None:
    """valid-kid-unknown-pem: one configured key, the token's kid is not looked at."""
    accepted(mint(claims(), header(kid="ins_unknown")))
    accepted(mint(claims(), header(kid=_DROP)))
    accepted(mint(claims(), header(kid="ins_unknown")), jwt_key=JwtKey.from_jwk(JWK_A))


def test_jwt_key_wins_over_jwks() -> None:
    token = mint(claims(), header(kid="ins_b"))  # signed by A, kid names B
    accepted(token, jwt_key=PEM_A, jwks=JWKS)
    refused(token, "token-invalid-signature", jwks=JWKS)


def test_unusable_jwks_member_named_by_the_token() -> None:
    """A member that cannot verify RS256 is kept: naming it is ``token-verification-failed``."""
    jwks = {"keys": [jwk_of(KEY_A.public_key(), "ins_a", alg="RS384"), JWK_B]}
    key = JwtKey.from_jwks(jwks)
    assert "ins_a" in key and len(key) == 2
    refused(mint(claims()), "token-verification-failed", jwks=key)
    accepted(mint(claims(), header(kid="ins_b"), key=KEY_B), jwks=key)


def test_duplicate_kid_in_jwks_is_refused() -> None:
    jwks = {"keys": [JWK_A, {**JWK_B, "kid": "ins_a"}]}
    refused(mint(claims()), "token-verification-failed", jwks=jwks)


def test_jwks_with_10000_keys() -> None:
    """Lookup by kid stays quick with a huge set (and the set parses in reasonable time)."""
    keys = [{**JWK_A, "kid": f"ins_{i:05d}"} for i in range(9_999)]
    keys.append({**JWK_B, "kid": "ins_last"})
    key = JwtKey.from_jwks({"keys": keys})
    assert len(key) == 10_000 and key.is_set
    assert "ins_last" in key and "ins_00000" in key and "ins_nope" not in key
    last = mint(claims(), header(kid="ins_last"), key=KEY_B)
    first = mint(claims(), header(kid="ins_00000"))
    for _ in range(50):
        accepted(last, jwks=key)
        accepted(first, jwks=key)
    refused(mint(claims(), header(kid="ins_nope")), "jwk-kid-mismatch", jwks=key)
    refused(mint(claims(), header(kid="ins_last")), "token-invalid-signature", jwks=key)


# ---------------------------------------------------------------------------------------------
# Tampering and encoding malleability


def test_tampered_payload() -> None:
    """invalid-tampered-payload: another payload under the original signature."""
    good = mint(claims())
    head, _, signature = good.split(".")
    forged_payload = segment(claims(sub="user_admin"))
    refused(f"{head}.{forged_payload}.{signature}", "token-invalid-signature")


def test_tampered_header() -> None:
    """invalid-tampered-header: the signature covers the received header segment."""
    good = mint(claims())
    _, payload, signature = good.split(".")
    for other in (header(kid="ins_b"), header(typ=_DROP), {"typ": "JWT", "alg": "RS256", "kid": "ins_a"}):
        refused(f"{segment(other)}.{payload}.{signature}", "token-invalid-signature")


def test_same_json_other_bytes_is_tampering() -> None:
    """The signature covers the raw segments, not the parsed JSON: re-serialising breaks it."""
    payload = claims()
    good = mint(payload)
    head, _, signature = good.split(".")
    spaced = b64url(json.dumps(payload, separators=(", ", ": ")).encode())
    refused(f"{head}.{spaced}.{signature}", "token-invalid-signature")


@pytest.mark.parametrize("variant", ["bitflip", "truncated", "extended", "empty", "other-key", "zero"])
def test_signature_tampering(variant: str) -> None:
    good = mint(claims())
    head, payload, signature = good.split(".")
    raw = b64url_decode_lenient(signature)
    changed = {
        "bitflip": raw[:100] + bytes([raw[100] ^ 1]) + raw[101:],
        "truncated": raw[:-1],
        "extended": raw + b"\x00",
        "empty": b"",
        "other-key": b64url_decode_lenient(mint(claims(), key=KEY_B).split(".")[2]),
        "zero": bytes(len(raw)),
    }[variant]
    refused(f"{head}.{payload}.{b64url(changed)}", "token-invalid-signature")


def _noncanonical(text: str) -> str:
    """The same bytes for a lenient decoder: a spare trailing bit of the last character set."""
    assert len(text) % 4 in (2, 3)
    last = B64URL_ALPHABET.index(text[-1])
    return text[:-1] + B64URL_ALPHABET[last ^ 1]


def _payload_with_trailing_bits() -> dict[str, Any]:
    payload = claims()
    while len(segment(payload)) % 4 not in (2, 3):
        payload["pad"] = payload.get("pad", "") + "x"
    return payload


def test_noncanonical_base64url_is_refused() -> None:
    """invalid-signature-noncanonical-base64url: the signature (256 bytes: 4 spare bits) and a
    payload segment re-encoded with a spare bit set decode to the same bytes leniently."""
    good = mint(_payload_with_trailing_bits())
    head, payload, signature = good.split(".")
    for seg in (signature, payload):
        assert b64url_decode_lenient(_noncanonical(seg)) == b64url_decode_lenient(seg)
    refused(f"{head}.{payload}.{_noncanonical(signature)}", "token-invalid")
    refused(f"{head}.{_noncanonical(payload)}.{signature}", "token-invalid")
    accepted(good)


def test_padded_base64url_is_refused() -> None:
    """invalid-payload-padded / policy-signature-padded."""
    good = mint(_payload_with_trailing_bits())
    head, payload, signature = good.split(".")
    pad = "=" * (-len(signature) % 4)
    assert pad
    refused(f"{head}.{payload}.{signature}{pad}", "token-invalid")
    refused(f"{head}.{payload}{'=' * (-len(payload) % 4)}.{signature}", "token-invalid")
    refused(f"{head}.{payload}.{signature}=", "token-invalid")


def test_standard_base64_alphabet_is_refused() -> None:
    head, payload, signature = next(
        parts
        for parts in (mint(claims(jti=str(i))).split(".") for i in range(100))
        if "-" in parts[2] or "_" in parts[2]
    )
    standard = signature.replace("-", "+").replace("_", "/")
    refused(f"{head}.{payload}.{standard}", "token-invalid")


# ---------------------------------------------------------------------------------------------
# Structure (§3.4 "structure": all token-invalid)


def _good_parts() -> tuple[str, str, str]:
    head, payload, signature = mint(claims()).split(".")
    return head, payload, signature


@pytest.mark.parametrize(
    "make",
    [
        lambda h, p, s: "",  # invalid-empty-string
        lambda h, p, s: f"{h}.{p}",  # invalid-two-segments
        lambda h, p, s: f"{h}.{p}.{s}.{s}",  # invalid-four-segments
        lambda h, p, s: f"{h}.{p}.{s}.{s}.{s}",  # invalid-five-segments-jwe-like
        lambda h, p, s: f"{h}{p}{s}",
        lambda h, p, s: "..",
        lambda h, p, s: f"{h}..{s}",
        lambda h, p, s: f"Bearer {h}.{p}.{s}",  # invalid-bearer-prefix
        lambda h, p, s: f"bearer.{h}.{p}",
        lambda h, p, s: f" {h}.{p}.{s}",
        lambda h, p, s: f"{h}.{p}.{s} ",
        lambda h, p, s: f"{h}.{p}.{s}\n",
        lambda h, p, s: f"{h}. {p}.{s}",  # invalid-whitespace-inside
        lambda h, p, s: f"{h}.{p[:10]} {p[10:]}.{s}",
        lambda h, p, s: f"{h}.{p}\t.{s}",
        lambda h, p, s: "null",  # invalid-literal-null
        lambda h, p, s: "!!!!.@@@@.####",  # invalid-not-base64
        lambda h, p, s: f"{h}.{p}.{s[:-1]}*",
        lambda h, p, s: f"{h}.{p}.{s}\x00",
        lambda h, p, s: f"{h}.{p}é.{s}",
    ],
    ids=[
        "empty",
        "two-segments",
        "four-segments",
        "five-segments",
        "no-dots",
        "only-dots",
        "empty-payload",
        "bearer-prefix",
        "bearer-segment",
        "leading-space",
        "trailing-space",
        "trailing-newline",
        "space-after-dot",
        "space-inside",
        "tab",
        "literal-null",
        "not-base64",
        "bad-char-in-signature",
        "nul",
        "non-ascii",
    ],
)
def test_malformed_structure(make: Any) -> None:
    head, payload, signature = _good_parts()
    refused(make(head, payload, signature), "token-invalid")


@pytest.mark.parametrize(
    ("token_header", "payload"),
    [
        (None, b'{"sub":"\xff\xfe","exp":1700000060}'),  # invalid-payload-not-utf8
        (b'{"alg":"RS256","kid":"\xc3\x28"}', claims()),  # header not UTF-8
        (None, b"[1,2,3]"),  # invalid-payload-json-array
        (b"[]", claims()),  # invalid-header-json-array
        (None, b"null"),
        (None, b'"a string"'),
        (None, b"42"),
        (None, b""),
        (b"", claims()),
        (None, b'{"sub":"u","exp":1700000060'),  # not JSON
        (b"not json", claims()),  # invalid-header-not-json
        (None, b'{"sub":"u","exp":1700000060} trailing'),
        (None, b'{"sub":"a","sub":"b","exp":1700000060}'),  # policy-duplicate-claim
        (None, b'{"sub":"u","exp":1700000060,"exp":1700009999}'),
        (None, b'{"sub":"u","exp":1700000060,"act":{"sub":"x","sub":"y"}}'),  # duplicate, nested
        (None, b'{"sub":"u","exp":1700000060,"list":[{"a":1,"a":2}]}'),
        (b'{"alg":"none","alg":"RS256"}', claims()),  # duplicate header member
        (b'{"alg":"RS256","kid":"ins_a","kid":"ins_b"}', claims()),
    ],
)
def test_undecodable_segments(token_header: bytes | None, payload: dict[str, Any] | bytes) -> None:
    token = mint(payload, token_header)
    refused(token, "token-invalid")
    refused(token, "token-invalid", jwks=JWKS)
    with pytest.raises(TokenVerificationError) as info:
        decode_jwt(token)
    assert info.value.reason == "token-invalid"


def test_duplicate_claim_message_names_the_claim() -> None:
    error = refused(mint(b'{"sub":"a","sub":"b","exp":1700000060}'), "token-invalid")
    assert "duplicate" in str(error) and '"sub"' in str(error)


def _nested(depth: int, kind: str) -> str:
    if kind == "array":
        return "[" * depth + "]" * depth
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize("kind", ["array", "object"])
def test_nesting_limit_is_128_levels(kind: str) -> None:
    """The top-level object is level 1: a claim holding 127 nested containers reaches level 128
    (accepted); 128 nested containers reach 129 (refused). policy-deeply-nested-claim (depth 200)
    and far deeper payloads are refused without a crash."""
    for depth, ok in ((1, True), (126, True), (127, True), (128, False), (200, False), (5_000, False)):
        payload = f'{{"sub":"u","exp":{NOW + 60},"deep":{_nested(depth, kind)}}}'.encode()
        token = mint(payload)
        if ok:
            assert accepted(token).raw["sub"] == "u"
        else:
            error = refused(token, "token-invalid")
            assert "128" in str(error)


def test_nesting_limit_applies_to_the_header() -> None:
    refused(mint(claims(), f'{{"alg":"RS256","x":{_nested(128, "array")}}}'.encode()), "token-invalid")
    accepted(mint(claims(), f'{{"alg":"RS256","x":{_nested(127, "array")}}}'.encode()))


def _token_of_length(length: int) -> str:
    """A valid token of exactly ``length`` bytes (a base64url segment is never 1 mod 4 long,
    so both the payload and the header are padded)."""
    overhead = len(mint(claims(fill=""), header(pad="")))
    start = (length - overhead) * 3 // 4 - 8
    for fill in range(start, start + 16):
        for more in range(3):
            token = mint(claims(fill="x" * fill), header(pad="p" * more))
            if len(token) == length:
                return token
    raise AssertionError(f"no token of exactly {length} bytes")


def test_size_cap_is_64_kib() -> None:
    """policy-large-token: 32 KiB is fine; the cap is 65,536 bytes, checked before decoding."""
    accepted(mint(claims(fill="x" * (32 * 1024))))
    at_cap = _token_of_length(65_536)
    assert accepted(at_cap).raw["sub"].startswith("user_")
    over = _token_of_length(65_537)
    error = refused(over, "token-invalid")
    assert "65536" in str(error)


def test_ten_megabyte_token_fails_fast() -> None:
    part = "A" * (10 * 1024 * 1024 // 3)
    token = f"{part}.{part}.{part}"
    for _ in range(5):
        refused(token, "token-invalid")
        with pytest.raises(TokenVerificationError) as info:
            decode_jwt(token)
        assert info.value.reason == "token-invalid"


def test_ten_megabyte_non_ascii_token_fails_fast() -> None:
    token = "é" * (5 * 1024 * 1024)
    refused(token, "token-invalid")


@pytest.mark.parametrize("token", [b"a.b.c", None, 1, ["a", "b", "c"], bytearray(b"a.b.c")])
def test_non_str_token_is_a_type_error(token: Any) -> None:
    must_be_str = f"^the token must be str, not {type(token).__name__}$"
    with pytest.raises(TypeError, match=must_be_str):
        verify_token(token, jwt_key=PEM_A)
    with pytest.raises(TypeError, match=must_be_str):
        decode_jwt(token)
    with pytest.raises(TypeError, match=must_be_str):
        verify_token(token)  # before the key is even resolved


# ---------------------------------------------------------------------------------------------
# PEM keys


def _single_line(pem: str) -> str:
    return f"-----BEGIN PUBLIC KEY-----{_pem_body(pem)}-----END PUBLIC KEY-----"


@pytest.mark.parametrize(
    "pem",
    [
        PEM_A,
        PEM_A.strip(),
        PEM_A.replace("\n", "\r\n"),  # valid-pem-crlf
        _single_line(PEM_A),  # valid-pem-single-line
        "-----BEGIN PUBLIC KEY-----\n" + _pem_body(PEM_A) + "\n-----END PUBLIC KEY-----",
        PEM_A.strip().replace("\n", "\\n"),  # policy-pem-escaped-newlines (env var)
        PEM_A.strip().replace("\n", "\\r\\n"),
        "\n\n   " + PEM_A + "   \n",
        PEM_A_PKCS1,  # policy-pem-pkcs1
        PEM_A_PKCS1.replace("\n", "\r\n"),
        PEM_A_PKCS1.strip().replace("\n", "\\n"),
    ],
    ids=[
        "spki",
        "stripped",
        "crlf",
        "single-line",
        "body-on-one-line",
        "escaped-newlines",
        "escaped-crlf",
        "surrounding-whitespace",
        "pkcs1",
        "pkcs1-crlf",
        "pkcs1-escaped",
    ],
)
def test_pem_variants_are_accepted(pem: str) -> None:
    key = JwtKey.from_pem(pem)
    assert not key.is_set and len(key) == 1 and key.kids == ()
    accepted(mint(claims()), jwt_key=pem)
    accepted(mint(claims()), jwt_key=key)
    refused(mint(claims(), key=KEY_B), "token-invalid-signature", jwt_key=key)


@pytest.mark.parametrize("pem", [PEM_4096, PEM_4096_PKCS1], ids=["spki", "pkcs1"])
def test_4096_bit_key_is_accepted(pem: str) -> None:
    """policy-rsa4096-pem: the reference's fixed-prefix PEM loader could not take it."""
    accepted(mint(claims(), key=KEY_4096), jwt_key=pem)
    refused(mint(claims()), "token-invalid-signature", jwt_key=pem)
    refused(mint(claims(), key=KEY_4096), "token-invalid-signature", jwt_key=PEM_A)


@pytest.mark.parametrize("pem", [PEM_1024, PEM_1024_PKCS1], ids=["spki", "pkcs1"])
def test_1024_bit_key_is_refused(pem: str) -> None:
    """policy-rsa1024-pem: keys under 2048 bits are refused with a TokenVerificationError."""
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_pem(pem)
    assert info.value.reason == "jwk-local-missing"
    assert "1024" in str(info.value) and "2048" in str(info.value)
    assert_secret_free(info.value)
    assert _pem_body(pem)[:40] not in str(info.value)
    error = refused(mint(claims()), "jwk-local-missing", jwt_key=pem)
    assert "2048" in str(error)


def test_1024_bit_key_refused_even_for_its_own_tokens() -> None:
    public = KEY_1024.public_key()
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    refused(mint(claims(), key=KEY_1024), "jwk-local-missing", jwt_key=pem)
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_jwk(jwk_of(public))
    assert info.value.reason == "jwk-local-missing"


@pytest.mark.parametrize(
    ("pem", "words"),
    [
        ("", "not a PEM"),
        (_pem_body(PEM_A), "not a PEM"),
        ('"' + PEM_A.strip().replace("\n", "\\n") + '"', "not a PEM"),
        (_read(JWT_FIXTURES / "rsa2048.key.pem"), "private key"),
        (_read(TOKEN_FIXTURES / "ec256.key.pem"), "private key"),
        ("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n", "certificate"),
        ("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "SubjectPublicKeyInfo"),
        ("-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n", "base64"),
        (PEM_A + "trailing junk", "after its END"),
        (PEM_A.replace("END PUBLIC KEY", "END RSA PUBLIC KEY"), "END PUBLIC KEY"),
        (PEM_A.replace("-----END PUBLIC KEY-----", ""), "END"),
    ],
    ids=[
        "empty",
        "no-armour",
        "quoted",
        "private-key",
        "ec-private-key",
        "certificate",
        "garbage-der",
        "bad-base64",
        "trailing-text",
        "mismatched-end",
        "no-end",
    ],
)
def test_unusable_pem_is_refused(pem: str, words: str) -> None:
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_pem(pem)
    assert info.value.reason == "jwk-local-missing"
    assert words in str(info.value)
    assert_secret_free(info.value)
    for line in pem.splitlines():
        if len(line) >= 20 and not line.startswith("-----"):
            assert line not in str(info.value)
    refused(mint(claims()), "jwk-local-missing", jwt_key=pem)


def test_ec_public_key_pem_is_refused() -> None:
    pem = (
        KEY_EC.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_pem(pem)
    assert info.value.reason == "jwk-local-missing"
    assert "not an RSA key" in str(info.value)


def test_jwt_key_of_wrong_type() -> None:
    with pytest.raises(TypeError, match=r"^jwt_key must be a PEM str or a JwtKey, not bytes$"):
        verify(mint(claims()), jwt_key=b"-----BEGIN PUBLIC KEY-----")
    with pytest.raises(TypeError, match=r"^jwks must be a dict, a JSON str or a JwtKey, not list$"):
        verify(mint(claims()), jwks=[JWK_A])
    with pytest.raises(TypeError, match=r"^the PEM key must be str, not NoneType$"):
        JwtKey.from_pem(None)  # type: ignore[arg-type]


def test_jwt_key_repr_shows_no_key_material() -> None:
    for key in (
        JwtKey.from_pem(PEM_A),
        JwtKey.from_pem(PEM_4096),
        JwtKey.from_jwk(JWK_A),
        JwtKey.from_jwks(JWKS),
    ):
        text = repr(key)
        assert text.startswith("<JwtKey ") and text.endswith(">")
        assert "{" not in text and "Some(" not in text and "RsaKey" not in text  # no Rust Debug output
        for material in (*KEY_MATERIAL, JWK_A["n"][:32], JWK_B["n"][:32], JWK_A["n"][-32:]):
            assert material not in text
    assert repr(JwtKey.from_pem(PEM_A)).startswith("<JwtKey RSA 2048 bits, kid=None, thumbprint='")
    assert "RSA 4096 bits" in repr(JwtKey.from_pem(PEM_4096))
    assert "'ins_a'" in repr(JwtKey.from_jwks(JWKS))
    assert repr(JwtKey.from_jwks(JWKS)).startswith(f"<JwtKey set of {len(JwtKey.from_jwks(JWKS))} keys: kids (")


# ---------------------------------------------------------------------------------------------
# JWK and JWK-set rules


@pytest.mark.parametrize("form", ["dict", "str"])
def test_from_jwk(form: str) -> None:
    key = JwtKey.from_jwk(JWK_A if form == "dict" else json.dumps(JWK_A))
    assert key.kids == ("ins_a",)
    assert "ins_a" in key and "ins_b" not in key and 5 not in key
    assert not key.is_set and len(key) == 1
    accepted(mint(claims()), jwt_key=key)
    refused(mint(claims(), key=KEY_B), "token-invalid-signature", jwt_key=key)


def test_from_jwk_minimal_members() -> None:
    jwk = {"kty": "RSA", "n": JWK_A["n"], "e": JWK_A["e"]}
    key = JwtKey.from_jwk(jwk)
    assert key.kids == ()
    accepted(mint(claims()), jwt_key=key)
    accepted(mint(claims()), jwt_key=JwtKey.from_jwk({**jwk, "key_ops": ["verify"]}))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"kty": "EC"}, "kty"),
        ({"kty": "oct"}, "kty"),
        ({"kty": "rsa"}, "kty"),
        ({"kty": None}, "kty"),
        ({"alg": "RS384"}, "alg"),
        ({"alg": "HS256"}, "alg"),
        ({"alg": "none"}, "alg"),
        ({"alg": "rs256"}, "alg"),
        ({"use": "enc"}, "use"),
        ({"key_ops": ["sign"]}, "key_ops"),
        ({"key_ops": "verify"}, "key_ops"),
        ({"d": "AQAB"}, "private"),
        ({"p": "AQAB"}, "private"),
        ({"q": "AQAB"}, "private"),
        ({"dp": "AQAB"}, "private"),
        ({"dq": "AQAB"}, "private"),
        ({"qi": "AQAB"}, "private"),
        ({"oth": []}, "private"),
        ({"kid": 5}, "kid"),
        ({"n": None}, "n"),
        ({"e": None}, "e"),
        ({"n": JWK_A["n"] + "="}, "base64url"),
        ({"n": JWK_A["n"].replace("-", "+").replace("_", "/") + "+"}, "base64url"),
        ({"e": "AQ AB"}, "base64url"),
        ({"n": "AQAB"}, "bits"),
    ],
)
def test_from_jwk_rules(change: dict[str, Any], words: str) -> None:
    jwk = dict(JWK_A)
    for name, value in change.items():
        if value is None:
            jwk.pop(name, None)
        else:
            jwk[name] = value
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_jwk(jwk)
    assert info.value.reason == "jwk-local-missing"
    assert words in str(info.value)
    assert_secret_free(info.value)
    # The same member inside a set makes that member unusable, not the set.
    member = {**jwk, "kid": "ins_bad"} if change != {"kid": 5} else jwk
    key = JwtKey.from_jwks({"keys": [member, JWK_B]})
    assert "ins_b" in key
    if change != {"kid": 5}:
        refused(mint(claims(), header(kid="ins_bad")), "token-verification-failed", jwks=key)


@pytest.mark.parametrize(
    "jwks",
    ["[1]", "{", "", {}, {"keys": {}}, {"keys": "x"}, {"keys": ["x"]}, {"keys": [1]}, {"key": [JWK_A]}, "null"],
)
def test_from_jwks_rules(jwks: Any) -> None:
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_jwks(jwks)
    assert info.value.reason == "jwk-local-missing"
    refused(mint(claims()), "jwk-local-missing", jwks=jwks)


def test_from_jwks_leaves_out_keys_without_a_string_kid() -> None:
    key = JwtKey.from_jwks({"keys": [{k: v for k, v in JWK_A.items() if k != "kid"}, JWK_B]})
    assert key.kids == ("ins_b",)
    assert len(key) == 1 and key.is_set
    empty = JwtKey.from_jwks({"keys": []})
    assert len(empty) == 0 and empty.kids == ()
    refused(mint(claims()), "jwk-kid-mismatch", jwks=empty)


@pytest.mark.parametrize("value", [5, b"{}", [JWK_A], None])
def test_from_jwk_and_jwks_argument_types(value: Any) -> None:
    with pytest.raises(TypeError, match=rf"^the JWKS must be a dict or str, not {type(value).__name__}$"):
        JwtKey.from_jwks(value)
    with pytest.raises(TypeError, match=rf"^the JWK must be a dict or str, not {type(value).__name__}$"):
        JwtKey.from_jwk(value)


# ---------------------------------------------------------------------------------------------
# Key resolution: no key, environment


def test_no_key_at_all() -> None:
    error = refused(mint(claims()), "jwk-failed-to-resolve", jwt_key=None)
    assert "CLERK_JWT_KEY" in str(error)
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint(claims()), now=NOW)
    assert info.value.reason == "jwk-failed-to-resolve"


def test_empty_env_values_count_as_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_JWT_KEY", "")
    monkeypatch.setenv("CLERK_SECRET_KEY", "")
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint(claims()), now=NOW)
    assert info.value.reason == "jwk-failed-to-resolve"


@pytest.mark.parametrize(
    "value", [PEM_A, PEM_A.strip().replace("\n", "\\n"), PEM_A_PKCS1], ids=["pem", "escaped", "pkcs1"]
)
def test_clerk_jwt_key_environment_fallback(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CLERK_JWT_KEY", value)
    assert verify_token(mint(claims()), now=NOW).sub.startswith("user_")
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint(claims(), key=KEY_B), now=NOW)
    assert info.value.reason == "token-invalid-signature"


def test_explicit_key_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_JWT_KEY", PEM_B)
    accepted(mint(claims()), jwt_key=PEM_A)
    accepted(mint(claims()), jwks=JWKS)
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint(claims()), now=NOW)
    assert info.value.reason == "token-invalid-signature"


def test_unusable_environment_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLERK_JWT_KEY", PEM_1024)
    with pytest.raises(TokenVerificationError) as info:
        verify_token(mint(claims()), now=NOW)
    assert info.value.reason == "jwk-local-missing"
    assert_secret_free(info.value)


# ---------------------------------------------------------------------------------------------
# decode_jwt


def test_decode_jwt_results() -> None:
    payload = claims(v=2)
    token = mint(payload)
    decoded = decode_jwt(token)
    assert isinstance(decoded, clerk_backend.DecodedJwt)
    head, body, signature = token.split(".")
    assert decoded.header == DEFAULT_HEADER
    assert decoded.payload == payload
    assert decoded.signature == b64url_decode_lenient(signature)
    assert len(decoded.signature) == 256
    assert (decoded.raw_header, decoded.raw_payload, decoded.raw_signature) == (head, body, signature)
    h, p, s, rh, rp, rs = decoded
    assert (h, p, s, rh, rp, rs) == tuple(decoded)
    assert decoded._fields == ("header", "payload", "signature", "raw_header", "raw_payload", "raw_signature")


def test_decode_jwt_does_not_verify() -> None:
    """Expired, unsigned, wrongly-signed or M2M tokens still decode: decoding is not trust."""
    for token in (
        mint(claims(exp=1)),
        f"{segment(header(alg='none'))}.{segment(claims())}.",
        mint(claims(), key=KEY_B),
        mint(claims(), header(cat="cl_B7d4PD333AAA", crit=["x"])),
        mint({"no": "sub"}),
    ):
        decoded = decode_jwt(token)
        assert decoded.raw_payload == token.split(".")[1]
    assert decode_jwt(f"{segment(header(alg='none'))}.{segment(claims())}.").signature == b""


def test_decode_jwt_keeps_json_types() -> None:
    payload = b'{"sub":"u","exp":1.5,"n":null,"t":true,"big":18446744073709551616,"l":[1,"x"],"o":{"k":{}}}'
    decoded = decode_jwt(mint(payload))
    assert decoded.payload == json.loads(payload)
    assert isinstance(decoded.payload["big"], int)
    assert decoded.payload["big"] == 2**64


@pytest.mark.parametrize(
    "token",
    ["", "a.b", "a.b.c.d", "!!.!!.!!", "e30.e30", f"{b64url(b'[]')}.e30.", f"e30.{b64url(b'null')}."],
)
def test_decode_jwt_errors(token: str) -> None:
    with pytest.raises(TokenVerificationError) as info:
        decode_jwt(token)
    assert info.value.reason == "token-invalid"
    assert str(info.value).startswith("Invalid JWT form.")


def test_decode_jwt_accepts_empty_objects() -> None:
    decoded = decode_jwt("e30.e30.")
    assert decoded == ({}, {}, b"", "e30", "e30", "")


# ---------------------------------------------------------------------------------------------
# Messages never contain the token's segments or key material


def test_messages_never_contain_segments_or_keys() -> None:
    """Every failure above already runs ``assert_secret_free``; this one checks the worst
    cases: long attacker-controlled claims are cut short, and no message echoes the token."""
    long_value = "Z" * 5000
    cases = [
        (mint(claims(azp=long_value)), {"authorized_parties": ["https://a"]}),
        (mint(claims(iss=long_value)), {"issuer": "https://a"}),
        (mint(claims(aud=long_value)), {"audience": "https://a"}),
        (mint(claims(exp=long_value)), {}),
        (mint(claims(sub=[long_value])), {}),
        (mint(claims(), header(kid=long_value)), {"jwks": JWKS}),
        (mint(claims(), header(alg=long_value)), {}),
        (mint(claims(), header(typ=long_value)), {}),
        (mint(claims(), key=KEY_B), {}),
    ]
    for token, options in cases:
        with pytest.raises(TokenVerificationError) as info:
            verify(token, **options)
        assert_secret_free(info.value, token)
        assert long_value[:200] not in str(info.value)
        assert len(str(info.value)) < 1000


def test_error_pickles_with_its_reason() -> None:
    with pytest.raises(TokenVerificationError) as info:
        verify(mint(claims(exp=1)))
    again = pickle.loads(pickle.dumps(info.value))
    assert isinstance(again, TokenVerificationError)
    assert again.reason == "token-expired"
    assert str(again) == str(info.value)
    assert isinstance(info.value, clerk_backend.ClerkError)


# ---------------------------------------------------------------------------------------------
# Clerk's own fixtures (clerk/javascript packages/backend/src/fixtures, verifyJwt.test.ts)


def test_clerk_fixture_mock_jwt_with_mock_jwks() -> None:
    iat, exp = CLERK["iat"], CLERK["exp"]
    for jwks in (CLERK["mock_jwks"], json.dumps(CLERK["mock_jwks"]), JwtKey.from_jwks(CLERK["mock_jwks"])):
        result = verify_token(CLERK["mock_jwt"], jwks=jwks, now=iat)
        assert result.sub == "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr"
        assert result.sid == "sess_2GbDB4enNdCa5vS1zpC3Xzg9tK9"
        assert result.azp == "https://accounts.inspired.puma-74.lcl.dev"
        assert result.iss == "https://clerk.inspired.puma-74.lcl.dev"
        assert (result.iat, result.exp, result.nbf) == (iat, exp, iat - 10)
        assert result.v is None and result.org_id is None
    assert decode_jwt(CLERK["mock_jwt"]).header["kid"] == "ins_2GIoQhbUpy0hX7B2cVkuTMinXoD"


def test_clerk_fixture_expiry_expectations() -> None:
    """exp + 1 s passes with the default skew, fails with skew 0; exp + 60 s fails."""
    jwks, exp = CLERK["mock_jwks"], CLERK["exp"]
    verify_token(CLERK["mock_jwt"], jwks=jwks, now=exp + 1)
    with pytest.raises(TokenVerificationError) as info:
        verify_token(CLERK["mock_jwt"], jwks=jwks, now=exp + 1, clock_skew_in_ms=0)
    assert info.value.reason == "token-expired"
    with pytest.raises(TokenVerificationError) as info:
        verify_token(CLERK["mock_jwt"], jwks=jwks, now=exp + 60)
    assert info.value.reason == "token-expired"


def test_clerk_fixture_authorized_parties() -> None:
    jwks, iat = CLERK["mock_jwks"], CLERK["iat"]
    verify_token(
        CLERK["mock_jwt"], jwks=jwks, now=iat, authorized_parties=["https://accounts.inspired.puma-74.lcl.dev"]
    )
    with pytest.raises(TokenVerificationError) as info:
        verify_token(
            CLERK["mock_jwt"], jwks=jwks, now=iat, authorized_parties=["https://accounts.inspired.puma-74.lcl.dev/"]
        )
    assert info.value.reason == "token-invalid-authorized-parties"


def test_clerk_fixture_signed_jwt_and_pem() -> None:
    iat = CLERK["iat"]
    pem = CLERK["pem_encoded_public_key"]
    assert verify_token(CLERK["signed_jwt"], jwt_key=pem, now=iat).sub == "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr"
    assert verify_token(CLERK["signed_jwt"], jwt_key=JwtKey.from_pem(pem), now=iat).sid.startswith("sess_")
    # Same kid, other key: the signatures must not cross.
    for token, options in (
        (CLERK["signed_jwt"], {"jwks": CLERK["mock_jwks"]}),
        (CLERK["mock_jwt"], {"jwt_key": pem}),
        (CLERK["mock_invalid_signature_jwt"], {"jwks": CLERK["mock_jwks"]}),
        (CLERK["mock_malformed_jwt"], {"jwks": CLERK["mock_jwks"]}),
    ):
        with pytest.raises(TokenVerificationError) as info:
            verify_token(token, now=iat, **options)
        assert info.value.reason == "token-invalid-signature"
        assert_secret_free(info.value, token)


def test_clerk_fixture_vectors_agree_with_pyjwt() -> None:
    """Each Clerk vector's verdict (signature only) matches PyJWT's."""
    pem = CLERK["pem_encoded_public_key"].encode()
    jwk = pyjwt.PyJWK(CLERK["mock_jwks"]["keys"][0]).key
    options: Any = {"verify_exp": False, "verify_nbf": False, "verify_iat": False}
    pyjwt.decode(CLERK["signed_jwt"], pem, algorithms=["RS256"], options=options)
    pyjwt.decode(CLERK["mock_jwt"], jwk, algorithms=["RS256"], options=options)
    for token in (CLERK["mock_invalid_signature_jwt"], CLERK["mock_malformed_jwt"]):
        with pytest.raises(pyjwt.InvalidSignatureError):
            pyjwt.decode(token, jwk, algorithms=["RS256"], options=options)


# ---------------------------------------------------------------------------------------------
# Differential test against PyJWT


class _FrozenDatetime(datetime):
    """``datetime`` whose ``now`` is the differential test's clock (PyJWT reads the clock there)."""

    clock: float = NOW

    @classmethod
    def now(cls, tz: Any = None) -> datetime:  # type: ignore[override]
        return datetime.fromtimestamp(cls.clock, tz or timezone.utc)


@pytest.fixture
def frozen_pyjwt(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_FrozenDatetime]]:
    monkeypatch.setattr(jwt.api_jwt, "datetime", _FrozenDatetime)
    _FrozenDatetime.clock = NOW
    yield _FrozenDatetime
    _FrozenDatetime.clock = NOW


PYJWT_TIME_ERRORS: dict[type[Exception], set[str]] = {
    pyjwt.ExpiredSignatureError: {"token-expired"},
    pyjwt.ImmatureSignatureError: {"token-not-active-yet", "token-iat-in-the-future"},
    pyjwt.InvalidSignatureError: {"token-invalid-signature"},
    pyjwt.InvalidAlgorithmError: {"token-invalid-algorithm"},
    pyjwt.InvalidTokenError: {"token-invalid"},  # PyJWT's plain error, e.g. for ``crit``
}


def _ours(token: str, public_pem: str, skew_ms: int, now: int) -> str | None:
    try:
        verify_token(token, jwt_key=public_pem, clock_skew_in_ms=skew_ms, now=now)
    except TokenVerificationError as error:
        return error.reason
    return None


def _theirs(token: str, public_key: Any, skew_ms: int, **options: Any) -> type[Exception] | None:
    try:
        pyjwt.decode(
            token,
            public_key,
            algorithms=["RS256"],
            leeway=skew_ms / 1000,
            options={"require": ["exp", "sub"], **options},
        )
    except pyjwt.InvalidTokenError as error:
        return type(error)
    return None


def _oracle(token_claims: dict[str, Any], skew_ms: int, now: int) -> str | None:
    """§0 rule 2, written out independently of both implementations."""
    now_ms = now * 1000
    if token_claims["exp"] * 1000 <= now_ms - skew_ms:
        return "token-expired"
    if "nbf" in token_claims and token_claims["nbf"] * 1000 > now_ms + skew_ms:
        return "token-not-active-yet"
    if "iat" in token_claims and token_claims["iat"] * 1000 > now_ms + skew_ms:
        return "token-iat-in-the-future"
    return None


def _differential_time_cases() -> list[tuple[dict[str, Any], int]]:
    cases: list[tuple[dict[str, Any], int]] = []
    for skew_ms in (0, 1000, 5000, 60_000):
        for offset in range(-7, 8):
            cases.append(({"sub": "u", "exp": NOW + offset}, skew_ms))
            cases.append(({"sub": "u", "exp": NOW + 3600, "nbf": NOW + offset}, skew_ms))
            cases.append(({"sub": "u", "exp": NOW + 3600, "iat": NOW + offset}, skew_ms))
        for offset in (-61, -60, -59, 59, 60, 61):
            cases.append(({"sub": "u", "exp": NOW + offset}, skew_ms))
            cases.append(({"sub": "u", "exp": NOW + 3600, "nbf": NOW + offset}, skew_ms))
    rng = random.Random(20261127)
    for _ in range(150):
        token_claims: dict[str, Any] = {"sub": "u", "exp": NOW + rng.randint(-8, 8)}
        if rng.random() < 0.7:
            token_claims["nbf"] = NOW + rng.randint(-8, 8)
        if rng.random() < 0.7:
            token_claims["iat"] = NOW + rng.randint(-8, 8)
        cases.append((token_claims, rng.choice((0, 1000, 3000, 5000, 7000))))
    return cases


def test_differential_time_rules_against_pyjwt(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """exp/nbf/iat with integer seconds and a skew equal to PyJWT's leeway: same verdict as
    PyJWT, the reason our independent oracle predicts, and a PyJWT error of the same kind."""
    public = KEY_A.public_key()
    checked = 0
    for token_claims, skew_ms in _differential_time_cases():
        token = mint(token_claims)
        expected = _oracle(token_claims, skew_ms, NOW)
        ours = _ours(token, PEM_A, skew_ms, NOW)
        theirs = _theirs(token, public, skew_ms)
        assert ours == expected, (token_claims, skew_ms)
        assert (theirs is None) == (expected is None), (token_claims, skew_ms, theirs)
        if theirs is not None:
            # PyJWT checks iat, nbf, exp in that order, we exp, nbf, iat: with several failing
            # rules the first ones differ, but PyJWT's error must name one of the failing rules.
            failing = {
                reason
                for name, reason in (
                    ("exp", "token-expired"),
                    ("nbf", "token-not-active-yet"),
                    ("iat", "token-iat-in-the-future"),
                )
                if name in token_claims and _oracle({"exp": NOW + 3600, name: token_claims[name]}, skew_ms, NOW)
            }
            assert PYJWT_TIME_ERRORS[theirs] & failing, (token_claims, skew_ms, theirs)
        checked += 1
    assert checked == len(_differential_time_cases()) > 350


def test_differential_clock_moves_against_pyjwt(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """One token, the clock moved across its exp / nbf boundaries."""
    public = KEY_A.public_key()
    token_claims = {"sub": "u", "exp": NOW + 60, "nbf": NOW - 10, "iat": NOW}
    token = mint(token_claims)
    for now in range(NOW - 20, NOW + 70):
        frozen_pyjwt.clock = now
        expected = _oracle(token_claims, 5000, now)
        assert _ours(token, PEM_A, 5000, now) == expected, now
        assert (_theirs(token, public, 5000) is None) == (expected is None), now


def test_differential_signatures_and_algorithms_against_pyjwt(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """Signature and algorithm cases: both refuse, with corresponding errors; both accept the
    valid ones."""
    public = KEY_A.public_key()
    good = mint(claims())
    head, payload, signature = good.split(".")
    raw = b64url_decode_lenient(signature)
    cases = {
        "valid": good,
        "valid-4096": mint(claims(), key=KEY_4096),
        "other-key": mint(claims(), key=KEY_B),
        "bitflip": f"{head}.{payload}.{b64url(raw[:-1] + bytes([raw[-1] ^ 0x80]))}",
        "tampered-payload": f"{head}.{segment(claims(sub='admin'))}.{signature}",
        "tampered-header": f"{segment(header(kid='x'))}.{payload}.{signature}",
        "none": f"{segment(header(alg='none'))}.{payload}.",
        "hs256-pem": mint(claims(), header(alg="HS256"), key=PEM_A.encode(), alg="HS256"),
        "rs384": mint(claims(), header(alg="RS384"), alg="RS384"),
        "rs512": mint(claims(), header(alg="RS512"), alg="RS512"),
        "ps256": mint(claims(), header(alg="PS256"), alg="PS256"),
        "es256": mint(claims(), header(alg="ES256"), key=KEY_EC, alg="ES256"),
        "crit-empty": mint(claims(), header(crit=[])),
        "crit-unknown": mint(claims(), header(crit=["x-unknown"], **{"x-unknown": 1})),
    }
    for name, token in cases.items():
        key, pem = (KEY_4096.public_key(), PEM_4096) if name == "valid-4096" else (public, PEM_A)
        ours = _ours(token, pem, 5000, NOW)
        theirs = _theirs(token, key, 5000, verify_aud=False)
        if name.startswith("valid"):
            assert ours is None and theirs is None, name
            continue
        assert ours is not None and theirs is not None, name
        assert ours in PYJWT_TIME_ERRORS[theirs], (name, ours, theirs)


# --- Deliberate differences from PyJWT: one test each ------------------------------------------


def test_difference_numeric_string_exp(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT ``int()``-coerces ``"exp": "1700000060"`` and accepts; we require a JSON number
    (as @clerk/backend does), vector invalid-exp-string."""
    token = mint({"sub": "u", "exp": str(NOW + 60)})
    assert _theirs(token, KEY_A.public_key(), 5000) is None
    assert _ours(token, PEM_A, 5000, NOW) == "token-verification-failed"


def test_difference_numeric_string_nbf_and_iat(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """The same for ``nbf`` and ``iat``: PyJWT accepts numeric strings, we refuse them."""
    for name in ("nbf", "iat"):
        token = mint({"sub": "u", "exp": NOW + 60, name: str(NOW)})
        assert _theirs(token, KEY_A.public_key(), 5000) is None
        assert _ours(token, PEM_A, 5000, NOW) == "token-verification-failed"


def test_difference_exp_not_required_by_pyjwt(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """With its default options PyJWT accepts a token without ``exp`` (invalid-exp-missing;
    the Python SDK inherits this); we require it."""
    token = mint({"sub": "u"})
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    assert _ours(token, PEM_A, 5000, NOW) == "token-verification-failed"


def test_difference_sub_not_required_by_pyjwt(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """With its default options PyJWT accepts a token without ``sub``; we require a string."""
    token = mint({"exp": NOW + 60})
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    assert _ours(token, PEM_A, 5000, NOW) == "token-verification-failed"


def test_difference_aud_without_configured_audience(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT refuses a token with ``aud`` when no audience is configured; we (like the
    reference) only check ``aud`` against a configured audience."""
    token = mint(claims(aud="https://api.example.com"))
    with pytest.raises(pyjwt.InvalidAudienceError):
        pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    assert _ours(token, PEM_A, 5000, NOW) is None


def test_difference_configured_audience_without_aud(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT requires ``aud`` when an audience is configured; the reference (and we) skip the
    check when the token has no ``aud``."""
    token = mint(claims())
    with pytest.raises(pyjwt.MissingRequiredClaimError):
        pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"], audience="api")
    accepted(token, audience="api")


def test_difference_typ(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT does not look at ``typ``; we require it absent or "JWT" (an ``at+jwt`` access
    token is not a session token)."""
    token = mint(claims(), header(typ="at+jwt"))
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    refused(token, "token-invalid")


def test_difference_m2m_category(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT knows nothing of Clerk's ``cat``; we refuse machine tokens (invalid-cat-m2m)."""
    token = mint(claims(), header(cat="cl_B7d4PD333AAA"))
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    refused(token, "token-invalid")


def test_difference_authorized_parties(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT has no ``azp`` check at all (clerk-backend-api adds its own); we refuse an ``azp``
    outside ``authorized_parties``."""
    token = mint(claims(azp="https://evil.example.com"))
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    refused(token, "token-invalid-authorized-parties", authorized_parties=["https://app.example.com"])


def test_difference_duplicate_claims(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT's ``json.loads`` keeps the last duplicate (``sub`` = "admin"); we refuse the token
    (policy-duplicate-claim)."""
    token = mint(b'{"sub":"user_1","sub":"admin","exp":1700000060}')
    assert pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])["sub"] == "admin"
    refused(token, "token-invalid")


def test_difference_padded_signature(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT accepts ``=`` padding on the signature segment; we require unpadded base64url
    (policy-signature-padded)."""
    good = mint(claims())
    padded = good + "=" * (-len(good.split(".")[2]) % 4)
    assert padded != good
    pyjwt.decode(padded, KEY_A.public_key(), algorithms=["RS256"])
    refused(padded, "token-invalid")


def test_difference_nesting_limit(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT parses claims nested 200 levels deep; we stop at 128 (policy-deeply-nested-claim)."""
    token = mint(f'{{"sub":"u","exp":{NOW + 60},"deep":{_nested(200, "array")}}}'.encode())
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    refused(token, "token-invalid")


def test_difference_size_cap(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT has no size cap; we refuse tokens over 64 KiB before decoding them."""
    token = mint(claims(fill="x" * 70_000))
    pyjwt.decode(token, KEY_A.public_key(), algorithms=["RS256"])
    refused(token, "token-invalid")


def test_difference_1024_bit_key(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """PyJWT verifies with a 1024-bit RSA key (at most a warning when asked to enforce a
    minimum); we refuse keys under 2048 bits (policy-rsa1024-pem)."""
    token = mint(claims(), key=KEY_1024)
    public = KEY_1024.public_key()
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert pyjwt.decode(token, public, algorithms=["RS256"])["sub"].startswith("user_")
    refused(token, "jwk-local-missing", jwt_key=pem)


def test_difference_fractional_exp_both_truncate(frozen_pyjwt: type[_FrozenDatetime]) -> None:
    """Not a difference, recorded because it looks like one: PyJWT ``int()``-truncates a float
    ``exp`` and we truncate like JavaScript's Date, so both refuse exp = NOW + 0.999 at NOW with
    no skew, and both accept exp = NOW + 1.5."""
    refused_token = mint({"sub": "u", "exp": NOW + 0.999})
    assert _theirs(refused_token, KEY_A.public_key(), 0) is pyjwt.ExpiredSignatureError
    assert _ours(refused_token, PEM_A, 0, NOW) == "token-expired"
    ok_token = mint({"sub": "u", "exp": NOW + 1.5})
    assert _theirs(ok_token, KEY_A.public_key(), 0) is None
    assert _ours(ok_token, PEM_A, 0, NOW) is None


# ---------------------------------------------------------------------------------------------
# Miscellaneous


@pytest.mark.parametrize(("bits", "ok"), [(2047, False), (2048, True), (3000, True), (8192, True), (8193, False)])
def test_key_size_limits(bits: int, ok: bool) -> None:
    """RSA moduli of 2048 to 8192 bits (jwt.rs MIN_KEY_BITS / MAX_KEY_BITS)."""
    n = random.Random(bits).getrandbits(bits) | (1 << (bits - 1)) | 1
    jwk = {"kty": "RSA", "n": b64url(n.to_bytes((bits + 7) // 8, "big")), "e": "AQAB"}
    if ok:
        assert f"RSA {bits} bits" in repr(JwtKey.from_jwk(jwk))
        refused(mint(claims()), "token-invalid-signature", jwt_key=JwtKey.from_jwk(jwk))
    else:
        with pytest.raises(TokenVerificationError) as info:
            JwtKey.from_jwk(jwk)
        assert info.value.reason == "jwk-local-missing"
        assert str(bits) in str(info.value)


@pytest.mark.parametrize(("e", "ok"), [(65537, True), (3, True), (1, False), (0, False), (2**64 + 1, False)])
def test_public_exponent(e: int, ok: bool) -> None:
    n = KEY_A.public_key().public_numbers().n
    jwk = {"kty": "RSA", "n": JWK_A["n"], "e": b64url(e.to_bytes(max(1, (e.bit_length() + 7) // 8), "big"))}
    assert n.bit_length() == 2048
    if ok:
        assert "RSA 2048 bits" in repr(JwtKey.from_jwk(jwk))
    else:
        with pytest.raises(TokenVerificationError) as info:
            JwtKey.from_jwk(jwk)
        assert info.value.reason == "jwk-local-missing"


def _with_exponent(private: Any, e: int) -> Any:
    """The same primes as ``private`` with public exponent ``e`` (coprime to lambda(n))."""
    numbers = private.private_numbers()
    p, q = numbers.p, numbers.q
    d = pow(e, -1, (p - 1) * (q - 1) // math.gcd(p - 1, q - 1))
    return rsa.RSAPrivateNumbers(
        p, q, d, rsa.rsa_crt_dmp1(d, p), rsa.rsa_crt_dmq1(d, q), rsa.rsa_crt_iqmp(p, q), rsa.RSAPublicNumbers(e, p * q)
    ).private_key()


@pytest.mark.parametrize(
    ("bits", "e"),
    [(2048, 3), (2048, 17), (2048, 2**33 - 3), (2056, 65537), (3000, 65537), (4096, 65537), (8192, 65537)],
)
def test_every_accepted_key_verifies_its_own_signatures(bits: int, e: int) -> None:
    """A key that JwtKey accepts is one the RSA check (ring) accepts too: a key that ring refused
    would only show as token-invalid-signature, so sizes that are not a multiple of 8 and the
    exponent bounds (3 to 2^33 - 1) are checked with real signatures here."""
    if bits == 2048:
        private = _with_exponent(KEY_A, e)
    elif bits == 4096:
        private = KEY_4096
    elif bits == 8192:  # OpenSSL's check of a private key this size takes seconds; it is a fixture
        pem_bytes = (JWT_FIXTURES / "rsa8192.key.pem").read_bytes()
        private = serialization.load_pem_private_key(pem_bytes, None, unsafe_skip_rsa_key_validation=True)
    else:
        private = rsa.generate_private_key(public_exponent=e, key_size=bits)
    public = private.public_key()
    assert (public.key_size, public.public_numbers().e) == (bits, e)
    pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    token = mint(claims(), key=private)
    for key in (JwtKey.from_pem(pem), JwtKey.from_jwk(jwk_of(public))):
        assert f"RSA {bits} bits" in repr(key)
        assert accepted(token, jwt_key=key).sub == claims()["sub"]
        signing_input, signature = token.rsplit(".", 1)
        flipped = bytearray(b64url_decode_lenient(signature))
        flipped[len(flipped) // 2] ^= 1
        refused(f"{signing_input}.{b64url(bytes(flipped))}", "token-invalid-signature", jwt_key=key)


@pytest.mark.parametrize(
    ("e", "message"),
    [(2**33 + 1, "public exponent too large"), (2**33 + 3, "public exponent too large"), (1, "exponent too small")],
)
def test_public_exponent_bounds(e: int, message: str) -> None:
    jwk = {"kty": "RSA", "n": JWK_A["n"], "e": b64url(e.to_bytes((e.bit_length() + 7) // 8, "big"))}
    with pytest.raises(TokenVerificationError) as info:
        JwtKey.from_jwk(jwk)
    assert info.value.reason == "jwk-local-missing"
    assert message in str(info.value)


def test_verify_token_is_exported() -> None:
    assert clerk_backend.verify_token is verify_token
    assert clerk_backend.decode_jwt is decode_jwt
    for name in ("verify_token", "decode_jwt", "authenticate_request", "JwtKey", "SessionClaims", "RequestState"):
        assert name in clerk_backend.__all__


def test_token_type_classification() -> None:
    """The core's classification (for authenticate_request, and for machine tokens later)."""
    from clerk_backend._native import _token_type

    assert _token_type(mint(claims())) == "session_token"
    assert _token_type(mint(claims(), header(cat="cl_B7d4PD111AAA"))) == "session_token"
    assert _token_type(mint(claims(), header(cat="cl_I7d4PD111III"))) == "session_token"
    assert _token_type(mint(claims(), header(cat="cl_B7d4PD222AAA"))) == "non_session_jwt"
    assert _token_type(mint(claims(), header(cat="cl_B7d4PD333AAA"))) == "non_session_jwt"
    assert _token_type(mint(claims(sub="mch_1"), header(cat="cl_B7d4PD333AAA"))) == "m2m_token"
    assert _token_type(mint(claims(sub="mch_1"))) == "m2m_token"
    assert _token_type(mint(claims(), header(typ="at+jwt"))) == "oauth_token"
    assert _token_type("ak_1") == "api_key"
    assert _token_type("mt_1") == "m2m_token"
    assert _token_type("oat_1") == "oauth_token"
    assert _token_type("garbage") == "session_token"  # verification refuses it as token-invalid


@pytest.mark.parametrize(
    ("token_claims", "token_header", "options"),
    [
        (claims(azp=_DROP), None, {"authorized_parties": ["https://app.example.com"]}),
        (claims(iss=_DROP), None, {"issuer": "https://clerk.example.com"}),
        (claims(sub=_DROP), None, {}),
        (claims(exp=_DROP), None, {}),
        (claims(), header(alg=_DROP), {}),
        (claims(), header(kid=_DROP), {"jwks": JWKS}),
    ],
    ids=["azp", "iss", "sub", "exp", "alg", "kid"],
)
def test_messages_say_missing_not_undefined(
    token_claims: dict[str, Any], token_header: dict[str, Any] | None, options: dict[str, Any]
) -> None:
    """A value the token leaves out is "(missing)" in the message, never JavaScript's `undefined`."""
    with pytest.raises(TokenVerificationError) as info:
        verify(mint(token_claims, token_header), **options)
    assert "undefined" not in str(info.value)
    assert "(missing)" in str(info.value) or info.value.reason in ("jwk-kid-mismatch", "token-invalid")
