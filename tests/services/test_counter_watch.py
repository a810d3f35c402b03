"""The kiosk's duplicate watch on a pay-at-the-counter checkout whose order landed twice.

Final POS has no idempotency key: a late-committed order POST leaves two pending orders with
one ``externalId`` (the kiosk's checkout id). The watch (`Settler.recheck_locked`) cancels the
one the kiosk did not journal, unless a station took the customer's money on that one: then
it is the journaled order, still pending, that is cancelled, so the back office never keeps
an unpaid order for a customer who paid, and the day's books hold one sale. The checkout is
watched because its order create had an unknown outcome (here: the answer was lost); the
second order is the journaled body committed once more, as a late commit leaves it. A crash
matrix kills the kiosk at each boundary of the watch's cancel (the intent is journaled before
the PUT) and checks that the restart ends as if it had not died. The last test is the real
thing: the kiosk dies with its POST in flight and Final POS commits it after the restarted
kiosk posted again.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.finalpos.errors import UnavailableError
from kiosk.services import orders
from kiosk.services.settle_records import cancel_intent_key
from kiosk.services.station.cash import CashOutcome, CashSales
from kiosk.services.station.counter import counter_order
from tests.services.harness import Services, Stack, build_services, cart, running_stack

TIMEOUT_S = 0.6  # under QUIET_S; a request slower than this under load ends a test early
QUIET_S = 1.0  # the watch lasts WATCH_QUIET_PERIODS of these: it outlasts every test here
ORDER_POSTS = "/v1/api/order"


class Crash(BaseException):
    """The kiosk dies here (not an Exception: nothing catches it on the way out)."""


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def kiosk(stack: Stack, tmp_path: Path) -> AsyncIterator[Services]:
    stack.finalpos.finalpos_faults.configure(lost_answer_rate=0.0, path_prefix="")
    async with restarted(stack, tmp_path) as built:
        yield built


def restarted(stack: Stack, tmp_path: Path) -> Any:
    return build_services(
        stack.config, tmp_path / "kiosk", finalpos_timeout_s=TIMEOUT_S, post_quiet_s=QUIET_S
    )


def station_cash(stack: Stack, s: Services, tmp_path: Path) -> CashSales:
    return CashSales(
        finalpos=s.finalpos,
        session=s.session,
        journal=CashSales.journal_in(tmp_path / "station"),
        currency="EUR",
        station_name="Till 2",
        outlet_id=stack.config.outlet_id,
        post_quiet_s=11.0,
    )


async def watched_with_duplicate(stack: Stack, s: Services, index: int) -> tuple[str, str, str]:
    """A counter order whose create answer was lost (so the checkout is watched), and its
    body committed once more: (checkout id, the journaled order, the duplicate)."""
    await s.session.ensure_open_async()
    faults = stack.finalpos.finalpos_faults
    faults.configure(lost_answer_rate=1.0, methods=["POST"], path_prefix=ORDER_POSTS)
    try:
        placed = await s.checkout.place_at_counter_async(cart(index))
    finally:
        faults.configure(lost_answer_rate=0.0, path_prefix="")
    entry = s.journal.get(placed.checkout_id)
    assert entry.step is Step.AT_COUNTER and entry.order_id is not None
    assert s.checkout.watched() == [placed.checkout_id]
    await asyncio.sleep(0.01)  # Final POS stamps createdAt in milliseconds
    duplicate = await s.finalpos.create_order(orders.order_from_journal(entry.order_body))
    assert duplicate.external_id == placed.checkout_id
    return placed.checkout_id, entry.order_id, duplicate.id


async def pay_in_cash(s: Services, cash: CashSales, order_id: str) -> None:
    """A station's cash payment on `order_id` (sale, then the order completed), as a station
    took it before it listed one order per kiosk checkout."""
    order = counter_order(await s.finalpos.get_order(order_id), "EUR")

    async def still_waiting() -> bool:
        return True

    result = await cash.settle_order_async(
        order, order.total_minor, employee="Sam", still_waiting=still_waiting
    )
    assert result.outcome is CashOutcome.PAID and result.order_id == order_id


def status(stack: Stack, order_id: str) -> str:
    return str(next(o for o in stack.docs("orders") if o["id"] == order_id)["status"])


def sales_of(stack: Stack, *order_ids: str) -> list[tuple[str, str]]:
    """(order id, externalId) of every sale on `order_ids`."""
    return [
        (str(t["orderId"]), str(t.get("externalId")))
        for t in stack.docs("transactions")
        if t.get("orderId") in order_ids and t.get("type") == orders.SALE
    ]


def notes(s: Services, cid: str) -> list[str]:
    return [d for _step, d in s.journal.history(cid) if d and "cancelled" in d]


def cancels(s: Services) -> list[str]:
    """Records the order ids the kiosk PUTs cancelled from now on."""
    seen: list[str] = []
    update = s.finalpos.update_order

    async def counting(order_id: str, change: Any) -> Any:
        if change.status == orders.ORDER_CANCELLED:
            seen.append(order_id)
        return await update(order_id, change)

    s.finalpos.update_order = counting  # type: ignore[method-assign]
    return seen


async def until(predicate: Callable[[], object], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def recheck(s: Services, cid: str) -> None:
    report = await s.recovery.recover_async()
    assert cid in report.rechecked and report.clean


async def test_a_duplicate_paid_at_the_station_cancels_the_kiosks_own_order(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """The station took the cash on the duplicate: the kiosk's journaled order, still
    pending, is cancelled (noted in its history); the paid one and its one sale stand."""
    cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, 0)
    cash = station_cash(stack, kiosk, tmp_path)
    try:
        await pay_in_cash(kiosk, cash, duplicate)
        put = cancels(kiosk)
        await recheck(kiosk, cid)
        assert put == [ours]
        assert status(stack, ours) == orders.ORDER_CANCELLED
        assert status(stack, duplicate) == orders.ORDER_COMPLETED
        assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]
        assert notes(kiosk, cid) == [
            f"order {ours} cancelled: its duplicate {duplicate} was paid at the counter"
        ]
        assert kiosk.journal.get(cid).step is Step.AT_COUNTER
        # The station's refund of that cash sale names the order it paid (not the kiosk's).
        assert cash.journal.get(f"counter:{duplicate}").order_id == duplicate
        await asyncio.sleep(QUIET_S)  # the next re-check changes nothing more
        await recheck(kiosk, cid)
        assert put == [ours] and len(notes(kiosk, cid)) == 1
    finally:
        cash.journal.close()


@pytest.mark.parametrize("paid", [None, "ours"])
async def test_the_duplicate_is_cancelled_when_unpaid_or_when_the_kiosks_own_was_paid(
    stack: Stack, kiosk: Services, tmp_path: Path, paid: str | None
) -> None:
    """Both pending, or the journaled one paid at the station: the duplicate is cancelled
    and the journaled one kept, as before (guards against the new rule reaching too far)."""
    cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, 1)
    cash = station_cash(stack, kiosk, tmp_path)
    try:
        if paid == "ours":
            await pay_in_cash(kiosk, cash, ours)
        put = cancels(kiosk)
        await recheck(kiosk, cid)
    finally:
        cash.journal.close()
    assert put == [duplicate]
    kept = orders.ORDER_COMPLETED if paid else orders.ORDER_PENDING
    assert (status(stack, ours), status(stack, duplicate)) == (kept, orders.ORDER_CANCELLED)
    assert notes(kiosk, cid) == [f"duplicate order {duplicate} cancelled"]
    assert sales_of(stack, ours, duplicate) == ([(ours, f"counter:{ours}")] if paid else [])


async def test_a_duplicate_paid_between_the_listing_and_its_cancel_is_left_paid(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """The watch lists both pending; a station completes the duplicate before the kiosk's
    cancel goes out: the paid order is not cancelled (read again first), and the kiosk's
    own is cancelled on the same pass."""
    cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, 2)
    cash = station_cash(stack, kiosk, tmp_path)
    listing = kiosk.finalpos.iter_orders
    paid: list[str] = []

    async def listing_then_paid(*args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        async for order in listing(*args, **kwargs):
            yield order
        if not paid:
            paid.append(duplicate)
            await pay_in_cash(kiosk, cash, duplicate)

    try:
        kiosk.finalpos.iter_orders = listing_then_paid  # type: ignore[method-assign]
        put = cancels(kiosk)
        await recheck(kiosk, cid)
    finally:
        cash.journal.close()
    assert paid == [duplicate]
    assert status(stack, duplicate) == orders.ORDER_COMPLETED
    assert put == [ours] and status(stack, ours) == orders.ORDER_CANCELLED
    assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]


async def station_sale(s: Services, order_id: str, amount_minor: int, ext: str) -> str:
    """Another till's sale on `order_id` (negative: its offset), the order left as it is."""
    tx = await s.finalpos.create_transaction(
        m.TransactionCreate(
            external_id=ext,
            payment_method=orders.CASH,
            amount=from_minor(amount_minor, "EUR"),
            currency="EUR",
            type=orders.SALE,
            balance=from_minor(0, "EUR"),
            session_id=await s.session.ensure_open_async(),
            order_id=order_id,
            receipt_id="TILL3",
        )
    )
    return tx.id


