"""Accessibility mode (issue 13): high contrast, the reach zone, more time, speech.

`app.accessibility` in QML. Off for every new customer (after each order and on idle reset,
like the language). While on: Theme switches to its high-contrast, larger, still palette
(Main.qml binds ``Theme.accessible``), Main.qml lays every screen into the lower reach zone,
the idle and payment-screen times are `timeout_multiplier` times longer (the factory applies
`timeout_factor`), and the current screen, the focused item and each change of state (price,
order total, payment result) are spoken through `Speaker`.

Every sentence spoken is made here with ``tr`` (the UI owns the words; services give codes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.ui.i18n import tr
from kiosk.ui.speech import Speaker

if TYPE_CHECKING:
    from kiosk.ui.viewmodels.app import AppViewModel
    from kiosk.ui.viewmodels.cart import CartViewModel
    from kiosk.ui.viewmodels.payment import PaymentViewModel
    from kiosk.ui.viewmodels.product import ProductViewModel

VOLUME_STEP = 10
MIN_VOLUME = 10
MAX_VOLUME = 100


def _p(view_model: QObject, name: str) -> str:
    """A view-model's Qt property as text (what QML reads, without the Property descriptor)."""
    value = view_model.property(name)
    return "" if value is None else str(value)


class AccessibilityViewModel(QObject):
    """The mode switch, the voice's volume and repeat, and what is said when."""

    changed = Signal()
    volume_changed = Signal()
    spoken_changed = Signal()

    def __init__(
        self,
        speaker: Speaker | None = None,
        *,
        timeout_multiplier: float = 3.0,
        speech: bool = True,
        volume_percent: int = 80,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._speaker = speaker or Speaker(None)
        self._multiplier = timeout_multiplier
        self._speech = speech
        self._default_volume = volume_percent
        self._volume = volume_percent
        self._enabled = False
        self._last = ""
        self._language = "en"
        self._app: AppViewModel | None = None
        self._cart: CartViewModel | None = None
        self._product: ProductViewModel | None = None
        self._payment: PaymentViewModel | None = None
        self._said_total = ""
        self._said_price = ""
        self._said_payment = ""
        self._idle_shown = False

    # -- properties -------------------------------------------------------------------
    @Property(bool, notify=changed)
    def enabled(self) -> bool:
        return self._enabled

    @Property(bool, notify=changed)
    def speechOn(self) -> bool:
        return self._enabled and self._speech and self._speaker.available

    @Property(int, notify=volume_changed)
    def volume(self) -> int:
        return self._volume

    @Property(str, notify=spoken_changed)
    def lastSpoken(self) -> str:
        """The last change of state said (the caption: speech for the ear, the same for the
        eye), what Repeat says again."""
        return self._last

    @property
    def timeout_factor(self) -> float:
        return self._multiplier if self._enabled else 1.0

    # -- the switch -------------------------------------------------------------------
    @Slot()
    def toggle(self) -> None:
        self.set_enabled(not self._enabled)

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self._enabled:
            return
        self._enabled = enabled
        self.changed.emit()
        if enabled:
            self._remember_state()
            self._say(tr("Accessibility mode on.") + " " + self._screen_phrase())
        else:
            self._speaker.stop()
            self._set_last("")

    @Slot()
    def reset(self) -> None:
        """The next customer starts with the mode off and the voice at its usual volume."""
        self.set_enabled(False)
        if self._volume != self._default_volume:
            self._volume = self._default_volume
            self.volume_changed.emit()

    def set_speaker(self, speaker: Speaker) -> None:
        """Another voice (screenshots record instead of playing)."""
        self._speaker.stop()
        self._speaker = speaker
        self.changed.emit()

    # -- voice controls ---------------------------------------------------------------
    @Slot()
    def louder(self) -> None:
        self._set_volume(self._volume + VOLUME_STEP)

    @Slot()
    def quieter(self) -> None:
        self._set_volume(self._volume - VOLUME_STEP)

    def _set_volume(self, volume: int) -> None:
        volume = max(MIN_VOLUME, min(MAX_VOLUME, volume))
        if volume != self._volume:
            self._volume = volume
            self.volume_changed.emit()
        self._say(tr("Volume {percent} percent.", percent=self._volume))

    @Slot()
    def repeat(self) -> None:
        """Say the last phrase again (or the screen, when nothing was said yet)."""
        self._say(self._last or self._screen_phrase())

    @Slot()
    def offer(self) -> None:
        """The first key a customer presses with the mode off: say how to turn it on, so a
        blind customer need not find the button unaided (the keypad's key is marked)."""
        if self._enabled or not self._speech:
            return
        self._speaker.say(
            tr("For speech and more time, press the star key or F1."),
            language=self._language,
            volume_percent=self._volume,
        )

    @Slot(str)
    def focused(self, name: str) -> None:
        """QML: keyboard focus moved to an item with this accessible name."""
        if self._enabled and name:
            self._say(name, focus=True)

    # -- following the journey --------------------------------------------------------
    def follow(
        self,
        app: AppViewModel,
        cart: CartViewModel,
        product: ProductViewModel,
        payment: PaymentViewModel,
    ) -> None:
        """Listen to the view-models whose changes are spoken."""
        self._app, self._cart, self._product, self._payment = app, cart, product, payment
        self._language = _p(app.language_model, "current")
        app.language_model.language_changed.connect(self._on_language_changed)
        app.screen_changed.connect(self._on_app_screen_changed)
        app.idle_changed.connect(self._on_app_idle_changed)
        cart.cart_changed.connect(self._on_cart_changed)
        product.changed.connect(self._on_product_changed)
        payment.changed.connect(self._on_payment_changed)

    def _on_language_changed(self) -> None:
        if self._app is not None:
            self._language = _p(self._app.language_model, "current")

    def _remember_state(self) -> None:
        self._said_total = _p(self._cart, "total") if self._cart else ""
        self._said_price = _p(self._product, "price") if self._product else ""
        self._said_payment = self._payment_phrase()

    def _on_app_screen_changed(self) -> None:
        if self._enabled:
            self._remember_state()
            self._say(self._screen_phrase())

    def _on_app_idle_changed(self) -> None:
        app = self._app
        visible = bool(app.property("idleVisible")) if app is not None else False
        shown, self._idle_shown = self._idle_shown, visible
        if not self._enabled or app is None or not visible:
            return
        if not shown:  # once, as the warning appears (not at every tick)
            self._say(
                tr(
                    "Are you still there? Your order will be cleared in {seconds} seconds. "
                    "Press Enter for more time.",
                    seconds=_p(app, "idleSecondsLeft"),
                )
            )

    def _on_cart_changed(self) -> None:
        cart, app = self._cart, self._app
        if (
            not self._enabled
            or cart is None
            or app is None
            or _p(cart, "total") == self._said_total
        ):
            return
        self._said_total = _p(cart, "total")
        if _p(app, "screen") in ("menu", "product", "cart"):
            self._say(
                tr(
                    "Your order: {count}, total {total}.",
                    count=_p(cart, "countText"),
                    total=_p(cart, "total"),
                )
            )

    def _on_product_changed(self) -> None:
        product, app = self._product, self._app
        if not self._enabled or product is None or app is None or _p(app, "screen") != "product":
            return
        if _p(product, "price") and _p(product, "price") != self._said_price:
            self._said_price = _p(product, "price")
            self._say(tr("Price {price}.", price=_p(product, "price")))

    def _on_payment_changed(self) -> None:
        if not self._enabled or self._app is None or _p(self._app, "screen") != "payment":
            return
        phrase = self._payment_phrase()
        if phrase and phrase != self._said_payment:
            self._said_payment = phrase
            self._say(phrase)

    # -- the sentences ----------------------------------------------------------------
    def _payment_phrase(self) -> str:
        payment = self._payment
        if payment is None:
            return ""
        state = _p(payment, "state")
        if state == "waiting":
            return (
                tr("Amount to pay {amount}.", amount=_p(payment, "amount"))
                + " "
                + _p(payment, "statusText")
            )
        if state == "declined":
            return tr("Payment declined.") + " " + _p(payment, "message")
        if state == "problem":
            return tr("Payment not completed.") + " " + _p(payment, "message")
        if state == "authorising":
            return _p(payment, "statusText")
        return ""

    def _screen_phrase(self) -> str:
        app = self._app
        if app is None:
            return ""
        screen = _p(app, "screen")
        if screen == "attract":
            return tr("Welcome. Press Enter to start your order.")
        if screen == "orderType":
            return tr("Eat in or take away? Use the arrow keys and press Enter.")
        if screen == "menu":
            cart = self._cart
            summary = ""
            if cart is not None and not cart.property("isEmpty"):
                summary = " " + tr(
                    "Your order: {count}, total {total}.",
                    count=_p(cart, "countText"),
                    total=_p(cart, "total"),
                )
            return (
                tr("Menu.")
                + summary
                + " "
                + tr("Tab moves between categories and products, Enter opens one.")
            )
        if screen == "product":
            product = self._product
            name = _p(product, "name") if product else ""
            price = _p(product, "price") if product else ""
            return tr("{name}, {price}. Choose, then Add to order.", name=name, price=price)
        if screen == "cart":
            cart = self._cart
            count, total = (_p(cart, "countText"), _p(cart, "total")) if cart else ("", "")
            return tr(
                "Your order: {count}, total {total}. Pay when ready.", count=count, total=total
            )
        if screen == "payment":
            return self._payment_phrase() or tr("Payment.")
        if screen == "confirmation":
            return tr(
                "Thank you. Your order number is {number}.", number=_p(app, "confirmationNumber")
            )
        if screen == "outOfOrder":
            return tr("Sorry, this kiosk is out of order. Please ask a member of staff.")
        return ""

    def _say(self, text: str, *, focus: bool = False) -> None:
        """Speak `text`; a change of state also becomes the caption and what Repeat says."""
        text = " ".join(text.split())
        if not self._enabled or not text:
            return
        if not focus:
            self._set_last(text)
        if self._speech:
            self._speaker.say(
                text, language=self._language, volume_percent=self._volume, focus=focus
            )

    def _set_last(self, text: str) -> None:
        if text != self._last:
            self._last = text
            self.spoken_changed.emit()
