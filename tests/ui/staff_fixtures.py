"""Staff mode wired on the real services over both sandboxes (shared by the staff UI tests)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.domain.catalog import Catalog, Category, Product, Variant
from kiosk.services.staff import PinLockout, StaffAuthenticator, hash_pin
from kiosk.services.staff.desk import ReportPrinter, StaffDesk
from kiosk.ui.factory import ViewModels, attach_staff_mode
from kiosk.ui.staff.viewmodel import StaffViewModel
from tests.services.harness import Stack, running_stack
from tests.staff.refund_harness import RefundStack, build_refunds

FAST = {"n": 2**4, "r": 1, "p": 1}
MANAGER_PIN = "97531"
STAFF_PIN = "2468"


@dataclass(frozen=True)
class Member:
    name: str
    role: str
    pin_hash: str


@dataclass
class StaffRig:
    stack: Stack
    built: RefundStack
    desk: StaffDesk
    auth: StaffAuthenticator
    staff: StaffViewModel
    vms: ViewModels
    now: list[float]
    exits: list[int] = field(default_factory=list)
    syncs: list[int] = field(default_factory=list)
    # the receipt service the desk prints the closing report with (tests set [0])
    receipts: list[ReportPrinter | None] = field(default_factory=lambda: [None])


@pytest.fixture(scope="module")
def staff_stack() -> Iterator[Stack]:
    with running_stack() as stack:
        yield stack


def sandbox_catalog(stack: Stack) -> Catalog:
    """Two real Final POS products (their variant ids exist in the sandbox)."""
    variants = stack.docs("variants")
    products = {p["id"]: p for p in stack.docs("products")}
    chosen = []
    for product_id in list(dict.fromkeys(v["productId"] for v in variants))[:2]:
        mine = tuple(
            Variant(v["id"], product_id, 300, 300) for v in variants if v["productId"] == product_id
        )
        chosen.append(Product(product_id, products[product_id]["name"], mine, ("c",)))
    return Catalog("EUR", (Category("c", "Menu"),), tuple(chosen))


@pytest.fixture
async def rig(staff_stack: Stack, vms: ViewModels, tmp_path: Path) -> AsyncIterator[StaffRig]:
    stack = staff_stack
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0)
    now = [1000.0]
    syncs: list[int] = []

    async def sync() -> None:
        await built.services.finalpos.list_categories()  # a real round trip, may fail
        syncs.append(1)

    receipts: list[ReportPrinter | None] = [None]
    async with build_refunds(stack.config, tmp_path / "kiosk") as built:
        desk = built.staff_desk(stack.config, sync_menu=sync, receipts=lambda: receipts[0])
        auth = StaffAuthenticator(
            [
                Member("Maria", "manager", hash_pin(MANAGER_PIN, **FAST)),
                Member("Sam", "staff", hash_pin(STAFF_PIN, **FAST)),
            ],
            lockout=PinLockout(clock=lambda: now[0]),
        )
        exits: list[int] = []
        vms.app.set_catalog(sandbox_catalog(stack))
        staff = attach_staff_mode(vms, desk=desk, auth=auth, exit_app=lambda: exits.append(1))
        staff._clock = lambda: now[0]
        yield StaffRig(stack, built, desk, auth, staff, vms, now, exits, syncs, receipts)
        staff.leave()
        await settled(staff)
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0)


async def settled(staff: StaffViewModel) -> None:
    """Every task staff mode started has finished (an action outlives `leave` on purpose)."""
    for slot in list(staff._tasks.values()):
        task = slot.task
        if task is not None and not task.done():
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def sign_in(staff: StaffViewModel, pin: str) -> None:
    if not staff.active:
        staff.open()
    for d in pin:
        staff.pin.digit(d)
    await staff.pin.submit_pin_async()
