"""Staff refunds: Stripe refund -> Final POS refund -> payout transaction -> order updated.

A refund is journaled exactly like a checkout, in its own SQLite file (`REFUND_FILE`, WAL,
``synchronous=FULL``) next to the checkout journal: every step is written before its side
effect ("…ing") and after it ("…ed"), so after a crash `settle_async` knows which system to
ask. The order of side effects, and why:

1. journal the refund (its id, the PaymentIntent, the lines and amount) after checking the
   amount against what was captured and already refunded;
2. ``POST /v1/refunds`` on Stripe with an idempotency key derived from the refund id
   (``kiosk-refund:<refund id>``): asking again after a lost answer returns the same refund, so
   money goes back at most once. Stripe keeps keys 24 h; past that, the PaymentIntent's
   ``amount_refunded`` is compared with what the journal expected before the call;
3. ``POST /v1/api/refunds`` in Final POS (``externalId`` = refund id, found again by it after a
   lost answer) with the refunded lines, their taxes and the card payout line;
4. ``POST /v1/api/transactions``: the payout, ``type`` "refund", ``refundId`` = the Final POS
   refund, ``externalId`` = refund id (found again the same way);
5. ``PUT`` the order's metadata ``refundedTotal`` / ``refundIds`` (computed from the journal, so
   a replay writes the same values). The order's status stays "completed": Final POS documents
   no refunded status, and the till session's report counts refunds from the transactions.

Cash (a station's cash sale, `RefundService(cash_checkouts=...)`): the same journal and steps
without step 2. The Final POS refund's payout line has ``paymentType`` "cash" and the payout
transaction ``paymentMethod`` "cash" in the till session open now, so the session's closing
report counts it against the drawer (expected cash = float + cash sales - cash refunds).
Capped by what the sale took less what this journal refunded on it.

Steps 3 and 4 create at most once even after a late commit (`kiosk.services.posting.OnceCreator`,
its markers in the refund journal): after a create whose answer never came, nothing is posted
again until a look-up after the quiet period still finds nothing.

Never more than captured: a refund is refused (nothing sent) when its amount exceeds the
PaymentIntent's ``amount_received`` minus the larger of Stripe's ``amount_refunded`` and what this
journal has refunded or is refunding on that PaymentIntent. Line amounts are cumulative: the k-th
unit of a line refunds ``round(total * k / quantity) - already``, so partial refunds of a line
add up exactly to its total.

Outcome codes only; the UI owns the words. The `step_hook` is called at each
`RefundBoundary` (the crash-matrix tests kill the process there).
"""

from kiosk.services.refunds.journal import REFUND_FILE, RefundJournal
from kiosk.services.refunds.lines import sold_lines
from kiosk.services.refunds.model import (
    Refundable,
    RefundableLine,
    RefundBoundary,
    RefundEntry,
    RefundError,
    RefundLine,
    RefundMethod,
    RefundOutcome,
    RefundReason,
    RefundRecoveryReport,
    RefundResult,
    RefundStep,
)
from kiosk.services.refunds.ports import RefundFinalPos
from kiosk.services.refunds.service import ATTENTION_AFTER_ATTEMPTS, RefundService
from kiosk.services.refunds.steps import REFUND_TYPE

__all__ = [
    "ATTENTION_AFTER_ATTEMPTS",
    "REFUND_FILE",
    "REFUND_TYPE",
    "RefundBoundary",
    "RefundEntry",
    "RefundError",
    "RefundFinalPos",
    "RefundJournal",
    "RefundLine",
    "RefundMethod",
    "RefundOutcome",
    "RefundReason",
    "RefundRecoveryReport",
    "RefundResult",
    "RefundService",
    "RefundStep",
    "Refundable",
    "RefundableLine",
    "sold_lines",
]
