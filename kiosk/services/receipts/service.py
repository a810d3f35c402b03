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
threads, one per job, so a hung printer can never stall the event loop or block shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from typing import Protocol, TypeVar

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
    PrinterError,
    PrinterState,
    PrinterStatus,
)
from kiosk.services.receipts.settings import PrinterSettings, ReceiptChannel, ReceiptSettings
from kiosk.services.staff.closing import ClosingReport

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_EMAIL_BACKOFF_S = 600.0


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class ReceiptProblem:
    """A receipt job that has not gone out yet, as staff see it (no address, no card data)."""

    job_id: int
    kind: JobKind
    checkout_id: str
    order_number: str
    state: str  # a PrinterState value, or "smtp_error" / "gave_up"
    detail: str
    attempts: int
    since: float
    last_try: float
    pending: bool  # still retried in the background (False: waits for staff)


class PrinterLike(Protocol):
    @property
    def where(self) -> str: ...
    def send(self, job: bytes) -> PrinterState: ...
    def status(self) -> PrinterStatus: ...


class IntentReader(Protocol):
    """The one gateway call receipts need (`kiosk.payments.gateway.PaymentGateway` has it)."""

    async def retrieve_async(self, intent_id: str) -> IntentState: ...


class MailerLike(Protocol):
    async def send_async(self, message: EmailMessage) -> None: ...


