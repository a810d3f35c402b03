"""Staff refunds: Stripe refund -> Final POS refund -> payout transaction -> order updated.

A refund is journaled exactly like a checkout, in its own SQLite file (`REFUND_FILE`, WAL,
``synchronous=FULL``) next to the checkout journal: every step is written before its side
effect ("…ing") and after it ("…ed"), so after a crash `settle_async` knows which system to
ask. The order of side effects, and why:

1. journal the refund (its id, the PaymentIntent, the lines and amount) after checking the
   amount against what was captured and already refunded;
2. ``POST /v1/refunds`` on Stripe with an idempotency key derived from the refund id
   (``kiosk-refund:<refund id>``): asking again after a lost answer returns the same refund, so
   money goes back at most once. Stripe keeps keys 24 h; past that, the PaymentIntent's
   ``amount_refunded`` is compared with what the journal expected before the call;
3. ``POST /v1/api/refunds`` in Final POS (``externalId`` = refund id, found again by it after a
   lost answer) with the refunded lines, their taxes and the card payout line;
4. ``POST /v1/api/transactions``: the payout, ``type`` "refund", ``refundId`` = the Final POS
   refund, ``externalId`` = refund id (found again the same way);
5. ``PUT`` the order's metadata ``refundedTotal`` / ``refundIds`` (computed from the journal, so
   a replay writes the same values). The order's status stays "completed": Final POS documents
   no refunded status, and the till session's report counts refunds from the transactions.

Never more than captured: a refund is refused (nothing sent) when its amount exceeds the
PaymentIntent's ``amount_received`` minus the larger of Stripe's ``amount_refunded`` and what this
journal has refunded or is refunding on that PaymentIntent. Line amounts are cumulative: the k-th
unit of a line refunds ``round(total * k / quantity) - already``, so partial refunds of a line
add up exactly to its total.

Outcome codes only; the UI owns the words. The `step_hook` is called at each
`RefundBoundary` (the crash-matrix tests kill the process there).
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import sqlite3
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol, TypeVar

from kiosk.domain.money import round_half_up
from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import FinalPosError, UnavailableError
from kiosk.payments.gateway import PaymentError, PaymentGateway
from kiosk.services import orders
from kiosk.services.journal import CheckoutEntry, Journal, JournalError

log = logging.getLogger(__name__)

T = TypeVar("T")
REFUND_FILE = "refunds.sqlite3"
REFUND_TYPE = "refund"
ATTENTION_AFTER_ATTEMPTS = 5


class RefundStep(StrEnum):
    BEGUN = "begun"  # journaled and checked; nothing sent
    STRIPE_REFUNDING = "stripe_refunding"  # the Stripe refund may exist
    STRIPE_REFUNDED = "stripe_refunded"  # money is going back; its id is known
    REFUND_POSTING = "refund_posting"  # the Final POS refund may exist
    REFUND_RECORDED = "refund_recorded"
    PAYOUT_POSTING = "payout_posting"  # the payout transaction may exist
    PAYOUT_RECORDED = "payout_recorded"
    ORDER_UPDATING = "order_updating"
    COMPLETED = "completed"
    REJECTED = "rejected"  # refused before any money moved (too much, not paid, Stripe said no)

    @property
    def terminal(self) -> bool:
        return self in (RefundStep.COMPLETED, RefundStep.REJECTED)

    @property
    def rank(self) -> int:
        return list(RefundStep).index(self)


class RefundBoundary(StrEnum):
    JOURNAL_WRITTEN = "refund_journal_written"
    STRIPE_REFUNDED = "stripe_refunded"  # Stripe answered, not yet journaled
    REFUND_POSTED = "finalpos_refund_posted"
    PAYOUT_POSTED = "payout_posted"
    BEFORE_ORDER_PUT = "refund_before_order_put"


class RefundReason(StrEnum):
    """Stripe's refund reasons (the free-text note goes to Final POS)."""

    REQUESTED_BY_CUSTOMER = "requested_by_customer"
    DUPLICATE = "duplicate"
    FRAUDULENT = "fraudulent"


