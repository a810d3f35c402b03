"""The README's paper receipt: rendered through the printer stand-in from a demo-café order.

A snapshot: the committed text must match what the code renders today, so a layout change
shows up as a failing test until the pictures are regenerated on purpose with
``KIOSK_TEST_UPDATE_SNAPSHOTS=1`` (which rewrites docs/receipts/receipt.txt and receipt.png).
"""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.domain.receipt import receipt_from_totals
from kiosk.finalpos import models as m
from kiosk.sandbox.printer import PrinterStandIn
from kiosk.services.receipts.build import store_from_outlet
from kiosk.services.receipts.layout import receipt_rows
from kiosk.services.receipts.paper import PaperWriter
from kiosk.services.receipts.printers import EscposDevice
from kiosk.services.receipts.settings import PrinterSettings
from tests.receipts.helpers import WHEN, line, payment, priced, rate

DOCS = Path(__file__).resolve().parents[2] / "docs" / "receipts"
OUTLET = m.Outlet(
    id="o1",
    name="Harbour Street Café",
    address="12 Harbour Street",
    address2="Ground floor",
    city="Portsmouth",
    post_code="PO1 2AB",
    phone="+44 23 9200 0000",
    tax_id="GB 123 4567 89",
)


def test_the_readme_receipt_is_what_the_printer_prints() -> None:
    totals = priced(
        "GBP",
        [rate("VAT", "20"), rate("VAT food", "0")],
        [
            line(1, "Flat white", 340, 2, "VAT", ("Large", "Oat milk")),
            line(2, "Almond croissant", 325, 1, "VAT food"),
            line(3, "Sparkling elderflower", 280, 1, "VAT"),
        ],
    )
    receipt = receipt_from_totals(
        totals,
        store=store_from_outlet(OUTLET),
        order_number="A042",
        receipt_id="KIOSK1-000042-3F9A2C",
        created_at=WHEN,
        order_type="take_away",
        station="Kiosk 1",
        session="S-0007",
        payment=payment(totals),
        receipt_url="https://shop.example/r/A042",
    )
    assert receipt.problems() == []
    data = PaperWriter().document(receipt_rows(receipt, locale="en_GB"), qr=receipt.receipt_url)
    with PrinterStandIn() as printer:
        EscposDevice(PrinterSettings(host=printer.host, port=printer.port)).send(data)
        [job] = printer.wait_for_jobs(1)
    if os.environ.get("KIOSK_TEST_UPDATE_SNAPSHOTS"):
        DOCS.mkdir(parents=True, exist_ok=True)
        (DOCS / "receipt.txt").write_text(job.text, encoding="utf-8")
        job.png().save(DOCS / "receipt.png", optimize=True)
    assert job.text == (DOCS / "receipt.txt").read_text(encoding="utf-8")
    assert (DOCS / "receipt.png").stat().st_size > 10_000
