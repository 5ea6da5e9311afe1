//! Organizations and what hangs off them: domains, invitations, memberships,
//! settings, roles, role sets and permissions; plus instance invitations and
//! waitlist entries (reference: `Organization.ts`, `OrganizationDomain.ts`,
//! `OrganizationInvitation.ts`, `OrganizationMembership.ts`,
//! `OrganizationSettings.ts`, `Role.ts`, `RoleSet.ts`, `Permission.ts`,
//! `Invitation.ts`, `WaitlistEntry.ts`).

use crate::field::{
    Bool, Dict, EmptyDict, EmptyStr, Int, List, Nested, Opt, Or, Secret, Str, WithDefault,
};

model! {
    /// A Clerk organization: a group of users with roles and shared metadata.
    Organization (object = "organization") {
        /// The organization's id (`org_...`).
        id: Str,
        /// The display name.
        name: Str,
        /// The URL-friendly unique name.
        slug: Str,
        /// The logo's URL; `""` when the key is absent, `null` or empty.
        image_url: Or<Str, EmptyStr>,
        /// Whether a logo was uploaded (otherwise `image_url` is a generated default).
        has_image: Bool,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// Metadata readable from the frontend. `{}` when absent; `None` when `null`.
        public_metadata: WithDefault<Dict, EmptyDict>,
        /// Metadata readable only from the backend. `{}` when absent; `None` when `null`.
        private_metadata: WithDefault<Dict, EmptyDict>,
        /// How many members the organization may have (`0` means no limit).
        max_allowed_memberships: Int,
        /// Whether admins may delete the organization from the frontend.
        admin_delete_enabled: Bool,
        /// The number of members, when the API includes it.
        members_count: Opt<Int>,
        /// The id of the user who created the organization.
        created_by: Opt<Str>,
        /// The number of invitations not yet answered, when the API includes it.
        pending_invitations_count: Opt<Int>,
        /// Unix time in milliseconds of the last activity, when the API includes it.
        last_active_at: Opt<Int>,
        /// Whether no member holds a role with elevated permissions, when the API includes it.
        missing_member_with_elevated_permissions: Opt<Bool>,
        /// The key of the role set assigned to the organization, if any.
        role_set_key: Opt<Str>,
    }
}

model! {
    /// An email domain attached to an organization, used to invite or suggest
    /// membership to users with a matching address.
    OrganizationDomain (object = "organization_domain") {
        /// The domain's id (`orgdmn_...`).
        id: Str,
        /// The organization the domain belongs to.
        organization_id: Str,
        /// The domain name, for example `"acme.com"`.
        name: Str,
        /// For example `"manual_invitation"`, `"automatic_invitation"`, `"automatic_suggestion"`;
        /// unknown values stay `str`.
        enrollment_mode: Str,
        /// The state of the domain's verification, if one was started.
        verification: Opt<Nested<OrganizationDomainVerification>>,
        /// The number of pending invitations created through this domain.
        total_pending_invitations: Int,
        /// The number of pending suggestions created through this domain.
        total_pending_suggestions: Int,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The address used to prove affiliation with the domain, if any.
        affiliation_email_address: Opt<Str>,
    }
}

model! {
    /// How far the verification of an organization domain has got.
    OrganizationDomainVerification {
        /// For example `"unverified"`, `"verified"`, `"failed"`, `"expired"`; unknown values stay `str`.
        status: Str,
        /// The verification strategy, for example `"email_code"`.
        strategy: Str,
        /// The number of attempts made so far.
        attempts: Opt<Int>,
        /// Unix time in milliseconds when the verification expires. Read from the `expire_at`
        /// key, which is what the API sends.
        expire_at: Opt<Int>,
    }
}

