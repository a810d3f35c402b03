"""`kiosk check`: the installation doctor, for staff at the box and for fleet monitoring.

Each check is one line: a mark, what was found, and the fix. The command exits 0 only when
every check passes; ``--json`` prints one JSON object on the last line::

    {"ok": bool, "checks": [{"name", "ok", "detail", "fix"}...],
     "resolved": {"outlet_id", "station_id", "stripe_account", "location_id", "reader_id"}}

It builds the same `Backend` the kiosk runs on and asks the real services, read-only: no
order, no PaymentIntent, nothing shown on the reader. It does not take the data directory's
single-instance lock, so it can run next to a running kiosk.

The checks live by what they look at: `check_installation` (Final POS and Stripe),
`check_journal` (the journals), `check_local` (disk, printers, menu cache, display); the
report and its rendering in `check_report`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence

from kiosk.admin.check_installation import check_finalpos, check_stripe
from kiosk.admin.check_journal import check_cash_journal, check_journal
from kiosk.admin.check_local import (
    check_catalog,
    check_data_dir,
    check_printers,
    check_receipt_queue,
    display_available,
)
from kiosk.admin.check_report import Check, Report, render
from kiosk.config import ConfigError, Settings

__all__ = ["Check", "Report", "main", "render", "run_checks"]


async def run_checks(
    settings: Settings, *, has_display: Callable[[], bool] | None = None
) -> Report:
    """Every check, in the order a person would fix them; later ones skip what cannot run."""
    from kiosk.backend import Backend

    report = Report()
    report.add("config", True, "configuration valid (live)")
    report.resolved["outlet_id"] = settings.outlet_id
    report.resolved["station_id"] = settings.station_id
    check_data_dir(report, settings.data_dir)
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
        installation = await check_finalpos(report, backend)
        if installation is not None:
            await check_stripe(report, backend, installation)
        check_journal(report, backend)
        check_cash_journal(report, settings.data_dir)
        check_catalog(report, backend)
    await check_printers(report, settings)
    check_receipt_queue(report, settings.data_dir)
    display = has_display() if has_display is not None else display_available()
    report.add(
        "display",
        display,
        "a display is available" if display else "no display (DISPLAY / WAYLAND_DISPLAY unset)",
        "start the kiosk under its compositor (see packaging/README.md) or xvfb-run",
    )
    return report


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
