"""The checkout station's view-model: sign-in, the sale, customers, discounts, park, cash, card.

A mode of the app with its own screens (`StationScreen`), not a branch of the customer
screens; it talks only to `StationDesk` (services) and the staff `StaffAuthenticator`. It owns
the sale in progress (cart, discounts, customer, note) as immutable values, so a payment
works on a snapshot while the screen goes on. Services return codes; every sentence is made
here with `tr`.

Keyboard: QML binds a shortcut to every action (F-keys shown on the buttons); a window-wide
event filter (`kiosk.ui.station.keys.ScannerFilter`) feeds every printable key and Enter to
`key_event`/`enter_event`, which tell a barcode scanner's burst from typing
(`kiosk.services.station.scanner`). A scan adds the variant wherever the focus is and the
scanned characters are taken back out of the search field.

Money typed on the keypad is in minor units ("1250" is 12.50 EUR, 1,250 JPY): the same keys
work for every currency and no decimal separator is needed.

Async: each slot schedules its ``*_async`` twin in a `TaskSlot`; tests await the twins.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import replace
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import Cart, CartError
from kiosk.domain.money import exponent
from kiosk.domain.pricing import Totals
from kiosk.services.checkout import (
    CheckoutError,
    CheckoutOutcome,
    CheckoutUnavailable,
    ResultCode,
)
from kiosk.services.staff import SignInOutcome, SignInResult, StaffUser
from kiosk.services.staff.desk import DeskOutcome
from kiosk.services.station.cash import CashOutcome
from kiosk.services.station.customers import (
    CustomerOutcome,
    CustomerProblem,
    CustomerRow,
)
from kiosk.services.station.desk import SaleExtras, StationDesk
from kiosk.services.station.discounts import (
    Discount,
    DiscountKind,
    DiscountOutcome,
    Discounts,
    check_discount,
    is_manager,
    line_base,
    order_base,
)
from kiosk.services.station.park import ParkedOrder, ParkOutcome
from kiosk.services.station.scanner import KeyVerdict, ScanDetector
from kiosk.services.station.search import SearchHit
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.viewmodels.tasks import TaskSlot

log = logging.getLogger(__name__)

MAX_PIN = 12
MAX_MONEY_DIGITS = 8


class SignInPort(Protocol):
    async def sign_in_async(self, pin: str) -> SignInResult: ...


class StationScreen(StrEnum):
    SIGN_IN = "signIn"
    OPEN_TILL = "openTill"
    SALE = "sale"
    CUSTOMER = "customer"
    DISCOUNT = "discount"
    CASH = "cash"
    CARD = "card"
    PARKED = "parked"
    CLOSE_TILL = "closeTill"
    DONE = "done"  # paid: change due, order number


class MessageKind(StrEnum):
    NONE = ""
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


class ResultListModel(RowListModel):
    ROLES = ("key", "name", "options", "sku", "price", "available")


class LineListModel(RowListModel):
    ROLES = ("lineId", "name", "options", "quantity", "total", "discount", "selected")


class CustomerListModel(RowListModel):
    ROLES = ("customerId", "name", "email", "phone")


class ParkedListModel(RowListModel):
    ROLES = ("orderId", "label", "by", "time", "total", "items")


def _customer_problem_text(problem: CustomerProblem) -> str:
    return {
        CustomerProblem.EMAIL_INVALID: tr("Enter an e-mail address such as name@example.com."),
        CustomerProblem.FIRST_NAME_MISSING: tr("Enter the first name."),
        CustomerProblem.LAST_NAME_MISSING: tr("Enter the last name."),
        CustomerProblem.NAME_TOO_LONG: tr("Names can be at most 60 characters."),
        CustomerProblem.PHONE_INVALID: tr("Enter a phone number of 6 to 15 digits, or none."),
        CustomerProblem.EMAIL_TAKEN: tr("A customer with this e-mail exists: attach them instead."),
    }[problem]


class StationViewModel(QObject):
    """`station` in QML; see the module docstring."""

    changed = Signal()  # screen, user, busy, message
    pin_changed = Signal()
    sale_changed = Signal()  # cart, totals, customer, discounts
    results_changed = Signal()
    entry_changed = Signal()  # the keypad entry and what depends on it
    discount_changed = Signal()
    customer_form_changed = Signal()
    query_reset = Signal(str)  # the view-model changed the search text (a scan, a new sale)

    def __init__(
        self,
        *,
        desk: StationDesk,
        auth: SignInPort,
        locale: str = "en_GB",
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._desk = desk
        self._auth = auth
        self._money = PriceFormatter(locale, desk.currency)
        self._monotonic = monotonic
        self._screen = StationScreen.SIGN_IN
        self._user: StaffUser | None = None
        self._busy = False
        self._message = ""
        self._message_kind = MessageKind.NONE
        self._pin = ""
        self._cart = Cart(desk.currency)
        self._discounts = Discounts.none()
        self._customer: CustomerRow | None = None
        self._note = ""
        self._selected = ""
        self._query = ""
        self._hits: list[SearchHit] = []
        self._entry = ""
        self._discount_target = "line"
        self._discount_kind = DiscountKind.PERCENT
        self._discount_reason = ""
        self._manager_needed = False
        self._customer_query = ""
        self._customer_errors: list[str] = []
        self._parked: list[ParkedOrder] = []
        self._last_change_minor = 0
        self._last_order = ""
        self._card_status = ""
        self._card_cancel: asyncio.Event | None = None
        self._card_checkout: str | None = None
        self._paying = False
        self._closing: dict[str, str] = {}
        self._scanner = ScanDetector(
            max_gap_s=desk.rules.scan_gap_s, min_length=desk.rules.scan_min_length
        )
        self.results = ResultListModel(self)
        self.lines = LineListModel(self)
        self.customer_list = CustomerListModel(self)
        self.parked_list = ParkedListModel(self)
        self._tasks: dict[str, TaskSlot] = {}

    # -- plumbing -----------------------------------------------------------------------------

    def _run(self, name: str, coro: Coroutine[Any, Any, Any]) -> None:
        self._tasks.setdefault(name, TaskSlot(f"station.{name}")).start(coro)

    @property
    def tasks_running(self) -> bool:
        return any(slot.running for slot in self._tasks.values())

    def _say(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        self._message = text
        self._message_kind = kind if text else MessageKind.NONE
        self.changed.emit()

    def _go(self, screen: StationScreen) -> None:
        self._screen = screen
        self._entry = ""
        self.entry_changed.emit()
        self.changed.emit()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.changed.emit()

    def _unreachable(self) -> None:
        self._say(
            tr("Final POS did not answer. Check the network, then try again."), MessageKind.ERROR
        )

    # -- properties ---------------------------------------------------------------------------

    @property
    def desk(self) -> StationDesk:
        return self._desk

    def _get_screen(self) -> str:
        return self._screen.value

    screen = Property(str, _get_screen, notify=changed)

    @property
    def screen_enum(self) -> StationScreen:
        return self._screen

    def _get_user_name(self) -> str:
        return self._user.name if self._user else ""

    userName = Property(str, _get_user_name, notify=changed)

    def _get_busy(self) -> bool:
        return self._busy

    busy = Property(bool, _get_busy, notify=changed)

    def _get_message(self) -> str:
        return self._message

    message = Property(str, _get_message, notify=changed)

    def _get_message_kind(self) -> str:
        return self._message_kind.value

    messageKind = Property(str, _get_message_kind, notify=changed)

    def _get_pin_dots(self) -> str:
        return "•" * len(self._pin)

    pinDots = Property(str, _get_pin_dots, notify=pin_changed)

    def _get_query(self) -> str:
        return self._query

    query = Property(str, _get_query, notify=results_changed)

    def _get_results(self) -> QObject:
        return self.results

    resultModel = Property(QObject, _get_results, constant=True)

    def _get_lines(self) -> QObject:
        return self.lines

    lineModel = Property(QObject, _get_lines, constant=True)

    def _get_customers(self) -> QObject:
        return self.customer_list

    customerModel = Property(QObject, _get_customers, constant=True)

    def _get_parked(self) -> QObject:
        return self.parked_list

    parkedModel = Property(QObject, _get_parked, constant=True)

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
    def totals(self) -> Totals:
        return self._desk.price(self._cart, self._discounts)

    def _get_total_text(self) -> str:
        return self._money(self.totals.total_minor)

    totalText = Property(str, _get_total_text, notify=sale_changed)

    def _get_subtotal_text(self) -> str:
        return self._money(self.totals.subtotal_minor)

    subtotalText = Property(str, _get_subtotal_text, notify=sale_changed)

    def _get_discount_text(self) -> str:
        off = self.totals.discount_minor
        return "" if off == 0 else "−" + self._money(off)

    discountText = Property(str, _get_discount_text, notify=sale_changed)

    def _get_tax_text(self) -> str:
        return self._money(self.totals.tax_minor)

    taxText = Property(str, _get_tax_text, notify=sale_changed)

    def _get_item_count(self) -> int:
        return self._cart.count

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

    # keypad entry (PIN aside): money in minor units, or a quantity
    def _get_entry_text(self) -> str:
        if self._screen is StationScreen.DISCOUNT and self._discount_kind is DiscountKind.PERCENT:
            return f"{int(self._entry or 0) / 100:.2f} %" if self._entry else ""
        return self._money(self.entry_minor) if self._entry else ""

    entryText = Property(str, _get_entry_text, notify=entry_changed)

    @property
    def entry_minor(self) -> int:
        return int(self._entry or 0)

    def _get_change_text(self) -> str:
        change = self.entry_minor - self.totals.total_minor
        return self._money(change) if self._entry and change >= 0 else ""

    changeText = Property(str, _get_change_text, notify=entry_changed)

    def _get_cash_enough(self) -> bool:
        return bool(self._entry) and self.entry_minor >= self.totals.total_minor

    cashEnough = Property(bool, _get_cash_enough, notify=entry_changed)

    def _get_last_change(self) -> str:
        return self._money(self._last_change_minor)

    lastChangeText = Property(str, _get_last_change, notify=changed)

    def _get_last_order(self) -> str:
        return self._last_order

    lastOrder = Property(str, _get_last_order, notify=changed)

    def _get_card_status(self) -> str:
        return self._card_status

    cardStatus = Property(str, _get_card_status, notify=changed)

    def _get_discount_target(self) -> str:
        return self._discount_target

    discountTarget = Property(str, _get_discount_target, notify=discount_changed)

    def _get_discount_kind(self) -> str:
        return self._discount_kind.value

    discountKind = Property(str, _get_discount_kind, notify=discount_changed)

    def _get_discount_reason(self) -> str:
        return self._discount_reason

    discountReason = Property(str, _get_discount_reason, notify=discount_changed)

    def _get_manager_needed(self) -> bool:
        return self._manager_needed

    managerNeeded = Property(bool, _get_manager_needed, notify=discount_changed)

    def _get_discount_limit(self) -> str:
        return f"{self._desk.rules.discount_limit_bp / 100:g} %"

    discountLimitText = Property(str, _get_discount_limit, constant=True)

    def _get_customer_errors(self) -> list[str]:
        return list(self._customer_errors)

    customerErrors = Property(list, _get_customer_errors, notify=customer_form_changed)

    def _get_customer_query(self) -> str:
        return self._customer_query

    customerQuery = Property(str, _get_customer_query, notify=customer_form_changed)

    def _get_closing(self) -> dict[str, str]:
        return dict(self._closing)

    closing = Property(dict, _get_closing, notify=changed)

    # -- sign in, switch user, till -----------------------------------------------------------

    @Slot(str)
    def digit(self, d: str) -> None:
        if not (d.isdigit() and len(d) == 1):
            return
        if self._screen is StationScreen.SIGN_IN or self._manager_needed:
            if len(self._pin) < MAX_PIN:
                self._pin += d
                self.pin_changed.emit()
            return
        if len(self._entry) < MAX_MONEY_DIGITS and not (d == "0" and not self._entry):
            self._entry += d
            self.entry_changed.emit()

    @Slot()
    def backspace(self) -> None:
        if self._screen is StationScreen.SIGN_IN or self._manager_needed:
            self._pin = self._pin[:-1]
            self.pin_changed.emit()
        else:
            self._entry = self._entry[:-1]
            self.entry_changed.emit()

    @Slot()
    def clearEntry(self) -> None:
        self._entry = ""
        self.entry_changed.emit()

    @Slot()
    def signIn(self) -> None:
        self._run("sign_in", self.sign_in_async())

    async def sign_in_async(self) -> None:
        pin, self._pin = self._pin, ""
        self.pin_changed.emit()
        if not pin:
            return
        self._set_busy(True)
        try:
            result = await self._auth.sign_in_async(pin)
            if result.outcome is not SignInOutcome.SIGNED_IN or result.user is None:
                self._say(self._sign_in_text(result), MessageKind.ERROR)
                return
            self._user = result.user
            self._say(tr("Signed in as {name}.", name=result.user.name), MessageKind.SUCCESS)
            outcome = await self._desk.till.is_open_async()
            if outcome is DeskOutcome.NO_SESSION:
                self._go(StationScreen.OPEN_TILL)
            else:
                self._go(StationScreen.SALE)
                if outcome is DeskOutcome.UNREACHABLE:
                    self._unreachable()
            await self._desk.customers.refresh_async()
        finally:
            self._set_busy(False)

    @staticmethod
    def _sign_in_text(result: SignInResult) -> str:
        if result.outcome is SignInOutcome.LOCKED:
            return tr(
                "Too many wrong PINs. Try again in {s} seconds.", s=int(result.seconds_left) + 1
            )
        if result.outcome is SignInOutcome.NOT_ALLOWED:
            return tr("This person may not use the checkout station.")
        if result.outcome is SignInOutcome.NO_STAFF:
            return tr("No staff are set up. Add someone with `kiosk staff add`.")
        return tr("That PIN is not right. Try again.")

    async def stage_user_async(self, user: StaffUser) -> None:
        """Screenshot mode: sign `user` in without a PIN (then the till, as after a PIN)."""
        self._user = user
        outcome = await self._desk.till.is_open_async()
        self._go(
            StationScreen.OPEN_TILL if outcome is DeskOutcome.NO_SESSION else StationScreen.SALE
        )

    @Slot()
    def switchUser(self) -> None:
        """Sign out; the sale in progress stays for the next person."""
        self._user = None
        self._pin = ""
        self.pin_changed.emit()
        self._go(StationScreen.SIGN_IN)
        if self._cart.is_empty:
            self._say(tr("Signed out."))
        else:
            self._say(tr("Signed out. The sale stays open for the next person."))

    @Slot()
    def openTill(self) -> None:
        self._run("till", self.open_till_async())

    async def open_till_async(self) -> None:
        assert self._user is not None
        self._set_busy(True)
        try:
            float_minor = self.entry_minor
            outcome = await self._desk.till.open_async(
                opened_by=self._user.name, float_minor=float_minor
            )
            if outcome is DeskOutcome.OK:
                self._go(StationScreen.SALE)
                self._say(
                    tr("Till open with a float of {amount}.", amount=self._money(float_minor)),
                    MessageKind.SUCCESS,
                )
            else:
                self._unreachable()
        finally:
            self._set_busy(False)

    @Slot()
    def openCloseTill(self) -> None:
        self._closing = {}
        self._go(StationScreen.CLOSE_TILL)
        self._say(tr("Count the cash in the drawer and enter the total."))

    @Slot()
    def closeTill(self) -> None:
        self._run("till", self.close_till_async())

    async def close_till_async(self) -> None:
        assert self._user is not None
        self._set_busy(True)
        try:
            counted = self.entry_minor
            outcome, count = await self._desk.till.close_async(
                closed_by=self._user.name, counted_minor=counted
            )
            if outcome is DeskOutcome.NO_SESSION:
                self._say(tr("There is no open till to close."), MessageKind.ERROR)
                return
            if outcome is not DeskOutcome.OK or count is None:
                self._unreachable()
                return
            diff = count.difference_minor
            self._closing = {
                "opening": self._money(count.opening_minor),
                "expected": self._money(count.expected_minor),
                "counted": self._money(count.counted_minor),
                "difference": ("+" if diff > 0 else "") + self._money(diff),
            }
            self.changed.emit()
            if diff == 0:
                self._say(tr("Till closed. The cash matches."), MessageKind.SUCCESS)
            else:
                self._say(
                    tr(
                        "Till closed. The cash is {amount} {way}.",
                        amount=self._money(abs(diff)),
                        way=tr("over") if diff > 0 else tr("short"),
                    ),
                    MessageKind.INFO,
                )
        finally:
            self._set_busy(False)

    # -- finding products ---------------------------------------------------------------------

    @Slot(str)
    def setQuery(self, text: str) -> None:
        self._query = text
        self._hits = self._desk.index.search(text) if text.strip() else []
        self.results.set_rows(
            [
                (
                    i,
                    h.name,
                    h.options_text,
                    h.sku or "",
                    self._money(h.price_minor),
                    h.available,
                )
                for i, h in enumerate(self._hits)
            ]
        )
        self.results_changed.emit()

    def _reset_query(self, text: str) -> None:
        self.setQuery(text)
        self.query_reset.emit(text)

    @Slot(int)
    def addResult(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            self._add(self._hits[row])

    def _add(self, hit: SearchHit) -> bool:
        found = self._desk.variant_of(hit)
        if found is None:
            self._say(tr("This product is no longer on the menu."), MessageKind.ERROR)
            return False
        product, variant = found
        try:
            self._cart = self._cart.add(product, variant)
        except CartError:
            self._say(tr("{name} is sold out.", name=product.name), MessageKind.ERROR)
            return False
        self._selected = f"{product.id}:{variant.id or '-'}"
        label = f"{hit.name} ({hit.options_text})" if hit.options_text else hit.name
        self._say(tr("Added {name}.", name=label), MessageKind.SUCCESS)
        self._sale_changed()
        return True

    def key_event(self, char: str, at: float | None = None) -> KeyVerdict:
        """A printable key anywhere in the station window (the scanner filter calls it)."""
        return self._scanner.key(char, self._monotonic() if at is None else at).verdict

    def enter_event(self, at: float | None = None) -> bool:
        """Enter anywhere: True when it ended a scan (the filter then swallows the Enter)."""
        result = self._scanner.enter(self._monotonic() if at is None else at)
        if result.verdict is KeyVerdict.SCANNED:
            self.code_scanned(result.text)
            return True
        return False

    def code_scanned(self, code: str) -> bool:
        if self._query.endswith(code):  # the burst also reached the search field
            self._reset_query(self._query[: -len(code)])
        if self._screen is not StationScreen.SALE or self._user is None:
            self._say(tr("Scanned {code}: open the sale to add it.", code=code))
            return False
        hit = self._desk.index.lookup_code(code)
        if hit is None:
            self._say(tr("Barcode {code} is not on the menu.", code=code), MessageKind.ERROR)
            return False
        return self._add(hit)

    @Slot(str)
    def scanned(self, code: str) -> None:
        self.code_scanned(code)

    # -- the cart -----------------------------------------------------------------------------

    def _sale_changed(self) -> None:
        if self._card_checkout is not None and not self._paying:
            # The sale changed after a declined or cancelled card: that order is given up.
            stale, self._card_checkout = self._card_checkout, None
            self._run("abandon", self._desk.abandon_card_async(stale))
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
        self.lines.set_rows(rows)
        self.sale_changed.emit()
        self.entry_changed.emit()

    @Slot(str)
    def selectLine(self, line_id: str) -> None:
        self._selected = line_id
        self._sale_changed()

    @Slot(int)
    def changeQuantity(self, delta: int) -> None:
        if not self._selected:
            return
        try:
            quantity = self._cart.line(self._selected).quantity + delta
            self._set_quantity(quantity)
        except CartError:
            return

    @Slot()
    def quantityFromEntry(self) -> None:
        """The keypad's number becomes the selected line's quantity."""
        if self._selected and self._entry:
            self._set_quantity(min(self.entry_minor, 99))
            self.clearEntry()

    def _set_quantity(self, quantity: int) -> None:
        try:
            self._cart = self._cart.set_quantity(self._selected, max(0, quantity))
        except CartError:
            self._say(tr("That many cannot be sold."), MessageKind.ERROR)
            return
        if self._selected not in {ln.line_id for ln in self._cart.lines}:
            self._drop_line_discount(self._selected)
            self._selected = self._cart.lines[-1].line_id if self._cart.lines else ""
        self._sale_changed()

    @Slot()
    def removeLine(self) -> None:
        if self._selected:
            self._set_quantity(0)

    def _drop_line_discount(self, line_id: str) -> None:
        if line_id in self._discounts.lines:
            lines = {k: v for k, v in self._discounts.lines.items() if k != line_id}
            self._discounts = replace(self._discounts, lines=lines)

    @Slot(str)
    def setNote(self, note: str) -> None:
        self._note = note[:500]

    @Slot()
    def clearSale(self) -> None:
        self._cart = Cart(self._desk.currency)
        self._discounts = Discounts.none()
        self._customer = None
        self._note = ""
        self._selected = ""
        self._reset_query("")
        self._sale_changed()

    @Slot()
    def back(self) -> None:
        if self._screen is StationScreen.CARD:
            self.cancelCard()
            return
        if self._screen in (StationScreen.SIGN_IN, StationScreen.OPEN_TILL):
            return
        self._manager_needed = False
        self.discount_changed.emit()
        self._go(StationScreen.SALE)

    # -- discounts ----------------------------------------------------------------------------

    @Slot(str)
    def openDiscount(self, target: str) -> None:
        if self._cart.is_empty or (target == "line" and not self._selected):
            self._say(tr("Add something to the sale first."), MessageKind.ERROR)
            return
        self._discount_target = "order" if target == "order" else "line"
        self._discount_reason = ""
        self._manager_needed = False
        self._pin = ""
        self.pin_changed.emit()
        self.discount_changed.emit()
        self._go(StationScreen.DISCOUNT)
        self._say(tr("Up to {limit} without a manager.", limit=self._get_discount_limit()))

    @Slot(str)
    def setDiscountKind(self, kind: str) -> None:
        self._discount_kind = DiscountKind(kind)
        self.discount_changed.emit()
        self.entry_changed.emit()

    @Slot(str)
    def setDiscountReason(self, reason: str) -> None:
        self._discount_reason = reason[:120]
        self.discount_changed.emit()

    def _discount(self, approved_by: str | None = None) -> tuple[Discount, int]:
        discount = Discount(
            self._discount_kind, self.entry_minor, self._discount_reason.strip(), approved_by
        )
        if self._discount_target == "line":
            return discount, line_base(self._cart, self._selected)
        without = replace(self._discounts, order=None)
        return discount, order_base(self._cart, without)

    @Slot()
    def applyDiscount(self) -> None:
        self._apply_discount(None)

    def _apply_discount(self, approved_by: str | None) -> DiscountOutcome:
        discount, base = self._discount(approved_by)
        outcome = check_discount(discount, base, limit_bp=self._desk.rules.discount_limit_bp)
        if outcome is DiscountOutcome.NO_REASON:
            self._say(tr("Give a reason for the discount."), MessageKind.ERROR)
        elif outcome is DiscountOutcome.INVALID:
            self._say(
                tr("Enter a discount above zero and no larger than the amount."),
                MessageKind.ERROR,
            )
        elif outcome is DiscountOutcome.NEEDS_MANAGER:
            self._manager_needed = True
            self._pin = ""
            self.pin_changed.emit()
            self.discount_changed.emit()
            self._say(
                tr(
                    "This is above {limit}: a manager enters their PIN to allow it.",
                    limit=self._get_discount_limit(),
                )
            )
        else:
            if self._discount_target == "line":
                lines = {**self._discounts.lines, self._selected: discount}
                self._discounts = replace(self._discounts, lines=lines)
            else:
                self._discounts = replace(self._discounts, order=discount)
            self._manager_needed = False
            self.discount_changed.emit()
            self._sale_changed()
            self._go(StationScreen.SALE)
            self._say(tr("Discount applied."), MessageKind.SUCCESS)
        return outcome

    @Slot()
    def approveDiscount(self) -> None:
        self._run("discount", self.approve_discount_async())

    async def approve_discount_async(self) -> DiscountOutcome:
        pin, self._pin = self._pin, ""
        self.pin_changed.emit()
        self._set_busy(True)
        try:
            result = await self._auth.sign_in_async(pin)
        finally:
            self._set_busy(False)
        if result.user is None or result.outcome not in (
            SignInOutcome.SIGNED_IN,
            SignInOutcome.NOT_ALLOWED,
        ):
            self._say(self._sign_in_text(result), MessageKind.ERROR)
            return DiscountOutcome.NOT_MANAGER
        if not is_manager(result.user.role):
            self._say(tr("{name} is not a manager.", name=result.user.name), MessageKind.ERROR)
            return DiscountOutcome.NOT_MANAGER
        return self._apply_discount(result.user.name)

    @Slot()
    def removeDiscount(self) -> None:
        if self._discount_target == "line":
            self._drop_line_discount(self._selected)
        else:
            self._discounts = replace(self._discounts, order=None)
        self._sale_changed()
        self._go(StationScreen.SALE)

    # -- customers ----------------------------------------------------------------------------

    @Slot()
    def openCustomers(self) -> None:
        self._customer_errors = []
        self.customer_form_changed.emit()
        self._go(StationScreen.CUSTOMER)
        self._say(tr("Find the customer, or create them on the right."))
        self._run("customers", self.refresh_customers_async())

    async def refresh_customers_async(self) -> None:
        if await self._desk.customers.refresh_async() is not CustomerOutcome.OK:
            self._unreachable()
        self.setCustomerQuery(self._customer_query)

    @Slot(str)
    def setCustomerQuery(self, text: str) -> None:
        self._customer_query = text
        self.customer_form_changed.emit()
        rows = self._desk.customers.search(text) if text.strip() else []
        self.customer_list.set_rows([(r.id, r.name, r.email, r.phone) for r in rows])

    @Slot(str)
    def attachCustomer(self, customer_id: str) -> None:
        row = self._desk.customers.by_id(customer_id)
        if row is not None:
            self._attach(row)

    def _attach(self, row: CustomerRow) -> None:
        self._customer = row
        self._sale_changed()
        self._go(StationScreen.SALE)
        self._say(tr("{name} is on this sale.", name=row.name), MessageKind.SUCCESS)

    @Slot()
    def detachCustomer(self) -> None:
        self._customer = None
        self._sale_changed()

    @Slot(str, str, str, str)
    def createCustomer(self, email: str, first: str, last: str, phone: str) -> None:
        self._run("customers", self.create_customer_async(email, first, last, phone))

    async def create_customer_async(
        self, email: str, first: str, last: str, phone: str = ""
    ) -> CustomerOutcome:
        self._set_busy(True)
        try:
            result = await self._desk.customers.create_async(
                email=email, first_name=first, last_name=last, phone=phone
            )
        finally:
            self._set_busy(False)
        self._customer_errors = [_customer_problem_text(p) for p in result.problems]
        self.customer_form_changed.emit()
        if result.outcome is CustomerOutcome.OK and result.customer is not None:
            self._attach(result.customer)
        elif result.outcome is CustomerOutcome.INVALID:
            self._say(tr("Check the details marked below."), MessageKind.ERROR)
        elif result.outcome is CustomerOutcome.UNKNOWN:
            self._say(
                tr("Final POS did not confirm the new customer. Search for them in a minute."),
                MessageKind.ERROR,
            )
        else:
            self._unreachable()
        return result.outcome

    # -- park and resume ----------------------------------------------------------------------

    def _extras(self) -> SaleExtras:
        assert self._user is not None
        return SaleExtras(
            employee=self._user.name,
            customer_id=self._customer.id if self._customer else None,
            discounts=self._discounts,
            note=self._note,
        )

    @Slot(str)
    def park(self, label: str) -> None:
        self._run("park", self.park_async(label))

    async def park_async(self, label: str = "") -> ParkOutcome:
        if self._cart.is_empty or self._user is None:
            return ParkOutcome.EMPTY
        self._set_busy(True)
        try:
            outcome, _order_id = await self._desk.parked.park_async(
                self.totals,
                discounts=self._discounts,
                parked_by=self._user.name,
                label=label.strip(),
                customer_id=self._customer.id if self._customer else None,
                note=self._note,
            )
        finally:
            self._set_busy(False)
        if outcome is ParkOutcome.OK:
            self.clearSale()
            self._say(tr("Sale parked. Resume it from Parked sales."), MessageKind.SUCCESS)
        else:
            self._unreachable()
        return outcome

    @Slot()
    def openParked(self) -> None:
        self._go(StationScreen.PARKED)
        self._run("parked", self.refresh_parked_async())

    async def refresh_parked_async(self) -> None:
        self._set_busy(True)
        try:
            outcome, parked = await self._desk.parked.list_async()
        finally:
            self._set_busy(False)
        if outcome is not ParkOutcome.OK:
            self._unreachable()
        self._parked = parked
        self.parked_list.set_rows(
            [
                (
                    p.order_id,
                    p.label or tr("Parked sale"),
                    p.parked_by,
                    p.parked_at.astimezone().strftime("%H:%M") if p.parked_at else "",
                    self._money(p.total_minor),
                    sum(ln.quantity for ln in p.lines),
                )
                for p in parked
            ]
        )

    @Slot(str)
    def resumeParked(self, order_id: str) -> None:
        self._run("parked", self.resume_parked_async(order_id))

    async def resume_parked_async(self, order_id: str) -> ParkOutcome:
        if not self._cart.is_empty:
            self._say(tr("Finish or park the current sale first."), MessageKind.ERROR)
            return ParkOutcome.EMPTY
        assert self._user is not None
        self._set_busy(True)
        try:
            outcome, parked = await self._desk.parked.resume_async(
                order_id, resumed_by=self._user.name
            )
        finally:
            self._set_busy(False)
        if outcome is ParkOutcome.NOT_PARKED or outcome is ParkOutcome.NOT_FOUND:
            self._say(tr("That sale was already resumed or closed."), MessageKind.ERROR)
            await self.refresh_parked_async()
            return outcome
        if outcome is not ParkOutcome.OK or parked is None:
            self._unreachable()
            return outcome
        cart = Cart(self._desk.currency)
        missing = 0
        for line in parked.lines:
            product = self._desk.product(line.product_id)
            variant = product.variant(line.variant_id) if product else None
            if product is None or variant is None:
                missing += 1
                continue
            try:
                cart = cart.add(product, variant, line.quantity)
            except CartError:
                missing += 1
        self._cart = cart
        known = {ln.line_id for ln in cart.lines}
        self._discounts = Discounts(
            {k: v for k, v in parked.discounts.lines.items() if k in known},
            parked.discounts.order,
        )
        self._customer = None
        if parked.customer_id:
            await self._desk.customers.refresh_async()
            self._customer = self._desk.customers.by_id(parked.customer_id)
        self._note = parked.note
        self._selected = cart.lines[-1].line_id if cart.lines else ""
        self._sale_changed()
        self._go(StationScreen.SALE)
        if missing:
            self._say(
                tr("Sale resumed; {n} item(s) are no longer on the menu.", n=missing),
                MessageKind.ERROR,
            )
        else:
            self._say(tr("Sale resumed."), MessageKind.SUCCESS)
        return ParkOutcome.OK

    # -- cash ---------------------------------------------------------------------------------

    @Slot()
    def openCash(self) -> None:
        if self._cart.is_empty:
            self._say(tr("Add something to the sale first."), MessageKind.ERROR)
            return
        self._go(StationScreen.CASH)
        self._say(tr("Enter the cash the customer hands over."))

    @Slot()
    def exactCash(self) -> None:
        self._entry = str(self.totals.total_minor)
        self.entry_changed.emit()

    @Slot()
    def nextNote(self) -> None:
        """The next round amount above the total (a 10 in the currency's major unit)."""
        step = 10 * 10 ** exponent(self._desk.currency)
        total = self.totals.total_minor
        self._entry = str((total // step + 1) * step)
        self.entry_changed.emit()

    @Slot()
    def takeCash(self) -> None:
        self._run("pay", self.take_cash_async())

    async def take_cash_async(self) -> CashOutcome:
        tendered = self.entry_minor
        self._set_busy(True)
        try:
            result = await self._desk.sell_cash_async(self._cart, self._extras(), tendered)
        finally:
            self._set_busy(False)
        if result.outcome is CashOutcome.NOT_ENOUGH:
            self._say(
                tr(
                    "That is less than the total of {total}.",
                    total=self._money(result.total_minor),
                ),
                MessageKind.ERROR,
            )
        elif result.outcome in (CashOutcome.PAID, CashOutcome.PENDING):
            self._finished(result.order_number or "", result.change_minor)
            if result.outcome is CashOutcome.PENDING:
                self._say(
                    tr(
                        "Paid in cash. Final POS has not confirmed it yet; the station "
                        "finishes recording it by itself."
                    ),
                    MessageKind.INFO,
                )
        elif result.outcome is CashOutcome.INVALID:
            self._say(tr("This sale cannot be taken: check the items."), MessageKind.ERROR)
        else:
            self._unreachable()
        return result.outcome

    def _finished(self, order_number: str, change_minor: int) -> None:
        self._last_order = order_number
        self._last_change_minor = change_minor
        self.clearSale()
        self._go(StationScreen.DONE)
        if change_minor:
            self._say(
                tr("Give {amount} change.", amount=self._money(change_minor)), MessageKind.SUCCESS
            )
        else:
            self._say(tr("Paid. No change due."), MessageKind.SUCCESS)

    @Slot()
    def newSale(self) -> None:
        self._go(StationScreen.SALE)
        self._say("")

    # -- card ---------------------------------------------------------------------------------

    @Slot()
    def payCard(self) -> None:
        if self._cart.is_empty:
            self._say(tr("Add something to the sale first."), MessageKind.ERROR)
            return
        self._run("pay", self.pay_card_async())

    async def pay_card_async(self) -> CheckoutOutcome | None:
        self._go(StationScreen.CARD)
        self._card_status = tr("Preparing the reader…")
        self._say(tr("The customer pays on the reader."))
        self._card_cancel = asyncio.Event()
        self._paying = True
        try:
            return await self._pay_card()
        finally:
            self._paying = False

    async def _pay_card(self) -> CheckoutOutcome | None:
        assert self._card_cancel is not None
        try:
            if self._card_checkout is None:
                pending = await self._desk.begin_card_async(self._cart, self._extras())
                self._card_checkout = pending.checkout_id
            result = await self._desk.pay_card_async(
                self._card_checkout, cancel=self._card_cancel, on_status=self._on_card_status
            )
        except CheckoutUnavailable:
            self._card_checkout = None
            self._go(StationScreen.SALE)
            self._say(
                tr("Final POS cannot take the order right now. Nothing was charged."),
                MessageKind.ERROR,
            )
            return None
        except CheckoutError:
            self._card_checkout = None
            self._go(StationScreen.SALE)
            self._say(tr("This sale cannot be paid by card: check the items."), MessageKind.ERROR)
            return None
        if result.outcome is CheckoutOutcome.PAID:
            self._card_checkout = None
            self._finished(result.order_number or "", 0)
            return result.outcome
        if not result.can_retry:
            self._card_checkout = None
        self._go(StationScreen.SALE)
        self._say(self._card_text(result.code), MessageKind.ERROR)
        return result.outcome

    def _on_card_status(self, status: str) -> None:
        self._card_status = {
            "preparing": tr("Preparing the reader…"),
            "waiting_for_card": tr("Waiting for the card on the reader."),
            "authorising": tr("Authorising…"),
            "finishing": tr("Recording the payment…"),
        }.get(status, self._card_status)
        self.changed.emit()

    @staticmethod
    def _card_text(code: ResultCode) -> str:
        if code is ResultCode.DECLINED:
            return tr("The card was declined. Try another card or take cash.")
        if code in (ResultCode.CANCELED, ResultCode.TIMED_OUT):
            return tr("The card payment was cancelled. Nothing was charged.")
        if code in (ResultCode.READER_BUSY, ResultCode.READER_OFFLINE):
            return tr("The reader is busy or offline. Check it, then try again.")
        if code is ResultCode.NEEDS_STAFF:
            return tr("The payment needs checking in staff mode before anything else.")
        return tr("The reader cannot be used right now. Take cash or try again.")

    @Slot()
    def cancelCard(self) -> None:
        if self._card_cancel is not None:
            self._card_cancel.set()
