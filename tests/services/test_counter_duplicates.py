"""A kiosk checkout's late-committed duplicate at the station's pay-at-the-counter list.

Final POS has no idempotency key: the kiosk's order POST may commit after the kiosk posted
again, leaving two pending orders with one ``externalId`` (the checkout id) and one customer
number until the kiosk's duplicate watch cancels the extra one. The station lists such a
checkout once and refuses to take money for a duplicate of an order paid (or being paid),
in cash or by card, so the customer is never charged twice. The duplicate is posted here as
the late commit leaves it: the kiosk's journaled order body, posted once more.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest

from kiosk.domain.pricing import TaxRate
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.services import orders
from kiosk.services.checkout import CheckoutError
from kiosk.services.pipeline import order_total_minor
from kiosk.services.station.cash import CashOutcome, CashSales
from kiosk.services.station.counter import (
    CounterOrder,
    CounterOrders,
    CounterOutcome,
    counter_order,
    counter_sale_id,
)
from kiosk.services.station.customers import CustomerDirectory
from kiosk.services.station.desk import StationDesk
from kiosk.services.station.discounts import Discounts, price_discounted
from kiosk.services.station.park import ParkedOrders
from tests.services.counter_watch_harness import station_sale
from tests.services.harness import Services, Stack, build_services, cart, running_stack

RATES = {"standard": TaxRate("standard", Decimal(20), True)}
SALE_POSTS = "/v1/api/tr"


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@dataclass
class Station:
    services: Services
    stack: Stack
    desk: StationDesk
    counter: CounterOrders
    cash: CashSales

    def another(self) -> CounterOrders:
        """The list as a second station sees it (its own cache)."""
        return CounterOrders(
            finalpos=self.services.finalpos, currency="EUR", outlet_id=self.stack.config.outlet_id
        )


@pytest.fixture
async def station(stack: Stack, tmp_path: Path) -> AsyncIterator[Station]:
    stack.finalpos.finalpos_faults.configure(error_rate=0.0, path_prefix="")
    async with build_services(stack.config, tmp_path / "kiosk") as s:
        outlet = stack.config.outlet_id
        cash = CashSales(
            finalpos=s.finalpos,
            session=s.session,
            journal=CashSales.journal_in(tmp_path / "station"),
            currency="EUR",
            station_name="Till 2",
            outlet_id=outlet,
            post_quiet_s=11.0,
        )
        counter = CounterOrders(finalpos=s.finalpos, currency="EUR", outlet_id=outlet)
        desk = StationDesk(
            currency="EUR",
            rates=RATES,
            default_tax_table="standard",
            cash=cash,
            customers=CustomerDirectory(s.finalpos, outlet_id=outlet),
            parked=ParkedOrders(
                finalpos=s.finalpos, session=s.session, currency="EUR", station_name="Till 2"
            ),
            till=cast(Any, None),  # not used by the counter payments
            checkout=s.checkout,
            counter=counter,
        )
        try:
            yield Station(s, stack, desk, counter, cash)
        finally:
            cash.journal.close()
            stack.finalpos.finalpos_faults.configure(error_rate=0.0, path_prefix="")


async def placed_with_duplicate(st: Station, index: int = 0) -> tuple[str, str, str]:
    """The kiosk's own counter order, then its journaled body committed once more (the late
    first POST): (checkout id, the kiosk's order id, the duplicate's id)."""
    s = st.services
    placed = await s.checkout.place_at_counter_async(cart(index))
    entry = s.journal.get(placed.checkout_id)
    assert entry.order_id is not None
    await asyncio.sleep(0.01)  # Final POS stamps createdAt in milliseconds
    duplicate = await s.finalpos.create_order(orders.order_from_journal(entry.order_body))
    assert duplicate.external_id == placed.checkout_id
    return placed.checkout_id, entry.order_id, duplicate.id


async def hand_built(st: Station, checkout_id: str | None, index: int = 0) -> str:
    """A kiosk's counter order posted directly; `checkout_id` None: no ``externalId``."""
    s = st.services
    totals = price_discounted(cart(index), Discounts.none(), RATES, "standard")
    body = orders.order_create(
        totals,
        checkout_id=checkout_id or uuid.uuid4().hex,
        receipt_id=f"KIOSK1-{index:06d}-{uuid.uuid4().hex[:6].upper()}",
        order_number=f"K{index:03d}",
        session_id=await s.session.ensure_open_async(),
        kiosk_name="Kiosk 1",
        pay_at_counter=True,
    )
    if checkout_id is None:
        body = body.model_copy(update={"external_id": None})
    created = await s.finalpos.create_order(body)
    await asyncio.sleep(0.01)
    return created.id


