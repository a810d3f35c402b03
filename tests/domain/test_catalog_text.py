"""Catalog text in several languages: the metadata convention and the fallback rules."""

from __future__ import annotations

import pytest

from kiosk.domain.catalog import Category, Product, Variant
from kiosk.domain.catalog_text import languages_of, read_texts, text_in
from kiosk.finalpos import models as m
from kiosk.finalpos.mapping import build_catalog


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ([("name:de", "Milchkaffee")], (("name", "de", "Milchkaffee"),)),
        ([("Name:DE", "  Milchkaffee ")], (("name", "de", "Milchkaffee"),)),  # case, spaces
        ([("name:de-CH", "Milchkaffi")], (("name", "de", "Milchkaffi"),)),  # region: language
        ([("name:fr_CA", "Café au lait")], (("name", "fr", "Café au lait"),)),
        ([("shortDescription:es", "Suave")], (("shortDescription", "es", "Suave"),)),
        ([("short_description:es", "Suave")], (("shortDescription", "es", "Suave"),)),
        ([("description:fr", "Doux")], (("description", "fr", "Doux"),)),
        ([("name:de", "Erster"), ("name:de", "Zweiter")], (("name", "de", "Erster"),)),
        ([("name:de", ""), ("name:de", "   ")], ()),  # empty is no translation
        ([("name", "no language"), ("name:", "x"), (":de", "x")], ()),
        ([("price:de", "4"), ("allergens", "milk"), ("orderNumber", "A1")], ()),
        ([("name:deutsch", "x"), ("name:1", "x"), (None, "x"), ("name:de", None)], ()),
    ],
)
def test_metadata_entries_that_are_translations(
    entries: list[tuple[str | None, str | None]], expected: tuple[tuple[str, str, str], ...]
) -> None:
    assert read_texts(entries) == expected


def test_texts_are_sorted_so_equal_records_compare_equal() -> None:
    one = read_texts([("name:fr", "b"), ("name:de", "a")])
    two = read_texts([("name:de", "a"), ("name:fr", "b")])
    assert one == two and hash(one) == hash(two) and languages_of(one) == {"de", "fr"}


TEXTS = read_texts(
    [("name:de", "Milchkaffee"), ("name:fr", "Café au lait"), ("description:de", "Mild.")]
)


@pytest.mark.parametrize(
    ("field", "language", "expected"),
    [
        ("name", "de", "Milchkaffee"),
        ("name", "de_AT", "Milchkaffee"),  # a locale asks for its language
        ("name", "fr", "Café au lait"),
        ("name", "es", "Caffè latte"),  # not written in Spanish: the default, not French
        ("name", "en", "Caffè latte"),
        ("description", "fr", "Caffè latte"),  # a field missing in one language only
        ("description", "de", "Mild."),
    ],
)
def test_a_missing_translation_falls_back_to_the_default_text(
    field: str, language: str, expected: str
) -> None:
    assert text_in(TEXTS, field, language, "Caffè latte") == expected


def latte(
    texts: tuple[tuple[str, str, str], ...], description: str = "", short: str = ""
) -> Product:
    return Product(
        "latte",
        "Caffè latte",
        (Variant(None, "latte", 350, 350),),
        description=description,
        short_description=short,
        texts=texts,
    )


def test_product_name_and_text_in_a_language() -> None:
    texts = read_texts(
        [("name:de", "Milchkaffee"), ("shortDescription:de", "Mild."), ("description:fr", "Doux.")]
    )
    p = latte(texts, description="Mellow, milky.", short="Mild and milky.")
    assert (p.name_in("de"), p.name_in("fr"), p.name) == (
        "Milchkaffee",
        "Caffè latte",
        "Caffè latte",
    )
    assert (
        p.short_description_in("de") == "Mild."
        and p.short_description_in("es") == "Mild and milky."
    )
    assert p.description_in("de") == "Mellow, milky." and p.description_in("fr") == "Doux."
    # the product screen prefers any text written in the language over the default one
    assert p.about_in("fr") == "Doux." and p.about_in("de") == "Mild."
    assert p.about_in("es") == "Mellow, milky."
    assert latte((), short="Short only.").about_in("de") == "Short only."


def test_category_name_in_a_language() -> None:
    c = Category("hot", "Hot drinks", texts=read_texts([("name:es", "Bebidas calientes")]))
    assert c.name_in("es") == "Bebidas calientes" and c.name_in("de") == "Hot drinks"
    assert c.description_in("es") == ""


def test_the_finalpos_mapping_keeps_translations_of_products_and_categories() -> None:
    metadata = [
        m.Metadata(key="name:de", value="Milchkaffee"),
        m.Metadata(key="allergens", value="milk"),
    ]
    catalog = build_catalog(
        [
            m.Category.model_validate(
                {"id": "c", "name": "Coffee", "metadata": [{"key": "name:fr", "value": "Café"}]}
            )
        ],
        [
            m.Product.model_validate(
                {
                    "id": "p",
                    "name": "Caffè latte",
                    "status": "publish",
                    "minPrice": 3.5,
                    "categories": ["c"],
                    "metadata": [md.model_dump(by_alias=True) for md in metadata],
                }
            )
        ],
        [],
        outlet_id="o",
        currency="EUR",
    )
    [category] = catalog.categories
    product = catalog.product("p")
    assert product is not None
    assert category.name_in("fr") == "Café" and category.name == "Coffee"
    assert product.name_in("de") == "Milchkaffee" and product.name == "Caffè latte"
    assert product.allergens == ("milk",)  # the same metadata still carries the allergens
