"""Django REST Framework classes of ``clerk_backend.django`` (imported from there, on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import BasePermission

from ._integration import Answer, Requirement
from .auth import MachineAuth, SessionAuth, SignedOutAuth
from .django import _decide

if TYPE_CHECKING:
    from rest_framework.request import Request
    from rest_framework.views import APIView
    from typing_extensions import Unpack

    from ._accepts import AcceptsToken
    from ._integration import Checks

__all__ = ["ClerkAuthentication", "ClerkUser", "Has", "IsSignedIn"]


class ClerkUser:
    """DRF's ``request.user`` for a Clerk-authenticated request: no database row, just who it is.
    ``id`` is the user id (``None`` for a machine token without a user); ``auth`` the auth object."""

    is_authenticated = True
    is_anonymous = False
    is_active = True

    def __init__(self, auth: SessionAuth | MachineAuth) -> None:
        self.auth = auth
        self.id: str | None = auth.user_id
        self.pk = self.id

    def __str__(self) -> str:
        return self.id or (self.auth.subject if isinstance(self.auth, MachineAuth) else "")

    def __repr__(self) -> str:
        return f"<ClerkUser {self}>"


class ClerkAuthentication(BaseAuthentication):
    """Authenticates a DRF request by its Clerk token: ``request.user`` is a ``ClerkUser`` and
    ``request.auth`` the ``SessionAuth`` (or ``MachineAuth``). No token: not authenticated here
    (DRF then answers 401 with ``WWW-Authenticate: Bearer`` where a permission needs a user); a
    refused token: 401 with the reason. Subclass with another ``accepts_token`` to take machine tokens.
    The cookie flow's redirect and cookies need ``ClerkMiddleware``: without it a handshake state is
    a 401 (``handshake``), and the cookies of a refreshed session are not sent."""

    accepts_token: AcceptsToken = "session_token"
    www_authenticate_realm = "Bearer"

    def authenticate(self, request: Request) -> tuple[ClerkUser, SessionAuth | MachineAuth] | None:
        decided, _ = _decide(request._request, Requirement.make(signed_in=False, accepts_token=self.accepts_token))
        if isinstance(decided, Answer):
            # A handshake that ClerkMiddleware did not answer first: an authentication class cannot
            # redirect, so it is a 401 ("handshake"). Cookie-flow pages need the middleware.
            raise AuthenticationFailed(decided.detail)
        if isinstance(decided, SignedOutAuth):
            # No credentials at all (the last: the cookie flow's word for it): let other classes try.
            if decided.reason in (None, "session-token-missing", "token-missing", "session-token-and-uat-missing"):
                return None
            raise AuthenticationFailed(decided.reason)
        return ClerkUser(decided), decided

    def authenticate_header(self, request: Request) -> str:
        return "Bearer"


def _auth_of(request: Request) -> Any:
    auth = request.auth
    if isinstance(auth, (SessionAuth, MachineAuth)):
        return auth
    return getattr(request._request, "clerk_auth", None)


class IsSignedIn(BasePermission):
    """A signed-in Clerk session or machine token (``ClerkAuthentication``, or the middleware)."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        return isinstance(_auth_of(request), (SessionAuth, MachineAuth))


class _HasChecks(BasePermission):
    """The base of the classes ``Has`` makes: passes a request whose Clerk auth meets ``requirement``."""

    requirement: ClassVar[Requirement] = Requirement.make(signed_in=True)

    def has_permission(self, request: Request, view: APIView) -> bool:
        auth = _auth_of(request)
        return auth is not None and not isinstance(self.requirement.check(auth), Answer)


def Has(**checks: Unpack[Checks]) -> type[BasePermission]:
    """A permission class passing a request whose Clerk auth passes these ``has()`` checks:
    ``permission_classes = [Has(permission="org:invoices:read")]``."""
    shown = ", ".join(f"{name}={value!r}" for name, value in checks.items() if value is not None)
    return type(f"Has({shown})", (_HasChecks,), {"requirement": Requirement.make(**checks), "__module__": __name__})
