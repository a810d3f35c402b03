"""View-models headless: menu, variants, cart edits, idle timer, payment states."""

from __future__ import annotations

import asyncio

from kiosk.ui.factory import ViewModels
from tests.ui.conftest import until
from tests.ui.fakes import LONG_NAME, FakeCheckoutService, Outcome


def column(model: object, role: str) -> list[object]:
    rows = model.rows  # type: ignore[attr-defined]
    index = model.ROLES.index(role)  # type: ignore[attr-defined]
    return [row[index] for row in rows]


# -- menu ---------------------------------------------------------------------------------
def test_menu_opens_on_first_category_with_its_subcategories(vms: ViewModels) -> None:
    menu = vms.menu
    assert menu.current_category_id == "coffee"
    assert column(menu.category_model, "categoryId") == ["coffee", "hot", "iced", "food", "soup"]
    assert column(menu.category_model, "level") == [0, 1, 1, 0, 0]
    assert column(menu.product_model, "name") == ["Caffè latte", "Espresso", "Cold brew"]


def test_menu_rows_carry_formatted_prices_sale_and_sold_out(vms: ViewModels) -> None:
    menu = vms.menu
    assert column(menu.product_model, "price") == ["from €3.20", "€2.50", "€3.80"]
    assert column(menu.product_model, "regularPrice") == ["", "", "€4.50"]
    assert column(menu.product_model, "onSale") == [False, False, True]
    menu.selectCategory("food")
    assert column(menu.product_model, "soldOut") == [True, False]
    # the rail is the whole tree and does not reflow: only the selection moves
    assert column(menu.category_model, "categoryId") == ["coffee", "hot", "iced", "food", "soup"]
    assert column(menu.category_model, "selected") == [False, False, False, True, False]
    assert column(menu.category_model, "inBranch") == [False, False, False, True, False]


def test_menu_switch_to_subcategory_and_images_from_cache(vms: ViewModels) -> None:
    vms.menu.selectCategory("hot")
    assert column(vms.menu.product_model, "productId") == ["latte", "espresso"]
    images = column(vms.menu.product_model, "imageSource")
    assert str(images[0]).startswith("file://") and str(images[0]).endswith("latte.svg")
    assert images[1] == ""  # not cached: the placeholder shows


def test_menu_keeps_category_when_catalog_is_swapped(vms: ViewModels) -> None:
    from tests.ui.fakes import make_catalog

    vms.menu.selectCategory("soup")
    vms.app.set_catalog(make_catalog())
    assert vms.menu.current_category_id == "soup"
    assert column(vms.menu.product_model, "name") == [LONG_NAME]


# -- product ------------------------------------------------------------------------------
def open_latte(vms: ViewModels) -> None:
    vms.app.begin()
    vms.app.chooseOrderType("eat_in")
    vms.app.openProduct("latte")
    assert vms.app.screen == "product"


def options(vms: ViewModels, attribute: str) -> dict[str, tuple[bool, bool, bool]]:
    for name, opts, _chosen in vms.product.attribute_model.rows:
        if name == attribute:
            return {o["value"]: (o["exists"], o["available"], o["selected"]) for o in opts}
    raise AssertionError(attribute)


def test_first_available_options_are_preselected_so_a_price_shows_at_once(
    vms: ViewModels,
) -> None:
    open_latte(vms)
    product = vms.product
    assert product.chosen == {"Size": "Small", "Milk": "Whole"}
    assert product.resolved and product.canAdd and product.price == "€3.20"
    assert product.hint == ""
    product.choose("Size", "Medium")
    assert product.chosen == {"Size": "Medium", "Milk": "Whole"} and product.price == "€3.70"
    product.choose("Milk", "Oat")
    assert product.resolved and product.canAdd
    assert product.price == "€4.10"
    product.increment()
    assert product.price == "€8.20"


