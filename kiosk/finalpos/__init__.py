"""Final POS API: async client, pydantic wire models, errors, and the catalog mapping.

from kiosk.finalpos import FinalPosClient, models, errors
async with FinalPosClient.create(base_url=url, api_key=key, timeout_s=10) as client:
    order = await client.create_order(models.OrderCreate(...))

The exports load on first use (PEP 562), so importing a light submodule such as
`kiosk.finalpos.gcpause` does not pay for httpx and the pydantic wire models; the kiosk's
startup reads its menu cache before either is needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.finalpos import errors, models
    from kiosk.finalpos.client import FinalPosClient
    from kiosk.finalpos.errors import (
        AuthError,
        FinalPosError,
        NotFoundError,
        ProtocolError,
        UnavailableError,
        UnreadableAnswerError,
        ValidationError,
    )
    from kiosk.finalpos.paging import ListStats
    from kiosk.finalpos.transport import build_http_client

_EXPORTS = {
    "AuthError": "kiosk.finalpos.errors",
    "FinalPosClient": "kiosk.finalpos.client",
    "FinalPosError": "kiosk.finalpos.errors",
    "ListStats": "kiosk.finalpos.paging",
    "NotFoundError": "kiosk.finalpos.errors",
    "ProtocolError": "kiosk.finalpos.errors",
    "UnavailableError": "kiosk.finalpos.errors",
    "UnreadableAnswerError": "kiosk.finalpos.errors",
    "ValidationError": "kiosk.finalpos.errors",
    "build_http_client": "kiosk.finalpos.transport",
}
_SUBMODULES = frozenset({"errors", "models"})

__all__ = [
    "AuthError",
    "FinalPosClient",
    "FinalPosError",
    "ListStats",
    "NotFoundError",
    "ProtocolError",
    "UnavailableError",
    "UnreadableAnswerError",
    "ValidationError",
    "build_http_client",
    "errors",
    "models",
]


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
