"""Receipts: the layout every channel shares, ESC/POS printing, email, QR, the retry queue.

This package's top level stays light (the screen imports it at start-up): the service is
`kiosk.services.receipts.service.ReceiptService`, with `printer_status` for `kiosk check`;
python-escpos, Pillow and aiosmtplib load on first use, and so do the settings models (the
first frame, drawn before pydantic is imported, needs only the plain `ReceiptChannel`).
"""

from typing import TYPE_CHECKING, Any

from kiosk.config.receipt_channels import PrinterKind, ReceiptChannel, SmtpTls
from kiosk.services.receipts.outcomes import (
    InvalidEmail,
    JobKind,
    PrintOutcome,
    ReceiptUnavailable,
    valid_email,
)

if TYPE_CHECKING:
    from kiosk.services.receipts.settings import PrinterSettings, ReceiptSettings, SmtpSettings

_SETTINGS = frozenset({"PrinterSettings", "ReceiptSettings", "SmtpSettings"})


def __getattr__(name: str) -> Any:
    if name not in _SETTINGS:
        raise AttributeError(f"module 'kiosk.services.receipts' has no attribute {name!r}")
    from kiosk.services.receipts import settings

    return getattr(settings, name)


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
