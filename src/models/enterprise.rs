//! Enterprise SSO connections (SAML, OIDC) and the older SAML connection resource
//! (reference: `EnterpriseConnection.ts`, `SamlConnection.ts`).

use crate::field::{Bool, Int, List, Nested, Opt, Str};

model! {
    /// An enterprise SSO connection: SAML, or OIDC/EASIE through an OAuth configuration.
    EnterpriseConnection (object = "enterprise_connection") {
        /// The connection's id.
        id: Str,
        /// The connection's display name.
        name: Str,
        /// The email domains whose users sign in through this connection.
        domains: List<Str>,
        /// The organization the connection belongs to, if any.
        organization_id: Opt<Str>,
        /// Whether the connection is active.
        active: Bool,
        /// Whether the user's attributes are updated from the IdP on each sign-in.
        /// `None` when the API does not send it.
        sync_user_attributes: Opt<Bool>,
        /// Whether subdomains of `domains` match too.
        allow_subdomains: Opt<Bool>,
        /// Whether users of this connection are kept from adding other identifications.
        /// `None` when the API does not send it.
        disable_additional_identifications: Opt<Bool>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The SAML side of the connection, when it uses SAML.
        saml_connection: Opt<Nested<EnterpriseConnectionSamlConnection>>,
        /// The OAuth side of the connection, when it uses OIDC or EASIE.
        oauth_config: Opt<Nested<EnterpriseConnectionOauthConfig>>,
        /// The identity provider, for example `"saml_okta"` or `"oidc_custom"`; unknown values stay `str`.
        provider: Str,
        /// The URL of the provider's logo.
        logo_public_url: Opt<Str>,
        /// Whether accounts can be linked through organization membership.
        /// `None` when the API does not send it.
        allow_organization_account_linking: Opt<Bool>,
        /// Whether users can sign in through this connection.
        authenticatable: Bool,
        /// Whether just-in-time creation of users is turned off.
        disable_jit_provisioning: Bool,
        /// IdP attributes copied to the user's metadata; `None` when the API sends none.
        custom_attributes: Opt<List<Nested<EnterpriseConnectionCustomAttribute>>>,
    }
}

model! {
    /// An IdP attribute that an enterprise connection copies into the user's metadata.
    EnterpriseConnectionCustomAttribute {
        /// The attribute's display name.
        name: Str,
        /// The metadata key the value is stored under.
        key: Str,
        /// Where the value is found in SSO claims, if set.
        sso_path: Opt<Str>,
        /// Where the value is found in SCIM user resources, if set.
        scim_path: Opt<Str>,
        /// Whether the attribute holds several values. `None` when the API does not send it.
        multi_valued: Opt<Bool>,
    }
}

model! {
    /// The OAuth (OIDC or EASIE) configuration of an enterprise connection.
    EnterpriseConnectionOauthConfig {
        /// The configuration's id.
        id: Str,
        /// The provider's display name.
        name: Str,
        /// The OAuth client id.
        client_id: Opt<Str>,
        /// The OIDC discovery URL.
        discovery_url: Opt<Str>,
        /// The URL of the provider's logo.
        logo_public_url: Opt<Str>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The provider key, for example `"oidc_custom"`; unknown values stay `str`.
        provider_key: Str,
        /// The authorization endpoint.
        auth_url: Opt<Str>,
        /// The token endpoint.
        token_url: Opt<Str>,
        /// The userinfo endpoint.
        user_info_url: Opt<Str>,
        /// Whether the provider requires PKCE.
        requires_pkce: Bool,
    }
}

