"""The package's facts, each stated once: the Backend API's address and version, the
User-Agent, the environment variables read, and the webhook defaults (the last two come from
the Rust core, which uses them too).

Every module that needs one of these imports it from here; tests/test_one_source.py checks that
no other module states them again.
"""

from __future__ import annotations

from ._native import _DEFAULT_TOLERANCE_SECONDS, _WEBHOOK_SECRET_ENV, __version__

#: The Backend API, unless ``api_url`` or ``CLERK_API_URL`` says otherwise.
API_URL = "https://api.clerk.com"
#: The ``Clerk-API-Version`` header every request sends.
API_VERSION = "2026-05-12"
#: The ``User-Agent`` header every request sends (the client, JWKS fetches, machine tokens).
USER_AGENT = f"clerk-backend-python/{__version__}"

#: Environment variables, read when the argument they stand for is not passed.
API_URL_ENV = "CLERK_API_URL"
SECRET_KEY_ENV = "CLERK_SECRET_KEY"
JWT_KEY_ENV = "CLERK_JWT_KEY"
PUBLISHABLE_KEY_ENV = "CLERK_PUBLISHABLE_KEY"
MACHINE_SECRET_KEY_ENV = "CLERK_MACHINE_SECRET_KEY"
WEBHOOK_SECRET_ENV: str = _WEBHOOK_SECRET_ENV

#: How far a webhook's signed timestamp may be from now, either way, unless ``tolerance_seconds``
#: says otherwise.
DEFAULT_TOLERANCE_SECONDS: int = _DEFAULT_TOLERANCE_SECONDS
