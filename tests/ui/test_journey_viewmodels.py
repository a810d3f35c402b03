"""Issue 14 (customer journey, second pass), view-models headless: one test per defect/feature."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.ui.factory import ViewModels, build_view_models
from tests.ui.conftest import until
from tests.ui.fakes import (
    FakeCheckoutService,
    FakeImageStore,
    Outcome,
    Unavailable,
    make_catalog,
    price,
)
from tests.ui.test_viewmodels import add, column, open_latte


def attribute_options(vms: ViewModels, attribute: str) -> dict[str, dict[str, object]]:
    for name, opts, _chosen in vms.product.attribute_model.rows:
        if name == attribute:
            return {o["value"]: o for o in opts}
    raise AssertionError(attribute)


def with_stock(catalog: Catalog, variant_id: str, stock: int) -> Catalog:
    products = []
    for p in catalog.products:
        variants = tuple(replace(v, stock=stock) if v.id == variant_id else v for v in p.variants)
        products.append(replace(p, variants=variants))
    return Catalog(catalog.currency, catalog.categories, tuple(products))


def with_product(catalog: Catalog, product: Product) -> Catalog:
    return Catalog(catalog.currency, catalog.categories, (*catalog.products, product))


@pytest.fixture
def store_vms(checkout: FakeCheckoutService, image_dir: Path) -> Iterator[ViewModels]:
    """A store with table service, item notes and a Coffee -> Food upsell pairing."""
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
        upsell_pairs={"coffee": "Food"},
    )
    built.app.set_catalog(make_catalog())
    yield built
    built.dispose()


# -- 1. a new customer starts clean -------------------------------------------------------
@pytest.mark.parametrize("how", ["start over", "idle", "paid"])
async def test_next_customer_starts_on_the_first_category_at_the_top(
    vms: ViewModels, checkout: FakeCheckoutService, how: str
) -> None:
    app = vms.app
    app.confirmation._tick.setInterval(1)
    app.idle_clock.timer.setInterval(30)
    app.idle_clock.tick.setInterval(10)
    resets: list[None] = []
    vms.menu.scroll_reset.connect(lambda: resets.append(None))
    app.begin()
    app.chooseOrderType("take_away")
    vms.menu.selectCategory("soup")
    add(vms, "espresso")
    if how == "start over":
        vms.cart.requestStartOver()
        vms.cart.confirmStartOver()
    elif how == "idle":
        await until(lambda: app.screen == "attract", 3)
    else:
        app.showCart()
        app.pay()
        await until(lambda: vms.payment.waitingForCard)
        checkout.present(Outcome.PAID)
        await until(lambda: app.screen == "attract", 3)
    assert app.screen == "attract" and vms.cart.isEmpty
    assert vms.menu.current_category_id == "coffee"
    assert resets, "the grid and rail were not told to scroll to the top"
    assert vms.cart.cart.order_type is None and vms.cart.cart.table_number is None


# -- 2. ask before clearing, undo a removed line ------------------------------------------
def test_start_over_with_a_full_cart_asks_first(vms: ViewModels) -> None:
    app = vms.app
    app.begin()
    app.chooseOrderType("eat_in")
    add(vms, "espresso", 2)
    vms.cart.requestStartOver()
    assert vms.cart.confirmingStartOver and app.screen == "menu" and vms.cart.count == 2
    vms.cart.keepOrder()
    assert not vms.cart.confirmingStartOver and vms.cart.count == 2
    vms.cart.requestStartOver()
    vms.cart.confirmStartOver()
    assert app.screen == "attract" and vms.cart.isEmpty and not vms.cart.confirmingStartOver


def test_start_over_with_an_empty_cart_needs_no_question(vms: ViewModels) -> None:
    vms.app.begin()
    vms.app.chooseOrderType("eat_in")
    vms.cart.requestStartOver()
    assert vms.app.screen == "attract" and not vms.cart.confirmingStartOver


def test_a_removed_line_comes_back_in_its_place_with_undo(vms: ViewModels) -> None:
    add(vms, "espresso", 2)
    add(vms, "cookie")
    espresso, cookie = column(vms.cart.lines, "lineId")
    vms.cart.remove(str(espresso))
    assert vms.cart.canUndo and vms.cart.undoText == "Espresso removed"
    assert column(vms.cart.lines, "lineId") == [cookie]
    vms.cart.undo()
    assert column(vms.cart.lines, "lineId") == [espresso, cookie]
    assert column(vms.cart.lines, "quantity") == [2, 1] and not vms.cart.canUndo


def test_minus_at_one_removes_with_undo(vms: ViewModels) -> None:
    add(vms, "cookie")
    [cookie] = column(vms.cart.lines, "lineId")
    vms.cart.decrement(str(cookie))
    assert vms.cart.isEmpty and vms.cart.canUndo
    vms.cart.undo()
    assert vms.cart.count == 1


async def test_undo_expires(vms: ViewModels) -> None:
    vms.cart._undo_timer.setInterval(30)
    add(vms, "cookie")
    vms.cart.remove(str(column(vms.cart.lines, "lineId")[0]))
    assert vms.cart.canUndo
    await until(lambda: not vms.cart.canUndo, 2)
    vms.cart.undo()
    assert vms.cart.isEmpty


# -- 3. prices: deltas, the price so far, sale explained ----------------------------------
def test_every_chip_shows_its_price_difference(vms: ViewModels) -> None:
    open_latte(vms)
    sizes = attribute_options(vms, "Size")
    assert [sizes[v]["delta"] for v in ("Small", "Medium", "Large")] == ["", "+€0.50", "+€1.00"]
    milks = attribute_options(vms, "Milk")
    assert milks["Whole"]["delta"] == "" and milks["Oat"]["delta"] == "+€0.40"
    assert milks["Soy"]["exists"] is False  # no Small soy: no price either


def test_price_follows_the_choices_made_so_far(vms: ViewModels) -> None:
    open_latte(vms)
    vms.product.choose("Size", "Medium")
    vms.product.choose("Milk", "Soy")
    vms.product.choose("Size", "Small")  # Soy does not come in Small: milk is open again
    assert not vms.product.resolved
    assert vms.product.price == "from €3.20"
    assert vms.product.hint == "Choose milk"


def test_a_sale_price_says_it_is_one(vms: ViewModels) -> None:
    catalog = vms.menu.catalog
    assert catalog is not None
    latte = catalog.product("latte")
    assert latte is not None
    on_offer = tuple(
        replace(v, price_minor=v.price_minor - 70, on_sale=True)
        if v.options == (("Size", "Large"), ("Milk", "Whole"))
        else v
        for v in latte.variants
    )
    vms.app.set_catalog(with_product(catalog, replace(latte, id="latte2", variants=on_offer)))
    vms.app.openProduct("latte2")
    assert attribute_options(vms, "Size")["Large"]["offer"] is True
    assert attribute_options(vms, "Size")["Small"]["offer"] is False
    vms.product.choose("Size", "Large")
    assert vms.product.price == "€3.50"
    assert vms.product.regularPrice == "€4.20"
    assert vms.product.offerText == "Offer: save €0.70"


def test_cart_line_at_a_sale_price_shows_what_it_was(vms: ViewModels) -> None:
    add(vms, "cold-brew", 2)
    assert column(vms.cart.lines, "saleText") == ["was €9.00"]


# -- 4. disabled controls say why; a zero total cannot reach Pay --------------------------
def test_disabled_buttons_say_why(vms: ViewModels) -> None:
    app = vms.app
    assert vms.cart.reviewBlockedReason == "Add something to your order first"
    assert not app.canPay and app.payBlockedReason == "Add something to your order first"
    add(vms, "espresso")
    assert vms.cart.reviewBlockedReason == "" and app.payBlockedReason == ""
    app.set_ordering_paused(True, "test")
    assert not app.canPay and app.payBlockedReason == "Ordering is paused"
    vms.app.openProduct("croissant")
    assert not vms.product.canAdd and vms.product.hint == "Sold out today"


async def test_a_zero_total_cannot_reach_pay(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    catalog = vms.menu.catalog
    assert catalog is not None
    water = Product("water", "Tap water", (Variant("w-1", "water", 0, 0),), category_ids=("food",))
    vms.app.set_catalog(with_product(catalog, water))
    vms.app.begin()
    vms.app.chooseOrderType("eat_in")
    assert vms.cart.add(water, water.variants[0])
    vms.app.showCart()
    assert not vms.cart.isEmpty and vms.cart.total == "€0.00"
    assert not vms.app.canPay and vms.app.payBlockedReason == "Nothing to pay: please ask staff"
    vms.app.pay()
    await asyncio.sleep(0.05)
    assert vms.app.screen == "cart" and checkout.begun == []


# -- live sold-out: re-check right before Pay ---------------------------------------------
async def test_a_line_sold_out_since_is_removed_before_any_charge(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    catalog = vms.menu.catalog
    assert catalog is not None
    syncs: list[None] = []

    async def refresh() -> Catalog:
        syncs.append(None)
        await asyncio.sleep(0)
        return with_stock(catalog, "esp-1", 0)

    vms.cart.set_catalog_refresher(refresh)
    vms.app.begin()
    vms.app.chooseOrderType("eat_in")
    add(vms, "espresso", 2)
    add(vms, "cookie")
    vms.app.showCart()
    vms.app.pay()
    await until(lambda: "sold out" in vms.cart.notice)
    assert syncs == [None]
    assert "Espresso" in vms.cart.notice and "Nothing was charged" in vms.cart.notice
    assert vms.app.screen == "cart" and checkout.begun == []
    assert column(vms.cart.lines, "name") == ["Chocolate chip cookie"]
    assert vms.menu.product_model.value(1, "soldOut") is True  # the menu is the fresh one too
    vms.app.pay()  # the customer pays for what is left
    await until(lambda: vms.payment.waitingForCard)
    [charged] = checkout.begun
    assert charged.subtotal_minor == 220 and vms.payment.amount == "€2.20"


async def test_the_recheck_caps_a_quantity_to_the_stock_left(vms: ViewModels) -> None:
    catalog = vms.menu.catalog
    assert catalog is not None

    async def refresh() -> Catalog:
        return with_stock(catalog, "esp-1", 1)

    vms.cart.set_catalog_refresher(refresh)
    add(vms, "espresso", 3)
    assert await vms.cart.prepare_to_pay_async() is False
    assert column(vms.cart.lines, "quantity") == [1] and "Only 1 Espresso left" in vms.cart.notice


async def test_a_failed_or_slow_sync_falls_back_to_the_menu_held(
    vms: ViewModels, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.ui.viewmodels.cart_pay as cart_module

    monkeypatch.setattr(cart_module, "RECHECK_BUDGET_S", 0.05)

    async def slow() -> Catalog:
        await asyncio.sleep(5)
        raise AssertionError("not reached")

    async def broken() -> Catalog:
        raise OSError("no route to host")

    ready: list[object] = []
    vms.cart.ready_to_pay.connect(ready.append)
    add(vms, "espresso")
    for refresher in (slow, broken):
        vms.cart.set_catalog_refresher(refresher)
        assert await vms.cart.prepare_to_pay_async() is True
    assert len(ready) == 2 and not vms.cart.checking
    # the held menu still decides: what it shows sold out is taken off
    catalog = vms.menu.catalog
    assert catalog is not None
    vms.app.set_catalog(with_stock(catalog, "esp-1", 0))
    assert await vms.cart.prepare_to_pay_async() is False and vms.cart.isEmpty


# -- table service ------------------------------------------------------------------------
def test_eat_in_asks_for_the_table_number_on_a_keypad(store_vms: ViewModels) -> None:
    app, cart = store_vms.app, store_vms.cart
    app.begin()
    app.chooseOrderType("eat_in")
    assert app.screen == "orderType" and cart.entry == "table"
    assert not cart.canSaveEntry and cart.saveBlockedReason == "Type the number first"
    for key in "12345x":
        cart.type(key)
    assert cart.draft == "1234"  # four digits at most, digits only
    cart.backspace()
    cart.type("7")
    cart.saveEntry()
    assert app.screen == "menu" and cart.entry == ""
    assert cart.cart.table_number == "1237" and cart.orderTypeText == "Eat in, table 1237"
    cart.changeTable()
    assert cart.entry == "table" and cart.draft == "1237"
    cart.cancelEntry()
    assert cart.cart.table_number == "1237"


def test_take_away_asks_no_table_and_drops_one(store_vms: ViewModels) -> None:
    app, cart = store_vms.app, store_vms.cart
    app.begin()
    app.chooseOrderType("eat_in")
    cart.type("5")
    cart.saveEntry()
    cart.set_order_type("take_away")
    assert cart.cart.table_number is None
    app.restart()
    app.begin()
    app.chooseOrderType("take_away")
    assert app.screen == "menu" and cart.entry == ""


def test_no_table_service_goes_straight_to_the_menu(vms: ViewModels) -> None:
    vms.app.begin()
    vms.app.chooseOrderType("eat_in")
    assert vms.app.screen == "menu" and vms.cart.entry == ""


# -- item notes ---------------------------------------------------------------------------
def test_a_line_takes_a_note_when_the_store_enables_notes(store_vms: ViewModels) -> None:
    add(store_vms, "espresso")
    [line] = column(store_vms.cart.lines, "lineId")
    store_vms.cart.editNote(str(line))
    assert store_vms.cart.entry == "note" and store_vms.cart.entryTitle == "A note for Espresso"
    for key in "no  sugar ":
        store_vms.cart.type(key)
    store_vms.cart.saveEntry()
    assert column(store_vms.cart.lines, "note") == ["no sugar"]
    assert store_vms.cart.cart.lines[0].note == "no sugar"


def test_notes_are_off_unless_enabled(vms: ViewModels) -> None:
    add(vms, "espresso")
    vms.cart.editNote(str(column(vms.cart.lines, "lineId")[0]))
    assert not vms.cart.notesEnabled and vms.cart.entry == ""


# -- upsell -------------------------------------------------------------------------------
async def test_one_suggestion_before_pay_skipped_in_one_tap(
    store_vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app, cart = store_vms.app, store_vms.cart
    app.begin()
    app.chooseOrderType("take_away")
    add(store_vms, "espresso")
    app.showCart()
    app.pay()
    upsell = cart.upsell_model
    assert upsell.shown and upsell.title == "Add something from food?"
    # the croissant is sold out, so only the cookie is suggested
    assert column(upsell.suggestions, "productId") == ["cookie"]
    upsell.skip()  # one tap, and on to the reader
    await until(lambda: store_vms.payment.waitingForCard)
    assert len(checkout.begun) == 1


async def test_the_suggestion_is_added_and_never_offered_twice(
    store_vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app, cart = store_vms.app, store_vms.cart
    app.begin()
    app.chooseOrderType("take_away")
    add(store_vms, "espresso")
    app.showCart()
    app.pay()
    cart.upsell_model.add("cookie")
    assert column(cart.lines, "name") == ["Espresso", "Chocolate chip cookie"]
    assert app.screen == "cart" and "added" in cart.notice and checkout.begun == []
    app.pay()
    assert not cart.upsell_model.shown
    await until(lambda: store_vms.payment.waitingForCard)
    assert checkout.begun[0].count == 2


async def test_no_suggestion_when_the_cart_has_the_category_already(store_vms: ViewModels) -> None:
    app = store_vms.app
    app.begin()
    app.chooseOrderType("take_away")
    add(store_vms, "espresso")
    add(store_vms, "cookie")
    app.showCart()
    app.pay()
    assert not store_vms.cart.upsell_model.shown
    await until(lambda: store_vms.payment.waitingForCard)


async def test_no_suggestion_without_a_trigger(store_vms: ViewModels) -> None:
    app = store_vms.app
    app.begin()
    app.chooseOrderType("take_away")
    add(store_vms, "soup")
    app.showCart()
    app.pay()
    assert not store_vms.cart.upsell_model.shown
    await until(lambda: store_vms.payment.waitingForCard)


# -- attract loop -------------------------------------------------------------------------
def test_attract_slides_are_available_products_with_a_cached_picture(vms: ViewModels) -> None:
    # only latte.svg is in the image cache of the fixture
    assert column(vms.menu.attractSlides, "productId") == ["latte"]
    assert str(column(vms.menu.attractSlides, "imageSource")[0]).endswith("latte.svg")
