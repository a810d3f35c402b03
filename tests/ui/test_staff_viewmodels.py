"""Staff mode headless: PIN, lockout, idle, permissions and every action's success and failure,
on the real services over both sandboxes."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from kiosk.domain.checkout import Step
from kiosk.finalpos import models as m
from kiosk.services.staff.desk import TillSummary
from kiosk.ui.i18n import set_language
from kiosk.ui.staff.viewmodel import StaffScreen
from tests.staff.refund_harness import paid_checkout
from tests.ui.conftest import until
from tests.ui.staff_fixtures import MANAGER_PIN, STAFF_PIN, StaffRig, rig, sign_in, staff_stack

__all__ = ["rig", "staff_stack"]


def column(model: object, role: str) -> list[object]:
    rows = model.rows  # type: ignore[attr-defined]
    index = model.ROLES.index(role)  # type: ignore[attr-defined]
    return [row[index] for row in rows]


# -- entry, PIN, lockout, idle ------------------------------------------------------------
async def test_pin_right_wrong_and_masked(rig: StaffRig) -> None:
    app, staff = rig.vms.app, rig.staff
    app.requestStaff()
    assert app.mode == "staff" and staff.screen == "pin"
    for d in "12x34":
        staff.pin.digit(d)
    assert staff.pin.pinDots == 4  # dots only, never digits; "x" ignored
    staff.pin.backspace()
    assert staff.pin.pinDots == 3
    await staff.pin.submit_pin_async()
    assert staff.pin.pinDots == 0 and "not right" in staff.pin.pinMessage and staff.screen == "pin"
    await sign_in(staff, MANAGER_PIN)
    assert staff.screen == "home" and staff.userName == "Maria" and staff.roleName == "manager"
    assert staff.can("refund") and staff.can("exit_app")


async def test_five_wrong_pins_lock_the_pad_for_a_growing_delay(rig: StaffRig) -> None:
    staff = rig.staff
    for _ in range(5):
        await sign_in(staff, "0000")
    assert staff.pin.pinLocked and "30 s" in staff.pin.pinMessage
    staff.pin.digit("1")
    assert staff.pin.pinDots == 0  # the pad takes nothing while locked
    rig.now[0] += 10
    staff.pin._update_lock()
    assert "20 s" in staff.pin.pinMessage
    rig.now[0] += 20
    staff.pin._update_lock()
    assert not staff.pin.pinLocked and staff.pin.pinMessage == ""
    await sign_in(staff, "0000")  # the sixth wrong PIN waits longer
    assert staff.pin.pinLocked and "60 s" in staff.pin.pinMessage
    rig.now[0] += 60
    await sign_in(staff, STAFF_PIN)
    assert staff.screen == "home" and staff.userName == "Sam"


async def test_idle_staff_mode_leaves_by_itself(rig: StaffRig) -> None:
    app, staff = rig.vms.app, rig.staff
    staff._idle.setInterval(80)
    app.requestStaff()
    await sign_in(staff, STAFF_PIN)
    app.userActivity()  # a touch in staff mode keeps staff mode, not the customer's clock
    await until(lambda: not staff.active, 3)
    assert app.mode == "customer" and app.screen == "attract" and staff.userName == ""


async def test_entering_with_a_cart_asks_first_and_never_while_paying(rig: StaffRig) -> None:
    app, vms = rig.vms.app, rig.vms
    catalog = vms.menu.catalog
    assert catalog is not None
    product = catalog.products[0]
    vms.cart.add(product, product.variants[0], 1)
    app.begin()
    app.requestStaff()
    assert app.mode == "customer" and app.staffAskVisible
    app.cancelStaff()
    assert not app.staffAskVisible and vms.cart.count == 1
    app.requestStaff()
    app.confirmStaff()
    assert app.mode == "staff" and vms.cart.count == 0
    rig.staff.leave()
    assert app.mode == "customer"
    vms.cart.add(product, product.variants[0], 1)
    app.stage_screen("payment")
    app.requestStaff()
    assert app.mode == "customer" and not app.staffAskVisible


async def test_staff_mode_opens_over_out_of_order_and_leaves_it_showing(rig: StaffRig) -> None:
    app = rig.vms.app
    app.show_out_of_order("no menu")
    app.requestStaff()
    assert app.mode == "staff" and app.screen == "outOfOrder"
    rig.staff.leave()
    assert app.mode == "customer" and app.screen == "outOfOrder"


async def test_staff_role_cannot_refund_resolve_or_exit(rig: StaffRig) -> None:
    staff = rig.staff
    await sign_in(staff, STAFF_PIN)
    assert not staff.can("refund") and not staff.can("exit_app") and staff.can("close_session")
    staff.askExitApp()
    assert staff.messageIsError and "ask a manager" in staff.message and not staff.confirmVisible
    cid = await paid_checkout(rig.built.services)
    await staff.orders.open_order_async(cid)
    staff.orders.startRefund(True)
    assert staff.screen == "orderDetail" and "ask a manager" in staff.message
    assert await staff.orders.refund_async("") is None and rig.exits == []


# -- till session -------------------------------------------------------------------------
async def test_till_close_report_and_open_again(rig: StaffRig) -> None:
    staff, stack = rig.staff, rig.stack
    await sign_in(staff, MANAGER_PIN)
    staff.go("till")
    await staff.till.refresh_till_async()
    assert not staff.till.tillOpen and staff.till.tillKnown
    await paid_checkout(rig.built.services)
    await staff.till.refresh_till_async()
    assert staff.till.tillOpen and staff.till.tillOrders == 1 and staff.till.tillBy == "Kiosk 1"
    assert staff.till.tillCard.startswith("€") and staff.till.tillSince
    staff.till.askCloseSession("Counted by Maria")
    assert staff.confirmVisible and "Close the till session" in staff.confirmText
    await staff.confirm_async()
    assert staff.screen == "closeReport" and not staff.till.tillOpen and not staff.messageIsError
    rows = [
        (str(label), str(value), bool(detail)) for label, value, detail in staff.report.lines.rows
    ]
    report = {label: value for label, value, _detail in rows}
    assert report["Orders"] == "1" and report["Closed by"] == "Maria"
    # One row per tax rate right under "Of which taxes", marked as detail rows, adding up.
    labels = [label for label, _value, _detail in rows]
    start = labels.index("Of which taxes")
    assert labels[start + 1 : start + 4] == ["reduced 10%", "standard 20%", "Refunds"]
    assert [detail for _l, _v, detail in rows[start : start + 4]] == [False, True, True, False]
    closing = staff.report.report
    assert closing is not None and len(closing.taxes_by_rate) == 2
    assert sum(t.amount_minor for t in closing.taxes_by_rate) == closing.taxes_minor > 0
    assert report["standard 20%"].startswith("€")
    assert not staff.report.canPrint  # no receipt printer: no "Print report"
    [session] = [s for s in stack.docs("sessions") if s.get("closedBy") == "Maria"]
    assert session["closingNote"] == "Counted by Maria" and session["closeTime"]
    staff.back()
    assert staff.screen == "till"
    staff.till.askCloseSession("")
    await staff.confirm_async()
    assert staff.messageIsError and "no open till session" in staff.message
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    staff.till.askOpenSession("Morning")
    await staff.confirm_async()
    assert staff.messageIsError and "not opened" in staff.message and not staff.till.tillOpen
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    staff.till.askOpenSession("Morning")
    await staff.confirm_async()
    assert (
        staff.till.tillOpen and staff.till.tillBy == "Maria" and "new till session" in staff.message
    )


# -- orders and refunds -------------------------------------------------------------------
async def test_orders_search_detail_and_refund_a_line(rig: StaffRig) -> None:
    staff, stack = rig.staff, rig.stack
    first = await paid_checkout(rig.built.services, 0)
    second = await paid_checkout(rig.built.services, 1)
    await sign_in(staff, MANAGER_PIN)
    staff.go("orders")
    await staff.orders.refresh_orders_async()
    assert column(staff.orders.order_rows, "checkoutId") == [second, first]
    number = column(staff.orders.order_rows, "number")[1]
    staff.orders.search(str(number)[-2:])
    assert column(staff.orders.order_rows, "checkoutId") == [first]
    staff.orders.search("")
    await staff.orders.open_order_async(second)
    assert (
        staff.screen == "orderDetail"
        and staff.orders.detailNumber == column(staff.orders.order_rows, "number")[0]
    )
    assert staff.orders.detailStatus == "Paid" and staff.orders.detailRefundable
    assert staff.orders.detailCard.startswith(("Card", "Visa", "Mastercard"))
    assert column(staff.orders.detail_lines, "quantity") == [2, 1]
    staff.orders.startRefund(False)
    assert staff.screen == "refund"
    staff.orders.askRefund("")
    assert staff.messageIsError and "at least one" in staff.message
    staff.orders.setRefundQuantity(1, 5)  # clamped to what is left
    assert (
        column(staff.orders.detail_lines, "chosen") == [0, 1]
        and staff.orders.refundAmount == "€3.00"
    )
    staff.orders.setRefundReason("duplicate")
    staff.orders.askRefund("charged twice")
    assert "€3.00" in staff.confirmText
    await staff.confirm_async()
    assert not staff.messageIsError and "€3.00 is on its way back" in staff.message
    assert staff.screen == "orderDetail" and "€3.00 refunded" in staff.orders.detailStatus
    assert column(staff.orders.detail_lines, "refundable") == [2, 0]
    refunds = [r for r in stack.docs("refunds") if r.get("reason") == "duplicate: charged twice"]
    assert len(refunds) == 1 and refunds[0]["refundedBy"] == "Maria"
    # Stripe down: nothing starts, and the message says so
    stack.stripe_faults.configure(error_rate=1.0)
    staff.orders.startRefund(True)
    staff.orders.askRefund("")
    await staff.confirm_async()
    stack.stripe_faults.configure(error_rate=0.0)
    assert staff.messageIsError and "Nothing was refunded" in staff.message
    assert len(rig.built.refunds.journal.all()) == 1


# -- needs attention ----------------------------------------------------------------------
async def test_attention_retry_refund_and_mark_handled(rig: StaffRig) -> None:
    staff, services = rig.staff, rig.built.services
    cid = await paid_checkout(services)
    entry = services.journal.get(cid)
    assert entry.order_id is not None
    await services.finalpos.update_order(entry.order_id, m.OrderUpdate(status="cancelled"))
    services.journal.record(cid, Step.CAPTURED)
    await services.recovery.recover_async()
    await sign_in(staff, MANAGER_PIN)
    assert staff.attention.attentionCount == 1
    staff.go("attention")
    [row] = staff.attention.items.rows
    key = str(row[0])
    assert "charged, but the order was cancelled" in str(row[4]) and row[6] is True
    staff.attention.askRetry(key)
    assert staff.confirmVisible and "Try to finish order" in staff.confirmText
    await staff.confirm_async()
    assert staff.messageIsError and "still needs a person" in staff.message
    staff.attention.refundAttention(key)
    await until(lambda: staff.screen == "refund")
    assert staff.orders.refundFull and staff.orders.refundAmount.startswith("€")
    staff.orders.askRefund("")
    await staff.confirm_async()
    assert "on its way back" in staff.message
    staff.attention.askMarkHandled(key, "  ")
    assert staff.messageIsError and "note" in staff.message and not staff.confirmVisible
    rig.stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    staff.attention.askMarkHandled(key, "Refunded, order stays cancelled")
    await staff.confirm_async()
    assert staff.messageIsError and staff.attention.attentionCount == 1
    rig.stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    staff.attention.askMarkHandled(key, "Refunded, order stays cancelled")
    await staff.confirm_async()
    assert "marked handled" in staff.message and staff.attention.attentionCount == 0
    [order] = [o for o in rig.stack.docs("orders") if o["id"] == entry.order_id]
    assert order["notes"][-1]["message"] == "Maria: Refunded, order stays cancelled"


# -- reader, ordering, exit ---------------------------------------------------------------
async def test_reader_status_and_test_message(rig: StaffRig) -> None:
    staff, stack = rig.staff, rig.stack
    await sign_in(staff, STAFF_PIN)
    await staff.controls.refresh_reader_async()
    assert (
        staff.controls.readerOnline
        and staff.controls.readerStatus == "Online"
        and staff.controls.readerLabel
    )
    assert staff.controls.readerLocation and staff.controls.readerHelp == ""
    await staff.controls.reader_test_async()
    assert not staff.messageIsError and "test message" in staff.message
    stack.reader_mode(offline=True)
    try:
        await staff.controls.refresh_reader_async()
        assert not staff.controls.readerOnline and "switched on" in staff.controls.readerHelp
        await staff.controls.reader_test_async()
        assert staff.messageIsError and "online" in staff.message
    finally:
        stack.reader_mode(offline=False)
    stack.stripe_faults.configure(error_rate=1.0)
    await staff.controls.refresh_reader_async()
    assert staff.messageIsError and staff.controls.readerStatus == "Unknown"


async def test_pause_sync_sold_out_and_exit(rig: StaffRig) -> None:
    staff, app, stack = rig.staff, rig.vms.app, rig.stack
    await sign_in(staff, MANAGER_PIN)
    staff.go("ordering")
    staff.controls.askPauseOrdering()
    assert not app.orderingPaused
    await staff.confirm_async()
    assert (
        app.orderingPaused
        and staff.controls.orderingPaused
        and "paused for a moment" in app.pausedText
    )
    staff.controls.resumeOrdering()
    assert not app.orderingPaused and "open again" in staff.message
    await staff.controls.sync_menu_async()
    assert rig.syncs == [1] and "up to date" in staff.message
    product_id = str(column(staff.controls.stock, "productId")[0])
    staff.controls.askSoldOut(product_id)
    await staff.confirm_async()
    assert "sold out" in staff.message and not staff.messageIsError
    catalog = rig.vms.menu.catalog
    assert catalog is not None
    product = catalog.product(product_id)
    assert product is not None
    for variant in product.variants:
        [doc] = [v for v in stack.docs("variants") if v["id"] == variant.id]
        stock = [i["stock"] for i in doc["inventory"] if i["outletId"] == stack.config.outlet_id]
        assert doc["manageStock"] is True and stock == [0]
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    await staff.controls.sync_menu_async()
    assert staff.messageIsError and "menu was not updated" in staff.message
    staff.controls.askSoldOut(product_id)
    await staff.confirm_async()
    assert staff.messageIsError and "not marked sold out" in staff.message
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    staff.askExitApp()
    assert rig.exits == [] and staff.confirmVisible
    staff.cancelConfirm()
    staff.askExitApp()
    await staff.confirm_async()
    assert rig.exits == [1]


async def test_a_second_action_tap_never_cancels_a_running_refund(rig: StaffRig) -> None:
    staff = rig.staff
    cid = await paid_checkout(rig.built.services)
    await sign_in(staff, MANAGER_PIN)
    await staff.orders.open_order_async(cid)
    staff.orders.startRefund(True)
    staff.orders.askRefund("")
    staff.confirm()
    staff.controls.syncMenu()  # ignored while the refund runs
    await until(lambda: not staff.busy and "on its way back" in staff.message, 10)
    await asyncio.sleep(0.05)
    assert rig.syncs == []
    assert staff.current_screen is StaffScreen.ORDER_DETAIL


async def test_retry_settles_an_item_once_finalpos_is_back(rig: StaffRig) -> None:
    from kiosk.services.recovery import RecoveryService

    staff, services, stack = rig.staff, rig.built.services, rig.stack
    cid = await paid_checkout(services)
    services.journal.record(cid, Step.TRANSACTION_POSTING, transaction_id=None)  # answer lost
    impatient = RecoveryService(
        checkout=services.checkout, journal=services.journal, attention_after_attempts=1
    )
    stack.finalpos.finalpos_faults.configure(error_rate=1.0)
    try:
        await impatient.recover_async()
    finally:
        stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    await sign_in(staff, STAFF_PIN)
    staff.go("attention")
    [row] = staff.attention.items.rows
    assert "could not be finished automatically" in str(row[4]) and row[6] is False
    staff.attention.askRetry(str(row[0]))
    await staff.confirm_async()
    assert not staff.messageIsError and "sorted out" in staff.message
    assert staff.attention.attentionCount == 0 and services.journal.get(cid).step is Step.COMPLETED


# -- language -------------------------------------------------------------------------------
@pytest.fixture
def english_after() -> Iterator[None]:
    """The translator is application-wide: leave it as every other test expects it."""
    yield
    set_language("en")


async def test_staff_mode_speaks_the_store_language_not_the_last_customers(
    rig: StaffRig, english_after: None
) -> None:
    app, staff = rig.vms.app, rig.staff
    app.language.choose("fr")  # a customer switched to French, then staff came
    app.requestStaff()
    assert app.language.current == "en" and staff.screen == "pin"
    await sign_in(staff, "0000")
    assert staff.pin.pinMessage == "That PIN is not right. Please try again."


@pytest.mark.parametrize(
    ("language", "wrong_pin", "one", "two"),
    [
        ("de", "Diese PIN ist nicht richtig.", "1 Erstattung, ", "2 Erstattungen, "),
        ("fr", "Ce code PIN n’est pas correct.", "1 remboursement, ", "2 remboursements, "),
        ("es", "Ese PIN no es correcto.", "1 reembolso, ", "2 reembolsos, "),
        ("en", "That PIN is not right.", "1 refund, ", "2 refunds, "),
    ],
)
async def test_staff_text_is_in_the_installed_language_with_plurals(
    rig: StaffRig, english_after: None, language: str, wrong_pin: str, one: str, two: str
) -> None:
    staff = rig.staff
    set_language(language)
    await sign_in(staff, "0000")
    assert staff.pin.pinMessage.startswith(wrong_pin)
    for count, expected in ((1, one), (2, two)):
        staff.till._till = TillSummary("s", None, "Kiosk 1", 3, 900, count, 300, "EUR")
        assert staff.till.tillRefunds.startswith(expected)


def test_every_attention_problem_has_its_own_words() -> None:
    """A problem without its own case would fall through to the generic "try again" words,
    which tell staff the wrong thing to do (e.g. for a cancel that may land late)."""
    from kiosk.services.staff.desk import AttentionProblem
    from kiosk.ui.staff.attention import problem_text

    generic = problem_text(AttentionProblem.NOT_FINISHED)
    texts = {problem: problem_text(problem) for problem in AttentionProblem}
    assert all(
        texts[p] != generic for p in AttentionProblem if p is not AttentionProblem.NOT_FINISHED
    )
    assert len(set(texts.values())) == len(texts)
