"""The demo store's fixed records: its ids, outlets, stations and staff roles, and the seed clock.

Two outlets, each paying through its own Stripe Connect account, Terminal location and reader
(`kiosk.sandbox.demo`): Harbour Street (kiosk 1 on `demo.READER_ID`, and a counter till) and
the Pier Pop-up (the "Pier kiosk" on `demo.PIER_READER_ID`).

Roles: "Manager" and "Staff" with permission keys `create_order` (the one key the docs show),
`refund_order`, `close_session` and `edit_stock` (this sandbox's own names; the real value set
was not visible).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from kiosk.sandbox import demo
from kiosk.sandbox.finalpos.store import stable_object_id

DEMO_COMPANY_ID = stable_object_id("company:demo")
OUTLET_ID = stable_object_id("outlet:harbour-street")
PIER_OUTLET_ID = stable_object_id("outlet:pier")
KIOSK_STATION_ID = stable_object_id("station:kiosk-1")
POS_STATION_ID = stable_object_id("station:counter")
PIER_KIOSK_STATION_ID = stable_object_id("station:pier-kiosk")
MANAGER_ROLE_ID = stable_object_id("role:manager")
STAFF_ROLE_ID = stable_object_id("role:staff")
_SEED_TIME = datetime(2025, 12, 7, 19, 31, 48, 436000, tzinfo=UTC)

Row = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class DemoIds:
    company_id: str = DEMO_COMPANY_ID
    outlet_id: str = OUTLET_ID
    station_id: str = KIOSK_STATION_ID
    pos_station_id: str = POS_STATION_ID
    pier_outlet_id: str = PIER_OUTLET_ID
    pier_station_id: str = PIER_KIOSK_STATION_ID
    manager_role_id: str = MANAGER_ROLE_ID
    staff_role_id: str = STAFF_ROLE_ID


DEMO = DemoIds()


class SeedClock:
    """Seed timestamps: one millisecond apart, in insertion order."""

    def __init__(self) -> None:
        self._n = 0

    def stamp(self) -> dict[str, str]:
        self._n += 1
        value = (_SEED_TIME + timedelta(milliseconds=self._n)).isoformat(timespec="milliseconds")
        return {"companyId": DEMO_COMPANY_ID, "createdAt": value, "updatedAt": value}


def store_rows(clock: SeedClock) -> list[Row]:
    outlet = {
        "id": OUTLET_ID,
        "name": demo.STORE_NAME,
        "address": "12 Harbour Street",
        "address2": "Ground floor",
        "city": "Portsmouth",
        "state": "Hampshire",
        "country": "GB",
        "postCode": "PO1 2AB",
        "phone": "+442392000000",
        "alias": "Harbour St",
        "stations": [KIOSK_STATION_ID, POS_STATION_ID],
        "stripeAccountId": demo.STRIPE_ACCOUNT,
        "stripe": {"locationId": demo.STRIPE_LOCATION},
        "taxId": "standard",
        "sequenceNumber": 1,
        **clock.stamp(),
    }
    pier = {
        "id": PIER_OUTLET_ID,
        "name": demo.PIER_STORE_NAME,
        "address": "South Parade Pier",
        "city": "Portsmouth",
        "state": "Hampshire",
        "country": "GB",
        "postCode": "PO4 0SW",
        "phone": "+442392000001",
        "stations": [PIER_KIOSK_STATION_ID],
        "stripeAccountId": demo.PIER_STRIPE_ACCOUNT,
        "stripe": {"locationId": demo.PIER_STRIPE_LOCATION},
        "sequenceNumber": 2,
        **clock.stamp(),
    }
    kiosk = {
        "id": KIOSK_STATION_ID,
        "name": "Self-service kiosk 1",
        "outletId": OUTLET_ID,
        "status": "AVAILABLE",
        "deviceId": "kiosk-1",
        "deviceName": "Entrance kiosk",
        "stripeTerminalId": demo.READER_ID,
        "sequenceNumber": 1,
        "isVirtual": False,
        **clock.stamp(),
    }
    counter = {
        "id": POS_STATION_ID,
        "name": "Counter till",
        "outletId": OUTLET_ID,
        "status": "AVAILABLE",
        "deviceId": "ipad-counter",
        "deviceName": "Counter iPad",
        "serialReaderId": "SR-000123",
        "sequenceNumber": 2,
        "isVirtual": False,
        **clock.stamp(),
    }
    return [
        ("outlets", outlet),
        ("outlets", pier),
        ("stations", kiosk),
        ("stations", counter),
        ("stations", _pier_kiosk(clock)),
        *(("roles", role) for role in _roles(clock)),
    ]


def _pier_kiosk(clock: SeedClock) -> dict[str, Any]:
    return {
        "id": PIER_KIOSK_STATION_ID,
        "name": "Pier kiosk",
        "outletId": PIER_OUTLET_ID,
        "status": "AVAILABLE",
        "deviceId": "pier-kiosk",
        "deviceName": "Pier entrance kiosk",
        "stripeTerminalId": demo.PIER_READER_ID,
        "sequenceNumber": 3,
        "isVirtual": False,
        **clock.stamp(),
    }


_PERMISSIONS = (
    ("create_order", "orders", "management"),
    ("refund_order", "orders", "refunds"),
    ("close_session", "sessions", "management"),
    ("edit_stock", "products", "inventory"),
)


def _roles(clock: SeedClock) -> list[dict[str, Any]]:
    def permissions(granted: set[str]) -> list[dict[str, Any]]:
        return [
            {
                "name": name,
                "permissionId": stable_object_id(f"permission:{name}"),
                "category": category,
                "subCategory": sub,
                "value": name in granted,
            }
            for name, category, sub in _PERMISSIONS
        ]

    every = {name for name, _, _ in _PERMISSIONS}
    return [
        {
            "id": MANAGER_ROLE_ID,
            "name": "Manager",
            "permissions": permissions(every),
            **clock.stamp(),
        },
        {
            "id": STAFF_ROLE_ID,
            "name": "Staff",
            "permissions": permissions({"create_order", "close_session", "edit_stock"}),
            **clock.stamp(),
        },
    ]
