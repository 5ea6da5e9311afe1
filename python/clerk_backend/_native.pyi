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
    "User",
    "EmailAddress",
    "PhoneNumber",
    "Web3Wallet",
    "ExternalAccount",
    "EnterpriseAccount",
    "EnterpriseAccountConnection",
    "Verification",
    "IdentificationLink",
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

@final
class User:
    """A Clerk user, with all the identifiers and accounts attached to it."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["password_enabled"], Literal["totp_enabled"], Literal["backup_code_enabled"], Literal["two_factor_enabled"], Literal["banned"], Literal["locked"], Literal["created_at"], Literal["updated_at"], Literal["image_url"], Literal["has_image"], Literal["primary_email_address_id"], Literal["primary_phone_number_id"], Literal["primary_web3_wallet_id"], Literal["last_sign_in_at"], Literal["external_id"], Literal["username"], Literal["first_name"], Literal["last_name"], Literal["public_metadata"], Literal["private_metadata"], Literal["unsafe_metadata"], Literal["email_addresses"], Literal["phone_numbers"], Literal["web3_wallets"], Literal["external_accounts"], Literal["enterprise_accounts"], Literal["last_active_at"], Literal["create_organization_enabled"], Literal["create_organizations_limit"], Literal["delete_self_enabled"], Literal["legal_accepted_at"], Literal["locale"], Literal["timezone"], Literal["deprovisioned"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> User:
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
        """The user's id (`user_...`)."""
    @property
    def password_enabled(self) -> bool:
        """Whether the user has a password."""
    @property
    def totp_enabled(self) -> bool:
        """Whether the user has set up an authenticator app (TOTP)."""
    @property
    def backup_code_enabled(self) -> bool:
        """Whether the user has generated backup codes."""
    @property
    def two_factor_enabled(self) -> bool:
        """Whether a second factor is required when the user signs in."""
    @property
    def banned(self) -> bool:
        """Whether the user is banned."""
    @property
    def locked(self) -> bool:
        """Whether the user is locked out of signing in."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def image_url(self) -> str | None:
        """The URL of the user's profile image (Clerk's default avatar when none was uploaded).
        `None` when the key is missing or `null`."""
    @property
    def has_image(self) -> bool:
        """Whether the user has uploaded a profile image."""
    @property
    def primary_email_address_id(self) -> str | None:
        """The id of the user's primary email address, if any."""
    @property
    def primary_phone_number_id(self) -> str | None:
        """The id of the user's primary phone number, if any."""
    @property
    def primary_web3_wallet_id(self) -> str | None:
        """The id of the user's primary web3 wallet, if any."""
    @property
    def last_sign_in_at(self) -> int | None:
        """Unix time in milliseconds of the last sign-in, if any."""
    @property
    def external_id(self) -> str | None:
        """Your own id for the user, if you set one."""
    @property
    def username(self) -> str | None:
        """The user's username, if any."""
    @property
    def first_name(self) -> str | None:
        """The user's first name, if any."""
    @property
    def last_name(self) -> str | None:
        """The user's last name, if any."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata readable from the frontend, writable only from the backend.
        An absent key gives `{}`; `null` gives `None`."""
    @property
    def private_metadata(self) -> dict[str, Any] | None:
        """Metadata visible only to the backend. An absent key gives `{}`; `null` gives `None`."""
    @property
    def unsafe_metadata(self) -> dict[str, Any] | None:
        """Metadata the frontend may read and write. An absent key gives `{}`; `null` gives `None`."""
    @property
    def email_addresses(self) -> tuple[EmailAddress, ...]:
        """The user's email addresses. Absent or `null` gives an empty tuple."""
    @property
    def phone_numbers(self) -> tuple[PhoneNumber, ...]:
        """The user's phone numbers. Absent or `null` gives an empty tuple."""
    @property
    def web3_wallets(self) -> tuple[Web3Wallet, ...]:
        """The user's web3 wallets. Absent or `null` gives an empty tuple."""
    @property
    def external_accounts(self) -> tuple[ExternalAccount, ...]:
        """The user's OAuth accounts. Absent or `null` gives an empty tuple."""
    @property
    def enterprise_accounts(self) -> tuple[EnterpriseAccount, ...]:
        """The user's enterprise (SAML or OIDC) accounts. Absent or `null` gives an empty tuple."""
    @property
    def last_active_at(self) -> int | None:
        """Unix time in milliseconds of the last session activity (day precision), if any."""
    @property
    def create_organization_enabled(self) -> bool:
        """Whether the user may create organizations."""
    @property
    def create_organizations_limit(self) -> int | None:
        """How many organizations the user may create (`0` means no limit); `None` when not set."""
    @property
    def delete_self_enabled(self) -> bool:
        """Whether the user may delete their own account."""
    @property
    def legal_accepted_at(self) -> int | None:
        """Unix time in milliseconds when the user accepted the legal terms, if they did."""
    @property
    def locale(self) -> str | None:
        """The user's locale (for example `"en-US"`), if known."""
    @property
    def timezone(self) -> str | None:
        """The user's time zone, if known."""
    @property
    def deprovisioned(self) -> bool | None:
        """Whether the user was deprovisioned (for example by SCIM) and can no longer sign in.
        An absent key gives `False`; `null` gives `None`."""
    @property
    def primary_email_address(self) -> EmailAddress | None:
        """The first of `email_addresses` whose id is `primary_email_address_id`, or `None`."""
    @property
    def primary_phone_number(self) -> PhoneNumber | None:
        """The first of `phone_numbers` whose id is `primary_phone_number_id`, or `None`."""
    @property
    def primary_web3_wallet(self) -> Web3Wallet | None:
        """The first of `web3_wallets` whose id is `primary_web3_wallet_id`, or `None`."""
    @property
    def full_name(self) -> str | None:
        """First and last name joined by a space and trimmed; `None` when that leaves nothing."""