async def listed(counter: CounterOrders, *order_ids: str) -> list[str]:
    outcome, waiting = await counter.list_async()
    assert outcome is CounterOutcome.OK
    return [o.order_id for o in waiting if o.order_id in order_ids]


async def as_listed(st: Station, order_id: str) -> CounterOrder:
    return counter_order(await st.services.finalpos.get_order(order_id), "EUR")


def sales_on(stack: Stack, order_id: str) -> list[dict[str, Any]]:
    return [
        t
        for t in stack.docs("transactions")
        if t.get("orderId") == order_id and t.get("type") == orders.SALE
    ]


def status(stack: Stack, order_id: str) -> str:
    return str(next(o for o in stack.docs("orders") if o["id"] == order_id)["status"])


def intents_on(stack: Stack, order_id: str) -> list[dict[str, Any]]:
    return [i for i in stack.intents() if i["metadata"].get("order_id") == order_id]


async def test_two_pending_duplicates_of_one_kiosk_checkout_are_listed_once(
    station: Station,
) -> None:
    """One entry, the same at every station (the oldest): two cashiers open the same order."""
    st = station
    _cid, kept, duplicate = await placed_with_duplicate(st)
    assert [status(st.stack, i) for i in (kept, duplicate)] == ["pending", "pending"]
    shown = await listed(st.counter, kept, duplicate)
    assert shown == [kept]  # the kiosk's own order is the older one
    assert await listed(st.another(), kept, duplicate) == shown
    # Paying the duplicate is refused; the order shown can be paid, and knows its sibling.
    assert await st.counter.get_async(duplicate) == (CounterOutcome.NOT_WAITING, None)
    assert await st.another().get_async(duplicate) == (CounterOutcome.NOT_WAITING, None)
    outcome, order = await st.counter.get_async(kept)
    assert outcome is CounterOutcome.OK and order is not None
    assert order.siblings == (duplicate,)


@pytest.mark.parametrize("paid", ["kept", "duplicate"])
async def test_once_one_is_paid_the_other_is_hidden_and_refused_without_a_sale(
    station: Station, paid: str
) -> None:
    """Paid here in cash (the one listed), or the duplicate completed at another till: the
    other is no longer listed, and neither cash nor card takes money for it."""
    st = station
    _cid, kept, duplicate = await placed_with_duplicate(st, 1)
    assert await listed(st.counter, kept, duplicate) == [kept]
    first, other = (kept, duplicate) if paid == "kept" else (duplicate, kept)
    left = await as_listed(st, other)  # as a station that listed it earlier holds it
    if paid == "kept":
        order = await as_listed(st, kept)
        result = await st.desk.settle_counter_cash_async(order, order.total_minor, employee="Sam")
        assert result.outcome is CashOutcome.PAID
    else:
        await st.services.finalpos.update_order(duplicate, orders.order_completed("EUR"))
    assert status(st.stack, first) == orders.ORDER_COMPLETED
    assert await listed(st.counter, kept, duplicate) == []
    assert await listed(st.another(), kept, duplicate) == []
    assert await st.counter.get_async(other) == (CounterOutcome.NOT_WAITING, None)
    again = await st.desk.settle_counter_cash_async(left, left.total_minor, employee="Maria")
    assert again.outcome is CashOutcome.ALREADY_PAID
    with pytest.raises(CheckoutError):
        await st.desk.begin_counter_card_async(left, employee="Maria")
    assert sales_on(st.stack, other) == [] and intents_on(st.stack, other) == []
    assert status(st.stack, other) == orders.ORDER_PENDING  # the kiosk's watch cancels it


