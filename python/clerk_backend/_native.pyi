# Generated from the model declarations in src/models/ by `python scripts/gen_stubs.py`.
# Do not edit by hand: change the declaration and regenerate.

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, ClassVar, Generic, Literal, TypeVar, final

from typing_extensions import TypeAlias, disjoint_base  # TypeAlias: in typing only from Python 3.10

from clerk_backend._headers import Headers
from .errors import ParseError, TokenVerificationError

__all__ = [
    "deserialize",
    "PaginatedResponse",
    "verify_webhook",
    "verify_webhook_message",
    "VerifiedWebhook",
    "Webhook",
    "problems",
    "JwtKey",
    "__version__",
    "WebhookEvent",
    "EventAttributes",
    "HttpRequest",
    "SessionClaims",
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
    "Organization",
    "OrganizationDomain",
    "OrganizationDomainVerification",
    "OrganizationInvitation",
    "OrganizationMembership",
    "OrganizationMembershipPublicUserData",
    "OrganizationSettings",
    "Role",
    "RoleSet",
    "RoleSetItem",
    "RoleSetMigration",
    "Permission",
    "Invitation",
    "WaitlistEntry",
    "AccountlessApplication",
    "AllowlistIdentifier",
    "BlocklistIdentifier",
    "CnameTarget",
    "Cookies",
    "DeletedObject",
    "Domain",
    "Email",
    "SMSMessage",
    "HandshakePayload",
    "Instance",
    "InstanceRestrictions",
    "InstanceSettings",
    "ProxyCheck",
    "RedirectUrl",
    "SignUpAttempt",
    "SignUpAttemptVerification",
    "SignUpAttemptVerifications",
    "EnterpriseConnection",
    "EnterpriseConnectionCustomAttribute",
    "EnterpriseConnectionOauthConfig",
    "EnterpriseConnectionSamlConnection",
    "EnterpriseConnectionSamlConnectionLoginHint",
    "SamlConnection",
    "SamlConnectionIdpCertificate",
    "AttributeMapping",
    "BillingPlan",
    "BillingSubscription",
    "BillingSubscriptionItem",
    "Feature",
    "BillingMoneyAmount",
    "BillingNextPayment",
    "BillingTotals",
    "BillingPeriodTotals",
    "BillingPerUnitTotal",
    "BillingPerUnitTotalTier",
    "BillingCredits",
    "BillingProrationCreditDetail",
    "BillingPayerCredit",
    "BillingDiscounts",
    "BillingProrationDiscount",
    "BillingAppliedDiscount",
    "BillingSubscriptionItemSeats",
    "APIKey",
    "M2MToken",
    "Machine",
    "MachineScope",
    "MachineSecretKey",
    "IdPOAuthAccessToken",
    "OauthAccessToken",
    "OAuthApplication",
    "AgentTask",
    "ActorToken",
    "SignInToken",
    "TestingToken",
    "Token",
    "JwtTemplate",
    "BillingPaymentAttempt",
    "BillingPaymentFailedReason",
    "BillingPayee",
    "BillingPayer",
    "BillingPaymentSource",
    "BillingWebhookTotals",
    "BillingWebhookUnitTotal",
    "BillingPaymentAttemptSubscriptionItem",
    "BillingWebhookSubscription",
    "BillingWebhookSubscriptionItem",
    "BillingWebhookPlan",
    "BillingWebhookUnitPrice",
    "BillingWebhookUnitPriceTier",
    "BillingWebhookSeats",
    "UserEvent",
    "DeletedEvent",
    "SessionEvent",
    "EmailEvent",
    "SMSEvent",
    "OrganizationEvent",
    "OrganizationDomainEvent",
    "OrganizationInvitationEvent",
    "OrganizationMembershipEvent",
    "RoleEvent",
    "PermissionEvent",
    "WaitlistEntryEvent",
    "PaymentAttemptEvent",
    "SubscriptionEvent",
    "SubscriptionItemEvent",
]

__version__: str

def _stub_source() -> str:
    """The text of `clerk_backend/_native.pyi`, generated from the model declarations; its
    `__all__` is the module's own, as the module declares it."""

_T = TypeVar("_T")

@final
class PaginatedResponse(Generic[_T]):
    """A page of results: `data` and, when the API sent it, `total_count`."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __new__(cls, data: Iterable[_T], total_count: int | None = None) -> PaginatedResponse[_T]:
        """A page built from any iterable of items (the client makes one for endpoints that
        answer a bare JSON array)."""
    @property
    def data(self) -> tuple[_T, ...]:
        """The items of this page, each converted like `deserialize` converts one object."""
    @property
    def total_count(self) -> int | None:
        """The total number of items across all pages, when the API sent it."""
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[_T]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __class_getitem__(cls, item: Any) -> Any: ...

def deserialize(
    data: dict[str, Any] | list[Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
) -> Any:
    """Convert a Backend API response body into models.

    A JSON object becomes the model its `object` value names (an object with both
    `object` and `deleted` keys becomes a `DeletedObject`); an unknown `object`
    comes back unchanged. `{"data": [...], "total_count": N}` becomes a
    `PaginatedResponse`; a JSON array becomes a list. A field that does not fit its type
    raises `ParseError` when read (see `problems`); `strict=True` raises at once."""

_Headers: TypeAlias = Headers  # the public name is clerk_backend.Headers

@final
class Webhook:
    """Verifies Clerk (Svix) webhook requests with one signing secret, and signs test requests."""

    def __new__(cls, secret: str | bytes, *, tolerance_seconds: int = 300) -> Webhook:
        """`secret` is the endpoint's signing secret (`whsec_...`), or the raw key as bytes.
        A secret that is not one raises `WebhookSecretError` (a `ClerkConfigurationError`)."""
    def verify(
        self,
        payload: bytes | bytearray | memoryview | str,
        headers: _Headers,
        *,
        now: float | None = None,
        strict: bool = False,
    ) -> WebhookEvent:
        """Verify a request and return its typed event.

        `payload` is the raw body exactly as received (`bytes`, or `str`); `headers` is any
        mapping of the request's headers, matched case-insensitively. `now` (Unix seconds)
        replaces the clock, for tests. Raises `WebhookVerificationError`.

        A verified event always comes back, even when a field does not fit its type (that
        field raises `ParseError` when read; see `problems`); `strict=True` refuses such an
        event as `invalid-payload` instead."""
    def verify_message(
        self,
        payload: bytes | bytearray | memoryview | str,
        headers: _Headers,
        *,
        now: float | None = None,
        strict: bool = False,
    ) -> VerifiedWebhook[WebhookEvent]:
        """Verify a request like `verify`, and return a `VerifiedWebhook`: the verified
        message id and timestamp with the event. Raises `WebhookVerificationError`."""
    def sign(self, msg_id: str, timestamp: float | datetime, payload: bytes | bytearray | memoryview | str) -> str:
        """The `svix-signature` header value for a body: `"v1,<base64>"`. For testing handlers.
        `timestamp` is Unix seconds (an int, or a float rounded down) or an aware `datetime`."""
    def sign_headers(
        self,
        payload: bytes | bytearray | memoryview | str,
        *,
        msg_id: str | None = None,
        timestamp: float | datetime | None = None,
    ) -> dict[str, str]:
        """The three headers of a signed request for a body, as a dict: `svix-id` (a new
        `msg_...` id unless `msg_id` is given), `svix-timestamp` (now unless `timestamp` is
        given, as for `sign`) and `svix-signature`. For tests and local requests."""
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
    strict: bool = False,
) -> WebhookEvent:
    """Verify a Clerk webhook request and return its typed event, like `@clerk/backend`'s
    `verifyWebhook`. The secret defaults to the `CLERK_WEBHOOK_SIGNING_SECRET` environment
    variable."""

def verify_webhook_message(
    payload: bytes | bytearray | memoryview | str,
    headers: _Headers,
    *,
    signing_secret: str | bytes | None = None,
    tolerance_seconds: int = 300,
    now: float | None = None,
    strict: bool = False,
) -> VerifiedWebhook[WebhookEvent]:
    """Verify a Clerk webhook request like `verify_webhook`, and return a `VerifiedWebhook`:
    the verified message id and timestamp with the event."""

_E_co = TypeVar("_E_co", bound=WebhookEvent, covariant=True)

@final
class VerifiedWebhook(Generic[_E_co]):
    """A verified webhook message: the `svix-id` and `svix-timestamp` (or `webhook-*`) values
    that the signature covered, and the typed event.

    Deduplicate redeliveries on `id`: Svix sends the same id each time it retries a message."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["timestamp"], Literal["event"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    def __new__(cls, id: str, timestamp: int, event: _E_co) -> VerifiedWebhook[_E_co]: ...
    @property
    def id(self) -> str:
        """The message id the signature covered (`msg_...`), the same for every redelivery."""
    @property
    def timestamp(self) -> int:
        """The signed send time of this delivery attempt, in Unix seconds."""
    @property
    def event(self) -> _E_co:
        """The typed event, as `Webhook.verify` returns it."""
    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...
    def __reduce__(self) -> tuple[Any, ...]: ...
    def __class_getitem__(cls, item: Any) -> Any: ...

def _header_value(headers: Headers, name: str, /) -> str | None:
    """The value of header `name` in `headers` by the one header rule (see
    `clerk_backend.Headers`): names match ASCII case-insensitively after trimming ASCII
    whitespace, values are trimmed of spaces and tabs, an empty value counts as absent, and the
    first non-empty value of a repeated header wins. `None` when there is none."""

_DEFAULT_TOLERANCE_SECONDS: int
_WEBHOOK_SECRET_ENV: str
_WEBHOOK_REASONS: tuple[str, ...]
_TOKEN_REASONS: tuple[str, ...]

def problems(obj: object, /) -> tuple[ParseError, ...]:
    """Every field that could not be typed inside a model, event, page or list, at any depth.

    Each is the `ParseError` that reading the field raises, with its path from `obj` (for a
    page, from its `data`). Empty for a payload that fits its types exactly, and for anything
    that holds no models."""

@final
class JwtKey:
    """A parsed verification key: one RSA public key, or a JWK set. Build it once and reuse it."""

    @staticmethod
    def from_pem(pem: str, /) -> JwtKey:
        """An RSA public key in PEM form (SPKI or PKCS#1; 2048 to 8192 bits). Literal `\\n`
        escapes are accepted."""
    @staticmethod
    def from_jwk(jwk: dict[str, Any] | str, /) -> JwtKey:
        """One RSA JSON Web Key (`kty` RSA; `alg`, if present, RS256; `use`, if present, sig)."""
    @staticmethod
    def from_jwks(jwks: dict[str, Any] | str, /) -> JwtKey:
        """A JSON Web Key Set (`{"keys": [...]}`): the key is chosen by the token's `kid`."""
    @property
    def kids(self) -> tuple[str, ...]:
        """The key ids this key material holds (empty for a PEM key without one)."""
    @property
    def is_set(self) -> bool:
        """Whether this is a JWK set (keys chosen by `kid`) rather than one key."""
    def __contains__(self, kid: object, /) -> bool: ...
    def __len__(self) -> int: ...

def _verify_session_token(
    token: _CheckedToken | str,
    key: JwtKey,
    authorized_parties: list[str],
    audience: list[str],
    issuer: list[str],
    clock_skew_in_ms: float,
    now_ms: int | None,
    /,
) -> SessionClaims:
    """Verify a session token (decoded once by `_check_session_token`, or given as text) with a parsed key and
    return its claims, built from what the core decoded. The RSA check runs without the GIL."""
def _verify_machine_jwt(
    token: str,
    key: JwtKey,
    audience: list[str],
    clock_skew_in_ms: float,
    now_ms: int | None,
    /,
) -> dict[str, Any]:
    """Verify a machine token in JWT form (signature, `alg`, times, and `aud` against `audience`
    as for session tokens) and return its claims as a dict; see [`jwt::verify_machine_jwt`].
    The RSA check runs without the GIL."""
def _decode_jwt(token: str, /) -> tuple[dict[str, Any], dict[str, Any], bytes, str, str, str]:
    """Decode a token without verifying it: `(header, payload, signature, raw_header,
    raw_payload, raw_signature)`."""
@final
class _CheckedToken:
    """A session token decoded once, with the checks of verification that come before the key
    done (the token's type, then `typ`, `crit` and the algorithm): `verify_token` decodes a
    token once, reads its `kid` to choose the key, and verifies this same decoded token."""
    @property
    def kid(self) -> str | None:
        """The header's `kid` when it is a string: a token that would be refused anyway never
        causes a JWKS request."""

def _check_session_token(token: str, /) -> _CheckedToken:
    """Decode a session token and run the checks that come before the key."""
_TokenType: TypeAlias = Literal["session_token", "api_key", "m2m_token", "oauth_token", "non_session_jwt"]
def _token_type(token: str, /) -> _TokenType:
    """The token's type, as `@clerk/backend` tells it: `"session_token"`, `"api_key"`,
    `"m2m_token"`, `"oauth_token"`, or `"non_session_jwt"` for a JWT whose header category is
    not a session token's (a JWT template, say). Nothing is verified."""
def _classify_token(token: str, /) -> tuple[_TokenType, _CheckedToken | TokenVerificationError | None]:
    """The token's type (as `_token_type` says it) and, for a session token, what
    `_check_session_token` gives or raises: the `_CheckedToken`, or the `TokenVerificationError`
    (returned, not raised). `None` for any other type. One decode serves both, so
    `authenticate_request` routes on the type and verifies the token it already holds."""
def _check_session_token_type(token: str, /) -> None:
    """Raise `TokenVerificationError` (`token-type-mismatch`, the message saying what the token
    is) unless the token is a session token."""
def _parse_cookie_header(header: str, /) -> dict[str, str]:
    """The cookies of a `Cookie` header as `{name: value}`, read as `@clerk/backend` reads them
    (the first of a duplicated name wins; see [`clerk_core::cookie`]). Empty for a header
    over the length cap. A header that is not valid Unicode (a lone surrogate) is read with the
    bad characters replaced by U+FFFD, so no cookie of it can be a valid token."""
def _verify_handshake_token(token: str, key: JwtKey, /) -> dict[str, Any]:
    """Verify a handshake token's header and signature with `key` (no claim is checked) and
    return its payload as a dict. Raises `TokenVerificationError`."""

