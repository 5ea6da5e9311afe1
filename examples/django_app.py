"""Clerk in a single-file Django app: a webhook view, and a middleware that sets ``request.auth``.

    CLERK_WEBHOOK_SIGNING_SECRET=whsec_... CLERK_JWT_KEY="$(cat jwt-public-key.pem)" python examples/django_app.py

Both values are in the Clerk Dashboard (the webhook endpoint's signing secret; API keys → JWT public key).
Set CLERK_AUTHORIZED_PARTIES to your frontend's origins (comma-separated) to refuse tokens minted for other sites.
Tokens are checked without a network call. Serves 127.0.0.1:8000, or the port in PORT. In a project, the
middleware and the views go in your app, and the middleware's dotted path in settings.MIDDLEWARE.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

import clerk_backend

settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    MIDDLEWARE=["django.middleware.csrf.CsrfViewMiddleware", f"{__name__}.ClerkAuthMiddleware"],
)

WEBHOOK = clerk_backend.Webhook(os.environ["CLERK_WEBHOOK_SIGNING_SECRET"])
JWT_KEY = clerk_backend.JwtKey.from_pem(os.environ["CLERK_JWT_KEY"])  # parsed once, at startup
AUTHORIZED_PARTIES = [p.strip() for p in os.environ.get("CLERK_AUTHORIZED_PARTIES", "").split(",") if p.strip()]


class ClerkRequest(HttpRequest):
    """What the middleware adds to every request (for type checkers; the object is a plain request)."""

    auth: clerk_backend.SessionClaims | None  # None when signed out
    auth_reason: str | None  # why it is None, e.g. "session-token-missing" or "token-expired"


class ClerkAuthMiddleware:
    """Set ``request.auth`` from the session token (Authorization: Bearer, or the __session cookie)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: ClerkRequest) -> HttpResponse:
        state = clerk_backend.authenticate_request(
            request.headers, cookies=request.COOKIES, jwt_key=JWT_KEY, authorized_parties=AUTHORIZED_PARTIES
        )
        request.auth = state.claims if state.is_signed_in else None
        request.auth_reason = state.reason
        return self.get_response(request)


@require_GET
def me(request: ClerkRequest) -> HttpResponse:
    claims = request.auth
    if claims is None:
        return JsonResponse({"detail": request.auth_reason}, status=401, headers={"WWW-Authenticate": "Bearer"})
    return JsonResponse(
        {"user_id": claims.sub, "session_id": claims.sid, "org_id": claims.org_id, "org_role": claims.org_role}
    )


@csrf_exempt  # the signature, not a CSRF token, proves where the request comes from
@require_POST
def clerk_webhook(request: HttpRequest) -> HttpResponse:
    try:  # the raw bytes, as sent: re-serialized JSON would not match the signature
        event = WEBHOOK.verify(request.body, request.headers)
    except clerk_backend.WebhookVerificationError as exc:
        if exc.reason != "invalid-payload":  # not signed by Clerk with this endpoint's secret
            return JsonResponse({"detail": exc.reason}, status=400)
        # Signed by Clerk but not an event at all: a 4xx would only make Clerk resend it, for days.
        print(f"unreadable webhook: {exc}", file=sys.stderr)
        return HttpResponse(status=204)
    # A verified event always comes here, even when Clerk's payload has drifted from the types this
    # version knows: such a field raises ParseError when read, and problems() lists them all.
    for problem in clerk_backend.problems(event):
        print(f"warning: {problem}", file=sys.stderr)
    try:
        if isinstance(event, clerk_backend.UserEvent):  # event.data is a clerk_backend.User
            email = event.data.primary_email_address
            print(f"{event.type}: {event.data.id} <{email.email_address if email else 'no email'}>")
        elif isinstance(event, clerk_backend.DeletedEvent):  # a DeletedObject: only its object and id are left
            print(f"{event.type}: {event.data.object} {event.data.id} is gone")
        else:  # SessionEvent, OrganizationEvent, ...: one subclass per kind of event (see the README)
            print(f"{event.type}: {type(event).__name__}, not handled")
    except clerk_backend.ParseError as exc:  # a field this handler needs did not fit its type
        print(f"cannot handle {event.raw.get('type')!r}: {exc}", file=sys.stderr)
    return HttpResponse(status=204)


urlpatterns = [path("me", me), path("webhooks/clerk", clerk_webhook)]
application = get_wsgi_application()  # for a WSGI server: gunicorn django_app:application

if __name__ == "__main__":
    from wsgiref.simple_server import make_server

    with make_server("127.0.0.1", int(os.environ.get("PORT", "8000")), application) as server:
        print(f"Serving on http://127.0.0.1:{server.server_port}", flush=True)
        server.serve_forever()
