"""Rebuild the journal's unfinished checkouts from Stripe and Final POS.

When the journal was lost (`Journal.open` moved a damaged file aside) or a row was
quarantined, the kiosk no longer knows checkouts that may hold a customer's money. Both
remote systems know them by the checkout id: every PaymentIntent carries the metadata
``checkout_id``, ``order_id`` and ``receipt_id``, and every order its ``externalId``. So
`rebuild_async` lists this kiosk's PaymentIntents created within a window, Final POS's
orders and (when something was charged) its sale transactions, and journals every checkout
that is not finished on both sides, at the step the facts prove, with the ids known:

==============================  =====================================================
Stripe / Final POS              restored as
==============================  =====================================================
no intent, order pending        ORDER_RECORDED (recovery cancels the order)
no intent, pay-at-counter order AT_COUNTER (left for the station to take the payment)
intent open (no card yet)       INTENT_READY (recovery voids it, cancels the order)
intent processing               COLLECTING (recovery waits for Stripe's answer)
requires_capture, order there   APPROVED (recovery captures, records the sale)
requires_capture, no order      APPROVED, cancel requested (recovery voids it)
succeeded, sale found           TRANSACTION_RECORDED with its id (recovery completes)
succeeded, no sale found        TRANSACTION_POSTING (recovery looks before it posts)
succeeded, order gone           CAPTURED, with an attention reason for staff
canceled, order pending         INTENT_READY, cancel requested (order cancelled)
finished on both sides          not restored (nothing to do)
==============================  =====================================================

Recovery then settles each one exactly once, by the same decision table as always. Nothing
is ever re-posted from a rebuilt entry: its order body is a note, not a postable order, so a
missing order goes to a person instead of being re-created.

Only this kiosk's checkouts are adopted: the receipt id (``<TAG>-<seq>-<ID6>``, TAG from
the kiosk name, as `CheckoutService` writes it) must carry this kiosk's tag and the
checkout id's first six characters. Two kiosks of one Stripe account must have names that
give different tags.

A station's card checkout of an order it does not own (a kiosk's pay-at-counter order,
`begin_existing_async`) carries the kiosk's receipt id; its PaymentIntent names the paying
till in ``till`` (this tag) instead. Such a checkout is restored owned elsewhere, so that
recovery never cancels the kiosk's order, by the same table except: no intent is never
adopted (the order is the kiosk's); a cancelled intent leaves nothing to do (the order stays
pending, listed for the station); an authorisation whose order is no longer pending is voided
(someone else took the payment); the sale goes into the station's open session.

Crash safety: entries are inserted one by one, checkouts already journaled are skipped, and
the journal's rebuild flag is cleared only after the last insert, so a rebuild interrupted
by a crash or an outage simply runs again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kiosk.domain.checkout import Step
from kiosk.domain.money import MoneyError, to_minor
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import NotFoundError
from kiosk.payments.gateway import IntentState, PaymentGateway
from kiosk.services.checkout_types import owned_elsewhere_body
from kiosk.services.journal import Journal
from kiosk.services.orders import is_counter_order
from kiosk.services.receipt_ids import is_ours, receipt_seq, till_tag

log = logging.getLogger(__name__)

# Checkouts older than this are not looked for. Card-present authorisations lapse within
# days, and a kiosk that lost its journal is restarted within minutes, not weeks.
DEFAULT_WINDOW_S = 7 * 24 * 3600.0

_INTENT_RANK = {
    "succeeded": 5,
    "requires_capture": 4,
    "processing": 3,
    "requires_action": 2,
    "requires_confirmation": 2,
    "requires_payment_method": 2,
    "canceled": 1,
}


@dataclass
class RebuildReport:
    since: float  # epoch seconds: the start of the window looked at
    examined: int = 0  # checkouts of this kiosk found in the window
    restored: dict[str, Step] = field(default_factory=dict)
    already_journaled: list[str] = field(default_factory=list)
    finished: list[str] = field(default_factory=list)  # done on both sides: not restored
    attention: dict[str, str] = field(default_factory=dict)  # restored with a reason


@dataclass(frozen=True, slots=True)
class Plan:
    """Where a checkout is restored and what recovery is told."""

    step: Step
    cancel_requested: bool = False
    attention: str | None = None


def kiosk_tag(kiosk_name: str) -> str:
    """The tag that starts this kiosk's receipt ids (the rule `CheckoutService` uses)."""
    return till_tag(kiosk_name)


def in_window(order: m.Order, since: float) -> bool:
    """Created at or after `since` (epoch seconds); an order without a date is looked at."""
    return order.created_at is None or order.created_at.timestamp() >= since


async def rebuild_if_needed_async(
    journal: Journal,
    *,
    finalpos: FinalPosClient,
    gateway: PaymentGateway,
    kiosk_name: str,
    window_s: float = DEFAULT_WINDOW_S,
    clock: Callable[[], float] = time.time,
) -> RebuildReport | None:
    """`rebuild_async` when the journal says it is needed (`rebuild_needed()`), else None."""
    reason = journal.rebuild_needed()
    if reason is None:
        return None
    log.warning("journal rebuild needed: %s", reason)
    return await rebuild_async(
        journal,
        finalpos=finalpos,
        gateway=gateway,
        kiosk_name=kiosk_name,
        window_s=window_s,
        clock=clock,
    )


