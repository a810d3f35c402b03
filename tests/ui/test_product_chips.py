"""The product screen's choice chips are kept while their options change.

The attribute rows were a model reset and the chips a list model: every open and every tap
of a chip destroyed and rebuilt them all (benchmarks/menu.py). Now the rows change in place
and the chips follow their options by count: kept while an attribute has as many options.
"""

from __future__ import annotations

import shiboken6

from kiosk.ui.factory import ViewModels
from kiosk.ui.view import KioskView
from tests.ui.conftest import until
from tests.ui.test_qml import item, tap, view

__all__ = ["view"]


def chip_texts(view: KioskView, attribute: str, values: list[str]) -> list[tuple[bool, str]]:
    return [
        (
            bool(item(view, f"option_{attribute}_{v}").property("selected")),
            str(item(view, f"option_{attribute}_{v}").property("delta")),
        )
        for v in values
    ]


async def test_a_tap_and_the_next_product_keep_the_chips(vms: ViewModels, view: KioskView) -> None:
    await tap(view, "attractTapArea")
    await tap(view, "takeAwayButton")
    vms.app.openProduct("latte")
    await until(lambda: item(view, "productScreen").opacity() > 0.99)
    medium = item(view, "option_Size_Medium")
    pointer = shiboken6.getCppPointer(medium)[0]
    assert chip_texts(view, "Size", ["Small", "Medium", "Large"]) == [
        (True, ""),
        (False, "+€0.50"),
        (False, "+€1.00"),
    ]

    await tap(view, "option_Size_Large")
    await until(lambda: vms.product.chosen.get("Size") == "Large")
    assert chip_texts(view, "Size", ["Small", "Medium", "Large"])[2][0] is True
    assert shiboken6.getCppPointer(item(view, "option_Size_Medium"))[0] == pointer

    # a product whose first attribute has fewer options: its chips are remade, the second
    # attribute's row goes, and no chip reads a missing option (the fixture fails a warning)
    vms.app.backToMenu()
    vms.app.openProduct("soup")
    await until(lambda: view.find("option_Size_Bowl") is not None)
    assert view.find("option_Size_Medium") is None and view.find("option_Milk_Oat") is None
    assert chip_texts(view, "Size", ["Cup", "Bowl"]) == [(True, ""), (False, "+€2.00")]
    vms.app.backToMenu()
    vms.app.openProduct("latte")
    await until(lambda: view.find("option_Milk_Oat") is not None)
    assert chip_texts(view, "Size", ["Small", "Medium", "Large"])[0] == (True, "")
