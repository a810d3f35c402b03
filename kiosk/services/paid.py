"""After the reader approves: the capture while the customer waits, the books afterwards.

The customer waits for the card and one Stripe call, the capture; the sale transaction and
the order completion follow in the background (`Books`), and periodic recovery finishes
anything a background attempt could not (a crash, the network): the journal records each
step, so an interrupted finish ends exactly like an interrupted payment always has
(`kiosk.services.settle`).

What the capture needs to know (the order is still pending, its total, the PaymentIntent's
and the journal's amounts agree) is read while the reader waits for the card (`CardWatch`):
read when the reader starts, then again every `refresh_s`, so the answer is at hand when the
approval comes. The freshest read is at most `refresh_s` (plus one request) older than the
approval; an order cancelled in that window (or after the capture, as could always happen)
is found by the background settle, which never records a sale on it and lists the checkout
for staff (refund or reinstate). Whatever can only be known after the capture goes to staff
that way; it never turns the customer's confirmation into an error. What the capture's own
answer shows (a partial capture, a refund, a capture made elsewhere) is decided before PAID.

A checkout on an order owned elsewhere (a kiosk's order paid at the station) does not come
here: another till may hold an approval on that order at the same moment, so its capture is
decided by `Settler.settle_locked` after listing the order's PaymentIntents
(`kiosk.services.settle_owned.older_rival`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import Enum

from kiosk.domain.checkout import OrderState, Step
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.payments.gateway import IntentState, PaymentError
from kiosk.services.journal import CheckoutEntry, JournalError
from kiosk.services.pipeline import (
    CheckoutError,
    Pipeline,
    money_text,
    order_state,
    order_total_minor,
)
from kiosk.services.settle import Settler
from kiosk.services.settle_complete import capture

log = logging.getLogger(__name__)

REFRESH_S = 1.0  # how stale the order may be when the card is approved (plus one request)
FAILED_READ_BACKOFF = 5  # after a failed read, the next waits this many refresh periods
BOOKS_DEADLINE_S = 120.0  # one background finish, all its bounded retries included
CLOSE_GRACE_S = 5.0  # on shutdown the books of a checkout just paid may land first


@dataclass(frozen=True, slots=True)
class Seen:
    """The order (None: deleted) and the PaymentIntent, as last read."""

    order_id: str
    order: m.Order | None
    intent: IntentState


async def read_seen(p: Pipeline, entry: CheckoutEntry) -> Seen:
    """The order and the PaymentIntent read now, side by side (one round trip)."""
    order_id, intent_id = entry.order_id or "", entry.intent_id or ""

    async def order() -> m.Order | None:
        try:
            return await p.finalpos.get_order(order_id)
        except NotFoundError:
            return None

    found, intent = await asyncio.gather(order(), p.gateway.retrieve_async(intent_id))
    return Seen(order_id, found, intent)


class CardWatch:
    """Reads the order and the PaymentIntent while the reader waits for the card."""

    def __init__(self, p: Pipeline, entry: CheckoutEntry, *, refresh_s: float = REFRESH_S):
        self._p = p
        self._entry = entry
        self._refresh_s = refresh_s
        self._seen: Seen | None = None
        self._read = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        cid = self._entry.checkout_id
        while True:
            pause = self._refresh_s
            try:
                self._seen = await read_seen(self._p, self._entry)
            except (FinalPosError, PaymentError) as exc:
                self._seen = None  # the capture reads again itself
                pause *= FAILED_READ_BACKOFF  # a system in trouble is not asked every second
                log.info("checkout %s: order not read during the payment: %s", cid, exc)
            except Exception:
                self._seen = None
                pause *= FAILED_READ_BACKOFF
                log.exception("checkout %s: reading the order during the payment failed", cid)
            self._read.set()
            await asyncio.sleep(pause)

    async def seen(self, timeout_s: float) -> Seen | None:
        """The freshest read; waits (up to `timeout_s`) only if none has come back yet."""
        if self._task is None:
            return None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._read.wait(), timeout_s)
        return self._seen

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.wait({task}, timeout=2.0)

    def abandon(self) -> None:
        """Stop without waiting (the caller is unwinding from a BaseException)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None


class Captured(Enum):
    PAID = "paid"  # the money is taken and agrees: the books may follow in the background
    HELD = "held"  # held for staff (amounts): nothing more happens automatically


def _amounts_before(entry: CheckoutEntry, order: m.Order, intent: IntentState) -> str | None:
    cur = entry.currency
    total = order_total_minor(order, cur)
    if total == entry.amount_minor == intent.amount_minor and intent.currency.upper() == cur:
        return None
    return (
        f"amounts disagree before capture: order total {money_text(total, cur)}, "
        f"PaymentIntent {money_text(intent.amount_minor, intent.currency.upper())}, checkout "
        f"{money_text(entry.amount_minor, cur)}: not captured, the authorisation was voided"
    )


