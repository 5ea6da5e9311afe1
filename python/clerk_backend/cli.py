"""The ``clerk-backend`` command line (also ``python -m clerk_backend``).

Commands: ``verify`` (a webhook request), ``sign`` (the three headers of a webhook request for a
body), ``parse`` (a Backend API body into models), ``decode-jwt`` (split a token without verifying
it) and ``verify-token`` (a session token).
Exit codes: 0 success, 1 verification or parse failure, 2 usage error.

``verify`` and ``parse`` print every field that could not be typed (``clerk_backend.problems``)
as a warning on stderr and still exit 0; with ``--strict`` they refuse such input (``strict=True``)
and exit 1.
"""

from __future__ import annotations

import argparse
import difflib
import io
import json
import math
import os
import re
import sys
import textwrap
from collections.abc import Sequence
from typing import Any, NoReturn

import clerk_backend

from ._constants import API_URL, DEFAULT_TOLERANCE_SECONDS, JWT_KEY_ENV, SECRET_KEY_ENV
from ._constants import WEBHOOK_SECRET_ENV as SECRET_ENV
from ._native import _header_value
from .errors import ClerkConfigurationError, ParseError, TokenVerificationError, WebhookVerificationError
from .tokens import decode_jwt, verify_token

__all__ = ["format_json", "format_pretty", "main"]

PROG = "clerk-backend"
REDACTED = "'<redacted>'"
INLINE_WIDTH = 80  # a dict whose repr is longer is shown one item per line
# An HTTP header name is an RFC 9110 token; neither ":" nor "=" can be part of it.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_NOT_ASCII_PRINTABLE = re.compile(r"[^\x20-\x7e\n]")


class _Failure(Exception):
    """A verification or parse failure: the message goes to stderr and the exit code is 1."""


# Output


def _is_model(value: object) -> bool:
    return hasattr(type(value), "__match_args__") and hasattr(value, "to_dict")


def _shown_by_repr(name: str, value: object, model_repr: str) -> bool:
    """Whether the model's own repr prints this field's value (it prints secrets as '<redacted>')."""
    needle = f"{name}={value!r}"
    return f"({needle}" in model_repr or f" {needle}" in model_repr


def _render(value: Any, label: str, depth: int, out: list[str]) -> None:
    pad = "  " * depth
    if _is_model(value):
        out.append(f"{pad}{label}{type(value).__name__}")
        model_repr = repr(value)
        for name in type(value).__match_args__:
            try:
                item = getattr(value, name)
            except ParseError as exc:
                # A field that could not be typed: what went wrong, never the value.
                out.append(f"{pad}  {name} = <invalid: {_detail(exc)}>")
                continue
            # Never print more than repr does: a field repr hides is shown the way repr shows it.
            if _shown_by_repr(name, item, model_repr):
                _render(item, f"{name} = ", depth + 1, out)
            else:
                out.append(f"{pad}  {name} = {REDACTED}")
    elif isinstance(value, clerk_backend.PaginatedResponse):
        out.append(f"{pad}{label}PaginatedResponse")
        _render(value.data, "data = ", depth + 1, out)
        _render(value.total_count, "total_count = ", depth + 1, out)
    elif isinstance(value, (tuple, list)) and value:
        out.append(f"{pad}{label}({len(value)} item{'s' if len(value) != 1 else ''})")
        for index, item in enumerate(value):
            _render(item, f"[{index}] = ", depth + 1, out)
    elif isinstance(value, dict) and value and len(repr(value)) > INLINE_WIDTH:
        out.append(f"{pad}{label}{{{len(value)} key{'s' if len(value) != 1 else ''}}}")
        for key, item in value.items():
            _render(item, f"{key!r}: ", depth + 1, out)
    else:
        out.append(f"{pad}{label}{value!r}")


def _detail(exc: ParseError) -> str:
    """The message of a ParseError without its leading path."""
    text = str(exc)
    prefix = f"{exc.path}: "
    return text[len(prefix) :] if exc.path and text.startswith(prefix) else text


def _warn_problems(value: Any) -> None:
    """Print every field that could not be typed as a warning (``--strict`` refuses them before)."""
    for problem in clerk_backend.problems(value):
        sys.stderr.write(f"warning: {problem}\n")


def format_pretty(value: Any) -> str:
    """An indented tree: class names, ``field = value`` lines, and ``[i]`` items of tuples.

    Works for any model from ``__match_args__``; a field the model's ``repr`` hides (a token,
    a secret key) is shown as ``'<redacted>'`` here too.
    """
    out: list[str] = []
    _render(value, "", 0, out)
    return "\n".join(out)


