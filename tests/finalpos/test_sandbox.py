"""FinalPosClient against the embedded Final POS sandbox: round trips and injected faults."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest

from kiosk.domain.catalog import Catalog
from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import AuthError, NotFoundError, UnavailableError, ValidationError
from kiosk.finalpos.mapping import build_catalog
from kiosk.sandbox.embedded import Sandboxes, SandboxInfo
from tests.fixtures.finalpos import order_create


async def _no_sleep(seconds: float) -> None:
    return None


def _client(sb: Sandboxes, **kwargs) -> FinalPosClient:
    kwargs.setdefault("sleep", _no_sleep)
    return FinalPosClient.create(
        base_url=sb.info.finalpos_url, api_key=sb.info.finalpos_api_key, timeout_s=5, **kwargs
    )


def _session(station_id: str, session_number: str) -> m.SessionCreate:
    return m.SessionCreate(
        station_id=station_id,
        session_number=session_number,
        opened_by="Kiosk 1",
        open_time=datetime(2025, 1, 29, 9, tzinfo=UTC),
        opening_amount=Decimal("0.00"),
    )


def _card_payment(amount: str, **fields: Any) -> m.TransactionCreate:
    """A card transaction that leaves nothing to pay (a sale unless `type` says otherwise);
    no session of its own unless `session_id` names one."""
    fields.setdefault("type", "sale")
    fields.setdefault("session_id", "0" * 24)
    return m.TransactionCreate(
        payment_method="credit_card",
        amount=Decimal(amount),
        currency="EUR",
        balance=Decimal("0.00"),
        **fields,
    )


async def _catalog(client: FinalPosClient, info: SandboxInfo) -> Catalog:
    """The outlet's menu as the kiosk builds it from what the API lists now."""
    return build_catalog(
        await client.list_categories(),
        await client.list_products(),
        await client.list_variants(),
        outlet_id=info.outlet_id,
        currency=info.currency,
    )


@pytest.fixture
async def client(finalpos_sandbox: Sandboxes) -> AsyncIterator[FinalPosClient]:
    async with _client(finalpos_sandbox, page_size=10) as c:
        yield c


@pytest.fixture
async def shared_client(finalpos_sandbox_shared: Sandboxes) -> AsyncIterator[FinalPosClient]:
    async with _client(finalpos_sandbox_shared, page_size=7, page_concurrency=3) as c:
        yield c


async def test_outlet_and_stations(shared_client, finalpos_sandbox_shared) -> None:
    info = finalpos_sandbox_shared.info
    outlet = await shared_client.get_outlet(info.outlet_id)
    assert outlet.stripe_location_id and outlet.stripe_account_id
    assert outlet.id in {o.id for o in await shared_client.list_outlets()}
    stations = [s for s in await shared_client.list_stations() if s.outlet_id == info.outlet_id]
    assert info.station_id in {s.id for s in stations}
    station = await shared_client.get_station(info.station_id)
    assert station.name


async def test_seeded_catalog_lists_and_maps(shared_client, finalpos_sandbox_shared) -> None:
    info = finalpos_sandbox_shared.info
    categories = await shared_client.list_categories()
    products = await shared_client.list_products()
    variants = await shared_client.list_variants()
    assert len(products) > 7 and len(variants) > 7  # more than one page each
    assert len({p.id for p in products}) == len(products)
    assert all(isinstance(v.price, Decimal) for v in variants if v.price is not None)
    catalog = build_catalog(
        categories, products, variants, outlet_id=info.outlet_id, currency=info.currency
    )
    assert catalog.products and catalog.categories
    assert shared_client.skipped.total() == 0
    assert all(p.variants for p in catalog.products)


async def test_order_round_trip(client, finalpos_sandbox) -> None:
    created = await client.create_order(
        m.OrderCreate(
            receipt_id="K1-000001",
            status="pending",
            source="kiosk",
            currency="EUR",
            balance=Decimal("7.50"),
            external_id="kiosk-1-abc",
            summary=m.OrderSummary(
                discount_total=Decimal("0.00"),
                total=Decimal("7.50"),
                total_taxes=Decimal("1.25"),
                sub_total=Decimal("6.25"),
                is_tax_inclusive=True,
            ),
            line_items=[
                m.LineItem(
                    name="Espresso", quantity=3, price=Decimal("2.50"), total=Decimal("7.50")
                )
            ],
        )
    )
    assert created.id and created.balance == Decimal("7.50")
    fetched = await client.get_order(created.id)
    assert fetched.summary is not None and fetched.summary.total == Decimal("7.50")
    assert fetched.line_items and fetched.line_items[0].quantity == 3
    updated = await client.update_order(
        created.id, m.OrderUpdate(status="completed", balance=Decimal("0.00"))
    )
    assert updated.status == "completed" and updated.balance == Decimal("0.00")
    assert updated.receipt_id == "K1-000001"  # the partial PUT kept the other fields
    found = await client.find_order_by_external_id("kiosk-1-abc")
    assert found is not None and found.id == created.id
    assert created.id in {o.id for o in await client.list_orders()}


