"""German everywhere: the customer screens the language test leaves out (paused, out of
order) and every customer screen with the catalog's own text in German (longer names and
descriptions from Final POS metadata) fit both orientations with nothing clipped."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
import shiboken6
from PySide6.QtCore import QSize

from kiosk.domain.catalog import Catalog
from kiosk.domain.catalog_text import read_texts
from kiosk.ui.factory import ViewModels, build_view_models
from kiosk.ui.i18n import set_language
from kiosk.ui.screenshots import STATES, _stager
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, make_catalog, price
from tests.ui.still import frame_async, show_still_async
from tests.ui.test_language import MAIN_CUSTOMER_STATES, clipped, shown_text

CATEGORIES = {
    "coffee": {"name:de": "Kaffee"},
    "hot": {"name:de": "Heiße Kaffeegetränke"},
    "iced": {"name:de": "Eiskaffee"},
    "food": {"name:de": "Speisen"},
    "soup": {"name:de": "Suppen"},
}
PRODUCTS = {
    "latte": {
        "name:de": "Milchkaffee",
        "description:de": "Doppelter Espresso mit seidig aufgeschäumter Vollmilch.",
    },
    "espresso": {"name:de": "Espresso"},
    "cold-brew": {"name:de": "Kalt aufgebrühter Kaffee"},
    "croissant": {"name:de": "Buttercroissant"},
    "cookie": {"name:de": "Schokoladenkeks"},
    "soup": {
        "name:de": "Im Ofen geröstete Tomaten-Basilikum-Suppe mit Sauerteigbrot",
        "description:de": "Stundenlang mit Knoblauch und Thymian geröstet, mit warmem Brot.",
    },
}


def german_catalog(categories: dict[str, dict[str, str]] = CATEGORIES) -> Catalog:
    base = make_catalog()

    return Catalog(
        base.currency,
        [replace(c, texts=read_texts(categories.get(c.id, {}).items())) for c in base.categories],
        [replace(p, texts=read_texts(PRODUCTS.get(p.id, {}).items())) for p in base.products],
    )


@pytest.fixture
def german(checkout: FakeCheckoutService, image_dir: object) -> Iterator[ViewModels]:
    built = build_view_models(
        currency="EUR",
        locale="de_DE",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),  # type: ignore[arg-type]
        store_name="Harbour Street Café",
        idle_timeout_s=60,
        idle_countdown_s=3,
        confirmation_s=30,
    )
    built.app.set_catalog(german_catalog())
    yield built
    built.dispose()
    set_language("en")  # the translator is application-wide


def meta_objects(vms: ViewModels) -> str:
    """What Qt sees of each view-model (class, property count, alive): QML reading every
    property of one as undefined (seen once in CI, never here) means its meta-object is not
    the class's; this says which one, for the next time."""
    seen = []
    for name in ("app", "cart", "menu", "product", "payment"):
        obj = getattr(vms, name)
        if not shiboken6.isValid(obj):
            seen.append(f"{name}: deleted")
            continue
        meta = obj.metaObject()
        seen.append(f"{name}: {meta.className()} with {meta.propertyCount()} properties")
    return "; ".join(seen)


async def check_states(
    vms: ViewModels, size: QSize, states: list[str], catalog: Catalog | None = None
) -> set[str]:
    catalog = catalog or german_catalog()
    vms.app.set_catalog(catalog)
    view = KioskView(vms.app, size=size)
    problems: dict[str, list[str]] = {}
    shown: set[str] = set()
    try:
        await show_still_async(view)
        stagers = _stager(vms, catalog)
        for state in states:
            stagers[state]()
            await frame_async(view)
            shown |= shown_text(view)
            if found := clipped(view):
                problems[state] = found
        assert view.warnings == [], meta_objects(vms)
    finally:
        view.close()
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    return shown


SIZES = pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])


@SIZES
async def test_paused_and_out_of_order_screens_fit_in_german(
    german: ViewModels, size: QSize
) -> None:
    left_out = [s for s in STATES if s not in MAIN_CUSTOMER_STATES]
    assert left_out == ["attract-paused", "menu-paused", "out-of-order"]
    shown = await check_states(german, size, left_out)
    assert german.app.language.current == "de"
    assert any("pausiert" in text.lower() for text in shown), shown


@SIZES
async def test_catalog_text_in_german_fits_every_customer_screen(
    german: ViewModels, size: QSize
) -> None:
    shown = await check_states(german, size, MAIN_CUSTOMER_STATES)
    for name in ("Milchkaffee", "Kaffee", "Heiße Kaffeegetränke", "Speisen"):
        assert name in shown, name
    assert "Caffè latte" not in shown and "Hot coffee" not in shown


async def test_a_long_one_word_category_fits_the_portrait_rail(german: ViewModels) -> None:
    long_word = {**CATEGORIES, "coffee": {"name:de": "Kaffeespezialitäten"}}
    await check_states(german, PORTRAIT, ["menu"], german_catalog(long_word))


async def test_a_longer_category_title_fits_beside_the_allergen_filter(
    german: ViewModels,
) -> None:
    longer = {**CATEGORIES, "coffee": {"name:de": "Kaffee & Espresso"}}
    await check_states(german, PORTRAIT, ["menu-allergens"], german_catalog(longer))