class RefundOutcome(StrEnum):
    REFUNDED = "refunded"  # money back and recorded in Final POS
    REFUNDED_BOOKS_PENDING = "refunded_books_pending"  # money back; recovery finishes Final POS
    PENDING = "pending"  # Stripe could not be reached; recovery finishes it (never twice)
    NOTHING_TO_REFUND = "nothing_to_refund"  # no line or quantity chosen, or all refunded
    TOO_MUCH = "too_much"  # more than was captured and not yet refunded
    NOT_PAID = "not_paid"  # the order has no captured card payment
    UNKNOWN_ORDER = "unknown_order"
    UNAVAILABLE = "unavailable"  # Stripe could not be reached to check: nothing was started
    REFUSED = "refused"  # Stripe refused the refund; nothing moved
    FAILED = "failed"  # Stripe accepted but reports the refund failed: needs a person


@dataclass(frozen=True, slots=True)
class RefundLine:
    """One refunded line: `index` into the order's lines, amounts in minor units."""

    index: int
    name: str
    quantity: int
    amount_minor: int  # gross (what the customer gets back for these units)
    tax_minor: int
    unit_price_minor: int
    product_id: str | None = None
    variant_id: str | None = None
    tax_name: str | None = None
    tax_rate: str | None = None  # the order's percentage, kept as text


@dataclass(frozen=True, slots=True)
class RefundableLine:
    index: int
    name: str
    quantity: int  # sold
    refundable_quantity: int
    total_minor: int
    refunded_minor: int


@dataclass(frozen=True, slots=True)
class Refundable:
    """What is left to refund on one paid order."""

    checkout_id: str
    order_id: str
    order_number: str
    currency: str
    captured_minor: int
    refunded_minor: int
    lines: tuple[RefundableLine, ...]

    @property
    def remaining_minor(self) -> int:
        return max(0, self.captured_minor - self.refunded_minor)


@dataclass(frozen=True, slots=True)
class RefundEntry:
    refund_id: str
    checkout_id: str
    order_id: str
    order_number: str
    intent_id: str
    sale_transaction_id: str | None
    session_id: str | None
    currency: str
    amount_minor: int
    reason: str
    note: str
    refunded_by: str
    lines: tuple[RefundLine, ...]
    step: RefundStep
    created_at: float
    updated_at: float
    refunded_before_minor: int  # Stripe's amount_refunded when this refund was checked
    stripe_refund_id: str | None = None
    finalpos_refund_id: str | None = None
    payout_transaction_id: str | None = None
    attention: str | None = None
    attempts: int = 0
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class RefundResult:
    outcome: RefundOutcome
    refund_id: str | None
    amount_minor: int
    currency: str

    @property
    def money_returned(self) -> bool:
        return self.outcome in (RefundOutcome.REFUNDED, RefundOutcome.REFUNDED_BOOKS_PENDING)


@dataclass
class RefundRecoveryReport:
    examined: int = 0
    completed: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    attention: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (self.waiting or self.attention)


class RefundError(Exception):
    """Raised inside a settle pass for a state a person must look at (kept in `attention`)."""


class _Session(Protocol):
    async def ensure_open_async(self) -> str: ...


class RefundFinalPos(Protocol):
    """The part of `FinalPosClient` refunds use."""

    async def create_refund(self, refund: m.RefundCreate) -> m.Refund: ...
    async def create_transaction(self, transaction: m.TransactionCreate) -> m.Transaction: ...
    def iter_transactions(self) -> AsyncIterator[m.Transaction]: ...
    async def get_order(self, order_id: str) -> m.Order: ...
    async def update_order(self, order_id: str, update: m.OrderUpdate) -> m.Order: ...


# --- the journal --------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS refunds (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    refund_id TEXT NOT NULL UNIQUE,
    checkout_id TEXT NOT NULL,
    order_id TEXT NOT NULL,
    order_number TEXT NOT NULL,
    intent_id TEXT NOT NULL,
    sale_transaction_id TEXT,
    session_id TEXT,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    reason TEXT NOT NULL,
    note TEXT NOT NULL,
    refunded_by TEXT NOT NULL,
    lines TEXT NOT NULL,
    step TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    refunded_before_minor INTEGER NOT NULL,
    stripe_refund_id TEXT,
    finalpos_refund_id TEXT,
    payout_transaction_id TEXT,
    attention TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX IF NOT EXISTS refunds_order ON refunds(order_id);
