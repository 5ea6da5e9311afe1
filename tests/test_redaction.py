"""Credentials never print: every field that carries a token, ticket, code, key or secret is
hidden in ``repr`` (and so in the CLI's tree), yet reads normally and stays in ``to_dict()``.

Each model class declares its hidden fields once (``Secret<...>`` in ``src/models/*.rs``) and
exposes them as ``REDACTED_FIELDS``; ``DecodedJwt`` does the same in Python. The README's table
must list exactly those, and each one is checked with a sample value here.
"""

from __future__ import annotations

import ast
import contextlib
import json
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_cli import hidden_fields

import clerk_backend
from clerk_backend import cli

ROOT = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
README = ROOT / "README.md"
STUB = ROOT / "python" / "clerk_backend" / "_native.pyi"
REDACTED = "'<redacted>'"
TICKET = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJpbnZfMSJ9.TICKETsignature0DoNotLeak"
TICKET_URL = f"https://accounts.example.com/sign-up?__clerk_ticket={TICKET}"
OTP = "480213"


def model_classes() -> list[type]:
    """Every model class the package exports (webhook event subclasses included)."""
    names = vars(clerk_backend)  # not getattr: that would import the REST client
    return [
        cls
        for name in clerk_backend.__all__
        if isinstance(cls := names.get(name), type) and hasattr(cls, "from_json") and hasattr(cls, "__match_args__")
    ]


def declared() -> dict[str, frozenset[str]]:
    """Class name -> the fields it hides, from the declarations, for every class that hides any."""
    found: dict[str, frozenset[str]] = {}
    for cls in model_classes():
        if cls.REDACTED_FIELDS and not issubclass(cls, clerk_backend.WebhookEvent):
            found[cls.__name__] = cls.REDACTED_FIELDS
    found["DecodedJwt"] = clerk_backend.DecodedJwt.REDACTED_FIELDS
    return found


