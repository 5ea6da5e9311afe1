"""Clerk's timestamps as ``datetime``.

Model timestamps (``created_at``, ``updated_at``, ``expiration``, a webhook event's ``timestamp``,
...) are ``int`` Unix milliseconds, exactly as Clerk sends them. Session-token claims (``exp``,
``iat``, ``nbf``) are Unix seconds, as in every JWT.
"""

from __future__ import annotations

import datetime

__all__ = ["to_datetime"]

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def to_datetime(milliseconds: int) -> datetime.datetime:
    """A Clerk timestamp (Unix milliseconds) as an aware ``datetime`` in UTC.

    ``to_datetime(user.created_at)``; for a token claim in seconds, multiply by 1000 first.
    The result is exact to the millisecond. Raises ``TypeError`` for anything but an ``int`` (a
    ``bool`` included), and ``OverflowError`` outside the years 1 to 9999.
    """
    if isinstance(milliseconds, bool) or not isinstance(milliseconds, int):
        raise TypeError(f"expected int Unix milliseconds, got {type(milliseconds).__name__}")
    return _EPOCH + datetime.timedelta(milliseconds=milliseconds)
