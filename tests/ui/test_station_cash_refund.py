"""Cash refunds on the station's orders screen, headless and by keys and taps, on the real
services over both sandboxes: a cash sale is refunded in cash (once in Final POS, with a cash
payout in the open till session), a staff member needs a manager's PIN, quantities are capped,
and a card sale keeps the card path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.money import to_minor
from kiosk.services.refunds import RefundMethod, RefundOutcome, RefundResult
from kiosk.services.staff import SignInOutcome
from kiosk.services.station.cash import CashOutcome
from kiosk.ui.i18n import set_language
from kiosk.ui.station.view import SMALL, StationView
from kiosk.ui.station.viewmodel import StationViewModel
from tests.ui.conftest import until
from tests.ui.station_fixtures import (
    MANAGER_PIN,
    STAFF_PIN,
    StationRig,
    signed_in,
    station_rig,
    station_stack,
    view,
)
from tests.ui.still import frame_async
from tests.ui.test_language import clipped, shown_text
from tests.ui.test_qml import tap
from tests.ui.test_station_e2e import keys
from tests.ui.test_station_orders import barcodes, card_sale, column, scan, type_pin

__all__ = ["station_rig", "station_stack", "view"]


async def cash_sale(rig: StationRig, codes: int = 1) -> tuple[str, str, int]:
    """A cash sale at the station (exact cash): its sale id, order number and total."""
    st = rig.station
    for i, code in enumerate(barcodes(rig)[:codes]):
        scan(st, code, 1.0 + i)
    st.pay_vm.openCash()
    st.pay_vm.exactCash()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    [entry] = rig.desk.cash.journal.all()[-1:]
    return entry.checkout_id, entry.order_number, entry.amount_minor


def cash_order_id(rig: StationRig, sale_id: str) -> str:
    oid = rig.desk.cash.journal.get(sale_id).order_id
    assert oid is not None
    return oid


def landed(rig: StationRig, order_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The Final POS refunds of `order_id` and their payout transactions."""
    refunds = [r for r in rig.stack.docs("refunds") if r.get("orderId") == order_id]
    ids = {r["id"] for r in refunds}
    payouts = [t for t in rig.stack.docs("transactions") if t.get("refundId") in ids]
    return refunds, payouts


async def open_cash_order(st: StationViewModel, sale_id: str) -> None:
    st.orders_vm.openOrders()
    await st.orders_vm.refresh_orders_async()
    ids = column(st.orders_vm.order_rows, "checkoutId")
    assert ids.count(sale_id) == 1  # listed once (not again as a Final POS order)
    assert column(st.orders_vm.order_rows, "status")[ids.index(sale_id)] == "Paid in cash"
    await st.orders_vm.open_order_async(sale_id)
    assert st.orders_vm.hasOrder and st.orders_vm.cashSale and st.orders_vm.refundable


async def test_staff_refund_a_cash_sale_in_cash_with_a_managers_pin(
    station_rig: StationRig,
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, STAFF_PIN)  # Sam, staff: may not refund
    session_id = rig.built.services.session.session_id
    sale_id, number, total = await cash_sale(rig)
    await open_cash_order(st, sale_id)
    amount = st.money(total)
    st.orders_vm.askRefundAll()
    assert st.orders_vm.asking and st.orders_vm.managerNeeded and st.pin_wanted
    assert st.orders_vm.confirmText == f"Refund {amount} in cash for order {number}?"
    assert st.orders_vm.handBack == amount  # shown large
    order_id = cash_order_id(rig, sale_id)

    type_pin(st, STAFF_PIN)  # Sam's own PIN is not a manager's
    assert await st.orders_vm.confirm_async() is SignInOutcome.NOT_ALLOWED
    assert st.messageKind == "error" and "may not refund" in st.message
    type_pin(st, "9999")  # nobody's PIN
    refused = await st.orders_vm.confirm_async()
    assert refused is not None and not isinstance(refused, RefundResult)
    assert rig.built.refunds.journal.for_order(order_id) == []
    assert landed(rig, order_id) == ([], [])

    type_pin(st, MANAGER_PIN)
    result = await st.orders_vm.confirm_async()
    assert isinstance(result, RefundResult) and result.outcome is RefundOutcome.REFUNDED
    assert st.message == f"Hand {amount} back to the customer in cash."
    assert st.messageKind == "success" and not st.orders_vm.refundable
    [entry] = rig.built.refunds.journal.for_order(order_id)
    assert entry.method is RefundMethod.CASH and entry.refunded_by == "Maria"
    [refund], [payout] = landed(rig, order_id)
    assert refund["externalId"] == entry.refund_id
    assert [p["paymentType"] for p in refund["payment"]] == ["cash"]
    assert payout["paymentMethod"] == "cash" and payout["sessionId"] == session_id
    assert to_minor(payout["amount"], "EUR") == total
    assert column(st.orders_vm.order_rows, "refunded")[0] == amount
    st.orders_vm.askRefundAll()  # asked again: nothing is left, nothing more moves
    assert not st.orders_vm.asking and "Nothing is left" in st.message
    assert len(landed(rig, order_id)[0]) == 1


