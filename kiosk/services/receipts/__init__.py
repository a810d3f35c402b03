"""Receipts: the layout every channel shares, ESC/POS printing, email, QR, the retry queue.

Entry points: `ReceiptService` (what the confirmation screen, staff mode and the Backend use),
`ReceiptSettings` (configuration), `printer_status` (blocking, for `kiosk check`).
"""

from kiosk.services.receipts.printers import PrinterState, PrinterStatus
from kiosk.services.receipts.service import (
    InvalidEmail,
    JobKind,
    PrintOutcome,
    ReceiptProblem,
    ReceiptService,
    ReceiptUnavailable,
    printer_status,
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
    "PrinterState",
    "PrinterStatus",
    "ReceiptChannel",
    "ReceiptProblem",
    "ReceiptService",
    "ReceiptSettings",
    "ReceiptUnavailable",
    "SmtpSettings",
    "SmtpTls",
    "printer_status",
]
