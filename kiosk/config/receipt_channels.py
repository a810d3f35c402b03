"""The receipt settings' choices as plain enums, apart from the pydantic models
(`kiosk.config.receipts`): the confirmation screen needs `ReceiptChannel` for the first frame,
which is drawn before pydantic is imported when the kiosk starts from its settings snapshot."""

from __future__ import annotations

from enum import StrEnum


class ReceiptChannel(StrEnum):
    PRINT = "print"
    EMAIL = "email"
    QR = "qr"
    NONE = "none"


class PrinterKind(StrEnum):
    NETWORK = "network"  # raw TCP, port 9100 (JetDirect / AppSocket)
    USB = "usb"  # python-escpos over pyusb (vendor and product id)
    FILE = "file"  # a device node or file: /dev/usb/lp0, a named pipe, a spool file


class SmtpTls(StrEnum):
    NONE = "none"
    STARTTLS = "starttls"
    IMPLICIT = "implicit"  # SMTPS, usually port 465
