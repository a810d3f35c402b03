"""Today's orders at the station, headless, on the real services over both sandboxes:
the list, refunds by the staff-mode rules (a manager's PIN for staff), and a reprint."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.sandbox.printer import ReceiptStandIns, start_receipt_standins
from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.receipts import PrintOutcome, ReceiptSettings
from kiosk.services.receipts.jobs import JobStore
from kiosk.services.receipts.service import ReceiptService
from kiosk.services.refunds import RefundOutcome, RefundResult
from kiosk.services.staff import SignInOutcome
from kiosk.ui.station.orders import status_text
from kiosk.ui.station.view import StationView
from kiosk.ui.station.viewmodel import StationViewModel
from tests.receipts.helpers import STORE
from tests.staff.refund_harness import check_refund_invariants
from tests.ui.conftest import until
from tests.ui.station_fixtures import (
    MANAGER_PIN,
    STAFF_PIN,
    StationRig,
    settled,
    signed_in,
    station_rig,
    station_stack,
    view,
)
from tests.ui.test_qml import tap
from tests.ui.test_station_e2e import keys

__all__ = ["station_rig", "station_stack", "view"]


@pytest.mark.parametrize(
    ("status", "text"),
    [
        ("captured", "Paid"),  # money taken, the books land moments later
        ("transaction_recorded", "Paid"),
        ("completed", "Paid"),
        ("collecting", "In progress"),
        ("order_recorded", "In progress"),
        ("parked", "Parked"),
        ("canceled", "Cancelled"),
        ("void", "Cancelled"),
    ],
)
def test_status_in_a_word(status: str, text: str) -> None:
    assert status_text(status) == text


def column(model: object, role: str) -> list[object]:
    roles = type(model).ROLES  # type: ignore[attr-defined]
    return [row[roles.index(role)] for row in model.rows]  # type: ignore[attr-defined]


def barcodes(rig: StationRig) -> list[str]:
    return [
        v.barcode for p in rig.catalog.products for v in p.variants if v.barcode and v.available
    ]


def scan(st: StationViewModel, code: str, at: float) -> None:
    for ch in code:
        st.search_vm.key_event(ch, at)
        at += 0.008
    assert st.search_vm.enter_event(at) is True


async def card_sale(rig: StationRig, codes: int = 1) -> tuple[str, str]:
    """A card sale at the station; its checkout id and order number."""
    st = rig.station
    for i, code in enumerate(barcodes(rig)[:codes]):
        scan(st, code, 1.0 + i)
    assert await st.pay_vm.pay_card_async() is CheckoutOutcome.PAID
    services = rig.built.services
    [entry] = [e for e in services.journal.all() if e.step.value in ("captured", "completed")][-1:]
    assert await services.checkout.wait_books_async(entry.checkout_id)
    return entry.checkout_id, entry.order_number


def order_id(rig: StationRig, checkout_id: str) -> str:
    oid = rig.built.services.journal.get(checkout_id).order_id
    assert oid is not None
    return oid


def type_pin(st: StationViewModel, pin: str) -> None:
    for d in pin:
        st.digit(d)


async def open_orders(st: StationViewModel, checkout_id: str) -> None:
    st.orders_vm.openOrders()
    assert st.screen == "orders"
    await st.orders_vm.refresh_orders_async()
    assert checkout_id in column(st.orders_vm.order_rows, "checkoutId")
    await st.orders_vm.open_order_async(checkout_id)
    assert st.orders_vm.hasOrder


async def test_the_list_shows_a_card_sale_just_made(station_rig: StationRig) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig)
    cid, number = await card_sale(rig)
    st.orders_vm.openOrders()
    await st.orders_vm.refresh_orders_async()
    rows = st.orders_vm.order_rows
    [i] = [k for k, c in enumerate(column(rows, "checkoutId")) if c == cid]
    total = rig.built.services.journal.get(cid).amount_minor
    assert column(rows, "number")[i] == number
    assert column(rows, "total")[i] == st.money(total)
    assert column(rows, "status")[i] == "Paid"
    assert column(rows, "time")[i] != ""
    st.orders_vm.search(number)
    await st.orders_vm.refresh_orders_async()
    assert column(rows, "number") == [number]
    st.orders_vm.search("NO-SUCH-ORDER")
    await st.orders_vm.refresh_orders_async()
    assert rows.count == 0


async def test_staff_need_a_manager_pin_for_a_full_refund(station_rig: StationRig) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, STAFF_PIN)  # Sam, staff: may not refund
    cid, number = await card_sale(rig)
    await open_orders(st, cid)
    total = st.money(rig.built.services.journal.get(cid).amount_minor)
    st.orders_vm.askRefundAll()
    assert st.orders_vm.asking and st.orders_vm.managerNeeded and st.pin_wanted
    assert st.orders_vm.confirmText == (
        f"Refund {total} to the customer's card for order {number}?"
    )
    type_pin(st, STAFF_PIN)  # Sam's own PIN is not a manager's
    assert await st.orders_vm.confirm_async() is SignInOutcome.NOT_ALLOWED
    assert st.messageKind == "error" and "may not refund" in st.message
    type_pin(st, "9999")  # nobody's PIN
    refused = await st.orders_vm.confirm_async()
    assert refused is not None and not isinstance(refused, RefundResult)
    assert st.messageKind == "error"
    assert check_refund_invariants(rig.stack, order_id(rig, cid), []).stripe_refunds == 0

    type_pin(st, MANAGER_PIN)
    st.orders_vm.confirm()
    await asyncio.sleep(0)  # the PIN being checked
    st.orders_vm.confirm()  # Enter again: neither cancels the first nor asks anew
    await settled(st)
    assert st.message == f"{total} is on its way back to the customer's card."
    assert not st.orders_vm.asking and not st.pin_wanted and not st.orders_vm.refundable
    [entry] = rig.built.refunds.journal.for_order(order_id(rig, cid))
    assert entry.refunded_by == "Maria"  # the manager who allowed it
    await rig.built.services.checkout.wait_books_async()
    report = check_refund_invariants(rig.stack, order_id(rig, cid), [entry.refund_id])
    assert report.violations == [] and report.stripe_refunds == 1
    assert report.finalpos_refunds == 1
    # Asked again: nothing is left, and nothing more moves.
    st.orders_vm.askRefundAll()
    assert not st.orders_vm.asking and "Nothing is left" in st.message


async def test_a_manager_refunds_one_line(station_rig: StationRig) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, MANAGER_PIN)
    cid, number = await card_sale(rig, codes=2)
    await open_orders(st, cid)
    lines = st.orders_vm.detail_lines
    assert lines.count == 2
    st.orders_vm.askRefundLines()
    assert not st.orders_vm.asking and st.message == "Choose at least one item to refund."
    first = column(lines, "index")[0]
    assert isinstance(first, int)
    st.orders_vm.setRefundQuantity(first, 5)  # more than was sold: capped
    assert column(lines, "chosen")[0] == 1
    line_total = column(lines, "total")[0]
    assert st.orders_vm.linesAmount == line_total
    st.orders_vm.askRefundLines()
    assert st.orders_vm.asking and not st.orders_vm.managerNeeded  # a manager: no PIN
    assert st.orders_vm.confirmText == (
        f"Refund {line_total} to the customer's card for order {number}?"
    )
    result = await st.orders_vm.confirm_async()
    assert isinstance(result, RefundResult) and result.outcome is RefundOutcome.REFUNDED
    assert st.money(result.amount_minor) == line_total
    assert column(lines, "refundable")[0] == 0 and st.orders_vm.refundable  # one line left
    [entry] = rig.built.refunds.journal.for_order(order_id(rig, cid))
    await rig.built.services.checkout.wait_books_async()
    report = check_refund_invariants(rig.stack, order_id(rig, cid), [entry.refund_id])
    assert report.violations == [] and report.stripe_refunds == 1
    assert st.money(report.stripe_refunded_minor) == line_total


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(tmp_path / "standins") as running:
        yield running


async def test_reprint_goes_to_the_printer_when_one_is_set_up(
    station_rig: StationRig, standins: ReceiptStandIns
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig)
    cid, number = await card_sale(rig)
    await open_orders(st, cid)
    assert not st.orders_vm.canReprint  # no printer: the button is hidden
    st.orders_vm.askReprint()
    assert not st.orders_vm.asking

    jobs = JobStore.beside(rig.built.services.journal.path)
    try:
        settings = ReceiptSettings.model_validate(standins.settings() | {"retry_interval_s": 600})
        service = ReceiptService(
            settings, journal=rig.built.services.journal, store=STORE, jobs=jobs
        )
        st.orders_vm.set_receipts(lambda: service)
        assert st.orders_vm.canReprint
        st.orders_vm.askReprint()
        assert st.orders_vm.confirmText == f"Print the receipt of order {number} again?"
        assert await st.orders_vm.confirm_async() is PrintOutcome.PRINTED
        assert st.message == "Receipt printed." and not st.orders_vm.asking
        [ticket] = await asyncio.to_thread(standins.printer.wait_for_jobs, 1)
        assert number in ticket.text
    finally:
        jobs.close()


async def test_esc_closes_the_question_then_the_order_then_the_list(
    station_rig: StationRig,
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig)
    cid, _ = await card_sale(rig)
    await open_orders(st, cid)
    st.orders_vm.askRefundAll()
    assert st.pin_wanted
    st.back()
    assert st.screen == "orders" and not st.orders_vm.asking and not st.pin_wanted
    st.back()
    assert st.screen == "orders" and not st.orders_vm.hasOrder
    st.back()
    assert st.screen == "sale"


async def test_a_refund_by_keys_and_taps_with_the_managers_pin(
    station_rig: StationRig, view: StationView
) -> None:
    rig, st = station_rig, station_rig.station
    await signed_in(rig, STAFF_PIN)
    cid, number = await card_sale(rig)
    st.back()  # the done screen, back to the sale
    await keys(view, [Qt.Key.Key_F11])
    await until(lambda: st.screen == "orders" and not st.busy)
    await keys(view, number)  # the search field has the focus
    await until(lambda: st.orders_vm.query == number and st.orders_vm.order_rows.count == 1)
    await tap(view, "order_0")
    await until(lambda: st.orders_vm.hasOrder and not st.busy)
    await keys(view, [Qt.Key.Key_F2])
    assert st.orders_vm.asking and st.orders_vm.managerNeeded
    await keys(view, MANAGER_PIN)  # to the PIN, not to the search field behind the question
    assert st.pinDots == "•" * len(MANAGER_PIN) and st.orders_vm.query == number
    await tap(view, "btnOrdersConfirm")
    await until(lambda: not st.orders_vm.asking and not st.busy and not st.tasks_running, 20)
    assert st.messageKind == "success", st.message
    assert not st.orders_vm.refundable
    [entry] = rig.built.refunds.journal.for_order(order_id(rig, cid))
    await rig.built.services.checkout.wait_books_async()
    report = check_refund_invariants(rig.stack, order_id(rig, cid), [entry.refund_id])
    assert report.violations == [] and report.stripe_refunds == 1
    await keys(view, [Qt.Key.Key_Escape, Qt.Key.Key_Escape])
    assert st.screen == "sale"
