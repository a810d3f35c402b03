"""The journal failing never charges without a record and never shows a paying customer
"out of order": a new checkout is refused before anything is sent when the journal cannot be
written, and a write failing right after the capture still tells the customer they paid
(Stripe says so) and marks the journal for a rebuild from Stripe and Final POS."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.checkout import Boundary
from kiosk.services.checkout import CheckoutOutcome, CheckoutUnavailable
from kiosk.services.journal import JournalError
from tests.services.harness import Stack, build_services, cart


async def test_an_unwritable_journal_refuses_the_checkout_before_anything_is_sent(
    stack: Stack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    orders_before = len(stack.docs("orders"))
    async with build_services(stack.config, tmp_path / "kiosk") as built:

        def full() -> None:
            raise JournalError("database or disk is full")

        monkeypatch.setattr(built.journal, "check_writable", full)
        with pytest.raises(CheckoutUnavailable):
            await built.checkout.begin_async(cart())
    assert len(stack.docs("orders")) == orders_before
    assert stack.intents() == []


async def test_a_journal_failing_after_the_capture_still_says_paid(
    stack: Stack, tmp_path: Path
) -> None:
    broken: dict[str, object] = {}

    def break_journal(point: Boundary) -> None:
        if point is Boundary.CAPTURED:
            journal = broken["journal"]

            def fail(*args: object, **kwargs: object) -> object:
                raise JournalError("disk I/O error")

            journal.record = fail  # type: ignore[attr-defined]

    async with build_services(stack.config, tmp_path / "kiosk", hook=break_journal) as built:
        broken["journal"] = built.journal
        pending = await built.checkout.begin_async(cart())
        result = await built.checkout.pay_async(pending.checkout_id)
        assert result.outcome is CheckoutOutcome.PAID
        assert built.journal.rebuild_needed()
    [intent] = [
        pi for pi in stack.intents() if pi["metadata"]["checkout_id"] == pending.checkout_id
    ]
    assert intent["status"] == "succeeded"
