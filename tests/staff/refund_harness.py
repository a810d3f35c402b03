"""Refund wiring on the checkout harness; the refund invariants read from the sandboxes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.money import to_minor
from kiosk.services.refunds import RefundBoundary, RefundJournal, RefundService
from kiosk.services.staff.desk import StaffDesk
from tests.services.harness import Services, Stack, StackConfig, build_services, cart


@dataclass
class RefundStack:
    services: Services
    refunds: RefundService
    journal: RefundJournal

    def staff_desk(self, config: StackConfig, **kwargs: Any) -> StaffDesk:
        """The staff desk on these services, as the app wires it (`kwargs`: the callbacks a
        test needs, e.g. sync_menu, show_on_reader, receipts)."""
        s = self.services
        return StaffDesk(
            finalpos=s.finalpos,
            gateway=s.gateway,
            journal=s.journal,
            session=s.session,
            checkout=s.checkout,
            recovery=s.recovery,
            refunds=self.refunds,
            currency="EUR",
            outlet_id=config.outlet_id,
            reader_id=config.reader_id,
            **kwargs,
        )


@asynccontextmanager
async def build_refunds(
    config: StackConfig,
    data_dir: Path,
    *,
    hook: Callable[[RefundBoundary], None] | None = None,
    **kwargs: Any,
) -> AsyncIterator[RefundStack]:
    async with build_services(config, data_dir, **kwargs) as services:
        journal = RefundJournal.in_dir(data_dir)
        refunds = RefundService(
            finalpos=services.finalpos,
            gateway=services.gateway,
            checkouts=services.journal,
            journal=journal,
            session=services.session,
            outlet_id=config.outlet_id,
            retry_attempts=3,
            retry_base_s=0.02,
            retry_max_s=0.3,
            step_hook=hook,
        )
        try:
            yield RefundStack(services, refunds, journal)
        finally:
            journal.close()


async def paid_checkout(services: Services, index: int = 0) -> str:
    pending = await services.checkout.begin_async(cart(index))
    result = await services.checkout.pay_async(pending.checkout_id)
    assert result.outcome == "paid", result
    assert await services.checkout.wait_books_async(pending.checkout_id)  # sale posted after PAID
    return pending.checkout_id


@dataclass
class RefundReport:
    stripe_refunds: int = 0
    stripe_refunded_minor: int = 0
    finalpos_refunds: int = 0
    payouts: int = 0
    violations: list[str] = field(default_factory=list)


def check_refund_invariants(stack: Stack, order_id: str, refund_ids: list[str]) -> RefundReport:
    """Never more than captured, never twice, each refund in Final POS exactly once."""
    report = RefundReport()
    cur = stack.config.currency
    [order] = [o for o in stack.docs("orders") if o["id"] == order_id]
    [intent] = [
        pi
        for pi in stack.intents()
        if (pi.get("metadata") or {}).get("checkout_id") == order.get("externalId")
    ]
    refunds = [
        r
        for r in stack.stripe_state.refunds(stack.config.stripe_account)
        if r.get("payment_intent") == intent["id"]
    ]
    report.stripe_refunds = len(refunds)
    report.stripe_refunded_minor = sum(int(r["amount"]) for r in refunds)
    v = report.violations
    if report.stripe_refunded_minor > int(intent["amount_received"]):
        v.append(f"refunded {report.stripe_refunded_minor} > captured {intent['amount_received']}")
    if len(refunds) != len(refund_ids):
        v.append(f"{len(refunds)} Stripe refunds for {len(refund_ids)} kiosk refunds")
    fp_refunds = [r for r in stack.docs("refunds") if r.get("orderId") == order_id]
    payouts = [t for t in stack.docs("transactions") if t.get("type") == "refund"]
    report.finalpos_refunds = len(fp_refunds)
    stripe_by_amount = sorted(int(r["amount"]) for r in refunds)
    for rid in refund_ids:
        mine = [r for r in fp_refunds if r.get("externalId") == rid]
        if len(mine) != 1:
            v.append(f"{rid}: {len(mine)} Final POS refunds")
            continue
        amount = to_minor(mine[0]["summary"]["total"], cur)
        pays = [t for t in payouts if t.get("externalId") == rid]
        report.payouts += len(pays)
        if len(pays) != 1:
            v.append(f"{rid}: {len(pays)} payout transactions")
        elif pays[0].get("refundId") != mine[0]["id"]:
            v.append(f"{rid}: payout refundId {pays[0].get('refundId')} != {mine[0]['id']}")
        elif to_minor(pays[0]["amount"], cur) != amount:
            v.append(f"{rid}: payout {pays[0]['amount']} != refund {amount}")
        if amount not in stripe_by_amount:
            v.append(f"{rid}: Final POS refund {amount} matches no Stripe refund")
    meta = {md.get("key"): md.get("value") for md in order.get("metadata") or []}
    total = to_minor(meta.get("refundedTotal") or "0", cur)
    if refund_ids and total != report.stripe_refunded_minor:
        v.append(f"order refundedTotal {total} != Stripe refunded {report.stripe_refunded_minor}")
    return report
