"""The checkout station end to end, by keys and taps, configured as a real store.

Both sandboxes stand in for Final POS and Stripe only: the settings name their URLs, keys,
outlet and station as `kiosk setup` would write them (no demo wiring), the `Backend` is built
by `Backend.from_settings`, the installation resolved from Final POS, the menu synced, and the
station built by `build_station` (what `kiosk.app` is to call). Then a shift: sign in on the
keyboard (opening the till with a float), scan two barcodes (a scanner's burst), search a
third product by typing, create and attach a customer, discount a line, take cash; a second
sale on the card reader; close the till with a counted-cash difference. The test reads
Final POS for the order, the customer, the transactions and the session's closing amounts.

Split tender is not offered (see `kiosk.services.station.desk`), so the cash sale and the
card sale are two orders of the same till session.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from kiosk.backend import Backend, BackendOptions, GatewayOptions
from kiosk.config import Settings
from kiosk.config.model import StaffMember
from kiosk.sandbox.embedded import Sandboxes
from kiosk.sandbox.printer import PrinterStandIn, ReceiptStandIns, start_receipt_standins
from kiosk.services.staff import hash_pin
from kiosk.ui.station.view import SMALL, StationView
from kiosk.ui.station.viewmodel import StationViewModel
from kiosk.ui.station.wiring import build_authenticator, build_station, close_station
from tests.ui.conftest import until
from tests.ui.staff_fixtures import FAST, STAFF_PIN
from tests.ui.test_qml import tap

pytestmark = pytest.mark.timeout(120)

NoMod = Qt.KeyboardModifier.NoModifier
_SPECIAL = {
    "-": Qt.Key.Key_Minus,
    "@": Qt.Key.Key_At,
    ".": Qt.Key.Key_Period,
    " ": Qt.Key.Key_Space,
    "\n": Qt.Key.Key_Return,
}


def key_of(ch: str) -> Qt.Key:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch.isdigit():
        return Qt.Key(int(Qt.Key.Key_0) + int(ch))
    return Qt.Key(int(Qt.Key.Key_A) + ord(ch.lower()) - ord("a"))


SCANNER_GAP_MS = 6  # a wedge scanner's keystrokes
_stamp_ms = [1_000_000]  # the window system's clock for the posted keys


async def keys(view: StationView, text: Iterable[str | Qt.Key], *, gap_s: float = 0.0) -> None:
    """Key presses posted to the window as a keyboard (or a wedge scanner) sends them; gap 0
    is a scanner's burst, 0.12 s a person. Each carries the time the window system would give
    it, as real keys do, so a busy test machine cannot stretch a burst into typing. Posted,
    not sent: QTest would spin the event loop re-entrantly inside this test's step. The
    window takes keys from its first frame on (kiosk/ui/station/view.py)."""
    await until(lambda: view.watching_keys, 10)
    for k in text:
        code = key_of(k) if isinstance(k, str) else k
        char = k if isinstance(k, str) and k != "\n" else ("\r" if k == "\n" else "")
        _stamp_ms[0] += round(gap_s * 1000) or SCANNER_GAP_MS
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, int(code), NoMod, char)
            event.setTimestamp(_stamp_ms[0])
            QCoreApplication.postEvent(view.window, event)
        if gap_s:
            await asyncio.sleep(gap_s)
    _stamp_ms[0] += 1000  # the next call's keys come a second later
    await asyncio.sleep(0.1)


async def idle(station: StationViewModel) -> None:
    await asyncio.sleep(0.05)
    await until(lambda: not station.busy and not station.tasks_running, 20)


@pytest.fixture
def sandboxes() -> Iterator[Sandboxes]:
    with Sandboxes(stripe_processing_s=0.05) as running:
        yield running


@pytest.fixture
def standins() -> Iterator[ReceiptStandIns]:
    """The store's receipt printer (the closing report goes on paper)."""
    with start_receipt_standins(None, kitchen=False) as running:
        yield running


