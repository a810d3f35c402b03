"""Allergens and dietary tags from Final POS tags and metadata (kiosk.domain.allergens)."""

from __future__ import annotations

import pytest

from kiosk.domain.allergens import DIETARY, EU_ALLERGENS, read_allergens
from kiosk.sandbox.finalpos.menu import ALLERGEN_TAGS, PRODUCTS


@pytest.mark.parametrize(
    ("tags", "metadata", "allergens", "dietary"),
    [
        ((), (), (), ()),
        (("allergen:milk", "diet:vegan"), (), ("milk",), ("vegan",)),
        (("Allergen: Tree Nuts", "contains:soy"), (), ("soybeans", "nuts"), ()),  # Annex II order
        (("vegan", "Gluten-Free", "bestseller"), (), (), ("vegan", "gluten_free")),
        (("allergen:unicorn", "diet:keto"), (), (), ()),  # unknown codes are ignored
        ((), (("allergens", "milk, eggs,,sulfites"),), ("eggs", "milk", "sulphites"), ()),
        ((), (("Dietary", "vegetarian"), ("colour", "red"), (None, "x")), (), ("vegetarian",)),
        (("allergen:milk",), (("allergens", "milk"),), ("milk",), ()),  # no duplicates
    ],
)
def test_read_allergens(
    tags: tuple[str, ...],
    metadata: tuple[tuple[str | None, str | None], ...],
    allergens: tuple[str, ...],
    dietary: tuple[str, ...],
) -> None:
    assert read_allergens(tags, metadata) == (allergens, dietary)


def test_fourteen_eu_allergens() -> None:
    assert len(EU_ALLERGENS) == len(set(EU_ALLERGENS)) == 14
    assert not set(EU_ALLERGENS) & set(DIETARY)


def test_the_demo_cafe_tags_are_all_understood() -> None:
    """A typo in the seed would silently drop an allergen: every tag must read as a code."""
    keys = {p.key for p in PRODUCTS}
    assert set(ALLERGEN_TAGS) <= keys
    for key, tags in ALLERGEN_TAGS.items():
        allergens, dietary = read_allergens(tags, ())
        assert len(allergens) + len(dietary) == len(tags), key
