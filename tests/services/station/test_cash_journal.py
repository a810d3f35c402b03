"""The cash drawer journal: rebuilt from Final POS when it was lost or damaged (no sale
recorded twice, none left half-done), and named with its path by `kiosk check`."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from kiosk.admin.check_journal import check_cash_journal
from kiosk.admin.check_report import Report
from kiosk.domain.checkout import Step
from kiosk.domain.pricing import TaxRate
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.services import orders
from kiosk.services.journal import JOURNAL_FILE
from kiosk.services.receipt_ids import receipt_id
from kiosk.services.station.cash import CashSales
from kiosk.services.station.counter import PAY_AT_COUNTER, PAY_AT_KEY, counter_sale_id
from kiosk.services.station.discounts import Discounts, price_discounted
from tests.services.harness import Services, Stack, cart, running_stack
from tests.staff.refund_harness import build_refunds

RATES = {"standard": TaxRate("standard", Decimal(20), True)}


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


@dataclass
class Rig:
    services: Services
    data: Path
    session_id: str

    def cash(self, stack: Stack, name: str = "Till 2") -> CashSales:
        return CashSales(
            finalpos=self.services.finalpos,
            session=self.services.session,
            journal=CashSales.journal_in(self.data),
            currency="EUR",
            station_name=name,
            outlet_id=stack.config.outlet_id,
            post_quiet_s=11.0,
        )


@pytest.fixture
async def rig(stack: Stack, tmp_path: Path) -> AsyncIterator[Rig]:
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    async with build_refunds(stack.config, tmp_path / "kiosk") as built:
        s = built.services
        yield Rig(s, tmp_path / "station", await s.session.ensure_open_async())


def damage(data: Path) -> Path:
    path = CashSales.journal_dir(data) / JOURNAL_FILE
    path.write_bytes(b"this is not a database" * 100)
    return path


async def posted_order(rig: Rig, index: int, *, counter: bool = False) -> tuple[str, str, int]:
    """An order as `CashSales` (or a kiosk, for `counter`) posts it: (sale id, order id, total)."""
    totals = price_discounted(cart(index), Discounts.none(), RATES, "standard")
    sid = uuid.uuid4().hex
    body = orders.order_create(
        totals,
        checkout_id=sid,
        receipt_id=(f"KIOSK1-{index:06d}-" if counter else f"TILL2-{index:06d}-") + sid[:6].upper(),
        order_number=f"S{index:03d}",
        session_id=rig.session_id,
        kiosk_name="Kiosk 1" if counter else "Till 2",
    )
    if counter:
        body = body.model_copy(
            update={
                "metadata": [
                    *(body.metadata or []),
                    m.Metadata(key=PAY_AT_KEY, value=PAY_AT_COUNTER),
                ],
                "pos_data": {**(body.pos_data or {}), PAY_AT_KEY: PAY_AT_COUNTER},
            }
        )
    created = await rig.services.finalpos.create_order(body)
    return sid, created.id, totals.total_minor


async def cash_sale(rig: Rig, sid: str, order_id: str, total: int) -> None:
    await rig.services.finalpos.create_transaction(
        m.TransactionCreate(
            external_id=sid,
            payment_method=orders.CASH,
            amount=from_minor(total, "EUR"),
            currency="EUR",
            type=orders.SALE,
            balance=from_minor(0, "EUR"),
            session_id=rig.session_id,
            order_id=order_id,
            receipt_id="TILL2",
        )
    )


def lost_sale_order(rig: Rig, cash: CashSales, index: int) -> m.OrderCreate:
    """The order a cash sale of `cash` posts before it takes the money, with its own receipt id."""
    totals = price_discounted(cart(index), Discounts.none(), RATES, "standard")
    sid = uuid.uuid4().hex
    return orders.order_create(
        totals,
        checkout_id=sid,
        receipt_id=receipt_id(cash._tag(), index, sid),
        order_number=f"S{index:03d}",
        session_id=rig.session_id,
        kiosk_name=cash._name,
    )


def sales(stack: Stack, order_id: str) -> list[dict[str, object]]:
    return [
        t
        for t in stack.docs("transactions")
        if t.get("orderId") == order_id and t.get("type") == "sale"
    ]


def status(stack: Stack, order_id: str) -> str:
    return str(next(o for o in stack.docs("orders") if o["id"] == order_id)["status"])


async def test_a_damaged_cash_journal_is_rebuilt_and_every_sale_finished_once(
    stack: Stack, rig: Rig
) -> None:
    first = rig.cash(stack)
    first.journal.close()
    # What Final POS holds after the station died with its journal: a cash sale's order
    # without its cash transaction, one with it but not completed, and a kiosk order paid
    # at the counter whose sale was recorded but not completed.
    no_sale = await posted_order(rig, 1)
    with_sale = await posted_order(rig, 2)
    await cash_sale(rig, *with_sale)
    kiosk_sid, kiosk_order, kiosk_total = await posted_order(rig, 3, counter=True)
    await cash_sale(rig, counter_sale_id(kiosk_order), kiosk_order, kiosk_total)
    someone_elses = await posted_order(rig, 4, counter=True)  # not paid: left waiting
    damage(rig.data)
    cash = rig.cash(stack)  # the damaged file is moved aside, a rebuild is flagged
    try:
        assert cash.journal.rebuild_needed()
        assert [p.name for p in CashSales.journal_dir(rig.data).iterdir() if "corrupt" in p.name]
        assert await cash.finish_all_async() == 0
        assert cash.journal.rebuild_needed() is None
        for _sid, order_id, total in (no_sale, with_sale, (kiosk_sid, kiosk_order, kiosk_total)):
            assert status(stack, order_id) == orders.ORDER_COMPLETED
            [sale] = sales(stack, order_id)
            assert Decimal(str(sale["amount"])) == Decimal(total).scaleb(-2)
        assert status(stack, someone_elses[1]) == orders.ORDER_PENDING
        assert sales(stack, someone_elses[1]) == []
        assert cash.journal.get(no_sale[0]).step is Step.COMPLETED
        # A second pass (or a second rebuild) changes nothing.
        assert await cash.finish_all_async() == 0
        assert [len(sales(stack, o)) for _s, o, _t in (no_sale, with_sale)] == [1, 1]
    finally:
        cash.journal.close()


@pytest.mark.parametrize("name", ["Till 2", "***"])
async def test_a_lost_journal_finds_the_stations_own_sales_whatever_its_name(
    stack: Stack, rig: Rig, name: str
) -> None:
    """The rebuild looks for the receipt ids this station writes, also for a name without
    letters (its tag is then STATION, never a kiosk's KIOSK)."""
    first = rig.cash(stack, name)
    body = lost_sale_order(rig, first, 7)
    first.journal.close()
    order = await rig.services.finalpos.create_order(body)
    damage(rig.data)
    cash = rig.cash(stack, name)
    try:
        assert await cash.finish_all_async() == 0
        assert status(stack, order.id) == orders.ORDER_COMPLETED
        assert len(sales(stack, order.id)) == 1
    finally:
        cash.journal.close()


def test_kiosk_check_names_the_cash_journal_and_the_fix(tmp_path: Path) -> None:
    report = Report()
    check_cash_journal(report, tmp_path)
    assert report.checks == []  # not a station: nothing to say
    CashSales.journal_in(tmp_path).close()
    check_cash_journal(report, tmp_path)
    [healthy] = report.checks
    assert healthy.ok and "0 unfinished cash sale(s)" in healthy.detail
    path = damage(tmp_path)
    report = Report()
    check_cash_journal(report, tmp_path)
    [broken] = report.checks
    assert not broken.ok and broken.name == "cash journal"
    assert str(path) in broken.detail
    assert "restart the station" in broken.fix and path.name in broken.fix
