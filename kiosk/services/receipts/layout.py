"""One receipt layout, rendered by every channel: text, ESC/POS paper, email, the QR payload.

`receipt_rows` turns a `Receipt` into rows (centred titles, label/amount pairs, wrapped text,
rules, the big order number); `render_text` lays them out in a fixed number of columns, the
ESC/POS renderer (`kiosk.services.receipts.paper`) sends the same rows with printer styles,
and the email renderer puts them in a table. A receipt therefore reads the same everywhere.

Column widths count East Asian wide characters (抹茶) as two columns, as thermal printers and
terminals do. Right-to-left names are kept in logical order: the email's HTML marks them
``dir="auto"``; a thermal printer shows what its code page can (see `paper`).

Labels are English and go through `translate` (the UI passes its `tr`), money through Babel
for the store's locale.
"""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from babel.dates import format_datetime
from babel.numbers import format_currency

from kiosk.domain.money import to_decimal
from kiosk.domain.receipt import CardPayment, Receipt, group_by_category

Translate = Callable[[str], str]
PAPER_COLUMNS = 42  # font A on 80 mm paper


def _identity(text: str) -> str:
    return text


class RowKind(StrEnum):
    TITLE = "title"  # the store name: centred, bold
    CENTER = "center"
    BIG = "big"  # the order number: centred, quadruple size on paper
    PAIR = "pair"  # label left, amount right
    TEXT = "text"  # wrapped left
    RULE = "rule"
    BLANK = "blank"


@dataclass(frozen=True, slots=True)
class Row:
    kind: RowKind
    left: str = ""
    right: str = ""
    bold: bool = False
    indent: int = 0


ENTRY_MODES = {
    "contactless_emv": "Contactless",
    "contactless_magstripe_mode": "Contactless",
    "contact_emv": "Chip",
    "magnetic_stripe_track2": "Swipe",
    "magnetic_stripe_fallback": "Swipe (fallback)",
}
ORDER_TYPE_LABELS = {"eat_in": "Eat in", "take_away": "Take away"}


class MoneyFormat:
    """Minor units to the store's money text ("€4.50", "¥1,200")."""

    def __init__(self, locale: str, currency: str) -> None:
        self.locale = locale
        self.currency = currency.upper()

    def __call__(self, amount_minor: int) -> str:
        return str(
            format_currency(
                to_decimal(amount_minor, self.currency), self.currency, locale=self.locale
            )
        )


def _rate(rate: Decimal) -> str:
    text = format(rate.normalize(), "f")
    return f"{text}%"


def brand_name(brand: str | None) -> str:
    if not brand:
        return "Card"
    return {"amex": "American Express", "mastercard": "Mastercard", "jcb": "JCB"}.get(
        brand, brand.replace("_", " ").title()
    )


def card_rows(payment: CardPayment, fmt: MoneyFormat, t: Translate) -> list[Row]:
    """The payment block: brand, last 4, entry mode and the EMV fields Stripe reported."""
    card = brand_name(payment.brand)
    if payment.last4:
        card = f"{card} **** {payment.last4}"
    rows = [Row(RowKind.PAIR, t("Paid by card"), fmt(payment.amount_minor), bold=True)]
    rows.append(Row(RowKind.TEXT, card))
    if payment.entry_mode:
        mode = ENTRY_MODES.get(payment.entry_mode, payment.entry_mode.replace("_", " "))
        rows.append(Row(RowKind.PAIR, t("Entry"), t(mode)))
    emv = (
        (t("Application"), payment.application_name),
        (t("AID"), payment.aid),
        (t("Auth code"), payment.authorization_code),
        (t("ARC"), payment.authorization_response_code),
        (t("Account"), payment.account_type.title() if payment.account_type else None),
        (t("Reference"), payment.reference),
    )
    rows.extend(Row(RowKind.PAIR, label, value) for label, value in emv if value)
    return rows


