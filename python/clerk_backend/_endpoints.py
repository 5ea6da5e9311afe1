"""The Backend API endpoints: every method of the REST client, declared once.

Each ``endpoint(...)`` call below is one client method. The sync and async clients, their
signatures, argument checking and the generated stub (``client.pyi``) are all built
from this table; nothing about an endpoint is written anywhere else.

``endpoint(group, name, method, path, returns=..., params=(...), ...)``:

- ``group`` is the client property (``clerk.users``), ``name`` the method
  (snake_case of ``@clerk/backend``'s name).
- ``path`` is relative to ``/v1`` (or to the API root for the groups in
  ``NO_V1_GROUPS``). ``{name}`` is a path parameter: a positional argument.
  ``{name?}`` is an optional last segment, left out when the argument is ``None``.
  ``{name|prefix}`` adds ``prefix`` to a value that does not already start with it
  (``get_user_oauth_access_token(user_id, "google")`` asks for ``oauth_google``).
- ``returns`` says what the method returns:

  - ``"User"`` (any model class name): ``Model.from_json(body)``;
  - ``"paginated:User"``: a ``PaginatedResponse`` of models;
  - ``"counted:User"``: the endpoint returns a bare array; a second request to
    ``<path>/count`` with the same filters gives ``total_count``;
  - ``"list:User"``: a bare JSON array, each item converted like ``deserialize`` does;
  - ``"int"``: a ``{"object": "total_count", ...}`` answer, as an ``int``;
  - ``"json:<type>"``: the parsed JSON as it is (plain dicts and lists);
  - ``"any:<type>"``: whatever ``deserialize`` makes of the body;
  - ``"None"``: nothing (204 or an ignored body).

- ``params`` are keyword-only arguments, each ``"[required] <where> <name>: <type>"``:
  ``"query limit: int"``, ``"required body name: str"``. Without ``required`` an
  argument defaults to ``None``, which means "not sent". ``<where>`` is one of

  - ``query``: the query string (lists repeat the key, booleans are ``true``/``false``);
  - ``body``: a key of the JSON body; ``whole_body``: the whole JSON body (an array);
  - ``file``: a multipart file part; ``form``: a multipart text field;
  - ``header``: a request header (``idempotency_key`` -> ``Idempotency-Key``);
  - ``bearer``: a token sent as the bearer instead of the client's secret key, for this call.

  A name that ends in ``_`` (``from_``) is sent without it.

- ``fixed_query`` is sent on every call (``paginated=true`` asks list endpoints
  that answer a bare array by default for ``{data, total_count}``).
- ``in_spec=False`` marks the methods ``@clerk/backend`` calls that the pinned
  OpenAPI document does not describe.
- ``aliases`` are other names for the same method (``domains.delete_domain``).
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field

__all__ = ["CALL_OPTIONS", "ENDPOINTS", "GROUPS", "NO_V1_GROUPS", "Endpoint", "Param"]

#: Keyword-only options every method takes besides its own parameters, with their stub annotations:
#: each overrides the client's setting of the same name for that one call.
CALL_OPTIONS: dict[str, str] = {"timeout": "_Timeout", "max_retries": "int"}
_CALL_OPTIONS_DOC = "\n\n        ``timeout`` and ``max_retries`` override the client's settings for this call."

#: Groups whose paths are not under ``/v1`` (as in ``@clerk/backend``).
NO_V1_GROUPS = frozenset({"api_keys", "idp_oauth_access_token", "m2m"})

#: Where a parameter goes, as the table says it -> ``Param.where``.
_WHERE = {
    "query": "query",
    "body": "body",
    "whole_body": "body_array",
    "file": "file",
    "form": "form",
    "header": "header",
    "bearer": "auth",
}
_PARAM = re.compile(r"^(required )?(" + "|".join(_WHERE) + r") ([a-z_][a-z0-9_]*): (.+)$")
_PATH_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)(\??)(?:\|([a-z0-9_]+))?\}")


@dataclass(frozen=True)
class Param:
    """One argument of a method."""

    name: str
    where: str  # "path", "query", "body", "body_array", "file", "form", "header" or "auth"
    type: str  # the annotation, as text
    required: bool
    wire: str  # the key, field or header name sent to the API
    prefix: str = ""  # path parameters only: added to the value when it does not start with it


@dataclass(frozen=True)
class Endpoint:
    """One method of the client: where it sends its request and what it returns."""

    group: str
    name: str
    method: str
    path: str
    response: str
    params: tuple[Param, ...]
    fixed_query: tuple[tuple[str, str], ...] = ()
    in_spec: bool = True
    aliases: tuple[str, ...] = ()
    path_params: tuple[Param, ...] = field(default=(), compare=False)

    @property
    def spec_path(self) -> str:
        """The path as the OpenAPI document writes it: ``{name?}`` and ``{name|prefix}`` become ``{name}``."""
        return _PATH_PARAM.sub(lambda m: "{" + m.group(1) + "}", self.path)

    @property
    def uses_v1(self) -> bool:
        return self.group not in NO_V1_GROUPS

    @property
    def response_kind(self) -> str:
        """``model``, ``paginated``, ``counted``, ``list``, ``int``, ``json``, ``any`` or ``none``."""
        if self.response == "None":
            return "none"
        if self.response == "int":
            return "int"
        kind, sep, _ = self.response.partition(":")
        return kind if sep else "model"

    @property
    def doc(self) -> str:
        """The method's docstring: its request, and the per-call options (the runtime and the stub share it)."""
        text = f"{self.method} {'/v1' if self.uses_v1 else ''}{self.path}"
        if not self.in_spec:
            text += " (not in the pinned OpenAPI document)"
        return text + _CALL_OPTIONS_DOC

    @property
    def model(self) -> str | None:
        """The model class name the response is built from, if there is one."""
        kind = self.response_kind
        if kind == "model":
            return self.response
        if kind in ("paginated", "counted", "list"):
            return self.response.partition(":")[2]
        return None


def _wire_name(name: str, where: str) -> str:
    if name.endswith("_") and keyword.iskeyword(name[:-1]):
        name = name[:-1]
    if where == "header":
        return "-".join(part.capitalize() for part in name.split("_"))
    return name


def endpoint(
    group: str,
    name: str,
    method: str,
    path: str,
    *,
    returns: str,
    params: tuple[str, ...] = (),
    fixed_query: dict[str, str] | None = None,
    in_spec: bool = True,
    aliases: tuple[str, ...] = (),
) -> Endpoint:
    """Declare one endpoint (see the module docstring)."""
    path_params = []
    for match in _PATH_PARAM.finditer(path):
        optional = bool(match.group(2))
        if optional and not path.endswith(match.group(0)):
            raise ValueError(f"{group}.{name}: only the last path segment may be optional")
        path_params.append(Param(match.group(1), "path", "str", not optional, match.group(1), match.group(3) or ""))
    parsed = []
    for text in params:
        m = _PARAM.match(text)
        if m is None:
            raise ValueError(f"{group}.{name}: cannot read parameter {text!r}")
        required, word, param_name, annotation = m.groups()
        where = _WHERE[word]
        parsed.append(Param(param_name, where, annotation, bool(required), _wire_name(param_name, where)))
    names = [p.name for p in path_params] + [p.name for p in parsed]
    if len(set(names)) != len(names):
        raise ValueError(f"{group}.{name}: duplicate parameter names {names}")
    if set(names) & set(CALL_OPTIONS):
        raise ValueError(f"{group}.{name}: a parameter is named like a per-call option {sorted(CALL_OPTIONS)}")
    return Endpoint(
        group=group,
        name=name,
        method=method,
        path=path,
        response=returns,
        params=tuple(parsed),
        fixed_query=tuple((fixed_query or {}).items()),
        in_spec=in_spec,
        aliases=aliases,
        path_params=tuple(path_params),
    )


