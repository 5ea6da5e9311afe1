"""The exceptions that clerk_backend raises."""

from __future__ import annotations

__all__ = ["ClerkError", "ParseError", "TokenVerificationError", "WebhookVerificationError"]


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


class WebhookVerificationError(ClerkError):
    """A webhook request failed verification. Answer it with HTTP 400.

    ``reason`` is one of:

    - ``"missing-headers"``: ``svix-id``, ``svix-timestamp`` or ``svix-signature`` is absent or empty;
    - ``"invalid-timestamp"``: the timestamp is not a whole number of seconds;
    - ``"timestamp-too-old"`` / ``"timestamp-too-new"``: further from now than the tolerance;
    - ``"no-matching-signature"``: no ``v1`` signature matches the body;
    - ``"invalid-secret"``: the signing secret is missing, empty or not base64;
    - ``"invalid-payload"``: the body is not UTF-8 or not a webhook event.

    The message never contains the secret.
    """

    REASONS = frozenset(
        {
            "missing-headers",
            "invalid-timestamp",
            "timestamp-too-old",
            "timestamp-too-new",
            "no-matching-signature",
            "invalid-secret",
            "invalid-payload",
        }
    )

    reason: str

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[WebhookVerificationError], tuple[str, str]]:
        return (type(self), (str(self), self.reason))


class TokenVerificationError(ClerkError):
    """A session token was refused. Treat the request as signed out.

    ``reason`` is one of @clerk/backend's reason strings: ``"token-expired"``,
    ``"token-invalid"``, ``"token-invalid-algorithm"``, ``"token-invalid-authorized-parties"``,
    ``"token-invalid-issuer"``, ``"token-invalid-signature"``, ``"token-not-active-yet"``,
    ``"token-iat-in-the-future"``, ``"token-verification-failed"``, ``"jwk-local-missing"``,
    ``"jwk-remote-failed-to-load"``, ``"jwk-remote-invalid"``, ``"jwk-remote-missing"``,
    ``"jwk-failed-to-resolve"``, ``"jwk-kid-mismatch"`` or ``"secret-key-invalid"``.

    The message never contains the token or key material.
    """

    reason: str

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[TokenVerificationError], tuple[str, str]]:
        return (type(self), (str(self), self.reason))