model! {
    /// An invitation for an email address to join an organization with a role.
    OrganizationInvitation (object = "organization_invitation") {
        /// The invitation's id (`orginv_...`).
        id: Str,
        /// The address the invitation was sent to.
        email_address: Str,
        /// The role key the invitee will get, for example `"org:member"`.
        role: Str,
        /// The role's display name, for example `"Member"`.
        role_name: Str,
        /// The organization the invitation is for.
        organization_id: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// Unix time in milliseconds after which the invitation can no longer be accepted.
        expires_at: Opt<Int>,
        /// The link the invitee follows to accept. Its `__clerk_ticket` lets whoever holds it
        /// accept the invitation, so it is hidden in `repr`.
        url: Opt<Secret<Str>>,
        /// For example `"pending"`, `"accepted"`, `"revoked"`, `"expired"`; unknown values stay `str`.
        status: Opt<Str>,
        /// Metadata readable from the frontend. `{}` when absent; `None` when `null`.
        public_metadata: WithDefault<Dict, EmptyDict>,
        /// Metadata readable only from the backend. `{}` when absent; `None` when `null`.
        private_metadata: WithDefault<Dict, EmptyDict>,
        /// Public facts about the organization (`id`, `name`, `slug`, `image_url`, `has_image`),
        /// as the API's JSON object with its snake_case keys.
        public_organization_data: Opt<Dict>,
        /// The user who accepted the invitation (`organizationInvitation.accepted` events only).
        user_id: Opt<Str>,
    }
}

model! {
    /// A user's membership in an organization, with the role it grants.
    OrganizationMembership (object = "organization_membership") {
        /// The membership's id (`orgmem_...`).
        id: Str,
        /// The member's role key, for example `"org:admin"`.
        role: Str,
        /// The permission keys the role grants, for example `"org:posts:read"`.
        permissions: List<Str>,
        /// Metadata readable from the frontend. `{}` when absent; `None` when `null`.
        public_metadata: WithDefault<Dict, EmptyDict>,
        /// Metadata readable only from the backend. `{}` when absent; `None` when `null`.
        private_metadata: WithDefault<Dict, EmptyDict>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// The organization; `None` if the payload lacks it.
        organization: Opt<Nested<Organization>>,
        /// Public facts about the member; `None` if the payload lacks them.
        public_user_data: Opt<Nested<OrganizationMembershipPublicUserData>>,
    }
}

model! {
    /// The public profile of an organization member.
    OrganizationMembershipPublicUserData {
        /// The member's email address, phone number or username, whichever identifies them.
        identifier: Opt<Str>,
        /// The member's first name.
        first_name: Opt<Str>,
        /// The member's last name.
        last_name: Opt<Str>,
        /// The member's avatar URL.
        image_url: Str,
        /// Whether the member uploaded an avatar (otherwise `image_url` is a generated default).
        has_image: Bool,
        /// The member's user id (`user_...`).
        user_id: Str,
    }
}

model! {
    /// The instance-wide settings for organizations.
    OrganizationSettings (object = "organization_settings") {
        /// Whether organizations are enabled for the instance.
        enabled: Bool,
        /// The default member limit of new organizations.
        max_allowed_memberships: Int,
        /// How many roles the instance may define.
        max_allowed_roles: Int,
        /// How many permissions the instance may define (deprecated by Clerk; may be absent).
        max_allowed_permissions: Opt<Int>,
        /// The role key given to a user who creates an organization.
        creator_role: Str,
        /// Whether admins may delete organizations from the frontend by default.
        admin_delete_enabled: Bool,
        /// Whether organization domains are enabled.
        domains_enabled: Bool,
        /// Whether organization slugs are turned off (may be absent).
        slug_disabled: Opt<Bool>,
        /// The enrollment modes allowed for domains; unknown values stay `str`.
        domains_enrollment_modes: List<Str>,
        /// The role key given to users who join through a domain.
        domains_default_role: Str,
    }
}

