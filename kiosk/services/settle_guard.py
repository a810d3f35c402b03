"""The one guarded cancel of a Final POS order: read again and decide before each retried PUT.

Shared by settling's cancel of the checkout's own order (`kiosk.services.settle_cancel`) and
by the cancels of the checkout's orders that undo a late-committed create
(`kiosk.services.settle_records`: duplicates, or its own order when a duplicate was paid).
Final POS has no compare-and-set, and a timed-out PUT may commit late. The rules:

1. Read again: the order is read before every attempt but a first one made right after the
   caller read it (`read_first`: time passed since, e.g. a void ran). Read not pending,
   nothing is PUT: gone (404, also when the PUT itself says so) or completed, it is left
   alone; cancelled, an earlier attempt (or someone) cancelled it: done.
2. The sale check: a pay-at-counter order (`counter`) with a station's sale on it is never
   cancelled (the customer paid on it): its sales are listed before every PUT, the first
   too. A completed pay-at-counter order is left alone naming its sale.
3. Unknown outcome: after an attempt whose outcome is unknown (its answer was lost, or it
   may commit late), every read lists the order's sales, counter order or not: cancelled
   with a sale on it, that PUT landed over a station's payment; pending with one, a
   station is paying it and the late PUT may still land. Left alone in any state but gone,
   the result is `Left.held`: the caller holds the checkout for staff (`LATE_CANCEL`),
   never counts that order as paid nor cancels anything more.
4. `on_unknown` runs once, when an attempt's outcome first becomes unknown, before its retry
   (the duplicate watch journals it then, so a crash before the retry knows too).

What stays with the callers, as it differs: settling journals `cancel_requested` and decides
again from fresh facts (its next pass re-reads everything), while the watch journals a
cancel intent (`cancel-intent:<cid>`) around the PUT and resumes it after a crash
(`SettleRecords._resume_cancel`, which judges the order it finds with `stands`). So what
settling knows of an unknown outcome ends with its pass: a PUT landing over a payment after
that pass gave up is caught where the checkout would close CANCELED (`PAID_CANCELLED`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.domain.checkout import OrderState
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import NotFoundError, UnavailableError
from kiosk.services import orders
from kiosk.services import settle_owned as owned
from kiosk.services.pipeline import Pipeline, order_state
from kiosk.services.posting import PostPending

CANCEL = "cancel"  # the `PostPending` kind of a cancel that may yet commit late


@dataclass(frozen=True, slots=True)
class Left:
    """Why a guarded cancel left the order alone."""

    state: OrderState  # as read just now (PENDING: a station's sale stands on it)
    unknown: bool  # an earlier attempt's outcome is unknown: it may still commit
    sale_id: str | None = None
    order: m.Order | None = None  # as read, when it was read

    @property
    def held(self) -> bool:
        """An attempt whose outcome is unknown may land (or landed) over a station's
        payment: staff decides (rule 3); a gone order leaves nothing to land on."""
        return self.unknown and self.state is not OrderState.DELETED


async def stands(
    p: Pipeline,
    order_id: str,
    state: OrderState,
    order: m.Order | None = None,
    *,
    counter: bool,
    unknown: bool,
) -> Left | None:
    """How an order just read (`state`) stands for a cancel (rules 1-3): a `Left` when it is
    to be left alone, else None (pending: it may be PUT cancelled; cancelled: that cancel
    counts as done). Lists the order's sales once when the rules need them (no retries)."""
    if state is OrderState.DELETED:
        return Left(state, unknown, order=order)
    if state is OrderState.CANCELED and not unknown:
        return None
    if state is OrderState.PENDING and not (counter or unknown):
        return None
    if state is OrderState.COMPLETED and not counter:
        return Left(state, unknown, order=order)
    sales = await owned.order_sales_once(p, order_id)
    sale_id = sales[0].id if sales else None
    if state is not OrderState.COMPLETED and sale_id is None:
        return None
    return Left(state, unknown, sale_id, order)


async def guarded_cancel(
    p: Pipeline,
    order_id: str,
    *,
    counter: bool,
    read_first: bool,
    what: str,
    on_unknown: Callable[[], None] | None = None,
) -> Left | None:
    """PUT the order cancelled under the module's rules, with bounded retries; None once it
    is cancelled (by this PUT, or by an earlier attempt whose answer was lost), else why it
    was left alone. Raises what the last attempt raised when the retries run out."""
    unknown = False  # an attempt may have been applied (or commit late) without our knowing

    async def attempt(number: int) -> Left | None:
        nonlocal unknown
        if number > 0 or read_first:
            try:
                fresh = await p.finalpos.get_order(order_id)
            except NotFoundError:
                return Left(OrderState.DELETED, unknown)
            state = order_state(fresh)
            left = await stands(p, order_id, state, fresh, counter=counter, unknown=unknown)
            if left is not None or state is OrderState.CANCELED:
                return left
        elif counter:  # pending as the caller just read it: the sale check only
            left = await stands(p, order_id, OrderState.PENDING, counter=True, unknown=unknown)
            if left is not None:
                return left
        try:
            await p.finalpos.update_order(order_id, orders.order_cancelled())
        except NotFoundError:
            return Left(OrderState.DELETED, unknown)
        except UnavailableError as exc:
            if exc.outcome_unknown and not unknown:
                unknown = True
                if on_unknown is not None:
                    on_unknown()
            raise
        return None

    return await p.retrying(attempt, what)


LATE_CANCEL = (
    "cancelling order {order_id} timed out, and before it was retried the order was paid or "
    "completed elsewhere: that cancel may still land late; check that the order is completed "
    "(reinstate it if it was cancelled)"
)

# One of the checkout's pay-at-counter orders is cancelled with a station's sale standing on
# it (a late cancel landed over the payment, and staff's release did not put it back).
PAID_CANCELLED = (
    "order {order_id} is cancelled in Final POS with a station's sale on it: the customer "
    "paid on it; put it back (complete it), then mark this handled"
)


class CancelHeld(PostPending):
    """A cancel with an unknown outcome met a station's payment: the checkout is held for
    staff. Stops the pass: settling waits (the next pass sees the hold), the watch goes on
    (it looks again later and does nothing while the hold stands)."""

    def __init__(self, checkout_id: str, not_before: float) -> None:
        super().__init__(checkout_id, CANCEL, not_before)
        self.args = (f"checkout {checkout_id}: held for staff (a cancel may land late)",)
