"""The rules for machine tokens in JWT form, checked against @clerk/backend 3.25.0's own answers.

The expected values were copied from running the reference's ``verifyMachineAuthToken`` (with a
``jwtKey``) on the same kinds of tokens. Signature and time checks belong to the token core and
are not repeated here: these functions take decoded claims.
"""

from __future__ import annotations

from typing import Any

import pytest

from clerk_backend import MachineTokenVerificationError, decode_jwt
from clerk_backend._machine_jwt import (
    check_machine_jwt_header,
    m2m_token_from_claims,
    machine_jwt_type,
    oauth_token_from_claims,
)
from clerk_backend.testing import TokenFactory

NOW = 1_796_657_746


@pytest.fixture(scope="module")
def tokens() -> TokenFactory:
    return TokenFactory()


def _decoded(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    jwt = decode_jwt(token)
    return jwt.header, jwt.payload


def test_the_kind_comes_from_sub_first_then_typ(tokens: TokenFactory) -> None:
    assert machine_jwt_type(*_decoded(tokens.m2m_token(now=NOW))) == "m2m_token"
    assert machine_jwt_type(*_decoded(tokens.oauth_token(now=NOW))) == "oauth_token"
    assert machine_jwt_type({"typ": "application/at+jwt"}, {"sub": "user_1"}) == "oauth_token"
    assert machine_jwt_type({"typ": "at+jwt"}, {"sub": "mch_1"}) == "m2m_token"  # sub wins
    assert machine_jwt_type(*_decoded(tokens.session_token(now=NOW))) is None
    assert machine_jwt_type({"typ": "JWT"}, {"sub": 5}) is None


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ({"alg": "RS256", "cat": "cl_B7d4PD333AAA", "typ": "JWT"}, None),
        ({"alg": "RS256"}, None),  # M2M JWTs from before the category rollout have no cat
        ({"alg": "RS256", "cat": "cl_B7d4PD111AAA"}, "token-invalid"),  # a session token's category
        ({"alg": "RS256", "cat": "cl_B7d4PD222AAA"}, "token-invalid"),  # a JWT template's
        ({"alg": "RS256", "typ": "at+jwt"}, "token-verification-failed"),
    ],
)
def test_m2m_header(header: dict[str, Any], reason: str | None) -> None:
    if reason is None:
        check_machine_jwt_header("m2m_token", header)
        return
    with pytest.raises(MachineTokenVerificationError) as info:
        check_machine_jwt_header("m2m_token", header)
    assert info.value.reason == reason
    if reason == "token-invalid":
        assert str(info.value) == "Invalid M2M JWT category."


def test_oauth_header() -> None:
    check_machine_jwt_header("oauth_token", {"typ": "at+jwt"})
    check_machine_jwt_header("oauth_token", {"typ": "application/at+jwt"})
    with pytest.raises(MachineTokenVerificationError) as info:
        check_machine_jwt_header("oauth_token", {"typ": "JWT"})
    assert info.value.reason == "token-verification-failed"


def test_m2m_model_as_the_reference_builds_it(tokens: TokenFactory) -> None:
    _, claims = _decoded(tokens.m2m_token("mch_1", scopes=["mch_2", "mch_3"], claims={"team": "a"}, token_id="mt_abc"))
    claims.update(iat=NOW, exp=NOW + 3600, nbf=NOW - 10)
    token = m2m_token_from_claims(claims, now=NOW)
    # Reference: id mt_abc, scopes from aud, claims keep aud (it is not reserved), times in ms.
    assert (token.id, token.subject, token.scopes) == ("mt_abc", "mch_1", ("mch_2", "mch_3"))
    assert token.claims == {"aud": ["mch_2", "mch_3"], "team": "a"}
    assert (token.revoked, token.expired, token.revocation_reason) == (False, False, None)
    assert (token.expiration, token.created_at, token.updated_at) == (1796661346000, 1796657746000, 1796657746000)

    # A space-separated scopes claim wins over aud; both stay in claims.
    scoped = {"iss": "x", "sub": "mch_9", "jti": "mt_s", "iat": NOW, "exp": NOW + 60, "scopes": "a b", "aud": ["z"]}
    token = m2m_token_from_claims(scoped, now=NOW)
    assert (token.id, token.scopes, token.claims) == ("mt_s", ("a", "b"), {"scopes": "a b", "aud": ["z"]})

    bare = m2m_token_from_claims({"sub": "mch_7", "iat": NOW, "exp": NOW + 60}, now=NOW)
    assert (bare.id, bare.scopes, bare.claims) == ("", (), None)


def test_expired_counts_the_clock_skew() -> None:
    claims = {"sub": "mch_7", "iat": NOW - 100, "exp": NOW - 2}
    assert m2m_token_from_claims(claims, now=NOW).expired is False  # within the 5 s skew, as the reference
    assert m2m_token_from_claims(claims, now=NOW, clock_skew_in_ms=1000).expired is True


def test_oauth_model_as_the_reference_builds_it(tokens: TokenFactory) -> None:
    _, claims = _decoded(
        tokens.oauth_token(
            "user_1", client_id="cl_1", scopes=["email", "profile"], audience=["https://api", "b"], token_id="oat_x"
        )
    )
    claims.update(iat=NOW, exp=NOW + 3600)
    token = oauth_token_from_claims(claims, now=NOW)
    assert (token.id, token.client_id, token.type, token.subject) == ("oat_x", "cl_1", "oauth_token", "user_1")
    assert (token.scopes, token.aud, token.act) == (("email", "profile"), ("https://api", "b"), None)
    assert (token.expiration, token.created_at) == (1796661346000, 1796657746000)
    assert oauth_token_from_claims(claims, audience=["https://api"], now=NOW).id == "oat_x"

    actor = {"sub": "user_admin", "iss": "i", "extra": 1, "act": {"sub": "s2", "act": {"sub": "s3"}}}
    other = {"sub": "user_2", "iat": NOW, "exp": NOW + 60, "scp": ["r", "w"], "scope": "ignored", "aud": "one"}
    token = oauth_token_from_claims({**other, "act": actor}, now=NOW)
    assert (token.id, token.client_id, token.scopes, token.aud) == ("", "", ("r", "w"), ("one",))
    assert token.act == {"iss": "i", "sub": "user_admin", "act": {"sub": "s2"}}  # one nested level, sub/iss only
    assert oauth_token_from_claims({**other, "act": {"iss": "i"}}, now=NOW).act is None  # no sub: no actor


@pytest.mark.parametrize(
    ("aud", "audience", "message"),
    [
        (["https://api", "b"], ["nope"], "audience mismatch"),
        ("one", ["https://api"], "audience mismatch"),
        (None, ["https://api"], "Invalid OAuth audience claim"),
        (["a", ""], ["a"], "Invalid OAuth audience claim"),
    ],
)
def test_oauth_audience_failures(aud: Any, audience: list[str], message: str) -> None:
    claims: dict[str, Any] = {"sub": "user_2", "iat": NOW, "exp": NOW + 60}
    if aud is not None:
        claims["aud"] = aud
    with pytest.raises(MachineTokenVerificationError) as info:
        oauth_token_from_claims(claims, audience=audience, now=NOW)
    assert info.value.reason == "token-verification-failed" and message in str(info.value)
    # Without an expected audience (or only empty ones), aud is not looked at.
    assert oauth_token_from_claims(claims, audience=["", ""], now=NOW).subject == "user_2"
