"""Settling's completing PUT (`SettleCompletion._put_completed`) when the order changes
between two of its attempts.

The card was charged and the sale recorded; the first "PUT order completed" is refused (not
applied) and staff cancels the order in the back office before the retry. A blind retry
would overwrite that cancel (the module rule: a cancelled order is never overwritten): the
retry reads the order first, and the checkout goes to staff (refund, or reinstate it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos.errors import UnavailableError
from kiosk.services import orders
from kiosk.services.checkout import CheckoutOutcome
from tests.services.counter_watch_harness import status
from tests.services.harness import Services, Stack, build_services, cart, running_stack


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@pytest.fixture
async def kiosk(stack: Stack, tmp_path: Path) -> AsyncIterator[Services]:
    async with build_services(stack.config, tmp_path / "kiosk") as s:
        yield s


async def test_an_order_cancelled_before_the_retried_completion_is_not_overwritten(
    stack: Stack, kiosk: Services
) -> None:
    await kiosk.session.ensure_open_async()
    pending = await kiosk.checkout.begin_async(cart(1))
    cid = pending.checkout_id
    order_id = kiosk.journal.get(cid).order_id
    assert order_id is not None
    update = kiosk.finalpos.update_order
    completions: list[str] = []

    async def put(oid: str, change: Any) -> Any:
        if oid == order_id and change.status == orders.ORDER_COMPLETED:
            completions.append(oid)
            if len(completions) == 1:
                await update(oid, orders.order_cancelled())  # staff, in the back office
                raise UnavailableError("connection refused")  # certainly not applied
        return await update(oid, change)

    kiosk.finalpos.update_order = put  # type: ignore[method-assign]
    result = await kiosk.checkout.pay_async(cid)
    assert result.outcome is CheckoutOutcome.PAID  # the card was charged
    assert await kiosk.checkout.wait_books_async(cid)
    assert status(stack, order_id) == orders.ORDER_CANCELLED
    assert completions == [order_id]  # the refused one, never repeated
    report = await kiosk.recovery.recover_async()
    entry = kiosk.journal.get(cid)
    assert entry.step is not Step.COMPLETED and entry.transaction_id is not None
    [item] = report.attention
    assert item.checkout_id == cid and "refund" in item.reason
    assert status(stack, order_id) == orders.ORDER_CANCELLED