async def test_a_sale_on_a_duplicate_not_completed_yet_refuses_the_other(
    station: Station,
) -> None:
    """Another till recorded its sale on the duplicate and has not completed it yet: the
    customer has paid; an offset sale (undone) pays nothing."""
    st = station
    _cid, kept, duplicate = await placed_with_duplicate(st, 2)
    order = await as_listed(st, kept)
    sale_id = await station_sale(
        st.services, duplicate, order.total_minor, counter_sale_id(duplicate)
    )
    assert await st.counter.get_async(kept) == (CounterOutcome.NOT_WAITING, None)
    result = await st.desk.settle_counter_cash_async(order, order.total_minor, employee="Sam")
    assert result.outcome is CashOutcome.ALREADY_PAID
    assert sales_on(st.stack, kept) == []
    # The other till undoes its sale (an offset naming it): the order may be paid again.
    s = st.services
    await s.finalpos.create_transaction(
        m.TransactionCreate(
            external_id=orders.offset_external_id("till-3", sale_id),
            payment_method=orders.CASH,
            amount=-from_minor(order.total_minor, "EUR"),
            currency="EUR",
            type=orders.SALE,
            balance=from_minor(0, "EUR"),
            session_id=await s.session.ensure_open_async(),
            order_id=duplicate,
            receipt_id="TILL3",
        )
    )
    outcome, fresh = await st.counter.get_async(kept)
    assert outcome is CounterOutcome.OK and fresh is not None


async def test_cash_taken_here_for_a_duplicate_final_pos_did_not_record_refuses_the_other(
    station: Station,
) -> None:
    """Cash taken here for the listed order while its sale could not be recorded (kept in
    the drawer's journal), then the kiosk cancels that order as its duplicate: the other,
    now first, is refused in cash and by card; the customer has paid already."""
    st = station
    _cid, kept, duplicate = await placed_with_duplicate(st, 3)
    order = await as_listed(st, kept)
    st.stack.finalpos.finalpos_faults.configure(
        error_rate=1.0, methods=["POST"], path_prefix=SALE_POSTS
    )
    try:
        result = await st.desk.settle_counter_cash_async(order, order.total_minor, employee="Sam")
    finally:
        st.stack.finalpos.finalpos_faults.configure(error_rate=0.0, path_prefix="")
    assert result.outcome is CashOutcome.PENDING and sales_on(st.stack, kept) == []
    await st.services.finalpos.update_order(kept, orders.order_cancelled())
    assert await listed(st.counter, kept, duplicate) == [duplicate]
    left = await as_listed(st, duplicate)
    again = await st.desk.settle_counter_cash_async(left, left.total_minor, employee="Maria")
    assert again.outcome is CashOutcome.ALREADY_PAID
    with pytest.raises(CheckoutError):
        await st.desk.begin_counter_card_async(left, employee="Maria")
    assert sales_on(st.stack, duplicate) == [] and intents_on(st.stack, duplicate) == []


async def test_orders_without_an_external_id_are_each_listed_and_paid(
    station: Station,
) -> None:
    """No ``externalId``: never grouped (each is listed and paid on its own), while a
    duplicated checkout in the same list is shown once."""
    st = station
    plain_a = await hand_built(st, None, 4)
    plain_b = await hand_built(st, None, 5)
    _cid, kept, duplicate = await placed_with_duplicate(st, 6)
    ids = (plain_a, plain_b, kept, duplicate)
    assert sorted(await listed(st.counter, *ids)) == sorted([plain_a, plain_b, kept])
    order = await as_listed(st, plain_a)
    assert order.total_minor > 0
    paid = await st.desk.settle_counter_cash_async(order, order.total_minor, employee="Sam")
    assert paid.outcome is CashOutcome.PAID
    assert sorted(await listed(st.counter, *ids)) == sorted([plain_b, kept])
    outcome, other = await st.counter.get_async(plain_b)
    assert outcome is CounterOutcome.OK and other is not None and other.siblings == ()


