"""`kiosk check`: the installation doctor, for staff at the box and for fleet monitoring.

Each check is one line: a mark, what was found, and the fix. The command exits 0 only when
every check passes; ``--json`` prints one JSON object on the last line::

    {"ok": bool, "checks": [{"name", "ok", "detail", "fix"}...],
     "resolved": {"outlet_id", "station_id", "stripe_account", "location_id", "reader_id"}}

It builds the same `Backend` the kiosk runs on and asks the real services, read-only: no
order, no PaymentIntent, nothing shown on the reader. It does not take the data directory's
single-instance lock, so it can run next to a running kiosk.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import ConfigError, Settings

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.installation import Installation
    from kiosk.payments.stripe_terminal import StripeTerminalGateway


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    resolved: dict[str, str | None] = field(
        default_factory=lambda: dict.fromkeys(
            ("outlet_id", "station_id", "stripe_account", "location_id", "reader_id")
        )
    )

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str, fix: str = "") -> bool:
        self.checks.append(Check(name, ok, detail, "" if ok else fix))
        return ok

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": [asdict(c) for c in self.checks],
            "resolved": self.resolved,
        }


CATALOG_STALE_S = 24 * 3600.0


async def run_checks(
    settings: Settings, *, has_display: Callable[[], bool] | None = None
) -> Report:
    """Every check, in the order a person would fix them; later ones skip what cannot run."""
    from kiosk.backend import Backend

    report = Report()
    report.add("config", True, "configuration valid (live)")
    report.resolved["outlet_id"] = settings.outlet_id
    report.resolved["station_id"] = settings.station_id
    _check_data_dir(report, settings.data_dir)
    try:
        backend = Backend.from_settings(settings)
    except Exception as exc:  # the journal or data dir cannot be opened
        report.add(
            "journal",
            False,
            f"cannot open the local state in {settings.data_dir}: {exc}",
            "check the disk and the data_dir setting (KIOSK_DATA_DIR)",
        )
        return report
    async with backend:
        installation = await _check_finalpos(report, backend)
        if installation is not None:
            await _check_stripe(report, backend, installation)
        _check_journal(report, backend)
        _check_cash_journal(report, settings.data_dir)
        _check_catalog(report, backend)
    await _check_printers(report, settings)
    _check_receipt_queue(report, settings.data_dir)
    display = has_display() if has_display is not None else _display_available()
    report.add(
        "display",
        display,
        "a display is available" if display else "no display (DISPLAY / WAYLAND_DISPLAY unset)",
        "start the kiosk under its compositor (see packaging/README.md) or xvfb-run",
    )
    return report


def _display_available() -> bool:
    env = os.environ
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def _check_data_dir(report: Report, data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".check-") as probe:
            probe.write(b"ok")
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        report.add(
            "data_dir",
            False,
            f"data directory {data_dir} is not writable: {exc.strerror or exc}",
            "give the kiosk user write access to it, or set data_dir (KIOSK_DATA_DIR)",
        )
        return
    report.add("data_dir", True, f"data directory {data_dir} is writable")


async def _check_finalpos(report: Report, backend: Backend) -> Installation | None:
    from kiosk.installation import InstallationError, InstallationProblem

    settings = backend.settings
    try:
        installation = await backend.resolve_async()
    except InstallationError as exc:
        problem = exc.problem
        if problem is InstallationProblem.FINALPOS_AUTH:
            report.add(
                "finalpos",
                False,
                f"Final POS at {settings.finalpos_url} refused the API key",
                "create a new key in Final POS (Manage → Settings → API Keys) and run "
                "kiosk setup, or set finalpos_api_key (KIOSK_FINALPOS_API_KEY)",
            )
        elif problem in (InstallationProblem.FINALPOS_UNREACHABLE,):
            report.add(
                "finalpos",
                False,
                f"Final POS at {settings.finalpos_url} cannot be reached: {exc}",
                "check the network, or finalpos_url (KIOSK_FINALPOS_URL)",
            )
        elif problem is InstallationProblem.OUTLET_MISSING:
            report.add("finalpos", True, "Final POS reachable, key accepted")
            report.add(
                "outlet",
                False,
                f"outlet {settings.outlet_id} does not exist in this company",
                "run kiosk setup to choose the outlet, or fix outlet_id (KIOSK_OUTLET_ID)",
            )
        elif problem in (
            InstallationProblem.STATION_MISSING,
            InstallationProblem.STATION_OTHER_OUTLET,
        ):
            report.add("finalpos", True, "Final POS reachable, key accepted")
            report.add("outlet", True, f"outlet {settings.outlet_id} exists")
            report.add(
                "station",
                False,
                str(exc),
                "run kiosk setup to choose this outlet's station, or fix station_id "
                "(KIOSK_STATION_ID)",
            )
        else:
            report.add("finalpos", False, str(exc), "run kiosk check again; see the kiosk log")
        return None
    report.add("finalpos", True, f"Final POS at {settings.finalpos_url} reachable, key accepted")
    report.add("outlet", True, f"outlet {installation.outlet_name or installation.outlet_id}")
    report.add(
        "station",
        True,
        f"station {installation.station_name or installation.station_id} belongs to the outlet",
    )
    report.resolved.update(
        stripe_account=installation.stripe_account,
        location_id=installation.location_id,
        reader_id=installation.reader_id,
    )
    return installation


_STRIPE_FIX = {
    "authentication_error": "create a restricted key in the Stripe Dashboard (see the README's "
    "permissions) and run kiosk setup, or set stripe_api_key (KIOSK_STRIPE_API_KEY)",
    "permission_error": "give the restricted key the permissions listed in the README "
    "(PaymentIntents write, Terminal readers write, Terminal locations read, Refunds write)",
}


async def _check_stripe(report: Report, backend: Backend, installation: Installation) -> None:
    from kiosk.payments.gateway import PaymentError

    gateway = backend.gateway
    assert gateway is not None
    account = installation.stripe_account or "(the key's own account)"
    location_id = installation.location_id
    if not location_id:
        report.add("stripe", True, "Stripe not asked yet")
        report.add(
            "location",
            False,
            f"outlet {installation.outlet_id} has no Stripe Terminal location (stripe.locationId)",
            "set the outlet's Stripe location in Final POS",
        )
        return
    try:
        location = await gateway.retrieve_location_async(location_id)
        await gateway.list_readers_async(location_id=location_id)
    except PaymentError as exc:
        _stripe_failure(report, exc, account, f"location {location_id}")
        return
    report.add("stripe", True, f"Stripe key accepted on account {account}")
    await _check_write_access(report, gateway, installation.reader_id)
    report.add("location", True, f"location {location.display_name or location.id}")
    reader_id = installation.reader_id
    if not reader_id:
        report.add(
            "reader",
            False,
            f"station {installation.station_id} names no reader (stripeTerminalId)",
            "run kiosk setup to choose this station's reader",
        )
        return
    try:
        reader = await gateway.retrieve_reader_async(reader_id)
    except PaymentError as exc:
        if exc.code == "resource_missing":
            report.add(
                "reader",
                False,
                f"reader {reader_id} is not registered on account {account}",
                "register the reader at the outlet's location, or run kiosk setup",
            )
        else:
            _stripe_failure(report, exc, account, f"reader {reader_id}")
        return
    name = reader.label or reader.id
    if reader.location_id and reader.location_id != location_id:
        report.add(
            "reader",
            False,
            f"reader {name} is registered at location {reader.location_id}, not {location_id}",
            "move the reader to the outlet's location in the Stripe Dashboard",
        )
    elif reader.status != "online":
        report.add(
            "reader",
            False,
            f"reader {name} is {reader.status or 'not reporting'}",
            "switch the reader on and connect it to the network (Ethernet or Wi-Fi)",
        )
    else:
        report.add("reader", True, f"reader {name} is online at the location")


async def _check_write_access(
    report: Report, gateway: StripeTerminalGateway, reader_id: str | None
) -> None:
    """The key's write permissions, probed without side effects (see `stripe_terminal.probe`)."""
    from kiosk.payments.stripe_terminal.probe import Access

    probes = await gateway.write_access_async(reader_id)
    refused = [p.resource for p in probes if p.access is Access.REFUSED]
    unknown = [p.resource for p in probes if p.access is Access.UNKNOWN]
    names = ", ".join(p.resource for p in probes)
    if refused:
        report.add(
            "stripe_write",
            False,
            f"the Stripe key may not write {', '.join(refused)}: payments or refunds would fail",
            "give the restricted key Write on " + ", ".join(refused) + " in the Stripe Dashboard "
            "(Developers, API keys), or use a key that has it (stripe_api_key)",
        )
    elif unknown:
        report.add(
            "stripe_write",
            False,
            f"could not ask Stripe about write access to {', '.join(unknown)}",
            "check the network and run kiosk check again",
        )
    else:
        report.add("stripe_write", True, f"the Stripe key may write {names}")


