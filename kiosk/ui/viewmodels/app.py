"""The kiosk's state machine: which screen shows, the idle timer, paused and out-of-order.

Screens: attract -> orderType (when enabled) -> menu <-> product, menu <-> cart -> payment ->
confirmation -> attract. Two overlays sit above them, both driven from here: the idle
"Are you still there?" countdown (never on attract, payment or confirmation) and the
"ordering paused" banner (menu from cache, backend unreachable: browsing yes, paying no).
The countdown's clock is `kiosk.ui.viewmodels.idle`, the way into staff mode
`kiosk.ui.viewmodels.modes`; their QML names stay here, where the root binds them.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import Cart
from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.domain.pricing import Totals
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.viewmodels.accessibility import AccessibilityViewModel
from kiosk.ui.viewmodels.cart import CartViewModel
from kiosk.ui.viewmodels.confirmation import ConfirmationViewModel
from kiosk.ui.viewmodels.demo_reader import DemoReaderViewModel
from kiosk.ui.viewmodels.idle import IdleClock
from kiosk.ui.viewmodels.language import LanguageViewModel
from kiosk.ui.viewmodels.menu import MenuViewModel
from kiosk.ui.viewmodels.modes import ModeSwitch
from kiosk.ui.viewmodels.payment import PaymentViewModel
from kiosk.ui.viewmodels.product import ProductViewModel
from kiosk.ui.viewmodels.receipt import ReceiptViewModel

if TYPE_CHECKING:
    from kiosk.ui.staff.viewmodel import StaffViewModel

log = logging.getLogger(__name__)


SCREENS = (
    "attract",
    "orderType",
    "menu",
    "product",
    "cart",
    "payment",
    "confirmation",
    "outOfOrder",
)
IDLE_SCREENS = frozenset({"orderType", "menu", "product", "cart"})


class AppViewModel(QObject):
    """Top-level view-model the QML root binds to (`app` in QML)."""

    screen_changed = Signal()
    idle_changed = Signal()
    status_changed = Signal()
    mode_changed = Signal()

    def __init__(
        self,
        *,
        menu: MenuViewModel,
        product: ProductViewModel,
        cart: CartViewModel,
        payment: PaymentViewModel,
        demo_reader: DemoReaderViewModel,
        store_name: str,
        order_types: bool,
        idle_timeout_s: float,
        idle_countdown_s: float,
        confirmation_s: float,
        demo: bool = False,
        receipt: ReceiptViewModel | None = None,
        language: LanguageViewModel | None = None,
        accessibility: AccessibilityViewModel | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accessibility = accessibility or AccessibilityViewModel(parent=self)
        self._language = language or LanguageViewModel("en", PriceFormatter("en", "EUR"), self)
        self._language.language_changed.connect(self._on_language_changed)
        self._receipt = receipt or ReceiptViewModel(parent=self)
        self._menu = menu
        self._product = product
        self._cart = cart
        self._payment = payment
        self._demo_reader = demo_reader
        self._store_name = store_name
        self._order_types = order_types
        self._demo = demo
        self._screen = "attract"
        self._ordering_paused = False
        self._paused_reason = ""
        self._out_of_order_reason = ""
        self._loading = True
        self._confirmation_number = ""
        self.idle_clock = IdleClock(
            self,
            timeout_s=idle_timeout_s,
            countdown_s=idle_countdown_s,
            may_ask=lambda: self._screen in IDLE_SCREENS,
            changed=self.idle_changed.emit,
            expired=self.restart,
        )
        self._modes = ModeSwitch(
            screen=lambda: self._screen,
            cart_empty=lambda: self._cart.cart.is_empty,
            leave_customer=self._leave_for_staff,
            back_to_customer=self._back_from_staff,
            changed=self.mode_changed.emit,
            paused_changed=self.status_changed.emit,
        )
        self._confirmation = ConfirmationViewModel(
            lambda: self._language.locale,
            self._receipt,
            confirmation_s,
            self,
            name_of=cart.shown_name,
        )
        self._confirmation.expired.connect(self.restart)

        product.added.connect(self._on_product_added)
        payment.paid.connect(self._on_payment_paid)
        payment.left.connect(self._on_payment_left)
        cart.cart_changed.connect(self.status_changed)
        cart.start_over_requested.connect(self.restart)
        cart.ready_to_pay.connect(self._on_cart_ready_to_pay)
        cart.placed_at_counter.connect(self._on_cart_placed_at_counter)
        cart.catalog_refreshed.connect(self.set_catalog)
        cart.table_entered.connect(self._on_table_entered)

    # -- children ---------------------------------------------------------------------
    @Property(QObject, constant=True)
    def language(self) -> LanguageViewModel:
        return self._language

    @property
    def language_model(self) -> LanguageViewModel:
        return self._language

    @Property(QObject, constant=True)
    def accessibility(self) -> AccessibilityViewModel:
        return self._accessibility

    @Property(QObject, constant=True)
    def menu(self) -> MenuViewModel:
        return self._menu

    @Property(QObject, constant=True)
    def product(self) -> ProductViewModel:
        return self._product

    @Property(QObject, constant=True)
    def cart(self) -> CartViewModel:
        return self._cart

    @Property(QObject, constant=True)
    def payment(self) -> PaymentViewModel:
        return self._payment

    @Property(QObject, constant=True)
    def demoReader(self) -> DemoReaderViewModel:
        return self._demo_reader

    @Property(QObject, constant=True)
    def receipt(self) -> ReceiptViewModel:
        return self._receipt

    @Property(QObject, constant=True)
    def confirmation(self) -> ConfirmationViewModel:
        return self._confirmation

    # -- properties -------------------------------------------------------------------
    @Property(str, notify=screen_changed)
    def screen(self) -> str:
        return self._screen

    @property
    def current_screen(self) -> str:
        return self._screen

    @Property(str, constant=True)
    def storeName(self) -> str:
        return self._store_name

    @Property(bool, constant=True)
    def demo(self) -> bool:
        return self._demo

    @Property(bool, notify=status_changed)
    def orderingPaused(self) -> bool:
        return self._ordering_paused or self._modes.paused

    @Property(str, notify=status_changed)
    def pausedText(self) -> str:
        if self._ordering_paused:
            return tr("Ordering is paused while we reconnect. You can still look at the menu.")
        if self._modes.paused:
            return tr("Ordering is paused for a moment. You can still look at the menu.")
        return ""

    @Property(str, notify=status_changed)
    def pausedReason(self) -> str:
        """Why ordering is paused, in a short line for staff (empty when it is not)."""
        return self._paused_reason if self._ordering_paused else ""

    @Property(str, notify=status_changed)
    def outOfOrderReason(self) -> str:
        return self._out_of_order_reason

    @Property(bool, notify=status_changed)
    def loading(self) -> bool:
        return self._loading

    @Property(bool, notify=idle_changed)
    def idleVisible(self) -> bool:
        return self.idle_clock.shown

    @Property(int, notify=idle_changed)
    def idleSecondsLeft(self) -> int:
        return self.idle_clock.seconds_left

    @Property(str, notify=screen_changed)
    def confirmationNumber(self) -> str:
        return self._confirmation_number

    @Property(bool, notify=status_changed)
    def canPay(self) -> bool:
        return not self.orderingPaused and self._cart.can_pay

    @Property(str, notify=status_changed)
    def payBlockedReason(self) -> str:
        """Why "Pay" is disabled, in a few words on the button itself."""
        if self.orderingPaused and not self._cart.cart.is_empty:
            return tr("Ordering is paused")
        return self._cart.pay_blocked_reason

    # -- catalog and backend ----------------------------------------------------------
    def set_catalog(self, catalog: Catalog | None) -> None:
        self._menu.set_catalog(catalog)
        self._cart.set_catalog(catalog)
        self._loading = False
        self.status_changed.emit()

    def set_ordering_paused(self, paused: bool, reason: str = "") -> None:
        """Backend unreachable (with a menu to show): browsing stays, paying stops."""
        if paused == self._ordering_paused and reason == self._paused_reason:
            return
        self._ordering_paused = paused
        self._paused_reason = reason
        if paused:
            log.warning("ordering paused: %s", reason)
        self.status_changed.emit()

    def show_out_of_order(self, reason: str) -> None:
        """Shown by the exception hook or when there is neither backend nor cached menu."""
        self._out_of_order_reason = reason
        self._loading = False
        self._payment.reset()
        self.idle_clock.stop()
        self._set_screen("outOfOrder")
        self.status_changed.emit()

    def clear_out_of_order(self) -> None:
        if self._screen == "outOfOrder":
            self._out_of_order_reason = ""
            self.status_changed.emit()
            self.restart()

    # -- navigation -------------------------------------------------------------------
    @Slot()
    def begin(self) -> None:
        """The customer touched the attract screen."""
        if self._screen != "attract":
            return
        self._set_screen("orderType" if self._order_types else "menu")

    @Slot(str)
    def chooseOrderType(self, order_type: str) -> None:
        self._cart.set_order_type(order_type)
        if order_type == "eat_in" and self._cart.table_service:
            self._cart.begin_table_entry()  # the keypad opens on the order-type screen
            return
        self._set_screen("menu")

    @Slot(str)
    def openProduct(self, product_id: str) -> None:
        catalog = self._menu.catalog
        product = catalog.product(product_id) if catalog else None
        if product is None:
            return
        self._product.open(product)
        self._set_screen("product")

    @Slot()
    def backToMenu(self) -> None:
        if self._screen in ("product", "cart", "orderType"):
            self._set_screen("menu")

    @Slot()
    def showCart(self) -> None:
        if self._screen in ("menu", "product"):
            self._set_screen("cart")

    @Slot()
    def pay(self) -> None:
        """ "Pay" on the cart: the cart's steps (upsell, sold-out re-check) come first."""
        if self._screen != "cart" or not self.canPay:
            return
        self._cart.checkout()

    @Slot()
    def payAtCounter(self) -> None:
        """ "Pay at the counter" on the cart (when the store offers it)."""
        if self._screen == "cart" and self.canPay:
            self._cart.payAtCounter()

    @Slot()
    def restart(self) -> None:
        """Start over: empty cart, attract screen (also the idle and confirmation end)."""
        self._receipt.leave()
        self._payment.reset()
        self._cart.clear()
        self._cart.set_order_type(None)
        self._confirmation.stop()
        self._confirmation_number = ""
        self._menu.reset()  # the next customer starts on the first category, at the top
        self._language.reset()  # and in the store's language
        self._accessibility.reset()  # with accessibility mode off
        self._set_screen("attract")

    def _on_language_changed(self) -> None:
        """Rebuild the text made in Python (QML's own is retranslated by the view)."""
        self._menu.set_catalog(self._menu.catalog)
        self._product.retranslate()
        self._cart.retranslate()
        self._payment.changed.emit()
        self._receipt.retranslate()
        self._confirmation.retranslate()
        self.status_changed.emit()
        self.screen_changed.emit()

    @Slot()
    def userActivity(self) -> None:
        """Any touch anywhere: restart the idle clock (the overlay needs its own button)."""
        if self._modes.activity():
            return
        if self._screen in IDLE_SCREENS:
            self.idle_clock.arm()
        if self._screen == "confirmation":
            self._confirmation.touched()  # a paused countdown waits for a customer still here
        self._payment.touched()

    def scale_timeouts(self, factor: float) -> None:
        """Accessibility mode: `factor` times longer before asking, and to answer."""
        self.idle_clock.scale(factor)

    @Slot()
    def stillHere(self) -> None:
        self.idle_clock.answered()
        if self._screen in IDLE_SCREENS:
            self.idle_clock.arm()

    def stage_idle(self, seconds_left: int) -> None:
        """Show the idle overlay frozen at `seconds_left` (screenshot mode)."""
        self.idle_clock.stage(seconds_left)

    def stage_confirmation(self, order_number: str, *, pay_at_counter: bool = False) -> None:
        """Show the confirmation of the cart as it is (screenshot mode), the countdown held."""
        self._confirmation_number = order_number
        self._confirmation.show(
            order_number, self._cart.cart, self._cart.totals, pay_at_counter=pay_at_counter
        )
        self._confirmation.hold()
        self._set_screen("confirmation")

    def stage_screen(self, screen: str) -> None:
        self._set_screen(screen)

    # -- staff mode (kiosk/ui/staff; the switch is `modes.ModeSwitch`) ----------------------
    @Property(str, notify=mode_changed)
    def mode(self) -> str:
        return self._modes.mode.value

    @Property(QObject, notify=mode_changed)
    def staff(self) -> QObject | None:
        return self._modes.staff

    @Property(bool, notify=mode_changed)
    def staffAskVisible(self) -> bool:
        return self._modes.asking

    def attach_staff(self, staff: StaffViewModel) -> None:
        self._modes.attach(staff)

    @Slot()
    def requestStaff(self) -> None:
        """The hidden entry or the keyboard shortcut: never while a customer is paying; with a
        cart, ask first (the customer's order would be cleared)."""
        self._modes.request()

    @Slot()
    def confirmStaff(self) -> None:
        self._modes.confirm()

    @Slot()
    def cancelStaff(self) -> None:
        self._modes.cancel()

    def set_paused_by_staff(self, paused: bool) -> None:
        self._modes.set_paused(paused)

    def _leave_for_staff(self) -> None:
        if self._screen != "outOfOrder":  # staff get in exactly when the kiosk is broken
            self.restart()
        self.idle_clock.stop()

    def _back_from_staff(self) -> None:
        if self._screen != "outOfOrder":
            self.restart()

    # -- internals --------------------------------------------------------------------
    def _on_product_added(self, product: object, variant: object, quantity: int) -> None:
        assert isinstance(product, Product) and isinstance(variant, Variant)
        if self._cart.add(product, variant, quantity):
            self._set_screen("menu")
        self.status_changed.emit()

    def _on_cart_ready_to_pay(self, cart: object) -> None:
        assert isinstance(cart, Cart)
        if self._screen != "cart" or self._ordering_paused:
            return  # the customer left (or the backend went) during the re-check
        self._set_screen("payment")
        self._payment.start(cart)

    def _on_cart_placed_at_counter(self, order_number: str, cart: object, totals: object) -> None:
        # The order exists unpaid: whatever the screen, the customer must learn its number.
        assert isinstance(cart, Cart) and isinstance(totals, Totals)
        self._receipt.reset()  # nothing paid: no receipt of payment to offer
        self._confirmation_number = order_number
        self._confirmation.show(order_number, cart, totals, pay_at_counter=True)
        self._cart.clear()
        self._set_screen("confirmation")

    def _on_table_entered(self) -> None:
        if self._screen == "orderType":
            self._set_screen("menu")

    def _on_payment_paid(self, order_number: str) -> None:
        self._receipt.set_order(self._payment.checkout_id, order_number)
        self._confirmation_number = order_number
        # the cart is still the one just charged: the summary shows it, then it is emptied
        self._confirmation.show(order_number, self._cart.cart, self._cart.totals)
        self._cart.clear()
        self._set_screen("confirmation")

    def _on_payment_left(self, reason: str) -> None:
        if reason == "timeout":
            self.restart()
        elif self._screen == "payment":
            self._set_screen("cart")

    def _set_screen(self, screen: str) -> None:
        assert screen in SCREENS, screen
        if screen not in IDLE_SCREENS:
            self.idle_clock.stop()
        else:
            self.idle_clock.arm()
        if screen != self._screen:
            self._screen = screen
            self.screen_changed.emit()
        self.status_changed.emit()

    @property
    def cart_snapshot(self) -> Cart:
        return self._cart.cart