def annotations() -> dict[str, dict[str, str]]:
    """Class name -> property name -> its annotation, from the generated stub."""
    tree = ast.parse(STUB.read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            out[node.name] = {
                item.name: ast.unparse(item.returns)
                for item in node.body
                if isinstance(item, ast.FunctionDef) and item.returns is not None
            }
    return out


# ---------------------------------------------------------------------------------------------
# The leaks of issue 14, finding 7, one by one


def load(path: str) -> Any:
    return json.loads((FIXTURES / path).read_text(encoding="utf-8"))


def event(path: str, kind: str) -> dict[str, Any]:
    payload: dict[str, Any] = load(path)["examples"][kind]
    return payload


def assert_hidden(value: Any, *secrets: str) -> None:
    for text in (repr(value), str(value), cli.format_pretty(value) if hasattr(value, "to_dict") else ""):
        for secret in secrets:
            assert secret not in text, text


def test_invitation_urls_carry_a_ticket_and_do_not_print() -> None:
    invitation = clerk_backend.Invitation.from_json({**load("orgs/invitation.json"), "url": TICKET_URL})
    org_invitation = clerk_backend.OrganizationInvitation.from_json(
        {**load("orgs/organization_invitation.json"), "url": TICKET_URL}
    )
    entry = load("orgs/waitlist_entry.json")
    entry["invitation"]["url"] = TICKET_URL
    waitlist_entry = clerk_backend.WaitlistEntry.from_json(entry)
    created = event("examples/webhook-examples.json", "organizationInvitation.created")
    created["data"]["url"] = TICKET_URL
    webhook = clerk_backend.WebhookEvent.from_json(created)
    for model in (invitation, org_invitation, waitlist_entry, webhook):
        assert_hidden(model, TICKET, "__clerk_ticket")
    assert f"url={REDACTED}" in repr(invitation) and f"url={REDACTED}" in repr(waitlist_entry)
    assert invitation.url == org_invitation.url == webhook.data.url == TICKET_URL  # still readable
    assert waitlist_entry.invitation is not None and waitlist_entry.invitation.url == TICKET_URL
    assert invitation.to_dict()["url"] == TICKET_URL  # to_dict() keeps the real value


def test_one_time_codes_in_email_and_sms_do_not_print() -> None:
    email = event("misc/webhook_examples.json", "email.created")
    email["data"]["data"]["otp_code"] = OTP
    for key in ("subject", "body", "body_plain"):
        email["data"][key] = email["data"][key].replace("123456", OTP)
    sms = event("misc/webhook_examples.json", "sms.created")
    sms["data"]["message"] = sms["data"]["message"].replace("123456", OTP)
    sms["data"]["data"] = {"otp_code": OTP}
    email_event = clerk_backend.WebhookEvent.from_json(email)
    sms_event = clerk_backend.WebhookEvent.from_json(sms)
    for model in (email_event, email_event.data, sms_event, sms_event.data):
        assert_hidden(model, OTP)
    assert email_event.data.data["otp_code"] == OTP
    assert OTP in email_event.data.subject and OTP in email_event.data.body_plain
    assert OTP in sms_event.data.message
    assert email_event.to_dict()["data"]["data"]["otp_code"] == OTP
    assert "to_email_address='johndoe@acme.com'" in repr(email_event.data)  # the rest still prints


def test_decoded_jwt_repr_hides_the_token() -> None:
    token = (
        "eyJhbGciOiJSUzI1NiIsImtpZCI6Imluc18xIn0.eyJzdWIiOiJ1c2VyXzEiLCJzaWQiOiJzZXNzXzEifQ.c2lnbmF0dXJlMERvTm90TGVhaw"
    )
    decoded = clerk_backend.decode_jwt(token)
    header, payload, signature = token.split(".")
    assert_hidden(decoded, header, payload, signature, "signature0DoNotLeak", repr(decoded.signature))
    assert repr(decoded) == (
        "DecodedJwt(header={'alg': 'RS256', 'kid': 'ins_1'}, payload={'sub': 'user_1', 'sid': 'sess_1'}, "
        "signature='<redacted>', raw_header='<redacted>', raw_payload='<redacted>', raw_signature='<redacted>')"
    )
    assert (decoded.raw_header, decoded.raw_payload, decoded.raw_signature) == (header, payload, signature)
    assert decoded.signature == b"signature0DoNotLeak"
    assert isinstance(decoded, tuple) and decoded._fields[:2] == ("header", "payload")
    assert pickle.loads(pickle.dumps(decoded)) == decoded
    assert type(decoded._replace(signature=b"")) is clerk_backend.DecodedJwt


# ---------------------------------------------------------------------------------------------
# Every declared secret, with a sample value


def fixture_models() -> Iterator[Any]:
    """Every model found in the JSON fixtures, nested ones included."""

    def walk(value: Any) -> Iterator[Any]:
        if isinstance(value, (tuple, list)):
            for item in value:
                yield from walk(item)
        elif hasattr(type(value), "__match_args__") and hasattr(value, "to_dict"):
            yield value
            for name in type(value).__match_args__:
                yield from walk(getattr(value, name))

    for path in sorted(FIXTURES.glob("*/*.json")):
        if path.parent.name in ("openapi", "jwt"):
            continue
        stack = [json.loads(path.read_text(encoding="utf-8"))]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.values())
                if isinstance(item.get("object"), str):
                    with contextlib.suppress(clerk_backend.ParseError):
                        yield from walk(clerk_backend.deserialize(item))


def sample_value(annotation: str, secret: str) -> Any:
    if annotation.startswith("dict"):
        return {"otp_code": secret, "nested": {"ticket": secret}}
    if annotation.startswith("tuple"):
        return [f"__session={secret}; Path=/", secret]
    assert annotation.startswith("str"), annotation
    return secret


def secret_samples() -> Iterator[tuple[type, dict[str, Any], dict[str, str]]]:
    """(class, JSON with a sample secret in each hidden field, field -> that secret)."""
    bases: dict[str, dict[str, Any]] = {}
    for model in fixture_models():
        bases.setdefault(type(model).__name__, model.raw)
    types = annotations()
    for cls in model_classes():
        hidden = getattr(cls, "REDACTED_FIELDS", frozenset())  # collected even where it is missing
        if not hidden or issubclass(cls, clerk_backend.WebhookEvent):
            continue
        data = dict(bases.get(cls.__name__, {}))
        secrets = {}
        for name in sorted(hidden):
            secrets[name] = f"SAMPLE-{cls.__name__}-{name}-0DoNotLeak"
            data[name] = sample_value(types[cls.__name__][name], secrets[name])
        yield cls, data, secrets


SAMPLES = list(secret_samples())