def _jsonable(value: Any) -> Any:
    if _is_model(value):
        return value.to_dict()
    if isinstance(value, clerk_backend.PaginatedResponse):
        return {"data": [_jsonable(item) for item in value.data], "total_count": value.total_count}
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    return value


def _escape_unprintable(match: re.Match[str]) -> str:
    char = match.group()
    if char.isprintable():
        return char
    units = char.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{units[i]:02x}{units[i + 1]:02x}" for i in range(0, len(units), 2))


def format_json(value: Any) -> str:
    """Models as their ``to_dict()``, as indented JSON. Characters that a terminal could act on
    (controls, bidi overrides, lone surrogates) are written as ``\\u`` escapes; the rest as is."""
    text = json.dumps(_jsonable(value), indent=2, ensure_ascii=False)
    return _NOT_ASCII_PRINTABLE.sub(_escape_unprintable, text)


def _emit(value: Any, as_json: bool) -> None:
    sys.stdout.write((format_json(value) if as_json else format_pretty(value)) + "\n")


# Argument types and input


def _header(text: str) -> tuple[str, str]:
    """``'name: value'`` or ``'name=value'``: the name ends at the first ":" or "=" (it cannot hold either)."""
    match = re.match(r"([^:=]*)[:=](.*)\Z", text, re.DOTALL)
    if match is None or not _HEADER_NAME.fullmatch(match.group(1).strip()):
        raise argparse.ArgumentTypeError(f"expected 'name: value' or name=value, got {text!r}")
    return match.group(1).strip(), match.group(2).strip()