model! {
    /// The SAML side of an enterprise connection.
    EnterpriseConnectionSamlConnection {
        /// The SAML connection's id.
        id: Str,
        /// The SAML connection's display name.
        name: Str,
        /// The IdP's entity id.
        idp_entity_id: Opt<Str>,
        /// The IdP's single sign-on URL.
        idp_sso_url: Opt<Str>,
        /// The IdP's signing certificate (PEM).
        idp_certificate: Opt<Str>,
        /// Unix time in milliseconds at which the certificate becomes valid.
        idp_certificate_issued_at: Opt<Int>,
        /// Unix time in milliseconds at which the certificate expires.
        idp_certificate_expires_at: Opt<Int>,
        /// The URL of the IdP's metadata.
        idp_metadata_url: Opt<Str>,
        /// The IdP's metadata (XML).
        idp_metadata: Opt<Str>,
        /// The assertion consumer service URL.
        acs_url: Opt<Str>,
        /// The service provider's entity id.
        sp_entity_id: Opt<Str>,
        /// The URL of the service provider's metadata.
        sp_metadata_url: Opt<Str>,
        /// Whether the user's attributes are updated from the IdP on each sign-in.
        sync_user_attributes: Opt<Bool>,
        /// Whether subdomains match too.
        allow_subdomains: Bool,
        /// Whether sign-ins started at the IdP are accepted.
        allow_idp_initiated: Bool,
        /// Whether the SAML connection is active.
        active: Bool,
        /// Whether the IdP is asked to authenticate the user again (ForceAuthn).
        force_authn: Bool,
        /// What is sent to the IdP as `login_hint`. `None` when the API does not send it.
        login_hint: Opt<Nested<EnterpriseConnectionSamlConnectionLoginHint>>,
        /// The IdP's certificates. Absent or `null` gives an empty tuple.
        idp_certificates: List<Nested<SamlConnectionIdpCertificate>>,
    }
}

model! {
    /// What a SAML connection sends to the IdP as `login_hint`.
    EnterpriseConnectionSamlConnectionLoginHint {
        /// `"email_address"`, `"custom_attribute"` or `"off"`; unknown values stay `str`.
        mode: Str,
        /// The public metadata key whose value is sent, when `mode` is `"custom_attribute"`.
        source: Opt<Str>,
    }
}

model! {
    /// A SAML connection (the resource behind `/saml_connections`).
    SamlConnection (object = "saml_connection") {
        /// The connection's id.
        id: Str,
        /// The connection's display name.
        name: Str,
        /// The email domain of the connection. `None` when the API sends only the newer `domains` list.
        domain: Opt<Str>,
        /// The organization the connection belongs to, if any.
        organization_id: Opt<Str>,
        /// The IdP's entity id.
        idp_entity_id: Opt<Str>,
        /// The IdP's single sign-on URL.
        idp_sso_url: Opt<Str>,
        /// The IdP's signing certificate (PEM).
        idp_certificate: Opt<Str>,
        /// Unix time in milliseconds at which the certificate becomes valid; `None` without a certificate.
        idp_certificate_issued_at: Opt<Int>,
        /// Unix time in milliseconds at which the certificate expires; `None` without a certificate.
        idp_certificate_expires_at: Opt<Int>,
        /// The URL of the IdP's metadata.
        idp_metadata_url: Opt<Str>,
        /// The IdP's metadata (XML).
        idp_metadata: Opt<Str>,
        /// The assertion consumer service URL.
        acs_url: Str,
        /// The service provider's entity id.
        sp_entity_id: Str,
        /// The URL of the service provider's metadata.
        sp_metadata_url: Str,
        /// Whether the connection is active.
        active: Bool,
        /// The identity provider, for example `"saml_okta"`; unknown values stay `str`.
        provider: Str,
        /// How many users signed in through the connection.
        user_count: Int,
        /// Whether the user's attributes are updated from the IdP on each sign-in.
        sync_user_attributes: Bool,
        /// Whether subdomains match too.
        allow_subdomains: Bool,
        /// Whether sign-ins started at the IdP are accepted.
        allow_idp_initiated: Bool,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// Which SAML attributes fill the user's fields, if set.
        attribute_mapping: Opt<Nested<AttributeMapping>>,
        /// The IdP's certificates. Absent or `null` gives an empty tuple.
        idp_certificates: List<Nested<SamlConnectionIdpCertificate>>,
    }
}

model! {
    /// One signing certificate of a SAML identity provider.
    SamlConnectionIdpCertificate {
        /// The certificate (PEM).
        certificate: Str,
        /// Unix time in milliseconds at which the certificate becomes valid.
        issued_at: Opt<Int>,
        /// Unix time in milliseconds at which the certificate expires.
        expires_at: Opt<Int>,
    }
}

model! {
    /// The names of the SAML attributes that fill a user's fields.
    AttributeMapping {
        /// The attribute holding the user id.
        user_id: Str,
        /// The attribute holding the email address.
        email_address: Str,
        /// The attribute holding the first name.
        first_name: Str,
        /// The attribute holding the last name.
        last_name: Str,
    }
}
