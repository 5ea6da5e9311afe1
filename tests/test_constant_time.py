"""A guard for constant-time comparison of secrets and signatures.

Nothing in a behaviour test fails when a signature check compares with `==` or stops at the first
differing byte: both give the same verdicts, only faster for an attacker to probe. So this file reads
the sources and pins the rule where a secret-derived value is compared:

- the webhook core (crates/clerk-core/src/webhook.rs): the function that computes the expected signature
  (`secret.signature(...)`) compares it only through `subtle`'s `ct_eq`, accumulates the result over
  every entry of the header (no `return` or `break` inside the loop), and never uses `==`, `!=`,
  `.eq(`, `.cmp(`, `starts_with` or `contains` on the expected or the received signature;
- token signatures are checked by ring's RSA verification (crates/clerk-core/src/jwt/), never compared as bytes;
- the Python package compares no secret, signature or token with `==` (it has no such comparison;
  any new one must use `hmac.compare_digest`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEBHOOK_CORE = ROOT / "crates" / "clerk-core" / "src" / "webhook.rs"
JWT_CORE = ROOT / "crates" / "clerk-core" / "src" / "jwt"
# The jwt modules in the order of the file they were split from.
JWT_MODULES = ("mod", "error", "json", "decode", "kind", "keys", "jwks", "verify", "claims")

NON_CONSTANT = re.compile(r"==|!=|\.eq\(|\.ne\(|\.cmp\(|starts_with|ends_with|contains\(|memcmp")


def rust_functions(source: str) -> dict[str, str]:
    """Each top-level or impl `fn` of a Rust file, by name, with its body (brace matching; comments and
    string literals are not special-cased, which the checked files do not need)."""
    found = {}
    for match in re.finditer(r"\bfn\s+([a-z_][a-z0-9_]*)\s*(?:<[^>]*>)?\s*\(", source):
        start = source.index("{", match.end())
        depth = 0
        for i in range(start, len(source)):
            if source[i] == "{":
                depth += 1
            elif source[i] == "}":
                depth -= 1
                if depth == 0:
                    found.setdefault(match.group(1), source[start : i + 1])
                    break
    return found


def strip_comments(source: str) -> str:
    return re.sub(r"//[^\n]*", "", source)


def checking_function(source: str) -> str:
    """The body of the one function that computes the expected webhook signature and compares it."""
    bodies = [body for body in rust_functions(strip_comments(source)).values() if "secret.signature(" in body]
    assert len(bodies) == 1, "expected one function that computes secret.signature(...) and compares it"
    return bodies[0]


def check_webhook_comparison(source: str) -> list[str]:
    """The rule's violations in the webhook core's source (empty when it holds)."""
    body = checking_function(source)
    problems = []
    expected = re.search(r"let\s+(?:mut\s+)?([a-z_]+)\s*=\s*secret\.signature\(", body)
    if expected is None:
        return ["the expected signature is not bound to a name"]
    name = expected.group(1)
    if "ct_eq(" not in body:
        problems.append("no ct_eq comparison")
    for line in body.splitlines():
        line = re.sub(r"\b\w+\.len\(\)", "LEN", line)  # lengths are public: comparing them is fine
        if re.search(rf"\b{name}\b", line) and NON_CONSTANT.search(line):
            problems.append(f"non-constant-time use of {name}: {line.strip()}")
        if re.search(r"\bsignature\b", line) and NON_CONSTANT.search(line):
            problems.append(f"non-constant-time use of the received signature: {line.strip()}")
    loop = re.search(r"\bfor\b[^{]*\{", body)
    if loop is None:
        problems.append("the header's entries are not walked in a loop")
    else:
        loop_body = rust_functions("fn loop_() " + body[loop.end() - 1 :])["loop_"]
        if re.search(r"\breturn\b|\bbreak\b", loop_body):
            problems.append("the loop over the entries returns or breaks early")
    return problems


def test_the_webhook_core_compares_in_constant_time() -> None:
    assert check_webhook_comparison(WEBHOOK_CORE.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("planted", "replacement"),
    [
        (
            "matched |= signature.as_bytes().ct_eq(expected.as_bytes());",
            "if signature == expected { return Ok((id.clone(), timestamp)); }",
        ),
        (
            "matched |= signature.as_bytes().ct_eq(expected.as_bytes());",
            "matched |= subtle::Choice::from(u8::from(signature.as_bytes() == expected.as_bytes()));",
        ),
        (
            "matched |= signature.as_bytes().ct_eq(expected.as_bytes());",
            "matched |= signature.as_bytes().ct_eq(expected.as_bytes()); if bool::from(matched) { break; }",
        ),
        (
            "matched |= signature.as_bytes().ct_eq(expected.as_bytes());",
            "if signature.eq(&expected) { matched = subtle::Choice::from(1u8); }",
        ),
    ],
    ids=["early-return-on-equal", "equality-operator", "break-on-match", "eq-method"],
)
def test_the_guard_catches_planted_bugs(planted: str, replacement: str) -> None:
    source = WEBHOOK_CORE.read_text(encoding="utf-8")
    assert planted in source, "the guard's planted-bug fixture no longer matches the source: update it"
    assert check_webhook_comparison(source.replace(planted, replacement)) != []


def test_token_signatures_are_verified_by_ring_not_compared() -> None:
    source = strip_comments("\n".join((JWT_CORE / f"{m}.rs").read_text(encoding="utf-8") for m in JWT_MODULES))
    assert "ring::signature" in source or "signature::RSA_PKCS1" in source
    verify = rust_functions(source)["verify"]
    assert "RSA_PKCS1_2048_8192_SHA256" in verify or ".verify(" in verify
    assert not re.search(r"signature\s*==|==\s*signature", source)


# A comparison of a secret-like name with another value (a literal such as "-" or None is public).
SECRET_EQUALITY = re.compile(r"(secret|signature|token|password)\w*\s*(==|!=)\s*(?!None\b)[\w(]", re.IGNORECASE)


def python_equality_findings(name: str, text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        code = line.split("#", 1)[0]
        if SECRET_EQUALITY.search(code) and "compare_digest" not in code:
            found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_python_compares_no_secret_with_equality() -> None:
    found = []
    for path in sorted((ROOT / "python" / "clerk_backend").glob("*.py")):
        found += python_equality_findings(path.name, path.read_text(encoding="utf-8"))
    assert found == []


def test_the_python_guard_catches_planted_comparisons() -> None:
    assert python_equality_findings("x.py", "if signature == expected:\n    pass")
    assert python_equality_findings("x.py", "ok = secret_key != given_key")
    assert not python_equality_findings("x.py", "ok = hmac.compare_digest(token, expected)")
    assert not python_equality_findings("x.py", 'if token == "-":')
