"""Pydantic v2 wire models for the Final POS API 1.2.4 (the part the kiosk uses).

Shapes follow /work/shared/finalpos-api/openapi.yaml. Rules:

- Every model ignores unknown fields and accepts both camelCase (wire) and snake_case names.
- Response models are tolerant: only `id` is required, every other field may be missing or
  null (a null list reads as an empty list). The contract is reconstructed, so a stricter
  model would turn a harmless server change into a menu outage.
- Request models (`*Create`) require what the contract marks required; `*Update` models make
  every field optional and are sent with only the fields that were set (partial PUT).
- Money is `Decimal`, never float. Orders, transactions, refunds, sessions and
  `customer.totalSpent` carry decimal strings ("12.50") and serialize back to strings;
  catalog prices (`price`, `salePrice`, `costPrice`, `minPrice`, `maxPrice`) are JSON numbers,
  which the client parses with ``json.loads(parse_float=Decimal)`` before validation, because
  pydantic's own JSON parser reads numbers through float. Conversion to minor units is
  `kiosk.finalpos.amounts`' job, not the models'.

Assumptions where the contract is unsure (x-reconstructed / NOTES.md "Gaps"):

- `OrderLineItem` is inferred from the refund line item (name, quantity, price, total,
  productId, variantId, taxes, discount); `cartDiscount`, `cartFees`, `posData`,
  `customSales` and order `notes` have unknown shapes and are kept as plain JSON.
- Percentages (`tip.percentage`, tax `percentage`) are kept as the Decimal the server sends;
  whether 10 means 10 % or 1000 % is not settled (NOTES.md), so nothing here interprets them.
- Stock (`inventory[].stock`) is a whole number; a fractional stock makes the variant malformed.
- Status values are free strings: only "pending" (order), "AVAILABLE" (station), "draft"
  (product), "sale" (transaction type) and "credit_card" (payment method) were ever seen.
- Update bodies for everything but the outlet are inferred (PUT, create's fields all optional).
  A PUT replaces a list field whole: updating one outlet's stock sends the variant's whole
  `inventory` (see `FinalPosClient.set_variant_stock`).
- Catalog prices are read leniently (`CatalogAmount`): a price that is not a number (a word, a
  bool, an object) is kept as NaN instead of failing the record, so the variant reaches the
  mapping, which skips its product as a whole and logs why. Dropping the variant here would
  sell the product with some options missing, or without variants at its `minPrice`.
- Roles: `POST /v1/api/roles` and `/v1/api/roles/{id}` are documented, a listing is not;
  `GET /v1/api/roles` (skip/limit like every listing) is assumed, and a 404 means "no roles".
  Permission keys other than ``create_order`` (the docs' example) are not known.
- Operations the client uses whose evidence is weak (openapi `x-evidence`): seen only by
  title: order DELETE, variant GET, station PUT, session PUT, transaction DELETE; never seen,
  path and verb from the sibling pattern: order GET/PUT, variant PUT, session GET,
  transaction list/GET/PUT, refund list/GET, customer GET/PUT, the roles listing. No order or
  transaction filters and no sort order are documented, so look-ups page through everything
  (`FinalPosClient.find_orders`, `find_transactions`).
- A refund's payout is a transaction with ``type="refund"`` (a guess: only "sale" was seen)
  carrying `refundId`.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Required, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    Strict,
)
from pydantic.alias_generators import to_camel
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

JsonObject = dict[str, Any]
T = TypeVar("T")


def _none_as_empty(value: Any) -> Any:
    return [] if value is None else value


# A money amount in major units. Non-finite values (NaN, Infinity) are malformed.
Amount = Annotated[Decimal, Field(allow_inf_nan=False)]


def _rate_to_json(rate: Decimal) -> int | float:
    # A rate is not money: Final POS validates tax `percentage` as a JSON number, and a
    # number such as 8.875 is exact enough; whole rates go out as integers.
    return int(rate) if rate == rate.to_integral_value() else float(rate)


_NOT_A_NUMBER = Decimal("NaN")


def _catalog_number(value: Any) -> Decimal | None:
    """A catalog price as sent; anything that is not a number becomes NaN (see docstring)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return _NOT_A_NUMBER
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float | str):
        try:
            number = Decimal(repr(value) if isinstance(value, float) else value.strip())
        except InvalidOperation:
            return _NOT_A_NUMBER
    else:
        return _NOT_A_NUMBER
    return _NOT_A_NUMBER if number.is_nan() else number  # also a signalling NaN


