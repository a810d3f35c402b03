"""Staff mode in screenshot mode: every staff screen, both orientations, to PNG.

Called by the app's screenshot mode after the customer screens (`kiosk --screenshots`):
`render_staff_screenshots_async(vms, view, out_dir)`. It signs in a stand-in manager
(`StaffViewModel.stage_user`) so no PIN is needed, opens each screen on whatever the
services hold (the demo store in demo mode) and restores the customer mode at the end.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from kiosk.services.staff import FALLBACK_ROLES, Role, StaffUser
from kiosk.ui.factory import ViewModels
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView

log = logging.getLogger(__name__)

SETTLE_S = 0.35
ORIENTATIONS = {"portrait": PORTRAIT, "landscape": LANDSCAPE}
SCREENS = (
    "pin",
    "pin-locked",
    "home",
    "till",
    "orders",
    "order-detail",
    "refund",
    "attention",
    "reader",
    "ordering",
    "confirm",
    "close-report",
)


def expected_staff_files(out_dir: Path) -> list[Path]:
    return [out_dir / f"staff-{s}-{o}.png" for o in ORIENTATIONS for s in SCREENS]


async def _settle(vms: ViewModels) -> None:
    assert vms.staff is not None
    for _ in range(200):
        await asyncio.sleep(0.02)
        if not vms.staff.busy and not any(slot.running for slot in vms.staff._tasks.values()):
            break
    await asyncio.sleep(SETTLE_S)


async def render_staff_screenshots_async(
    vms: ViewModels,
    view: KioskView,
    out_dir: Path,
    *,
    on_shot: Callable[[str, str], None] | None = None,
) -> list[Path]:
    """Grab every staff screen. It closes and opens till sessions (the closing report), so
    run it on a demo or test store only. `on_shot(screen, orientation)` runs as each screen
    is grabbed (the layout tests look at the items there)."""
    staff = vms.staff
    if staff is None:
        return []
    out_dir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before any frame
    written: list[Path] = []
    manager = StaffUser("Maria", Role("manager", FALLBACK_ROLES["manager"], "fallback"))

    async def shot(name: str, orientation: str) -> None:
        await _settle(vms)
        path = out_dir / f"staff-{name}-{orientation}.png"
        if not view.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
        if on_shot is not None:
            on_shot(name, orientation)

    for orientation, size in ORIENTATIONS.items():
        view.window.resize(size)
        vms.app.requestStaff()
        vms.app.confirmStaff()
        for d in "1234":
            staff.pin_vm.digit(d)
        await shot("pin", orientation)
        staff.stage_locked(90)
        await shot("pin-locked", orientation)
        staff.stage_user(manager)
        await shot("home", orientation)
        staff.go("till")
        await _settle(vms)
        if not staff.till_vm.tillOpen:  # closed by the previous orientation's closing report
            await staff.till_vm.open_session_async("Start of day")
        await shot("till", orientation)
        staff.go("orders")
        await _settle(vms)
        first = staff.orders_vm.order_rows.rows[0][0] if staff.orders_vm.order_rows.rows else ""
        await shot("orders", orientation)
        if first:
            await staff.orders_vm.open_order_async(str(first))
        await shot("order-detail", orientation)
        staff.orders_vm.startRefund(False)
        if staff.orders_vm.detail_lines.rows:
            staff.orders_vm.setRefundQuantity(int(staff.orders_vm.detail_lines.rows[0][0]), 1)
        await shot("refund", orientation)
        staff.go("attention")
        await shot("attention", orientation)
        staff.go("reader")
        await shot("reader", orientation)
        staff.go("ordering")
        await shot("ordering", orientation)
        staff.go("till")
        await _settle(vms)
        staff.till_vm.askCloseSession("End of day")
        await shot("confirm", orientation)
        await staff.confirm_async()
        await shot("close-report", orientation)
        staff.leave()
    return written