def _stripe_failure(report: Report, exc: Exception, account: str, what: str) -> None:
    code = getattr(exc, "code", None) or ""
    if code == "authentication_error":
        report.add("stripe", False, "Stripe refused the API key", _STRIPE_FIX[code])
    elif code == "permission_error":
        report.add("stripe", False, f"the Stripe key lacks a permission: {exc}", _STRIPE_FIX[code])
    elif code == "resource_missing":
        report.add("stripe", True, f"Stripe key accepted on account {account}")
        report.add(
            "location",
            False,
            f"{what} does not exist on account {account}",
            "set the outlet's Stripe location in Final POS to a location of its account",
        )
    elif getattr(exc, "retryable", False):
        report.add(
            "stripe", False, f"Stripe cannot be reached: {exc}", "check the network and retry"
        )
    else:
        report.add(
            "stripe",
            False,
            f"Stripe refused access to account {account}: {exc}",
            "check that the key belongs to the platform the outlet's account is connected to",
        )


def _check_journal(report: Report, backend: Backend) -> None:
    from kiosk.services.journal import JournalError

    try:
        unfinished = backend.journal.unfinished()
    except JournalError as exc:
        report.add("journal", False, str(exc), "see the kiosk log; the kiosk rebuilds at start")
        return
    from kiosk.services.instance import DataDirLock

    attention = [e for e in unfinished if e.attention]
    bad = len(backend.journal.quarantined())
    detail = (
        f"journal: {len(unfinished)} unfinished checkout(s), "
        f"{len(attention)} need a person, {bad} damaged record(s) set aside"
    )
    rebuild = backend.journal.rebuild_needed()
    if rebuild:
        detail += f"; a rebuild from Stripe and Final POS is pending ({rebuild})"
    holder = DataDirLock.holder_of(backend.settings.data_dir)
    detail += f"; kiosk running: {holder.describe()}" if holder else "; no kiosk running"
    ok = not attention and not bad
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


