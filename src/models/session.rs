//! Clients and sessions (reference: `Client.ts`, `Session.ts`).

use super::user::User;
use crate::field::{Bool, Dict, Int, List, Nested, Opt, Str};

model! {
    /// A Clerk client: one device or browser, and the sessions signed in on it.
    Client (object = "client") {
        /// The client's id (`client_...`).
        id: Str,
        /// The ids of the client's sessions.
        session_ids: List<Str>,
        /// The client's sessions. Absent or `null` gives an empty tuple.
        sessions: List<Nested<Session>>,
        /// The sign-in in progress on this client, if any.
        sign_in_id: Opt<Str>,
        /// The sign-up in progress on this client, if any.
        sign_up_id: Opt<Str>,
        /// The session that was active most recently.
        last_active_session_id: Opt<Str>,
        /// How the user last authenticated (for example `"oauth_google"`); unknown values stay `str`.
        last_authentication_strategy: Opt<Str>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// A user's session on one client.
    Session (object = "session") {
        /// The session's id (`sess_...`).
        id: Str,
        /// The client the session belongs to.
        client_id: Str,
        /// The user the session belongs to.
        user_id: Str,
        /// For example `"active"`, `"ended"`, `"revoked"`; unknown values stay `str`.
        status: Str,
        /// Unix time in milliseconds.
        last_active_at: Int,
        /// Unix time in milliseconds.
        expire_at: Int,
        /// Unix time in milliseconds.
        abandon_at: Int,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The organization that was active last in this session.
        last_active_organization_id: Opt<Str>,
        /// Where and on what the session was last used.
        latest_activity: Opt<Nested<SessionActivity>>,
        /// The impersonating actor's claims, for impersonation sessions.
        actor: Opt<Dict>,
        /// The session's user, as `session.*` webhook events embed it; `None` in Backend
        /// API responses, which do not.
        user: Opt<Nested<User>>,
    }
}

model! {
    /// Where and on what device a session was last active.
    SessionActivity (object = "session_activity") {
        /// The activity's id.
        id: Str,
        /// Whether the device is a mobile device.
        is_mobile: Bool,
        /// The IP address the session was last used from.
        ip_address: Opt<Str>,
        /// The city of that IP address.
        city: Opt<Str>,
        /// The country code of that IP address.
        country: Opt<Str>,
        /// The browser's version.
        browser_version: Opt<Str>,
        /// The browser's name.
        browser_name: Opt<Str>,
        /// The device type, for example `"Macintosh"`.
        device_type: Opt<Str>,
    }
}
