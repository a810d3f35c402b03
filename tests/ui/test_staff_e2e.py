"""Staff mode end to end, by taps on the real app over both sandboxes (demo store).

A customer pays by taps (the journey of tests/e2e/test_journey.py); then staff open staff mode
from the keyboard shortcut, sign in on the PIN pad, refund one line of that order, close the
till session, open a new one and close the app. The test reads Stripe and Final POS for the
refund, the payout transaction, the closing fields and the station's status.

Staff mode is the app's own (`Kiosk._wire_staff`: `StaffDesk` over the Backend's services and
`StaffAuthenticator` over `Settings.staff`); the same TillSessionService and journal as the
checkout, so a session closed by staff is closed for the customer flow too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kiosk.config import write_config_file
from kiosk.domain.money import to_minor
from kiosk.services.staff import FALLBACK_ROLES, Role, StaffUser, hash_pin
from kiosk.services.staff.desk import ClosingReport
from kiosk.ui.factory import ViewModels
from kiosk.ui.staff.shell import StaffScreen
from kiosk.ui.view import PORTRAIT, KioskView
from tests.e2e.test_journey import journey, running_kiosk
from tests.ui.conftest import until
from tests.ui.staff_fixtures import FAST, MANAGER_PIN, StaffRig, rig, settled, staff_stack
from tests.ui.test_qml import tap

__all__ = ["rig", "staff_stack"]

pytestmark = pytest.mark.timeout(120)


async def test_refund_a_line_close_and_reopen_the_till_then_exit_by_taps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the demo store, with one manager in the owner-only config file, as `kiosk staff add` writes
    config = tmp_path / "kiosk.toml"
    write_config_file(
        config,
        {
            "staff": [
                {"name": "Maria", "role": "manager", "pin_hash": hash_pin(MANAGER_PIN, **FAST)}
            ]
        },
    )
    monkeypatch.setenv("KIOSK_CONFIG_FILE", str(config))
    async with running_kiosk(tmp_path) as kiosk:
        await journey(kiosk)
        vms, view, sandboxes = kiosk.vms, kiosk.view, kiosk.sandboxes
        assert vms is not None and view is not None and sandboxes is not None
        await until(lambda: vms.staff is not None, 30)  # the app wires staff with payments
        staff = vms.staff
        assert staff is not None
        exited: list[int] = []
        staff._exit_app = lambda: exited.append(1)  # the app would close; the test goes on
        try:
            await staff_day(kiosk, staff, exited)
        finally:
            staff.leave()
            await settled(staff)


@pytest.fixture
def view(vms: ViewModels, rig: StaffRig) -> Iterator[KioskView]:
    kiosk_view = KioskView(vms.app, size=PORTRAIT)
    kiosk_view.window.show()
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


async def press(view, staff, name: str) -> None:  # type: ignore[no-untyped-def]
    """`tap`, after waiting (patiently: CI machines are shared) for the item and for staff
    mode to be idle, so the busy veil never takes the tap."""

    def ready() -> bool:
        found = view.find(name)
        return (
            found is not None
            and found.isVisible()
            and found.isEnabled()
            and found.opacity() > 0.99
            and (staff.active is False or not staff.busy)
        )

    await until(ready, 60)
    await tap(view, name)


async def staff_day(kiosk, staff, exited: list[int]) -> None:  # type: ignore[no-untyped-def]
    vms, view, sandboxes = kiosk.vms, kiosk.view, kiosk.sandboxes
    paid_number = vms.app.confirmationNumber
    [order] = [
        o
        for o in sandboxes.finalpos_records("orders")
        if (o.get("posData") or {}).get("orderNumber") == paid_number
    ]
    session_id = order["sessionId"]
    await press(view, staff, "confirmationDoneButton")
    assert vms.app.current_screen == "attract"

    # in by the installer's keyboard shortcut, then the PIN pad
    done = asyncio.get_running_loop().create_future()

    def keys() -> None:
        mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        QTest.keyClick(view.window, Qt.Key.Key_S, mods)
        done.set_result(None)

    view.window.requestActivate()
    asyncio.get_running_loop().call_soon(keys)
    await done
    await until(lambda: vms.app.mode == "staff" and view.find("pinKey_1") is not None, 60)
    for d in MANAGER_PIN:
        await press(view, staff, f"pinKey_{d}")
    await press(view, staff, "pinOk")
    await until(lambda: staff.screen == "home", 60)

    # refund one line of the paid order
    await press(view, staff, "homeOrders")
    await until(lambda: staff.orders.order_rows.count >= 1, 60)
    await press(view, staff, "orderRow_0")
    await until(lambda: staff.orders.detailRefundable and staff.orders.detail_lines.count >= 1, 60)
    assert staff.orders.detailNumber == paid_number
    line_total = to_minor(order["lineItems"][0]["total"], order["currency"])
    await press(view, staff, "refundSome")
    await press(view, staff, "refundPlus_0")
    await press(view, staff, "refundGo")
    await press(view, staff, "staffConfirmOk")
    await until(lambda: "on its way back" in staff.message, 60)
    await settled(staff)
    account = sandboxes.info.stripe_account
    [intent] = [
        pi
        for pi in sandboxes.stripe_state.payment_intents(account)
        if pi["metadata"].get("checkout_id") == order["externalId"]
    ]
    stripe_refunds = [
        r for r in sandboxes.stripe_state.refunds(account) if r["payment_intent"] == intent["id"]
    ]
    assert [int(r["amount"]) for r in stripe_refunds] == [line_total]
    [fp_refund] = [r for r in sandboxes.finalpos_records("refunds") if r["orderId"] == order["id"]]
    assert to_minor(fp_refund["summary"]["total"], order["currency"]) == line_total
    assert fp_refund["refundedBy"] == "Maria"
    payouts = [
        t
        for t in sandboxes.finalpos_records("transactions")
        if t.get("refundId") == fp_refund["id"]
    ]
    assert [(t["type"], to_minor(t["amount"], order["currency"])) for t in payouts] == [
        ("refund", line_total)
    ]

    # close the till session, then open a new one
    await press(view, staff, "staffBack")
    await press(view, staff, "staffBack")
    assert staff.screen == "home"
    await press(view, staff, "homeTill")
    await until(lambda: staff.till.tillOpen, 60)
    await press(view, staff, "tillNoteChoice_0")  # "End of day"
    await press(view, staff, "tillClose")
    await press(view, staff, "staffConfirmOk")
    await until(lambda: staff.screen == "closeReport", 60)
    [closed] = [s for s in sandboxes.finalpos_records("sessions") if s["id"] == session_id]
    assert closed["closedBy"] == "Maria" and closed["closeTime"]
    assert closed["closingNote"] == "End of day" and closed["closingReportData"]
    [station] = [
        s for s in sandboxes.finalpos_records("stations") if s["id"] == kiosk.settings.station_id
    ]
    assert station["status"] == "AVAILABLE"
    # The report on paper: the demo's receipt printer stand-in keeps each job as text.
    report = staff.report.report
    assert report is not None and report.taxes_by_rate and staff.report.canPrint
    await press(view, staff, "reportPrint")
    await until(lambda: staff.message == "The closing report is printed.", 60)
    jobs = sorted(kiosk.settings.data_dir.parent.glob("*/printer-jobs/job-*.txt"))
    [paper] = [t for p in jobs if "Closing report" in (t := p.read_text(encoding="utf-8"))]
    assert report.session_number in paper and "Of which taxes" in paper
    assert all(f"{t.label} " in paper for t in report.taxes_by_rate if t.rate is not None)
    # One clean CI run in three lost this tap: the report's lines are laid out only when a
    # frame is drawn, and the tap was aimed at the button's place before that (see
    # test_a_tap_right_after_the_report_shows_is_taken below); `tap` now aims at the drawn frame.
    await press(view, staff, "reportOpenNew")
    await until(lambda: staff.screen == "till" and staff.till.tillKnown, 60)
    reopened_in_background = staff.till.tillOpen  # see the closing note of stop 17: seen in CI runs
    if not reopened_in_background:
        await press(view, staff, "tillOpenNew")
        await press(view, staff, "staffConfirmOk")
        await until(lambda: staff.till.tillOpen, 60)
    new_id = kiosk.session.session_id
    assert new_id and new_id != session_id
    [opened] = [s for s in sandboxes.finalpos_records("sessions") if s["id"] == new_id]
    assert not opened.get("closeTime")
    if not reopened_in_background:
        assert opened["openedBy"] == "Maria"

    # and close the app, only from here
    await press(view, staff, "staffBack")
    await press(view, staff, "homeOrdering")
    await press(view, staff, "orderingExit")
    assert exited == []
    await press(view, staff, "staffConfirmOk")
    await until(lambda: exited == [1], 60)


async def test_a_tap_right_after_the_report_shows_is_taken(rig: StaffRig, view: KioskView) -> None:
    """The lost "Open a new till session" tap, made certain: the report's lines are laid out
    (Column, Repeater) only when the window draws its next frame, so right after the screen
    changes the button's place still has the report lines on screen. A finger taps the drawn
    frame; `tap` must too, or it lands on a report line and nothing happens."""
    staff = rig.staff
    rig.vms.app.requestStaff()
    await until(lambda: view.find("pinKey_1") is not None)
    staff.stage_user(StaffUser("Maria", Role("manager", FALLBACK_ROLES["manager"], "fallback")))
    await until(lambda: staff.screen == "home")
    report = ClosingReport(
        session_id="s1",
        closed_by="Maria",
        closed_at=None,
        currency="EUR",
        order_count=3,
        gross_minor=1250,
        taxes_minor=150,
        sales_minor=1250,
        refunds_minor=0,
        card_minor=1250,
        payment_methods=(("credit_card", 1250),),
        note="End of day",
    )
    # as `TillViewModel.close_session_async` does, in one step
    staff.report_vm.show(report)
    staff.show(StaffScreen.CLOSE_REPORT)
    staff.say("The till session is closed and the report is in Final POS.")
    await tap(view, "reportOpenNew")
    await until(lambda: staff.screen == "till")
    await settled(staff)