@final
class EmailAddress:
    """One of a user's email addresses."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["email_address"], Literal["verification"], Literal["linked_to"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> EmailAddress:
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
        """The email address's id (`idn_...`)."""
    @property
    def email_address(self) -> str:
        """The address itself."""
    @property
    def verification(self) -> Verification | None:
        """How and whether the address was verified."""
    @property
    def linked_to(self) -> tuple[IdentificationLink, ...]:
        """The OAuth accounts this address came from. Absent or `null` gives an empty tuple."""

@final
class PhoneNumber:
    """One of a user's phone numbers."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["phone_number"], Literal["reserved_for_second_factor"], Literal["default_second_factor"], Literal["verification"], Literal["linked_to"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> PhoneNumber:
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
        """The phone number's id (`idn_...`)."""
    @property
    def phone_number(self) -> str:
        """The number in E.164 format, for example `"+14155550123"`."""
    @property
    def reserved_for_second_factor(self) -> bool | None:
        """Whether the number is used only as a second factor. `None` when the key is missing or `null`."""
    @property
    def default_second_factor(self) -> bool | None:
        """Whether this is the user's default second factor. `None` when the key is missing or `null`."""
    @property
    def verification(self) -> Verification | None:
        """How and whether the number was verified."""
    @property
    def linked_to(self) -> tuple[IdentificationLink, ...]:
        """The OAuth accounts this number came from. Absent or `null` gives an empty tuple."""

@final
class Web3Wallet:
    """One of a user's web3 wallets."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["web3_wallet"], Literal["verification"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Web3Wallet:
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
        """The wallet's id (`idn_...`)."""
    @property
    def web3_wallet(self) -> str:
        """The wallet address, for example `"0x0123...abcd"`."""
    @property
    def verification(self) -> Verification | None:
        """How and whether the wallet was verified."""

@final
class ExternalAccount:
    """An OAuth account (Google, GitHub, ...) connected to a user."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["provider"], Literal["provider_user_id"], Literal["identification_id"], Literal["external_id"], Literal["approved_scopes"], Literal["email_address"], Literal["first_name"], Literal["last_name"], Literal["image_url"], Literal["username"], Literal["phone_number"], Literal["public_metadata"], Literal["label"], Literal["verification"], Literal["external_account_id"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> ExternalAccount:
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
        """The account's id (`eac_...` or `idn_...`)."""
    @property
    def provider(self) -> str:
        """The provider, for example `"oauth_google"`; unknown values stay `str`."""
    @property
    def provider_user_id(self) -> str:
        """The user's id at the provider."""
    @property
    def identification_id(self) -> str:
        """The id of the identification this account created (`idn_...`)."""
    @property
    def external_id(self) -> str:
        """The same value as `provider_user_id` (the reference exposes it under both names)."""
    @property
    def approved_scopes(self) -> str:
        """The OAuth scopes granted, separated by spaces."""
    @property
    def email_address(self) -> str:
        """The email address the provider returned."""
    @property
    def first_name(self) -> str:
        """The first name the provider returned."""
    @property
    def last_name(self) -> str:
        """The last name the provider returned."""
    @property
    def image_url(self) -> str:
        """The account's profile image URL. A missing key, `null` or `""` gives `""`."""
    @property
    def username(self) -> str | None:
        """The username at the provider, if any."""
    @property
    def phone_number(self) -> str | None:
        """The phone number the provider returned, if any."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata readable from the frontend. An absent key gives `{}`; `null` gives `None`."""
    @property
    def label(self) -> str | None:
        """A label for the account, if any."""
    @property
    def verification(self) -> Verification | None:
        """How and whether the account was verified."""
    @property
    def external_account_id(self) -> str | None:
        """The account's `eac_...` id, sent for some providers only."""