def test_missing_and_sold_out_combinations_are_not_selectable(vms: ViewModels) -> None:
    open_latte(vms)
    product = vms.product
    product.choose("Size", "Small")
    assert options(vms, "Milk")["Soy"] == (False, False, False)  # does not exist
    product.choose("Milk", "Soy")  # ignored
    assert product.chosen == {"Size": "Small", "Milk": "Whole"}
    assert options(vms, "Size")["Small"] == (True, True, True)  # earlier choices stay free
    product.choose("Size", "Large")
    assert options(vms, "Milk")["Oat"] == (True, False, False)  # exists, sold out
    product.choose("Milk", "Oat")
    assert product.soldOut and not product.canAdd and product.hint == "Sold out today"


def test_choosing_a_size_drops_a_milk_that_no_longer_combines(vms: ViewModels) -> None:
    open_latte(vms)
    vms.product.choose("Size", "Medium")
    vms.product.choose("Milk", "Soy")
    vms.product.choose("Size", "Small")
    assert vms.product.chosen == {"Size": "Small"}  # no Small soy, and no silent swap to whole


def test_add_to_order_puts_the_line_in_the_cart_and_returns_to_menu(vms: ViewModels) -> None:
    open_latte(vms)
    vms.product.choose("Size", "Large")
    vms.product.choose("Milk", "Whole")
    vms.product.increment()
    vms.product.addToOrder()
    assert vms.app.screen == "menu"
    assert vms.cart.count == 2 and vms.cart.total == "€8.40"
    assert column(vms.cart.lines, "options") == ["Large, Whole"]
    assert vms.cart.cart.order_type == "eat_in"


# -- cart ---------------------------------------------------------------------------------
def add(vms: ViewModels, product_id: str, quantity: int = 1) -> None:
    catalog = vms.menu.catalog
    assert catalog is not None
    product = catalog.product(product_id)
    assert product is not None
    assert vms.cart.add(product, product.variants[0], quantity)


def test_cart_edits_and_totals(vms: ViewModels) -> None:
    add(vms, "espresso", 2)
    add(vms, "cookie")
    cart = vms.cart
    assert cart.count == 3 and cart.subtotal == "€7.20" and cart.total == "€7.20"
    assert cart.tax == "€1.03"  # 20% of 5.00 inclusive = 0.83, 10% of 2.20 inclusive = 0.20
    espresso, cookie = column(cart.lines, "lineId")
    cart.increment(str(espresso))
    assert column(cart.lines, "quantity") == [3, 1]
    cart.increment(str(cookie))
    cart.increment(str(cookie))  # only two in stock
    assert column(cart.lines, "quantity") == [3, 2]
    assert "all we have" in cart.notice
    assert column(cart.lines, "canIncrease") == [True, False]
    cart.decrement(str(espresso))
    cart.remove(str(cookie))
    assert cart.count == 2 and cart.total == "€5.00"
    only = column(cart.lines, "lineId")[0]
    cart.decrement(str(only))
    cart.decrement(str(only))
    assert cart.isEmpty and cart.total == "€0.00"


def test_sold_out_product_is_refused_with_a_notice(vms: ViewModels) -> None:
    catalog = vms.menu.catalog
    assert catalog is not None
    croissant = catalog.product("croissant")
    assert croissant is not None
    assert not vms.cart.add(croissant, croissant.variants[0])
    assert "sold out" in vms.cart.notice


# -- app and idle -------------------------------------------------------------------------
def test_journey_screens_and_start_over(vms: ViewModels) -> None:
    app = vms.app
    assert app.screen == "attract"
    app.begin()
    assert app.screen == "orderType"
    app.chooseOrderType("take_away")
    add(vms, "espresso")
    app.showCart()
    assert app.screen == "cart" and app.canPay
    app.backToMenu()
    app.restart()
    assert app.screen == "attract" and vms.cart.isEmpty and vms.cart.cart.order_type is None


async def test_idle_overlay_counts_down_and_clears_the_cart(vms: ViewModels) -> None:
    app = vms.app
    app.idle_clock.timer.setInterval(50)
    app.idle_clock.tick.setInterval(20)
    app.begin()
    add(vms, "espresso")
    await until(lambda: app.idleVisible)
    assert app.idleSecondsLeft == 3
    await until(lambda: app.screen == "attract", 2)
    assert not app.idleVisible and vms.cart.isEmpty


