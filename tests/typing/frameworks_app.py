"""The framework modules as typed user code uses them: checked like app.py (mypy --strict and pyright
strict report nothing). The auth a route receives is typed without a cast: ``SessionAuth`` by default,
``SessionAuth | MachineAuth`` where ``accepts_token`` allows machine tokens; webhook handlers get a
``VerifiedWebhook`` whose event narrows with ``isinstance``.
"""

from __future__ import annotations

from typing import Annotated, Any

import django.http
import fastapi
import flask
from flask.typing import ResponseReturnValue

import clerk_backend.django
import clerk_backend.fastapi
import clerk_backend.flask
from clerk_backend import Auth, MachineAuth, SessionAuth, UserEvent, VerifiedWebhook, WebhookEvent

# FastAPI
api = clerk_backend.fastapi.Clerk(jwt_key="PEM", authorized_parties=["https://app.example.com"])
app = fastapi.FastAPI()
app.add_middleware(clerk_backend.fastapi.ClerkMiddleware)  # the cookie flow's Set-Cookie on a Response built by a route
Reader = Annotated[SessionAuth, fastapi.Depends(api.require(permission="org:invoices:read"))]
Service = Annotated[
    clerk_backend.fastapi.SignedInAuth, fastapi.Depends(api.require(accepts_token=["session_token", "api_key"]))
]
Anyone = Annotated[Auth, fastapi.Depends(api.optional())]
Message = Annotated[VerifiedWebhook[WebhookEvent], fastapi.Depends(api.webhook)]


@app.get("/invoices")
def invoices(auth: Reader) -> dict[str, str | None]:
    return {"user_id": auth.user_id, "org_id": auth.org_id, "role": auth.org_role}


@app.get("/service")
def service(auth: Service) -> str:
    if isinstance(auth, MachineAuth):
        return f"{auth.token_type} {auth.subject} {','.join(auth.scopes)}"
    return auth.user_id


@app.get("/anyone")
async def anyone(request: fastapi.Request, auth: Anyone) -> str | None:
    again: Auth = await api.authenticate(request)
    return auth.reason if auth.status == "signed-out" else again.user_id


@app.post("/webhooks/clerk", status_code=204)
def webhook(message: Message) -> None:
    seen: set[str] = {message.id}
    if isinstance(message.event, UserEvent):
        seen.add(message.event.data.id)


# Flask
flask_app = flask.Flask(__name__)
extension = clerk_backend.flask.Clerk(flask_app, jwt_key="PEM")


@flask_app.get("/invoices")
@extension.require(role="admin", plan="pro")
def flask_invoices() -> dict[str, Any]:
    auth = clerk_backend.flask.get_auth()
    return {"user_id": auth.user_id, "allowed": auth.has(permission="org:invoices:read")}


@flask_app.get("/orgs/<org_id>")
@extension.require(feature="o:reports")
def flask_org(org_id: str) -> str:
    return org_id


@flask_app.post("/webhooks/clerk")
@extension.webhook
def flask_webhook(message: VerifiedWebhook[WebhookEvent]) -> ResponseReturnValue | None:
    if message.event.type == "user.deleted":
        return {"deleted": message.id}, 200
    return None


# Django
@clerk_backend.django.require(permission="org:invoices:read")
def django_invoices(request: django.http.HttpRequest) -> django.http.HttpResponse:
    auth = clerk_backend.django.get_auth(request)
    return django.http.JsonResponse({"user_id": auth.user_id})


@clerk_backend.django.login_required
async def django_me(request: django.http.HttpRequest) -> django.http.HttpResponse:
    return django.http.HttpResponse(clerk_backend.django.get_auth(request).user_id or "")


@clerk_backend.django.webhook_view
def django_webhook(request: django.http.HttpRequest, message: VerifiedWebhook[WebhookEvent]) -> None:
    print(message.id, message.timestamp, message.event.type)


@clerk_backend.django.webhook_view
async def django_async_webhook(
    request: django.http.HttpRequest, message: VerifiedWebhook[WebhookEvent]
) -> django.http.HttpResponse:
    return django.http.HttpResponse(message.id)


views: list[Any] = [django_invoices, django_me, django_webhook, django_async_webhook]
