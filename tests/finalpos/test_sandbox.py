"""FinalPosClient against the embedded Final POS sandbox: round trips and injected faults."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from kiosk.finalpos import models as m
from kiosk.finalpos.client import FinalPosClient
from kiosk.finalpos.errors import AuthError, NotFoundError, UnavailableError, ValidationError
from kiosk.finalpos.mapping import build_catalog
from kiosk.sandbox.embedded import Sandboxes


async def _no_sleep(seconds: float) -> None:
    return None


def _client(sb: Sandboxes, **kwargs) -> FinalPosClient:
    kwargs.setdefault("sleep", _no_sleep)
    return FinalPosClient.create(
        base_url=sb.info.finalpos_url, api_key=sb.info.finalpos_api_key, timeout_s=5, **kwargs
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
    session = await client.create_session(
        m.SessionCreate(
            station_id=info.station_id,
            session_number="K1-S1",
            opened_by="Kiosk 1",
            open_time=datetime(2025, 1, 29, 9, tzinfo=UTC),
            opening_amount=Decimal("0.00"),
        )
    )
    assert session.is_open and session.opening_amount == Decimal("0.00")
    assert (await client.get_session(session.id)).session_number == "K1-S1"
    transaction = await client.create_transaction(
        m.TransactionCreate(
            payment_method="credit_card",
            amount=Decimal("7.50"),
            currency="EUR",
            type="sale",
            balance=Decimal("0.00"),
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
    order = await client.create_order(_order("K1-400"))
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
    order = _order("K1-9", external_id="kiosk-lost-1")
    async with _client(finalpos_sandbox) as c:
        with pytest.raises(UnavailableError):
            await c.create_order(order)
        found = await c.find_order_by_external_id("kiosk-lost-1")
    assert found is not None and found.receipt_id == "K1-9"


def _order(receipt_id: str, external_id: str | None = None) -> m.OrderCreate:
    return m.OrderCreate(
        receipt_id=receipt_id,
        status="pending",
        source="kiosk",
        balance=Decimal("1.00"),
        external_id=external_id,
        summary=m.OrderSummary(
            discount_total=Decimal("0"), total=Decimal("1.00"), total_taxes=Decimal("0")
        ),
    )
