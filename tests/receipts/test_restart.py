"""Receipt jobs survive a restart: a kitchen ticket queued while the printer was out of paper
still prints (once) after the kiosk restarts, a receipt problem stays listed for staff, an
email waiting for the mail server still goes out, and a damaged queue file never stops the
kiosk from starting.

A "restart" is a new `ReceiptService` on a new `JobStore` over the same file, exactly as the
`Backend` builds them at start.
"""

from __future__ import annotations

import asyncio
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.checkout import Step
from kiosk.sandbox.printer import ReceiptStandIns, start_receipt_standins
from kiosk.services.journal import Journal
from kiosk.services.receipts import JobKind, PrintOutcome, ReceiptSettings
from kiosk.services.receipts.jobs import JOBS_FILE, JobStore
from kiosk.services.receipts.service import ReceiptService
from tests.receipts.helpers import STORE, journaled, line, priced, rate

TOTALS = priced("EUR", [rate("std", "19")], [line(1, "Flat white", 340, 2)])


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(tmp_path / "standins") as running:
        yield running


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    journal = Journal.in_dir(tmp_path / "data")
    yield journal
    journal.close()


def paid(journal: Journal, checkout_id: str = "c1") -> str:
    entry = journaled(journal, TOTALS, checkout_id=checkout_id)
    journal.record(checkout_id, Step.COMPLETED, intent_id="pi_1")
    return entry.order_number


class Kiosk:
    """Starts and restarts the receipt service the way the Backend does."""

    def __init__(self, journal: Journal, standins: ReceiptStandIns, clock: Clock) -> None:
        self.journal, self.standins, self.clock = journal, standins, clock
        self.store: JobStore | None = None

    def start(self) -> ReceiptService:
        if self.store is not None:
            self.store.close()
        self.store = JobStore.beside(self.journal.path)
        settings = ReceiptSettings.model_validate(
            self.standins.settings() | {"retry_interval_s": 60}
        )
        return ReceiptService(
            settings, journal=self.journal, store=STORE, jobs=self.store, clock=self.clock
        )

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


@pytest.fixture
def kiosk(journal: Journal, standins: ReceiptStandIns) -> Iterator[Kiosk]:
    running = Kiosk(journal, standins, Clock())
    yield running
    running.close()


async def test_a_kitchen_ticket_queued_before_a_restart_prints_once_after_it(
    kiosk: Kiosk, journal: Journal, standins: ReceiptStandIns
) -> None:
    number = paid(journal)
    kitchen = standins.kitchen
    assert kitchen is not None
    kitchen.paper_out = True
    service = kiosk.start()
    assert await service.kitchen_async("c1") is PrintOutcome.QUEUED

    service = kiosk.start()  # the kiosk restarts while the kitchen printer has no paper
    [problem] = service.problems()
    assert (problem.kind, problem.order_number, problem.state) == (
        JobKind.KITCHEN,
        number,
        "paper_out",
    )
    # The app asks for the ticket again after the restart: it is already queued, not doubled.
    assert await service.kitchen_async("c1") is PrintOutcome.PRINTED
    kitchen.paper_out = False
    kiosk.clock.now += 60
    assert await service.run_pending_async() == 1
    [ticket] = await asyncio.to_thread(kitchen.wait_for_jobs, 1)
    assert number in ticket.text and "Flat white" in ticket.text

    service = kiosk.start()
    assert service.problems() == []
    assert await service.kitchen_async("c1") is PrintOutcome.PRINTED
    assert await service.run_pending_async() == 0
    assert len(kitchen.jobs) == 1


async def test_a_print_cut_short_by_a_crash_is_tried_again_at_start(
    kiosk: Kiosk, journal: Journal, standins: ReceiptStandIns
) -> None:
    number = paid(journal)
    service = kiosk.start()
    receipt = await service.receipt_async("c1")
    # What the service stores before its first try; the process dies during that try.
    service._add(JobKind.RECEIPT, receipt, service.paper(receipt), due=False)

    service = kiosk.start()
    assert await service.run_pending_async() == 1
    [job] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
    assert number in job.text
    assert kiosk.start().problems() == []


async def test_a_receipt_left_to_staff_stays_listed_until_dismissed(
    kiosk: Kiosk, journal: Journal, standins: ReceiptStandIns
) -> None:
    paid(journal)
    standins.printer.offline = True
    service = kiosk.start()
    assert await service.print_async("c1") is PrintOutcome.QUEUED
    [problem] = kiosk.start().problems()
    assert problem.state == "unreachable" and problem.attempts == 1

    service = kiosk.start()
    service.dismiss(problem.job_id)
    assert kiosk.start().problems() == []


async def test_an_email_waiting_for_the_mail_server_goes_out_after_a_restart(
    kiosk: Kiosk, journal: Journal, standins: ReceiptStandIns, tmp_path: Path
) -> None:
    number = paid(journal)
    standins.smtp.refuse_next = 1
    service = kiosk.start()
    await service.email_async("c1", "guest@example.com")
    assert await service.run_pending_async() == 0  # refused once: waits for its retry
    path = journal.path.parent / JOBS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # the address waits here

    service = kiosk.start()
    kiosk.clock.now += 60
    assert await service.run_pending_async() == 1
    [mail] = await asyncio.to_thread(standins.smtp.wait_for_messages, 1)
    assert mail.recipients == ("guest@example.com",)
    assert number in str(mail.message["Subject"])
    kiosk.close()
    assert b"guest@example.com" not in path.read_bytes()  # sent: the row and address are gone


async def test_a_damaged_queue_file_is_moved_aside_and_the_kiosk_starts(
    kiosk: Kiosk, journal: Journal, standins: ReceiptStandIns, caplog: pytest.LogCaptureFixture
) -> None:
    path = journal.path.parent / JOBS_FILE
    path.write_bytes(b"this is not a database" * 100)
    paid(journal)
    service = kiosk.start()
    assert await service.print_async("c1") is PrintOutcome.PRINTED
    aside = [p for p in path.parent.iterdir() if p.name.startswith(f"{JOBS_FILE}.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not")
    assert str(aside[0]) in caplog.text
