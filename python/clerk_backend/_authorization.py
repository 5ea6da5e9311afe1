"""``has()``: @clerk/shared's ``createCheckAuthorization``, in pure Python.

Three dimensions are checked: organization (``role``, ``permission``), billing (``feature``,
``plan``) and reverification. A dimension the caller did not ask about is skipped; every asked
dimension must pass, and at least one must have been asked. Missing or malformed session data
fails the dimension (fail closed); nothing here raises.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Union

from ._native import SessionClaims
from .errors import ParseError

if TYPE_CHECKING:
    from typing_extensions import TypeGuard  # typing has it from Python 3.10

__all__ = [
    "Reverification",
    "ReverificationLevel",
    "ReverificationPreset",
    "check_authorization",
    "claims_authorization",
]

ReverificationLevel = Literal["first_factor", "second_factor", "multi_factor"]
ReverificationPreset = Literal["strict_mfa", "strict", "moderate", "lax"]
#: A preset name, or a ``(level, after_minutes)`` pair.
Reverification = Union[ReverificationPreset, tuple[ReverificationLevel, float]]

#: Each preset as (level, after_minutes), as @clerk/shared defines them.
PRESETS: dict[str, tuple[str, float]] = {
    "strict_mfa": ("multi_factor", 10),
    "strict": ("second_factor", 10),
    "moderate": ("second_factor", 60),
    "lax": ("second_factor", 1440),
}
_LEVELS = frozenset({"first_factor", "second_factor", "multi_factor"})
_ORG_SCOPES = frozenset({"o", "org", "organization"})
_USER_SCOPES = frozenset({"u", "user"})

_Result = Literal["pass", "fail", "skip"]

# What JavaScript's String.prototype.trim() removes (Python's str.strip() differs in a few characters).
_JS_WHITESPACE = (
    "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
)


def _with_org_prefix(value: str) -> str:
    # JavaScript's value.replace(/^(org:)*/, "org:"): any run of leading "org:" becomes one.
    while value.startswith("org:"):
        value = value[4:]
    return "org:" + value


def _check_org(role: object, permission: object, org_id: object, org_role: object, org_permissions: object) -> _Result:
    if role is None and permission is None:
        return "skip"
    if role is not None and not isinstance(role, str):
        return "fail"
    if permission is not None and not isinstance(permission, str):
        return "fail"
    if not org_id:
        return "fail"
    if role is not None:
        if not isinstance(org_role, str) or not org_role:
            return "fail"
        if _with_org_prefix(org_role) != _with_org_prefix(role):
            return "fail"
    if permission is not None:
        if not isinstance(org_permissions, (list, tuple)):
            return "fail"
        if _with_org_prefix(permission) not in org_permissions:
            return "fail"
    return "pass"


def _split_by_scope(claim: str) -> tuple[list[str], list[str]] | None:
    """``fea``/``pla`` entries as (organization, user) lists; ``None`` where the reference throws."""
    org: list[str] = []
    user: list[str] = []
    if not claim:
        return org, user
    for part in claim.split(","):
        scope, colon, value = part.strip(_JS_WHITESPACE).partition(":")
        if not colon:
            return None  # an entry without a colon: the reference throws, so the check fails
        if scope in ("o", "ou", "uo"):
            org.append(value)
        if scope in ("u", "ou", "uo"):
            user.append(value)
    return org, user


def _has_feature_or_plan(claim: str, wanted: str) -> bool:
    scoped = _split_by_scope(claim)
    if scoped is None:
        return False
    org, user = scoped
    # JavaScript's "a:b:c".split(":") keeps every part; the reference reads the first two.
    parts = wanted.split(":")
    if len(parts) == 1:
        return wanted in org or wanted in user
    scope, name = parts[0], parts[1] or parts[0]
    if scope in _ORG_SCOPES:
        return name in org
    if scope in _USER_SCOPES:
        return name in user
    return False  # an unknown scope: the reference throws, so the check fails


def _check_billing(feature: object, plan: object, features: object, plans: object) -> _Result:
    if feature is None and plan is None:
        return "skip"
    if feature is not None and not isinstance(feature, str):
        return "fail"
    if plan is not None and not isinstance(plan, str):
        return "fail"
    if feature is not None and (
        not isinstance(features, str) or not features or not _has_feature_or_plan(features, feature)
    ):
        return "fail"
    if plan is not None and (not isinstance(plans, str) or not plans or not _has_feature_or_plan(plans, plan)):
        return "fail"
    return "pass"


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _valid_factor_age(value: object) -> bool:
    return _is_number(value) and math.isfinite(value) and (value == -1 or value >= 0)


def _reverification_config(config: object) -> tuple[str, float] | None:
    if isinstance(config, str):
        return PRESETS.get(config)
    if isinstance(config, Sequence) and len(config) == 2:
        level, after_minutes = config
        # after_minutes: a number above 0 (NaN is not; infinity is, as in JavaScript).
        if isinstance(level, str) and level in _LEVELS and _is_number(after_minutes) and after_minutes > 0:
            return level, after_minutes
    return None


def _check_reverification(reverification: object, factor_verification_age: object) -> _Result:
    if reverification is None:
        return "skip"
    if not factor_verification_age:
        return "fail"
    if not isinstance(factor_verification_age, (list, tuple)) or len(factor_verification_age) != 2:
        return "fail"
    factor1_age, factor2_age = factor_verification_age
    if not _valid_factor_age(factor1_age) or not _valid_factor_age(factor2_age):
        return "fail"
    config = _reverification_config(reverification)
    if config is None:
        return "fail"
    level, after_minutes = config
    if factor1_age == -1 and factor2_age == -1:
        return "fail"  # no factor enrolled: nothing can be fresh
    factor1_fresh = factor1_age != -1 and after_minutes > factor1_age
    factor2_fresh = factor2_age != -1 and after_minutes > factor2_age
    if level == "first_factor":
        fresh = factor1_fresh
    elif level == "second_factor":
        # Prefer the second factor; use the first when the second is not enrolled.
        fresh = factor1_fresh if factor2_age == -1 else factor2_fresh
    else:  # multi_factor: both, or the first alone when no second factor is enrolled
        if factor2_age == -1:
            fresh = factor1_fresh
        elif factor1_age == -1:
            fresh = False
        else:
            fresh = factor1_fresh and factor2_fresh
    return "pass" if fresh else "fail"


def check_authorization(
    *,
    user_id: object,
    org_id: object,
    org_role: object,
    org_permissions: object,
    factor_verification_age: object,
    features: object,
    plans: object,
    permission: object = None,
    role: object = None,
    feature: object = None,
    plan: object = None,
    reverification: object = None,
) -> bool:
    """@clerk/shared's ``createCheckAuthorization(options)(params)``; ``None`` means "not asked"."""
    if not user_id:
        return False
    results = (
        _check_org(role, permission, org_id, org_role, org_permissions),
        _check_billing(feature, plan, features, plans),
        _check_reverification(reverification, factor_verification_age),
    )
    return "pass" in results and "fail" not in results


def _read(claims: SessionClaims, name: str) -> object:
    # A claim of the wrong type reads as ParseError; for has() it is missing data (fail closed).
    try:
        return getattr(claims, name)
    except ParseError:
        return None


def claims_authorization(
    claims: SessionClaims,
    *,
    permission: str | None = None,
    role: str | None = None,
    feature: str | None = None,
    plan: str | None = None,
    reverification: Reverification | None = None,
) -> bool:
    """``has()`` over verified session claims, as @clerk/backend's signed-in auth object builds it."""
    return check_authorization(
        user_id=_read(claims, "sub"),
        org_id=_read(claims, "org_id"),
        org_role=_read(claims, "org_role"),
        org_permissions=_read(claims, "org_permissions"),
        factor_verification_age=_read(claims, "fva"),
        features=_read(claims, "fea") or "",
        plans=_read(claims, "pla") or "",
        permission=permission,
        role=role,
        feature=feature,
        plan=plan,
        reverification=reverification,
    )
