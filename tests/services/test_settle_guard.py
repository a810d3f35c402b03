"""The one guarded cancel (`kiosk.services.settle_guard`) keeps each rule of the two it replaced.

Against a scripted Final POS (one order; a station's sales on it; each PUT's fate given in
advance), so each race happens exactly where the rule is about: a station paying between our
read and our PUT, a pay-at-counter order with a station's sale on it, a PUT whose outcome is
unknown followed by a station's payment, and the duplicate watch's journaled cancel intent
resumed after a crash. Each test fails on a cancel that skips that rule (it PUTs, or takes
the order as cancelled by us).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, cast

import pytest

from kiosk.domain.checkout import OrderState
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import NotFoundError, UnavailableError
from kiosk.services import orders
from kiosk.services.journal import Journal
from kiosk.services.pipeline import Pipeline, RetryPolicy
from kiosk.services.posting import OnceCreator, PostPending
from kiosk.services.settle_guard import LATE_CANCEL, CancelHeld, Left, guarded_cancel
from kiosk.services.settle_records import SettleRecords, cancel_intent_key

ORDER = "o1"
DEADLINE_S, QUIET_S = 0.6, 1.0

Step = Callable[["ScriptedPos"], None]


class Crash(BaseException):
    """The kiosk dies here."""


class ScriptedPos:
    """One order in Final POS; `puts` says what each PUT cancelled does in turn: "ok"
    (applied), "refused" (not applied, known), "timeout" (not applied yet, unknown),
    "landed" (applied, answer lost), "crash" (the kiosk dies before it goes out)."""

    def __init__(self, *, puts: list[str] | None = None) -> None:
        self.status = orders.ORDER_PENDING
        self.deleted = False
        self.sales: list[str] = []
        self.puts = list(puts or [])
        self.put_count = 0
        self.after_read: list[Step] = []  # what a station does after each of our reads
        self.after_put: list[Step] = []  # ... and after each PUT of ours

    def pay(self, *, complete: bool = True) -> None:
        """A station takes the cash: its sale, then (unless not yet) the order completed."""
        self.sales.append(f"t{len(self.sales) + 1}")
        if complete:
            self.status = orders.ORDER_COMPLETED

    async def get_order(self, order_id: str) -> m.Order:
        assert order_id == ORDER
        if self.deleted:
            raise NotFoundError("gone")
        order = m.Order.model_validate({"id": ORDER, "status": self.status})
        if self.after_read:
            self.after_read.pop(0)(self)
        return order

    async def update_order(self, order_id: str, change: m.OrderUpdate) -> m.Order:
        assert order_id == ORDER and change.status == orders.ORDER_CANCELLED
        fate = self.puts.pop(0) if self.puts else "ok"
        if fate == "crash":
            raise Crash
        self.put_count += 1
        if self.deleted:
            raise NotFoundError("gone")
        if fate in ("ok", "landed"):
            self.status = orders.ORDER_CANCELLED
        if self.after_put:
            self.after_put.pop(0)(self)
        if fate == "refused":
            raise UnavailableError("connection refused")
        if fate in ("timeout", "landed"):
            raise UnavailableError("timed out", outcome_unknown=True)
        return m.Order.model_validate({"id": ORDER, "status": self.status})

    async def iter_transactions(self) -> AsyncIterator[m.Transaction]:
        for sale_id in self.sales:
            yield m.Transaction.model_validate(
                {"id": sale_id, "orderId": ORDER, "type": orders.SALE, "externalId": "till"}
            )


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def journal(tmp_path: Path) -> Any:
    with Journal(tmp_path / "j.sqlite3") as opened:
        opened.create(
            checkout_id="c1",
            currency="EUR",
            amount_minor=450,
            session_id="s1",
            order_body=lambda seq: (f"A{seq:03d}", f"R-{seq}", {"receiptId": f"R-{seq}"}),
            display={"currency": "EUR", "lines": [], "tax_minor": 0, "total_minor": 450},
        )
        yield opened


def pipeline(pos: ScriptedPos, journal: Journal, clock: Clock) -> Pipeline:
    return Pipeline(
        finalpos=cast(Any, pos),
        gateway=cast(Any, None),
        journal=journal,
        session=cast(Any, None),
        once=OnceCreator(journal, deadline_s=DEADLINE_S, quiet_s=QUIET_S, clock=clock),
        outlet_id=None,
        retry=RetryPolicy(attempts=4, base_s=0.01, max_s=0.01),
        hook=None,
        sleep=clock.sleep,
        clock=clock,
    )


async def cancel(
    pos: ScriptedPos, journal: Journal, *, counter: bool, read_first: bool = True
) -> tuple[Left | None, int]:
    """The guarded cancel; (its result, how often it reported an unknown outcome)."""
    unknown: list[int] = []
    left = await guarded_cancel(
        pipeline(pos, journal, Clock()),
        ORDER,
        counter=counter,
        read_first=read_first,
        what="test cancel",
        on_unknown=lambda: unknown.append(1),
    )
    return left, len(unknown)


async def test_an_order_still_pending_is_cancelled_once(journal: Journal) -> None:
    pos = ScriptedPos(puts=["refused", "ok"])
    assert await cancel(pos, journal, counter=True) == (None, 0)
    assert pos.status == orders.ORDER_CANCELLED and pos.put_count == 2


@pytest.mark.parametrize("counter", [False, True])
async def test_a_station_completing_it_before_the_retry_leaves_it_alone(
    journal: Journal, counter: bool
) -> None:
    """Rule 1: the first PUT is refused and a station completes the order meanwhile: the
    retry reads it again and PUTs nothing (no compare-and-set in Final POS)."""
    pos = ScriptedPos(puts=["refused"])
    pos.after_put = [lambda p: p.pay()]
    left, unknown = await cancel(pos, journal, counter=counter, read_first=False)
    assert pos.put_count == 1 and pos.status == orders.ORDER_COMPLETED and unknown == 0
    assert left is not None and not left.held
    assert (left.state, left.unknown, left.sale_id) == (
        OrderState.COMPLETED,
        False,
        "t1" if counter else None,
    )


async def test_a_station_paying_between_our_read_and_our_put_stops_the_put(
    journal: Journal,
) -> None:
    """Rules 1-2: read pending, then a station records its sale on the pay-at-counter
    order before our PUT: the sale check right before the PUT leaves it alone."""
    pos = ScriptedPos()
    pos.after_read = [lambda p: p.pay(complete=False)]
    left, _ = await cancel(pos, journal, counter=True)
    assert pos.put_count == 0 and pos.status == orders.ORDER_PENDING
    assert left is not None and (left.state, left.sale_id, left.held) == (
        OrderState.PENDING,
        "t1",
        False,
    )


@pytest.mark.parametrize("read_first", [False, True])
async def test_a_counter_order_with_a_stations_sale_is_never_cancelled(
    journal: Journal, read_first: bool
) -> None:
    """Rule 2: on the first attempt too, read first or not; a card order is not checked
    (only pay-at-counter orders are paid at a station while pending)."""
    pos = ScriptedPos()
    pos.pay(complete=False)
    left, _ = await cancel(pos, journal, counter=True, read_first=read_first)
    assert pos.put_count == 0 and left is not None and left.sale_id == "t1"
    card = ScriptedPos()
    card.pay(complete=False)
    assert await cancel(card, journal, counter=False, read_first=read_first) == (None, 0)
    assert card.put_count == 1


@pytest.mark.parametrize("counter", [False, True])
@pytest.mark.parametrize(
    ("landed", "completed", "state"),
    [
        (False, True, OrderState.COMPLETED),  # the late PUT has not landed yet
        (True, True, OrderState.CANCELED),  # it landed over the station's sale
        (False, False, OrderState.PENDING),  # the station's sale is in, not its completion
    ],
)
async def test_an_unknown_outcome_then_a_stations_payment_is_held(
    journal: Journal, counter: bool, landed: bool, completed: bool, state: OrderState
) -> None:
    """Rule 3: the first PUT's outcome is unknown and a station takes the cash before the
    retry: whatever the retry reads, nothing more is PUT and the result is held (card order
    or not). `on_unknown` ran once, before the retry."""
    pos = ScriptedPos(puts=["landed" if landed else "timeout"])

    def station(p: ScriptedPos) -> None:
        kept = p.status
        p.pay(complete=completed)
        if landed:
            p.status = kept  # the late PUT stands over the sale
        elif completed:
            p.status = orders.ORDER_COMPLETED

    pos.after_put = [station]
    left, unknown = await cancel(pos, journal, counter=counter, read_first=False)
    assert pos.put_count == 1 and unknown == 1
    assert left is not None and left.state is state and left.unknown and left.held
    assert left.sale_id == ("t1" if counter or state is not OrderState.COMPLETED else None)


async def test_an_unknown_outcome_that_landed_with_no_sale_is_ours(journal: Journal) -> None:
    pos = ScriptedPos(puts=["landed"])
    assert await cancel(pos, journal, counter=True, read_first=False) == (None, 1)
    assert pos.put_count == 1


async def test_a_deleted_order_is_left_alone_and_never_held(journal: Journal) -> None:
    pos = ScriptedPos(puts=["timeout"])
    pos.after_put = [lambda p: setattr(p, "deleted", True)]
    left, unknown = await cancel(pos, journal, counter=True, read_first=False)
    assert left == Left(OrderState.DELETED, True) and not left.held and unknown == 1


class Records(SettleRecords):
    def __init__(self, p: Pipeline) -> None:
        self._p = p


async def test_the_watchs_cancel_resumes_after_a_crash_behind_its_intent(
    journal: Journal,
) -> None:
    """The watch journals its intent before the PUT; the kiosk dies with the PUT about to
    go out. Resumed, nothing is decided before the PUT's deadline plus a quiet period
    (it may yet commit); found cancelled then, the note is written once."""
    pos, clock = ScriptedPos(puts=["crash"]), Clock()
    records = Records(pipeline(pos, journal, clock))
    with pytest.raises(Crash):
        await records._cancel_pending("c1", ORDER, "duplicate o1 cancelled", "x", counter=True)
    assert journal.get_meta(cancel_intent_key("c1")) is not None
    restarted = Records(pipeline(pos, journal, clock))
    with pytest.raises(PostPending):
        await restarted._resume_cancel("c1")
    pos.status = orders.ORDER_CANCELLED  # it did go out and commit late after all
    resumed = await restarted._resume_cancel("c1")
    assert resumed is not None and resumed.status == orders.ORDER_CANCELLED
    assert journal.get_meta(cancel_intent_key("c1")) is None
    assert [d for _s, d in journal.history("c1")].count("duplicate o1 cancelled") == 1
    assert pos.put_count == 0  # the resume itself never cancels


async def test_the_watchs_cancel_never_applied_is_decided_afresh(journal: Journal) -> None:
    pos, clock = ScriptedPos(puts=["crash"]), Clock()
    with pytest.raises(Crash):
        await Records(pipeline(pos, journal, clock))._cancel_pending(
            "c1", ORDER, "duplicate o1 cancelled", "x", counter=True
        )
    clock.now += DEADLINE_S + QUIET_S  # past any late commit: proven not applied
    resumed = await Records(pipeline(pos, journal, clock))._resume_cancel("c1")
    assert resumed is not None and resumed.status == orders.ORDER_PENDING
    assert journal.get_meta(cancel_intent_key("c1")) is None


async def test_the_watchs_unknown_cancel_then_a_payment_holds_across_a_restart(
    journal: Journal,
) -> None:
    """Rule 3 through the watch: held at once, and a restart finding the intent holds too."""
    pos, clock = ScriptedPos(puts=["timeout"]), Clock()
    pos.after_put = [lambda p: p.pay()]
    records = Records(pipeline(pos, journal, clock))
    with pytest.raises(CancelHeld):
        await records._cancel_pending("c1", ORDER, "duplicate o1 cancelled", "x", counter=True)
    assert records._p.held("c1") == LATE_CANCEL.format(order_id=ORDER)
    with pytest.raises(CancelHeld):
        await Records(pipeline(pos, journal, clock))._resume_cancel("c1")
    assert pos.put_count == 1
