"""Focused tests of the most used groups: users, sessions, organizations, clients, invitations,
email_addresses, phone_numbers and jwks, with realistic bodies queued on the local server."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mock_clerk_api import MockClerkAPI

import clerk_backend

SECRET = "sk_test_groups_secret"
FIXTURES = Path(__file__).parent / "fixtures"


def fixture(path: str) -> Any:
    return json.loads((FIXTURES / path).read_text(encoding="utf-8"))


@pytest.fixture
def clerk(api: MockClerkAPI) -> Iterator[clerk_backend.Clerk]:
    with clerk_backend.Clerk(SECRET, api_url=api.url, max_retries=0) as client:
        yield client


# ---------------------------------------------------------------------------------------------
# users


def test_get_user_returns_the_typed_user_with_raw(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    body = fixture("users/user.json")
    body["brand_new_field"] = {"added": "tomorrow"}
    api.enqueue("GET", "/v1/users/user_abc", json=body)
    user = clerk.users.get_user("user_abc")
    assert isinstance(user, clerk_backend.User)
    assert user.id == body["id"]
    assert user.first_name == body["first_name"]
    assert user.primary_email_address is not None
    assert user.primary_email_address.id == body["primary_email_address_id"]
    assert user.raw["brand_new_field"] == {"added": "tomorrow"}
    assert user == clerk_backend.User.from_json(body)
    assert (api.last.method, api.last.path, api.last.query, api.last.body) == ("GET", "/v1/users/user_abc", {}, b"")


def test_create_user_sends_a_snake_case_json_body(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    api.enqueue("POST", "/v1/users", json=fixture("users/user.json"))
    user = clerk.users.create_user(
        email_address=["ada@example.com"],
        first_name="Ada",
        password="correct horse battery staple",
        skip_password_checks=True,
        public_metadata={"plan": "pro"},
    )
    assert isinstance(user, clerk_backend.User)
    assert api.last.headers["content-type"] == "application/json"
    assert api.last.json() == {
        "email_address": ["ada@example.com"],
        "first_name": "Ada",
        "password": "correct horse battery staple",
        "skip_password_checks": True,
        "public_metadata": {"plan": "pro"},
    }


def test_user_list_filters_and_count(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    user = fixture("users/user.json")
    api.enqueue("GET", "/v1/users", json=[user, user])
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 12})
    page = clerk.users.get_user_list(user_id=["user_a", "user_b"], banned=False, limit=2, offset=4)
    assert page.total_count == 12
    assert len(page) == 2 and all(isinstance(u, clerk_backend.User) for u in page)
    listing = api.requests[0]
    assert listing.query == {"user_id": ["user_a", "user_b"], "banned": ["false"], "limit": ["2"], "offset": ["4"]}
    assert api.requests[1].query == {"user_id": ["user_a", "user_b"], "banned": ["false"]}


def test_user_count(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    api.enqueue("GET", "/v1/users/count", json={"object": "total_count", "total_count": 1234})
    assert clerk.users.get_count(query="ada") == 1234
    assert api.last.query == {"query": ["ada"]}


def test_delete_user_returns_a_deleted_object(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    api.enqueue("DELETE", "/v1/users/user_1", json={"object": "user", "id": "user_1", "deleted": True})
    deleted = clerk.users.delete_user("user_1")
    assert isinstance(deleted, clerk_backend.DeletedObject)
    assert (deleted.object, deleted.id, deleted.deleted) == ("user", "user_1", True)


def test_user_metadata_merge_and_replace(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    clerk.users.update_user_metadata("user_1", private_metadata={"a": 1})
    assert (api.last.method, api.last.path, api.last.json()) == (
        "PATCH",
        "/v1/users/user_1/metadata",
        {"private_metadata": {"a": 1}},
    )
    clerk.users.replace_user_metadata("user_1", public_metadata={}, unsafe_metadata={"b": [2]})
    assert (api.last.method, api.last.json()) == ("PUT", {"public_metadata": {}, "unsafe_metadata": {"b": [2]}})


def test_user_oauth_access_tokens_are_paginated(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    token = fixture("billing/oauth_access_token.json")
    path = "/v1/users/user_1/oauth_access_tokens/oauth_google"
    api.enqueue("GET", path, json={"data": [token], "total_count": 1})
    page = clerk.users.get_user_oauth_access_token("user_1", "google")
    assert isinstance(page.data[0], clerk_backend.OauthAccessToken)
    assert page.total_count == 1
    assert (api.last.path, api.last.query) == (path, {"paginated": ["true"]})
    clerk.users.get_user_oauth_access_token("user_1", "oauth_github")  # the prefix is not doubled
    assert api.last.path == "/v1/users/user_1/oauth_access_tokens/oauth_github"


def test_verify_password_and_totp_return_the_json(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    api.enqueue("POST", "/v1/users/user_1/verify_password", json={"verified": True})
    assert clerk.users.verify_password("user_1", password="pw") == {"verified": True}
    assert api.last.json() == {"password": "pw"}
    api.enqueue("POST", "/v1/users/user_1/verify_totp", json={"verified": True, "code_type": "totp"})
    assert clerk.users.verify_totp("user_1", code="123456") == {"verified": True, "code_type": "totp"}


def test_user_sub_resources(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    deleted = {"object": "passkey", "id": "idn_pk", "deleted": True}
    api.enqueue("DELETE", "/v1/users/user_1/passkeys/idn_pk", json=deleted)
    assert clerk.users.delete_user_passkey("user_1", "idn_pk").id == "idn_pk"
    clerk.users.delete_user_external_account("user_1", "eac_1")
    assert api.last.path == "/v1/users/user_1/external_accounts/eac_1"
    clerk.users.set_password_compromised("user_1", revoke_all_sessions=True)
    assert (api.last.path, api.last.json()) == (
        "/v1/users/user_1/password/set_compromised",
        {"revoke_all_sessions": True},
    )


def test_user_organization_memberships(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    membership = fixture("orgs/organization_membership.json")
    api.enqueue("GET", "/v1/users/user_1/organization_memberships", json={"data": [membership], "total_count": 1})
    page = clerk.users.get_organization_membership_list("user_1", limit=10)
    assert isinstance(page.data[0], clerk_backend.OrganizationMembership)
    assert page.data[0].organization.id == membership["organization"]["id"]
    assert api.last.query == {"limit": ["10"]}


# ---------------------------------------------------------------------------------------------
# sessions


def test_session_list_asks_for_pages(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    session = fixture("session_created.json")["data"]
    api.enqueue("GET", "/v1/sessions", json={"data": [session], "total_count": 31})
    page = clerk.sessions.get_session_list(user_id="user_1", status="active", limit=1)
    assert isinstance(page.data[0], clerk_backend.Session)
    assert page.total_count == 31
    assert api.last.query == {"paginated": ["true"], "user_id": ["user_1"], "status": ["active"], "limit": ["1"]}


def test_session_list_accepts_a_bare_array(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    session = fixture("session_created.json")["data"]
    api.enqueue("GET", "/v1/sessions", json=[session])
    page = clerk.sessions.get_session_list()
    assert isinstance(page, clerk_backend.PaginatedResponse)
    assert page.total_count is None and len(page.data) == 1


def test_get_and_revoke_session(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    session = fixture("session_created.json")["data"]
    api.enqueue("GET", f"/v1/sessions/{session['id']}", json=session)
    assert clerk.sessions.get_session(session["id"]).user_id == session["user_id"]
    revoked = dict(session, status="revoked")
    api.enqueue("POST", f"/v1/sessions/{session['id']}/revoke", json=revoked)
    assert clerk.sessions.revoke_session(session["id"]).status == "revoked"
    assert api.last.body == b""


def test_get_token_with_and_without_template(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    token = fixture("billing/token.json")
    api.enqueue("POST", "/v1/sessions/sess_1/tokens", json=token)
    result = clerk.sessions.get_token("sess_1")
    assert isinstance(result, clerk_backend.Token) and result.jwt == token["jwt"]
    assert api.last.body == b""
    api.enqueue("POST", "/v1/sessions/sess_1/tokens/supabase", json=token)
    clerk.sessions.get_token("sess_1", "supabase", expires_in_seconds=120)
    assert api.last.path == "/v1/sessions/sess_1/tokens/supabase"
    assert api.last.operation is not None and api.last.operation.operation_id == "CreateSessionTokenFromTemplate"
    assert api.last.json() == {"expires_in_seconds": 120}


def test_refresh_session_returns_token_or_cookies(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    args = {"expired_token": "eyJ.old", "refresh_token": "rt", "request_origin": "https://app.example.com"}
    api.enqueue("POST", "/v1/sessions/sess_1/refresh", json=fixture("billing/token.json"))
    assert isinstance(clerk.sessions.refresh_session("sess_1", **args), clerk_backend.Token)
    api.enqueue("POST", "/v1/sessions/sess_1/refresh", json=fixture("misc/cookies.json"))
    cookies = clerk.sessions.refresh_session("sess_1", format="cookie", suffixed_cookies=True, **args)
    assert isinstance(cookies, clerk_backend.Cookies)
    assert api.last.query == {"suffixed_cookies": ["true"]}
    assert api.last.json() == {**args, "format": "cookie"}


def test_create_and_verify_session(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    session = fixture("session_created.json")["data"]
    api.enqueue("POST", "/v1/sessions", json=session)
    clerk.sessions.create_session(user_id="user_1")
    assert api.last.json() == {"user_id": "user_1"}
    api.enqueue("POST", "/v1/sessions/sess_1/verify", json=session)
    assert isinstance(clerk.sessions.verify_session("sess_1", token="eyJ.t"), clerk_backend.Session)
    assert api.last.json() == {"token": "eyJ.t"}


# ---------------------------------------------------------------------------------------------
# organizations: the organization, memberships, invitations, domains


def test_organization_crud(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    org = fixture("orgs/organization.json")
    api.enqueue("POST", "/v1/organizations", json=org)
    created = clerk.organizations.create_organization(name="Zurich Robotics", created_by="user_1", slug="zr")
    assert isinstance(created, clerk_backend.Organization) and created.id == org["id"]
    assert api.last.json() == {"name": "Zurich Robotics", "created_by": "user_1", "slug": "zr"}
    api.enqueue("GET", "/v1/organizations/zr", json=org)
    clerk.organizations.get_organization("zr", include_members_count=True)
    assert api.last.query == {"include_members_count": ["true"]}
    clerk.organizations.update_organization(org["id"], max_allowed_memberships=50)
    assert (api.last.method, api.last.json()) == ("PATCH", {"max_allowed_memberships": 50})
    api.enqueue(
        "DELETE", f"/v1/organizations/{org['id']}", json={"object": "organization", "id": org["id"], "deleted": True}
    )
    assert clerk.organizations.delete_organization(org["id"]).deleted is True


def test_organization_memberships(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    membership = fixture("orgs/organization_membership.json")
    path = "/v1/organizations/org_1/memberships"
    api.enqueue("POST", path, json=membership)
    result = clerk.organizations.create_organization_membership("org_1", user_id="user_1", role="org:member")
    assert isinstance(result, clerk_backend.OrganizationMembership)
    assert api.last.json() == {"user_id": "user_1", "role": "org:member"}
    api.enqueue("GET", path, json={"data": [membership], "total_count": 1})
    page = clerk.organizations.get_organization_membership_list("org_1", order_by="-created_at", role=["org:admin"])
    assert page.data[0].public_user_data is not None
    assert api.last.query == {"order_by": ["-created_at"], "role": ["org:admin"]}
    api.enqueue("PATCH", f"{path}/user_1", json=membership)
    clerk.organizations.update_organization_membership("org_1", "user_1", role="org:admin")
    assert api.last.json() == {"role": "org:admin"}
    api.enqueue("PATCH", f"{path}/user_1/metadata", json=membership)
    clerk.organizations.update_organization_membership_metadata("org_1", "user_1", public_metadata={"t": 1})
    assert api.last.json() == {"public_metadata": {"t": 1}}
    api.enqueue("DELETE", f"{path}/user_1", json=membership)
    assert isinstance(
        clerk.organizations.delete_organization_membership("org_1", "user_1"), clerk_backend.OrganizationMembership
    )
    api.enqueue("GET", "/v1/organization_memberships", json={"data": [membership], "total_count": 1})
    assert clerk.organizations.get_instance_organization_membership_list(limit=5).total_count == 1


def test_organization_invitations(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    invitation = fixture("orgs/organization_invitation.json")
    path = "/v1/organizations/org_1/invitations"
    api.enqueue("POST", path, json=invitation)
    result = clerk.organizations.create_organization_invitation(
        "org_1", email_address="bob@example.com", role="org:member", inviter_user_id="user_1"
    )
    assert isinstance(result, clerk_backend.OrganizationInvitation)
    assert api.last.json() == {"email_address": "bob@example.com", "role": "org:member", "inviter_user_id": "user_1"}
    bulk = [
        {"email_address": "a@example.com", "role": "org:member"},
        {"email_address": "b@example.com", "role": "org:admin"},
    ]
    api.enqueue("POST", f"{path}/bulk", json={"data": [invitation, invitation], "total_count": 2})
    page = clerk.organizations.create_organization_invitation_bulk("org_1", invitations=bulk)
    assert len(page.data) == 2
    assert api.last.json() == bulk  # the body is the array itself
    api.enqueue("GET", path, json={"data": [invitation], "total_count": 1})
    clerk.organizations.get_organization_invitation_list("org_1", status=["pending"])
    assert api.last.query == {"status": ["pending"]}
    api.enqueue("POST", f"{path}/inv_1/revoke", json=invitation)
    clerk.organizations.revoke_organization_invitation("org_1", "inv_1", requesting_user_id="user_1")
    assert api.last.json() == {"requesting_user_id": "user_1"}


def test_organization_domains(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    domain = fixture("orgs/organization_domain.json")
    path = "/v1/organizations/org_1/domains"
    api.enqueue("POST", path, json=domain)
    result = clerk.organizations.create_organization_domain("org_1", name="zurich-robotics.ch", verified=False)
    assert isinstance(result, clerk_backend.OrganizationDomain) and result.name == domain["name"]
    assert api.last.json() == {"name": "zurich-robotics.ch", "verified": False}
    api.enqueue("GET", path, json={"data": [domain], "total_count": 1})
    page = clerk.organizations.get_organization_domain_list(
        "org_1", verified=True, enrollment_mode="automatic_invitation"
    )
    assert isinstance(page.data[0], clerk_backend.OrganizationDomain)
    assert api.last.query == {"verified": ["true"], "enrollment_mode": ["automatic_invitation"]}
    api.enqueue("PATCH", f"{path}/orgdmn_1", json=domain)
    clerk.organizations.update_organization_domain("org_1", "orgdmn_1", enrollment_mode="manual_invitation")
    assert api.last.json() == {"enrollment_mode": "manual_invitation"}
    deleted = {"object": "organization_domain", "id": "orgdmn_1", "deleted": True}
    api.enqueue("DELETE", f"{path}/orgdmn_1", json=deleted)
    assert isinstance(clerk.organizations.delete_organization_domain("org_1", "orgdmn_1"), clerk_backend.DeletedObject)


# ---------------------------------------------------------------------------------------------
# clients, invitations, email addresses, phone numbers, jwks


def test_clients(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    client = fixture("client.json")
    api.enqueue("GET", f"/v1/clients/{client['id']}", json=client)
    result = clerk.clients.get_client(client["id"])
    assert isinstance(result, clerk_backend.Client)
    assert result.sessions[1].latest_activity is not None
    api.enqueue("POST", "/v1/clients/verify", json=client)
    clerk.clients.verify_client(token="eyJ.client")
    assert api.last.json() == {"token": "eyJ.client"}
    api.enqueue("GET", "/v1/clients", json={"data": [client], "total_count": 1})
    page = clerk.clients.get_client_list(limit=1, offset=0)
    assert page.data[0].id == client["id"]
    assert api.last.query == {"paginated": ["true"], "limit": ["1"], "offset": ["0"]}
    api.enqueue("GET", "/v1/clients/handshake_payload", json=fixture("misc/handshake_payload.json"))
    payload = clerk.clients.get_handshake_payload(nonce="n0nce")
    assert isinstance(payload, clerk_backend.HandshakePayload) and payload.directives
    assert api.last.query == {"nonce": ["n0nce"]}


def test_invitations(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    invitation = fixture("orgs/invitation.json")
    api.enqueue("POST", "/v1/invitations", json=invitation)
    created = clerk.invitations.create_invitation(email_address="new@example.com", notify=False, expires_in_days=7)
    assert isinstance(created, clerk_backend.Invitation)
    assert api.last.json() == {"email_address": "new@example.com", "notify": False, "expires_in_days": 7}
    api.enqueue("POST", "/v1/invitations/bulk", json=[invitation, invitation])
    many = clerk.invitations.create_invitation_bulk(
        invitations=[{"email_address": "a@x.io"}, {"email_address": "b@x.io"}]
    )
    assert isinstance(many, list) and all(isinstance(i, clerk_backend.Invitation) for i in many)
    assert api.last.json() == [{"email_address": "a@x.io"}, {"email_address": "b@x.io"}]
    api.enqueue("GET", "/v1/invitations", json={"data": [invitation], "total_count": 4})
    page = clerk.invitations.get_invitation_list(status="pending", query="example.com")
    assert page.total_count == 4
    assert api.last.query == {"paginated": ["true"], "status": ["pending"], "query": ["example.com"]}
    api.enqueue("POST", "/v1/invitations/inv_1/revoke", json=dict(invitation, status="revoked", revoked=True))
    assert clerk.invitations.revoke_invitation("inv_1").status == "revoked"
    api.enqueue("DELETE", "/v1/invitations/inv_1", json={"object": "invitation", "id": "inv_1", "deleted": True})
    assert clerk.invitations.delete_invitation("inv_1").deleted is True


def test_email_addresses(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    email = fixture("users/user.json")["email_addresses"][0]
    api.enqueue("POST", "/v1/email_addresses", json=email)
    created = clerk.email_addresses.create_email_address(user_id="user_1", email_address="x@example.com", verified=True)
    assert isinstance(created, clerk_backend.EmailAddress) and created.id == email["id"]
    assert api.last.json() == {"user_id": "user_1", "email_address": "x@example.com", "verified": True}
    api.enqueue("GET", f"/v1/email_addresses/{email['id']}", json=email)
    assert clerk.email_addresses.get_email_address(email["id"]).email_address == email["email_address"]
    api.enqueue("PATCH", f"/v1/email_addresses/{email['id']}", json=email)
    clerk.email_addresses.update_email_address(email["id"], primary=True)
    assert api.last.json() == {"primary": True}
    api.enqueue("DELETE", "/v1/email_addresses/idn_1", json={"object": "email_address", "id": "idn_1", "deleted": True})
    assert isinstance(clerk.email_addresses.delete_email_address("idn_1"), clerk_backend.DeletedObject)


def test_phone_numbers(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    phone = fixture("users/user.json")["phone_numbers"][0]
    api.enqueue("POST", "/v1/phone_numbers", json=phone)
    created = clerk.phone_numbers.create_phone_number(user_id="user_1", phone_number="+41441234567", primary=True)
    assert isinstance(created, clerk_backend.PhoneNumber) and created.phone_number == phone["phone_number"]
    assert api.last.json() == {"user_id": "user_1", "phone_number": "+41441234567", "primary": True}
    api.enqueue("GET", f"/v1/phone_numbers/{phone['id']}", json=phone)
    assert clerk.phone_numbers.get_phone_number(phone["id"]).id == phone["id"]
    api.enqueue("PATCH", f"/v1/phone_numbers/{phone['id']}", json=phone)
    clerk.phone_numbers.update_phone_number(phone["id"], reserved_for_second_factor=True)
    assert api.last.json() == {"reserved_for_second_factor": True}
    api.enqueue("DELETE", "/v1/phone_numbers/idn_2", json={"object": "phone_number", "id": "idn_2", "deleted": True})
    assert clerk.phone_numbers.delete_phone_number("idn_2").object == "phone_number"


def test_jwks_feeds_token_verification(api: MockClerkAPI, clerk: clerk_backend.Clerk) -> None:
    clerk_fixtures = fixture("jwt/clerk_fixtures.json")
    api.enqueue("GET", "/v1/jwks", json=clerk_fixtures["mock_jwks"])
    jwks = clerk.jwks.get_jwks()
    assert jwks == clerk_fixtures["mock_jwks"]
    claims = clerk_backend.verify_token(clerk_fixtures["mock_jwt"], jwks=jwks, now=clerk_fixtures["iat"])
    assert claims.sub == "user_2GIpXOEpVyJw51rkZn9Kmnc6Sxr"


def test_the_same_calls_async(api: MockClerkAPI) -> None:
    user = fixture("users/user.json")
    membership = fixture("orgs/organization_membership.json")
    api.enqueue("GET", "/v1/users/user_1", json=user)
    api.enqueue("GET", "/v1/organizations/org_1/memberships", json={"data": [membership], "total_count": 1})
    api.enqueue("POST", "/v1/users/user_1/profile_image", json=user)

    async def main() -> tuple[Any, Any, Any]:
        async with clerk_backend.AsyncClerk(SECRET, api_url=api.url) as clerk:
            return await asyncio.gather(
                clerk.users.get_user("user_1"),
                clerk.organizations.get_organization_membership_list("org_1"),
                clerk.users.update_user_profile_image("user_1", file=("a.png", b"img", "image/png")),
            )

    got_user, page, updated = asyncio.run(main())
    assert got_user == clerk_backend.User.from_json(user)
    assert isinstance(page.data[0], clerk_backend.OrganizationMembership)
    assert isinstance(updated, clerk_backend.User)
    upload = next(r for r in api.requests if r.path.endswith("profile_image"))
    assert [(p.name, p.filename, p.data) for p in upload.multipart()] == [("file", "a.png", b"img")]
