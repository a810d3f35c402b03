"""Small fakes that follow the service signatures the view-models are written against."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from kiosk.domain.cart import Cart
from kiosk.domain.catalog import Attribute, Catalog, Category, Product, Variant
from kiosk.domain.pricing import TaxRate, Totals, price_cart

RATES = {
    "standard": TaxRate("VAT 20%", Decimal("20"), inclusive=True),
    "reduced": TaxRate("VAT 10%", Decimal("10"), inclusive=True),
}


def price(cart: Cart) -> Totals:
    return price_cart(cart, RATES, "standard")


LONG_NAME = "Slow-roasted tomato & basil soup with sourdough"


def make_catalog(currency: str = "EUR") -> Catalog:
    """A café menu that exercises every case the screens show."""
    cats = (
        Category("coffee", "Coffee", menu_order=1),
        Category("hot", "Hot coffee", parent_id="coffee", menu_order=1),
        Category("iced", "Iced coffee", parent_id="coffee", menu_order=2),
        Category("food", "Food", menu_order=2),
        Category("soup", "Soups", menu_order=3),
        Category("empty", "Nothing yet", menu_order=4),
    )
    size_milk = (
        Attribute("Size", ("Small", "Medium", "Large")),
        Attribute("Milk", ("Whole", "Oat", "Soy")),
    )
    latte_variants = []
    prices = {"Small": 320, "Medium": 370, "Large": 420}
    n = 0
    for size in ("Small", "Medium", "Large"):
        for milk in ("Whole", "Oat", "Soy"):
            if size == "Small" and milk == "Soy":
                continue  # a combination that does not exist
            n += 1
            latte_variants.append(
                Variant(
                    f"latte-{n}",
                    "latte",
                    prices[size] + (40 if milk != "Whole" else 0),
                    prices[size] + (40 if milk != "Whole" else 0),
                    options=(("Size", size), ("Milk", milk)),
                    stock=0 if (size, milk) == ("Large", "Oat") else None,
                )
            )
    products = (
        Product(
            "latte",
            "Caffè latte",
            tuple(latte_variants),
            category_ids=("hot",),
            attributes=size_milk,
            description="Double espresso with silky steamed milk.",
            image_url="http://img/latte.svg",
        ),
        Product(
            "espresso",
            "Espresso",
            (Variant("esp-1", "espresso", 250, 250),),
            category_ids=("hot",),
            image_url="http://img/espresso.svg",
        ),
        Product(
            "cold-brew",
            "Cold brew",
            (Variant("cb-1", "cold-brew", 380, 450, on_sale=True),),
            category_ids=("iced",),
            image_url="http://img/cold-brew.svg",
        ),
        Product(
            "croissant",
            "Butter croissant",
            (Variant("cr-1", "croissant", 280, 280, stock=0),),
            category_ids=("food",),
        ),
        Product(
            "cookie",
            "Chocolate chip cookie",
            (Variant("ck-1", "cookie", 220, 220, stock=2),),
            category_ids=("food",),
            tax_table="reduced",
        ),
        Product(
            "soup",
            LONG_NAME,
            (
                Variant("soup-s", "soup", 590, 590, options=(("Size", "Cup"),)),
                Variant("soup-l", "soup", 790, 790, options=(("Size", "Bowl"),)),
            ),
            category_ids=("soup",),
            attributes=(Attribute("Size", ("Cup", "Bowl")),),
            description="Roasted for hours with garlic and thyme, served with warm sourdough.",
        ),
    )
    # allergens and dietary tags as the mapping reads them from Final POS tags
    labels = {
        "latte": (("milk",), ("vegetarian",)),
        "espresso": ((), ("vegan",)),
        "croissant": (("gluten", "eggs", "milk"), ("vegetarian",)),
        "cookie": (("gluten", "milk", "nuts"), ()),
        "soup": (("celery", "milk"), ("vegetarian", "gluten_free")),
    }
    products = tuple(
        replace(p, allergens=labels[p.id][0], dietary=labels[p.id][1]) if p.id in labels else p
        for p in products
    )
    return Catalog(currency, cats, products)


class Outcome(StrEnum):
    PAID = "paid"
    DECLINED = "declined"
    CANCELED = "canceled"
    TIMED_OUT = "timed_out"
    READER_UNAVAILABLE = "reader_unavailable"
    FAILED = "failed"


@dataclass(frozen=True)
class Pending:
    checkout_id: str
    order_number: str
    totals: Totals


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    checkout_id: str
    order_number: str | None
    code: str  # a ResultCode value; the view-model owns the wording
    can_retry: bool
    decline: str | None = None


class Unavailable(Exception):
    """Stands in for CheckoutUnavailable."""


class FakeCheckoutService:
    """Each pay waits for a card (`present(outcome)`) or the cancel event, like a reader."""

    def __init__(self) -> None:
        self.begun: list[Cart] = []
        self.abandoned: list[str] = []
        self.pay_calls = 0
        self.card_wait_factors: list[float] = []
        self.unavailable = False
        self.timeout_retryable = True
        self._card: asyncio.Future[Outcome] | None = None
        self.waiting = asyncio.Event()

    def price(self, cart: Cart) -> Totals:
        return price(cart)

    async def begin_async(self, cart: Cart) -> Pending:
        await asyncio.sleep(0)
        if self.unavailable:
            raise Unavailable("Ordering is paused: the till is not reachable.")
        self.begun.append(cart)
        return Pending(f"co_{len(self.begun)}", f"A{len(self.begun):03d}", price(cart))

    async def pay_async(
        self,
        checkout_id: str,
        *,
        cancel: asyncio.Event | None = None,
        on_status: Callable[[str], None] | None = None,
        card_wait_factor: float = 1.0,
    ) -> Result:
        self.pay_calls += 1
        self.card_wait_factors.append(card_wait_factor)
        notify = on_status or (lambda _s: None)
        notify("preparing")
        await asyncio.sleep(0)
        notify("waiting_for_card")
        self._card = asyncio.get_running_loop().create_future()
        self.waiting.set()
        waiters: list[asyncio.Future[object]] = [self._card]  # type: ignore[list-item]
        cancel_task = None
        if cancel is not None:
            cancel_task = asyncio.ensure_future(cancel.wait())
            waiters.append(cancel_task)
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self.waiting.clear()
            if cancel_task is not None:
                cancel_task.cancel()
        if not self._card.done():
            self._card.cancel()
            return Result(Outcome.CANCELED, checkout_id, None, "canceled", True)
        outcome = self._card.result()
        notify("authorising")
        await asyncio.sleep(0)
        number = f"A{checkout_id.removeprefix('co_').zfill(3)}"
        if outcome is Outcome.PAID:
            notify("finishing")
            return Result(outcome, checkout_id, number, "paid", False)
        if outcome is Outcome.DECLINED:
            return Result(outcome, checkout_id, None, "declined", True, "declined")
        retry = outcome is Outcome.READER_UNAVAILABLE or (
            outcome is Outcome.TIMED_OUT and self.timeout_retryable
        )
        code = "needs_staff" if outcome is Outcome.FAILED else outcome.value
        return Result(outcome, checkout_id, None, code, retry)

    def present(self, outcome: Outcome) -> None:
        assert self._card is not None and not self._card.done(), "no card is awaited"
        self._card.set_result(outcome)

    async def abandon_async(self, checkout_id: str) -> None:
        await asyncio.sleep(0)
        self.abandoned.append(checkout_id)


class FakeImageStore:
    """Serves files from a folder by the URL's last path segment."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fetched: list[str] = []

    def local_path(self, url: str) -> Path | None:
        path = self.folder / url.rsplit("/", 1)[-1]
        return path if path.exists() else None

    async def fetch_async(self, urls: Iterable[str]) -> None:
        self.fetched.extend(urls)
