"""Receipts and kitchen tickets that did not go out (`staff.receipts` in QML): which order,
what the printer or mail server said, and the two ways forward (try again now, or dismiss
once the customer or the kitchen has been looked after by hand).

The jobs outlive restarts (`kiosk.services.receipts.jobs`), so what staff see here is every
job that failed at least once and has not gone out, since the job store began.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.receipts import JobKind
from kiosk.services.receipts.service import ReceiptProblem
from kiosk.services.staff import StaffAction
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.staff.shell import StaffShell, clock_text


class ReceiptsPort(Protocol):
    def problems(self) -> list[ReceiptProblem]: ...
    async def retry_now_async(self, job_id: int) -> bool: ...
    def dismiss(self, job_id: int) -> None: ...


class ReceiptProblemsModel(RowListModel):
    ROLES = ("jobId", "title", "state", "since", "canRetry")


def kind_text(kind: JobKind) -> str:
    if kind is JobKind.KITCHEN:
        return tr("Kitchen ticket")
    if kind is JobKind.EMAIL:
        return tr("Emailed receipt")
    if kind is JobKind.REPORT:
        return tr("Closing report")
    return tr("Printed receipt")


def title_text(problem: ReceiptProblem) -> str:
    if problem.kind is JobKind.REPORT:  # its number is the till session's
        return tr("Closing report of till session {number}", number=problem.order_number)
    return tr(
        "{what} for order {number}", what=kind_text(problem.kind), number=problem.order_number
    )


def state_text(problem: ReceiptProblem) -> str:
    """What went wrong and what to do, in plain words (never the address or card data)."""
    state = problem.state
    if state == "paper_out":
        return tr("The printer is out of paper. Load a new roll, then try again.")
    if state == "offline":
        return tr("The printer is offline or its cover is open. Check it, then try again.")
    if state == "unreachable":
        return tr("The printer cannot be reached. Check its power and cable, then try again.")
    if state == "gave_up":
        return tr("The receipt could not be emailed. Offer the customer a printed receipt.")
    if problem.kind is JobKind.EMAIL:
        return tr("The mail server did not accept the receipt yet. The kiosk keeps trying.")
    return tr("The printer did not print this. Check it, then try again.")


class ReceiptProblemsViewModel(QObject):
    changed = Signal()

    def __init__(self, shell: StaffShell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shell = shell
        self._service: ReceiptsPort | None = None
        self._problems: list[ReceiptProblem] = []
        self.items = ReceiptProblemsModel(self)

    def set_service(self, service: ReceiptsPort | None) -> None:
        self._service = service
        self.refresh()

    @Property(QObject, constant=True)
    def problemsModel(self) -> ReceiptProblemsModel:
        return self.items

    @Property(int, notify=changed)
    def problemCount(self) -> int:
        return len(self._problems)

    def refresh(self) -> None:
        self._problems = self._service.problems() if self._service is not None else []
        self.items.set_rows(
            [
                (
                    p.job_id,
                    title_text(p),
                    state_text(p),
                    clock_text(p.since),
                    p.state != "gave_up",
                )
                for p in self._problems
            ]
        )
        self.changed.emit()

    def _problem(self, job_id: int) -> ReceiptProblem | None:
        return next((p for p in self._problems if p.job_id == job_id), None)

    @Slot(int)
    def retry(self, job_id: int) -> None:
        self._shell.activity()
        if self._problem(job_id) is None or not self._shell.permitted(StaffAction.RETRY_ATTENTION):
            return
        self._shell.spawn("action", self.retry_async(job_id))

    async def retry_async(self, job_id: int) -> bool | None:
        problem, service = self._problem(job_id), self._service
        if problem is None or service is None:
            return None
        async with self._shell.working():
            done = await service.retry_now_async(job_id)
        title = title_text(problem)  # a closing report is not an order
        if done:
            self._shell.say(tr("{title}: done.", title=title))
        else:
            self._shell.say(tr("{title}: it did not go out yet.", title=title), error=True)
        self.refresh()
        return done

    @Slot(int)
    def askDismiss(self, job_id: int) -> None:
        problem = self._problem(job_id)
        if problem is None or not self._shell.permitted(StaffAction.MARK_HANDLED):
            return
        if problem.kind is JobKind.REPORT:
            question = tr("Remove this from the list? This closing report will not be printed.")
        else:
            question = tr(
                "Remove this from the list? Only do this once order {number} has been "
                "taken care of by hand.",
                number=problem.order_number,
            )
        self._shell.ask(
            question,
            tr("Remove"),
            lambda: self.dismiss_async(job_id),
        )

    async def dismiss_async(self, job_id: int) -> None:
        problem, service = self._problem(job_id), self._service
        if problem is None or service is None:
            return
        service.dismiss(job_id)
        self._shell.say(tr("{title}: removed from the list.", title=title_text(problem)))
        self.refresh()