def _milliseconds(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not 0 <= number <= 1e15:  # NaN fails too
        raise argparse.ArgumentTypeError(f"expected a number of milliseconds from 0 to 1e15, got {text!r}")
    return number


def _seconds(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not 0 <= number <= 1e12:  # NaN fails too; 1e12 s is 30,000 years
        raise argparse.ArgumentTypeError(f"expected a number of seconds from 0 to 1e12, got {text!r}")
    return number


def _tolerance(text: str) -> int:
    if not re.fullmatch(r"\s*\d{1,18}\s*", text):
        raise argparse.ArgumentTypeError(f"expected a whole number of seconds (at most 18 digits), got {text!r}")
    return int(text)


def _usage(args: argparse.Namespace, message: str) -> NoReturn:
    """A usage error found after parsing: the command's usage, the message, exit status 2."""
    parser: argparse.ArgumentParser = args.parser
    parser.error(message)


def _read(path: str, args: argparse.Namespace) -> bytes:
    """The bytes of a file, or of stdin for ``-``; an unreadable file is a usage error."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        with open(path, "rb") as file:
            return file.read()
    except OSError as exc:
        _usage(args, f"cannot read {path!r}: {exc.strerror or exc}")


def _text(data: bytes) -> str:
    # Bytes that are not UTF-8 become lone surrogates, which the library refuses with its own error.
    return data.decode("utf-8", "surrogateescape")


_BEARER = re.compile(r"(?i)\s*bearer\s+")


def _token(args: argparse.Namespace) -> str:
    """The token argument (``-`` reads stdin), without a pasted ``Bearer `` in front of it."""
    token = _text(_read("-", args)).strip() if args.token == "-" else str(args.token).strip()
    return _BEARER.sub("", token, count=1) if _BEARER.match(token) else token


# Commands


def _signing_secret(args: argparse.Namespace) -> str:
    secret: str | None = args.secret if args.secret is not None else os.environ.get(SECRET_ENV)
    if not secret:
        _usage(args, f"no signing secret: pass --secret or set {SECRET_ENV}")
    return secret


def _verify(args: argparse.Namespace) -> None:
    secret = _signing_secret(args)
    body = _read(args.file, args)
    try:
        webhook = clerk_backend.Webhook(secret, tolerance_seconds=args.tolerance)
        event = webhook.verify(body, args.headers, now=args.now, strict=args.strict)
    except WebhookVerificationError as exc:
        raise _Failure(f"webhook verification failed: {exc.reason}: {exc}{_tolerance_hint(exc, args)}") from None
    _warn_problems(event)
    _emit(event, args.json)


def _tolerance_hint(exc: WebhookVerificationError, args: argparse.Namespace) -> str:
    """For a stale or future timestamp: how to check a captured webhook's signature anyway."""
    if exc.reason not in ("timestamp-too-old", "timestamp-too-new"):
        return ""
    sent = (
        _header_value(args.headers, "svix-timestamp")
        or _header_value(args.headers, "webhook-timestamp")
        or "<the svix-timestamp>"
    )
    return (
        f"\nhint: a captured webhook is checked against the current clock; to check its signature anyway, "
        f"pass --now {sent} (its svix-timestamp) or a larger --tolerance SECONDS"
    )


def _sign(args: argparse.Namespace) -> None:
    secret = _signing_secret(args)
    body = _read(args.file, args)
    try:
        headers = clerk_backend.Webhook(secret).sign_headers(body, msg_id=args.msg_id, timestamp=args.timestamp)
    except WebhookVerificationError as exc:  # a bad secret: WebhookSecretError says where the right one is
        raise _Failure(f"cannot sign: {exc.reason}: {exc}") from None
    if args.json:
        sys.stdout.write(json.dumps(headers, indent=2) + "\n")
    else:
        sys.stdout.write("".join(f"{name}: {value}\n" for name, value in headers.items()))


def _model_classes() -> dict[str, Any]:
    # vars(), not getattr(): a lazily imported name (the REST client) is not a model and must not be imported.
    names = vars(clerk_backend)
    return {name: names[name] for name in clerk_backend.__all__ if hasattr(names.get(name), "from_json")}


def _parse(args: argparse.Namespace) -> None:
    parse: Any = clerk_backend.deserialize
    if args.cls is not None:
        classes = _model_classes()
        if args.cls not in classes:
            close = difflib.get_close_matches(args.cls, list(classes), n=3, cutoff=0.6)
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            listing = textwrap.fill(", ".join(classes), width=100, initial_indent="  ", subsequent_indent="  ")
            _usage(args, f"{args.cls!r} is not a model class{hint}; the model classes are:\n{listing}")
        parse = classes[args.cls].from_json
    data = _read(args.file, args)
    try:
        value = parse(data, strict=args.strict)
    except ParseError as exc:
        where = f" (at {exc.path})" if exc.path and not str(exc).startswith(exc.path) else ""
        raise _Failure(f"parse failed: {exc}{where}") from None
    _warn_problems(value)
    _emit(value, args.json)


def _decode_jwt(args: argparse.Namespace) -> None:
    try:
        decoded = decode_jwt(_token(args))
    except TokenVerificationError as exc:
        raise _Failure(f"cannot decode the token: {exc.reason}: {exc}") from None
    sys.stderr.write("note: decoded only; the signature and the claims were NOT verified\n")
    sys.stdout.write(format_json({"header": decoded.header, "payload": decoded.payload}) + "\n")


def _key_options(args: argparse.Namespace) -> dict[str, Any]:
    if args.jwt_key is not None:
        return {"jwt_key": _text(_read(args.jwt_key, args))}
    if args.jwks is not None:
        return {"jwks": _text(_read(args.jwks, args))}
    if args.jwt_key_env is not None:
        pem = os.environ.get(args.jwt_key_env)
        if not pem:
            _usage(args, f"the environment variable {args.jwt_key_env} is not set")
        return {"jwt_key": pem}
    if args.secret_key is not None:
        return {"secret_key": args.secret_key, "api_url": args.api_url}
    if os.environ.get(JWT_KEY_ENV) or os.environ.get(SECRET_KEY_ENV):
        return {"api_url": args.api_url}  # verify_token reads the environment itself
    _usage(args, "no key: pass --jwt-key, --jwt-key-env, --jwks or --secret-key (or set CLERK_JWT_KEY)")


def _verify_token(args: argparse.Namespace) -> None:
    options = _key_options(args)
    token = _token(args)
    try:
        claims = verify_token(
            token,
            authorized_parties=args.authorized_parties,
            audience=args.audience,
            issuer=args.issuer,
            clock_skew_in_ms=args.clock_skew_ms,
            now=args.now,
            timeout=args.timeout,
            **options,
        )
    except TokenVerificationError as exc:
        raise _Failure(f"token verification failed: {exc.reason}: {exc}") from None
    except ClerkConfigurationError as exc:
        _usage(args, str(exc))
    _emit(claims, args.json)


# The parser


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        allow_abbrev=False,
        prog=PROG,
        description="Verify Clerk webhooks and session tokens, and parse Clerk JSON into typed models.",
        epilog="Exit status: 0 success, 1 verification or parse failure, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {clerk_backend.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(name: str, handler: Any, help: str) -> argparse.ArgumentParser:
        # No abbreviations: `--clock-skew 5` must not silently mean `--clock-skew-ms 5`.
        sub = commands.add_parser(name, help=help, description=help, allow_abbrev=False)
        sub.set_defaults(handler=handler, parser=sub)
        return sub

    def json_flag(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--json", action="store_true", help="print to_dict() as JSON (real values, secrets included)")

    def strict_flag(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--strict", action="store_true", help="exit 1 when a field could not be typed (default: warn on stderr)"
        )

    verify = command("verify", _verify, "Verify a webhook request and print its typed event.")
    verify.add_argument("file", nargs="?", default="-", metavar="FILE", help="the raw body (default: - for stdin)")
    verify.add_argument("--secret", help=f"the signing secret (whsec_...); safer: set {SECRET_ENV}")
    header: dict[str, Any] = {
        "metavar": "'NAME: VALUE'",
        "help": "svix-id, svix-timestamp, svix-signature (or NAME=VALUE); repeat it",
    }
    verify.add_argument("--header", dest="headers", action="append", type=_header, default=[], **header)
    verify.add_argument(
        "--tolerance",
        type=_tolerance,
        default=DEFAULT_TOLERANCE_SECONDS,
        metavar="SECONDS",
        help=f"default {DEFAULT_TOLERANCE_SECONDS}",
    )
    verify.add_argument("--now", type=_seconds, metavar="UNIX", help="check the timestamp against this time")
    strict_flag(verify)
    json_flag(verify)

    sign = command(
        "sign",
        _sign,
        "Sign a body and print the three webhook headers (svix-id, svix-timestamp, svix-signature), "
        "one 'name: value' per line, for curl -H or verify --header.",
    )
    sign.add_argument("file", nargs="?", default="-", metavar="FILE", help="the raw body (default: - for stdin)")
    sign.add_argument("--secret", help=f"the signing secret (whsec_...); safer: set {SECRET_ENV}")
    sign.add_argument("--msg-id", metavar="ID", help="the svix-id (default: a new msg_... id)")
    sign.add_argument("--timestamp", type=_seconds, metavar="UNIX", help="the svix-timestamp (default: now)")
    sign.add_argument("--json", action="store_true", help="print the headers as a JSON object")

    parse = command("parse", _parse, "Parse a Backend API response body and print the typed models.")
    parse.add_argument("file", metavar="FILE", help="a JSON file, or - for stdin")
    parse.add_argument("--class", dest="cls", metavar="NAME", help="the model class, e.g. User (default: by 'object')")
    strict_flag(parse)
    json_flag(parse)

    decode = command("decode-jwt", _decode_jwt, "Print a token's header and payload WITHOUT verifying it.")
    decode.add_argument("token", metavar="TOKEN", help="the token, or - for stdin")

    check = command("verify-token", _verify_token, "Verify a Clerk session token and print its claims.")
    check.add_argument("token", metavar="TOKEN", help="the token, or - for stdin")
    keys = check.add_mutually_exclusive_group()
    keys.add_argument("--jwt-key", metavar="PEM_FILE", help="the instance's public key (PEM) in a file")
    keys.add_argument("--jwt-key-env", metavar="VAR", help="an environment variable holding the PEM")
    keys.add_argument("--jwks", metavar="JWKS_FILE", help="a JSON Web Key Set in a file")
    keys.add_argument("--secret-key", metavar="SK", help="fetch the JWKS with it (safer: set CLERK_SECRET_KEY)")
    check.add_argument("--api-url", default=API_URL, help=f"for --secret-key (default {API_URL})")
    for flag, dest, help in (
        ("--authorized-party", "authorized_parties", "an accepted azp origin; repeat it"),
        ("--audience", "audience", "an accepted aud; repeat it"),
        ("--issuer", "issuer", "the accepted iss; repeat it"),
    ):
        check.add_argument(flag, dest=dest, action="append", metavar="VALUE", help=help)
    check.add_argument(
        "--clock-skew-ms",
        type=_milliseconds,
        default=5000.0,
        metavar="MILLISECONDS",
        help="allowed clock difference for exp, nbf and iat, in milliseconds like clock_skew_in_ms (default 5000)",
    )
    check.add_argument("--now", type=_seconds, metavar="UNIX", help="check the times against this time")
    check.add_argument("--timeout", type=_seconds, default=10.0, metavar="SECONDS", help="for the JWKS fetch")
    json_flag(check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")  # lone surrogates in a payload must not crash
    try:
        args = _parser().parse_args(argv)
        args.handler(args)
        sys.stdout.flush()
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except _Failure as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    except BrokenPipeError:  # piped into head, say: stop quietly (the recipe of Python's signal docs)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
