"""Station orders screen benchmark: listing a busy day's cash sales beside their refunds.

The orders screen (F11) rebuilds its list on every keystroke of its search, from the cash
journal (`CashOrders.orders_today`: today's sales, and the cash refunds of those sales).
Setup (untimed): a cash journal of `--sales` completed sales today (default 2,000, a very busy
day at one till) after `--days` earlier days of history (default none) of `--history-sales`
sales each (default `--sales`), in a temporary directory, every tenth sale refunded in cash in
the refund journal. The list's cost must follow today's sales, not the history.
Timed, in CPU time (the machine is shared): `orders_today("")` (the whole list) right after
a change to the journal (it is read again), then unchanged (a refresh or a keystroke: the
journal keeps its last day read while nothing changed) and `orders_today("S01")` (a search),
`--runs` times each, and one sale's detail (`CashOrders.detail`, its lines and what is left
to refund) on a real order body.

The last line printed is one JSON object.

    .venv/bin/python benchmarks/station_cash_orders.py [--sales 2000] [--runs 30]
        [--days 30 --history-sales 1000]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _sell(cash: Any, refunds_journal: Any, totals: Any, n: int, at: float) -> None:
    """One completed cash sale (and every tenth refunded in cash), stamped `at`."""
    from kiosk.domain.checkout import Step
    from kiosk.services import orders
    from kiosk.services.refunds import RefundEntry, RefundMethod, RefundStep

    sid = uuid.uuid4().hex

    def body(seq: int) -> tuple[str, str, dict[str, object]]:
        number = f"S{seq:03d}"
        made = orders.order_create(
            totals,
            checkout_id=sid,
            receipt_id=f"TILL-{seq:06d}",
            order_number=number,
            session_id="s1",
            kiosk_name="Till 2",
        )
        return number, f"TILL-{seq:06d}", made.to_wire()

    entry = cash.create(
        checkout_id=sid,
        currency="EUR",
        amount_minor=totals.total_minor,
        session_id="s1",
        order_body=body,
        display={"tendered_minor": totals.total_minor, "employee": "Ana"},
    )
    cash.record(sid, Step.COMPLETED, order_id=f"o{n}", transaction_id=f"t{n}")
    if n % 10 == 0:
        refunds_journal.create(
            RefundEntry(
                refund_id=uuid.uuid4().hex,
                checkout_id=sid,
                order_id=f"o{n}",
                order_number=entry.order_number,
                intent_id="",
                sale_transaction_id=f"t{n}",
                session_id="s1",
                currency="EUR",
                amount_minor=totals.total_minor,
                reason="requested_by_customer",
                note="",
                refunded_by="Maria",
                lines=(),
                step=RefundStep.COMPLETED,
                created_at=at,
                updated_at=at,
                refunded_before_minor=0,
                method=RefundMethod.CASH,
            )
        )


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--days", type=int, default=0, help="earlier days of history before today's sales"
    )
    parser.add_argument(
        "--history-sales", type=int, default=None, help="sales per earlier day (--sales)"
    )
    args = parser.parse_args(argv)

    from kiosk.domain.cart import Cart, CartLine
    from kiosk.domain.pricing import TaxRate, price_cart
    from kiosk.services.journal import Journal
    from kiosk.services.refunds import RefundJournal
    from kiosk.services.refunds.service import RefundService
    from kiosk.services.station.cash_orders import CashOrders

    rates = {"standard": TaxRate("standard", Decimal(20), True)}
    cart = Cart(
        "EUR",
        (
            CartLine("p1:v1", "p1", "v1", "Flat white", 380, 2, (), "standard"),
            CartLine("p2:v2", "p2", "v2", "Croissant", 300, 1, (), "standard"),
        ),
    )
    totals = price_cart(cart, rates, "standard")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        now = time.time()
        stamp = [now]  # the journals' wall clock: history is stamped on its own day
        cash = Journal.open(data / "station-cash", clock=lambda: stamp[0])
        refunds_journal = RefundJournal.in_dir(data, clock=lambda: stamp[0])
        for db in (cash._db, refunds_journal._db):
            # setup only (60,000 fsynced commits would take minutes); the timed part reads
            db.execute("PRAGMA synchronous=OFF")
        history = args.sales if args.history_sales is None else args.history_sales
        n = 0
        for day in range(args.days, -1, -1):  # oldest day first, today (day 0) last
            for i in range(args.sales if day == 0 else history):
                stamp[0] = now - day * 86_400 - 1 + i / 100_000
                _sell(cash, refunds_journal, totals, n, stamp[0])
                n += 1
        stamp[0] = now
        for db in (cash._db, refunds_journal._db):
            db.execute("PRAGMA synchronous=FULL")
        service = RefundService(
            finalpos=object(),  # type: ignore[arg-type]  # no I/O is timed
            gateway=object(),  # type: ignore[arg-type]
            checkouts=Journal.open(data / "card"),
            journal=refunds_journal,
            session=object(),  # type: ignore[arg-type]
            cash_checkouts=cash,
        )
        drawer = SimpleNamespace(journal=cash)  # CashSales' journal is all the listing reads
        listing = CashOrders(cash=drawer, refunds=service)  # type: ignore[arg-type]
        last = cash.all()[-1].checkout_id

        def timed(call: Any, before: Any = None) -> list[float]:
            out = []
            for n in range(args.runs):
                if before is not None:
                    before(n)
                start = time.process_time()
                call()
                out.append((time.process_time() - start) * 1000)
            return out

        # after a change (a sale journaled, here a fact): the day is read again
        fresh = timed(
            lambda: listing.orders_today(""),
            before=lambda n: cash.set_meta("benchmark.touch", str(n)),
        )
        whole = timed(lambda: listing.orders_today(""))
        search = timed(lambda: listing.orders_today("S01"))
        detail = timed(lambda: listing.detail(last))
        rows = len(listing.orders_today(""))
        found = len(listing.orders_today("S01"))
        cash.close()
        refunds_journal.close()
    result = {
        "benchmark": "station_cash_orders",
        "sales": args.sales,
        "history_days": args.days,
        "history_sales": n - args.sales,
        "rows": rows,
        "search_rows": found,
        "runs": args.runs,
        "list_after_change_cpu_ms_p50": round(statistics.median(fresh), 2),
        "list_after_change_cpu_ms_p95": round(_percentile(fresh, 0.95), 2),
        "list_cpu_ms_p50": round(statistics.median(whole), 2),
        "list_cpu_ms_p95": round(_percentile(whole, 0.95), 2),
        "search_cpu_ms_p50": round(statistics.median(search), 2),
        "search_cpu_ms_p95": round(_percentile(search, 0.95), 2),
        "detail_cpu_ms_p50": round(statistics.median(detail), 2),
        "detail_cpu_ms_p95": round(_percentile(detail, 0.95), 2),
    }
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
