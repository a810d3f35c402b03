"""Allergens on cards and the product screen, and the menu's "hide products with" filter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.ui.factory import ViewModels
from kiosk.ui.i18n import set_language
from tests.ui.fakes import make_catalog


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    set_language("en")


def listed(vms: ViewModels, role: str = "productId") -> list[str]:
    model = vms.menu.product_model
    index = model.ROLES.index(role)
    return [str(row[index]) for row in model.rows]


def test_cards_say_what_a_product_contains(vms: ViewModels) -> None:
    vms.menu.select_category("food")
    assert listed(vms) == ["croissant", "cookie"]
    assert listed(vms, "allergens") == [
        "Contains: Gluten, Eggs, Milk",
        "Contains: Gluten, Milk, Nuts",
    ]
    assert listed(vms, "dietary") == ["Vegetarian", ""]
    vms.menu.select_category("hot")
    assert "Vegan" in listed(vms, "dietary")  # espresso: vegan, not also "vegetarian"


def test_hiding_an_allergen_hides_every_product_with_it(vms: ViewModels) -> None:
    menu = vms.menu
    menu.select_category("food")
    assert menu.filterText == "Allergens"
    menu.toggleAllergen("nuts")
    assert listed(vms) == ["croissant"]
    assert menu.hiddenCount == 1
    assert menu.filterText == "Without Nuts"
    menu.toggleAllergen("milk")
    assert listed(vms) == []
    assert menu.emptyText == "Nothing here without those allergens."
    assert menu.filterText == "Without Nuts, Milk"  # most avoided first
    menu.select_category("hot")
    assert "espresso" in listed(vms) and "latte" not in listed(vms)
    menu.toggleAllergen("milk")  # a second tap shows them again
    assert "latte" in listed(vms)
    menu.toggleAllergen("unicorn")
    assert menu.hidden_allergens == frozenset({"nuts"})
    filters = {f["code"]: f["hidden"] for f in menu.allergenFilters}
    assert len(filters) == 14 and filters["nuts"] and not filters["milk"]


def test_the_next_customer_sees_the_whole_menu(vms: ViewModels) -> None:
    vms.menu.openFilter()
    vms.menu.toggleAllergen("gluten")
    assert vms.menu.filterOpen
    vms.app.restart()
    assert vms.menu.hidden_allergens == frozenset()
    assert not vms.menu.filterOpen
    vms.menu.select_category("food")
    assert listed(vms) == ["croissant", "cookie"]


def test_product_screen_lists_allergens_and_diet(vms: ViewModels) -> None:
    soup = next(p for p in make_catalog().products if p.id == "soup")
    vms.product.open(soup)
    assert vms.product.allergensText == "Contains: Celery, Milk"
    assert vms.product.dietaryText == "Vegetarian · Gluten-free"
    vms.app.language.choose("de")
    assert vms.product.allergensText == "Enthält: Sellerie, Milch"
    assert vms.product.dietaryText == "Vegetarisch · Glutenfrei"


async def test_the_filter_is_tapped_on_the_menu(vms: ViewModels) -> None:
    from kiosk.ui.view import PORTRAIT, KioskView
    from tests.ui.conftest import until
    from tests.ui.test_qml import item, tap

    view = KioskView(vms.app, size=PORTRAIT)
    view.window.show()
    try:
        vms.app.stage_screen("menu")
        vms.menu.select_category("food")
        await until(lambda: view.find("product_cookie") is not None)
        await tap(view, "allergenFilterButton")
        await until(lambda: vms.menu.filterOpen)
        await tap(view, "allergen_nuts")
        await until(lambda: vms.menu.hidden_allergens == frozenset({"nuts"}))
        await tap(view, "allergenDone")
        await until(lambda: not item(view, "allergenFilter").isVisible())
        assert listed(vms) == ["croissant"]
        assert view.find("product_cookie") is None
        assert view.warnings == []
    finally:
        view.close()