def receipt_rows(
    receipt: Receipt, *, locale: str = "en_GB", translate: Translate = _identity
) -> list[Row]:
    """The customer's receipt as rows (see the module docstring)."""
    t = translate
    fmt = MoneyFormat(locale, receipt.currency)
    rows = [Row(RowKind.TITLE, receipt.store.name)]
    rows.extend(Row(RowKind.CENTER, line) for line in receipt.store.address_lines)
    if receipt.store.phone:
        rows.append(Row(RowKind.CENTER, receipt.store.phone))
    if receipt.store.tax_id:
        rows.append(Row(RowKind.CENTER, t("Tax id {tax_id}").format(tax_id=receipt.store.tax_id)))
    rows.append(Row(RowKind.BLANK))
    rows.append(Row(RowKind.CENTER, t("Order number")))
    rows.append(Row(RowKind.BIG, receipt.order_number))
    if receipt.order_type:
        label = ORDER_TYPE_LABELS.get(receipt.order_type, receipt.order_type)
        rows.append(Row(RowKind.CENTER, t(label), bold=True))
    if receipt.table_number:
        table = t("Table {number}").format(number=receipt.table_number)
        rows.append(Row(RowKind.CENTER, table, bold=True))
    rows.append(Row(RowKind.BLANK))
    when = format_datetime(receipt.created_at, "short", locale=locale)
    rows.append(Row(RowKind.PAIR, str(when), receipt.receipt_id))
    if receipt.station:
        rows.append(Row(RowKind.PAIR, t("Station"), receipt.station))
    if receipt.session:
        rows.append(Row(RowKind.PAIR, t("Till session"), receipt.session))
    rows.append(Row(RowKind.RULE))
    for line in receipt.lines:
        rows.append(Row(RowKind.PAIR, f"{line.quantity} x {line.name}", fmt(line.total_minor)))
        if line.options:
            rows.append(Row(RowKind.TEXT, ", ".join(line.options), indent=4))
        if line.note:
            rows.append(Row(RowKind.TEXT, line.note, indent=4))
        if line.quantity > 1:
            each = t("{price} each").format(price=fmt(line.unit_price_minor))
            rows.append(Row(RowKind.TEXT, each, indent=4))
    rows.append(Row(RowKind.RULE))
    rows.append(Row(RowKind.PAIR, t("Subtotal"), fmt(receipt.subtotal_minor)))
    if receipt.discount_minor:
        rows.append(Row(RowKind.PAIR, t("Discount"), fmt(-receipt.discount_minor)))
    for tax in receipt.taxes:
        how = t("included") if tax.inclusive else t("added")
        label = f"{tax.name} {_rate(tax.rate)} ({how})"
        rows.append(Row(RowKind.PAIR, label, fmt(tax.amount_minor)))
    rows.append(Row(RowKind.PAIR, t("TOTAL"), fmt(receipt.total_minor), bold=True))
    rows.append(Row(RowKind.RULE))
    if receipt.payment is not None:
        rows.extend(card_rows(receipt.payment, fmt, t))
        rows.append(Row(RowKind.RULE))
    rows.append(Row(RowKind.CENTER, t("Thank you!"), bold=True))
    if receipt.receipt_url:
        rows.append(Row(RowKind.CENTER, receipt.receipt_url))
    return rows


def kitchen_rows(receipt: Receipt, *, translate: Translate = _identity) -> list[Row]:
    """The kitchen ticket: order number large, lines grouped by category, notes in bold."""
    t = translate
    rows = [Row(RowKind.BIG, receipt.order_number)]
    if receipt.order_type:
        label = ORDER_TYPE_LABELS.get(receipt.order_type, receipt.order_type)
        rows.append(Row(RowKind.CENTER, t(label).upper(), bold=True))
    if receipt.table_number:
        table = t("Table {number}").format(number=receipt.table_number)
        rows.append(Row(RowKind.CENTER, table.upper(), bold=True))
    rows.append(Row(RowKind.CENTER, receipt.created_at.strftime("%H:%M")))
    for category, lines in group_by_category(receipt.lines):
        rows.append(Row(RowKind.RULE))
        if category:
            rows.append(Row(RowKind.TEXT, category.upper(), bold=True))
        for line in lines:
            rows.append(Row(RowKind.TEXT, f"{line.quantity} x {line.name}", bold=True))
            if line.options:
                rows.append(Row(RowKind.TEXT, ", ".join(line.options), indent=4))
            if line.note:
                rows.append(Row(RowKind.TEXT, line.note, bold=True, indent=4))
    for note in receipt.notes:
        rows.append(Row(RowKind.TEXT, note, bold=True))
    rows.append(Row(RowKind.RULE))
    return rows


