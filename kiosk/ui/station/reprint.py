"""A receipt printed again from the station's orders screen (`ReceiptService.reprint_async`).

Offered only when a receipt printer is configured; the outcome is said in the banner.
"""

from __future__ import annotations

from typing import Protocol

from kiosk.services.receipts import PrintOutcome, ReceiptUnavailable
from kiosk.ui.i18n import tr
from kiosk.ui.station.state import MessageKind, StationState


class ReprintPort(Protocol):
    """What the station needs of `ReceiptService`."""

    @property
    def settings(self) -> object: ...

    async def reprint_async(self, checkout_id: str) -> PrintOutcome: ...


def printer_configured(receipts: ReprintPort | None) -> bool:
    return receipts is not None and getattr(receipts.settings, "printer", None) is not None


async def reprint_async(
    state: StationState, receipts: ReprintPort | None, checkout_id: str
) -> PrintOutcome | None:
    """Print `checkout_id`'s receipt again; None when there is no printer or no receipt."""
    if not printer_configured(receipts):
        return None
    assert receipts is not None
    state.set_busy(True)
    try:
        outcome = await receipts.reprint_async(checkout_id)
    except ReceiptUnavailable:
        state.say(tr("This order has no receipt to print."), MessageKind.ERROR)
        return None
    finally:
        state.set_busy(False)
    if outcome is PrintOutcome.PRINTED:
        state.say(tr("Receipt printed."), MessageKind.SUCCESS)
    elif outcome is PrintOutcome.QUEUED:
        state.say(
            tr("The printer did not print it now; it tries again by itself."),
            MessageKind.ERROR,
        )
    else:
        state.say(tr("No receipt printer is set up."), MessageKind.ERROR)
    return outcome
