"""`kiosk check`'s local checks: the data directory, the menu cache, receipt printers and the
receipt jobs waiting after a failure, and a display."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.admin.check_report import Report

if TYPE_CHECKING:
    from kiosk.backend import Backend
    from kiosk.config import Settings

CATALOG_STALE_S = 24 * 3600.0


def display_available() -> bool:
    env = os.environ
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY") or env.get("QT_QPA_PLATFORM"))


def check_data_dir(report: Report, data_dir: Path) -> None:
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


async def check_printers(report: Report, settings: Settings) -> None:
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


def check_receipt_queue(report: Report, data_dir: Path) -> None:
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


def check_catalog(report: Report, backend: Backend) -> None:
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
