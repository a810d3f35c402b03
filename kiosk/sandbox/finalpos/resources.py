"""What each Final POS resource looks like: paths, fields with their types, required fields.

One small declarative spec per resource drives every generic handler (create, get, update,
delete, list) and the request validation, so a resource is added by describing it here, not by
writing handlers. The specs follow the request schemas of ``openapi.yaml`` (API 1.2.4); the
validation mimics a NestJS ``ValidationPipe`` with ``whitelist``: unknown top-level fields of a
closed DTO are dropped, wrong types and missing required fields answer 400 with one message per
problem (``"summary.total must be a decimal string"``).

Kinds: ``string``, ``number`` (JSON number, not bool), ``boolean``, ``decimal`` (a string such
as ``"12.50"``: money in orders, transactions, refunds and sessions), ``any``; `ArrayOf`; `Shape`
(an object with known fields; ``open`` shapes keep fields they do not know, like the customer DTO
that custom tables extend).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

ScalarKind = Literal["string", "number", "boolean", "decimal", "any"]

DECIMAL_RE = re.compile(r"-?[0-9]+(\.[0-9]+)?")  # used with fullmatch: ASCII digits only

# Fields the server owns: never taken from a request body.
SERVER_FIELDS = frozenset({"id", "_id", "companyId", "createdAt", "updatedAt", "fromFinal"})


@dataclass(frozen=True)
class ArrayOf:
    item: Kind


@dataclass(frozen=True)
class Shape:
    fields: Mapping[str, Kind]
    required: tuple[str, ...] = ()
    open: bool = False  # additionalProperties: true


Kind = ScalarKind | ArrayOf | Shape

_TYPE_WORDS: dict[str, str] = {
    "string": "must be a string",
    "number": "must be a number conforming to the specified constraints",
    "boolean": "must be a boolean value",
    "decimal": 'must be a decimal string such as "12.50"',
}


def validate(shape: Shape, body: Any, *, partial: bool = False) -> tuple[dict[str, Any], list[str]]:
    """Check a request body against a shape; return (cleaned body, error messages).

    `partial` (updates) skips the top-level required fields; nested objects sent in full (an
    order's ``summary``) still need theirs. Server-owned fields are dropped silently.
    """
    if not isinstance(body, dict):
        return {}, ["request body must be a JSON object"]
    errors: list[str] = []
    body = {k: v for k, v in body.items() if k not in SERVER_FIELDS}
    cleaned = _check_shape(shape, body, "", errors, partial=partial)
    return (cleaned if isinstance(cleaned, dict) else {}), errors


def _check_shape(
    shape: Shape, value: Any, path: str, errors: list[str], *, partial: bool = False
) -> Any:
    if not isinstance(value, dict):
        errors.append(f"{path} must be an object")
        return value
    if not partial:
        for name in shape.required:
            if value.get(name) is None:
                errors.append(f"{_join(path, name)} should not be empty")
    result: dict[str, Any] = {}
    for name, item in value.items():
        kind = shape.fields.get(name)
        if kind is None:
            if shape.open:
                result[name] = item
            continue
        if item is None:
            if partial or name not in shape.required:
                errors.append(f"{_join(path, name)} {_null_words(kind)}")
            continue  # a null required field was reported as empty above
        result[name] = _check(kind, item, _join(path, name), errors)
    return result


def _check(kind: Kind, value: Any, path: str, errors: list[str]) -> Any:
    if isinstance(kind, Shape):
        return _check_shape(kind, value, path, errors)
    if isinstance(kind, ArrayOf):
        if not isinstance(value, list):
            errors.append(f"{path} must be an array")
            return value
        return [_check(kind.item, item, f"{path}.{i}", errors) for i, item in enumerate(value)]
    ok = True
    if kind == "string":
        ok = isinstance(value, str)
    elif kind == "decimal":
        ok = isinstance(value, str) and DECIMAL_RE.fullmatch(value) is not None
    elif kind == "number":
        ok = (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and math.isfinite(value)
        )
    elif kind == "boolean":
        ok = isinstance(value, bool)
    if not ok:
        errors.append(f"{path} {_TYPE_WORDS[kind]}")
    return value


def _null_words(kind: Kind) -> str:
    if isinstance(kind, Shape):
        return "must be an object"
    if isinstance(kind, ArrayOf):
        return "must be an array"
    return _TYPE_WORDS.get(kind, "must not be null")


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


# --- shared DTOs ----------------------------------------------------------------------------

STRINGS = ArrayOf("string")
OPEN_OBJECT = Shape({}, open=True)
METADATA = ArrayOf(Shape({"key": "string", "value": "string"}))
ADDRESS = Shape(
    {
        name: "string"
        for name in (
            "firstName",
            "lastName",
            "address1",
            "address2",
            "city",
            "state",
            "country",
            "postCode",
        )
    }
)
NOTE = Shape({"message": "string", "createdAt": "string"})
LINE_TAX = Shape({"name": "string", "amount": "decimal", "percentage": "number"})
LINE_ITEM = Shape(
    {
        "name": "string",
        "quantity": "number",
        "price": "decimal",
        "total": "decimal",
        "productId": "string",
        "variantId": "string",
        "taxes": ArrayOf(LINE_TAX),
        "discount": OPEN_OBJECT,
    },
    open=True,  # the order line-item schema was not visible; keep what the client sends
)
ORDER_TAX = Shape(
    {
        "name": "string",
        "percentage": "number",
        "amount": "decimal",
        "taxTableName": "string",
        "compounding": "boolean",
        "priority": "number",
        "taxTableId": "string",
        "id": "string",
    }
)
ORDER_SUMMARY = Shape(
    {
        "discountTotal": "decimal",
        "shippingTotal": "decimal",
        "total": "decimal",
        "totalTaxes": "decimal",
        "isTaxInclusive": "boolean",
        "subTotal": "decimal",
        "taxes": ArrayOf(ORDER_TAX),
        "tip": Shape({"percentage": "number", "amount": "decimal"}),
    },
    required=("discountTotal", "total", "totalTaxes"),
)


# --- resources ------------------------------------------------------------------------------

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