@pytest.mark.parametrize("undone", [False, True])
async def test_a_duplicate_with_a_sale_not_completed_yet_is_left_to_its_station(
    stack: Stack, kiosk: Services, undone: bool
) -> None:
    """A station recorded its cash sale on the duplicate and has not completed the order
    yet: the money is taken on it, so the watch leaves it pending for that station and
    cancels the kiosk's own order instead. A sale undone by an offset pays nothing: then
    the duplicate is cancelled as usual."""
    cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, 5 + undone)
    total = counter_order(await kiosk.finalpos.get_order(duplicate), "EUR").total_minor
    sale_id = await station_sale(kiosk, duplicate, total, f"counter:{duplicate}")
    if undone:
        await station_sale(kiosk, duplicate, -total, orders.offset_external_id("till-3", sale_id))
    put = cancels(kiosk)
    await recheck(kiosk, cid)
    if undone:
        assert put == [duplicate] and status(stack, ours) == orders.ORDER_PENDING
        assert notes(kiosk, cid) == [f"duplicate order {duplicate} cancelled"]
    else:
        assert put == [ours] and status(stack, duplicate) == orders.ORDER_PENDING
        assert notes(kiosk, cid) == [
            f"order {ours} cancelled: its duplicate {duplicate} was paid at the counter"
        ]


