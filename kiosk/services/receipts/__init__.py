"""Receipts: the layout every channel shares, ESC/POS printing, email, QR, the retry queue.

This package's top level stays light (the screen imports it at start-up): the service is
`kiosk.services.receipts.service.ReceiptService`, with `printer_status` for `kiosk check`;
python-escpos, Pillow and aiosmtplib load on first use.
"""

from kiosk.services.receipts.outcomes import (
    InvalidEmail,
    JobKind,
    PrintOutcome,
    ReceiptUnavailable,
    valid_email,
)
from kiosk.services.receipts.settings import (
    PrinterKind,
    PrinterSettings,
    ReceiptChannel,
    ReceiptSettings,
    SmtpSettings,
    SmtpTls,
)

__all__ = [
    "InvalidEmail",
    "JobKind",
    "PrintOutcome",
    "PrinterKind",
    "PrinterSettings",
    "ReceiptChannel",
    "ReceiptSettings",
    "ReceiptUnavailable",
    "SmtpSettings",
    "SmtpTls",
    "valid_email",
]
