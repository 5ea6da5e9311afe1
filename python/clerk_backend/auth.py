"""Auth objects: who a verified request comes from, with ``has()`` authorization checks.

- ``SessionAuth``: a signed-in user (from a session token's claims);
- ``MachineAuth``: a verified machine token (API key, M2M token or OAuth access token);
- ``SignedOutAuth``: nobody.

All three are read-only (frozen, comparable with ``==``, picklable). ``status``
(``"signed-in"`` / ``"signed-out"``) and ``is_signed_in`` are typed as ``Literal`` values, so a
type checker narrows ``Auth`` on ``auth.status == "signed-in"``, ``auth.is_signed_in is True``,
``auth.token_type == ...`` or ``isinstance``. ``has()`` follows @clerk/shared's
``createCheckAuthorization``; a machine's and a signed-out request's ``has()`` is always false,
as in @clerk/backend.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal, NoReturn, Union

from ._authorization import Reverification, ReverificationLevel, ReverificationPreset, check_authorization
from ._native import APIKey, IdPOAuthAccessToken, M2MToken, SessionClaims
from .errors import ParseError

__all__ = [
    "Auth",
    "MachineAuth",
    "MachineTokenType",
    "Reverification",
    "ReverificationLevel",
    "ReverificationPreset",
    "SessionAuth",
    "SignedOutAuth",
    "TokenType",
]

#: The kinds of token Clerk issues, with @clerk/backend's names.
TokenType = Literal["session_token", "api_key", "m2m_token", "oauth_token"]
#: The machine token kinds: an API key (``ak_``), an M2M token (``mt_``), an OAuth access token (``oat_``).
MachineTokenType = Literal["api_key", "m2m_token", "oauth_token"]
MachineModel = Union[APIKey, M2MToken, IdPOAuthAccessToken]


def _claim_or_none(claims: SessionClaims, name: str) -> Any:
    try:
        return getattr(claims, name)
    except ParseError:
        return None


def _rebuild(cls: type[_Frozen], values: tuple[Any, ...]) -> Any:
    obj = cls.__new__(cls)
    for name, value in zip(cls.__match_args__, values):
        object.__setattr__(obj, name, value)
    return obj


class _Frozen:
    """Read-only value objects (dataclasses would cost ``import clerk_backend`` ~20 ms of ``inspect``)."""

    __slots__ = ()
    __match_args__: ClassVar[tuple[str, ...]] = ()  # the fields, in order
    _hidden: ClassVar[frozenset[str]] = frozenset()  # left out of the repr

    def _init(self, **values: Any) -> None:
        for name in self.__match_args__:
            object.__setattr__(self, name, values[name])

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__match_args__)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]  # they hold dicts and claims, which are not hashable

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__match_args__ if n not in self._hidden)
        return f"{type(self).__name__}({shown})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), tuple(getattr(self, name) for name in self.__match_args__)))


class SessionAuth(_Frozen):
    """A signed-in user, read from verified session-token claims (v1 or v2) as @clerk/backend reads them.

    Build it with ``SessionAuth.from_claims(claims)``. ``org_role`` and ``org_permissions`` carry
    the ``org:`` prefix (v2 tokens' compact ``o`` claim is decoded); ``factor_verification_age``
    is ``fva``: minutes since the first and second factor were verified (``-1``: never).
    """

    __match_args__ = (
        "user_id",
        "session_id",
        "session_status",
        "org_id",
        "org_role",
        "org_slug",
        "org_permissions",
        "factor_verification_age",
        "actor",
        "claims",
    )
    __slots__ = __match_args__
    _hidden = frozenset({"claims"})

    user_id: str
    session_id: str | None
    session_status: str | None
    org_id: str | None
    org_role: str | None
    org_slug: str | None
    org_permissions: tuple[str, ...] | None
    factor_verification_age: tuple[int, ...] | None
    actor: dict[str, Any] | None
    claims: SessionClaims
    token_type: Literal["session_token"] = "session_token"
    status: Literal["signed-in"] = "signed-in"
    is_signed_in: Literal[True] = True

    def __init__(
        self,
        *,
        user_id: str,
        session_id: str | None,
        session_status: str | None,
        org_id: str | None,
        org_role: str | None,
        org_slug: str | None,
        org_permissions: tuple[str, ...] | None,
        factor_verification_age: tuple[int, ...] | None,
        actor: dict[str, Any] | None,
        claims: SessionClaims,
    ) -> None:
        self._init(**{k: v for k, v in locals().items() if k != "self"})

    @classmethod
    def from_claims(cls, claims: SessionClaims) -> SessionAuth:
        """The auth object of verified claims. Raises ``ParseError`` if a claim has the wrong type."""
        if not isinstance(claims, SessionClaims):
            raise TypeError(f"claims must be SessionClaims, not {type(claims).__name__}")
        return cls(
            user_id=claims.sub,
            session_id=claims.sid,
            session_status=claims.sts,
            org_id=claims.org_id,
            org_role=claims.org_role,
            org_slug=claims.org_slug,
            org_permissions=claims.org_permissions,
            factor_verification_age=claims.fva,
            actor=claims.act,
            claims=claims,
        )

    def has(
        self,
        *,
        permission: str | None = None,
        role: str | None = None,
        feature: str | None = None,
        plan: str | None = None,
        reverification: Reverification | None = None,
    ) -> bool:
        """Whether the user passes every check asked (at least one must be).

        - ``role`` / ``permission``: in the active organization; the ``org:`` prefix is optional
          (``"admin"`` and ``"org:admin"`` match alike); both asked means both must hold.
        - ``feature`` / ``plan``: in the ``fea`` / ``pla`` claims; ``"o:name"`` (or ``org:``,
          ``organization:``) looks at the organization's, ``"u:name"`` (or ``user:``) at the
          user's, a bare name at both.
        - ``reverification``: ``"strict_mfa"`` (both factors within 10 minutes), ``"strict"``
          (second factor within 10), ``"moderate"`` (60), ``"lax"`` (1440), or a
          ``(level, after_minutes)`` pair with level ``"first_factor"``, ``"second_factor"`` or
          ``"multi_factor"``; checked against ``fva``.

        Missing or malformed claims fail the check; an unknown preset or scope fails it too.
        """
        return check_authorization(
            user_id=self.user_id,
            org_id=self.org_id,
            org_role=self.org_role,
            org_permissions=self.org_permissions,
            factor_verification_age=self.factor_verification_age,
            features=_claim_or_none(self.claims, "fea") or "",
            plans=_claim_or_none(self.claims, "pla") or "",
            permission=permission,
            role=role,
            feature=feature,
            plan=plan,
            reverification=reverification,
        )


class MachineAuth(_Frozen):
    """A verified machine token. ``machine`` is the Backend API's model of it: an ``APIKey``,
    ``M2MToken`` or ``IdPOAuthAccessToken``. Build it with ``MachineAuth.from_machine(model)``.

    ``has()`` is always false (machine tokens carry scopes, not roles or permissions): check
    ``scopes`` instead.
    """

    __match_args__ = ("token_type", "id", "subject", "scopes", "claims", "machine")
    __slots__ = __match_args__
    _hidden = frozenset({"machine"})

    token_type: MachineTokenType
    id: str
    subject: str
    scopes: tuple[str, ...]
    claims: dict[str, Any] | None
    machine: APIKey | M2MToken | IdPOAuthAccessToken
    status: Literal["signed-in"] = "signed-in"
    is_signed_in: Literal[True] = True

    def __init__(
        self,
        *,
        token_type: MachineTokenType,
        id: str,
        subject: str,
        scopes: tuple[str, ...],
        claims: dict[str, Any] | None,
        machine: APIKey | M2MToken | IdPOAuthAccessToken,
    ) -> None:
        self._init(**{k: v for k, v in locals().items() if k != "self"})

    @classmethod
    def from_machine(cls, machine: APIKey | M2MToken | IdPOAuthAccessToken) -> MachineAuth:
        """The auth object of a verified machine model. Raises ``ParseError`` if a field has the wrong type."""
        token_type: MachineTokenType
        claims: dict[str, Any] | None
        if isinstance(machine, APIKey):
            token_type, claims = "api_key", machine.claims
        elif isinstance(machine, M2MToken):
            token_type, claims = "m2m_token", machine.claims
        elif isinstance(machine, IdPOAuthAccessToken):
            token_type, claims = "oauth_token", None
        else:
            raise TypeError(f"machine must be APIKey, M2MToken or IdPOAuthAccessToken, not {type(machine).__name__}")
        return cls(
            token_type=token_type,
            id=machine.id,
            subject=machine.subject,
            scopes=machine.scopes,
            claims=claims,
            machine=machine,
        )

    @property
    def name(self) -> str | None:
        """An API key's name; ``None`` for other tokens."""
        return self.machine.name if isinstance(self.machine, APIKey) else None

    @property
    def user_id(self) -> str | None:
        """The user an API key belongs to (subject ``user_...``) or an OAuth token was issued for."""
        if self.token_type == "oauth_token" or (self.token_type == "api_key" and self.subject.startswith("user_")):
            return self.subject
        return None

    @property
    def org_id(self) -> str | None:
        """The organization an API key belongs to (subject ``org_...``)."""
        return self.subject if self.token_type == "api_key" and self.subject.startswith("org_") else None

    @property
    def machine_id(self) -> str | None:
        """The machine an M2M token was issued to (``mch_...``)."""
        return self.subject if self.token_type == "m2m_token" else None

    @property
    def client_id(self) -> str | None:
        """The OAuth application an OAuth access token was issued to."""
        return self.machine.client_id if isinstance(self.machine, IdPOAuthAccessToken) else None

    def has(
        self,
        *,
        permission: str | None = None,
        role: str | None = None,
        feature: str | None = None,
        plan: str | None = None,
        reverification: Reverification | None = None,
    ) -> bool:
        """Always ``False``: machine tokens have no roles, permissions, features, plans or factors."""
        return False


class SignedOutAuth(_Frozen):
    """No one is signed in. ``reason`` and ``message`` say why, when a token was refused;
    ``token_type`` is the kind of token that was expected or refused, when known;
    ``session_status`` is ``"pending"`` for a pending session. ``has()`` is always false.
    """

    __match_args__ = ("token_type", "reason", "message", "session_status")
    __slots__ = __match_args__

    token_type: TokenType | None
    reason: str | None
    message: str | None
    session_status: str | None
    status: Literal["signed-out"] = "signed-out"
    is_signed_in: Literal[False] = False

    def __init__(
        self,
        *,
        token_type: TokenType | None = None,
        reason: str | None = None,
        message: str | None = None,
        session_status: str | None = None,
    ) -> None:
        self._init(**{k: v for k, v in locals().items() if k != "self"})

    # The session fields, all None, so that code reading them needs no narrowing first.
    @property
    def user_id(self) -> None:
        return None

    @property
    def session_id(self) -> None:
        return None

    @property
    def org_id(self) -> None:
        return None

    @property
    def org_role(self) -> None:
        return None

    @property
    def org_slug(self) -> None:
        return None

    @property
    def org_permissions(self) -> None:
        return None

    @property
    def factor_verification_age(self) -> None:
        return None

    @property
    def actor(self) -> None:
        return None

    @property
    def claims(self) -> None:
        return None

    def has(
        self,
        *,
        permission: str | None = None,
        role: str | None = None,
        feature: str | None = None,
        plan: str | None = None,
        reverification: Reverification | None = None,
    ) -> bool:
        """Always ``False``."""
        return False


#: Any auth object. Narrow it with ``auth.status == "signed-in"``, ``auth.token_type`` or ``isinstance``.
Auth = Union[SessionAuth, MachineAuth, SignedOutAuth]