async def test_session_and_transaction_round_trip(client, finalpos_sandbox) -> None:
    info = finalpos_sandbox.info
    session = await client.create_session(_session(info.station_id, "K1-S1"))
    assert session.is_open and session.opening_amount == Decimal("0.00")
    assert (await client.get_session(session.id)).session_number == "K1-S1"
    transaction = await client.create_transaction(
        _card_payment(
            "7.50",
            session_id=session.id,
            outlet_id=info.outlet_id,
            payment_data=m.PaymentData(processor="stripe", processor_transaction_id="pi_123"),
        )
    )
    assert transaction.amount == Decimal("7.50")
    assert transaction.payment_data is not None
    assert transaction.payment_data.processor_transaction_id == "pi_123"
    assert transaction.id in {t.id for t in await client.list_transactions()}
    closed = await client.update_session(
        session.id,
        m.SessionUpdate(
            close_time=datetime(2025, 1, 29, 17, tzinfo=UTC),
            closed_by="Kiosk 1",
            closing_amounts=m.ClosingAmounts(card=Decimal("7.50")),
        ),
    )
    assert not closed.is_open and closed.opened_by == "Kiosk 1"
    station = await client.update_station(info.station_id, m.StationUpdate(status="IN_USE"))
    assert station.status == "IN_USE"


async def test_sandbox_errors_map(client, finalpos_sandbox) -> None:
    with pytest.raises(NotFoundError):
        await client.get_order("0" * 24)
    order = await client.create_order(order_create("K1-400"))
    with pytest.raises(ValidationError) as info:
        # a nested summary must be sent whole; this one lacks discountTotal and totalTaxes
        await client.update_order(
            order.id, m.OrderUpdate(summary=m.OrderSummary(total=Decimal("1.00")))
        )
    assert info.value.status_code == 400
    assert any("discountTotal" in message for message in info.value.messages)
    async with FinalPosClient.create(base_url=client.base_url, api_key="wrong") as bad:
        with pytest.raises(AuthError):
            await bad.list_outlets()


async def test_gets_survive_injected_errors_and_drops(finalpos_sandbox) -> None:
    faults = finalpos_sandbox.finalpos_faults
    faults.configure(error_rate=0.3, drop_rate=0.2, methods=["GET"], seed=11)
    async with _client(finalpos_sandbox, page_size=5, page_concurrency=1, max_get_attempts=8) as c:
        variants = await c.list_variants()
    assert len(variants) > 20
    assert faults.stats.errors > 0 and faults.stats.drops > 0


async def test_post_facing_a_drop_raises_unavailable(finalpos_sandbox) -> None:
    faults = finalpos_sandbox.finalpos_faults
    faults.configure(drop_rate=1.0, methods=["POST"])
    async with _client(finalpos_sandbox) as c:
        with pytest.raises(UnavailableError) as info:
            await c.create_customer(
                m.CustomerCreate(email="a@example.com", first_name="A", last_name="B")
            )
        assert info.value.outcome_unknown  # the request went out; we cannot know more
    assert faults.stats.drops == 1  # sent once, never retried


async def test_lost_answer_on_create_is_found_by_external_id(finalpos_sandbox) -> None:
    faults = finalpos_sandbox.finalpos_faults
    faults.configure(lost_answer_rate=1.0, methods=["POST"])
    order = order_create("K1-9", external_id="kiosk-lost-1")
    async with _client(finalpos_sandbox) as c:
        with pytest.raises(UnavailableError):
            await c.create_order(order)
        found = await c.find_order_by_external_id("kiosk-lost-1")
    assert found is not None and found.receipt_id == "K1-9"


# --- operations other services need -------------------------------------------------------


async def test_create_a_kiosk_station_in_an_outlet(client, finalpos_sandbox) -> None:
    info = finalpos_sandbox.info
    created = await client.create_station(
        m.StationCreate(
            name="Kiosk 2", outlet_id=info.outlet_id, status="AVAILABLE", is_virtual=False
        )
    )
    assert created.id and created.outlet_id == info.outlet_id
    assert created.sequence_number is not None and created.sequence_number > 3
    assert (await client.get_station(created.id)).name == "Kiosk 2"
    updated = await client.update_station(
        created.id, m.StationUpdate(stripe_terminal_id="tmr_new", device_name="Door")
    )
    assert updated.stripe_terminal_id == "tmr_new" and updated.name == "Kiosk 2"


