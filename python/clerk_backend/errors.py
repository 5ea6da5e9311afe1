"""The exceptions that clerk_backend raises."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, NamedTuple, get_args

__all__ = [
    "ClerkAPIError",
    "ClerkAPIResponseError",
    "ClerkAuthenticationError",
    "ClerkBadRequestError",
    "ClerkConfigurationError",
    "ClerkConflictError",
    "ClerkError",
    "ClerkNetworkError",
    "ClerkNotFoundError",
    "ClerkPermissionDeniedError",
    "ClerkRateLimitError",
    "ClerkServerError",
    "ClerkTimeoutError",
    "ClerkUnprocessableEntityError",
    "MachineTokenVerificationError",
    "ParseError",
    "TokenVerificationError",
    "WebhookSecretError",
    "WebhookVerificationError",
]


class ClerkError(Exception):
    """Base class of every error that clerk_backend raises on purpose."""

    def __init__(self, *args: object) -> None:
        # Declared so that help() and inspect.signature show the signature (Exception's has none).
        super().__init__(*args)


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
    "token-type-mismatch",
]


#: Every ``MachineTokenVerificationError.reason`` (@clerk/backend's machine-token error codes).
MachineTokenFailureReason = Literal[
    "token-invalid",
    "secret-key-invalid",
    "unexpected-error",
    "token-verification-failed",
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
    ``"jwk-failed-to-resolve"``, ``"jwk-kid-mismatch"``, ``"secret-key-invalid"``, or
    ``"token-type-mismatch"`` (not a session token: what ``authenticate_request`` reports;
    ``verify_token`` says ``"token-invalid"`` then, as @clerk/backend's ``verifyToken`` does).

    The message never contains the token or key material.
    """

    REASONS: frozenset[str] = frozenset(get_args(TokenFailureReason))

    reason: TokenFailureReason

    def __init__(self, message: str, reason: TokenFailureReason) -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[type[TokenVerificationError], tuple[str, str]]:
        return (type(self), (str(self), self.reason))


class MachineTokenVerificationError(ClerkError):
    """A machine token (API key, M2M token, OAuth access token) was refused. Treat the request as unauthenticated.

    ``reason`` is one of @clerk/backend's codes:

    - ``"token-invalid"``: the Backend API does not know the token (HTTP 404), or it is revoked,
      expired or not a machine token at all;
    - ``"secret-key-invalid"``: the Backend API refused the secret key (HTTP 401), or none was given;
    - ``"unexpected-error"``: any other answer (HTTP 5xx, 429, ...) or no answer (network failure);
    - ``"token-verification-failed"``: a machine JWT failed its checks (signature, time, audience).

    ``status`` is the Backend API's HTTP status, when it answered. The message never contains the
    token or the secret key.
    """

    REASONS: frozenset[str] = frozenset(get_args(MachineTokenFailureReason))

    reason: MachineTokenFailureReason
    status: int | None

    def __init__(self, message: str, reason: MachineTokenFailureReason, status: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.status = status

    def __reduce__(self) -> tuple[type[MachineTokenVerificationError], tuple[str, str, int | None]]:
        return (type(self), (str(self), self.reason, self.status))


class ClerkConfigurationError(ClerkError, ValueError):
    """The package cannot be used as configured: no secret key, a malformed key, or no ``httpx`` for the
    REST client; an ``api_url`` that is not https (http only to a loopback host) for ``verify_token``
    and ``authenticate_request``, since the secret key would travel with the request; or a
    ``Webhook`` given a secret that is not a webhook signing secret (``WebhookSecretError``).

    The message says what to do (set ``CLERK_SECRET_KEY``, or ``pip install "clerk-backend[client]"``).
    For a key holding a control character, a space or a non-ASCII character it says which kind,
    where and the key's length, never the key.
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
    - ``retry_after``: the ``Retry-After`` header in seconds, when the API sent one;
    - ``body_excerpt``: the start of the body when it was not a Clerk error (not JSON, or JSON
      without ``errors``): whatever answered does not look like Clerk's API (a proxy's HTML page,
      a wrong ``api_url``), else ``None``.

    The client raises the subclass for the status where there is one (``ClerkNotFoundError`` for
    404, ``ClerkRateLimitError`` for 429, ``ClerkServerError`` for any 5xx, ...), so that
    ``except`` clauses can pick them; each is still a ``ClerkAPIResponseError``. The message is
    built from these attributes; it never contains the secret key.
    """

    status: int
    errors: tuple[ClerkAPIError, ...]
    clerk_trace_id: str | None
    retry_after: float | None
    body_excerpt: str | None

    def __init__(
        self,
        status: int,
        errors: tuple[ClerkAPIError, ...] = (),
        clerk_trace_id: str | None = None,
        retry_after: float | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        self.status = status
        self.errors = tuple(errors)
        self.clerk_trace_id = clerk_trace_id
        self.retry_after = retry_after
        self.body_excerpt = body_excerpt
        super().__init__(self._describe())

    @staticmethod
    def for_status(status: int) -> type[ClerkAPIResponseError]:
        """The class the client raises for ``status``: a subclass where there is one for it."""
        if status >= 500:
            return ClerkServerError
        return _STATUS_CLASSES.get(status, ClerkAPIResponseError)

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
        elif self.body_excerpt is not None:
            text += (
                ": the answer is not a Clerk error, so whatever answered does not look like Clerk's Backend API "
                f"(check api_url, or a proxy in between); its body starts {self.body_excerpt!r}"
            )
        if self.clerk_trace_id:
            text += f" [trace {self.clerk_trace_id}]"
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.status, self.errors, self.clerk_trace_id, self.retry_after, self.body_excerpt))


class ClerkBadRequestError(ClerkAPIResponseError):
    """400: the request was malformed or failed validation (see ``errors``)."""


class ClerkAuthenticationError(ClerkAPIResponseError):
    """401: the secret key is missing, malformed or revoked."""


class ClerkPermissionDeniedError(ClerkAPIResponseError):
    """403: the key may not do this."""


class ClerkNotFoundError(ClerkAPIResponseError):
    """404: no such resource (or no such endpoint)."""


class ClerkConflictError(ClerkAPIResponseError):
    """409: the request conflicts with the resource's state."""


class ClerkUnprocessableEntityError(ClerkAPIResponseError):
    """422: the request was well-formed but could not be processed (see ``errors``)."""


class ClerkRateLimitError(ClerkAPIResponseError):
    """429: too many requests; ``retry_after`` says when to try again, when the API said."""


class ClerkServerError(ClerkAPIResponseError):
    """Any 5xx: Clerk's side failed; idempotent requests were already retried."""


_STATUS_CLASSES: dict[int, type[ClerkAPIResponseError]] = {
    400: ClerkBadRequestError,
    401: ClerkAuthenticationError,
    403: ClerkPermissionDeniedError,
    404: ClerkNotFoundError,
    409: ClerkConflictError,
    422: ClerkUnprocessableEntityError,
    429: ClerkRateLimitError,
}


class ClerkNetworkError(ClerkError):
    """The request did not get an answer: the connection failed or was dropped (after any retries)."""


class ClerkTimeoutError(ClerkNetworkError):
    """The request timed out (connecting, sending, waiting for or reading the answer)."""
