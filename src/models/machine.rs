//! Machines, API keys, OAuth and the various tokens (reference: `APIKey.ts`,
//! `M2MToken.ts`, `Machine.ts`, `MachineScope.ts`, `MachineSecretKey.ts`,
//! `IdPOAuthAccessToken.ts`, `OauthAccessToken.ts`, `OAuthApplication.ts`,
//! `AgentTask.ts`, `ActorToken.ts`, `SignInTokens.ts`, `TestingToken.ts`,
//! `Token.ts`, `JwtTemplate.ts`).
//!
//! Every token, secret and URL that carries a token is a `Secret` field: it reads
//! normally but prints as `'<redacted>'` in `repr`.

use crate::field::{
    Bool, Dict, EmptyDict, EmptyStr, Int, List, Nested, Opt, Or, Secret, Str, WithDefault,
};

model! {
    /// An API key issued to a user, organization or machine.
    APIKey (object = "api_key") {
        /// The key's id (`ak_...`).
        id: Str,
        /// The kind of key, for example `"api_key"`.
        r#type: Str,
        /// The key's name.
        name: Str,
        /// Who the key acts for (`user_...`, `org_...` or `mch_...`).
        subject: Str,
        /// The scopes granted. Absent or `null` gives an empty tuple.
        scopes: List<Str>,
        /// Custom claims attached to the key.
        claims: Opt<Dict>,
        /// Whether the key has been revoked.
        revoked: Bool,
        /// Why it was revoked, if it was.
        revocation_reason: Opt<Str>,
        /// Whether the key has expired.
        expired: Bool,
        /// When the key expires (Unix ms); `None` if never.
        expiration: Opt<Int>,
        /// Who created the key, if known.
        created_by: Opt<Str>,
        /// The key's description, if any.
        description: Opt<Str>,
        /// When the key was last used (Unix ms), if ever.
        last_used_at: Opt<Int>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The key itself; only sent when the key is created. Hidden in `repr`.
        secret: Opt<Secret<Str>>,
    }
}

model! {
    /// A machine-to-machine token.
    M2MToken (object = "machine_to_machine_token") {
        /// The token's id (`mt_...`).
        id: Str,
        /// The machine the token was issued to (`mch_...`).
        subject: Str,
        /// The scopes granted. Absent or `null` gives an empty tuple.
        scopes: List<Str>,
        /// Custom claims attached to the token.
        claims: Opt<Dict>,
        /// Whether the token has been revoked.
        revoked: Bool,
        /// Why it was revoked, if it was.
        revocation_reason: Opt<Str>,
        /// Whether the token has expired.
        expired: Bool,
        /// When the token expires (Unix ms); `None` if never.
        expiration: Opt<Int>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The token itself; only sent when the token is created. Hidden in `repr`.
        token: Opt<Secret<Str>>,
    }
}

