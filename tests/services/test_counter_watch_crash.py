"""Crashes around the duplicate watch's cancel, and an order POST in flight when the kiosk died.

A crash matrix kills the kiosk at each boundary of the watch's cancel (the intent is journaled
before the PUT) and checks that the restart ends as if it had not died. The last test is the
real thing: the kiosk dies with its POST in flight and Final POS commits it after the
restarted kiosk posted again. The setting is that of `test_counter_watch`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.services import orders
from kiosk.services.settle_records import cancel_intent_key
from tests.services.counter_watch_harness import (
    ORDER_POSTS,
    Crash,
    cancels,
    notes,
    pay_in_cash,
    put_read_then_late,
    recheck,
    recheck_now,
    restarted,
    sales_of,
    station_cash,
    status,
    until,
    watched_with_duplicate,
)
from tests.services.harness import Services, Stack, cart, running_stack


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


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
        putting = await put_read_then_late(faults, update, oid, change, LATE_COMMIT_S)
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
        await recheck_now(kiosk, cid)  # the next re-check changes nothing more
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
