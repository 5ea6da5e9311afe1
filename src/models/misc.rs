//! Instance settings, domains, allow/block lists, emails and SMS messages,
//! deleted objects, sign-up attempts, proxy checks, redirect URLs, cookies,
//! accountless applications and handshake payloads (reference: `Instance.ts`,
//! `Domain.ts`, `DeletedObject.ts`, `SignUpAttempt.ts`, ...).

use crate::field::{Bool, Dict, Int, List, Nested, NonEmpty, Opt, Secret, Str};

model! {
    /// A development application created without a Clerk account, which can be claimed later.
    AccountlessApplication (object = "accountless_application") {
        /// The application's publishable key (`pk_test_...`).
        publishable_key: Str,
        /// The application's secret key (`sk_test_...`); hidden in `repr`.
        secret_key: Secret<Str>,
        /// Where to claim the application into a Clerk account. Whoever has it can claim
        /// the application, so `repr` hides it.
        claim_url: Secret<Str>,
        /// Where to manage the application's API keys.
        api_keys_url: Str,
    }
}

model! {
    /// An email address, phone number or web3 wallet that is allowed to sign up.
    AllowlistIdentifier (object = "allowlist_identifier") {
        /// The identifier's id.
        id: Str,
        /// The allowed email address, phone number or wallet address.
        identifier: Str,
        /// For example `"email_address"`, `"phone_number"`, `"web3_wallet"`; unknown values stay `str`.
        identifier_type: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The instance the identifier belongs to.
        instance_id: Opt<Str>,
        /// The invitation sent to the identifier, if one was sent.
        invitation_id: Opt<Str>,
    }
}

model! {
    /// An email address, email domain, phone number or web3 wallet that may not sign up.
    BlocklistIdentifier (object = "blocklist_identifier") {
        /// The identifier's id.
        id: Str,
        /// The blocked email address, domain, phone number or wallet address.
        identifier: Str,
        /// For example `"email_address"`, `"phone_number"`, `"web3_wallet"`; unknown values stay `str`.
        identifier_type: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The instance the identifier belongs to.
        instance_id: Opt<Str>,
    }
}

model! {
    /// A DNS CNAME record a domain needs for a production deployment.
    CnameTarget {
        /// The record's host name.
        host: Str,
        /// The host name the record must point to.
        value: Str,
        /// Whether the domain counts as deployed only once this record is set.
        required: Bool,
    }
}

model! {
    /// `Set-Cookie` directives returned when a session is refreshed.
    Cookies (object = "cookies") {
        /// The cookie directives, for example `"__session=eyJ...; Path=/; Secure"`.
        /// They carry session tokens, so `repr` hides them.
        cookies: Secret<List<Str>>,
    }
}

model! {
    /// What the API answers when it deletes an object (also the `data` of `*.deleted` webhooks).
    /// Unlike the other classes it has no single `object` value: `object` names the kind of
    /// object that was deleted (`"user"`, `"organization"`, `"role"`, ...).
    DeletedObject {
        /// The kind of object that was deleted, for example `"user"`.
        object: Str,
        /// The deleted object's id; an empty string gives `None`.
        id: NonEmpty<Str>,
        /// The deleted object's slug (organizations); an empty string gives `None`.
        slug: NonEmpty<Str>,
        /// Whether the object was deleted.
        deleted: Bool,
        /// The deleted user's external id (sent by `user.deleted`).
        external_id: Opt<Str>,
    }
}

model! {
    /// A domain of an instance: its primary domain or a satellite domain.
    Domain (object = "domain") {
        /// The domain's id.
        id: Str,
        /// The domain name, for example `"example.com"`.
        name: Str,
        /// Whether this is a satellite domain.
        is_satellite: Bool,
        /// The URL of the Frontend API for this domain.
        frontend_api_url: Str,
        /// The development origin, if any (may be an empty string).
        development_origin: Str,
        /// The CNAME records to set; `None` when the API sends `null` or nothing.
        cname_targets: Opt<List<Nested<CnameTarget>>>,
        /// The URL of the Account Portal; `None` for satellite domains.
        accounts_portal_url: Opt<Str>,
        /// The URL of the proxy that forwards to the Frontend API, if one is set up.
        proxy_url: Opt<Str>,
    }
}

