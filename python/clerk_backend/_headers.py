"""The type of the request headers that ``Webhook.verify`` and ``authenticate_request`` accept."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Protocol, Union

__all__ = ["Headers"]


class _SupportsItems(Protocol):
    def items(self) -> Iterable[tuple[Any, Any]]: ...


#: Request headers as any web framework hands them over: a mapping (``dict``, Starlette's
#: ``Headers``, Django's ``request.headers``, ``http.client.HTTPMessage``, anything with
#: ``items()``), or an iterable of ``(name, value)`` pairs, names and values ``str`` or ``bytes``
#: (as ASGI sends them; bytes are Latin-1). One rule finds a header, for ``authenticate_request``,
#: ``Webhook.verify`` and the CLI alike: names match ASCII case-insensitively after surrounding
#: ASCII whitespace is trimmed; values are trimmed of spaces and tabs, and an empty value counts
#: as absent; of a repeated header, the first non-empty value wins. Pairs that are not two
#: ``str``/``bytes`` items are skipped.
Headers = Union[_SupportsItems, Iterable[tuple[Union[str, bytes], Union[str, bytes]]]]
