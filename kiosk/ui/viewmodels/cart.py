"""The cart: lines with their options, quantity edits, and totals from the one pricing rule.

Two jobs of the same view-model live beside it: the steps between "Pay" and the payment screen
(upsell, sold-out re-check, pay at the counter: `cart_pay.py`) and the note and table-number
keypads (`cart_entry.py`).

Edits a customer may regret are reversible: a removed line can be put back for
`UNDO_S` seconds, and "Start over" with something in the cart asks first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.domain.cart import MAX_LINE_QUANTITY, Cart, CartError, CartLine
from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.domain.pricing import Totals
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr, tr_n
from kiosk.ui.images import ImageResolver
from kiosk.ui.models.menu import CartLineListModel
from kiosk.ui.models.names import shown_language
from kiosk.ui.viewmodels.cart_entry import CartKeypad
from kiosk.ui.viewmodels.cart_pay import CartPaySteps, CatalogRefresher, CounterPlacer
from kiosk.ui.viewmodels.menu import initial_of
from kiosk.ui.viewmodels.tasks import TaskSlot
from kiosk.ui.viewmodels.upsell import UpsellViewModel

Pricer = Callable[[Cart], Totals]

UNDO_S = 8.0


class CartViewModel(CartKeypad, CartPaySteps, QObject):
    """Owns the immutable Cart; every edit swaps in a new one and re-prices it."""

    cart_changed = Signal()
    notice_changed = Signal()
    undo_changed = Signal()
    start_over_requested = Signal()  # confirmed (or nothing to lose): the app restarts

    def __init__(
        self,
        currency: str,
        pricer: Pricer,
        formatter: PriceFormatter,
        images: ImageResolver,
        parent: QObject | None = None,
        *,
        item_notes: bool = False,
        table_service: bool = False,
        upsell_pairs: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._cart = Cart(currency)
        self._pricer = pricer
        self._fmt = formatter
        self._images = images
        self._catalog: Catalog | None = None
        self._totals = pricer(self._cart)
        self._lines = CartLineListModel(self)
        self._notice = ""
        self._item_notes = item_notes
        self._table_service = table_service
        self._confirm_clear = False
        self._undo: tuple[int, CartLine] | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(int(UNDO_S * 1000))
        self._undo_timer.timeout.connect(self._forget_undo)
        # the steps from Pay to payment (cart_pay.py)
        self._upsell = UpsellViewModel(upsell_pairs or {}, formatter, images, self)
        self._upsell.decided.connect(self._on_upsell_decided)
        self._refresher: CatalogRefresher | None = None
        self._task = TaskSlot("cart-recheck")
        self._checking = False
        self._counter: CounterPlacer | None = None
        self._counter_errors: tuple[type[Exception], ...] = ()
        self._to_counter = False  # the steps before paying end at the counter, not the card
        # the note and table-number keypads (cart_entry.py)
        self._entry = ""  # "", "note" or "table"
        self._entry_line = ""
        self._draft = ""

    # -- state ------------------------------------------------------------------------
    @property
    def cart(self) -> Cart:
        return self._cart

    @property
    def totals(self) -> Totals:
        return self._totals

    @property
    def upsell_model(self) -> UpsellViewModel:
        return self._upsell

    @property
    def table_service(self) -> bool:
        return self._table_service

    def set_catalog(self, catalog: Catalog | None) -> None:
        self._catalog = catalog
        self._publish()

    def set_pricer(self, pricer: Pricer) -> None:
        self._pricer = pricer
        self._set(self._cart)

    @Property(QObject, constant=True)
    def lines(self) -> CartLineListModel:
        return self._lines

    @Property(QObject, constant=True)
    def upsell(self) -> UpsellViewModel:
        return self._upsell

    @Property(int, notify=cart_changed)
    def count(self) -> int:
        return self._cart.count

    @Property(bool, notify=cart_changed)
    def isEmpty(self) -> bool:
        return self._cart.is_empty

    @property
    def can_pay(self) -> bool:
        """Something to charge: a cart of free items (total 0) cannot reach the reader."""
        return not self._cart.is_empty and self._totals.total_minor > 0 and not self._checking

    @property
    def pay_blocked_reason(self) -> str:
        if self._checking:
            return tr("Checking your order…")
        if self._cart.is_empty:
            return tr("Add something to your order first")
        if self._totals.total_minor <= 0:
            return tr("Nothing to pay: please ask staff")
        return ""

    @Property(bool, notify=cart_changed)
    def payable(self) -> bool:
        return self.can_pay

    @Property(str, notify=cart_changed)
    def payBlockedReason(self) -> str:
        return self.pay_blocked_reason

    @Property(str, notify=cart_changed)
    def reviewBlockedReason(self) -> str:
        return tr("Add something to your order first") if self._cart.is_empty else ""

    @Property(str, notify=cart_changed)
    def subtotal(self) -> str:
        return self._fmt(self._totals.subtotal_minor)

    @Property(str, notify=cart_changed)
    def tax(self) -> str:
        return self._fmt(self._totals.tax_minor)

    @Property(str, notify=cart_changed)
    def taxLabel(self) -> str:
        return tr("Includes tax") if self._totals.tax_inclusive else tr("Tax")

    @Property(str, notify=cart_changed)
    def total(self) -> str:
        return self._fmt(self._totals.total_minor)

    @Property(str, notify=cart_changed)
    def countText(self) -> str:
        return tr_n("%n item(s)", self._cart.count)

    @Property(str, notify=cart_changed)
    def orderTypeText(self) -> str:
        text = {"eat_in": tr("Eat in"), "take_away": tr("Take away")}.get(
            self._cart.order_type or "", ""
        )
        if text and self._cart.table_number:
            return tr(
                "{order_type}, table {number}", order_type=text, number=self._cart.table_number
            )
        return text

    @Property(bool, notify=cart_changed)
    def canChangeTable(self) -> bool:
        return self._table_service and self._cart.order_type == "eat_in"

    @Property(str, notify=notice_changed)
    def notice(self) -> str:
        return self._notice

    @Property(bool, notify=cart_changed)
    def notesEnabled(self) -> bool:
        return self._item_notes

    @property
    def item_notes(self) -> bool:
        return self._item_notes

    def set_item_notes(self, enabled: bool) -> None:
        self._item_notes = enabled
        self._publish()

    @Property(bool, notify=undo_changed)
    def canUndo(self) -> bool:
        return self._undo is not None

    @Property(str, notify=undo_changed)
    def undoText(self) -> str:
        if self._undo is None:
            return ""
        return tr("{name} removed", name=self.shown_name(self._undo[1]))

    @Property(bool, notify=undo_changed)
    def confirmingStartOver(self) -> bool:
        return self._confirm_clear

    # -- edits ------------------------------------------------------------------------
    def add(self, product: Product, variant: Variant, quantity: int = 1) -> bool:
        try:
            self._set(self._cart.add(product, variant, quantity))
        except CartError as exc:
            self._say(str(exc))
            return False
        self._say("")
        return True

    def set_order_type(self, order_type: str | None) -> None:
        cart = self._cart.with_order_type(order_type)
        if order_type != "eat_in":
            cart = cart.with_table_number(None)
        self._set(cart)

    def _limit(self, line_id: str) -> int:
        line = self._cart.line(line_id)
        product = self._catalog.product(line.product_id) if self._catalog else None
        variant = product.variant(line.variant_id) if product else None
        return variant.max_quantity(MAX_LINE_QUANTITY) if variant else MAX_LINE_QUANTITY

    @Slot(str)
    def increment(self, line_id: str) -> None:
        try:
            line = self._cart.line(line_id)
            limit = self._limit(line_id)
            if line.quantity >= limit:
                self._say(tr("That is all we have of {name}.", name=self.shown_name(line)))
                return
            self._set(self._cart.set_quantity(line_id, line.quantity + 1, limit=limit))
        except CartError:
            return

    @Slot(str)
    def decrement(self, line_id: str) -> None:
        try:
            line = self._cart.line(line_id)
        except CartError:
            return
        if line.quantity <= 1:
            self.remove(line_id)
            return
        self._set(self._cart.set_quantity(line_id, line.quantity - 1))

    @Slot(str)
    def remove(self, line_id: str) -> None:
        """Take a line out, keeping it for `undo` for a few seconds."""
        try:
            line = self._cart.line(line_id)
        except CartError:
            return
        index = self._cart.lines.index(line)
        self._set(self._cart.remove(line_id))
        self._undo = (index, line)
        self._undo_timer.start()
        self.undo_changed.emit()

    @Slot()
    def undo(self) -> None:
        if self._undo is None:
            return
        index, line = self._undo
        self._forget_undo()
        self._set(self._cart.insert_line(index, line))

    def _forget_undo(self) -> None:
        self._undo_timer.stop()
        if self._undo is not None:
            self._undo = None
            self.undo_changed.emit()

    @Slot()
    def clear(self) -> None:
        """A new customer: empty cart, no undo, no open keypad, the upsell may come again."""
        self._task.cancel()
        self._set_checking(False)
        self._say("")
        self._forget_undo()
        self._confirm_clear = False
        self._close_entry()
        self._upsell.reset()
        self._set(self._cart.clear())
        self.undo_changed.emit()

    # -- start over -------------------------------------------------------------------
    @Slot()
    def requestStartOver(self) -> None:
        """ "Start over": at once with nothing to lose, else ask first."""
        if self._cart.is_empty:
            self.start_over_requested.emit()
            return
        self._confirm_clear = True
        self.undo_changed.emit()

    @Slot()
    def confirmStartOver(self) -> None:
        self._confirm_clear = False
        self.undo_changed.emit()
        self.start_over_requested.emit()

    @Slot()
    def keepOrder(self) -> None:
        self._confirm_clear = False
        self.undo_changed.emit()

    def _say(self, notice: str) -> None:
        if notice != self._notice:
            self._notice = notice
            self.notice_changed.emit()

    def _set(self, cart: Cart) -> None:
        self._cart = cart
        self._totals = self._pricer(cart)
        self._publish()

    def retranslate(self) -> None:
        """The language changed: remake the lines' prices and every text made here."""
        self._publish()
        self._upsell.retranslate()
        self.notice_changed.emit()
        self.undo_changed.emit()
        self.entry_changed.emit()

    def shown_name(self, line: CartLine, product: Product | None = None) -> str:
        """The line's product in the customer's language (the line keeps the default name,
        which the order, the kitchen and the receipt use)."""
        if product is None and self._catalog is not None:
            product = self._catalog.product(line.product_id)
        return product.name_in(shown_language(self._fmt)) if product else line.name

    def _publish(self) -> None:
        rows = []
        for line in self._cart.lines:
            product = self._catalog.product(line.product_id) if self._catalog else None
            regular = line.regular_unit_price_minor
            was = (
                tr("was {price}", price=self._fmt(regular * line.quantity))
                if regular is not None and regular > line.unit_price_minor
                else ""
            )
            # the customer reads the name in their language; the line keeps the default
            name = self.shown_name(line, product)
            rows.append(
                (
                    line.line_id,
                    name,
                    line.options_text,
                    line.quantity,
                    self._fmt(line.unit_price_minor),
                    self._fmt(line.total_minor),
                    line.quantity < self._limit(line.line_id),
                    self._images.source(product.image_url if product else None),
                    initial_of(name),
                    line.note,
                    was,
                )
            )
        self._lines.update_rows(rows)
        self.cart_changed.emit()
