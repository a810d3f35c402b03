"""The receipt choice on the confirmation screen: print, email, QR, or none.

States (`ReceiptState`): choosing -> printing -> printed | qr (the fallback), choosing -> email
(the on-screen keyboard) -> sending -> emailed, choosing -> qr, choosing -> done (no receipt).

The customer never sees a printer or mail error. A print that does not go out is queued and
flagged for staff by the service, and the screen shows the QR receipt instead with calm words;
an email is only validated here and sent in the background. Leaving the screen without a
choice applies the store's default channel when it needs no input (print; QR and none need
nothing done).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import tempfile
import weakref
from collections.abc import Coroutine
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk.services.receipts import InvalidEmail, PrintOutcome, ReceiptChannel
from kiosk.services.receipts.outcomes import valid_email
from kiosk.ui.i18n import tr
from kiosk.ui.viewmodels.tasks import TaskSlot

log = logging.getLogger(__name__)

MAX_EMAIL_LENGTH = 254


class ReceiptState(StrEnum):
    IDLE = "idle"  # no paid order yet
    CHOOSING = "choosing"
    PRINTING = "printing"
    PRINTED = "printed"
    EMAIL = "email"  # typing on the keyboard
    SENDING = "sending"
    EMAILED = "emailed"
    QR = "qr"
    DONE = "done"  # no receipt, thanks


class ReceiptPort(Protocol):
    """What the screen needs from `kiosk.services.receipts.ReceiptService`."""

    @property
    def offered(self) -> tuple[ReceiptChannel, ...]: ...
    @property
    def default_channel(self) -> ReceiptChannel: ...
    async def print_async(self, checkout_id: str) -> PrintOutcome: ...
    async def kitchen_async(self, checkout_id: str) -> PrintOutcome: ...
    async def email_async(self, checkout_id: str, address: str) -> None: ...
    async def qr_payload_async(self, checkout_id: str) -> str: ...


def masked(address: str) -> str:
    """g•••@example.com: enough for the customer to recognise, little for the next one."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}•••@{domain}"