# The filters GET /users and GET /users/count share (the count takes no paging or order).
_USER_FILTERS = (
    "query email_address: list[str]",
    "query phone_number: list[str]",
    "query external_id: list[str]",
    "query username: list[str]",
    "query web3_wallet: list[str]",
    "query user_id: list[str]",
    "query organization_id: list[str]",
    "query query: str",
    "query email_address_query: str",
    "query phone_number_query: str",
    "query username_query: str",
    "query name_query: str",
    "query banned: bool",
    "query last_active_at_before: int",
    "query last_active_at_after: int",
    "query last_active_at_since: int",
    "query created_at_before: int",
    "query created_at_after: int",
    "query last_sign_in_at_before: int",
    "query last_sign_in_at_after: int",
    "query provider: str",
    "query provider_user_id: list[str]",
)


ENDPOINTS: tuple[Endpoint, ...] = (
    endpoint(
        "api_keys",
        "list",
        "GET",
        "/api_keys",
        returns="paginated:APIKey",
        params=(
            "query type: str",
            "required query subject: str",
            "query include_invalid: str",
            "query limit: float",
            "query offset: float",
            "query query: str",
        ),
    ),
    endpoint(
        "api_keys",
        "create",
        "POST",
        "/api_keys",
        returns="APIKey",
        params=(
            "body type: str",
            "required body name: str",
            "body description: str",
            "required body subject: str",
            "body claims: Any",
            "body scopes: list[str]",
            "body created_by: str",
            "body seconds_until_expiration: float",
        ),
    ),
    endpoint("api_keys", "get", "GET", "/api_keys/{api_key_id}", returns="APIKey"),
    endpoint(
        "api_keys",
        "update",
        "PATCH",
        "/api_keys/{api_key_id}",
        returns="APIKey",
        params=(
            "body claims: Any",
            "body scopes: list[str]",
            "body description: str",
            "body subject: str",
            "body seconds_until_expiration: float",
        ),
    ),
    endpoint("api_keys", "delete", "DELETE", "/api_keys/{api_key_id}", returns="DeletedObject"),
    endpoint(
        "api_keys",
        "revoke",
        "POST",
        "/api_keys/{api_key_id}/revoke",
        returns="APIKey",
        params=("body revocation_reason: str",),
    ),
    endpoint("api_keys", "get_secret", "GET", "/api_keys/{api_key_id}/secret", returns="json:dict[str, Any]"),
    endpoint("api_keys", "verify", "POST", "/api_keys/verify", returns="APIKey", params=("required body secret: str",)),
    endpoint(
        "experimental_accountless_applications",
        "create_accountless_application",
        "POST",
        "/accountless_applications",
        returns="AccountlessApplication",
        params=("query source: str",),
        in_spec=False,
    ),
    endpoint(
        "experimental_accountless_applications",
        "complete_accountless_application_onboarding",
        "POST",
        "/accountless_applications/complete",
        returns="AccountlessApplication",
        params=("query source: str",),
        in_spec=False,
    ),
    endpoint(
        "actor_tokens",
        "create",
        "POST",
        "/actor_tokens",
        returns="ActorToken",
        params=(
            "required body user_id: str",
            "required body actor: dict[str, Any]",
            "body expires_in_seconds: int",
            "body session_max_duration_in_seconds: int",
        ),
    ),
    endpoint("actor_tokens", "revoke", "POST", "/actor_tokens/{actor_token_id}/revoke", returns="ActorToken"),
    endpoint(
        "agent_tasks",
        "create",
        "POST",
        "/agents/tasks",
        returns="AgentTask",
        params=(
            "required body on_behalf_of: dict[str, Any]",
            "required body permissions: str",
            "required body agent_name: str",
            "required body task_description: str",
            "required body redirect_url: str",
            "body session_max_duration_in_seconds: int",
        ),
    ),
    endpoint("agent_tasks", "revoke", "POST", "/agents/tasks/{agent_task_id}/revoke", returns="AgentTask"),
    endpoint(
        "allowlist_identifiers",
        "get_allowlist_identifier_list",
        "GET",
        "/allowlist_identifiers",
        returns="paginated:AllowlistIdentifier",
        params=(
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint(
        "allowlist_identifiers",
        "create_allowlist_identifier",
        "POST",
        "/allowlist_identifiers",
        returns="AllowlistIdentifier",
        params=(
            "required body identifier: str",
            "body notify: bool",
        ),
    ),
    endpoint(
        "allowlist_identifiers",
        "delete_allowlist_identifier",
        "DELETE",
        "/allowlist_identifiers/{identifier_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "beta_features",
        "change_domain",
        "POST",
        "/beta_features/change_domain",
        returns="None",
        params=(
            "body home_url: str",
            "body is_secondary: bool",
        ),
        in_spec=False,
    ),
    endpoint(
        "billing",
        "get_plan_list",
        "GET",
        "/billing/plans",
        returns="paginated:BillingPlan",
        params=(
            "query paginated: bool",
            "query limit: int",
            "query offset: int",
            "query payer_type: str",
        ),
    ),
    endpoint(
        "billing",
        "cancel_subscription_item",
        "DELETE",
        "/billing/subscription_items/{subscription_item_id}",
        returns="BillingSubscriptionItem",
        params=("query end_now: bool",),
    ),
    endpoint(
        "billing",
        "extend_subscription_item_free_trial",
        "POST",
        "/billing/subscription_items/{subscription_item_id}/extend_free_trial",
        returns="BillingSubscriptionItem",
        params=("required body extend_to: str",),
    ),
    endpoint(
        "billing",
        "get_organization_billing_subscription",
        "GET",
        "/organizations/{organization_id}/billing/subscription",
        returns="BillingSubscription",
    ),
    endpoint(
        "billing",
        "get_user_billing_subscription",
        "GET",
        "/users/{user_id}/billing/subscription",
        returns="BillingSubscription",
    ),
    endpoint(
        "blocklist_identifiers",
        "get_blocklist_identifier_list",
        "GET",
        "/blocklist_identifiers",
        returns="paginated:BlocklistIdentifier",
    ),
    endpoint(
        "blocklist_identifiers",
        "create_blocklist_identifier",
        "POST",
        "/blocklist_identifiers",
        returns="BlocklistIdentifier",
        params=("required body identifier: str",),
    ),
    endpoint(
        "blocklist_identifiers",
        "delete_blocklist_identifier",
        "DELETE",
        "/blocklist_identifiers/{identifier_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "clients",
        "get_client_list",
        "GET",
        "/clients",
        returns="paginated:Client",
        params=(
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint("clients", "get_client", "GET", "/clients/{client_id}", returns="Client"),
    endpoint(
        "clients", "verify_client", "POST", "/clients/verify", returns="Client", params=("required body token: str",)
    ),
    endpoint(
        "clients",
        "get_handshake_payload",
        "GET",
        "/clients/handshake_payload",
        returns="HandshakePayload",
        params=("required query nonce: str",),
        in_spec=False,
    ),
    endpoint("domains", "list", "GET", "/domains", returns="paginated:Domain"),
    endpoint(
        "domains",
        "add",
        "POST",
        "/domains",
        returns="Domain",
        params=(
            "required body name: str",
            "required body is_satellite: bool",
            "body proxy_url: str",
        ),
    ),
    endpoint(
        "domains",
        "update",
        "PATCH",
        "/domains/{domain_id}",
        returns="Domain",
        params=(
            "body name: str",
            "body proxy_url: str",
            "body is_secondary: bool",
        ),
    ),
    endpoint(
        "domains", "delete", "DELETE", "/domains/{domain_id}", returns="DeletedObject", aliases=("delete_domain",)
    ),
    endpoint(
        "email_addresses", "get_email_address", "GET", "/email_addresses/{email_address_id}", returns="EmailAddress"
    ),
    endpoint(
        "email_addresses",
        "create_email_address",
        "POST",
        "/email_addresses",
        returns="EmailAddress",
        params=(
            "required body user_id: str",
            "required body email_address: str",
            "body verified: bool",
            "body primary: bool",
            "body notify_primary_email_address_changed: bool",
        ),
    ),
    endpoint(
        "email_addresses",
        "update_email_address",
        "PATCH",
        "/email_addresses/{email_address_id}",
        returns="EmailAddress",
        params=(
            "body verified: bool",
            "body primary: bool",
            "body notify_primary_email_address_changed: bool",
        ),
    ),
    endpoint(
        "email_addresses",
        "delete_email_address",
        "DELETE",
        "/email_addresses/{email_address_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "emails",
        "create",
        "POST",
        "/email",
        returns="Email",
        params=(
            "required body to: dict[str, Any]",
            "required body from_: dict[str, Any]",
            "required body subject: str",
            "body html: str",
            "body text: str",
            "body reply_to: dict[str, Any]",
            "body cc: list[str]",
            "body bcc: list[str]",
            "body headers: dict[str, str]",
            "body attachments: list[dict[str, Any]]",
            "header idempotency_key: str",
        ),
        in_spec=False,
    ),
    endpoint(
        "emails",
        "create_batch",
        "POST",
        "/email/batch",
        returns="json:list[dict[str, Any]]",
        params=("required body messages: list[dict[str, Any]]",),
        in_spec=False,
    ),
    endpoint("emails", "get", "GET", "/email/{email_id}", returns="Email", in_spec=False),
    endpoint(
        "enterprise_connections",
        "create_enterprise_connection",
        "POST",
        "/enterprise_connections",
        returns="EnterpriseConnection",
        params=(
            "required body name: str",
            "required body provider: str",
            "required body domains: list[str]",
            "body organization_id: str",
            "body allow_organization_account_linking: bool",
            "body active: bool",
            "body saml: dict[str, Any]",
            "body oidc: dict[str, Any]",
            "body custom_attributes: list[dict[str, Any]]",
        ),
    ),
    endpoint(
        "enterprise_connections",
        "update_enterprise_connection",
        "PATCH",
        "/enterprise_connections/{enterprise_connection_id}",
        returns="EnterpriseConnection",
        params=(
            "body name: str",
            "body domains: list[str]",
            "body active: bool",
            "body sync_user_attributes: bool",
            "body disable_additional_identifications: bool",
            "body allow_organization_account_linking: bool",
            "body organization_id: str",
            "body saml: dict[str, Any]",
            "body oidc: dict[str, Any]",
            "body custom_attributes: list[dict[str, Any]]",
        ),
    ),
    endpoint(
        "enterprise_connections",
        "get_enterprise_connection_list",
        "GET",
        "/enterprise_connections",
        returns="paginated:EnterpriseConnection",
        params=(
            "query limit: int",
            "query offset: int",
            "query organization_id: str",
            "query active: bool",
        ),
    ),
    endpoint(
        "enterprise_connections",
        "get_enterprise_connection",
        "GET",
        "/enterprise_connections/{enterprise_connection_id}",
        returns="EnterpriseConnection",
    ),
    endpoint(
        "enterprise_connections",
        "delete_enterprise_connection",
        "DELETE",
        "/enterprise_connections/{enterprise_connection_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "idp_oauth_access_token",
        "verify",
        "POST",
        "/oauth_applications/access_tokens/verify",
        returns="IdPOAuthAccessToken",
        params=(
            "body access_token: str",
            "body secret: str",
        ),
    ),
    endpoint("instance", "get", "GET", "/instance", returns="Instance"),
    endpoint(
        "instance",
        "update",
        "PATCH",
        "/instance",
        returns="None",
        params=(
            "body test_mode: bool",
            "body hibp: bool",
            "body support_email: str",
            "body clerk_js_version: str",
            "body development_origin: str",
            "body allowed_origins: list[str]",
            "body cookieless_dev: bool",
            "body url_based_session_syncing: bool",
            "body preferred_sign_in_strategy_when_password_required: str",
        ),
    ),
    endpoint(
        "instance",
        "update_restrictions",
        "PATCH",
        "/instance/restrictions",
        returns="InstanceRestrictions",
        params=(
            "body allowlist: bool",
            "body blocklist: bool",
            "body allowlist_blocklist_disabled_on_sign_in: bool",
            "body block_email_subaddresses: bool",
            "body block_disposable_email_domains: bool",
        ),
    ),
    endpoint(
        "instance",
        "get_organization_settings",
        "GET",
        "/instance/organization_settings",
        returns="OrganizationSettings",
    ),
    endpoint(
        "instance",
        "update_organization_settings",
        "PATCH",
        "/instance/organization_settings",
        returns="OrganizationSettings",
        params=(
            "body enabled: bool",
            "body max_allowed_memberships: int",
            "body admin_delete_enabled: bool",
            "body domains_enabled: bool",
            "body slug_disabled: bool",
            "body domains_enrollment_modes: list[str]",
            "body creator_role_id: str",
            "body domains_default_role_id: str",
        ),
    ),
    endpoint(
        "invitations",
        "get_invitation_list",
        "GET",
        "/invitations",
        returns="paginated:Invitation",
        params=(
            "query status: str",
            "query query: str",
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint(
        "invitations",
        "create_invitation",
        "POST",
        "/invitations",
        returns="Invitation",
        params=(
            "required body email_address: str",
            "body public_metadata: dict[str, Any]",
            "body redirect_url: str",
            "body notify: bool",
            "body ignore_existing: bool",
            "body expires_in_days: int",
            "body template_slug: str",
        ),
    ),
    endpoint(
        "invitations",
        "create_invitation_bulk",
        "POST",
        "/invitations/bulk",
        returns="list:Invitation",
        params=("required whole_body invitations: list[dict[str, Any]]",),
    ),
    endpoint("invitations", "revoke_invitation", "POST", "/invitations/{invitation_id}/revoke", returns="Invitation"),
    endpoint(
        "invitations",
        "delete_invitation",
        "DELETE",
        "/invitations/{invitation_id}",
        returns="DeletedObject",
        in_spec=False,
    ),
    endpoint("jwks", "get_jwks", "GET", "/jwks", returns="json:dict[str, Any]"),
    endpoint(
        "jwt_templates",
        "list",
        "GET",
        "/jwt_templates",
        returns="paginated:JwtTemplate",
        params=(
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint("jwt_templates", "get", "GET", "/jwt_templates/{template_id}", returns="JwtTemplate"),
    endpoint(
        "jwt_templates",
        "create",
        "POST",
        "/jwt_templates",
        returns="JwtTemplate",
        params=(
            "required body name: str",
            "required body claims: dict[str, Any]",
            "body lifetime: int",
            "body allowed_clock_skew: int",
            "body custom_signing_key: bool",
            "body signing_algorithm: str",
            "body signing_key: str",
        ),
    ),
    endpoint(
        "jwt_templates",
        "update",
        "PATCH",
        "/jwt_templates/{template_id}",
        returns="JwtTemplate",
        params=(
            "required body name: str",
            "required body claims: dict[str, Any]",
            "body lifetime: int",
            "body allowed_clock_skew: int",
            "body custom_signing_key: bool",
            "body signing_algorithm: str",
            "body signing_key: str",
        ),
    ),
    endpoint("jwt_templates", "delete", "DELETE", "/jwt_templates/{template_id}", returns="DeletedObject"),
    endpoint(
        "m2m",
        "list",
        "GET",
        "/m2m_tokens",
        returns="paginated:M2MToken",
        params=(
            "required query subject: str",
            "query revoked: bool",
            "query expired: bool",
            "query limit: float",
            "query offset: float",
            "bearer machine_secret_key: str",
        ),
    ),
    endpoint(
        "m2m",
        "create_token",
        "POST",
        "/m2m_tokens",
        returns="M2MToken",
        params=(
            "body token_format: str",
            "body seconds_until_expiration: float",
            "body claims: Any",
            "body min_remaining_ttl_seconds: int",
            "bearer machine_secret_key: str",
        ),
    ),
    endpoint(
        "m2m",
        "revoke_token",
        "POST",
        "/m2m_tokens/{m2m_token_id}/revoke",
        returns="M2MToken",
        params=(
            "body revocation_reason: str",
            "bearer machine_secret_key: str",
        ),
    ),
    endpoint(
        "m2m",
        "verify",
        "POST",
        "/m2m_tokens/verify",
        returns="M2MToken",
        params=(
            "required body token: str",
            "bearer machine_secret_key: str",
        ),
    ),
    endpoint("machines", "get", "GET", "/machines/{machine_id}", returns="Machine"),
    endpoint(
        "machines",
        "list",
        "GET",
        "/machines",
        returns="paginated:Machine",
        params=(
            "query limit: int",
            "query offset: int",
            "query query: str",
            "query order_by: str",
        ),
    ),
    endpoint(
        "machines",
        "create",
        "POST",
        "/machines",
        returns="Machine",
        params=(
            "required body name: str",
            "body scoped_machines: list[str]",
            "body default_token_ttl: int",
        ),
    ),
    endpoint(
        "machines",
        "update",
        "PATCH",
        "/machines/{machine_id}",
        returns="Machine",
        params=(
            "body name: str",
            "body default_token_ttl: int",
        ),
    ),
    endpoint("machines", "delete", "DELETE", "/machines/{machine_id}", returns="DeletedObject"),
    endpoint("machines", "get_secret_key", "GET", "/machines/{machine_id}/secret_key", returns="MachineSecretKey"),
    endpoint(
        "machines",
        "rotate_secret_key",
        "POST",
        "/machines/{machine_id}/secret_key/rotate",
        returns="MachineSecretKey",
        params=("required body previous_token_ttl: int",),
    ),
    endpoint(
        "machines",
        "create_scope",
        "POST",
        "/machines/{machine_id}/scopes",
        returns="MachineScope",
        params=("required body to_machine_id: str",),
    ),
    endpoint(
        "machines",
        "delete_scope",
        "DELETE",
        "/machines/{machine_id}/scopes/{other_machine_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "oauth_applications",
        "list",
        "GET",
        "/oauth_applications",
        returns="paginated:OAuthApplication",
        params=(
            "query limit: int",
            "query offset: int",
            "query order_by: str",
            "query name_query: str",
        ),
    ),
    endpoint(
        "oauth_applications", "get", "GET", "/oauth_applications/{oauth_application_id}", returns="OAuthApplication"
    ),
    endpoint(
        "oauth_applications",
        "create",
        "POST",
        "/oauth_applications",
        returns="OAuthApplication",
        params=(
            "required body name: str",
            "body redirect_uris: list[str]",
            "body callback_url: str",
            "body scopes: str",
            "body consent_screen_enabled: bool",
            "body pkce_required: bool",
            "body public: bool",
        ),
    ),
    endpoint(
        "oauth_applications",
        "update",
        "PATCH",
        "/oauth_applications/{oauth_application_id}",
        returns="OAuthApplication",
        params=(
            "body name: str",
            "body redirect_uris: list[str]",
            "body callback_url: str",
            "body scopes: str",
            "body consent_screen_enabled: bool",
            "body pkce_required: bool",
            "body public: bool",
        ),
    ),
    endpoint(
        "oauth_applications", "delete", "DELETE", "/oauth_applications/{oauth_application_id}", returns="DeletedObject"
    ),
    endpoint(
        "oauth_applications",
        "rotate_secret",
        "POST",
        "/oauth_applications/{oauth_application_id}/rotate_secret",
        returns="OAuthApplication",
    ),
    endpoint(
        "oauth_applications",
        "revoke_token",
        "POST",
        "/oauth_applications/{oauth_application_id}/revoke_token",
        returns="None",
        params=("required body token: str",),
    ),
    endpoint(
        "organizations",
        "get_organization_list",
        "GET",
        "/organizations",
        returns="paginated:Organization",
        params=(
            "query include_members_count: bool",
            "query include_missing_member_with_elevated_permissions: bool",
            "query query: str",
            "query user_id: list[str]",
            "query organization_id: list[str]",
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organizations",
        "create_organization",
        "POST",
        "/organizations",
        returns="Organization",
        params=(
            "required body name: str",
            "body created_by: str",
            "body private_metadata: dict[str, Any]",
            "body public_metadata: dict[str, Any]",
            "body slug: str",
            "body max_allowed_memberships: int",
            "body created_at: str",
            "body role_set_key: str",
        ),
    ),
    endpoint(
        "organizations",
        "get_organization",
        "GET",
        "/organizations/{organization_id}",
        returns="Organization",
        params=(
            "query include_members_count: bool",
            "query include_missing_member_with_elevated_permissions: bool",
        ),
    ),
    endpoint(
        "organizations",
        "update_organization",
        "PATCH",
        "/organizations/{organization_id}",
        returns="Organization",
        params=(
            "body name: str",
            "body slug: str",
            "body max_allowed_memberships: int",
            "body admin_delete_enabled: bool",
            "body created_at: str",
            "body role_set_key: str",
        ),
    ),
    endpoint(
        "organizations",
        "update_organization_logo",
        "PUT",
        "/organizations/{organization_id}/logo",
        returns="Organization",
        params=(
            "form uploader_user_id: str",
            "required file file: FileInput",
        ),
    ),
    endpoint(
        "organizations",
        "delete_organization_logo",
        "DELETE",
        "/organizations/{organization_id}/logo",
        returns="Organization",
    ),
    endpoint(
        "organizations",
        "update_organization_metadata",
        "PATCH",
        "/organizations/{organization_id}/metadata",
        returns="Organization",
        params=(
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
        ),
    ),
    endpoint(
        "organizations",
        "replace_organization_metadata",
        "PUT",
        "/organizations/{organization_id}/metadata",
        returns="Organization",
        params=(
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
        ),
    ),
    endpoint(
        "organizations", "delete_organization", "DELETE", "/organizations/{organization_id}", returns="DeletedObject"
    ),
    endpoint(
        "organizations",
        "get_organization_membership_list",
        "GET",
        "/organizations/{organization_id}/memberships",
        returns="paginated:OrganizationMembership",
        params=(
            "query order_by: str",
            "query user_id: list[str]",
            "query email_address: list[str]",
            "query phone_number: list[str]",
            "query username: list[str]",
            "query web3_wallet: list[str]",
            "query role: list[str]",
            "query query: str",
            "query email_address_query: str",
            "query phone_number_query: str",
            "query username_query: str",
            "query name_query: str",
            "query last_active_at_before: int",
            "query last_active_at_after: int",
            "query created_at_before: int",
            "query created_at_after: int",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organizations",
        "get_instance_organization_membership_list",
        "GET",
        "/organization_memberships",
        returns="paginated:OrganizationMembership",
        params=(
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organizations",
        "create_organization_membership",
        "POST",
        "/organizations/{organization_id}/memberships",
        returns="OrganizationMembership",
        params=(
            "required body user_id: str",
            "required body role: str",
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
        ),
    ),
    endpoint(
        "organizations",
        "update_organization_membership",
        "PATCH",
        "/organizations/{organization_id}/memberships/{user_id}",
        returns="OrganizationMembership",
        params=("required body role: str",),
    ),
    endpoint(
        "organizations",
        "update_organization_membership_metadata",
        "PATCH",
        "/organizations/{organization_id}/memberships/{user_id}/metadata",
        returns="OrganizationMembership",
        params=(
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
        ),
    ),
    endpoint(
        "organizations",
        "delete_organization_membership",
        "DELETE",
        "/organizations/{organization_id}/memberships/{user_id}",
        returns="OrganizationMembership",
    ),
    endpoint(
        "organizations",
        "get_organization_invitation_list",
        "GET",
        "/organizations/{organization_id}/invitations",
        returns="paginated:OrganizationInvitation",
        params=(
            "query status: str",
            "query email_address: str",
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organizations",
        "create_organization_invitation",
        "POST",
        "/organizations/{organization_id}/invitations",
        returns="OrganizationInvitation",
        params=(
            "required body email_address: str",
            "body inviter_user_id: str",
            "required body role: str",
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
            "body redirect_url: str",
            "body expires_in_days: int",
            "body notify: bool",
        ),
    ),
    endpoint(
        "organizations",
        "create_organization_invitation_bulk",
        "POST",
        "/organizations/{organization_id}/invitations/bulk",
        returns="paginated:OrganizationInvitation",
        params=("required whole_body invitations: list[dict[str, Any]]",),
    ),
    endpoint(
        "organizations",
        "get_organization_invitation",
        "GET",
        "/organizations/{organization_id}/invitations/{invitation_id}",
        returns="OrganizationInvitation",
    ),
    endpoint(
        "organizations",
        "revoke_organization_invitation",
        "POST",
        "/organizations/{organization_id}/invitations/{invitation_id}/revoke",
        returns="OrganizationInvitation",
        params=("body requesting_user_id: str",),
    ),
    endpoint(
        "organizations",
        "get_organization_domain_list",
        "GET",
        "/organizations/{organization_id}/domains",
        returns="paginated:OrganizationDomain",
        params=(
            "query verified: str",
            "query enrollment_mode: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organizations",
        "create_organization_domain",
        "POST",
        "/organizations/{organization_id}/domains",
        returns="OrganizationDomain",
        params=(
            "body name: str",
            "body enrollment_mode: str",
            "body verified: bool",
        ),
    ),
    endpoint(
        "organizations",
        "update_organization_domain",
        "PATCH",
        "/organizations/{organization_id}/domains/{domain_id}",
        returns="OrganizationDomain",
        params=(
            "body enrollment_mode: str",
            "body verified: bool",
        ),
    ),
    endpoint(
        "organizations",
        "delete_organization_domain",
        "DELETE",
        "/organizations/{organization_id}/domains/{domain_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "organization_permissions",
        "get_organization_permission_list",
        "GET",
        "/organization_permissions",
        returns="paginated:Permission",
        params=(
            "query query: str",
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organization_permissions",
        "get_organization_permission",
        "GET",
        "/organization_permissions/{permission_id}",
        returns="Permission",
    ),
    endpoint(
        "organization_permissions",
        "create_organization_permission",
        "POST",
        "/organization_permissions",
        returns="Permission",
        params=(
            "required body name: str",
            "required body key: str",
            "body description: str",
        ),
    ),
    endpoint(
        "organization_permissions",
        "update_organization_permission",
        "PATCH",
        "/organization_permissions/{permission_id}",
        returns="Permission",
        params=(
            "body name: str",
            "body key: str",
            "body description: str",
        ),
    ),
    endpoint(
        "organization_permissions",
        "delete_organization_permission",
        "DELETE",
        "/organization_permissions/{permission_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "organization_roles",
        "get_organization_role_list",
        "GET",
        "/organization_roles",
        returns="paginated:Role",
        params=(
            "query query: str",
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "organization_roles",
        "get_organization_role",
        "GET",
        "/organization_roles/{organization_role_id}",
        returns="Role",
    ),
    endpoint(
        "organization_roles",
        "create_organization_role",
        "POST",
        "/organization_roles",
        returns="Role",
        params=(
            "required body name: str",
            "required body key: str",
            "body description: str",
            "body permissions: list[str]",
            "body include_in_initial_role_set: bool",
        ),
    ),
    endpoint(
        "organization_roles",
        "update_organization_role",
        "PATCH",
        "/organization_roles/{organization_role_id}",
        returns="Role",
        params=(
            "body name: str",
            "body key: str",
            "body description: str",
            "body permissions: list[str]",
        ),
    ),
    endpoint(
        "organization_roles",
        "delete_organization_role",
        "DELETE",
        "/organization_roles/{organization_role_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "organization_roles",
        "assign_permission_to_organization_role",
        "POST",
        "/organization_roles/{organization_role_id}/permissions/{permission_id}",
        returns="Role",
    ),
    endpoint(
        "organization_roles",
        "remove_permission_from_organization_role",
        "DELETE",
        "/organization_roles/{organization_role_id}/permissions/{permission_id}",
        returns="Role",
    ),
    endpoint("phone_numbers", "get_phone_number", "GET", "/phone_numbers/{phone_number_id}", returns="PhoneNumber"),
    endpoint(
        "phone_numbers",
        "create_phone_number",
        "POST",
        "/phone_numbers",
        returns="PhoneNumber",
        params=(
            "required body user_id: str",
            "required body phone_number: str",
            "body verified: bool",
            "body primary: bool",
            "body reserved_for_second_factor: bool",
        ),
    ),
    endpoint(
        "phone_numbers",
        "update_phone_number",
        "PATCH",
        "/phone_numbers/{phone_number_id}",
        returns="PhoneNumber",
        params=(
            "body verified: bool",
            "body primary: bool",
            "body reserved_for_second_factor: bool",
        ),
    ),
    endpoint(
        "phone_numbers", "delete_phone_number", "DELETE", "/phone_numbers/{phone_number_id}", returns="DeletedObject"
    ),
    endpoint(
        "proxy_checks",
        "verify",
        "POST",
        "/proxy_checks",
        returns="ProxyCheck",
        params=(
            "body domain_id: str",
            "body proxy_url: str",
        ),
    ),
    endpoint(
        "redirect_urls",
        "get_redirect_url_list",
        "GET",
        "/redirect_urls",
        returns="paginated:RedirectUrl",
        params=(
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint("redirect_urls", "get_redirect_url", "GET", "/redirect_urls/{id}", returns="RedirectUrl"),
    endpoint(
        "redirect_urls",
        "create_redirect_url",
        "POST",
        "/redirect_urls",
        returns="RedirectUrl",
        params=("required body url: str",),
    ),
    endpoint("redirect_urls", "delete_redirect_url", "DELETE", "/redirect_urls/{id}", returns="DeletedObject"),
    endpoint(
        "role_sets",
        "get_role_set_list",
        "GET",
        "/role_sets",
        returns="paginated:RoleSet",
        params=(
            "query query: str",
            "query order_by: str",
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint("role_sets", "get_role_set", "GET", "/role_sets/{role_set_key_or_id}", returns="RoleSet"),
    endpoint(
        "role_sets",
        "create_role_set",
        "POST",
        "/role_sets",
        returns="RoleSet",
        params=(
            "required body name: str",
            "body key: str",
            "body description: str",
            "required body default_role_key: str",
            "required body creator_role_key: str",
            "body type: str",
            "required body roles: list[str]",
        ),
    ),
    endpoint(
        "role_sets",
        "update_role_set",
        "PATCH",
        "/role_sets/{role_set_key_or_id}",
        returns="RoleSet",
        params=(
            "body name: str",
            "body key: str",
            "body description: str",
            "body type: str",
            "body default_role_key: str",
            "body creator_role_key: str",
        ),
    ),
    endpoint(
        "role_sets",
        "add_roles_to_role_set",
        "POST",
        "/role_sets/{role_set_key_or_id}/roles",
        returns="RoleSet",
        params=(
            "required body role_keys: list[str]",
            "body default_role_key: str",
            "body creator_role_key: str",
        ),
    ),
    endpoint(
        "role_sets",
        "replace_role_in_role_set",
        "POST",
        "/role_sets/{role_set_key_or_id}/roles/replace",
        returns="RoleSet",
        params=(
            "required body role_key: str",
            "required body to_role_key: str",
        ),
    ),
    endpoint(
        "role_sets",
        "replace_role_set",
        "POST",
        "/role_sets/{role_set_key_or_id}/replace",
        returns="DeletedObject",
        params=(
            "required body dest_role_set_key: str",
            "body reassignment_mappings: dict[str, Any]",
        ),
    ),
    endpoint(
        "saml_connections",
        "get_saml_connection_list",
        "GET",
        "/saml_connections",
        returns="paginated:SamlConnection",
        params=(
            "query limit: int",
            "query offset: int",
            "query query: str",
            "query order_by: str",
            "query organization_id: list[str]",
        ),
    ),
    endpoint(
        "saml_connections",
        "create_saml_connection",
        "POST",
        "/saml_connections",
        returns="SamlConnection",
        params=(
            "required body name: str",
            "body domain: str",
            "body domains: list[str]",
            "required body provider: str",
            "body idp_entity_id: str",
            "body idp_sso_url: str",
            "body idp_certificate: str",
            "body idp_metadata_url: str",
            "body idp_metadata: str",
            "body organization_id: str",
            "body attribute_mapping: dict[str, Any]",
            "body force_authn: bool",
            "body login_hint: dict[str, Any]",
        ),
    ),
    endpoint(
        "saml_connections",
        "get_saml_connection",
        "GET",
        "/saml_connections/{saml_connection_id}",
        returns="SamlConnection",
    ),
    endpoint(
        "saml_connections",
        "update_saml_connection",
        "PATCH",
        "/saml_connections/{saml_connection_id}",
        returns="SamlConnection",
        params=(
            "body name: str",
            "body domain: str",
            "body domains: list[str]",
            "body idp_entity_id: str",
            "body idp_sso_url: str",
            "body idp_certificate: str",
            "body idp_metadata_url: str",
            "body idp_metadata: str",
            "body organization_id: str",
            "body attribute_mapping: dict[str, Any]",
            "body active: bool",
            "body sync_user_attributes: bool",
            "body allow_subdomains: bool",
            "body allow_idp_initiated: bool",
            "body disable_additional_identifications: bool",
            "body allow_organization_account_linking: bool",
            "body force_authn: bool",
            "body login_hint: dict[str, Any]",
            "body consent_verified_domains_deletion: bool",
        ),
    ),
    endpoint(
        "saml_connections",
        "delete_saml_connection",
        "DELETE",
        "/saml_connections/{saml_connection_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "sessions",
        "get_session_list",
        "GET",
        "/sessions",
        returns="paginated:Session",
        params=(
            "query client_id: str",
            "query user_id: str",
            "query status: str",
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint("sessions", "get_session", "GET", "/sessions/{session_id}", returns="Session"),
    endpoint(
        "sessions",
        "create_session",
        "POST",
        "/sessions",
        returns="Session",
        params=(
            "required body user_id: str",
            "body active_organization_id: str",
        ),
    ),
    endpoint("sessions", "revoke_session", "POST", "/sessions/{session_id}/revoke", returns="Session"),
    endpoint(
        "sessions",
        "verify_session",
        "POST",
        "/sessions/{session_id}/verify",
        returns="Session",
        params=("required body token: str",),
        in_spec=False,
    ),
    endpoint(
        "sessions",
        "get_token",
        "POST",
        "/sessions/{session_id}/tokens/{template_name?}",
        returns="Token",
        params=("body expires_in_seconds: int",),
    ),
    endpoint(
        "sessions",
        "refresh_session",
        "POST",
        "/sessions/{session_id}/refresh",
        returns="any:Token | Cookies",
        params=(
            "required body expired_token: str",
            "required body refresh_token: str",
            "required body request_origin: str",
            "body request_headers: dict[str, Any]",
            "body format: str",
            "body request_originating_ip: str",
            "query suffixed_cookies: bool",
        ),
    ),
    endpoint(
        "sign_in_tokens",
        "create_sign_in_token",
        "POST",
        "/sign_in_tokens",
        returns="SignInToken",
        params=(
            "required body user_id: str",
            "body org_id: str",
            "body expires_in_seconds: int",
        ),
    ),
    endpoint(
        "sign_in_tokens",
        "revoke_sign_in_token",
        "POST",
        "/sign_in_tokens/{sign_in_token_id}/revoke",
        returns="SignInToken",
    ),
    endpoint("sign_ups", "get", "GET", "/sign_ups/{id}", returns="SignUpAttempt"),
    endpoint(
        "sign_ups",
        "update",
        "PATCH",
        "/sign_ups/{id}",
        returns="SignUpAttempt",
        params=(
            "body external_id: str",
            "body custom_action: bool",
        ),
    ),
    endpoint("testing_tokens", "create_testing_token", "POST", "/testing_tokens", returns="TestingToken"),
    endpoint(
        "users",
        "get_user_list",
        "GET",
        "/users",
        returns="counted:User",
        params=(
            *_USER_FILTERS,
            "query limit: int",
            "query offset: int",
            "query starting_after: str",
            "query order_by: str",
        ),
    ),
    endpoint("users", "get_user", "GET", "/users/{user_id}", returns="User"),
    endpoint(
        "users",
        "create_user",
        "POST",
        "/users",
        returns="User",
        params=(
            "body external_id: str",
            "body first_name: str",
            "body last_name: str",
            "body locale: str",
            "body email_address: list[str]",
            "body email_address_identification_status: list[str]",
            "body phone_number: list[str]",
            "body phone_number_identification_status: list[str]",
            "body web3_wallet: list[str]",
            "body username: str",
            "body password: str",
            "body password_digest: str",
            "body password_hasher: str",
            "body skip_password_checks: bool",
            "body skip_password_requirement: bool",
            "body totp_secret: str",
            "body backup_codes: list[str]",
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
            "body unsafe_metadata: dict[str, Any]",
            "body delete_self_enabled: bool",
            "body legal_accepted_at: str",
            "body skip_legal_checks: bool",
            "body skip_user_requirement: bool",
            "body create_organization_enabled: bool",
            "body create_organizations_limit: int",
            "body created_at: str",
            "body bypass_client_trust: bool",
            "body banned: bool",
            "body locked: bool",
        ),
    ),
    endpoint(
        "users",
        "update_user",
        "PATCH",
        "/users/{user_id}",
        returns="User",
        params=(
            "body external_id: str",
            "body first_name: str",
            "body last_name: str",
            "body locale: str",
            "body primary_email_address_id: str",
            "body notify_primary_email_address_changed: bool",
            "body primary_phone_number_id: str",
            "body primary_web3_wallet_id: str",
            "body username: str",
            "body profile_image_id: str",
            "body password: str",
            "body password_digest: str",
            "body password_hasher: str",
            "body skip_password_checks: bool",
            "body sign_out_of_other_sessions: bool",
            "body totp_secret: str",
            "body backup_codes: list[str]",
            "body delete_self_enabled: bool",
            "body create_organization_enabled: bool",
            "body legal_accepted_at: str",
            "body skip_legal_checks: bool",
            "body create_organizations_limit: int",
            "body created_at: str",
            "body bypass_client_trust: bool",
        ),
    ),
    endpoint(
        "users",
        "replace_user_email_address",
        "PUT",
        "/users/{user_id}/email_address",
        returns="EmailAddress",
        params=(
            "required body email_address: str",
            "body identification_status: str",
            "body notify_primary_email_address_changed: bool",
        ),
    ),
    endpoint(
        "users",
        "replace_user_phone_number",
        "PUT",
        "/users/{user_id}/phone_number",
        returns="PhoneNumber",
        params=(
            "required body phone_number: str",
            "body identification_status: str",
        ),
    ),
    endpoint(
        "users",
        "update_user_profile_image",
        "POST",
        "/users/{user_id}/profile_image",
        returns="User",
        params=("required file file: FileInput",),
    ),
    endpoint(
        "users",
        "update_user_metadata",
        "PATCH",
        "/users/{user_id}/metadata",
        returns="User",
        params=(
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
            "body unsafe_metadata: dict[str, Any]",
        ),
    ),
    endpoint(
        "users",
        "replace_user_metadata",
        "PUT",
        "/users/{user_id}/metadata",
        returns="User",
        params=(
            "body public_metadata: dict[str, Any]",
            "body private_metadata: dict[str, Any]",
            "body unsafe_metadata: dict[str, Any]",
        ),
    ),
    endpoint("users", "delete_user", "DELETE", "/users/{user_id}", returns="DeletedObject"),
    endpoint("users", "get_count", "GET", "/users/count", returns="int", params=_USER_FILTERS),
    endpoint(
        "users",
        "get_user_oauth_access_token",
        "GET",
        "/users/{user_id}/oauth_access_tokens/{provider|oauth_}",
        returns="paginated:OauthAccessToken",
        params=(
            "query limit: int",
            "query offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    endpoint("users", "disable_user_mfa", "DELETE", "/users/{user_id}/mfa", returns="json:dict[str, Any]"),
    endpoint(
        "users",
        "get_organization_membership_list",
        "GET",
        "/users/{user_id}/organization_memberships",
        returns="paginated:OrganizationMembership",
        params=(
            "query limit: int",
            "query offset: int",
        ),
    ),
    endpoint(
        "users",
        "get_organization_invitation_list",
        "GET",
        "/users/{user_id}/organization_invitations",
        returns="paginated:OrganizationInvitation",
        params=(
            "query limit: int",
            "query offset: int",
            "query status: str",
        ),
    ),
    endpoint(
        "users",
        "remove_password",
        "POST",
        "/users/{user_id}/remove_password",
        returns="User",
        params=("body sign_out_of_other_sessions: bool",),
    ),
    endpoint(
        "users",
        "verify_password",
        "POST",
        "/users/{user_id}/verify_password",
        returns="json:dict[str, Any]",
        params=("required body password: str",),
    ),
    endpoint(
        "users",
        "verify_totp",
        "POST",
        "/users/{user_id}/verify_totp",
        returns="json:dict[str, Any]",
        params=("required body code: str",),
    ),
    endpoint("users", "ban_user", "POST", "/users/{user_id}/ban", returns="User"),
    endpoint("users", "unban_user", "POST", "/users/{user_id}/unban", returns="User"),
    endpoint("users", "lock_user", "POST", "/users/{user_id}/lock", returns="User"),
    endpoint("users", "unlock_user", "POST", "/users/{user_id}/unlock", returns="User"),
    endpoint("users", "delete_user_profile_image", "DELETE", "/users/{user_id}/profile_image", returns="User"),
    endpoint(
        "users",
        "delete_user_passkey",
        "DELETE",
        "/users/{user_id}/passkeys/{passkey_identification_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "users",
        "delete_user_web3_wallet",
        "DELETE",
        "/users/{user_id}/web3_wallets/{web3_wallet_identification_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "users",
        "delete_user_external_account",
        "DELETE",
        "/users/{user_id}/external_accounts/{external_account_id}",
        returns="DeletedObject",
    ),
    endpoint(
        "users", "delete_user_backup_codes", "DELETE", "/users/{user_id}/backup_code", returns="json:dict[str, Any]"
    ),
    endpoint("users", "delete_user_totp", "DELETE", "/users/{user_id}/totp", returns="json:dict[str, Any]"),
    endpoint(
        "users",
        "set_password_compromised",
        "POST",
        "/users/{user_id}/password/set_compromised",
        returns="User",
        params=("body revoke_all_sessions: bool",),
    ),
    endpoint(
        "users", "unset_password_compromised", "POST", "/users/{user_id}/password/unset_compromised", returns="User"
    ),
    endpoint(
        "waitlist_entries",
        "list",
        "GET",
        "/waitlist_entries",
        returns="paginated:WaitlistEntry",
        params=(
            "query limit: int",
            "query offset: int",
            "query query: str",
            "query status: str",
            "query order_by: str",
        ),
    ),
    endpoint(
        "waitlist_entries",
        "create",
        "POST",
        "/waitlist_entries",
        returns="WaitlistEntry",
        params=(
            "required body email_address: str",
            "body notify: bool",
        ),
    ),
    endpoint(
        "waitlist_entries",
        "create_bulk",
        "POST",
        "/waitlist_entries/bulk",
        returns="list:WaitlistEntry",
        params=("required whole_body entries: list[dict[str, Any]]",),
    ),
    endpoint(
        "waitlist_entries",
        "invite",
        "POST",
        "/waitlist_entries/{waitlist_entry_id}/invite",
        returns="WaitlistEntry",
        params=("body ignore_existing: bool",),
    ),
    endpoint(
        "waitlist_entries", "reject", "POST", "/waitlist_entries/{waitlist_entry_id}/reject", returns="WaitlistEntry"
    ),
    endpoint("waitlist_entries", "delete", "DELETE", "/waitlist_entries/{waitlist_entry_id}", returns="DeletedObject"),
    endpoint("webhooks", "create_svix_app", "POST", "/webhooks/svix", returns="json:dict[str, Any]"),
    endpoint("webhooks", "generate_svix_auth_url", "POST", "/webhooks/svix_url", returns="json:dict[str, Any]"),
    endpoint("webhooks", "delete_svix_app", "DELETE", "/webhooks/svix", returns="None"),
)

#: Group name -> its endpoints, in table order.
GROUPS: dict[str, tuple[Endpoint, ...]] = {}
for _endpoint in ENDPOINTS:
    GROUPS[_endpoint.group] = (*GROUPS.get(_endpoint.group, ()), _endpoint)
del _endpoint


def group_class_name(group: str, prefix: str = "") -> str:
    """``users`` -> ``UsersAPI`` (``AsyncUsersAPI`` with ``prefix="Async"``)."""
    return prefix + "".join(part.capitalize() for part in group.split("_")) + "API"


_STUB_TYPES = {"FileInput": "_FileInput"}


def _stub_type(text: str) -> str:
    if text in _STUB_TYPES:
        return _STUB_TYPES[text]
    if text.startswith("list[") and text.endswith("]"):
        return f"Sequence[{_stub_type(text[5:-1])}]"
    if text.startswith("dict[") and text.endswith("]"):
        return f"Mapping[{text[5:-1]}]"
    return text


def _stub_return(endpoint: Endpoint) -> str:
    kind = endpoint.response_kind
    if kind == "none":
        return "None"
    if kind in ("model", "int"):
        return endpoint.response
    if kind in ("paginated", "counted"):
        return f"PaginatedResponse[{endpoint.model}]"
    if kind == "list":
        return f"builtins.list[{endpoint.model}]"
    # A group may have a method called ``list``: name the builtin explicitly.
    return endpoint.response.partition(":")[2].replace("list[", "builtins.list[")


def _stub_method(endpoint: Endpoint, name: str, is_async: bool) -> list[str]:
    args = ["self"]
    for p in endpoint.path_params:
        args.append(f"{p.name}: str" if p.required else f"{p.name}: str | None = None")
    keyword_only = [p for p in endpoint.params if p.required] + [p for p in endpoint.params if not p.required]
    args.append("*")
    for p in keyword_only:
        ann = _stub_type(p.type)
        args.append(f"{p.name}: {ann}" if p.required else f"{p.name}: {ann} | None = None")
    args.extend(f"{option}: {ann} = ..." for option, ann in CALL_OPTIONS.items())
    prefix = "async def" if is_async else "def"
    return [
        f"    {prefix} {name}({', '.join(args)}) -> {_stub_return(endpoint)}:",
        f'        """{endpoint.doc}"""',
    ]


def _stub_init(cls: type) -> list[str]:
    """``__init__`` of a client class, for the stub, from its runtime signature."""
    import inspect

    lines = ["    def __init__(", "        self,"]
    keyword_only = False
    for p in inspect.signature(cls).parameters.values():
        if p.kind is p.KEYWORD_ONLY and not keyword_only:
            lines.append("        *,")
            keyword_only = True
        simple = p.default is None or isinstance(p.default, (bool, int, float, str))
        default = "" if p.default is p.empty else f" = {p.default!r}" if simple else " = ..."
        lines.append(f"        {p.name}: {p.annotation}{default},")
    lines.append("    ) -> None: ...")
    return lines


def client_stub_source() -> str:
    """The text of ``client.pyi``, generated from ``ENDPOINTS`` (see scripts/gen_stubs.py)."""
    models = sorted({e.model for e in ENDPOINTS if e.model} | {"Cookies", "PaginatedResponse", "Token"})
    out = [
        "# Generated by scripts/gen_stubs.py from clerk_backend/_endpoints.py. Do not edit.",
        "import builtins",
        "from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence",
        "from typing import IO, Any, TypeVar, Union",
        "",
        "import httpx",
        "",
        "from ._native import (",
        *(f"    {name}," for name in models),
        ")",
        "",
        '__all__ = ["AsyncClerk", "Clerk"]',
        "",
        "API_URL: str",
        "API_VERSION: str",
        "USER_AGENT: str",
        "DEFAULT_TIMEOUT: float",
        "DEFAULT_MAX_RETRIES: int",
        "",
        '_T = TypeVar("_T")',
        "_FileInput = Union[bytes, IO[bytes], tuple[str, bytes], tuple[str, bytes, str]]",
        "_Timeout = Union[float, None, httpx.Timeout]",
        "",
    ]
    for prefix, is_async in (("", False), ("Async", True)):
        for group, endpoints in GROUPS.items():
            out.append(f"class {group_class_name(group, prefix)}:")
            out.append(f'    """The ``{group}`` endpoints of the Backend API."""')
            out.append("")
            for endpoint in endpoints:
                for name in (endpoint.name, *endpoint.aliases):
                    out.extend(_stub_method(endpoint, name, is_async))
            out.append("")
    from . import client  # the runtime classes: their attributes and constructors are not restated here

    for prefix in ("", "Async"):
        cls = getattr(client, f"{prefix}Clerk")
        out.append(f"class {prefix}Clerk:")
        out.append(f'    """The {"asyncio " if prefix else ""}Backend API client."""')
        out.append("")
        for base in reversed(cls.__mro__):
            for attr, ann in vars(base).get("__annotations__", {}).items():
                if not attr.startswith("_"):
                    out.append(f"    {attr}: {ann}")
        out.extend(_stub_init(cls))
        for group in GROUPS:
            out.append("    @property")
            out.append(f"    def {group}(self) -> {group_class_name(group, prefix)}: ...")
        if prefix:
            out.extend(
                [
                    "    async def aclose(self) -> None: ...",
                    "    async def __aenter__(self) -> AsyncClerk: ...",
                    "    async def __aexit__(self, *exc_info: object) -> None: ...",
                    "    def paginate(",
                    "        self,",
                    "        method: Callable[..., Awaitable[PaginatedResponse[_T]]],",
                    "        *args: Any,",
                    "        page_size: int = 100,",
                    "        **kwargs: Any,",
                    "    ) -> AsyncIterator[_T]: ...",
                ]
            )
        else:
            out.extend(
                [
                    "    def close(self) -> None: ...",
                    "    def __enter__(self) -> Clerk: ...",
                    "    def __exit__(self, *exc_info: object) -> None: ...",
                    "    def paginate(",
                    "        self,",
                    "        method: Callable[..., PaginatedResponse[_T]],",
                    "        *args: Any,",
                    "        page_size: int = 100,",
                    "        **kwargs: Any,",
                    "    ) -> Iterator[_T]: ...",
                ]
            )
        out.append("")
    return "\n".join(out)
