"""The closing report's taxes per rate, for the session's sales and for its refunds.

A store declares VAT per rate, net of refunds, so the report carries the sales' taxes per rate
(``taxesByRate``, from the completed orders) and the refunds' (``refundTaxesByRate``). Both are
grouped by one function, `group_taxes`, over (record id, totalTaxes, breakdown): one row per
(name, percentage), sorted by rate then name, ``{"name", "rate", "amount"}`` with the rate a
percentage and the amount in major units, both decimal strings ("19", "5.5"; "12.34"). A record
whose breakdown is missing, unusable or does not add up to its ``totalTaxes`` counts whole in one
last row with ``"name"`` and ``"rate"`` null (an unknown rate), so the rows always add up to the
figure beside them (``taxes``, ``refundTaxes``).

Where the breakdown comes from differs: an order has ``summary.taxes``; a refund made elsewhere
(Final POS's back office) may carry ``summary.taxes``, its lines' ``taxes``, both or neither
(the contract calls the summary's list uncertain), so `refund_taxed` takes the summary's when
usable and adding up, else the lines' when they add up (see its docstring).

When Final POS cannot list the refunds, the report carries neither figure but the flag
``refundTaxesUnlisted`` (`REFUND_TAXES_UNLISTED`), so every reader says the refunds' taxes are
missing instead of showing a report that looks as if there were none (`refund_taxes_fields`).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from decimal import Decimal

from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import MoneyError, from_minor

log = logging.getLogger(__name__)

# One tax entry as sent: its name, percentage and amount (major units), any of them odd.
RawTax = tuple[str, Decimal | None, Decimal | None]
# One record's taxes: its id (for the log), its totalTaxes and its breakdown.
Taxed = tuple[str, Decimal | None, Sequence[RawTax]]
Rows = list[dict[str, str | None]]

# The closing report's flag: the refunds could not be listed, their taxes are not in it.
REFUND_TAXES_UNLISTED = "refundTaxesUnlisted"


def _tax_minor(value: Decimal | None, cur: str) -> int | None:
    """A tax amount in minor units; None when absent or not an amount of `cur`."""
    if value is None:
        return None
    try:
        return amounts.minor(value, cur)
    except MoneyError:
        return None


def _rates(
    breakdown: Sequence[RawTax], cur: str
) -> tuple[list[tuple[str, Decimal, int]], list[RawTax]]:
    """The usable entries of `breakdown` as (name, percentage, minor), and the odd ones
    (no rate, a negative one, no amount or not an amount of `cur`)."""
    found, odd = [], []
    for entry in breakdown:
        name, rate, value = entry
        amount = _tax_minor(value, cur)
        if rate is None or not rate.is_finite() or rate < 0 or amount is None:
            odd.append(entry)
        else:
            found.append((name, rate.normalize(), amount))
    return found, odd


def group_taxes(records: Iterable[Taxed], cur: str) -> tuple[int, Rows]:
    """The records' taxes (minor units) and the same taxes per rate; see the module docstring.

    A record's taxes are its totalTaxes (the breakdown's sum when it has none, zero when
    neither is usable: logged).
    """
    taxes = 0
    grouped: Counter[tuple[Decimal, str]] = Counter()
    unknown = 0
    for record, total_taxes, listed in records:
        rates, odd = _rates(listed, cur)
        for name, rate, value in odd:
            log.warning(
                "%s: tax %r (rate %r, amount %r) has no usable rate or amount: "
                "its taxes are counted at an unknown rate",
                record,
                name,
                rate,
                value,
            )
        complete = bool(rates) and not odd
        breakdown = sum(amount for _name, _rate, amount in rates)
        total = _tax_minor(total_taxes, cur)
        if total is None:
            if total_taxes is not None:
                log.warning(
                    "%s: totalTaxes %r is not an amount of %s: skipped in the closing report",
                    record,
                    total_taxes,
                    cur,
                )
            total = breakdown if complete else 0
        taxes += total
        if complete and breakdown == total:
            for name, rate, amount in rates:
                grouped[(rate, name)] += amount
            continue
        if not listed:
            log.info("%s has no tax breakdown: counted at an unknown rate", record)
        elif complete:
            log.warning(
                "%s: its tax breakdown (%s) does not add up to totalTaxes (%s): "
                "counted at an unknown rate",
                record,
                from_minor(breakdown, cur),
                from_minor(total, cur),
            )
        unknown += total
    rows: Rows = [
        {"name": name, "rate": format(rate, "f"), "amount": str(from_minor(amount, cur))}
        for (rate, name), amount in sorted(grouped.items())
    ]
    if unknown:
        rows.append({"name": None, "rate": None, "amount": str(from_minor(unknown, cur))})
    return taxes, rows


def order_taxed(order: m.Order) -> Taxed | None:
    """An order's taxes for `group_taxes` (None: no summary, nothing to count)."""
    if order.summary is None:
        return None
    listed = [
        ((tax.name or tax.tax_table_name or "").strip(), tax.percentage, tax.amount)
        for tax in order.summary.taxes
    ]
    return f"order {order.id}", order.summary.total_taxes, listed


