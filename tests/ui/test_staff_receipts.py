"""Staff see the receipts and kitchen tickets that did not go out, try them again once the
printer has paper, and remove one from the list once it was handled by hand (manager)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.sandbox.printer import ReceiptStandIns, start_receipt_standins
from kiosk.services.receipts import PrintOutcome, ReceiptSettings
from kiosk.services.receipts.jobs import JobStore
from kiosk.services.receipts.service import ReceiptService
from tests.receipts.helpers import STORE
from tests.staff.refund_harness import paid_checkout
from tests.ui.staff_fixtures import MANAGER_PIN, STAFF_PIN, StaffRig, rig, sign_in, staff_stack

__all__ = ["rig", "staff_stack"]


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(tmp_path / "standins") as running:
        yield running


@pytest.fixture
def store(rig: StaffRig) -> Iterator[JobStore]:
    jobs = JobStore.beside(rig.built.services.journal.path)
    yield jobs
    jobs.close()


def receipts(rig: StaffRig, standins: ReceiptStandIns, store: JobStore) -> ReceiptService:
    settings = ReceiptSettings.model_validate(standins.settings() | {"retry_interval_s": 600})
    return ReceiptService(settings, journal=rig.built.services.journal, store=STORE, jobs=store)


def column(model: object, role: str) -> list[object]:
    roles = type(model).ROLES  # type: ignore[attr-defined]
    return [row[roles.index(role)] for row in model.rows]  # type: ignore[attr-defined]


async def test_a_ticket_without_paper_is_listed_tried_again_and_prints(
    rig: StaffRig, standins: ReceiptStandIns, store: JobStore
) -> None:
    staff = rig.staff
    cid = await paid_checkout(rig.built.services)
    number = rig.built.services.journal.get(cid).order_number
    service = receipts(rig, standins, store)
    kitchen = standins.kitchen
    assert kitchen is not None
    kitchen.paper_out = True
    assert await service.kitchen_async(cid) is PrintOutcome.QUEUED
    staff.set_receipts(service)
    await sign_in(staff, STAFF_PIN)
    assert staff.receipts.problemCount == 1
    staff.go("attention")
    [title] = column(staff.receipts.items, "title")
    assert title == f"Kitchen ticket for order {number}"
    assert "out of paper" in str(column(staff.receipts.items, "state")[0])

    [job_id] = column(staff.receipts.items, "jobId")
    assert await staff.receipts.retry_async(int(str(job_id))) is False  # still no paper
    assert staff.messageIsError and staff.receipts.problemCount == 1
    assert staff.message == f"Kitchen ticket for order {number}: it did not go out yet."
    kitchen.paper_out = False
    assert await staff.receipts.retry_async(int(str(job_id))) is True
    assert not staff.messageIsError and staff.receipts.problemCount == 0
    [ticket] = await asyncio.to_thread(kitchen.wait_for_jobs, 1)
    assert number in ticket.text

    # A staff member may not remove one; a manager may, after confirming.
    standins.printer.offline = True
    assert await service.print_async(cid) is PrintOutcome.QUEUED
    staff.receipts.refresh()
    [job_id] = column(staff.receipts.items, "jobId")
    staff.receipts.askDismiss(int(str(job_id)))
    assert staff.messageIsError and not staff.confirmVisible
    staff.leave()
    await sign_in(staff, MANAGER_PIN)
    staff.go("attention")
    staff.receipts.askDismiss(int(str(job_id)))
    assert staff.confirmVisible and number in staff.confirmText
    await staff.confirm_async()
    assert staff.receipts.problemCount == 0 and service.problems() == []
    assert staff.message == f"Printed receipt for order {number}: removed from the list."


async def close_the_till(rig: StaffRig) -> None:
    staff = rig.staff
    await paid_checkout(rig.built.services)
    await sign_in(staff, STAFF_PIN)
    staff.go("till")
    await staff.till.refresh_till_async()
    staff.till.askCloseSession("")
    await staff.confirm_async()
    assert staff.screen == "closeReport", staff.message


async def test_the_closing_report_prints_and_a_printer_that_is_off_queues_it(
    rig: StaffRig, standins: ReceiptStandIns, store: JobStore
) -> None:
    staff = rig.staff
    service = receipts(rig, standins, store)
    rig.receipts[0] = service
    staff.set_receipts(service)
    await close_the_till(rig)
    report = staff.report.report
    assert report is not None and staff.report.canPrint

    assert await staff.report.print_report_async() is PrintOutcome.PRINTED
    assert staff.message == "The closing report is printed." and not staff.messageIsError
    [job] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
    text = job.text
    assert "Closing report" in text and report.session_number in text
    assert any(ln.lstrip().startswith("standard 20%") for ln in text.splitlines()), text
    assert any(ln.lstrip().startswith("reduced 10%") for ln in text.splitlines()), text
    assert "Maria" not in text and "Sam" in text  # who closed it; no PIN anywhere
    assert STAFF_PIN not in text

    # The printer is off: the same outcome and sentence as a receipt; listed for staff.
    standins.printer.offline = True
    assert await staff.report.print_report_async() is PrintOutcome.QUEUED
    assert staff.messageIsError
    assert staff.message == "The printer did not print it now; it tries again by itself."
    staff.receipts.refresh()
    [title] = column(staff.receipts.items, "title")
    assert title == f"Closing report of till session {report.session_number}"
    assert "cannot be reached" in str(column(staff.receipts.items, "state")[0])
    standins.printer.offline = False
    [job_id] = column(staff.receipts.items, "jobId")
    assert await staff.receipts.retry_async(int(str(job_id))) is True
    assert staff.message == f"Closing report of till session {report.session_number}: done."
    assert len(await asyncio.to_thread(standins.printer.wait_for_jobs, 2)) == 2

    # A manager may drop a report that did not print; the question says what that means.
    standins.printer.offline = True
    assert await staff.report.print_report_async() is PrintOutcome.QUEUED
    staff.leave()
    await sign_in(staff, MANAGER_PIN)
    staff.go("attention")
    [job_id] = column(staff.receipts.items, "jobId")
    staff.receipts.askDismiss(int(str(job_id)))
    assert (
        staff.confirmText == "Remove this from the list? This closing report will not be printed."
    )
    await staff.confirm_async()
    assert staff.message == (
        f"Closing report of till session {report.session_number}: removed from the list."
    )


async def test_without_a_printer_the_report_offers_no_print(rig: StaffRig) -> None:
    staff = rig.staff
    await close_the_till(rig)
    assert not staff.report.canPrint
    assert await staff.report.print_report_async() is PrintOutcome.NOT_CONFIGURED
    assert staff.messageIsError and staff.message == "No receipt printer is set up."
