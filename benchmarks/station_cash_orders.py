"""Station orders screen benchmark: listing a busy day's cash sales beside their refunds.

The orders screen (F11) rebuilds its list on every keystroke of its search, from the cash
journal (`CashOrders.orders_today`, one refund-journal query per sale for what was refunded).
Setup (untimed): a cash journal of `--sales` completed sales (default 2,000, a very busy day
at one till) in a temporary directory, every tenth one refunded in cash in the refund journal.
Timed, in CPU time (the machine is shared): `orders_today("")` (the whole list) and
`orders_today("S01")` (a search), `--runs` times each, and one sale's detail
(`CashOrders.detail`, its lines and what is left to refund) on a real order body.

The last line printed is one JSON object.

    .venv/bin/python benchmarks/station_cash_orders.py [--sales 2000] [--runs 30]
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


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)

    from kiosk.domain.cart import Cart, CartLine
    from kiosk.domain.checkout import Step
    from kiosk.domain.pricing import TaxRate, price_cart
    from kiosk.services import orders
    from kiosk.services.journal import Journal
    from kiosk.services.refunds import RefundEntry, RefundJournal, RefundMethod, RefundStep
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
        cash = Journal.open(data / "station-cash")
        refunds_journal = RefundJournal.in_dir(data)
        now = time.time()
        for n in range(args.sales):
            sid = uuid.uuid4().hex

            def body(seq: int, sid: str = sid) -> tuple[str, str, dict[str, object]]:
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
                        created_at=now,
                        updated_at=now,
                        refunded_before_minor=0,
                        method=RefundMethod.CASH,
                    )
                )
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

        def timed(call: Any) -> list[float]:
            out = []
            for _ in range(args.runs):
                start = time.process_time()
                call()
                out.append((time.process_time() - start) * 1000)
            return out

        whole = timed(lambda: listing.orders_today(""))
        search = timed(lambda: listing.orders_today("S01"))
        detail = timed(lambda: listing.detail(last))
        rows = len(listing.orders_today(""))
        cash.close()
        refunds_journal.close()
    result = {
        "benchmark": "station_cash_orders",
        "sales": args.sales,
        "rows": rows,
        "runs": args.runs,
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
