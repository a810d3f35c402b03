"""The closing report's refund taxes per rate, on the real services over both sandboxes.

A session with cash sales in two rates, a kiosk cash refund (its body now carries
``summary.taxes``), refunds made elsewhere (Final POS's back office) with only
``summary.taxes`` and with no breakdown at all, and one of another session: the report's
``refundTaxesByRate`` holds this session's refunds per rate, adding up to ``refundTaxes``, and
reads back with the net per rate. When Final POS cannot list the refunds the till still
closes, and the report says the refunds' taxes are missing (``refundTaxesUnlisted``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain.money import to_minor
from kiosk.domain.pricing import TaxRate
from kiosk.finalpos import models as m
from kiosk.services.refunds import RefundJournal, RefundOutcome, RefundService
from kiosk.services.report_taxes import REFUND_TAXES_UNLISTED
from kiosk.services.staff.closing import RateTaxes, report_from_session
from kiosk.services.station.cash import CashOutcome, CashSales
from kiosk.services.station.discounts import Discounts, price_discounted
from tests.services.harness import Services, Stack, build_services, cart, running_stack

RATES = {
    "standard": TaxRate("standard", Decimal(20), True),
    "reduced": TaxRate("reduced", Decimal(10), True),
}


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@dataclass
class Till:
    services: Services
    cash: CashSales
    refunds: RefundService


@pytest.fixture
async def till(stack: Stack, tmp_path: Path) -> AsyncIterator[Till]:
    data = tmp_path / "station"
    async with build_services(stack.config, data) as s:
        cash = CashSales(
            finalpos=s.finalpos,
            session=s.session,
            journal=CashSales.journal_in(data),
            currency="EUR",
            station_name="Till 2",
            outlet_id=stack.config.outlet_id,
        )
        journal = RefundJournal.in_dir(data)
        refunds = RefundService(
            finalpos=s.finalpos,
            gateway=s.gateway,
            checkouts=s.journal,
            journal=journal,
            session=s.session,
            outlet_id=stack.config.outlet_id,
            cash_checkouts=cash.journal,
        )
        try:
            yield Till(s, cash, refunds)
        finally:
            journal.close()
            cash.journal.close()


async def cash_sale(t: Till, index: int) -> tuple[str, str]:
    totals = price_discounted(cart(index), Discounts.none(), RATES, "standard")
    paid = await t.cash.sell_async(totals, totals.total_minor, employee="Ana")
    assert paid.outcome is CashOutcome.PAID and paid.sale_id and paid.order_id
    return paid.sale_id, paid.order_id


def elsewhere(
    order_id: str, session_id: str, total_taxes: str, *taxes: tuple[str, int, str]
) -> m.RefundCreate:
    """A refund as Final POS's back office may make it: no line taxes, maybe a summary's."""
    return m.RefundCreate(
        order_id=order_id,
        session_id=session_id,
        currency="EUR",
        reason="back office",
        line_items=[m.LineItem(name="Flat white", quantity=1, total=Decimal("4.00"))],
        summary=m.RefundSummary(
            total=Decimal("4.00"),
            total_taxes=Decimal(total_taxes),
            taxes=[
                m.TaxLine(name=n, percentage=Decimal(p), amount=Decimal(a)) for n, p, a in taxes
            ],
        ),
    )


def minor(value: Any) -> int:
    return to_minor(str(value), "EUR")


async def test_the_report_holds_the_session_refunds_taxes_per_rate(
    stack: Stack, till: Till
) -> None:
    t = till
    session_id = await t.services.session.ensure_open_async()
    await cash_sale(t, 0)
    sale_id, order_id = await cash_sale(t, 1)
    result = await t.refunds.refund_async(sale_id, refunded_by="Maria")
    assert result.outcome is RefundOutcome.REFUNDED

    # Our refund's body carries the refunded lines' taxes per rate, adding up to totalTaxes.
    [ours] = [r for r in stack.docs("refunds") if r.get("orderId") == order_id]
    summary = ours["summary"]
    per_rate = {
        (x["name"], Decimal(str(x["percentage"]))): minor(x["amount"]) for x in summary["taxes"]
    }
    assert set(per_rate) == {("standard", Decimal(20)), ("reduced", Decimal(10))}
    assert sum(per_rate.values()) == minor(summary["totalTaxes"]) > 0

    fp = t.services.finalpos
    await fp.create_refund(elsewhere(order_id, session_id, "0.40", ("standard", 20, "0.40")))
    await fp.create_refund(elsewhere(order_id, session_id, "0.25"))  # no breakdown at all
    await fp.create_refund(elsewhere(order_id, "another-session", "9.00", ("standard", 20, "9.00")))

    await t.services.session.close_async(closed_by="Ana")
    [doc] = [s for s in stack.docs("sessions") if s["id"] == session_id]
    report = json.loads(doc["closingReportData"])
    rows = report["refundTaxesByRate"]
    assert REFUND_TAXES_UNLISTED not in report
    assert rows == [
        {"name": "reduced", "rate": "10", "amount": f"{per_rate['reduced', 10] / 100:.2f}"},
        {
            "name": "standard",
            "rate": "20",
            "amount": f"{(per_rate['standard', 20] + 40) / 100:.2f}",
        },
        {"name": None, "rate": None, "amount": "0.25"},
    ]
    refund_taxes = minor(report["refundTaxes"])
    assert refund_taxes == sum(per_rate.values()) + 40 + 25
    assert sum(minor(r["amount"]) for r in rows) == refund_taxes
    # The refunds' money is unchanged: the transactions (our payout; the others paid nothing).
    assert minor(report["refunds"]) == result.amount_minor

    # Read back: per rate, the sales' taxes less the refunds'.
    closed = report_from_session(m.Session.model_validate(doc), closed_by="Ana", currency="EUR")
    sold = {(r.rate, r.label): r.amount_minor for r in closed.taxes_by_rate}
    assert closed.refund_taxes_minor == refund_taxes and not closed.refund_taxes_unlisted
    assert closed.net_taxes_minor == minor(report["taxes"]) - refund_taxes
    assert closed.net_taxes_by_rate() == (
        RateTaxes("reduced", Decimal(10), sold[Decimal(10), "reduced"] - per_rate["reduced", 10]),
        RateTaxes(
            "standard",
            Decimal(20),
            sold[Decimal(20), "standard"] - per_rate["standard", 20] - 40,
        ),
        RateTaxes("", None, -25),
    )


async def test_refunds_that_cannot_be_listed_never_keep_the_till_from_closing(
    stack: Stack, till: Till, caplog: pytest.LogCaptureFixture
) -> None:
    t = till
    session_id = await t.services.session.ensure_open_async()
    await cash_sale(t, 0)
    faults = stack.finalpos.finalpos_faults
    faults.configure(error_rate=1.0, path_prefix="/v1/api/refunds", methods=["GET"])
    try:
        with caplog.at_level(logging.WARNING, logger="kiosk.services.session"):
            closed = await t.services.session.close_async(closed_by="Ana")
    finally:
        faults.configure(error_rate=0.0, path_prefix="", methods=["GET", "POST", "PUT"])
    assert closed.close_time is not None
    report = json.loads(closed.closing_report_data or "{}")
    assert report["taxesByRate"] and minor(report["taxes"]) > 0
    # No refund taxes rather than wrong ones, and the report says they are missing.
    assert "refundTaxes" not in report and "refundTaxesByRate" not in report
    assert report[REFUND_TAXES_UNLISTED] is True
    assert "refunds could not be listed" in caplog.text
    read = report_from_session(closed, closed_by="Ana", currency="EUR")
    assert read.refund_taxes_unlisted and not read.has_refund_taxes
    assert read.net_taxes_by_rate() == read.taxes_by_rate
    assert session_id not in {s["id"] for s in stack.docs("sessions") if not s.get("closeTime")}
