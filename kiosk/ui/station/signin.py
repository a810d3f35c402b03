"""Signing in at the station, switching user, opening and closing the till.

`station.till` in QML. Closing shows the drawer's count and the closing report (its rows in
`reportLines`, one per tax rate under "Of which taxes"), which `printReport` prints on the
receipt printer. Staff sign in with their PIN (typed on the shared keypad,
`StationState.digit`); the first sign-in of a shift opens the till session with an opening
float when none is open. Switching user keeps the sale in progress for the next person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.receipts import PrintOutcome
from kiosk.services.staff import SignInOutcome, SignInResult, StaffUser
from kiosk.services.staff.desk import ClosingReport, DeskOutcome
from kiosk.ui.closing import Row, method_rows, print_text, refund_taxes_notice, taxes_rows
from kiosk.ui.i18n import tr, tr_n
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState


class SignInPort(Protocol):
    async def sign_in_async(self, pin: str) -> SignInResult: ...


def sign_in_text(result: SignInResult) -> str:
    if result.outcome is SignInOutcome.LOCKED:
        return tr("Too many wrong PINs. Try again in {s} seconds.", s=int(result.seconds_left) + 1)
    if result.outcome is SignInOutcome.NOT_ALLOWED:
        return tr("This person may not use the checkout station.")
    if result.outcome is SignInOutcome.NO_STAFF:
        return tr("No staff are set up. Add someone with `kiosk staff add`.")
    return tr("That PIN is not right. Try again.")


class ClosingLinesModel(RowListModel):
    ROLES = ("label", "value", "detail")  # detail: a row under another (a tax rate)


def closing_rows(report: ClosingReport, money: Callable[[int], str], locale: str) -> list[Row]:
    """The close-till screen's report rows (the drawer's figures are shown beside them)."""
    return [
        (tr("Orders"), str(report.order_count), False),
        (tr("Sales"), money(report.gross_minor), False),
        *taxes_rows(report, money, locale),
        (tr("Refunds"), money(report.refunds_minor), False),
        *method_rows(report, money),
    ]


class TillViewModel(QObject):
    """`station.till`; see the module docstring."""

    closing_changed = Signal()

    def __init__(
        self,
        state: StationState,
        sale: SaleViewModel,
        auth: SignInPort,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._auth = auth
        self._desk = state.desk
        self._closing: dict[str, str] = {}
        self.report: ClosingReport | None = None
        self.report_lines = ClosingLinesModel(self)

    def _get_closing(self) -> dict[str, str]:
        return dict(self._closing)

    closing = Property(dict, _get_closing, notify=closing_changed)

    @Property(QObject, constant=True)
    def reportLines(self) -> ClosingLinesModel:
        return self.report_lines

    @Property(bool, notify=closing_changed)
    def canPrint(self) -> bool:
        """The till was closed here and a receipt printer is set up: "Print report"."""
        return self.report is not None and self._desk.till.can_print_report

    @Property(str, notify=closing_changed)
    def refundTaxesNotice(self) -> str:
        """Under the report: its refunds' taxes are missing (Final POS could not list them)."""
        return refund_taxes_notice(self.report)

    def _show_report(self, report: ClosingReport | None) -> None:
        self.report = report
        money = self._state.money
        rows = closing_rows(report, money, money.locale) if report is not None else []
        self.report_lines.set_rows(rows)

    @Slot()
    def signIn(self) -> None:
        self._state.run("sign_in", self.sign_in_async())

    async def sign_in_async(self) -> None:
        st = self._state
        pin = st.take_pin()
        if not pin:
            return
        st.set_busy(True)
        try:
            result = await self._auth.sign_in_async(pin)
            if result.outcome is not SignInOutcome.SIGNED_IN or result.user is None:
                st.say(sign_in_text(result), MessageKind.ERROR)
                return
            st.user = result.user
            st.say(tr("Signed in as {name}.", name=result.user.name), MessageKind.SUCCESS)
            outcome = await self._desk.till.is_open_async()
            if outcome is DeskOutcome.NO_SESSION:
                st.go(StationScreen.OPEN_TILL)
            else:
                st.go(StationScreen.SALE)
                if outcome is DeskOutcome.UNREACHABLE:
                    st.unreachable()
            await self._desk.customers.refresh_async()
        finally:
            st.set_busy(False)

    async def stage_user_async(self, user: StaffUser) -> None:
        """Screenshot mode: sign `user` in without a PIN (then the till, as after a PIN)."""
        self._state.user = user
        outcome = await self._desk.till.is_open_async()
        self._state.go(
            StationScreen.OPEN_TILL if outcome is DeskOutcome.NO_SESSION else StationScreen.SALE
        )

    @Slot()
    def switchUser(self) -> None:
        """Sign out; the sale in progress stays for the next person."""
        st = self._state
        st.user = None
        st.take_pin()
        st.go(StationScreen.SIGN_IN)
        if self._sale.cart.is_empty:
            st.say(tr("Signed out."))
        else:
            st.say(tr("Signed out. The sale stays open for the next person."))

    @Slot()
    def openTill(self) -> None:
        self._state.run("till", self.open_till_async())

    async def open_till_async(self) -> None:
        st = self._state
        assert st.user is not None
        st.set_busy(True)
        try:
            float_minor = st.entry_minor
            outcome = await self._desk.till.open_async(
                opened_by=st.user.name, float_minor=float_minor
            )
            if outcome is DeskOutcome.OK:
                st.go(StationScreen.SALE)
                st.say(
                    tr("Till open with a float of {amount}.", amount=st.money(float_minor)),
                    MessageKind.SUCCESS,
                )
            else:
                st.unreachable()
        finally:
            st.set_busy(False)

    @Slot()
    def openCloseTill(self) -> None:
        self._closing = {}
        self._show_report(None)
        self.closing_changed.emit()
        self._state.go(StationScreen.CLOSE_TILL)
        self._state.say(tr("Count the cash in the drawer and enter the total."))

    @Slot()
    def closeTill(self) -> None:
        self._state.run("till", self.close_till_async())

    async def close_till_async(self) -> None:
        st = self._state
        assert st.user is not None
        st.set_busy(True)
        try:
            outcome, count = await self._desk.till.close_async(
                closed_by=st.user.name, counted_minor=st.entry_minor
            )
            if outcome is DeskOutcome.NO_SESSION:
                st.say(tr("There is no open till to close."), MessageKind.ERROR)
                return
            if outcome is not DeskOutcome.OK or count is None:
                st.unreachable()
                return
            diff = count.difference_minor
            # Handed back but not in Final POS yet (recovery finishes them): not expected.
            pending = count.unfinished_refunds
            self._closing = {
                "opening": st.money(count.opening_minor),
                "expected": st.money(count.expected_minor),
                "counted": st.money(count.counted_minor),
                "difference": ("+" if diff > 0 else "") + st.money(diff),
                "note": tr_n(
                    "%n cash refund(s) are not in Final POS yet: "
                    "the expected cash does not count them.",
                    pending,
                )
                if pending
                else "",
            }
            self._show_report(count.report)
            self.closing_changed.emit()
            if diff == 0:
                st.say(tr("Till closed. The cash matches."), MessageKind.SUCCESS)
            else:
                st.say(
                    tr(
                        "Till closed. The cash is {amount} {way}.",
                        amount=st.money(abs(diff)),
                        way=tr("over") if diff > 0 else tr("short"),
                    ),
                    MessageKind.INFO,
                )
        finally:
            st.set_busy(False)

    @Slot()
    def printReport(self) -> None:
        if self.report is not None and not self._state.busy:
            self._state.run("print_report", self.print_report_async())

    async def print_report_async(self) -> PrintOutcome | None:
        """The closing report on the receipt printer; the outcome is said in the banner."""
        st, report = self._state, self.report
        if report is None:
            return None
        st.set_busy(True)
        try:
            outcome = await self._desk.till.print_report_async(report, translate=tr)
        finally:
            st.set_busy(False)
        text, error = print_text(outcome)
        st.say(text, MessageKind.ERROR if error else MessageKind.SUCCESS)
        return outcome
