"""The category rail is built once per catalog; a switch only moves the selection."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kiosk.domain.catalog import Catalog
from kiosk.ui.factory import ViewModels
from tests.ui.fakes import make_catalog
from tests.ui.test_viewmodels import column


def test_a_switch_moves_the_selection_and_a_picture_arriving_shows(
    vms: ViewModels, image_dir: Path
) -> None:
    catalog = make_catalog()
    food = next(c for c in catalog.categories if c.id == "food")
    categories = tuple(
        replace(c, image_url="http://img/food.svg") if c is food else c for c in catalog.categories
    )
    vms.app.set_catalog(Catalog(catalog.currency, categories, catalog.products))
    menu = vms.menu
    menu.selectCategory("iced")
    assert column(menu.category_model, "selected") == [False, False, True, False, False]
    assert column(menu.category_model, "inBranch") == [True, True, True, False, False]
    menu.selectCategory("soup")
    assert column(menu.category_model, "selected") == [False, False, False, False, True]
    assert column(menu.category_model, "inBranch") == [False, False, False, False, True]
    assert column(menu.category_model, "imageSource")[3] == ""  # not in the cache yet

    (image_dir / "food.svg").write_text((image_dir / "latte.svg").read_text())
    menu.refresh_images()
    assert column(menu.category_model, "imageSource")[3].endswith("/food.svg")
    assert column(menu.category_model, "selected")[4] is True
