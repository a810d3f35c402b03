"""Final POS API: async client, pydantic wire models, errors, and the catalog mapping.

from kiosk.finalpos import FinalPosClient, models, errors
async with FinalPosClient.create(base_url=url, api_key=key, timeout_s=10) as client:
    order = await client.create_order(models.OrderCreate(...))
"""

from kiosk.finalpos import errors, models
from kiosk.finalpos.client import FinalPosClient, ListStats, build_http_client
from kiosk.finalpos.errors import (
    AuthError,
    FinalPosError,
    NotFoundError,
    ProtocolError,
    UnavailableError,
    ValidationError,
)

__all__ = [
    "AuthError",
    "FinalPosClient",
    "FinalPosError",
    "ListStats",
    "NotFoundError",
    "ProtocolError",
    "UnavailableError",
    "ValidationError",
    "build_http_client",
    "errors",
    "models",
]