class ReceiptViewModel(QObject):
    """`app.receipt` in QML; see the module docstring for the states."""

    changed = Signal()

    def retranslate(self) -> None:
        self.changed.emit()

    def __init__(self, service: ReceiptPort | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._task = TaskSlot("receipt")
        self._background: set[asyncio.Task[None]] = set()  # outlive the screen and each other
        self._state = ReceiptState.IDLE
        self._checkout_id: str | None = None
        self._order_number = ""
        self._email = ""
        self._email_hint = ""
        self._sent_to = ""
        self._qr_source = ""
        self._fallback = False
        self._offered: tuple[ReceiptChannel, ...] = service.offered if service else ()
        self._default = service.default_channel if service else ReceiptChannel.NONE
        self._dir = tempfile.TemporaryDirectory(prefix="kiosk-qr-")
        weakref.finalize(self, self._dir.cleanup)

    def set_service(self, service: ReceiptPort | None) -> None:
        self._service = service
        self._offered = service.offered if service else ()
        self._default = service.default_channel if service else ReceiptChannel.NONE
        self.changed.emit()

    # -- properties -------------------------------------------------------------------
    @Property(str, notify=changed)
    def state(self) -> str:
        return self._state.value

    @Property(bool, notify=changed)
    def offersPrint(self) -> bool:
        return ReceiptChannel.PRINT in self._offered

    @Property(bool, notify=changed)
    def offersEmail(self) -> bool:
        return ReceiptChannel.EMAIL in self._offered

    @Property(bool, notify=changed)
    def offersQr(self) -> bool:
        return ReceiptChannel.QR in self._offered

    @Property(bool, notify=changed)
    def offersAny(self) -> bool:
        return any(c is not ReceiptChannel.NONE for c in self._offered)

    @Property(str, notify=changed)
    def defaultChannel(self) -> str:
        return self._default.value

    @Property(str, notify=changed)
    def email(self) -> str:
        return self._email

    @Property(bool, notify=changed)
    def emailValid(self) -> bool:
        return valid_email(self._email)

    @Property(str, notify=changed)
    def emailHint(self) -> str:
        return self._email_hint

    @Property(str, notify=changed)
    def qrSource(self) -> str:
        return self._qr_source

    @Property(bool, notify=changed)
    def qrFallback(self) -> bool:
        return self._fallback

    @Property(str, notify=changed)
    def title(self) -> str:
        return {
            ReceiptState.CHOOSING: tr("Would you like a receipt?"),
            ReceiptState.PRINTING: tr("Printing your receipt…"),
            ReceiptState.PRINTED: tr("Please take your receipt"),
            ReceiptState.EMAIL: tr("Email my receipt"),
            ReceiptState.SENDING: tr("Sending your receipt…"),
            ReceiptState.EMAILED: tr("Your receipt is on its way"),
            ReceiptState.QR: tr("Scan for your receipt"),
            ReceiptState.DONE: tr("No receipt. Enjoy!"),
        }.get(self._state, "")

    @Property(str, notify=changed)
    def detail(self) -> str:
        if self._state is ReceiptState.PRINTED:
            return tr("It is coming out of the printer below the screen.")
        if self._state is ReceiptState.EMAILED:
            return tr("We sent it to {address}.", address=self._sent_to)
        if self._state is ReceiptState.QR and self._fallback:
            return tr(
                "Point your phone's camera at the code to keep your receipt. "
                "Your order number is {number}.",
                number=self._order_number,
            )
        if self._state is ReceiptState.QR:
            return tr("Point your phone's camera at the code to keep your receipt.")
        if self._state is ReceiptState.EMAIL:
            return tr("We use your address only to send this receipt.")
        return ""

    @property
    def current_state(self) -> ReceiptState:
        return self._state

    @property
    def checkout_id(self) -> str | None:
        return self._checkout_id

    @property
    def busy(self) -> bool:
        return self._task.running

    # -- the paid order ---------------------------------------------------------------
    def set_order(self, checkout_id: str | None, order_number: str) -> None:
        """A checkout was paid: offer its receipt, and send its kitchen ticket."""
        self._task.cancel()
        self._checkout_id = checkout_id
        self._order_number = order_number
        self._email = ""
        self._email_hint = ""
        self._sent_to = ""
        self._fallback = False
        self._qr_source = ""
        self._state = ReceiptState.CHOOSING
        self.changed.emit()
        if checkout_id and self._service is not None:
            self._spawn(self._kitchen_async(checkout_id))

    def leave(self) -> None:
        """The screen is going away: apply the default if the customer chose nothing."""
        if (
            self._state is ReceiptState.CHOOSING
            and self._default is ReceiptChannel.PRINT
            and self._checkout_id
            and self._service is not None
        ):
            self._spawn(self._print_quietly_async(self._checkout_id))
        self.reset()

    def reset(self) -> None:
        self._task.cancel()
        self._state = ReceiptState.IDLE
        self._checkout_id = None
        self._order_number = ""
        self._email = ""
        self._email_hint = ""
        self._sent_to = ""
        self._qr_source = ""
        self._fallback = False
        self.changed.emit()

    # -- choices ----------------------------------------------------------------------
    @Slot()
    def choosePrint(self) -> None:
        if self._state is ReceiptState.CHOOSING and self.offersPrint:
            self._task.start(self.print_async())

    async def print_async(self) -> None:
        service, checkout_id = self._service, self._checkout_id
        if service is None or checkout_id is None:
            return
        self._set(ReceiptState.PRINTING)
        outcome: PrintOutcome | None = None
        try:
            # Shielded: a customer leaving mid-print must not cut a job the printer is taking.
            outcome = await asyncio.shield(service.print_async(checkout_id))
        except Exception:
            # Anything at all: the customer gets the QR receipt; the log and staff get the rest.
            log.exception("receipt for order %s could not be printed", self._order_number)
        if outcome is PrintOutcome.PRINTED:
            self._set(ReceiptState.PRINTED)
            return
        await self._show_qr_async(checkout_id, fallback=True)

    @Slot()
    def chooseQr(self) -> None:
        if self._state is ReceiptState.CHOOSING and self._checkout_id:
            self._task.start(self._show_qr_async(self._checkout_id, fallback=False))

    @Slot()
    def chooseEmail(self) -> None:
        if self._state is ReceiptState.CHOOSING and self.offersEmail:
            self._email_hint = ""
            self._set(ReceiptState.EMAIL)

    @Slot()
    def chooseNone(self) -> None:
        if self._state is ReceiptState.CHOOSING:
            self._set(ReceiptState.DONE)

    @Slot()
    def back(self) -> None:
        """From the keyboard or the QR code back to the choice."""
        if self._state in (ReceiptState.EMAIL, ReceiptState.QR) and not self._fallback:
            self._email_hint = ""
            self._set(ReceiptState.CHOOSING)

    # -- the email keyboard -------------------------------------------------------------
    @Slot(str)
    def typeKey(self, text: str) -> None:
        if self._state is not ReceiptState.EMAIL:
            return
        text = "".join(ch for ch in text if not ch.isspace())
        if len(self._email) + len(text) > MAX_EMAIL_LENGTH:
            return
        if "@" in text and "@" in self._email:
            return  # one @ only
        self._email += text
        self._email_hint = ""
        self.changed.emit()

    @Slot()
    def backspace(self) -> None:
        if self._state is ReceiptState.EMAIL and self._email:
            self._email = self._email[:-1]
            self._email_hint = ""
            self.changed.emit()

    @Slot()
    def clearEmail(self) -> None:
        if self._state is ReceiptState.EMAIL:
            self._email = ""
            self._email_hint = ""
            self.changed.emit()

    @Slot()
    def sendEmail(self) -> None:
        if self._state is ReceiptState.EMAIL:
            self._task.start(self.send_email_async())

    async def send_email_async(self) -> None:
        service, checkout_id = self._service, self._checkout_id
        if service is None or checkout_id is None:
            return
        if not valid_email(self._email):
            self._email_hint = tr("Please check the address: it should look like name@example.com")
            self.changed.emit()
            return
        address = self._email
        self._set(ReceiptState.SENDING)
        try:
            await service.email_async(checkout_id, address)
        except InvalidEmail:
            self._email_hint = tr("Please check the address: it should look like name@example.com")
            self._set(ReceiptState.EMAIL)
            return
        except Exception:
            log.exception("receipt email for order %s not queued", self._order_number)
            await self._show_qr_async(checkout_id, fallback=True)
            return
        self._sent_to = masked(address)
        self._email = ""  # the address is the service's now, and only until it is sent
        self._set(ReceiptState.EMAILED)

    # -- screenshot mode ----------------------------------------------------------------
    def stage(
        self,
        state: str,
        *,
        order_number: str = "A042",
        offered: tuple[str, ...] = ("print", "email", "qr", "none"),
        email: str = "",
        qr_payload: str = "",
        fallback: bool = False,
    ) -> None:
        """Show a state without a service (screenshots)."""
        self._offered = tuple(ReceiptChannel(c) for c in offered)
        self._default = self._offered[0] if self._offered else ReceiptChannel.NONE
        self._order_number = order_number
        self._email = email
        self._email_hint = ""
        self._fallback = fallback
        self._qr_source = self._qr_file(qr_payload) if qr_payload else ""
        self._set(ReceiptState(state))

    # -- internals ----------------------------------------------------------------------
    async def _show_qr_async(self, checkout_id: str, *, fallback: bool) -> None:
        self._fallback = fallback
        if not self._qr_source:
            await self._prepare_qr_async(checkout_id)
        self._set(ReceiptState.QR)

    async def _prepare_qr_async(self, checkout_id: str) -> None:
        service = self._service
        if service is None:
            return
        try:
            payload = await service.qr_payload_async(checkout_id)
        except Exception:
            log.exception("no QR receipt for order %s", self._order_number)
            payload = tr("Order {number}", number=self._order_number)
        self._qr_source = self._qr_file(payload)
        self.changed.emit()

    def _qr_file(self, payload: str) -> str:
        name = hashlib.sha256(payload.encode()).hexdigest()[:16]
        path = Path(self._dir.name) / f"qr-{name}.svg"
        if not path.exists():
            # Imported here: qrcode loads Pillow, ~25 ms of the kiosk's first frame otherwise.
            import qrcode
            from qrcode.image.svg import SvgPathImage

            image: Any = qrcode.make(payload, image_factory=SvgPathImage, border=2)
            image.save(str(path))
        return QUrl.fromLocalFile(str(path)).toString()

    async def _kitchen_async(self, checkout_id: str) -> None:
        service = self._service
        if service is None:
            return
        try:
            await service.kitchen_async(checkout_id)
        except Exception:
            log.exception("kitchen ticket for checkout %s not printed", checkout_id)

    async def _print_quietly_async(self, checkout_id: str) -> None:
        service = self._service
        if service is None:
            return
        try:
            await service.print_async(checkout_id)
        except Exception:
            log.exception("default receipt for checkout %s not printed", checkout_id)

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_event_loop().create_task(coro, name="receipt-background")
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def drain_async(self) -> None:
        """Wait for the kitchen ticket and default prints in flight (tests, shutdown)."""
        while self._background:
            await asyncio.gather(*list(self._background), return_exceptions=True)

    def _set(self, state: ReceiptState) -> None:
        self._state = state
        self.changed.emit()