model! {
    /// A machine: a service that authenticates to other machines with M2M tokens.
    Machine (object = "machine") {
        /// The machine's id (`mch_...`).
        id: Str,
        /// The machine's name.
        name: Str,
        /// The instance the machine belongs to.
        instance_id: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The machines this one may talk to, each parsed as a full `Machine` (the API sends
        /// them without their own scoped machines or secret key, so those are `()` and `None`).
        /// Absent or `null` gives an empty tuple.
        scoped_machines: List<Nested<Machine>>,
        /// Default lifetime of the machine's tokens, in seconds. `None` when the API leaves it out.
        default_token_ttl: Opt<Int>,
        /// The machine's secret key; only sent when the machine is created. Hidden in `repr`.
        secret_key: Opt<Secret<Str>>,
    }
}

model! {
    /// Permission for one machine to talk to another.
    MachineScope (object = "machine_scope") {
        /// The machine that is allowed to call.
        from_machine_id: Str,
        /// The machine it may call.
        to_machine_id: Str,
        /// Unix time in milliseconds, if sent.
        created_at: Opt<Int>,
        /// `True` in the response to deleting the scope.
        deleted: Opt<Bool>,
    }
}

model! {
    /// A machine's secret key.
    MachineSecretKey (object = "machine_secret_key") {
        /// The secret key. Hidden in `repr`.
        secret: Secret<Str>,
    }
}

model! {
    /// An OAuth access token that Clerk issued as an identity provider (opaque-token form).
    /// `act` is kept as sent; the reference SDK rebuilds it (keeps only a string `sub`,
    /// a string `iss` and one nested `act`).
    IdPOAuthAccessToken (object = "clerk_idp_oauth_access_token") {
        /// The token's id (`oat_...`).
        id: Str,
        /// The OAuth application's client id.
        client_id: Str,
        /// The kind of token. `None` when the API leaves it out.
        r#type: Opt<Str>,
        /// The user the token was issued for.
        subject: Str,
        /// The scopes granted. Absent or `null` gives an empty tuple.
        scopes: List<Str>,
        /// Whether the token has been revoked.
        revoked: Bool,
        /// Why it was revoked, if it was.
        revocation_reason: Opt<Str>,
        /// Whether the token has expired.
        expired: Bool,
        /// When the token expires (Unix ms); `None` if never.
        expiration: Opt<Int>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The token's audiences. Absent or `null` gives an empty tuple.
        aud: List<Str>,
        /// The actor claim, for tokens used on someone's behalf; kept as sent.
        act: Opt<Dict>,
    }
}

model! {
    /// A user's access token at an OAuth provider (Google, GitHub, ...), fetched through Clerk.
    OauthAccessToken (object = "oauth_access_token") {
        /// The external account the token belongs to.
        external_account_id: Str,
        /// The provider, for example `"oauth_google"`.
        provider: Str,
        /// The provider's access token. Hidden in `repr`.
        token: Secret<Str>,
        /// Public metadata of the external account. An absent key gives `{}`, `null` gives `None`.
        public_metadata: WithDefault<Dict, EmptyDict>,
        /// The account's label. Absent or `null` gives `""`.
        label: Or<Str, EmptyStr>,
        /// The scopes granted. Absent or `null` gives an empty tuple.
        scopes: List<Str>,
        /// The OAuth 1.0 token secret, for providers that use one. Hidden in `repr`.
        token_secret: Opt<Secret<Str>>,
        /// When the token expires, in Unix **seconds** (not milliseconds), if known.
        expires_at: Opt<Int>,
        /// The provider's OpenID Connect ID token, if any. Hidden in `repr`.
        id_token: Opt<Secret<Str>>,
    }
}

model! {
    /// An OAuth application that uses Clerk as its identity provider.
    OAuthApplication (object = "oauth_application") {
        /// The application's id.
        id: Str,
        /// The instance the application belongs to.
        instance_id: Str,
        /// The application's name.
        name: Str,
        /// The OAuth client id.
        client_id: Str,
        /// The application's homepage, if set.
        client_uri: Opt<Str>,
        /// The application's logo, if set.
        client_image_url: Opt<Str>,
        /// Whether the application registered itself (dynamic client registration).
        dynamically_registered: Bool,
        /// Whether users are asked for consent.
        consent_screen_enabled: Bool,
        /// Whether PKCE is required.
        pkce_required: Bool,
        /// Whether this is a public client (no client secret). JSON key `public`.
        is_public: Bool = "public",
        /// The scopes the application may request, space-separated.
        scopes: Str,
        /// The allowed redirect URIs. Absent or `null` gives an empty tuple.
        redirect_uris: List<Str>,
        /// The authorization endpoint.
        authorize_url: Str,
        /// The token endpoint.
        token_fetch_url: Str,
        /// The user-info endpoint.
        user_info_url: Str,
        /// The OpenID discovery document.
        discovery_url: Str,
        /// The token introspection endpoint.
        token_introspection_url: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The client secret; only sent on creation and rotation. Hidden in `repr`.
        client_secret: Opt<Secret<Str>>,
    }
}

model! {
    /// A task that an agent performs on a user's behalf.
    /// `task_id` and `agent_task_id` are the same value, both read from the JSON key
    /// `agent_task_id` (absent or `null` gives `""`). The older `task_id` key is not
    /// used as a fallback (the API marks it deprecated and sends both); it stays reachable through `raw`.
    AgentTask (object = "agent_task") {
        /// The agent's id.
        agent_id: Str,
        /// The task's id; the same value as `agent_task_id`.
        task_id: Or<Str, EmptyStr> = "agent_task_id",
        /// The task's id.
        agent_task_id: Or<Str, EmptyStr>,
        /// The URL that starts a session for the user; only sent on creation. It works as a
        /// credential, so it is hidden in `repr`.
        url: Opt<Secret<Str>>,
    }
}

model! {
    /// A token that lets an actor (for example an admin) sign in as a user.
    ActorToken (object = "actor_token") {
        /// The token's id (`act_...`).
        id: Str,
        /// `"pending"`, `"accepted"` or `"revoked"`; unknown values stay `str`.
        status: Str,
        /// The user to be impersonated.
        user_id: Str,
        /// The actor's claims, kept as sent.
        actor: Opt<Dict>,
        /// The token itself, if sent. Hidden in `repr`.
        token: Opt<Secret<Str>>,
        /// The sign-in URL, if sent. It contains the token, so it is hidden in `repr` too.
        url: Opt<Secret<Str>>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// A single-use token that signs a user in without credentials.
    SignInToken (object = "sign_in_token") {
        /// The token's id (`sit_...`).
        id: Str,
        /// The user the token signs in.
        user_id: Str,
        /// The token itself, if sent (only on creation). Hidden in `repr`.
        token: Opt<Secret<Str>>,
        /// `"pending"`, `"accepted"` or `"revoked"`; unknown values stay `str`.
        status: Str,
        /// The sign-in URL, if sent. It contains the token, so it is hidden in `repr` too.
        url: Opt<Secret<Str>>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// A token that lets automated tests bypass bot protection.
    TestingToken (object = "testing_token") {
        /// The token itself. Hidden in `repr`.
        token: Secret<Str>,
        /// When the token expires, in Unix **seconds** (not milliseconds).
        expires_at: Int,
    }
}

model! {
    /// A session token (a signed JWT), for example one made from a JWT template.
    Token (object = "token") {
        /// The encoded JWT. Hidden in `repr`.
        jwt: Secret<Str>,
    }
}

model! {
    /// A template for custom session JWTs.
    JwtTemplate (object = "jwt_template") {
        /// The template's id (`jtmp_...`).
        id: Str,
        /// The template's name.
        name: Str,
        /// The claims the template adds, kept as sent.
        claims: Dict,
        /// Token lifetime in seconds.
        lifetime: Int,
        /// Allowed clock skew in seconds.
        allowed_clock_skew: Int,
        /// Whether the template signs with a custom key.
        custom_signing_key: Bool,
        /// The signing algorithm, for example `"RS256"`.
        signing_algorithm: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}
