"""Screenshot mode: every screen and state, in both orientations, to PNG.

The states are staged straight on the view-models (no reader, no customer), so the pictures
are the same on every machine; the menu is whatever catalog the app loaded.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize

from kiosk.domain.cart import Cart, CartError
from kiosk.domain.catalog import Catalog, Product
from kiosk.ui.factory import ViewModels
from kiosk.ui.i18n import tr
from kiosk.ui.ports import PendingCheckoutLike
from kiosk.ui.speech import RecordingSpeechEngine, Speaker
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView

log = logging.getLogger(__name__)

SIZES: dict[str, QSize] = {"portrait": PORTRAIT, "landscape": LANDSCAPE}
SETTLE_S = 0.45  # fades are 140-260 ms; cached images decode well within this

STATES = (
    "attract",
    "attract-paused",
    "order-type",
    "table-number",
    "menu",
    "menu-empty",
    "menu-start-over",
    "menu-paused",
    "menu-allergens",
    "product",
    "product-simple",
    "product-sold-out",
    "cart",
    "cart-undo",
    "cart-note",
    "cart-sold-out",
    "cart-counter",
    "upsell",
    "payment-waiting",
    "payment-declined",
    "confirmation",
    "confirmation-long",
    "confirmation-counter",
    "receipt-email",
    "receipt-qr",
    "idle",
    "out-of-order",
    "a11y-menu",
    "a11y-allergens",
    "a11y-product",
    "a11y-cart",
    "a11y-payment",
    "a11y-order-type",
    "a11y-table-number",
    "a11y-confirmation",
    "a11y-idle",
)


def expected_files(out_dir: Path) -> list[Path]:
    return [out_dir / f"{state}-{orientation}.png" for orientation in SIZES for state in STATES]


def _product_with_choices(catalog: Catalog) -> Product | None:
    choices = [p for p in catalog.products if p.attributes and p.available]
    return max(choices, key=lambda p: len(p.attributes), default=None)


def _product_on_offer(catalog: Catalog) -> Product | None:
    """A product with choices where some choice is on offer (deltas and "was" together)."""
    offers = [
        p
        for p in catalog.products
        if p.attributes and any(v.on_sale and v.available for v in p.variants)
    ]
    return offers[0] if offers else _product_with_choices(catalog)


def _simple_product(catalog: Catalog) -> Product | None:
    return next((p for p in catalog.products if not p.has_choices and p.available), None)


def _upsell_pairs(catalog: Catalog, cart: Cart) -> dict[str, str]:
    """A pairing for the picture when the store configured none: the first line's category
    to another category of one-tap products."""
    first = catalog.product(cart.lines[0].product_id) if cart.lines else None
    if first is None or not first.category_ids:
        return {}
    in_first = {c for c in first.category_ids}
    candidates = [
        (sum(not p.has_choices for p in catalog.products_in(c.id)), c.id)
        for c in catalog.top_categories()
        if not in_first & {c.id, *(k.id for k in catalog.children(c.id))}
    ]
    best = max(candidates, default=(0, ""))
    return {first.category_ids[0]: best[1]} if best[0] else {}


def _fill_cart(vms: ViewModels, catalog: Catalog) -> None:
    vms.cart.clear()
    added = 0
    for product in catalog.products:
        variant = next((v for v in product.variants if v.available), None)
        if variant is None:
            continue
        try:
            vms.cart.add(product, variant, 1 + added % 2)
        except CartError:
            continue
        added += 1
        if added == 3:
            break


def _stager(vms: ViewModels, catalog: Catalog) -> dict[str, Callable[[], None]]:
    app = vms.app

    notes = vms.cart.item_notes
    counter_offered = vms.cart.payAtCounterOffered

    async def never_placed(_cart: Cart) -> PendingCheckoutLike:
        raise RuntimeError("screenshot mode places no order")

    def reset() -> None:
        if vms.accessibility is not None:
            vms.accessibility.reset()
        vms.cart.set_item_notes(notes)
        if not counter_offered:
            vms.cart.set_counter(None)
        app.stillHere()
        app.set_ordering_paused(False)
        vms.payment.reset()
        vms.cart.clear()
        vms.menu.reset()

    def product() -> None:
        reset()
        chosen = _product_on_offer(catalog) or next(iter(catalog.products), None)
        if chosen is None:
            app.stage_screen("menu")
            return
        vms.menu.select_category(chosen.category_ids[0] if chosen.category_ids else "")
        app.openProduct(chosen.id)
        if chosen.attributes:
            # a choice on offer if there is one (price difference, "Offer", "was"), else the
            # second value of the first attribute
            first = chosen.attributes[0]
            for value in (*first.values[1:], *first.values[:1]):
                vms.product.choose(first.name, value)
                if vms.product.offerText:
                    break
            else:
                vms.product.choose(first.name, first.values[min(1, len(first.values) - 1)])

    def product_sold_out() -> None:
        """A sold-out choice: "Add to order" disabled, saying why."""
        reset()
        chosen = next(
            (
                p
                for p in catalog.products
                if p.attributes and p.available and any(not v.available for v in p.variants)
            ),
            None,
        )
        if chosen is None:
            app.stage_screen("menu")
            return
        app.openProduct(chosen.id)
        gone = next(v for v in chosen.variants if not v.available)
        for name, value in gone.options:
            vms.product.choose(name, value)

    def product_simple() -> None:
        reset()
        chosen = _simple_product(catalog)
        if chosen is None:
            app.stage_screen("menu")
            return
        app.openProduct(chosen.id)

    def menu(paused: bool = False, fill: bool = True) -> Callable[[], None]:
        def stage() -> None:
            reset()  # as a new customer sees it: first category, at the top
            if fill:
                _fill_cart(vms, catalog)
            app.stage_screen("menu")
            app.set_ordering_paused(paused, "screenshot")

        return stage

    def menu_allergens() -> None:
        """The allergen filter open, two allergens hidden."""
        menu()()
        vms.menu.toggleAllergen("nuts")
        vms.menu.toggleAllergen("milk")
        vms.menu.openFilter()

    def menu_start_over() -> None:
        menu()()
        vms.cart.requestStartOver()

    def cart() -> None:
        reset()
        _fill_cart(vms, catalog)
        vms.cart.set_order_type("eat_in")
        app.stage_screen("cart")

    def cart_undo() -> None:
        cart()
        if vms.cart.cart.lines:
            vms.cart.remove(vms.cart.cart.lines[-1].line_id)

    def cart_note() -> None:
        cart()
        vms.cart.set_item_notes(True)  # as a store with notes enabled shows it
        if vms.cart.cart.lines:
            vms.cart.editNote(vms.cart.cart.lines[0].line_id)
            for key in tr("no sugar"):
                vms.cart.type(key)

    def cart_sold_out() -> None:
        cart()
        if vms.cart.cart.lines:
            gone = vms.cart.cart.lines[0].product_id
            products = tuple(
                replace(p, variants=tuple(replace(v, stock=0) for v in p.variants))
                if p.id == gone
                else p
                for p in catalog.products
            )
            vms.cart.reconcile(Catalog(catalog.currency, catalog.categories, products))

    def upsell() -> None:
        cart()
        if not vms.cart.upsell_model.enabled:
            vms.cart.upsell_model.set_pairs(_upsell_pairs(catalog, vms.cart.cart))
        vms.cart.upsell_model.offer(catalog, vms.cart.cart)

    def table_number() -> None:
        reset()
        app.stage_screen("orderType")
        vms.cart.set_order_type("eat_in")
        vms.cart.begin_table_entry()
        for digit in "12":
            vms.cart.type(digit)

    def payment(state: str) -> Callable[[], None]:
        def stage() -> None:
            reset()
            _fill_cart(vms, catalog)
            total = vms.cart.totals.total_minor
            app.stage_screen("payment")
            if state == "waiting":
                vms.payment.stage("waiting", amount_minor=total, status="waiting_for_card")
            else:
                vms.payment.stage(
                    "declined",
                    amount_minor=total,
                    message=tr("Your card was declined. Please try another card."),
                )

        return stage

    def idle() -> None:
        menu()()
        app.stage_idle(17)

    def out_of_order() -> None:
        reset()
        app.show_out_of_order("screenshot mode: example reason (no menu and no connection)")

    def ordered(lines: int, table: str = "") -> None:
        """A cart of `lines` products (the first with a note) as the customer just paid it."""
        reset()
        vms.cart.clear()
        for product in catalog.products:
            variant = next((v for v in product.variants if v.available), None)
            if variant is None or len(vms.cart.cart.lines) >= lines:
                continue
            try:
                vms.cart.add(product, variant, 1 + len(vms.cart.cart.lines) % 3 // 2)
            except CartError:
                continue
        vms.cart.set_order_type("eat_in" if table else "take_away")
        if table:
            vms.cart.begin_table_entry()
            for digit in table:
                vms.cart.type(digit)
            vms.cart.saveEntry()
        if vms.cart.cart.lines:
            vms.cart.set_item_notes(True)
            vms.cart.editNote(vms.cart.cart.lines[0].line_id)
            for key in tr("no sugar"):
                vms.cart.type(key)
            vms.cart.saveEntry()

    def confirmation() -> None:
        ordered(2)
        app.stage_confirmation("A042")
        vms.receipt.stage("choosing")

    def cart_counter() -> None:
        """A store that offers "Pay at the counter" beside card payment."""
        cart()
        if not counter_offered:
            vms.cart.set_counter(never_placed)

    def confirmation_counter() -> None:
        """Recorded unpaid: the number, and where to pay."""
        ordered(3)
        app.stage_confirmation("A042", pay_at_counter=True)
        vms.receipt.reset()

    def confirmation_long() -> None:
        """A long order (the list scrolls) at a table."""
        ordered(9, table="12")
        app.stage_confirmation("A042")
        vms.receipt.stage("choosing")

    def receipt(state: str) -> Callable[[], None]:
        def stage() -> None:
            ordered(2)
            app.stage_confirmation("A042")
            if state == "email":
                vms.receipt.stage("email", email="sam.taylor@exam")
            else:  # the fallback a customer sees when the printer cannot print
                vms.receipt.stage("qr", qr_payload="https://shop.example/r/A042", fallback=True)

        return stage

    def attract() -> None:
        reset()
        app.restart()

    def attract_paused() -> None:
        attract()
        app.set_ordering_paused(True, "the card reader Kiosk 1 reader is offline")

    def order_type() -> None:
        reset()
        app.stage_screen("orderType")

    def accessible(stage: Callable[[], None]) -> Callable[[], None]:
        """A state with accessibility mode on (its speech recorded, not played)."""

        def staged() -> None:
            stage()
            if vms.accessibility is not None:
                vms.accessibility.set_speaker(Speaker(RecordingSpeechEngine()))
                vms.accessibility.set_enabled(True)

        return staged

    return {
        "a11y-menu": accessible(menu()),
        "a11y-allergens": accessible(menu_allergens),
        "a11y-product": accessible(product),
        "a11y-cart": accessible(cart),
        "a11y-payment": accessible(payment("waiting")),
        "a11y-order-type": accessible(order_type),
        "a11y-table-number": accessible(table_number),
        "a11y-confirmation": accessible(confirmation),
        "a11y-idle": accessible(idle),
        "attract": attract,
        "attract-paused": attract_paused,
        "order-type": order_type,
        "table-number": table_number,
        "menu": menu(),
        "menu-empty": menu(fill=False),
        "menu-start-over": menu_start_over,
        "menu-paused": menu(paused=True),
        "menu-allergens": menu_allergens,
        "product": product,
        "product-simple": product_simple,
        "product-sold-out": product_sold_out,
        "cart": cart,
        "cart-undo": cart_undo,
        "cart-note": cart_note,
        "cart-sold-out": cart_sold_out,
        "cart-counter": cart_counter,
        "upsell": upsell,
        "payment-waiting": payment("waiting"),
        "payment-declined": payment("declined"),
        "confirmation": confirmation,
        "confirmation-long": confirmation_long,
        "confirmation-counter": confirmation_counter,
        "receipt-email": receipt("email"),
        "receipt-qr": receipt("qr"),
        "idle": idle,
        "out-of-order": out_of_order,
    }


async def render_screenshots_async(
    vms: ViewModels, view: KioskView, catalog: Catalog, out_dir: Path
) -> list[Path]:
    """Render every state in both orientations; returns the written files."""
    out_dir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before any frame
    stagers = _stager(vms, catalog)
    written: list[Path] = []
    view.window.show()
    for orientation, size in SIZES.items():
        view.window.resize(size)
        await asyncio.sleep(SETTLE_S)
        for state in STATES:
            stagers[state]()
            await asyncio.sleep(SETTLE_S)
            image = await view.settled_grab_async()
            path = out_dir / f"{state}-{orientation}.png"
            if image.isNull() or not image.save(str(path)):
                raise RuntimeError(f"could not render {path.name}")
            written.append(path)
            log.info("wrote %s", path)
    vms.app.restart()
    return written
