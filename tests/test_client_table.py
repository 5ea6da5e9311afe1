"""The endpoint table against the OpenAPI document, and the generated client stub against mypy."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from mock_clerk_api import find_operation

import clerk_backend
from clerk_backend import _endpoints
from clerk_backend._endpoints import ENDPOINTS, Endpoint

ROOT = Path(__file__).resolve().parent.parent

# Query parameters @clerk/backend sends that the OpenAPI document does not list for that operation.
QUERY_NOT_IN_SPEC = {
    ("sessions", "refresh_session", "suffixed_cookies"),
}


def _concrete(endpoint: Endpoint) -> str:
    path = endpoint.spec_path
    for p in endpoint.path_params:
        path = path.replace("{" + p.name + "}", f"{p.name}_1")
    return ("/v1" if endpoint.uses_v1 else "") + path


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.in_spec], ids=lambda e: f"{e.group}.{e.name}")
def test_parameters_follow_the_spec(endpoint: Endpoint) -> None:
    operation = find_operation(endpoint.method, _concrete(endpoint))
    assert operation is not None
    assert len(operation.path_params) == len(endpoint.path_params)
    for p in endpoint.params:
        if p.where == "query" and (endpoint.group, endpoint.name, p.name) not in QUERY_NOT_IN_SPEC:
            assert p.wire in operation.query_params, f"{p.name} is not a query parameter of {operation.operation_id}"
        if p.where in ("body", "body_array"):
            assert "application/json" in operation.body_content_types
        if p.where in ("file", "form"):
            assert "multipart/form-data" in operation.body_content_types
    for name, _ in endpoint.fixed_query:
        assert name in operation.query_params
    if endpoint.response_kind == "none":
        assert operation.success_status == 204 or operation.example is None


def test_the_declaration_notation_is_checked() -> None:
    with pytest.raises(ValueError, match="cannot read parameter"):
        _endpoints.endpoint("g", "m", "GET", "/x", returns="None", params=("z nope: str",))
    with pytest.raises(ValueError, match="cannot read parameter"):
        _endpoints.endpoint("g", "m", "GET", "/x", returns="None", params=("q nope: str",))  # the old one-letter codes
    with pytest.raises(ValueError, match="duplicate"):
        _endpoints.endpoint("g", "m", "GET", "/x/{a}", returns="None", params=("query a: str",))
    with pytest.raises(ValueError, match="only the last path segment"):
        _endpoints.endpoint("g", "m", "GET", "/x/{a?}/y", returns="None")
    declared = _endpoints.endpoint(
        "g",
        "m",
        "POST",
        "/x/{a}/{b?}",
        returns="paginated:User",
        params=("required body from_: str", "header idempotency_key: str", "whole_body items: list[str]"),
    )
    assert [p.required for p in declared.path_params] == [True, False]
    assert [(p.where, p.required) for p in declared.params] == [
        ("body", True),
        ("header", False),
        ("body_array", False),
    ]
    assert [p.wire for p in declared.params] == ["from", "Idempotency-Key", "items"]
    assert declared.response_kind == "paginated" and declared.model == "User"


def test_every_declared_model_exists() -> None:
    for endpoint in ENDPOINTS:
        if endpoint.model is not None:
            assert isinstance(getattr(clerk_backend, endpoint.model), type), endpoint.model


def test_the_stub_gives_precise_types(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: pip install --require-hashes -r requirements-dev.txt")
    code = textwrap.dedent(
        """
        import clerk_backend

        def sync() -> None:
            with clerk_backend.Clerk("sk_test") as clerk:
                reveal_type(clerk.users.get_user("user_1"))
                reveal_type(clerk.users.get_user_list(limit=10, email_address=["a@b.co"]))
                reveal_type(clerk.users.delete_user("user_1"))
                reveal_type(clerk.users.get_count())
                reveal_type(clerk.invitations.create_invitation_bulk(invitations=[{"email_address": "a@b.co"}]))
                reveal_type(clerk.sessions.get_token("sess_1"))
                for member in clerk.paginate(clerk.organizations.get_organization_membership_list, "org_1"):
                    reveal_type(member)
                clerk.users.get_user(1)
                clerk.users.get_user_list(limit="10")
                clerk.users.verify_password("user_1")

        async def asynchronous() -> None:
            async with clerk_backend.AsyncClerk() as clerk:
                reveal_type(await clerk.organizations.get_organization("org_1"))
                async for user in clerk.paginate(clerk.users.get_user_list):
                    reveal_type(user)
        """
    )
    path = tmp_path / "use_client.py"
    path.write_text(code, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    # mypy on CPython 3.9 spells builtins with their module ("builtins.int").
    out = result.stdout.replace("clerk_backend._native.", "").replace("builtins.", "")
    revealed = [line.split('Revealed type is "')[1].rstrip('"') for line in out.splitlines() if "Revealed type" in line]
    assert revealed == [
        "User",
        "PaginatedResponse[User]",
        "DeletedObject",
        "int",
        "list[Invitation]",
        "Token",
        "OrganizationMembership",
        "Organization",
        "User",
    ], out
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 3, out
    assert 'Argument 1 to "get_user" of "UsersAPI" has incompatible type "int"' in errors[0]
    assert '"limit"' in errors[1]
    assert 'Missing named argument "password"' in errors[2]
