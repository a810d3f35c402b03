"""The closing report of the till session just closed (`staff.report` in QML)."""

from __future__ import annotations

from PySide6.QtCore import Property, QObject

from kiosk.services.staff.desk import ClosingReport
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel


class ReportListModel(RowListModel):
    ROLES = ("label", "value")


class ReportViewModel(QObject):
    """One label/value row per figure, in the staff's language and the store's currency."""

    def __init__(self, formatter: PriceFormatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._money = formatter
        self.report: ClosingReport | None = None
        self.lines = ReportListModel(self)

    @Property(QObject, constant=True)
    def reportModel(self) -> ReportListModel:
        return self.lines

    def show(self, report: ClosingReport) -> None:
        self.report = report
        money = self._money
        rows = [
            (tr("Closed by"), report.closed_by),
            (tr("Orders"), str(report.order_count)),
            (tr("Sales"), money(report.gross_minor)),
            (tr("Of which taxes"), money(report.taxes_minor)),
            (tr("Refunds"), money(report.refunds_minor)),
            (tr("Card total"), money(report.card_minor)),
        ]
        methods = {"credit_card": tr("card"), "cash": tr("cash")}
        rows += [
            (tr("Paid by {method}", method=methods.get(name, name)), money(v))
            for name, v in report.payment_methods
        ]
        self.lines.set_rows(rows)
