"""Clerk in a single-file Django app: a view that needs a permission, and a webhook view (clerk_backend.django).
In a project, MIDDLEWARE is in settings.py, get_wsgi_application in wsgi.py and urlpatterns in urls.py.

    CLERK_JWT_KEY="$(cat jwt-public-key.pem)" CLERK_WEBHOOK_SIGNING_SECRET=whsec_... python examples/django_app.py

CLERK_JWT_KEY (or CLERK_SECRET_KEY) and the webhook signing secret are in the Clerk Dashboard; set
CLERK_AUTHORIZED_PARTIES to your frontend's origins (comma-separated); in a project the CLERK_* values may
also be settings. Serves 127.0.0.1:8000, or PORT.
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import path

from clerk_backend import UserEvent, VerifiedWebhook, WebhookEvent
from clerk_backend.django import get_auth, permission_required, webhook_view

MIDDLEWARE = ["clerk_backend.django.ClerkMiddleware"]  # sets request.clerk_auth; a bad key fails at startup
settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["127.0.0.1", "localhost"], MIDDLEWARE=MIDDLEWARE)


@permission_required("org:invoices:read")
def invoices(request: HttpRequest) -> HttpResponse:
    return JsonResponse({"user_id": get_auth(request).user_id, "org_id": get_auth(request).org_id})  # typed


@webhook_view  # CSRF-exempt, POST only
def clerk_webhook(request: HttpRequest, message: VerifiedWebhook[WebhookEvent]) -> None:  # None answers 204
    event = message.event  # typed; message.id is the svix-id, the same for every redelivery
    print(f"{event.type}: {event.data.id if isinstance(event, UserEvent) else type(event).__name__} ({message.id})")


urlpatterns = [path("invoices", invoices), path("webhooks/clerk", clerk_webhook)]
application = get_wsgi_application()  # for a WSGI server: gunicorn django_app:application

if __name__ == "__main__":
    import os
    from wsgiref.simple_server import make_server

    with make_server("127.0.0.1", int(os.environ.get("PORT", "8000")), application) as server:
        print(f"Serving on http://127.0.0.1:{server.server_port}", flush=True)
        server.serve_forever()
