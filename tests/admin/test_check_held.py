"""`kiosk check` counts the checkouts that wait for staff though settled: one the duplicate
watch held because its timed-out cancel met a station's payment (a cancel that may land late,
`kiosk.services.settle_records.CancelHeld`). The journal is left by the real services, as in
`tests.services.test_watch_late_cancel`; before the hold the same journal passes the check."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.admin.check import Report, run_checks
from kiosk.config import load_settings
from kiosk.installation import CACHE_FILE
from kiosk.services.settle_records import LATE_CANCEL
from tests.services.harness import Stack, running_stack
from tests.services.test_counter_watch import restarted, watched_with_duplicate
from tests.services.test_watch_late_cancel import late_cancel_paid_meanwhile

pytestmark = pytest.mark.timeout(60)


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    with running_stack() as running:
        yield running


async def check(stack: Stack, data_dir: Path, finalpos_url: str | None = None) -> Report:
    c = stack.config
    settings = load_settings(
        finalpos_url=finalpos_url or c.finalpos_url,
        finalpos_api_key=c.finalpos_api_key,
        outlet_id=c.outlet_id,
        station_id=c.station_id,
        stripe_url=c.stripe_url,
        stripe_api_key=c.stripe_api_key,
        data_dir=data_dir,
    )
    return await run_checks(settings, has_display=lambda: True)


async def test_a_settled_checkout_held_for_staff_is_counted_and_named(
    stack: Stack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG_FILE", os.devnull)
    async with restarted(stack, tmp_path) as kiosk:
        cid, _ours, duplicate = await watched_with_duplicate(stack, kiosk, 60)
        number = kiosk.journal.get(cid).order_number
        report = await check(stack, tmp_path / "kiosk")
        [journal] = [c for c in report.checks if c.name == "journal"]
        assert journal.ok, journal.detail  # watched, not held: nothing for staff yet
        assert "0 wait for staff (0 unfinished, 0 settled but held)" in journal.detail
        late_cancel_paid_meanwhile(stack, kiosk, tmp_path, duplicate, "paid")
        await kiosk.checkout.recheck_async([cid])
        assert kiosk.checkout.held(cid) is not None and kiosk.journal.get(cid).step.terminal
    report = await check(stack, tmp_path / "kiosk")
    failed = {c.name: c for c in report.checks if not c.ok}
    assert not report.ok and set(failed) == {"journal", f"attention:{number}"}, failed
    assert "1 wait for staff (0 unfinished, 1 settled but held)" in failed["journal"].detail
    assert "0 unfinished checkout(s)" in failed["journal"].detail
    item = failed[f"attention:{number}"]
    assert "settled but held for staff" in item.detail
    assert LATE_CANCEL.format(order_id=duplicate) in item.detail
    assert "reinstate it" in item.fix and "Needs attention" in item.fix

    # No installation known (none cached, Final POS unreachable): no recovery to ask, and the
    # line says the held ones are not known rather than counting none.
    (tmp_path / "kiosk" / CACHE_FILE).unlink()
    report = await check(stack, tmp_path / "kiosk", finalpos_url="http://127.0.0.1:9")
    [journal] = [c for c in report.checks if c.name == "journal"]
    assert "settled ones held for staff: not known" in journal.detail
    assert not report.ok and "finalpos" in {c.name for c in report.checks if not c.ok}