model! {
    /// An email Clerk sent or queued (also the `data` of the `email.created` webhook).
    Email (object = "email") {
        /// The email's id (`ema_...`).
        id: Str,
        /// The local part of the sender address, for example `"notifications"`.
        from_email_name: Str,
        /// The id of the recipient's email address, if the recipient is a known address.
        email_address_id: Opt<Str>,
        /// The recipient's address.
        to_email_address: Opt<Str>,
        /// The subject line. It may hold a one-time code (`"123456 is your verification code"`),
        /// so it is hidden in `repr`.
        subject: Opt<Secret<Str>>,
        /// The HTML body. It may hold a one-time code or a sign-in link, so it is hidden in `repr`.
        body: Opt<Secret<Str>>,
        /// The plain-text body. It may hold a one-time code or a sign-in link, so it is hidden in `repr`.
        body_plain: Opt<Secret<Str>>,
        /// For example `"queued"`; unknown values stay `str`.
        status: Opt<Str>,
        /// The template's slug, for example `"verification_code"`.
        slug: Opt<Str>,
        /// The values the template was rendered with, kept as sent. They may hold a one-time
        /// code (`otp_code`) or a sign-in link, so `repr` hides them.
        data: Opt<Secret<Dict>>,
        /// Whether Clerk delivers the email (`False` when a webhook handler must send it).
        delivered_by_clerk: Opt<Bool>,
        /// The recipient user's id, if any.
        user_id: Opt<Str>,
        /// Why the email was suppressed, if it was.
        suppression_reason: Opt<Str>,
    }
}

model! {
    /// The browser handshake directives the API returns for a handshake nonce.
    HandshakePayload {
        /// `Set-Cookie` style directives. They carry session tokens, so `repr` hides them.
        directives: Secret<List<Str>>,
    }
}

model! {
    /// A Clerk instance (development or production).
    Instance (object = "instance") {
        /// The instance's id (`ins_...`).
        id: Str,
        /// For example `"development"` or `"production"`; unknown values stay `str`.
        environment_type: Str,
        /// The origins allowed to call the instance; `None` when the API sends `null`.
        allowed_origins: Opt<List<Str>>,
    }
}

model! {
    /// The sign-up restrictions of an instance.
    InstanceRestrictions (object = "instance_restrictions") {
        /// Whether only allowlisted identifiers may sign up.
        allowlist: Bool,
        /// Whether blocklisted identifiers are refused.
        blocklist: Bool,
        /// Whether email addresses with a `+tag` are refused.
        block_email_subaddresses: Bool,
        /// Whether addresses at disposable email providers are refused.
        block_disposable_email_domains: Bool,
        /// Whether dots in Gmail addresses are ignored when comparing them.
        /// `None` when the API does not send it (its published schema does not list it).
        ignore_dots_for_gmail_addresses: Opt<Bool>,
    }
}

model! {
    /// Instance settings that can be changed through the Backend API.
    InstanceSettings (object = "instance_settings") {
        /// The instance's id.
        id: Opt<Str>,
        /// Whether sign-up is limited to the allowlist.
        restricted_to_allowlist: Opt<Bool>,
        /// The local part of the address emails are sent from.
        from_email_address: Opt<Str>,
        /// Whether progressive sign-up is on.
        progressive_sign_up: Opt<Bool>,
        /// Whether emails go through Clerk's legacy managed delivery.
        enhanced_email_deliverability: Opt<Bool>,
    }
}

