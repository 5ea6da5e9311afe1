"""The Backend API endpoints: every method of the REST client, declared once.

Each ``E(...)`` line below is one client method. The sync and async clients, their
signatures, argument checking and the generated stub (``client.pyi``) are all built
from this table; nothing about an endpoint is written anywhere else.

``E(group, name, verb, path, response, params, ...)``:

- ``group`` is the client property (``clerk.users``), ``name`` the method
  (snake_case of ``@clerk/backend``'s name).
- ``path`` is relative to ``/v1`` (or to the API root for the groups in
  ``NO_V1_GROUPS``). ``{name}`` is a path parameter: a positional argument.
  ``{name?}`` is an optional last segment, left out when the argument is ``None``.
  ``{name|prefix}`` adds ``prefix`` to a value that does not already start with it
  (``get_user_oauth_access_token(user_id, "google")`` asks for ``oauth_google``).
- ``response`` says what the method returns:

  - ``"User"`` (any model class name): ``Model.from_json(body)``;
  - ``"paginated:User"``: a ``PaginatedResponse`` of models;
  - ``"counted:User"``: the endpoint returns a bare array; a second request to
    ``<path>/count`` with the same filters gives ``total_count``;
  - ``"list:User"``: a bare JSON array, each item converted like ``deserialize`` does;
  - ``"int"``: a ``{"object": "total_count", ...}`` answer, as an ``int``;
  - ``"json:<type>"``: the parsed JSON as it is (plain dicts and lists);
  - ``"any:<type>"``: whatever ``deserialize`` makes of the body;
  - ``"None"``: nothing (204 or an ignored body).

- ``params`` are keyword-only arguments, each ``"<where>[!] <name>: <type>"``.
  ``!`` marks a required argument; the others default to ``None``, which means
  "not sent". ``<where>`` is one of

  - ``q``: query string (lists repeat the key, booleans are ``true``/``false``);
  - ``b``: a key of the JSON body; ``B``: the whole JSON body (an array);
  - ``f``: a multipart file part; ``m``: a multipart text field;
  - ``h``: a request header (``idempotency_key`` -> ``Idempotency-Key``);
  - ``a``: a bearer token used instead of the client's secret key for this call.

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

_WHERE = {
    "q": "query",
    "b": "body",
    "B": "body_array",
    "f": "file",
    "m": "form",
    "h": "header",
    "a": "auth",
}
_PARAM = re.compile(r"^([qbBfmha])(!?) ([a-z_][a-z0-9_]*): (.+)$")
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


def E(
    group: str,
    name: str,
    method: str,
    path: str,
    response: str,
    params: tuple[str, ...] = (),
    *,
    fixed_query: dict[str, str] | None = None,
    in_spec: bool = True,
    aliases: tuple[str, ...] = (),
) -> Endpoint:
    """Declare one endpoint (see the module docstring for the notation)."""
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
        where = _WHERE[m.group(1)]
        parsed.append(Param(m.group(3), where, m.group(4), bool(m.group(2)), _wire_name(m.group(3), where)))
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
        response=response,
        params=tuple(parsed),
        fixed_query=tuple((fixed_query or {}).items()),
        in_spec=in_spec,
        aliases=aliases,
        path_params=tuple(path_params),
    )


# The filters GET /users and GET /users/count share (the count takes no paging or order).
_USER_FILTERS = (
    "q email_address: list[str]",
    "q phone_number: list[str]",
    "q external_id: list[str]",
    "q username: list[str]",
    "q web3_wallet: list[str]",
    "q user_id: list[str]",
    "q organization_id: list[str]",
    "q query: str",
    "q email_address_query: str",
    "q phone_number_query: str",
    "q username_query: str",
    "q name_query: str",
    "q banned: bool",
    "q last_active_at_before: int",
    "q last_active_at_after: int",
    "q last_active_at_since: int",
    "q created_at_before: int",
    "q created_at_after: int",
    "q last_sign_in_at_before: int",
    "q last_sign_in_at_after: int",
    "q provider: str",
    "q provider_user_id: list[str]",
)


ENDPOINTS: tuple[Endpoint, ...] = (
    E(
        "api_keys",
        "list",
        "GET",
        "/api_keys",
        "paginated:APIKey",
        (
            "q type: str",
            "q! subject: str",
            "q include_invalid: str",
            "q limit: float",
            "q offset: float",
            "q query: str",
        ),
    ),
    E(
        "api_keys",
        "create",
        "POST",
        "/api_keys",
        "APIKey",
        (
            "b type: str",
            "b! name: str",
            "b description: str",
            "b! subject: str",
            "b claims: Any",
            "b scopes: list[str]",
            "b created_by: str",
            "b seconds_until_expiration: float",
        ),
    ),
    E("api_keys", "get", "GET", "/api_keys/{api_key_id}", "APIKey"),
    E(
        "api_keys",
        "update",
        "PATCH",
        "/api_keys/{api_key_id}",
        "APIKey",
        (
            "b claims: Any",
            "b scopes: list[str]",
            "b description: str",
            "b subject: str",
            "b seconds_until_expiration: float",
        ),
    ),
    E("api_keys", "delete", "DELETE", "/api_keys/{api_key_id}", "DeletedObject"),
    E("api_keys", "revoke", "POST", "/api_keys/{api_key_id}/revoke", "APIKey", ("b revocation_reason: str",)),
    E("api_keys", "get_secret", "GET", "/api_keys/{api_key_id}/secret", "json:dict[str, Any]"),
    E("api_keys", "verify", "POST", "/api_keys/verify", "APIKey", ("b! secret: str",)),
    E(
        "experimental_accountless_applications",
        "create_accountless_application",
        "POST",
        "/accountless_applications",
        "AccountlessApplication",
        ("q source: str",),
        in_spec=False,
    ),
    E(
        "experimental_accountless_applications",
        "complete_accountless_application_onboarding",
        "POST",
        "/accountless_applications/complete",
        "AccountlessApplication",
        ("q source: str",),
        in_spec=False,
    ),
    E(
        "actor_tokens",
        "create",
        "POST",
        "/actor_tokens",
        "ActorToken",
        (
            "b! user_id: str",
            "b! actor: dict[str, Any]",
            "b expires_in_seconds: int",
            "b session_max_duration_in_seconds: int",
        ),
    ),
    E("actor_tokens", "revoke", "POST", "/actor_tokens/{actor_token_id}/revoke", "ActorToken"),
    E(
        "agent_tasks",
        "create",
        "POST",
        "/agents/tasks",
        "AgentTask",
        (
            "b! on_behalf_of: dict[str, Any]",
            "b! permissions: str",
            "b! agent_name: str",
            "b! task_description: str",
            "b! redirect_url: str",
            "b session_max_duration_in_seconds: int",
        ),
    ),
    E("agent_tasks", "revoke", "POST", "/agents/tasks/{agent_task_id}/revoke", "AgentTask"),
    E(
        "allowlist_identifiers",
        "get_allowlist_identifier_list",
        "GET",
        "/allowlist_identifiers",
        "paginated:AllowlistIdentifier",
        (
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E(
        "allowlist_identifiers",
        "create_allowlist_identifier",
        "POST",
        "/allowlist_identifiers",
        "AllowlistIdentifier",
        (
            "b! identifier: str",
            "b notify: bool",
        ),
    ),
    E(
        "allowlist_identifiers",
        "delete_allowlist_identifier",
        "DELETE",
        "/allowlist_identifiers/{identifier_id}",
        "DeletedObject",
    ),
    E(
        "beta_features",
        "change_domain",
        "POST",
        "/beta_features/change_domain",
        "None",
        (
            "b home_url: str",
            "b is_secondary: bool",
        ),
        in_spec=False,
    ),
    E(
        "billing",
        "get_plan_list",
        "GET",
        "/billing/plans",
        "paginated:BillingPlan",
        (
            "q paginated: bool",
            "q limit: int",
            "q offset: int",
            "q payer_type: str",
        ),
    ),
    E(
        "billing",
        "cancel_subscription_item",
        "DELETE",
        "/billing/subscription_items/{subscription_item_id}",
        "BillingSubscriptionItem",
        ("q end_now: bool",),
    ),
    E(
        "billing",
        "extend_subscription_item_free_trial",
        "POST",
        "/billing/subscription_items/{subscription_item_id}/extend_free_trial",
        "BillingSubscriptionItem",
        ("b! extend_to: str",),
    ),
    E(
        "billing",
        "get_organization_billing_subscription",
        "GET",
        "/organizations/{organization_id}/billing/subscription",
        "BillingSubscription",
    ),
    E(
        "billing",
        "get_user_billing_subscription",
        "GET",
        "/users/{user_id}/billing/subscription",
        "BillingSubscription",
    ),
    E(
        "blocklist_identifiers",
        "get_blocklist_identifier_list",
        "GET",
        "/blocklist_identifiers",
        "paginated:BlocklistIdentifier",
    ),
    E(
        "blocklist_identifiers",
        "create_blocklist_identifier",
        "POST",
        "/blocklist_identifiers",
        "BlocklistIdentifier",
        ("b! identifier: str",),
    ),
    E(
        "blocklist_identifiers",
        "delete_blocklist_identifier",
        "DELETE",
        "/blocklist_identifiers/{identifier_id}",
        "DeletedObject",
    ),
    E(
        "clients",
        "get_client_list",
        "GET",
        "/clients",
        "paginated:Client",
        (
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E("clients", "get_client", "GET", "/clients/{client_id}", "Client"),
    E("clients", "verify_client", "POST", "/clients/verify", "Client", ("b! token: str",)),
    E(
        "clients",
        "get_handshake_payload",
        "GET",
        "/clients/handshake_payload",
        "HandshakePayload",
        ("q! nonce: str",),
        in_spec=False,
    ),
    E("domains", "list", "GET", "/domains", "paginated:Domain"),
    E(
        "domains",
        "add",
        "POST",
        "/domains",
        "Domain",
        (
            "b! name: str",
            "b! is_satellite: bool",
            "b proxy_url: str",
        ),
    ),
    E(
        "domains",
        "update",
        "PATCH",
        "/domains/{domain_id}",
        "Domain",
        (
            "b name: str",
            "b proxy_url: str",
            "b is_secondary: bool",
        ),
    ),
    E("domains", "delete", "DELETE", "/domains/{domain_id}", "DeletedObject", aliases=("delete_domain",)),
    E("email_addresses", "get_email_address", "GET", "/email_addresses/{email_address_id}", "EmailAddress"),
    E(
        "email_addresses",
        "create_email_address",
        "POST",
        "/email_addresses",
        "EmailAddress",
        (
            "b! user_id: str",
            "b! email_address: str",
            "b verified: bool",
            "b primary: bool",
            "b notify_primary_email_address_changed: bool",
        ),
    ),
    E(
        "email_addresses",
        "update_email_address",
        "PATCH",
        "/email_addresses/{email_address_id}",
        "EmailAddress",
        (
            "b verified: bool",
            "b primary: bool",
            "b notify_primary_email_address_changed: bool",
        ),
    ),
    E("email_addresses", "delete_email_address", "DELETE", "/email_addresses/{email_address_id}", "DeletedObject"),
    E(
        "emails",
        "create",
        "POST",
        "/email",
        "Email",
        (
            "b! to: dict[str, Any]",
            "b! from_: dict[str, Any]",
            "b! subject: str",
            "b html: str",
            "b text: str",
            "b reply_to: dict[str, Any]",
            "b cc: list[str]",
            "b bcc: list[str]",
            "b headers: dict[str, str]",
            "b attachments: list[dict[str, Any]]",
            "h idempotency_key: str",
        ),
        in_spec=False,
    ),
    E(
        "emails",
        "create_batch",
        "POST",
        "/email/batch",
        "json:list[dict[str, Any]]",
        ("b! messages: list[dict[str, Any]]",),
        in_spec=False,
    ),
    E("emails", "get", "GET", "/email/{email_id}", "Email", in_spec=False),
    E(
        "enterprise_connections",
        "create_enterprise_connection",
        "POST",
        "/enterprise_connections",
        "EnterpriseConnection",
        (
            "b! name: str",
            "b! provider: str",
            "b! domains: list[str]",
            "b organization_id: str",
            "b allow_organization_account_linking: bool",
            "b active: bool",
            "b saml: dict[str, Any]",
            "b oidc: dict[str, Any]",
            "b custom_attributes: list[dict[str, Any]]",
        ),
    ),
    E(
        "enterprise_connections",
        "update_enterprise_connection",
        "PATCH",
        "/enterprise_connections/{enterprise_connection_id}",
        "EnterpriseConnection",
        (
            "b name: str",
            "b domains: list[str]",
            "b active: bool",
            "b sync_user_attributes: bool",
            "b disable_additional_identifications: bool",
            "b allow_organization_account_linking: bool",
            "b organization_id: str",
            "b saml: dict[str, Any]",
            "b oidc: dict[str, Any]",
            "b custom_attributes: list[dict[str, Any]]",
        ),
    ),
    E(
        "enterprise_connections",
        "get_enterprise_connection_list",
        "GET",
        "/enterprise_connections",
        "paginated:EnterpriseConnection",
        (
            "q limit: int",
            "q offset: int",
            "q organization_id: str",
            "q active: bool",
        ),
    ),
    E(
        "enterprise_connections",
        "get_enterprise_connection",
        "GET",
        "/enterprise_connections/{enterprise_connection_id}",
        "EnterpriseConnection",
    ),
    E(
        "enterprise_connections",
        "delete_enterprise_connection",
        "DELETE",
        "/enterprise_connections/{enterprise_connection_id}",
        "DeletedObject",
    ),
    E(
        "idp_oauth_access_token",
        "verify",
        "POST",
        "/oauth_applications/access_tokens/verify",
        "IdPOAuthAccessToken",
        (
            "b access_token: str",
            "b secret: str",
        ),
    ),
    E("instance", "get", "GET", "/instance", "Instance"),
    E(
        "instance",
        "update",
        "PATCH",
        "/instance",
        "None",
        (
            "b test_mode: bool",
            "b hibp: bool",
            "b support_email: str",
            "b clerk_js_version: str",
            "b development_origin: str",
            "b allowed_origins: list[str]",
            "b cookieless_dev: bool",
            "b url_based_session_syncing: bool",
            "b preferred_sign_in_strategy_when_password_required: str",
        ),
    ),
    E(
        "instance",
        "update_restrictions",
        "PATCH",
        "/instance/restrictions",
        "InstanceRestrictions",
        (
            "b allowlist: bool",
            "b blocklist: bool",
            "b allowlist_blocklist_disabled_on_sign_in: bool",
            "b block_email_subaddresses: bool",
            "b block_disposable_email_domains: bool",
        ),
    ),
    E("instance", "get_organization_settings", "GET", "/instance/organization_settings", "OrganizationSettings"),
    E(
        "instance",
        "update_organization_settings",
        "PATCH",
        "/instance/organization_settings",
        "OrganizationSettings",
        (
            "b enabled: bool",
            "b max_allowed_memberships: int",
            "b admin_delete_enabled: bool",
            "b domains_enabled: bool",
            "b slug_disabled: bool",
            "b domains_enrollment_modes: list[str]",
            "b creator_role_id: str",
            "b domains_default_role_id: str",
        ),
    ),
    E(
        "invitations",
        "get_invitation_list",
        "GET",
        "/invitations",
        "paginated:Invitation",
        (
            "q status: str",
            "q query: str",
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E(
        "invitations",
        "create_invitation",
        "POST",
        "/invitations",
        "Invitation",
        (
            "b! email_address: str",
            "b public_metadata: dict[str, Any]",
            "b redirect_url: str",
            "b notify: bool",
            "b ignore_existing: bool",
            "b expires_in_days: int",
            "b template_slug: str",
        ),
    ),
    E(
        "invitations",
        "create_invitation_bulk",
        "POST",
        "/invitations/bulk",
        "list:Invitation",
        ("B! invitations: list[dict[str, Any]]",),
    ),
    E("invitations", "revoke_invitation", "POST", "/invitations/{invitation_id}/revoke", "Invitation"),
    E("invitations", "delete_invitation", "DELETE", "/invitations/{invitation_id}", "DeletedObject", in_spec=False),
    E("jwks", "get_jwks", "GET", "/jwks", "json:dict[str, Any]"),
    E(
        "jwt_templates",
        "list",
        "GET",
        "/jwt_templates",
        "paginated:JwtTemplate",
        (
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E("jwt_templates", "get", "GET", "/jwt_templates/{template_id}", "JwtTemplate"),
    E(
        "jwt_templates",
        "create",
        "POST",
        "/jwt_templates",
        "JwtTemplate",
        (
            "b! name: str",
            "b! claims: dict[str, Any]",
            "b lifetime: int",
            "b allowed_clock_skew: int",
            "b custom_signing_key: bool",
            "b signing_algorithm: str",
            "b signing_key: str",
        ),
    ),
    E(
        "jwt_templates",
        "update",
        "PATCH",
        "/jwt_templates/{template_id}",
        "JwtTemplate",
        (
            "b! name: str",
            "b! claims: dict[str, Any]",
            "b lifetime: int",
            "b allowed_clock_skew: int",
            "b custom_signing_key: bool",
            "b signing_algorithm: str",
            "b signing_key: str",
        ),
    ),
    E("jwt_templates", "delete", "DELETE", "/jwt_templates/{template_id}", "DeletedObject"),
    E(
        "m2m",
        "list",
        "GET",
        "/m2m_tokens",
        "paginated:M2MToken",
        (
            "q! subject: str",
            "q revoked: bool",
            "q expired: bool",
            "q limit: float",
            "q offset: float",
            "a machine_secret_key: str",
        ),
    ),
    E(
        "m2m",
        "create_token",
        "POST",
        "/m2m_tokens",
        "M2MToken",
        (
            "b token_format: str",
            "b seconds_until_expiration: float",
            "b claims: Any",
            "b min_remaining_ttl_seconds: int",
            "a machine_secret_key: str",
        ),
    ),
    E(
        "m2m",
        "revoke_token",
        "POST",
        "/m2m_tokens/{m2m_token_id}/revoke",
        "M2MToken",
        (
            "b revocation_reason: str",
            "a machine_secret_key: str",
        ),
    ),
    E(
        "m2m",
        "verify",
        "POST",
        "/m2m_tokens/verify",
        "M2MToken",
        (
            "b! token: str",
            "a machine_secret_key: str",
        ),
    ),
    E("machines", "get", "GET", "/machines/{machine_id}", "Machine"),
    E(
        "machines",
        "list",
        "GET",
        "/machines",
        "paginated:Machine",
        (
            "q limit: int",
            "q offset: int",
            "q query: str",
            "q order_by: str",
        ),
    ),
    E(
        "machines",
        "create",
        "POST",
        "/machines",
        "Machine",
        (
            "b! name: str",
            "b scoped_machines: list[str]",
            "b default_token_ttl: int",
        ),
    ),
    E(
        "machines",
        "update",
        "PATCH",
        "/machines/{machine_id}",
        "Machine",
        (
            "b name: str",
            "b default_token_ttl: int",
        ),
    ),
    E("machines", "delete", "DELETE", "/machines/{machine_id}", "DeletedObject"),
    E("machines", "get_secret_key", "GET", "/machines/{machine_id}/secret_key", "MachineSecretKey"),
    E(
        "machines",
        "rotate_secret_key",
        "POST",
        "/machines/{machine_id}/secret_key/rotate",
        "MachineSecretKey",
        ("b! previous_token_ttl: int",),
    ),
    E("machines", "create_scope", "POST", "/machines/{machine_id}/scopes", "MachineScope", ("b! to_machine_id: str",)),
    E("machines", "delete_scope", "DELETE", "/machines/{machine_id}/scopes/{other_machine_id}", "DeletedObject"),
    E(
        "oauth_applications",
        "list",
        "GET",
        "/oauth_applications",
        "paginated:OAuthApplication",
        (
            "q limit: int",
            "q offset: int",
            "q order_by: str",
            "q name_query: str",
        ),
    ),
    E("oauth_applications", "get", "GET", "/oauth_applications/{oauth_application_id}", "OAuthApplication"),
    E(
        "oauth_applications",
        "create",
        "POST",
        "/oauth_applications",
        "OAuthApplication",
        (
            "b! name: str",
            "b redirect_uris: list[str]",
            "b callback_url: str",
            "b scopes: str",
            "b consent_screen_enabled: bool",
            "b pkce_required: bool",
            "b public: bool",
        ),
    ),
    E(
        "oauth_applications",
        "update",
        "PATCH",
        "/oauth_applications/{oauth_application_id}",
        "OAuthApplication",
        (
            "b name: str",
            "b redirect_uris: list[str]",
            "b callback_url: str",
            "b scopes: str",
            "b consent_screen_enabled: bool",
            "b pkce_required: bool",
            "b public: bool",
        ),
    ),
    E("oauth_applications", "delete", "DELETE", "/oauth_applications/{oauth_application_id}", "DeletedObject"),
    E(
        "oauth_applications",
        "rotate_secret",
        "POST",
        "/oauth_applications/{oauth_application_id}/rotate_secret",
        "OAuthApplication",
    ),
    E(
        "oauth_applications",
        "revoke_token",
        "POST",
        "/oauth_applications/{oauth_application_id}/revoke_token",
        "None",
        ("b! token: str",),
    ),
    E(
        "organizations",
        "get_organization_list",
        "GET",
        "/organizations",
        "paginated:Organization",
        (
            "q include_members_count: bool",
            "q include_missing_member_with_elevated_permissions: bool",
            "q query: str",
            "q user_id: list[str]",
            "q organization_id: list[str]",
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "organizations",
        "create_organization",
        "POST",
        "/organizations",
        "Organization",
        (
            "b! name: str",
            "b created_by: str",
            "b private_metadata: dict[str, Any]",
            "b public_metadata: dict[str, Any]",
            "b slug: str",
            "b max_allowed_memberships: int",
            "b created_at: str",
            "b role_set_key: str",
        ),
    ),
    E(
        "organizations",
        "get_organization",
        "GET",
        "/organizations/{organization_id}",
        "Organization",
        (
            "q include_members_count: bool",
            "q include_missing_member_with_elevated_permissions: bool",
        ),
    ),
    E(
        "organizations",
        "update_organization",
        "PATCH",
        "/organizations/{organization_id}",
        "Organization",
        (
            "b name: str",
            "b slug: str",
            "b max_allowed_memberships: int",
            "b admin_delete_enabled: bool",
            "b created_at: str",
            "b role_set_key: str",
        ),
    ),
    E(
        "organizations",
        "update_organization_logo",
        "PUT",
        "/organizations/{organization_id}/logo",
        "Organization",
        (
            "m uploader_user_id: str",
            "f! file: FileInput",
        ),
    ),
    E("organizations", "delete_organization_logo", "DELETE", "/organizations/{organization_id}/logo", "Organization"),
    E(
        "organizations",
        "update_organization_metadata",
        "PATCH",
        "/organizations/{organization_id}/metadata",
        "Organization",
        (
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
        ),
    ),
    E(
        "organizations",
        "replace_organization_metadata",
        "PUT",
        "/organizations/{organization_id}/metadata",
        "Organization",
        (
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
        ),
    ),
    E("organizations", "delete_organization", "DELETE", "/organizations/{organization_id}", "DeletedObject"),
    E(
        "organizations",
        "get_organization_membership_list",
        "GET",
        "/organizations/{organization_id}/memberships",
        "paginated:OrganizationMembership",
        (
            "q order_by: str",
            "q user_id: list[str]",
            "q email_address: list[str]",
            "q phone_number: list[str]",
            "q username: list[str]",
            "q web3_wallet: list[str]",
            "q role: list[str]",
            "q query: str",
            "q email_address_query: str",
            "q phone_number_query: str",
            "q username_query: str",
            "q name_query: str",
            "q last_active_at_before: int",
            "q last_active_at_after: int",
            "q created_at_before: int",
            "q created_at_after: int",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "organizations",
        "get_instance_organization_membership_list",
        "GET",
        "/organization_memberships",
        "paginated:OrganizationMembership",
        (
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "organizations",
        "create_organization_membership",
        "POST",
        "/organizations/{organization_id}/memberships",
        "OrganizationMembership",
        (
            "b! user_id: str",
            "b! role: str",
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
        ),
    ),
    E(
        "organizations",
        "update_organization_membership",
        "PATCH",
        "/organizations/{organization_id}/memberships/{user_id}",
        "OrganizationMembership",
        ("b! role: str",),
    ),
    E(
        "organizations",
        "update_organization_membership_metadata",
        "PATCH",
        "/organizations/{organization_id}/memberships/{user_id}/metadata",
        "OrganizationMembership",
        (
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
        ),
    ),
    E(
        "organizations",
        "delete_organization_membership",
        "DELETE",
        "/organizations/{organization_id}/memberships/{user_id}",
        "OrganizationMembership",
    ),
    E(
        "organizations",
        "get_organization_invitation_list",
        "GET",
        "/organizations/{organization_id}/invitations",
        "paginated:OrganizationInvitation",
        (
            "q status: str",
            "q email_address: str",
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "organizations",
        "create_organization_invitation",
        "POST",
        "/organizations/{organization_id}/invitations",
        "OrganizationInvitation",
        (
            "b! email_address: str",
            "b inviter_user_id: str",
            "b! role: str",
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
            "b redirect_url: str",
            "b expires_in_days: int",
            "b notify: bool",
        ),
    ),
    E(
        "organizations",
        "create_organization_invitation_bulk",
        "POST",
        "/organizations/{organization_id}/invitations/bulk",
        "paginated:OrganizationInvitation",
        ("B! invitations: list[dict[str, Any]]",),
    ),
    E(
        "organizations",
        "get_organization_invitation",
        "GET",
        "/organizations/{organization_id}/invitations/{invitation_id}",
        "OrganizationInvitation",
    ),
    E(
        "organizations",
        "revoke_organization_invitation",
        "POST",
        "/organizations/{organization_id}/invitations/{invitation_id}/revoke",
        "OrganizationInvitation",
        ("b requesting_user_id: str",),
    ),
    E(
        "organizations",
        "get_organization_domain_list",
        "GET",
        "/organizations/{organization_id}/domains",
        "paginated:OrganizationDomain",
        (
            "q verified: str",
            "q enrollment_mode: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "organizations",
        "create_organization_domain",
        "POST",
        "/organizations/{organization_id}/domains",
        "OrganizationDomain",
        (
            "b name: str",
            "b enrollment_mode: str",
            "b verified: bool",
        ),
    ),
    E(
        "organizations",
        "update_organization_domain",
        "PATCH",
        "/organizations/{organization_id}/domains/{domain_id}",
        "OrganizationDomain",
        (
            "b enrollment_mode: str",
            "b verified: bool",
        ),
    ),
    E(
        "organizations",
        "delete_organization_domain",
        "DELETE",
        "/organizations/{organization_id}/domains/{domain_id}",
        "DeletedObject",
    ),
    E(
        "organization_permissions",
        "get_organization_permission_list",
        "GET",
        "/organization_permissions",
        "paginated:Permission",
        (
            "q query: str",
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "organization_permissions",
        "get_organization_permission",
        "GET",
        "/organization_permissions/{permission_id}",
        "Permission",
    ),
    E(
        "organization_permissions",
        "create_organization_permission",
        "POST",
        "/organization_permissions",
        "Permission",
        (
            "b! name: str",
            "b! key: str",
            "b description: str",
        ),
    ),
    E(
        "organization_permissions",
        "update_organization_permission",
        "PATCH",
        "/organization_permissions/{permission_id}",
        "Permission",
        (
            "b name: str",
            "b key: str",
            "b description: str",
        ),
    ),
    E(
        "organization_permissions",
        "delete_organization_permission",
        "DELETE",
        "/organization_permissions/{permission_id}",
        "DeletedObject",
    ),
    E(
        "organization_roles",
        "get_organization_role_list",
        "GET",
        "/organization_roles",
        "paginated:Role",
        (
            "q query: str",
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E("organization_roles", "get_organization_role", "GET", "/organization_roles/{organization_role_id}", "Role"),
    E(
        "organization_roles",
        "create_organization_role",
        "POST",
        "/organization_roles",
        "Role",
        (
            "b! name: str",
            "b! key: str",
            "b description: str",
            "b permissions: list[str]",
            "b include_in_initial_role_set: bool",
        ),
    ),
    E(
        "organization_roles",
        "update_organization_role",
        "PATCH",
        "/organization_roles/{organization_role_id}",
        "Role",
        (
            "b name: str",
            "b key: str",
            "b description: str",
            "b permissions: list[str]",
        ),
    ),
    E(
        "organization_roles",
        "delete_organization_role",
        "DELETE",
        "/organization_roles/{organization_role_id}",
        "DeletedObject",
    ),
    E(
        "organization_roles",
        "assign_permission_to_organization_role",
        "POST",
        "/organization_roles/{organization_role_id}/permissions/{permission_id}",
        "Role",
    ),
    E(
        "organization_roles",
        "remove_permission_from_organization_role",
        "DELETE",
        "/organization_roles/{organization_role_id}/permissions/{permission_id}",
        "Role",
    ),
    E("phone_numbers", "get_phone_number", "GET", "/phone_numbers/{phone_number_id}", "PhoneNumber"),
    E(
        "phone_numbers",
        "create_phone_number",
        "POST",
        "/phone_numbers",
        "PhoneNumber",
        (
            "b! user_id: str",
            "b! phone_number: str",
            "b verified: bool",
            "b primary: bool",
            "b reserved_for_second_factor: bool",
        ),
    ),
    E(
        "phone_numbers",
        "update_phone_number",
        "PATCH",
        "/phone_numbers/{phone_number_id}",
        "PhoneNumber",
        (
            "b verified: bool",
            "b primary: bool",
            "b reserved_for_second_factor: bool",
        ),
    ),
    E("phone_numbers", "delete_phone_number", "DELETE", "/phone_numbers/{phone_number_id}", "DeletedObject"),
    E(
        "proxy_checks",
        "verify",
        "POST",
        "/proxy_checks",
        "ProxyCheck",
        (
            "b domain_id: str",
            "b proxy_url: str",
        ),
    ),
    E(
        "redirect_urls",
        "get_redirect_url_list",
        "GET",
        "/redirect_urls",
        "paginated:RedirectUrl",
        (
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E("redirect_urls", "get_redirect_url", "GET", "/redirect_urls/{id}", "RedirectUrl"),
    E("redirect_urls", "create_redirect_url", "POST", "/redirect_urls", "RedirectUrl", ("b! url: str",)),
    E("redirect_urls", "delete_redirect_url", "DELETE", "/redirect_urls/{id}", "DeletedObject"),
    E(
        "role_sets",
        "get_role_set_list",
        "GET",
        "/role_sets",
        "paginated:RoleSet",
        (
            "q query: str",
            "q order_by: str",
            "q limit: int",
            "q offset: int",
        ),
    ),
    E("role_sets", "get_role_set", "GET", "/role_sets/{role_set_key_or_id}", "RoleSet"),
    E(
        "role_sets",
        "create_role_set",
        "POST",
        "/role_sets",
        "RoleSet",
        (
            "b! name: str",
            "b key: str",
            "b description: str",
            "b! default_role_key: str",
            "b! creator_role_key: str",
            "b type: str",
            "b! roles: list[str]",
        ),
    ),
    E(
        "role_sets",
        "update_role_set",
        "PATCH",
        "/role_sets/{role_set_key_or_id}",
        "RoleSet",
        (
            "b name: str",
            "b key: str",
            "b description: str",
            "b type: str",
            "b default_role_key: str",
            "b creator_role_key: str",
        ),
    ),
    E(
        "role_sets",
        "add_roles_to_role_set",
        "POST",
        "/role_sets/{role_set_key_or_id}/roles",
        "RoleSet",
        (
            "b! role_keys: list[str]",
            "b default_role_key: str",
            "b creator_role_key: str",
        ),
    ),
    E(
        "role_sets",
        "replace_role_in_role_set",
        "POST",
        "/role_sets/{role_set_key_or_id}/roles/replace",
        "RoleSet",
        (
            "b! role_key: str",
            "b! to_role_key: str",
        ),
    ),
    E(
        "role_sets",
        "replace_role_set",
        "POST",
        "/role_sets/{role_set_key_or_id}/replace",
        "DeletedObject",
        (
            "b! dest_role_set_key: str",
            "b reassignment_mappings: dict[str, Any]",
        ),
    ),
    E(
        "saml_connections",
        "get_saml_connection_list",
        "GET",
        "/saml_connections",
        "paginated:SamlConnection",
        (
            "q limit: int",
            "q offset: int",
            "q query: str",
            "q order_by: str",
            "q organization_id: list[str]",
        ),
    ),
    E(
        "saml_connections",
        "create_saml_connection",
        "POST",
        "/saml_connections",
        "SamlConnection",
        (
            "b! name: str",
            "b domain: str",
            "b domains: list[str]",
            "b! provider: str",
            "b idp_entity_id: str",
            "b idp_sso_url: str",
            "b idp_certificate: str",
            "b idp_metadata_url: str",
            "b idp_metadata: str",
            "b organization_id: str",
            "b attribute_mapping: dict[str, Any]",
            "b force_authn: bool",
            "b login_hint: dict[str, Any]",
        ),
    ),
    E("saml_connections", "get_saml_connection", "GET", "/saml_connections/{saml_connection_id}", "SamlConnection"),
    E(
        "saml_connections",
        "update_saml_connection",
        "PATCH",
        "/saml_connections/{saml_connection_id}",
        "SamlConnection",
        (
            "b name: str",
            "b domain: str",
            "b domains: list[str]",
            "b idp_entity_id: str",
            "b idp_sso_url: str",
            "b idp_certificate: str",
            "b idp_metadata_url: str",
            "b idp_metadata: str",
            "b organization_id: str",
            "b attribute_mapping: dict[str, Any]",
            "b active: bool",
            "b sync_user_attributes: bool",
            "b allow_subdomains: bool",
            "b allow_idp_initiated: bool",
            "b disable_additional_identifications: bool",
            "b allow_organization_account_linking: bool",
            "b force_authn: bool",
            "b login_hint: dict[str, Any]",
            "b consent_verified_domains_deletion: bool",
        ),
    ),
    E(
        "saml_connections",
        "delete_saml_connection",
        "DELETE",
        "/saml_connections/{saml_connection_id}",
        "DeletedObject",
    ),
    E(
        "sessions",
        "get_session_list",
        "GET",
        "/sessions",
        "paginated:Session",
        (
            "q client_id: str",
            "q user_id: str",
            "q status: str",
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E("sessions", "get_session", "GET", "/sessions/{session_id}", "Session"),
    E(
        "sessions",
        "create_session",
        "POST",
        "/sessions",
        "Session",
        (
            "b! user_id: str",
            "b active_organization_id: str",
        ),
    ),
    E("sessions", "revoke_session", "POST", "/sessions/{session_id}/revoke", "Session"),
    E(
        "sessions",
        "verify_session",
        "POST",
        "/sessions/{session_id}/verify",
        "Session",
        ("b! token: str",),
        in_spec=False,
    ),
    E(
        "sessions",
        "get_token",
        "POST",
        "/sessions/{session_id}/tokens/{template_name?}",
        "Token",
        ("b expires_in_seconds: int",),
    ),
    E(
        "sessions",
        "refresh_session",
        "POST",
        "/sessions/{session_id}/refresh",
        "any:Token | Cookies",
        (
            "b! expired_token: str",
            "b! refresh_token: str",
            "b! request_origin: str",
            "b request_headers: dict[str, Any]",
            "b format: str",
            "b request_originating_ip: str",
            "q suffixed_cookies: bool",
        ),
    ),
    E(
        "sign_in_tokens",
        "create_sign_in_token",
        "POST",
        "/sign_in_tokens",
        "SignInToken",
        (
            "b! user_id: str",
            "b org_id: str",
            "b expires_in_seconds: int",
        ),
    ),
    E("sign_in_tokens", "revoke_sign_in_token", "POST", "/sign_in_tokens/{sign_in_token_id}/revoke", "SignInToken"),
    E("sign_ups", "get", "GET", "/sign_ups/{id}", "SignUpAttempt"),
    E(
        "sign_ups",
        "update",
        "PATCH",
        "/sign_ups/{id}",
        "SignUpAttempt",
        (
            "b external_id: str",
            "b custom_action: bool",
        ),
    ),
    E("testing_tokens", "create_testing_token", "POST", "/testing_tokens", "TestingToken"),
    E(
        "users",
        "get_user_list",
        "GET",
        "/users",
        "counted:User",
        (
            *_USER_FILTERS,
            "q limit: int",
            "q offset: int",
            "q starting_after: str",
            "q order_by: str",
        ),
    ),
    E("users", "get_user", "GET", "/users/{user_id}", "User"),
    E(
        "users",
        "create_user",
        "POST",
        "/users",
        "User",
        (
            "b external_id: str",
            "b first_name: str",
            "b last_name: str",
            "b locale: str",
            "b email_address: list[str]",
            "b email_address_identification_status: list[str]",
            "b phone_number: list[str]",
            "b phone_number_identification_status: list[str]",
            "b web3_wallet: list[str]",
            "b username: str",
            "b password: str",
            "b password_digest: str",
            "b password_hasher: str",
            "b skip_password_checks: bool",
            "b skip_password_requirement: bool",
            "b totp_secret: str",
            "b backup_codes: list[str]",
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
            "b unsafe_metadata: dict[str, Any]",
            "b delete_self_enabled: bool",
            "b legal_accepted_at: str",
            "b skip_legal_checks: bool",
            "b skip_user_requirement: bool",
            "b create_organization_enabled: bool",
            "b create_organizations_limit: int",
            "b created_at: str",
            "b bypass_client_trust: bool",
            "b banned: bool",
            "b locked: bool",
        ),
    ),
    E(
        "users",
        "update_user",
        "PATCH",
        "/users/{user_id}",
        "User",
        (
            "b external_id: str",
            "b first_name: str",
            "b last_name: str",
            "b locale: str",
            "b primary_email_address_id: str",
            "b notify_primary_email_address_changed: bool",
            "b primary_phone_number_id: str",
            "b primary_web3_wallet_id: str",
            "b username: str",
            "b profile_image_id: str",
            "b password: str",
            "b password_digest: str",
            "b password_hasher: str",
            "b skip_password_checks: bool",
            "b sign_out_of_other_sessions: bool",
            "b totp_secret: str",
            "b backup_codes: list[str]",
            "b delete_self_enabled: bool",
            "b create_organization_enabled: bool",
            "b legal_accepted_at: str",
            "b skip_legal_checks: bool",
            "b create_organizations_limit: int",
            "b created_at: str",
            "b bypass_client_trust: bool",
        ),
    ),
    E(
        "users",
        "replace_user_email_address",
        "PUT",
        "/users/{user_id}/email_address",
        "EmailAddress",
        (
            "b! email_address: str",
            "b identification_status: str",
            "b notify_primary_email_address_changed: bool",
        ),
    ),
    E(
        "users",
        "replace_user_phone_number",
        "PUT",
        "/users/{user_id}/phone_number",
        "PhoneNumber",
        (
            "b! phone_number: str",
            "b identification_status: str",
        ),
    ),
    E("users", "update_user_profile_image", "POST", "/users/{user_id}/profile_image", "User", ("f! file: FileInput",)),
    E(
        "users",
        "update_user_metadata",
        "PATCH",
        "/users/{user_id}/metadata",
        "User",
        (
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
            "b unsafe_metadata: dict[str, Any]",
        ),
    ),
    E(
        "users",
        "replace_user_metadata",
        "PUT",
        "/users/{user_id}/metadata",
        "User",
        (
            "b public_metadata: dict[str, Any]",
            "b private_metadata: dict[str, Any]",
            "b unsafe_metadata: dict[str, Any]",
        ),
    ),
    E("users", "delete_user", "DELETE", "/users/{user_id}", "DeletedObject"),
    E(
        "users",
        "get_count",
        "GET",
        "/users/count",
        "int",
        _USER_FILTERS,
    ),
    E(
        "users",
        "get_user_oauth_access_token",
        "GET",
        "/users/{user_id}/oauth_access_tokens/{provider|oauth_}",
        "paginated:OauthAccessToken",
        (
            "q limit: int",
            "q offset: int",
        ),
        fixed_query={"paginated": "true"},
    ),
    E("users", "disable_user_mfa", "DELETE", "/users/{user_id}/mfa", "json:dict[str, Any]"),
    E(
        "users",
        "get_organization_membership_list",
        "GET",
        "/users/{user_id}/organization_memberships",
        "paginated:OrganizationMembership",
        (
            "q limit: int",
            "q offset: int",
        ),
    ),
    E(
        "users",
        "get_organization_invitation_list",
        "GET",
        "/users/{user_id}/organization_invitations",
        "paginated:OrganizationInvitation",
        (
            "q limit: int",
            "q offset: int",
            "q status: str",
        ),
    ),
    E(
        "users",
        "remove_password",
        "POST",
        "/users/{user_id}/remove_password",
        "User",
        ("b sign_out_of_other_sessions: bool",),
    ),
    E(
        "users",
        "verify_password",
        "POST",
        "/users/{user_id}/verify_password",
        "json:dict[str, Any]",
        ("b! password: str",),
    ),
    E("users", "verify_totp", "POST", "/users/{user_id}/verify_totp", "json:dict[str, Any]", ("b! code: str",)),
    E("users", "ban_user", "POST", "/users/{user_id}/ban", "User"),
    E("users", "unban_user", "POST", "/users/{user_id}/unban", "User"),
    E("users", "lock_user", "POST", "/users/{user_id}/lock", "User"),
    E("users", "unlock_user", "POST", "/users/{user_id}/unlock", "User"),
    E("users", "delete_user_profile_image", "DELETE", "/users/{user_id}/profile_image", "User"),
    E(
        "users",
        "delete_user_passkey",
        "DELETE",
        "/users/{user_id}/passkeys/{passkey_identification_id}",
        "DeletedObject",
    ),
    E(
        "users",
        "delete_user_web3_wallet",
        "DELETE",
        "/users/{user_id}/web3_wallets/{web3_wallet_identification_id}",
        "DeletedObject",
    ),
    E(
        "users",
        "delete_user_external_account",
        "DELETE",
        "/users/{user_id}/external_accounts/{external_account_id}",
        "DeletedObject",
    ),
    E("users", "delete_user_backup_codes", "DELETE", "/users/{user_id}/backup_code", "json:dict[str, Any]"),
    E("users", "delete_user_totp", "DELETE", "/users/{user_id}/totp", "json:dict[str, Any]"),
    E(
        "users",
        "set_password_compromised",
        "POST",
        "/users/{user_id}/password/set_compromised",
        "User",
        ("b revoke_all_sessions: bool",),
    ),
    E("users", "unset_password_compromised", "POST", "/users/{user_id}/password/unset_compromised", "User"),
    E(
        "waitlist_entries",
        "list",
        "GET",
        "/waitlist_entries",
        "paginated:WaitlistEntry",
        (
            "q limit: int",
            "q offset: int",
            "q query: str",
            "q status: str",
            "q order_by: str",
        ),
    ),
    E(
        "waitlist_entries",
        "create",
        "POST",
        "/waitlist_entries",
        "WaitlistEntry",
        (
            "b! email_address: str",
            "b notify: bool",
        ),
    ),
    E(
        "waitlist_entries",
        "create_bulk",
        "POST",
        "/waitlist_entries/bulk",
        "list:WaitlistEntry",
        ("B! entries: list[dict[str, Any]]",),
    ),
    E(
        "waitlist_entries",
        "invite",
        "POST",
        "/waitlist_entries/{waitlist_entry_id}/invite",
        "WaitlistEntry",
        ("b ignore_existing: bool",),
    ),
    E("waitlist_entries", "reject", "POST", "/waitlist_entries/{waitlist_entry_id}/reject", "WaitlistEntry"),
    E("waitlist_entries", "delete", "DELETE", "/waitlist_entries/{waitlist_entry_id}", "DeletedObject"),
    E("webhooks", "create_svix_app", "POST", "/webhooks/svix", "json:dict[str, Any]"),
    E("webhooks", "generate_svix_auth_url", "POST", "/webhooks/svix_url", "json:dict[str, Any]"),
    E("webhooks", "delete_svix_app", "DELETE", "/webhooks/svix", "None"),
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
