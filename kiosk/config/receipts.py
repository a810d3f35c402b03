"""Receipt settings: printers, the receipt URL, SMTP, which channels the customer is offered.

The lead adds ``receipts: ReceiptSettings`` to `kiosk.config.Settings`, so these are read from
``KIOSK_RECEIPTS__…`` or the ``[receipts]`` table of the TOML file like every other setting:

```toml
[receipts]
channels = ["print", "email", "qr", "none"]
default_channel = "print"
receipt_url_template = "https://shop.example/r/{order_id}"
printer = { kind = "network", host = "192.168.1.50" }        # port 9100
kitchen_printer = { kind = "file", path = "/dev/usb/lp1" }
smtp = { host = "smtp.example.com", port = 587, tls = "starttls", username = "kiosk",
         password = "...", from_address = "receipts@example.com" }
```

The SMTP password is a `SecretStr`: never logged, shown or put in an exception.
"""

from __future__ import annotations

from pathlib import Path
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from kiosk.config.receipt_channels import PrinterKind, ReceiptChannel, SmtpTls

__all__ = [
    "PrinterKind",
    "PrinterSettings",
    "ReceiptChannel",
    "ReceiptSettings",
    "SmtpSettings",
    "SmtpTls",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PrinterSettings(_Model):
    kind: PrinterKind = PrinterKind.NETWORK
    host: str | None = None
    port: int = Field(default=9100, ge=1, le=65535)
    usb_vendor_id: int | None = None
    usb_product_id: int | None = None
    path: Path | None = None
    profile: str = "TM-T88V"  # python-escpos capability profile (paper width, code pages)
    timeout_s: float = Field(default=5.0, gt=0, le=120)

    @model_validator(mode="after")
    def _complete(self) -> Self:
        if self.kind is PrinterKind.NETWORK and not self.host:
            raise ValueError("a network printer needs a host")
        if self.kind is PrinterKind.USB and (
            self.usb_vendor_id is None or self.usb_product_id is None
        ):
            raise ValueError("a USB printer needs usb_vendor_id and usb_product_id")
        if self.kind is PrinterKind.FILE and self.path is None:
            raise ValueError("a file printer needs a path")
        return self

    def describe(self) -> str:
        """Where the printer is, for staff and logs."""
        if self.kind is PrinterKind.NETWORK:
            return f"{self.host}:{self.port}"
        if self.kind is PrinterKind.USB:
            return f"usb {self.usb_vendor_id:04x}:{self.usb_product_id:04x}"
        return str(self.path)


class SmtpSettings(_Model):
    host: str
    port: int = Field(default=587, ge=1, le=65535)
    tls: SmtpTls = SmtpTls.STARTTLS
    username: str | None = None
    password: SecretStr | None = None
    from_address: str
    timeout_s: float = Field(default=20.0, gt=0, le=300)


class ReceiptSettings(_Model):
    channels: tuple[ReceiptChannel, ...] = (
        ReceiptChannel.PRINT,
        ReceiptChannel.EMAIL,
        ReceiptChannel.QR,
        ReceiptChannel.NONE,
    )
    default_channel: ReceiptChannel = ReceiptChannel.PRINT
    printer: PrinterSettings | None = None
    kitchen_printer: PrinterSettings | None = None
    receipt_url_template: str | None = None  # e.g. https://shop.example/r/{order_id}
    smtp: SmtpSettings | None = None
    logo_path: Path | None = None  # a PNG printed at the top (black and white works best)
    retry_interval_s: float = Field(default=30.0, gt=0)
    max_attempts: int = Field(default=20, ge=1)  # then the job waits for staff
    email_attempts: int = Field(default=5, ge=1)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if not self.channels:
            raise ValueError("offer at least one receipt channel (none counts)")
        if self.default_channel not in self.channels:
            raise ValueError("the default receipt channel must be one of the offered channels")
        if self.receipt_url_template is not None:
            try:
                self.receipt_url_template.format(
                    order_id="x", order_number="x", receipt_id="x", checkout_id="x"
                )
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(
                    "receipt_url_template may use {order_id}, {order_number}, {receipt_id},"
                    " {checkout_id}"
                ) from exc
        return self

    @property
    def offered(self) -> tuple[ReceiptChannel, ...]:
        """Channels that can work with this configuration (email needs SMTP, print a
        printer); QR always works, as the fallback needs no URL."""
        usable = []
        for channel in self.channels:
            if channel is ReceiptChannel.PRINT and self.printer is None:
                continue
            if channel is ReceiptChannel.EMAIL and self.smtp is None:
                continue
            usable.append(channel)
        return tuple(usable)
