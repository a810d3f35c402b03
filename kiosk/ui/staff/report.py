"""The closing report of the till session just closed (`staff.report` in QML), and its print.

One label/value row per figure; under "Of which taxes" one row per tax rate (`kiosk.ui.closing`,
shared with the station). "Print report" prints it on the receipt printer through
the receipt path (`StaffDesk.print_report_async`): printed, or queued and retried by itself
(listed with the receipt problems), or no printer; the sentence for each is made here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.receipts import PrintOutcome
from kiosk.services.staff import StaffAction
from kiosk.services.staff.desk import ClosingReport
from kiosk.ui.closing import Row, method_rows, print_text, refund_taxes_notice, taxes_rows
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.staff.shell import StaffShell


class ReportListModel(RowListModel):
    ROLES = ("label", "value", "detail")  # detail: a row under another (a tax rate)


class ReportPrintPort(Protocol):
    """What the report needs of the desk (`StaffDesk` has it)."""

    @property
    def can_print_report(self) -> bool: ...

    async def print_report_async(
        self, report: ClosingReport, *, translate: Callable[[str], str] | None = None
    ) -> PrintOutcome: ...


def report_rows(report: ClosingReport, money: PriceFormatter, locale: str) -> list[Row]:
    """The rows staff see: (label, value, detail)."""
    return [
        (tr("Closed by"), report.closed_by, False),
        (tr("Orders"), str(report.order_count), False),
        (tr("Sales"), money(report.gross_minor), False),
        *taxes_rows(report, money, locale),
        (tr("Refunds"), money(report.refunds_minor), False),
        (tr("Card total"), money(report.card_minor), False),
        *method_rows(report, money),
    ]


class ReportViewModel(QObject):
    """One label/value row per figure, in the staff's language and the store's currency."""

    changed = Signal()

    def __init__(
        self,
        formatter: PriceFormatter,
        parent: QObject | None = None,
        *,
        shell: StaffShell | None = None,
        desk: ReportPrintPort | None = None,
    ) -> None:
        super().__init__(parent)
        self._money = formatter
        self._shell = shell
        self.desk = desk
        self.report: ClosingReport | None = None
        self.lines = ReportListModel(self)

    @Property(QObject, constant=True)
    def reportModel(self) -> ReportListModel:
        return self.lines

    @Property(bool, notify=changed)
    def canPrint(self) -> bool:
        """A report is shown and a receipt printer is set up."""
        return self.report is not None and self.desk is not None and self.desk.can_print_report

    @Property(str, notify=changed)
    def refundTaxesNotice(self) -> str:
        """Above the rows: the refunds' taxes are missing (Final POS could not list them)."""
        return refund_taxes_notice(self.report)

    def show(self, report: ClosingReport) -> None:
        self.report = report
        self.lines.set_rows(report_rows(report, self._money, self._money.locale))
        self.changed.emit()

    @Slot()
    def printReport(self) -> None:
        shell = self._shell
        if shell is None:
            return
        shell.activity()
        if not shell.permitted(StaffAction.CLOSE_SESSION):
            return
        shell.spawn("action", self.print_report_async())

    async def print_report_async(self) -> PrintOutcome | None:
        shell, desk, report = self._shell, self.desk, self.report
        if shell is None or desk is None or report is None:
            return None
        async with shell.working():
            outcome = await desk.print_report_async(report, translate=tr)
        text, error = print_text(outcome)
        shell.say(text, error=error)
        return outcome