def taxes_by_rate(orders: list[m.Order], cur: str) -> tuple[int, Rows]:
    """The orders' taxes (minor units) and the same taxes per rate (``taxesByRate``)."""
    return group_taxes((t for o in orders if (t := order_taxed(o)) is not None), cur)


def _line_taxes(tax: m.TaxLine) -> RawTax:
    return ((tax.name or "").strip(), tax.percentage, tax.amount)


def _adds_up(breakdown: Sequence[RawTax], total: Decimal | None, cur: str) -> bool:
    """Every entry usable and (when the refund says its total) summing to that total."""
    rates, odd = _rates(breakdown, cur)
    if not rates or odd:
        return False
    return total is None or _tax_minor(total, cur) == sum(amount for _n, _r, amount in rates)


def refund_taxed(refund: m.Refund, cur: str) -> Taxed:
    """A refund's taxes for `group_taxes`: its ``summary.totalTaxes`` and the breakdown that
    is usable and adds up to it, ``summary.taxes`` first, else its lines' ``taxes`` (the
    kiosk's own refunds carry both; one made elsewhere may carry either or neither). When
    neither adds up the summary's (or, without one, the lines') is passed on, so
    `group_taxes` logs why and counts the refund at an unknown rate.
    """
    record = f"refund {refund.id}"
    summary = refund.summary
    total = summary.total_taxes if summary is not None else None
    listed = [_line_taxes(t) for t in summary.taxes] if summary is not None else []
    lines = [_line_taxes(t) for line in refund.line_items or () for t in line.taxes]
    if not _adds_up(listed, total, cur) and _adds_up(lines, total, cur):
        if listed:
            log.info("%s: summary.taxes does not add up; its lines' taxes are used", record)
        return record, total, lines
    return record, total, listed or lines


def refund_taxes_by_rate(refunds: list[m.Refund], cur: str) -> tuple[int, Rows]:
    """The refunds' taxes (minor units) and the same per rate (``refundTaxesByRate``).

    A refund in another currency than the session's is left out (logged): its amounts
    cannot be added to the session's.
    """
    same = []
    for refund in refunds:
        if refund.currency and refund.currency.upper() != cur.upper():
            log.warning(
                "refund %s is in %s, not %s: left out of the closing report's taxes",
                refund.id,
                refund.currency,
                cur,
            )
            continue
        same.append(refund)
    return group_taxes((refund_taxed(r, cur) for r in same), cur)


def refund_taxes_fields(refunds: list[m.Refund] | None, cur: str) -> dict[str, object]:
    """The closing report's refund-tax fields for the session's `refunds`: ``refundTaxes``
    and ``refundTaxesByRate``; None (Final POS could not list them): the flag alone."""
    if refunds is None:
        return {REFUND_TAXES_UNLISTED: True}
    taxes, rows = refund_taxes_by_rate(refunds, cur)
    return {"refundTaxes": str(from_minor(taxes, cur)), "refundTaxesByRate": rows}
