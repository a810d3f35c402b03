"""The Final POS sandbox against the shared OpenAPI contract, driven by schemathesis.

Schemathesis generates schema-conforming requests (positive mode) for every operation the
sandbox implements and checks that each answer has a documented status code, a JSON content
type and a body matching the response schema.

Restrictions, and why:
- `{id}` path parameters are pointed at records created for this run (and DELETE at a fresh
  record per example): the contract documents no 404 answer, so random ids would only test
  that the sandbox answers 404, which tests/sandbox covers.
- The `x-api-key` header is always the demo key: the contract documents no 401 answer either.
- Only positive data: the request schemas are partly reconstructed (`x-reconstructed`), and
  negative mutations of loosely documented fields (formats, unknown properties) say little
  about the real API; the sandbox's 400 behaviour is tested in tests/sandbox.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, settings

from kiosk.sandbox.embedded import Sandboxes

REPO = Path(__file__).resolve().parents[2]
# shared/ sits beside the repository (CI, the main checkout) or beside a folder of worktrees.
_CANDIDATES = [d / "shared" / "finalpos-api" / "openapi.yaml" for d in REPO.parents]
SPEC = next((c for c in _CANDIDATES if c.exists()), _CANDIDATES[0])
if not SPEC.exists():  # pragma: no cover - CI keeps shared/ beside the repository
    pytest.skip(f"contract not found beside {REPO}", allow_module_level=True)

IMPLEMENTED = (
    r"^/v1/api/(outlet|outlets|station|stations|session|category|categories|product|products"
    r"|variant|variants|order|orders|transactions|refunds|customer|customers|roles)(/\{id\})?$"
)

schema = schemathesis.openapi.from_path(SPEC).include(path_regex=IMPLEMENTED)
schema.config.generation.update(modes=["positive"], max_examples=15, deterministic=True)

VALID_BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "outlet": ("outlet", {"name": "O", "address": "A", "city": "C", "state": "S",
                          "country": "GB", "postCode": "P", "phone": "1"}),
    "station": ("station", {"name": "S", "outletId": "0" * 24, "status": "AVAILABLE"}),
    "session": ("session", {"stationId": "0" * 24, "sessionNumber": "1", "openedBy": "K",
                            "openTime": "2025-01-29T09:00:00.000Z", "openingAmount": "0.00",
                            "notes": [], "closingAmounts": {}, "openingNote": ""}),
    "category": ("category", {"name": "C", "description": "D"}),
    "product": ("product", {"name": "P", "productType": "Food"}),
    "variant": ("variant", {"productId": "0" * 24, "manageStock": False}),
    "order": ("order", {"receiptId": "R", "status": "pending", "source": "final",
                        "balance": "1.00", "summary": {"discountTotal": "0.00",
                                                       "total": "1.00", "totalTaxes": "0.10"}}),
    "transactions": ("transactions", {"paymentMethod": "credit_card", "amount": "1.00",
                                      "currency": "EUR", "type": "sale", "balance": "0.00",
                                      "sessionId": "0" * 24}),
    "refunds": ("refunds", {"orderId": "0" * 24, "lineItems": []}),
    "customer": ("customer", {"email": "a@b.c", "firstName": "A", "lastName": "B"}),
    "roles": ("roles", {"name": "Manager", "permissions": [
        {"name": "create_order", "permissionId": "0" * 24, "category": "orders",
         "subCategory": "management", "value": True}]}),
}  # fmt: skip
_SINGLE = re.compile(r"^/v1/api/([a-z-]+)/\{id\}$")


class Target:
    def __init__(self, sandboxes: Sandboxes) -> None:
        self.url = sandboxes.info.finalpos_url
        self.headers = {"x-api-key": sandboxes.info.finalpos_api_key}
        self.client = httpx.Client(base_url=self.url, headers=self.headers)
        # One keep-alive session for every generated request, not a new one per example
        # (schemathesis's default): each new session reconnected and re-read the proxy
        # settings from the environment, which loopback needs neither of.
        self.session = requests.Session()
        self.session.trust_env = False
        self.ids = {name: self.create(name) for name in VALID_BODIES}

    def create(self, name: str) -> str:
        path, body = VALID_BODIES[name]
        response = self.client.post(f"/v1/api/{path}", json=body)
        assert response.status_code == 201, response.text
        record_id: str = response.json()["id"]
        return record_id


@pytest.fixture(scope="module")
def target() -> Iterator[Target]:
    with Sandboxes(stripe=False) as sandboxes:
        t = Target(sandboxes)
        yield t
        t.session.close()
        t.client.close()


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_sandbox_conforms_to_the_contract(case: schemathesis.Case, target: Target) -> None:
    match = _SINGLE.match(case.path)
    if match:
        name = match.group(1)
        fresh = case.method.upper() == "DELETE"
        case.path_parameters = {"id": target.create(name) if fresh else target.ids[name]}
    case.call_and_validate(base_url=target.url, session=target.session, headers=target.headers)
