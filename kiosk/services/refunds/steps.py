"""The refund's side effects in their order: Stripe, the Final POS refund, the payout, the order.

Each step is journaled before and after its effect and finds its earlier result again after a
lost answer (see `kiosk.services.refunds`); `RefundService` builds on this and adds what may be
refunded and the passes that drive refunds to their end.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import TypeVar

from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import FinalPosError, UnavailableError
from kiosk.payments.gateway import PaymentError, PaymentGateway
from kiosk.services import orders
from kiosk.services.posting import OnceCreator
from kiosk.services.refunds.journal import RefundJournal
from kiosk.services.refunds.model import RefundBoundary, RefundEntry, RefundError, RefundStep
from kiosk.services.refunds.ports import RefundFinalPos, _iter_refunds

log = logging.getLogger("kiosk.services.refunds")

T = TypeVar("T")
REFUND_TYPE = "refund"


def _transient(exc: BaseException) -> bool:
    """A failure another try may cure: Final POS unreachable, or a retryable Stripe error."""
    return isinstance(exc, UnavailableError) or (isinstance(exc, PaymentError) and exc.retryable)


def _taxes_by_rate(entry: RefundEntry) -> dict[tuple[str | None, Decimal | None], int]:
    """The refunded lines' taxes summed per (name, percentage), in the lines' order: the
    refund's ``summary.taxes``, which the closing report declares per rate; they add up to
    ``totalTaxes`` (the same lines, the same minor units)."""
    found: dict[tuple[str | None, Decimal | None], int] = {}
    for line in entry.lines:
        rate = Decimal(line.tax_rate).normalize() if line.tax_rate else None
        key = (line.tax_name, rate)
        found[key] = found.get(key, 0) + line.tax_minor
    return found


class _RefundSteps:
    """The pipeline of one refund; `RefundService.__init__` sets these attributes."""

    _finalpos: RefundFinalPos
    _gateway: PaymentGateway
    journal: RefundJournal
    _outlet_id: str | None
    _attempts: int
    _base_s: float
    _max_s: float
    _hook: Callable[[RefundBoundary], None] | None
    _sleep: Callable[[float], Awaitable[None]]
    _once: OnceCreator  # Final POS creates: at most once, even after a late commit

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
        # Cash has no Stripe step: the till hands the money back, Final POS records it.
        if entry.stripe_refund_id is None and not entry.cash:
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

        async def post() -> str:
            created = await self._finalpos.create_refund(body)
            self._boundary(RefundBoundary.REFUND_POSTED)
            return created.id

        async def attempt(number: int) -> str:
            return await self._once.create(
                rid,
                "refund",
                find=lambda: self._find_refund(rid),
                post=post,
                check_first=check_first or number > 0,
            )

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
            payment_method=orders.CASH if entry.cash else orders.CARD,
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
            payment_data=(
                m.PaymentData(processor=orders.CASH)
                if entry.cash
                else m.PaymentData(
                    processor=orders.PROCESSOR, processor_transaction_id=entry.stripe_refund_id
                )
            ),
        )

        async def find() -> str | None:
            async for tx in self._finalpos.iter_transactions():
                if tx.type == REFUND_TYPE and tx.external_id == rid:
                    return tx.id
            return None

        async def post() -> str:
            created = await self._finalpos.create_transaction(body)
            self._boundary(RefundBoundary.PAYOUT_POSTED)
            return created.id

        async def attempt(number: int) -> str:
            return await self._once.create(
                rid, "payout", find=find, post=post, check_first=check_first or number > 0
            )

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
                taxes=[
                    m.TaxLine(name=name, amount=money(amount), percentage=rate)
                    for (name, rate), amount in _taxes_by_rate(entry).items()
                ],
            ),
            payment=[
                m.RefundPayment(
                    payment_type=orders.CASH if entry.cash else orders.CARD,
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
                if not _transient(exc) or number + 1 >= self._attempts:
                    raise
                delay = min(self._max_s, self._base_s * 2**number) * (0.5 + random.random())
                log.info("%s failed (%s); retry %d in %.2f s", what, exc, number + 1, delay)
                await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _boundary(self, point: RefundBoundary) -> None:
        if self._hook is not None:
            self._hook(point)