def _number_to_json(value: Decimal | None) -> int | float | None:
    # Catalog prices are JSON numbers on the wire (unlike order amounts); a variant update
    # sends them back as numbers. Prices have at most a few decimals, which a float keeps.
    if value is None:
        return None
    return int(value) if value.is_finite() and value == value.to_integral_value() else float(value)


# A catalog price (JSON number, major units). May be NaN, infinite, negative or absurd: the
# mapping (`kiosk.finalpos.amounts.price_minor`) decides, per product, with the product's id.
# The JSON parser already made Decimals of the prices (``parse_float=Decimal``): those, when
# finite, and nulls are taken as they are inside pydantic-core; only the rest (whole numbers,
# words, NaN, ...) reaches `_catalog_number`. A Python call per price was a sixth of
# validating a page of variants.
_ExactAmount = Annotated[Decimal, Strict(), Field(allow_inf_nan=False)]
_LenientAmount = Annotated[Any, PlainValidator(_catalog_number)]
CatalogAmount = Annotated[
    _ExactAmount | None | _LenientAmount,  # noqa: RUF036 (tried in this order: null before the call)
    Field(union_mode="left_to_right"),
    PlainSerializer(_number_to_json, when_used="json"),
]


# Percentages are parsed as Decimal (exact) and written as JSON numbers, unlike Amount.
Rate = Annotated[
    Decimal, Field(allow_inf_nan=False), PlainSerializer(_rate_to_json, when_used="json")
]
# A JSON list that the server may also send as null (read as empty).
Items = Annotated[list[T], BeforeValidator(_none_as_empty)]


def _list_field() -> Any:
    return Field(default_factory=list)


class WireModel(BaseModel):
    """Base of every wire model: camelCase aliases, unknown fields ignored."""

    model_config = ConfigDict(
        extra="ignore",
        alias_generator=to_camel,
        populate_by_name=True,
        ser_json_inf_nan="strings",
    )

    def to_wire(self, *, partial: bool = False) -> JsonObject:
        """The JSON body to send: camelCase, Decimals as strings.

        `partial` sends only the fields the caller set (PUT updates); otherwise unset
        optional fields (None) are left out rather than sent as null.
        """
        if partial:
            return self.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class Record(WireModel):
    """Fields the server adds to every stored record."""

    id: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    company_id: str | None = None


# --- shared DTOs -------------------------------------------------------------------------


class Metadata(WireModel):
    key: str | None = None
    value: str | None = None


class Address(WireModel):
    first_name: str | None = None
    last_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = None


class Note(WireModel):
    message: str | None = None
    created_at: datetime | None = None


# --- outlet, station, session ------------------------------------------------------------


class OutletStripe(WireModel):
    location_id: str | None = None


class Outlet(Record):
    name: str | None = None
    address: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = None
    phone: str | None = None
    alias: str | None = None
    stations: Items[str] = _list_field()
    stripe_account_id: str | None = None
    stripe: OutletStripe | None = None
    tax_id: str | None = None
    sequence_number: int | None = None

    @property
    def stripe_location_id(self) -> str | None:
        return self.stripe.location_id if self.stripe else None


class _StationFields(WireModel):
    name: str | None = None
    outlet_id: str | None = None
    status: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    stripe_terminal_id: str | None = None
    serial_reader_id: str | None = None
    sequence_number: int | None = None
    is_virtual: bool | None = None


class Station(Record, _StationFields):
    pass


class StationCreate(_StationFields):
    """A new station in an outlet (e.g. the kiosk's own, made by `kiosk setup`)."""

    name: str
    outlet_id: str
    status: str


