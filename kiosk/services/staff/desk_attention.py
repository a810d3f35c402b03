"""Part of `StaffDesk` (`kiosk.services.staff.desk`): the items that need a person, and their
actions (retry now, mark handled with a note on the Final POS order)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.payments.gateway import PaymentError
from kiosk.services.checkout import CheckoutService
from kiosk.services.journal import Journal, JournalError
from kiosk.services.recovery import AttentionItem, RecoveryService
from kiosk.services.refunds import RefundService, RefundStep
from kiosk.services.staff.desk_types import (
    AttentionKind,
    AttentionProblem,
    AttentionRow,
    DeskOutcome,
)

log = logging.getLogger("kiosk.services.staff.desk")

_PROBLEMS = (
    ("the card was charged but the order is", AttentionProblem.CHARGED_ORDER_CANCELLED),
    ("completed in Final POS but no payment", AttentionProblem.COMPLETED_WITHOUT_PAYMENT),
    ("timed out, and before it was retried the order was paid", AttentionProblem.LATE_CANCEL),
    ("is cancelled in Final POS with a station's sale on it", AttentionProblem.LATE_CANCEL),
)


def _problem(item: AttentionItem) -> AttentionProblem:
    for marker, problem in _PROBLEMS:
        if marker in item.reason:
            return problem
    return AttentionProblem.NOT_FINISHED


class AttentionDesk:
    """The needs-attention list of `StaffDesk` (which sets these attributes)."""

    _finalpos: FinalPosClient
    _journal: Journal
    _checkout: CheckoutService
    _recovery: RecoveryService
    refunds: RefundService
    _clock: Callable[[], float]

    def attention(self) -> list[AttentionRow]:
        rows = [
            AttentionRow(
                kind=AttentionKind.CHECKOUT,
                key=item.checkout_id,
                checkout_id=item.checkout_id,
                order_number=item.order_number,
                amount_minor=item.amount_minor,
                currency=item.currency,
                since=item.since,
                problem=_problem(item),
                detail=item.reason,
                can_refund=_problem(item) is AttentionProblem.CHARGED_ORDER_CANCELLED,
            )
            for item in self._recovery.needs_attention()
        ]
        for refund in self.refunds.needs_attention():
            failed = "Stripe reports" in (refund.attention or "")
            rows.append(
                AttentionRow(
                    kind=AttentionKind.REFUND,
                    key=refund.refund_id,
                    checkout_id=refund.checkout_id,
                    order_number=refund.order_number,
                    amount_minor=refund.amount_minor,
                    currency=refund.currency,
                    since=refund.created_at,
                    problem=(
                        AttentionProblem.REFUND_FAILED
                        if failed
                        else AttentionProblem.REFUND_NOT_RECORDED
                    ),
                    detail=refund.attention or "",
                    can_refund=False,
                )
            )
        return sorted(rows, key=lambda r: r.since)

    @property
    def attention_count(self) -> int:
        return len(self._recovery.needs_attention()) + len(self.refunds.needs_attention())

    async def retry_async(self, row: AttentionRow) -> DeskOutcome:
        """Run one settle pass now; OK when the item is settled and off the list."""
        try:
            if row.kind is AttentionKind.CHECKOUT:
                settled = await self._checkout.settle_async(row.key)
                done = settled.step.terminal and self._checkout.held(row.key) is None
            else:
                refund = await self.refunds.settle_async(row.key)
                done = refund.step.terminal
        except (FinalPosError, PaymentError) as exc:
            log.warning("retry of %s %s failed: %s", row.kind, row.key, exc)
            return DeskOutcome.UNREACHABLE
        except Exception as exc:  # a state the pipeline refuses: still needs a person
            log.warning("retry of %s %s: %s", row.kind, row.key, exc)
            return DeskOutcome.STILL_OPEN
        return DeskOutcome.OK if done else DeskOutcome.STILL_OPEN

    async def mark_handled_async(self, row: AttentionRow, *, note: str, by: str) -> DeskOutcome:
        """Write the note to the Final POS order, then take the item off the list."""
        text = f"{by}: {note}".strip()
        order_id: str | None
        if row.kind is AttentionKind.CHECKOUT:
            try:
                order_id = self._journal.get(row.key).order_id
            except JournalError:
                return DeskOutcome.NOT_FOUND
        else:
            order_id = self.refunds.journal.get(row.key).order_id
        if order_id is not None:
            try:
                order = await self._finalpos.get_order(order_id)
                stamp = datetime.fromtimestamp(self._clock(), UTC).isoformat()
                notes = [*(order.notes or []), {"message": text, "createdAt": stamp}]
                await self._finalpos.update_order(order_id, m.OrderUpdate(notes=notes))
            except NotFoundError:
                pass  # nothing to annotate; the journal still records who handled it
            except FinalPosError as exc:
                log.warning("could not write the handled note to order %s: %s", order_id, exc)
                return DeskOutcome.UNREACHABLE
        detail = f"handled by {by}: {note}"[:500]
        if row.kind is AttentionKind.CHECKOUT:
            entry = self._journal.get(row.key)
            if self._checkout.held(row.key) is not None:
                self._checkout.release_hold(row.key)  # else it outlives the item (and is listed)
            if entry.step.terminal:
                # Settled, held by the duplicate watch: its step stands; the watch goes on.
                self._journal.record(row.key, detail=detail)
            else:
                charged = entry.step.rank >= Step.CAPTURED.rank
                self._journal.record(
                    row.key,
                    Step.COMPLETED if charged else Step.CANCELED,
                    attention=None,
                    detail=detail,
                )
        else:
            self.refunds.journal.record(
                row.key, RefundStep.COMPLETED, attention=None, detail=detail
            )
        log.info("%s %s marked handled by %s", row.kind, row.key, by)
        return DeskOutcome.OK