async def test_a_manager_refunds_cash_lines_capped_by_what_is_left(
    station_rig: StationRig,
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, MANAGER_PIN)
    sale_id, _, _ = await cash_sale(rig, codes=2)
    await open_cash_order(st, sale_id)
    lines = st.orders_vm.detail_lines
    first = column(lines, "index")[0]
    assert isinstance(first, int)
    st.orders_vm.setRefundQuantity(first, 5)  # more than was sold: capped
    assert column(lines, "chosen")[0] == 1
    line_total = column(lines, "total")[0]
    st.orders_vm.askRefundLines()
    assert st.orders_vm.asking and not st.orders_vm.managerNeeded  # a manager: no PIN
    assert st.orders_vm.handBack == line_total
    result = await st.orders_vm.confirm_async()
    assert isinstance(result, RefundResult) and result.outcome is RefundOutcome.REFUNDED
    assert column(lines, "refundable")[0] == 0 and st.orders_vm.refundable  # one line left
    st.orders_vm.setRefundQuantity(first, 1)  # nothing left on it: stays at 0
    assert column(lines, "chosen")[0] == 0
    [refund], [payout] = landed(rig, cash_order_id(rig, sale_id))
    assert st.money(to_minor(refund["summary"]["total"], "EUR")) == line_total
    assert payout["paymentMethod"] == "cash"


async def test_a_card_sale_is_still_refunded_to_the_card(station_rig: StationRig) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, MANAGER_PIN)
    cid, _ = await card_sale(rig)
    st.orders_vm.openOrders()
    await st.orders_vm.refresh_orders_async()
    await st.orders_vm.open_order_async(cid)
    assert st.orders_vm.hasOrder and not st.orders_vm.cashSale
    st.orders_vm.askRefundAll()
    assert st.orders_vm.handBack == ""
    assert "to the customer's card" in st.orders_vm.confirmText
    result = await st.orders_vm.confirm_async()
    assert isinstance(result, RefundResult) and result.outcome is RefundOutcome.REFUNDED
    order_id = rig.built.services.journal.get(cid).order_id
    assert order_id is not None
    [entry] = rig.built.refunds.journal.for_order(order_id)
    assert entry.method is RefundMethod.CARD and entry.stripe_refund_id
    [refund], [payout] = landed(rig, order_id)
    assert [p["paymentType"] for p in refund["payment"]] == ["credit_card"]
    assert payout["paymentMethod"] == "credit_card"


async def test_a_cash_refund_by_keys_and_taps_shows_the_cash_to_hand_back(
    station_rig: StationRig, view: StationView
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, MANAGER_PIN)
    sale_id, number, total = await cash_sale(rig)
    st.back()  # the done screen, back to the sale
    await keys(view, [Qt.Key.Key_F11])
    await until(lambda: st.screen == "orders" and not st.busy)
    await keys(view, number)
    await until(lambda: st.orders_vm.query == number and st.orders_vm.order_rows.count == 1)
    await tap(view, "order_0")
    await until(lambda: st.orders_vm.hasOrder and not st.busy)
    button = view.window.findChild(object, "btnRefundAll")
    assert button is not None and button.property("text") == "Refund in cash"
    await keys(view, [Qt.Key.Key_F2])
    assert st.orders_vm.asking and not st.orders_vm.managerNeeded
    figure = view.window.findChild(object, "ordersHandBack")
    assert figure is not None and figure.property("text") == st.money(total)
    assert figure.property("visible") and figure.property("font").pixelSize() >= 44
    await tap(view, "btnOrdersConfirm")
    await until(lambda: not st.orders_vm.asking and not st.busy and not st.tasks_running, 20)
    assert st.message == f"Hand {st.money(total)} back to the customer in cash."
    await frame_async(view)  # the banner laid out
    banner = view.window.findChild(object, "messageText")
    assert banner is not None and banner.property("text") == st.message
    assert not banner.property("truncated")  # read in full at 1366x768
    assert len(landed(rig, cash_order_id(rig, sale_id))[0]) == 1


