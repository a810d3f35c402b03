"""Card payment of an order the checkout does not own (a kiosk's pay-at-counter order, paid at
the station): paid once; a decline, Cancel, abandon, crash or recovery never cancels it."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.finalpos import models as m
from kiosk.services import orders
from kiosk.services.checkout import CheckoutError, CheckoutOutcome, ResultCode
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.station.counter import CounterOrder, CounterOrders, counter_order
from tests.services.harness import Services, Stack, build_services, cart
from tests.services.test_checkout import DECLINE_CARD
from tests.services.test_recovery import Crash, crash_at


async def kiosk_counter_order(services: Services, index: int = 0) -> CounterOrder:
    """What the kiosk's own `place_at_counter_async` leaves in Final POS, as the station sees it."""
    placed = await services.checkout.place_at_counter_async(cart(index))
    order_id = services.journal.get(placed.checkout_id).order_id
    assert order_id is not None
    return counter_order(await services.finalpos.get_order(order_id), "EUR")


def order_doc(stack: Stack, order_id: str) -> dict:
    [order] = [o for o in stack.docs("orders") if o["id"] == order_id]
    return order


def sales_of(stack: Stack, order_id: str) -> list[dict]:
    """The sales standing on the order: offsets, and the sales they undo, left out."""
    on_order = [
        t
        for t in stack.docs("transactions")
        if t.get("orderId") == order_id and t.get("type") == orders.SALE
    ]
    undone = {
        str(t["externalId"]).partition(":offset:")[2]
        for t in on_order
        if ":offset:" in str(t.get("externalId"))
    }
    return [
        t for t in on_order if ":offset:" not in str(t.get("externalId")) and t["id"] not in undone
    ]


def intents_of(stack: Stack, checkout_id: str) -> list[dict]:
    return [p for p in stack.intents() if p["metadata"].get("checkout_id") == checkout_id]


async def listed(services: Services, order_id: str) -> bool:
    found = CounterOrders(finalpos=services.finalpos, currency="EUR", outlet_id=None)
    return order_id in [o.order_id for o in (await found.list_async())[1]]


async def test_paid_by_card_once_on_the_existing_order(stack: Stack, services: Services) -> None:
    order = await kiosk_counter_order(services)
    pending = await services.checkout.begin_existing_async(order, employee="Sam")
    assert pending.totals.total_minor == order.total_minor
    body = services.journal.get(pending.checkout_id).order_body
    assert owned_elsewhere(body) and orders.order_employee(body) == "Sam"
    kept = m.OrderCreate.model_validate(body)  # the kiosk's order, for the receipt
    assert len(kept.line_items or []) == len(order.lines) and orders.is_counter_order(kept)
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.PAID and result.code is ResultCode.PAID
    assert await services.checkout.wait_books_async(pending.checkout_id)
    assert services.journal.get(pending.checkout_id).step is Step.COMPLETED
    stored = order_doc(stack, order.order_id)
    assert stored["status"] == orders.ORDER_COMPLETED and Decimal(stored["balance"]) == 0
    [sale] = sales_of(stack, order.order_id)
    assert sale["externalId"] == pending.checkout_id and sale["paymentMethod"] != orders.CASH
    assert sale["employee"] == "Sam"
    assert Decimal(str(sale["amount"])) == Decimal(order.total_minor).scaleb(-2)
    [pi] = intents_of(stack, pending.checkout_id)
    assert pi["status"] == "succeeded" and pi["amount"] == order.total_minor
    # No order of its own was posted, and recovery finds nothing to do twice.
    assert [o for o in stack.docs("orders") if o.get("externalId") == pending.checkout_id] == []
    await services.recovery.recover_async()
    assert len(sales_of(stack, order.order_id)) == 1
    # Paying it again finds it paid: no second intent, no second sale.
    with pytest.raises(CheckoutError):
        await services.checkout.begin_existing_async(order, employee="Sam")