class StationUpdate(_StationFields):
    """Partial station update (e.g. ``StationUpdate(status="IN_USE")``)."""


class ClosingAmounts(WireModel):
    cash: Amount | None = None
    card: Amount | None = None
    oliver_pay: Amount | None = None


class _SessionFields(WireModel):
    station_id: str | None = None
    session_number: str | None = None
    opened_by: str | None = None
    closed_by: str | None = None
    open_time: datetime | None = None
    close_time: datetime | None = None
    opening_amount: Amount | None = None
    closing_amount: Amount | None = None
    closing_report_data: str | None = None
    notes: Items[str] | None = None
    closing_amounts: ClosingAmounts | None = None
    closing_note: str | None = None
    opening_note: str | None = None


class Session(Record, _SessionFields):
    """A till shift; open while `close_time` is None."""

    @property
    def is_open(self) -> bool:
        return self.close_time is None


class SessionCreate(_SessionFields):
    """Open a session. The contract marks notes, closingAmounts and openingNote required."""

    station_id: str
    session_number: str
    opened_by: str
    open_time: datetime
    opening_amount: Amount
    notes: list[str] = _list_field()
    closing_amounts: ClosingAmounts = Field(default_factory=ClosingAmounts)
    opening_note: str = ""


class SessionUpdate(_SessionFields):
    """Partial session update; closing a session sets closeTime, closedBy and the amounts."""


# --- catalog -----------------------------------------------------------------------------


class Category(Record):
    name: str | None = None
    description: str | None = None
    image: str | None = None
    external_id: str | None = None
    parent_id: str | None = None
    menu_order: int | None = None
    source: str | None = None
    metadata: Items[Metadata] = _list_field()  # e.g. name:de (kiosk.domain.catalog_text)


class ProductAttribute(WireModel):
    name: str | None = None
    values: Items[str] = _list_field()


class Product(Record):
    name: str | None = None
    product_type: str | None = None
    external_id: str | None = None
    description: str | None = None
    short_description: str | None = None
    sku: str | None = None
    images: Items[str] = _list_field()
    tags: Items[str] = _list_field()
    status: str | None = None
    source: str | None = None
    min_price: CatalogAmount = None
    max_price: CatalogAmount = None
    supplier: str | None = None
    tax_table: str | None = None
    categories: Items[str] = _list_field()
    outlets: Items[str] = _list_field()
    metadata: Items[Metadata] = _list_field()
    attributes: Items[ProductAttribute] = _list_field()
    from_final: bool | None = None


class VariantAttribute(WireModel):
    name: str | None = None
    value: str | None = None


class Inventory(WireModel):
    stock: int | None = None
    outlet_id: str | None = None


class _VariantFields(WireModel):
    product_id: str | None = None
    manage_stock: bool | None = None
    sku: str | None = None
    is_on_sale: bool | None = None
    barcode: str | None = None
    price: CatalogAmount = None
    sale_price: CatalogAmount = None
    external_id: str | None = None
    allow_backorder: bool | None = None
    cost_price: CatalogAmount = None
    images: Items[str] = _list_field()
    metadata: Items[Metadata] = _list_field()
    attributes: Items[VariantAttribute] = _list_field()
    inventory: Items[Inventory] = _list_field()


class Variant(Record, _VariantFields):
    def stock_at(self, outlet_id: str) -> int | None:
        """Stock at `outlet_id` when stock is managed (no entry there = 0), else None."""
        if not self.manage_stock:
            return None
        for inv in self.inventory:
            if inv.outlet_id == outlet_id:
                return inv.stock or 0
        return 0


class VariantUpdate(_VariantFields):
    """Partial variant update (the endpoint is inferred). `inventory` replaces the whole list."""


