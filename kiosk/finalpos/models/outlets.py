"""Outlet and station wire models: where the kiosk stands and which till it is.

Station `status` is a free string; only "AVAILABLE" was ever seen (the kiosk also writes
"IN_USE"). The outlet's update is documented; the station's PUT was seen only by title.
"""

from __future__ import annotations

from kiosk.finalpos.models.base import Items, Record, WireModel, list_field


class OutletStripe(WireModel):
    location_id: str | None = None


class Outlet(Record):
    name: str | None = None
    address: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = None
    phone: str | None = None
    alias: str | None = None
    stations: Items[str] = list_field()
    stripe_account_id: str | None = None
    stripe: OutletStripe | None = None
    tax_id: str | None = None
    sequence_number: int | None = None

    @property
    def stripe_location_id(self) -> str | None:
        return self.stripe.location_id if self.stripe else None


class _StationFields(WireModel):
    name: str | None = None
    outlet_id: str | None = None
    status: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    stripe_terminal_id: str | None = None
    serial_reader_id: str | None = None
    sequence_number: int | None = None
    is_virtual: bool | None = None


class Station(Record, _StationFields):
    pass


class StationCreate(_StationFields):
    """A new station in an outlet (e.g. the kiosk's own, made by `kiosk setup`)."""

    name: str
    outlet_id: str
    status: str


class StationUpdate(_StationFields):
    """Partial station update (e.g. ``StationUpdate(status="IN_USE")``)."""
