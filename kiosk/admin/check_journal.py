"""`kiosk check`'s local state: the checkout journal (unfinished checkouts, the ones that need a
person, damaged records), refunds that need a person, and a checkout station's cash journal."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.admin.check_report import Check, Report

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.services.recovery import AttentionItem


def check_journal(report: Report, backend: Backend) -> None:
    """The checkout journal: what waits for staff, unfinished or settled but held, and damage.

    A checkout waits for staff when settling could not finish it (unfinished, with a reason)
    or when the duplicate watch holds it though it is settled (a cancel whose outcome was
    unknown met a station's payment: `kiosk.services.settle_records.CancelHeld`). Both are on
    the staff screen's Needs attention list (`RecoveryService.needs_attention`); the journal's
    unfinished checkouts alone miss the held ones.
    """
    from kiosk.services.journal import JournalError

    try:
        unfinished = backend.journal.unfinished()
        held = _held_settled(backend)
    except JournalError as exc:
        report.add("journal", False, str(exc), "see the kiosk log; the kiosk rebuilds at start")
        return
    from kiosk.services.instance import DataDirLock

    attention = [e for e in unfinished if e.attention]
    bad = len(backend.journal.quarantined())
    if held is None:
        waiting = (
            f"{len(attention)} unfinished wait for staff (settled ones held for staff: not known "
            "until Final POS names the installation)"
        )
    else:
        waiting = (
            f"{len(attention) + len(held)} wait for staff ({len(attention)} unfinished, "
            f"{len(held)} settled but held)"
        )
    detail = (
        f"journal: {len(unfinished)} unfinished checkout(s), {waiting}, "
        f"{bad} damaged record(s) set aside"
    )
    rebuild = backend.journal.rebuild_needed()
    if rebuild:
        detail += f"; a rebuild from Stripe and Final POS is pending ({rebuild})"
    holder = DataDirLock.holder_of(backend.settings.data_dir)
    detail += f"; kiosk running: {holder.describe()}" if holder else "; no kiosk running"
    ok = not attention and not held and not bad
    report.add(
        "journal",
        ok,
        detail,
        "open staff mode → Needs attention; each item says what happened and what to do",
    )
    refunds = _refund_attention(backend.settings.data_dir)
    if refunds:
        report.add(
            "refunds",
            False,
            f"{len(refunds)} refund(s) need a person: "
            + "; ".join(f"order {r.order_number}: {r.attention}" for r in refunds)[:500],
            "open staff mode → Needs attention",
        )
    for entry in attention:
        report.checks.append(
            Check(
                f"attention:{entry.order_number}",
                False,
                f"order {entry.order_number} ({entry.amount_minor} {entry.currency} minor "
                f"units): {entry.attention}",
                "settle it from staff mode",
            )
        )
    for item in held or ():
        report.checks.append(
            Check(
                f"attention:{item.order_number}",
                False,
                f"order {item.order_number} ({item.amount_minor} {item.currency} minor "
                f"units), settled but held for staff: {item.reason}",
                "check the order in Final POS (reinstate it if it was cancelled), then mark it "
                "handled in staff mode → Needs attention",
            )
        )


def _held_settled(backend: Backend) -> list[AttentionItem] | None:
    """Settled checkouts held for staff, as recovery lists them; None without an installation
    (no recovery to ask: the hold is the checkout service's, see `Pipeline.hold`)."""
    if backend.recovery is None:
        return None
    return [item for item in backend.recovery.needs_attention() if item.step.terminal]


def check_cash_journal(report: Report, data_dir: Path) -> None:
    """The checkout station's cash drawer journal (`kiosk.services.station.cash`), if any."""
    from kiosk.services.journal import JOURNAL_FILE, Journal, JournalError
    from kiosk.services.station.cash import CashSales

    path = CashSales.journal_dir(data_dir) / JOURNAL_FILE
    if not path.exists():
        return  # not a checkout station (or no cash sale yet)
    try:
        journal = Journal.in_dir(path.parent)
        try:
            unfinished, bad = journal.unfinished(), journal.quarantined()
            rebuild = journal.rebuild_needed()
        finally:
            journal.close()
    except JournalError as exc:
        report.add(
            "cash journal",
            False,
            f"the cash drawer journal {path} cannot be read: {exc}",
            f"restart the station: it moves {path.name} aside and rebuilds unfinished cash "
            "sales from Final POS; if the disk is failing, replace it first",
        )
        return
    detail = (
        f"cash journal {path}: {len(unfinished)} unfinished cash sale(s), "
        f"{len(bad)} damaged record(s) set aside"
    )
    if rebuild:
        detail += f"; a rebuild from Final POS is pending ({rebuild})"
    report.add(
        "cash journal",
        not bad,
        detail,
        "the station finishes unfinished cash sales by itself; for damaged records, check "
        "the orders named in the station log against Final POS, then close the till",
    )


def _refund_attention(data_dir: Path) -> list[Any]:
    from kiosk.services.refunds import REFUND_FILE, RefundJournal

    if not (data_dir / REFUND_FILE).exists():
        return []
    journal = RefundJournal.in_dir(data_dir)
    try:
        return [entry for entry in journal.unfinished() if entry.attention]
    finally:
        journal.close()