async def test_a_shift_at_the_station_by_keys_and_taps(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    sandboxes: Sandboxes,
    standins: ReceiptStandIns,
) -> None:
    monkeypatch.setenv("KIOSK_CONFIG_FILE", "/dev/null")
    info = sandboxes.info
    sandboxes.stripe_state.set_reader_mode(info.reader_id, auto_present_after_s=0.3)
    settings = Settings(
        finalpos_url=info.finalpos_url,
        finalpos_api_key=info.finalpos_api_key,
        outlet_id=info.outlet_id,
        station_id=info.station_id,
        stripe_url=info.stripe_url,
        stripe_api_key=info.stripe_api_key,
        currency=info.currency,
        mode="station",
        kiosk_name="Till 2",
        data_dir=tmp_path / "data",
        staff=[StaffMember(name="Sam", role="staff", pin_hash=hash_pin(STAFF_PIN, **FAST))],
        receipts={"printer": standins.settings()["printer"]},
    )
    backend = Backend.from_settings(
        settings, options=BackendOptions(gateway=GatewayOptions(poll_interval_s=0.05))
    )
    view: StationView | None = None
    station: StationViewModel | None = None
    try:
        await backend.resolve_async()
        catalog = await backend.catalog.sync_async()
        station = build_station(backend, auth=build_authenticator(settings.staff), catalog=catalog)
        assert station is not None
        view = StationView(station, size=SMALL)
        view.window.show()
        view.window.requestActivate()
        await shift(sandboxes, station, view, standins.printer)
    finally:
        if station is not None:
            await idle(station)
            close_station(station)
        await backend.aclose()
        if view is not None:
            warnings = list(view.warnings)
            view.close()  # last: closing the last window quits the Qt (and asyncio) loop
            assert warnings == []


