"""Pay at the counter: the order is recorded unpaid through the journal, never lost, never
posted twice, never cancelled by recovery (the shared convention with the station)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.services import orders
from kiosk.services.checkout import CheckoutError
from tests.services.harness import Services, Stack, build_services, cart
from tests.services.test_recovery import Crash, crash_at


def _orders_of(stack: Stack, cid: str) -> list[dict]:
    return [o for o in stack.docs("orders") if o.get("externalId") == cid]


def _assert_counter_order(order: dict, number: str, total: str) -> None:
    assert order["status"] == orders.ORDER_PENDING and order["balance"] == total
    assert order["summary"]["total"] == total
    assert {"key": orders.PAY_AT_KEY, "value": orders.PAY_AT_COUNTER} in order["metadata"]
    assert {"key": "orderNumber", "value": number} in order["metadata"]
    assert order["posData"][orders.PAY_AT_KEY] == orders.PAY_AT_COUNTER
    assert order["posData"]["orderNumber"] == number


async def test_a_counter_order_is_recorded_unpaid_and_left_alone(
    stack: Stack, services: Services
) -> None:
    placed = await services.checkout.place_at_counter_async(cart())
    assert placed.order_number == "A001"
    [order] = _orders_of(stack, placed.checkout_id)
    total = f"{placed.totals.total_minor / 100:.2f}"
    _assert_counter_order(order, "A001", total)
    assert stack.intents() == []  # no PaymentIntent, no card
    entry = services.journal.get(placed.checkout_id)
    assert entry.step is Step.AT_COUNTER and entry.step.terminal
    assert services.journal.unfinished() == []
    for _ in range(2):
        report = await services.recovery.recover_async()
        assert placed.checkout_id not in report.canceled + report.voided
    [order] = _orders_of(stack, placed.checkout_id)
    assert order["status"] == orders.ORDER_PENDING  # still there for the station
    # the number stays taken while the customer walks to the counter
    nxt = await services.checkout.begin_async(cart(1))
    assert nxt.order_number == "A002"
    await services.checkout.abandon_async(nxt.checkout_id)


async def test_nothing_to_pay_is_not_sent_to_the_counter(services: Services) -> None:
    paid = cart()
    free = replace(paid, lines=tuple(replace(ln, unit_price_minor=0) for ln in paid.lines))
    with pytest.raises(CheckoutError):
        await services.checkout.place_at_counter_async(free)
    assert services.journal.all() == []


@pytest.mark.parametrize("point", [Boundary.JOURNAL_WRITTEN, Boundary.ORDER_POSTED])
async def test_a_crash_before_the_order_is_known_is_recovered_not_cancelled(
    stack: Stack, tmp_path: Path, point: Boundary
) -> None:
    async with build_services(stack.config, tmp_path, hook=crash_at(point)) as crashing:
        with pytest.raises(Crash):
            await crashing.checkout.place_at_counter_async(cart())
        [entry] = crashing.journal.all()
    cid = entry.checkout_id
    assert entry.step in (Step.BEGUN, Step.ORDER_POSTING) and entry.order_id is None
    async with build_services(stack.config, tmp_path) as restarted:
        for _ in range(5):  # a create whose outcome was unknown is looked up, then posted
            await restarted.recovery.recover_async()
            if restarted.journal.get(cid).step.terminal:
                break
        assert restarted.journal.get(cid).step is Step.AT_COUNTER
        for _ in range(2):
            await restarted.recovery.recover_async()
    [order] = _orders_of(stack, cid)  # exactly one: never lost, never posted twice
    _assert_counter_order(order, entry.order_number, order["summary"]["total"])
    assert stack.intents() == []


def test_a_rebuild_keeps_a_counter_order_for_the_station() -> None:
    from kiosk.finalpos import models as m
    from kiosk.services.rebuild import plan_for

    body = {"receiptId": "R", "status": "pending", "source": "final", "balance": "6.50"}
    counter = m.Order.model_validate(
        {**body, "id": "o1", "metadata": [{"key": "payAt", "value": "counter"}]}
    )
    plain = m.Order.model_validate({**body, "id": "o2"})
    counter_plan, plain_plan = plan_for(None, counter, None), plan_for(None, plain, None)
    assert counter_plan is not None and counter_plan.step is Step.AT_COUNTER
    assert plain_plan is not None and plain_plan.step is Step.ORDER_RECORDED