CREATE TABLE IF NOT EXISTS refund_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    refund_id TEXT NOT NULL,
    at REAL NOT NULL,
    step TEXT NOT NULL,
    detail TEXT
);
"""
_UPDATABLE = frozenset(
    {
        "step",
        "stripe_refund_id",
        "finalpos_refund_id",
        "payout_transaction_id",
        "attention",
        "attempts",
        "last_error",
    }
)
_FIELDS = tuple(f.name for f in fields(RefundEntry))


class RefundJournal:
    """Durable refund steps (one committed, fsynced transaction per `record`)."""

    def __init__(self, path: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                path, isolation_level=None, check_same_thread=False, timeout=30
            )
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise JournalError(f"cannot open the refund journal {path}: {exc}") from exc

    @classmethod
    def in_dir(cls, data_dir: Path, **kwargs: Any) -> RefundJournal:
        return cls(data_dir / REFUND_FILE, **kwargs)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> RefundJournal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise JournalError(f"refund journal write failed: {exc}") from exc

    def create(self, entry: RefundEntry) -> RefundEntry:
        values = {name: getattr(entry, name) for name in _FIELDS}
        values["lines"] = json.dumps([_line_json(line) for line in entry.lines])
        values["step"] = entry.step.value
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._tx() as db:
            db.execute(
                f"INSERT INTO refunds ({columns}) VALUES ({marks})",  # noqa: S608 - our names
                tuple(values.values()),
            )
            self._event(db, entry.refund_id, entry.step.value, None, entry.created_at)
        return self.get(entry.refund_id)

    def record(
        self,
        refund_id: str,
        step: RefundStep | None = None,
        *,
        detail: str | None = None,
        **values: Any,
    ) -> RefundEntry:
        unknown = set(values) - _UPDATABLE
        if unknown:
            raise JournalError(f"not refund journal fields: {sorted(unknown)}")
        if step is not None:
            values["step"] = step.value
        now = self._clock()
        values["updated_at"] = now
        assignments = ", ".join(f"{key} = ?" for key in values)
        with self._tx() as db:
            cursor = db.execute(
                f"UPDATE refunds SET {assignments} WHERE refund_id = ?",  # noqa: S608 - checked
                (*values.values(), refund_id),
            )
            if cursor.rowcount != 1:
                raise JournalError(f"unknown refund {refund_id!r}")
            if step is not None or detail is not None:
                row = db.execute(
                    "SELECT step FROM refunds WHERE refund_id = ?", (refund_id,)
                ).fetchone()
                self._event(db, refund_id, str(row[0]), detail, now)
        return self.get(refund_id)

    def get(self, refund_id: str) -> RefundEntry:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM refunds WHERE refund_id = ?", (refund_id,)
            ).fetchone()
        if row is None:
            raise JournalError(f"unknown refund {refund_id!r}")
        return _entry(row)

    def all(self) -> list[RefundEntry]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM refunds ORDER BY seq").fetchall()
        return [_entry(row) for row in rows]

    def unfinished(self) -> list[RefundEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM refunds WHERE step NOT IN (?, ?) ORDER BY seq",
                (RefundStep.COMPLETED.value, RefundStep.REJECTED.value),
            ).fetchall()
        return [_entry(row) for row in rows]

    def for_order(self, order_id: str) -> list[RefundEntry]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM refunds WHERE order_id = ? ORDER BY seq", (order_id,)
            ).fetchall()
        return [_entry(row) for row in rows]

    def history(self, refund_id: str) -> list[tuple[str, str | None]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT step, detail FROM refund_events WHERE refund_id = ? ORDER BY id",
                (refund_id,),
            ).fetchall()
        return [(str(row["step"]), row["detail"]) for row in rows]

    @staticmethod
    def _event(
        db: sqlite3.Connection, refund_id: str, step: str, detail: str | None, at: float
    ) -> None:
        db.execute(
            "INSERT INTO refund_events (refund_id, at, step, detail) VALUES (?, ?, ?, ?)",
            (refund_id, at, step, detail),
        )


def _line_json(line: RefundLine) -> dict[str, Any]:
    return {f.name: getattr(line, f.name) for f in fields(RefundLine)}


def _entry(row: sqlite3.Row) -> RefundEntry:
    data = {name: row[name] for name in _FIELDS}
    data["step"] = RefundStep(data["step"])
    data["lines"] = tuple(RefundLine(**item) for item in json.loads(data["lines"]))
    return RefundEntry(**data)


# --- the pipeline -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _SoldLine:
    index: int
    name: str
    quantity: int
    total_minor: int
    tax_minor: int
    unit_price_minor: int
    product_id: str | None
    variant_id: str | None
    tax_name: str | None
    tax_rate: str | None


def sold_lines(entry: CheckoutEntry) -> list[_SoldLine]:
    """The order's lines as journaled at checkout (the exact body sent to Final POS)."""
    body = orders.order_from_journal(entry.order_body)
    cur = entry.currency
    result = []
    for index, line in enumerate(body.line_items or []):
        tax = line.taxes[0] if line.taxes else None

        def minor(value: Decimal | None) -> int:
            return 0 if value is None else amounts.minor(value, cur)

        result.append(
            _SoldLine(
                index=index,
                name=line.name or "",
                quantity=line.quantity or 0,
                total_minor=minor(line.total),
                tax_minor=sum(minor(t.amount) for t in line.taxes),
                unit_price_minor=minor(line.price),
                product_id=line.product_id,
                variant_id=line.variant_id,
                tax_name=tax.name if tax else None,
                tax_rate=str(tax.percentage) if tax and tax.percentage is not None else None,
            )
        )
    return result