@final
class EnterpriseAccount:
    """An enterprise (SAML or OIDC) account connected to a user."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["active"], Literal["email_address"], Literal["enterprise_connection"], Literal["first_name"], Literal["last_name"], Literal["protocol"], Literal["provider"], Literal["provider_user_id"], Literal["public_metadata"], Literal["verification"], Literal["last_authenticated_at"], Literal["enterprise_connection_id"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> EnterpriseAccount:
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
        """The account's id."""
    @property
    def active(self) -> bool:
        """Whether the account can be used to sign in."""
    @property
    def email_address(self) -> str:
        """The email address of the account."""
    @property
    def enterprise_connection(self) -> EnterpriseAccountConnection | None:
        """The enterprise connection the account belongs to."""
    @property
    def first_name(self) -> str | None:
        """The first name the identity provider returned, if any."""
    @property
    def last_name(self) -> str | None:
        """The last name the identity provider returned, if any."""
    @property
    def protocol(self) -> str | None:
        """The protocol, `"saml"` or `"oauth"`; unknown values stay `str`. `None` when the key is missing or `null`."""
    @property
    def provider(self) -> str:
        """The identity provider, for example `"saml_okta"`; unknown values stay `str`."""
    @property
    def provider_user_id(self) -> str | None:
        """The user's id at the identity provider, if known."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata readable from the frontend. `None` when the key is missing or `null`."""
    @property
    def verification(self) -> Verification | None:
        """How and whether the account was verified."""
    @property
    def last_authenticated_at(self) -> int | None:
        """Unix time in milliseconds of the last sign-in with this account, if any."""
    @property
    def enterprise_connection_id(self) -> str | None:
        """The id of the enterprise connection, if any."""

@final
class EnterpriseAccountConnection:
    """The enterprise connection (SAML or OIDC setup) behind an enterprise account."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["active"], Literal["allow_idp_initiated"], Literal["allow_subdomains"], Literal["disable_additional_identifications"], Literal["domain"], Literal["logo_public_url"], Literal["name"], Literal["protocol"], Literal["provider"], Literal["sync_user_attributes"], Literal["created_at"], Literal["updated_at"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> EnterpriseAccountConnection:
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
        """The connection's id."""
    @property
    def active(self) -> bool:
        """Whether the connection is enabled."""
    @property
    def allow_idp_initiated(self) -> bool:
        """Whether sign-ins started by the identity provider are allowed."""
    @property
    def allow_subdomains(self) -> bool:
        """Whether subdomains of `domain` may use the connection."""
    @property
    def disable_additional_identifications(self) -> bool:
        """Whether users of this connection are kept from adding other identifications."""
    @property
    def domain(self) -> str | None:
        """The email domain the connection serves. `None` when the key is missing or `null`
        (newer payloads list the domains under `domains`, reachable through `raw`)."""
    @property
    def logo_public_url(self) -> str | None:
        """The public URL of the connection's logo, if any."""
    @property
    def name(self) -> str:
        """The connection's display name."""
    @property
    def protocol(self) -> str:
        """The protocol, `"saml"` or `"oauth"`; unknown values stay `str`."""
    @property
    def provider(self) -> str:
        """The identity provider, for example `"saml_okta"`; unknown values stay `str`."""
    @property
    def sync_user_attributes(self) -> bool:
        """Whether user attributes are updated from the identity provider at each sign-in."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class Verification:
    """The state of one verification of an email address, phone number, wallet or account."""

    __match_args__: ClassVar[tuple[Literal["status"], Literal["strategy"], Literal["external_verification_redirect_url"], Literal["attempts"], Literal["expire_at"], Literal["nonce"], Literal["message"], Literal["verified_at_client"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Verification:
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
    def status(self) -> str:
        """For example `"unverified"`, `"verified"`, `"failed"`, `"expired"`; unknown values stay `str`."""
    @property
    def strategy(self) -> str:
        """How it is verified, for example `"email_code"` or `"oauth_google"`; unknown values stay `str`."""
    @property
    def external_verification_redirect_url(self) -> str | None:
        """Where to send the user to finish an OAuth or SAML verification, exactly as sent
        (not parsed or normalized). A missing key, `null` or `""` gives `None`."""
    @property
    def attempts(self) -> int | None:
        """How many attempts were made, if counted."""
    @property
    def expire_at(self) -> int | None:
        """Unix time in milliseconds when the verification expires, if it does."""
    @property
    def nonce(self) -> str | None:
        """The nonce to sign, for web3 and passkey verifications."""
    @property
    def message(self) -> str | None:
        """The message to sign, for web3 verifications."""
    @property
    def verified_at_client(self) -> str | None:
        """The id of the client on which an email link was opened, if any (not a timestamp)."""

@final
class IdentificationLink:
    """A link from an identification to the OAuth account it came from."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["type"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> IdentificationLink:
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
        """The id of the linked identification (`idn_...`)."""
    @property
    def type(self) -> str:
        """The kind of link, for example `"oauth_google"`; unknown values stay `str`."""
