"""What every Final POS wire model shares: the base class, the field types, the common DTOs.

Rules every model follows (the resource modules beside this one rely on them):

- Every model ignores unknown fields and accepts both camelCase (wire) and snake_case names.
- Response models are tolerant: only `id` is required, every other field may be missing or
  null (a null list reads as an empty list). The contract is reconstructed, so a stricter
  model would turn a harmless server change into a menu outage.
- Request models (`*Create`) require what the contract marks required; `*Update` models make
  every field optional and are sent with only the fields that were set (partial PUT). Update
  bodies for everything but the outlet are inferred (PUT, create's fields all optional); a
  PUT replaces a list field whole.
- Money is `Decimal`, never float. Orders, transactions, refunds, sessions and
  `customer.totalSpent` carry decimal strings ("12.50") as `Amount` and serialize back to
  strings; catalog prices are JSON numbers (`kiosk.finalpos.models.catalog.CatalogAmount`).
  Conversion to minor units is `kiosk.finalpos.amounts`' job, not the models'.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer
from pydantic.alias_generators import to_camel

JsonObject = dict[str, Any]
T = TypeVar("T")


def _none_as_empty(value: Any) -> Any:
    return [] if value is None else value


# A money amount in major units. Non-finite values (NaN, Infinity) are malformed.
Amount = Annotated[Decimal, Field(allow_inf_nan=False)]


def _rate_to_json(rate: Decimal) -> int | float:
    # A rate is not money: Final POS validates tax `percentage` as a JSON number, and a
    # number such as 8.875 is exact enough; whole rates go out as integers.
    return int(rate) if rate == rate.to_integral_value() else float(rate)


# Percentages are parsed as Decimal (exact) and written as JSON numbers, unlike Amount.
Rate = Annotated[
    Decimal, Field(allow_inf_nan=False), PlainSerializer(_rate_to_json, when_used="json")
]
# A JSON list that the server may also send as null (read as empty).
Items = Annotated[list[T], BeforeValidator(_none_as_empty)]


def list_field() -> Any:
    """A list field's default: a fresh empty list (a missing list reads as empty)."""
    return Field(default_factory=list)


class WireModel(BaseModel):
    """Base of every wire model: camelCase aliases, unknown fields ignored."""

    model_config = ConfigDict(
        extra="ignore",
        alias_generator=to_camel,
        populate_by_name=True,
        ser_json_inf_nan="strings",
    )

    def to_wire(self, *, partial: bool = False) -> JsonObject:
        """The JSON body to send: camelCase, Decimals as strings.

        `partial` sends only the fields the caller set (PUT updates); otherwise unset
        optional fields (None) are left out rather than sent as null.
        """
        if partial:
            return self.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return self.model_dump(mode="json", by_alias=True, exclude_none=True)


class Record(WireModel):
    """Fields the server adds to every stored record."""

    id: str
    created_at: datetime | None = None
    updated_at: datetime | None = None
    company_id: str | None = None


class Metadata(WireModel):
    key: str | None = None
    value: str | None = None


class Address(WireModel):
    first_name: str | None = None
    last_name: str | None = None
    address1: str | None = None
    address2: str | None = None
    city: str | None = None
    state: str | None = None
    country: str | None = None
    post_code: str | None = None


class Note(WireModel):
    message: str | None = None
    created_at: datetime | None = None


class DeleteResult(WireModel):
    """The answer to a DELETE: ``{statusCode: 200, message: "Resource with Id ... deleted"}``."""

    status_code: int | None = None
    message: str | None = None


class ErrorBody(WireModel):
    """The NestJS-style error body: `message` is a string or a list of strings."""

    status_code: int | None = None
    message: str | list[str] | None = None
    error: str | None = None