# Where the kiosk dies around its cancel of one order: before the PUT goes out; after Final
# POS committed it, the answer never seen; with the PUT in flight, Final POS committing it
# after the restarted kiosk first looked (a late commit); after the answer, before the note.
CRASHES = [None, "before_put", "lost_reply", "late_commit", "before_note"]
LATE_COMMIT_S = 0.7  # lands after the restart's first look, inside the quiet period


def crash_at(stack: Stack, s: Services, point: str | None, order_id: str, note: str) -> None:
    """Make the kiosk `s` die at `point` of its cancel of `order_id` (None: it does not)."""
    faults = stack.finalpos.finalpos_faults
    update, record = s.finalpos.update_order, s.journal.record

    async def dying(oid: str, change: Any) -> Any:
        if oid != order_id or change.status != orders.ORDER_CANCELLED:
            return await update(oid, change)
        if point == "before_put":
            raise Crash
        if point == "lost_reply":
            await update(oid, change)
            raise Crash
        before = faults.stats.late_commits
        faults.configure(
            late_commit_rate=1.0, late_commit_s=LATE_COMMIT_S, methods=["PUT"], path_prefix=""
        )
        try:
            putting = asyncio.ensure_future(update(oid, change))
            await until(lambda: faults.stats.late_commits > before, 10)  # Final POS read it
        finally:
            faults.configure(late_commit_rate=0.0)
        putting.cancel()
        await asyncio.gather(putting, return_exceptions=True)
        raise Crash

    def dying_record(cid: str, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("detail") == note:
            raise Crash
        return record(cid, *args, **kwargs)

    if point == "before_note":
        s.journal.record = dying_record  # type: ignore[method-assign]
    elif point is not None:
        s.finalpos.update_order = dying  # type: ignore[method-assign]


@pytest.mark.parametrize("point", CRASHES)
@pytest.mark.parametrize("paid", [None, "duplicate"])
async def test_a_crash_around_a_cancel_ends_as_if_the_kiosk_had_not_died(
    stack: Stack, tmp_path: Path, paid: str | None, point: str | None
) -> None:
    """The kiosk dies at each boundary of the watch's cancel (of the duplicate, or of its
    own order when a station paid the duplicate); after the restart recovery ends with the
    journal as without a crash: the one note, no cancel left half done, the one order
    cancelled by exactly one PUT in all, the paid order and its sale untouched."""
    index = 10 + 2 * CRASHES.index(point) + (paid is not None)
    async with restarted(stack, tmp_path) as crashing:
        cid, ours, duplicate = await watched_with_duplicate(stack, crashing, index)
        if paid:
            cash = station_cash(stack, crashing, tmp_path)
            try:
                await pay_in_cash(crashing, cash, duplicate)
            finally:
                cash.journal.close()
        target, kept = (ours, duplicate) if paid else (duplicate, ours)
        note = (
            f"order {ours} cancelled: its duplicate {duplicate} was paid at the counter"
            if paid
            else f"duplicate order {duplicate} cancelled"
        )
        before = crashing.journal.history(cid)
        first = cancels(crashing)
        crash_at(stack, crashing, point, target, note)
        if point is None:
            await recheck(crashing, cid)
        else:
            with pytest.raises(Crash):
                await crashing.recovery.recover_async()
        assert first == ([] if point == "before_put" else [target])
    async with restarted(stack, tmp_path) as kiosk:
        assert kiosk.checkout.watched() == [cid]
        again = cancels(kiosk)
        for _ in range(100):  # a cancel that may yet commit late is waited out first
            assert (await kiosk.recovery.recover_async()).clean
            if notes(kiosk, cid) and kiosk.journal.get_meta(cancel_intent_key(cid)) is None:
                break
            await asyncio.sleep(0.05)
        assert first + again == [target]
        assert kiosk.journal.history(cid) == [*before, (Step.AT_COUNTER, note)]
        assert kiosk.journal.get_meta(cancel_intent_key(cid)) is None
        await asyncio.sleep(QUIET_S)  # the next re-check changes nothing more
        await recheck(kiosk, cid)
        assert first + again == [target] and notes(kiosk, cid) == [note]
    assert status(stack, target) == orders.ORDER_CANCELLED
    assert status(stack, kept) == (orders.ORDER_COMPLETED if paid else orders.ORDER_PENDING)
    assert sales_of(stack, ours, duplicate) == (
        [(duplicate, f"counter:{duplicate}")] if paid else []
    )


async def test_a_cancel_cut_short_is_decided_afresh_when_a_station_paid_meanwhile(
    stack: Stack, tmp_path: Path
) -> None:
    """The kiosk dies about to cancel the unpaid duplicate; while it is down a station
    takes the cash on that duplicate. After the restart the journaled cancel is not
    repeated on the paid order (read again first): the kiosk's own order is cancelled
    instead, as when the station had paid before the watch looked."""
    async with restarted(stack, tmp_path) as crashing:
        cid, ours, duplicate = await watched_with_duplicate(stack, crashing, 30)
        crash_at(stack, crashing, "before_put", duplicate, "")
        with pytest.raises(Crash):
            await crashing.recovery.recover_async()
        assert crashing.journal.get_meta(cancel_intent_key(cid)) is not None
        cash = station_cash(stack, crashing, tmp_path)
        try:
            await pay_in_cash(crashing, cash, duplicate)
        finally:
            cash.journal.close()
    async with restarted(stack, tmp_path) as kiosk:
        put = cancels(kiosk)
        await recheck(kiosk, cid)
        assert put == [ours]
        assert notes(kiosk, cid) == [
            f"order {ours} cancelled: its duplicate {duplicate} was paid at the counter"
        ]
        assert kiosk.journal.get_meta(cancel_intent_key(cid)) is None
    assert status(stack, duplicate) == orders.ORDER_COMPLETED
    assert status(stack, ours) == orders.ORDER_CANCELLED
    assert sales_of(stack, ours, duplicate) == [(duplicate, f"counter:{duplicate}")]


async def test_a_retried_cancel_reads_the_order_again_first(
    stack: Stack, kiosk: Services, tmp_path: Path
) -> None:
    """The watch's cancel of the unpaid duplicate is refused (not applied) and a station
    takes the cash on that duplicate before the retry: the retry reads it again and leaves
    it paid, and the kiosk's own order is cancelled on the same pass."""
    cid, ours, duplicate = await watched_with_duplicate(stack, kiosk, 31)
    cash = station_cash(stack, kiosk, tmp_path)
    update = kiosk.finalpos.update_order
    paid: list[str] = []

    async def refused_once(order_id: str, change: Any) -> Any:
        if order_id == duplicate and not paid:
            paid.append(duplicate)
            await pay_in_cash(kiosk, cash, duplicate)
            raise UnavailableError("connection refused")  # certainly not applied: retried
        return await update(order_id, change)

    try:
        kiosk.finalpos.update_order = refused_once  # type: ignore[method-assign]
        put = cancels(kiosk)
        await recheck(kiosk, cid)
    finally:
        cash.journal.close()
    assert paid == [duplicate] and put == [duplicate, ours]  # the refused one, then ours
    assert status(stack, duplicate) == orders.ORDER_COMPLETED
    assert status(stack, ours) == orders.ORDER_CANCELLED
    assert notes(kiosk, cid) == [
        f"order {ours} cancelled: its duplicate {duplicate} was paid at the counter"
    ]
    assert kiosk.journal.get_meta(cancel_intent_key(cid)) is None


async def test_a_counter_order_in_flight_when_the_kiosk_died_is_watched_for_its_late_commit(
    stack: Stack, tmp_path: Path
) -> None:
    """The kiosk dies while its order POST is in flight (no answer, no look-up); Final POS
    commits it later than the quiet period, after the restarted kiosk found nothing and
    posted again. The checkout is watched as after a timed-out POST, so the late order is
    cancelled and one order waits for the station: the customer's number, paid once."""
    faults = stack.finalpos.finalpos_faults
    async with restarted(stack, tmp_path) as crashing:
        await crashing.session.ensure_open_async()
        create = crashing.finalpos.create_order

        async def dying(body: Any) -> Any:
            posting = asyncio.ensure_future(create(body))
            await until(lambda: faults.stats.late_commits > before, 10)  # Final POS read it
            posting.cancel()
            await asyncio.gather(posting, return_exceptions=True)
            raise Crash

        crashing.finalpos.create_order = dying  # type: ignore[method-assign]
        before = faults.stats.late_commits
        faults.configure(
            late_commit_rate=1.0, late_commit_s=3.5, methods=["POST"], path_prefix=ORDER_POSTS
        )
        try:
            with pytest.raises(Crash):
                await crashing.checkout.place_at_counter_async(cart(4))
        finally:
            faults.configure(late_commit_rate=0.0, path_prefix="")
        [entry] = crashing.journal.all()
    cid = entry.checkout_id

    def mine() -> list[dict[str, Any]]:
        return [o for o in stack.docs("orders") if o.get("externalId") == cid]

    async with restarted(stack, tmp_path) as kiosk:
        for _ in range(200):  # waits out the quiet period, finds nothing, posts again
            await kiosk.recovery.recover_async()
            if kiosk.journal.get(cid).step is Step.AT_COUNTER:
                break
            await asyncio.sleep(0.05)
        ours = kiosk.journal.get(cid).order_id
        assert ours is not None and [o["id"] for o in mine()] == [ours]
        assert kiosk.checkout.watched() == [cid]
        for _ in range(200):  # the first POST commits, then the watch cancels it
            await kiosk.recovery.recover_async()
            if len(mine()) == 2 and orders.ORDER_CANCELLED in {o["status"] for o in mine()}:
                break
            await asyncio.sleep(0.05)
        [late] = [o["id"] for o in mine() if o["id"] != ours]
        assert (status(stack, ours), status(stack, late)) == (
            orders.ORDER_PENDING,
            orders.ORDER_CANCELLED,
        )
        assert notes(kiosk, cid) == [f"duplicate order {late} cancelled"]
