"""Listing pages validated from their bytes give exactly the records of the exact path."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.finalpos import models as m
from kiosk.finalpos.doubles import doubles_exact
from kiosk.finalpos.paging import _list_adapter, _valid_page


def exact(text: bytes, model: Any) -> list[Any]:
    """The exact path: json.loads with Decimals, then validation."""
    return _list_adapter(model).validate_python(json.loads(text, parse_float=Decimal))


@pytest.mark.parametrize(
    "number",
    [
        "4.5550000000000001",  # 17 digits: a double reads 4.555
        "1e-400",  # a double reads 0
        "1E+400",  # a double reads infinity
        "12345678901234567890.5",
        "1234567890123456",  # 16 digits
        "-2.5e-3",
        "1e5",
        "0.30000000000000004",
    ],
)
def test_a_number_a_double_may_not_keep_sends_the_page_the_exact_way(number: str) -> None:
    text = f'[{{"id": "v1", "price": {number}, "sku": "A"}}]'.encode()
    assert not doubles_exact(text)
    assert _valid_page(text, m.VariantRecord) is None


@pytest.mark.parametrize(
    "text",
    [
        b'[{"id": "6935d6248d23da1b84c9aa67", "productId": "1234567890123456789012ab"}]',
        b'[{"id": "v1", "price": 4.555, "salePrice": 123456789012.34}]',
        b'[{"id": "v1", "sku": "care, 2e5x, 12e45"}]',
        b"[]",
    ],
)
def test_short_numbers_and_digits_in_strings_keep_the_fast_way(text: bytes) -> None:
    assert doubles_exact(text)
    assert _valid_page(text, m.VariantRecord) == exact(text, m.VariantRecord)


def test_a_page_with_a_bad_record_or_no_array_takes_the_exact_way() -> None:
    assert _valid_page(b'[{"id": 5}]', m.VariantRecord) is None
    assert _valid_page(b'{"id": "v1"}', m.VariantRecord) is None
    assert _valid_page(b"not json", m.VariantRecord) is None
    assert _valid_page(b'[{"id": "\\ud800"}]', m.VariantRecord) is None  # json.loads takes it
    assert _valid_page(b'[{"id": "o1"}]', m.Outlet) is None  # wire models: always exact


# Numbers as a server may write them: short and long, with and without fractions and exponents.
_digits = st.text("0123456789", min_size=1, max_size=20)
_numbers = st.builds(
    lambda sign, whole, frac, exp: f"{sign}{int(whole)}{frac}{exp}",
    st.sampled_from(["", "-"]),
    _digits,
    st.one_of(st.just(""), _digits.map(lambda d: "." + d)),
    st.one_of(
        st.just(""),
        st.builds(
            lambda e, s, d: f"{e}{s}{d}",
            st.sampled_from("eE"),
            st.sampled_from(["", "+", "-"]),
            st.integers(0, 500),
        ),
    ),
)
_odd = st.sampled_from(["null", "true", '"12.5"', '" 7 "', '"abc"', "[]"])
_strings = st.text(max_size=12).map(json.dumps)
# Each field mostly of its own type (so that most pages are valid), now and then not.
_fields = {
    "price": st.one_of(_numbers, _odd),
    "salePrice": _numbers,
    "isOnSale": st.one_of(st.sampled_from(["true", "false"]), _odd),
    "sku": st.one_of(_strings, _odd),
    "barcode": _strings,
}
_stock = st.one_of(st.integers(-5, 10**20).map(str), _numbers, st.just("1e-400"))


@st.composite
def variant_pages(draw: st.DrawFn) -> bytes:
    records = []
    for i in range(draw(st.integers(0, 4))):
        names = draw(st.lists(st.sampled_from(sorted(_fields)), max_size=5))
        parts = [f'"id": "v{i}"'] + [f'"{name}": {draw(_fields[name])}' for name in names]
        parts.append(f'"inventory": [{{"stock": {draw(_stock)}, "outletId": "o1"}}]')
        records.append("{" + ", ".join(parts) + "}")
    return ("[" + ",".join(records) + "]").encode()


@settings(max_examples=300, deadline=None)
@given(variant_pages())
def test_the_fast_way_gives_what_the_exact_way_gives(text: bytes) -> None:
    fast = _valid_page(text, m.VariantRecord)
    try:
        slow = exact(text, m.VariantRecord)
    except ValueError:  # a bad record (or a number json.loads refuses): exact way, one by one
        assert fast is None
        return
    if fast is not None:  # Decimals compare exactly: 4.555 != 4.5550000000000001
        assert fast == slow
