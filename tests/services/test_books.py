"""The customer waits only for the card: PAID right after the capture, the books after it.

Between the reader's approval and PAID the capture is the only request; the sale and the
order completion then land exactly once in the background, or, when that attempt fails or
the process dies, through recovery (a new service on the same journal).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kiosk.domain.checkout import Boundary, Step
from kiosk.domain.receipt import StoreInfo
from kiosk.sandbox.http import FaultInjector
from kiosk.services.checkout import CheckoutOutcome, ResultCode
from kiosk.services.receipts import ReceiptSettings
from kiosk.services.receipts.service import ReceiptService
from tests.services.harness import (
    RATES,
    Services,
    Stack,
    build_services,
    cart,
    check_invariants,
)


class Crash(BaseException):
    """The power going off inside the background finish."""


@contextmanager
def requests_seen(*injectors: FaultInjector) -> Iterator[list[str]]:
    """Every request the sandboxes behind `injectors` receive, as "METHOD path"."""
    seen: list[str] = []
    originals = [injector.app for injector in injectors]

    def counting(app: Any) -> Any:
        async def wrapped(scope: Any, receive: Any, send: Any) -> None:
            if scope["type"] == "http":
                seen.append(f"{scope['method']} {scope['path']}")
            await app(scope, receive, send)

        return wrapped

    for injector, app in zip(injectors, originals, strict=True):
        injector.app = counting(app)
    try:
        yield seen
    finally:
        for injector, app in zip(injectors, originals, strict=True):
            injector.app = app


def sales_of(stack: Stack, cid: str) -> list[dict[str, Any]]:
    return [t for t in stack.docs("transactions") if t.get("externalId") == cid]


def order_of(stack: Stack, cid: str) -> dict[str, Any]:
    [order] = [o for o in stack.docs("orders") if o.get("externalId") == cid]
    return order


async def recover_until_clean(services: Services, passes: int = 40) -> None:
    for _ in range(passes):
        if (await services.recovery.recover_async()).clean:
            return
    raise AssertionError("recovery did not finish")


async def test_between_approval_and_paid_the_capture_is_the_only_request(
    stack: Stack, tmp_path: Path
) -> None:
    faults = (stack.finalpos.finalpos_faults, stack.stripe_faults)
    window: dict[str, list[str]] = {}
    with requests_seen(*faults) as seen:

        def hook(point: Boundary) -> None:
            if point is Boundary.APPROVED:
                window["start"] = list(seen)

        async with build_services(stack.config, tmp_path, hook=hook) as built:
            pending = await built.checkout.begin_async(cart())
            result = await built.checkout.pay_async(pending.checkout_id)
            after = seen[len(window["start"]) :]
            assert result.code is ResultCode.PAID
            assert await built.checkout.wait_books_async(pending.checkout_id)
            intent_id = built.journal.get(pending.checkout_id).intent_id
    assert after == [f"POST /v1/payment_intents/{intent_id}/capture"]
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_an_order_cancelled_while_the_customer_finds_the_card_is_not_captured(
    stack: Stack, tmp_path: Path
) -> None:
    """The order is read again while the reader waits (every second), not only once."""
    stack.reader_mode(auto_present_after_s=2.5)  # a customer slow to tap
    holder: dict[str, str] = {}

    def cancel_order() -> None:
        store, company = stack.finalpos.finalpos_store, stack.finalpos.finalpos_company_id
        order = order_of(stack, holder["cid"])
        store.replace(company, "orders", {**order, "status": "cancelled"})

    def hook(point: Boundary) -> None:
        if point is Boundary.READER_PROCESSING:  # the first read follows at once
            asyncio.get_running_loop().call_later(0.2, cancel_order)

    async with build_services(stack.config, tmp_path, hook=hook) as built:
        pending = await built.checkout.begin_async(cart())
        holder["cid"] = pending.checkout_id
        result = await built.checkout.pay_async(pending.checkout_id)
        assert result.code is ResultCode.NEEDS_STAFF
        assert built.journal.get(pending.checkout_id).step is Step.CANCELED
    [pi] = [p for p in stack.intents() if p["metadata"].get("checkout_id") == pending.checkout_id]
    assert pi["status"] == "canceled"  # the authorisation was voided, nothing taken
    assert sales_of(stack, pending.checkout_id) == []


async def test_books_that_fail_in_the_background_are_finished_by_recovery_once(
    stack: Stack, services: Services
) -> None:
    await services.session.ensure_open_async()
    # Final POS refuses every sale (503, certainly not applied) while the customer pays.
    stack.finalpos.finalpos_faults.configure(
        error_rate=1.0, methods=["POST"], path_prefix="/v1/api/transactions"
    )
    pending = await services.checkout.begin_async(cart())
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.PAID  # the customer is not kept waiting
    assert await services.checkout.wait_books_async(pending.checkout_id)
    cid = pending.checkout_id
    entry = services.journal.get(cid)
    assert entry.step is Step.TRANSACTION_POSTING and entry.last_error
    assert stack.finalpos.finalpos_faults.stats.errors >= 2  # retried, then left to recovery
    assert sales_of(stack, cid) == [] and order_of(stack, cid)["status"] == "pending"
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    services.checkout.lease_s = 0.0
    await recover_until_clean(services)
    assert services.journal.get(cid).step is Step.COMPLETED
    assert len(sales_of(stack, cid)) == 1 and order_of(stack, cid)["status"] == "completed"
    report = check_invariants(stack, [cid])
    assert report.violations == [] and (report.completed, report.sales) == (1, 1)


async def test_recovery_leaves_a_checkout_alone_while_its_books_are_pending(
    stack: Stack, tmp_path: Path
) -> None:
    async with build_services(stack.config, tmp_path, lease_s=0.0) as built:
        pending = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(pending.checkout_id)
        assert result.code is ResultCode.PAID
        # The books are scheduled, not started: recovery must not settle it alongside.
        assert built.checkout.busy(pending.checkout_id)
        report = await built.recovery.recover_async()
        assert report.skipped == [pending.checkout_id] and report.completed == []
        assert await built.checkout.wait_books_async()
        assert built.journal.get(pending.checkout_id).step is Step.COMPLETED
    assert len(sales_of(stack, pending.checkout_id)) == 1
    assert check_invariants(stack, [pending.checkout_id]).violations == []


async def test_a_process_dying_in_the_books_is_finished_by_a_new_service_once(
    stack: Stack, tmp_path: Path
) -> None:
    def crash(point: Boundary) -> None:
        if point is Boundary.TRANSACTION_POSTED:
            raise Crash(point.value)

    async with build_services(stack.config, tmp_path, hook=crash) as dying:
        pending = await dying.checkout.begin_async(cart())
        assert (await dying.checkout.pay_async(pending.checkout_id)).code is ResultCode.PAID
        try:
            await dying.checkout.wait_books_async(pending.checkout_id)
        except Crash:
            pass
        else:
            raise AssertionError("the books did not reach the sale")
    cid = pending.checkout_id
    [sale] = sales_of(stack, cid)  # posted, its id never journaled
    async with build_services(stack.config, tmp_path, lease_s=0.0) as restarted:
        assert restarted.journal.get(cid).step is Step.TRANSACTION_POSTING
        await recover_until_clean(restarted)
        entry = restarted.journal.get(cid)
        assert entry.step is Step.COMPLETED and entry.transaction_id == sale["id"]
    assert [t["id"] for t in sales_of(stack, cid)] == [sale["id"]]  # found, not posted again
    assert order_of(stack, cid)["status"] == "completed"
    assert check_invariants(stack, [cid]).violations == []


async def test_the_receipt_needs_only_the_capture(stack: Stack, tmp_path: Path) -> None:
    """At PAID the sale is not in Final POS yet: the receipt, with the card, is ready anyway."""
    async with build_services(stack.config, tmp_path) as built:
        service = ReceiptService(
            ReceiptSettings(),
            journal=built.journal,
            store=StoreInfo("Harbour Street Café"),
            gateway=built.gateway,
            rates=RATES,
        )
        pending = await built.checkout.begin_async(cart())
        assert (await built.checkout.pay_async(pending.checkout_id)).code is ResultCode.PAID
        assert sales_of(stack, pending.checkout_id) == []  # the books have not run yet
        receipt = await service.receipt_async(pending.checkout_id)
        assert receipt.payment is not None and receipt.payment.last4
        assert receipt.order_number == pending.order_number
        assert await built.checkout.wait_books_async()
        await service.stop_async()
