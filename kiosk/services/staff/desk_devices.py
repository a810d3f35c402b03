"""Part of `StaffDesk` (`kiosk.services.staff.desk`): the reader (status, a test message)
and the ordering controls (sync the menu, mark variants sold out at this outlet)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.payments.gateway import DisplayCart, DisplayLine, PaymentError, PaymentGateway
from kiosk.services.staff.desk_types import DeskOutcome, ReaderStatus

log = logging.getLogger("kiosk.services.staff.desk")


class VariantStock(Protocol):
    """Write one variant's stock for one outlet (the Final POS variant update)."""

    async def set_stock_async(self, variant_id: str, *, outlet_id: str, stock: int) -> None: ...


class FinalPosVariantStock:
    """`VariantStock` over ``GET``/``PUT /v1/api/variant/{id}``.

    Uses `FinalPosClient.set_variant_stock` when the client has it, else the client's own
    request plumbing on the contract's paths and bodies (same read-modify-write).
    """

    def __init__(self, client: FinalPosClient) -> None:
        self._client = client

    async def set_stock_async(self, variant_id: str, *, outlet_id: str, stock: int) -> None:
        from urllib.parse import quote

        own = getattr(self._client, "set_variant_stock", None)
        if own is not None:  # the client's own read-modify-write of `inventory`
            await own(
                variant_id,
                outlet_id=outlet_id,
                stock=stock,
                manage_stock=True,
                allow_backorder=False,
            )
            return

        path = f"/v1/api/variant/{quote(variant_id, safe='')}"
        variant = await self._client._get_one(path, m.Variant)
        inventory: list[dict[str, Any]] = [
            {"outletId": inv.outlet_id, "stock": inv.stock}
            for inv in variant.inventory
            if inv.outlet_id != outlet_id
        ]
        inventory.append({"outletId": outlet_id, "stock": stock})
        body = {"manageStock": True, "allowBackorder": False, "inventory": inventory}
        await self._client._send("PUT", path, body, m.Variant)


class DeviceDesk:
    """The reader and ordering controls of `StaffDesk` (which sets these attributes)."""

    _gateway: PaymentGateway
    _reader_id: str | None
    _outlet_id: str | None
    _sync_menu: Callable[[], Awaitable[object]] | None
    _show_on_reader: Callable[[str, str], Awaitable[None]] | None
    _variant_stock: VariantStock
    currency: str

    async def reader_async(self) -> tuple[DeskOutcome, ReaderStatus | None]:
        if not self._reader_id:
            return DeskOutcome.NOT_CONFIGURED, None
        try:
            info = await self._gateway.retrieve_reader_async(self._reader_id)
        except PaymentError as exc:
            log.warning("reader %s not readable: %s", self._reader_id, exc)
            return DeskOutcome.UNREACHABLE, None
        location_name = None
        if info.location_id:
            try:
                location_name = (
                    await self._gateway.retrieve_location_async(info.location_id)
                ).display_name
            except PaymentError as exc:
                log.info("reader location %s not readable: %s", info.location_id, exc)
        return DeskOutcome.OK, ReaderStatus(
            reader_id=info.id,
            label=info.label,
            status=info.status,
            last_seen_at=info.last_seen_at,
            location_id=info.location_id,
            location_name=location_name,
            device_type=info.device_type,
        )

    async def _show_on_display(self, reader_id: str, text: str) -> None:
        """The gateway's own message call when it has one; until then its cart display
        with one zero-amount line, checked by reading the reader back (the display call is
        best effort and reports no error)."""
        direct = getattr(self._gateway, "show_message_async", None)
        if direct is not None:
            await direct(reader_id, text)
            return
        show_cart = getattr(self._gateway, "_show_cart", None)
        if show_cart is None:
            raise NotImplementedError("the gateway cannot show a message")
        line = DisplayLine(description=text[:100], amount_minor=0, quantity=1)
        await show_cart(reader_id, DisplayCart(self.currency, (line,), 0, 0))
        info = await self._gateway.retrieve_reader_async(reader_id)
        if info.status != "online":
            raise PaymentError(f"reader {reader_id} is {info.status}", retryable=True)

    async def reader_test_async(self, text: str) -> DeskOutcome:
        show = self._show_on_reader or self._show_on_display
        if not self._reader_id:
            return DeskOutcome.NOT_CONFIGURED
        try:
            await show(self._reader_id, text)
        except NotImplementedError:
            return DeskOutcome.NOT_CONFIGURED
        except PaymentError as exc:
            log.warning("test message on reader %s failed: %s", self._reader_id, exc)
            return DeskOutcome.UNREACHABLE
        return DeskOutcome.OK

    # -- ordering ---------------------------------------------------------------------------

    async def sync_menu_async(self) -> DeskOutcome:
        if self._sync_menu is None:
            return DeskOutcome.NOT_CONFIGURED
        try:
            await self._sync_menu()
        except FinalPosError as exc:
            log.warning("menu sync failed: %s", exc)
            return DeskOutcome.UNREACHABLE
        return DeskOutcome.OK

    async def set_sold_out_async(self, variant_ids: Sequence[str]) -> DeskOutcome:
        if not self._outlet_id:
            return DeskOutcome.NOT_CONFIGURED
        try:
            for variant_id in variant_ids:
                await self._variant_stock.set_stock_async(
                    variant_id, outlet_id=self._outlet_id, stock=0
                )
        except NotFoundError:
            return DeskOutcome.NOT_FOUND
        except FinalPosError as exc:
            log.warning("could not mark variants sold out: %s", exc)
            return DeskOutcome.UNREACHABLE
        log.info("marked %d variant(s) sold out at outlet %s", len(variant_ids), self._outlet_id)
        if self._sync_menu is not None:
            await self.sync_menu_async()
        return DeskOutcome.OK