async def test_roles_come_from_final_pos(shared_client) -> None:
    roles = {r.name: r for r in await shared_client.list_roles()}
    assert roles["Manager"].allows("refund_order")
    assert not roles["Staff"].allows("refund_order") and roles["Staff"].allows("create_order")
    again = await shared_client.get_role(roles["Staff"].id)
    assert again.permissions == roles["Staff"].permissions


async def test_marking_a_variant_sold_out_keeps_other_outlets_stock(
    client, finalpos_sandbox
) -> None:
    info = finalpos_sandbox.info
    pier = "6935d624" + "0" * 16
    variants = await client.list_variants()
    target = next(v for v in variants if v.manage_stock and len(v.inventory) >= 1)
    others_before = [i for i in target.inventory if i.outlet_id != info.outlet_id]
    updated = await client.set_variant_stock(target.id, outlet_id=info.outlet_id, stock=0)
    assert updated.stock_at(info.outlet_id) == 0
    assert [i for i in updated.inventory if i.outlet_id != info.outlet_id] == others_before
    # a variant whose stock was not managed, at an outlet it had no entry for
    free = next(v for v in variants if not v.manage_stock)
    updated = await client.set_variant_stock(
        free.id, outlet_id=pier, stock=5, allow_backorder=False
    )
    assert updated.manage_stock is True and updated.allow_backorder is False
    assert updated.stock_at(pier) == 5 and updated.stock_at(info.outlet_id) == 0
    assert updated.price == free.price  # the partial PUT kept the price (a JSON number)
    stored = finalpos_sandbox.finalpos_store.get(
        finalpos_sandbox.finalpos_company_id, "variants", free.id
    )
    assert stored is not None and isinstance(stored["price"], int | float)
    # every channel sees it: the kiosk's own menu now shows the product sold out here
    catalog = await _catalog(client, info)
    product = catalog.product(target.product_id or "")
    assert product is not None
    assert not next(v for v in product.variants if v.id == target.id).available


async def test_an_order_deleted_in_the_back_office_is_gone(client) -> None:
    order = await client.create_order(order_create("K1-DEL", external_id="kiosk-del-1"))
    result = await client.delete_order(order.id)
    assert result.status_code == 200 and order.id in (result.message or "")
    with pytest.raises(NotFoundError):
        await client.get_order(order.id)
    assert await client.find_order_by_external_id("kiosk-del-1") is None
    with pytest.raises(NotFoundError):
        await client.delete_order(order.id)


async def test_a_session_closed_in_the_back_office_reads_closed(client, finalpos_sandbox) -> None:
    import httpx

    info = finalpos_sandbox.info
    session = await client.create_session(_session(info.station_id, "K1-S9"))
    assert (await client.get_session(session.id)).is_open
    # The back office is just another API client: a partial PUT with the closing fields.
    async with httpx.AsyncClient(
        base_url=info.finalpos_url, headers={"x-api-key": info.finalpos_api_key}
    ) as back_office:
        answer = await back_office.put(
            f"/v1/api/session/{session.id}",
            json={
                "closeTime": "2025-01-29T17:00:00.000Z",
                "closedBy": "Manager",
                "closingAmount": "0.00",
                "closingAmounts": {"cash": "0.00", "card": "7.50", "oliverPay": "0.00"},
                "closingReportData": '{"sales": "7.50"}',
                "closingNote": "closed from Manage",
            },
        )
        assert answer.status_code == 200
    closed = await client.get_session(session.id)
    assert not closed.is_open
    assert closed.close_time == datetime(2025, 1, 29, 17, tzinfo=UTC)
    assert closed.closed_by == "Manager" and closed.closing_note == "closed from Manage"
    assert closed.closing_amounts is not None
    assert closed.closing_amounts.card == Decimal("7.50")
    assert closed.opening_note == session.opening_note  # the rest was kept


async def test_find_orders_by_prefix_and_time_newest_first(client) -> None:
    import asyncio

    made = []
    for n in range(4):
        made.append(await client.create_order(order_create(f"K1-F{n}", external_id=f"kiosk-A-{n}")))
        await asyncio.sleep(0.002)  # distinct createdAt (milliseconds)
    await client.create_order(order_create("K2-F", external_id="kiosk-B-1"))
    await client.create_order(order_create("K1-none"))
    mine = await client.find_orders(external_id_prefix="kiosk-A-")
    assert [o.id for o in mine] == [o.id for o in reversed(made)]
    assert made[2].created_at is not None
    recent = await client.find_orders(external_id_prefix="kiosk-A-", since=made[2].created_at)
    assert [o.id for o in recent] == [made[3].id, made[2].id]
    # a late commit's duplicate: both orders with one externalId are returned
    dup = await client.create_order(order_create("K1-F1b", external_id="kiosk-A-1"))
    assert {o.id for o in await client.find_orders(external_id="kiosk-A-1")} == {
        made[1].id,
        dup.id,
    }
    with pytest.raises(ValueError, match="aware"):
        await client.find_orders(since=datetime(2025, 1, 1))


