"""Deliberate misuse of clerk_backend's public API: every marked line must be reported by both checkers.

A line that ends in an ``expect:`` comment naming a mypy error code and a pyright rule (the
marker) must get an error with that code from mypy and with that rule from pyright, and no
other line of this file may get any error.
tests/test_typing.py checks this for ``mypy --strict`` and for pyright in strict mode. If a
stub turned a precise type into ``Any``, the line using it would go quiet and the test would fail.

Each case sits in its own function so that one mistake cannot hide or cause another.
"""

from __future__ import annotations

import clerk_backend
from clerk_backend import (
    PaginatedResponse,
    ParseError,
    Session,
    SessionClaims,
    SessionEvent,
    User,
    UserEvent,
    VerifiedWebhook,
    WebhookEvent,
    WebhookVerificationError,
    verify_token,
)


def send_mail(address: str) -> None:
    print(address)


def wrong_attribute(user: User) -> str:
    return user.email  # expect: attr-defined reportAttributeAccessIssue


def optional_nested_model_not_checked(user: User) -> str:
    return user.primary_email_address.email_address  # expect: union-attr reportOptionalMemberAccess


def optional_verification_not_checked(user: User) -> str:
    return user.email_addresses[0].verification.status  # expect: union-attr reportOptionalMemberAccess


def optional_string_passed_on(user: User) -> None:
    send_mail(user.first_name)  # expect: arg-type reportArgumentType


def optional_activity_not_checked(session: Session) -> str | None:
    return session.latest_activity.city  # expect: union-attr reportOptionalMemberAccess


def wrong_argument_type_to_from_json() -> User:
    return User.from_json(42)  # expect: arg-type reportArgumentType


def list_of_dicts_to_from_json(items: list[dict[str, object]]) -> User:
    return User.from_json(items)  # expect: arg-type reportArgumentType


def assign_to_read_only_property(user: User) -> None:
    user.first_name = "Jane"  # expect: misc reportAttributeAccessIssue


def lists_are_tuples(user: User) -> None:
    user.email_addresses.append(user.email_addresses[0])  # expect: attr-defined reportAttributeAccessIssue


def timestamps_are_ints(user: User) -> str:
    return user.created_at.isoformat()  # expect: attr-defined reportAttributeAccessIssue


def wrong_literal_compare(event: UserEvent) -> bool:
    return event.type == "user.deleted"  # expect: comparison-overlap reportUnnecessaryComparison


def misspelled_event_class(event: WebhookEvent) -> bool:
    return isinstance(event, clerk_backend.UserEvnt)  # expect: attr-defined reportAttributeAccessIssue


def misspelled_event_attribute(event: WebhookEvent) -> str:
    return event.instanceid  # expect: attr-defined reportAttributeAccessIssue


def user_attribute_on_a_session_event(event: WebhookEvent) -> str | None:
    if isinstance(event, SessionEvent):
        return event.data.full_name  # expect: attr-defined reportAttributeAccessIssue
    return None


def method_missing_on_narrowed_event(event: WebhookEvent) -> None:
    if isinstance(event, UserEvent):
        event.verify()  # expect: attr-defined reportAttributeAccessIssue


def event_type_is_not_an_int(event: SessionEvent) -> int:
    return event.type  # expect: return-value reportReturnType


def parse_error_has_no_reason(body: bytes) -> str:
    try:
        User.from_json(body)
    except ParseError as exc:
        return exc.reason  # expect: attr-defined reportAttributeAccessIssue
    return ""


def webhook_error_has_no_path(exc: WebhookVerificationError) -> str:
    return exc.path  # expect: attr-defined reportAttributeAccessIssue


def request_state_claims_not_checked(headers: dict[str, str]) -> str:
    state = clerk_backend.authenticate_request(headers)
    return state.claims.sub  # expect: union-attr reportOptionalMemberAccess


def request_status_typo(headers: dict[str, str]) -> bool:
    state = clerk_backend.authenticate_request(headers)
    return state.status == "signed_in"  # expect: comparison-overlap reportUnnecessaryComparison


def metadata_may_be_none(user: User) -> object:
    return user.public_metadata["plan"]  # expect: index reportOptionalSubscript


