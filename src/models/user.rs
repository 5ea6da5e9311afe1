//! Users and what identifies them: email addresses, phone numbers, web3 wallets,
//! OAuth and enterprise accounts, and their verifications (reference: `User.ts`,
//! `EmailAddress.ts`, `PhoneNumber.ts`, `Web3Wallet.ts`, `ExternalAccount.ts`,
//! `EnterpriseAccount.ts`, `Verification.ts`, `IdentificationLink.ts`).

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use crate::model::{self, Model};

use crate::field::{
    Bool, Dict, EmptyDict, EmptyStr, False, Int, List, Nested, NonEmpty, Opt, Or, Str, WithDefault,
};

model! {
    /// A Clerk user, with all the identifiers and accounts attached to it.
    User (object = "user") {
        /// The user's id (`user_...`).
        id: Str,
        /// Whether the user has a password.
        password_enabled: Bool,
        /// Whether the user has set up an authenticator app (TOTP).
        totp_enabled: Bool,
        /// Whether the user has generated backup codes.
        backup_code_enabled: Bool,
        /// Whether a second factor is required when the user signs in.
        two_factor_enabled: Bool,
        /// Whether the user is banned.
        banned: Bool,
        /// Whether the user is locked out of signing in.
        locked: Bool,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The URL of the user's profile image (Clerk's default avatar when none was uploaded).
        /// `None` when the key is missing or `null`.
        image_url: Opt<Str>,
        /// Whether the user has uploaded a profile image.
        has_image: Bool,
        /// The id of the user's primary email address, if any.
        primary_email_address_id: Opt<Str>,
        /// The id of the user's primary phone number, if any.
        primary_phone_number_id: Opt<Str>,
        /// The id of the user's primary web3 wallet, if any.
        primary_web3_wallet_id: Opt<Str>,
        /// Unix time in milliseconds of the last sign-in, if any.
        last_sign_in_at: Opt<Int>,
        /// Your own id for the user, if you set one.
        external_id: Opt<Str>,
        /// The user's username, if any.
        username: Opt<Str>,
        /// The user's first name, if any.
        first_name: Opt<Str>,
        /// The user's last name, if any.
        last_name: Opt<Str>,
        /// Metadata readable from the frontend, writable only from the backend.
        /// An absent key gives `{}`; `null` gives `None`.
        public_metadata: WithDefault<Dict, EmptyDict>,
        /// Metadata visible only to the backend. An absent key gives `{}`; `null` gives `None`.
        private_metadata: WithDefault<Dict, EmptyDict>,
        /// Metadata the frontend may read and write. An absent key gives `{}`; `null` gives `None`.
        unsafe_metadata: WithDefault<Dict, EmptyDict>,
        /// The user's email addresses. Absent or `null` gives an empty tuple.
        email_addresses: List<Nested<EmailAddress>>,
        /// The user's phone numbers. Absent or `null` gives an empty tuple.
        phone_numbers: List<Nested<PhoneNumber>>,
        /// The user's web3 wallets. Absent or `null` gives an empty tuple.
        web3_wallets: List<Nested<Web3Wallet>>,
        /// The user's OAuth accounts. Absent or `null` gives an empty tuple.
        external_accounts: List<Nested<ExternalAccount>>,
        /// The user's enterprise (SAML or OIDC) accounts. Absent or `null` gives an empty tuple.
        enterprise_accounts: List<Nested<EnterpriseAccount>>,
        /// Unix time in milliseconds of the last session activity (day precision), if any.
        last_active_at: Opt<Int>,
        /// Whether the user may create organizations.
        create_organization_enabled: Bool,
        /// How many organizations the user may create (`0` means no limit); `None` when not set.
        create_organizations_limit: Opt<Int>,
        /// Whether the user may delete their own account.
        delete_self_enabled: Bool,
        /// Unix time in milliseconds when the user accepted the legal terms, if they did.
        legal_accepted_at: Opt<Int>,
        /// The user's locale (for example `"en-US"`), if known.
        locale: Opt<Str>,
        /// The user's time zone, if known.
        timezone: Opt<Str>,
        /// Whether the user was deprovisioned (for example by SCIM) and can no longer sign in.
        /// An absent key gives `False`; `null` gives `None`.
        deprovisioned: WithDefault<Bool, False>,
    }
    stub "    @property
    def primary_email_address(self) -> EmailAddress | None: ...
    @property
    def primary_phone_number(self) -> PhoneNumber | None: ...
    @property
    def primary_web3_wallet(self) -> Web3Wallet | None: ...
    @property
    def full_name(self) -> str | None: ...
