"""The station's screens to PNG at 1920x1080 and 1366x768 (`kiosk --screenshots`, tests).

`render_station_screenshots_async(station, view, out_dir)` needs a signed-in station with a
catalog (the demo store, or a test store): it fills a sale by search and scans, looks a
customer up, opens a discount, the cash payment and the parked sales, then leaves an empty
sale. It parks and resumes an order, so run it on a demo or test store only.
"""

from __future__ import annotations

import asyncio
import functools
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path

from kiosk.domain.cart import Cart
from kiosk.finalpos import models as m
from kiosk.services import orders
from kiosk.services.staff import StaffUser
from kiosk.services.station.counter import PAY_AT_COUNTER, PAY_AT_KEY
from kiosk.services.station.discounts import Discounts
from kiosk.ui.station.view import FULL_HD, SMALL, StationView
from kiosk.ui.station.viewmodel import StationViewModel

SIZES = {"1920x1080": FULL_HD, "1366x768": SMALL}
SCREENS = (
    "sign-in",
    "sale-grid",
    "sale-variants",
    "sale-quantity",
    "sale-search",
    "customer",
    "discount",
    "cash",
    "parked",
    "counter",
    "sale-kiosk-order",
    "orders",
    "orders-refund",
    "orders-cash-refund",
)


def expected_station_files(out_dir: Path) -> list[Path]:
    return [out_dir / f"station-{s}-{size}.png" for size in SIZES for s in SCREENS]


async def _settle(station: StationViewModel) -> None:
    for _ in range(300):
        await asyncio.sleep(0.02)
        if not station.busy and not station.tasks_running:
            break
    await asyncio.sleep(0.3)


def _variants(station: StationViewModel, product_id: str) -> int:
    product = station.desk.product(product_id)
    return len(product.variants) if product else 0


async def _post_counter_order(station: StationViewModel, query: str) -> None:
    """A kiosk's pay-at-counter order (the shared convention's body) for the counter screen."""
    counter = station.desk.counter
    if counter is None:
        return
    cart = Cart(station.desk.currency)
    for hit in station.desk.index.search(query)[:2]:
        found = station.desk.variant_of(hit)
        if found is not None:
            cart = cart.add(found[0], found[1], 2)
    if cart.is_empty:
        return
    checkout_id = uuid.uuid4().hex
    body = orders.order_create(
        station.desk.price(cart, Discounts.none()),
        checkout_id=checkout_id,
        receipt_id=f"KIOSK-{checkout_id[:6].upper()}",
        order_number="K042",
        session_id=station.desk.till.session_id,
        kiosk_name="Kiosk 1",
    )
    body = body.model_copy(
        update={
            "metadata": [*(body.metadata or []), m.Metadata(key=PAY_AT_KEY, value=PAY_AT_COUNTER)],
            "pos_data": {**(body.pos_data or {}), PAY_AT_KEY: PAY_AT_COUNTER},
        }
    )
    await counter.finalpos.create_order(body)