# --- catalog listings, as the menu sync reads them ---------------------------------------
#
# The sync validates 25,000 records for a 5,000-product menu. As the models above (an
# instance per record and per nested attribute, timestamps parsed) that was 130 ms of CPU;
# validated into these TypedDicts (plain dicts with wire names, only the fields the menu
# reads) it is 45 ms (benchmarks/catalog_sync.py). Same tolerance as the models: only `id`
# is required, any other field may be missing or null; prices are `CatalogAmount`. Fields the
# menu does not read (timestamps, costPrice, ...) are not validated, so a bad one no longer
# drops the record from the menu.


class MetadataRecord(TypedDict, total=False):
    key: str | None
    value: str | None


class CategoryRecord(TypedDict, total=False):
    id: Required[str]
    name: str | None
    description: str | None
    image: str | None
    parentId: str | None
    menuOrder: int | None
    metadata: list[MetadataRecord] | None


class ProductAttributeRecord(TypedDict, total=False):
    name: str | None
    values: list[str] | None


class ProductRecord(TypedDict, total=False):
    id: Required[str]
    name: str | None
    description: str | None
    shortDescription: str | None
    sku: str | None
    images: list[str] | None
    tags: list[str] | None
    status: str | None
    minPrice: CatalogAmount
    taxTable: str | None
    categories: list[str] | None
    outlets: list[str] | None
    metadata: list[MetadataRecord] | None
    attributes: list[ProductAttributeRecord] | None


class VariantAttributeRecord(TypedDict, total=False):
    name: str | None
    value: str | None


class InventoryRecord(TypedDict, total=False):
    stock: int | None
    outletId: str | None


class VariantRecord(TypedDict, total=False):
    id: Required[str]
    productId: str | None
    manageStock: bool | None
    sku: str | None
    isOnSale: bool | None
    barcode: str | None
    price: CatalogAmount
    salePrice: CatalogAmount
    allowBackorder: bool | None
    images: list[str] | None
    attributes: list[VariantAttributeRecord] | None
    inventory: list[InventoryRecord] | None


# --- orders ------------------------------------------------------------------------------


class TaxLine(WireModel):
    """A tax on an order line or refund line (RefundsTaxDto)."""

    name: str | None = None
    amount: Amount | None = None
    percentage: Rate | None = None


class OrderTax(WireModel):
    name: str | None = None
    percentage: Rate | None = None
    amount: Amount | None = None
    tax_table_name: str | None = None
    compounding: bool | None = None
    priority: int | None = None
    tax_table_id: str | None = None
    id: str | None = None


class OrderTip(WireModel):
    percentage: Rate | None = None  # a fraction: 0.15 = 15 %
    amount: Amount | None = None


class OrderSummary(WireModel):
    discount_total: Amount | None = None
    shipping_total: Amount | None = None
    total: Amount | None = None
    total_taxes: Amount | None = None
    is_tax_inclusive: bool | None = None
    sub_total: Amount | None = None
    taxes: Items[OrderTax] = _list_field()
    tip: OrderTip | None = None


class LineItem(WireModel):
    """An order or refund line. For orders this shape is inferred (see module docstring)."""

    name: str | None = None
    quantity: int | None = None
    price: Amount | None = None
    total: Amount | None = None
    product_id: str | None = None
    variant_id: str | None = None
    note: str | None = None  # the customer's note for the line (kiosk convention, see README)
    taxes: Items[TaxLine] = _list_field()
    discount: JsonObject | None = None


class _OrderFields(WireModel):
    currency: str | None = None
    receipt_id: str | None = None
    status: str | None = None
    customer_id: str | None = None
    source: str | None = None
    session_id: str | None = None
    balance: Amount | None = None
    external_id: str | None = None
    customer_note: str | None = None
    park_reduce_stock: str | None = None
    park_expiry_date: str | None = None
    signature: str | None = None
    summary: OrderSummary | None = None
    cart_discount: JsonObject | None = None
    cart_fees: list[JsonObject] | None = None
    pos_data: JsonObject | None = None
    metadata: list[Metadata] | None = None
    notes: list[Any] | None = None
    billing: Address | None = None
    shipping: Address | None = None
    line_items: Items[LineItem] | None = None
    custom_sales: list[JsonObject] | None = None


class Order(Record, _OrderFields):
    from_final: bool | None = None


