"""End to end on the stand-ins: a checkout paid through the Final POS and Stripe sandboxes,
its receipt printed on the ESC/POS printer stand-in, emailed to the SMTP stand-in, and the
calm fallbacks when the paper runs out or the mail server refuses.

Configured as a real store: the services are the app's own, the stand-ins only replace the
remote machines. Card details: until the gateway maps ``latest_charge.payment_method_details``
(the Stripe branch), `CardFromSandbox` reads them from the Stripe sandbox's own charge record,
as Stripe would return them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.receipt import StoreInfo
from kiosk.payments.gateway import CardDetails, IntentState
from kiosk.sandbox.printer import (
    EscPosInterpreter,
    PrintJob,
    ReceiptStandIns,
    start_receipt_standins,
)
from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.receipts import (
    InvalidEmail,
    JobKind,
    PrintOutcome,
    ReceiptSettings,
    ReceiptUnavailable,
)
from kiosk.services.receipts.layout import MoneyFormat
from kiosk.services.receipts.printers import PrinterState
from kiosk.services.receipts.service import ReceiptService, printer_status
from tests.services.harness import RATES, Services, Stack, build_services, cart, running_stack

STORE = StoreInfo("Harbour Street Café", ("12 Harbour Street", "Bristol BS1 4RN"))


class CardFromSandbox:
    """The real gateway, with `card` filled from the sandbox's charge where it is None."""

    def __init__(self, services: Services, stack: Stack) -> None:
        self._gateway = services.gateway
        self._stack = stack

    async def retrieve_async(self, intent_id: str) -> IntentState:
        intent = await self._gateway.retrieve_async(intent_id)
        if intent.card is not None:
            return intent
        account = self._stack.config.stripe_account
        pi = self._stack.stripe_state.payment_intent(account, intent_id)
        charge = self._stack.stripe_state.retrieve_charge(account, pi["latest_charge"])
        present = charge["payment_method_details"]["card_present"]
        receipt: dict[str, Any] = present.get("receipt") or {}
        card = CardDetails(
            brand=present.get("brand"),
            last4=present.get("last4"),
            entry_mode=present.get("read_method"),
            application_name=receipt.get("application_preferred_name"),
            aid=receipt.get("dedicated_file_name"),
            authorization_code=receipt.get("authorization_code"),
            authorization_response_code=receipt.get("authorization_response_code"),
            account_type=receipt.get("account_type"),
        )
        return replace(intent, card=card)


@pytest.fixture
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def services(stack: Stack, tmp_path: Path) -> AsyncIterator[Services]:
    async with build_services(stack.config, tmp_path / "kiosk") as built:
        yield built


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(tmp_path / "standins") as running:
        yield running


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def receipts(
    services: Services,
    stack: Stack,
    standins: ReceiptStandIns,
    clock: Callable[[], float],
    **extra: Any,
) -> ReceiptService:
    settings = ReceiptSettings.model_validate(
        standins.settings() | {"receipt_url_template": "https://shop.example/r/{order_id}"} | extra
    )
    return ReceiptService(
        settings,
        journal=services.journal,
        store=STORE,
        gateway=CardFromSandbox(services, stack),
        rates=RATES,
        category_of={"p1": "Coffee", "p2": "Bakery"}.get,
        clock=clock,
    )


async def paid_checkout(services: Services) -> tuple[str, str, int]:
    pending = await services.checkout.begin_async(cart(0))
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.PAID
    return pending.checkout_id, pending.order_number, pending.totals.total_minor


async def test_a_paid_order_prints_with_number_total_and_card_last4(
    stack: Stack, services: Services, standins: ReceiptStandIns
) -> None:
    cid, number, total = await paid_checkout(services)
    service = receipts(services, stack, standins, Clock())
    assert await service.print_async(cid) is PrintOutcome.PRINTED
    job = (await asyncio.to_thread(standins.printer.wait_for_jobs, 1))[0]
    last4 = (await service.receipt_async(cid)).payment.last4  # type: ignore[union-attr]
    assert last4 and last4.isdigit()
    text = job.text
    assert number in text and MoneyFormat("en_GB", "EUR")(total) in text
    assert f"**** {last4}" in text
    assert job.cuts == 1 and any(not hasattr(i, "text") for i in job.items)  # the URL's QR
    # What Stripe charged is what the paper says.
    pi = stack.intents()[0]
    assert pi["amount_received"] == total
    assert (standins.printer.jobs_dir / "job-0001.png").exists()  # type: ignore[operator]

    assert await service.kitchen_async(cid) is PrintOutcome.PRINTED
    ticket = (await asyncio.to_thread(standins.kitchen.wait_for_jobs, 1))[0].text  # type: ignore[union-attr]
    assert number in ticket and "COFFEE" in ticket and "Flat white" in ticket
    assert "€" not in ticket
    assert await service.kitchen_async(cid) is PrintOutcome.PRINTED  # once per order
    assert len(standins.kitchen.jobs) == 1  # type: ignore[union-attr]

    assert await service.reprint_async(cid) is PrintOutcome.PRINTED
    assert len(await asyncio.to_thread(standins.printer.wait_for_jobs, 2)) == 2
    assert service.problems() == []


