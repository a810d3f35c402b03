"""`fastbuild`: the same frozen objects as the dataclasses' own __init__, field for field."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.domain.catalog import Attribute, Product, Variant
from kiosk.finalpos.fastbuild import new_product, new_variant

VARIANT = ("v1", "p1", 250, 300, (("Size", "L"),), True, 3, False, "SKU", "http://x/v.png", "400")
PRODUCT_HEAD = ("p1", "Latte", ("c1", "c2"), (Attribute("Size", ("L",)),), "long", "short")
PRODUCT_TAIL = (
    "http://x/p.png",
    "standard",
    "P-SKU",
    ("gluten",),
    ("vegan",),
    (("name", "de", "L"),),
)


def _fields(obj: object) -> list[object]:
    return [getattr(obj, f.name) for f in dataclasses.fields(obj)]  # type: ignore[arg-type]


def test_a_variant_is_what_variant_makes() -> None:
    made = new_variant(*VARIANT)
    expected = Variant(*VARIANT)
    assert type(made) is Variant and made == expected and hash(made) == hash(expected)
    assert _fields(made) == list(VARIANT)  # every field in its place, none swapped


def test_a_product_is_what_product_makes() -> None:
    variants = (new_variant(*VARIANT),)
    pid, name, categories, attributes, description, short = PRODUCT_HEAD
    made = new_product(
        pid, name, variants, categories, attributes, description, short, *PRODUCT_TAIL
    )
    expected = Product(
        pid, name, variants, categories, attributes, description, short, *PRODUCT_TAIL
    )
    assert type(made) is Product and made == expected and hash(made) == hash(expected)
    assert _fields(made) == _fields(expected) and made.allergens == ("gluten",)


def test_what_they_make_stays_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        new_variant(*VARIANT).price_minor = 1  # type: ignore[misc]
