"""Build the checkout station mode from the composition root (what `kiosk.app` calls).

    station = build_station(backend, auth=build_authenticator(settings.staff),
                            catalog=catalog)                 # None until payments exist
    view = StationView(station)                               # kiosk.ui.station.view
    view.show()
    await auth.load_roles_async(backend.finalpos)             # Final POS roles, else fallback
    await station.desk.set_catalog_async(new_catalog)         # after each menu sync
    backend.on_payments_changed -> station.set_checkout(backend.checkout)
    shutdown: close_station(station)

Everything runs on the Backend's own services: its `TillSessionService` (one till session
for the station, as for a kiosk), its journal, `CheckoutService` (the card pipeline on the
station's reader) and recovery; staff mode's `StaffDesk` (from `build_staff_desk`) for the
till; the cash sales' own journal next to the checkout journal.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kiosk.domain.catalog import Catalog
from kiosk.services.checkout import CheckoutService, tax_rates
from kiosk.services.staff import StaffAuthenticator, StaffMemberLike
from kiosk.services.station.cash import CashSales
from kiosk.services.station.counter import CounterOrders
from kiosk.services.station.customers import CustomerDirectory
from kiosk.services.station.desk import StationDesk, StationRules
from kiosk.services.station.park import ParkedOrders
from kiosk.services.station.till import StationTill
from kiosk.ui.images import ImageResolver
from kiosk.ui.staff.wiring import BackendLike, build_staff_desk, close_staff_desk
from kiosk.ui.station.viewmodel import SignInPort, StationViewModel


def build_station_desk(
    backend: BackendLike, *, catalog: Catalog | None = None
) -> StationDesk | None:
    """The station's services over the Backend's; None while payments are not set up."""
    staff_desk = build_staff_desk(backend)
    if staff_desk is None:
        return None
    settings: Any = backend.settings
    installation = backend.installation
    outlet_id = getattr(installation, "outlet_id", None) or settings.outlet_id
    name = str(getattr(settings, "kiosk_name", "Station"))
    cash = CashSales(
        finalpos=backend.finalpos,
        session=backend.session,
        journal=CashSales.journal_in(settings.data_dir),
        currency=settings.currency,
        station_name=name,
        outlet_id=outlet_id,
    )
    return StationDesk(
        currency=settings.currency,
        rates=tax_rates(settings.tax_tables),
        default_tax_table=settings.default_tax_table,
        cash=cash,
        customers=CustomerDirectory(backend.finalpos, outlet_id=outlet_id),
        parked=ParkedOrders(
            finalpos=backend.finalpos,
            session=backend.session,
            currency=settings.currency,
            station_name=name,
        ),
        till=StationTill(
            desk=staff_desk,
            cash=cash,
            session=backend.session,
            finalpos=backend.finalpos,
            currency=settings.currency,
        ),
        checkout=backend.checkout,
        rules=StationRules.from_settings(settings),
        catalog=catalog,
        staff_desk=staff_desk,
        counter=CounterOrders(
            finalpos=backend.finalpos, currency=settings.currency, outlet_id=outlet_id
        ),
    )


def build_station(
    backend: BackendLike,
    *,
    auth: SignInPort,
    catalog: Catalog | None = None,
) -> StationViewModel | None:
    desk = build_station_desk(backend, catalog=catalog)
    if desk is None:
        return None
    return StationViewModel(
        desk=desk,
        auth=auth,
        locale=str(getattr(backend.settings, "locale", "en_GB")),
        images=ImageResolver(getattr(backend, "images", None)),
        # read at each use: the Backend rebuilds its receipts when the installation moves
        receipts=lambda: getattr(backend, "receipts", None),
    )


def build_authenticator(staff: Sequence[StaffMemberLike]) -> StaffAuthenticator:
    return StaffAuthenticator(staff)


def set_checkout(station: StationViewModel, checkout: CheckoutService | None) -> None:
    """The Backend rebuilt its payments (the installation moved): use the new checkout."""
    station.desk.checkout = checkout


def close_station(station: StationViewModel | None) -> None:
    if station is None:
        return
    station.counter_vm.stop_polling()
    station.desk.cash.journal.close()
    close_staff_desk(station.desk.staff_desk)
