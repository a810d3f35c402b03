"""Catalog text from Final POS metadata, shown in the customer's language: the menu, the
product screen, the cart and the upsell switch with the language; the order keeps the
default name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.catalog import Catalog
from kiosk.domain.catalog_text import read_texts
from kiosk.finalpos.mapping import build_catalog
from kiosk.sandbox.finalpos.seed import DEMO, category_id, product_id, seed_demo
from kiosk.sandbox.finalpos.store import FinalPosStore
from kiosk.ui.factory import ViewModels, build_view_models
from kiosk.ui.i18n import set_language
from tests.services.harness import build_services, running_stack
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, make_catalog, price

TEXTS = {
    "latte": [
        ("name:de", "Milchkaffee"),
        ("name:fr", "Café au lait"),
        ("description:de", "Doppelter Espresso mit seidiger Milch."),
    ],
    "coffee": [("name:de", "Kaffee"), ("name:fr", "Café")],
    "hot": [("name:de", "Heißer Kaffee")],
    "food": [("name:de", "Essen")],
}


def translated_catalog() -> Catalog:
    base = make_catalog()
    return Catalog(
        base.currency,
        [replace(c, texts=read_texts(TEXTS.get(c.id, []))) for c in base.categories],
        [replace(p, texts=read_texts(TEXTS.get(p.id, []))) for p in base.products],
    )


@pytest.fixture
def shop(checkout: FakeCheckoutService, image_dir: object) -> Iterator[ViewModels]:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),  # type: ignore[arg-type]
        store_name="Harbour Street Café",
        upsell_pairs={"coffee": "food"},
    )
    built.app.set_catalog(translated_catalog())
    yield built
    built.dispose()
    set_language("en")  # the translator is application-wide


def column(model: object, role: str) -> list[object]:
    index = model.ROLES.index(role)  # type: ignore[attr-defined]
    return [row[index] for row in model.rows]  # type: ignore[attr-defined]


def test_switching_language_shows_the_translated_names(shop: ViewModels) -> None:
    menu, product, cart, language = shop.menu, shop.product, shop.cart, shop.app.language
    catalog = translated_catalog()
    latte = catalog.product("latte")
    assert latte is not None
    menu.select_category("hot")
    shop.app.openProduct("latte")
    cart.add(latte, latte.variants[0], 1)
    assert "Caffè latte" in column(menu.product_model, "name")
    assert column(menu.category_model, "name")[:2] == ["Coffee", "Hot coffee"]
    assert product.name == "Caffè latte" and column(cart.lines, "name") == ["Caffè latte"]

    language.choose("de")
    names = column(menu.product_model, "name")
    assert "Milchkaffee" in names and "Espresso" in names  # no German name: the default
    assert column(menu.category_model, "name")[:2] == ["Kaffee", "Heißer Kaffee"]
    assert menu.currentCategoryName == "Heißer Kaffee"
    assert product.name == "Milchkaffee"
    assert product.description == "Doppelter Espresso mit seidiger Milch."
    assert column(cart.lines, "name") == ["Milchkaffee"]
    assert column(cart.lines, "initial") == ["M"]

    language.choose("fr")
    assert product.name == "Café au lait"
    assert product.description == "Double espresso with silky steamed milk."  # not in French
    assert column(cart.lines, "name") == ["Café au lait"]

    language.choose("es")  # nothing written in Spanish: every default name
    assert product.name == "Caffè latte" and column(cart.lines, "name") == ["Caffè latte"]
    # what is ordered keeps the default name: Final POS, the kitchen and the receipt
    assert [line.name for line in cart.cart.lines] == ["Caffè latte"]


def test_the_order_keeps_the_default_name_when_added_in_german(shop: ViewModels) -> None:
    shop.app.language.choose("de")
    latte = translated_catalog().product("latte")
    assert latte is not None
    shop.cart.add(latte, latte.variants[0], 2)
    assert column(shop.cart.lines, "name") == ["Milchkaffee"]
    assert [line.name for line in shop.cart.cart.lines] == ["Caffè latte"]
    shop.cart.remove(str(column(shop.cart.lines, "lineId")[0]))
    assert shop.cart.undoText == "Milchkaffee entfernt"  # what the customer reads


def test_the_upsell_names_its_category_and_products_in_the_language(shop: ViewModels) -> None:
    shop.app.language.choose("de")
    espresso = translated_catalog().product("espresso")
    assert espresso is not None
    shop.cart.add(espresso, espresso.variants[0])
    upsell = shop.cart.upsell_model
    assert upsell.offer(translated_catalog(), shop.cart.cart)
    assert "essen" in upsell.title
    shop.app.language.choose("en")
    assert "food" in upsell.title


async def test_the_demo_cafe_serves_translations_through_the_finalpos_api(tmp_path: Path) -> None:
    """Seeded metadata travels the real client and mapping (the sandbox over HTTP)."""
    with running_stack() as stack:
        async with build_services(stack.config, tmp_path) as services:
            client = services.finalpos
            catalog = build_catalog(
                await client.list_categories(),
                await client.list_products(),
                await client.list_variants(),
                outlet_id=stack.config.outlet_id,
                currency="EUR",
            )
    by_name = {c.name: c for c in catalog.categories}
    assert by_name["Hot drinks"].name_in("de") == "Heißgetränke"
    assert by_name["Breakfast"].name_in("es") == "Desayuno"
    latte = next(p for p in catalog.products if p.name == "Caffè latte")
    assert (latte.name_in("de"), latte.name_in("fr")) == ("Milchkaffee", "Café au lait")
    assert latte.about_in("es").startswith("Un espresso suave")
    espresso = next(p for p in catalog.products if p.name == "Espresso")
    assert espresso.texts == () and espresso.name_in("de") == "Espresso"


def test_an_older_demo_database_gains_the_translations_but_keeps_edited_metadata() -> None:
    store = FinalPosStore()
    try:
        seed_demo(store)
        company = DEMO.company_id
        latte, chocolate = (
            store.get(company, "products", product_id(k)) for k in ("caffe-latte", "hot-chocolate")
        )
        category = store.get(company, "categories", category_id("tea"))
        assert latte and chocolate and category and latte["metadata"] and category["metadata"]
        seeded = latte["metadata"]
        latte["metadata"] = []  # seeded before translations existed
        category["metadata"] = []
        chocolate["metadata"] = [{"key": "name:de", "value": "Kakao"}]  # edited in Final POS
        for resource, doc in (
            ("products", latte),
            ("products", chocolate),
            ("categories", category),
        ):
            store.replace(company, resource, doc)
        assert seed_demo(store) is False  # not seeded again, upgraded
        assert (store.get(company, "products", product_id("caffe-latte")) or {})[
            "metadata"
        ] == seeded
        assert (store.get(company, "categories", category_id("tea")) or {})["metadata"]
        kept = store.get(company, "products", product_id("hot-chocolate")) or {}
        assert kept["metadata"] == [{"key": "name:de", "value": "Kakao"}]
    finally:
        store.close()
