"""The sale in progress at the station: cart lines, quantities, the note, eat-in or take-away.

`station.sale` in QML. It owns the sale as immutable values (cart, discounts, customer, note),
so a payment works on a snapshot while the screen goes on; the other view-models change it
only through its methods (`add`, `set_discounts`, `set_customer`, `load`). `edited` is emitted
after every change (the payment view-model gives a declined card's order up on it).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import Cart, CartError
from kiosk.domain.catalog import Product, Variant
from kiosk.domain.pricing import Totals
from kiosk.domain.receipt import ORDER_TYPES
from kiosk.services.station.counter import CounterOrder
from kiosk.services.station.customers import CustomerRow
from kiosk.services.station.desk import SaleExtras
from kiosk.services.station.discounts import Discounts
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.state import MessageKind, StationState

MAX_NOTE = 500
MAX_KEYPAD_QUANTITY = 99


class LineListModel(RowListModel):
    ROLES = ("lineId", "name", "options", "quantity", "total", "discount", "selected")


class SaleViewModel(QObject):
    """`station.sale`; see the module docstring."""

    sale_changed = Signal()  # cart, totals, customer, discounts, note, order type
    quantity_changed = Signal()  # the quantity keypad: open, the digits typed
    edited = Signal()  # the sale's content changed (not only the selection)
    cleared = Signal()  # a new, empty sale

    def __init__(self, state: StationState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._desk = state.desk
        self._money = state.money
        self._cart = Cart(self._desk.currency)
        self._discounts = Discounts.none()
        self._customer: CustomerRow | None = None
        self._note = ""
        self._selected = ""
        self._counter: CounterOrder | None = None
        self._quantity_open = False
        self.lines = LineListModel(self)
        state.entry_changed.connect(self.quantity_changed)

    # -- what the others read -----------------------------------------------------------------

    @property
    def cart(self) -> Cart:
        return self._cart

    @property
    def discounts(self) -> Discounts:
        return self._discounts

    @property
    def customer(self) -> CustomerRow | None:
        return self._customer

    @property
    def note(self) -> str:
        return self._note

    @property
    def selected(self) -> str:
        return self._selected

    @property
    def totals(self) -> Totals:
        return self._desk.price(self._cart, self._discounts)

    @property
    def counter(self) -> CounterOrder | None:
        """The kiosk order being paid at the counter, when this sale is one."""
        return self._counter

    @property
    def total_minor(self) -> int:
        """What is to be paid: a kiosk order's own balance (priced by the kiosk), else ours."""
        return self._counter.total_minor if self._counter else self.totals.total_minor

    def locked(self) -> bool:
        """A kiosk order is paid as it was ordered: True (and says so) when this is one."""
        if self._counter is None:
            return False
        self._state.say(
            tr("A kiosk order is paid as ordered. Clear it to start a new sale."),
            MessageKind.ERROR,
        )
        return True

    def extras(self) -> SaleExtras:
        assert self._state.user is not None
        return SaleExtras(
            employee=self._state.user.name,
            customer_id=self._customer.id if self._customer else None,
            discounts=self._discounts,
            note=self._note,
            order_type=self._cart.order_type,
        )

    # -- what the others change ---------------------------------------------------------------

    def add(self, product: Product, variant: Variant, label: str) -> bool:
        if self.locked():
            return False
        try:
            self._cart = self._cart.add(product, variant)
        except CartError:
            self._state.say(tr("{name} is sold out.", name=product.name), MessageKind.ERROR)
            return False
        self._selected = f"{product.id}:{variant.id or '-'}"
        self._state.say(tr("Added {name}.", name=label), MessageKind.SUCCESS)
        self._changed()
        return True

    def set_discounts(self, discounts: Discounts) -> None:
        self._discounts = discounts
        self._changed()

    def set_customer(self, customer: CustomerRow | None) -> None:
        self._customer = customer
        self._changed()

    def load(
        self, cart: Cart, discounts: Discounts, customer: CustomerRow | None, note: str
    ) -> None:
        """A resumed sale replaces this one."""
        self._cart = cart
        known = {ln.line_id for ln in cart.lines}
        self._discounts = Discounts(
            {k: v for k, v in discounts.lines.items() if k in known}, discounts.order
        )
        self._customer = customer
        self._note = note
        self._selected = cart.lines[-1].line_id if cart.lines else ""
        self._counter = None
        self._changed()

    def load_counter(self, order: CounterOrder) -> None:
        """A kiosk's pay-at-counter order becomes the sale: shown with the kiosk's own lines
        and prices, paid, not changed."""
        self.load(Cart(self._desk.currency), Discounts.none(), None, "")
        self._counter = order
        self._changed(edited=False)

    def _changed(self, edited: bool = True) -> None:
        if edited:
            self.edited.emit()
        discounts = self._discounts
        totals = self.totals
        gross = {p.line.line_id: p.gross_minor for p in totals.lines}
        rows = []
        for line in self._cart.lines:
            d = discounts.lines.get(line.line_id)
            off = d.amount_on(line.total_minor) if d else 0
            rows.append(
                (
                    line.line_id,
                    line.name,
                    line.options_text,
                    line.quantity,
                    self._money(gross.get(line.line_id, line.total_minor)),
                    ("−" + self._money(off) + " · " + d.reason) if d and off else "",
                    line.line_id == self._selected,
                )
            )
        if self._counter is not None:
            rows = [
                (str(i), ln.name, "", ln.quantity, self._money(ln.total_minor), "", False)
                for i, ln in enumerate(self._counter.lines)
            ]
        self.lines.set_rows(rows)
        self.sale_changed.emit()
        self._state.entry_changed.emit()

    # -- properties ---------------------------------------------------------------------------

    def _get_lines(self) -> QObject:
        return self.lines

    lineModel = Property(QObject, _get_lines, constant=True)

    def _get_total_text(self) -> str:
        return self._money(self.total_minor)

    totalText = Property(str, _get_total_text, notify=sale_changed)

    def _get_subtotal_text(self) -> str:
        return self._money(self.totals.subtotal_minor)

    subtotalText = Property(str, _get_subtotal_text, notify=sale_changed)

    def _get_discount_text(self) -> str:
        off = self.totals.discount_minor
        return "" if off == 0 else "−" + self._money(off)

    discountText = Property(str, _get_discount_text, notify=sale_changed)

    def _get_tax_text(self) -> str:
        if self._counter is not None:
            return self._money(self._counter.tax_minor)
        return self._money(self.totals.tax_minor)

    taxText = Property(str, _get_tax_text, notify=sale_changed)

    def _get_item_count(self) -> int:
        return self._counter.items if self._counter else self._cart.count

    itemCount = Property(int, _get_item_count, notify=sale_changed)

    def _get_customer_name(self) -> str:
        return self._customer.name if self._customer else ""

    customerName = Property(str, _get_customer_name, notify=sale_changed)

    def _get_selected(self) -> str:
        return self._selected

    selectedLine = Property(str, _get_selected, notify=sale_changed)

    def _get_order_discount_reason(self) -> str:
        return self._discounts.order.reason if self._discounts.order else ""

    orderDiscountReason = Property(str, _get_order_discount_reason, notify=sale_changed)

    def _get_note(self) -> str:
        return self._note

    orderNote = Property(str, _get_note, notify=sale_changed)

    def _get_counter_number(self) -> str:
        return self._counter.number if self._counter else ""

    counterNumber = Property(str, _get_counter_number, notify=sale_changed)

    def _get_order_type(self) -> str:
        return self._cart.order_type or ""

    orderType = Property(str, _get_order_type, notify=sale_changed)

    def _get_quantity_open(self) -> bool:
        return self._quantity_open

    quantityOpen = Property(bool, _get_quantity_open, notify=quantity_changed)

    def _get_quantity_text(self) -> str:
        return self._state.entry

    quantityText = Property(str, _get_quantity_text, notify=quantity_changed)

    def _get_selected_name(self) -> str:
        try:
            line = self._cart.line(self._selected) if self._selected else None
        except CartError:
            line = None
        if line is None:
            return ""
        return f"{line.name} ({line.options_text})" if line.options_text else line.name

    selectedName = Property(str, _get_selected_name, notify=sale_changed)

    # -- slots --------------------------------------------------------------------------------

    @Slot()
    def openQuantity(self) -> None:
        """The keypad for the selected line's quantity (Ctrl+Q), over the cart."""
        if not self._selected:
            self._state.say(tr("Select a line first."), MessageKind.ERROR)
            return
        if self.locked():
            return
        self._state.clearEntry()
        self._quantity_open = True
        self.quantity_changed.emit()

    @Slot()
    def closeQuantity(self) -> None:
        if self._quantity_open:
            self._quantity_open = False
            self._state.clearEntry()
            self.quantity_changed.emit()

    @property
    def quantity_open(self) -> bool:
        return self._quantity_open

    @Slot()
    def applyQuantity(self) -> None:
        self.quantityFromEntry()
        self.closeQuantity()

    @Slot(str)
    def selectLine(self, line_id: str) -> None:
        self._selected = line_id
        self._changed(edited=False)

    @Slot(int)
    def changeQuantity(self, delta: int) -> None:
        if not self._selected or self.locked():
            return
        try:
            quantity = self._cart.line(self._selected).quantity + delta
        except CartError:
            return
        self._set_quantity(quantity)

    @Slot()
    def quantityFromEntry(self) -> None:
        """The keypad's number becomes the selected line's quantity."""
        if self._selected and self._state.entry and not self.locked():
            self._set_quantity(min(self._state.entry_minor, MAX_KEYPAD_QUANTITY))
            self._state.clearEntry()

    def _set_quantity(self, quantity: int) -> None:
        try:
            self._cart = self._cart.set_quantity(self._selected, max(0, quantity))
        except CartError:
            self._state.say(tr("That many cannot be sold."), MessageKind.ERROR)
            return
        if self._selected not in {ln.line_id for ln in self._cart.lines}:
            self.drop_line_discount(self._selected)
            self._selected = self._cart.lines[-1].line_id if self._cart.lines else ""
        self._changed()

    @Slot()
    def removeLine(self) -> None:
        if self._selected and not self.locked():
            self._set_quantity(0)

    def drop_line_discount(self, line_id: str) -> None:
        if line_id in self._discounts.lines:
            lines = {k: v for k, v in self._discounts.lines.items() if k != line_id}
            self._discounts = replace(self._discounts, lines=lines)

    @Slot(str)
    def setNote(self, note: str) -> None:
        if self.locked():
            return
        self._note = note[:MAX_NOTE]
        self._changed()

    @Slot(str)
    def setOrderType(self, order_type: str) -> None:
        """ "eat_in" / "take_away", or "" for none; sent as the order type like the kiosk."""
        self._cart = self._cart.with_order_type(order_type if order_type in ORDER_TYPES else None)
        self._changed()

    @Slot()
    def detachCustomer(self) -> None:
        self.set_customer(None)

    @Slot()
    def clearSale(self) -> None:
        self._cart = Cart(self._desk.currency)
        self._discounts = Discounts.none()
        self._customer = None
        self._note = ""
        self._selected = ""
        self._counter = None
        self._quantity_open = False
        self.quantity_changed.emit()
        self._changed()
        self.cleared.emit()
