"""Receipts for paid checkouts: print, email, QR, the kitchen ticket, and the retry queue.

What the customer sees never depends on a printer or a mail server: `print_async` tries once,
briefly, and on any failure queues the job for background retries, lists it in `problems()`
for staff, and answers QUEUED, so the screen shows the QR receipt instead. `email` only
validates and queues; sending happens in the background with retries, so a slow SMTP server
never holds the next customer.

Jobs are kept in a `JobStore` (`receipts.sqlite` beside the journal; see `jobs.py`), so a
kitchen ticket or a receipt waiting for paper still goes out after a restart, and a job that
was being tried when the process died is tried again. A print job that cannot be printed stays
listed for staff, who can `reprint_async` it any time from the journal (the journal keeps every
paid order). An email address lives only inside its pending message and is dropped with it
(sent, or given up after `email_attempts`): the problem list keeps the order number and the
address' domain only.

Printer I/O is blocking (python-escpos sockets, device files) and runs in short-lived daemon
threads, one per job, so a hung printer can never stall the event loop or block shutdown. The
retry queue and staff's view of it are in `kiosk.services.receipts.queue` (a mixin).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from kiosk.domain.checkout import Step
from kiosk.domain.pricing import TaxRate
from kiosk.domain.receipt import CardPayment, Receipt, StoreInfo
from kiosk.payments.gateway import IntentState, PaymentError
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.receipts.build import (
    card_payment,
    receipt_from_entry,
    receipt_url_for,
)
from kiosk.services.receipts.jobs import Job, JobStore
from kiosk.services.receipts.layout import (
    Translate,
    kitchen_rows,
    qr_text,
    receipt_rows,
    render_text,
)
from kiosk.services.receipts.outcomes import (
    InvalidEmail,
    JobKind,
    PrintOutcome,
    ReceiptUnavailable,
    redacted,
    valid_email,
)
from kiosk.services.receipts.printers import (
    EscposDevice,
    PrinterState,
    PrinterStatus,
)
from kiosk.services.receipts.queue import (
    JobQueue,
    MailerLike,
    PrinterLike,
    ReceiptProblem,
    in_thread,
    io_timeout_s,
)
from kiosk.services.receipts.settings import PrinterSettings, ReceiptChannel, ReceiptSettings
from kiosk.services.staff.closing import ClosingReport

log = logging.getLogger(__name__)


def _identity(text: str) -> str:
    return text


class IntentReader(Protocol):
    """The one gateway call receipts need (`kiosk.payments.gateway.PaymentGateway` has it)."""

    async def retrieve_async(self, intent_id: str) -> IntentState: ...


class ReceiptService(JobQueue):
    """Receipts for one kiosk; see the module docstring for the rules."""

    def __init__(
        self,
        settings: ReceiptSettings,
        *,
        journal: Journal,
        store: StoreInfo,
        gateway: IntentReader | None = None,
        locale: str = "en_GB",
        rates: Mapping[str, TaxRate] | None = None,
        translate: Translate = _identity,
        category_of: Callable[[str], str | None] | None = None,
        printer: PrinterLike | None = None,
        kitchen_printer: PrinterLike | None = None,
        mailer: MailerLike | None = None,
        jobs: JobStore | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self._journal = journal
        self.store = store
        self._gateway = gateway
        self.locale = locale
        self._rates = rates
        self._t = translate
        self._category_of = category_of
        self._printer = printer or _device(settings.printer)
        self._kitchen = kitchen_printer or _device(settings.kitchen_printer)
        self._mailer = mailer or (_smtp_sender(settings) if settings.smtp else None)
        self._clock = clock
        self._sleep = sleep
        self._store = jobs if jobs is not None else JobStore(None)
        self._jobs: dict[int, Job] = {}
        for job in self._store.load():
            if job.pending and job.next_at == float("inf"):
                job.next_at = clock()  # its first try was cut short by a restart: try again
            self._jobs[job.id] = job
        self._next_id = self._store.next_id()
        self._locks: dict[str, asyncio.Lock] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._kitchen_busy: set[str] = set()

    # -- what the screen asks --------------------------------------------------------------

    @property
    def offered(self) -> tuple[ReceiptChannel, ...]:
        """The channels the confirmation screen offers (the store's list, as configured)."""
        usable = []
        for channel in self.settings.channels:
            if channel is ReceiptChannel.PRINT and self._printer is None:
                continue
            if channel is ReceiptChannel.EMAIL and self._mailer is None:
                continue
            usable.append(channel)
        return tuple(usable) or (ReceiptChannel.QR,)

    @property
    def default_channel(self) -> ReceiptChannel:
        default = self.settings.default_channel
        return default if default in self.offered else self.offered[0]

    async def receipt_async(self, checkout_id: str) -> Receipt:
        """The receipt of a paid checkout, with the card details Stripe reported."""
        entry = self._paid_entry(checkout_id)
        payment = await self._payment_async(entry)
        return receipt_from_entry(
            entry,
            store=self.store,
            payment=payment,
            rates=self._rates,
            receipt_url=lambda e: receipt_url_for(self.settings.receipt_url_template, e),
            category_of=self._category_of,
        )

    async def qr_payload_async(self, checkout_id: str) -> str:
        """What the QR code on the screen holds: the store's receipt page if configured,
        else the receipt's key facts as text (proof of payment that needs no server)."""
        receipt = await self.receipt_async(checkout_id)
        return receipt.receipt_url or qr_text(receipt, locale=self.locale)

    def text(self, receipt: Receipt) -> str:
        return render_text(receipt_rows(receipt, locale=self.locale, translate=self._t))

    def paper(self, receipt: Receipt, *, profile: str | None = None) -> bytes:
        from kiosk.services.receipts.paper import PaperWriter  # python-escpos: 0.3 s to import

        writer = PaperWriter(profile or _profile(self.settings.printer))
        rows = receipt_rows(receipt, locale=self.locale, translate=self._t)
        return writer.document(rows, logo=self.settings.logo_path, qr=receipt.receipt_url)

    async def print_async(self, checkout_id: str) -> PrintOutcome:
        """Print the customer's receipt now, or queue it (never raises for a printer)."""
        if self._printer is None:
            return PrintOutcome.NOT_CONFIGURED
        receipt = await self.receipt_async(checkout_id)
        job = self._add(JobKind.RECEIPT, receipt, self.paper(receipt), due=False)
        return await self._attempt_print(job)

    async def reprint_async(self, checkout_id: str) -> PrintOutcome:
        """Staff: print a checkout's receipt again (drops a queued copy of the same one)."""
        for job in list(self._jobs.values()):
            if job.checkout_id == checkout_id and job.kind is JobKind.RECEIPT:
                self._forget(job)
        return await self.print_async(checkout_id)

    async def print_report_async(
        self, report: ClosingReport, *, translate: Translate | None = None
    ) -> PrintOutcome:
        """Print a till session's closing report on the receipt printer, or queue it as a
        receipt is (listed for staff under the session's number); a queued copy of the same
        report is dropped first. `translate`: the labels' language (default: the service's)."""
        if self._printer is None:
            return PrintOutcome.NOT_CONFIGURED
        from kiosk.services.receipts.paper import PaperWriter
        from kiosk.services.receipts.report import report_rows

        for job in list(self._jobs.values()):
            if job.kind is JobKind.REPORT and job.checkout_id == report.session_id:
                self._forget(job)
        rows = report_rows(
            report,
            store_name=self.store.name,
            printed_at=datetime.fromtimestamp(self._clock()).astimezone(),
            locale=self.locale,
            translate=translate or self._t,
        )
        data = PaperWriter(_profile(self.settings.printer)).document(rows)
        number = report.session_number or report.session_id
        job = self._new_job(JobKind.REPORT, report.session_id, number, data, due=False)
        return await self._attempt_print(job)

    async def kitchen_async(self, checkout_id: str) -> PrintOutcome:
        """The kitchen ticket of a paid order (once per order; retried like a receipt)."""
        if self._kitchen is None:
            return PrintOutcome.NOT_CONFIGURED
        if checkout_id in self._kitchen_busy or self._store.kitchen_printed(checkout_id):
            return PrintOutcome.PRINTED
        self._kitchen_busy.add(checkout_id)  # a second call while this one builds the ticket
        try:
            receipt = await self.receipt_async(checkout_id)
            from kiosk.services.receipts.paper import PaperWriter

            writer = PaperWriter(_profile(self.settings.kitchen_printer))
            data = writer.document(kitchen_rows(receipt, translate=self._t))
            job = self._add(JobKind.KITCHEN, receipt, data, due=False)
            # Stored with its job: from here a restart prints the queued ticket, never a second.
            self._store.mark_kitchen(checkout_id, self._clock())
        finally:
            self._kitchen_busy.discard(checkout_id)
        return await self._attempt_print(job)

    async def email_async(self, checkout_id: str, address: str) -> None:
        """Validate and queue the emailed receipt; it is sent in the background."""
        if self._mailer is None or self.settings.smtp is None:
            raise InvalidEmail("email receipts are not configured")
        if not valid_email(address):
            raise InvalidEmail("not an email address")
        receipt = await self.receipt_async(checkout_id)
        from kiosk.services.receipts.mail import receipt_email

        message = receipt_email(
            receipt,
            receipt_rows(receipt, locale=self.locale, translate=self._t),
            to=address,
            sender=self.settings.smtp.from_address,
            translate=self._t,
        )
        self._add(JobKind.EMAIL, receipt, message, detail=redacted(address))
        self._wake.set()

    # -- internals ---------------------------------------------------------------------------

    def _paid_entry(self, checkout_id: str) -> CheckoutEntry:
        try:
            entry = self._journal.get(checkout_id)
        except JournalError as exc:
            raise ReceiptUnavailable(f"unknown checkout {checkout_id!r}") from exc
        if entry.step in (Step.CANCELED, Step.VOID) or entry.step.rank < Step.CAPTURED.rank:
            raise ReceiptUnavailable(f"checkout {checkout_id} is not paid ({entry.step})")
        return entry

    async def _payment_async(self, entry: CheckoutEntry) -> CardPayment:
        fallback = CardPayment(amount_minor=entry.amount_minor, reference=entry.intent_id)
        if self._gateway is None or entry.intent_id is None:
            return fallback
        try:
            intent = await asyncio.wait_for(
                self._gateway.retrieve_async(entry.intent_id), io_timeout_s(self.settings)
            )
        except (PaymentError, TimeoutError) as exc:
            # The receipt still goes out, without the card fields: proof of payment first.
            log.warning("checkout %s: card details unavailable: %s", entry.checkout_id, exc)
            return fallback
        return card_payment(intent, amount_minor=entry.amount_minor) or fallback


def _smtp_sender(settings: ReceiptSettings) -> MailerLike:
    from kiosk.services.receipts.mail import SmtpSender

    assert settings.smtp is not None
    return SmtpSender(settings.smtp)


def _device(settings: PrinterSettings | None) -> EscposDevice | None:
    return EscposDevice(settings) if settings is not None else None


def _profile(settings: PrinterSettings | None) -> str:
    return settings.profile if settings is not None else "TM-T88V"


def printer_status(settings: ReceiptSettings) -> list[PrinterStatus]:
    """Blocking: the configured printers' states, for `kiosk check` (no loop needed)."""
    found = []
    for name, printer in (("receipt", settings.printer), ("kitchen", settings.kitchen_printer)):
        if printer is None:
            found.append(PrinterStatus(PrinterState.NOT_CONFIGURED, name))
            continue
        status = EscposDevice(printer).status()
        found.append(replace(status, where=f"{name} printer {status.where}"))
    return found


__all__ = [
    "IntentReader",
    "MailerLike",
    "PrinterLike",
    "ReceiptProblem",
    "ReceiptService",
    "in_thread",
    "printer_status",
]
