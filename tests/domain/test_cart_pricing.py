from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.cart import Cart, CartError
from kiosk.domain.catalog import Attribute, Product, Variant
from kiosk.domain.pricing import TaxRate, allocate, price_cart, tax_amount

RATES = {
    "standard": TaxRate("standard", Decimal("20"), inclusive=True),
    "reduced": TaxRate("reduced", Decimal("10"), inclusive=True),
    "sales": TaxRate("sales", Decimal("8.875"), inclusive=False),
}


def product(pid: str, price: int, *, stock: int | None = None, tax: str = "standard") -> Product:
    variant = Variant(
        id=f"v{pid}", product_id=pid, price_minor=price, regular_price_minor=price, stock=stock
    )
    return Product(id=pid, name=f"P{pid}", variants=(variant,), tax_table=tax)


def test_add_merges_same_variant_and_totals() -> None:
    p = product("1", 350)
    cart = Cart("EUR").add(p, p.variants[0]).add(p, p.variants[0], 2)
    assert len(cart.lines) == 1
    assert cart.count == 3
    assert cart.subtotal_minor == 1050


def test_quantity_edits_and_remove() -> None:
    a, b = product("1", 100), product("2", 250)
    cart = Cart("EUR").add(a, a.variants[0]).add(b, b.variants[0])
    line_id = cart.lines[0].line_id
    cart = cart.set_quantity(line_id, 5)
    assert cart.line(line_id).quantity == 5
    assert cart.set_quantity(line_id, 0).count == 1
    assert cart.remove(line_id).lines[0].product_id == "2"
    with pytest.raises(CartError):
        cart.set_quantity(line_id, 100)
    with pytest.raises(CartError):
        cart.remove("nope")
    assert cart.clear().is_empty


def test_sold_out_and_stock_limits() -> None:
    sold_out = product("1", 100, stock=0)
    with pytest.raises(CartError, match="sold out"):
        Cart("EUR").add(sold_out, sold_out.variants[0])
    two_left = product("2", 100, stock=2)
    cart = Cart("EUR").add(two_left, two_left.variants[0], 2)
    with pytest.raises(CartError, match="only 2"):
        cart.add(two_left, two_left.variants[0])


def test_variant_of_other_product_refused() -> None:
    a, b = product("1", 100), product("2", 100)
    with pytest.raises(CartError):
        Cart("EUR").add(a, b.variants[0])


@pytest.mark.parametrize(
    ("amount", "rate", "tax"),
    [
        (1200, RATES["standard"], 200),  # 12.00 incl. 20 % holds 2.00
        (1000, RATES["standard"], 167),  # 166.67 rounds half up
        (550, RATES["reduced"], 50),
        (1000, RATES["sales"], 89),  # 88.75 -> 89
        (0, RATES["standard"], 0),
    ],
)
def test_tax_amount_table(amount: int, rate: TaxRate, tax: int) -> None:
    assert tax_amount(amount, rate) == tax


def test_price_cart_inclusive_mixed_tables() -> None:
    coffee, cake = product("1", 350), product("2", 420, tax="reduced")
    cart = Cart("EUR").add(coffee, coffee.variants[0], 2).add(cake, cake.variants[0])
    totals = price_cart(cart, RATES, "standard")
    assert totals.subtotal_minor == 1120
    assert totals.total_minor == 1120  # inclusive: the menu price is what is paid
    assert {t.name: t.amount_minor for t in totals.taxes} == {"standard": 117, "reduced": 38}
    assert totals.tax_minor == 155
    assert totals.tax_inclusive
    assert sum(pl.tax_minor for pl in totals.lines) == totals.tax_minor


def test_price_cart_exclusive_adds_tax_and_unknown_table_falls_back() -> None:
    a = product("1", 1000, tax="sales")
    b = product("2", 500, tax="no-such-table")
    totals = price_cart(Cart("USD").add(a, a.variants[0]).add(b, b.variants[0]), RATES, "standard")
    assert totals.total_minor == 1500 + 89
    assert not totals.tax_inclusive
    assert totals.lines[1].tax_name == "standard"
    assert sum(pl.gross_minor for pl in totals.lines) == totals.total_minor


def test_unknown_default_table_is_an_error() -> None:
    with pytest.raises(KeyError):
        price_cart(Cart("EUR"), RATES, "missing")


@given(
    st.integers(min_value=0, max_value=10**7),
    st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=20),
)
def test_allocate_is_exact_and_proportional(total: int, weights: list[int]) -> None:
    parts = allocate(total, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
        return
    assert sum(parts) == total
    for part, weight in zip(parts, weights, strict=True):
        assert abs(part - total * weight / sum(weights)) < 1


@given(
    st.lists(
        st.tuples(st.integers(1, 5000), st.integers(1, 9), st.sampled_from(sorted(RATES))),
        min_size=1,
        max_size=12,
    )
)
def test_totals_are_consistent(spec: list[tuple[int, int, str]]) -> None:
    cart = Cart("EUR")
    for index, (price, qty, tax) in enumerate(spec):
        p = product(str(index), price, tax=tax)
        cart = cart.add(p, p.variants[0], qty)
    totals = price_cart(cart, RATES, "standard")
    assert sum(pl.gross_minor for pl in totals.lines) == totals.total_minor
    assert sum(pl.tax_minor for pl in totals.lines) == totals.tax_minor
    assert totals.total_minor >= totals.subtotal_minor
    assert all(pl.tax_minor >= 0 for pl in totals.lines)


def test_variant_resolution_by_attributes() -> None:
    from kiosk.domain.catalog import option_states, resolve_variant

    def v(vid: str, size: str, milk: str, stock: int | None = None) -> Variant:
        return Variant(
            id=vid,
            product_id="latte",
            price_minor=300,
            regular_price_minor=300,
            options=(("Size", size), ("Milk", milk)),
            stock=stock,
        )

    latte = Product(
        id="latte",
        name="Latte",
        variants=(v("a", "Small", "Whole"), v("b", "Large", "Whole"), v("c", "Large", "Oat", 0)),
        attributes=(Attribute("Size", ("Small", "Large")), Attribute("Milk", ("Whole", "Oat"))),
    )
    assert resolve_variant(latte, {"Size": "Large"}) is None
    assert resolve_variant(latte, {"Size": "Large", "Milk": "Whole"}).id == "b"  # type: ignore[union-attr]
    milk = {
        s.value: (s.exists, s.available) for s in option_states(latte, {"Size": "Small"}, "Milk")
    }
    assert milk == {"Whole": (True, True), "Oat": (False, False)}
    milk = {
        s.value: (s.exists, s.available) for s in option_states(latte, {"Size": "Large"}, "Milk")
    }
    assert milk == {"Whole": (True, True), "Oat": (True, False)}
