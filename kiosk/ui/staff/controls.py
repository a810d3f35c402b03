"""The card reader and the ordering controls (`staff.controls` in QML): reader status and
test message, pause/resume ordering, menu sync, sold out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.catalog import Catalog
from kiosk.services.staff import StaffAction
from kiosk.services.staff.desk import DeskOutcome
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.staff.ports import StaffPort
from kiosk.ui.staff.shell import StaffShell, clock_text


class StockListModel(RowListModel):
    ROLES = ("productId", "name", "soldOut")


class ControlsViewModel(QObject):
    changed = Signal()
    ordering_paused_changed = Signal(bool)

    def __init__(
        self,
        shell: StaffShell,
        desk: StaffPort,
        *,
        catalog: Callable[[], Catalog | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._shell = shell
        self.desk = desk
        self._catalog = catalog
        self._reader: dict[str, str] = {}
        self._ordering_paused = False
        self.stock = StockListModel(self)

    @Property(QObject, constant=True)
    def stockModel(self) -> StockListModel:
        return self.stock

    # -- reader ---------------------------------------------------------------------------
    @Property(str, notify=changed)
    def readerLabel(self) -> str:
        return self._reader.get("label", "")

    @Property(str, notify=changed)
    def readerStatus(self) -> str:
        return self._reader.get("status", "")

    @Property(bool, notify=changed)
    def readerOnline(self) -> bool:
        return self._reader.get("online") == "yes"

    @Property(str, notify=changed)
    def readerSeen(self) -> str:
        return self._reader.get("seen", "")

    @Property(str, notify=changed)
    def readerLocation(self) -> str:
        return self._reader.get("location", "")

    @Property(str, notify=changed)
    def readerHelp(self) -> str:
        if not self._reader or self.readerOnline:
            return ""
        return tr(
            "The reader is not reachable. Check that it is switched on, charged and on the "
            "store's Wi-Fi; restart it with its power button. Until it is back, pause ordering "
            "so nobody orders without a way to pay."
        )

    def refresh_reader(self) -> None:
        self._shell.spawn("reader", self.refresh_reader_async())

    async def refresh_reader_async(self) -> DeskOutcome:
        async with self._shell.working():
            outcome, reader = await self.desk.reader_async()
        if reader is None:
            self._reader = {
                "label": "",
                "status": tr("Not configured")
                if outcome is DeskOutcome.NOT_CONFIGURED
                else tr("Unknown"),
                "online": "no",
            }
            if outcome is DeskOutcome.UNREACHABLE:
                self._shell.unreachable(tr("The reader's status could not be read."))
        else:
            online = reader.status == "online"
            seen = ""
            if reader.last_seen_at:
                seen = tr("Last seen at {time}", time=clock_text(reader.last_seen_at))
            self._reader = {
                "label": reader.label or reader.reader_id,
                "status": tr("Online") if online else tr("Offline"),
                "online": "yes" if online else "no",
                "seen": seen,
                "location": reader.location_name or reader.location_id or "",
            }
        self.changed.emit()
        return outcome

    @Slot()
    def readerTest(self) -> None:
        self._shell.spawn("action", self.reader_test_async())

    async def reader_test_async(self) -> DeskOutcome | None:
        if not self._shell.permitted(StaffAction.READER_TEST):
            return None
        async with self._shell.working():
            outcome = await self.desk.reader_test_async(tr("Test from staff mode: hello!"))
        if outcome is DeskOutcome.OK:
            self._shell.say(tr("Look at the reader: it should show a test message now."))
        elif outcome is DeskOutcome.NOT_CONFIGURED:
            self._shell.say(tr("No reader is set up for this kiosk."), error=True)
        else:
            self._shell.say(
                tr("The reader did not take the message. Check that it is online."), error=True
            )
        return outcome

    # -- ordering -------------------------------------------------------------------------
    @Property(bool, notify=changed)
    def orderingPaused(self) -> bool:
        return self._ordering_paused

    @Slot()
    def askPauseOrdering(self) -> None:
        if not self._shell.permitted(StaffAction.PAUSE_ORDERING):
            return
        self._shell.ask(
            tr("Pause ordering? Customers see that ordering is paused."),
            tr("Pause ordering"),
            self._pause_async,
        )

    async def _pause_async(self) -> None:
        self.set_ordering_paused(True)

    @Slot()
    def resumeOrdering(self) -> None:
        if self._shell.permitted(StaffAction.RESUME_ORDERING):
            self.set_ordering_paused(False)

    def set_ordering_paused(self, paused: bool) -> None:
        if self._ordering_paused == paused:
            return
        self._ordering_paused = paused
        self.ordering_paused_changed.emit(paused)
        self.changed.emit()
        self._shell.say(tr("Ordering is paused.") if paused else tr("Ordering is open again."))

    @Slot()
    def syncMenu(self) -> None:
        self._shell.spawn("action", self.sync_menu_async())

    async def sync_menu_async(self) -> DeskOutcome | None:
        if not self._shell.permitted(StaffAction.SYNC_MENU):
            return None
        async with self._shell.working():
            outcome = await self.desk.sync_menu_async()
        if outcome is DeskOutcome.OK:
            self._shell.say(tr("The menu is up to date with Final POS."))
            self.refresh_stock()
        elif outcome is DeskOutcome.NOT_CONFIGURED:
            self._shell.say(tr("Menu sync is not available in this mode."), error=True)
        else:
            self._shell.unreachable(tr("The menu was not updated."))
        return outcome

    def refresh_stock(self) -> None:
        catalog = self._catalog()
        rows = []
        if catalog is not None:
            rows = [(p.id, p.name, not p.available) for p in catalog.products]
        self.stock.set_rows(rows)

    @Slot(str)
    def askSoldOut(self, product_id: str) -> None:
        if not self._shell.permitted(StaffAction.SOLD_OUT):
            return
        catalog = self._catalog()
        product = catalog.product(product_id) if catalog else None
        if product is None:
            return
        self._shell.ask(
            tr(
                "Mark {name} as sold out? Every till and channel sees it in Final POS.",
                name=product.name,
            ),
            tr("Mark sold out"),
            lambda: self.sold_out_async(product_id),
        )

    async def sold_out_async(self, product_id: str) -> DeskOutcome | None:
        if not self._shell.permitted(StaffAction.SOLD_OUT):
            return None
        catalog = self._catalog()
        product = catalog.product(product_id) if catalog else None
        if product is None:
            return None
        ids = [v.id for v in product.variants if v.id]
        if not ids:
            self._shell.say(tr("This product has no variants to mark in Final POS."), error=True)
            return None
        async with self._shell.working():
            outcome = await self.desk.set_sold_out_async(ids)
        if outcome is DeskOutcome.OK:
            self._shell.say(tr("{name} is marked sold out.", name=product.name))
            self.refresh_stock()
        elif outcome is DeskOutcome.NOT_FOUND:
            self._shell.say(
                tr("Final POS does not know this product any more: sync the menu."), error=True
            )
        else:
            self._shell.unreachable(tr("{name} is not marked sold out yet.", name=product.name))
        return outcome
