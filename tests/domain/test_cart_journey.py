"""Cart edits of issue 14: reconcile against a newer menu, undo's re-insert, table, notes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.cart import MAX_NOTE_LENGTH, Cart, CartError
from kiosk.domain.catalog import Catalog, Product, Variant


def product(pid: str, price: int, stock: int | None = None) -> Product:
    variant = Variant(f"v{pid}", pid, price, price, stock=stock)
    return Product(pid, f"P{pid}", (variant,))


def catalog(*products: Product) -> Catalog:
    return Catalog("EUR", (), products)


def test_reconcile_drops_sold_out_and_gone_lines_and_caps_to_stock() -> None:
    a, b, c = product("a", 100), product("b", 200), product("c", 300)
    cart = Cart("EUR").add(a, a.variants[0], 3).add(b, b.variants[0]).add(c, c.variants[0])
    newer = catalog(product("a", 100, stock=2), product("b", 200, stock=0))  # c is gone
    result = cart.reconcile(newer)
    assert result.changed
    assert [ln.product_id for ln in result.removed] == ["b", "c"]
    assert [(ln.product_id, ln.quantity) for ln in result.reduced] == [("a", 2)]
    assert result.cart.subtotal_minor == 200


def test_reconcile_of_a_cart_still_in_stock_is_the_same_cart() -> None:
    a = product("a", 100, stock=5)
    cart = Cart("EUR").add(a, a.variants[0], 2)
    result = cart.reconcile(catalog(a))
    assert not result.changed and result.cart is cart


@given(st.lists(st.integers(0, 5), min_size=1, max_size=6), st.data())
def test_reconcile_never_keeps_more_than_the_stock(stocks: list[int], data: st.DataObject) -> None:
    products = [product(str(i), 100 + i) for i in range(len(stocks))]
    cart = Cart("EUR")
    for p in products:
        cart = cart.add(p, p.variants[0], data.draw(st.integers(1, 9)))
    newer = catalog(*(product(str(i), 100 + i, stock=s) for i, s in enumerate(stocks)))
    result = cart.reconcile(newer)
    for line in result.cart.lines:
        assert 0 < line.quantity <= stocks[int(line.product_id)]
    kept = {ln.product_id for ln in result.cart.lines}
    assert kept == {str(i) for i, s in enumerate(stocks) if s > 0}


def test_insert_line_puts_a_removed_line_back_or_merges() -> None:
    a, b = product("a", 100), product("b", 200)
    cart = Cart("EUR").add(a, a.variants[0]).add(b, b.variants[0])
    first = cart.lines[0]
    without = cart.remove(first.line_id)
    assert without.insert_line(0, first).lines == cart.lines
    again = without.add(a, a.variants[0], 2)
    assert again.insert_line(0, first).line(first.line_id).quantity == 3


@pytest.mark.parametrize("number", ["", "12345", "7a", "-1"])
def test_a_table_number_is_one_to_four_digits(number: str) -> None:
    with pytest.raises(CartError):
        Cart("EUR").with_table_number(number)


def test_table_number_and_note_are_kept() -> None:
    a = product("a", 100)
    cart = Cart("EUR").add(a, a.variants[0]).with_table_number("0042")
    cart = cart.with_note(cart.lines[0].line_id, "  no\n onions ")
    assert cart.table_number == "0042" and cart.lines[0].note == "no onions"
    with pytest.raises(CartError):
        cart.with_note(cart.lines[0].line_id, "x" * (MAX_NOTE_LENGTH + 1))
