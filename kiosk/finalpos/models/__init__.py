"""Pydantic v2 wire models for the Final POS API 1.2.4 (the part the kiosk uses).

Shapes follow /work/shared/finalpos-api/openapi.yaml. Callers use one name space,
``from kiosk.finalpos import models as m`` and ``m.Order``; the models live by resource:

- `base`: `WireModel`, `Record`, the field types (`Amount`, `Rate`, `Items`, `JsonObject`),
  the shared DTOs (`Metadata`, `Address`, `Note`) and the API-wide answers (`DeleteResult`,
  `ErrorBody`). Its docstring holds the rules every model follows: unknown fields ignored,
  camelCase or snake_case names, only `id` required in a response, `*Create` strict,
  `*Update` partial, money as `Decimal`.
- `catalog`: `Category`, `Product`, `Variant` (+ `VariantUpdate`, `Inventory`, attributes)
  and the lenient catalog price `CatalogAmount`.
- `catalog_listings`: the menu sync's TypedDict records (`CategoryRecord`, `ProductRecord`,
  `VariantRecord`, ...).
- `outlets`: `Outlet`, `Station` (+ create/update); `sessions`: `Session` (+ create/update,
  `ClosingAmounts`).
- `orders`: `Order` (+ create/update), `LineItem`, `OrderSummary`, taxes and tip.
- `payments`: `Transaction` and `Refund` (+ create/update, payment data, refund summary).
- `customers`: `Customer` (+ create/update); `roles`: `Role`, `RolePermission`.

Each module's docstring writes down the assumptions where the contract is unsure
(x-reconstructed / ../shared/finalpos-api NOTES.md "Gaps") for the models it holds. Status
values everywhere are free strings.
"""

from kiosk.finalpos.models.base import (
    Address,
    Amount,
    DeleteResult,
    ErrorBody,
    Items,
    JsonObject,
    Metadata,
    Note,
    Rate,
    Record,
    T,
    WireModel,
)
from kiosk.finalpos.models.catalog import (
    CatalogAmount,
    Category,
    Inventory,
    Product,
    ProductAttribute,
    Variant,
    VariantAttribute,
    VariantUpdate,
)
from kiosk.finalpos.models.catalog_listings import (
    CategoryRecord,
    InventoryRecord,
    MetadataRecord,
    ProductAttributeRecord,
    ProductRecord,
    VariantAttributeRecord,
    VariantRecord,
)
from kiosk.finalpos.models.customers import Customer, CustomerCreate, CustomerUpdate
from kiosk.finalpos.models.orders import (
    LineItem,
    Order,
    OrderCreate,
    OrderSummary,
    OrderTax,
    OrderTip,
    OrderUpdate,
    TaxLine,
)
from kiosk.finalpos.models.outlets import (
    Outlet,
    OutletStripe,
    Station,
    StationCreate,
    StationUpdate,
)
from kiosk.finalpos.models.payments import (
    PaymentData,
    Refund,
    RefundCreate,
    RefundPayment,
    RefundSummary,
    Transaction,
    TransactionCreate,
    TransactionUpdate,
)
from kiosk.finalpos.models.roles import Role, RoleCreate, RolePermission
from kiosk.finalpos.models.sessions import ClosingAmounts, Session, SessionCreate, SessionUpdate

__all__ = [
    "Address",
    "Amount",
    "CatalogAmount",
    "Category",
    "CategoryRecord",
    "ClosingAmounts",
    "Customer",
    "CustomerCreate",
    "CustomerUpdate",
    "DeleteResult",
    "ErrorBody",
    "Inventory",
    "InventoryRecord",
    "Items",
    "JsonObject",
    "LineItem",
    "Metadata",
    "MetadataRecord",
    "Note",
    "Order",
    "OrderCreate",
    "OrderSummary",
    "OrderTax",
    "OrderTip",
    "OrderUpdate",
    "Outlet",
    "OutletStripe",
    "PaymentData",
    "Product",
    "ProductAttribute",
    "ProductAttributeRecord",
    "ProductRecord",
    "Rate",
    "Record",
    "Refund",
    "RefundCreate",
    "RefundPayment",
    "RefundSummary",
    "Role",
    "RoleCreate",
    "RolePermission",
    "Session",
    "SessionCreate",
    "SessionUpdate",
    "Station",
    "StationCreate",
    "StationUpdate",
    "T",
    "TaxLine",
    "Transaction",
    "TransactionCreate",
    "TransactionUpdate",
    "Variant",
    "VariantAttribute",
    "VariantAttributeRecord",
    "VariantRecord",
    "VariantUpdate",
    "WireModel",
]