def qr_text(receipt: Receipt, *, locale: str = "en_GB") -> str:
    """What the QR fallback encodes when no receipt URL is configured: proof of payment."""
    fmt = MoneyFormat(locale, receipt.currency)
    parts = [
        receipt.store.name,
        f"Order {receipt.order_number}",
        receipt.created_at.strftime("%Y-%m-%d %H:%M"),
        f"Total {fmt(receipt.total_minor)}",
    ]
    if receipt.payment is not None:
        card = brand_name(receipt.payment.brand)
        if receipt.payment.last4:
            card += f" **** {receipt.payment.last4}"
        parts.append(card)
        if receipt.payment.authorization_code:
            parts.append(f"Auth {receipt.payment.authorization_code}")
    parts.append(f"Receipt {receipt.receipt_id}")
    return "\n".join(parts)


# -- text layout ------------------------------------------------------------------------


def columns(text: str) -> int:
    """Printed width: wide (CJK) characters take two columns, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def wrap(text: str, width: int) -> list[str]:
    """Wrap to `width` columns (words first, then hard breaks for long words or CJK)."""
    if width < 1:
        raise ValueError("width must be positive")
    out: list[str] = []
    for piece in textwrap.wrap(text, width=width, break_long_words=False) or [""]:
        line = ""
        for ch in piece:
            if columns(line + ch) > width:
                out.append(line.rstrip())
                line = ch.lstrip()
            else:
                line += ch
        out.append(line)
    return out


def pad_left(text: str, width: int) -> str:
    return " " * max(0, width - columns(text)) + text


def center(text: str, width: int) -> str:
    gap = max(0, width - columns(text))
    return " " * (gap // 2) + text


def pair(left: str, right: str, width: int, indent: int = 0) -> list[str]:
    """Label and amount on one line; a long label wraps and the amount ends its last line."""
    room = width - columns(right) - 1 - indent
    first, *rest = wrap(left, max(8, room))
    out = [" " * indent + first]
    if rest:  # continuation lines sit under the name, not under the quantity
        tail = left[len(first) :].lstrip() if left.startswith(first) else " ".join(rest)
        out.extend(" " * (indent + 4) + ln for ln in wrap(tail, max(8, room - 4)))
    last = out[-1]
    if columns(last) + 1 + columns(right) <= width:
        out[-1] = last + pad_left(right, width - columns(last))
    else:
        out.append(pad_left(right, width))
    return out


def render_lines(rows: list[Row], width: int = PAPER_COLUMNS) -> list[str]:
    out: list[str] = []
    for row in rows:
        if row.kind is RowKind.RULE:
            out.append("-" * width)
        elif row.kind is RowKind.BLANK:
            out.append("")
        elif row.kind in (RowKind.TITLE, RowKind.CENTER, RowKind.BIG):
            text = " ".join(row.left) if row.kind is RowKind.BIG else row.left
            out.extend(center(ln, width) for ln in wrap(text, width))
        elif row.kind is RowKind.PAIR:
            out.extend(pair(row.left, row.right, width, row.indent))
        else:
            out.extend(" " * row.indent + ln for ln in wrap(row.left, width - row.indent))
    return [ln.rstrip() for ln in out]


def render_text(rows: list[Row], width: int = PAPER_COLUMNS) -> str:
    """Rows as plain text in `width` columns (the email's text part, logs, tests)."""
    return "\n".join(render_lines(rows, width)) + "\n"
