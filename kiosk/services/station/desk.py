"""Everything the checkout station does, as one service over the Backend's own (no Qt).

`StationDesk` is what the station's view-model talks to: the catalog and its search index,
pricing with discounts, the card checkout (the kiosk's crash-safe `CheckoutService` on the
station's reader), cash sales, customers, parked orders and the till. It holds no screen
state; the view-model owns the cart in progress. Built by `kiosk.ui.station.wiring`.

Split tender (part cash, part card) is not offered: the card pipeline checks, before capture
and before the sale, that the PaymentIntent's amount equals the order's total, and a second
payment on one order would need that rule (and the decision table's "money captured <=>
completed with exactly one sale") changed for every kiosk; see the README's station notes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from kiosk.domain.cart import Cart
from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.domain.pricing import TaxRate, Totals
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import UnavailableError
from kiosk.services.checkout import (
    CheckoutError,
    CheckoutResult,
    CheckoutService,
    CheckoutUnavailable,
    PendingCheckout,
)
from kiosk.services.staff.desk import StaffDesk
from kiosk.services.station.cash import CashResult, CashSales
from kiosk.services.station.cash_orders import CashOrders
from kiosk.services.station.counter import (
    CounterOrder,
    CounterOrders,
    CounterOutcome,
    counter_sale_id,
)
from kiosk.services.station.customers import CustomerDirectory
from kiosk.services.station.discounts import Discounts, price_discounted
from kiosk.services.station.park import ParkedOrders
from kiosk.services.station.search import SearchHit, SearchIndex
from kiosk.services.station.till import StationTill

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class StationRules:
    discount_limit_bp: int = 1000
    scan_gap_s: float = 0.035
    scan_min_length: int = 4

    @classmethod
    def from_settings(cls, settings: object) -> StationRules:
        limit = Decimal(str(getattr(settings, "station_discount_limit_percent", 10)))
        return cls(
            discount_limit_bp=int(limit * 100),
            scan_gap_s=int(getattr(settings, "station_scan_gap_ms", 35)) / 1000,
            scan_min_length=int(getattr(settings, "station_scan_min_length", 4)),
        )


@dataclass(frozen=True, slots=True)
class SaleExtras:
    """What the station adds to an order: who sold it, the customer, discounts, a note,
    eat-in or take-away (``posData.orderType``, as the kiosk sends it)."""

    employee: str
    customer_id: str | None = None
    discounts: Discounts | None = None
    note: str = ""
    order_type: str | None = None

    def customize(self, order: m.OrderCreate) -> m.OrderCreate:
        pos_data = {**(order.pos_data or {}), "employee": self.employee, "station": True}
        if self.order_type:
            pos_data["orderType"] = self.order_type
        if self.discounts is not None and (self.discounts.lines or self.discounts.order):
            pos_data["discounts"] = self.discounts.to_json()
        return order.model_copy(
            update={
                "customer_id": self.customer_id,
                "customer_note": self.note or None,
                "pos_data": pos_data,
            }
        )


class StationDesk:
    def __init__(
        self,
        *,
        currency: str,
        rates: Mapping[str, TaxRate],
        default_tax_table: str,
        cash: CashSales,
        customers: CustomerDirectory,
        parked: ParkedOrders,
        till: StationTill,
        checkout: CheckoutService | None,
        rules: StationRules | None = None,
        catalog: Catalog | None = None,
        staff_desk: StaffDesk | None = None,
        counter: CounterOrders | None = None,
    ) -> None:
        self.staff_desk = staff_desk  # closed with the station (its refund journal)
        self.cash_orders: CashOrders | None = None  # cash sales refunded in cash (F11)
        if staff_desk is not None:
            # One refund pipeline for both: it reads this drawer's sales to refund them in cash.
            staff_desk.refunds.cash_checkouts = cash.journal
            self.cash_orders = CashOrders(cash=cash, refunds=staff_desk.refunds)
        self.currency = currency.upper()
        self._rates = dict(rates)
        self._default_tax = default_tax_table
        self.cash = cash
        self.customers = customers
        self.parked = parked
        self.till = till
        self.checkout = checkout
        self.counter = counter  # kiosk orders paid at the counter (None: not offered)
        self.rules = rules or StationRules()
        self.catalog: Catalog | None = None
        self.index = SearchIndex([])
        self._products: dict[str, Product] = {}
        if catalog is not None:
            self.set_catalog(catalog)

    # -- catalog ------------------------------------------------------------------------------

    def set_catalog(self, catalog: Catalog) -> None:
        """A new menu (start, or after a sync): the index is rebuilt from it."""
        self.catalog = catalog
        self.index = SearchIndex.build(catalog)
        self._products = {p.id: p for p in catalog.products}

    async def set_catalog_async(self, catalog: Catalog) -> None:
        """`set_catalog` in a worker thread (1-2 s on 100,000 variants)."""
        index = await asyncio.to_thread(SearchIndex.build, catalog)
        self.catalog = catalog
        self.index = index
        self._products = {p.id: p for p in catalog.products}

    def product(self, product_id: str) -> Product | None:
        return self._products.get(product_id)

    def variant_of(self, hit: SearchHit) -> tuple[Product, Variant] | None:
        product = self._products.get(hit.product_id)
        variant = product.variant(hit.variant_id) if product else None
        return (product, variant) if product and variant else None

    async def recover_async(self) -> int:
        """Carry unfinished cash sales on (at start and with the kiosk's recovery passes);
        how many are still unfinished."""
        return await self.cash.finish_all_async()

    # -- money --------------------------------------------------------------------------------

    def price(self, cart: Cart, discounts: Discounts) -> Totals:
        return price_discounted(cart, discounts, self._rates, self._default_tax)

    async def sell_cash_async(
        self, cart: Cart, extras: SaleExtras, tendered_minor: int
    ) -> CashResult:
        totals = self.price(cart, extras.discounts or Discounts.none())
        return await self.cash.sell_async(
            totals, tendered_minor, employee=extras.employee, customize=extras.customize
        )

    async def settle_counter_cash_async(
        self, order: CounterOrder, tendered_minor: int, *, employee: str
    ) -> CashResult:
        """Cash for a kiosk's pay-at-counter order: its sale, then the order completed."""
        counter = self.counter
        assert counter is not None, "pay-at-counter orders are not offered here"

        async def still_waiting() -> bool:
            outcome, fresh = await counter.get_async(order.order_id)
            if outcome is CounterOutcome.UNREACHABLE:
                raise UnavailableError("the order could not be read again")
            return fresh is not None and not self._sibling_paid_here(fresh)

        return await self.cash.settle_order_async(
            order, tendered_minor, employee=employee, still_waiting=still_waiting
        )

    async def begin_card_async(self, cart: Cart, extras: SaleExtras) -> PendingCheckout:
        """The card checkout's order; raises `CheckoutUnavailable` / `CheckoutError`."""
        if self.checkout is None:
            raise CheckoutUnavailable("payments are not set up yet")
        totals = self.price(cart, extras.discounts or Discounts.none())
        return await self.checkout.begin_async(cart, totals=totals, customize=extras.customize)

    async def begin_counter_card_async(
        self, order: CounterOrder, *, employee: str
    ) -> PendingCheckout:
        """A card checkout on a kiosk's pay-at-counter order (never cancelled by it: a
        declined or cancelled card leaves the order pending); raises as `begin_card_async`."""
        if self.checkout is None:
            raise CheckoutUnavailable("payments are not set up yet")
        if self.counter is not None:
            # Its kiosk checkout's duplicates too (`CounterOrders.get_async`): not when one
            # of them is paid or being paid, here or elsewhere.
            outcome, fresh = await self.counter.get_async(order.order_id)
            if outcome is CounterOutcome.UNREACHABLE:
                raise CheckoutUnavailable("the order could not be read again")
            if fresh is None or self._sibling_paid_here(fresh):
                raise CheckoutError(f"order {order.order_id} is no longer the one to pay")
        return await self.checkout.begin_existing_async(order, employee=employee)

    def _sibling_paid_here(self, order: CounterOrder) -> bool:
        """A duplicate of the order's kiosk checkout taken in cash at this station (journaled,
        perhaps not in Final POS yet): the customer has paid."""
        return any(self.cash.journaled(counter_sale_id(s)) for s in order.siblings)

    async def pay_card_async(
        self,
        checkout_id: str,
        *,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> CheckoutResult:
        if self.checkout is None:
            raise CheckoutError("payments are not set up yet")
        return await self.checkout.pay_async(checkout_id, cancel=cancel, on_status=on_status)

    async def abandon_card_async(self, checkout_id: str) -> None:
        if self.checkout is not None:
            await self.checkout.abandon_async(checkout_id)
