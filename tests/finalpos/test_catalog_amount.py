"""`models.CatalogAmount`: exact Decimals kept as parsed, anything else read leniently."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pydantic
import pytest

from kiosk.finalpos import models as m

RECORD = pydantic.TypeAdapter(m.VariantRecord)


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        (Decimal("2.50"), "2.50"),  # exactly as parsed: trailing zero and all
        (Decimal("12.500000000000000001"), "12.500000000000000001"),  # beyond a float
        (Decimal("-0"), "-0"),
        (Decimal("1E+2"), "1E+2"),
        (Decimal("Infinity"), "Infinity"),  # kept: the mapping refuses it, with the id
        (Decimal("NaN"), "NaN"),
        (Decimal("sNaN"), "NaN"),
        (7, "7"),
        (2.5, "2.5"),
        (" 1.25 ", "1.25"),
        ("not a number", "NaN"),
        (True, "NaN"),
        ([1], "NaN"),
        ({"a": 1}, "NaN"),
    ],
)
def test_a_catalog_price_reads_as_the_lenient_decimal(wire: Any, expected: str) -> None:
    price = RECORD.validate_python({"id": "v1", "price": wire})["price"]
    assert isinstance(price, Decimal) and str(price) == expected


def test_a_missing_or_null_price_is_none() -> None:
    assert RECORD.validate_python({"id": "v1", "price": None})["price"] is None
    assert "price" not in RECORD.validate_python({"id": "v1"})


def test_the_wire_model_reads_prices_the_same_way() -> None:
    variant = m.Variant.model_validate({"id": "v1", "price": Decimal("2.50"), "salePrice": "x"})
    assert str(variant.price) == "2.50" and variant.sale_price is not None
    assert variant.sale_price.is_nan()
    assert variant.model_dump(mode="json", by_alias=True)["price"] == 2.5
