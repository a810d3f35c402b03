"""Shared by the duplicate watch's tests (`test_counter_watch`, `test_counter_watch_crash`,
`test_watch_late_cancel`): a kiosk on the sandboxes whose pay-at-counter order landed twice,
a station paying in cash, and what Final POS and the journal hold afterwards.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.services import orders
from kiosk.services.station.cash import CashOutcome, CashSales
from kiosk.services.station.counter import counter_order
from tests.services.harness import Services, Stack, build_services, cart

TIMEOUT_S = 0.6  # under QUIET_S; a request slower than this under load ends a test early
QUIET_S = 1.0  # the watch lasts WATCH_QUIET_PERIODS of these: it outlasts every test here
ORDER_POSTS = "/v1/api/order"


class Crash(BaseException):
    """The kiosk dies here (not an Exception: nothing catches it on the way out)."""


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


async def put_read_then_late(
    faults: Any, update: Callable[..., Any], oid: str, change: Any, late_s: float
) -> asyncio.Future[Any]:
    """Start the PUT of `change` to order `oid` so that Final POS reads it now and commits it
    `late_s` later (past the client's deadline); returns once it was read, faults off again.
    The caller cancels or awaits the returned PUT."""
    before = faults.stats.late_commits
    faults.configure(late_commit_rate=1.0, late_commit_s=late_s, methods=["PUT"], path_prefix="")
    try:
        putting = asyncio.ensure_future(update(oid, change))
        await until(lambda: faults.stats.late_commits > before, 10)  # Final POS read it
    finally:
        faults.configure(late_commit_rate=0.0, path_prefix="")
    return putting


async def until(predicate: Callable[[], object], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def recheck(s: Services, cid: str) -> None:
    report = await s.recovery.recover_async()
    assert cid in report.rechecked and report.clean


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


async def recheck_now(s: Services, cid: str) -> None:
    """The watch's next look at `cid` now (recovery's own pass runs it at most once per
    quiet period, which a test would have to sleep out)."""
    assert await s.checkout.recheck_async([cid]) == [cid]
