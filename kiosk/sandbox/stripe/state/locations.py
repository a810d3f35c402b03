"""Terminal locations: create, read, list."""

from __future__ import annotations

import copy

from kiosk.sandbox.stripe.state.errors import invalid
from kiosk.sandbox.stripe.state.params import apply_metadata, p_dict, p_str
from kiosk.sandbox.stripe.state.records import Obj, new_id
from kiosk.sandbox.stripe.state.store import _Store


class _Locations(_Store):
    """The Terminal location endpoints."""

    # -- locations ----------------------------------------------------------------------------

    def create_location(self, account: str, params: Obj, *, location_id: str | None = None) -> Obj:
        display_name = p_str(params, "display_name", required=True)
        address = p_dict(params, "address")
        if not address.get("country"):
            raise invalid("Missing required param: address[country].", "address[country]")
        location: Obj = {
            "id": location_id or new_id("tml"),
            "object": "terminal.location",
            "address": {
                "city": address.get("city"),
                "country": address["country"],
                "line1": address.get("line1"),
                "line2": address.get("line2"),
                "postal_code": address.get("postal_code"),
                "state": address.get("state"),
            },
            "configuration_overrides": p_str(params, "configuration_overrides"),
            "display_name": display_name,
            "livemode": False,
            "metadata": {},
            "phone": p_str(params, "phone"),
        }
        apply_metadata(location, params)
        with self.lock:
            return copy.deepcopy(self._put(account, "location", location))

    def retrieve_location(self, account: str, location_id: str) -> Obj:
        with self.lock:
            return copy.deepcopy(self._get(account, "location", location_id, "terminal.location"))

    def list_locations(self, account: str, params: Obj) -> Obj:
        with self.lock:
            items = list(self._bucket(account, "location").values())
            return self._list(account, "location", params, "/v1/terminal/locations", items)