async def rebuild_async(
    journal: Journal,
    *,
    finalpos: FinalPosClient,
    gateway: PaymentGateway,
    kiosk_name: str,
    window_s: float = DEFAULT_WINDOW_S,
    clock: Callable[[], float] = time.time,
) -> RebuildReport:
    """Journal every unfinished checkout of this kiosk that the journal does not know.

    Raises FinalPosError / PaymentError when a system cannot be listed, and JournalError;
    the rebuild flag then stays set and the next call starts over (see the module doc).
    Run it before recovery and before the first customer.
    """
    since = clock() - window_s
    tag = kiosk_tag(kiosk_name)
    report = RebuildReport(since=since)

    intents: dict[str, list[IntentState]] = {}
    elsewhere: set[str] = set()  # checkouts of orders this till does not own (see above)
    for listed in await gateway.list_checkout_intents_async(created_after=int(since)):
        cid = listed.metadata.get("checkout_id", "")
        if not cid:
            continue
        ours = is_ours(listed.metadata.get("receipt_id"), cid, tag)
        if not ours and listed.metadata.get("till") != tag:
            continue  # another till's
        intents.setdefault(cid, []).append(listed)
        if not ours:
            elsewhere.add(cid)
    orders: dict[str, list[m.Order]] = {}
    async for listed_order in finalpos.iter_orders():
        cid = listed_order.external_id or ""
        if cid and is_ours(listed_order.receipt_id, cid, tag):
            orders.setdefault(cid, []).append(listed_order)

    candidates = set(intents) | {
        cid
        for cid, found in orders.items()
        if any(in_window(o, since) and is_pending(o) for o in found)
    }
    known = journal.checkout_ids()
    report.examined = len(candidates)
    report.already_journaled = sorted(candidates & known)
    todo = candidates - known

    sales: dict[str, m.Transaction] = {}
    if any(_best(intents.get(cid, [])) is not None for cid in todo):
        wanted = {cid for cid in todo if cid in intents}
        async for tx in finalpos.iter_transactions():
            if tx.type == "sale" and tx.external_id in wanted and tx.external_id not in sales:
                sales[tx.external_id] = tx

    def created(cid: str) -> float:
        best = _best(intents.get(cid, []))
        if best is not None and best.created is not None:
            return float(best.created)
        stamps = [o.created_at.timestamp() for o in orders.get(cid, []) if o.created_at]
        return min(stamps, default=clock())

    for cid in sorted(todo, key=created):
        found = intents.get(cid, [])
        intent = _best(found)
        owned = cid not in elsewhere
        order = await _order_of(finalpos, cid, intent, orders.get(cid, []), owned=owned)
        sale = sales.get(cid)
        plan = plan_for(intent, order, sale) if owned else plan_elsewhere(intent, order, sale)
        if plan is None:
            report.finished.append(cid)
            continue
        attention = plan.attention
        live = [i for i in found if i.status != "canceled"]
        if len(live) > 1:
            attention = f"{len(live)} PaymentIntents for one checkout: " + ", ".join(
                i.id for i in live
            )
        twins = orders.get(cid, [])
        if len(twins) > 1:  # a late commit made a second order (issue 9 item 1)
            attention = attention or (
                f"{len(twins)} orders in Final POS for one checkout: "
                + ", ".join(o.id for o in twins)
                + f"; settling {order.id if order is not None else 'none'}, cancel the others"
            )
        currency = (
            (order.currency if order is not None and order.currency else None)
            or (intent.currency if intent is not None else "")
        ).upper()
        receipt_id = (intent.metadata.get("receipt_id") if intent else None) or (
            order.receipt_id if order is not None else None
        )
        receipt_id = receipt_id or f"{tag}-?-{cid[:6].upper()}"
        amount, mismatch = restored_amount(intent, order, currency)
        attention = attention or mismatch
        order_id = (
            order.id if order is not None else (intent.metadata.get("order_id") if intent else None)
        )
        # a note, not a postable order: a rebuilt checkout never re-creates an order
        body: dict[str, object] = {"rebuilt": True, "order_id": order_id}
        if not owned:  # and never cancels the kiosk's order it pays
            body |= owned_elsewhere_body(order_id or "", employee=None, till=tag)
        entry = journal.restore(
            checkout_id=cid,
            order_number=order_number_of(order, receipt_id),
            receipt_id=receipt_id,
            currency=currency,
            amount_minor=amount,
            step=plan.step,
            created_at=created(cid),
            order_body=body,
            display={"currency": currency, "lines": [], "tax_minor": 0, "total_minor": amount},
            # the kiosk's receipt number is not one of this till's
            seq=receipt_seq(receipt_id) if owned else None,
            session_id=order.session_id if order is not None and owned else None,
            order_id=order_id,
            intent_id=intent.id if intent is not None else None,
            transaction_id=sale.id if sale is not None else None,
            cancel_requested=plan.cancel_requested,
            attention=attention,
            detail=(
                f"rebuilt: intent {intent.status if intent else 'none'}, order "
                f"{(order.status or '?') if order is not None else 'missing'}, "
                f"sale {'found' if sale else 'not found'}"
            ),
        )
        report.restored[cid] = entry.step
        if attention:
            report.attention[cid] = attention
            log.warning("rebuild: checkout %s needs a person: %s", cid, attention)
    journal.clear_rebuild_needed()
    log.warning(
        "journal rebuilt: %d checkouts of this kiosk since %s, %d restored, %d already "
        "journaled, %d finished elsewhere, %d need a person",
        report.examined,
        time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(since)),
        len(report.restored),
        len(report.already_journaled),
        len(report.finished),
        len(report.attention),
    )
    return report


