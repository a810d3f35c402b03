"""Build the Final POS order, its sale transaction and the reader's cart display from Totals.

All three come from the same `kiosk.domain.pricing.Totals`, so the order, the reader display
and the screen show the same numbers (the one rounding rule lives in `pricing`). Amounts
leave the domain's integer minor units only here, through `kiosk.finalpos.amounts.from_minor`.

Order status values: the contract shows only "pending"; the kiosk writes "completed" once
paid and "cancelled" for an abandoned or failed checkout (Final POS's own app uses these
words; the value set is not documented, see NOTES.md "Gaps").
"""

from __future__ import annotations

from typing import Any

from kiosk.domain.pricing import Totals
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.finalpos.models import JsonObject
from kiosk.payments.gateway import DisplayCart, DisplayLine

ORDER_PENDING = "pending"
ORDER_COMPLETED = "completed"
ORDER_CANCELLED = "cancelled"
ORDER_SOURCE = "final"
SALE = "sale"
CARD = "credit_card"
CASH = "cash"
PROCESSOR = "stripe"
# A "pay at the counter" order: pending, balance = total, metadata and posData payAt=counter;
# the checkout station lists these and takes the payment (shared with kiosk/services/station).
PAY_AT_KEY = "payAt"
PAY_AT_COUNTER = "counter"


def order_create(
    totals: Totals,
    *,
    checkout_id: str,
    receipt_id: str,
    order_number: str,
    session_id: str | None,
    kiosk_name: str,
    order_type: str | None = None,
    table_number: str | None = None,
    pay_at_counter: bool = False,
) -> m.OrderCreate:
    """The pending order: lines with product/variant ids and taxes, summary, balance = total.

    Table service and item notes (README design notes): the table number goes to
    ``posData.tableNumber`` and a ``tableNumber`` metadata entry; a line's note to its line
    item's ``note`` (the line-item shape is inferred anyway). Both are repeated in the
    documented ``customerNote`` ("Table 12", "Espresso: no sugar"), so staff see them on the
    Final POS order screen whichever field their view shows.

    `pay_at_counter` marks the order for the checkout station (the shared convention): the
    metadata entry and ``posData`` key `PAY_AT_KEY` = `PAY_AT_COUNTER`; it stays pending with
    balance = total until the station takes the payment.
    """
    cur = totals.currency

    def money(amount_minor: int) -> Any:
        return from_minor(amount_minor, cur)

    lines = []
    staff_notes = [f"Table {table_number}"] if table_number else []
    for priced in totals.lines:
        line = priced.line
        name = f"{line.name} ({line.options_text})" if line.options else line.name
        lines.append(
            m.LineItem(
                name=name,
                quantity=line.quantity,
                price=money(line.unit_price_minor),
                total=money(priced.gross_minor),
                product_id=line.product_id,
                variant_id=line.variant_id,
                note=line.note or None,
                taxes=[
                    m.TaxLine(
                        name=priced.tax_name,
                        amount=money(priced.tax_minor),
                        percentage=priced.tax_rate,
                    )
                ],
            )
        )
        if line.note:
            staff_notes.append(f"{name}: {line.note}")
    summary = m.OrderSummary(
        sub_total=money(totals.subtotal_minor),
        total_taxes=money(totals.tax_minor),
        discount_total=money(totals.discount_minor),
        shipping_total=money(0),
        total=money(totals.total_minor),
        is_tax_inclusive=totals.tax_inclusive,
        taxes=[
            m.OrderTax(
                name=tax.name,
                tax_table_name=tax.name,
                percentage=tax.rate,
                amount=money(tax.amount_minor),
                compounding=False,
                priority=index,
            )
            for index, tax in enumerate(totals.taxes, start=1)
        ],
    )
    pos_data: dict[str, Any] = {"kiosk": kiosk_name, "orderNumber": order_number}
    metadata = [m.Metadata(key="orderNumber", value=order_number)]
    if order_type:
        pos_data["orderType"] = order_type
    if table_number:
        pos_data["tableNumber"] = table_number
        metadata.append(m.Metadata(key="tableNumber", value=table_number))
    if pay_at_counter:
        pos_data[PAY_AT_KEY] = PAY_AT_COUNTER
        metadata.append(m.Metadata(key=PAY_AT_KEY, value=PAY_AT_COUNTER))
    return m.OrderCreate(
        receipt_id=receipt_id,
        status=ORDER_PENDING,
        source=ORDER_SOURCE,
        balance=money(totals.total_minor),
        summary=summary,
        currency=cur,
        session_id=session_id,
        external_id=checkout_id,
        line_items=lines,
        pos_data=pos_data,
        metadata=metadata,
        customer_note="\n".join(staff_notes) or None,
    )