async def test_a_malformed_sibling_does_not_hide_a_good_order(station: Station) -> None:
    """The checkout's oldest order has an amount the station cannot use: the first good one
    is listed (once) and paid, on a station that listed it or not."""
    st = station
    checkout_id = uuid.uuid4().hex
    broken = await hand_built(st, checkout_id, 7)
    await st.services.finalpos.update_order(broken, m.OrderUpdate(balance=Decimal("1.234")))
    good = await hand_built(st, checkout_id, 7)
    late = await hand_built(st, checkout_id, 7)
    assert await listed(st.counter, broken, good, late) == [good]
    for counter in (st.counter, st.another()):  # the second one never listed it
        outcome, order = await counter.get_async(good)
        assert outcome is CounterOutcome.OK and order is not None
        assert sorted(order.siblings) == sorted([broken, late])
    order = await as_listed(st, good)
    total = order_total_minor(await st.services.finalpos.get_order(good), "EUR")
    assert total == order.total_minor
    result = await st.desk.settle_counter_cash_async(order, order.total_minor, employee="Sam")
    assert result.outcome is CashOutcome.PAID
    assert len(sales_on(st.stack, good)) == 1 and sales_on(st.stack, late) == []
    assert await listed(st.counter, broken, good, late) == []


async def test_a_kiosk_order_committed_after_the_kiosk_posted_again_is_listed_once(
    stack: Stack, tmp_path: Path
) -> None:
    """The real late commit: the kiosk dies after its order POST timed out; restarted, it
    waits out the quiet period, finds nothing and posts again; then the first POST commits.
    The station lists the kiosk's journaled order once (the late one is the younger) and
    refuses the late one, before and after the kiosk's watch cancels it."""

    class Crash(BaseException):
        pass

    async def crash(_external_id: str) -> None:
        raise Crash

    faults = stack.finalpos.finalpos_faults
    fast = {"finalpos_timeout_s": 0.3, "post_quiet_s": 1.0}
    async with build_services(stack.config, tmp_path / "k", **fast) as crashing:  # type: ignore[arg-type]
        await crashing.session.ensure_open_async()
        crashing.finalpos.find_order_by_external_id = crash  # type: ignore[method-assign]
        before = faults.stats.late_commits
        # Slower than the request's deadline plus the quiet period: the kiosk posts again first.
        faults.configure(
            late_commit_rate=1.0, late_commit_s=3.5, methods=["POST"], path_prefix="/v1/api/order"
        )
        try:
            with pytest.raises(Crash):
                await crashing.checkout.place_at_counter_async(cart(8))
        finally:
            faults.configure(late_commit_rate=0.0, path_prefix="")
        assert faults.stats.late_commits == before + 1
        [entry] = crashing.journal.all()
    cid = entry.checkout_id

    def mine() -> list[dict[str, Any]]:
        return [o for o in stack.docs("orders") if o.get("externalId") == cid]

    async with build_services(stack.config, tmp_path / "k", **fast) as kiosk:  # type: ignore[arg-type]
        for _ in range(200):
            await kiosk.recovery.recover_async()
            if kiosk.journal.get(cid).order_id is not None:
                break
            await asyncio.sleep(0.05)
        kept = kiosk.journal.get(cid).order_id
        assert kept is not None and [o["id"] for o in mine()] == [kept]  # posted again
        for _ in range(200):  # the first POST commits
            if len(mine()) == 2:
                break
            await asyncio.sleep(0.05)
        [late] = [o["id"] for o in mine() if o["id"] != kept]
        assert [o["status"] for o in mine()] == ["pending", "pending"]
        station = CounterOrders(
            finalpos=kiosk.finalpos, currency="EUR", outlet_id=stack.config.outlet_id
        )
        assert await listed(station, kept, late) == [kept]
        assert await station.get_async(late) == (CounterOutcome.NOT_WAITING, None)
        for _ in range(100):  # the kiosk's duplicate watch
            await kiosk.recovery.recover_async()
            if status(stack, late) == orders.ORDER_CANCELLED:
                break
            await asyncio.sleep(0.05)
        assert status(stack, late) == orders.ORDER_CANCELLED
        assert await listed(station, kept, late) == [kept]
        outcome, order = await station.get_async(kept)
        assert outcome is CounterOutcome.OK and order is not None and order.siblings == (late,)
