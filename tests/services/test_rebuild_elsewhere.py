"""A station that lost its journal while taking a card for a kiosk's pay-at-counter order
(`begin_existing_async`): the rebuild finds the checkout by the PaymentIntent's ``till``,
restores it owned elsewhere, and recovery ends it exactly once without ever cancelling the
kiosk's order (before, such a checkout was not adopted: an authorisation lapsed by itself and
a capture without its sale needed a person)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.services import orders
from kiosk.services.checkout_types import owned_elsewhere
from kiosk.services.journal import JOURNAL_FILE, Journal
from kiosk.services.rebuild import kiosk_tag, rebuild_async
from tests.services.harness import Services, Stack, build_services
from tests.services.test_pay_existing import intents_of, kiosk_counter_order, order_doc, sales_of
from tests.services.test_rebuild import _recover
from tests.services.test_recovery import Crash, crash_at

STATION = "Till 2"  # another name than the kiosk's ("Kiosk 1"): another receipt tag

# where the station stops, the step the rebuild restores, and how the order ends
CASES = [
    (Boundary.INTENT_CREATED, Step.INTENT_READY, orders.ORDER_PENDING),  # no card yet
    (Boundary.APPROVED, Step.APPROVED, orders.ORDER_COMPLETED),  # authorised, not captured
    (Boundary.CAPTURED, Step.TRANSACTION_POSTING, orders.ORDER_COMPLETED),  # charged, no sale
    (Boundary.TRANSACTION_POSTED, Step.TRANSACTION_RECORDED, orders.ORDER_COMPLETED),
]


async def _rebuild(services: Services, name: str) -> Step | None:
    report = await rebuild_async(
        services.journal, finalpos=services.finalpos, gateway=services.gateway, kiosk_name=name
    )
    assert report.attention == {}
    [step] = report.restored.values() or [None]
    return step


@pytest.mark.parametrize(("point", "restored", "status"), CASES, ids=lambda c: str(c))
async def test_a_lost_station_journal_gives_the_kiosk_order_back_paid_once_or_untouched(
    stack: Stack, tmp_path: Path, point: Boundary, restored: Step, status: str
) -> None:
    async with build_services(stack.config, tmp_path / "kiosk") as kiosk:
        order = await kiosk_counter_order(kiosk)
    station = tmp_path / "station"
    async with build_services(
        stack.config, station, hook=crash_at(point), kiosk_name=STATION
    ) as crashing:
        with pytest.raises(Crash):
            pending = await crashing.checkout.begin_existing_async(order, employee="Sam")
            await crashing.checkout.pay_async(pending.checkout_id)
            await crashing.checkout.wait_books_async(timeout_s=30.0)
        [entry] = crashing.journal.all()
    [intent] = intents_of(stack, entry.checkout_id)
    assert intent["metadata"]["till"] == kiosk_tag(STATION)

    (station / JOURNAL_FILE).unlink()  # a new disk
    with Journal.open(station) as journal:
        assert journal.rebuild_needed() is not None

    # The kiosk's own rebuild does not take the station's checkout for one of its own.
    async with build_services(stack.config, tmp_path / "kiosk") as kiosk:
        assert await _rebuild(kiosk, "Kiosk 1") is None
        assert not kiosk.journal.checkout_ids() & {entry.checkout_id}

    async with build_services(stack.config, station, lease_s=0.0, kiosk_name=STATION) as again:
        assert await _rebuild(again, STATION) is restored
        rebuilt = again.journal.get(entry.checkout_id)
        assert owned_elsewhere(rebuilt.order_body) and rebuilt.order_id == order.order_id
        assert rebuilt.order_number == order.number  # the customer's number, not a new one
        await _recover(again)
        settled = again.journal.get(entry.checkout_id)
        assert await _rebuild(again, STATION) is None  # a second rebuild changes nothing

    stored = order_doc(stack, order.order_id)
    assert stored["status"] == status  # never cancelled
    [pi] = intents_of(stack, entry.checkout_id)
    if status == orders.ORDER_PENDING:
        assert settled.step in (Step.VOID, Step.CANCELED)
        assert pi["status"] == "canceled" and sales_of(stack, order.order_id) == []
    else:
        assert settled.step is Step.COMPLETED and pi["status"] == "succeeded"
        [sale] = sales_of(stack, order.order_id)
        assert sale["externalId"] == entry.checkout_id
        assert sale["amount"] == stored["summary"]["total"]


async def test_an_authorisation_for_an_order_paid_meanwhile_is_voided(
    stack: Stack, tmp_path: Path
) -> None:
    """The order was paid another way while the station was down (say, in cash after the
    card seemed lost): the hold on the card is released, nothing is captured."""
    async with build_services(stack.config, tmp_path / "kiosk") as kiosk:
        order = await kiosk_counter_order(kiosk)
    station = tmp_path / "station"
    async with build_services(
        stack.config, station, hook=crash_at(Boundary.APPROVED), kiosk_name=STATION
    ) as crashing:
        with pytest.raises(Crash):
            pending = await crashing.checkout.begin_existing_async(order)
            await crashing.checkout.pay_async(pending.checkout_id)
        [entry] = crashing.journal.all()
        await crashing.finalpos.update_order(order.order_id, orders.order_completed("EUR"))
    (station / JOURNAL_FILE).unlink()
    async with build_services(stack.config, station, lease_s=0.0, kiosk_name=STATION) as again:
        assert await _rebuild(again, STATION) is Step.APPROVED
        assert again.journal.get(entry.checkout_id).cancel_requested
        await _recover(again)
        assert again.journal.get(entry.checkout_id).step in (Step.VOID, Step.CANCELED)
    [pi] = intents_of(stack, entry.checkout_id)
    assert pi["status"] == "canceled" and sales_of(stack, order.order_id) == []
    assert order_doc(stack, order.order_id)["status"] == orders.ORDER_COMPLETED