def is_counter_order(order: m.OrderCreate | m.Order | JsonObject) -> bool:
    """True for an order the customer pays at the counter (metadata or posData payAt)."""
    if isinstance(order, dict):
        try:
            order = m.OrderCreate.model_validate(order)
        except ValueError:
            return False
    pos = order.pos_data or {}
    if pos.get(PAY_AT_KEY) == PAY_AT_COUNTER:
        return True
    return any(
        item.key == PAY_AT_KEY and item.value == PAY_AT_COUNTER for item in order.metadata or []
    )


def order_from_journal(body: JsonObject) -> m.OrderCreate:
    """The order body journaled at the start, ready to (re-)post unchanged."""
    return m.OrderCreate.model_validate(body)


def sale_transaction(
    *,
    checkout_id: str,
    amount_minor: int,
    currency: str,
    session_id: str,
    order_id: str,
    outlet_id: str | None,
    receipt_id: str,
    intent_id: str,
    reader_id: str | None,
    employee: str | None = None,
) -> m.TransactionCreate:
    """The card sale recorded once the money is captured; the order's balance becomes 0.
    `employee` is who took it (a station's signed-in person; None at a kiosk)."""
    return m.TransactionCreate(
        external_id=checkout_id,
        payment_method=CARD,
        amount=from_minor(amount_minor, currency),
        currency=currency,
        type=SALE,
        balance=from_minor(0, currency),
        session_id=session_id,
        order_id=order_id,
        outlet_id=outlet_id,
        receipt_id=receipt_id,
        payment_data=m.PaymentData(
            processor=PROCESSOR, processor_transaction_id=intent_id, device=reader_id
        ),
        employee=employee,
    )


def order_employee(order_body: dict[str, Any]) -> str | None:
    """The employee a station put on the order (posData.employee), for its sale."""
    pos_data = order_body.get("posData")
    employee = pos_data.get("employee") if isinstance(pos_data, dict) else None
    return employee if isinstance(employee, str) and employee else None


def order_completed(currency: str) -> m.OrderUpdate:
    return m.OrderUpdate(status=ORDER_COMPLETED, balance=from_minor(0, currency))


def order_cancelled() -> m.OrderUpdate:
    return m.OrderUpdate(status=ORDER_CANCELLED)


def display_cart(totals: Totals) -> DisplayCart:
    """The reader's cart screen; display only (Stripe charges the PaymentIntent's amount)."""
    return DisplayCart(
        currency=totals.currency,
        lines=tuple(
            DisplayLine(
                description=priced.line.name[:100],
                amount_minor=priced.gross_minor,
                quantity=priced.line.quantity,
            )
            for priced in totals.lines
        ),
        tax_minor=totals.tax_minor,
        total_minor=totals.total_minor,
    )


def display_to_json(cart: DisplayCart) -> dict[str, Any]:
    return {
        "currency": cart.currency,
        "lines": [[ln.description, ln.amount_minor, ln.quantity] for ln in cart.lines],
        "tax_minor": cart.tax_minor,
        "total_minor": cart.total_minor,
    }


def display_from_json(data: dict[str, Any]) -> DisplayCart:
    return DisplayCart(
        currency=str(data["currency"]),
        lines=tuple(DisplayLine(str(d), int(a), int(q)) for d, a, q in data["lines"]),
        tax_minor=int(data["tax_minor"]),
        total_minor=int(data["total_minor"]),
    )


def offset_external_id(checkout_id: str, duplicate_id: str) -> str:
    """The `externalId` of the record that offsets duplicate sale `duplicate_id`."""
    return f"{checkout_id}:offset:{duplicate_id}"


def sale_offset(
    duplicate: m.Transaction, *, checkout_id: str, currency: str, session_id: str
) -> m.TransactionCreate:
    """A negative sale that cancels a duplicate sale in the books.

    Assumption (openapi.yaml): a transaction's `amount` may be negative (its pattern is
    ``^-?\\d+(\\.\\d+)?$``); no void status and no documented delete semantics exist for
    transactions (DELETE is only a page title, and the client has no delete), so a duplicate
    sale is offset rather than removed: the order's sales then sum to what was captured, and
    the session's closing report nets it out. The offset names the duplicate in `externalId`
    (`offset_external_id`) and `notes`, so it is found again instead of being posted twice.
    """
    amount = duplicate.amount if duplicate.amount is not None else from_minor(0, currency)
    return m.TransactionCreate(
        external_id=offset_external_id(checkout_id, duplicate.id),
        payment_method=duplicate.payment_method or CARD,
        amount=-amount,
        currency=duplicate.currency or currency,
        type=SALE,
        balance=from_minor(0, currency),
        session_id=session_id,
        order_id=duplicate.order_id,
        outlet_id=duplicate.outlet_id,
        receipt_id=duplicate.receipt_id,
        notes=f"Offsets duplicate sale {duplicate.id} of kiosk checkout {checkout_id}",
        payment_data=duplicate.payment_data,
    )