def _share(total: int, units: int, of: int) -> int:
    """The part of `total` for `units` of `of` units, rounded half up (cumulative rule)."""
    return round_half_up(Decimal(total) * units / of) if of else 0


class RefundService:
    """Runs and recovers staff refunds; see the module docstring for the order of effects."""

    def __init__(
        self,
        *,
        finalpos: RefundFinalPos,
        gateway: PaymentGateway,
        checkouts: Journal,
        journal: RefundJournal,
        session: _Session,
        outlet_id: str | None = None,
        retry_attempts: int = 5,
        retry_base_s: float = 0.2,
        retry_max_s: float = 2.0,
        attention_after_attempts: int = ATTENTION_AFTER_ATTEMPTS,
        step_hook: Callable[[RefundBoundary], None] | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._finalpos = finalpos
        self._gateway = gateway
        self._checkouts = checkouts
        self.journal = journal
        self._session = session
        self._outlet_id = outlet_id
        self._attempts = retry_attempts
        self._base_s = retry_base_s
        self._max_s = retry_max_s
        self._attention_after = attention_after_attempts
        self._hook = step_hook
        self._sleep = sleep
        self._lock = asyncio.Lock()  # refunds are rare: one at a time keeps the cap exact
        self.lease_s = 15 * 60.0  # a checkout a customer is still paying is not refundable

    # -- what can be refunded -------------------------------------------------------------

    def refundable(self, checkout_id: str, *, captured_minor: int | None = None) -> Refundable:
        """Lines and amounts left to refund on a completed checkout (journal only, no I/O)."""
        entry = self._checkout(checkout_id)
        previous = [
            r
            for r in self.journal.for_order(entry.order_id or "")
            if r.step is not RefundStep.REJECTED
        ]
        refunded_units: dict[int, int] = {}
        refunded_amount: dict[int, int] = {}
        for refund in previous:
            for line in refund.lines:
                refunded_units[line.index] = refunded_units.get(line.index, 0) + line.quantity
                refunded_amount[line.index] = refunded_amount.get(line.index, 0) + line.amount_minor
        lines = tuple(
            RefundableLine(
                index=sold.index,
                name=sold.name,
                quantity=sold.quantity,
                refundable_quantity=max(0, sold.quantity - refunded_units.get(sold.index, 0)),
                total_minor=sold.total_minor,
                refunded_minor=refunded_amount.get(sold.index, 0),
            )
            for sold in sold_lines(entry)
        )
        return Refundable(
            checkout_id=checkout_id,
            order_id=entry.order_id or "",
            order_number=entry.order_number,
            currency=entry.currency,
            captured_minor=entry.amount_minor if captured_minor is None else captured_minor,
            refunded_minor=sum(r.amount_minor for r in previous),
            lines=lines,
        )

    def plan(
        self, checkout_id: str, quantities: Mapping[int, int] | None
    ) -> tuple[RefundLine, ...]:
        """The refund lines for `quantities` (line index -> units; None = everything left)."""
        entry = self._checkout(checkout_id)
        left = {line.index: line for line in self.refundable(checkout_id).lines}
        chosen: list[RefundLine] = []
        for sold in sold_lines(entry):
            info = left[sold.index]
            wanted = (
                info.refundable_quantity if quantities is None else quantities.get(sold.index, 0)
            )
            if wanted <= 0:
                continue
            if wanted > info.refundable_quantity:
                raise ValueError(
                    f"line {sold.index} has {info.refundable_quantity} units left to refund"
                )
            done = sold.quantity - info.refundable_quantity
            amount = _share(sold.total_minor, done + wanted, sold.quantity) - _share(
                sold.total_minor, done, sold.quantity
            )
            tax = _share(sold.tax_minor, done + wanted, sold.quantity) - _share(
                sold.tax_minor, done, sold.quantity
            )
            chosen.append(
                RefundLine(
                    index=sold.index,
                    name=sold.name,
                    quantity=wanted,
                    amount_minor=amount,
                    tax_minor=tax,
                    unit_price_minor=sold.unit_price_minor,
                    product_id=sold.product_id,
                    variant_id=sold.variant_id,
                    tax_name=sold.tax_name,
                    tax_rate=sold.tax_rate,
                )
            )
        return tuple(chosen)

    # -- refunding ------------------------------------------------------------------------

    async def refund_async(
        self,
        checkout_id: str,
        *,
        quantities: Mapping[int, int] | None = None,
        reason: RefundReason = RefundReason.REQUESTED_BY_CUSTOMER,
        note: str = "",
        refunded_by: str,
    ) -> RefundResult:
        """Refund lines of a paid checkout (None = everything left) and record it everywhere.

        Raises `ValueError` for a quantity larger than what is left on a line. Network
        trouble never raises: the refund stays journaled and `recover_async` finishes it.
        """
        async with self._lock:
            try:
                entry = self._checkouts.get(checkout_id)
            except JournalError:
                return RefundResult(RefundOutcome.UNKNOWN_ORDER, None, 0, "")
            cur = entry.currency
            # Not only completed checkouts: one charged against an order someone cancelled
            # (listed for staff) is refunded the same way; Stripe's state decides below.
            live = self._checkouts.leased(checkout_id, max_age_s=self.lease_s)
            if entry.intent_id is None or entry.order_id is None or live:
                return RefundResult(RefundOutcome.NOT_PAID, None, 0, cur)
            lines = self.plan(checkout_id, quantities)
            amount = sum(line.amount_minor for line in lines)
            if amount <= 0:
                return RefundResult(RefundOutcome.NOTHING_TO_REFUND, None, 0, cur)
            try:
                intent = await self._retrying(
                    lambda _n: self._gateway.retrieve_async(entry.intent_id or ""), "read intent"
                )
            except PaymentError as exc:
                log.warning("refund of %s not started: %s", entry.order_number, exc)
                return RefundResult(RefundOutcome.UNAVAILABLE, None, amount, cur)
            if not intent.captured:
                return RefundResult(RefundOutcome.NOT_PAID, None, amount, cur)
            refunded = self._refunded_on(intent.id, intent.amount_refunded_minor)
            if amount > intent.amount_received_minor - refunded:
                log.warning(
                    "refund of %s refused: %d asked, %d captured, %d already refunded",
                    entry.order_number,
                    amount,
                    intent.amount_received_minor,
                    refunded,
                )
                return RefundResult(RefundOutcome.TOO_MUCH, None, amount, cur)
            session_id: str | None
            try:
                session_id = await self._session.ensure_open_async()
            except Exception as exc:  # session trouble: record against the checkout's session
                log.warning("refund without an open till session (%s)", type(exc).__name__)
                session_id = entry.session_id
            now = time.time()
            refund = self.journal.create(
                RefundEntry(
                    refund_id=uuid.uuid4().hex,
                    checkout_id=checkout_id,
                    order_id=entry.order_id,
                    order_number=entry.order_number,
                    intent_id=intent.id,
                    sale_transaction_id=entry.transaction_id,
                    session_id=session_id,
                    currency=cur,
                    amount_minor=amount,
                    reason=reason.value,
                    note=note[:500],
                    refunded_by=refunded_by,
                    lines=lines,
                    step=RefundStep.BEGUN,
                    created_at=now,
                    updated_at=now,
                    refunded_before_minor=intent.amount_refunded_minor,
                )
            )
            self._boundary(RefundBoundary.JOURNAL_WRITTEN)
            log.info(
                "refund %s of order %s: %d %s by %s",
                refund.refund_id,
                entry.order_number,
                amount,
                cur,
                refunded_by,
            )
            return await self._run(refund.refund_id)

    async def settle_async(self, refund_id: str) -> RefundEntry:
        """One pass driving a refund to its end; raises FinalPosError/PaymentError if a
        system cannot be reached (the journal still says what is known)."""
        async with self._lock:
            return await self._settle(refund_id)

    async def recover_async(self) -> RefundRecoveryReport:
        """Settle every unfinished refund, oldest first (start-up and periodically)."""
        report = RefundRecoveryReport()
        for entry in self.journal.unfinished():
            report.examined += 1
            rid = entry.refund_id
            try:
                settled = await self.settle_async(rid)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self._failed_pass(rid, exc)
                current = self.journal.get(rid)
                (report.attention if current.attention else report.waiting).append(rid)
                continue
            if settled.step is RefundStep.COMPLETED:
                report.completed.append(rid)
            elif settled.step is RefundStep.REJECTED:
                report.rejected.append(rid)
            elif settled.attention:
                report.attention.append(rid)
            else:
                report.waiting.append(rid)
        return report

    async def run_periodically_async(self, interval_s: float = 60.0) -> None:
        while True:
            try:
                await self.recover_async()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("refund recovery pass failed; again in %.0f s", interval_s)
            await asyncio.sleep(interval_s)

    def needs_attention(self) -> list[RefundEntry]:
        """Unfinished refunds that need a person (still retried on every pass)."""
        return [entry for entry in self.journal.unfinished() if entry.attention]

    def refunds_since(self, since: float) -> list[RefundEntry]:
        return [e for e in self.journal.all() if e.created_at >= since]

    # -- internals ------------------------------------------------------------------------

    async def _run(self, refund_id: str) -> RefundResult:
        try:
            entry = await self._settle(refund_id)
        except (FinalPosError, PaymentError, RefundError) as exc:
            self._failed_pass(refund_id, exc)
            entry = self.journal.get(refund_id)
        return self._result(entry)

    def _result(self, entry: RefundEntry) -> RefundResult:
        step = entry.step
        if step is RefundStep.COMPLETED:
            outcome = RefundOutcome.REFUNDED
        elif step is RefundStep.REJECTED:
            outcome = RefundOutcome.REFUSED
            if entry.last_error and "too_much" in entry.last_error:
                outcome = RefundOutcome.TOO_MUCH
        elif (
            entry.attention
            and entry.stripe_refund_id is not None
            and "failed" in (entry.attention or "")
        ):
            outcome = RefundOutcome.FAILED
        elif entry.stripe_refund_id is not None:
            outcome = RefundOutcome.REFUNDED_BOOKS_PENDING
        else:
            outcome = RefundOutcome.PENDING
        return RefundResult(outcome, entry.refund_id, entry.amount_minor, entry.currency)

    def _failed_pass(self, refund_id: str, exc: BaseException) -> None:
        transient = isinstance(exc, UnavailableError) or (
            isinstance(exc, PaymentError) and exc.retryable
        )
        current = self.journal.get(refund_id)
        attempts = current.attempts + 1
        attention = current.attention
        if not transient or attempts >= self._attention_after:
            attention = f"could not be finished automatically: {str(exc)[:300]}"
        log.warning("refund %s left at %s: %s", refund_id, current.step, exc)
        self.journal.record(
            refund_id, attempts=attempts, last_error=str(exc)[:500], attention=attention
        )

    def _refunded_on(self, intent_id: str, stripe_refunded: int, *, besides: str = "") -> int:
        """What is or may be refunded on `intent_id`: Stripe's figure or our journal's."""
        ours = sum(
            r.amount_minor
            for r in self.journal.all()
            if r.intent_id == intent_id
            and r.refund_id != besides
            and r.step is not RefundStep.REJECTED
        )
        return max(stripe_refunded, ours)

    async def _settle(self, refund_id: str) -> RefundEntry:
        entry = self.journal.get(refund_id)
        if entry.step.terminal:
            return entry
        if entry.stripe_refund_id is None:
            entry = await self._stripe_refund(entry)
            if entry.step.terminal or entry.stripe_refund_id is None:
                return entry
        if entry.finalpos_refund_id is None:
            entry = await self._post_refund(entry)
        if entry.payout_transaction_id is None:
            entry = await self._post_payout(entry)
        self._boundary(RefundBoundary.BEFORE_ORDER_PUT)
        if entry.step.rank < RefundStep.ORDER_UPDATING.rank:
            entry = self.journal.record(refund_id, RefundStep.ORDER_UPDATING)
        await self._update_order(entry)
        return self.journal.record(refund_id, RefundStep.COMPLETED, attention=None)

    async def _stripe_refund(self, entry: RefundEntry) -> RefundEntry:
        rid = entry.refund_id
        key = f"kiosk-refund:{rid}"
        if entry.step is RefundStep.BEGUN:
            intent = await self._retrying(
                lambda _n: self._gateway.retrieve_async(entry.intent_id), f"refund {rid}: read"
            )
            refunded = self._refunded_on(entry.intent_id, intent.amount_refunded_minor, besides=rid)
            if not intent.captured or entry.amount_minor > intent.amount_received_minor - refunded:
                return self.journal.record(
                    rid, RefundStep.REJECTED, last_error="too_much", detail="over the captured"
                )
            entry = self.journal.record(rid, RefundStep.STRIPE_REFUNDING)
        else:
            # A call may have been made. Within 24 h the key replays it; past that Stripe's own
            # amount_refunded says whether it landed (nobody else refunds this kiosk's sales).
            intent = await self._retrying(
                lambda _n: self._gateway.retrieve_async(entry.intent_id), f"refund {rid}: read"
            )
            age_h = (time.time() - entry.created_at) / 3600
            expected = entry.refunded_before_minor + entry.amount_minor
            if age_h > 23 and intent.amount_refunded_minor >= expected:
                return self.journal.record(
                    rid,
                    RefundStep.STRIPE_REFUNDED,
                    stripe_refund_id="unknown",
                    detail="found by amount_refunded after the key expired",
                )
        try:
            result = await self._retrying(
                lambda _n: self._gateway.refund_async(
                    entry.intent_id,
                    amount_minor=entry.amount_minor,
                    reason=entry.reason,
                    idempotency_key=key,
                ),
                f"refund {rid}: Stripe refund",
            )
        except PaymentError as exc:
            if exc.retryable:
                raise
            # Refused outright (and an idempotent replay of a refusal is a refusal): no money
            # moved. Recorded as rejected so it is never retried into a second attempt.
            return self.journal.record(
                rid, RefundStep.REJECTED, last_error=str(exc)[:500], detail=exc.code or "refused"
            )
        self._boundary(RefundBoundary.STRIPE_REFUNDED)
        entry = self.journal.record(
            rid, RefundStep.STRIPE_REFUNDED, stripe_refund_id=result.id, detail=result.status
        )
        if result.status in ("failed", "canceled"):
            self.journal.record(rid, attention=f"Stripe reports the refund {result.status}")
            raise RefundError(f"Stripe reports refund {result.id} {result.status}")
        return entry

    async def _post_refund(self, entry: RefundEntry) -> RefundEntry:
        rid = entry.refund_id
        check_first = entry.step is RefundStep.REFUND_POSTING
        if entry.step.rank < RefundStep.REFUND_POSTING.rank:
            entry = self.journal.record(rid, RefundStep.REFUND_POSTING)
        body = self._refund_body(entry)

        async def attempt(number: int) -> str:
            if check_first or number > 0:
                found = await self._find_refund(rid)
                if found is not None:
                    return found
            created = await self._finalpos.create_refund(body)
            self._boundary(RefundBoundary.REFUND_POSTED)
            return created.id

        refund_id = await self._retrying(attempt, f"refund {rid}: POST refund")
        return self.journal.record(rid, RefundStep.REFUND_RECORDED, finalpos_refund_id=refund_id)

    async def _post_payout(self, entry: RefundEntry) -> RefundEntry:
        rid = entry.refund_id
        check_first = entry.step is RefundStep.PAYOUT_POSTING
        if entry.step.rank < RefundStep.PAYOUT_POSTING.rank:
            entry = self.journal.record(rid, RefundStep.PAYOUT_POSTING)
        cur = entry.currency
        body = m.TransactionCreate(
            external_id=rid,
            payment_method=orders.CARD,
            amount=amounts.from_minor(entry.amount_minor, cur),
            currency=cur,
            type=REFUND_TYPE,
            balance=amounts.from_minor(0, cur),
            session_id=entry.session_id or "",
            order_id=entry.order_id,
            refund_id=entry.finalpos_refund_id,
            outlet_id=self._outlet_id,
            employee=entry.refunded_by,
            notes=entry.note or None,
            payment_data=m.PaymentData(
                processor=orders.PROCESSOR, processor_transaction_id=entry.stripe_refund_id
            ),
        )

        async def attempt(number: int) -> str:
            if check_first or number > 0:
                async for tx in self._finalpos.iter_transactions():
                    if tx.type == REFUND_TYPE and tx.external_id == rid:
                        return tx.id
            created = await self._finalpos.create_transaction(body)
            self._boundary(RefundBoundary.PAYOUT_POSTED)
            return created.id

        tx_id = await self._retrying(attempt, f"refund {rid}: POST payout")
        return self.journal.record(rid, RefundStep.PAYOUT_RECORDED, payout_transaction_id=tx_id)

    async def _update_order(self, entry: RefundEntry) -> None:
        rid = entry.refund_id
        done = [
            r
            for r in self.journal.for_order(entry.order_id)
            if r.finalpos_refund_id and r.step is not RefundStep.REJECTED
        ]
        total = sum(r.amount_minor for r in done)
        ids = ",".join(r.finalpos_refund_id or "" for r in done)
        order = await self._retrying(
            lambda _n: self._finalpos.get_order(entry.order_id), f"refund {rid}: GET order"
        )
        kept = [md for md in order.metadata or [] if md.key not in ("refundedTotal", "refundIds")]
        update = m.OrderUpdate(
            metadata=[
                *kept,
                m.Metadata(
                    key="refundedTotal", value=str(amounts.from_minor(total, entry.currency))
                ),
                m.Metadata(key="refundIds", value=ids),
            ]
        )
        await self._retrying(
            lambda _n: self._finalpos.update_order(entry.order_id, update),
            f"refund {rid}: PUT order",
        )

    def _refund_body(self, entry: RefundEntry) -> m.RefundCreate:
        cur = entry.currency

        def money(value: int) -> Decimal:
            return amounts.from_minor(value, cur)

        tax_total = sum(line.tax_minor for line in entry.lines)
        reason = entry.reason.replace("_", " ")
        return m.RefundCreate(
            order_id=entry.order_id,
            session_id=entry.session_id,
            external_id=entry.refund_id,
            currency=cur,
            reason=f"{reason}: {entry.note}" if entry.note else reason,
            refunded_by=entry.refunded_by,
            line_items=[
                m.LineItem(
                    name=line.name,
                    quantity=line.quantity,
                    price=money(line.unit_price_minor),
                    total=money(line.amount_minor),
                    product_id=line.product_id,
                    variant_id=line.variant_id,
                    taxes=[
                        m.TaxLine(
                            name=line.tax_name,
                            amount=money(line.tax_minor),
                            percentage=Decimal(line.tax_rate) if line.tax_rate else None,
                        )
                    ],
                )
                for line in entry.lines
            ],
            summary=m.RefundSummary(
                total=money(entry.amount_minor),
                sub_total=money(entry.amount_minor - tax_total),
                total_taxes=money(tax_total),
            ),
            payment=[
                m.RefundPayment(
                    payment_type=orders.CARD,
                    amount=money(entry.amount_minor),
                    transaction_id=entry.sale_transaction_id,
                )
            ],
        )

    async def _find_refund(self, refund_id: str) -> str | None:
        async for refund in _iter_refunds(self._finalpos):
            if refund.external_id == refund_id:
                return refund.id
        return None

    async def _retrying(self, call: Callable[[int], Awaitable[T]], what: str) -> T:
        for number in range(self._attempts):
            try:
                return await call(number)
            except (FinalPosError, PaymentError) as exc:
                transient = isinstance(exc, UnavailableError) or (
                    isinstance(exc, PaymentError) and exc.retryable
                )
                if not transient or number + 1 >= self._attempts:
                    raise
                delay = min(self._max_s, self._base_s * 2**number) * (0.5 + random.random())
                log.info("%s failed (%s); retry %d in %.2f s", what, exc, number + 1, delay)
                await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _boundary(self, point: RefundBoundary) -> None:
        if self._hook is not None:
            self._hook(point)

    def _checkout(self, checkout_id: str) -> CheckoutEntry:
        return self._checkouts.get(checkout_id)


def _iter_refunds(client: object) -> AsyncIterator[m.Refund]:
    """Every Final POS refund (no server filter exists).

    Uses ``FinalPosClient.iter_refunds`` when the client has it; until then the client's
    generic pager on ``GET /v1/api/refunds`` (the same paging rules as every listing).
    """
    lister = getattr(client, "iter_refunds", None)
    if lister is not None:
        found: AsyncIterator[m.Refund] = lister()
        return found
    pager = client._iter  # type: ignore[attr-defined]
    result: AsyncIterator[m.Refund] = pager("/v1/api/refunds", m.Refund)
    return result


__all__ = [
    "REFUND_FILE",
    "RefundBoundary",
    "RefundEntry",
    "RefundJournal",
    "RefundLine",
    "RefundOutcome",
    "RefundReason",
    "RefundRecoveryReport",
    "RefundResult",
    "RefundService",
    "RefundStep",
    "Refundable",
    "RefundableLine",
]
