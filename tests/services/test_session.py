"""The till session: open, resume (checked by GET), close with the card total."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from kiosk.finalpos import models as m
from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.orders import ORDER_COMPLETED
from kiosk.services.session import SESSION_KEY
from tests.services.harness import Services, Stack, build_services, cart


def _station(stack: Stack) -> dict:
    [station] = [s for s in stack.docs("stations") if s["id"] == stack.config.station_id]
    return station


async def test_open_resume_and_close(stack: Stack, services: Services, tmp_path: Path) -> None:
    session_id = await services.session.ensure_open_async()
    [doc] = [s for s in stack.docs("sessions") if s["id"] == session_id]
    assert doc["stationId"] == stack.config.station_id
    assert doc["openedBy"] == "Kiosk 1" and doc["openingAmount"] == "0.00"
    assert doc["notes"] == [] and doc.get("openingNote") and not doc.get("closeTime")
    assert _station(stack)["status"] == "IN_USE"

    # Same process: no second session; a restarted kiosk resumes it from the journal.
    assert await services.session.ensure_open_async() == session_id
    async with build_services(stack.config, tmp_path / "kiosk") as restarted:
        assert await restarted.session.ensure_open_async() == session_id

    paid = []
    for index in range(2):
        pending = await services.checkout.begin_async(cart(index))
        result = await services.checkout.pay_async(pending.checkout_id)
        assert result.outcome is CheckoutOutcome.PAID
        paid.append(pending.totals.total_minor)

    # An order Final POS holds without a tax breakdown (made elsewhere): its taxes still count.
    await services.finalpos.create_order(
        m.OrderCreate(
            receipt_id="BACKOFFICE-1",
            source="backoffice",
            balance=Decimal(0),
            status=ORDER_COMPLETED,
            session_id=session_id,
            currency="EUR",
            summary=m.OrderSummary(
                total=Decimal("2.20"),
                sub_total=Decimal("2.20"),
                total_taxes=Decimal("0.20"),
                discount_total=Decimal(0),
                shipping_total=Decimal(0),
                is_tax_inclusive=True,
            ),
        )
    )

    # The sales post after PAID; closing waits for them (as the staff desk and the till do).
    assert await services.checkout.wait_books_async()
    closed = await services.session.close_async(closed_by="Sam")
    assert closed.close_time is not None and closed.closed_by == "Sam"
    [doc] = [s for s in stack.docs("sessions") if s["id"] == session_id]
    assert doc["closingAmounts"]["card"] == f"{sum(paid) / 100:.2f}"
    report = json.loads(doc["closingReportData"])
    assert report["orderCount"] == 3
    assert report["gross"] == f"{(sum(paid) + 220) / 100:.2f}"
    # Per rate: the carts' standard (20 %) and reduced (10 %) lines, then the order without a
    # breakdown at an unknown rate; the rows add up to the taxes.
    by_rate = report["taxesByRate"]
    assert [(r["name"], r["rate"]) for r in by_rate] == [
        ("reduced", "10"),
        ("standard", "20"),
        (None, None),
    ]
    assert by_rate[-1]["amount"] == "0.20"
    assert sum(Decimal(r["amount"]) for r in by_rate) == Decimal(report["taxes"]) > Decimal("0.20")
    assert report["paymentMethods"] == {"credit_card": f"{sum(paid) / 100:.2f}"}
    assert _station(stack)["status"] == "AVAILABLE"
    assert services.journal.get_meta(SESSION_KEY) is None

    # After closing, the next order opens a new session with a new number.
    again = await services.session.ensure_open_async()
    assert again != session_id
    numbers = {s["sessionNumber"] for s in stack.docs("sessions")}
    assert len(numbers) == len(stack.docs("sessions"))


async def test_a_session_closed_elsewhere_is_replaced(
    stack: Stack, services: Services, tmp_path: Path
) -> None:
    session_id = await services.session.ensure_open_async()
    store = stack.finalpos.finalpos_store
    company = stack.finalpos.finalpos_company_id
    doc = store.get(company, "sessions", session_id)
    assert doc is not None
    doc["closeTime"] = "2026-01-01T00:00:00.000Z"
    store.replace(company, "sessions", doc)
    async with build_services(stack.config, tmp_path / "kiosk") as restarted:
        assert await restarted.session.ensure_open_async() != session_id
