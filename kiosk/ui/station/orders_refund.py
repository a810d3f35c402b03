"""The orders screen's one question (refund all, refund lines, reprint), its PIN, and its words.

Plain Python under `OrdersViewModel` (which owns the Qt slots and properties). The staff-mode
rule: a refund needs the ``refund_order`` permission (`StaffAction.REFUND`); someone signed in
without it gets another person's PIN asked (`StationState.pin_wanted`, checked by
`kiosk.ui.station.manager.approver_async`), and the refund carries that person's name. A card
sale goes back to the card; a cash sale is handed back from the drawer, its amount shown large.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from kiosk.services.refunds import RefundOutcome, RefundResult
from kiosk.services.staff import SignInOutcome, StaffAction, StaffUser
from kiosk.services.staff.desk import OrderDetail
from kiosk.ui.i18n import tr
from kiosk.ui.station.manager import approver_async
from kiosk.ui.station.signin import SignInPort
from kiosk.ui.station.state import MessageKind, StationState


class Pending(StrEnum):
    """The action waiting for its one confirmation."""

    NONE = ""
    REFUND_ALL = "refundAll"
    REFUND_LINES = "refundLines"
    REPRINT = "reprint"


def permitted(user: StaffUser | None) -> bool:
    return user is not None and user.role.allows(StaffAction.REFUND)


class RefundAsk:
    """What is asked, whether a PIN is wanted for it, and who answered."""

    def __init__(self, state: StationState, auth: SignInPort, changed: Callable[[], None]) -> None:
        self._state = state
        self._auth = auth
        self._changed = changed
        self.pending = Pending.NONE
        self.manager_needed = False

    def set_pending(self, pending: Pending, manager: bool = False) -> None:
        self.pending = pending
        self.manager_needed = manager
        self._state.pin_wanted = manager
        self._state.take_pin()
        self._changed()

    def reset(self) -> None:
        """Nothing is asked any more (Esc, another order, leaving the screen)."""
        if self.pending is not Pending.NONE or self._state.pin_wanted:
            self.set_pending(Pending.NONE)

    def ask_refund(self, detail: OrderDetail | None, chosen: dict[int, int], *, full: bool) -> None:
        st = self._state
        if detail is None or st.busy:
            return
        if detail.refundable_minor <= 0:
            st.say(tr("Nothing is left to refund on this order."), MessageKind.ERROR)
            return
        if not full and not chosen:
            st.say(tr("Choose at least one item to refund."), MessageKind.ERROR)
            return
        manager = not permitted(st.user)
        self.set_pending(Pending.REFUND_ALL if full else Pending.REFUND_LINES, manager)
        st.say("")  # the question says it all (and why a manager's PIN, when asked)

    async def who_async(self) -> tuple[StaffUser | None, SignInOutcome | None]:
        """Who refunds: the signed-in person, or the one whose PIN was just typed (if they
        may refund; else nobody, and the banner says why)."""
        if not self.manager_needed:
            return self._state.user, None
        return await approver_async(
            self._state,
            self._auth,
            allowed=permitted,
            refused=lambda user: tr("{name} may not refund orders.", name=user.name),
        )

    def question(self, detail: OrderDetail, amount: str, *, cash: bool) -> str:
        number = detail.row.order_number
        if self.pending is Pending.REPRINT:
            return tr("Print the receipt of order {number} again?", number=number)
        if cash:
            return tr("Refund {amount} in cash for order {number}?", amount=amount, number=number)
        return tr(
            "Refund {amount} to the customer's card for order {number}?",
            amount=amount,
            number=number,
        )


def refund_message(result: RefundResult, amount: str, *, cash: bool) -> tuple[str, MessageKind]:
    """The banner after a refund: what to do now (hand the cash over) or what went wrong."""
    o = result.outcome
    if cash and o is RefundOutcome.REFUNDED:
        return tr("Hand {amount} back to the customer in cash.", amount=amount), MessageKind.SUCCESS
    if cash and o is RefundOutcome.REFUNDED_BOOKS_PENDING:
        text = tr(
            "Hand {amount} back to the customer in cash. Final POS will be updated "
            "as soon as it answers.",
            amount=amount,
        )
        return text, MessageKind.SUCCESS
    if o is RefundOutcome.REFUNDED:
        text = tr("{amount} is on its way back to the customer's card.", amount=amount)
        return text, MessageKind.SUCCESS
    if o is RefundOutcome.REFUNDED_BOOKS_PENDING:
        text = tr(
            "{amount} is on its way back to the card. Final POS will be updated "
            "as soon as it answers.",
            amount=amount,
        )
        return text, MessageKind.SUCCESS
    if o is RefundOutcome.PENDING:
        text = tr(
            "The refund is started but not confirmed yet. The kiosk finishes it "
            "by itself; do not refund again."
        )
    elif o is RefundOutcome.UNAVAILABLE:
        text = tr("Stripe did not answer. Nothing was refunded; try again.")
    elif o is RefundOutcome.TOO_MUCH:
        text = tr("That is more than is left to refund on this order. Nothing was refunded.")
    elif o is RefundOutcome.NOTHING_TO_REFUND:
        text = tr("Nothing is left to refund on this order.")
    elif o is RefundOutcome.NOT_PAID and cash:
        text = tr("This cash sale is not finished yet. Nothing was refunded.")
    elif o is RefundOutcome.NOT_PAID:
        text = tr("This order has no card payment to refund.")
    elif o is RefundOutcome.UNKNOWN_ORDER:
        text = tr("This order is not in this station's records.")
    elif o is RefundOutcome.FAILED:
        text = tr(
            "The card company reports that the refund failed. Refund the customer another way."
        )
    else:
        text = tr("The card company refused the refund. Nothing was refunded.")
    return text, MessageKind.ERROR
