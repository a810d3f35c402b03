"""The till session's closing report on paper: its own layout, the receipts' printer path.

`report_rows` lays a `ClosingReport` out as the receipt rows of `layout` (so the text and
ESC/POS renderers print it as they print receipts): store and station, the session's number,
when it was opened and closed and by whom, the order count, sales, the taxes per rate (and,
when refunds carried taxes, the refunds' taxes per rate and the net of both: what is declared;
when Final POS could not list the refunds, a line saying their taxes are missing), refunds,
each payment method and, for a staffed station, the cash count. No PIN, no key, no card data:
the report holds none.

Labels are English and go through `translate` (the staff screen passes its `tr`, so the paper
speaks the staff's language); the calls to `tr_noop` below only mark them for the
translation files (the extractor reads calls by that name). Money and percentages are
formatted by Babel for the receipt service's locale.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from babel.dates import format_datetime
from babel.numbers import format_percent

from kiosk.services.receipts.layout import MoneyFormat, Row, RowKind, Translate
from kiosk.services.staff.closing import ClosingReport


def tr_noop(text: str) -> str:
    """Mark `text` for the translation files; `translate` translates it when printing."""
    return text


METHODS = {"credit_card": tr_noop("card"), "cash": tr_noop("cash")}
# Under the taxes when Final POS could not list the refunds (the screens show it too).
UNLISTED_NOTICE = tr_noop(
    "Refunded taxes are missing from this report: Final POS could not list the refunds."
)


def _identity(text: str) -> str:
    return text


def rate_text(rate: Decimal, locale: str) -> str:
    """A tax percentage as the locale writes it: "19 %" (de), "5.5%" (en), every digit kept."""
    return str(format_percent(rate / 100, locale=locale, decimal_quantization=False))


def rate_label(name: str, rate: Decimal | None, locale: str, translate: Translate) -> str:
    """ "VAT 19 %": the tax's name and rate; orders without a usable breakdown: unknown."""
    t = translate
    if rate is None:
        return t(tr_noop("Taxes at an unknown rate"))
    return (
        t(tr_noop("{name} {rate}"))
        .format(name=name or t(tr_noop("Tax")), rate=rate_text(rate, locale))
        .strip()
    )


def _when(moment: datetime | None, locale: str) -> str:
    if moment is None:
        return ""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return str(format_datetime(local, "short", locale=locale))


def report_rows(
    report: ClosingReport,
    *,
    store_name: str,
    printed_at: datetime,
    locale: str = "en_GB",
    translate: Translate = _identity,
) -> list[Row]:
    """The closing report as rows (see the module docstring)."""
    t = translate
    fmt = MoneyFormat(locale, report.currency)
    rows = [Row(RowKind.TITLE, store_name), Row(RowKind.CENTER, t(tr_noop("Closing report")))]
    rows.append(Row(RowKind.BLANK))
    if report.station:
        rows.append(Row(RowKind.PAIR, t(tr_noop("Station")), report.station))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Till session")), report.session_number))
    if report.opened_at is not None or report.opened_by:
        rows.append(Row(RowKind.PAIR, t(tr_noop("Opened")), _when(report.opened_at, locale)))
        rows.append(Row(RowKind.PAIR, t(tr_noop("Opened by")), report.opened_by))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Closed")), _when(report.closed_at, locale)))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Closed by")), report.closed_by))
    rows.append(Row(RowKind.RULE))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Orders")), str(report.order_count)))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Sales")), fmt(report.gross_minor), bold=True))
    blocks = [(t(tr_noop("Of which taxes")), report.taxes_minor, report.taxes_by_rate, False)]
    if report.has_refund_taxes:
        refunded, net = report.refund_taxes_by_rate, report.net_taxes_by_rate()
        blocks.append((t(tr_noop("Taxes refunded")), report.refund_taxes_minor, refunded, False))
        # The net is what the store declares per rate: it stands out.
        blocks.append((t(tr_noop("Taxes net of refunds")), report.net_taxes_minor, net, True))
    for title, total_minor, taxes, bold in blocks:
        rows.append(Row(RowKind.PAIR, title, fmt(total_minor), bold=bold))
        for tax in taxes:
            label = rate_label(tax.label, tax.rate, locale, t)
            rows.append(Row(RowKind.PAIR, label, fmt(tax.amount_minor), indent=2))
    if report.refund_taxes_unlisted:
        rows.append(Row(RowKind.TEXT, t(UNLISTED_NOTICE), bold=True))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Refunds")), fmt(report.refunds_minor)))
    rows.append(Row(RowKind.RULE))
    for method, amount in report.payment_methods:
        name = t(METHODS[method]) if method in METHODS else method
        paid = t(tr_noop("Paid by {method}")).format(method=name)
        rows.append(Row(RowKind.PAIR, paid, fmt(amount)))
    rows.append(Row(RowKind.PAIR, t(tr_noop("Card total")), fmt(report.card_minor)))
    cash = report.cash
    if cash is not None:
        rows.append(Row(RowKind.RULE))
        rows.append(Row(RowKind.TEXT, t(tr_noop("Cash in the drawer")), bold=True))
        rows.append(Row(RowKind.PAIR, t(tr_noop("Opening float")), fmt(cash.opening_minor)))
        rows.append(Row(RowKind.PAIR, t(tr_noop("Expected")), fmt(cash.expected_minor)))
        rows.append(Row(RowKind.PAIR, t(tr_noop("Counted")), fmt(cash.counted_minor)))
        diff = ("+" if cash.difference_minor > 0 else "") + fmt(cash.difference_minor)
        rows.append(Row(RowKind.PAIR, t(tr_noop("Difference")), diff, bold=True))
    if report.note:
        rows.append(Row(RowKind.RULE))
        rows.append(Row(RowKind.TEXT, report.note))
    rows.append(Row(RowKind.RULE))
    printed = t(tr_noop("Printed {when}")).format(when=_when(printed_at, locale))
    rows.append(Row(RowKind.CENTER, printed))
    return rows