class OrderCreate(_OrderFields):
    """A new order; `balance` is what is still owed (the total before payment)."""

    receipt_id: str
    status: str
    source: str
    balance: Amount
    summary: OrderSummary


class OrderUpdate(_OrderFields):
    """Partial order update (the endpoint itself is inferred: verify against a real server)."""


# --- payments and refunds ----------------------------------------------------------------


class PaymentData(WireModel):
    processor: str | None = None
    processor_transaction_id: str | None = None
    device: str | None = None


class _TransactionFields(WireModel):
    external_id: str | None = None
    payment_method: str | None = None
    amount: Amount | None = None
    currency: str | None = None
    type: str | None = None
    notes: str | None = None
    employee: str | None = None
    balance: Amount | None = None
    session_id: str | None = None
    payment_data: PaymentData | None = None
    order_id: str | None = None
    refund_id: str | None = None
    outlet_id: str | None = None
    receipt_id: str | None = None


class Transaction(Record, _TransactionFields):
    pass


class TransactionCreate(_TransactionFields):
    """A payment against an order; `balance` is what the order still owes after it."""

    payment_method: str
    amount: Amount
    currency: str
    type: str
    balance: Amount
    session_id: str


class TransactionUpdate(_TransactionFields):
    """Partial transaction update (inferred endpoint), e.g. a note on a duplicate being undone."""


class RefundPayment(WireModel):
    payment_type: str | None = None
    amount: Amount | None = None
    transaction_id: str | None = None


class RefundSummary(WireModel):
    total: Amount | None = None
    sub_total: Amount | None = None
    total_taxes: Amount | None = None
    taxes: Items[TaxLine] = _list_field()


class _RefundFields(WireModel):
    order_id: str | None = None
    session_id: str | None = None
    external_id: str | None = None
    currency: str | None = None
    line_items: Items[LineItem] | None = None
    reason: str | None = None
    refunded_by: str | None = None
    refunded_by_external_id: str | None = None
    summary: RefundSummary | None = None
    payment: list[RefundPayment] | None = None
    balance: Amount | None = None


class Refund(Record, _RefundFields):
    pass


class RefundCreate(_RefundFields):
    order_id: str
    line_items: list[LineItem]


# --- customers ---------------------------------------------------------------------------


class _CustomerFields(WireModel):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    outlet_id: str | None = None
    external_id: str | None = None
    phone: str | None = None
    total_spent: Amount | None = None
    last_action: datetime | None = None
    tags: list[str] | None = None
    billing: Address | None = None
    shipping: Address | None = None
    metadata: list[Metadata] | None = None
    notes: list[Note] | None = None


class Customer(Record, _CustomerFields):
    from_final: bool | None = None


class CustomerUpdate(_CustomerFields):
    """Partial customer update (inferred endpoint)."""


class CustomerCreate(_CustomerFields):
    email: str
    first_name: str
    last_name: str


# --- roles -------------------------------------------------------------------------------


class RolePermission(WireModel):
    """One permission of a role (RolePermissionDto), e.g. ``create_order`` granted or not."""

    name: str | None = None
    permission_id: str | None = None
    category: str | None = None
    sub_category: str | None = None
    value: bool | None = None


class _RoleFields(WireModel):
    name: str | None = None
    permissions: Items[RolePermission] = _list_field()


class Role(Record, _RoleFields):
    def allows(self, permission: str) -> bool:
        """True when the role grants `permission` (a permission key such as ``refund_order``)."""
        return any(p.name == permission and p.value for p in self.permissions)


class RoleCreate(_RoleFields):
    name: str
    permissions: list[RolePermission] = _list_field()


class DeleteResult(WireModel):
    """The answer to a DELETE: ``{statusCode: 200, message: "Resource with Id ... deleted"}``."""

    status_code: int | None = None
    message: str | None = None


class ErrorBody(WireModel):
    """The NestJS-style error body: `message` is a string or a list of strings."""

    status_code: int | None = None
    message: str | list[str] | None = None
    error: str | None = None
