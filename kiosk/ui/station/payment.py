"""Taking payment at the station: cash with change, or card on the station's reader.

`station.pay` in QML. Cash: the amount handed over is typed on the keypad (minor units), the
change is shown as it is typed, and `StationDesk.sell_cash_async` records the order, a
``cash`` transaction and the completed order. Card: the kiosk's crash-safe checkout pipeline
on the station's reader; a declined or cancelled card keeps its order for a retry until the
sale changes (`SaleViewModel.edited`), then that order is given up. A kiosk's pay-at-counter
order is paid by card on that order (`CheckoutService.begin_existing_async`): giving the card
up voids its PaymentIntent and leaves the kiosk's order pending, listed for another try.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.money import exponent
from kiosk.services.checkout import (
    CheckoutError,
    CheckoutOutcome,
    CheckoutUnavailable,
    PendingCheckout,
    ResultCode,
)
from kiosk.services.station.cash import CashOutcome, CashResult
from kiosk.ui.i18n import tr
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState


def card_text(code: ResultCode) -> str:
    if code is ResultCode.DECLINED:
        return tr("The card was declined. Try another card or take cash.")
    if code in (ResultCode.CANCELED, ResultCode.TIMED_OUT):
        return tr("The card payment was cancelled. Nothing was charged.")
    if code in (ResultCode.READER_BUSY, ResultCode.READER_OFFLINE):
        return tr("The reader is busy or offline. Check it, then try again.")
    if code is ResultCode.TAKEN_ELSEWHERE:
        return tr("Another station is taking this payment. Nothing was charged here.")
    if code is ResultCode.NEEDS_STAFF:
        return tr("The payment needs checking in staff mode before anything else.")
    return tr("The reader cannot be used right now. Take cash or try again.")


class PaymentViewModel(QObject):
    """`station.pay`; see the module docstring."""

    changed = Signal()  # card status, the last sale's change and number
    entry_changed = Signal()  # relayed from the keypad: the change due follows the entry

    def __init__(
        self, state: StationState, sale: SaleViewModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._desk = state.desk
        self._last_change_minor = 0
        self._last_order = ""
        self._card_status = ""
        self._card_cancel: asyncio.Event | None = None
        self.card_checkout: str | None = None
        self._paying = False
        state.entry_changed.connect(self.entry_changed)
        sale.edited.connect(self._on_sale_edited)
        sale.sale_changed.connect(self.entry_changed)

    def _on_sale_edited(self) -> None:
        if self.card_checkout is not None and not self._paying:
            # The sale changed after a declined or cancelled card: that order is given up.
            stale, self.card_checkout = self.card_checkout, None
            self._state.run("abandon", self._desk.abandon_card_async(stale))

    # -- properties ---------------------------------------------------------------------------

    def _total_minor(self) -> int:
        return self._sale.total_minor

    def _get_change_text(self) -> str:
        st = self._state
        change = st.entry_minor - self._total_minor()
        return st.money(change) if st.entry and change >= 0 else ""

    changeText = Property(str, _get_change_text, notify=entry_changed)

    def _get_cash_enough(self) -> bool:
        return bool(self._state.entry) and self._state.entry_minor >= self._total_minor()

    cashEnough = Property(bool, _get_cash_enough, notify=entry_changed)

    def _get_last_change(self) -> str:
        return self._state.money(self._last_change_minor)

    lastChangeText = Property(str, _get_last_change, notify=changed)

    def _get_last_order(self) -> str:
        return self._last_order

    lastOrder = Property(str, _get_last_order, notify=changed)

    def _get_card_status(self) -> str:
        return self._card_status

    cardStatus = Property(str, _get_card_status, notify=changed)

    # -- cash ---------------------------------------------------------------------------------

    @Slot()
    def openCash(self) -> None:
        if self._sale.cart.is_empty and self._sale.counter is None:
            self._state.say(tr("Add something to the sale first."), MessageKind.ERROR)
            return
        self._state.go(StationScreen.CASH)
        self._state.say(tr("Enter the cash the customer hands over."))

    @Slot()
    def exactCash(self) -> None:
        self._state.set_entry(str(self._total_minor()))

    @Slot()
    def nextNote(self) -> None:
        """The next round amount above the total (a 10 in the currency's major unit)."""
        step = 10 * 10 ** exponent(self._desk.currency)
        self._state.set_entry(str((self._total_minor() // step + 1) * step))

    @Slot()
    def takeCash(self) -> None:
        self._state.run("pay", self.take_cash_async())

    async def take_cash_async(self) -> CashOutcome:
        st = self._state
        tendered = st.entry_minor
        counter = self._sale.counter
        st.set_busy(True)
        try:
            if counter is not None:
                assert st.user is not None
                result = await self._desk.settle_counter_cash_async(
                    counter, tendered, employee=st.user.name
                )
            else:
                result = await self._desk.sell_cash_async(
                    self._sale.cart, self._sale.extras(), tendered
                )
        finally:
            st.set_busy(False)
        self.show_cash_result(result)
        return result.outcome

    def show_cash_result(self, result: CashResult) -> None:
        st = self._state
        if result.outcome is CashOutcome.NOT_ENOUGH:
            st.say(
                tr("That is less than the total of {total}.", total=st.money(result.total_minor)),
                MessageKind.ERROR,
            )
        elif result.outcome in (CashOutcome.PAID, CashOutcome.PENDING):
            self.finished(result.order_number or "", result.change_minor)
            if result.outcome is CashOutcome.PENDING:
                st.say(
                    tr(
                        "Paid in cash. Final POS has not confirmed it yet; the station "
                        "finishes recording it by itself."
                    ),
                    MessageKind.INFO,
                )
        elif result.outcome is CashOutcome.ALREADY_PAID:
            self._sale.clearSale()
            st.go(StationScreen.SALE)
            st.say(tr("This kiosk order was already paid or cancelled."), MessageKind.ERROR)
        elif result.outcome is CashOutcome.INVALID:
            st.say(tr("This sale cannot be taken: check the items."), MessageKind.ERROR)
        else:
            st.unreachable()

    def finished(self, order_number: str, change_minor: int) -> None:
        st = self._state
        self._last_order = order_number
        self._last_change_minor = change_minor
        self._sale.clearSale()
        self.changed.emit()
        st.go(StationScreen.DONE)
        if change_minor:
            st.say(tr("Give {amount} change.", amount=st.money(change_minor)), MessageKind.SUCCESS)
        else:
            st.say(tr("Paid. No change due."), MessageKind.SUCCESS)

    @Slot()
    def newSale(self) -> None:
        self._state.go(StationScreen.SALE)
        self._state.say("")

    # -- card ---------------------------------------------------------------------------------

    @Slot()
    def payCard(self) -> None:
        if self._sale.cart.is_empty and self._sale.counter is None:
            self._state.say(tr("Add something to the sale first."), MessageKind.ERROR)
            return
        self._state.run("pay", self.pay_card_async())

    async def pay_card_async(self) -> CheckoutOutcome | None:
        self._state.go(StationScreen.CARD)
        self._card_status = tr("Preparing the reader…")
        self._state.say(tr("The customer pays on the reader."))
        self._card_cancel = asyncio.Event()
        self._paying = True
        try:
            return await self._pay_card(self._card_cancel)
        finally:
            self._paying = False

    async def _pay_card(self, cancel: asyncio.Event) -> CheckoutOutcome | None:
        st = self._state
        try:
            if self.card_checkout is None:
                pending = await self._begin_card()
                self.card_checkout = pending.checkout_id
            result = await self._desk.pay_card_async(
                self.card_checkout, cancel=cancel, on_status=self._on_card_status
            )
        except CheckoutUnavailable:
            self.card_checkout = None
            st.go(StationScreen.SALE)
            st.say(
                tr("Final POS cannot take the order right now. Nothing was charged."),
                MessageKind.ERROR,
            )
            return None
        except CheckoutError:
            self.card_checkout = None
            st.go(StationScreen.SALE)
            if self._sale.counter is not None:  # paid, cancelled or changed meanwhile
                self._sale.clearSale()
                st.say(tr("This kiosk order was already paid or cancelled."), MessageKind.ERROR)
                return None
            st.say(tr("This sale cannot be paid by card: check the items."), MessageKind.ERROR)
            return None
        if result.outcome is CheckoutOutcome.PAID:
            self.card_checkout = None
            self.finished(result.order_number or "", 0)
            return result.outcome
        if not result.can_retry:
            self.card_checkout = None
        st.go(StationScreen.SALE)
        st.say(card_text(result.code), MessageKind.ERROR)
        return result.outcome

    async def _begin_card(self) -> PendingCheckout:
        counter = self._sale.counter
        if counter is None:
            return await self._desk.begin_card_async(self._sale.cart, self._sale.extras())
        # A kiosk's order: paid by card on that order, which a decline never cancels.
        assert self._state.user is not None
        return await self._desk.begin_counter_card_async(counter, employee=self._state.user.name)

    def _on_card_status(self, status: str) -> None:
        self._card_status = {
            "preparing": tr("Preparing the reader…"),
            "waiting_for_card": tr("Waiting for the card on the reader."),
            "authorising": tr("Authorising…"),
            "finishing": tr("Recording the payment…"),
        }.get(status, self._card_status)
        self.changed.emit()

    @Slot()
    def cancelCard(self) -> None:
        if self._card_cancel is not None:
            self._card_cancel.set()