model! {
    /// A role that organization members can hold, with the permissions it grants.
    Role (object = "role") {
        /// The role's id (`role_...`).
        id: Str,
        /// The display name.
        name: Str,
        /// The key used in sessions and checks, for example `"org:admin"`.
        key: Str,
        /// What the role is for.
        description: Opt<Str>,
        /// The permissions the role grants. Absent or `null` gives an empty tuple.
        permissions: List<Nested<Permission>>,
        /// Whether the role may be given to a user who creates an organization.
        is_creator_eligible: Opt<Bool>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// A named collection of roles that can be assigned to organizations.
    RoleSet (object = "role_set") {
        /// The role set's id.
        id: Str,
        /// The display name.
        name: Str,
        /// The key, for example `"role_set:default"`.
        key: Str,
        /// What the role set is for.
        description: Opt<Str>,
        /// The roles in the set. Absent or `null` gives an empty tuple.
        roles: List<Nested<RoleSetItem>>,
        /// The role new members get.
        default_role: Opt<Nested<RoleSetItem>>,
        /// The role the creator of an organization gets.
        creator_role: Opt<Nested<RoleSetItem>>,
        /// `"initial"` or `"custom"`; unknown values stay `str`.
        r#type: Str,
        /// The migration in progress for this set, if any.
        role_set_migration: Opt<Nested<RoleSetMigration>>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// One role inside a role set.
    RoleSetItem (object = "role_set_item") {
        /// The role's id.
        id: Str,
        /// The display name.
        name: Str,
        /// The role key, for example `"org:member"`.
        key: Str,
        /// What the role is for.
        description: Opt<Str>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// How many members hold this role within the set, when the API includes it.
        members_count: Opt<Int>,
        /// Whether any member holds this role within the set, when the API includes it.
        has_members: Opt<Bool>,
    }
}

model! {
    /// A migration of organization members from one role set to another.
    RoleSetMigration (object = "role_set_migration") {
        /// The migration's id.
        id: Str,
        /// The organization the migration is limited to, if any.
        organization_id: Opt<Str>,
        /// The instance the migration runs in.
        instance_id: Str,
        /// The role set members are moved from.
        source_role_set_id: Str,
        /// The role set members are moved to, if any.
        dest_role_set_id: Opt<Str>,
        /// What started the migration, for example `"role_set_deletion"`.
        trigger_type: Str,
        /// For example `"enqueued"`, `"in_progress"`, `"completed"`; unknown values stay `str`.
        status: Str,
        /// How many members were migrated so far.
        migrated_members: Int,
        /// Which source role key maps to which destination role key.
        mappings: Opt<Dict>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// Unix time in milliseconds when the migration started.
        started_at: Opt<Int>,
        /// Unix time in milliseconds when the migration finished.
        completed_at: Opt<Int>,
    }
}

model! {
    /// A permission that roles can grant.
    Permission (object = "permission") {
        /// The permission's id (`perm_...`).
        id: Str,
        /// The display name.
        name: Str,
        /// The key used in checks, for example `"org:posts:create"`.
        key: Str,
        /// What the permission allows.
        description: Str,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
    }
}

model! {
    /// An invitation for an email address to sign up to the application.
    Invitation (object = "invitation") {
        /// The invitation's id (`inv_...`).
        id: Str,
        /// The address the invitation was sent to.
        email_address: Str,
        /// Metadata copied to the user's public metadata when they sign up.
        public_metadata: Opt<Dict>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// For example `"pending"`, `"accepted"`, `"revoked"`, `"expired"`; unknown values stay `str`.
        status: Str,
        /// The link the invitee follows to sign up, when the API includes it. Its
        /// `__clerk_ticket` lets whoever holds it sign up as the invitee, so it is hidden in `repr`.
        url: Opt<Secret<Str>>,
        /// Whether the invitation was revoked, when the API includes it.
        revoked: Opt<Bool>,
    }
}

model! {
    /// An email address on the application's waitlist.
    WaitlistEntry (object = "waitlist_entry") {
        /// The entry's id (`wle_...`).
        id: Str,
        /// The address that joined the waitlist.
        email_address: Str,
        /// For example `"pending"`, `"invited"`, `"rejected"`, `"completed"`; unknown values stay `str`.
        status: Str,
        /// The invitation sent to the address, once there is one.
        invitation: Opt<Nested<Invitation>>,
        /// Unix time in milliseconds.
        created_at: Int,
        /// Unix time in milliseconds.
        updated_at: Int,
        /// Whether a batch action is processing the entry, when the API includes it.
        is_locked: Opt<Bool>,
    }
}
