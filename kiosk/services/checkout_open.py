"""Opening a checkout: price the cart, journal it, record the pending order in Final POS.

Part of `CheckoutService` (`kiosk.services.checkout`): `begin_async` for a card payment and
`place_at_counter_async` for an order paid at the counter, and the customer's number;
`begin_existing_async` for a card payment of an order that exists already (a kiosk's
pay-at-counter order, paid at the station), which is never cancelled here.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from kiosk.domain.cart import Cart
from kiosk.domain.checkout import Boundary, OrderState, Step, order_number
from kiosk.domain.pricing import Totals, price_cart
from kiosk.finalpos import models as m
from kiosk.finalpos.errors import FinalPosError, NotFoundError, UnavailableError
from kiosk.payments.gateway import DisplayCart, DisplayLine
from kiosk.services import orders, receipt_ids
from kiosk.services.checkout_core import CheckoutCore
from kiosk.services.checkout_types import (
    MAX_AMOUNT_MINOR,
    CheckoutUnavailable,
    PendingCheckout,
    owned_elsewhere_body,
)
from kiosk.services.journal import JournalError
from kiosk.services.pipeline import CheckoutError, order_state, order_total_minor
from kiosk.services.posting import PostPending
from kiosk.services.session import SessionUnavailable
from kiosk.services.station.counter import CounterOrder

log = logging.getLogger("kiosk.services.checkout")

_AT_COUNTER = "recorded unpaid: the customer pays at the counter"
_UNAVAILABLE = "Ordering is paused: Final POS cannot take the order right now. Nothing was charged."


class Opening(CheckoutCore):
    """Opens checkouts; see the module docstring."""

    # -- the API the UI calls ----------------------------------------------------------------

    def price(self, cart: Cart) -> Totals:
        """The numbers the order, the reader display and the screen all show."""
        return price_cart(cart, self._rates, self._default_tax)

    async def begin_async(
        self,
        cart: Cart,
        *,
        totals: Totals | None = None,
        customize: Callable[[m.OrderCreate], m.OrderCreate] | None = None,
    ) -> PendingCheckout:
        """Journal the checkout, then record the pending order in Final POS.

        `totals` replaces `price(cart)` (the station's discounted totals); `customize` edits
        the order body before it is journaled (the station's customer, discounts, employee).

        Raises `CheckoutUnavailable` when Final POS cannot take the order (or its create's
        outcome is unknown); nothing is charged then, and recovery cancels the order if it
        turns out to exist after all. Raises `CheckoutError` for a cart that cannot be paid
        (empty, another currency, a total out of range) before anything is sent.
        """
        return await self._open_async(cart, totals=totals, customize=customize, at_counter=False)

    async def place_at_counter_async(self, cart: Cart) -> PendingCheckout:
        """Record the order unpaid: the customer pays at the counter (no card, no intent).

        The shared convention (`orders.PAY_AT_KEY`): an ordinary order body, pending with
        balance = total and payAt=counter, posted through the journal like any order, so it
        is never lost or posted twice. Once Final POS holds it the checkout ends in
        `Step.AT_COUNTER`, which nothing cancels; the station takes the payment on the order.
        A crash between the journal write and the POST is finished by recovery
        (`settle_async` posts it, never cancels it). Raises as `begin_async`; when it raises,
        the customer was told the order did not go through, so an order that lands late is
        cancelled like any abandoned one (no second order when they try again).
        """
        return await self._open_async(cart, totals=None, customize=None, at_counter=True)

    async def _open_async(
        self,
        cart: Cart,
        *,
        totals: Totals | None,
        customize: Callable[[m.OrderCreate], m.OrderCreate] | None,
        at_counter: bool,
    ) -> PendingCheckout:
        if cart.is_empty:
            raise CheckoutError("the cart is empty")
        if cart.currency.upper() != self._currency:
            raise CheckoutError(f"cart currency {cart.currency} is not {self._currency}")
        try:
            totals = totals if totals is not None else self.price(cart)
        except (ArithmeticError, ValueError) as exc:
            raise CheckoutError(f"the cart cannot be priced: {exc}") from exc
        if not 0 <= totals.total_minor <= MAX_AMOUNT_MINOR:
            raise CheckoutError(
                f"the total {totals.total_minor} (minor units) is outside 0..{MAX_AMOUNT_MINOR}"
            )
        if at_counter and totals.total_minor == 0:
            raise CheckoutError("nothing to pay at the counter")
        try:
            # Refuse before anything is sent when the journal cannot be written (disk full,
            # read-only, locked): a charge it could not record is the one thing never allowed.
            self._journal.check_writable()
        except JournalError as exc:
            raise CheckoutUnavailable(f"the checkout journal cannot be written: {exc}") from exc
        try:
            session_id = await self._session.ensure_open_async()
        except SessionUnavailable as exc:
            raise CheckoutUnavailable(str(exc)) from exc
        checkout_id = uuid.uuid4().hex

        def body(seq: int, allocated: int) -> tuple[str, str, dict[str, object]]:
            # the customer's number is allocated apart from seq (a cancelled attempt's number
            # is reused, kiosk.services.journal.numbers); the receipt id stays unique by seq
            number = order_number(allocated, prefix=self._order_prefix)
            receipt_id = receipt_ids.receipt_id(self._kiosk_tag(), seq, checkout_id)
            order = orders.order_create(
                totals,
                checkout_id=checkout_id,
                receipt_id=receipt_id,
                order_number=number,
                session_id=session_id,
                kiosk_name=self._kiosk_name,
                order_type=cart.order_type,
                table_number=cart.table_number,
                pay_at_counter=at_counter,
            )
            if customize is not None:
                order = customize(order)
            return number, receipt_id, order.to_wire()

        try:
            entry = self._journal.create(
                checkout_id=checkout_id,
                currency=self._currency,
                amount_minor=totals.total_minor,
                session_id=session_id,
                numbered_body=body,
                display=orders.display_to_json(orders.display_cart(totals)),
            )
        except JournalError as exc:
            raise CheckoutUnavailable(f"the checkout could not be journaled: {exc}") from exc
        self._journal.lease(checkout_id)
        self._p.boundary(Boundary.JOURNAL_WRITTEN)
        try:
            async with self._p.lock(checkout_id):
                await self._settler.post_order(entry, check_first=False)
        except PostPending as exc:
            # The order may still land: this customer starts afresh; recovery cancels it.
            self._journal.release(checkout_id)
            self._journal.record(checkout_id, cancel_requested=True, detail="ordering paused")
            raise CheckoutUnavailable(_UNAVAILABLE) from exc
        except FinalPosError as exc:
            self._journal.release(checkout_id)
            current = self._journal.get(checkout_id)
            if not isinstance(exc, UnavailableError) and current.step is Step.ORDER_POSTING:
                # Refused outright (400/401/404): the order was not created.
                self._journal.record(checkout_id, Step.VOID, last_error=str(exc)[:500])
            elif at_counter:
                # The customer is told it did not go through and may order again: an order
                # that exists after all is cancelled by recovery, never a second one kept.
                self._journal.record(checkout_id, cancel_requested=True, last_error=str(exc)[:500])
            else:
                self._journal.record(checkout_id, last_error=str(exc)[:500])
            log.warning("checkout %s: order not recorded: %s", checkout_id, exc)
            raise CheckoutUnavailable(_UNAVAILABLE) from exc
        if at_counter:
            self._journal.record(checkout_id, Step.AT_COUNTER, detail=_AT_COUNTER)
            self._journal.release(checkout_id)
        return PendingCheckout(checkout_id, entry.order_number, totals)

    async def begin_existing_async(
        self, order: CounterOrder, *, employee: str | None = None
    ) -> PendingCheckout:
        """Journal a card checkout for an order that already exists and is not ours: a
        kiosk's pay-at-counter order, paid by card at the station.

        The entry starts with the order's id recorded and is marked owned elsewhere
        (`checkout_types.owned_elsewhere`): `pay_async` takes the card on it through the same
        collect/capture/books path (the sale's ``externalId`` is this checkout's id, found
        before any post), and a decline, Cancel, abandon or recovery voids the PaymentIntent
        but never cancels the order: it stays pending and listed. Raises `CheckoutError` when
        the order is no longer waiting or its amounts disagree, `CheckoutUnavailable` when
        Final POS or the journal cannot be used; nothing is charged then.
        """
        total = order.total_minor
        if order.currency.upper() != self._currency:
            raise CheckoutError(f"order currency {order.currency} is not {self._currency}")
        if not 0 < total <= MAX_AMOUNT_MINOR:
            raise CheckoutError(f"the total {total} (minor units) is outside 1..{MAX_AMOUNT_MINOR}")
        try:
            self._journal.check_writable()
        except JournalError as exc:
            raise CheckoutUnavailable(f"the checkout journal cannot be written: {exc}") from exc
        try:
            current = await self._p.finalpos.get_order(order.order_id)
            session_id = await self._session.ensure_open_async()
        except NotFoundError as exc:
            raise CheckoutError(f"order {order.order_id} is gone") from exc
        except FinalPosError as exc:
            raise CheckoutUnavailable(_UNAVAILABLE) from exc
        except SessionUnavailable as exc:
            raise CheckoutUnavailable(str(exc)) from exc
        if order_state(current) is not OrderState.PENDING:
            raise CheckoutError(f"order {order.order_id} is {current.status}, not pending")
        if order_total_minor(current, self._currency) != total:
            raise CheckoutError(f"order {order.order_id} total changed since it was listed")
        checkout_id = uuid.uuid4().hex
        display = DisplayCart(
            currency=self._currency,
            lines=tuple(
                DisplayLine(line.name[:100], line.total_minor, line.quantity)
                for line in order.lines
            ),
            tax_minor=order.tax_minor,
            total_minor=total,
        )
        try:
            wire: dict[str, object] | None = m.OrderCreate.model_validate(
                current.model_dump(by_alias=True)
            ).to_wire()
        except ValueError:
            wire = None  # not a complete order body: the receipt and refunds cannot use it
        body = owned_elsewhere_body(
            order.order_id, employee=employee, order=wire, till=self._kiosk_tag()
        )
        # The kiosk order's own receipt id (the customer's receipt). It does not carry this
        # checkout's id, so a journal rebuild (`kiosk.services.rebuild`) never takes the
        # checkout for one of its own orders (which it would cancel); it finds it by the
        # PaymentIntent's ``till`` instead, as a checkout of an order owned elsewhere.
        receipt_id = order.receipt_id or f"{self._kiosk_tag()}-{checkout_id[:6].upper()}"
        try:
            self._journal.create(
                checkout_id=checkout_id,
                currency=self._currency,
                amount_minor=total,
                session_id=session_id,
                order_body=lambda _seq: (order.number, receipt_id, body),
                display=orders.display_to_json(display),
            )
            self._journal.lease(checkout_id)
            self._p.boundary(Boundary.JOURNAL_WRITTEN)
            entry = self._journal.record(
                checkout_id,
                Step.ORDER_RECORDED,
                order_id=order.order_id,
                detail="paying an order owned elsewhere: it is never cancelled here",
            )
        except JournalError as exc:
            raise CheckoutUnavailable(f"the checkout could not be journaled: {exc}") from exc
        totals = Totals(self._currency, (), (), total, order.tax_minor, 0, total, True)
        return PendingCheckout(checkout_id, entry.order_number, totals)