async def in_thread(call: Callable[[], T], *, timeout_s: float) -> T:
    """Run blocking `call` in a daemon thread; give up waiting after `timeout_s`."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def deliver(result: T | None, error: BaseException | None) -> None:
        if future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        try:
            result = call()
        except BaseException as exc:  # handed to the awaiting coroutine, not lost
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(deliver, None, exc)
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(deliver, result, None)

    threading.Thread(target=work, name="receipt-io", daemon=True).start()
    return await asyncio.wait_for(future, timeout_s)


class ReceiptService:
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

    # -- staff and `kiosk check` ------------------------------------------------------------

    def problems(self) -> list[ReceiptProblem]:
        """Receipt jobs that failed at least once and have not gone out yet, oldest first."""
        return [
            ReceiptProblem(
                job.id,
                job.kind,
                job.checkout_id,
                job.order_number,
                job.state,
                job.detail,
                job.attempts,
                job.created,
                job.last_try,
                job.pending,
            )
            for job in sorted(self._jobs.values(), key=lambda j: j.id)
            if job.failures > 0
        ]

    async def printer_status_async(self) -> list[PrinterStatus]:
        """The receipt and kitchen printers' states, asked now."""
        found = []
        for device in (self._printer, self._kitchen):
            if device is None:
                continue
            try:
                found.append(await in_thread(device.status, timeout_s=_timeout(self.settings)))
            except TimeoutError:
                found.append(PrinterStatus(PrinterState.UNREACHABLE, device.where, "no answer"))
        return found

    async def retry_now_async(self, job_id: int) -> bool:
        """Staff: try a waiting job now (after loading paper, say); True once it went out.
        An email given up has lost its address with its message and cannot be tried again."""
        job = self._jobs.get(job_id)
        if job is None:
            return True  # it went out meanwhile (or was dismissed)
        if job.payload is None:
            return False
        job.pending, job.next_at = True, self._clock()
        if job.kind is JobKind.EMAIL:
            return await self._attempt_email(job)
        return await self._attempt_print(job) is PrintOutcome.PRINTED

    def dismiss(self, job_id: int) -> None:
        """Staff handled a problem (e.g. gave the customer a handwritten receipt)."""
        job = self._jobs.get(job_id)
        if job is not None:
            self._forget(job)

    # -- background queue --------------------------------------------------------------------

    def start(self) -> None:
        """Run the retry queue on the current loop until `stop_async`."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._run(), name="receipts")

    async def stop_async(self) -> None:
        """Stop the retry queue; the jobs stay stored for the next start."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def run_pending_async(self) -> int:
        """One pass over due jobs (the loop calls it; tests may too). Returns jobs finished."""
        now = self._clock()
        finished = 0
        for job in sorted(self._jobs.values(), key=lambda j: j.id):
            if not job.pending or job.busy or job.next_at > now:
                continue
            if job.kind is JobKind.EMAIL:
                done = await self._attempt_email(job)
            else:
                done = await self._attempt_print(job) is PrintOutcome.PRINTED
            finished += int(done)
        return finished

    async def _run(self) -> None:
        while True:
            try:
                await self.run_pending_async()
            except asyncio.CancelledError:
                raise
            except Exception:  # one broken job must not stop the queue for everyone
                log.exception("receipt queue pass failed")
            due = [j.next_at for j in self._jobs.values() if j.pending]
            wait = self.settings.retry_interval_s
            if due:
                wait = max(0.05, min(wait, min(due) - self._clock()))
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), wait)

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
                self._gateway.retrieve_async(entry.intent_id), _timeout(self.settings)
            )
        except (PaymentError, TimeoutError) as exc:
            # The receipt still goes out, without the card fields: proof of payment first.
            log.warning("checkout %s: card details unavailable: %s", entry.checkout_id, exc)
            return fallback
        return card_payment(intent, amount_minor=entry.amount_minor) or fallback

    def _add(
        self,
        kind: JobKind,
        receipt: Receipt,
        payload: bytes | EmailMessage,
        *,
        due: bool = True,
        detail: str = "",
    ) -> Job:
        """A new job; `due` False when the caller tries it right away (the queue only
        retries it after a failure)."""
        key = receipt.checkout_id or receipt.receipt_id
        return self._new_job(kind, key, receipt.order_number, payload, due=due, detail=detail)

    def _new_job(
        self,
        kind: JobKind,
        key: str,
        number: str,
        payload: bytes | EmailMessage,
        *,
        due: bool = True,
        detail: str = "",
    ) -> Job:
        now = self._clock()
        job = Job(
            id=self._next_id,
            kind=kind,
            checkout_id=key,
            order_number=number,
            payload=payload,
            created=now,
            next_at=now if due else float("inf"),
            detail=detail,
        )
        self._next_id += 1
        self._store.save(job)  # stored before the first try: a restart carries it on
        self._jobs[job.id] = job
        return job

    def _forget(self, job: Job) -> None:
        self._jobs.pop(job.id, None)
        self._store.delete(job.id)

    async def _attempt_print(self, job: Job) -> PrintOutcome:
        device = self._kitchen if job.kind is JobKind.KITCHEN else self._printer
        if device is None or not isinstance(job.payload, bytes):
            return PrintOutcome.NOT_CONFIGURED
        data = job.payload
        if job.busy:
            return PrintOutcome.QUEUED
        job.busy = True
        lock = self._locks.setdefault(device.where, asyncio.Lock())
        try:
            async with lock:
                return await self._print_locked(job, device, data)
        finally:
            job.busy = False

    async def _print_locked(self, job: Job, device: PrinterLike, data: bytes) -> PrintOutcome:
        job.attempts += 1
        job.last_try = self._clock()
        try:
            await in_thread(lambda: device.send(data), timeout_s=_timeout(self.settings))
        except asyncio.CancelledError:
            raise
        except (PrinterError, TimeoutError, OSError) as exc:
            state = exc.state.value if isinstance(exc, PrinterError) else "unreachable"
            self._failed(job, state, str(exc) or "no answer from the printer")
            log.warning(
                "%s for order %s not printed (%s), attempt %d",
                job.kind.value,
                job.order_number,
                exc,
                job.attempts,
            )
            return PrintOutcome.QUEUED
        self._forget(job)
        return PrintOutcome.PRINTED

    async def _attempt_email(self, job: Job) -> bool:
        if self._mailer is None or not isinstance(job.payload, EmailMessage) or job.busy:
            return False
        job.busy = True
        try:
            return await self._send_email(job, self._mailer, job.payload)
        finally:
            job.busy = False

    async def _send_email(self, job: Job, mailer: MailerLike, message: EmailMessage) -> bool:
        job.attempts += 1
        job.last_try = self._clock()
        try:
            await mailer.send_async(message)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # aiosmtplib's errors, sockets, DNS: all mean "try later"
            detail = f"{job.detail.split(' ')[0]} {type(exc).__name__}"
            log.warning("receipt email for order %s failed: %s", job.order_number, detail)
            if job.attempts >= self.settings.email_attempts:
                job.failures += 1
                job.payload = None  # the address goes with the message
                job.pending = False
                job.state, job.detail = "gave_up", detail
                self._store.save(job)
                return False
            self._failed(job, "smtp_error", detail, email=True)
            return False
        log.info("receipt for order %s emailed to %s", job.order_number, job.detail)
        self._forget(job)
        return True

    def _failed(self, job: Job, state: str, detail: str, *, email: bool = False) -> None:
        job.failures += 1
        job.state = state
        job.detail = detail
        interval = self.settings.retry_interval_s
        if email:
            interval = min(MAX_EMAIL_BACKOFF_S, interval * 2 ** (job.attempts - 1))
        job.next_at = self._clock() + interval
        if not email and job.attempts >= self.settings.max_attempts:
            job.pending = False  # waits for staff: reprint or dismiss
        self._store.save(job)
        self._wake.set()


def _smtp_sender(settings: ReceiptSettings) -> MailerLike:
    from kiosk.services.receipts.mail import SmtpSender

    assert settings.smtp is not None
    return SmtpSender(settings.smtp)


def _device(settings: PrinterSettings | None) -> EscposDevice | None:
    return EscposDevice(settings) if settings is not None else None


def _profile(settings: PrinterSettings | None) -> str:
    return settings.profile if settings is not None else "TM-T88V"


def _timeout(settings: ReceiptSettings) -> float:
    printer = settings.printer
    return (printer.timeout_s if printer else 5.0) * 2 + 1


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
