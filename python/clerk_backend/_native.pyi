# Generated from the model declarations in src/models/ by `python scripts/gen_stubs.py`.
# Do not edit by hand: change the declaration and regenerate.

from typing import Any, ClassVar, Literal, final

__all__ = [
    "__version__",
    "Client",
    "Session",
    "SessionActivity",
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
]

__version__: str

def _stub_source() -> str:
    """The text of this stub, generated from the model declarations."""

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
class Organization:
    """A Clerk organization: a group of users with roles and shared metadata."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["name"], Literal["slug"], Literal["image_url"], Literal["has_image"], Literal["created_at"], Literal["updated_at"], Literal["public_metadata"], Literal["private_metadata"], Literal["max_allowed_memberships"], Literal["admin_delete_enabled"], Literal["members_count"], Literal["created_by"], Literal["pending_invitations_count"], Literal["last_active_at"], Literal["missing_member_with_elevated_permissions"], Literal["role_set_key"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Organization:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OrganizationDomain:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OrganizationDomainVerification:
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

    __match_args__: ClassVar[tuple[Literal["id"], Literal["email_address"], Literal["role"], Literal["role_name"], Literal["organization_id"], Literal["created_at"], Literal["updated_at"], Literal["expires_at"], Literal["url"], Literal["status"], Literal["public_metadata"], Literal["private_metadata"], Literal["public_organization_data"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OrganizationInvitation:
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
        """The link the invitee follows to accept."""
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

@final
class OrganizationMembership:
    """A user's membership in an organization, with the role it grants."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["role"], Literal["permissions"], Literal["public_metadata"], Literal["private_metadata"], Literal["created_at"], Literal["updated_at"], Literal["organization"], Literal["public_user_data"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OrganizationMembership:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OrganizationMembershipPublicUserData:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> OrganizationSettings:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Role:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> RoleSet:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> RoleSetItem:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> RoleSetMigration:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Permission:
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
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> Invitation:
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
        """The link the invitee follows to sign up, when the API includes it."""
    @property
    def revoked(self) -> bool | None:
        """Whether the invitation was revoked, when the API includes it."""

@final
class WaitlistEntry:
    """An email address on the application's waitlist."""

    __match_args__: ClassVar[tuple[Literal["id"], Literal["email_address"], Literal["status"], Literal["invitation"], Literal["created_at"], Literal["updated_at"], Literal["is_locked"]]]
    __hash__: ClassVar[None]  # type: ignore[assignment]
    @classmethod
    def from_json(cls, data: dict[str, Any] | str | bytes | bytearray | memoryview, /) -> WaitlistEntry:
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
