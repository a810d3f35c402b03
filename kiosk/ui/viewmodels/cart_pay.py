"""Part of `CartViewModel` (`kiosk.ui.viewmodels.cart`): the steps between "Pay" and payment.

Issue 14: the one upsell suggestion, then the sold-out re-check against the freshest menu
(`prepare_to_pay_async`). A cart that changed in that check stays on the cart screen with a plain
message and is never charged; one that did not emits `ready_to_pay` with the snapshot to charge,
or, for "Pay at the counter", is recorded unpaid and `placed_at_counter` gives its number.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr, tr_n
from kiosk.ui.models.names import shown_language
from kiosk.ui.ports import PendingCheckoutLike
from kiosk.ui.viewmodels.tasks import TaskSlot
from kiosk.ui.viewmodels.upsell import UpsellViewModel

log = logging.getLogger("kiosk.ui.viewmodels.cart")

CatalogRefresher = Callable[[], Awaitable[Catalog]]
# Records the cart unpaid for the counter (`CheckoutService.place_at_counter_async`).
CounterPlacer = Callable[[Cart], Awaitable[PendingCheckoutLike]]

# Right before Pay the menu is synced once (one sync per order costs a fleet far less than
# the background interval does) within this budget; past it, or on any error, the check uses
# the menu already held. Measured with benchmarks/catalog_sync.py: see the README.
RECHECK_BUDGET_S = 2.0

if TYPE_CHECKING:
    _Mixin = QObject  # mixed into a QObject: its signals bind to the view-model
else:
    _Mixin = object


class CartPaySteps(_Mixin):
    """The way from "Pay" to the payment screen or the counter, of `CartViewModel` (which sets
    these attributes and owns the cart)."""

    checking_changed = Signal()
    catalog_refreshed = Signal(object)  # Catalog, synced right before Pay
    ready_to_pay = Signal(object)  # the Cart snapshot to charge
    placed_at_counter = Signal(str, object, object)  # order number, Cart, Totals: pay there
    counter_changed = Signal()

    _cart: Cart
    _catalog: Catalog | None
    _fmt: PriceFormatter
    _upsell: UpsellViewModel
    _task: TaskSlot
    _checking: bool
    _entry: str
    _refresher: CatalogRefresher | None
    _counter: CounterPlacer | None
    _counter_errors: tuple[type[Exception], ...]
    _to_counter: bool

    if TYPE_CHECKING:  # CartViewModel's
        cart_changed = Signal()

        @property
        def can_pay(self) -> bool: ...
        def add(self, product: Product, variant: Variant, quantity: int = 1) -> bool: ...
        def set_catalog(self, catalog: Catalog | None) -> None: ...
        def shown_name(self, line: CartLine, product: Product | None = None) -> str: ...
        def _say(self, notice: str) -> None: ...
        def _set(self, cart: Cart) -> None: ...

    def set_counter(
        self, placer: CounterPlacer | None, *, errors: tuple[type[Exception], ...] = ()
    ) -> None:
        """Offer "Pay at the counter" (the store's `pay_at_counter`) through `placer`; `errors`
        are the refusals that mean "not placed, nothing charged" (None: not offered)."""
        self._counter = placer
        self._counter_errors = errors
        self.counter_changed.emit()

    @Property(bool, notify=counter_changed)
    def payAtCounterOffered(self) -> bool:
        return self._counter is not None

    def set_catalog_refresher(self, refresher: CatalogRefresher | None) -> None:
        """How to sync the menu once right before Pay (`CatalogService.sync_async`)."""
        self._refresher = refresher

    @Property(bool, notify=checking_changed)
    def checking(self) -> bool:
        return self._checking

    @Slot()
    def checkout(self) -> None:
        """ "Pay": the upsell step once, then the sold-out re-check, then `ready_to_pay`."""
        if not self.can_pay or self._entry:
            return
        self._to_counter = False
        if self._upsell.offer(self._catalog, self._cart):
            return
        self._task.start(self.prepare_to_pay_async())

    @Slot()
    def payAtCounter(self) -> None:
        """ "Pay at the counter": the same steps as Pay (upsell, sold-out re-check), then the
        order is recorded unpaid and `placed_at_counter` tells the app its number."""
        if not self.can_pay or self._entry or self._counter is None:
            return
        self._to_counter = True
        if self._upsell.offer(self._catalog, self._cart):
            return
        self._task.start(self.prepare_to_pay_async())

    def _on_upsell_decided(self, product_id: str) -> None:
        product = self._upsell.product(product_id) if product_id else None
        if product is None:
            self._task.start(self.prepare_to_pay_async())  # "No thanks" goes straight on
            return
        variant = next((v for v in product.variants if v.available), None)
        if variant is not None and self.add(product, variant, 1):
            self._say(
                tr(
                    "{name} added. Check your order, then pay.",
                    name=product.name_in(shown_language(self._fmt)),
                )
            )

    async def prepare_to_pay_async(self) -> bool:
        """Re-check the cart against the freshest menu; True (and `ready_to_pay`) when it may
        be charged as it is."""
        self._set_checking(True)
        try:
            catalog = await self._freshest_catalog_async()
        finally:
            self._set_checking(False)
        if catalog is not None and not self.reconcile(catalog):
            return False
        if not self.can_pay:
            return False
        self._say("")
        if self._to_counter:
            return await self._place_at_counter_async(self._cart)
        self.ready_to_pay.emit(self._cart)
        return True

    async def _place_at_counter_async(self, cart: Cart) -> bool:
        placer = self._counter
        if placer is None:
            return False
        self._set_checking(True)
        try:
            placed = await placer(cart)
        except self._counter_errors as exc:
            log.warning("pay at the counter: order not placed: %s", exc)
            self._say(tr("Your order could not be placed. Nothing was charged. Please try again."))
            return False
        finally:
            self._set_checking(False)
        self._to_counter = False
        self.placed_at_counter.emit(placed.order_number, cart, placed.totals)
        return True

    def reconcile(self, catalog: Catalog) -> bool:
        """Take off what `catalog` says is sold out or gone; True when nothing changed."""
        result = self._cart.reconcile(catalog)
        if not result.changed:
            return True
        self._set(result.cart)
        self._say(self._reconciled_text(result.removed, result.reduced))
        return False

    async def _freshest_catalog_async(self) -> Catalog | None:
        held = self._catalog
        if self._refresher is None:
            return held
        started = time.perf_counter()
        try:
            async with asyncio.timeout(RECHECK_BUDGET_S):
                fresh = await self._refresher()
        except TimeoutError:
            log.warning("menu re-check: sync over %.1f s, using the menu held", RECHECK_BUDGET_S)
            return held
        except Exception as exc:  # any failure: the menu held still decides
            log.warning("menu re-check: sync failed (%s), using the menu held", type(exc).__name__)
            return held
        log.info("menu re-check: synced in %.3f s", time.perf_counter() - started)
        self.set_catalog(fresh)
        self.catalog_refreshed.emit(fresh)
        return fresh

    def _reconciled_text(self, removed: tuple[CartLine, ...], reduced: tuple[CartLine, ...]) -> str:
        parts = []
        if removed:
            names = ", ".join(self.shown_name(line) for line in removed)
            parts.append(
                tr("Sorry, {names} just sold out and was taken off your order.", names=names)
            )
        for line in reduced:
            parts.append(
                tr_n(
                    "Only %n {name} left: we changed the quantity.",
                    line.quantity,
                    name=self.shown_name(line),
                )
            )
        parts.append(tr("Nothing was charged. Check your order, then pay."))
        return " ".join(parts)

    def _set_checking(self, checking: bool) -> None:
        if checking != self._checking:
            self._checking = checking
            self.checking_changed.emit()
            self.cart_changed.emit()