async def test_a_decline_then_giving_up_leaves_the_order_pending_and_listed(
    stack: Stack, services: Services
) -> None:
    order = await kiosk_counter_order(services)
    stack.reader_mode(auto_present_card=DECLINE_CARD)
    try:
        pending = await services.checkout.begin_existing_async(order, employee="Sam")
        declined = await services.checkout.pay_async(pending.checkout_id)
    finally:
        stack.reader_mode(auto_present_card=None)
    assert declined.outcome is CheckoutOutcome.DECLINED and declined.can_retry
    assert order_doc(stack, order.order_id)["status"] == orders.ORDER_PENDING
    await services.checkout.abandon_async(pending.checkout_id)
    assert services.journal.get(pending.checkout_id).step is Step.CANCELED
    [pi] = intents_of(stack, pending.checkout_id)
    assert pi["status"] == "canceled"
    assert order_doc(stack, order.order_id)["status"] == orders.ORDER_PENDING
    assert sales_of(stack, order.order_id) == []
    assert await listed(services, order.order_id)
    # A second try (a new checkout on the same order) pays it.
    again = await services.checkout.begin_existing_async(order, employee="Sam")
    assert (await services.checkout.pay_async(again.checkout_id)).outcome is CheckoutOutcome.PAID
    assert await services.checkout.wait_books_async(again.checkout_id)
    assert len(sales_of(stack, order.order_id)) == 1
    assert not await listed(services, order.order_id)


async def test_cancel_on_the_reader_voids_and_leaves_the_order(
    stack: Stack, services: Services
) -> None:
    order = await kiosk_counter_order(services)
    stack.reader_mode(auto_present_after_s=None)
    cancel = asyncio.Event()

    def on_status(text: str) -> None:
        if text == "waiting_for_card":
            cancel.set()

    try:
        pending = await services.checkout.begin_existing_async(order)
        result = await services.checkout.pay_async(
            pending.checkout_id, cancel=cancel, on_status=on_status
        )
    finally:
        stack.reader_mode(auto_present_after_s=0.05)
    assert result.outcome is CheckoutOutcome.CANCELED
    assert [p["status"] for p in intents_of(stack, pending.checkout_id)] == ["canceled"]
    assert order_doc(stack, order.order_id)["status"] == orders.ORDER_PENDING


@pytest.mark.parametrize(
    "point",
    [Boundary.JOURNAL_WRITTEN, Boundary.APPROVED, Boundary.CAPTURED, Boundary.TRANSACTION_POSTED],
)
async def test_a_crash_is_recovered_without_cancelling_the_order_or_a_second_sale(
    stack: Stack, tmp_path: Path, point: Boundary
) -> None:
    async with build_services(stack.config, tmp_path / "kiosk") as kiosk:
        order = await kiosk_counter_order(kiosk)
    station = tmp_path / "station"
    async with build_services(stack.config, station, hook=crash_at(point)) as crashing:
        with pytest.raises(Crash):
            pending = await crashing.checkout.begin_existing_async(order, employee="Sam")
            await crashing.checkout.pay_async(pending.checkout_id)
            await crashing.checkout.wait_books_async(timeout_s=30.0)
        [entry] = crashing.journal.all()
    async with build_services(stack.config, station, lease_s=0.0) as restarted:
        report = await restarted.recovery.recover_async()
        assert report.clean, report
        settled = restarted.journal.get(entry.checkout_id)
    stored = order_doc(stack, order.order_id)
    if point is Boundary.JOURNAL_WRITTEN:
        assert settled.step in (Step.VOID, Step.CANCELED)
        assert stored["status"] == orders.ORDER_PENDING  # never cancelled
        assert sales_of(stack, order.order_id) == []
        assert [p["status"] for p in intents_of(stack, entry.checkout_id)] in ([], ["canceled"])
    else:
        assert settled.step is Step.COMPLETED
        assert stored["status"] == orders.ORDER_COMPLETED
        [sale] = sales_of(stack, order.order_id)
        assert sale["externalId"] == entry.checkout_id
        [pi] = intents_of(stack, entry.checkout_id)
        assert pi["status"] == "succeeded"


def second_reader(stack: Stack) -> str:
    """Another till's reader at the same location, so two cards can be taken at once."""
    state, account = stack.stripe_state, stack.config.stripe_account
    location = state.retrieve_reader(account, stack.config.reader_id)["location"]
    reader = state.create_reader(
        account, {"registration_code": "simulated-wpe", "location": location, "label": "Till 2"}
    )
    state.set_reader_mode(reader["id"], auto_present_after_s=0.1)
    return str(reader["id"])


