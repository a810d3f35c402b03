"""Payment and refund wire models: transactions against orders, refunds and their payouts.

Assumptions where the contract is unsure (x-reconstructed / ../shared/finalpos-api NOTES.md
"Gaps"):

- A refund's payout is a transaction with ``type="refund"`` (a guess: only "sale" was seen)
  carrying `refundId`. Transaction `type` and `paymentMethod` are free strings; only "sale"
  and "credit_card" were ever seen.
- Transaction DELETE was seen only by title; the transaction listing, GET and PUT and the
  refund listing and GET were never seen (path and verb from the sibling pattern). No
  transaction filters and no sort order are documented, so look-ups page through every
  transaction (`FinalPosClient.find_transactions`).
"""

from __future__ import annotations

from kiosk.finalpos.models.base import Amount, Items, Record, WireModel, list_field
from kiosk.finalpos.models.orders import LineItem, TaxLine


class PaymentData(WireModel):
    processor: str | None = None
    processor_transaction_id: str | None = None
    device: str | None = None


class _TransactionFields(WireModel):
    external_id: str | None = None
    payment_method: str | None = None
    amount: Amount | None = None
    currency: str | None = None
    type: str | None = None
    notes: str | None = None
    employee: str | None = None
    balance: Amount | None = None
    session_id: str | None = None
    payment_data: PaymentData | None = None
    order_id: str | None = None
    refund_id: str | None = None
    outlet_id: str | None = None
    receipt_id: str | None = None


class Transaction(Record, _TransactionFields):
    pass


class TransactionCreate(_TransactionFields):
    """A payment against an order; `balance` is what the order still owes after it."""

    payment_method: str
    amount: Amount
    currency: str
    type: str
    balance: Amount
    session_id: str


class TransactionUpdate(_TransactionFields):
    """Partial transaction update (inferred endpoint), e.g. a note on a duplicate being undone."""


class RefundPayment(WireModel):
    payment_type: str | None = None
    amount: Amount | None = None
    transaction_id: str | None = None


class RefundSummary(WireModel):
    total: Amount | None = None
    sub_total: Amount | None = None
    total_taxes: Amount | None = None
    taxes: Items[TaxLine] = list_field()


class _RefundFields(WireModel):
    order_id: str | None = None
    session_id: str | None = None
    external_id: str | None = None
    currency: str | None = None
    line_items: Items[LineItem] | None = None
    reason: str | None = None
    refunded_by: str | None = None
    refunded_by_external_id: str | None = None
    summary: RefundSummary | None = None
    payment: list[RefundPayment] | None = None
    balance: Amount | None = None


class Refund(Record, _RefundFields):
    pass


class RefundCreate(_RefundFields):
    order_id: str
    line_items: list[LineItem]
