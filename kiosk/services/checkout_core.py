"""What every part of `CheckoutService` shares: its wiring and the result helpers.

`kiosk.services.checkout` assembles the service from this core, the opening of a checkout
(`kiosk.services.checkout_open`) and the pay flow (`kiosk.services.checkout_pay`).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Mapping

from kiosk.domain.checkout import Step
from kiosk.domain.pricing import TaxRate
from kiosk.finalpos.client import FinalPosClient
from kiosk.payments.gateway import PaymentGateway
from kiosk.services.checkout_types import (
    DEFAULT_LEASE_S,
    CheckoutOutcome,
    CheckoutResult,
    DeclineReason,
    ResultCode,
)
from kiosk.services.journal import CheckoutEntry, Journal, JournalError
from kiosk.services.paid import REFRESH_S, Books, finish_books
from kiosk.services.pipeline import CheckoutError, Pipeline, RetryPolicy, StepHook
from kiosk.services.posting import OnceCreator, default_quiet_s, request_deadline_s
from kiosk.services.receipt_ids import till_tag
from kiosk.services.session import TillSessionService
from kiosk.services.settle import Settler

log = logging.getLogger("kiosk.services.checkout")


class CheckoutCore:
    """The state the parts of `CheckoutService` share; see `kiosk.services.checkout`."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        gateway: PaymentGateway,
        journal: Journal,
        session: TillSessionService,
        tax_rates: Mapping[str, TaxRate],
        default_tax_table: str,
        currency: str,
        kiosk_name: str,
        outlet_id: str | None = None,
        reader_id: str | None = None,
        location_id: str | None = None,
        payment_timeout_s: float = 120.0,
        order_prefix: str = "A",
        retry: RetryPolicy | None = None,
        lease_s: float = DEFAULT_LEASE_S,
        step_hook: StepHook | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        post_quiet_s: float | None = None,
        collect_grace_s: float = 30.0,
        cancel_grace_s: float = 5.0,
        clock: Callable[[], float] = time.time,
        card_watch_refresh_s: float = REFRESH_S,
    ) -> None:
        if default_tax_table not in tax_rates:
            raise ValueError(f"default tax table {default_tax_table!r} is not configured")
        deadline_s = request_deadline_s(finalpos)
        once = OnceCreator(
            journal,
            deadline_s=deadline_s,
            quiet_s=post_quiet_s if post_quiet_s is not None else default_quiet_s(deadline_s),
            clock=clock,
        )
        self._p = Pipeline(
            finalpos=finalpos,
            gateway=gateway,
            journal=journal,
            session=session,
            once=once,
            outlet_id=outlet_id,
            retry=retry or RetryPolicy(),
            hook=step_hook,
            sleep=sleep,
            clock=clock,
        )
        self._settler = Settler(self._p)
        self._books = Books(lambda cid: finish_books(self._p, self._settler, cid))
        self._watch_refresh_s = card_watch_refresh_s
        self._gateway = gateway
        self._journal = journal
        self._session = session
        self._rates = dict(tax_rates)
        self._default_tax = default_tax_table
        self._currency = currency.upper()
        self._kiosk_name = kiosk_name
        self._station_reader_id = reader_id
        self._location_id = location_id
        self._reader_id: str | None = None
        self._payment_timeout_s = payment_timeout_s
        self._collect_grace_s = collect_grace_s
        self._cancel_grace_s = cancel_grace_s
        self._order_prefix = order_prefix
        self.lease_s = lease_s

    # -- helpers -----------------------------------------------------------------------------

    def _entry(self, checkout_id: str) -> CheckoutEntry:
        try:
            return self._journal.get(checkout_id)
        except JournalError as exc:
            raise CheckoutError(f"unknown checkout {checkout_id!r}") from exc

    def _kiosk_tag(self) -> str:
        return till_tag(self._kiosk_name)

    def _result(
        self,
        outcome: CheckoutOutcome,
        entry: CheckoutEntry,
        code: ResultCode,
        *,
        can_retry: bool = False,
        decline: DeclineReason | None = None,
    ) -> CheckoutResult:
        return CheckoutResult(
            outcome, entry.checkout_id, entry.order_number, code, can_retry, decline
        )

    def _result_of_finished(self, entry: CheckoutEntry) -> CheckoutResult:
        if entry.step is Step.COMPLETED:
            return self._result(CheckoutOutcome.PAID, entry, ResultCode.PAID)
        if entry.step in (Step.CANCELED, Step.VOID) or entry.cancel_requested:
            return self._result(CheckoutOutcome.CANCELED, entry, ResultCode.CANCELED)
        return self._result(CheckoutOutcome.FAILED, entry, ResultCode.NEEDS_STAFF)
