"""Receipt settings live with the other settings (`kiosk.config.receipts`); re-exported here
for the receipt services that read them."""

from kiosk.config.receipts import (
    PrinterKind,
    PrinterSettings,
    ReceiptChannel,
    ReceiptSettings,
    SmtpSettings,
    SmtpTls,
)

__all__ = [
    "PrinterKind",
    "PrinterSettings",
    "ReceiptChannel",
    "ReceiptSettings",
    "SmtpSettings",
    "SmtpTls",
]
