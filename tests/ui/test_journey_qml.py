"""Issue 14 on the real QML, offscreen, by taps: the new controls work and read right."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtQuick import QQuickItem

from kiosk.domain.catalog import Catalog
from kiosk.ui.factory import ViewModels, build_view_models
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, Unavailable, make_catalog, price
from tests.ui.test_qml import item, tap, text_of, view
from tests.ui.test_viewmodels import add

__all__ = ["view"]


@pytest.fixture
def store_view(checkout: FakeCheckoutService, image_dir: Path) -> Iterator[KioskView]:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),
        store_name="Harbour Street Café",
        unavailable_errors=(Unavailable,),
        item_notes=True,
        table_service=True,
        upsell_pairs={"coffee": "food"},
    )
    built.app.set_catalog(make_catalog())
    kiosk_view = KioskView(built.app, size=PORTRAIT)
    kiosk_view.window.show()
    kiosk_view.vms = built  # type: ignore[attr-defined]
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()
    built.dispose()


def shown(view: KioskView, name: str) -> bool:
    return item(view, name).isVisible()


async def test_a_leaving_screen_is_gone_at_once_so_screens_never_overlap(
    vms: ViewModels, view: KioskView
) -> None:
    await tap(view, "attractTapArea")
    menu, order_type = item(view, "menuScreen"), item(view, "orderTypeScreen")
    await tap(view, "takeAwayButton")
    # no cross-fade: the leaving screen went with the tap, while the new one fades in alone
    assert not order_type.isVisible()
    assert menu.isVisible()
    await until(lambda: menu.opacity() > 0.99)


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_start_over_asks_then_undo_brings_a_line_back(
    vms: ViewModels, view: KioskView, size: object
) -> None:
    view.window.resize(size)  # type: ignore[arg-type]
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    assert not item(view, "reviewOrderButton").isEnabled()
    assert shown(view, "reviewOrderButtonReason")
    assert text_of(view, "reviewOrderButtonReason") == "Add something to your order first"
    add(vms, "espresso")
    add(vms, "cookie")
    await tap(view, "startOverButton")
    assert shown(view, "startOverOverlay") and vms.cart.count == 2
    await tap(view, "keepOrderButton")
    assert not shown(view, "startOverOverlay") and vms.cart.count == 2

    await tap(view, "reviewOrderButton")
    await tap(view, "cartRemove_0")
    assert vms.cart.count == 1 and shown(view, "undoBar")
    await tap(view, "undoButton")
    assert vms.cart.count == 2 and not shown(view, "undoBar")

    await tap(view, "cartBackButton")
    await tap(view, "startOverButton")
    await tap(view, "confirmStartOverButton")
    assert vms.app.screen == "attract" and vms.cart.isEmpty


async def test_table_number_note_and_upsell_by_taps(
    store_view: KioskView, checkout: FakeCheckoutService
) -> None:
    view = store_view
    vms: ViewModels = view.vms  # type: ignore[attr-defined]
    await tap(view, "attractTapArea")
    await tap(view, "eatInButton")
    assert shown(view, "entryOverlay")
    assert not item(view, "entrySaveButton").isEnabled()
    for key in ("tableKey_4", "tableKey_2"):
        await tap(view, key)
    assert text_of(view, "entryDraft") == "42"
    await tap(view, "entrySaveButton")
    assert vms.app.screen == "menu" and vms.cart.cart.table_number == "42"

    add(vms, "espresso")
    await tap(view, "reviewOrderButton")
    assert text_of(view, "cartOrderType") == "Eat in, table 42"
    await tap(view, "cartNoteButton_0")
    for key in ("noteKey_h", "noteKey_o", "noteKey_t"):
        await tap(view, key)
    await tap(view, "entrySaveButton")
    assert vms.cart.cart.lines[0].note == "hot"
    assert text_of(view, "cartNote_0") == "Note: hot"

    await tap(view, "payButton")
    assert shown(view, "upsellOverlay")
    await tap(view, "upsellSkipButton")
    await until(lambda: vms.payment.waitingForCard)
    [charged] = checkout.begun
    assert charged.table_number == "42" and charged.lines[0].note == "hot"


async def test_a_sale_chip_shows_its_difference_and_offer(vms: ViewModels, view: KioskView) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    vms.app.openProduct("latte")
    await until(lambda: shown(view, "productScreen"))
    chip = item(view, "option_Size_Large")
    texts = [c.property("text") for c in chip.findChildren(QQuickItem) if c.property("text")]
    assert texts == ["Large", "+€1.00"]


async def test_the_next_customer_sees_the_grid_from_the_top(
    vms: ViewModels, view: KioskView
) -> None:
    view.window.resize(LANDSCAPE)
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    grid = item(view, "productGrid")
    # a long category, scrolled down by the previous customer
    catalog = make_catalog()
    many = tuple(
        replace(catalog.products[1], id=f"esp{i}", name=f"Espresso {i}") for i in range(40)
    )
    vms.app.set_catalog(Catalog(catalog.currency, catalog.categories, catalog.products + many))
    await until(lambda: grid.property("contentHeight") > 2 * grid.height())
    grid.setProperty("contentY", grid.property("contentHeight") - grid.height())
    await until(lambda: bool(grid.property("atYEnd")))
    assert vms.menu.current_category_id == "coffee"  # same category: no model reset helps
    vms.cart.requestStartOver()  # empty cart: at once
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    assert vms.menu.current_category_id == "coffee"
    await until(lambda: bool(grid.property("atYBeginning")))


async def test_the_attract_screen_shows_the_store_products(
    vms: ViewModels, view: KioskView
) -> None:
    showcase = item(view, "attractShowcase")
    await until(lambda: showcase.isVisible())
    assert vms.menu.attractSlides.count == 1
