"""Cash sales at the station: the order, a ``cash`` transaction and the completed order, safely.

The same rules as the card pipeline, without a card: every sale is journaled before anything
is sent (a `Journal` of its own, ``<data dir>/station-cash/``, so the card recovery never sees
a checkout without a PaymentIntent), each create goes through `OnceCreator` (at most once,
found again by ``externalId`` = the sale id after a lost answer, never re-posted inside its
quiet period), the order and transaction bodies come from `kiosk.services.orders`. The order
is completed only after the cash transaction is recorded. A sale interrupted by Final POS
(unreachable, a create in its quiet period) keeps its journaled step; `finish_async` carries
it on from there, and `unfinished()` lists what is left (the till shows it, and
`finish_all_async` runs at start and before the till closes).

Amounts: `tendered_minor` must cover the total; the change is the difference, in the
currency's own minor units (0 decimals for JPY, 3 for KWD). The transaction records the
amount kept (the total), with the tendered amount and change in its notes.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kiosk.domain.checkout import Step, order_number
from kiosk.domain.pricing import Totals
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError
from kiosk.services import orders, receipt_ids
from kiosk.services.checkout import MAX_AMOUNT_MINOR
from kiosk.services.checkout_types import owned_elsewhere_body
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.posting import OnceCreator, PostPending, default_quiet_s, request_deadline_s
from kiosk.services.rebuild_cash import rebuild_cash_if_needed_async
from kiosk.services.session import SessionUnavailable, TillSessionService
from kiosk.services.station.counter import CounterOrder, counter_sale_id

log = logging.getLogger(__name__)

CASH_DIR = "station-cash"
COUNTER_FLAG = "counter"  # in a journal entry's display: it pays an existing kiosk order
# ... and its order body is the kiosk order as Final POS held it: its lines are refundable here
COUNTER_BODY = "counter_body"


class CashOutcome(StrEnum):
    PAID = "paid"  # the order is completed with its cash transaction
    NOT_ENOUGH = "not_enough"  # tendered less than the total; nothing was sent
    INVALID = "invalid"  # an empty sale, a total out of range; nothing was sent
    PENDING = "pending"  # Final POS did not confirm a step: the sale is kept and finished later
    UNAVAILABLE = "unavailable"  # no till session / Final POS down before anything was sent
    ALREADY_PAID = "already_paid"  # a counter order paid before (here or at another station)


@dataclass(frozen=True, slots=True)
class CashResult:
    outcome: CashOutcome
    sale_id: str | None = None
    order_number: str | None = None
    total_minor: int = 0
    tendered_minor: int = 0
    change_minor: int = 0
    order_id: str | None = None


def change_due(total_minor: int, tendered_minor: int) -> int | None:
    """The change, or None when `tendered_minor` does not cover `total_minor`."""
    return tendered_minor - total_minor if tendered_minor >= total_minor else None


OrderCustomizer = Callable[[m.OrderCreate], m.OrderCreate]


class CashSales:
    """Records cash sales; see the module docstring."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        session: TillSessionService,
        journal: Journal,
        currency: str,
        station_name: str,
        outlet_id: str | None,
        post_quiet_s: float | None = None,
        order_prefix: str = "S",
    ) -> None:
        self._finalpos = finalpos
        self._session = session
        self.journal = journal
        self._currency = currency.upper()
        self._name = station_name
        self._outlet_id = outlet_id
        self._prefix = order_prefix
        self._settling: dict[str, asyncio.Lock] = {}
        deadline_s = request_deadline_s(finalpos)
        self._once = OnceCreator(
            journal,
            deadline_s=deadline_s,
            quiet_s=post_quiet_s if post_quiet_s is not None else default_quiet_s(deadline_s),
        )

    @classmethod
    def journal_in(cls, data_dir: Path) -> Journal:
        """The cash drawer journal; a damaged file is moved aside and flagged for a rebuild
        from Final POS (`finish_all_async` runs it), never fatal to the station."""
        folder = cls.journal_dir(data_dir)
        folder.mkdir(parents=True, exist_ok=True)
        return Journal.open(folder)

    @staticmethod
    def journal_dir(data_dir: Path) -> Path:
        return data_dir / CASH_DIR

    def _tag(self) -> str:
        return receipt_ids.station_tag(self._name)

    async def sell_async(
        self,
        totals: Totals,
        tendered_minor: int,
        *,
        employee: str,
        customize: OrderCustomizer | None = None,
    ) -> CashResult:
        """Record a cash sale of `totals` paid with `tendered_minor`."""
        total = totals.total_minor
        if not totals.lines or not 0 <= total <= MAX_AMOUNT_MINOR:
            return CashResult(CashOutcome.INVALID, total_minor=total)
        change = change_due(total, tendered_minor)
        if change is None:
            return CashResult(
                CashOutcome.NOT_ENOUGH, total_minor=total, tendered_minor=tendered_minor
            )
        try:
            self.journal.check_writable()
            session_id = await self._session.ensure_open_async()
        except (SessionUnavailable, JournalError) as exc:
            log.warning("cash sale refused before anything was sent: %s", exc)
            return CashResult(CashOutcome.UNAVAILABLE, total_minor=total)
        sale_id = uuid.uuid4().hex

        def body(seq: int) -> tuple[str, str, dict[str, object]]:
            number = order_number(seq, prefix=self._prefix)
            receipt_id = receipt_ids.receipt_id(self._tag(), seq, sale_id)
            order = orders.order_create(
                totals,
                checkout_id=sale_id,
                receipt_id=receipt_id,
                order_number=number,
                session_id=session_id,
                kiosk_name=self._name,
            )
            if customize is not None:
                order = customize(order)
            return number, receipt_id, order.to_wire()

        entry = self.journal.create(
            checkout_id=sale_id,
            currency=self._currency,
            amount_minor=total,
            session_id=session_id,
            order_body=body,
            display={"tendered_minor": tendered_minor, "employee": employee},
        )
        return await self.finish_async(entry.checkout_id)

    async def settle_order_async(
        self,
        order: CounterOrder,
        tendered_minor: int,
        *,
        employee: str,
        still_waiting: Callable[[], Awaitable[bool]],
    ) -> CashResult:
        """Take cash for an order that already exists (a kiosk's pay-at-counter order).

        Journaled under `counter_sale_id` (also the sale's ``externalId``), so a second tap,
        a second task or a restart finds the first attempt instead of charging again; the
        sale is looked up by that id before every post. `still_waiting` re-reads the order
        (it must still be pending: another station may have taken it) before a new attempt.
        """
        total = order.total_minor
        if not 0 < total <= MAX_AMOUNT_MINOR:
            return CashResult(CashOutcome.INVALID, total_minor=total)
        change = change_due(total, tendered_minor)
        if change is None:
            return CashResult(
                CashOutcome.NOT_ENOUGH, total_minor=total, tendered_minor=tendered_minor
            )
        sale_id = counter_sale_id(order.order_id)
        lock = self._settling.setdefault(sale_id, asyncio.Lock())
        async with lock:
            if self.journaled(sale_id):
                return CashResult(CashOutcome.ALREADY_PAID, sale_id=sale_id, total_minor=total)
            try:
                self.journal.check_writable()
                waiting = await still_waiting()
                # The cash goes into this station's drawer: its till session, not the kiosk's.
                session_id = await self._session.ensure_open_async() if waiting else None
            except (SessionUnavailable, JournalError) as exc:
                log.warning("counter payment refused before anything was sent: %s", exc)
                return CashResult(CashOutcome.UNAVAILABLE, total_minor=total)
            except FinalPosError as exc:
                log.warning("counter order %s not readable: %s", order.order_id, exc)
                return CashResult(CashOutcome.UNAVAILABLE, total_minor=total)
            if not waiting:
                return CashResult(CashOutcome.ALREADY_PAID, sale_id=sale_id, total_minor=total)
            # The kiosk's order as Final POS holds it, for refunds of its lines in cash here;
            # never posted (the entry starts at "order recorded", below).
            body = (
                owned_elsewhere_body(order.order_id, employee=employee, order=order.body)
                if order.body is not None
                else {}
            )
            self.journal.create(
                checkout_id=sale_id,
                currency=order.currency,
                amount_minor=total,
                session_id=session_id,
                order_body=lambda _seq: (order.number, order.receipt_id, body),
                display={
                    "tendered_minor": tendered_minor,
                    "employee": employee,
                    COUNTER_FLAG: True,
                    COUNTER_BODY: bool(body),
                },
            )
            # The order exists already: the journal starts at "order recorded".
            self.journal.record(sale_id, Step.ORDER_RECORDED, order_id=order.order_id)
            return await self.finish_async(sale_id)

    def journaled(self, sale_id: str) -> bool:
        """Whether this drawer's journal holds the sale (taken here, finished or not)."""
        try:
            self.journal.get(sale_id)
        except JournalError:
            return False
        return True

    def unfinished(self) -> list[CheckoutEntry]:
        return self.journal.unfinished()

    async def finish_all_async(self) -> int:
        """Carry every unfinished cash sale on (after a rebuild of a lost or damaged journal
        from Final POS, when one is due); how many are still unfinished after."""
        try:
            await rebuild_cash_if_needed_async(
                self.journal, finalpos=self._finalpos, station_name=self._name
            )
        except FinalPosError as exc:  # the flag stays set: the next pass rebuilds
            log.warning("cash journal rebuild put off: %s", exc)
        for entry in self.unfinished():
            await self.finish_async(entry.checkout_id)
        return len(self.unfinished())

    async def finish_async(self, sale_id: str) -> CashResult:
        """Carry a journaled cash sale on from its step to completed (or as far as it gets)."""
        entry = self.journal.get(sale_id)
        try:
            entry = await self._advance(entry)
        except PostPending as exc:
            log.info("cash sale %s: %s", sale_id, exc)
        except FinalPosError as exc:
            log.warning("cash sale %s left at %s: %s", sale_id, entry.step, exc)
            self.journal.record(sale_id, last_error=str(exc)[:500])
        entry = self.journal.get(sale_id)
        return self._result(entry)

    def _result(self, entry: CheckoutEntry) -> CashResult:
        tendered = int(entry.display.get("tendered_minor", entry.amount_minor))
        return CashResult(
            CashOutcome.PAID if entry.step is Step.COMPLETED else CashOutcome.PENDING,
            sale_id=entry.checkout_id,
            order_number=entry.order_number,
            total_minor=entry.amount_minor,
            tendered_minor=tendered,
            change_minor=tendered - entry.amount_minor,
            order_id=entry.order_id,
        )

    async def _advance(self, entry: CheckoutEntry) -> CheckoutEntry:
        sid = entry.checkout_id
        cur = entry.currency
        if entry.order_id is None:
            again = entry.step is not Step.BEGUN
            self.journal.record(sid, Step.ORDER_POSTING)

            async def find_order() -> str | None:
                found = await self._finalpos.find_order_by_external_id(sid)
                return found.id if found else None

            async def post_order() -> str:
                created = await self._finalpos.create_order(
                    orders.order_from_journal(entry.order_body)
                )
                return created.id

            order_id = await self._once.create(
                sid, "order", find=find_order, post=post_order, check_first=again
            )
            entry = self.journal.record(sid, Step.ORDER_RECORDED, order_id=order_id)
        assert entry.order_id is not None
        order_id = entry.order_id
        if entry.transaction_id is None:
            again = entry.step is not Step.ORDER_RECORDED
            self.journal.record(sid, Step.TRANSACTION_POSTING)
            tendered = int(entry.display.get("tendered_minor", entry.amount_minor))
            employee = str(entry.display.get("employee") or "")

            async def find_sale() -> str | None:
                found = await self._finalpos.find_transactions(external_id=sid)
                return found[0].id if found else None

            async def post_sale() -> str:
                tx = m.TransactionCreate(
                    external_id=sid,
                    payment_method=orders.CASH,
                    amount=from_minor(entry.amount_minor, cur),
                    currency=cur,
                    type=orders.SALE,
                    balance=from_minor(0, cur),
                    session_id=entry.session_id or "",
                    order_id=order_id,
                    outlet_id=self._outlet_id,
                    receipt_id=entry.receipt_id,
                    employee=employee or None,
                    notes=(
                        f"cash tendered {from_minor(tendered, cur)}, "
                        f"change {from_minor(tendered - entry.amount_minor, cur)}"
                    ),
                    payment_data=m.PaymentData(processor="cash", device=self._name),
                )
                return (await self._finalpos.create_transaction(tx)).id

            # A counter order's sale id is derived from the order: always look before posting
            # (another attempt, or a station restarted mid-way, may have recorded it).
            counter = bool(entry.display.get(COUNTER_FLAG))
            tx_id = await self._once.create(
                sid, "sale", find=find_sale, post=post_sale, check_first=again or counter
            )
            entry = self.journal.record(sid, Step.TRANSACTION_RECORDED, transaction_id=tx_id)
        if entry.step is not Step.COMPLETED:
            self.journal.record(sid, Step.COMPLETING)
            await self._finalpos.update_order(order_id, orders.order_completed(cur))
            entry = self.journal.record(sid, Step.COMPLETED)
            log.info("cash sale %s completed as order %s", sid, order_id)
        return entry
