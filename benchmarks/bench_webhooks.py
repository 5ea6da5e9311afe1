"""Benchmark verifying and parsing a Clerk ``user.created`` webhook into typed objects.

Times ``clerk_backend.Webhook.verify`` (signature check + typed ``UserEvent``),
``clerk_backend.WebhookEvent.from_json`` (parse only) and ``clerk_backend.User.from_json`` next to
svix's ``Webhook.verify`` alone and followed by ``json.loads``, a msgspec typed decode or a pydantic v2
``model_validate_json``, and next to ``orjson.loads`` and ``msgspec.json.decode`` on their own, all in one
process on the same bytes. Prints a Markdown table of timings and ratios, and the memory each parsed event
keeps alive (``tracemalloc``).

This is a standalone script, not a test::

    python benchmarks/bench_webhooks.py [--quick] [--payload PATH]

Requires ``clerk_backend`` (installed/built), ``svix``, ``pydantic`` (v2), ``msgspec`` and ``orjson``.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import (  # shared with the other scripts
    Runner,
    cpu_model,
    dist_version,
    fmt_ratio,
    fmt_us,
    md_table,
)

try:
    import msgspec
    import orjson
    import pydantic
    import svix.webhooks
except ImportError as exc:
    print(
        f"error: missing benchmark dependency {(exc.name or str(exc)).split('.')[0]!r}. "
        "Install it with: pip install svix pydantic msgspec orjson (or pip install -r requirements-bench.txt)",
        file=sys.stderr,
    )
    sys.exit(2)

if not pydantic.VERSION.startswith("2."):
    print(
        f"error: pydantic v2 is required, found {pydantic.VERSION}. Install it with: pip install 'pydantic>=2'",
        file=sys.stderr,
    )
    sys.exit(2)

try:
    import clerk_backend
except ImportError as exc:
    print(
        f"error: cannot import clerk_backend ({exc}). Build/install it first (e.g. `maturin develop --release`).",
        file=sys.stderr,
    )
    sys.exit(2)

for _name in ("Webhook", "WebhookEvent", "UserEvent", "User"):
    if not hasattr(clerk_backend, _name):
        print(
            f"error: this clerk_backend build has no {_name!r}: it predates webhook support. "
            "Rebuild it (e.g. `bash scripts/bench.sh`).",
            file=sys.stderr,
        )
        sys.exit(2)

DEFAULT_PAYLOAD = Path(__file__).resolve().parent / "data" / "user_created.json"
# A fixed test secret (the example secret of the Svix documentation); never a real one.
SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
MSG_ID = "msg_2xK9mQvR7tLpN4wZbC8dYhF3sJe"
MEMORY_EVENTS = 500  # parsed events kept alive at once when measuring retained memory


# --- msgspec peers: the same fields clerk_backend keeps for the event and its User (unknown keys are ignored) -----
# msgspec and pydantic evaluate these annotations at runtime, so the script needs Python >= 3.10.
# Defaults follow clerk_backend's documented ones for absent keys; the payload has every key anyway.


class VerificationStruct(msgspec.Struct, kw_only=True):
    status: str
    strategy: str
    external_verification_redirect_url: str | None = None
    attempts: int | None = None
    expire_at: int | None = None
    nonce: str | None = None
    message: str | None = None
    verified_at_client: str | None = None


class IdentificationLinkStruct(msgspec.Struct, kw_only=True):
    id: str
    type: str


class EmailAddressStruct(msgspec.Struct, kw_only=True):
    id: str
    email_address: str
    verification: VerificationStruct | None = None
    linked_to: tuple[IdentificationLinkStruct, ...] = ()


class PhoneNumberStruct(msgspec.Struct, kw_only=True):
    id: str
    phone_number: str
    reserved_for_second_factor: bool | None = None
    default_second_factor: bool | None = None
    verification: VerificationStruct | None = None
    linked_to: tuple[IdentificationLinkStruct, ...] = ()


class Web3WalletStruct(msgspec.Struct, kw_only=True):
    id: str
    web3_wallet: str
    verification: VerificationStruct | None = None


class ExternalAccountStruct(msgspec.Struct, kw_only=True):
    id: str
    provider: str
    provider_user_id: str
    identification_id: str
    approved_scopes: str
    email_address: str
    first_name: str
    last_name: str
    image_url: str = ""
    username: str | None = None
    phone_number: str | None = None
    public_metadata: dict[str, Any] | None = msgspec.field(default_factory=dict)
    label: str | None = None
    verification: VerificationStruct | None = None
    external_account_id: str | None = None


class EnterpriseAccountConnectionStruct(msgspec.Struct, kw_only=True):
    id: str
    active: bool
    allow_idp_initiated: bool
    allow_subdomains: bool
    disable_additional_identifications: bool
    domain: str | None = None
    logo_public_url: str | None = None
    name: str
    protocol: str
    provider: str
    sync_user_attributes: bool
    created_at: int
    updated_at: int


class EnterpriseAccountStruct(msgspec.Struct, kw_only=True):
    id: str
    active: bool
    email_address: str
    enterprise_connection: EnterpriseAccountConnectionStruct | None = None
    first_name: str | None = None
    last_name: str | None = None
    protocol: str | None = None
    provider: str
    provider_user_id: str | None = None
    public_metadata: dict[str, Any] | None = msgspec.field(default_factory=dict)
    verification: VerificationStruct | None = None
    last_authenticated_at: int | None = None
    enterprise_connection_id: str | None = None


class UserStruct(msgspec.Struct, kw_only=True):
    id: str
    password_enabled: bool
    totp_enabled: bool
    backup_code_enabled: bool
    two_factor_enabled: bool
    banned: bool
    locked: bool
    created_at: int
    updated_at: int
    image_url: str | None = None
    has_image: bool
    primary_email_address_id: str | None = None
    primary_phone_number_id: str | None = None
    primary_web3_wallet_id: str | None = None
    last_sign_in_at: int | None = None
    external_id: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    public_metadata: dict[str, Any] | None = msgspec.field(default_factory=dict)
    private_metadata: dict[str, Any] | None = msgspec.field(default_factory=dict)
    unsafe_metadata: dict[str, Any] | None = msgspec.field(default_factory=dict)
    email_addresses: tuple[EmailAddressStruct, ...] = ()
    phone_numbers: tuple[PhoneNumberStruct, ...] = ()
    web3_wallets: tuple[Web3WalletStruct, ...] = ()
    external_accounts: tuple[ExternalAccountStruct, ...] = ()
    enterprise_accounts: tuple[EnterpriseAccountStruct, ...] = ()
    last_active_at: int | None = None
    create_organization_enabled: bool
    create_organizations_limit: int | None = None
    delete_self_enabled: bool
    legal_accepted_at: int | None = None
    locale: str | None = None
    timezone: str | None = None
    deprovisioned: bool | None = False


class HttpRequestStruct(msgspec.Struct, kw_only=True):
    client_ip: str | None = None
    user_agent: str | None = None


class EventAttributesStruct(msgspec.Struct, kw_only=True):
    http_request: HttpRequestStruct | None = None


class UserEventStruct(msgspec.Struct, kw_only=True):
    type: str
    object: str = "event"
    data: UserStruct
    event_attributes: EventAttributesStruct | None = None
    timestamp: int
    instance_id: str


# --- pydantic v2 peers: the same shape, written by hand (unknown keys are ignored, pydantic's default) ------------


class VerificationModel(pydantic.BaseModel):
    status: str
    strategy: str
    external_verification_redirect_url: str | None = None
    attempts: int | None = None
    expire_at: int | None = None
    nonce: str | None = None
    message: str | None = None
    verified_at_client: str | None = None


class IdentificationLinkModel(pydantic.BaseModel):
    id: str
    type: str


class EmailAddressModel(pydantic.BaseModel):
    id: str
    email_address: str
    verification: VerificationModel | None = None
    linked_to: tuple[IdentificationLinkModel, ...] = ()


class PhoneNumberModel(pydantic.BaseModel):
    id: str
    phone_number: str
    reserved_for_second_factor: bool | None = None
    default_second_factor: bool | None = None
    verification: VerificationModel | None = None
    linked_to: tuple[IdentificationLinkModel, ...] = ()


class Web3WalletModel(pydantic.BaseModel):
    id: str
    web3_wallet: str
    verification: VerificationModel | None = None


class ExternalAccountModel(pydantic.BaseModel):
    id: str
    provider: str
    provider_user_id: str
    identification_id: str
    approved_scopes: str
    email_address: str
    first_name: str
    last_name: str
    image_url: str = ""
    username: str | None = None
    phone_number: str | None = None
    public_metadata: dict[str, Any] | None = {}
    label: str | None = None
    verification: VerificationModel | None = None
    external_account_id: str | None = None


class EnterpriseAccountConnectionModel(pydantic.BaseModel):
    id: str
    active: bool
    allow_idp_initiated: bool
    allow_subdomains: bool
    disable_additional_identifications: bool
    domain: str | None = None
    logo_public_url: str | None = None
    name: str
    protocol: str
    provider: str
    sync_user_attributes: bool
    created_at: int
    updated_at: int


class EnterpriseAccountModel(pydantic.BaseModel):
    id: str
    active: bool
    email_address: str
    enterprise_connection: EnterpriseAccountConnectionModel | None = None
    first_name: str | None = None
    last_name: str | None = None
    protocol: str | None = None
    provider: str
    provider_user_id: str | None = None
    public_metadata: dict[str, Any] | None = {}
    verification: VerificationModel | None = None
    last_authenticated_at: int | None = None
    enterprise_connection_id: str | None = None


class UserModel(pydantic.BaseModel):
    id: str
    password_enabled: bool
    totp_enabled: bool
    backup_code_enabled: bool
    two_factor_enabled: bool
    banned: bool
    locked: bool
    created_at: int
    updated_at: int
    image_url: str | None = None
    has_image: bool
    primary_email_address_id: str | None = None
    primary_phone_number_id: str | None = None
    primary_web3_wallet_id: str | None = None
    last_sign_in_at: int | None = None
    external_id: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    public_metadata: dict[str, Any] | None = {}
    private_metadata: dict[str, Any] | None = {}
    unsafe_metadata: dict[str, Any] | None = {}
    email_addresses: tuple[EmailAddressModel, ...] = ()
    phone_numbers: tuple[PhoneNumberModel, ...] = ()
    web3_wallets: tuple[Web3WalletModel, ...] = ()
    external_accounts: tuple[ExternalAccountModel, ...] = ()
    enterprise_accounts: tuple[EnterpriseAccountModel, ...] = ()
    last_active_at: int | None = None
    create_organization_enabled: bool
    create_organizations_limit: int | None = None
    delete_self_enabled: bool
    legal_accepted_at: int | None = None
    locale: str | None = None
    timezone: str | None = None
    deprovisioned: bool | None = False


class HttpRequestModel(pydantic.BaseModel):
    client_ip: str | None = None
    user_agent: str | None = None


class EventAttributesModel(pydantic.BaseModel):
    http_request: HttpRequestModel | None = None


class UserEventModel(pydantic.BaseModel):
    type: str
    object: str = "event"
    data: UserModel
    event_attributes: EventAttributesModel | None = None
    timestamp: int
    instance_id: str


# --- timing helpers -----------------------------------------------------------------------------------------------


# --- environment --------------------------------------------------------------------------------------------------


def environment_lines() -> list[str]:
    return [
        f"- Python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        f"- Platform: {platform.platform()}",
        f"- CPU: {cpu_model()}",
        (
            f"- clerk_backend {getattr(clerk_backend, '__version__', '?')}, svix {dist_version('svix')}, "
            f"pydantic {pydantic.VERSION}, msgspec {msgspec.__version__}, orjson {orjson.__version__}"
        ),
    ]


# --- payload and headers ------------------------------------------------------------------------------------------


def load_payload(path: Path) -> tuple[bytes, bytes]:
    """Return the compact JSON bytes of the whole envelope (the request body) and of its ``data`` object."""
    try:
        envelope = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        sys.exit(f"error: cannot read payload {path}: {exc}")
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if not isinstance(data, dict) or envelope.get("type") not in ("user.created", "user.updated"):
        sys.exit(f"error: {path} is not a user.created / user.updated webhook envelope with a `data` object")
    compact = (",", ":")
    return json.dumps(envelope, separators=compact).encode(), json.dumps(data, separators=compact).encode()


def signed_headers(hook: clerk_backend.Webhook, body: bytes) -> dict[str, str]:
    """The three Svix headers for ``body``, stamped now (``Webhook.verify`` allows 5 minutes either way)."""
    timestamp = int(time.time())
    return {
        "svix-id": MSG_ID,
        "svix-timestamp": str(timestamp),
        "svix-signature": hook.sign(MSG_ID, timestamp, body),
    }


def first_difference(ours: Any, peer: Any, path: str = "event") -> str | None:
    """Where two JSON-shaped values first differ, or ``None`` when they are equal."""
    if isinstance(ours, dict) and isinstance(peer, dict):
        if ours.keys() != peer.keys():
            return (
                f"{path}: keys differ (only ours: {sorted(ours.keys() - peer.keys())}, "
                f"only peer: {sorted(peer.keys() - ours.keys())})"
            )
        for key in ours:
            found = first_difference(ours[key], peer[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(ours, list) and isinstance(peer, list):
        if len(ours) != len(peer):
            return f"{path}: {len(ours)} items vs {len(peer)}"
        for i, (a, b) in enumerate(zip(ours, peer)):
            found = first_difference(a, b, f"{path}[{i}]")
            if found:
                return found
        return None
    return None if ours == peer and type(ours) is type(peer) else f"{path}: {ours!r} vs {peer!r}"


def check_parsers(body: bytes, data: bytes) -> None:
    """Fail fast if the verifiers and parsers under test disagree on the payload."""
    hook = clerk_backend.Webhook(SECRET)
    headers = signed_headers(hook, body)
    try:
        svix.webhooks.Webhook(SECRET).verify(body, headers)
    except svix.webhooks.WebhookVerificationError as exc:
        sys.exit(f"error: svix rejects the headers clerk_backend.Webhook.sign made: {exc}")
    ours = hook.verify(body, headers)
    if not isinstance(ours, clerk_backend.UserEvent) or not isinstance(ours.data, clerk_backend.User):
        sys.exit(f"error: Webhook.verify returned {type(ours).__name__}, expected a UserEvent with a User")
    if clerk_backend.WebhookEvent.from_json(body) != ours:
        sys.exit("error: WebhookEvent.from_json and Webhook.verify disagree on the payload")
    expected = ours.to_dict()
    # The peers must keep exactly the fields clerk_backend keeps, with the same values.
    peers = {
        "msgspec": json.loads(msgspec.json.encode(msgspec.json.decode(body, type=UserEventStruct))),
        "pydantic": json.loads(UserEventModel.model_validate_json(body).model_dump_json()),
    }
    for name, peer in peers.items():
        found = first_difference(expected, peer)
        if found:
            sys.exit(f"error: clerk_backend and the {name} peer disagree on the payload at {found}")
    user = clerk_backend.User.from_json(data).to_dict()
    found = first_difference(user, json.loads(msgspec.json.encode(msgspec.json.decode(data, type=UserStruct))), "user")
    if user != expected["data"] or found:
        sys.exit(f"error: User.from_json disagrees with the event's data or with msgspec ({found})")


# --- benchmarks ---------------------------------------------------------------------------------------------------


def bench_timings(body: bytes, data: bytes, runner: Runner) -> dict[str, float]:
    ours_hook = clerk_backend.Webhook(SECRET)
    ns: dict[str, Any] = {
        "ours": ours_hook,
        "svix": svix.webhooks.Webhook(SECRET),
        "event_from_json": clerk_backend.WebhookEvent.from_json,
        "user_from_json": clerk_backend.User.from_json,
        "json_loads": json.loads,
        "orjson_loads": orjson.loads,
        "ms_decode": msgspec.json.decode,
        "Event": UserEventStruct,
        "UserT": UserStruct,
        "pyd_validate": UserEventModel.model_validate_json,
        "body": body,
        "data": data,
    }
    stmts = {
        "ours_verify": "ours.verify(body, headers)",
        "ours_event": "event_from_json(body)",
        "ours_user": "user_from_json(data)",
        "svix": "svix.verify(body, headers)",
        "svix_json": "svix.verify(body, headers); json_loads(body)",
        "svix_msgspec": "svix.verify(body, headers); ms_decode(body, type=Event)",
        "svix_pydantic": "svix.verify(body, headers); pyd_validate(body)",
        "orjson": "orjson_loads(body)",
        "json": "json_loads(body)",
        "msgspec_event": "ms_decode(body, type=Event)",
        "pydantic_event": "pyd_validate(body)",
        "msgspec_user": "ms_decode(data, type=UserT)",
    }
    results = {}
    for name, stmt in stmts.items():
        ns["headers"] = signed_headers(ours_hook, body)  # fresh timestamp for every row
        results[name] = runner.per_call(stmt, ns)
    return results


def timing_table(results: dict[str, float], body_size: int, data_size: int) -> str:
    timing_rows = [
        ("ours: `Webhook.verify(body, headers)` → `UserEvent`", "ours_verify"),
        ("ours: `WebhookEvent.from_json(body)` (parse only)", "ours_event"),
        (f"ours: `User.from_json(data)` (`data` only, {data_size} B)", "ours_user"),
        ("svix: `Webhook.verify(body, headers)` (signature only)", "svix"),
        ("svix verify + `json.loads(body)` → dict", "svix_json"),
        ("svix verify + `msgspec.json.decode(body, type=UserEventStruct)`", "svix_msgspec"),
        ("svix verify + `UserEventModel.model_validate_json(body)` (pydantic)", "svix_pydantic"),
        ("`orjson.loads(body)` → dict", "orjson"),
        ("`json.loads(body)` → dict", "json"),
        ("`msgspec.json.decode(body, type=UserEventStruct)`", "msgspec_event"),
        ("`UserEventModel.model_validate_json(body)` (pydantic)", "pydantic_event"),
        (f"`msgspec.json.decode(data, type=UserStruct)` (`data` only, {data_size} B)", "msgspec_user"),
    ]
    ratio_rows = [
        ("**ratio** ours verify / (svix + msgspec)", "ours_verify", "svix_msgspec"),
        ("**ratio** ours verify / (svix + pydantic)", "ours_verify", "svix_pydantic"),
        ("**ratio** ours verify / (svix + json.loads)", "ours_verify", "svix_json"),
        ("**ratio** WebhookEvent.from_json(bytes) / orjson.loads", "ours_event", "orjson"),
        ("**ratio** WebhookEvent.from_json(bytes) / msgspec typed", "ours_event", "msgspec_event"),
        ("**ratio** User.from_json / msgspec typed User", "ours_user", "msgspec_user"),
    ]
    rows = [[title, fmt_us(results[key])] for title, key in timing_rows]
    rows += [[title, fmt_ratio(results[num], results[den])] for title, num, den in ratio_rows]
    return md_table(["µs per call (lower is better)", f"user.created ({body_size} B body)"], rows)


def breakdown_lines(results: dict[str, float]) -> list[str]:
    """Split the verify rows into signature check and parse, by subtraction (rough: both are noisy)."""
    ours_check = results["ours_verify"] - results["ours_event"]
    return [
        (
            f"- Signature check (headers, timestamp, HMAC-SHA256): ours ≈ {fmt_us(ours_check)} µs "
            f"(verify - from_json), svix {fmt_us(results['svix'])} µs"
        ),
        (
            f"- Parse to a typed event: ours {fmt_us(results['ours_event'])} µs, "
            f"msgspec {fmt_us(results['msgspec_event'])} µs, pydantic {fmt_us(results['pydantic_event'])} µs; "
            f"untyped: orjson {fmt_us(results['orjson'])} µs, json {fmt_us(results['json'])} µs"
        ),
    ]


def retained_per_event(parse: Callable[[Any], Any], fresh_input: Callable[[], Any], count: int) -> float:
    """Bytes ``tracemalloc`` sees still allocated per parsed event while ``count`` of them are alive.

    Each event is parsed from its own copy of the body, which the caller drops at once (as a web
    framework drops a request body), so whatever a parsed event keeps of its input is counted.
    """
    kept: list[Any] = [None] * count
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(count):
            src = fresh_input()
            kept[i] = parse(src)
            del src
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    del kept
    return (after - before) / count


def memory_table(body: bytes, count: int) -> str:
    ours_hook = clerk_backend.Webhook(SECRET)
    headers = signed_headers(ours_hook, body)

    def body_copy() -> bytes:
        return bytes(bytearray(body))

    def text_copy() -> str:
        return body.decode()

    cases = [
        ("ours: `WebhookEvent.from_json(body)`", clerk_backend.WebhookEvent.from_json, body_copy),
        ("ours: `Webhook.verify(body, headers)`", lambda b: ours_hook.verify(b, headers), body_copy),
        (
            "msgspec: `decode(body, type=UserEventStruct)`",
            lambda b: msgspec.json.decode(b, type=UserEventStruct),
            body_copy,
        ),
        ("pydantic: `UserEventModel.model_validate_json(body)`", UserEventModel.model_validate_json, body_copy),
        ("`orjson.loads(body)` → dict", orjson.loads, body_copy),
        ("`json.loads(str)` → dict", json.loads, text_copy),
    ]
    rows = []
    for title, parse, fresh in cases:
        per_event = retained_per_event(parse, fresh, count)
        rows.append([title, f"{per_event:,.0f}", f"{per_event / len(body):.2f}"])
    return md_table(["retained per parsed event (lower is better)", "bytes", "x body size"], rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer, shorter repeats (smoke run)")
    parser.add_argument(
        "--payload",
        type=Path,
        default=DEFAULT_PAYLOAD,
        help=f"user.created / user.updated webhook envelope JSON (default: {DEFAULT_PAYLOAD})",
    )
    args = parser.parse_args(argv)
    runner = Runner(quick=args.quick)

    body, data = load_payload(args.payload)
    check_parsers(body, data)

    results = bench_timings(body, data, runner)
    memory = memory_table(body, MEMORY_EVENTS)

    print("## clerk_backend webhook verify + parse benchmark\n")
    print("\n".join(environment_lines()))
    print(
        f"- Payload: `{args.payload.name}` as compact JSON ({len(body)} B body, {len(data)} B `data`); "
        f"best of {runner.repeat} repeats (timeit autorange)"
    )
    if args.quick:
        print("- **--quick run: numbers are rough**")
    print("\nRatios below 1.00x mean clerk_backend is faster than the peer.\n")
    print(timing_table(results, len(body), len(data)))
    print("\nWhere the time goes (by subtraction, rough):\n")
    print("\n".join(breakdown_lines(results)))
    print(f"\n### Memory kept alive per parsed event ({MEMORY_EVENTS} events alive, `tracemalloc`)\n")
    print(memory)
    print(
        "\nEach event is parsed from its own copy of the body, dropped right after parsing; "
        "`tracemalloc` sees Python allocations only."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
