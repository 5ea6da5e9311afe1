"""The exceptions that clerk_backend raises."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NamedTuple, get_args

__all__ = [
    "ClerkAPIError",
    "ClerkAPIResponseError",
    "ClerkConfigurationError",
    "ClerkError",
    "ClerkNetworkError",
    "ClerkTimeoutError",
    "ParseError",
    "TokenVerificationError",
    "WebhookSecretError",
    "WebhookVerificationError",
]


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


#: Every ``WebhookVerificationError.reason``, so that type checkers catch a misspelled one.
WebhookFailureReason = Literal[
    "missing-headers",
    "invalid-timestamp",
    "timestamp-too-old",
    "timestamp-too-new",
    "no-matching-signature",
    "invalid-secret",
    "invalid-payload",
]

#: Every ``TokenVerificationError.reason`` (the strings @clerk/backend uses).
TokenFailureReason = Literal[
    "token-expired",
    "token-invalid",
    "token-invalid-algorithm",
    "token-invalid-authorized-parties",
    "token-invalid-issuer",
    "token-invalid-signature",
    "token-not-active-yet",
    "token-iat-in-the-future",
    "token-verification-failed",
    "jwk-local-missing",
    "jwk-remote-failed-to-load",
    "jwk-remote-invalid",
    "jwk-remote-missing",
    "jwk-failed-to-resolve",
    "jwk-kid-mismatch",
    "secret-key-invalid",
]


class WebhookVerificationError(ClerkError):
    """A webhook request failed verification. Answer it with HTTP 400.

    ``reason`` is one of:

    - ``"missing-headers"``: ``svix-id``, ``svix-timestamp`` or ``svix-signature`` is absent or empty
      (the three come from one family: ``webhook-*`` only when no ``svix-*`` header has a value);
    - ``"invalid-timestamp"``: the timestamp is not a whole number of seconds;
    - ``"timestamp-too-old"`` / ``"timestamp-too-new"``: further from now than the tolerance;
    - ``"no-matching-signature"``: no ``v1`` signature matches the body;
    - ``"invalid-secret"``: the signing secret is missing, empty or not base64;
    - ``"invalid-payload"``: the body is not UTF-8 or not a webhook event.

    The message never contains the secret.
    """

    REASONS: frozenset[str] = frozenset(get_args(WebhookFailureReason))

    reason: WebhookFailureReason

    def __init__(self, message: str, reason: WebhookFailureReason) -> None:
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

    REASONS: frozenset[str] = frozenset(get_args(TokenFailureReason))

    reason: TokenFailureReason

    def __init__(self, message: str, reason: TokenFailureReason) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[TokenVerificationError], tuple[str, str]]:
        return (type(self), (str(self), self.reason))


class ClerkConfigurationError(ClerkError, ValueError):
    """The package cannot be used as configured: no secret key or ``httpx`` for the REST client, or a
    ``Webhook`` given a secret that is not a webhook signing secret (``WebhookSecretError``).

    The message says what to do (set ``CLERK_SECRET_KEY``, or ``pip install "clerk-backend[client]"``).
    """


class WebhookSecretError(ClerkConfigurationError, WebhookVerificationError):
    """``Webhook(secret)`` was given something that is not a webhook signing secret.

    A configuration error: fix the secret (``whsec_...``, from the Clerk Dashboard's Webhooks page)
    rather than answer requests with 400. It is also a ``WebhookVerificationError`` with reason
    ``"invalid-secret"``, which is what earlier versions raised, so existing handlers still catch it.
    The message never contains the secret. ``verify_webhook`` reads its secret at request time and
    keeps raising a plain ``WebhookVerificationError``.
    """


class ClerkAPIError(NamedTuple):
    """One entry of the ``errors`` list of a Backend API error response (immutable)."""

    code: str
    message: str
    long_message: str | None = None
    meta: Mapping[str, Any] = {}

    @classmethod
    def from_dict(cls, data: object) -> ClerkAPIError:
        """Build from one JSON error object; anything missing or of the wrong type is left empty."""
        if not isinstance(data, Mapping):
            return cls(code="unexpected_error", message=str(data))
        code = data.get("code")
        message = data.get("message")
        long_message = data.get("long_message")
        meta = data.get("meta")
        return cls(
            code=code if isinstance(code, str) else "",
            message=message if isinstance(message, str) else "",
            long_message=long_message if isinstance(long_message, str) else None,
            meta=dict(meta) if isinstance(meta, Mapping) else {},
        )


class ClerkAPIResponseError(ClerkError):
    """The Backend API answered with an error status (4xx or 5xx).

    - ``status``: the HTTP status code;
    - ``errors``: a tuple of ``ClerkAPIError`` (``code``, ``message``, ``long_message``, ``meta``),
      empty when the body had none;
    - ``clerk_trace_id``: the ``clerk_trace_id`` of the body, else the ``X-Clerk-Trace-Id`` or
      ``CF-Ray`` header, else ``None``;
    - ``retry_after``: the ``Retry-After`` header in seconds, when the API sent one.

    The message is built from these; it never contains the secret key.
    """

    status: int
    errors: tuple[ClerkAPIError, ...]
    clerk_trace_id: str | None
    retry_after: float | None

    def __init__(
        self,
        status: int,
        errors: tuple[ClerkAPIError, ...] = (),
        clerk_trace_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.errors = tuple(errors)
        self.clerk_trace_id = clerk_trace_id
        self.retry_after = retry_after
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"Clerk API error {self.status}"
        if self.errors:
            first = self.errors[0]
            detail = first.long_message or first.message
            text += f": {detail}" if detail else ""
            if first.code:
                text += f" (code {first.code})"
            if len(self.errors) > 1:
                text += f" and {len(self.errors) - 1} more"
        if self.clerk_trace_id:
            text += f" [trace {self.clerk_trace_id}]"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status, self.errors, self.clerk_trace_id, self.retry_after))


class ClerkNetworkError(ClerkError):
    """The request did not get an answer: the connection failed or was dropped (after any retries)."""


class ClerkTimeoutError(ClerkNetworkError):
    """The request timed out (connecting, sending, waiting for or reading the answer)."""
