"""Parking the sale and resuming a parked one at the station.

`station.parked` in QML. A parked sale is a Final POS order with the parked status
(`kiosk.services.station.park`); resuming rebuilds the cart from today's menu and says how
many items are no longer on it.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Slot

from kiosk.domain.cart import Cart, CartError
from kiosk.services.station.park import ParkedOrder, ParkOutcome
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState


class ParkedListModel(RowListModel):
    ROLES = ("orderId", "label", "by", "time", "total", "items")


class ParkedViewModel(QObject):
    """`station.parked`; see the module docstring."""

    def __init__(
        self, state: StationState, sale: SaleViewModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._desk = state.desk
        self._parked: list[ParkedOrder] = []
        self.parked_list = ParkedListModel(self)

    def _get_parked(self) -> QObject:
        return self.parked_list

    parkedModel = Property(QObject, _get_parked, constant=True)

    @Slot(str)
    def park(self, label: str) -> None:
        self._state.run("park", self.park_async(label))

    async def park_async(self, label: str = "") -> ParkOutcome:
        st, sale = self._state, self._sale
        if sale.cart.is_empty or st.user is None or sale.locked():
            return ParkOutcome.EMPTY
        st.set_busy(True)
        try:
            outcome, _order_id = await self._desk.parked.park_async(
                sale.totals,
                discounts=sale.discounts,
                parked_by=st.user.name,
                label=label.strip(),
                customer_id=sale.customer.id if sale.customer else None,
                note=sale.note,
            )
        finally:
            st.set_busy(False)
        if outcome is ParkOutcome.OK:
            sale.clearSale()
            st.say(tr("Sale parked. Resume it from Parked sales."), MessageKind.SUCCESS)
        else:
            st.unreachable()
        return outcome

    @Slot()
    def openParked(self) -> None:
        self._state.go(StationScreen.PARKED)
        self._state.run("parked", self.refresh_parked_async())

    async def refresh_parked_async(self) -> None:
        st = self._state
        st.set_busy(True)
        try:
            outcome, parked = await self._desk.parked.list_async()
        finally:
            st.set_busy(False)
        if outcome is not ParkOutcome.OK:
            st.unreachable()
        self._parked = parked
        self.parked_list.set_rows(
            [
                (
                    p.order_id,
                    p.label or tr("Parked sale"),
                    p.parked_by,
                    p.parked_at.astimezone().strftime("%H:%M") if p.parked_at else "",
                    st.money(p.total_minor),
                    sum(ln.quantity for ln in p.lines),
                )
                for p in parked
            ]
        )

    @Slot(str)
    def resumeParked(self, order_id: str) -> None:
        self._state.run("parked", self.resume_parked_async(order_id))

    async def resume_parked_async(self, order_id: str) -> ParkOutcome:
        st = self._state
        if not self._sale.cart.is_empty:
            st.say(tr("Finish or park the current sale first."), MessageKind.ERROR)
            return ParkOutcome.EMPTY
        assert st.user is not None
        st.set_busy(True)
        try:
            outcome, parked = await self._desk.parked.resume_async(
                order_id, resumed_by=st.user.name
            )
        finally:
            st.set_busy(False)
        if outcome is ParkOutcome.NOT_PARKED or outcome is ParkOutcome.NOT_FOUND:
            st.say(tr("That sale was already resumed or closed."), MessageKind.ERROR)
            await self.refresh_parked_async()
            return outcome
        if outcome is not ParkOutcome.OK or parked is None:
            st.unreachable()
            return outcome
        cart = Cart(self._desk.currency)
        missing = 0
        for line in parked.lines:
            product = self._desk.product(line.product_id)
            variant = product.variant(line.variant_id) if product else None
            if product is None or variant is None:
                missing += 1
                continue
            try:
                cart = cart.add(product, variant, line.quantity)
            except CartError:
                missing += 1
        customer = None
        if parked.customer_id:
            await self._desk.customers.refresh_async()
            customer = self._desk.customers.by_id(parked.customer_id)
        self._sale.load(cart, parked.discounts, customer, parked.note)
        st.go(StationScreen.SALE)
        if missing:
            st.say(
                tr("Sale resumed; {n} item(s) are no longer on the menu.", n=missing),
                MessageKind.ERROR,
            )
        else:
            st.say(tr("Sale resumed."), MessageKind.SUCCESS)
        return ParkOutcome.OK
