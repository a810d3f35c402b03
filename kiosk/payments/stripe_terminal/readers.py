"""The gateway's reader and location calls: choosing the station's reader, lookups, and the
test-mode card presentment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import stripe

from kiosk.payments.gateway import (
    LocationInfo,
    ReaderInfo,
    ReaderNotConfigured,
)
from kiosk.payments.stripe_terminal.client import _code, _GatewayBase
from kiosk.payments.stripe_terminal.mapping import _as_dict, _malformed, _opt_str, _reader_info

if TYPE_CHECKING:
    from stripe.params.test_helpers.terminal import ReaderPresentPaymentMethodParams


class _ReaderCalls(_GatewayBase):
    """Readers and locations; `StripeTerminalGateway` is built on this."""

    # -- reader choice ------------------------------------------------------------------------

    async def choose_reader_async(
        self, *, station_reader_id: str | None, location_id: str | None
    ) -> str:
        """The station's reader, else an online one at the location, else the configured one.

        Reader ``status`` is not trusted for the station's own reader (Stripe advises against
        gating payments on it); it only ranks readers found by location.
        """
        if station_reader_id:
            try:
                await self._client.v1.terminal.readers.retrieve_async(station_reader_id)
            except stripe.InvalidRequestError as exc:
                if _code(exc) == "resource_missing":
                    raise ReaderNotConfigured(
                        f"the station's reader {station_reader_id} is not registered under "
                        f"Stripe account {self._account or '(platform)'}"
                    ) from None
                self._fail(exc, "reading the station's reader")
            except stripe.StripeError as exc:
                self._fail(exc, "reading the station's reader")
            return station_reader_id
        missing = ["the station names no reader"]
        if location_id:
            try:
                found = await self._client.v1.terminal.readers.list_async(
                    {"location": location_id, "status": "online", "limit": 10}
                )
            except stripe.StripeError as exc:
                self._fail(exc, f"listing the readers at location {location_id}")
            if found.data:
                return str(found.data[0].id)
            missing.append(f"no reader is online at location {location_id}")
        else:
            missing.append("the outlet has no Stripe location")
        if self._fallback_reader_id:
            return self._fallback_reader_id
        missing.append("no reader id is configured (reader_id)")
        raise ReaderNotConfigured("cannot choose a card reader: " + "; ".join(missing))

    async def retrieve_reader_async(self, reader_id: str) -> ReaderInfo:
        """The reader as Stripe knows it; `PaymentError` code ``resource_missing`` when the
        account has no such reader."""
        try:
            reader = await self._client.v1.terminal.readers.retrieve_async(reader_id)
        except stripe.StripeError as exc:
            self._fail(exc, f"reading reader {reader_id}")
        return _reader_info(_as_dict(reader))

    async def list_readers_async(self, *, location_id: str | None) -> list[ReaderInfo]:
        """Every reader of the account, or of one location (all pages)."""
        params: dict[str, Any] = {"limit": self._page_size}
        if location_id:
            params["location"] = location_id
        try:
            page = await self._client.v1.terminal.readers.list_async(params)  # type: ignore[arg-type]
            return [_reader_info(_as_dict(r)) async for r in page.auto_paging_iter()]
        except stripe.StripeError as exc:
            self._fail(exc, f"listing the readers at {location_id or 'the account'}")

    async def retrieve_location_async(self, location_id: str) -> LocationInfo:
        """The Terminal location; `PaymentError` code ``resource_missing`` when there is none."""
        try:
            location = _as_dict(
                await self._client.v1.terminal.locations.retrieve_async(location_id)
            )
        except stripe.StripeError as exc:
            self._fail(exc, f"reading Terminal location {location_id}")
        try:
            return LocationInfo(
                id=str(location["id"]), display_name=_opt_str(location.get("display_name"))
            )
        except KeyError:
            raise _malformed("Terminal location") from None

    # -- test mode ----------------------------------------------------------------------------

    async def simulate_present_card_async(
        self, reader_id: str, card_number: str | None = None
    ) -> None:
        """TEST MODE ONLY: "tap" a card on a simulated reader (Stripe's test helper).

        For demo mode and tests; it fails against live keys. The card number is never logged.
        """
        params: ReaderPresentPaymentMethodParams = {"type": "card_present"}
        if card_number:
            params["card_present"] = {"number": card_number}
        try:
            await self._client.v1.test_helpers.terminal.readers.present_payment_method_async(
                reader_id, params
            )
        except stripe.StripeError as exc:
            self._fail(exc, f"presenting a test card on reader {reader_id}")
