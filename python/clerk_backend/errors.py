"""The exceptions that clerk_backend raises."""

from __future__ import annotations

__all__ = ["ClerkError", "ParseError"]


class ClerkError(Exception):
    """Base class of every error that clerk_backend raises on purpose."""


class ParseError(ClerkError, ValueError):
    """The input is not JSON that the model accepts.

    ``path`` names where it went wrong, for example
    ``"Client.sessions[1].latest_activity.is_mobile"``; the message starts with it.
    """

    path: str

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, str]]:
        return (type(self), (str(self), self.path))
