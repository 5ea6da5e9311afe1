"""clerk_backend.testing: the tokens it mints verify with its public key and say what was asked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import clerk_backend
from clerk_backend import SessionAuth, TokenVerificationError, authenticate_request, decode_jwt, verify_token
from clerk_backend.testing import TokenFactory

NOW = 1_761_300_000


@pytest.fixture(scope="module")
def tokens() -> TokenFactory:
    return TokenFactory()


def test_a_v2_session_token_verifies_and_decodes(tokens: TokenFactory) -> None:
    token = tokens.session_token(
        "user_42",
        session_id="sess_42",
        org_id="org_1",
        org_slug="acme",
        org_role="admin",
        org_permissions=["org:invoices:read", "org:invoices:write", "org:reports:read", "org:team:manage"],
        features=["u:chat", "o:reports"],
        plans=["o:pro", "u:free"],
        fva=(3, 12),
        now=NOW,
    )
    claims = verify_token(token, jwt_key=tokens.jwt_key, authorized_parties=["http://localhost:3000"], now=NOW)
    assert (claims.sub, claims.sid, claims.v, claims.sts) == ("user_42", "sess_42", 2, "active")
    assert claims.o is not None and "per" in claims.o and "org_permissions" not in claims.raw
    assert (claims.org_id, claims.org_slug, claims.org_role) == ("org_1", "acme", "org:admin")
    assert sorted(claims.org_permissions or ()) == sorted(
        ["org:invoices:read", "org:invoices:write", "org:reports:read", "org:team:manage"]
    )
    assert claims.exp - claims.iat == 60  # type: ignore[operator]
    auth = SessionAuth.from_claims(claims)
    assert auth.has(permission="invoices:write") and auth.has(permission="org:team:manage")
    assert not auth.has(permission="org:team:read")
    assert auth.has(role="org:admin", feature="chat", plan="o:pro")
    assert auth.has(feature="o:reports") and auth.has(feature="o:invoices")  # added for the permissions
    assert auth.has(reverification="moderate") and not auth.has(reverification="strict")
    assert decode_jwt(token).header == {"alg": "RS256", "kid": "ins_test", "typ": "JWT", "cat": "cl_B7d4PD111AAA"}


def test_a_v1_session_token(tokens: TokenFactory) -> None:
    token = tokens.session_token(
        version=1, org_id="org_1", org_role="member", org_permissions=["org:a:read"], sts="active", now=NOW
    )
    claims = verify_token(token, jwks=tokens.jwks, now=NOW)
    assert claims.v is None and claims.o is None
    assert claims.raw["org_permissions"] == ["org:a:read"] and claims.org_role == "org:member"
    auth = SessionAuth.from_claims(claims)
    assert auth.has(role="member", permission="a:read") and not auth.has(reverification="lax")


def test_each_key_form_verifies(tokens: TokenFactory) -> None:
    token = tokens.session_token(now=NOW)
    for options in ({"jwt_key": tokens.public_pem}, {"jwt_key": tokens.jwt_key}, {"jwks": tokens.jwks}):
        assert verify_token(token, now=NOW, **options).sub == "user_test"  # type: ignore[arg-type]


def test_another_factory_s_token_is_refused(tokens: TokenFactory) -> None:
    other = TokenFactory().session_token(now=NOW)
    with pytest.raises(TokenVerificationError) as info:
        verify_token(other, jwt_key=tokens.jwt_key, now=NOW)
    assert info.value.reason == "token-invalid-signature"


def test_expiry_pending_and_extra_claims(tokens: TokenFactory) -> None:
    with pytest.raises(TokenVerificationError) as info:
        verify_token(tokens.session_token(expires_in=-120, now=NOW), jwt_key=tokens.jwt_key, now=NOW)
    assert info.value.reason == "token-expired"
    pending = tokens.session_token(sts="pending", now=NOW)
    state = authenticate_request({"Authorization": f"Bearer {pending}"}, jwt_key=tokens.jwt_key, now=NOW)
    assert (state.status, state.reason) == ("signed-out", "session-token-pending")
    token = tokens.session_token(
        actor={"sub": "user_admin"}, extra={"email": "a@example.com", "sid": "sess_9"}, now=NOW
    )
    claims = verify_token(token, jwt_key=tokens.jwt_key, now=NOW)
    assert (claims.act, claims.raw["email"], claims.sid) == ({"sub": "user_admin"}, "a@example.com", "sess_9")


def test_bad_arguments_are_refused(tokens: TokenFactory) -> None:
    with pytest.raises(ValueError, match="org:<feature>:<permission>"):
        tokens.session_token(org_id="org_1", org_permissions=["read"])
    with pytest.raises(ValueError, match="need an org_id"):
        tokens.session_token(org_role="admin")
    with pytest.raises(ValueError, match="scoped"):
        tokens.session_token(features=["chat"])
    with pytest.raises(ValueError, match="version"):
        tokens.session_token(version=3)  # type: ignore[arg-type]


def test_machine_jwts(tokens: TokenFactory) -> None:
    m2m = decode_jwt(tokens.m2m_token("mch_1", scopes=["mch_2"], claims={"team": "a"}, now=NOW))
    assert m2m.header["cat"] == "cl_B7d4PD333AAA" and m2m.header["typ"] == "JWT"
    assert (m2m.payload["sub"], m2m.payload["aud"], m2m.payload["team"]) == ("mch_1", ["mch_2"], "a")
    assert m2m.payload["jti"].startswith("mt_") and m2m.payload["exp"] == NOW + 3600
    oauth = decode_jwt(tokens.oauth_token("user_1", scopes=["email", "profile"], audience="https://api.example.com"))
    assert oauth.header["typ"] == "at+jwt" and "cat" not in oauth.header
    assert (oauth.payload["scope"], oauth.payload["aud"], oauth.payload["client_id"]) == (
        "email profile",
        "https://api.example.com",
        "client_test",
    )
    assert oauth.payload["jti"].startswith("oat_")


def test_the_private_key_stays_inside(tokens: TokenFactory) -> None:
    assert repr(tokens) == "TokenFactory(kid='ins_test', issuer='https://clerk.test.invalid')"
    assert "PRIVATE" not in tokens.public_pem and set(tokens.jwks["keys"][0]) == {"kty", "kid", "use", "alg", "n", "e"}
    assert TokenFactory().public_pem != tokens.public_pem  # a fresh pair every time
    # No key material ships with the package.
    package = Path(clerk_backend.__file__).parent
    for path in package.rglob("*.py"):
        assert "PRIVATE KEY-----" not in path.read_text(encoding="utf-8"), path


def test_without_cryptography_the_error_says_what_to_install() -> None:
    code = (
        "import sys; sys.modules['cryptography'] = None\n"
        "from clerk_backend.testing import TokenFactory\n"
        "try:\n    TokenFactory()\nexcept ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "pip install cryptography" in out


def test_importing_the_package_does_not_import_cryptography() -> None:
    code = "import sys, clerk_backend, clerk_backend.testing; assert 'cryptography' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
