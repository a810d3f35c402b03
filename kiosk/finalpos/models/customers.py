"""Customer wire models. The customer GET and PUT were never seen (path and verb from the
sibling pattern); `CustomerUpdate` is create's fields, all optional."""

from __future__ import annotations

from datetime import datetime

from kiosk.finalpos.models.base import Address, Amount, Metadata, Note, Record, WireModel


class _CustomerFields(WireModel):
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    outlet_id: str | None = None
    external_id: str | None = None
    phone: str | None = None
    total_spent: Amount | None = None
    last_action: datetime | None = None
    tags: list[str] | None = None
    billing: Address | None = None
    shipping: Address | None = None
    metadata: list[Metadata] | None = None
    notes: list[Note] | None = None


class Customer(Record, _CustomerFields):
    from_final: bool | None = None


class CustomerUpdate(_CustomerFields):
    """Partial customer update (inferred endpoint)."""


class CustomerCreate(_CustomerFields):
    email: str
    first_name: str
    last_name: str
