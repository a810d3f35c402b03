"""The checkout station wired on the real services over both sandboxes (station UI tests)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kiosk.domain.catalog import Catalog
from kiosk.services.catalog import CatalogService
from kiosk.services.checkout import tax_rates
from kiosk.services.staff import PinLockout, StaffAuthenticator, hash_pin
from kiosk.services.staff.desk import ReportPrinter
from kiosk.services.station.cash import CashSales
from kiosk.services.station.counter import CounterOrders
from kiosk.services.station.customers import CustomerDirectory
from kiosk.services.station.desk import StationDesk, StationRules
from kiosk.services.station.park import ParkedOrders
from kiosk.services.station.till import StationTill
from kiosk.ui.station.view import SMALL, StationView
from kiosk.ui.station.viewmodel import StationViewModel
from tests.services.harness import Stack, running_stack
from tests.staff.refund_harness import RefundStack, build_refunds
from tests.ui.staff_fixtures import FAST, MANAGER_PIN, STAFF_PIN, Member

__all__ = ["MANAGER_PIN", "STAFF_PIN", "StationRig", "station_rig", "station_stack"]


@dataclass
class StationRig:
    stack: Stack
    built: RefundStack
    desk: StationDesk
    station: StationViewModel
    catalog: Catalog
    now: list[float]
    # the receipt service the desk prints the closing report with (tests set [0])
    receipts: list[ReportPrinter | None] = field(default_factory=lambda: [None])


@pytest.fixture(scope="module")
def station_stack() -> Iterator[Stack]:
    with running_stack(auto_present_after_s=0.2) as stack:
        yield stack


class TaxTable:
    def __init__(self, name: str, rate: str) -> None:
        self.name, self.rate, self.inclusive = name, rate, True


RATES = tax_rates([TaxTable("standard", "20"), TaxTable("reduced", "10")])


@pytest.fixture
async def station_rig(station_stack: Stack, tmp_path: Path) -> AsyncIterator[StationRig]:
    stack = station_stack
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0)
    now = [1000.0]
    data = tmp_path / "station"
    receipts: list[ReportPrinter | None] = [None]
    async with build_refunds(stack.config, data) as built:
        s = built.services
        catalog = await CatalogService(
            s.finalpos, data / "catalog", stack.config.outlet_id, "EUR"
        ).sync_async()
        staff_desk = built.staff_desk(stack.config, receipts=lambda: receipts[0])
        cash = CashSales(
            finalpos=s.finalpos,
            session=s.session,
            journal=CashSales.journal_in(data),
            currency="EUR",
            station_name="Till 2",
            outlet_id=stack.config.outlet_id,
            post_quiet_s=11.0,
        )
        desk = StationDesk(
            currency="EUR",
            rates=RATES,
            default_tax_table="standard",
            cash=cash,
            customers=CustomerDirectory(s.finalpos, outlet_id=stack.config.outlet_id),
            parked=ParkedOrders(
                finalpos=s.finalpos, session=s.session, currency="EUR", station_name="Till 2"
            ),
            till=StationTill(
                desk=staff_desk, cash=cash, session=s.session, finalpos=s.finalpos, currency="EUR"
            ),
            checkout=s.checkout,
            rules=StationRules(discount_limit_bp=1000, scan_gap_s=0.03, scan_min_length=4),
            catalog=catalog,
            staff_desk=staff_desk,
            counter=CounterOrders(
                finalpos=s.finalpos, currency="EUR", outlet_id=stack.config.outlet_id
            ),
        )
        auth = StaffAuthenticator(
            [
                Member("Maria", "manager", hash_pin(MANAGER_PIN, **FAST)),
                Member("Sam", "staff", hash_pin(STAFF_PIN, **FAST)),
            ],
            lockout=PinLockout(clock=lambda: now[0]),
        )
        station = StationViewModel(desk=desk, auth=auth, monotonic=lambda: now[0])
        try:
            yield StationRig(stack, built, desk, station, catalog, now, receipts)
            await settled(station)
        finally:
            cash.journal.close()
    stack.finalpos.finalpos_faults.configure(error_rate=0.0)
    stack.stripe_faults.configure(error_rate=0.0)


@pytest.fixture
def view(station_rig: StationRig) -> Iterator[StationView]:
    """The station window at 1366x768, shown; no Qt warning by the end."""
    station_view = StationView(station_rig.station, size=SMALL)
    station_view.window.show()
    yield station_view
    assert station_view.warnings == []
    station_view.close()


async def settled(station: StationViewModel) -> None:
    for slot in list(station._tasks.values()):
        task = slot.task
        if task is not None and not task.done():
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def signed_in(rig: StationRig, pin: str = STAFF_PIN, float_minor: int = 0) -> None:
    st = rig.station
    for d in pin:
        st.digit(d)
    await st.till_vm.sign_in_async()
    if st.screen == "openTill":
        for d in str(float_minor or ""):
            st.digit(d)
        await st.till_vm.open_till_async()
    assert st.screen == "sale", st.message
