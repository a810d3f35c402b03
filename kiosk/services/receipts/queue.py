"""Part of `ReceiptService` (`kiosk.services.receipts.service`): the retry queue.

Every print and email is a stored `Job` (`jobs.py`); a failed one is retried in the background
(print: every `retry_interval_s` up to `max_attempts`, then it waits for staff; email: with
backoff up to `email_attempts`, then its message and address are dropped), listed for staff in
`problems()`, and tried again at once by `retry_now_async`. Printer I/O runs in short-lived
daemon threads (`in_thread`), so a hung printer never stalls the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Protocol, TypeVar

from kiosk.domain.receipt import Receipt
from kiosk.services.receipts.jobs import Job, JobStore
from kiosk.services.receipts.outcomes import JobKind, PrintOutcome
from kiosk.services.receipts.printers import PrinterError, PrinterState, PrinterStatus
from kiosk.services.receipts.settings import ReceiptSettings

log = logging.getLogger("kiosk.services.receipts.service")
T = TypeVar("T")

MAX_EMAIL_BACKOFF_S = 600.0


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


def io_timeout_s(settings: ReceiptSettings) -> float:
    """How long one printer or gateway call may take before it counts as no answer."""
    printer = settings.printer
    return (printer.timeout_s if printer else 5.0) * 2 + 1


class JobQueue:
    """The jobs of `ReceiptService` (which sets these attributes), their retries and staff's
    view of them."""

    settings: ReceiptSettings
    _printer: PrinterLike | None
    _kitchen: PrinterLike | None
    _mailer: MailerLike | None
    _clock: Callable[[], float]
    _store: JobStore
    _jobs: dict[int, Job]
    _next_id: int
    _locks: dict[str, asyncio.Lock]
    _wake: asyncio.Event
    _task: asyncio.Task[None] | None

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
                found.append(await in_thread(device.status, timeout_s=io_timeout_s(self.settings)))
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
            await in_thread(lambda: device.send(data), timeout_s=io_timeout_s(self.settings))
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
