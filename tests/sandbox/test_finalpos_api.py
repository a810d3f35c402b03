"""The Final POS sandbox over HTTP: auth, scoping, CRUD shapes, validation, paging, images."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from kiosk.sandbox.embedded import Sandboxes
from tests.fixtures.finalpos import api_client

OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$")

OUTLET = {
    "name": "Quay Kiosk",
    "address": "1 Quay Road",
    "city": "Bristol",
    "state": "Avon",
    "country": "GB",
    "postCode": "BS1 4AA",
    "phone": "+441170000000",
}
ORDER = {
    "receiptId": "K1-0001",
    "status": "pending",
    "source": "final",
    "balance": "7.70",
    "currency": "EUR",
    "summary": {"discountTotal": "0.00", "total": "7.70", "totalTaxes": "1.28"},
    "lineItems": [
        {"name": "Flat white", "quantity": 1, "price": "3.50", "total": "3.50", "note": "hot"}
    ],
}
SESSION = {
    "stationId": "6935d6242487c7e6a3f57025",
    "sessionNumber": "S-1",
    "openedBy": "Kiosk 1",
    "openTime": "2025-01-29T09:00:00.000Z",
    "openingAmount": "0.00",
    "notes": [],
    "closingAmounts": {},
    "openingNote": "Kiosk opened",
}
TRANSACTION = {
    "paymentMethod": "credit_card",
    "amount": "7.70",
    "currency": "EUR",
    "type": "sale",
    "balance": "0.00",
    "sessionId": "6935d6242487c7e6a3f57025",
    "paymentData": {"processor": "stripe", "processorTransactionId": "pi_123", "device": "tmr_1"},
}
REFUND = {"orderId": "6935d6242487c7e6a3f57025", "lineItems": [{"name": "Flat white"}]}
CUSTOMER = {"email": "ada@example.com", "firstName": "Ada", "lastName": "Lovelace", "tier": "gold"}
CATEGORY = {"name": "Specials", "description": "This week only"}
PRODUCT = {"name": "Flapjack", "productType": "Food", "images": ["/assets/products/brownie.svg"]}
VARIANT = {"productId": "6935d6242487c7e6a3f57025", "manageStock": False, "price": 2.5}
STATION = {"name": "Kiosk 2", "outletId": "6935d6242487c7e6a3f57025", "status": "AVAILABLE"}
PERMISSION = {
    "name": "refund_order",
    "permissionId": "6935d6242487c7e6a3f57026",
    "category": "orders",
    "subCategory": "refunds",
    "value": True,
}
ROLE = {"name": "Shift lead", "permissions": [PERMISSION]}

# (create path, single path, listing path or None, valid body, a field to change with PUT)
CASES: list[tuple[str, str, str | None, dict[str, Any], dict[str, Any]]] = [
    ("outlet", "outlet", "outlets", OUTLET, {"phone": "+441170000001"}),
    ("station", "station", "stations", STATION, {"status": "IN_USE"}),
    ("session", "session", None, SESSION, {"closeTime": "2025-01-29T17:00:00.000Z"}),
    ("category", "category", "categories", CATEGORY, {"menuOrder": 9}),
    ("product", "product", "products", PRODUCT, {"status": "draft"}),
    ("variant", "variant", "variants", VARIANT, {"isOnSale": True, "salePrice": 2.0}),
    ("order", "order", "orders", ORDER, {"status": "completed", "balance": "0.00"}),
    ("transactions", "transactions", "transactions", TRANSACTION, {"notes": "ok"}),
    ("refunds", "refunds", "refunds", REFUND, {"reason": "spilt"}),
    ("customer", "customer", "customers", CUSTOMER, {"phone": "+4412345"}),
    ("roles", "roles", "roles", ROLE, {"permissions": [{**PERMISSION, "value": False}]}),
]


def api(path: str) -> str:
    return f"/v1/api/{path}"


def test_every_api_call_needs_a_valid_key(finalpos_sandbox_shared: Sandboxes) -> None:
    url = finalpos_sandbox_shared.info.finalpos_url
    for headers in ({}, {"x-api-key": "fp_wrong"}):
        response = httpx.get(url + api("outlets"), headers=headers)
        assert response.status_code == 401
        assert response.json() == {
            "statusCode": 401,
            "message": [response.json()["message"][0]],
            "error": "Unauthorized",
        }
        assert httpx.post(url + api("order"), json=ORDER, headers=headers).status_code == 401


def test_another_key_sees_nothing_of_the_demo_company(
    finalpos_sandbox: Sandboxes, finalpos_client: httpx.Client
) -> None:
    store = finalpos_sandbox.finalpos_store
    other = store.add_api_key("fp_other_company_key")
    assert other != finalpos_sandbox.finalpos_company_id
    outlet_id = finalpos_sandbox.info.outlet_id
    with api_client(finalpos_sandbox.info, api_key="fp_other_company_key") as stranger:
        for listing in ("outlets", "stations", "categories", "products", "variants", "orders"):
            assert stranger.get(api(listing)).json() == []
        assert stranger.get(api(f"outlet/{outlet_id}")).status_code == 404
        assert stranger.put(api(f"outlet/{outlet_id}"), json={"name": "x"}).status_code == 404
        assert stranger.delete(api(f"outlet/{outlet_id}")).status_code == 404
        mine = stranger.post(api("outlet"), json=OUTLET).json()
        assert mine["companyId"] == other
    assert finalpos_client.get(api(f"outlet/{outlet_id}")).json()["name"] != "x"
    assert mine["id"] not in {o["id"] for o in finalpos_client.get(api("outlets")).json()}


@pytest.mark.parametrize(("create", "single", "listing", "body", "change"), CASES)
def test_create_get_update_list(
    finalpos_sandbox: Sandboxes,
    finalpos_client: httpx.Client,
    create: str,
    single: str,
    listing: str | None,
    body: dict[str, Any],
    change: dict[str, Any],
) -> None:
    response = finalpos_client.post(api(create), json=body)
    assert response.status_code == 201, response.text
    created = response.json()
    assert OBJECT_ID.match(created["id"])
    assert TIMESTAMP.match(created["createdAt"]) and created["updatedAt"] == created["createdAt"]
    assert created["companyId"] == finalpos_sandbox.finalpos_company_id
    for name, value in body.items():
        if name != "images":
            assert created[name] == value

    fetched = finalpos_client.get(api(f"{single}/{created['id']}"))
    assert fetched.status_code == 200 and fetched.json() == created

    updated = finalpos_client.put(api(f"{single}/{created['id']}"), json=change)
    assert updated.status_code == 200
    merged = updated.json()
    assert merged == {**created, **change, "updatedAt": merged["updatedAt"]}
    assert merged["updatedAt"] >= created["updatedAt"]
    assert finalpos_client.get(api(f"{single}/{created['id']}")).json() == merged

    if listing:
        records = finalpos_client.get(api(listing)).json()
        assert records[-1] == merged
    stored = finalpos_sandbox.finalpos_store.get(
        finalpos_sandbox.finalpos_company_id, listing or "sessions", created["id"]
    )
    assert stored is not None and stored["updatedAt"] == merged["updatedAt"]


def test_server_fields_and_flags(finalpos_client: httpx.Client) -> None:
    order = finalpos_client.post(
        api("order"), json={**ORDER, "externalId": "kiosk-1:42", "id": "x", "companyId": "y"}
    ).json()
    assert order["fromFinal"] is True and order["id"] != "x" and order["companyId"] != "y"
    plain = finalpos_client.post(api("order"), json=ORDER).json()
    assert plain["fromFinal"] is False
    assert plain["lineItems"][0]["note"] == "hot"  # line items keep what the kiosk sends
    first = finalpos_client.post(api("outlet"), json=OUTLET).json()
    second = finalpos_client.post(api("outlet"), json=OUTLET).json()
    assert second["sequenceNumber"] == first["sequenceNumber"] + 1 > 2  # after the seeded two
    outlet = finalpos_client.post(api("outlet"), json={**OUTLET, "bogus": 1}).json()
    assert "bogus" not in outlet  # whitelisted DTO
    customer = finalpos_client.post(api("customer"), json=CUSTOMER).json()
    assert customer["tier"] == "gold"  # the customer DTO is open (custom tables)


def test_delete_answers_the_documented_body(finalpos_client: httpx.Client) -> None:
    outlet = finalpos_client.post(api("outlet"), json=OUTLET).json()
    response = finalpos_client.delete(api(f"outlet/{outlet['id']}"))
    assert response.status_code == 200
    assert response.json() == {
        "statusCode": 200,
        "message": f"Resource with Id {outlet['id']} deleted successfully",
    }
    assert finalpos_client.get(api(f"outlet/{outlet['id']}")).status_code == 404
    assert finalpos_client.delete(api(f"outlet/{outlet['id']}")).status_code == 404
    assert outlet["id"] not in {o["id"] for o in finalpos_client.get(api("outlets")).json()}


@pytest.mark.parametrize(
    ("path", "body", "expected"),
    [
        ("outlet", {}, {"name should not be empty", "phone should not be empty"}),
        ("outlet", {**OUTLET, "name": 5}, {"name must be a string"}),
        (
            "roles",
            {"name": "R", "permissions": [{"name": "x", "value": "yes"}]},
            {
                "permissions.0.permissionId should not be empty",
                "permissions.0.category should not be empty",
                "permissions.0.subCategory should not be empty",
                "permissions.0.value must be a boolean value",
            },
        ),
        ("outlet", {**OUTLET, "stripe": {"locationId": 1}}, {"stripe.locationId must be a string"}),
        (
            "order",
            {**ORDER, "balance": "7,70"},
            {'balance must be a decimal string such as "12.50"'},
        ),
        ("order", {**ORDER, "balance": 7.7}, {'balance must be a decimal string such as "12.50"'}),
        (
            "order",
            {**ORDER, "summary": {"total": "abc"}},
            {
                "summary.discountTotal should not be empty",
                'summary.total must be a decimal string such as "12.50"',
            },
        ),
        (
            "order",
            {**ORDER, "lineItems": [{"price": "1.5.0"}]},
            {'lineItems.0.price must be a decimal string such as "12.50"'},
        ),
        ("transactions", {**TRANSACTION, "amount": "ten"}, {"amount must be a decimal string"}),
        ("session", {**SESSION, "notes": "x"}, {"notes must be an array"}),
        (
            "variant",
            {**VARIANT, "price": "2.50"},
            {"price must be a number conforming to the specified constraints"},
        ),
        ("variant", {**VARIANT, "manageStock": "yes"}, {"manageStock must be a boolean value"}),
        ("variant", {**VARIANT, "manageStock": None}, {"manageStock should not be empty"}),
        ("product", {"name": "x"}, {"productType should not be empty"}),
        ("customer", {**CUSTOMER, "totalSpent": "lots"}, {"totalSpent must be a decimal string"}),
        ("category", [CATEGORY], {"request body must be a JSON object"}),
        ("order", {**ORDER, "balance": "7.70\n"}, {"balance must be a decimal string"}),
        ("order", {**ORDER, "balance": "\u0667.70"}, {"balance must be a decimal string"}),
        ("order", {**ORDER, "balance": ".70"}, {"balance must be a decimal string"}),
        ("variant", {**VARIANT, "price": True}, {"price must be a number"}),
    ],
)
def test_bad_bodies_answer_400_with_every_problem(
    refusing_client: httpx.Client, path: str, body: Any, expected: set[str]
) -> None:
    before = len(refusing_client.get(api("orders")).json())
    response = refusing_client.post(api(path), json=body)
    assert response.status_code == 400
    payload = response.json()
    assert payload["statusCode"] == 400 and payload["error"] == "Bad Request"
    assert isinstance(payload["message"], list)
    for message in expected:
        assert any(m.startswith(message) for m in payload["message"]), payload["message"]
    assert len(refusing_client.get(api("orders")).json()) == before


def test_bad_update_and_bad_json(
    finalpos_sandbox: Sandboxes, finalpos_client: httpx.Client
) -> None:
    outlet_id = finalpos_sandbox.info.outlet_id
    response = finalpos_client.put(api(f"outlet/{outlet_id}"), json={"phone": None, "city": 3})
    assert response.status_code == 400
    assert set(response.json()["message"]) == {"phone must be a string", "city must be a string"}
    raw = finalpos_client.post(
        api("order"), content=b"{not json", headers={"content-type": "application/json"}
    )
    assert raw.status_code == 400 and raw.json()["error"] == "Bad Request"
    for text in (b'{"receiptId": NaN}', b"[" * 100_000 + b"]" * 100_000):
        odd = finalpos_client.post(
            api("order"), content=text, headers={"content-type": "application/json"}
        )
        assert odd.status_code == 400 and odd.json()["message"] == [
            "request body must be valid JSON"
        ]
    huge = finalpos_client.post(api("variant"), json={**VARIANT, "price": 10**400})
    assert huge.status_code == 201  # JSON numbers have no size limit; no overflow either
    untouched = finalpos_client.get(api(f"outlet/{outlet_id}")).json()
    assert untouched["phone"] == "+442392000000"


def test_unknown_ids_and_routes_answer_404_json(finalpos_shared_client: httpx.Client) -> None:
    for method, path in [
        ("GET", "product/0123456789abcdef01234567"),
        ("PUT", "order/0123456789abcdef01234567"),
        ("DELETE", "customer/nope"),
        ("GET", "session/0123456789abcdef01234567"),
        ("GET", "sessions"),  # no session listing exists
        ("DELETE", "session/0123456789abcdef01234567"),  # nor a session delete
        ("GET", "nothing-here"),
    ]:
        response = finalpos_shared_client.request(method, api(path), json={})
        assert response.status_code == 404, (method, path)
        body = response.json()
        assert body["statusCode"] == 404 and body["error"] == "Not Found" and body["message"]


def test_paging_with_skip_and_limit(finalpos_shared_client: httpx.Client) -> None:
    everything = finalpos_shared_client.get(api("variants")).json()
    assert len(everything) > 90
    assert finalpos_shared_client.get(api("variants"), params={"limit": 0}).json() == everything
    pages: list[dict[str, Any]] = []
    skip = 0
    while True:
        page = finalpos_shared_client.get(api("variants"), params={"skip": skip, "limit": 25})
        assert page.status_code == 200
        pages.extend(page.json())
        if len(page.json()) < 25:
            break
        skip += 25
    assert pages == everything
    assert finalpos_shared_client.get(api("variants"), params={"skip": 10_000}).json() == []
    sliced = finalpos_shared_client.get(api("variants"), params={"skip": 3, "limit": 2.7}).json()
    assert sliced == everything[3:5]
    ignored = finalpos_shared_client.get(api("variants"), params={"productId": "x", "limit": 5})
    assert ignored.json() == everything[:5]  # no filters are documented: unknown params ignored
    for bad in ({"skip": -1}, {"limit": "ten"}, {"limit": "nan"}, {"skip": "inf"}):
        response = finalpos_shared_client.get(api("variants"), params=bad)
        assert response.status_code == 400, bad
        assert response.json()["error"] == "Bad Request"


def test_product_images_are_served_and_absolute(
    finalpos_sandbox_shared: Sandboxes, finalpos_shared_client: httpx.Client
) -> None:
    base = finalpos_sandbox_shared.info.finalpos_url
    products = finalpos_shared_client.get(api("products")).json()
    categories = finalpos_shared_client.get(api("categories")).json()
    urls = [p["images"][0] for p in products] + [c["image"] for c in categories]
    assert all(url.startswith(base + "/assets/products/") for url in urls)
    with httpx.Client() as anonymous:  # no key needed for art
        for url in urls[:5] + urls[-2:]:
            response = anonymous.get(url)
            assert response.status_code == 200
            assert response.headers["content-type"] == "image/svg+xml"
            assert "max-age" in response.headers["cache-control"]
            assert response.content.startswith(b"<svg")
        assert anonymous.get(base + "/assets/products/nope.svg").status_code == 404
        assert anonymous.get(base + "/assets/products/..%2Fpyproject.toml").status_code == 404
    company = finalpos_sandbox_shared.finalpos_company_id
    stored = finalpos_sandbox_shared.finalpos_store.records(company, "products", limit=1)[0]
    assert stored["images"][0].startswith("/assets/products/")  # relative in the database


def test_client_image_urls_are_kept(finalpos_client: httpx.Client) -> None:
    product = finalpos_client.post(
        api("product"),
        json={"name": "Tea", "productType": "Beverages", "images": ["https://cdn.example/t.png"]},
    ).json()
    assert product["images"] == ["https://cdn.example/t.png"]
