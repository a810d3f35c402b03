"""The product grid on a category switch: the cards on screen take the new rows in place.

A model reset made the grid destroy and recreate every card (about 40 items each), which was
most of a category switch's time (benchmarks/menu.py); the cards are now kept, and the grid
still starts the new category at its top.
"""

from __future__ import annotations

from dataclasses import replace

import shiboken6
from PySide6.QtQuick import QQuickItem

from kiosk.domain.catalog import Catalog
from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
from tests.ui.fakes import make_catalog
from tests.ui.test_qml import item, tap, view

__all__ = ["view"]


def cards(view: KioskView) -> dict[int, QQuickItem]:
    """The grid's live cards by their row (pooled or released ones are hidden)."""
    grid = item(view, "productGrid")
    content = grid.property("contentItem")
    assert isinstance(content, QQuickItem)
    return {
        int(c.property("index")): c
        for c in content.childItems()
        if c.objectName().startswith("productCell_") and c.isVisible()
    }


def long_catalog() -> Catalog:
    """Two categories that each fill the grid: 12 espressos in hot, 12 cold brews in iced."""
    catalog = make_catalog()
    by_id = {p.id: p for p in catalog.products}
    hot = tuple(replace(by_id["espresso"], id=f"esp{i}", name=f"Espresso {i}") for i in range(12))
    iced = tuple(replace(by_id["cold-brew"], id=f"cb{i}", name=f"Cold brew {i}") for i in range(12))
    return Catalog(catalog.currency, catalog.categories, catalog.products + hot + iced)


async def test_a_switch_keeps_the_cards_and_shows_the_new_category_from_the_top(
    vms: ViewModels, view: KioskView
) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    vms.app.set_catalog(long_catalog())
    vms.menu.selectCategory("hot")
    grid = item(view, "productGrid")
    await until(lambda: cards(view).get(0) is not None and grid.property("count") == 14)
    grid.setProperty("contentY", grid.property("contentHeight") - grid.height())
    await until(lambda: bool(grid.property("atYEnd")))
    vms.menu.selectCategory("iced")
    await until(lambda: bool(grid.property("atYBeginning")) and grid.property("count") == 13)
    before = {i: shiboken6.getCppPointer(c)[0] for i, c in cards(view).items()}
    assert cards(view)[0].property("name") == "Cold brew"

    await tap(view, "category_hot")
    await until(lambda: grid.property("count") == 14)
    after = cards(view)
    assert bool(grid.property("atYBeginning"))
    assert after[0].property("name") == "Caffè latte" and after[0].objectName() == (
        "productCell_latte"
    )
    assert after[2].property("name") == "Espresso 0"
    # the same cards, now showing the other category's products (more may have been made
    # since, for the grid's cache buffer)
    assert len(before) >= 4
    assert {i: shiboken6.getCppPointer(after[i])[0] for i in before} == before
