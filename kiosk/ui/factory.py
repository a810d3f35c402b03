"""Wire the view-models together (the UI half of the composition root)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, QTimer

from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.images import ImageResolver
from kiosk.ui.ports import CheckoutPort, ImageStore
from kiosk.ui.speech import EspeakEngine, Speaker, SpeechEngine
from kiosk.ui.viewmodels.accessibility import AccessibilityViewModel
from kiosk.ui.viewmodels.app import AppViewModel
from kiosk.ui.viewmodels.cart import CartViewModel, Pricer
from kiosk.ui.viewmodels.demo_reader import DemoReaderViewModel
from kiosk.ui.viewmodels.language import LanguageViewModel
from kiosk.ui.viewmodels.menu import MenuViewModel
from kiosk.ui.viewmodels.payment import PaymentViewModel
from kiosk.ui.viewmodels.product import ProductViewModel
from kiosk.ui.viewmodels.receipt import ReceiptPort, ReceiptViewModel

if TYPE_CHECKING:  # staff mode loads its modules only when it is attached
    from kiosk.ui.staff.ports import SignInPort, StaffPort
    from kiosk.ui.staff.viewmodel import StaffViewModel


@dataclass
class ViewModels:
    app: AppViewModel
    menu: MenuViewModel
    product: ProductViewModel
    cart: CartViewModel
    payment: PaymentViewModel
    demo_reader: DemoReaderViewModel
    formatter: PriceFormatter
    images: ImageResolver
    receipt: ReceiptViewModel
    accessibility: AccessibilityViewModel | None = None
    staff: StaffViewModel | None = None

    def dispose(self) -> None:
        """Stop every timer and delete the Qt objects now, on this (the GUI) thread.

        Left to Python's cyclic garbage collector they could be freed from whichever thread
        happens to run a collection (the sandboxes' server threads, an HTTP pool), and Qt
        cannot stop timers from another thread.
        """
        self.payment.reset()
        if self.accessibility is not None:
            self.accessibility.reset()  # and its voice stops
        objects: list[QObject] = [
            *([self.staff] if self.staff is not None else []),
            self.receipt,
            self.demo_reader,
            self.app,
            *([self.accessibility] if self.accessibility is not None else []),
            self.payment,
            self.cart,
            self.product,
            self.menu,
        ]
        for obj in objects:
            for timer in obj.findChildren(QTimer):
                timer.stop()
        for obj in objects:
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)


class AccessibilitySettings(Protocol):
    """The accessibility settings: `kiosk.config.Settings` or, before it is loaded, the
    snapshot's `kiosk.config.snapshot.MenuSettings`."""

    @property
    def accessibility_timeout_multiplier(self) -> float: ...
    @property
    def accessibility_speech(self) -> bool: ...
    @property
    def accessibility_speech_engine(self) -> str: ...
    @property
    def accessibility_speech_volume_percent(self) -> int: ...


@dataclass(frozen=True)
class AccessibilityOptions:
    """The accessibility settings (``Settings.accessibility_*``) and the speech engine.

    `speech_engine` is a `SpeechEngine` to use (tests pass a recording one), or the setting's
    name: "espeak-ng" (the installed one, silent when there is none) or "none".
    """

    timeout_multiplier: float = 3.0
    speech: bool = True
    speech_engine: SpeechEngine | str = "espeak-ng"
    volume_percent: int = 80

    def engine(self) -> SpeechEngine | None:
        if not isinstance(self.speech_engine, str):
            return self.speech_engine
        return EspeakEngine.find() if self.speech_engine == "espeak-ng" else None

    @classmethod
    def from_settings(cls, settings: AccessibilitySettings) -> AccessibilityOptions:
        return cls(
            timeout_multiplier=settings.accessibility_timeout_multiplier,
            speech=settings.accessibility_speech,
            speech_engine=settings.accessibility_speech_engine,
            volume_percent=settings.accessibility_speech_volume_percent,
        )


def build_view_models(
    *,
    currency: str,
    locale: str,
    pricer: Pricer,
    checkout: CheckoutPort | None,
    image_store: ImageStore | None,
    store_name: str,
    order_types: bool = True,
    idle_timeout_s: float = 60.0,
    idle_countdown_s: float = 20.0,
    confirmation_s: float = 12.0,
    attention_timeout_s: float | None = None,
    demo: bool = False,
    unavailable_errors: tuple[type[Exception], ...] = (),
    item_notes: bool = False,
    table_service: bool = False,
    upsell_pairs: Mapping[str, str] | None = None,
    receipts: ReceiptPort | None = None,
    accessibility: AccessibilityOptions | None = None,
    parent: QObject | None = None,
) -> ViewModels:
    formatter = PriceFormatter(locale, currency)
    images = ImageResolver(image_store)
    menu = MenuViewModel(formatter, images, parent)
    product = ProductViewModel(formatter, images, parent)
    cart = CartViewModel(
        currency,
        pricer,
        formatter,
        images,
        parent,
        item_notes=item_notes,
        table_service=table_service,
        upsell_pairs=upsell_pairs,
    )
    payment = PaymentViewModel(
        checkout,
        formatter,
        attention_timeout_s=attention_timeout_s or idle_timeout_s,
        unavailable_errors=unavailable_errors,
        parent=parent,
    )
    demo_reader = DemoReaderViewModel(payment, parent=parent)
    receipt = ReceiptViewModel(receipts, parent=parent)
    options = accessibility or AccessibilityOptions()
    a11y = AccessibilityViewModel(
        Speaker(options.engine()),
        timeout_multiplier=options.timeout_multiplier,
        speech=options.speech,
        volume_percent=options.volume_percent,
        parent=parent,
    )
    app = AppViewModel(
        menu=menu,
        product=product,
        cart=cart,
        payment=payment,
        demo_reader=demo_reader,
        store_name=store_name,
        order_types=order_types,
        idle_timeout_s=idle_timeout_s,
        idle_countdown_s=idle_countdown_s,
        confirmation_s=confirmation_s,
        demo=demo,
        receipt=receipt,
        language=LanguageViewModel(locale, formatter, parent),
        accessibility=a11y,
        parent=parent,
    )
    a11y.follow(app, cart, product, payment)

    def _on_accessibility_changed() -> None:
        app.scale_timeouts(a11y.timeout_factor)
        payment.scale_timeouts(a11y.timeout_factor)

    a11y.changed.connect(_on_accessibility_changed)
    return ViewModels(
        app, menu, product, cart, payment, demo_reader, formatter, images, receipt, a11y
    )


def attach_staff_mode(
    vms: ViewModels,
    *,
    desk: StaffPort,
    auth: SignInPort,
    exit_app: Callable[[], None] | None = None,
    idle_s: float = 60.0,
    parent: QObject | None = None,
) -> StaffViewModel:
    """Add staff mode to built view-models: `desk` is a `kiosk.ui.staff.ports.StaffPort`
    (`StaffDesk`), `auth` a `SignInPort` (`StaffAuthenticator` over ``Settings.staff``)."""
    from kiosk.ui.staff.viewmodel import StaffViewModel

    staff = StaffViewModel(
        desk=desk,
        auth=auth,
        formatter=vms.formatter,
        catalog=lambda: vms.menu.catalog,
        exit_app=exit_app,
        idle_s=idle_s,
        parent=parent,
    )
    vms.app.attach_staff(staff)
    vms.staff = staff
    return staff
