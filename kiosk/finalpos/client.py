"""Async Final POS API client over an injected `httpx.AsyncClient`.

One class, `FinalPosClient`, one method per operation the kiosk uses, in two groups over one
core:

- `kiosk.finalpos.client_base.ClientBase`: construction (`create`, `from_settings`), the
  lifecycle (`aclose`, ``async with``) and the request plumbing over `kiosk.finalpos.transport`
  (the `x-api-key` header, an explicit timeout and a total deadline per request, retries only
  for GETs, failures mapped to the tree in `kiosk.finalpos.errors`) and
  `kiosk.finalpos.paging` (listings with `skip`/`limit`, several pages in flight, malformed
  records left out);
- `kiosk.finalpos.client_store.StoreEndpoints`: outlets, stations, staff roles, the catalog
  and a variant's stock;
- `kiosk.finalpos.client_sales.SalesEndpoints`: till sessions, orders, transactions,
  refunds, customers and the look-ups that page through them (`find_orders`, ...).

Secrets: the key is a `SecretStr`, sent only as a per-request header, and redacted from any
server message that echoes it. `repr(client)`, logs and errors never contain it.
"""

from __future__ import annotations

from kiosk.finalpos.client_sales import SalesEndpoints
from kiosk.finalpos.client_store import StoreEndpoints
from kiosk.finalpos.paging import DEFAULT_PAGE_CONCURRENCY, DEFAULT_PAGE_SIZE, ListStats
from kiosk.finalpos.transport import DEFAULT_MAX_RESPONSE_BYTES, build_http_client

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_PAGE_CONCURRENCY",
    "DEFAULT_PAGE_SIZE",
    "FinalPosClient",
    "ListStats",
    "build_http_client",
]


class FinalPosClient(StoreEndpoints, SalesEndpoints):
    """Typed access to the Final POS API (retries: `transport`, listings: `paging`).

    The injected `http` client is not closed by this class unless it was built by
    `FinalPosClient.create`.
    """
