"""Late commits (issue 9, item 1) on the two counter paths: the kiosk's pay-at-the-counter
order (`place_at_counter_async`, journal step ``at_counter``) and the station paying a kiosk
order by card (`CheckoutService.begin_existing_async`).

Final POS commits a POST after the client gave up (the sandbox's late-commit fault) or
commits it and the answer is lost: the outcome is unknown, and only a look-up (at once, then
after the quiet period) may decide whether to post again. Each test fails when that look-up
is skipped: the customer loses the number, or a second order or sale is posted.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.services import orders
from kiosk.services.checkout import CheckoutOutcome, CheckoutUnavailable, ResultCode
from kiosk.services.station.counter import counter_order
from tests.services.harness import Stack, build_services, cart
from tests.services.integrity_rig import recover_until_clean

# The client gives up after 0.3 s; the server commits 1 s after reading the request (well past
# the client's deadline, well inside deadline + quiet period, as the design assumes).
TIMEOUT_S = 0.3
LATE_S = 1.0
QUIET_S = 2.5
ORDER_POSTS = "/v1/api/order"
SALE_POSTS = "/v1/api/tr"


def fast(stack: Stack, tmp_path: Path) -> Any:
    return build_services(
        stack.config, tmp_path, finalpos_timeout_s=TIMEOUT_S, post_quiet_s=QUIET_S
    )


def late_commits(stack: Stack, path_prefix: str) -> None:
    stack.finalpos.finalpos_faults.configure(
        late_commit_rate=1.0, late_commit_s=LATE_S, methods=["POST"], path_prefix=path_prefix
    )


def no_faults(stack: Stack) -> None:
    stack.finalpos.finalpos_faults.configure(
        late_commit_rate=0.0, lost_answer_rate=0.0, path_prefix=""
    )


async def until(predicate: Callable[[], object], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def reading(stack: Stack) -> float:
    """When the server has read the late request (monotonic): it commits `LATE_S` later."""
    faults = stack.finalpos.finalpos_faults
    await until(lambda: faults.stats.late_commits == 1, 10)
    return time.monotonic()


async def after_the_late_commit(read_at: float) -> None:
    """Past the moment the late request commits, so a second record would be seen too."""
    await asyncio.sleep(max(0.0, read_at + LATE_S + 0.5 - time.monotonic()))


def counter_orders(stack: Stack) -> list[dict[str, Any]]:
    return [
        o
        for o in stack.docs("orders")
        if (o.get("posData") or {}).get(orders.PAY_AT_KEY) == orders.PAY_AT_COUNTER
    ]


def pending_counter_orders(stack: Stack) -> list[dict[str, Any]]:
    return [o for o in counter_orders(stack) if o["status"] == orders.ORDER_PENDING]


# -- the kiosk's pay-at-the-counter order --------------------------------------------------


async def test_a_counter_order_whose_answer_was_lost_still_gives_the_number(
    stack: Stack, tmp_path: Path
) -> None:
    """Committed, then the connection cut: the look-up at once finds it; the customer gets
    the number and exactly one order waits for the station (never posted twice)."""
    async with fast(stack, tmp_path) as built:
        await built.session.ensure_open_async()
        stack.finalpos.finalpos_faults.configure(
            lost_answer_rate=1.0, methods=["POST"], path_prefix=ORDER_POSTS
        )
        try:
            placed = await built.checkout.place_at_counter_async(cart())
        finally:
            no_faults(stack)
        assert stack.finalpos.finalpos_faults.stats.lost_answers == 1  # posted once
        assert placed.order_number == "A001"
        entry = built.journal.get(placed.checkout_id)
        assert entry.step is Step.AT_COUNTER and entry.order_id is not None
        await recover_until_clean(built, passes=80)
        assert built.journal.get(placed.checkout_id).step is Step.AT_COUNTER
    [order] = counter_orders(stack)
    assert order["id"] == entry.order_id and order["externalId"] == placed.checkout_id
    assert order["status"] == orders.ORDER_PENDING
    assert order["posData"]["orderNumber"] == placed.order_number


async def test_a_late_counter_order_leaves_one_pending_order_with_the_customers_number(
    stack: Stack, tmp_path: Path
) -> None:
    """Committed after the kiosk gave up: the customer is told it did not go through and
    tries again at once. Recovery waits out the quiet period instead of calling the first
    order absent, then cancels it when it lands: one pending order, with the number the
    customer holds."""
    async with fast(stack, tmp_path) as built:
        await built.session.ensure_open_async()
        late_commits(stack, ORDER_POSTS)
        with pytest.raises(CheckoutUnavailable) as raised:
            await built.checkout.place_at_counter_async(cart())
        no_faults(stack)
        assert raised.value.code is ResultCode.ORDERING_PAUSED
        assert stack.finalpos.finalpos_faults.stats.late_commits == 1
        [given_up] = built.journal.all()
        assert given_up.cancel_requested
        # Recovery right away, while the first POST is still on its way: it must not call
        # the order absent (it waits; or cancels it, had it landed already).
        first = await built.recovery.recover_async()
        assert given_up.checkout_id not in first.voided
        assert built.journal.get(given_up.checkout_id).step is not Step.VOID
        placed = await built.checkout.place_at_counter_async(cart())
        if not built.journal.get(given_up.checkout_id).step.terminal:
            # not settled yet: its number is not handed on while its order may still land
            assert placed.order_number != given_up.order_number
        await until(lambda: len(counter_orders(stack)) == 2, 10)  # the late one landed
        await recover_until_clean(built, passes=80)
        assert built.journal.get(given_up.checkout_id).step is Step.CANCELED
        assert built.journal.get(placed.checkout_id).step is Step.AT_COUNTER
    [waiting] = pending_counter_orders(stack)
    assert waiting["externalId"] == placed.checkout_id
    assert waiting["posData"]["orderNumber"] == placed.order_number
    [late] = [o for o in counter_orders(stack) if o["externalId"] == given_up.checkout_id]
    assert late["status"] == "cancelled"


async def test_a_counter_order_cut_off_mid_post_is_looked_up_not_posted_again(
    stack: Stack, tmp_path: Path
) -> None:
    """The kiosk dies right after the order's POST timed out (before it could look the order
    up), and Final POS commits the POST late. After the restart recovery does not post again
    while the first may still land; it finds that order and keeps it for the counter."""

    class Crash(BaseException):
        pass

    async def crash(_external_id: str) -> None:
        raise Crash

    async with fast(stack, tmp_path) as crashing:
        await crashing.session.ensure_open_async()
        crashing.finalpos.find_order_by_external_id = crash  # type: ignore[method-assign]
        late_commits(stack, ORDER_POSTS)
        try:
            with pytest.raises(Crash):
                await crashing.checkout.place_at_counter_async(cart())
        finally:
            no_faults(stack)
        read_at = await reading(stack)
        [entry] = crashing.journal.all()
    assert entry.step is Step.ORDER_POSTING and entry.order_id is None
    assert not entry.cancel_requested  # the customer was never told it failed
    async with fast(stack, tmp_path) as restarted:
        first = await restarted.recovery.recover_async()
        assert entry.checkout_id not in first.canceled + first.voided  # never given up
        await recover_until_clean(restarted, passes=80)
        settled = restarted.journal.get(entry.checkout_id)
        assert settled.step is Step.AT_COUNTER
        await after_the_late_commit(read_at)
    [order] = counter_orders(stack)  # exactly one: found, never posted twice
    assert order["id"] == settled.order_id and order["status"] == orders.ORDER_PENDING
    assert order["posData"]["orderNumber"] == entry.order_number


# -- the station paying a kiosk order by card ------------------------------------------------


async def test_a_late_sale_on_a_kiosk_order_paid_at_the_station_is_recorded_once(
    stack: Stack, tmp_path: Path
) -> None:
    """The station's sale POST commits after the client gave up: one sale, the kiosk's order
    completed once, the PaymentIntent captured once; nothing offset, nothing posted twice."""
    async with fast(stack, tmp_path) as built:
        placed = await built.checkout.place_at_counter_async(cart())
        order_id = built.journal.get(placed.checkout_id).order_id
        assert order_id is not None
        order = counter_order(await built.finalpos.get_order(order_id), "EUR")
        captures: list[str] = []
        completions: list[str] = []
        capture, update = built.gateway.capture_async, built.finalpos.update_order

        async def counting_capture(intent_id: str, *, checkout_id: str) -> Any:
            captures.append(intent_id)
            return await capture(intent_id, checkout_id=checkout_id)

        async def counting_update(oid: str, change: Any) -> Any:
            if change.status == orders.ORDER_COMPLETED:
                completions.append(oid)
            return await update(oid, change)

        built.gateway.capture_async = counting_capture  # type: ignore[method-assign]
        built.finalpos.update_order = counting_update  # type: ignore[method-assign]

        pending = await built.checkout.begin_existing_async(order, employee="Sam")
        cid = pending.checkout_id
        late_commits(stack, SALE_POSTS)
        try:
            result = await built.checkout.pay_async(cid)
            assert result.outcome is CheckoutOutcome.PAID and result.code is ResultCode.PAID
            read_at = await reading(stack)
            assert await built.checkout.wait_books_async(cid)
        finally:
            no_faults(stack)
        assert stack.finalpos.finalpos_faults.stats.late_commits == 1
        # The books are left to recovery: the sale's fate is unknown, so it is not posted
        # again before a look-up after the quiet period.
        assert built.journal.get(cid).step is not Step.COMPLETED
        await recover_until_clean(built, passes=80)
        done = built.journal.get(cid)
        assert done.step is Step.COMPLETED
        history = [d or "" for _s, d in built.journal.history(cid)]
        assert any("sale create outcome unknown" in d for d in history)
        await after_the_late_commit(read_at)
        await recover_until_clean(
            built, passes=80
        )  # a watched checkout is re-scanned: nothing to undo
    mine = [t for t in stack.docs("transactions") if cid in str(t.get("externalId"))]
    assert [(t["type"], t["externalId"], t["orderId"]) for t in mine] == [
        (orders.SALE, cid, order_id)
    ]  # one sale, and no offset undoing a second one
    assert mine[0]["id"] == done.transaction_id
    assert Decimal(str(mine[0]["amount"])) == Decimal(order.total_minor).scaleb(-2)
    [kiosk_order] = [o for o in stack.docs("orders") if o["id"] == order_id]
    assert kiosk_order["status"] == orders.ORDER_COMPLETED
    assert Decimal(kiosk_order["balance"]) == 0
    assert completions == [order_id]  # completed once
    [pi] = [p for p in stack.intents() if p["metadata"].get("checkout_id") == cid]
    assert pi["status"] == "succeeded" and pi["amount_received"] == order.total_minor
    assert captures == [pi["id"]]  # captured once
