"""Small types the screen shares with the receipt service, without its heavy imports.

The confirmation screen's view-model imports these at start-up; python-escpos, Pillow and
aiosmtplib load only when the first receipt is rendered or sent.
"""

from __future__ import annotations

import re
from enum import StrEnum


class JobKind(StrEnum):
    RECEIPT = "receipt"
    KITCHEN = "kitchen"
    EMAIL = "email"
    REPORT = "report"  # a till session's closing report, on the receipt printer


class PrintOutcome(StrEnum):
    PRINTED = "printed"
    QUEUED = "queued"  # not printed now; retried in the background and listed for staff
    NOT_CONFIGURED = "not_configured"


class InvalidEmail(ValueError):
    """The typed address is not an email address (shown as a hint under the keyboard)."""


class ReceiptUnavailable(Exception):
    """No receipt can be made for this checkout (unknown, or not paid)."""


# Deliberately simple: one @, a dot in the domain, no spaces. Real validation is the
# delivery; this only catches typos on a touch keyboard.
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def valid_email(address: str) -> bool:
    address = address.strip()
    return len(address) <= 254 and bool(_EMAIL.match(address)) and ".." not in address


def redacted(address: str) -> str:
    """What logs and staff may see of an address: its domain."""
    return "***@" + address.rpartition("@")[2] if "@" in address else "***"
