"""Staff mode's view-model: PIN pad, one home, few levels (`StaffScreen`), confirmations.

Staff mode is a mode of the app with its own screen stack, not a customer screen: the
customer's `AppViewModel` only switches `mode` and forwards touches here. `StaffViewModel`
is the mode (open, leave, idle, navigation) over the shared `StaffShell` (screen, user,
busy, message, the one confirmation); each job has its own view-model, reached in QML as a
property of `staff`:

    staff.pin        entry.py      PIN pad and lockout
    staff.till       till.py       till session (open, close)
    staff.report     report.py     the closing report just sent
    staff.orders     orders.py     today's orders, one order, its refund
    staff.attention  attention.py  payments that need a person
    staff.receipts   receipts.py   receipts and kitchen tickets that did not go out
    staff.controls   controls.py   card reader, pause ordering, menu sync, sold out

Everything that changes money or data asks once (`confirmVisible`, `confirm()`), runs as a
task the shell owns, and ends with a `message` saying what happened and, on failure, what to
try next. Services return codes; every sentence is made in these view-models with `tr`.

Language: staff mode speaks the store's default language. Entering it ends the customer's
journey (`AppViewModel.restart`), which puts the kiosk back in the store's language, and
staff mode offers no language button: the staff of one store share one language, and a
customer's choice must not follow the next person who signs in.

Async: each sync slot schedules its ``*_async`` twin and keeps the handle (a new refresh
cancels the previous one); tests await the ``*_async`` methods directly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.domain.catalog import Catalog
from kiosk.services.staff import StaffAction, StaffUser
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.staff.attention import AttentionViewModel
from kiosk.ui.staff.controls import ControlsViewModel
from kiosk.ui.staff.entry import PinViewModel
from kiosk.ui.staff.orders import OrdersViewModel
from kiosk.ui.staff.ports import SignInPort, StaffPort
from kiosk.ui.staff.receipts import ReceiptProblemsViewModel, ReceiptsPort
from kiosk.ui.staff.report import ReportViewModel
from kiosk.ui.staff.shell import StaffScreen, StaffShell
from kiosk.ui.staff.till import TillViewModel

log = logging.getLogger(__name__)

__all__ = ["StaffScreen", "StaffViewModel"]

_PARENT = {
    StaffScreen.CLOSE_REPORT: StaffScreen.TILL,
    StaffScreen.ORDER_DETAIL: StaffScreen.ORDERS,
    StaffScreen.REFUND: StaffScreen.ORDER_DETAIL,
}


class StaffViewModel(StaffShell):
    """`staff` in QML (through `app.staff`); see the module docstring."""

    left = Signal()  # staff mode ended (the app goes back to the customer)
    ordering_paused_changed = Signal(bool)

    def __init__(
        self,
        *,
        desk: StaffPort,
        auth: SignInPort,
        formatter: PriceFormatter,
        catalog: Callable[[], Catalog | None] = lambda: None,
        exit_app: Callable[[], None] | None = None,
        idle_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(clock=clock, parent=parent)
        self._exit_app = exit_app
        self.pin_vm = PinViewModel(self, auth, signed_in=self._on_pin_signed_in, parent=self)
        self.report_vm = ReportViewModel(formatter, self, shell=self, desk=desk)
        self.till_vm = TillViewModel(self, desk, formatter, self.report_vm, self)
        self.attention_vm = AttentionViewModel(
            self, desk, formatter, refund=self._refund_from_attention_async, parent=self
        )
        self.orders_vm = OrdersViewModel(
            self, desk, formatter, refunded=self.attention_vm.refresh, parent=self
        )
        self.controls_vm = ControlsViewModel(self, desk, catalog=catalog, parent=self)
        self.receipts_vm = ReceiptProblemsViewModel(self, parent=self)
        self.controls_vm.ordering_paused_changed.connect(self.ordering_paused_changed)

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(int(idle_s * 1000))
        self._idle.timeout.connect(self._on_idle_timeout)

    def set_desk(self, desk: StaffPort) -> None:
        """New services (the Backend rebuilt its payments): used from the next action on."""
        for vm in (self.till_vm, self.orders_vm, self.attention_vm, self.controls_vm):
            vm.desk = desk
        self.report_vm.desk = desk

    def set_receipts(self, receipts: ReceiptsPort | None) -> None:
        """The receipt service (the Backend builds one per installation)."""
        self.receipts_vm.set_service(receipts)

    # -- the view-models of each job ------------------------------------------------------
    @Property(QObject, constant=True)
    def pin(self) -> PinViewModel:
        return self.pin_vm

    @Property(QObject, constant=True)
    def till(self) -> TillViewModel:
        return self.till_vm

    @Property(QObject, constant=True)
    def report(self) -> ReportViewModel:
        return self.report_vm

    @Property(QObject, constant=True)
    def orders(self) -> OrdersViewModel:
        return self.orders_vm

    @Property(QObject, constant=True)
    def attention(self) -> AttentionViewModel:
        return self.attention_vm

    @Property(QObject, constant=True)
    def controls(self) -> ControlsViewModel:
        return self.controls_vm

    @Property(QObject, constant=True)
    def receipts(self) -> ReceiptProblemsViewModel:
        return self.receipts_vm

    # -- mode -----------------------------------------------------------------------------
    def open(self) -> None:
        """Entered from the customer mode: always at the PIN pad."""
        self._active = True
        self._user = None
        self._message = ""
        self._pending = None
        self._screen = StaffScreen.PIN
        self._idle.start()
        self.pin_vm.reset()
        self.changed.emit()

    @Slot()
    def leave(self) -> None:
        if not self._active:
            return
        self._active = False
        self._idle.stop()
        self.pin_vm.forget()
        for name, slot in self._tasks.items():
            if name != "action":  # a refund or a close in flight finishes; its result is kept
                slot.cancel()
        self._user = None
        self._pending = None
        self._busy = False
        self.changed.emit()
        self.left.emit()

    @Slot()
    def activity(self) -> None:
        if self._active:
            self._idle.start()

    def _on_idle_timeout(self) -> None:
        if self._busy:  # never leave in the middle of an action; look again later
            self._idle.start()
            return
        log.info("staff mode left after being idle")
        self.leave()

    def _on_pin_signed_in(self, user: StaffUser) -> None:
        self._user = user
        self.show(StaffScreen.HOME)
        self.refresh_home()

    def stage_user(self, user: StaffUser) -> None:
        """Signed in without a PIN (screenshot mode only)."""
        self.pin_vm.clear_lock()
        self._on_pin_signed_in(user)

    def stage_locked(self, seconds: float) -> None:
        """The PIN pad locked for `seconds` (screenshot mode only)."""
        self.pin_vm.stage_locked(seconds)

    # -- navigation -----------------------------------------------------------------------
    @Slot(str)
    def go(self, screen: str) -> None:
        self.activity()
        target = StaffScreen(screen)
        if self._user is None or target is StaffScreen.PIN:
            return
        self._message = ""
        self.show(target)
        if target is StaffScreen.HOME:
            self.refresh_home()
        elif target is StaffScreen.TILL:
            self.till_vm.refresh()
        elif target is StaffScreen.ORDERS:
            self.orders_vm.refresh()
        elif target is StaffScreen.ATTENTION:
            self.attention_vm.refresh()
            self.receipts_vm.refresh()
        elif target is StaffScreen.READER:
            self.controls_vm.refresh_reader()
        elif target is StaffScreen.ORDERING:
            self.controls_vm.refresh_stock()

    @Slot()
    def back(self) -> None:
        self.activity()
        if self._pending is not None:
            self.cancelConfirm()
            return
        if self._screen is StaffScreen.PIN or (
            self._screen is StaffScreen.HOME and self._user is not None
        ):
            self.leave()
            return
        if self._screen is StaffScreen.REFUND:
            self.show(self.orders_vm.refund_back)
            return
        self.go(_PARENT.get(self._screen, StaffScreen.HOME).value)

    def refresh_home(self) -> None:
        self.attention_vm.refresh()
        self.receipts_vm.refresh()
        self.till_vm.refresh()

    async def _refund_from_attention_async(self, checkout_id: str) -> None:
        await self.orders_vm.refund_from_async(checkout_id, StaffScreen.ATTENTION)

    # -- exit -----------------------------------------------------------------------------
    @Slot()
    def askExitApp(self) -> None:
        if not self.permitted(StaffAction.EXIT_APP):
            return
        if self._exit_app is None:
            self.say(tr("This kiosk cannot be closed from here."), error=True)
            return
        self.ask(
            tr("Close the kiosk app? Customers cannot order until it is started again."),
            tr("Close the app"),
            self._exit_async,
        )

    async def _exit_async(self) -> None:
        if self._exit_app is not None and self.allowed(StaffAction.EXIT_APP):
            log.info("kiosk app closed from staff mode by %s", self.userName)
            self._exit_app()
