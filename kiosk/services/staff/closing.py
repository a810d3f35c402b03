"""The closing report of a till session, as staff mode and the station show and print it.

`TillSessionService.close_async` writes the report to Final POS (``closingReportData``, JSON);
`report_from_session` reads it back from the closed session, so what staff see and print is
what Final POS holds. Reading is tolerant: a missing or odd field reads as zero (logged), an
odd tax row is skipped, never an error (the session is closed by then). A report written
before refunds had taxes per rate (no ``refundTaxes``/``refundTaxesByRate``) reads with no
refund taxes; `net_taxes_by_rate` is then the sales' rows. One written when Final POS could
not list the refunds says so (``refundTaxesUnlisted``: `refund_taxes_unlisted`), and the screens
and the paper tell staff that the refunds' taxes are missing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.services.receipts.outcomes import PrintOutcome
from kiosk.services.report_taxes import REFUND_TAXES_UNLISTED

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RateTaxes:
    """The session's taxes at one rate: `label` is Final POS's tax name ("VAT"), `rate` the
    percentage (None: orders without a usable breakdown, an unknown rate)."""

    label: str
    rate: Decimal | None
    amount_minor: int


@dataclass(frozen=True, slots=True)
class CashFigures:
    """A staffed station's drawer at closing (the report's ``cash``)."""

    opening_minor: int
    expected_minor: int
    counted_minor: int
    difference_minor: int


@dataclass(frozen=True, slots=True)
class ClosingReport:
    session_id: str
    closed_by: str
    closed_at: datetime | None
    currency: str
    order_count: int
    gross_minor: int
    taxes_minor: int
    sales_minor: int
    refunds_minor: int
    card_minor: int
    payment_methods: tuple[tuple[str, int], ...]
    note: str
    taxes_by_rate: tuple[RateTaxes, ...] = ()  # adds up to `taxes_minor`
    refund_taxes_minor: int = 0  # the taxes in this session's refunds
    refund_taxes_by_rate: tuple[RateTaxes, ...] = ()  # adds up to `refund_taxes_minor`
    session_number: str = ""
    station: str = ""
    opened_by: str = ""
    opened_at: datetime | None = None
    cash: CashFigures | None = None
    # Final POS could not list the refunds at closing: their taxes are missing, not zero.
    refund_taxes_unlisted: bool = False

    @property
    def has_refund_taxes(self) -> bool:
        """Refunds of this session carried taxes: show them and the net per rate."""
        return bool(self.refund_taxes_by_rate) or self.refund_taxes_minor != 0

    @property
    def net_taxes_minor(self) -> int:
        return self.taxes_minor - self.refund_taxes_minor

    def net_taxes_by_rate(self) -> tuple[RateTaxes, ...]:
        """Per rate, the sales' taxes less the refunds' (what is declared): one row per
        (name, rate) in either, sorted by rate then name, the unknown rate last.

        A refund's tax without a name (one made elsewhere may send only the percentage)
        counts against the sales' tax at that rate when only one has it.
        """
        net: dict[tuple[Decimal | None, str], int] = {}
        names: dict[Decimal, set[str]] = {}
        for tax in self.taxes_by_rate:
            if tax.rate is not None:
                names.setdefault(tax.rate, set()).add(tax.label)
        for sign, rows in ((1, self.taxes_by_rate), (-1, self.refund_taxes_by_rate)):
            for tax in rows:
                label = tax.label if tax.rate is not None else ""
                if sign < 0 and not label and tax.rate is not None:
                    sold = names.get(tax.rate, set())
                    label = next(iter(sold)) if len(sold) == 1 else label
                key = (tax.rate, label)
                net[key] = net.get(key, 0) + sign * tax.amount_minor
        order = sorted(net, key=lambda k: (k[0] is None, k[0] or Decimal(0), k[1]))
        return tuple(RateTaxes(label, rate, net[(rate, label)]) for rate, label in order)


class ReportPrinter(Protocol):
    """What printing a closing report needs (`ReceiptService` has it)."""

    @property
    def settings(self) -> object: ...  # `.printer` is None when no receipt printer is set up

    async def print_report_async(
        self, report: ClosingReport, *, translate: Callable[[str], str] | None = None
    ) -> PrintOutcome: ...


def report_from_session(
    session: m.Session, *, closed_by: str, currency: str, station: str = ""
) -> ClosingReport:
    """The closed `session`'s report; see the module docstring."""
    cur = currency.upper()
    try:
        data = json.loads(session.closing_report_data or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        log.warning("closing report of %s is not a JSON object: read as empty", session.id)
        data = {}

    def minor(value: object) -> int:
        try:
            return amounts.minor(Decimal(str(value)), cur)
        except (ArithmeticError, ValueError):
            log.warning("closing report of %s: amount %r read as 0", session.id, value)
            return 0

    try:
        count = int(data.get("orderCount") or 0)
    except (TypeError, ValueError):
        log.warning("closing report of %s: orderCount %r read as 0", session.id, data["orderCount"])
        count = 0
    methods = data.get("paymentMethods")
    cash = data.get("cash")
    return ClosingReport(
        session_id=session.id,
        closed_by=session.closed_by or closed_by,
        closed_at=session.close_time,
        currency=cur,
        order_count=count,
        gross_minor=minor(data.get("gross", 0)),
        taxes_minor=minor(data.get("taxes", 0)),
        sales_minor=minor(data.get("sales", 0)),
        refunds_minor=minor(data.get("refunds", 0)),
        card_minor=minor(session.closing_amounts.card if session.closing_amounts else 0),
        payment_methods=tuple(
            sorted((str(k), minor(v)) for k, v in methods.items())
            if isinstance(methods, dict)
            else ()
        ),
        note=session.closing_note or "",
        taxes_by_rate=_rate_rows(data.get("taxesByRate"), minor),
        refund_taxes_minor=minor(data.get("refundTaxes", 0)),
        refund_taxes_by_rate=_rate_rows(data.get("refundTaxesByRate"), minor),
        refund_taxes_unlisted=data.get(REFUND_TAXES_UNLISTED) is True,
        session_number=session.session_number or "",
        station=station,
        opened_by=session.opened_by or "",
        opened_at=session.open_time,
        cash=CashFigures(
            minor(cash.get("opening", 0)),
            minor(cash.get("expected", 0)),
            minor(cash.get("counted", 0)),
            minor(cash.get("difference", 0)),
        )
        if isinstance(cash, dict)
        else None,
    )


def _rate_rows(rows: object, minor: Callable[[object], int]) -> tuple[RateTaxes, ...]:
    """``taxesByRate`` read back; an entry that is not a {name, rate, amount} is skipped."""
    found = []
    for row in rows if isinstance(rows, list) else ():
        try:
            rate = None if row["rate"] is None else Decimal(str(row["rate"]))
            if rate is not None and not rate.is_finite():
                raise ValueError(f"rate {rate}")
            found.append(RateTaxes(str(row.get("name") or ""), rate, minor(row["amount"])))
        except (KeyError, TypeError, AttributeError, ArithmeticError, ValueError) as exc:
            log.warning("closing report: tax row %r skipped (%s)", row, exc)
    return tuple(found)
