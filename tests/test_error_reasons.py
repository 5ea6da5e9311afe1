"""The reason strings the Rust core can produce are exactly the ones the Python types list.

``WebhookVerificationError.reason`` and ``TokenVerificationError.reason`` are typed as ``Literal``
unions (``WebhookFailureReason``, ``TokenFailureReason``), so a type checker catches a misspelled
comparison. That only holds if the unions name every string the core returns, and nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clerk_backend import TokenVerificationError, WebhookVerificationError

SRC = Path(__file__).resolve().parent.parent / "crates" / "clerk-core" / "src"


def core_reasons(file: str) -> set[str]:
    """The strings of the `Reason::X => "..."` arms of a core module's reason enum."""
    text = (SRC / file).read_text(encoding="utf-8")
    return set(re.findall(r'Reason::\w+ => "([a-z0-9-]+)"', text))


@pytest.mark.parametrize(
    ("file", "cls"), [("webhook.rs", WebhookVerificationError), ("jwt/error.rs", TokenVerificationError)]
)
def test_the_literal_reasons_match_the_core(file: str, cls: type) -> None:
    reasons = core_reasons(file)
    assert len(reasons) >= 7
    assert reasons == cls.REASONS


def test_reasons_survive_pickling() -> None:
    import pickle

    exc = pickle.loads(pickle.dumps(WebhookVerificationError("stale", "timestamp-too-old")))
    assert (str(exc), exc.reason) == ("stale", "timestamp-too-old")
