"""The reason strings the Rust core can produce are exactly the ones the Python types list.

``WebhookVerificationError.reason`` and ``TokenVerificationError.reason`` are typed as ``Literal``
unions (``WebhookFailureReason``, ``TokenFailureReason``), so a type checker catches a misspelled
comparison. That only holds if the unions name every string the core returns, and nothing else:
``scripts/gen_stubs.py`` writes them from the lists the core exports.
"""

from __future__ import annotations

import pytest

from clerk_backend import TokenVerificationError, WebhookVerificationError, _native


@pytest.mark.parametrize(
    ("reasons", "cls"),
    [(_native._WEBHOOK_REASONS, WebhookVerificationError), (_native._TOKEN_REASONS, TokenVerificationError)],
)
def test_the_literal_reasons_match_the_core(reasons: tuple[str, ...], cls: type) -> None:
    # The core exports every reason of its enum (`Reason::ALL`); the Literals are generated from it.
    assert len(reasons) >= 7
    assert frozenset(reasons) == cls.REASONS  # type: ignore[attr-defined]


def test_reasons_survive_pickling() -> None:
    import pickle

    exc = pickle.loads(pickle.dumps(WebhookVerificationError("stale", "timestamp-too-old")))
    assert (str(exc), exc.reason) == ("stale", "timestamp-too-old")
