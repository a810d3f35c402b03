"""Order numbers: a cancelled attempt's number is reused, a live order's never, two processes
never hand out the same one (issue 14, defect 10)."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

from kiosk.domain.checkout import Step
from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.journal import Journal
from kiosk.services.journal.entries import CheckoutEntry
from tests.services.harness import Services, Stack, cart

DISPLAY = {"currency": "EUR", "lines": [], "tax_minor": 0, "total_minor": 450}


def _begin(journal: Journal, cid: str, session: str | None = "s1") -> CheckoutEntry:
    return journal.create(
        checkout_id=cid,
        currency="EUR",
        amount_minor=450,
        session_id=session,
        numbered_body=lambda seq, n: (f"A{n:03d}", f"R-{seq:06d}", {"receiptId": f"R-{seq}"}),
        display=DISPLAY,
    )


def _cancelled(journal: Journal, cid: str, session: str | None = "s1") -> CheckoutEntry:
    entry = _begin(journal, cid, session)
    journal.record(cid, Step.ORDER_RECORDED, order_id=f"o-{cid}")
    journal.record(cid, Step.CANCELED)
    return entry


def test_three_cancelled_attempts_then_a_paid_one_gets_the_first_number(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        numbers = [_cancelled(journal, f"c{i}").order_number for i in range(3)]
        assert numbers == ["A001", "A001", "A001"]
        paid = _begin(journal, "paid")
        assert paid.order_number == "A001"
        journal.record("paid", Step.COMPLETED, transaction_id="t1")
        assert _begin(journal, "next").order_number == "A002"
        receipts = [e.receipt_id for e in journal.all()]
        assert len(set(receipts)) == len(receipts) == 5  # receipt ids stay unique


def test_a_number_is_kept_while_its_order_is_alive(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        first = _begin(journal, "c1")
        journal.record("c1", Step.ORDER_RECORDED, order_id="o1")
        journal.record("c1", cancel_requested=True, detail="abandoned")  # still pending in POS
        assert (first.order_number, _begin(journal, "c2").order_number) == ("A001", "A002")
        journal.record("c2", Step.VOID)  # nothing recorded anywhere: A002 is free
        assert _begin(journal, "c3").order_number == "A002"
        journal.record("c1", Step.CANCELED)  # the order is now cancelled in Final POS
        assert _begin(journal, "c4").order_number == "A001"
        assert _begin(journal, "c5").order_number == "A003"


def test_charged_flagged_or_other_session_numbers_are_not_reused(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        _begin(journal, "charged")
        journal.record("charged", Step.CANCELED, transaction_id="t1")  # a sale was recorded
        _begin(journal, "flagged")
        journal.record("flagged", Step.CANCELED, attention="refund the customer")
        _cancelled(journal, "yesterday", session="s0")
        assert [e.order_number for e in journal.all()] == ["A001", "A002", "A003"]
        assert _begin(journal, "today").order_number == "A004"


def test_a_quarantined_number_is_never_handed_out_again(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        _cancelled(journal, "c1")
        _begin(journal, "c2")  # reuses A001, then its row is damaged
        journal._db.execute("UPDATE checkouts SET order_body = 'not json' WHERE checkout_id='c2'")
        assert journal.all() == [journal.get("c1")]  # c2 quarantined with its number
        assert _begin(journal, "c3").order_number == "A002"


def test_an_older_journal_is_migrated_and_continues_its_numbers(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        for i in range(3):
            journal.create(
                checkout_id=f"old{i}",
                currency="EUR",
                amount_minor=450,
                session_id="s1",
                order_body=lambda seq: (f"A{seq:03d}", f"R-{seq}", {}),
                display=DISPLAY,
            )
        journal.record("old1", Step.VOID)
    db = sqlite3.connect(path)
    db.execute("DROP INDEX checkouts_number")
    db.execute("DROP INDEX checkouts_released")
    db.execute("ALTER TABLE checkouts DROP COLUMN number")
    db.execute("DELETE FROM meta WHERE key = 'journal.order_number_high'")
    db.commit()
    db.close()
    with Journal(path) as journal:
        assert _begin(journal, "new1").order_number == "A002"  # old1's, released
        assert _begin(journal, "new2").order_number == "A004"


def _hammer(path: str, name: str, count: int) -> None:
    with Journal(Path(path), busy_timeout_s=10.0) as journal:
        for i in range(count):
            cid = f"{name}-{i}"
            _begin(journal, cid)
            if i % 2:
                journal.record(cid, Step.CANCELED)


def test_two_processes_never_hold_the_same_number(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    Journal(path).close()
    spawn = multiprocessing.get_context("spawn")
    workers = [spawn.Process(target=_hammer, args=(str(path), n, 40)) for n in ("a", "b")]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    with Journal(path) as journal:
        entries = journal.all()
    assert len(entries) == 80
    live = [e.order_number for e in entries if e.step is not Step.CANCELED]
    assert len(live) == 40 and len(set(live)) == 40, sorted(live)
    assert len({e.receipt_id for e in entries}) == 80
    # the cancelled half was reused: far fewer numbers than attempts
    assert len({e.order_number for e in entries}) < 80


async def test_cancelled_checkouts_leave_the_number_for_the_next_paying_customer(
    stack: Stack, services: Services
) -> None:
    for index in range(3):
        pending = await services.checkout.begin_async(cart(index))
        assert pending.order_number == "A001"
        await services.checkout.abandon_async(pending.checkout_id)
        assert services.journal.get(pending.checkout_id).step is Step.CANCELED
    paid = await services.checkout.begin_async(cart())
    result = await services.checkout.pay_async(paid.checkout_id)
    assert (result.outcome, result.order_number) == (CheckoutOutcome.PAID, "A001")
    nxt = await services.checkout.begin_async(cart(1))
    assert nxt.order_number == "A002"
    numbers = [o["posData"]["orderNumber"] for o in stack.docs("orders")]
    assert numbers == ["A001"] * 4 + ["A002"]
    assert await services.checkout.wait_books_async(paid.checkout_id)  # completed after PAID
    assert [o["status"] for o in stack.docs("orders")][:4] == ["cancelled"] * 3 + ["completed"]
