"""Kiosk orders waiting to be paid at the counter, at the station.

`station.counter` in QML. The list (number, time, items, total) is refreshed in the
background every `REFRESH_S` while the station runs (`start_polling`, from start-up), and at
once when the list is opened; each read has a deadline (`LIST_DEADLINE_S`). A list that
cannot be read keeps what it showed and says so in a plain line (`listState`), never a
dialog. Opening an order reads it again (it must still be waiting) and loads it as the sale;
`station.pay` then takes the money on that existing order.
"""

from __future__ import annotations

import asyncio
import logging
from enum import StrEnum

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.station.counter import CounterOrder, CounterOutcome
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState
from kiosk.ui.viewmodels.tasks import TaskSlot

log = logging.getLogger(__name__)

REFRESH_S = 30.0  # each read pages through Final POS's orders (no server filter)
LIST_DEADLINE_S = 15.0


class ListState(StrEnum):
    LOADING = "loading"  # first read not answered yet
    READY = "ready"
    UNAVAILABLE = "unavailable"  # the last read failed; the rows are the last known ones


class CounterListModel(RowListModel):
    ROLES = ("orderId", "number", "time", "items", "total")


class CounterViewModel(QObject):
    """`station.counter`; see the module docstring."""

    list_changed = Signal()

    def __init__(
        self, state: StationState, sale: SaleViewModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._desk = state.desk
        self._list_state = ListState.LOADING
        self._orders: dict[str, CounterOrder] = {}
        self.counter_list = CounterListModel(self)
        self._poll = TaskSlot("station.counter.poll")

    # -- properties ---------------------------------------------------------------------------

    def _get_model(self) -> QObject:
        return self.counter_list

    counterModel = Property(QObject, _get_model, constant=True)

    def _get_list_state(self) -> str:
        return self._list_state.value

    listState = Property(str, _get_list_state, notify=list_changed)

    def _get_waiting(self) -> int:
        return len(self._orders)

    waitingCount = Property(int, _get_waiting, notify=list_changed)

    def _get_offered(self) -> bool:
        return self._desk.counter is not None

    offered = Property(bool, _get_offered, constant=True)

    # -- the list -----------------------------------------------------------------------------

    def start_polling(self, interval_s: float = REFRESH_S) -> None:
        if self._desk.counter is not None:
            self._poll.start(self._poll_async(interval_s))

    def stop_polling(self) -> None:
        self._poll.cancel()

    async def _poll_async(self, interval_s: float) -> None:
        while True:
            await self.refresh_async()
            await asyncio.sleep(interval_s)

    async def refresh_async(self) -> ListState:
        counter = self._desk.counter
        if counter is None:
            return self._list_state
        try:
            outcome, waiting = await asyncio.wait_for(counter.list_async(), LIST_DEADLINE_S)
        except TimeoutError:
            log.warning("pay-at-counter list: no answer within %.0f s", LIST_DEADLINE_S)
            outcome, waiting = CounterOutcome.UNREACHABLE, []
        if outcome is not CounterOutcome.OK:
            self._list_state = ListState.UNAVAILABLE
            self.list_changed.emit()
            return self._list_state
        money = self._state.money
        self._orders = {o.order_id: o for o in waiting}
        self.counter_list.set_rows(
            [
                (
                    o.order_id,
                    o.number,
                    o.created_at.astimezone().strftime("%H:%M") if o.created_at else "",
                    o.items,
                    money(o.total_minor),
                )
                for o in waiting
            ]
        )
        self._list_state = ListState.READY
        self.list_changed.emit()
        return self._list_state

    @Slot()
    def openCounter(self) -> None:
        self._state.go(StationScreen.COUNTER)
        self._state.say(tr("Kiosk orders waiting to be paid here."))
        self._state.run("counter", self.refresh_async())

    # -- opening one --------------------------------------------------------------------------

    @Slot(str)
    def openOrder(self, order_id: str) -> None:
        self._state.run("counter", self.open_order_async(order_id))

    async def open_order_async(self, order_id: str) -> CounterOutcome:
        st = self._state
        counter = self._desk.counter
        if counter is None:
            return CounterOutcome.NOT_WAITING
        if not self._sale.cart.is_empty or self._sale.counter is not None:
            st.say(tr("Finish or park the current sale first."), MessageKind.ERROR)
            return CounterOutcome.NOT_WAITING
        st.set_busy(True)
        try:
            outcome, order = await counter.get_async(order_id)
        finally:
            st.set_busy(False)
        if outcome is CounterOutcome.UNREACHABLE:
            st.unreachable()
            return outcome
        if outcome is not CounterOutcome.OK or order is None:
            st.say(tr("That order was already paid or cancelled."), MessageKind.ERROR)
            await self.refresh_async()
            return CounterOutcome.NOT_WAITING
        self._sale.load_counter(order)
        st.go(StationScreen.SALE)
        st.say(
            tr("Kiosk order {number}: take the payment.", number=order.number),
            MessageKind.SUCCESS,
        )
        return CounterOutcome.OK