HAND_BACK = {"de": "Bar zurückgeben", "fr": "À rendre en espèces", "es": "A devolver en efectivo"}


@pytest.mark.parametrize("language", ["de", "fr", "es"])
async def test_the_cash_refund_question_fits_at_1366x768_in_every_language(
    station_rig: StationRig, language: str, tmp_path: Path
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, STAFF_PIN)  # the tallest question: a manager's PIN is asked too
    sale_id, _, total = await cash_sale(rig, codes=2)
    await open_cash_order(st, sale_id)
    assert set_language(language)  # the store's language, before the window is built
    view = StationView(st, size=SMALL)
    try:
        view.window.show()
        await st.orders_vm.open_order_async(sale_id)
        st.orders_vm.askRefundAll()
        await until(lambda: st.orders_vm.asking and st.orders_vm.managerNeeded)
        await frame_async(view)  # the overlay laid out
        view.grab().save(str(tmp_path / f"cash-refund-{language}.png"))
        shown = shown_text(view)  # type: ignore[arg-type]
        assert HAND_BACK[language] in shown and st.money(total) in shown
        # Words only: the steppers' and the keypad's glyphs (−, +, ⌫) report "truncated" on
        # every orders screen (their box is the glyph's, not the font's line height).
        problems = clipped(view)  # type: ignore[arg-type]
        assert [p for p in problems if any(ch.isalpha() for ch in p.split(":", 1)[1])] == []
        assert view.warnings == []
    finally:
        view.close()
        set_language("en")  # the translator is application-wide


async def banner_in_full(view: StationView, text: str) -> None:
    """The header's message says `text` without cutting it (at 1366x768)."""
    await frame_async(view)  # laid out
    banner = view.window.findChild(object, "messageText")
    assert banner is not None and banner.property("text") == text
    assert not banner.property("truncated"), text


async def test_a_cash_refund_final_pos_has_not_taken_is_named_when_the_till_closes(
    station_rig: StationRig, view: StationView, tmp_path: Path
) -> None:
    rig, st = station_rig, station_rig.station
    assert set_language("en")  # as the app at start (English plural forms are a translation)
    await signed_in(rig, MANAGER_PIN, float_minor=10_000)
    sale_id, _, total = await cash_sale(rig)
    await open_cash_order(st, sale_id)
    faults = rig.stack.finalpos.finalpos_faults
    faults.configure(error_rate=1.0, path_prefix="/v1/api/refunds")  # refunds refused (503)
    try:
        st.orders_vm.askRefundAll()
        result = await st.orders_vm.confirm_async()
        assert isinstance(result, RefundResult)
        assert result.outcome is RefundOutcome.REFUNDED_BOOKS_PENDING  # journaled: hand it back
        amount = st.money(total)
        assert st.message == (
            f"Hand {amount} back to the customer in cash. "
            "Final POS will be updated as soon as it answers."
        )
        await banner_in_full(view, st.message)
        view.grab().save(str(tmp_path / "pending.png"))
        assert not st.orders_vm.refundable  # journaled: not refundable twice
        st.back()
        st.back()
        st.till_vm.openCloseTill()
        for d in "10000":  # the float: the sale came in and went out again
            st.digit(d)
        await st.till_vm.close_till_async()
    finally:
        faults.configure(error_rate=0.0, path_prefix="")
    # Final POS does not know the payout yet: it expects the sale's cash in the drawer.
    assert st.till_vm.closing["expected"] == st.money(10_000 + total)
    assert st.message == f"Till closed. The cash is {amount} short."
    await banner_in_full(view, st.message)
    note = "1 cash refund is not in Final POS yet: the expected cash does not count it."
    assert st.till_vm.closing["note"] == note
    shown = view.window.findChild(object, "closing_note")
    assert shown is not None and shown.property("visible") and shown.property("text") == note
    view.grab().save(str(tmp_path / "closed.png"))
    report = await rig.built.refunds.recover_async()  # Final POS back: finished, once
    assert len(report.completed) == 1, report
    [refund], [payout] = landed(rig, cash_order_id(rig, sale_id))
    assert payout["paymentMethod"] == "cash" and payout["refundId"] == refund["id"]
