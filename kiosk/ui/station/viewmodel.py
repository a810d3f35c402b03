"""The checkout station's root view-model: `station` in QML, composed of one view-model per job.

A mode of the app with its own screens (`StationScreen`), not a branch of the customer
screens; it talks only to `StationDesk` (services) and the staff `StaffAuthenticator`.
Services return codes; every sentence is made in the view-models with `tr`.

The root is the shared `StationState` (screen, signed-in name, banner, keypad) plus `back()`;
each job is a view-model of its own, a constant property here:

    station.till       sign in, switch user, open and close the till  (signin.TillViewModel)
    station.sale       cart lines, quantities, note, eat-in/take-away (sale.SaleViewModel)
    station.search     search as you type, the barcode scanner         (search.SearchViewModel)
    station.customers  find, create, attach a customer                 (customer.CustomerViewModel)
    station.discount   line and order discounts, manager's PIN         (discount.DiscountViewModel)
    station.pay        cash and card                                   (payment.PaymentViewModel)
    station.parked     park and resume                                 (parked.ParkedViewModel)
    station.counter    kiosk orders to be paid at the counter          (counter.CounterViewModel)
    station.grid       categories and product tiles, variant choice    (grid.GridViewModel)
    station.orders     today's orders, refunds, receipt reprints       (orders.OrdersViewModel)

Keyboard: QML binds a shortcut to every action (F-keys shown on the buttons); the window-wide
scanner filter (`kiosk.ui.station.keys.ScannerFilter`) feeds keys to `station.search`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Slot

from kiosk.services.station.desk import StationDesk
from kiosk.ui.images import ImageResolver
from kiosk.ui.station.counter import CounterViewModel
from kiosk.ui.station.customer import CustomerViewModel
from kiosk.ui.station.discount import DiscountViewModel
from kiosk.ui.station.grid import GridViewModel
from kiosk.ui.station.orders import OrdersViewModel, ReprintPort
from kiosk.ui.station.parked import ParkedViewModel
from kiosk.ui.station.payment import PaymentViewModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.search import SearchViewModel
from kiosk.ui.station.signin import SignInPort, TillViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState

__all__ = ["MessageKind", "SignInPort", "StationScreen", "StationViewModel"]


class StationViewModel(StationState):
    """`station` in QML; see the module docstring."""

    def __init__(
        self,
        *,
        desk: StationDesk,
        auth: SignInPort,
        locale: str = "en_GB",
        monotonic: Callable[[], float] = time.monotonic,
        images: ImageResolver | None = None,
        receipts: Callable[[], ReprintPort | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(desk=desk, locale=locale, parent=parent)
        self.auth = auth
        self.sale_vm = SaleViewModel(self, self)
        self.search_vm = SearchViewModel(self, self.sale_vm, monotonic=monotonic, parent=self)
        self.till_vm = TillViewModel(self, self.sale_vm, auth, self)
        self.customers_vm = CustomerViewModel(self, self.sale_vm, self)
        self.discount_vm = DiscountViewModel(self, self.sale_vm, auth, self)
        self.pay_vm = PaymentViewModel(self, self.sale_vm, self)
        self.parked_vm = ParkedViewModel(self, self.sale_vm, self)
        self.counter_vm = CounterViewModel(self, self.sale_vm, self)
        self.grid_vm = GridViewModel(self, self.sale_vm, images, self)
        self.orders_vm = OrdersViewModel(self, auth, receipts, self)
        self.changed.connect(self._on_state_changed)

    def _on_state_changed(self) -> None:
        if self.screen_enum is StationScreen.SALE:
            self.grid_vm.refresh()  # a no-op unless the menu was replaced

    # QML sees each job's view-model under its short name (`station.sale.totalText`).

    def _get_sale(self) -> QObject:
        return self.sale_vm

    sale = Property(QObject, _get_sale, constant=True)

    def _get_search(self) -> QObject:
        return self.search_vm

    search = Property(QObject, _get_search, constant=True)

    def _get_till(self) -> QObject:
        return self.till_vm

    till = Property(QObject, _get_till, constant=True)

    def _get_customers(self) -> QObject:
        return self.customers_vm

    customers = Property(QObject, _get_customers, constant=True)

    def _get_discount(self) -> QObject:
        return self.discount_vm

    discount = Property(QObject, _get_discount, constant=True)

    def _get_pay(self) -> QObject:
        return self.pay_vm

    pay = Property(QObject, _get_pay, constant=True)

    def _get_parked(self) -> QObject:
        return self.parked_vm

    parked = Property(QObject, _get_parked, constant=True)

    def _get_counter(self) -> QObject:
        return self.counter_vm

    counter = Property(QObject, _get_counter, constant=True)

    def _get_grid(self) -> QObject:
        return self.grid_vm

    grid = Property(QObject, _get_grid, constant=True)

    def _get_orders(self) -> QObject:
        return self.orders_vm

    orders = Property(QObject, _get_orders, constant=True)

    @Slot()
    def back(self) -> None:
        """Esc: back to the sale (cancels a card payment on the card screen)."""
        screen = self.screen_enum
        if screen is StationScreen.SALE and (
            self.sale_vm.quantity_open or self.grid_vm.choosingName
        ):
            self.sale_vm.closeQuantity()  # an overlay on the sale closes first
            self.grid_vm.closeChoice()
            return
        if screen is StationScreen.CARD:
            self.pay_vm.cancelCard()
            return
        if screen in (StationScreen.SIGN_IN, StationScreen.OPEN_TILL):
            return
        if screen is StationScreen.ORDERS and (self.orders_vm.asking or self.orders_vm.hasOrder):
            if self.orders_vm.asking:
                self.orders_vm.cancel()  # the question closes first, then the order
            else:
                self.orders_vm.closeOrder()
            return
        self.orders_vm.reset()
        self.discount_vm.reset()
        self.go(StationScreen.SALE)
