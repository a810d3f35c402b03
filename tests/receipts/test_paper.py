"""ESC/POS bytes read back by the printer stand-in's interpreter; settings; file printers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pydantic import ValidationError

from kiosk.domain.receipt import receipt_from_totals
from kiosk.sandbox.escpos import EscPosInterpreter
from kiosk.sandbox.paper import PaperImage, PaperLine, PrintJob
from kiosk.services.receipts import ReceiptChannel, ReceiptSettings
from kiosk.services.receipts.layout import MoneyFormat, kitchen_rows, receipt_rows
from kiosk.services.receipts.paper import PaperWriter
from kiosk.services.receipts.printers import EscposDevice, PrinterError, PrinterState
from kiosk.services.receipts.settings import PrinterSettings
from tests.receipts.helpers import STORE, WHEN, line, payment, priced, rate

TOTALS = priced(
    "EUR",
    [rate("VAT", "20")],
    [line(1, "Flat white", 350, 2, options=("Oat",)), line(2, "קפה הפוך", 420, 1)],
)


def read_back(data: bytes) -> PrintJob:
    job = PrintJob(1, 0.0, data)
    interpreter = EscPosInterpreter(job, lambda _n: 0x12)
    assert interpreter.feed(data) == b""
    interpreter.close()
    return job


def receipt(**extra: object):  # type: ignore[no-untyped-def]
    return receipt_from_totals(
        TOTALS,
        store=STORE,
        order_number="A042",
        receipt_id="KIOSK1-000042",
        created_at=WHEN,
        payment=payment(TOTALS),
        **extra,  # type: ignore[arg-type]
    )


def test_the_paper_carries_number_large_total_and_card_fields() -> None:
    data = PaperWriter().document(receipt_rows(receipt()), qr="https://shop.example/r/1")
    job = read_back(data)
    lines = [i for i in job.items if isinstance(i, PaperLine)]
    big = next(i for i in lines if "A042" in i.text)
    assert (big.width, big.height, big.align) == (4, 4, 1)
    text = job.text
    total = MoneyFormat("en_GB", "EUR")(TOTALS.total_minor)
    assert any(ln.startswith("TOTAL") and ln.endswith(total) for ln in text.splitlines())
    assert next(i for i in lines if i.text.startswith("TOTAL")).bold
    for field in ("**** 4242", "VISA CREDIT", "A0000000031010", "123456", "Chip"):
        assert field in text
    assert "4242424242" not in text
    assert job.cuts == 1
    images = [i for i in job.items if isinstance(i, PaperImage)]
    assert len(images) == 2  # the Hebrew line (CP858 has no Hebrew) and the QR code
    assert "?" not in text  # nothing printed as question marks


def test_the_rtl_line_is_a_raster_row_with_the_amount_at_the_right_edge() -> None:
    job = read_back(PaperWriter().document(receipt_rows(receipt()), cut=False))
    [row] = [i for i in job.items if isinstance(i, PaperImage)]
    ink = row.image.convert("L").point(lambda v: 255 if v < 128 else 0)
    box = ink.getbbox()
    assert box is not None and box[2] > row.image.width - 20  # the amount ends at the edge


def test_logo_is_printed_centred_and_scaled_to_the_paper(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("L", (900, 200), 0).save(logo)
    job = read_back(PaperWriter().document(receipt_rows(receipt()), logo=logo))
    first = job.items[0]
    assert isinstance(first, PaperImage) and first.image.width <= 512


def test_kitchen_ticket_bytes_have_no_prices() -> None:
    job = read_back(PaperWriter().document(kitchen_rows(receipt())))
    assert "A042" in job.text and "Flat white" in job.text and "€" not in job.text


def test_a_file_printer_gets_the_bytes_and_reports_unknown_status(tmp_path: Path) -> None:
    spool = tmp_path / "lp0"
    spool.write_bytes(b"")
    device = EscposDevice(PrinterSettings(kind="file", path=spool))
    assert device.status().state is PrinterState.UNKNOWN
    data = PaperWriter().document(receipt_rows(receipt()))
    assert device.send(data) is PrinterState.UNKNOWN
    assert spool.read_bytes() == data
    missing = EscposDevice(PrinterSettings(kind="file", path=tmp_path / "no" / "lp9"))
    with pytest.raises(PrinterError) as caught:
        missing.send(data)
    assert caught.value.state is PrinterState.UNREACHABLE


def test_settings_refuse_what_cannot_work() -> None:
    with pytest.raises(ValidationError, match="host"):
        PrinterSettings(kind="network")
    with pytest.raises(ValidationError, match="usb_vendor_id"):
        PrinterSettings(kind="usb", usb_vendor_id=0x04B8)
    with pytest.raises(ValidationError, match="default"):
        ReceiptSettings(channels=("email",), default_channel="print")
    with pytest.raises(ValidationError, match="receipt_url_template"):
        ReceiptSettings(receipt_url_template="https://shop.example/r/{order}")
    settings = ReceiptSettings(printer=PrinterSettings(host="10.0.0.9"))
    assert settings.offered == (ReceiptChannel.PRINT, ReceiptChannel.QR, ReceiptChannel.NONE)
    secret = ReceiptSettings.model_validate(
        {"smtp": {"host": "smtp.example", "password": "hunter2", "from_address": "r@x.example"}}
    )
    assert "hunter2" not in repr(secret) and "hunter2" not in str(secret.model_dump())


def test_a_long_name_wraps_under_itself_and_the_amount_ends_the_last_line() -> None:
    long = replace(receipt().lines[0], name="Flat white " * 6)
    rows = receipt_rows(replace(receipt(), lines=(long,)))
    job = read_back(PaperWriter().document(rows))
    text_lines = job.text.splitlines()
    first = next(i for i, ln in enumerate(text_lines) if ln.startswith("2 x Flat white"))
    assert text_lines[first + 1].startswith("    Flat")
    assert text_lines[first + 1].endswith(MoneyFormat("en_GB", "EUR")(long.total_minor))


def test_a_usb_printer_that_is_not_there_is_unreachable_not_a_crash() -> None:
    device = EscposDevice(PrinterSettings(kind="usb", usb_vendor_id=0x04B8, usb_product_id=0x0E15))
    status = device.status()
    assert status.state is PrinterState.UNREACHABLE and "usb 04b8:0e15" in status.where