async def test_refund_with_its_payout_transaction(client, finalpos_sandbox) -> None:
    info = finalpos_sandbox.info
    order = await client.create_order(order_create("K1-R1", external_id="kiosk-r-1"))
    sale = await client.create_transaction(
        _card_payment("1.00", order_id=order.id, external_id="kiosk-r-1")
    )
    refund = await client.create_refund(
        m.RefundCreate(
            order_id=order.id,
            session_id="0" * 24,
            currency="EUR",
            reason="spilt",
            refunded_by="Manager",
            external_id="refund-1",
            line_items=[
                m.LineItem(
                    name="Espresso",
                    quantity=1,
                    price=Decimal("1.00"),
                    total=Decimal("1.00"),
                    taxes=[m.TaxLine(name="standard", amount=Decimal("0.17"), percentage=20)],
                )
            ],
            summary=m.RefundSummary(
                total=Decimal("1.00"), sub_total=Decimal("0.83"), total_taxes=Decimal("0.17")
            ),
            payment=[
                m.RefundPayment(
                    payment_type="credit_card", amount=Decimal("1.00"), transaction_id=sale.id
                )
            ],
        )
    )
    assert refund.line_items and refund.line_items[0].taxes[0].percentage == 20
    payout = await client.create_transaction(
        _card_payment(
            "1.00", type="refund", order_id=order.id, refund_id=refund.id, outlet_id=info.outlet_id
        )
    )
    assert (await client.get_refund(refund.id)).reason == "spilt"
    assert refund.id in {r.id for r in await client.list_refunds()}
    assert [t.id for t in await client.find_transactions(refund_id=refund.id)] == [payout.id]
    by_order = await client.find_transactions(order_id=order.id)
    assert {t.id for t in by_order} == {sale.id, payout.id}
    assert [t.id for t in await client.find_transactions(order_id=order.id, type="sale")] == [
        sale.id
    ]
    assert (await client.get_transaction(payout.id)).refund_id == refund.id


async def test_a_price_nobody_can_pay_hides_only_its_product(client, finalpos_sandbox) -> None:
    info = finalpos_sandbox.info
    variants = await client.list_variants()
    victim = next(v for v in variants if v.product_id and not v.manage_stock)
    await client.update_variant(victim.id, m.VariantUpdate(price=Decimal("1e20")))
    raw = finalpos_sandbox.finalpos_store.get(
        finalpos_sandbox.finalpos_company_id, "variants", victim.id
    )
    assert raw is not None and raw["price"] == 1e20
    catalog = await _catalog(client, info)
    assert catalog.product(victim.product_id or "") is None
    assert len(catalog.products) > 20
    assert catalog.skipped == 2


async def test_a_duplicate_sale_can_be_noted_and_deleted(client) -> None:
    body = _card_payment("2.00", external_id="kiosk-dup-1")
    first = await client.create_transaction(body)
    second = await client.create_transaction(body)  # what a late commit leaves behind
    found = await client.find_transactions(external_id="kiosk-dup-1", type="sale")
    assert {t.id for t in found} == {first.id, second.id}
    noted = await client.update_transaction(
        second.id, m.TransactionUpdate(notes="duplicate of " + first.id)
    )
    assert noted.notes == "duplicate of " + first.id and noted.amount == Decimal("2.00")
    assert (await client.delete_transaction(second.id)).status_code == 200
    assert [t.id for t in await client.find_transactions(external_id="kiosk-dup-1")] == [first.id]


async def test_customer_update_round_trip(client) -> None:
    customer = await client.create_customer(
        m.CustomerCreate(email="ada@example.com", first_name="Ada", last_name="Lovelace")
    )
    updated = await client.update_customer(customer.id, m.CustomerUpdate(phone="+4412345"))
    assert updated.phone == "+4412345" and updated.email == "ada@example.com"


async def test_a_late_commit_lands_after_the_deadline_gave_up(finalpos_sandbox) -> None:
    import asyncio
    import time

    faults = finalpos_sandbox.finalpos_faults
    faults.configure(late_commit_rate=1.0, late_commit_s=2.0, methods=["POST"])
    async with _client(finalpos_sandbox, deadline_s=0.4) as c:
        started = time.monotonic()
        with pytest.raises(UnavailableError) as info:
            await c.create_order(order_create("K1-LATE", external_id="kiosk-late-1"))
        assert time.monotonic() - started < 1.0  # the deadline, not the server, ended it
        assert info.value.outcome_unknown
        assert await c.find_orders(external_id="kiosk-late-1") == []  # not yet...
        for _ in range(50):
            await asyncio.sleep(0.1)
            found = await c.find_orders(external_id="kiosk-late-1")
            if found:
                break
        assert [o.receipt_id for o in found] == ["K1-LATE"]  # ...then it is there