async def capture_seen(
    p: Pipeline, settler: Settler, entry: CheckoutEntry, seen: Seen
) -> Captured | None:
    """Capture on what `seen` shows, with no other request; the caller holds the lock.

    None when `seen` does not show the plain case (the order gone or changed, the intent
    already captured or voided, a cancel decided): `Settler.settle_locked` then decides from
    fresh facts, as it always has. Raises what the capture raises (the journal says
    CAPTURING: recovery asks Stripe).
    """
    cid = entry.checkout_id
    order, intent = seen.order, seen.intent
    if (
        seen.order_id != entry.order_id
        or intent.id != entry.intent_id
        or entry.cancel_requested
        or p.held(cid) is not None
        or intent.captured
        or intent.canceled
        or order_state(order) is not OrderState.PENDING
    ):
        return None
    assert order is not None
    mismatch = _amounts_before(entry, order, intent)
    if mismatch is not None:
        await settler.void(entry, intent)
        p.hold(cid, mismatch)
        return Captured.HELD
    entry, captured = await capture(p, entry, intent)
    mismatch = settler.received_mismatch(entry, order, captured)
    if mismatch is not None:  # e.g. captured in part elsewhere first: never recorded as paid
        p.hold(cid, mismatch)
        return Captured.HELD
    return Captured.PAID


async def finish_books(p: Pipeline, settler: Settler, cid: str) -> None:
    """The background half of a paid checkout: the sale and the order completed.

    One settling pass under the checkout's lock; what it cannot finish (network, a create in
    its quiet period, a case for staff) stays in the journal for periodic recovery.
    """
    try:
        async with p.lock(cid):
            settled = await settler.settle_locked(cid, scan=False)
        if settled.step is not Step.COMPLETED:
            log.info("checkout %s: books left to recovery at %s", cid, settled.step)
    except (FinalPosError, PaymentError, CheckoutError) as exc:
        with contextlib.suppress(JournalError):
            p.journal.record(cid, last_error=str(exc)[:500])
        log.warning("checkout %s: books left to recovery: %s", cid, exc)
    except JournalError as exc:
        log.error("checkout %s: the journal failed while recording the books: %s", cid, exc)
        with contextlib.suppress(JournalError):
            p.journal.mark_rebuild_needed(f"a write failed while finishing checkout {cid}")
    except Exception:
        log.exception("checkout %s: the background finish failed; recovery goes on", cid)
    finally:
        p.journal.release(cid)


class Books:
    """The background finishes (sale, order completed) of paid checkouts, one per checkout.

    Each runs `finish(checkout_id)` within `deadline_s`; the set is kept so that recovery
    leaves those checkouts alone (`busy`), tests and tools can wait for them (`wait`), and
    closing waits a short grace, then cancels the rest and waits for them to stop.
    """

    def __init__(
        self, finish: Callable[[str], Awaitable[None]], *, deadline_s: float = BOOKS_DEADLINE_S
    ) -> None:
        self._finish = finish
        self._deadline_s = deadline_s
        self._tasks: dict[str, asyncio.Task[None]] = {}

    def start(self, checkout_id: str) -> None:
        if checkout_id in self._tasks:
            return
        task = asyncio.ensure_future(self._run(checkout_id))
        self._tasks[checkout_id] = task
        task.add_done_callback(lambda done: self._done(checkout_id, done))

    async def _run(self, checkout_id: str) -> None:
        try:
            await asyncio.wait_for(self._finish(checkout_id), self._deadline_s)
        except TimeoutError:
            log.warning("checkout %s: the books are left to recovery (deadline)", checkout_id)

    def _done(self, checkout_id: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(checkout_id) is task:
            del self._tasks[checkout_id]
        if not task.cancelled() and task.exception() is not None:
            log.error("checkout %s: the books task ended with %r", checkout_id, task.exception())

    def busy(self, checkout_id: str) -> bool:
        return checkout_id in self._tasks

    def pending(self) -> list[str]:
        return list(self._tasks)

    async def wait(self, checkout_id: str | None = None, *, timeout_s: float = 30.0) -> bool:
        """Wait for one checkout's books (or all); True when none is left running.

        A BaseException the finish ended with (a test's simulated crash) is raised here.
        """
        tasks = [
            task for cid, task in self._tasks.items() if checkout_id is None or cid == checkout_id
        ]
        if not tasks:
            return True
        done, running = await asyncio.wait(tasks, timeout=timeout_s)
        for task in done:
            failure = None if task.cancelled() else task.exception()
            if failure is not None:
                raise failure
        return not running

    async def aclose(self, *, grace_s: float = CLOSE_GRACE_S) -> None:
        """Let running finishes land for `grace_s`, then cancel the rest (recovery ends
        them: the journal says where each stopped) and wait up to 2 s for them to stop."""
        tasks = list(self._tasks.values())
        if not tasks:
            return
        _done, running = await asyncio.wait(tasks, timeout=grace_s)
        for task in running:
            task.cancel()
        if running:
            log.warning("%d background finishes cancelled at close", len(running))
            await asyncio.wait(running, timeout=2.0)
