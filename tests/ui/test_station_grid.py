"""The station's menu grid and cart controls, headless on the real services: categories and
tiles, variant choice, quantity by keypad, eat-in/take-away and the order note on the order."""

from __future__ import annotations

from kiosk.services.station.cash import CashOutcome
from tests.ui.station_fixtures import StationRig, signed_in, station_rig, station_stack

__all__ = ["station_rig", "station_stack"]


async def test_tabs_tiles_and_variant_choice(station_rig: StationRig) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    grid = st.grid_vm
    tabs = [row[1] for row in grid.categories.rows]
    tops = [c for c in rig.catalog.top_categories() if rig.catalog.has_products(c.id)]
    assert sorted(tabs) == sorted(c.name for c in tops) and len(tabs) >= 2
    second = str(grid.categories.rows[1][0])
    grid.selectCategory(second)
    assert grid.currentCategory == second
    shown = [str(row[0]) for row in grid.tiles.rows]
    assert shown == [p.id for p in rig.catalog.products_in(second)][: len(shown)]
    grid.stepCategory(-1)
    assert grid.currentCategory == str(grid.categories.rows[0][0])
    # One variant: a tap adds it. Several: a tap asks which, the choice adds that one.
    single = next(p for p in rig.catalog.products if len(p.variants) == 1 and p.available)
    several = next(
        p for p in rig.catalog.products if len([v for v in p.variants if v.available]) > 1
    )
    grid.tapProduct(single.id)
    assert [ln.product_id for ln in st.sale_vm.cart.lines] == [single.id]
    assert grid.choosingName == ""
    grid.tapProduct(several.id)
    assert grid.choosingName == several.name and st.sale_vm.cart.count == 1
    assert grid.choices.count == len(several.variants)
    pick = next(i for i, v in enumerate(several.variants) if v.available and i > 0)
    grid.chooseVariant(pick)
    assert grid.choosingName == ""
    added = st.sale_vm.cart.lines[-1]
    assert (added.product_id, added.variant_id) == (several.id, several.variants[pick].id)
    # Esc closes a choice before it leaves anything.
    grid.tapProduct(several.id)
    st.back()
    assert grid.choosingName == "" and st.screen == "sale" and st.sale_vm.cart.count == 2


async def test_quantity_keypad_order_type_and_note_reach_the_order(
    station_rig: StationRig,
) -> None:
    rig = station_rig
    st = rig.station
    await signed_in(rig)
    sale = st.sale_vm
    single = next(p for p in rig.catalog.products if len(p.variants) == 1 and p.available)
    st.grid_vm.tapProduct(single.id)
    sale.openQuantity()
    assert sale.quantityOpen and sale.selectedName == single.name
    for d in "12":
        st.digit(d)
    assert sale.quantityText == "12"
    sale.applyQuantity()
    assert not sale.quantityOpen and sale.cart.lines[0].quantity == 12
    sale.openQuantity()
    st.digit("5")
    st.back()  # Esc: the keypad closes, the quantity stays
    assert not sale.quantityOpen and sale.cart.lines[0].quantity == 12
    sale.setOrderType("eat_in")
    assert sale.orderType == "eat_in"
    sale.setOrderType("take_away")
    sale.setOrderType("nonsense")  # only the kiosk's two order types exist
    assert sale.orderType == ""
    sale.setOrderType("take_away")
    sale.setNote("No onions")
    st.pay_vm.openCash()
    st.pay_vm.exactCash()
    assert await st.pay_vm.take_cash_async() is CashOutcome.PAID
    order = next(o for o in rig.stack.docs("orders") if o.get("customerNote") == "No onions")
    assert order["posData"]["orderType"] == "take_away"
    assert order["posData"]["employee"] == "Sam"
    assert order["lineItems"][0]["quantity"] == 12
