"""Line and order discounts at the station, with a manager's PIN above the limit.

`station.discount` in QML. Percent (basis points typed on the keypad, "1500" is 15.00 %) or
an amount in minor units, always with a reason; above `StationRules.discount_limit_bp` the
keypad takes a manager's PIN instead (`StationState.pin_wanted`) and the discount carries the
manager's name (`approved_by`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.station.discounts import (
    Discount,
    DiscountKind,
    DiscountOutcome,
    check_discount,
    is_manager,
    line_base,
    order_base,
)
from kiosk.ui.i18n import tr
from kiosk.ui.station.manager import approver_async
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.signin import SignInPort
from kiosk.ui.station.state import MessageKind, StationScreen, StationState


class DiscountViewModel(QObject):
    """`station.discount`; see the module docstring."""

    discount_changed = Signal()

    def __init__(
        self,
        state: StationState,
        sale: SaleViewModel,
        auth: SignInPort,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._auth = auth
        self._target = "line"
        self._kind = DiscountKind.PERCENT
        self._reason = ""
        self._manager_needed = False
        state.percent_entry = True

    def _set_manager_needed(self, needed: bool) -> None:
        self._manager_needed = needed
        self._state.pin_wanted = needed
        self.discount_changed.emit()

    def reset(self) -> None:
        """Leaving the discount screen: no PIN is asked any more."""
        self._set_manager_needed(False)

    # -- properties ---------------------------------------------------------------------------

    def _get_target(self) -> str:
        return self._target

    discountTarget = Property(str, _get_target, notify=discount_changed)

    def _get_kind(self) -> str:
        return self._kind.value

    discountKind = Property(str, _get_kind, notify=discount_changed)

    def _get_reason(self) -> str:
        return self._reason

    discountReason = Property(str, _get_reason, notify=discount_changed)

    def _get_manager_needed(self) -> bool:
        return self._manager_needed

    managerNeeded = Property(bool, _get_manager_needed, notify=discount_changed)

    def _get_limit(self) -> str:
        return f"{self._state.desk.rules.discount_limit_bp / 100:g} %"

    discountLimitText = Property(str, _get_limit, constant=True)

    # -- slots --------------------------------------------------------------------------------

    @Slot(str)
    def openDiscount(self, target: str) -> None:
        sale = self._sale
        if sale.locked():
            return
        if sale.cart.is_empty or (target == "line" and not sale.selected):
            self._state.say(tr("Add something to the sale first."), MessageKind.ERROR)
            return
        self._target = "order" if target == "order" else "line"
        self._reason = ""
        self._state.take_pin()
        self._set_manager_needed(False)
        self._state.go(StationScreen.DISCOUNT)
        self._state.say(tr("Up to {limit} without a manager.", limit=self._get_limit()))

    @Slot(str)
    def setDiscountKind(self, kind: str) -> None:
        self._kind = DiscountKind(kind)
        self._state.percent_entry = self._kind is DiscountKind.PERCENT
        self.discount_changed.emit()
        self._state.entry_changed.emit()

    @Slot(str)
    def setDiscountReason(self, reason: str) -> None:
        self._reason = reason[:120]
        self.discount_changed.emit()

    def _discount(self, approved_by: str | None) -> tuple[Discount, int]:
        discount = Discount(self._kind, self._state.entry_minor, self._reason.strip(), approved_by)
        cart, discounts = self._sale.cart, self._sale.discounts
        if self._target == "line":
            return discount, line_base(cart, self._sale.selected)
        return discount, order_base(cart, replace(discounts, order=None))

    @Slot()
    def applyDiscount(self) -> None:
        self.apply(None)

    def apply(self, approved_by: str | None) -> DiscountOutcome:
        st = self._state
        discount, base = self._discount(approved_by)
        outcome = check_discount(discount, base, limit_bp=st.desk.rules.discount_limit_bp)
        if outcome is DiscountOutcome.NO_REASON:
            st.say(tr("Give a reason for the discount."), MessageKind.ERROR)
        elif outcome is DiscountOutcome.INVALID:
            st.say(
                tr("Enter a discount above zero and no larger than the amount."),
                MessageKind.ERROR,
            )
        elif outcome is DiscountOutcome.NEEDS_MANAGER:
            st.take_pin()
            self._set_manager_needed(True)
            st.say(
                tr(
                    "This is above {limit}: a manager enters their PIN to allow it.",
                    limit=self._get_limit(),
                )
            )
        else:
            discounts = self._sale.discounts
            if self._target == "line":
                lines = {**discounts.lines, self._sale.selected: discount}
                discounts = replace(discounts, lines=lines)
            else:
                discounts = replace(discounts, order=discount)
            self._set_manager_needed(False)
            self._sale.set_discounts(discounts)
            st.go(StationScreen.SALE)
            st.say(tr("Discount applied."), MessageKind.SUCCESS)
        return outcome

    @Slot()
    def approveDiscount(self) -> None:
        self._state.run("discount", self.approve_discount_async())

    async def approve_discount_async(self) -> DiscountOutcome:
        manager, _ = await approver_async(
            self._state,
            self._auth,
            allowed=lambda user: is_manager(user.role),
            refused=lambda user: tr("{name} is not a manager.", name=user.name),
        )
        if manager is None:
            return DiscountOutcome.NOT_MANAGER
        return self.apply(manager.name)

    @Slot()
    def removeDiscount(self) -> None:
        discounts = self._sale.discounts
        if self._target == "line":
            self._sale.drop_line_discount(self._sale.selected)
            discounts = self._sale.discounts
        else:
            discounts = replace(discounts, order=None)
        self._sale.set_discounts(discounts)
        self._state.go(StationScreen.SALE)
