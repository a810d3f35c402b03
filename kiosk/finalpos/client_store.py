"""The Final POS client's store endpoints: outlets, stations, staff roles, the catalog.

What a kiosk needs to know where it stands and what it sells. Its writes here are its own
station (made and given a reader by `kiosk setup`, marked in use by the till session) and a
variant's stock (staff marking an item sold out). Assumptions about the endpoints stand in
`kiosk.finalpos.models.catalog`, `.outlets` and `.roles`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator

from kiosk.finalpos import models as m
from kiosk.finalpos.client_base import ClientBase, segment
from kiosk.finalpos.errors import NotFoundError
from kiosk.finalpos.paging import ListStats


class StoreEndpoints(ClientBase):
    """Outlets, stations, roles and the catalog (one method per operation)."""

    # --- outlets and stations ------------------------------------------------------------

    async def list_outlets(self, *, stats: ListStats | None = None) -> list[m.Outlet]:
        return [o async for o in self.iter_outlets(stats=stats)]

    def iter_outlets(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Outlet, None]:
        return self._iter("/v1/api/outlets", m.Outlet, stats=stats)

    async def get_outlet(self, outlet_id: str) -> m.Outlet:
        return await self._get_one(f"/v1/api/outlet/{segment(outlet_id)}", m.Outlet)

    async def list_stations(self, *, stats: ListStats | None = None) -> list[m.Station]:
        return [s async for s in self.iter_stations(stats=stats)]

    def iter_stations(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Station, None]:
        return self._iter("/v1/api/stations", m.Station, stats=stats)

    async def get_station(self, station_id: str) -> m.Station:
        return await self._get_one(f"/v1/api/station/{segment(station_id)}", m.Station)

    async def create_station(self, station: m.StationCreate) -> m.Station:
        """A new station (e.g. the kiosk's own); sent once, like every write."""
        return await self._send("POST", "/v1/api/station", station.to_wire(), m.Station)

    async def update_station(self, station_id: str, update: m.StationUpdate) -> m.Station:
        return await self._send(
            "PUT", f"/v1/api/station/{segment(station_id)}", update.to_wire(partial=True), m.Station
        )

    # --- roles ---------------------------------------------------------------------------

    async def list_roles(self, *, stats: ListStats | None = None) -> list[m.Role]:
        """The company's staff roles, or [] where Final POS has none to list.

        Only the single-role paths are documented; the listing is assumed to follow the
        pattern, and a 404 (no such endpoint, or no roles) is read as "no roles", so staff
        mode falls back to its local roles. Other failures raise as usual.
        """
        try:
            return [r async for r in self._iter("/v1/api/roles", m.Role, stats=stats)]
        except NotFoundError:
            return []

    async def get_role(self, role_id: str) -> m.Role:
        return await self._get_one(f"/v1/api/roles/{segment(role_id)}", m.Role)

    # --- catalog -------------------------------------------------------------------------

    async def list_categories(self, *, stats: ListStats | None = None) -> list[m.Category]:
        return [c async for c in self.iter_categories(stats=stats)]

    def iter_categories(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[m.Category, None]:
        return self._iter("/v1/api/categories", m.Category, stats=stats)

    async def list_products(self, *, stats: ListStats | None = None) -> list[m.Product]:
        return [p async for p in self.iter_products(stats=stats)]

    def iter_products(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Product, None]:
        return self._iter("/v1/api/products", m.Product, stats=stats)

    def iter_category_pages(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[m.CategoryRecord], None]:
        """Categories a page at a time, as the menu sync reads them (`models.CategoryRecord`:
        a dict per record, several times cheaper to validate than `iter_categories`' models)."""
        return self._pages("/v1/api/categories", m.CategoryRecord, stats=stats)

    def iter_product_pages(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[m.ProductRecord], None]:
        return self._pages("/v1/api/products", m.ProductRecord, stats=stats)

    def iter_variant_pages(
        self, *, stats: ListStats | None = None
    ) -> AsyncGenerator[list[m.VariantRecord], None]:
        return self._pages("/v1/api/variants", m.VariantRecord, stats=stats)

    async def get_variant(self, variant_id: str) -> m.Variant:
        return await self._get_one(f"/v1/api/variant/{segment(variant_id)}", m.Variant)

    async def update_variant(self, variant_id: str, update: m.VariantUpdate) -> m.Variant:
        """Partial variant update (PUT, inferred endpoint); list fields are replaced whole."""
        return await self._send(
            "PUT", f"/v1/api/variant/{segment(variant_id)}", update.to_wire(partial=True), m.Variant
        )

    async def set_variant_stock(
        self,
        variant_id: str,
        *,
        outlet_id: str,
        stock: int,
        manage_stock: bool = True,
        allow_backorder: bool | None = None,
    ) -> m.Variant:
        """Set one outlet's stock of a variant (``stock=0`` marks it sold out everywhere).

        A PUT replaces `inventory` whole, so this reads the variant, changes (or adds) this
        outlet's entry, keeps the other outlets' entries as read, and writes the list back
        with `manageStock` (and `allowBackorder` when given: a variant that allows backorder
        stays sellable at 0). Final POS has no conditional update: a sale at another outlet
        landing between the read and the write loses its stock change there. Sold-out marks
        are rare staff actions, so the window is small; re-read before trusting a count.
        """
        if isinstance(stock, bool) or not isinstance(stock, int):
            raise TypeError("stock must be a whole number")
        current = await self.get_variant(variant_id)
        inventory = [inv for inv in current.inventory if inv.outlet_id != outlet_id]
        here = m.Inventory(outlet_id=outlet_id, stock=stock)
        position = next(
            (i for i, inv in enumerate(current.inventory) if inv.outlet_id == outlet_id),
            len(inventory),
        )
        inventory.insert(position, here)
        update = m.VariantUpdate(manage_stock=manage_stock, inventory=inventory)
        if allow_backorder is not None:
            update.allow_backorder = allow_backorder
        return await self.update_variant(variant_id, update)

    async def list_variants(self, *, stats: ListStats | None = None) -> list[m.Variant]:
        return [v async for v in self.iter_variants(stats=stats)]

    def iter_variants(self, *, stats: ListStats | None = None) -> AsyncGenerator[m.Variant, None]:
        return self._iter("/v1/api/variants", m.Variant, stats=stats)
