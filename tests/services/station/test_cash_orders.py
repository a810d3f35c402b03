"""The station's cash orders list (F11): today's sales with their cash refunds, read without the
journal's history (the list of a busy year costs what the list of a first day costs), the same
rows as the whole-journal read it replaced, damaged rows skipped and logged, details and refund
plans for every sale it shows."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

import pytest

from kiosk.domain.cart import Cart, CartLine
from kiosk.domain.checkout import Step
from kiosk.domain.pricing import TaxRate, price_cart
from kiosk.services import orders
from kiosk.services.journal import Journal
from kiosk.services.refunds import RefundEntry, RefundJournal, RefundMethod, RefundStep
from kiosk.services.refunds.service import RefundService
from kiosk.services.staff.desk import OrderRow
from kiosk.services.station.cash import COUNTER_FLAG, CashSales
from kiosk.services.station.cash_orders import CashOrders

NOON = datetime(2026, 12, 1, 12, 0).timestamp()  # local time: "today" is 1 December
DAY_S = 86_400.0
RATES = {"standard": TaxRate("standard", Decimal(20), True)}
TOTALS = price_cart(
    Cart(
        "EUR",
        (
            CartLine("p1:v1", "p1", "v1", "Flat white", 380, 2, (), "standard"),
            CartLine("p2:v2", "p2", "v2", "Croissant", 300, 1, (), "standard"),
        ),
    ),
    RATES,
    "standard",
)


@dataclass
class Till:
    """A cash journal and a refund journal on a clock the test moves, and the list over them."""

    cash: Journal
    refunds: RefundJournal
    listing: CashOrders
    now: list[float]
    sold: int = 0

    def sell(
        self,
        at: float,
        *,
        step: Step = Step.COMPLETED,
        display: dict[str, Any] | None = None,
    ) -> str:
        self.now[0] = at
        sid = uuid.uuid4().hex

        def body(seq: int) -> tuple[str, str, dict[str, object]]:
            made = orders.order_create(
                TOTALS,
                checkout_id=sid,
                receipt_id=f"TILL-{seq:06d}",
                order_number=f"S{seq:03d}",
                session_id="s1",
                kiosk_name="Till 2",
            )
            return f"S{seq:03d}", f"TILL-{seq:06d}", made.to_wire()

        self.cash.create(
            checkout_id=sid,
            currency="EUR",
            amount_minor=TOTALS.total_minor,
            session_id="s1",
            order_body=body,
            display={"tendered_minor": TOTALS.total_minor} if display is None else display,
        )
        self.sold += 1
        self.cash.record(sid, step, order_id=f"o-{sid}", transaction_id=f"t-{sid}")
        self.now[0] = NOON
        return sid

    def refund(
        self,
        sid: str,
        amount_minor: int,
        *,
        method: RefundMethod = RefundMethod.CASH,
        step: RefundStep = RefundStep.COMPLETED,
    ) -> None:
        entry = self.cash.get(sid)
        self.refunds.create(
            RefundEntry(
                refund_id=uuid.uuid4().hex,
                checkout_id=sid,
                order_id=entry.order_id or "",
                order_number=entry.order_number,
                intent_id="",
                sale_transaction_id=entry.transaction_id,
                session_id="s1",
                currency="EUR",
                amount_minor=amount_minor,
                reason="requested_by_customer",
                note="",
                refunded_by="Maria",
                lines=(),
                step=step,
                created_at=self.now[0],
                updated_at=self.now[0],
                refunded_before_minor=0,
                method=method,
            )
        )


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    now = [NOON]
    cash = Journal.open(tmp_path / "station-cash", clock=lambda: now[0])
    refunds = RefundJournal.in_dir(tmp_path, clock=lambda: now[0])
    card = Journal.open(tmp_path / "card")
    service = RefundService(
        finalpos=cast(Any, object()),  # listing, details and plans do no I/O
        gateway=cast(Any, object()),
        checkouts=card,
        journal=refunds,
        session=cast(Any, object()),
        cash_checkouts=cash,
    )
    drawer = cast(CashSales, type("Drawer", (), {"journal": cash})())
    try:
        yield Till(
            cash, refunds, CashOrders(cash=drawer, refunds=service, clock=lambda: now[0]), now
        )
    finally:
        for journal in (cash, refunds, card):
            journal.close()


def whole_journal_list(till: Till, query: str = "") -> list[OrderRow]:
    """The list as it was built before: every journaled sale and refund, filtered in Python."""
    since = datetime.fromtimestamp(till.now[0]).replace(hour=0, minute=0, second=0).timestamp()
    needle = query.strip().upper()
    refunded: dict[str, int] = {}
    for r in till.refunds.all():
        if r.method is RefundMethod.CASH and r.step is not RefundStep.REJECTED:
            refunded[r.order_id] = refunded.get(r.order_id, 0) + r.amount_minor
    rows = [
        OrderRow(
            checkout_id=e.checkout_id,
            order_id=e.order_id,
            order_number=e.order_number,
            created_at=e.created_at,
            total_minor=e.amount_minor,
            currency=e.currency,
            status=e.step.value,
            refunded_minor=refunded.get(e.order_id or "", 0),
        )
        for e in till.cash.all()
        if e.created_at >= since
        and e.step is not Step.VOID
        and not e.display.get(COUNTER_FLAG)
        and needle in e.order_number.upper()
    ]
    return sorted(rows, key=lambda r: r.created_at, reverse=True)


def a_day(till: Till) -> dict[str, str]:
    """Yesterday's late sale, and today's: paid, refunded in part and in whole, a rejected
    cash refund, a card refund, a voided attempt, a kiosk order paid at the counter."""
    midnight = NOON - 12 * 3600
    sales = {
        "yesterday": till.sell(midnight - 60),
        "first": till.sell(midnight + 1),
        "part": till.sell(midnight + 3600),
        "whole": till.sell(midnight + 7200),
        "rejected": till.sell(midnight + 7300),
        "void": till.sell(midnight + 8000, step=Step.VOID),
        "counter": till.sell(midnight + 9000, display={COUNTER_FLAG: True}),
        "last": till.sell(NOON - 5),
    }
    till.refund(sales["yesterday"], 100)
    till.refund(sales["part"], 300)
    till.refund(sales["part"], 80)
    till.refund(sales["whole"], TOTALS.total_minor)
    till.refund(sales["rejected"], 500, step=RefundStep.REJECTED)
    till.refund(sales["last"], 200, method=RefundMethod.CARD)
    return sales


def test_the_list_shows_todays_sales_with_their_cash_refunds_as_before(till: Till) -> None:
    sales = a_day(till)
    rows = till.listing.orders_today()
    assert rows == whole_journal_list(till)
    by_id = {r.checkout_id: r for r in rows}
    assert [r.checkout_id for r in rows] == [
        sales[k] for k in ("last", "rejected", "whole", "part", "first")
    ]  # newest first; yesterday's, the void and the counter order are not listed
    assert by_id[sales["part"]].refunded_minor == 380
    assert by_id[sales["whole"]].refunded_minor == TOTALS.total_minor
    assert by_id[sales["rejected"]].refunded_minor == 0
    assert by_id[sales["last"]].refunded_minor == 0  # a card refund is not cash back
    assert {r.status for r in rows} == {"completed"}
    for query in ("", "s00", " S002 ", "S0", "zz"):
        assert till.listing.orders_today(query) == whole_journal_list(till, query), query
    assert [r.order_number for r in till.listing.orders_today("s003")] == ["S003"]


def test_a_sale_the_list_shows_opens_and_plans_its_refund(till: Till) -> None:
    sales = a_day(till)
    for row in till.listing.orders_today():
        detail = till.listing.detail(row.checkout_id)
        assert detail is not None
        assert detail.row.order_number == row.order_number
        if row.checkout_id != sales["last"]:  # the detail counts its card refund too
            assert detail.row.refunded_minor == row.refunded_minor
        assert [line.name for line in detail.lines] == ["Flat white", "Croissant"]
    part = till.listing.detail(sales["part"])
    assert part is not None and part.refundable_minor == TOTALS.total_minor - 380
    assert len(part.refunds) == 2
    assert till.listing.refund_amount(sales["first"], {1: 1}) == 300  # one croissant
    assert till.listing.refund_amount(sales["first"], None) == TOTALS.total_minor
    assert till.listing.detail(sales["counter"]) is None  # Final POS refunds a kiosk's order


def _count_vm_steps(till: Till) -> list[int]:
    """SQLite virtual-machine steps on both journals' connections: a full scan costs steps
    per row of history, an index seek does not (a count, not a timing)."""
    steps = [0]

    def step() -> int:
        steps[0] += 1
        return 0

    for db in (till.cash._db, till.refunds._db):
        db.set_progress_handler(step, 1)
    return steps


def test_old_history_is_not_read(till: Till) -> None:
    """A thousand sales of earlier days (and their refunds) change neither the list nor the
    rows and steps it takes to build it."""
    today = a_day(till)
    read: list[int] = []
    store = till.cash._store
    store_read = store.read

    def counting_read(sql: str, params: Any = ()) -> list[sqlite3.Row]:
        rows = store_read(sql, params)
        read.append(len(rows))
        return rows

    store.read = counting_read  # type: ignore[method-assign]
    before = till.listing.orders_today()
    searched = till.listing.orders_today("S00")
    rows_before = sum(read)
    # today's seven sales (yesterday's is not read), once: the search on an unchanged
    # journal reads none again (one row is the journal's change count, asked per call)
    assert rows_before == 7 + 2, read
    till.cash.set_meta("test.touch", "1")  # a change: the next list reads the day again
    steps = _count_vm_steps(till)
    till.listing.orders_today()
    steps_before = steps[0]

    for n in range(1000):  # ten earlier days of a hundred sales, every tenth refunded
        old = till.sell(NOON - DAY_S * (1 + n // 100) - n)
        if n % 10 == 0:
            till.refund(old, 100)
    read.clear()
    after = till.listing.orders_today()
    searched_after = till.listing.orders_today("S00")
    assert sum(read) == rows_before  # only today's rows came back from the journal
    assert len(till.cash.all()) == len(today) + 1000
    assert after == before == whole_journal_list(till)
    assert searched_after == searched == whole_journal_list(till, "S00")
    till.cash.set_meta("test.touch", "2")
    steps[0] = 0
    till.listing.orders_today()
    # the index seek's depth grows with the log of the history: a few steps, not thousands
    assert steps[0] <= steps_before + 50, (steps_before, steps[0])


def _plans(db: sqlite3.Connection, read: Any) -> list[str]:
    """The query plans of the statements `read()` runs on `db` (as SQLite traced them)."""
    statements: list[str] = []
    db.set_trace_callback(statements.append)
    try:
        read()
    finally:
        db.set_trace_callback(None)
    assert statements
    return [
        str(row[-1])
        for sql in statements
        for row in db.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
    ]


def test_the_day_read_seeks_the_indexes(till: Till) -> None:
    a_day(till)
    plans = _plans(till.cash._db, lambda: till.cash.summaries_since(NOON))
    assert any("USING INDEX checkouts_created" in p for p in plans), plans
    assert not any(p.startswith("SCAN checkouts") for p in plans), plans
    plans = _plans(till.refunds._db, lambda: till.refunds.for_orders({"o-1", "o-2"}))
    assert any("USING INDEX refunds_order" in p for p in plans), plans
    assert not any(p.startswith("SCAN refunds") for p in plans), plans


def test_a_journal_written_before_the_index_gets_it_on_open(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        journal._db.execute("DROP INDEX checkouts_created")
    with Journal(tmp_path / "j.sqlite3") as journal:
        names = {
            str(row[0])
            for row in journal._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
    assert "checkouts_created" in names


def test_a_damaged_sale_is_skipped_and_logged(till: Till, caplog: pytest.LogCaptureFixture) -> None:
    sales = a_day(till)
    expected = [r for r in whole_journal_list(till) if r.checkout_id != sales["part"]]
    till.cash._db.execute(
        "UPDATE checkouts SET step = 'teleported' WHERE checkout_id = ?", (sales["part"],)
    )
    caplog.set_level(logging.WARNING, logger="kiosk.services.journal")
    assert till.listing.orders_today() == expected
    assert till.listing.orders_today() == expected  # and stays skipped
    warned = [r.getMessage() for r in caplog.records if sales["part"] in r.getMessage()]
    assert len(warned) == 1 and "teleported" in warned[0], warned
    assert [q.checkout_id for q in till.cash.quarantined()] == [sales["part"]]
    assert till.listing.detail(sales["part"]) is None