model! {
    /// The result of checking that a domain's proxy forwards to the Frontend API.
    ProxyCheck (object = "proxy_check") {
        /// The check's id.
        id: Str,
        /// The domain that was checked.
        domain_id: Str,
        /// Unix time in milliseconds of the last run, if it ran.
        last_run_at: Opt<Int>,
        /// The proxy URL that was checked.
        proxy_url: Str,
        /// Whether the proxy answered correctly.
        successful: Bool,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// A URL that Clerk may redirect to after OAuth or magic-link flows.
    RedirectUrl (object = "redirect_url") {
        /// The redirect URL's id.
        id: Str,
        /// The URL itself, kept as sent.
        url: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// An SMS message Clerk sent or queued (also the `data` of the `sms.created` webhook).
    SMSMessage (object = "sms_message") {
        /// The message's id (`sms_...`).
        id: Str,
        /// The sender's number.
        from_phone_number: Str,
        /// The recipient's number.
        to_phone_number: Str,
        /// The text of the message. It may hold a one-time code, so it is hidden in `repr`.
        message: Secret<Str>,
        /// For example `"queued"`; unknown values stay `str`.
        status: Str,
        /// The id of the recipient's phone number, if it is a known number.
        phone_number_id: Opt<Str>,
        /// The values the template was rendered with, kept as sent. They may hold a one-time
        /// code, so `repr` hides them.
        data: Opt<Secret<Dict>>,
    }
}

model! {
    /// A sign-up in progress or finished.
    SignUpAttempt (object = "sign_up_attempt") {
        /// The sign-up's id.
        id: Str,
        /// For example `"missing_requirements"`, `"complete"`, `"abandoned"`; unknown values stay `str`.
        status: Str,
        /// The fields the instance requires.
        required_fields: List<Str>,
        /// The fields the instance accepts but does not require.
        optional_fields: List<Str>,
        /// The required fields still missing.
        missing_fields: List<Str>,
        /// The fields given but not verified yet.
        unverified_fields: List<Str>,
        /// The state of each identifier's verification; `None` when the API sends none.
        verifications: Opt<Nested<SignUpAttemptVerifications>>,
        /// The username given.
        username: Opt<Str>,
        /// The email address given.
        email_address: Opt<Str>,
        /// The phone number given.
        phone_number: Opt<Str>,
        /// The web3 wallet address given.
        web3_wallet: Opt<Str>,
        /// Whether a password was set.
        password_enabled: Bool,
        /// The first name given.
        first_name: Opt<Str>,
        /// The last name given.
        last_name: Opt<Str>,
        /// Whether the sign-up is completed by custom code.
        custom_action: Bool,
        /// The external id given.
        external_id: Opt<Str>,
        /// The session created when the sign-up completed.
        created_session_id: Opt<Str>,
        /// The user created when the sign-up completed.
        created_user_id: Opt<Str>,
        /// Unix time in milliseconds after which the sign-up counts as abandoned.
        abandon_at: Opt<Int>,
        /// Unix time in milliseconds at which the legal terms were accepted.
        legal_accepted_at: Opt<Int>,
        /// Public metadata given for the user to be created.
        public_metadata: Opt<Dict>,
        /// Unsafe metadata given for the user to be created.
        unsafe_metadata: Opt<Dict>,
    }
}

model! {
    /// The verification state of one identifier of a sign-up.
    SignUpAttemptVerification {
        /// For example `"needs_prepare"`, `"needs_attempt"` or `""`; unknown values stay `str`.
        next_action: Str,
        /// The verification strategies that can be used, for example `"email_code"`.
        supported_strategies: List<Str>,
    }
}

model! {
    /// The verification state of each identifier of a sign-up.
    SignUpAttemptVerifications {
        /// The email address's verification, if any.
        email_address: Opt<Nested<SignUpAttemptVerification>>,
        /// The phone number's verification, if any.
        phone_number: Opt<Nested<SignUpAttemptVerification>>,
        /// The web3 wallet's verification, if any.
        web3_wallet: Opt<Nested<SignUpAttemptVerification>>,
        /// The external account's verification, kept as the JSON object that was sent.
        external_account: Opt<Dict>,
    }
}
