"""What each Final POS resource looks like: its paths, operations and create body.

One small declarative spec per resource drives every generic handler (create, get, update,
delete, list) and the request validation (`kiosk.sandbox.finalpos.schema`), so a resource is
added by describing it here, not by writing handlers. The specs follow the request schemas of
``openapi.yaml`` (API 1.2.4); the shapes several resources share are in
`kiosk.sandbox.finalpos.dtos`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kiosk.sandbox.finalpos.dtos import (
    ADDRESS,
    LINE_ITEM,
    LINE_TAX,
    METADATA,
    NOTE,
    OPEN_OBJECT,
    ORDER_SUMMARY,
    STRINGS,
)
from kiosk.sandbox.finalpos.schema import ArrayOf, Shape

Operation = Literal["create", "get", "update", "delete", "list"]
ALL_OPERATIONS: frozenset[Operation] = frozenset({"create", "get", "update", "delete", "list"})


@dataclass(frozen=True)
class Resource:
    """One Final POS controller: where it lives and what its create body holds.

    `single` is the path of single-record operations (``/v1/api/<single>[/{id}]``), `plural`
    the listing path; a few controllers use the plural for everything. `from_final` adds the
    server's ``fromFinal`` flag (true when ``externalId`` was given); `sequence_number` makes the
    server number records per company when the body names none.
    """

    name: str  # storage key, e.g. "products"
    label: str  # for messages, e.g. "Product"
    single: str
    plural: str
    body: Shape
    operations: frozenset[Operation] = ALL_OPERATIONS
    from_final: bool = False
    sequence_number: bool = False
    image_fields: tuple[str, ...] = field(default=())


OUTLETS = Resource(
    name="outlets",
    label="Outlet",
    single="outlet",
    plural="outlets",
    body=Shape(
        {
            "name": "string",
            "address": "string",
            "city": "string",
            "state": "string",
            "country": "string",
            "postCode": "string",
            "phone": "string",
            "address2": "string",
            "alias": "string",
            "stations": STRINGS,
            "stripeAccountId": "string",
            "stripe": Shape({"locationId": "string"}),
            "taxId": "string",
        },
        required=("name", "address", "city", "state", "country", "postCode", "phone"),
    ),
    sequence_number=True,
)

STATIONS = Resource(
    name="stations",
    label="Station",
    single="station",
    plural="stations",
    body=Shape(
        {
            "name": "string",
            "outletId": "string",
            "status": "string",
            "deviceId": "string",
            "deviceName": "string",
            "stripeTerminalId": "string",
            "serialReaderId": "string",
            "sequenceNumber": "number",
            "isVirtual": "boolean",
        },
        required=("name", "outletId", "status"),
    ),
    sequence_number=True,
)

SESSIONS = Resource(
    name="sessions",
    label="Session",
    single="session",
    plural="sessions",
    body=Shape(
        {
            "stationId": "string",
            "sessionNumber": "string",
            "openedBy": "string",
            "closedBy": "string",
            "openTime": "string",
            "closeTime": "string",
            "openingAmount": "decimal",
            "closingAmount": "decimal",
            "closingReportData": "string",
            "notes": STRINGS,
            "closingAmounts": Shape({"cash": "decimal", "card": "decimal", "oliverPay": "decimal"}),
            "closingNote": "string",
            "openingNote": "string",
        },
        required=(
            "stationId",
            "sessionNumber",
            "openedBy",
            "openTime",
            "openingAmount",
            "notes",
            "closingAmounts",
            "openingNote",
        ),
    ),
    operations=frozenset({"create", "get", "update"}),  # no listing or delete was documented
)

CATEGORIES = Resource(
    name="categories",
    label="Category",
    single="category",
    plural="categories",
    body=Shape(
        {
            "name": "string",
            "description": "string",
            "image": "string",
            "externalId": "string",
            "parentId": "string",
            "menuOrder": "number",
            "source": "string",
        },
        required=("name", "description"),
    ),
    image_fields=("image",),
)

PRODUCTS = Resource(
    name="products",
    label="Product",
    single="product",
    plural="products",
    body=Shape(
        {
            "name": "string",
            "productType": "string",
            "externalId": "string",
            "description": "string",
            "shortDescription": "string",
            "sku": "string",
            "images": STRINGS,
            "tags": STRINGS,
            "status": "string",
            "source": "string",
            "minPrice": "number",
            "maxPrice": "number",
            "supplier": "string",
            "taxTable": "string",
            "categories": STRINGS,
            "outlets": STRINGS,
            "metadata": METADATA,
            "attributes": ArrayOf(Shape({"name": "string", "values": STRINGS})),
        },
        required=("name", "productType"),
    ),
    from_final=True,
    image_fields=("images",),
)

VARIANTS = Resource(
    name="variants",
    label="Variant",
    single="variant",
    plural="variants",
    body=Shape(
        {
            "productId": "string",
            "manageStock": "boolean",
            "sku": "string",
            "isOnSale": "boolean",
            "barcode": "string",
            "price": "number",
            "salePrice": "number",
            "externalId": "string",
            "allowBackorder": "boolean",
            "costPrice": "number",
            "images": STRINGS,
            "metadata": METADATA,
            "attributes": ArrayOf(Shape({"name": "string", "value": "string"})),
            "inventory": ArrayOf(Shape({"stock": "number", "outletId": "string"})),
        },
        required=("productId", "manageStock"),
    ),
    image_fields=("images",),
)

ORDERS = Resource(
    name="orders",
    label="Order",
    single="order",
    plural="orders",
    body=Shape(
        {
            "currency": "string",
            "receiptId": "string",
            "status": "string",
            "customerId": "string",
            "source": "string",
            "sessionId": "string",
            "balance": "decimal",
            "externalId": "string",
            "customerNote": "string",
            "parkReduceStock": "string",
            "parkExpiryDate": "string",
            "signature": "string",
            "summary": ORDER_SUMMARY,
            "cartDiscount": OPEN_OBJECT,
            "cartFees": ArrayOf(OPEN_OBJECT),
            "posData": OPEN_OBJECT,
            "metadata": METADATA,
            "notes": ArrayOf("any"),
            "billing": ADDRESS,
            "shipping": ADDRESS,
            "lineItems": ArrayOf(LINE_ITEM),
            "customSales": ArrayOf(OPEN_OBJECT),
        },
        required=("receiptId", "status", "source", "balance", "summary"),
    ),
    from_final=True,
)

TRANSACTIONS = Resource(
    name="transactions",
    label="Transaction",
    single="transactions",
    plural="transactions",
    body=Shape(
        {
            "externalId": "string",
            "paymentMethod": "string",
            "amount": "decimal",
            "currency": "string",
            "type": "string",
            "notes": "string",
            "employee": "string",
            "balance": "decimal",
            "sessionId": "string",
            "paymentData": Shape(
                {"processor": "string", "processorTransactionId": "string", "device": "string"},
                open=True,
            ),
            "orderId": "string",
            "refundId": "string",
            "outletId": "string",
            "receiptId": "string",
        },
        required=("paymentMethod", "amount", "currency", "type", "balance", "sessionId"),
    ),
)

REFUNDS = Resource(
    name="refunds",
    label="Refund",
    single="refunds",
    plural="refunds",
    body=Shape(
        {
            "orderId": "string",
            "sessionId": "string",
            "externalId": "string",
            "currency": "string",
            "lineItems": ArrayOf(LINE_ITEM),
            "reason": "string",
            "refundedBy": "string",
            "refundedByExternalId": "string",
            "summary": Shape(
                {
                    "total": "decimal",
                    "subTotal": "decimal",
                    "totalTaxes": "decimal",
                    "taxes": ArrayOf(LINE_TAX),
                }
            ),
            "payment": ArrayOf(
                Shape({"paymentType": "string", "amount": "decimal", "transactionId": "string"})
            ),
            "balance": "decimal",
        },
        required=("orderId", "lineItems"),
    ),
)

CUSTOMERS = Resource(
    name="customers",
    label="Customer",
    single="customer",
    plural="customers",
    body=Shape(
        {
            "email": "string",
            "firstName": "string",
            "lastName": "string",
            "outletId": "string",
            "externalId": "string",
            "phone": "string",
            "totalSpent": "decimal",
            "lastAction": "string",
            "tags": STRINGS,
            "billing": ADDRESS,
            "shipping": ADDRESS,
            "metadata": METADATA,
            "notes": ArrayOf(NOTE),
        },
        required=("email", "firstName", "lastName"),
        open=True,  # the customer DTO grows with the company's custom tables
    ),
    from_final=True,
)

ROLE_PERMISSION = Shape(
    {
        "name": "string",
        "permissionId": "string",
        "category": "string",
        "subCategory": "string",
        "value": "boolean",
    },
    required=("name", "permissionId", "category", "subCategory", "value"),
)

# Roles use the plural path for everything. Only create and the single-role operations are
# documented; the listing (GET /v1/api/roles with skip/limit) is served as every other listing
# is, since staff mode reads the company's roles from it (the client reads a 404 as "none").
ROLES = Resource(
    name="roles",
    label="Role",
    single="roles",
    plural="roles",
    body=Shape(
        {"name": "string", "permissions": ArrayOf(ROLE_PERMISSION)},
        required=("name", "permissions"),
    ),
)

RESOURCES: tuple[Resource, ...] = (
    OUTLETS,
    STATIONS,
    SESSIONS,
    CATEGORIES,
    PRODUCTS,
    VARIANTS,
    ORDERS,
    TRANSACTIONS,
    REFUNDS,
    CUSTOMERS,
    ROLES,
)
RESOURCES_BY_NAME: dict[str, Resource] = {r.name: r for r in RESOURCES}
