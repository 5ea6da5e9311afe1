"""A urllib opener that never follows a redirect (imported only when a request is made).

A request carrying a secret key must not be replayed to wherever a 3xx answer points; the 3xx
comes back as an ``HTTPError`` for the caller to report.
"""

from __future__ import annotations

import urllib.request
from typing import Any


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(NoRedirect())
