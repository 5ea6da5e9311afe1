"""Regression tests for the findings of the fuzz harnesses (fuzz/python/, see fuzz/README.md).

Each test holds the minimal input a harness found, as a literal, and asserts the documented
behaviour. A test here fails until its finding is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import clerk_backend
from clerk_backend import JwtKey, TokenVerificationError, Webhook, WebhookVerificationError

JWT_FIXTURES = Path(__file__).parent / "fixtures" / "jwt"
KEY = JwtKey.from_pem((JWT_FIXTURES / "rsa2048.spki.pem").read_text(encoding="ascii"))

# Finding 1 (fuzz_tokens, fuzz_authenticate, fuzz_webhook_verify): a str holding a lone surrogate
# (U+D800..U+DFFF, which Python allows in a str but UTF-8 cannot encode) escapes as
# UnicodeEncodeError from the token, key and webhook-secret APIs. The model parsers already turn
# the same input into ParseError ("str is not valid Unicode"), and Webhook.verify turns such a
# body into WebhookVerificationError("invalid-payload"). Minimal input found: "\udcbf".
LONE_SURROGATE = "\udcbf"


@pytest.mark.parametrize(
    "token",
    [LONE_SURROGATE, "a.b" + LONE_SURROGATE + ".c", "eyJhbGciOiJSUzI1NiJ9." + LONE_SURROGATE + ".x"],
)
def test_decode_jwt_with_lone_surrogate_raises_token_verification_error(token: str) -> None:
    with pytest.raises(TokenVerificationError) as info:
        clerk_backend.decode_jwt(token)
    assert info.value.reason == "token-invalid"


@pytest.mark.parametrize("token", [LONE_SURROGATE, "a.b" + LONE_SURROGATE + ".c"])
def test_verify_token_with_lone_surrogate_raises_token_verification_error(token: str) -> None:
    with pytest.raises(TokenVerificationError):
        clerk_backend.verify_token(token, jwt_key=KEY, now=1_700_000_000)


@pytest.mark.parametrize(
    ("headers", "cookies"),
    [
        ({"authorization": "Bearer " + LONE_SURROGATE}, None),
        ({"cookie": "__session=" + LONE_SURROGATE}, None),
        ({}, {"__session": LONE_SURROGATE}),
    ],
)
def test_authenticate_request_with_lone_surrogate_token_is_signed_out(
    headers: dict[str, str], cookies: dict[str, str] | None
) -> None:
    # Documented: authenticate_request "never raises for a bad or missing token".
    state = clerk_backend.authenticate_request(headers, cookies=cookies, jwt_key=KEY, now=1_700_000_000)
    assert state.status == "signed-out"
    assert not state.is_signed_in


@pytest.mark.parametrize("parse", [JwtKey.from_pem, JwtKey.from_jwk, JwtKey.from_jwks])
def test_jwt_key_from_str_with_lone_surrogate_raises_jwk_local_missing(parse: object) -> None:
    # Documented: a PEM or JWK that cannot be used raises TokenVerificationError("jwk-local-missing").
    with pytest.raises(TokenVerificationError) as info:
        parse(LONE_SURROGATE)  # type: ignore[operator]
    assert info.value.reason == "jwk-local-missing"


def test_verify_token_with_lone_surrogate_pem_raises_jwk_local_missing() -> None:
    pem = "-----BEGIN PUBLIC KEY-----\n" + LONE_SURROGATE
    with pytest.raises(TokenVerificationError) as info:
        clerk_backend.verify_token("a.b.c", jwt_key=pem)
    assert info.value.reason == "jwk-local-missing"


@pytest.mark.parametrize("secret", ["whsec_" + LONE_SURROGATE, LONE_SURROGATE])
def test_webhook_secret_with_lone_surrogate_raises_invalid_secret(secret: str) -> None:
    # Documented: "nothing else is ever raised for a bad header, secret or body".
    with pytest.raises(WebhookVerificationError) as info:
        Webhook(secret)
    assert info.value.reason == "invalid-secret"


def test_verify_webhook_with_lone_surrogate_secret_raises_invalid_secret() -> None:
    headers = {"svix-id": "msg_1", "svix-timestamp": "1716883200", "svix-signature": "v1,x"}
    with pytest.raises(WebhookVerificationError) as info:
        clerk_backend.verify_webhook(b"{}", headers, signing_secret="whsec_" + LONE_SURROGATE, now=1716883200)
    assert info.value.reason == "invalid-secret"


# Finding 1, the model side (fuzz_models, fuzz_deserialize, fuzz_webhook_event, dict input): a
# dict holding a str with a lone surrogate is accepted, and the model then cannot be written out:
# to_json() raises UnicodeEncodeError. Documented: values that are not JSON raise ParseError at
# their path, and Model.from_json(m.to_json()) == m. Minimal input: json.loads('"\\ud800"') as
# the value of a string field.
@pytest.mark.parametrize(
    "parse",
    [
        clerk_backend.DeletedObject.from_json,
        clerk_backend.deserialize,
    ],
)
def test_dict_with_lone_surrogate_string_raises_parse_error(parse: object) -> None:
    with pytest.raises(clerk_backend.ParseError):
        parse({"object": "deleted", "id": "\ud800", "deleted": True})  # type: ignore[operator]


def test_dict_with_lone_surrogate_in_free_form_value_raises_parse_error() -> None:
    event = {
        "type": "brand.new",
        "object": "event",
        "timestamp": 1,
        "instance_id": "ins_1",
        "data": {"note": "\ud800"},
    }
    with pytest.raises(clerk_backend.ParseError):
        clerk_backend.WebhookEvent.from_json(event)


def test_dict_with_lone_surrogate_key_raises_parse_error() -> None:
    with pytest.raises(clerk_backend.ParseError):
        clerk_backend.DeletedObject.from_json({"object": "deleted", "id": "x", "deleted": True, "\udcbf": 1})


# Finding 2 (fuzz_tokens): decode_jwt raises ParseError instead of the documented
# TokenVerificationError("token-invalid") when the header or payload holds a number outside the
# float range. verify_token and authenticate_request already turn the same tokens into
# TokenVerificationError / signed-out. Minimal input: base64url('{"a":1e400}') + ".e30.AA".
@pytest.mark.parametrize(
    "token",
    [
        "eyJhIjoxZTQwMH0.e30.AA",  # header {"a":1e400}, payload {}
        "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1IiwiZXhwIjoxZTQwMH0.AA",  # payload {"sub":"u","exp":1e400}
    ],
)
def test_decode_jwt_with_number_out_of_float_range_raises_token_invalid(token: str) -> None:
    with pytest.raises(TokenVerificationError) as info:
        clerk_backend.decode_jwt(token)
    assert info.value.reason == "token-invalid"


@pytest.mark.parametrize("token", ["eyJhIjoxZTQwMH0.e30.AA", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1IiwiZXhwIjoxZTQwMH0.AA"])
def test_verify_token_with_number_out_of_float_range_raises_token_verification_error(token: str) -> None:
    with pytest.raises(TokenVerificationError):
        clerk_backend.verify_token(token, jwt_key=KEY, now=1_700_000_000)


# Found by the CI smoke run of fuzz_authenticate: an authorized party holding a lone surrogate
# reached the native layer and raised UnicodeEncodeError. It is a bad argument (no token claim
# can ever equal it), so it raises TypeError, as documented for bad arguments.
@pytest.mark.parametrize("option", ["authorized_parties", "audience", "issuer"])
def test_option_string_with_lone_surrogate_is_a_type_error(option: str) -> None:
    key = clerk_backend.JwtKey.from_pem(_regression_public_pem())
    with pytest.raises(TypeError, match="valid Unicode"):
        clerk_backend.verify_token("a.b.c", jwt_key=key, **{option: ["\ud841x"]})
    with pytest.raises(TypeError, match="valid Unicode"):
        clerk_backend.authenticate_request({"authorization": "Bearer a.b.c"}, jwt_key=key, **{option: ["\ud841x"]})


def _regression_public_pem() -> str:
    return (Path(__file__).parent / "fixtures" / "jwt" / "rsa2048.spki.pem").read_text(encoding="utf-8")


def test_wrongly_typed_claims_are_token_invalid_not_parse_error() -> None:
    """Found by fuzz_authenticate after the tolerant reader: a signed token whose `sid` is a bool made the
    strict claims parse raise ParseError out of verify_token and authenticate_request."""
    from clerk_backend.testing import TokenFactory

    factory = TokenFactory()
    token = factory.session_token("user_1", extra={"sid": True})
    with pytest.raises(TokenVerificationError) as info:
        clerk_backend.verify_token(token, jwt_key=factory.jwt_key)
    assert info.value.reason == "token-invalid"
    assert "SessionClaims.sid" in str(info.value)
    state = clerk_backend.authenticate_request({"Authorization": f"Bearer {token}"}, jwt_key=factory.jwt_key)
    assert state.status == "signed-out" and state.reason == "token-invalid"
