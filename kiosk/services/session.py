"""The kiosk's till session (shift) in Final POS: resume or open on start, close for staff.

Final POS has no session listing, so the kiosk remembers its open session's id in the journal
(`Journal.get_meta`) and checks it with a GET (again before each order and each sale, cached
for at most `max_age_s`): a session is open while it has no `closeTime`; one closed in the
back office is replaced by a new one.
The station's `status` is only a hint for the back office (`IN_USE` while a session is open,
`AVAILABLE` after): it is written best effort and a failure to write it never stops sales.

Known limit: a POST /session whose answer is lost cannot be found again (no listing, no
externalId on sessions), so a retry may leave one empty open session behind in Final POS.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from kiosk.finalpos import amounts
from kiosk.finalpos import models as m
from kiosk.finalpos.amounts import from_minor
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import FinalPosError, NotFoundError
from kiosk.services.journal import Journal
from kiosk.services.orders import CARD, CASH, ORDER_COMPLETED, SALE
from kiosk.services.report_taxes import refund_taxes_fields, taxes_by_rate

__all__ = ["SessionUnavailable", "TillSessionService", "taxes_by_rate"]

log = logging.getLogger(__name__)

SESSION_KEY = "session_id"
SESSION_COUNTER = "session_counter"
STATION_IN_USE = "IN_USE"
STATION_AVAILABLE = "AVAILABLE"


class SessionUnavailable(Exception):
    """The till session could not be opened or checked; the message is safe to show staff."""


class TillSessionService:
    """Owns the kiosk's one open till session; see the module docstring."""

    def __init__(
        self,
        *,
        finalpos: FinalPosClient,
        journal: Journal,
        station_id: str,
        kiosk_name: str,
        currency: str,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        max_age_s: float = 2.0,
    ) -> None:
        self._finalpos = finalpos
        self._journal = journal
        self._station_id = station_id
        self._kiosk_name = kiosk_name
        self._currency = currency
        self._clock = clock
        self._verified: str | None = None  # checked open by GET in this process
        self._verified_at = 0.0  # time.monotonic() of that check
        self.max_age_s = max_age_s
        self._lock = asyncio.Lock()

    @property
    def kiosk_name(self) -> str:
        """The station's name, as the sessions are opened by it (the closing report's header)."""
        return self._kiosk_name

    @property
    def session_id(self) -> str | None:
        """The session this kiosk believes is open (None before `ensure_open_async`)."""
        return self._verified or self._journal.get_meta(SESSION_KEY)

    async def ensure_open_async(self) -> str:
        """The open session, checked by GET unless checked within `max_age_s`; a session
        closed elsewhere (the back office) is replaced by a new one; station -> IN_USE.

        Called before each new order and each sale, so a closed session is used for at most
        `max_age_s` more.
        """
        async with self._lock:
            if self._verified is not None and (
                time.monotonic() - self._verified_at < self.max_age_s
            ):
                return self._verified
            try:
                session_id = await self._resume()
                if session_id is None:
                    session_id = await self._open()
            except FinalPosError as exc:
                raise SessionUnavailable(
                    "The till session could not be opened in Final POS. "
                    "Please check the network and the API key."
                ) from exc
            self._verified = session_id
            self._verified_at = time.monotonic()
            return session_id

    async def close_async(
        self, *, closed_by: str, note: str = "", counted_cash_minor: int | None = None
    ) -> m.Session:
        """Close the session with its card total and a closing report; station -> AVAILABLE.

        `counted_cash_minor` (a staffed station's drawer count) becomes the closing cash, and
        the report gains ``cash``: the opening float plus cash sales less cash refunds
        (expected), the count, and the difference. A kiosk takes no cash: zero.
        """
        async with self._lock:
            session_id = self._verified or self._journal.get_meta(SESSION_KEY)
            if session_id is None:
                raise SessionUnavailable("There is no open till session to close.")
            report, card_minor = await self._closing_report(session_id)
            cur = self._currency
            zero = from_minor(0, cur)
            cash = zero
            if counted_cash_minor is not None:
                opened = await self._finalpos.get_session(session_id)
                opening = amounts.minor(opened.opening_amount or Decimal(0), cur)
                methods = report["paymentMethods"]
                assert isinstance(methods, dict)
                sold = amounts.minor(Decimal(methods.get(CASH, "0")), cur)
                expected = opening + sold
                report["cash"] = {
                    "opening": str(from_minor(opening, cur)),
                    "expected": str(from_minor(expected, cur)),
                    "counted": str(from_minor(counted_cash_minor, cur)),
                    "difference": str(from_minor(counted_cash_minor - expected, cur)),
                }
                cash = from_minor(counted_cash_minor, cur)
            update = m.SessionUpdate(
                close_time=self._clock(),
                closed_by=closed_by,
                closing_amount=cash,
                closing_amounts=m.ClosingAmounts(
                    cash=cash, card=from_minor(card_minor, cur), oliver_pay=zero
                ),
                closing_report_data=json.dumps(report, separators=(",", ":")),
                closing_note=note or f"Closed by {closed_by} on {self._kiosk_name}",
            )
            session = await self._finalpos.update_session(session_id, update)
            self._journal.set_meta(SESSION_KEY, None)
            self._verified = None
            await self._set_station(STATION_AVAILABLE)
            return session

    async def _resume(self) -> str | None:
        stored = self._journal.get_meta(SESSION_KEY)
        if stored is None:
            return None
        try:
            session = await self._finalpos.get_session(stored)
        except NotFoundError:
            log.warning("stored till session %s no longer exists; opening a new one", stored)
            return None
        if not session.is_open:
            log.info("till session %s was closed elsewhere; opening a new one", stored)
            return None
        return stored

    async def _open(self) -> str:
        now = self._clock()
        number = self._journal.next_counter(SESSION_COUNTER)
        # Unique per station even if the journal is lost: the date and time are part of it.
        session_number = f"{self._kiosk_name[:12]}-{now:%Y%m%d-%H%M%S}-{number}"
        created = await self._finalpos.create_session(
            m.SessionCreate(
                station_id=self._station_id,
                session_number=session_number,
                opened_by=self._kiosk_name,
                open_time=now,
                opening_amount=from_minor(0, self._currency),
                notes=[],
                closing_amounts=m.ClosingAmounts(),
                opening_note=f"Opened automatically by {self._kiosk_name}",
            )
        )
        self._journal.set_meta(SESSION_KEY, created.id)
        log.info("opened till session %s (%s)", created.id, session_number)
        await self._set_station(STATION_IN_USE)
        return created.id

    async def _set_station(self, status: str) -> None:
        try:
            await self._finalpos.update_station(self._station_id, m.StationUpdate(status=status))
        except FinalPosError as exc:
            log.warning("could not set station %s to %s: %s", self._station_id, status, exc)

    async def _closing_report(self, session_id: str) -> tuple[dict[str, object], int]:
        """Totals of this session from Final POS itself (the truth, not the local journal).

        ``taxes`` is the completed orders' ``summary.totalTaxes`` and ``taxesByRate`` the same
        taxes per rate (`taxes_by_rate`): its amounts add up to ``taxes``. ``refundTaxes`` and
        ``refundTaxesByRate`` are the same for the session's refunds (Final POS's refund
        records, ours and those made elsewhere; `refund_taxes_by_rate`), so the books can
        declare each rate net of refunds (when Final POS cannot list refunds, both are left
        out and ``refundTaxesUnlisted`` says so; see `_session_refunds`). ``refunds`` stays
        the money paid back (the refund transactions).
        """
        cur = self._currency
        orders = [o for o in await self._finalpos.list_orders() if o.session_id == session_id]
        transactions = [
            t for t in await self._finalpos.list_transactions() if t.session_id == session_id
        ]
        session_refunds = await self._session_refunds(session_id)

        def minor(value: Decimal | None) -> int:
            return 0 if value is None else amounts.minor(value, cur)

        completed = [o for o in orders if o.status == ORDER_COMPLETED]
        by_method: Counter[str] = Counter()
        sales = refunds = 0
        for tx in transactions:
            amount = minor(tx.amount)
            method = tx.payment_method or "unknown"
            if tx.refund_id or tx.type == "refund":
                refunds += amount
                by_method[method] -= amount
            elif tx.type == SALE:
                sales += amount
                by_method[method] += amount
        taxes, by_rate = taxes_by_rate(completed, cur)
        report: dict[str, object] = {
            "currency": cur,
            "orderCount": len(completed),
            "gross": str(
                from_minor(sum(minor(o.summary.total) for o in completed if o.summary), cur)
            ),
            "taxes": str(from_minor(taxes, cur)),
            "taxesByRate": by_rate,
            "sales": str(from_minor(sales, cur)),
            "refunds": str(from_minor(refunds, cur)),
            "paymentMethods": {k: str(from_minor(v, cur)) for k, v in sorted(by_method.items())},
        }
        report.update(refund_taxes_fields(session_refunds, cur))
        return report, by_method.get(CARD, 0)

    async def _session_refunds(self, session_id: str) -> list[m.Refund] | None:
        """This session's Final POS refunds (no server filter: one more listing, which leaves
        malformed records out); None, logged, when Final POS cannot list them.

        The refund listing failing alone (the transactions, with the refunds' money, were
        read) must not keep the till from closing: the report then carries no refund taxes
        but the flag saying they are missing, which the screens and the paper show.
        """
        try:
            refunds = await self._finalpos.list_refunds()
        except FinalPosError as exc:
            log.warning(
                "till session %s: refunds could not be listed (%s): the closing report has no "
                "refund taxes per rate",
                session_id,
                exc,
            )
            return None
        return [r for r in refunds if r.session_id == session_id]
