"""The receipt choice on the confirmation screen, on the real ReceiptService and stand-ins.

A paid checkout is journaled as the checkout service journals it; printing goes to the
ESC/POS printer stand-in and email to the SMTP stand-in. The view-model is driven directly
and the QML screen by taps, in both orientations; the customer never sees a printer error.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtQuick import QQuickItem

from kiosk.domain.checkout import Step
from kiosk.sandbox.printer import ReceiptStandIns, start_receipt_standins
from kiosk.services.journal import Journal
from kiosk.services.receipts import ReceiptSettings
from kiosk.services.receipts.service import ReceiptService
from kiosk.ui.factory import ViewModels, build_view_models
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from kiosk.ui.viewmodels.receipt import ReceiptState, ReceiptViewModel
from tests.receipts.helpers import STORE, journaled, line, priced, rate
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, make_catalog, price
from tests.ui.test_qml import click

TOTALS = priced("EUR", [rate("VAT", "20")], [line(1, "Flat white", 350, 2), line(2, "Scone", 300)])


@pytest.fixture
def standins(tmp_path: Path) -> Iterator[ReceiptStandIns]:
    with start_receipt_standins(None, kitchen=False) as running:
        yield running


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.in_dir(tmp_path / "journal") as opened:
        yield opened


@pytest.fixture
def paid(journal: Journal) -> tuple[str, str]:
    entry = journaled(journal, TOTALS, checkout_id="c1")
    journal.record("c1", Step.COMPLETED, intent_id="pi_1")
    return entry.checkout_id, entry.order_number


@pytest.fixture
def service(standins: ReceiptStandIns, journal: Journal) -> ReceiptService:
    settings = ReceiptSettings.model_validate(standins.settings() | {"retry_interval_s": 60})
    return ReceiptService(settings, journal=journal, store=STORE)


@pytest.fixture
def receipt_vm(service: ReceiptService) -> Iterator[ReceiptViewModel]:
    vm = ReceiptViewModel(service)
    yield vm
    vm.reset()


async def test_print_then_the_paper_is_taken(
    receipt_vm: ReceiptViewModel, paid: tuple[str, str], standins: ReceiptStandIns
) -> None:
    cid, number = paid
    receipt_vm.set_order(cid, number)
    assert receipt_vm.state == "choosing" and receipt_vm.offersPrint and receipt_vm.offersEmail
    await receipt_vm.print_async()
    assert receipt_vm.state == ReceiptState.PRINTED
    await until(lambda: len(standins.printer.jobs) == 1)
    assert number in standins.printer.jobs[0].text
    assert "printer below" in receipt_vm.detail


async def test_paper_out_shows_the_qr_receipt_calmly_and_flags_staff(
    receipt_vm: ReceiptViewModel,
    paid: tuple[str, str],
    standins: ReceiptStandIns,
    service: ReceiptService,
) -> None:
    cid, number = paid
    standins.printer.paper_out = True
    receipt_vm.set_order(cid, number)
    await receipt_vm.print_async()
    assert receipt_vm.state == ReceiptState.QR and receipt_vm.qrFallback
    assert receipt_vm.qrSource.startswith("file://")
    words = f"{receipt_vm.title} {receipt_vm.detail}".lower()
    assert number.lower() in words
    for alarming in ("error", "fail", "paper", "printer", "sorry", "problem"):
        assert alarming not in words
    [problem] = service.problems()
    assert problem.state == "paper_out" and problem.order_number == number
    assert standins.printer.jobs == []


async def test_email_on_the_keyboard_is_validated_and_arrives(
    receipt_vm: ReceiptViewModel,
    paid: tuple[str, str],
    standins: ReceiptStandIns,
    service: ReceiptService,
) -> None:
    cid, number = paid
    receipt_vm.set_order(cid, number)
    receipt_vm.chooseEmail()
    for key in ("s", "a", "m", "@", "@", "e", "x", "a", "m", "p", "l", "e"):
        receipt_vm.typeKey(key)
    assert receipt_vm.email == "sam@example"  # a second @ is refused
    assert not receipt_vm.emailValid
    await receipt_vm.send_email_async()
    assert receipt_vm.state == "email" and "name@example.com" in receipt_vm.emailHint
    receipt_vm.typeKey(".com")
    receipt_vm.backspace()
    receipt_vm.typeKey("m")
    assert receipt_vm.emailValid and receipt_vm.emailHint == ""
    await receipt_vm.send_email_async()
    assert receipt_vm.state == ReceiptState.EMAILED
    assert receipt_vm.email == "" and "s•••@example.com" in receipt_vm.detail
    assert await service.run_pending_async() == 1
    await until(lambda: len(standins.smtp.messages) == 1)
    mail = standins.smtp.messages[0]
    assert mail.recipients == ("sam@example.com",)
    assert "€10.00" in mail.part("plain") and number in mail.part("html")


async def test_leaving_without_a_choice_prints_the_default_and_no_receipt_prints_nothing(
    receipt_vm: ReceiptViewModel, paid: tuple[str, str], standins: ReceiptStandIns
) -> None:
    cid, number = paid
    receipt_vm.set_order(cid, number)
    receipt_vm.chooseNone()
    receipt_vm.leave()
    await receipt_vm.drain_async()
    assert receipt_vm.state == "idle"
    receipt_vm.set_order(cid, number)
    receipt_vm.leave()  # walked away: the store's default (print) applies
    await receipt_vm.drain_async()
    await until(lambda: len(standins.printer.jobs) == 1)
    assert number in standins.printer.jobs[0].text


@pytest.fixture
def receipt_vms(
    service: ReceiptService, image_dir: Path, checkout: FakeCheckoutService
) -> Iterator[ViewModels]:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),
        store_name="Harbour Street Café",
        confirmation_s=60,
        receipts=service,
    )
    built.app.set_catalog(make_catalog())
    yield built
    built.dispose()


@pytest.fixture
def receipt_view(receipt_vms: ViewModels) -> Iterator[KioskView]:
    kiosk_view = KioskView(receipt_vms.app, size=PORTRAIT)
    kiosk_view.window.show()
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


async def tap(view: KioskView, name: str) -> None:
    """Tap an item once it is shown, enabled and no longer moving (found afresh each poll:
    a layout that changes with the orientation may replace it)."""

    def ready() -> QQuickItem | None:
        target = view.find(name)
        if not isinstance(target, QQuickItem) or not shiboken6.isValid(target):
            return None
        visible = target.isVisible() and target.isEnabled() and target.opacity() > 0.99
        return target if visible else None

    def centre() -> QPoint | None:
        target = ready()
        if target is None:
            return None
        return target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()

    await until(lambda: centre() is not None)
    last = centre()
    for _ in range(50):  # a state change moves the panel's rows on the next polish
        await asyncio.sleep(0.02)
        now = centre()
        if now == last and now is not None:
            break
        last = now
    assert last is not None, name
    await click(view, last)


def shown(view: KioskView, name: str) -> bool:
    found = view.find(name)
    return isinstance(found, QQuickItem) and found.isVisible()


def text_of(view: KioskView, name: str) -> str:
    found = view.find(name)
    assert isinstance(found, QObject)
    return str(found.property("text"))


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_email_by_taps_then_the_qr_fallback_by_taps(
    receipt_vms: ViewModels,
    receipt_view: KioskView,
    paid: tuple[str, str],
    standins: ReceiptStandIns,
    size: object,
) -> None:
    receipt_view.window.resize(size)  # type: ignore[arg-type]
    cid, number = paid
    vm = receipt_vms.receipt
    vm.set_order(cid, number)
    receipt_vms.app.stage_confirmation(number)
    await tap(receipt_view, "receiptEmailOption")
    assert vm.state == "email" and shown(receipt_view, "emailKeyboard")
    for key in ("a", "@", "b", ".com"):
        await tap(receipt_view, f"key_{key}")
    await tap(receipt_view, "key_backspace")
    await tap(receipt_view, "key_m")
    assert text_of(receipt_view, "emailText") == "a@b.com"
    await tap(receipt_view, "emailSendButton")
    await until(lambda: vm.state == "emailed")
    assert text_of(receipt_view, "receiptTitle") == "Your receipt is on its way"

    # The next customer, and the roll is empty: the QR receipt, and no word of a printer.
    standins.printer.paper_out = True
    vm.set_order(cid, number)
    await tap(receipt_view, "receiptPrintOption")
    await until(lambda: vm.state == "qr")
    await until(lambda: shown(receipt_view, "receiptQr"))
    image = receipt_view.find("receiptQr")
    assert isinstance(image, QQuickItem)
    assert image.property("progress") == 1.0 and image.property("implicitWidth") > 100
    assert not shown(receipt_view, "receiptBackButton")  # nothing to go back to
    await tap(receipt_view, "confirmationDoneButton")
    assert receipt_vms.app.screen == "attract" and vm.state == "idle"