def plan_for(
    intent: IntentState | None, order: m.Order | None, sale: m.Transaction | None
) -> Plan | None:
    """The step the facts prove (see the module table); None when nothing is left to do."""
    status = (order.status or "").lower() if order is not None else None
    if intent is None:
        if status == "pending" and order is not None and is_counter_order(order):
            return Plan(Step.AT_COUNTER)  # unpaid on purpose: the station takes the payment
        return Plan(Step.ORDER_RECORDED) if status == "pending" else None
    if intent.captured:
        if sale is not None and status == "completed":
            return None
        if sale is not None:
            return Plan(Step.TRANSACTION_RECORDED)
        if order is None:
            return Plan(
                Step.CAPTURED,
                attention=(
                    "the card was charged but the order no longer exists in Final POS: "
                    "re-record the order or refund the customer"
                ),
            )
        return Plan(Step.TRANSACTION_POSTING)
    if intent.capturable:
        return Plan(Step.APPROVED, cancel_requested=order is None)
    if intent.status == "processing":
        return Plan(Step.COLLECTING)
    if intent.canceled:
        return Plan(Step.INTENT_READY, cancel_requested=True) if status == "pending" else None
    return Plan(Step.INTENT_READY)


def plan_elsewhere(
    intent: IntentState | None, order: m.Order | None, sale: m.Transaction | None
) -> Plan | None:
    """`plan_for` a checkout of an order this till does not own (see the module doc)."""
    if intent is None or (intent.canceled and not intent.captured):
        return None  # nothing was charged here; the order is the kiosk's
    waiting = order is not None and (order.status or "").lower() == "pending"
    if intent.capturable and not intent.captured and not waiting:
        return Plan(Step.APPROVED, cancel_requested=True)  # paid or gone: void the hold
    return plan_for(intent, order, sale)


def _best(found: list[IntentState]) -> IntentState | None:
    """The intent that moved the most money (succeeded > requires_capture > …)."""
    return max(found, key=lambda i: _INTENT_RANK.get(i.status, 0), default=None)


def is_pending(order: m.Order) -> bool:
    return (order.status or "").lower() == "pending"


async def _order_of(
    finalpos: FinalPosClient,
    cid: str,
    intent: IntentState | None,
    found: list[m.Order],
    *,
    owned: bool = True,
) -> m.Order | None:
    """The checkout's order: ours carries the checkout id as ``externalId``; an order owned
    elsewhere is the one the PaymentIntent names (it carries the kiosk's checkout id)."""
    named = intent.metadata.get("order_id") if intent is not None else None
    for order in found:
        if order.id == named:
            return order
    if found:
        return found[0]
    if named:
        try:
            order = await finalpos.get_order(named)
        except NotFoundError:
            return None
        return order if not owned or order.external_id in (None, cid) else None
    return None


def restored_amount(
    intent: IntentState | None, order: m.Order | None, currency: str
) -> tuple[int, str | None]:
    """The checkout's amount, and a note for a person when Stripe and Final POS disagree.

    The order's total is what this kiosk posted; a PaymentIntent's amount can be changed in
    the dashboard. A difference is kept for the checkout's amount checks and for staff.
    """
    total = order_total_of(order, currency)
    if intent is None:
        return (total or 0), None
    if total is None or total == intent.amount_minor:
        return intent.amount_minor, None
    return total, (
        f"the PaymentIntent is for {intent.amount_minor} but the order totals {total} "
        "(minor units): check before taking or keeping the money"
    )


def order_total_of(order: m.Order | None, currency: str) -> int | None:
    total = order.summary.total if order is not None and order.summary is not None else None
    if total is None or not currency:
        return None
    try:
        return to_minor(total, currency)
    except MoneyError:
        return None


def order_number_of(order: m.Order | None, receipt_id: str) -> str:
    if order is not None:
        number = (order.pos_data or {}).get("orderNumber")
        if isinstance(number, str) and number:
            return number
        for item in order.metadata or []:
            if item.key == "orderNumber" and item.value:
                return item.value
    seq = receipt_seq(receipt_id)
    return f"#{seq}" if seq is not None else "?"
