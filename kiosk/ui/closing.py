"""The closing report's rows and print sentences, shared by staff mode and the station.

Both modes show the report of the till session just closed (staff: `staff.report`; the
station: its close-till screen) and print it on paper; the words are made here, once.
Under "Of which taxes" comes one row per tax rate ("VAT 19 %", the rate as the staff's
locale writes it); a row under another is marked `detail` for the screen to indent. When the
session's refunds carried taxes, "Taxes refunded" and "Taxes net of refunds" follow with the
same rows (the net is what the store declares per rate); the paper report has the same blocks.
A report closed while Final POS could not list the refunds has none of them but a notice
(`refund_taxes_notice`), shown by both screens under the rows and printed under the taxes.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.services.receipts import PrintOutcome
from kiosk.services.receipts.report import UNLISTED_NOTICE, rate_text
from kiosk.services.staff.closing import ClosingReport, RateTaxes
from kiosk.ui.i18n import tr

Row = tuple[str, str, bool]  # label, value, detail


def rate_row_label(tax: RateTaxes, locale: str) -> str:
    if tax.rate is None:
        return tr("Taxes at an unknown rate")
    return tr("{name} {rate}", name=tax.label or tr("Tax"), rate=rate_text(tax.rate, locale))


def _block(
    title: str,
    total_minor: int,
    taxes: tuple[RateTaxes, ...],
    money: Callable[[int], str],
    locale: str,
) -> list[Row]:
    rows = [(title, money(total_minor), False)]
    rows += [(rate_row_label(tax, locale), money(tax.amount_minor), True) for tax in taxes]
    return rows


def taxes_rows(report: ClosingReport, money: Callable[[int], str], locale: str) -> list[Row]:
    """ "Of which taxes" and one detail row per rate under it; with refund taxes, then
    "Taxes refunded" and "Taxes net of refunds", each with its rows per rate."""
    rows = _block(tr("Of which taxes"), report.taxes_minor, report.taxes_by_rate, money, locale)
    if report.has_refund_taxes:
        refunded = report.refund_taxes_by_rate
        net = report.net_taxes_by_rate()
        rows += _block(tr("Taxes refunded"), report.refund_taxes_minor, refunded, money, locale)
        rows += _block(tr("Taxes net of refunds"), report.net_taxes_minor, net, money, locale)
    return rows


def refund_taxes_notice(report: ClosingReport | None) -> str:
    """Why the refunds' taxes are missing from `report` (the paper prints the same), or ""."""
    return tr(UNLISTED_NOTICE) if report is not None and report.refund_taxes_unlisted else ""


def method_rows(report: ClosingReport, money: Callable[[int], str]) -> list[Row]:
    methods = {"credit_card": tr("card"), "cash": tr("cash")}
    return [
        (tr("Paid by {method}", method=methods.get(name, name)), money(amount), False)
        for name, amount in report.payment_methods
    ]


def print_text(outcome: PrintOutcome) -> tuple[str, bool]:
    """What staff are told after "Print report", and whether it is an error."""
    if outcome is PrintOutcome.PRINTED:
        return tr("The closing report is printed."), False
    if outcome is PrintOutcome.QUEUED:
        return tr("The printer did not print it now; it tries again by itself."), True
    return tr("No receipt printer is set up."), True