async def shift(
    sandboxes: Sandboxes, st: StationViewModel, view: StationView, printer: PrinterStandIn
) -> None:
    docs = sandboxes.finalpos_records
    products = st.desk.catalog.products if st.desk.catalog else ()
    sellable = [(p, v) for p in products for v in p.variants if v.available and v.barcode and v.sku]
    (p1, v1), (p2, v2) = sellable[0], next(pv for pv in sellable if pv[0].id != sellable[0][0].id)
    third = next(p for p, _v in sellable if p.id not in (p1.id, p2.id) and len(p.name) >= 6)

    # Sign in on the keyboard; no till is open, so the float is counted in.
    await until(lambda: view.find("pinDots") is not None)
    await keys(view, [*STAFF_PIN, "\n"], gap_s=0.12)
    await idle(st)
    assert st.screen == "openTill", st.message
    await keys(view, [*"10000", "\n"], gap_s=0.05)  # 100.00 in the drawer
    await idle(st)
    assert st.screen == "sale"

    # Two barcodes from the scanner (a burst ending in Enter), wherever the focus is.
    await until(lambda: view.find("searchField") is not None)
    await keys(view, [*str(v1.barcode), "\n"])
    await keys(view, [*str(v2.barcode), "\n"])
    assert [ln.variant_id for ln in st.sale_vm.cart.lines] == [v1.id, v2.id]
    assert st.search_vm.query == ""  # the scanned digits did not stay in the search field

    # A third product by typing part of its name (a person's pace), then Enter.
    typed = third.name.split()[0][:6].lower()
    await keys(view, typed, gap_s=0.12)
    await until(lambda: st.search_vm.results.count > 0)
    row = next(
        i
        for i in range(st.search_vm.results.count)
        if st.search_vm.results.value(i, "name") == third.name
    )
    await tap(view, f"result_{row}")
    assert [ln.product_id for ln in st.sale_vm.cart.lines][-1] == third.id

    # A new customer, created and attached.
    await keys(view, [Qt.Key.Key_F2])
    await until(lambda: view.find("newEmail") is not None)
    await tap(view, "newEmail")
    await keys(view, "ada.okafor@example.com")
    await tap(view, "newFirst")
    await keys(view, "ada")
    await tap(view, "newLast")
    await keys(view, "okafor")
    await tap(view, "btnCreateCustomer")
    await idle(st)
    assert st.screen == "sale" and st.sale_vm.customerName == "ada okafor"
    customer = st.sale_vm.customer
    assert customer is not None

    # 10 % off the first line (at the limit: no manager needed), with a reason.
    first_line = st.sale_vm.cart.lines[0].line_id
    st.sale_vm.selectLine(first_line)
    await keys(view, [Qt.Key.Key_F3])
    await until(lambda: st.screen == "discount")
    await keys(view, "1000")
    await tap(view, "discountReason")
    await keys(view, "regular")
    await keys(view, "\n")
    assert st.screen == "sale" and first_line in st.sale_vm.discounts.lines
    cash_total = st.sale_vm.totals.total_minor
    cash_discount = st.sale_vm.totals.discount_minor

    # Cash: the next round note, then Enter.
    await keys(view, [Qt.Key.Key_F8])
    await until(lambda: st.screen == "cash")
    await keys(view, [Qt.Key.Key_F6])
    tendered = st.entry_minor
    assert tendered > cash_total
    await keys(view, "\n")
    await idle(st)
    assert st.screen == "done", st.message
    assert st.pay_vm.lastChangeText == st.money(tendered - cash_total)
    cash_order_number = st.pay_vm.lastOrder
    await tap(view, "btnNewSale")

    # A second customer pays by card on the reader.
    await keys(view, [*str(v2.barcode), "\n"])
    card_total = st.sale_vm.totals.total_minor
    await tap(view, "btnCard")
    await idle(st)
    assert st.screen == "done", st.message
    await keys(view, "\n")

    # Close the till: 1.50 short.
    await keys(view, [Qt.Key.Key_F10])
    await until(lambda: st.screen == "closeTill")
    counted = 10_000 + cash_total - 150
    await keys(view, [*str(counted), "\n"], gap_s=0.05)
    await idle(st)
    assert st.till_vm.closing["difference"] == st.money(-150)  # shown to the person counting
    # ... and the closing report beside it, on paper for the drawer by a tap.
    await tap(view, "btnPrintReport")
    await idle(st)
    assert st.message == "The closing report is printed."
    [paper] = await asyncio.to_thread(printer.wait_for_jobs, 1)
    report = st.till_vm.report
    assert report is not None and len(report.taxes_by_rate) >= 1
    assert "Till 2" in paper.text and "Counted" in paper.text and STAFF_PIN not in paper.text
    assert sum(t.amount_minor for t in report.taxes_by_rate) == report.taxes_minor > 0

    # What Final POS holds.
    [order] = [
        o
        for o in docs("orders")
        if (o.get("posData") or {}).get("orderNumber") == cash_order_number
    ]
    assert order["status"] == "completed" and order["customerId"] == customer.id
    assert order["posData"]["employee"] == "Sam"
    assert Decimal(order["summary"]["discountTotal"]) == Decimal(cash_discount) / 100
    assert Decimal(order["summary"]["total"]) == Decimal(cash_total) / 100
    assert len(order["lineItems"]) == 3
    [stored_customer] = [c for c in docs("customers") if c["id"] == customer.id]
    assert (stored_customer["email"], stored_customer["lastName"]) == (
        "ada.okafor@example.com",
        "okafor",
    )
    session_id = order["sessionId"]
    txs = [t for t in docs("transactions") if t.get("sessionId") == session_id]
    by_method = sorted((t["paymentMethod"], Decimal(t["amount"])) for t in txs)
    assert by_method == sorted(
        [("cash", Decimal(cash_total) / 100), ("credit_card", Decimal(card_total) / 100)]
    )
    [session] = [s for s in docs("sessions") if s["id"] == session_id]
    assert session["closedBy"] == "Sam" and Decimal(session["openingAmount"]) == 100
    assert Decimal(session["closingAmounts"]["cash"]) == Decimal(counted) / 100
    assert Decimal(session["closingAmounts"]["card"]) == Decimal(card_total) / 100
    cash_report = json.loads(session["closingReportData"])["cash"]
    assert Decimal(cash_report["expected"]) == Decimal(10_000 + cash_total) / 100
    assert Decimal(cash_report["difference"]) == Decimal("-1.50")