";
    impl {
        /// The first of `email_addresses` whose id is `primary_email_address_id`, or `None`.
        #[getter]
        fn primary_email_address(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
            let items = model::field_value(slf, "email_addresses")?;
            let wanted = model::field_value(slf, "primary_email_address_id")?;
            find_by_id::<EmailAddress>(slf.py(), items, wanted, |x| &x.id)
        }

        /// The first of `phone_numbers` whose id is `primary_phone_number_id`, or `None`.
        #[getter]
        fn primary_phone_number(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
            let items = model::field_value(slf, "phone_numbers")?;
            let wanted = model::field_value(slf, "primary_phone_number_id")?;
            find_by_id::<PhoneNumber>(slf.py(), items, wanted, |x| &x.id)
        }

        /// The first of `web3_wallets` whose id is `primary_web3_wallet_id`, or `None`.
        #[getter]
        fn primary_web3_wallet(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
            let items = model::field_value(slf, "web3_wallets")?;
            let wanted = model::field_value(slf, "primary_web3_wallet_id")?;
            find_by_id::<Web3Wallet>(slf.py(), items, wanted, |x| &x.id)
        }

        /// First and last name joined by a space and trimmed; `None` when that leaves nothing.
        #[getter]
        fn full_name(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
            let first = model::field_value(slf, "first_name")?;
            let last = model::field_value(slf, "last_name")?;
            join_names(slf.py(), first, last)
        }
    }
}

/// The first item of the tuple `items` whose id equals `wanted`, or `None`
/// (the reference's `list.find(({ id }) => id === primaryId) ?? null`).
fn find_by_id<T: Model>(
    py: Python<'_>,
    items: &Py<PyAny>,
    wanted: &Py<PyAny>,
    id: fn(&T) -> &Py<PyAny>,
) -> PyResult<Py<PyAny>> {
    let wanted = wanted.bind(py);
    // Item ids are always strings, so a missing primary id matches nothing.
    if wanted.is_none() {
        return Ok(py.None());
    }
    for item in items.bind(py).cast::<PyTuple>()?.iter() {
        let model = item.cast::<T>()?;
        // (An item whose id could not be typed holds `None` there, which matches nothing.)
        let item_id = id(model.get()).bind(py);
        if item_id.is(wanted) || item_id.eq(wanted)? {
            return Ok(item.unbind());
        }
    }
    Ok(py.None())
}

/// What JavaScript's `String.prototype.trim` removes: the `WhiteSpace` and
/// `LineTerminator` code points of ECMAScript (Unicode `Zs`, tab, vertical tab,
/// form feed, U+FEFF, LF, CR, U+2028, U+2029). Python's `str.strip()` differs
/// (it also strips U+001C..U+001F and U+0085, and keeps U+FEFF).
const JS_WHITESPACE: &str =
    "\t\n\u{b}\u{c}\r \u{a0}\u{1680}\u{2000}\u{2001}\u{2002}\u{2003}\u{2004}\
\u{2005}\u{2006}\u{2007}\u{2008}\u{2009}\u{200a}\u{2028}\u{2029}\u{202f}\u{205f}\u{3000}\u{feff}";

/// `[first, last].join(" ").trim() || null`, with `null` parts joining as `""`.
fn join_names(py: Python<'_>, first: &Py<PyAny>, last: &Py<PyAny>) -> PyResult<Py<PyAny>> {
    let empty = PyString::new(py, "");
    let part = |v: &Py<PyAny>| {
        let v = v.bind(py);
        if v.is_none() {
            empty.clone().into_any()
        } else {
            v.clone()
        }
    };
    let joined = PyString::new(py, " ").call_method1(
        pyo3::intern!(py, "join"),
        (PyTuple::new(py, [part(first), part(last)])?,),
    )?;
    let trimmed = joined.call_method1(pyo3::intern!(py, "strip"), (JS_WHITESPACE,))?;
    if trimmed.len()? == 0 {
        Ok(py.None())
    } else {
        Ok(trimmed.unbind())
    }
}

model! {
    /// One of a user's email addresses.
    EmailAddress (object = "email_address") {
        /// The email address's id (`idn_...`).
        id: Str,
        /// The address itself.
        email_address: Str,
        /// How and whether the address was verified.
        verification: Opt<Nested<Verification>>,
        /// The OAuth accounts this address came from. Absent or `null` gives an empty tuple.
        linked_to: List<Nested<IdentificationLink>>,
    }
}

model! {
    /// One of a user's phone numbers.
    PhoneNumber (object = "phone_number") {
        /// The phone number's id (`idn_...`).
        id: Str,
        /// The number in E.164 format, for example `"+14155550123"`.
        phone_number: Str,
        /// Whether the number is used only as a second factor. `None` when the key is missing or `null`.
        reserved_for_second_factor: Opt<Bool>,
        /// Whether this is the user's default second factor. `None` when the key is missing or `null`.
        default_second_factor: Opt<Bool>,
        /// How and whether the number was verified.
        verification: Opt<Nested<Verification>>,
        /// The OAuth accounts this number came from. Absent or `null` gives an empty tuple.
        linked_to: List<Nested<IdentificationLink>>,
    }
}

model! {
    /// One of a user's web3 wallets.
    Web3Wallet (object = "web3_wallet") {
        /// The wallet's id (`idn_...`).
        id: Str,
        /// The wallet address, for example `"0x0123...abcd"`.
        web3_wallet: Str,
        /// How and whether the wallet was verified.
        verification: Opt<Nested<Verification>>,
    }
}

