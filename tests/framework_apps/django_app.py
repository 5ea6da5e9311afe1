"""The Django test app of tests/test_frameworks.py: ``python django_app.py`` serves it over WSGI (wsgiref:
the middleware and views run sync), with DJANGO_SERVER=asgi over ASGI (uvicorn: they run async)."""

from __future__ import annotations

import os
from typing import Any

import django
from common import fake_handshakes, webhook_line
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path

from clerk_backend import Auth, VerifiedWebhook, WebhookEvent
from clerk_backend.django import get_auth, login_required, permission_required, require, webhook_view

fake_handshakes()
settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1"],
    MIDDLEWARE=["clerk_backend.django.ClerkMiddleware"],
    CLERK_WEBHOOK_SIGNING_SECRET=os.environ.get("TEST_DJANGO_WEBHOOK_SECRET"),  # a setting wins
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": ["clerk_backend.django.ClerkAuthentication"],
        "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
        "UNAUTHENTICATED_USER": None,
    },
)
django.setup()  # before DRF is imported
MACHINES = ["session_token", "api_key", "m2m_token"]


def who(request: HttpRequest) -> JsonResponse:
    auth: Auth = get_auth(request)
    assert request.clerk_auth is auth  # type: ignore[attr-defined]
    return JsonResponse({"status": auth.status, "token_type": auth.token_type, "user_id": auth.user_id})


@login_required
def me(request: HttpRequest) -> HttpResponse:
    return who(request)


def optional(request: HttpRequest) -> HttpResponse:  # the middleware's auth object, signed out or not
    auth = get_auth(request)
    return JsonResponse({"status": auth.status, "reason": getattr(auth, "reason", None), "user_id": auth.user_id})


@permission_required("org:invoices:read")
def invoices(request: HttpRequest) -> HttpResponse:
    return who(request)


@require(role="admin")
async def admin(request: HttpRequest) -> HttpResponse:  # an async view
    return who(request)


@require(accepts_token=MACHINES)
def machine(request: HttpRequest) -> HttpResponse:
    return who(request)


@webhook_view
def clerk_webhook(request: HttpRequest, message: VerifiedWebhook[WebhookEvent]) -> None:
    print(webhook_line(message), flush=True)


def drf_views() -> list[Any]:
    from rest_framework.request import Request
    from rest_framework.response import Response
    from rest_framework.views import APIView

    from clerk_backend.django import ClerkAuthentication, Has, IsSignedIn

    class DrfInvoices(APIView):
        permission_classes = (IsSignedIn, Has(permission="org:invoices:read"))

        def get(self, request: Request) -> Response:
            auth = request.auth  # DRF's own request.auth: the Clerk auth object
            return Response({"user": str(request.user), "token_type": auth.token_type, "drf_auth": True})

    class MachineAuthentication(ClerkAuthentication):
        accepts_token = MACHINES

    class DrfMachine(APIView):
        authentication_classes = (MachineAuthentication,)
        permission_classes = (IsSignedIn,)

        def get(self, request: Request) -> Response:
            return Response({"user": str(request.user), "token_type": request.auth.token_type})

    return [path("drf/invoices", DrfInvoices.as_view()), path("drf/machine", DrfMachine.as_view())]


urlpatterns = [
    path("me", me),
    path("optional", optional),
    path("invoices", invoices),
    path("admin", admin),
    path("machine", machine),
    path("webhooks/clerk", clerk_webhook),
    *drf_views(),
]

if __name__ == "__main__":
    if os.environ.get("DJANGO_SERVER") == "asgi":
        import uvicorn
        from django.core.asgi import get_asgi_application

        uvicorn.run(get_asgi_application(), host="127.0.0.1", port=int(os.environ.get("PORT", "8000")))
    else:
        from wsgiref.simple_server import WSGIRequestHandler, make_server

        from django.core.wsgi import get_wsgi_application

        class Quiet(WSGIRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

        with make_server(
            "127.0.0.1", int(os.environ.get("PORT", "8000")), get_wsgi_application(), handler_class=Quiet
        ) as server:
            print(f"Serving on http://127.0.0.1:{server.server_port}", flush=True)
            server.serve_forever()
