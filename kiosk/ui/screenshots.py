"""Screenshot mode: every screen and state, in both orientations, to PNG.

The states are staged straight on the view-models (no reader, no customer), so the pictures
are the same on every machine; the menu is whatever catalog the app loaded.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize

from kiosk.domain.cart import CartError
from kiosk.domain.catalog import Catalog, Product
from kiosk.ui.factory import ViewModels
from kiosk.ui.i18n import tr
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView

log = logging.getLogger(__name__)

SIZES: dict[str, QSize] = {"portrait": PORTRAIT, "landscape": LANDSCAPE}
SETTLE_S = 0.45  # fades are 140-260 ms; cached images decode well within this

STATES = (
    "attract",
    "order-type",
    "menu",
    "menu-paused",
    "product",
    "cart",
    "payment-waiting",
    "payment-declined",
    "confirmation",
    "receipt-email",
    "receipt-qr",
    "idle",
    "out-of-order",
)


def expected_files(out_dir: Path) -> list[Path]:
    return [out_dir / f"{state}-{orientation}.png" for orientation in SIZES for state in STATES]


def _product_with_choices(catalog: Catalog) -> Product | None:
    choices = [p for p in catalog.products if p.attributes and p.available]
    return max(choices, key=lambda p: len(p.attributes), default=None)


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

    def reset() -> None:
        app.stillHere()
        app.set_ordering_paused(False)
        vms.payment.reset()

    def product() -> None:
        reset()
        chosen = _product_with_choices(catalog) or next(iter(catalog.products), None)
        if chosen is None:
            app.stage_screen("menu")
            return
        vms.menu.select_category(chosen.category_ids[0] if chosen.category_ids else "")
        app.openProduct(chosen.id)
        if chosen.attributes:
            first = chosen.attributes[0]
            for value in first.values:
                vms.product.choose(first.name, value)
                if vms.product.chosen.get(first.name) == value:
                    break

    def menu(paused: bool = False) -> Callable[[], None]:
        def stage() -> None:
            reset()
            _fill_cart(vms, catalog)
            tops = catalog.top_categories()
            if tops:
                vms.menu.select_category(vms.menu.current_category_id or tops[0].id)
            app.stage_screen("menu")
            app.set_ordering_paused(paused, "screenshot")

        return stage

    def cart() -> None:
        reset()
        _fill_cart(vms, catalog)
        app.stage_screen("cart")

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

    def confirmation() -> None:
        reset()
        app.stage_confirmation("A042")
        vms.receipt.stage("choosing")

    def receipt(state: str) -> Callable[[], None]:
        def stage() -> None:
            reset()
            app.stage_confirmation("A042")
            if state == "email":
                vms.receipt.stage("email", email="sam.taylor@exam")
            else:  # the fallback a customer sees when the printer cannot print
                vms.receipt.stage("qr", qr_payload="https://shop.example/r/A042", fallback=True)

        return stage

    def attract() -> None:
        reset()
        app.restart()

    def order_type() -> None:
        reset()
        app.stage_screen("orderType")

    return {
        "attract": attract,
        "order-type": order_type,
        "menu": menu(),
        "menu-paused": menu(paused=True),
        "product": product,
        "cart": cart,
        "payment-waiting": payment("waiting"),
        "payment-declined": payment("declined"),
        "confirmation": confirmation,
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
            image = view.grab()
            path = out_dir / f"{state}-{orientation}.png"
            if image.isNull() or not image.save(str(path)):
                raise RuntimeError(f"could not render {path.name}")
            written.append(path)
            log.info("wrote %s", path)
    vms.app.restart()
    return written