def _check_cash_journal(report: Report, data_dir: Path) -> None:
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


async def _check_printers(report: Report, settings: Settings) -> None:
    """Receipt printers as they report themselves (paper out, offline); none set is fine."""
    import asyncio

    from kiosk.services.receipts.printers import PrinterState
    from kiosk.services.receipts.service import printer_status

    for status in await asyncio.to_thread(printer_status, settings.receipts):
        if status.state is PrinterState.NOT_CONFIGURED:
            continue
        detail = f" ({status.detail})" if status.detail else ""
        report.add(
            "printer",
            status.ok,
            f"{status.where}: {status.state.value}{detail}",
            "load paper, switch the printer on and check its cable or network",
        )


def _check_receipt_queue(report: Report, data_dir: Path) -> None:
    """Receipts and kitchen tickets that failed and still wait (they outlive restarts)."""
    from kiosk.services.receipts.jobs import JOBS_FILE, JobStore

    if not (data_dir / JOBS_FILE).exists():
        return
    store = JobStore(data_dir / JOBS_FILE)
    try:
        waiting = [job for job in store.load() if job.failures > 0]
    finally:
        store.close()
    if not waiting:
        report.add("receipts", True, "no receipt or kitchen ticket waiting")
        return
    listed = ", ".join(
        f"{job.kind.value} {job.order_number} ({job.state}, {job.attempts} tries)"
        for job in waiting[:5]
    )
    more = f" and {len(waiting) - 5} more" if len(waiting) > 5 else ""
    report.add(
        "receipts",
        False,
        f"{len(waiting)} receipt job(s) not printed or sent: {listed}{more}",
        "fix the printer or mail server; reprint or dismiss each in staff mode (Receipts)",
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


def _check_catalog(report: Report, backend: Backend) -> None:
    path = backend.catalog.cache_path
    try:
        age_s = time.time() - path.stat().st_mtime
    except FileNotFoundError:
        report.add("catalog", True, "no cached menu yet (the kiosk downloads it at start)")
        return
    except OSError as exc:
        report.add("catalog", False, f"menu cache unreadable: {exc}", "check the data_dir disk")
        return
    hours = age_s / 3600
    report.add(
        "catalog",
        age_s < CATALOG_STALE_S,
        f"menu cached {hours:.1f} h ago",
        "the kiosk refreshes it while running; start it, or check Final POS access",
    )


def render(report: Report) -> str:
    lines = []
    for check in report.checks:
        mark = "✓" if check.ok else "✗"
        line = f"{mark} {check.name:<10} {check.detail}"
        if not check.ok and check.fix:
            line += f"\n  {'':<10} fix: {check.fix}"
        lines.append(line)
    lines.append("all checks passed" if report.ok else "some checks failed")
    return "\n".join(lines)


def main(argv: Sequence[str]) -> int:
    import argparse
    import asyncio

    from kiosk.config import load_settings, require_live

    parser = argparse.ArgumentParser(prog="kiosk check", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="one JSON object on the last line")
    args = parser.parse_args(list(argv))
    try:
        settings = load_settings()
        require_live(settings)
    except ConfigError as exc:
        report = Report()
        report.add("config", False, str(exc), "run kiosk setup, or see kiosk config")
    else:
        report = asyncio.run(run_checks(settings))
    print(render(report))
    if args.json:
        print(json.dumps(report.as_dict()))
    sys.stdout.flush()
    return 0 if report.ok else 1