async def render_station_screenshots_async(
    station: StationViewModel,
    view: StationView,
    out_dir: Path,
    *,
    query: str,
    pin: str | None = None,
    user: StaffUser | None = None,
) -> list[Path]:
    """Sign in with `pin`, or stage `user` (screenshot mode: no PIN); see the module docstring."""
    out_dir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before any frame
    written: list[Path] = []

    async def shot(name: str, size: str) -> None:
        await _settle(station)
        path = out_dir / f"station-{name}-{size}.png"
        if not view.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)

    for size_name, size in SIZES.items():
        view.window.resize(size)
        station.till_vm.switchUser()
        for d in (pin or "1234")[:3]:
            station.digit(d)
        await shot("sign-in", size_name)
        if pin is not None:
            for d in pin[3:]:
                station.digit(d)
            await station.till_vm.sign_in_async()
        else:
            assert user is not None, "a PIN or a user to stage"
            station.backspace()
            station.backspace()
            station.backspace()
            await station.till_vm.stage_user_async(user)
        if station.screen_enum.value == "openTill":
            await station.till_vm.open_till_async()
        station.sale_vm.clearSale()
        grid = station.grid_vm
        grid.refresh()
        for tile in grid.tiles.rows[:2]:
            grid.tapProduct(str(tile[0]))
            grid.chooseVariant(0)  # a product with several variants: the first
        station.sale_vm.setOrderType("take_away")
        station.sale_vm.setNote("No sugar, please")
        await shot("sale-grid", size_name)
        tiles = [str(tile[0]) for tile in grid.tiles.rows]
        several = next((p for p in tiles if _variants(station, p) > 1), None)
        if several is not None:
            grid.tapProduct(several)
        await shot("sale-variants", size_name)
        grid.closeChoice()
        station.sale_vm.openQuantity()
        station.digit("3")
        await shot("sale-quantity", size_name)
        station.sale_vm.closeQuantity()
        station.sale_vm.clearSale()
        station.search_vm.reset_query(query)
        for row in range(min(3, len(station.search_vm.results.rows))):
            station.search_vm.addResult(row)
        station.search_vm.reset_query(query)
        await shot("sale-search", size_name)
        station.customers_vm.openCustomers()
        await _settle(station)
        if not station.desk.customers.search("okafor"):
            await station.desk.customers.create_async(
                email="ada.okafor@example.com", first_name="Ada", last_name="Okafor"
            )
            await station.desk.customers.create_async(
                email="ola.okafor@example.com", first_name="Ola", last_name="Okafor"
            )
        station.customers_vm.setCustomerQuery("okafor")
        await shot("customer", size_name)
        station.back()
        station.discount_vm.openDiscount("order")
        for d in "1500":
            station.digit(d)
        station.discount_vm.setDiscountReason("Loyalty")
        station.discount_vm.applyDiscount()
        await shot("discount", size_name)
        station.back()
        station.pay_vm.openCash()
        station.pay_vm.nextNote()
        await shot("cash", size_name)
        station.back()
        await station.parked_vm.park_async("Table 4")
        station.parked_vm.openParked()
        await shot("parked", size_name)
        station.back()
        if not station.counter_vm.counter_list.count:
            await _post_counter_order(station, query)
        station.counter_vm.openCounter()
        await shot("counter", size_name)
        waiting = station.counter_vm.counter_list.rows
        if waiting:
            await station.counter_vm.open_order_async(str(waiting[0][0]))
        await shot("sale-kiosk-order", size_name)
        station.sale_vm.clearSale()  # put back: it stays waiting for the next run
        station.back()
        await _orders_shots(station, query, functools.partial(shot, size=size_name))
    return written


async def _orders_shots(
    station: StationViewModel, query: str, shot: Callable[[str], Awaitable[None]]
) -> None:
    """Today's orders with one open, then the refund's question (a card sale first if none)."""
    orders = station.orders_vm
    if not orders.offered:
        return
    staff_desk = station.desk.staff_desk
    if staff_desk is not None and not any(r.checkout_id for r in staff_desk.orders_today()):
        station.search_vm.reset_query(query)
        for row in range(min(2, len(station.search_vm.results.rows))):
            station.search_vm.addResult(row)
        station.search_vm.reset_query("")
        await asyncio.wait_for(station.pay_vm.pay_card_async(), timeout=60)
        station.back()  # from the done screen
    orders.openOrders()
    await _settle(station)
    cash = station.desk.cash_orders
    paid = [str(r[0]) for r in orders.order_rows.rows if r[0]]
    paid.sort(key=lambda p: cash is not None and cash.is_cash(p))  # a card sale first
    if paid:
        await orders.open_order_async(paid[0])
        first = orders.detail_lines.rows[0] if orders.detail_lines.rows else None
        if first is not None:
            orders.setRefundQuantity(int(first[0]), 1)
    await shot("orders")
    orders.askRefundAll()
    for d in "12":
        station.digit(d)  # a PIN half typed, when one is asked
    await shot("orders-refund")
    orders.reset()
    orders.closeOrder()
    station.back()
    await _cash_refund_shot(station, query, shot)


async def _cash_refund_shot(
    station: StationViewModel, query: str, shot: Callable[[str], Awaitable[None]]
) -> None:
    """A cash sale's refund question, the cash to hand back in large type (a sale first)."""
    cash, orders = station.desk.cash_orders, station.orders_vm
    if cash is None:
        return
    if not cash.orders_today():
        station.search_vm.reset_query(query)
        for row in range(min(2, len(station.search_vm.results.rows))):
            station.search_vm.addResult(row)
        station.search_vm.reset_query("")
        station.pay_vm.openCash()
        station.pay_vm.exactCash()
        await station.pay_vm.take_cash_async()
        station.back()  # from the done screen
    orders.openOrders()
    await _settle(station)
    sales = cash.orders_today()
    if sales and sales[0].checkout_id:
        await orders.open_order_async(sales[0].checkout_id)
    orders.askRefundAll()
    await shot("orders-cash-refund")
    orders.reset()
    orders.closeOrder()
    station.back()