def verify_needs_the_headers(webhook: clerk_backend.Webhook, body: bytes) -> WebhookEvent:
    return webhook.verify(body)  # expect: call-arg reportCallIssue


def expiry_is_a_float(claims: SessionClaims) -> int:
    return claims.exp  # expect: return-value reportReturnType


def misspelled_keyword_argument(token: str) -> SessionClaims:
    return verify_token(token, authorised_parties=["https://app.example.com"])  # expect: call-arg reportCallIssue


def key_option_of_the_wrong_type(token: str) -> SessionClaims:
    return verify_token(token, jwt_key=b"-----BEGIN PUBLIC KEY-----")  # expect: arg-type reportArgumentType


def tolerance_as_a_string(secret: str) -> clerk_backend.Webhook:
    return clerk_backend.Webhook(secret, tolerance_seconds="300")  # expect: arg-type reportArgumentType


def page_total_may_be_missing(page: PaginatedResponse[User]) -> int:
    return page.total_count + 1  # expect: operator reportOptionalOperand


class MyUser(User):  # expect: misc reportGeneralTypeIssues
    pass


def misspelled_failure_reason(exc: WebhookVerificationError) -> bool:
    return exc.reason == "missing-header"  # expect: comparison-overlap reportUnnecessaryComparison


def headers_of_the_wrong_type() -> bool:
    return clerk_backend.authenticate_request(42, jwt_key="pem").is_signed_in  # expect: arg-type reportArgumentType


# Auth objects and machine tokens (clerk_backend.auth, clerk_backend.machine).


def user_id_of_any_auth_may_be_none(auth: clerk_backend.Auth) -> str:
    return auth.user_id  # expect: return-value reportReturnType


def claims_of_a_session_or_signed_out_auth_may_be_none(
    auth: clerk_backend.SessionAuth | clerk_backend.SignedOutAuth,
) -> str:
    return auth.claims.sub  # expect: union-attr reportOptionalMemberAccess


def signed_in_is_not_only_sessions(auth: clerk_backend.Auth) -> str | None:
    if auth.status == "signed-in":
        return auth.session_id  # expect: union-attr reportAttributeAccessIssue
    return None


def auth_status_typo(auth: clerk_backend.Auth) -> bool:
    return auth.status == "signed_in"  # expect: comparison-overlap reportUnnecessaryComparison


def has_takes_keywords(auth: clerk_backend.SessionAuth) -> bool:
    return auth.has("org:admin")  # expect: call-arg reportCallIssue


def reverification_preset_typo(auth: clerk_backend.SessionAuth) -> bool:
    return auth.has(reverification="very_strict")  # expect: arg-type reportArgumentType


def machine_reason_typo(error: clerk_backend.MachineTokenVerificationError) -> bool:
    return error.reason == "token-not-found"  # expect: comparison-overlap reportUnnecessaryComparison


def machine_model_needs_narrowing(token: str) -> str:
    return clerk_backend.verify_machine_token(token).name  # expect: union-attr reportAttributeAccessIssue


def message_timestamp_is_an_int(message: VerifiedWebhook[WebhookEvent]) -> str:
    return message.timestamp  # expect: return-value reportReturnType


def message_event_not_narrowed(message: VerifiedWebhook[WebhookEvent]) -> VerifiedWebhook[UserEvent]:
    return message  # expect: return-value reportReturnType


def headers_are_not_a_string(headers: str) -> clerk_backend.Headers:
    return headers  # expect: return-value reportReturnType


def request_state_reason_typo(state: clerk_backend.RequestState) -> bool:
    return state.reason == "token-type-missmatch"  # expect: comparison-overlap reportUnnecessaryComparison


def accepts_token_typo(headers: dict[str, str]) -> bool:
    state = clerk_backend.authenticate_request(headers, accepts_token="apikey")  # expect: arg-type reportArgumentType
    return state.is_signed_in


def add_header(state: clerk_backend.RequestState) -> None:
    state.headers.append(("Location", "/"))  # expect: attr-defined reportAttributeAccessIssue


def wrong_status(state: clerk_backend.RequestState) -> bool:
    return state.status == "redirect"  # expect: comparison-overlap reportUnnecessaryComparison