model! {
    /// An OAuth account (Google, GitHub, ...) connected to a user.
    ExternalAccount (object = "external_account") {
        /// The account's id (`eac_...` or `idn_...`).
        id: Str,
        /// The provider, for example `"oauth_google"`; unknown values stay `str`.
        provider: Str,
        /// The user's id at the provider.
        provider_user_id: Str,
        /// The id of the identification this account created (`idn_...`).
        identification_id: Str,
        /// The same value as `provider_user_id` (the reference exposes it under both names).
        external_id: Str = "provider_user_id",
        /// The OAuth scopes granted, separated by spaces.
        approved_scopes: Str,
        /// The email address the provider returned.
        email_address: Str,
        /// The first name the provider returned.
        first_name: Str,
        /// The last name the provider returned.
        last_name: Str,
        /// The account's profile image URL. A missing key, `null` or `""` gives `""`.
        image_url: Or<Str, EmptyStr>,
        /// The username at the provider, if any.
        username: Opt<Str>,
        /// The phone number the provider returned, if any.
        phone_number: Opt<Str>,
        /// Metadata readable from the frontend. An absent key gives `{}`; `null` gives `None`.
        public_metadata: WithDefault<Dict, EmptyDict>,
        /// A label for the account, if any.
        label: Opt<Str>,
        /// How and whether the account was verified.
        verification: Opt<Nested<Verification>>,
        /// The account's `eac_...` id, sent for some providers only.
        external_account_id: Opt<Str>,
    }
}

model! {
    /// An enterprise (SAML or OIDC) account connected to a user.
    EnterpriseAccount (object = "enterprise_account") {
        /// The account's id.
        id: Str,
        /// Whether the account can be used to sign in.
        active: Bool,
        /// The email address of the account.
        email_address: Str,
        /// The enterprise connection the account belongs to.
        enterprise_connection: Opt<Nested<EnterpriseAccountConnection>>,
        /// The first name the identity provider returned, if any.
        first_name: Opt<Str>,
        /// The last name the identity provider returned, if any.
        last_name: Opt<Str>,
        /// The protocol, `"saml"` or `"oauth"`; unknown values stay `str`. `None` when the key is missing or `null`.
        protocol: Opt<Str>,
        /// The identity provider, for example `"saml_okta"`; unknown values stay `str`.
        provider: Str,
        /// The user's id at the identity provider, if known.
        provider_user_id: Opt<Str>,
        /// Metadata readable from the frontend. `None` when the key is missing or `null`.
        public_metadata: Opt<Dict>,
        /// How and whether the account was verified.
        verification: Opt<Nested<Verification>>,
        /// Unix time in milliseconds of the last sign-in with this account, if any.
        last_authenticated_at: Opt<Int>,
        /// The id of the enterprise connection, if any.
        enterprise_connection_id: Opt<Str>,
    }
}

model! {
    /// The enterprise connection (SAML or OIDC setup) behind an enterprise account.
    EnterpriseAccountConnection {
        /// The connection's id.
        id: Str,
        /// Whether the connection is enabled.
        active: Bool,
        /// Whether sign-ins started by the identity provider are allowed.
        allow_idp_initiated: Bool,
        /// Whether subdomains of `domain` may use the connection.
        allow_subdomains: Bool,
        /// Whether users of this connection are kept from adding other identifications.
        disable_additional_identifications: Bool,
        /// The email domain the connection serves. `None` when the key is missing or `null`
        /// (newer payloads list the domains under `domains`, reachable through `raw`).
        domain: Opt<Str>,
        /// The public URL of the connection's logo, if any.
        logo_public_url: Opt<Str>,
        /// The connection's display name.
        name: Str,
        /// The protocol, `"saml"` or `"oauth"`; unknown values stay `str`.
        protocol: Str,
        /// The identity provider, for example `"saml_okta"`; unknown values stay `str`.
        provider: Str,
        /// Whether user attributes are updated from the identity provider at each sign-in.
        sync_user_attributes: Bool,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// The state of one verification of an email address, phone number, wallet or account.
    Verification {
        /// For example `"unverified"`, `"verified"`, `"failed"`, `"expired"`; unknown values stay `str`.
        status: Str,
        /// How it is verified, for example `"email_code"` or `"oauth_google"`; unknown values stay `str`.
        strategy: Str,
        /// Where to send the user to finish an OAuth or SAML verification, exactly as sent
        /// (not parsed or normalized). A missing key, `null` or `""` gives `None`.
        external_verification_redirect_url: NonEmpty<Str>,
        /// How many attempts were made, if counted.
        attempts: Opt<Int>,
        /// Unix time in milliseconds when the verification expires, if it does.
        expire_at: Opt<Int>,
        /// The nonce to sign, for web3 and passkey verifications.
        nonce: Opt<Str>,
        /// The message to sign, for web3 verifications.
        message: Opt<Str>,
        /// The id of the client on which an email link was opened, if any (not a timestamp).
        verified_at_client: Opt<Str>,
    }
}

model! {
    /// A link from an identification to the OAuth account it came from.
    IdentificationLink {
        /// The id of the linked identification (`idn_...`).
        id: Str,
        /// The kind of link, for example `"oauth_google"`; unknown values stay `str`.
        r#type: Str,
    }
}