async def test_paper_out_queues_the_receipt_flags_staff_and_prints_when_refilled(
    stack: Stack, services: Services, standins: ReceiptStandIns
) -> None:
    cid, number, _total = await paid_checkout(services)
    clock = Clock()
    service = receipts(services, stack, standins, clock)
    standins.printer.paper_out = True

    assert await service.print_async(cid) is PrintOutcome.QUEUED
    [problem] = service.problems()
    assert (problem.kind, problem.state, problem.order_number) == (
        JobKind.RECEIPT, "paper_out", number,
    )  # fmt: skip
    assert problem.pending
    statuses = await service.printer_status_async()
    assert statuses[0].state is PrinterState.PAPER_OUT
    report = await asyncio.to_thread(printer_status, service.settings)  # `kiosk check`
    assert [s.state for s in report] == [PrinterState.PAPER_OUT, PrinterState.READY]
    assert report[0].where.startswith("receipt printer") and "paper" in report[0].detail
    assert standins.printer.jobs == []

    # Not due yet: nothing is retried before the interval.
    assert await service.run_pending_async() == 0
    standins.printer.paper_out = False
    clock.now += service.settings.retry_interval_s
    assert await service.run_pending_async() == 1
    job = (await asyncio.to_thread(standins.printer.wait_for_jobs, 1))[0]
    assert number in job.text
    assert service.problems() == []


async def test_an_unreachable_printer_is_flagged_and_gives_up_to_staff(
    stack: Stack, services: Services, standins: ReceiptStandIns
) -> None:
    cid, _number, _total = await paid_checkout(services)
    clock = Clock()
    service = receipts(services, stack, standins, clock, max_attempts=2)
    standins.printer.offline = True
    assert await service.print_async(cid) is PrintOutcome.QUEUED
    clock.now += service.settings.retry_interval_s
    assert await service.run_pending_async() == 0
    [problem] = service.problems()
    assert problem.state == "unreachable" and problem.attempts == 2 and not problem.pending
    clock.now += 10 * service.settings.retry_interval_s
    assert await service.run_pending_async() == 0  # waits for staff now
    standins.printer.offline = False
    assert await service.reprint_async(cid) is PrintOutcome.PRINTED
    assert service.problems() == []


async def test_an_emailed_receipt_arrives_with_the_right_total_after_a_refusal(
    stack: Stack, services: Services, standins: ReceiptStandIns
) -> None:
    cid, number, total = await paid_checkout(services)
    clock = Clock()
    service = receipts(services, stack, standins, clock)
    with pytest.raises(InvalidEmail):
        await service.email_async(cid, "not an address")
    standins.smtp.refuse_next = 1

    await service.email_async(cid, "guest@example.com")
    assert await service.run_pending_async() == 0
    [problem] = service.problems()
    assert problem.kind is JobKind.EMAIL and problem.state == "smtp_error"
    assert "guest" not in repr(problem) and "example.com" in problem.detail
    clock.now += service.settings.retry_interval_s
    assert await service.run_pending_async() == 1
    [mail] = await asyncio.to_thread(standins.smtp.wait_for_messages, 1)
    formatted = MoneyFormat("en_GB", "EUR")(total)
    assert mail.recipients == ("guest@example.com",)
    assert number in str(mail.message["Subject"])
    assert formatted in mail.part("plain") and formatted in mail.part("html")
    assert "**** " in mail.part("plain")
    assert service.problems() == []


async def test_the_background_queue_retries_on_its_own(
    stack: Stack, services: Services, standins: ReceiptStandIns
) -> None:
    cid, number, _total = await paid_checkout(services)
    service = receipts(services, stack, standins, time.time, retry_interval_s=0.1)
    service.start()
    try:
        # While the queue runs, a receipt printed straight away is printed once, not also by
        # the queue (nor the kitchen ticket).
        assert await service.print_async(cid) is PrintOutcome.PRINTED
        assert await service.kitchen_async(cid) is PrintOutcome.PRINTED
        await asyncio.sleep(0.5)
        assert len(standins.printer.jobs) == 1 and len(standins.kitchen.jobs) == 1  # type: ignore[union-attr]
        standins.printer.clear()

        standins.printer.paper_out = True
        assert await service.print_async(cid) is PrintOutcome.QUEUED
        standins.printer.paper_out = False
        job = (await asyncio.to_thread(standins.printer.wait_for_jobs, 1, 5.0))[0]
        assert number in job.text
        await asyncio.sleep(0.5)
        assert len(standins.printer.jobs) == 1
    finally:
        await service.stop_async()


async def test_no_receipt_for_an_unpaid_or_unknown_checkout(
    stack: Stack, services: Services, standins: ReceiptStandIns
) -> None:
    stack.reader_mode(auto_present_after_s=None)
    pending = await services.checkout.begin_async(cart(1))
    service = receipts(services, stack, standins, Clock())
    with pytest.raises(ReceiptUnavailable):
        await service.print_async(pending.checkout_id)
    with pytest.raises(ReceiptUnavailable):
        await service.print_async("nope")
    await services.checkout.abandon_async(pending.checkout_id)


def test_status_queries_leave_no_job_and_the_interpreter_answers_dle_eot() -> None:
    job = PrintJob(0, 0.0, b"")
    states = {4: 0x7E, 1: 0x1E}
    interpreter = EscPosInterpreter(job, states.__getitem__)
    assert interpreter.feed(b"\x10\x04\x04\x10\x04") == b"\x7e"
    assert interpreter.feed(b"\x01") == b"\x1e"
    assert not interpreter.printable and job.items == []
