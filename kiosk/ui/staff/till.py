"""The till session (`staff.till` in QML): what is open since when, open it, close it.

Closing sends the closing report to Final POS and shows it (`ReportViewModel`).
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.staff import StaffAction
from kiosk.services.staff.desk import DeskOutcome, TillSummary
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr, tr_n
from kiosk.ui.staff.ports import StaffPort
from kiosk.ui.staff.report import ReportViewModel
from kiosk.ui.staff.shell import StaffScreen, StaffShell


class TillViewModel(QObject):
    changed = Signal()

    def __init__(
        self,
        shell: StaffShell,
        desk: StaffPort,
        formatter: PriceFormatter,
        report: ReportViewModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self.desk = desk
        self._money = formatter
        self._report = report
        self._till: TillSummary | None = None
        self._till_known = False

    @Property(bool, notify=changed)
    def tillOpen(self) -> bool:
        return self._till is not None

    @Property(bool, notify=changed)
    def tillKnown(self) -> bool:
        return self._till_known

    @Property(str, notify=changed)
    def tillSince(self) -> str:
        till = self._till
        if till is None or till.open_since is None:
            return ""
        return till.open_since.astimezone().strftime("%H:%M")

    @Property(str, notify=changed)
    def tillBy(self) -> str:
        return self._till.opened_by if self._till else ""

    @Property(int, notify=changed)
    def tillOrders(self) -> int:
        return self._till.order_count if self._till else 0

    @Property(str, notify=changed)
    def tillCard(self) -> str:
        return self._money(self._till.card_total_minor) if self._till else ""

    @Property(str, notify=changed)
    def tillRefunds(self) -> str:
        till = self._till
        if till is None:
            return ""
        return tr_n(
            "%n refund(s), {amount}", till.refund_count, amount=self._money(till.refunds_minor)
        )

    def refresh(self) -> None:
        self._shell.spawn("till", self.refresh_till_async())

    async def refresh_till_async(self) -> DeskOutcome:
        outcome, till = await self.desk.till_async()
        self._till = till
        self._till_known = outcome is not DeskOutcome.UNREACHABLE or till is not None
        self.changed.emit()
        if outcome is DeskOutcome.UNREACHABLE and self._shell.current_screen is StaffScreen.TILL:
            self._shell.unreachable(tr("The till session could not be read."))
        return outcome

    @Slot(str)
    def askOpenSession(self, note: str) -> None:
        if not self._shell.permitted(StaffAction.OPEN_SESSION):
            return
        self._shell.ask(
            tr("Open a new till session?"),
            tr("Open session"),
            lambda: self.open_session_async(note),
        )

    async def open_session_async(self, note: str) -> None:
        user = self._shell.user
        if not self._shell.permitted(StaffAction.OPEN_SESSION) or user is None:
            return
        async with self._shell.working():
            outcome, till = await self.desk.open_session_async(
                opened_by=user.name, note=note.strip()
            )
        if outcome is DeskOutcome.OK and till is not None:
            self._till, self._till_known = till, True
            self.changed.emit()
            self._shell.say(tr("A new till session is open."))
        else:
            self._shell.unreachable(tr("The till session was not opened."))

    @Slot(str)
    def askCloseSession(self, note: str) -> None:
        if not self._shell.permitted(StaffAction.CLOSE_SESSION):
            return
        self._shell.ask(
            tr("Close the till session now? The closing report is sent to Final POS."),
            tr("Close session"),
            lambda: self.close_session_async(note),
        )

    async def close_session_async(self, note: str) -> None:
        user = self._shell.user
        if not self._shell.permitted(StaffAction.CLOSE_SESSION) or user is None:
            return
        async with self._shell.working():
            outcome, report = await self.desk.close_session_async(
                closed_by=user.name, note=note.strip()
            )
        if outcome is DeskOutcome.OK and report is not None:
            self._till = None
            self._report.show(report)
            self.changed.emit()
            self._shell.show(StaffScreen.CLOSE_REPORT)
            self._shell.say(tr("The till session is closed and the report is in Final POS."))
        elif outcome is DeskOutcome.NO_SESSION:
            self._shell.say(tr("There is no open till session to close."), error=True)
        else:
            self._shell.unreachable(tr("The till session is still open."))