_MAX_COOKIE_HEADER_LEN: int

@disjoint_base
class WebhookEvent:
    """A Clerk webhook event. `WebhookEvent.from_json` and `Webhook.verify` return the
    subclass for the event's type (`UserEvent`, `SessionEvent`, ...), whose `data` is
    typed; an event type this version does not know is a plain `WebhookEvent` whose
    `data` is a dict."""

    __match_args__: ClassVar[tuple[Literal["type"], Literal["object"], Literal["data"], Literal["event_attributes"], Literal["timestamp"], Literal["instance_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> WebhookEvent:
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
    def type(self) -> str:
        """The event type, for example `"user.created"`."""
    @property
    def object(self) -> str:
        """Always `"event"`."""
    @property
    def data(self) -> Any:
        """The resource the event is about."""
    @property
    def event_attributes(self) -> EventAttributes | None:
        """Context Clerk attaches, such as the HTTP request that caused the event."""
    @property
    def timestamp(self) -> int:
        """When the event happened, in Unix milliseconds, as Clerk sends it."""
    @property
    def instance_id(self) -> str:
        """The Clerk instance the event comes from (`ins_...`)."""

@final
class EventAttributes:
    """Context Clerk attaches to an event."""

    __match_args__: ClassVar[tuple[Literal["http_request"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EventAttributes:
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
    def http_request(self) -> HttpRequest | None:
        """The request that caused the event, when one did."""

@final
class HttpRequest:
    """The HTTP request that caused an event, as Clerk saw it."""

    __match_args__: ClassVar[tuple[Literal["client_ip"], Literal["user_agent"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> HttpRequest:
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
    def client_ip(self) -> str | None:
        """The client's IP address."""
    @property
    def user_agent(self) -> str | None:
        """The client's `User-Agent` header."""

@final
class SessionClaims:
    """The claims of a verified Clerk session token, with the organization fields decoded
    the way `@clerk/shared` does for both v1 and v2 tokens."""

    __match_args__: ClassVar[tuple[Literal["sub"], Literal["sid"], Literal["azp"], Literal["iss"], Literal["exp"], Literal["iat"], Literal["nbf"], Literal["jti"], Literal["sts"], Literal["v"], Literal["fva"], Literal["act"], Literal["org_id"], Literal["org_slug"], Literal["org_role"], Literal["org_permissions"], Literal["o"], Literal["fea"], Literal["pla"], Literal["features"], Literal["plans"], Literal["aud"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SessionClaims:
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
    def sub(self) -> str:
        """The user id (`user_...`)."""
    @property
    def sid(self) -> str | None:
        """The session id (`sess_...`)."""
    @property
    def azp(self) -> str | None:
        """The origin the token was issued to (checked against `authorized_parties`)."""
    @property
    def iss(self) -> str | None:
        """The issuer: your instance's Frontend API URL."""
    @property
    def exp(self) -> float:
        """Expiry, Unix seconds."""
    @property
    def iat(self) -> float | None:
        """Issued at, Unix seconds."""
    @property
    def nbf(self) -> float | None:
        """Not before, Unix seconds."""
    @property
    def jti(self) -> str | None:
        """The token id (v2)."""
    @property
    def sts(self) -> str | None:
        """The session status, for example `"active"` or `"pending"` (v2)."""
    @property
    def v(self) -> int | None:
        """The claims version: `2` for v2 tokens, `None` for v1."""
    @property
    def fva(self) -> tuple[int, ...] | None:
        """Minutes since the first and the second factor were verified (`-1`: never)."""
    @property
    def act(self) -> dict[str, Any] | None:
        """The impersonating actor (`{"iss", "sid", "sub"}`), for impersonation sessions."""
    @property
    def org_id(self) -> str | None:
        """The active organization's id."""
    @property
    def org_slug(self) -> str | None:
        """The active organization's slug."""
    @property
    def org_role(self) -> str | None:
        """The user's role in the active organization, for example `"org:admin"`."""
    @property
    def org_permissions(self) -> tuple[str, ...] | None:
        """The user's permissions in the active organization, for example `"org:dashboard:read"`."""
    @property
    def o(self) -> dict[str, Any] | None:
        """The compact organization claim of v2 tokens, as sent."""
    @property
    def fea(self) -> str | None:
        """The `fea` claim as sent, for example `"o:dashboard,u:profile"` (v2)."""
    @property
    def pla(self) -> str | None:
        """The `pla` claim as sent, for example `"u:free,o:pro"` (v2)."""
    @property
    def features(self) -> tuple[str, ...]:
        """`fea` split into its entries, for example `("o:dashboard", "u:profile")`."""
    @property
    def plans(self) -> tuple[str, ...]:
        """`pla` split into its entries, for example `("u:free", "o:pro")`."""
    @property
    def aud(self) -> Any | None:
        """The audience claim, when the token has one."""

@final
class Client:
    """A Clerk client: one device or browser, and the sessions signed in on it."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["session_ids"], Literal["sessions"], Literal["sign_in_id"], Literal["sign_up_id"], Literal["last_active_session_id"], Literal["last_authentication_strategy"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Client:
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

    __match_args__: ClassVar[tuple[Literal["id"], Literal["client_id"], Literal["user_id"], Literal["status"], Literal["last_active_at"], Literal["expire_at"], Literal["abandon_at"], Literal["created_at"], Literal["updated_at"], Literal["last_active_organization_id"], Literal["latest_activity"], Literal["actor"], Literal["user"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Session:
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
    @property
    def user(self) -> User | None:
        """The session's user, as `session.*` webhook events embed it; `None` in Backend
        API responses, which do not."""

@final
class SessionActivity:
    """Where and on what device a session was last active."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["is_mobile"], Literal["ip_address"], Literal["city"], Literal["country"], Literal["browser_version"], Literal["browser_name"], Literal["device_type"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SessionActivity:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> User:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EmailAddress:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> PhoneNumber:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Web3Wallet:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> ExternalAccount:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseAccount:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseAccountConnection:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Verification:
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
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> IdentificationLink:
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

@final
class Organization:
    """A Clerk organization: a group of users with roles and shared metadata."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["slug"], Literal["image_url"], Literal["has_image"], Literal["created_at"], Literal["updated_at"], Literal["public_metadata"], Literal["private_metadata"], Literal["max_allowed_memberships"], Literal["admin_delete_enabled"], Literal["members_count"], Literal["created_by"], Literal["pending_invitations_count"], Literal["last_active_at"], Literal["missing_member_with_elevated_permissions"], Literal["role_set_key"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Organization:
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
        """The organization's id (`org_...`)."""
    @property
    def name(self) -> str:
        """The display name."""
    @property
    def slug(self) -> str:
        """The URL-friendly unique name."""
    @property
    def image_url(self) -> str:
        """The logo's URL; `""` when the key is absent, `null` or empty."""
    @property
    def has_image(self) -> bool:
        """Whether a logo was uploaded (otherwise `image_url` is a generated default)."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata readable from the frontend. `{}` when absent; `None` when `null`."""
    @property
    def private_metadata(self) -> dict[str, Any] | None:
        """Metadata readable only from the backend. `{}` when absent; `None` when `null`."""
    @property
    def max_allowed_memberships(self) -> int:
        """How many members the organization may have (`0` means no limit)."""
    @property
    def admin_delete_enabled(self) -> bool:
        """Whether admins may delete the organization from the frontend."""
    @property
    def members_count(self) -> int | None:
        """The number of members, when the API includes it."""
    @property
    def created_by(self) -> str | None:
        """The id of the user who created the organization."""
    @property
    def pending_invitations_count(self) -> int | None:
        """The number of invitations not yet answered, when the API includes it."""
    @property
    def last_active_at(self) -> int | None:
        """Unix time in milliseconds of the last activity, when the API includes it."""
    @property
    def missing_member_with_elevated_permissions(self) -> bool | None:
        """Whether no member holds a role with elevated permissions, when the API includes it."""
    @property
    def role_set_key(self) -> str | None:
        """The key of the role set assigned to the organization, if any."""

@final
class OrganizationDomain:
    """An email domain attached to an organization, used to invite or suggest
    membership to users with a matching address."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["organization_id"], Literal["name"], Literal["enrollment_mode"], Literal["verification"], Literal["total_pending_invitations"], Literal["total_pending_suggestions"], Literal["created_at"], Literal["updated_at"], Literal["affiliation_email_address"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OrganizationDomain:
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
        """The domain's id (`orgdmn_...`)."""
    @property
    def organization_id(self) -> str:
        """The organization the domain belongs to."""
    @property
    def name(self) -> str:
        """The domain name, for example `"acme.com"`."""
    @property
    def enrollment_mode(self) -> str:
        """For example `"manual_invitation"`, `"automatic_invitation"`, `"automatic_suggestion"`;
        unknown values stay `str`."""
    @property
    def verification(self) -> OrganizationDomainVerification | None:
        """The state of the domain's verification, if one was started."""
    @property
    def total_pending_invitations(self) -> int:
        """The number of pending invitations created through this domain."""
    @property
    def total_pending_suggestions(self) -> int:
        """The number of pending suggestions created through this domain."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def affiliation_email_address(self) -> str | None:
        """The address used to prove affiliation with the domain, if any."""

@final
class OrganizationDomainVerification:
    """How far the verification of an organization domain has got."""

    __match_args__: ClassVar[tuple[Literal["status"], Literal["strategy"], Literal["attempts"], Literal["expire_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OrganizationDomainVerification:
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
        """The verification strategy, for example `"email_code"`."""
    @property
    def attempts(self) -> int | None:
        """The number of attempts made so far."""
    @property
    def expire_at(self) -> int | None:
        """Unix time in milliseconds when the verification expires. Read from the `expire_at`
        key, which is what the API sends."""

@final
class OrganizationInvitation:
    """An invitation for an email address to join an organization with a role."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["email_address"], Literal["role"], Literal["role_name"], Literal["organization_id"], Literal["created_at"], Literal["updated_at"], Literal["expires_at"], Literal["url"], Literal["status"], Literal["public_metadata"], Literal["private_metadata"], Literal["public_organization_data"], Literal["user_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OrganizationInvitation:
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
        """The invitation's id (`orginv_...`)."""
    @property
    def email_address(self) -> str:
        """The address the invitation was sent to."""
    @property
    def role(self) -> str:
        """The role key the invitee will get, for example `"org:member"`."""
    @property
    def role_name(self) -> str:
        """The role's display name, for example `"Member"`."""
    @property
    def organization_id(self) -> str:
        """The organization the invitation is for."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def expires_at(self) -> int | None:
        """Unix time in milliseconds after which the invitation can no longer be accepted."""
    @property
    def url(self) -> str | None:
        """The link the invitee follows to accept. Its `__clerk_ticket` lets whoever holds it
        accept the invitation, so it is hidden in `repr`."""
    @property
    def status(self) -> str | None:
        """For example `"pending"`, `"accepted"`, `"revoked"`, `"expired"`; unknown values stay `str`."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata readable from the frontend. `{}` when absent; `None` when `null`."""
    @property
    def private_metadata(self) -> dict[str, Any] | None:
        """Metadata readable only from the backend. `{}` when absent; `None` when `null`."""
    @property
    def public_organization_data(self) -> dict[str, Any] | None:
        """Public facts about the organization (`id`, `name`, `slug`, `image_url`, `has_image`),
        as the API's JSON object with its snake_case keys."""
    @property
    def user_id(self) -> str | None:
        """The user who accepted the invitation (`organizationInvitation.accepted` events only)."""

@final
class OrganizationMembership:
    """A user's membership in an organization, with the role it grants."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["role"], Literal["permissions"], Literal["public_metadata"], Literal["private_metadata"], Literal["created_at"], Literal["updated_at"], Literal["organization"], Literal["public_user_data"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OrganizationMembership:
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
        """The membership's id (`orgmem_...`)."""
    @property
    def role(self) -> str:
        """The member's role key, for example `"org:admin"`."""
    @property
    def permissions(self) -> tuple[str, ...]:
        """The permission keys the role grants, for example `"org:posts:read"`."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata readable from the frontend. `{}` when absent; `None` when `null`."""
    @property
    def private_metadata(self) -> dict[str, Any] | None:
        """Metadata readable only from the backend. `{}` when absent; `None` when `null`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def organization(self) -> Organization | None:
        """The organization; `None` if the payload lacks it."""
    @property
    def public_user_data(self) -> OrganizationMembershipPublicUserData | None:
        """Public facts about the member; `None` if the payload lacks them."""

@final
class OrganizationMembershipPublicUserData:
    """The public profile of an organization member."""

    __match_args__: ClassVar[tuple[Literal["identifier"], Literal["first_name"], Literal["last_name"], Literal["image_url"], Literal["has_image"], Literal["user_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OrganizationMembershipPublicUserData:
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
    def identifier(self) -> str | None:
        """The member's email address, phone number or username, whichever identifies them."""
    @property
    def first_name(self) -> str | None:
        """The member's first name."""
    @property
    def last_name(self) -> str | None:
        """The member's last name."""
    @property
    def image_url(self) -> str:
        """The member's avatar URL."""
    @property
    def has_image(self) -> bool:
        """Whether the member uploaded an avatar (otherwise `image_url` is a generated default)."""
    @property
    def user_id(self) -> str:
        """The member's user id (`user_...`)."""

@final
class OrganizationSettings:
    """The instance-wide settings for organizations."""

    __match_args__: ClassVar[tuple[Literal["enabled"], Literal["max_allowed_memberships"], Literal["max_allowed_roles"], Literal["max_allowed_permissions"], Literal["creator_role"], Literal["admin_delete_enabled"], Literal["domains_enabled"], Literal["slug_disabled"], Literal["domains_enrollment_modes"], Literal["domains_default_role"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OrganizationSettings:
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
    def enabled(self) -> bool:
        """Whether organizations are enabled for the instance."""
    @property
    def max_allowed_memberships(self) -> int:
        """The default member limit of new organizations."""
    @property
    def max_allowed_roles(self) -> int:
        """How many roles the instance may define."""
    @property
    def max_allowed_permissions(self) -> int | None:
        """How many permissions the instance may define (deprecated by Clerk; may be absent)."""
    @property
    def creator_role(self) -> str:
        """The role key given to a user who creates an organization."""
    @property
    def admin_delete_enabled(self) -> bool:
        """Whether admins may delete organizations from the frontend by default."""
    @property
    def domains_enabled(self) -> bool:
        """Whether organization domains are enabled."""
    @property
    def slug_disabled(self) -> bool | None:
        """Whether organization slugs are turned off (may be absent)."""
    @property
    def domains_enrollment_modes(self) -> tuple[str, ...]:
        """The enrollment modes allowed for domains; unknown values stay `str`."""
    @property
    def domains_default_role(self) -> str:
        """The role key given to users who join through a domain."""

@final
class Role:
    """A role that organization members can hold, with the permissions it grants."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["key"], Literal["description"], Literal["permissions"], Literal["is_creator_eligible"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Role:
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
        """The role's id (`role_...`)."""
    @property
    def name(self) -> str:
        """The display name."""
    @property
    def key(self) -> str:
        """The key used in sessions and checks, for example `"org:admin"`."""
    @property
    def description(self) -> str | None:
        """What the role is for."""
    @property
    def permissions(self) -> tuple[Permission, ...]:
        """The permissions the role grants. Absent or `null` gives an empty tuple."""
    @property
    def is_creator_eligible(self) -> bool | None:
        """Whether the role may be given to a user who creates an organization."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class RoleSet:
    """A named collection of roles that can be assigned to organizations."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["key"], Literal["description"], Literal["roles"], Literal["default_role"], Literal["creator_role"], Literal["type"], Literal["role_set_migration"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> RoleSet:
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
        """The role set's id."""
    @property
    def name(self) -> str:
        """The display name."""
    @property
    def key(self) -> str:
        """The key, for example `"role_set:default"`."""
    @property
    def description(self) -> str | None:
        """What the role set is for."""
    @property
    def roles(self) -> tuple[RoleSetItem, ...]:
        """The roles in the set. Absent or `null` gives an empty tuple."""
    @property
    def default_role(self) -> RoleSetItem | None:
        """The role new members get."""
    @property
    def creator_role(self) -> RoleSetItem | None:
        """The role the creator of an organization gets."""
    @property
    def type(self) -> str:
        """`"initial"` or `"custom"`; unknown values stay `str`."""
    @property
    def role_set_migration(self) -> RoleSetMigration | None:
        """The migration in progress for this set, if any."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class RoleSetItem:
    """One role inside a role set."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["key"], Literal["description"], Literal["created_at"], Literal["updated_at"], Literal["members_count"], Literal["has_members"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> RoleSetItem:
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
        """The role's id."""
    @property
    def name(self) -> str:
        """The display name."""
    @property
    def key(self) -> str:
        """The role key, for example `"org:member"`."""
    @property
    def description(self) -> str | None:
        """What the role is for."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def members_count(self) -> int | None:
        """How many members hold this role within the set, when the API includes it."""
    @property
    def has_members(self) -> bool | None:
        """Whether any member holds this role within the set, when the API includes it."""

@final
class RoleSetMigration:
    """A migration of organization members from one role set to another."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["organization_id"], Literal["instance_id"], Literal["source_role_set_id"], Literal["dest_role_set_id"], Literal["trigger_type"], Literal["status"], Literal["migrated_members"], Literal["mappings"], Literal["created_at"], Literal["updated_at"], Literal["started_at"], Literal["completed_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> RoleSetMigration:
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
        """The migration's id."""
    @property
    def organization_id(self) -> str | None:
        """The organization the migration is limited to, if any."""
    @property
    def instance_id(self) -> str:
        """The instance the migration runs in."""
    @property
    def source_role_set_id(self) -> str:
        """The role set members are moved from."""
    @property
    def dest_role_set_id(self) -> str | None:
        """The role set members are moved to, if any."""
    @property
    def trigger_type(self) -> str:
        """What started the migration, for example `"role_set_deletion"`."""
    @property
    def status(self) -> str:
        """For example `"enqueued"`, `"in_progress"`, `"completed"`; unknown values stay `str`."""
    @property
    def migrated_members(self) -> int:
        """How many members were migrated so far."""
    @property
    def mappings(self) -> dict[str, Any] | None:
        """Which source role key maps to which destination role key."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def started_at(self) -> int | None:
        """Unix time in milliseconds when the migration started."""
    @property
    def completed_at(self) -> int | None:
        """Unix time in milliseconds when the migration finished."""

@final
class Permission:
    """A permission that roles can grant."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["key"], Literal["description"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Permission:
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
        """The permission's id (`perm_...`)."""
    @property
    def name(self) -> str:
        """The display name."""
    @property
    def key(self) -> str:
        """The key used in checks, for example `"org:posts:create"`."""
    @property
    def description(self) -> str:
        """What the permission allows."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class Invitation:
    """An invitation for an email address to sign up to the application."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["email_address"], Literal["public_metadata"], Literal["created_at"], Literal["updated_at"], Literal["status"], Literal["url"], Literal["revoked"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Invitation:
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
        """The invitation's id (`inv_...`)."""
    @property
    def email_address(self) -> str:
        """The address the invitation was sent to."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Metadata copied to the user's public metadata when they sign up."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def status(self) -> str:
        """For example `"pending"`, `"accepted"`, `"revoked"`, `"expired"`; unknown values stay `str`."""
    @property
    def url(self) -> str | None:
        """The link the invitee follows to sign up, when the API includes it. Its
        `__clerk_ticket` lets whoever holds it sign up as the invitee, so it is hidden in `repr`."""
    @property
    def revoked(self) -> bool | None:
        """Whether the invitation was revoked, when the API includes it."""

@final
class WaitlistEntry:
    """An email address on the application's waitlist."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["email_address"], Literal["status"], Literal["invitation"], Literal["created_at"], Literal["updated_at"], Literal["is_locked"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> WaitlistEntry:
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
        """The entry's id (`wle_...`)."""
    @property
    def email_address(self) -> str:
        """The address that joined the waitlist."""
    @property
    def status(self) -> str:
        """For example `"pending"`, `"invited"`, `"rejected"`, `"completed"`; unknown values stay `str`."""
    @property
    def invitation(self) -> Invitation | None:
        """The invitation sent to the address, once there is one."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def is_locked(self) -> bool | None:
        """Whether a batch action is processing the entry, when the API includes it."""

@final
class AccountlessApplication:
    """A development application created without a Clerk account, which can be claimed later."""

    __match_args__: ClassVar[tuple[Literal["publishable_key"], Literal["secret_key"], Literal["claim_url"], Literal["api_keys_url"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> AccountlessApplication:
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
    def publishable_key(self) -> str:
        """The application's publishable key (`pk_test_...`)."""
    @property
    def secret_key(self) -> str:
        """The application's secret key (`sk_test_...`); hidden in `repr`."""
    @property
    def claim_url(self) -> str:
        """Where to claim the application into a Clerk account. Whoever has it can claim
        the application, so `repr` hides it."""
    @property
    def api_keys_url(self) -> str:
        """Where to manage the application's API keys."""

@final
class AllowlistIdentifier:
    """An email address, phone number or web3 wallet that is allowed to sign up."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["identifier"], Literal["identifier_type"], Literal["created_at"], Literal["updated_at"], Literal["instance_id"], Literal["invitation_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> AllowlistIdentifier:
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
        """The identifier's id."""
    @property
    def identifier(self) -> str:
        """The allowed email address, phone number or wallet address."""
    @property
    def identifier_type(self) -> str:
        """For example `"email_address"`, `"phone_number"`, `"web3_wallet"`; unknown values stay `str`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def instance_id(self) -> str | None:
        """The instance the identifier belongs to."""
    @property
    def invitation_id(self) -> str | None:
        """The invitation sent to the identifier, if one was sent."""

@final
class BlocklistIdentifier:
    """An email address, email domain, phone number or web3 wallet that may not sign up."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["identifier"], Literal["identifier_type"], Literal["created_at"], Literal["updated_at"], Literal["instance_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BlocklistIdentifier:
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
        """The identifier's id."""
    @property
    def identifier(self) -> str:
        """The blocked email address, domain, phone number or wallet address."""
    @property
    def identifier_type(self) -> str:
        """For example `"email_address"`, `"phone_number"`, `"web3_wallet"`; unknown values stay `str`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def instance_id(self) -> str | None:
        """The instance the identifier belongs to."""

@final
class CnameTarget:
    """A DNS CNAME record a domain needs for a production deployment."""

    __match_args__: ClassVar[tuple[Literal["host"], Literal["value"], Literal["required"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> CnameTarget:
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
    def host(self) -> str:
        """The record's host name."""
    @property
    def value(self) -> str:
        """The host name the record must point to."""
    @property
    def required(self) -> bool:
        """Whether the domain counts as deployed only once this record is set."""

@final
class Cookies:
    """`Set-Cookie` directives returned when a session is refreshed."""

    __match_args__: ClassVar[tuple[Literal["cookies"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Cookies:
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
    def cookies(self) -> tuple[str, ...]:
        """The cookie directives, for example `"__session=eyJ...; Path=/; Secure"`.
        They carry session tokens, so `repr` hides them."""

@final
class DeletedObject:
    """What the API answers when it deletes an object (also the `data` of `*.deleted` webhooks).
    Unlike the other classes it has no single `object` value: `object` names the kind of
    object that was deleted (`"user"`, `"organization"`, `"role"`, ...)."""

    __match_args__: ClassVar[tuple[Literal["object"], Literal["id"], Literal["slug"], Literal["deleted"], Literal["external_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> DeletedObject:
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
    def object(self) -> str:
        """The kind of object that was deleted, for example `"user"`."""
    @property
    def id(self) -> str | None:
        """The deleted object's id; an empty string gives `None`."""
    @property
    def slug(self) -> str | None:
        """The deleted object's slug (organizations); an empty string gives `None`."""
    @property
    def deleted(self) -> bool:
        """Whether the object was deleted."""
    @property
    def external_id(self) -> str | None:
        """The deleted user's external id (sent by `user.deleted`)."""

@final
class Domain:
    """A domain of an instance: its primary domain or a satellite domain."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["is_satellite"], Literal["frontend_api_url"], Literal["development_origin"], Literal["cname_targets"], Literal["accounts_portal_url"], Literal["proxy_url"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Domain:
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
        """The domain's id."""
    @property
    def name(self) -> str:
        """The domain name, for example `"example.com"`."""
    @property
    def is_satellite(self) -> bool:
        """Whether this is a satellite domain."""
    @property
    def frontend_api_url(self) -> str:
        """The URL of the Frontend API for this domain."""
    @property
    def development_origin(self) -> str:
        """The development origin, if any (may be an empty string)."""
    @property
    def cname_targets(self) -> tuple[CnameTarget, ...] | None:
        """The CNAME records to set; `None` when the API sends `null` or nothing."""
    @property
    def accounts_portal_url(self) -> str | None:
        """The URL of the Account Portal; `None` for satellite domains."""
    @property
    def proxy_url(self) -> str | None:
        """The URL of the proxy that forwards to the Frontend API, if one is set up."""

@final
class Email:
    """An email Clerk sent or queued (also the `data` of the `email.created` webhook)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["from_email_name"], Literal["email_address_id"], Literal["to_email_address"], Literal["subject"], Literal["body"], Literal["body_plain"], Literal["status"], Literal["slug"], Literal["data"], Literal["delivered_by_clerk"], Literal["user_id"], Literal["suppression_reason"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Email:
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
        """The email's id (`ema_...`)."""
    @property
    def from_email_name(self) -> str:
        """The local part of the sender address, for example `"notifications"`."""
    @property
    def email_address_id(self) -> str | None:
        """The id of the recipient's email address, if the recipient is a known address."""
    @property
    def to_email_address(self) -> str | None:
        """The recipient's address."""
    @property
    def subject(self) -> str | None:
        """The subject line. It may hold a one-time code (`"123456 is your verification code"`),
        so it is hidden in `repr`."""
    @property
    def body(self) -> str | None:
        """The HTML body. It may hold a one-time code or a sign-in link, so it is hidden in `repr`."""
    @property
    def body_plain(self) -> str | None:
        """The plain-text body. It may hold a one-time code or a sign-in link, so it is hidden in `repr`."""
    @property
    def status(self) -> str | None:
        """For example `"queued"`; unknown values stay `str`."""
    @property
    def slug(self) -> str | None:
        """The template's slug, for example `"verification_code"`."""
    @property
    def data(self) -> dict[str, Any] | None:
        """The values the template was rendered with, kept as sent. They may hold a one-time
        code (`otp_code`) or a sign-in link, so `repr` hides them."""
    @property
    def delivered_by_clerk(self) -> bool | None:
        """Whether Clerk delivers the email (`False` when a webhook handler must send it)."""
    @property
    def user_id(self) -> str | None:
        """The recipient user's id, if any."""
    @property
    def suppression_reason(self) -> str | None:
        """Why the email was suppressed, if it was."""

@final
class SMSMessage:
    """An SMS message Clerk sent or queued (also the `data` of the `sms.created` webhook)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["from_phone_number"], Literal["to_phone_number"], Literal["message"], Literal["status"], Literal["phone_number_id"], Literal["data"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SMSMessage:
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
        """The message's id (`sms_...`)."""
    @property
    def from_phone_number(self) -> str:
        """The sender's number."""
    @property
    def to_phone_number(self) -> str:
        """The recipient's number."""
    @property
    def message(self) -> str:
        """The text of the message. It may hold a one-time code, so it is hidden in `repr`."""
    @property
    def status(self) -> str:
        """For example `"queued"`; unknown values stay `str`."""
    @property
    def phone_number_id(self) -> str | None:
        """The id of the recipient's phone number, if it is a known number."""
    @property
    def data(self) -> dict[str, Any] | None:
        """The values the template was rendered with, kept as sent. They may hold a one-time
        code, so `repr` hides them."""

@final
class HandshakePayload:
    """The browser handshake directives the API returns for a handshake nonce."""

    __match_args__: ClassVar[tuple[Literal["directives"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> HandshakePayload:
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
    def directives(self) -> tuple[str, ...]:
        """`Set-Cookie` style directives. They carry session tokens, so `repr` hides them."""

@final
class Instance:
    """A Clerk instance (development or production)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["environment_type"], Literal["allowed_origins"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Instance:
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
        """The instance's id (`ins_...`)."""
    @property
    def environment_type(self) -> str:
        """For example `"development"` or `"production"`; unknown values stay `str`."""
    @property
    def allowed_origins(self) -> tuple[str, ...] | None:
        """The origins allowed to call the instance; `None` when the API sends `null`."""

@final
class InstanceRestrictions:
    """The sign-up restrictions of an instance."""

    __match_args__: ClassVar[tuple[Literal["allowlist"], Literal["blocklist"], Literal["block_email_subaddresses"], Literal["block_disposable_email_domains"], Literal["ignore_dots_for_gmail_addresses"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> InstanceRestrictions:
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
    def allowlist(self) -> bool:
        """Whether only allowlisted identifiers may sign up."""
    @property
    def blocklist(self) -> bool:
        """Whether blocklisted identifiers are refused."""
    @property
    def block_email_subaddresses(self) -> bool:
        """Whether email addresses with a `+tag` are refused."""
    @property
    def block_disposable_email_domains(self) -> bool:
        """Whether addresses at disposable email providers are refused."""
    @property
    def ignore_dots_for_gmail_addresses(self) -> bool | None:
        """Whether dots in Gmail addresses are ignored when comparing them.
        `None` when the API does not send it (its published schema does not list it)."""

@final
class InstanceSettings:
    """Instance settings that can be changed through the Backend API."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["restricted_to_allowlist"], Literal["from_email_address"], Literal["progressive_sign_up"], Literal["enhanced_email_deliverability"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> InstanceSettings:
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
    def id(self) -> str | None:
        """The instance's id."""
    @property
    def restricted_to_allowlist(self) -> bool | None:
        """Whether sign-up is limited to the allowlist."""
    @property
    def from_email_address(self) -> str | None:
        """The local part of the address emails are sent from."""
    @property
    def progressive_sign_up(self) -> bool | None:
        """Whether progressive sign-up is on."""
    @property
    def enhanced_email_deliverability(self) -> bool | None:
        """Whether emails go through Clerk's legacy managed delivery."""

@final
class ProxyCheck:
    """The result of checking that a domain's proxy forwards to the Frontend API."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["domain_id"], Literal["last_run_at"], Literal["proxy_url"], Literal["successful"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> ProxyCheck:
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
        """The check's id."""
    @property
    def domain_id(self) -> str:
        """The domain that was checked."""
    @property
    def last_run_at(self) -> int | None:
        """Unix time in milliseconds of the last run, if it ran."""
    @property
    def proxy_url(self) -> str:
        """The proxy URL that was checked."""
    @property
    def successful(self) -> bool:
        """Whether the proxy answered correctly."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class RedirectUrl:
    """A URL that Clerk may redirect to after OAuth or magic-link flows."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["url"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> RedirectUrl:
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
        """The redirect URL's id."""
    @property
    def url(self) -> str:
        """The URL itself, kept as sent."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class SignUpAttempt:
    """A sign-up in progress or finished."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["status"], Literal["required_fields"], Literal["optional_fields"], Literal["missing_fields"], Literal["unverified_fields"], Literal["verifications"], Literal["username"], Literal["email_address"], Literal["phone_number"], Literal["web3_wallet"], Literal["password_enabled"], Literal["first_name"], Literal["last_name"], Literal["custom_action"], Literal["external_id"], Literal["created_session_id"], Literal["created_user_id"], Literal["abandon_at"], Literal["legal_accepted_at"], Literal["public_metadata"], Literal["unsafe_metadata"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SignUpAttempt:
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
        """The sign-up's id."""
    @property
    def status(self) -> str:
        """For example `"missing_requirements"`, `"complete"`, `"abandoned"`; unknown values stay `str`."""
    @property
    def required_fields(self) -> tuple[str, ...]:
        """The fields the instance requires."""
    @property
    def optional_fields(self) -> tuple[str, ...]:
        """The fields the instance accepts but does not require."""
    @property
    def missing_fields(self) -> tuple[str, ...]:
        """The required fields still missing."""
    @property
    def unverified_fields(self) -> tuple[str, ...]:
        """The fields given but not verified yet."""
    @property
    def verifications(self) -> SignUpAttemptVerifications | None:
        """The state of each identifier's verification; `None` when the API sends none."""
    @property
    def username(self) -> str | None:
        """The username given."""
    @property
    def email_address(self) -> str | None:
        """The email address given."""
    @property
    def phone_number(self) -> str | None:
        """The phone number given."""
    @property
    def web3_wallet(self) -> str | None:
        """The web3 wallet address given."""
    @property
    def password_enabled(self) -> bool:
        """Whether a password was set."""
    @property
    def first_name(self) -> str | None:
        """The first name given."""
    @property
    def last_name(self) -> str | None:
        """The last name given."""
    @property
    def custom_action(self) -> bool:
        """Whether the sign-up is completed by custom code."""
    @property
    def external_id(self) -> str | None:
        """The external id given."""
    @property
    def created_session_id(self) -> str | None:
        """The session created when the sign-up completed."""
    @property
    def created_user_id(self) -> str | None:
        """The user created when the sign-up completed."""
    @property
    def abandon_at(self) -> int | None:
        """Unix time in milliseconds after which the sign-up counts as abandoned."""
    @property
    def legal_accepted_at(self) -> int | None:
        """Unix time in milliseconds at which the legal terms were accepted."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Public metadata given for the user to be created."""
    @property
    def unsafe_metadata(self) -> dict[str, Any] | None:
        """Unsafe metadata given for the user to be created."""

@final
class SignUpAttemptVerification:
    """The verification state of one identifier of a sign-up."""

    __match_args__: ClassVar[tuple[Literal["next_action"], Literal["supported_strategies"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SignUpAttemptVerification:
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
    def next_action(self) -> str:
        """For example `"needs_prepare"`, `"needs_attempt"` or `""`; unknown values stay `str`."""
    @property
    def supported_strategies(self) -> tuple[str, ...]:
        """The verification strategies that can be used, for example `"email_code"`."""

@final
class SignUpAttemptVerifications:
    """The verification state of each identifier of a sign-up."""

    __match_args__: ClassVar[tuple[Literal["email_address"], Literal["phone_number"], Literal["web3_wallet"], Literal["external_account"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SignUpAttemptVerifications:
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
    def email_address(self) -> SignUpAttemptVerification | None:
        """The email address's verification, if any."""
    @property
    def phone_number(self) -> SignUpAttemptVerification | None:
        """The phone number's verification, if any."""
    @property
    def web3_wallet(self) -> SignUpAttemptVerification | None:
        """The web3 wallet's verification, if any."""
    @property
    def external_account(self) -> dict[str, Any] | None:
        """The external account's verification, kept as the JSON object that was sent."""

@final
class EnterpriseConnection:
    """An enterprise SSO connection: SAML, or OIDC/EASIE through an OAuth configuration."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["domains"], Literal["organization_id"], Literal["active"], Literal["sync_user_attributes"], Literal["allow_subdomains"], Literal["disable_additional_identifications"], Literal["created_at"], Literal["updated_at"], Literal["saml_connection"], Literal["oauth_config"], Literal["provider"], Literal["logo_public_url"], Literal["allow_organization_account_linking"], Literal["authenticatable"], Literal["disable_jit_provisioning"], Literal["custom_attributes"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseConnection:
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
    def name(self) -> str:
        """The connection's display name."""
    @property
    def domains(self) -> tuple[str, ...]:
        """The email domains whose users sign in through this connection."""
    @property
    def organization_id(self) -> str | None:
        """The organization the connection belongs to, if any."""
    @property
    def active(self) -> bool:
        """Whether the connection is active."""
    @property
    def sync_user_attributes(self) -> bool | None:
        """Whether the user's attributes are updated from the IdP on each sign-in.
        `None` when the API does not send it."""
    @property
    def allow_subdomains(self) -> bool | None:
        """Whether subdomains of `domains` match too."""
    @property
    def disable_additional_identifications(self) -> bool | None:
        """Whether users of this connection are kept from adding other identifications.
        `None` when the API does not send it."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def saml_connection(self) -> EnterpriseConnectionSamlConnection | None:
        """The SAML side of the connection, when it uses SAML."""
    @property
    def oauth_config(self) -> EnterpriseConnectionOauthConfig | None:
        """The OAuth side of the connection, when it uses OIDC or EASIE."""
    @property
    def provider(self) -> str:
        """The identity provider, for example `"saml_okta"` or `"oidc_custom"`; unknown values stay `str`."""
    @property
    def logo_public_url(self) -> str | None:
        """The URL of the provider's logo."""
    @property
    def allow_organization_account_linking(self) -> bool | None:
        """Whether accounts can be linked through organization membership.
        `None` when the API does not send it."""
    @property
    def authenticatable(self) -> bool:
        """Whether users can sign in through this connection."""
    @property
    def disable_jit_provisioning(self) -> bool:
        """Whether just-in-time creation of users is turned off."""
    @property
    def custom_attributes(self) -> tuple[EnterpriseConnectionCustomAttribute, ...] | None:
        """IdP attributes copied to the user's metadata; `None` when the API sends none."""

@final
class EnterpriseConnectionCustomAttribute:
    """An IdP attribute that an enterprise connection copies into the user's metadata."""

    __match_args__: ClassVar[tuple[Literal["name"], Literal["key"], Literal["sso_path"], Literal["scim_path"], Literal["multi_valued"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseConnectionCustomAttribute:
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
    def name(self) -> str:
        """The attribute's display name."""
    @property
    def key(self) -> str:
        """The metadata key the value is stored under."""
    @property
    def sso_path(self) -> str | None:
        """Where the value is found in SSO claims, if set."""
    @property
    def scim_path(self) -> str | None:
        """Where the value is found in SCIM user resources, if set."""
    @property
    def multi_valued(self) -> bool | None:
        """Whether the attribute holds several values. `None` when the API does not send it."""

@final
class EnterpriseConnectionOauthConfig:
    """The OAuth (OIDC or EASIE) configuration of an enterprise connection."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["client_id"], Literal["discovery_url"], Literal["logo_public_url"], Literal["created_at"], Literal["updated_at"], Literal["provider_key"], Literal["auth_url"], Literal["token_url"], Literal["user_info_url"], Literal["requires_pkce"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseConnectionOauthConfig:
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
        """The configuration's id."""
    @property
    def name(self) -> str:
        """The provider's display name."""
    @property
    def client_id(self) -> str | None:
        """The OAuth client id."""
    @property
    def discovery_url(self) -> str | None:
        """The OIDC discovery URL."""
    @property
    def logo_public_url(self) -> str | None:
        """The URL of the provider's logo."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def provider_key(self) -> str:
        """The provider key, for example `"oidc_custom"`; unknown values stay `str`."""
    @property
    def auth_url(self) -> str | None:
        """The authorization endpoint."""
    @property
    def token_url(self) -> str | None:
        """The token endpoint."""
    @property
    def user_info_url(self) -> str | None:
        """The userinfo endpoint."""
    @property
    def requires_pkce(self) -> bool:
        """Whether the provider requires PKCE."""

@final
class EnterpriseConnectionSamlConnection:
    """The SAML side of an enterprise connection."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["idp_entity_id"], Literal["idp_sso_url"], Literal["idp_certificate"], Literal["idp_certificate_issued_at"], Literal["idp_certificate_expires_at"], Literal["idp_metadata_url"], Literal["idp_metadata"], Literal["acs_url"], Literal["sp_entity_id"], Literal["sp_metadata_url"], Literal["sync_user_attributes"], Literal["allow_subdomains"], Literal["allow_idp_initiated"], Literal["active"], Literal["force_authn"], Literal["login_hint"], Literal["idp_certificates"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseConnectionSamlConnection:
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
        """The SAML connection's id."""
    @property
    def name(self) -> str:
        """The SAML connection's display name."""
    @property
    def idp_entity_id(self) -> str | None:
        """The IdP's entity id."""
    @property
    def idp_sso_url(self) -> str | None:
        """The IdP's single sign-on URL."""
    @property
    def idp_certificate(self) -> str | None:
        """The IdP's signing certificate (PEM)."""
    @property
    def idp_certificate_issued_at(self) -> int | None:
        """Unix time in milliseconds at which the certificate becomes valid."""
    @property
    def idp_certificate_expires_at(self) -> int | None:
        """Unix time in milliseconds at which the certificate expires."""
    @property
    def idp_metadata_url(self) -> str | None:
        """The URL of the IdP's metadata."""
    @property
    def idp_metadata(self) -> str | None:
        """The IdP's metadata (XML)."""
    @property
    def acs_url(self) -> str | None:
        """The assertion consumer service URL."""
    @property
    def sp_entity_id(self) -> str | None:
        """The service provider's entity id."""
    @property
    def sp_metadata_url(self) -> str | None:
        """The URL of the service provider's metadata."""
    @property
    def sync_user_attributes(self) -> bool | None:
        """Whether the user's attributes are updated from the IdP on each sign-in."""
    @property
    def allow_subdomains(self) -> bool:
        """Whether subdomains match too."""
    @property
    def allow_idp_initiated(self) -> bool:
        """Whether sign-ins started at the IdP are accepted."""
    @property
    def active(self) -> bool:
        """Whether the SAML connection is active."""
    @property
    def force_authn(self) -> bool:
        """Whether the IdP is asked to authenticate the user again (ForceAuthn)."""
    @property
    def login_hint(self) -> EnterpriseConnectionSamlConnectionLoginHint | None:
        """What is sent to the IdP as `login_hint`. `None` when the API does not send it."""
    @property
    def idp_certificates(self) -> tuple[SamlConnectionIdpCertificate, ...]:
        """The IdP's certificates. Absent or `null` gives an empty tuple."""

@final
class EnterpriseConnectionSamlConnectionLoginHint:
    """What a SAML connection sends to the IdP as `login_hint`."""

    __match_args__: ClassVar[tuple[Literal["mode"], Literal["source"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> EnterpriseConnectionSamlConnectionLoginHint:
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
    def mode(self) -> str:
        """`"email_address"`, `"custom_attribute"` or `"off"`; unknown values stay `str`."""
    @property
    def source(self) -> str | None:
        """The public metadata key whose value is sent, when `mode` is `"custom_attribute"`."""

@final
class SamlConnection:
    """A SAML connection (the resource behind `/saml_connections`)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["domain"], Literal["organization_id"], Literal["idp_entity_id"], Literal["idp_sso_url"], Literal["idp_certificate"], Literal["idp_certificate_issued_at"], Literal["idp_certificate_expires_at"], Literal["idp_metadata_url"], Literal["idp_metadata"], Literal["acs_url"], Literal["sp_entity_id"], Literal["sp_metadata_url"], Literal["active"], Literal["provider"], Literal["user_count"], Literal["sync_user_attributes"], Literal["allow_subdomains"], Literal["allow_idp_initiated"], Literal["created_at"], Literal["updated_at"], Literal["attribute_mapping"], Literal["idp_certificates"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SamlConnection:
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
    def name(self) -> str:
        """The connection's display name."""
    @property
    def domain(self) -> str | None:
        """The email domain of the connection. `None` when the API sends only the newer `domains` list."""
    @property
    def organization_id(self) -> str | None:
        """The organization the connection belongs to, if any."""
    @property
    def idp_entity_id(self) -> str | None:
        """The IdP's entity id."""
    @property
    def idp_sso_url(self) -> str | None:
        """The IdP's single sign-on URL."""
    @property
    def idp_certificate(self) -> str | None:
        """The IdP's signing certificate (PEM)."""
    @property
    def idp_certificate_issued_at(self) -> int | None:
        """Unix time in milliseconds at which the certificate becomes valid; `None` without a certificate."""
    @property
    def idp_certificate_expires_at(self) -> int | None:
        """Unix time in milliseconds at which the certificate expires; `None` without a certificate."""
    @property
    def idp_metadata_url(self) -> str | None:
        """The URL of the IdP's metadata."""
    @property
    def idp_metadata(self) -> str | None:
        """The IdP's metadata (XML)."""
    @property
    def acs_url(self) -> str:
        """The assertion consumer service URL."""
    @property
    def sp_entity_id(self) -> str:
        """The service provider's entity id."""
    @property
    def sp_metadata_url(self) -> str:
        """The URL of the service provider's metadata."""
    @property
    def active(self) -> bool:
        """Whether the connection is active."""
    @property
    def provider(self) -> str:
        """The identity provider, for example `"saml_okta"`; unknown values stay `str`."""
    @property
    def user_count(self) -> int:
        """How many users signed in through the connection."""
    @property
    def sync_user_attributes(self) -> bool:
        """Whether the user's attributes are updated from the IdP on each sign-in."""
    @property
    def allow_subdomains(self) -> bool:
        """Whether subdomains match too."""
    @property
    def allow_idp_initiated(self) -> bool:
        """Whether sign-ins started at the IdP are accepted."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def attribute_mapping(self) -> AttributeMapping | None:
        """Which SAML attributes fill the user's fields, if set."""
    @property
    def idp_certificates(self) -> tuple[SamlConnectionIdpCertificate, ...]:
        """The IdP's certificates. Absent or `null` gives an empty tuple."""

@final
class SamlConnectionIdpCertificate:
    """One signing certificate of a SAML identity provider."""

    __match_args__: ClassVar[tuple[Literal["certificate"], Literal["issued_at"], Literal["expires_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SamlConnectionIdpCertificate:
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
    def certificate(self) -> str:
        """The certificate (PEM)."""
    @property
    def issued_at(self) -> int | None:
        """Unix time in milliseconds at which the certificate becomes valid."""
    @property
    def expires_at(self) -> int | None:
        """Unix time in milliseconds at which the certificate expires."""

@final
class AttributeMapping:
    """The names of the SAML attributes that fill a user's fields."""

    __match_args__: ClassVar[tuple[Literal["user_id"], Literal["email_address"], Literal["first_name"], Literal["last_name"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> AttributeMapping:
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
    def user_id(self) -> str:
        """The attribute holding the user id."""
    @property
    def email_address(self) -> str:
        """The attribute holding the email address."""
    @property
    def first_name(self) -> str:
        """The attribute holding the first name."""
    @property
    def last_name(self) -> str:
        """The attribute holding the last name."""

@final
class BillingPlan:
    """A Billing plan that users or organizations can subscribe to."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["slug"], Literal["description"], Literal["is_default"], Literal["is_recurring"], Literal["has_base_fee"], Literal["publicly_visible"], Literal["fee"], Literal["annual_fee"], Literal["annual_monthly_fee"], Literal["for_payer_type"], Literal["features"], Literal["avatar_url"], Literal["free_trial_days"], Literal["free_trial_enabled"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPlan:
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
        """The plan's id (`cplan_...`)."""
    @property
    def name(self) -> str:
        """The plan's display name."""
    @property
    def slug(self) -> str:
        """The plan's URL-friendly key."""
    @property
    def description(self) -> str | None:
        """What the plan offers, if described."""
    @property
    def is_default(self) -> bool:
        """Whether new payers get this plan by default."""
    @property
    def is_recurring(self) -> bool:
        """Whether the plan renews every period."""
    @property
    def has_base_fee(self) -> bool:
        """Whether the plan charges a base fee on top of per-unit prices."""
    @property
    def publicly_visible(self) -> bool:
        """Whether the plan is listed publicly."""
    @property
    def fee(self) -> BillingMoneyAmount | None:
        """The monthly price; `None` when the API sends none."""
    @property
    def annual_fee(self) -> BillingMoneyAmount | None:
        """The price for a year, for plans that can be paid annually."""
    @property
    def annual_monthly_fee(self) -> BillingMoneyAmount | None:
        """The monthly equivalent of the annual price."""
    @property
    def for_payer_type(self) -> str:
        """Who can subscribe: `"user"` or `"org"`; unknown values stay `str`."""
    @property
    def features(self) -> tuple[Feature, ...]:
        """The features included in the plan. Absent or `null` gives an empty tuple."""
    @property
    def avatar_url(self) -> str | None:
        """The plan's image, if any."""
    @property
    def free_trial_days(self) -> int | None:
        """Length of the free trial in days, if the plan has one."""
    @property
    def free_trial_enabled(self) -> bool | None:
        """Whether the plan offers a free trial. `None` when the API leaves it out."""

@final
class BillingSubscription:
    """A payer's Billing subscription: the plans they are on, and what they pay next."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["status"], Literal["payer_id"], Literal["created_at"], Literal["updated_at"], Literal["active_at"], Literal["past_due_at"], Literal["subscription_items"], Literal["next_payment"], Literal["eligible_for_free_trial"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingSubscription:
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
        """The subscription's id (`csub_...`)."""
    @property
    def instance_id(self) -> str:
        """The instance the subscription belongs to."""
    @property
    def status(self) -> str:
        """For example `"active"` or `"past_due"`; unknown values stay `str`."""
    @property
    def payer_id(self) -> str:
        """The paying user or organization (`cpayer_...`)."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def active_at(self) -> int | None:
        """When the subscription became active (Unix ms), if it has."""
    @property
    def past_due_at(self) -> int | None:
        """When the subscription became past due (Unix ms), if it is."""
    @property
    def subscription_items(self) -> tuple[BillingSubscriptionItem, ...]:
        """One item per plan the payer is on. Absent or `null` gives an empty tuple."""
    @property
    def next_payment(self) -> BillingNextPayment | None:
        """The upcoming charge; `None` when nothing is due."""
    @property
    def eligible_for_free_trial(self) -> bool:
        """Whether the payer may still start a free trial. Absent or `null` gives `False`."""

@final
class BillingSubscriptionItem:
    """One plan within a Billing subscription, with its period and payment state."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["status"], Literal["plan_period"], Literal["period_start"], Literal["next_payment"], Literal["amount"], Literal["plan"], Literal["plan_id"], Literal["price_id"], Literal["created_at"], Literal["updated_at"], Literal["period_end"], Literal["canceled_at"], Literal["past_due_at"], Literal["ended_at"], Literal["payer_id"], Literal["is_free_trial"], Literal["lifetime_paid"], Literal["seats"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingSubscriptionItem:
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
        """The item's id (`csub_item_...`)."""
    @property
    def instance_id(self) -> str:
        """The instance the item belongs to."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"upcoming"`, `"ended"`; unknown values stay `str`."""
    @property
    def plan_period(self) -> str:
        """The billing period: `"month"` or `"annual"`; unknown values stay `str`."""
    @property
    def period_start(self) -> int | None:
        """Start of the current period (Unix ms). `None` when the API leaves it out."""
    @property
    def next_payment(self) -> BillingNextPayment | None:
        """The upcoming charge for this item, if any."""
    @property
    def amount(self) -> BillingMoneyAmount | None:
        """The amount charged for the item, if sent."""
    @property
    def plan(self) -> BillingPlan | None:
        """The subscribed plan, if sent."""
    @property
    def plan_id(self) -> str | None:
        """The subscribed plan's id."""
    @property
    def price_id(self) -> str | None:
        """The price the item is billed at."""
    @property
    def created_at(self) -> int | None:
        """Unix time in milliseconds. `None` when the API leaves it out."""
    @property
    def updated_at(self) -> int | None:
        """Unix time in milliseconds. `None` when the API leaves it out."""
    @property
    def period_end(self) -> int | None:
        """End of the current period (Unix ms); `None` on free plans."""
    @property
    def canceled_at(self) -> int | None:
        """When the item was canceled (Unix ms), if it was."""
    @property
    def past_due_at(self) -> int | None:
        """When the item became past due (Unix ms), if it is."""
    @property
    def ended_at(self) -> int | None:
        """When the item ended (Unix ms), if it has."""
    @property
    def payer_id(self) -> str | None:
        """The paying user or organization, if sent."""
    @property
    def is_free_trial(self) -> bool:
        """Whether the item is in a free trial."""
    @property
    def lifetime_paid(self) -> BillingMoneyAmount | None:
        """The total paid for the item so far, if sent."""
    @property
    def seats(self) -> BillingSubscriptionItemSeats | None:
        """The seats included, for seat-based plans."""

@final
class Feature:
    """A feature that Billing plans can include."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["description"], Literal["slug"], Literal["avatar_url"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Feature:
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
        """The feature's id."""
    @property
    def name(self) -> str:
        """The feature's display name."""
    @property
    def description(self) -> str | None:
        """What the feature provides, if described."""
    @property
    def slug(self) -> str:
        """The feature's key, as used in permission checks."""
    @property
    def avatar_url(self) -> str | None:
        """The feature's image, if any."""

@final
class BillingMoneyAmount:
    """An amount of money, in the currency's smallest unit, with its display form."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["amount_formatted"], Literal["currency"], Literal["currency_symbol"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingMoneyAmount:
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
    def amount(self) -> int:
        """The amount in the smallest unit of the currency (cents for USD)."""
    @property
    def amount_formatted(self) -> str:
        """The amount formatted for display, for example `"20.00"`."""
    @property
    def currency(self) -> str:
        """The ISO currency code, for example `"USD"`."""
    @property
    def currency_symbol(self) -> str:
        """The currency's symbol, for example `"$"`."""

@final
class BillingNextPayment:
    """The next charge of a subscription or subscription item."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["date"], Literal["per_unit_totals"], Literal["totals"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingNextPayment:
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
    def amount(self) -> BillingMoneyAmount | None:
        """How much will be charged. `None` when the API sends `null`."""
    @property
    def date(self) -> int | None:
        """When it will be charged (Unix ms). `None` when the API sends `null`."""
    @property
    def per_unit_totals(self) -> tuple[BillingPerUnitTotal, ...]:
        """The per-unit breakdown (for example seats). Absent or `null` gives an empty tuple."""
    @property
    def totals(self) -> BillingTotals | None:
        """The full breakdown of the charge, if sent."""

@final
class BillingTotals:
    """The breakdown of a charge: subtotal, tax, credits, discounts and what is due."""

    __match_args__: ClassVar[tuple[Literal["subtotal"], Literal["base_fee"], Literal["tax_total"], Literal["grand_total"], Literal["total_due_after_free_trial"], Literal["credit"], Literal["credits"], Literal["discounts"], Literal["past_due"], Literal["total_due_now"], Literal["per_unit_totals"], Literal["totals_due_per_period"], Literal["total_due_per_period"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingTotals:
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
    def subtotal(self) -> BillingMoneyAmount:
        """Before taxes, credits and discounts."""
    @property
    def base_fee(self) -> BillingMoneyAmount | None:
        """The plan's base fee part, if sent."""
    @property
    def tax_total(self) -> BillingMoneyAmount:
        """The tax included."""
    @property
    def grand_total(self) -> BillingMoneyAmount:
        """The final amount, after taxes, credits and discounts."""
    @property
    def total_due_after_free_trial(self) -> BillingMoneyAmount | None:
        """What becomes due once a free trial ends, if any."""
    @property
    def credit(self) -> BillingMoneyAmount | None:
        """Credit applied (older single-amount form of `credits`), if any."""
    @property
    def credits(self) -> BillingCredits | None:
        """The credits applied, broken down, if any."""
    @property
    def discounts(self) -> BillingDiscounts | None:
        """The discounts applied, if any."""
    @property
    def past_due(self) -> BillingMoneyAmount | None:
        """Unpaid amounts from earlier periods collected now, if any."""
    @property
    def total_due_now(self) -> BillingMoneyAmount | None:
        """What has to be paid immediately, if sent."""
    @property
    def per_unit_totals(self) -> tuple[BillingPerUnitTotal, ...]:
        """The per-unit breakdown. Absent or `null` gives an empty tuple."""
    @property
    def totals_due_per_period(self) -> BillingPeriodTotals | None:
        """What each following period will cost, if sent."""
    @property
    def total_due_per_period(self) -> BillingMoneyAmount | None:
        """The recurring charge per period (older single-amount form), if sent."""

@final
class BillingPeriodTotals:
    """What one billing period costs, broken down."""

    __match_args__: ClassVar[tuple[Literal["subtotal"], Literal["base_fee"], Literal["tax_total"], Literal["grand_total"], Literal["per_unit_totals"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPeriodTotals:
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
    def subtotal(self) -> BillingMoneyAmount:
        """Before taxes."""
    @property
    def base_fee(self) -> BillingMoneyAmount:
        """The plan's base fee part."""
    @property
    def tax_total(self) -> BillingMoneyAmount:
        """The tax included."""
    @property
    def grand_total(self) -> BillingMoneyAmount:
        """The final amount for the period."""
    @property
    def per_unit_totals(self) -> tuple[BillingPerUnitTotal, ...]:
        """The per-unit breakdown. Absent or `null` gives an empty tuple."""

@final
class BillingPerUnitTotal:
    """The cost of one kind of unit (for example seats), tier by tier."""

    __match_args__: ClassVar[tuple[Literal["name"], Literal["block_size"], Literal["tiers"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPerUnitTotal:
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
    def name(self) -> str:
        """The unit's name, for example `"seats"`."""
    @property
    def block_size(self) -> int:
        """How many units make one billed block."""
    @property
    def tiers(self) -> tuple[BillingPerUnitTotalTier, ...]:
        """The cost per tier. Absent or `null` gives an empty tuple."""

@final
class BillingPerUnitTotalTier:
    """The cost of the units billed within one pricing tier."""

    __match_args__: ClassVar[tuple[Literal["quantity"], Literal["fee_per_block"], Literal["total"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPerUnitTotalTier:
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
    def quantity(self) -> int | None:
        """How many blocks fall into this tier; `None` means unlimited."""
    @property
    def fee_per_block(self) -> BillingMoneyAmount:
        """The price of one block in this tier."""
    @property
    def total(self) -> BillingMoneyAmount:
        """The total for this tier."""

@final
class BillingCredits:
    """Credits applied to a charge."""

    __match_args__: ClassVar[tuple[Literal["proration"], Literal["payer"], Literal["total"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingCredits:
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
    def proration(self) -> BillingProrationCreditDetail | None:
        """Credit for the unused part of a previous plan, if any."""
    @property
    def payer(self) -> BillingPayerCredit | None:
        """Credit taken from the payer's balance, if any."""
    @property
    def total(self) -> BillingMoneyAmount:
        """All credits together."""

@final
class BillingProrationCreditDetail:
    """Credit for the part of a paid period that was not used."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["cycle_days_remaining"], Literal["cycle_days_total"], Literal["cycle_remaining_percent"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingProrationCreditDetail:
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
    def amount(self) -> BillingMoneyAmount:
        """The credited amount."""
    @property
    def cycle_days_remaining(self) -> int:
        """Days left in the period."""
    @property
    def cycle_days_total(self) -> int:
        """Days in the whole period."""
    @property
    def cycle_remaining_percent(self) -> float:
        """The share of the period left, as the API sends it."""

@final
class BillingPayerCredit:
    """Credit taken from the payer's credit balance."""

    __match_args__: ClassVar[tuple[Literal["remaining_balance"], Literal["applied_amount"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPayerCredit:
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
    def remaining_balance(self) -> BillingMoneyAmount:
        """What is left of the balance afterwards."""
    @property
    def applied_amount(self) -> BillingMoneyAmount:
        """What was taken from the balance."""

@final
class BillingDiscounts:
    """Discounts applied to a charge."""

    __match_args__: ClassVar[tuple[Literal["proration"], Literal["discount"], Literal["total"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingDiscounts:
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
    def proration(self) -> BillingProrationDiscount | None:
        """The discount for the part of the period already passed (seats added mid-period), if any."""
    @property
    def discount(self) -> BillingAppliedDiscount | None:
        """A discount or promo code applied, if any."""
    @property
    def total(self) -> BillingMoneyAmount:
        """All discounts together."""

@final
class BillingProrationDiscount:
    """The discount for the part of a period that had already passed."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["cycle_days_passed"], Literal["cycle_days_total"], Literal["cycle_passed_percent"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingProrationDiscount:
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
    def amount(self) -> BillingMoneyAmount:
        """The discounted amount."""
    @property
    def cycle_days_passed(self) -> int:
        """Days of the period already passed."""
    @property
    def cycle_days_total(self) -> int:
        """Days in the whole period."""
    @property
    def cycle_passed_percent(self) -> float:
        """The share of the period passed, as the API sends it."""

@final
class BillingAppliedDiscount:
    """A discount (promotion or promo code) applied to a charge."""

    __match_args__: ClassVar[tuple[Literal["amount"], Literal["discount_id"], Literal["name"], Literal["effect"], Literal["percent_off"], Literal["amount_off"], Literal["promo_code"], Literal["cycles_remaining"], Literal["duration_in_cycles"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingAppliedDiscount:
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
    def amount(self) -> BillingMoneyAmount:
        """What the discount takes off this charge."""
    @property
    def discount_id(self) -> str:
        """The discount's id."""
    @property
    def name(self) -> str | None:
        """The discount's display name, if sent."""
    @property
    def effect(self) -> str | None:
        """`"percentage"` or `"fixed_amount"`; unknown values stay `str`."""
    @property
    def percent_off(self) -> float | None:
        """The percentage taken off, for percentage discounts."""
    @property
    def amount_off(self) -> BillingMoneyAmount | None:
        """The fixed amount taken off, for fixed-amount discounts."""
    @property
    def promo_code(self) -> str | None:
        """The promo code used, if any."""
    @property
    def cycles_remaining(self) -> int | None:
        """Billing periods the discount still applies to; `None` means forever or not sent."""
    @property
    def duration_in_cycles(self) -> int | None:
        """How many periods the discount lasts in total, if sent."""

@final
class BillingSubscriptionItemSeats:
    """The seats included in a subscription item."""

    __match_args__: ClassVar[tuple[Literal["quantity"], Literal["tiers"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingSubscriptionItemSeats:
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
    def quantity(self) -> int | None:
        """The seat limit; `None` means unlimited."""
    @property
    def tiers(self) -> tuple[BillingPerUnitTotalTier, ...]:
        """The cost per pricing tier. Absent or `null` gives an empty tuple."""

@final
class APIKey:
    """An API key issued to a user, organization or machine."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["type"], Literal["name"], Literal["subject"], Literal["scopes"], Literal["claims"], Literal["revoked"], Literal["revocation_reason"], Literal["expired"], Literal["expiration"], Literal["created_by"], Literal["description"], Literal["last_used_at"], Literal["created_at"], Literal["updated_at"], Literal["secret"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> APIKey:
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
        """The key's id (`ak_...`)."""
    @property
    def type(self) -> str:
        """The kind of key, for example `"api_key"`."""
    @property
    def name(self) -> str:
        """The key's name."""
    @property
    def subject(self) -> str:
        """Who the key acts for (`user_...`, `org_...` or `mch_...`)."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def claims(self) -> dict[str, Any] | None:
        """Custom claims attached to the key."""
    @property
    def revoked(self) -> bool:
        """Whether the key has been revoked."""
    @property
    def revocation_reason(self) -> str | None:
        """Why it was revoked, if it was."""
    @property
    def expired(self) -> bool:
        """Whether the key has expired."""
    @property
    def expiration(self) -> int | None:
        """When the key expires (Unix ms); `None` if never."""
    @property
    def created_by(self) -> str | None:
        """Who created the key, if known."""
    @property
    def description(self) -> str | None:
        """The key's description, if any."""
    @property
    def last_used_at(self) -> int | None:
        """When the key was last used (Unix ms), if ever."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def secret(self) -> str | None:
        """The key itself; only sent when the key is created. Hidden in `repr`."""

@final
class M2MToken:
    """A machine-to-machine token."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["subject"], Literal["scopes"], Literal["claims"], Literal["revoked"], Literal["revocation_reason"], Literal["expired"], Literal["expiration"], Literal["created_at"], Literal["updated_at"], Literal["token"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> M2MToken:
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
        """The token's id (`mt_...`)."""
    @property
    def subject(self) -> str:
        """The machine the token was issued to (`mch_...`)."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def claims(self) -> dict[str, Any] | None:
        """Custom claims attached to the token."""
    @property
    def revoked(self) -> bool:
        """Whether the token has been revoked."""
    @property
    def revocation_reason(self) -> str | None:
        """Why it was revoked, if it was."""
    @property
    def expired(self) -> bool:
        """Whether the token has expired."""
    @property
    def expiration(self) -> int | None:
        """When the token expires (Unix ms); `None` if never."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def token(self) -> str | None:
        """The token itself; only sent when the token is created. Hidden in `repr`."""

@final
class Machine:
    """A machine: a service that authenticates to other machines with M2M tokens."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["instance_id"], Literal["created_at"], Literal["updated_at"], Literal["scoped_machines"], Literal["default_token_ttl"], Literal["secret_key"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Machine:
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
        """The machine's id (`mch_...`)."""
    @property
    def name(self) -> str:
        """The machine's name."""
    @property
    def instance_id(self) -> str:
        """The instance the machine belongs to."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def scoped_machines(self) -> tuple[Machine, ...]:
        """The machines this one may talk to, each parsed as a full `Machine` (the API sends
        them without their own scoped machines or secret key, so those are `()` and `None`).
        Absent or `null` gives an empty tuple."""
    @property
    def default_token_ttl(self) -> int | None:
        """Default lifetime of the machine's tokens, in seconds. `None` when the API leaves it out."""
    @property
    def secret_key(self) -> str | None:
        """The machine's secret key; only sent when the machine is created. Hidden in `repr`."""

@final
class MachineScope:
    """Permission for one machine to talk to another."""

    __match_args__: ClassVar[tuple[Literal["from_machine_id"], Literal["to_machine_id"], Literal["created_at"], Literal["deleted"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> MachineScope:
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
    def from_machine_id(self) -> str:
        """The machine that is allowed to call."""
    @property
    def to_machine_id(self) -> str:
        """The machine it may call."""
    @property
    def created_at(self) -> int | None:
        """Unix time in milliseconds, if sent."""
    @property
    def deleted(self) -> bool | None:
        """`True` in the response to deleting the scope."""

@final
class MachineSecretKey:
    """A machine's secret key."""

    __match_args__: ClassVar[tuple[Literal["secret"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> MachineSecretKey:
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
    def secret(self) -> str:
        """The secret key. Hidden in `repr`."""

@final
class IdPOAuthAccessToken:
    """An OAuth access token that Clerk issued as an identity provider (opaque-token form).
    `act` is kept as sent; the reference SDK rebuilds it (keeps only a string `sub`,
    a string `iss` and one nested `act`)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["client_id"], Literal["type"], Literal["subject"], Literal["scopes"], Literal["revoked"], Literal["revocation_reason"], Literal["expired"], Literal["expiration"], Literal["created_at"], Literal["updated_at"], Literal["aud"], Literal["act"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> IdPOAuthAccessToken:
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
        """The token's id (`oat_...`)."""
    @property
    def client_id(self) -> str:
        """The OAuth application's client id."""
    @property
    def type(self) -> str | None:
        """The kind of token. `None` when the API leaves it out."""
    @property
    def subject(self) -> str:
        """The user the token was issued for."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def revoked(self) -> bool:
        """Whether the token has been revoked."""
    @property
    def revocation_reason(self) -> str | None:
        """Why it was revoked, if it was."""
    @property
    def expired(self) -> bool:
        """Whether the token has expired."""
    @property
    def expiration(self) -> int | None:
        """When the token expires (Unix ms); `None` if never."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def aud(self) -> tuple[str, ...]:
        """The token's audiences. Absent or `null` gives an empty tuple."""
    @property
    def act(self) -> dict[str, Any] | None:
        """The actor claim, for tokens used on someone's behalf; kept as sent."""

@final
class OauthAccessToken:
    """A user's access token at an OAuth provider (Google, GitHub, ...), fetched through Clerk."""

    __match_args__: ClassVar[tuple[Literal["external_account_id"], Literal["provider"], Literal["token"], Literal["public_metadata"], Literal["label"], Literal["scopes"], Literal["token_secret"], Literal["expires_at"], Literal["id_token"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OauthAccessToken:
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
    def external_account_id(self) -> str:
        """The external account the token belongs to."""
    @property
    def provider(self) -> str:
        """The provider, for example `"oauth_google"`."""
    @property
    def token(self) -> str:
        """The provider's access token. Hidden in `repr`."""
    @property
    def public_metadata(self) -> dict[str, Any] | None:
        """Public metadata of the external account. An absent key gives `{}`, `null` gives `None`."""
    @property
    def label(self) -> str:
        """The account's label. Absent or `null` gives `""`."""
    @property
    def scopes(self) -> tuple[str, ...]:
        """The scopes granted. Absent or `null` gives an empty tuple."""
    @property
    def token_secret(self) -> str | None:
        """The OAuth 1.0 token secret, for providers that use one. Hidden in `repr`."""
    @property
    def expires_at(self) -> int | None:
        """When the token expires, in Unix **seconds** (not milliseconds), if known."""
    @property
    def id_token(self) -> str | None:
        """The provider's OpenID Connect ID token, if any. Hidden in `repr`."""

@final
class OAuthApplication:
    """An OAuth application that uses Clerk as its identity provider."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["name"], Literal["client_id"], Literal["client_uri"], Literal["client_image_url"], Literal["dynamically_registered"], Literal["consent_screen_enabled"], Literal["pkce_required"], Literal["is_public"], Literal["scopes"], Literal["redirect_uris"], Literal["authorize_url"], Literal["token_fetch_url"], Literal["user_info_url"], Literal["discovery_url"], Literal["token_introspection_url"], Literal["created_at"], Literal["updated_at"], Literal["client_secret"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> OAuthApplication:
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
        """The application's id."""
    @property
    def instance_id(self) -> str:
        """The instance the application belongs to."""
    @property
    def name(self) -> str:
        """The application's name."""
    @property
    def client_id(self) -> str:
        """The OAuth client id."""
    @property
    def client_uri(self) -> str | None:
        """The application's homepage, if set."""
    @property
    def client_image_url(self) -> str | None:
        """The application's logo, if set."""
    @property
    def dynamically_registered(self) -> bool:
        """Whether the application registered itself (dynamic client registration)."""
    @property
    def consent_screen_enabled(self) -> bool:
        """Whether users are asked for consent."""
    @property
    def pkce_required(self) -> bool:
        """Whether PKCE is required."""
    @property
    def is_public(self) -> bool:
        """Whether this is a public client (no client secret). JSON key `public`."""
    @property
    def scopes(self) -> str:
        """The scopes the application may request, space-separated."""
    @property
    def redirect_uris(self) -> tuple[str, ...]:
        """The allowed redirect URIs. Absent or `null` gives an empty tuple."""
    @property
    def authorize_url(self) -> str:
        """The authorization endpoint."""
    @property
    def token_fetch_url(self) -> str:
        """The token endpoint."""
    @property
    def user_info_url(self) -> str:
        """The user-info endpoint."""
    @property
    def discovery_url(self) -> str:
        """The OpenID discovery document."""
    @property
    def token_introspection_url(self) -> str:
        """The token introspection endpoint."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def client_secret(self) -> str | None:
        """The client secret; only sent on creation and rotation. Hidden in `repr`."""

@final
class AgentTask:
    """A task that an agent performs on a user's behalf.
    `task_id` and `agent_task_id` are the same value, both read from the JSON key
    `agent_task_id` (absent or `null` gives `""`). The older `task_id` key is not
    used as a fallback (the API marks it deprecated and sends both); it stays reachable through `raw`."""

    __match_args__: ClassVar[tuple[Literal["agent_id"], Literal["task_id"], Literal["agent_task_id"], Literal["url"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> AgentTask:
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
    def agent_id(self) -> str:
        """The agent's id."""
    @property
    def task_id(self) -> str:
        """The task's id; the same value as `agent_task_id`."""
    @property
    def agent_task_id(self) -> str:
        """The task's id."""
    @property
    def url(self) -> str | None:
        """The URL that starts a session for the user; only sent on creation. It works as a
        credential, so it is hidden in `repr`."""

@final
class ActorToken:
    """A token that lets an actor (for example an admin) sign in as a user."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["status"], Literal["user_id"], Literal["actor"], Literal["token"], Literal["url"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> ActorToken:
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
        """The token's id (`act_...`)."""
    @property
    def status(self) -> str:
        """`"pending"`, `"accepted"` or `"revoked"`; unknown values stay `str`."""
    @property
    def user_id(self) -> str:
        """The user to be impersonated."""
    @property
    def actor(self) -> dict[str, Any] | None:
        """The actor's claims, kept as sent."""
    @property
    def token(self) -> str | None:
        """The token itself, if sent. Hidden in `repr`."""
    @property
    def url(self) -> str | None:
        """The sign-in URL, if sent. It contains the token, so it is hidden in `repr` too."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class SignInToken:
    """A single-use token that signs a user in without credentials."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["user_id"], Literal["token"], Literal["status"], Literal["url"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> SignInToken:
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
        """The token's id (`sit_...`)."""
    @property
    def user_id(self) -> str:
        """The user the token signs in."""
    @property
    def token(self) -> str | None:
        """The token itself, if sent (only on creation). Hidden in `repr`."""
    @property
    def status(self) -> str:
        """`"pending"`, `"accepted"` or `"revoked"`; unknown values stay `str`."""
    @property
    def url(self) -> str | None:
        """The sign-in URL, if sent. It contains the token, so it is hidden in `repr` too."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class TestingToken:
    """A token that lets automated tests bypass bot protection."""

    __match_args__: ClassVar[tuple[Literal["token"], Literal["expires_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> TestingToken:
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
    def token(self) -> str:
        """The token itself. Hidden in `repr`."""
    @property
    def expires_at(self) -> int:
        """When the token expires, in Unix **seconds** (not milliseconds)."""

@final
class Token:
    """A session token (a signed JWT), for example one made from a JWT template."""

    __match_args__: ClassVar[tuple[Literal["jwt"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> Token:
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
    def jwt(self) -> str:
        """The encoded JWT. Hidden in `repr`."""

@final
class JwtTemplate:
    """A template for custom session JWTs."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["claims"], Literal["lifetime"], Literal["allowed_clock_skew"], Literal["custom_signing_key"], Literal["signing_algorithm"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> JwtTemplate:
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
        """The template's id (`jtmp_...`)."""
    @property
    def name(self) -> str:
        """The template's name."""
    @property
    def claims(self) -> dict[str, Any]:
        """The claims the template adds, kept as sent."""
    @property
    def lifetime(self) -> int:
        """Token lifetime in seconds."""
    @property
    def allowed_clock_skew(self) -> int:
        """Allowed clock skew in seconds."""
    @property
    def custom_signing_key(self) -> bool:
        """Whether the template signs with a custom key."""
    @property
    def signing_algorithm(self) -> str:
        """The signing algorithm, for example `"RS256"`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""

@final
class BillingPaymentAttempt:
    """The `data` of the `paymentAttempt.created` and `paymentAttempt.updated` webhooks: one
    attempt to charge a payer, with what it was for and how it went."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["instance_id"], Literal["payment_id"], Literal["statement_id"], Literal["invoice_id"], Literal["gateway_external_id"], Literal["status"], Literal["created_at"], Literal["updated_at"], Literal["paid_at"], Literal["failed_at"], Literal["failed_reason"], Literal["billing_date"], Literal["charge_type"], Literal["payee"], Literal["payer"], Literal["totals"], Literal["payment_source"], Literal["subscription_items"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPaymentAttempt:
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
        """The attempt's id."""
    @property
    def instance_id(self) -> str:
        """The instance the payment belongs to."""
    @property
    def payment_id(self) -> str:
        """The payment this attempt is for (`cpa_...`)."""
    @property
    def statement_id(self) -> str:
        """The statement the payment appears on."""
    @property
    def invoice_id(self) -> str | None:
        """The invoice of the payment. Deprecated by Clerk in favour of `statement_id`, and
        left out of the published examples, so `None` when absent."""
    @property
    def gateway_external_id(self) -> str:
        """The attempt's id at the payment gateway (for Stripe a `pi_...` payment intent)."""
    @property
    def status(self) -> str:
        """`"pending"`, `"paid"` or `"failed"`; unknown values stay `str`."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def paid_at(self) -> int | None:
        """When the payment succeeded (Unix ms); `None` until it has."""
    @property
    def failed_at(self) -> int | None:
        """When the payment failed (Unix ms); `None` unless it did."""
    @property
    def failed_reason(self) -> BillingPaymentFailedReason | None:
        """Why the payment failed; `None` unless it did."""
    @property
    def billing_date(self) -> int:
        """The date the payment bills for (Unix ms)."""
    @property
    def charge_type(self) -> str:
        """`"checkout"` or `"recurring"`; unknown values stay `str`."""
    @property
    def payee(self) -> BillingPayee:
        """The account that receives the money."""
    @property
    def payer(self) -> BillingPayer:
        """The user or organization that pays."""
    @property
    def totals(self) -> BillingWebhookTotals:
        """What the attempt charges."""
    @property
    def payment_source(self) -> BillingPaymentSource:
        """The payment method charged."""
    @property
    def subscription_items(self) -> tuple[BillingPaymentAttemptSubscriptionItem, ...]:
        """The subscription items the payment covers. Absent or `null` gives an empty tuple."""

@final
class BillingPaymentFailedReason:
    """Why a payment attempt failed, as the payment gateway reported it."""

    __match_args__: ClassVar[tuple[Literal["code"], Literal["decline_code"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPaymentFailedReason:
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
    def code(self) -> str:
        """The broad failure category, for example `"card_declined"`."""
    @property
    def decline_code(self) -> str:
        """The gateway's detailed decline code, for example `"insufficient_funds"`."""

@final
class BillingPayee:
    """The account a payment is paid to, at the payment gateway."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["gateway_type"], Literal["gateway_external_id"], Literal["gateway_status"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPayee:
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
        """The payee's id (`cpayee_...`)."""
    @property
    def gateway_type(self) -> str:
        """The payment gateway, for example `"stripe"`."""
    @property
    def gateway_external_id(self) -> str:
        """The payee's account id at the gateway (for Stripe `acct_...`)."""
    @property
    def gateway_status(self) -> str:
        """The account's state at the gateway, for example `"active"`; unknown values stay `str`."""

@final
class BillingPayer:
    """The user or organization that pays, as billing webhooks send it.

    Clerk fills the user fields only for user payers and the organization fields only for
    organization payers; the others come as `""` (kept as sent) or are left out (`None`)."""

    __match_args__: ClassVar[tuple[Literal["object"], Literal["id"], Literal["user_id"], Literal["first_name"], Literal["last_name"], Literal["email"], Literal["organization_id"], Literal["organization_name"], Literal["image_url"], Literal["created_at"], Literal["updated_at"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPayer:
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
    def object(self) -> str | None:
        """`"commerce_payer"` when sent; payment attempts leave it out (`None`)."""
    @property
    def id(self) -> str:
        """The payer's id (`cpayer_...`)."""
    @property
    def user_id(self) -> str | None:
        """The paying user's id, for user payers."""
    @property
    def first_name(self) -> str | None:
        """The paying user's first name, if known."""
    @property
    def last_name(self) -> str | None:
        """The paying user's last name, if known."""
    @property
    def email(self) -> str | None:
        """The payer's email address, if known."""
    @property
    def organization_id(self) -> str | None:
        """The paying organization's id, for organization payers."""
    @property
    def organization_name(self) -> str | None:
        """The paying organization's name, for organization payers."""
    @property
    def image_url(self) -> str:
        """The user's avatar or the organization's logo."""
    @property
    def created_at(self) -> int | None:
        """Unix time in milliseconds. Payment attempts leave it out (`None`)."""
    @property
    def updated_at(self) -> int | None:
        """Unix time in milliseconds. Payment attempts leave it out (`None`)."""

@final
class BillingPaymentSource:
    """The payment method a payment attempt charged."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["gateway"], Literal["gateway_external_id"], Literal["gateway_external_account_id"], Literal["payment_method"], Literal["status"], Literal["card_type"], Literal["last4"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPaymentSource:
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
        """The payment source's id (`cps_...`)."""
    @property
    def gateway(self) -> str:
        """The payment gateway, for example `"stripe"`."""
    @property
    def gateway_external_id(self) -> str:
        """The payment method's id at the gateway (for Stripe `pm_...`)."""
    @property
    def gateway_external_account_id(self) -> str | None:
        """The gateway account the method belongs to; `None` for some methods."""
    @property
    def payment_method(self) -> str:
        """`"card"` or `"link"`; unknown values stay `str`."""
    @property
    def status(self) -> str:
        """`"active"` or `"disconnected"`; unknown values stay `str`."""
    @property
    def card_type(self) -> str | None:
        """The card brand, for example `"visa"`; `None` for other methods."""
    @property
    def last4(self) -> str | None:
        """The card number's last four digits; `None` for other methods."""

@final
class BillingWebhookTotals:
    """What a payment attempt charges: subtotal, tax and the final amount.

    Like the API's `BillingTotals` for these three amounts, but the webhook spec gives
    `per_unit_totals` a flat shape of its own (`BillingWebhookUnitTotal`)."""

    __match_args__: ClassVar[tuple[Literal["subtotal"], Literal["tax_total"], Literal["grand_total"], Literal["per_unit_totals"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookTotals:
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
    def subtotal(self) -> BillingMoneyAmount:
        """Before taxes."""
    @property
    def tax_total(self) -> BillingMoneyAmount:
        """The tax included."""
    @property
    def grand_total(self) -> BillingMoneyAmount:
        """The final amount, taxes included."""
    @property
    def per_unit_totals(self) -> tuple[BillingWebhookUnitTotal, ...]:
        """The per-unit charges (for example seats). Absent or `null` gives an empty tuple."""

@final
class BillingWebhookUnitTotal:
    """The charge for one kind of unit (for example seats) within a payment attempt.
    The webhook spec requires none of its keys, so each one may be `None`."""

    __match_args__: ClassVar[tuple[Literal["name"], Literal["amount"], Literal["quantity"], Literal["total"], Literal["currency"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookUnitTotal:
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
    def name(self) -> str | None:
        """The unit's name, for example `"seats"`."""
    @property
    def amount(self) -> int | None:
        """The price of one unit, in the currency's smallest unit (cents for USD)."""
    @property
    def quantity(self) -> int | None:
        """How many units are charged at this price; `None` also means unlimited."""
    @property
    def total(self) -> int | None:
        """The charge for these units (`amount` times `quantity`), in the currency's smallest unit."""
    @property
    def currency(self) -> str | None:
        """The ISO currency code, for example `"USD"`."""

@final
class BillingPaymentAttemptSubscriptionItem:
    """One subscription item as a payment attempt lists it (`subscription_items`).

    Clerk documents two shapes for it: the webhook spec's (`object`, `interval`,
    `created_at`, `payer`, `subscription_id`, ...) and the published examples' and
    reference types' (`plan_period`, `amount`, `lifetime_paid`, `next_payment_*`, ...).
    This class reads both; every key that only one of them has is optional."""

    __match_args__: ClassVar[tuple[Literal["object"], Literal["id"], Literal["status"], Literal["plan_id"], Literal["plan"], Literal["interval"], Literal["plan_period"], Literal["period_start"], Literal["period_end"], Literal["created_at"], Literal["updated_at"], Literal["canceled_at"], Literal["past_due_at"], Literal["amount"], Literal["lifetime_paid"], Literal["next_payment_amount"], Literal["next_payment_date"], Literal["proration_date"], Literal["credit"], Literal["credits"], Literal["payer"], Literal["subscription_id"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingPaymentAttemptSubscriptionItem:
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
    def object(self) -> str | None:
        """`"commerce_subscription_item"` when sent; the published examples leave it out."""
    @property
    def id(self) -> str:
        """The item's id (`csub_item_...`)."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"past_due"` or `"upcoming"`; unknown values stay `str`."""
    @property
    def plan_id(self) -> str | None:
        """The subscribed plan's id, if any."""
    @property
    def plan(self) -> BillingWebhookPlan | None:
        """The subscribed plan, if sent."""
    @property
    def interval(self) -> str | None:
        """The billing period, `"month"` or `"annual"` (spec shape), if sent."""
    @property
    def plan_period(self) -> str | None:
        """The billing period, `"month"` or `"annual"` (example shape), if sent."""
    @property
    def period_start(self) -> int:
        """Start of the current period (Unix ms)."""
    @property
    def period_end(self) -> int | None:
        """End of the current period (Unix ms); `None` when not sent or open-ended."""
    @property
    def created_at(self) -> int | None:
        """Unix time in milliseconds, if sent."""
    @property
    def updated_at(self) -> int | None:
        """Unix time in milliseconds, if sent."""
    @property
    def canceled_at(self) -> int | None:
        """When the item was canceled (Unix ms), if it was."""
    @property
    def past_due_at(self) -> int | None:
        """When the item became past due (Unix ms), if it is."""
    @property
    def amount(self) -> BillingMoneyAmount | None:
        """The item's price, if sent."""
    @property
    def lifetime_paid(self) -> int | None:
        """The total paid for the item so far, as a bare integer. Its unit is not documented;
        the examples' values read as the currency's smallest unit."""
    @property
    def next_payment_amount(self) -> int | None:
        """The next charge, as a bare integer. Its unit is not documented; the examples'
        values read as the currency's smallest unit."""
    @property
    def next_payment_date(self) -> int | None:
        """When the next charge is due (Unix ms), if sent."""
    @property
    def proration_date(self) -> str | None:
        """The proration date as sent, for example `"2024-05-01"`."""
    @property
    def credit(self) -> BillingProrationCreditDetail | None:
        """Credit for the unused part of a previous plan (deprecated by Clerk in favour of
        `credits`), if any."""
    @property
    def credits(self) -> BillingCredits | None:
        """The credits applied, broken down, if any."""
    @property
    def payer(self) -> BillingPayer | None:
        """The paying user or organization, if sent."""
    @property
    def subscription_id(self) -> str | None:
        """The subscription the item belongs to, if sent."""

@final
class BillingWebhookSubscription:
    """The `data` of the `subscription.created`, `subscription.updated`, `subscription.active`
    and `subscription.pastDue` webhooks: a payer's subscription, with its items."""

    __match_args__: ClassVar[tuple[Literal["object"], Literal["id"], Literal["status"], Literal["payer_id"], Literal["payer"], Literal["created_at"], Literal["updated_at"], Literal["active_at"], Literal["past_due_at"], Literal["canceled_at"], Literal["ended_at"], Literal["latest_payment_id"], Literal["payment_source_id"], Literal["items"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookSubscription:
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
    def object(self) -> str:
        """`"commerce_subscription"`."""
    @property
    def id(self) -> str:
        """The subscription's id (`csub_...`)."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"past_due"` or `"canceled"`; unknown values stay `str`."""
    @property
    def payer_id(self) -> str:
        """The paying user or organization's payer id (`cpayer_...`)."""
    @property
    def payer(self) -> BillingPayer:
        """The paying user or organization."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def active_at(self) -> int | None:
        """When the subscription became active (Unix ms); `None` if it never has."""
    @property
    def past_due_at(self) -> int | None:
        """When the subscription became past due (Unix ms); `None` unless it is."""
    @property
    def canceled_at(self) -> int | None:
        """When the subscription was canceled (Unix ms); `None` unless it was."""
    @property
    def ended_at(self) -> int | None:
        """When the subscription ended (Unix ms); `None` unless it has."""
    @property
    def latest_payment_id(self) -> str | None:
        """The latest payment for the subscription (`cpa_...`); `None` if there is none."""
    @property
    def payment_source_id(self) -> str | None:
        """The payment method charged (`cps_...`); `None` if there is none (free plans)."""
    @property
    def items(self) -> tuple[BillingWebhookSubscriptionItem, ...]:
        """The items that make up the subscription, one per plan and period. Absent or `null`
        gives an empty tuple."""

@final
class BillingWebhookSubscriptionItem:
    """The `data` of the `subscriptionItem.*` webhooks (`active`, `updated`, `canceled`,
    `ended`, `pastDue`, `upcoming`, `incomplete`, `abandoned`, `freeTrialEnding`, and
    `created` where sent), and each of `BillingWebhookSubscription.items`."""

    __match_args__: ClassVar[tuple[Literal["object"], Literal["id"], Literal["status"], Literal["is_free_trial"], Literal["created_at"], Literal["updated_at"], Literal["period_start"], Literal["period_end"], Literal["interval"], Literal["plan_id"], Literal["plan"], Literal["payer"], Literal["subscription_id"], Literal["seats"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookSubscriptionItem:
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
    def object(self) -> str:
        """`"subscription_item"` in `subscriptionItem.*` events, `"commerce_subscription_item"`
        inside a subscription; unknown values stay `str`."""
    @property
    def id(self) -> str:
        """The item's id (`csub_item_...`)."""
    @property
    def status(self) -> str:
        """For example `"active"`, `"upcoming"` or `"ended"`; unknown values stay `str`."""
    @property
    def is_free_trial(self) -> bool:
        """Whether the item is in a free trial."""
    @property
    def created_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def updated_at(self) -> int:
        """Unix time in milliseconds."""
    @property
    def period_start(self) -> int:
        """Start of the item's period (Unix ms)."""
    @property
    def period_end(self) -> int | None:
        """End of the item's period (Unix ms); `None` for a default (free) plan."""
    @property
    def interval(self) -> str:
        """The billing period, for example `"month"` or `"annual"`."""
    @property
    def plan_id(self) -> str | None:
        """The subscribed plan's id; `None` when there is none."""
    @property
    def plan(self) -> BillingWebhookPlan | None:
        """The subscribed plan; `None` when there is none."""
    @property
    def payer(self) -> BillingPayer | None:
        """The paying user or organization: sent in `subscriptionItem.*` events, `None`
        inside a subscription."""
    @property
    def subscription_id(self) -> str | None:
        """The subscription the item belongs to: sent in `subscriptionItem.*` events, `None`
        inside a subscription."""
    @property
    def seats(self) -> BillingWebhookSeats | None:
        """The seats included, for seat-based plans."""

@final
class BillingWebhookPlan:
    """A plan as billing webhooks inline it in subscription items.

    Always sent: `id`, `slug`, `name`, `is_recurring`, `amount`, `currency`. The items of
    payment attempts add more of the plan (`instance_id`, `period`, `is_default`, ...)."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["slug"], Literal["name"], Literal["is_recurring"], Literal["amount"], Literal["currency"], Literal["unit_prices"], Literal["instance_id"], Literal["product_id"], Literal["description"], Literal["is_default"], Literal["is_prorated"], Literal["period"], Literal["interval"], Literal["has_base_fee"], Literal["annual_monthly_amount"], Literal["publicly_visible"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookPlan:
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
        """The plan's id (`cplan_...`)."""
    @property
    def slug(self) -> str:
        """The plan's URL-friendly key."""
    @property
    def name(self) -> str:
        """The plan's display name."""
    @property
    def is_recurring(self) -> bool:
        """Whether the plan renews every period."""
    @property
    def amount(self) -> int:
        """The price for the item's billing period, in the currency's smallest unit (cents for USD)."""
    @property
    def currency(self) -> str:
        """The ISO currency code, for example `"USD"`."""
    @property
    def unit_prices(self) -> tuple[BillingWebhookUnitPrice, ...]:
        """Per-unit prices (for example seats), for unit-priced plans. Absent or `null` gives
        an empty tuple."""
    @property
    def instance_id(self) -> str | None:
        """The instance the plan belongs to, if sent."""
    @property
    def product_id(self) -> str | None:
        """The product the plan belongs to, if sent."""
    @property
    def description(self) -> str | None:
        """What the plan offers, if sent."""
    @property
    def is_default(self) -> bool | None:
        """Whether new payers get this plan by default, if sent."""
    @property
    def is_prorated(self) -> bool | None:
        """Whether plan changes are prorated, if sent."""
    @property
    def period(self) -> str | None:
        """The plan's billing period, for example `"month"`, if sent."""
    @property
    def interval(self) -> int | None:
        """How many periods one billing cycle spans (a number, unlike the item's `interval`), if sent."""
    @property
    def has_base_fee(self) -> bool | None:
        """Whether the plan charges a base fee, if sent."""
    @property
    def annual_monthly_amount(self) -> int | None:
        """The monthly equivalent of the annual price, as a bare integer, if sent. Its unit is
        not documented; the examples' values read as the currency's smallest unit."""
    @property
    def publicly_visible(self) -> bool | None:
        """Whether the plan is listed publicly, if sent."""

@final
class BillingWebhookUnitPrice:
    """The price of one kind of unit (for example seats) in a webhook plan, tier by tier."""

    __match_args__: ClassVar[tuple[Literal["name"], Literal["block_size"], Literal["tiers"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookUnitPrice:
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
    def name(self) -> str:
        """The unit's name, for example `"seats"`."""
    @property
    def block_size(self) -> int:
        """How many units make one priced block."""
    @property
    def tiers(self) -> tuple[BillingWebhookUnitPriceTier, ...]:
        """The pricing tiers, by starting block. Absent or `null` gives an empty tuple."""

@final
class BillingWebhookUnitPriceTier:
    """One pricing tier of a webhook plan's unit price."""

    __match_args__: ClassVar[tuple[Literal["starts_at_block"], Literal["ends_after_block"], Literal["amount_per_block"], Literal["currency"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookUnitPriceTier:
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
    def starts_at_block(self) -> int:
        """The first block this tier prices."""
    @property
    def ends_after_block(self) -> int | None:
        """The last block this tier prices; `None` means no upper bound."""
    @property
    def amount_per_block(self) -> int:
        """The price of one block, in the currency's smallest unit (cents for USD)."""
    @property
    def currency(self) -> str:
        """The ISO currency code, for example `"USD"`."""

@final
class BillingWebhookSeats:
    """The seats included in a webhook subscription item."""

    __match_args__: ClassVar[tuple[Literal["quantity"]]]
    REDACTED_FIELDS: ClassVar[frozenset[str]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(
        cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /, *, strict: bool = False
    ) -> BillingWebhookSeats:
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
    def quantity(self) -> int | None:
        """The seat limit; `None` means unlimited."""

@final
class UserEvent(WebhookEvent):
    """`user.created` and `user.updated`: `data` is the `User`."""

    @property
    def type(self) -> Literal["user.created", "user.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> User:
        """The resource the event is about."""

@final
class DeletedEvent(WebhookEvent):
    """A deletion (`user.deleted`, `organization.deleted`, `organizationDomain.deleted`,
    `role.deleted`, `permission.deleted`): `data` says what was deleted."""

    @property
    def type(self) -> Literal["user.deleted", "organization.deleted", "organizationDomain.deleted", "role.deleted", "permission.deleted"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> DeletedObject:
        """The resource the event is about."""

@final
class SessionEvent(WebhookEvent):
    """`session.*`: `data` is the `Session`, with the signed-in user in `data.user`."""

    @property
    def type(self) -> Literal["session.created", "session.ended", "session.pending", "session.removed", "session.revoked"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> Session:
        """The resource the event is about."""

@final
class EmailEvent(WebhookEvent):
    """`email.created`: an email Clerk sent (or would send, with custom delivery)."""

    @property
    def type(self) -> Literal["email.created"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> Email:
        """The resource the event is about."""

@final
class SMSEvent(WebhookEvent):
    """`sms.created`: a text message Clerk sent (or would send, with custom delivery)."""

    @property
    def type(self) -> Literal["sms.created"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> SMSMessage:
        """The resource the event is about."""

@final
class OrganizationEvent(WebhookEvent):
    """`organization.created` and `organization.updated`."""

    @property
    def type(self) -> Literal["organization.created", "organization.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> Organization:
        """The resource the event is about."""

@final
class OrganizationDomainEvent(WebhookEvent):
    """`organizationDomain.created` and `organizationDomain.updated`."""

    @property
    def type(self) -> Literal["organizationDomain.created", "organizationDomain.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> OrganizationDomain:
        """The resource the event is about."""

@final
class OrganizationInvitationEvent(WebhookEvent):
    """`organizationInvitation.*`; an accepted invitation also has `data.user_id`."""

    @property
    def type(self) -> Literal["organizationInvitation.accepted", "organizationInvitation.created", "organizationInvitation.revoked"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> OrganizationInvitation:
        """The resource the event is about."""

@final
class OrganizationMembershipEvent(WebhookEvent):
    """`organizationMembership.*` (a deleted membership still carries the whole membership)."""

    @property
    def type(self) -> Literal["organizationMembership.created", "organizationMembership.deleted", "organizationMembership.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> OrganizationMembership:
        """The resource the event is about."""

@final
class RoleEvent(WebhookEvent):
    """`role.created` and `role.updated`."""

    @property
    def type(self) -> Literal["role.created", "role.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> Role:
        """The resource the event is about."""

@final
class PermissionEvent(WebhookEvent):
    """`permission.created` and `permission.updated`."""

    @property
    def type(self) -> Literal["permission.created", "permission.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> Permission:
        """The resource the event is about."""

@final
class WaitlistEntryEvent(WebhookEvent):
    """`waitlistEntry.created` and `waitlistEntry.updated`."""

    @property
    def type(self) -> Literal["waitlistEntry.created", "waitlistEntry.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> WaitlistEntry:
        """The resource the event is about."""

@final
class PaymentAttemptEvent(WebhookEvent):
    """`paymentAttempt.created` and `paymentAttempt.updated` (Clerk Billing)."""

    @property
    def type(self) -> Literal["paymentAttempt.created", "paymentAttempt.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> BillingPaymentAttempt:
        """The resource the event is about."""

@final
class SubscriptionEvent(WebhookEvent):
    """`subscription.*` (Clerk Billing)."""

    @property
    def type(self) -> Literal["subscription.active", "subscription.created", "subscription.pastDue", "subscription.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> BillingWebhookSubscription:
        """The resource the event is about."""

@final
class SubscriptionItemEvent(WebhookEvent):
    """`subscriptionItem.*` (Clerk Billing)."""

    @property
    def type(self) -> Literal["subscriptionItem.abandoned", "subscriptionItem.active", "subscriptionItem.canceled", "subscriptionItem.created", "subscriptionItem.ended", "subscriptionItem.freeTrialEnding", "subscriptionItem.incomplete", "subscriptionItem.pastDue", "subscriptionItem.upcoming", "subscriptionItem.updated"]:
        """The event type, for example `"user.created"`."""
    @property
    def data(self) -> BillingWebhookSubscriptionItem:
        """The resource the event is about."""