def test_the_samples_cover_every_class_that_hides_a_field() -> None:
    assert {cls.__name__ for cls, _, _ in SAMPLES} == set(declared()) - {"DecodedJwt"}
    assert len(SAMPLES) >= 18


@pytest.mark.parametrize(("cls", "data", "secrets"), SAMPLES, ids=[cls.__name__ for cls, _, _ in SAMPLES])
def test_each_hidden_field_is_hidden_readable_and_kept(cls: Any, data: dict[str, Any], secrets: dict[str, str]) -> None:
    model = cls.from_json(data)
    again = cls.from_json(json.dumps(data))
    assert model == again
    for value in (model, again, pickle.loads(pickle.dumps(model))):
        text = repr(value)
        for name, secret in secrets.items():
            assert secret not in text
            assert f"{name}={REDACTED}" in text
            assert f"{name} = {REDACTED}" in cli.format_pretty(value)
            assert secret not in cli.format_pretty(value)
    for name in secrets:
        expected = data[name]
        got = getattr(model, name)
        assert (list(got) if isinstance(got, tuple) else got) == expected  # the property gives the value
        assert model.to_dict()[name] == expected  # to_dict keeps it
    assert cls.from_json(model.to_dict()) == model
    # A field that is None prints as None, not as a redaction.
    for name in secrets:
        if "| None" in annotations()[cls.__name__][name]:
            assert f"{name}=None" in repr(cls.from_json({**data, name: None}))


def test_nothing_but_the_declared_fields_is_hidden() -> None:
    assert SAMPLES
    for cls, data, _ in SAMPLES:
        shown = repr(cls.from_json(data))
        hidden = {name for name in cls.__match_args__ if f"{name}={REDACTED}" in shown}
        assert hidden == cls.REDACTED_FIELDS, cls.__name__


# ---------------------------------------------------------------------------------------------
# The declarations, the docstrings and the README agree


def test_every_model_class_declares_its_hidden_fields() -> None:
    for cls in model_classes():
        assert isinstance(cls.REDACTED_FIELDS, frozenset), cls.__name__
        assert set(cls.__match_args__) >= cls.REDACTED_FIELDS, cls.__name__
        # The docstring of each hidden property says so (the CLI tests use that as their oracle).
        assert hidden_fields(cls) == cls.REDACTED_FIELDS, cls.__name__


def readme_table() -> dict[str, frozenset[str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Secrets in `repr`", 1)[1].split("\n#", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", section, re.MULTILINE)
    assert rows, "no table in the README's secrets section"
    return {name: frozenset(re.findall(r"`(\w+)`", fields)) for name, fields in rows}


def test_the_readme_lists_exactly_the_declared_hidden_fields() -> None:
    assert readme_table() == declared()


# Names that sound like a credential but are not one (checked against the OpenAPI spec).
NOT_SECRET = {
    ("OAuthApplication", "token_fetch_url"): "the token endpoint's address",
    ("OAuthApplication", "token_introspection_url"): "the introspection endpoint's address",
    ("EnterpriseConnectionOauthConfig", "token_url"): "the identity provider's token endpoint",
    ("Verification", "nonce"): "a challenge for the user to sign, sent to the browser",
    ("BillingPaymentFailedReason", "code"): "the payment gateway's error code",
    ("BillingPaymentFailedReason", "decline_code"): "the card issuer's decline reason",
    ("BillingAppliedDiscount", "promo_code"): "a marketing code the payer typed in",
}
CREDENTIAL_NAME = re.compile(r"token|secret|ticket|jwt|otp|code|password|cookie|directive|nonce|claim_url|private_key")


def test_every_field_named_like_a_credential_is_hidden_or_known_not_to_be() -> None:
    """A guard for new declarations: a `token`/`secret`/`code`... string must be hidden, or listed here."""
    types = annotations()
    for cls in model_classes():
        for name in cls.__match_args__:
            annotation = types[cls.__name__].get(name, "")
            if not CREDENTIAL_NAME.search(name) or not re.search(r"\b(str|dict)\b", annotation):
                continue
            assert name in cls.REDACTED_FIELDS or (cls.__name__, name) in NOT_SECRET, (cls.__name__, name)
    for cls_name, name in NOT_SECRET:
        cls = getattr(clerk_backend, cls_name)
        assert name in cls.__match_args__ and name not in cls.REDACTED_FIELDS