async def test_idle_overlay_still_here_keeps_the_order(vms: ViewModels) -> None:
    app = vms.app
    app.idle_clock.timer.setInterval(50)
    app.idle_clock.tick.setInterval(200)
    app.begin()
    add(vms, "espresso")
    await until(lambda: app.idleVisible)
    app.stillHere()
    assert not app.idleVisible and app.screen == "orderType" and vms.cart.count == 1


async def test_no_idle_overlay_during_payment(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    app = vms.app
    app.idle_clock.timer.setInterval(30)
    app.begin()
    add(vms, "espresso")
    app.chooseOrderType("eat_in")
    app.showCart()
    app.pay()
    await until(lambda: vms.payment.waitingForCard)
    await asyncio.sleep(0.15)
    assert not app.idleVisible and app.screen == "payment"
    vms.payment.cancel()
    await until(lambda: app.screen == "cart")


def test_ordering_paused_blocks_paying_not_browsing(vms: ViewModels) -> None:
    app = vms.app
    app.begin()
    add(vms, "espresso")
    app.set_ordering_paused(True, "finalpos unreachable")
    app.chooseOrderType("eat_in")
    app.showCart()
    assert app.orderingPaused and not app.canPay and "paused" in app.pausedText
    app.pay()
    assert app.screen == "cart"
    app.set_ordering_paused(False)
    assert app.canPay


def test_out_of_order_shows_a_reason_for_staff(vms: ViewModels) -> None:
    vms.app.show_out_of_order("no menu and no connection")
    assert vms.app.screen == "outOfOrder"
    assert vms.app.outOfOrderReason == "no menu and no connection"


# -- payment ------------------------------------------------------------------------------
async def to_payment(vms: ViewModels) -> None:
    vms.app.begin()
    vms.app.chooseOrderType("eat_in")
    add(vms, "espresso", 2)
    vms.app.showCart()
    vms.app.pay()
    await until(lambda: vms.payment.waitingForCard)


async def test_payment_approved_shows_confirmation_then_attract(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    vms.app.confirmation._tick.setInterval(3)
    await to_payment(vms)
    assert vms.payment.amount == "€5.00" and vms.payment.orderNumber == "A001"
    assert "Tap, insert or swipe" in vms.payment.statusText
    checkout.present(Outcome.PAID)
    await until(lambda: vms.app.screen == "confirmation")
    assert vms.app.confirmationNumber == "A001" and vms.cart.isEmpty
    await until(lambda: vms.app.screen == "attract")


async def test_payment_declined_then_retry_succeeds(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    await to_payment(vms)
    checkout.present(Outcome.DECLINED)
    await until(lambda: vms.payment.state == "declined")
    assert vms.payment.message == "The card was declined. Try another card or ask staff."
    assert vms.payment.canRetry
    assert vms.payment.canCancel
    vms.payment.retry()
    await until(lambda: vms.payment.waitingForCard)
    assert checkout.pay_calls == 2 and len(checkout.begun) == 1  # same order, second try
    checkout.present(Outcome.PAID)
    await until(lambda: vms.app.screen == "confirmation")


async def test_a_payment_that_needs_staff_names_the_order(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    await to_payment(vms)
    checkout.present(Outcome.FAILED)
    await until(lambda: vms.payment.state == "problem")
    assert vms.payment.message == (
        "The payment could not be finished. Please ask staff (order A001)."
    )
    assert not vms.payment.canRetry


async def test_customer_cancel_abandons_and_returns_to_cart(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    await to_payment(vms)
    vms.payment.cancel()
    await until(lambda: vms.app.screen == "cart")
    assert checkout.abandoned == ["co_1"] and vms.cart.count == 2
    assert vms.payment.state == "idle"


async def test_cancel_after_decline_abandons(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    await to_payment(vms)
    checkout.present(Outcome.DECLINED)
    await until(lambda: vms.payment.state == "declined")
    vms.payment.cancel()
    await until(lambda: vms.app.screen == "cart")
    assert checkout.abandoned == ["co_1"]


async def test_reader_timeout_then_gentle_kiosk_timeout_returns_to_attract(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    vms.payment._attention.setInterval(80)
    await to_payment(vms)
    checkout.present(Outcome.TIMED_OUT)
    await until(lambda: vms.payment.state == "problem")
    assert vms.payment.message.startswith("We did not see a card in time.")
    assert vms.payment.canRetry
    await until(lambda: vms.app.screen == "attract")
    assert checkout.abandoned == ["co_1"] and vms.cart.isEmpty


async def test_try_again_after_a_closed_timeout_starts_a_new_order(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    checkout.timeout_retryable = False
    await to_payment(vms)
    checkout.present(Outcome.TIMED_OUT)
    await until(lambda: vms.payment.state == "problem")
    assert vms.payment.canRetry
    vms.payment.retry()
    await until(lambda: vms.payment.waitingForCard)
    assert len(checkout.begun) == 2 and vms.payment.orderNumber == "A002"
    checkout.present(Outcome.PAID)
    await until(lambda: vms.app.screen == "confirmation")


async def test_checkout_unavailable_is_a_plain_message(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    checkout.unavailable = True
    vms.app.begin()
    add(vms, "espresso")
    vms.app.chooseOrderType("eat_in")
    vms.app.showCart()
    vms.app.pay()
    await until(lambda: vms.payment.state == "problem")
    assert "paused" in vms.payment.message and not vms.payment.canRetry
    vms.payment.cancel()
    await until(lambda: vms.app.screen == "cart")


async def test_start_async_directly_and_cancel_during_begin(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    add(vms, "espresso")
    task = asyncio.ensure_future(vms.payment.start_async(vms.cart.cart))
    await asyncio.sleep(0)
    vms.payment.cancel()
    await task
    assert checkout.abandoned == ["co_1"] and checkout.pay_calls == 0


async def test_demo_reader_presents_test_cards(
    vms: ViewModels, checkout: FakeCheckoutService
) -> None:
    presented: list[str] = []

    async def present(card: str) -> None:
        presented.append(card)
        checkout.present(Outcome.PAID if card.startswith("4242") else Outcome.DECLINED)

    vms.demo_reader.configure(present, None)
    assert vms.demo_reader.available and not vms.demo_reader.ready
    await to_payment(vms)
    assert vms.demo_reader.ready and not vms.demo_reader.canCancelOnReader
    vms.demo_reader.decline()
    await until(lambda: vms.payment.state == "declined")
    assert not vms.demo_reader.ready
    vms.payment.retry()
    await until(lambda: vms.demo_reader.ready)
    vms.demo_reader.approve()
    await until(lambda: vms.app.screen == "confirmation")
    assert presented == ["4000000000000002", "4242424242424242"]


def test_html_descriptions_become_plain_text() -> None:
    from kiosk.ui.text import plain_text

    assert plain_text("<p>Rich &amp; <b>creamy</b></p><p>With oat milk</p>") == (
        "Rich & creamy\n\nWith oat milk"
    )
    assert plain_text("Line one<br/>line two") == "Line one\nline two"
    assert plain_text("  plain  ") == "plain"


def test_translation_helper_fills_placeholders_and_tolerates_no_catalog(tmp_path: object) -> None:
    from pathlib import Path

    from kiosk.ui.i18n import install_translator, tr

    assert tr("from {price}", price="€3.20") == "from €3.20"
    assert install_translator("xx_XX", Path(str(tmp_path))) is False


def test_menu_rows_are_built_when_shown_and_kept(vms: ViewModels) -> None:
    from kiosk.ui.viewmodels.menu import LazyRows

    built: list[str] = []
    rows = LazyRows(vms.menu.catalog.products_in("hot"), lambda p: built.append(p.id) or (p.id,))
    assert len(rows) == 2 and built == []
    assert rows[1] == ("espresso",) and built == ["espresso"]
    assert list(rows) == [("latte",), ("espresso",)] and rows[-1:] == [("espresso",)]
    assert built == ["espresso", "latte"]  # each row once
