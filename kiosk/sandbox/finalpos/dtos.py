"""Request shapes several Final POS resources share (addresses, line items, taxes, metadata).

They follow the request schemas of ``openapi.yaml`` (API 1.2.4); `kiosk.sandbox.finalpos.resources`
builds the resources' create bodies from them.
"""

from __future__ import annotations

from kiosk.sandbox.finalpos.schema import ArrayOf, Shape

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