async def test_a_till_whose_card_comes_after_another_paid_the_order_voids_it(
    stack: Stack, tmp_path: Path
) -> None:
    async with (
        build_services(stack.config, tmp_path / "kiosk") as kiosk,
        build_services(stack.config, tmp_path / "till-1") as first,
        build_services(stack.config, tmp_path / "till-2") as second,
    ):
        order = await kiosk_counter_order(kiosk)
        a = await first.checkout.begin_existing_async(order, employee="Sam")
        b = await second.checkout.begin_existing_async(order, employee="Ola")
        assert (await first.checkout.pay_async(a.checkout_id)).outcome is CheckoutOutcome.PAID
        assert await first.checkout.wait_books_async(a.checkout_id)
        # Till 2's card is approved after till 1 completed the order: its fresh read before
        # the capture sees it paid elsewhere, and the authorisation is voided.
        late = await second.checkout.pay_async(b.checkout_id)
        assert late.outcome is CheckoutOutcome.CANCELED and late.code is ResultCode.CANCELED
        assert second.journal.get(b.checkout_id).step is Step.CANCELED
        assert (await second.recovery.recover_async()).clean
    assert [p["status"] for p in intents_of(stack, b.checkout_id)] == ["canceled"]
    [sale] = sales_of(stack, order.order_id)
    assert sale["externalId"] == a.checkout_id
    assert order_doc(stack, order.order_id)["status"] == orders.ORDER_COMPLETED


async def test_two_tills_paying_one_order_at_the_same_moment(stack: Stack, tmp_path: Path) -> None:
    """Two readers approve one order at once. Final POS has no compare-and-set, so both
    fresh reads before the captures may see it pending: two captures cannot be ruled out.
    What is guaranteed: one sale, the order completed once, and a second capture is never
    recorded as paid but listed for staff to refund (never lost)."""
    till_2 = second_reader(stack)
    async with (
        build_services(stack.config, tmp_path / "kiosk") as kiosk,
        build_services(stack.config, tmp_path / "till-1") as first,
        build_services(stack.config, tmp_path / "till-2") as second,
    ):
        second.checkout._reader_id = (
            till_2  # this till's own reader (the installation's is till 1's)
        )
        order = await kiosk_counter_order(kiosk)
        c = await first.checkout.begin_existing_async(order)
        d = await second.checkout.begin_existing_async(order)
        both = await asyncio.gather(
            first.checkout.pay_async(c.checkout_id), second.checkout.pay_async(d.checkout_id)
        )
        await first.checkout.wait_books_async()
        await second.checkout.wait_books_async()
        first_pass = await first.recovery.recover_async()
        second_pass = await second.recovery.recover_async()
        attention = [i.checkout_id for i in first_pass.attention + second_pass.attention]
    captured = [
        cid
        for cid in (c.checkout_id, d.checkout_id)
        for p in intents_of(stack, cid)
        if p["status"] == "succeeded"
    ]
    assert [r.outcome for r in both].count(CheckoutOutcome.PAID) >= 1
    assert len(sales_of(stack, order.order_id)) == 1
    assert order_doc(stack, order.order_id)["status"] == orders.ORDER_COMPLETED
    assert 1 <= len(captured) <= 2
    [sale] = sales_of(stack, order.order_id)
    extra = [cid for cid in captured if cid != sale["externalId"]]
    assert extra == attention  # a second capture is listed for a refund, never recorded
    # ... and stays listed after a restart (its own sale is offset in Final POS).
    for till in ("till-1", "till-2"):
        async with build_services(stack.config, tmp_path / till, lease_s=0.0) as restarted:
            again = await restarted.recovery.recover_async()
            for cid in extra:
                if cid in {e.checkout_id for e in restarted.journal.all()}:
                    assert cid in [i.checkout_id for i in again.attention]
                    assert "refund" in restarted.journal.get(cid).attention
    assert len(sales_of(stack, order.order_id)) == 1
