# Generated from the model declarations in src/models/ by `python scripts/gen_stubs.py`.
# Do not edit by hand: change the declaration and regenerate.

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Generic, Literal, Protocol, TypeAlias, TypeVar, final

__all__ = [
    "__version__",
    "deserialize",
    "PaginatedResponse",
    "verify_webhook",
    "Webhook",
    "Client",
    "Session",
    "SessionActivity",
]

__version__: str

def _stub_source() -> str:
    """The text of this stub, generated from the model declarations."""

_T = TypeVar("_T")

@final
class PaginatedResponse(Generic[_T]):
    """A page of results: `data` and, when the API sent it, `total_count`."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def data(self) -> tuple[_T, ...]:
        """The items of this page, each converted like `deserialize` converts one object."""
    @property
    def total_count(self) -> int | None:
        """The total number of items across all pages, when the API sent it."""
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T]: ...
    def __eq__(self, other: object, /) -> bool: ...

def deserialize(data: dict[str, Any] | list[Any] | str | bytes | bytearray | memoryview, /) -> Any:
    """Convert a Backend API response body into models.

    A JSON object becomes the model its `object` value names (an object with both
    `object` and `deleted` keys becomes a `DeletedObject`); an unknown `object`
    comes back unchanged. `{"data": [...], "total_count": N}` becomes a
    `PaginatedResponse`; a JSON array becomes a list.
    """

class _SupportsItems(Protocol):
    def items(self) -> Iterable[tuple[Any, Any]]: ...

_Headers: TypeAlias = _SupportsItems | Iterable[tuple[str | bytes, str | bytes]]

@final
class Webhook:
    """Verifies Clerk (Svix) webhook requests with one signing secret, and signs test requests."""

    def __new__(cls, secret: str | bytes, *, tolerance_seconds: int = 300) -> Webhook:
        """`secret` is the endpoint's signing secret (`whsec_...`), or the raw key as bytes."""
    def verify(
        self, payload: bytes | bytearray | memoryview | str, headers: _Headers, *, now: float | None = None
    ) -> Any:
        """Verify a request and return its typed event. Raises `WebhookVerificationError`."""
    def sign(self, msg_id: str, timestamp: int, payload: bytes | bytearray | memoryview | str) -> str:
        """The `svix-signature` header value for a body: `"v1,<base64>"`."""
    @property
    def tolerance_seconds(self) -> int:
        """The tolerance, in seconds."""

def verify_webhook(
    payload: bytes | bytearray | memoryview | str,
    headers: _Headers,
    *,
    signing_secret: str | bytes | None = None,
    tolerance_seconds: int = 300,
    now: float | None = None,
) -> Any:
    """Verify a Clerk webhook request and return its typed event.

    The secret defaults to the `CLERK_WEBHOOK_SIGNING_SECRET` environment variable.
    """

@final
class Client:
    """A Clerk client: one device or browser, and the sessions signed in on it."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["session_ids"], Literal["sessions"], Literal["sign_in_id"], Literal["sign_up_id"], Literal["last_active_session_id"], Literal["last_authentication_strategy"], Literal["created_at"], Literal["updated_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Client:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The client's id (`client_...`)."""
    @property
    def session_ids(self) -> tuple[str, ...]:
        """The ids of the client's sessions."""
    @property
    def sessions(self) -> tuple[Session, ...]:
        """The client's sessions. Absent or `null` gives an empty tuple."""
    @property
    def sign_in_id(self) -> str | None:
        """The sign-in in progress on this client, if any."""
    @property
    def sign_up_id(self) -> str | None:
        """The sign-up in progress on this client, if any."""
    @property
    def last_active_session_id(self) -> str | None:
        """The session that was active most recently."""
    @property
    def last_authentication_strategy(self) -> str | None:
        """How the user last authenticated (for example `"oauth_google"`); unknown values stay `str`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class Session:
    """A user's session on one client."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["client_id"], Literal["user_id"], Literal["status"], Literal["last_active_at"], Literal["expire_at"], Literal["abandon_at"], Literal["created_at"], Literal["updated_at"], Literal["last_active_organization_id"], Literal["latest_activity"], Literal["actor"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Session:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The session's id (`sess_...`)."""
    @property
    def client_id(self) -> str:
        """The client the session belongs to."""
    @property
    def user_id(self) -> str:
        """The user the session belongs to."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"ended"`, `"revoked"`; unknown values stay `str`."""
    @property
    def last_active_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def expire_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def abandon_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def last_active_organization_id(self) -> str | None:
        """The organization that was active last in this session."""
    @property
    def latest_activity(self) -> SessionActivity | None:
        """Where and on what the session was last used."""
    @property
    def actor(self) -> dict[str, Any] | None:
        """The impersonating actor's claims, for impersonation sessions."""

@final
class SessionActivity:
    """Where and on what device a session was last active."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["is_mobile"], Literal["ip_address"], Literal["city"], Literal["country"], Literal["browser_version"], Literal["browser_name"], Literal["device_type"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> SessionActivity:
        """Build from a JSON object: a `dict`, or JSON text as `str` or bytes-like."""
    @property
    def raw(self) -> dict[str, Any]:
        """A new dict of the JSON this was built from, unknown keys included."""
    def to_dict(self) -> dict[str, Any]:
        """The declared fields as a JSON-shaped dict with the API's keys."""
    def to_json(self) -> str:
        """`to_dict()` as compact JSON text."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any]]: ...
    @property
    def id(self) -> str:
        """The activity's id."""
    @property
    def is_mobile(self) -> bool:
        """Whether the device is a mobile device."""
    @property
    def ip_address(self) -> str | None:
        """The IP address the session was last used from."""
    @property
    def city(self) -> str | None:
        """The city of that IP address."""
    @property
    def country(self) -> str | None:
        """The country code of that IP address."""
    @property
    def browser_version(self) -> str | None:
        """The browser's version."""
    @property
    def browser_name(self) -> str | None:
        """The browser's name."""
    @property
    def device_type(self) -> str | None:
        """The device type, for example `"Macintosh"`."""
