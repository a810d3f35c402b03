"""The kiosk's duplicate watch on a pay-at-the-counter checkout whose order landed twice.

Final POS has no idempotency key: a late-committed order POST leaves two pending orders with
one ``externalId`` (the kiosk's checkout id). The watch (`Settler.recheck_locked`) cancels the
one the kiosk did not journal, unless a station took the customer's money on that one: then
it is the journaled order, still pending, that is cancelled, so the back office never keeps
an unpaid order for a customer who paid, and the day's books hold one sale. The checkout is
watched because its order create had an unknown outcome (here: the answer was lost); the
second order is the journaled body committed once more, as a late commit leaves it. Which
order is cancelled is tested here; the crashes around that cancel in
`test_counter_watch_crash`, a cancel whose outcome is unknown in `test_watch_late_cancel`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos.errors import UnavailableError
from kiosk.services import orders
from kiosk.services.settle_records import cancel_intent_key
from kiosk.services.station.counter import counter_order
from tests.services.counter_watch_harness import (
    cancels,
    notes,
    pay_in_cash,
    recheck,
    recheck_now,
    restarted,
    sales_of,
    station_cash,
    station_sale,
    status,
    watched_with_duplicate,
)
from tests.services.harness import Services, Stack, running_stack


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def kiosk(stack: Stack, tmp_path: Path) -> AsyncIterator[Services]:
    stack.finalpos.finalpos_faults.configure(lost_answer_rate=0.0, path_prefix="")
    async with restarted(stack, tmp_path) as built:
        yield built


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
        await recheck_now(kiosk, cid)  # the next re-check changes nothing more
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
