"""Table service and item notes reach Final POS, come back from it, and print for the kitchen."""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.cart import Cart
from kiosk.domain.receipt import StoreInfo
from kiosk.services.checkout import CheckoutOutcome
from kiosk.services.receipts.build import receipt_from_entry
from kiosk.services.receipts.layout import kitchen_rows, receipt_rows, render_text
from tests.services.harness import Services, Stack, cart


def _noted_cart() -> Cart:
    base = cart()
    first, second = base.lines
    noted = replace(base, lines=(replace(first, note="extra hot, no lid"), second))
    return noted.with_order_type("eat_in").with_table_number("012")


async def test_table_number_and_notes_are_sent_stored_and_read_back(
    stack: Stack, services: Services
) -> None:
    pending = await services.checkout.begin_async(_noted_cart())
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome is CheckoutOutcome.PAID, result
    [stored] = [o for o in stack.docs("orders") if o.get("externalId") == pending.checkout_id]
    assert stored["posData"]["tableNumber"] == "012"  # leading zero kept: a tracker's label
    assert {"key": "tableNumber", "value": "012"} in stored["metadata"]
    first, second = stored["lineItems"]
    assert first["note"] == "extra hot, no lid" and "note" not in second
    assert stored["customerNote"] == "Table 012\nFlat white (Large): extra hot, no lid"
    # read back through the client: the wire model keeps both
    entry = services.journal.get(pending.checkout_id)
    assert entry.order_id is not None
    order = await services.finalpos.get_order(entry.order_id)
    assert order.pos_data is not None and order.pos_data["tableNumber"] == "012"
    assert order.line_items is not None and order.line_items[0].note == "extra hot, no lid"
    receipt = receipt_from_entry(entry, store=StoreInfo("Café"), payment=None)
    assert receipt.table_number == "012"
    kitchen = render_text(kitchen_rows(receipt))
    assert "TABLE 012" in kitchen and "extra hot, no lid" in kitchen
    customer = render_text(receipt_rows(receipt))
    assert "Table 012" in customer and "extra hot, no lid" in customer


async def test_an_order_without_table_or_notes_sends_neither(
    stack: Stack, services: Services
) -> None:
    pending = await services.checkout.begin_async(cart())
    [stored] = [o for o in stack.docs("orders") if o.get("externalId") == pending.checkout_id]
    assert "tableNumber" not in stored["posData"] and "customerNote" not in stored
    assert [m["key"] for m in stored["metadata"]] == ["orderNumber"]
    assert all("note" not in line for line in stored["lineItems"])
    await services.checkout.abandon_async(pending.checkout_id)
