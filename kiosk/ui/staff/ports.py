"""What staff mode needs from the rest of the app, as structural types.

`StaffPort` is implemented by `kiosk.services.staff.desk.StaffDesk`, which the composition
root builds from the Backend's services (see its docstring for the arguments);
`SignInPort` by `kiosk.services.staff.StaffAuthenticator` over ``Settings.staff``. The
customer mode's side (pause ordering, the cart, paying) is wired by `kiosk.ui.factory`,
and leaving the app by the ``exit_app`` callable the app passes in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from kiosk.services.receipts import PrintOutcome
from kiosk.services.refunds import Refundable, RefundReason, RefundResult
from kiosk.services.staff import SignInResult
from kiosk.services.staff.desk import (
    AttentionRow,
    ClosingReport,
    DeskOutcome,
    OrderDetail,
    OrderRow,
    ReaderStatus,
    TillSummary,
)


class SignInPort(Protocol):
    async def sign_in_async(self, pin: str) -> SignInResult: ...


class StaffPort(Protocol):
    """Till session, orders, refunds, attention items, reader and ordering controls."""

    currency: str

    async def till_async(self) -> tuple[DeskOutcome, TillSummary | None]: ...

    async def open_session_async(
        self, *, opened_by: str, note: str
    ) -> tuple[DeskOutcome, TillSummary | None]: ...

    async def close_session_async(
        self, *, closed_by: str, note: str
    ) -> tuple[DeskOutcome, ClosingReport | None]: ...

    @property
    def can_print_report(self) -> bool: ...

    async def print_report_async(
        self, report: ClosingReport, *, translate: Callable[[str], str] | None = None
    ) -> PrintOutcome: ...

    def orders_today(self, query: str = "") -> list[OrderRow]: ...

    async def orders_today_async(self, query: str = "") -> tuple[DeskOutcome, list[OrderRow]]: ...

    async def order_detail_async(
        self, checkout_id: str
    ) -> tuple[DeskOutcome, OrderDetail | None]: ...

    def refundable(self, checkout_id: str) -> Refundable: ...

    def refund_amount(self, checkout_id: str, quantities: dict[int, int] | None) -> int: ...

    async def refund_async(
        self,
        checkout_id: str,
        *,
        quantities: dict[int, int] | None,
        reason: RefundReason,
        note: str,
        refunded_by: str,
    ) -> RefundResult: ...

    def attention(self) -> list[AttentionRow]: ...

    @property
    def attention_count(self) -> int: ...

    async def retry_async(self, row: AttentionRow) -> DeskOutcome: ...

    async def mark_handled_async(self, row: AttentionRow, *, note: str, by: str) -> DeskOutcome: ...

    async def reader_async(self) -> tuple[DeskOutcome, ReaderStatus | None]: ...

    async def reader_test_async(self, text: str) -> DeskOutcome: ...

    async def sync_menu_async(self) -> DeskOutcome: ...

    async def set_sold_out_async(self, variant_ids: Sequence[str]) -> DeskOutcome: ...
