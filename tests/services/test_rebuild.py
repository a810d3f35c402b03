"""Journal damage end to end (issue 9, item 7): checkouts interrupted at every step, the
journal file destroyed between two runs, the kiosk starts again, rebuilds from Stripe and
Final POS, recovers, and every paid checkout ends recorded exactly once."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary, Step
from kiosk.finalpos.errors import FinalPosError
from kiosk.services import orders
from kiosk.services.checkout import CheckoutOutcome, StepHook
from kiosk.services.journal import JOURNAL_FILE, Journal
from kiosk.services.rebuild import (
    RebuildReport,
    kiosk_tag,
    rebuild_async,
    rebuild_if_needed_async,
)
from tests.services.harness import Services, Stack, build_services, cart, check_invariants

KIOSK = "Kiosk 1"  # the harness's kiosk name


class Crash(BaseException):
    """The power going off at a boundary (nothing in the pipeline may catch it)."""


def _crash_at(point: Boundary) -> StepHook:
    def hook(reached: Boundary) -> None:
        if reached is point:
            raise Crash(point.value)

    return hook


# where the first run stops, and the step the rebuild must find from the remote facts
CASES: list[tuple[Boundary | None, Step | None]] = [
    (None, None),  # paid and finished on both sides: nothing to restore
    (Boundary.ORDER_POSTED, Step.ORDER_RECORDED),  # pending order, no intent
    (Boundary.INTENT_CREATED, Step.INTENT_READY),  # an intent no card was presented to
    (Boundary.APPROVED, Step.APPROVED),  # authorised, not captured
    (Boundary.CAPTURED, Step.TRANSACTION_POSTING),  # charged, no sale yet
    (Boundary.TRANSACTION_POSTED, Step.TRANSACTION_RECORDED),  # sale posted, id unjournaled
    (Boundary.BEFORE_ORDER_PUT, Step.TRANSACTION_RECORDED),  # sale recorded, order pending
]


async def _run_until(stack: Stack, data_dir: Path, index: int, point: Boundary | None) -> str:
    hook = _crash_at(point) if point is not None else None
    async with build_services(stack.config, data_dir, hook=hook) as services:
        try:
            pending = await services.checkout.begin_async(cart(index))
            result = await services.checkout.pay_async(pending.checkout_id)
            await services.checkout.wait_books_async()  # the sale and completion follow PAID
        except Crash:
            assert point is not None
            return services.journal.all()[-1].checkout_id
        assert point is None and result.outcome is CheckoutOutcome.PAID
        return result.checkout_id


async def _recover(services: Services) -> None:
    for _ in range(10):
        report = await services.recovery.recover_async()
        if report.clean:
            return
    raise AssertionError(f"recovery did not finish: {report}")


async def _rebuild(services: Services, kiosk_name: str = KIOSK) -> RebuildReport:
    return await rebuild_async(
        services.journal,
        finalpos=services.finalpos,
        gateway=services.gateway,
        kiosk_name=kiosk_name,
    )


@pytest.mark.parametrize("damage", ["overwritten", "deleted"])
async def test_a_destroyed_journal_is_rebuilt_and_every_paid_checkout_recorded_once(
    stack: Stack, tmp_path: Path, damage: str
) -> None:
    data_dir = tmp_path / "kiosk"
    cids = [
        await _run_until(stack, data_dir, index, point) for index, (point, _) in enumerate(CASES)
    ]
    with Journal.in_dir(data_dir) as journal:
        assert len(journal.unfinished()) == len(CASES) - 1
    if damage == "overwritten":
        (data_dir / JOURNAL_FILE).write_bytes(os.urandom(16384))  # the disk ate it
    else:
        (data_dir / JOURNAL_FILE).unlink()  # a new disk, a wiped data dir

    with Journal.open(data_dir) as journal:  # the kiosk starts instead of crash-looping
        assert journal.all() == [] and journal.rebuild_needed() is not None

    async with build_services(stack.config, data_dir) as services:
        # Final POS down during the first attempt: nothing half done is forgotten
        stack.finalpos.finalpos_faults.configure(error_rate=1.0)
        try:
            with pytest.raises(FinalPosError):
                await rebuild_if_needed_async(
                    services.journal,
                    finalpos=services.finalpos,
                    gateway=services.gateway,
                    kiosk_name=KIOSK,
                )
        finally:
            stack.finalpos.finalpos_faults.configure(error_rate=0.0)
        assert services.journal.rebuild_needed() is not None

        report = await rebuild_if_needed_async(
            services.journal,
            finalpos=services.finalpos,
            gateway=services.gateway,
            kiosk_name=KIOSK,
        )
        assert report is not None and report.examined == len(CASES)
        expected = {cid: step for cid, (_, step) in zip(cids, CASES, strict=True) if step}
        assert report.restored == expected
        assert report.finished == [cids[0]] and report.attention == {}
        assert services.journal.rebuild_needed() is None
        for cid in expected:  # the ids are known, so nothing is looked up blind
            entry = services.journal.get(cid)
            assert entry.order_id is not None and entry.receipt_id.startswith(kiosk_tag(KIOSK))
        assert services.journal.get(cids[3]).intent_id is not None
        assert services.journal.get(cids[5]).transaction_id is not None

        await _recover(services)
        again = await _rebuild(services)  # a second rebuild changes nothing
        assert again.restored == {}

        steps = {cid: services.journal.get(cid).step for cid in cids[1:]}
    assert steps == {
        cids[1]: Step.CANCELED,
        cids[2]: Step.CANCELED,
        cids[3]: Step.COMPLETED,
        cids[4]: Step.COMPLETED,
        cids[5]: Step.COMPLETED,
        cids[6]: Step.COMPLETED,
    }
    invariants = check_invariants(stack, cids)
    assert invariants.violations == []
    assert (invariants.completed, invariants.cancelled, invariants.captured) == (5, 2, 5)
    assert invariants.orders == len(CASES)  # nothing re-created


async def test_a_quarantined_checkout_is_adopted_again_and_settled(
    stack: Stack, tmp_path: Path
) -> None:
    data_dir = tmp_path / "kiosk"
    cid = await _run_until(stack, data_dir, 0, Boundary.CAPTURED)
    async with build_services(stack.config, data_dir) as services:
        services.journal._db.execute(
            "UPDATE checkouts SET order_body = '{broken' WHERE checkout_id = ?", (cid,)
        )
        report = await services.recovery.recover_async()  # does not raise, skips the row
        assert report.examined == 0
        assert [row.checkout_id for row in services.journal.quarantined()] == [cid]
        rebuilt = await rebuild_if_needed_async(
            services.journal,
            finalpos=services.finalpos,
            gateway=services.gateway,
            kiosk_name=KIOSK,
        )
        assert rebuilt is not None and rebuilt.restored == {cid: Step.TRANSACTION_POSTING}
        assert services.journal.quarantined() == []  # settled again, not for a person
        await _recover(services)
        assert services.journal.get(cid).step is Step.COMPLETED
    assert check_invariants(stack, [cid]).violations == []


async def test_another_kiosks_checkouts_are_not_adopted(stack: Stack, tmp_path: Path) -> None:
    cid = await _run_until(stack, tmp_path / "kiosk", 0, Boundary.APPROVED)
    async with build_services(stack.config, tmp_path / "other") as other:
        report = await _rebuild(other, kiosk_name="Kiosk 2")
        assert report.examined == 0 and other.journal.all() == []
        mine = await _rebuild(other, kiosk_name=KIOSK)
        assert mine.restored == {cid: Step.APPROVED}


async def test_a_second_order_for_one_checkout_is_noted_and_the_paid_one_kept(
    stack: Stack, tmp_path: Path
) -> None:
    cid = await _run_until(stack, tmp_path / "kiosk", 0, Boundary.APPROVED)
    with Journal.in_dir(tmp_path / "kiosk") as journal:
        first = journal.get(cid)
    async with build_services(stack.config, tmp_path / "fresh") as services:
        # what a late commit leaves behind: the same order body posted twice
        twin = await services.finalpos.create_order(orders.order_from_journal(first.order_body))
        report = await _rebuild(services)
        assert report.restored == {cid: Step.APPROVED}
        entry = services.journal.get(cid)
        assert entry.order_id == first.order_id != twin.id  # the one the payment names
        assert entry.attention is not None and "2 orders" in entry.attention
        assert twin.id in entry.attention
