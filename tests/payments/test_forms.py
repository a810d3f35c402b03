"""The sandbox's decoder for Stripe's form-encoded bracket bodies."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stripe._encode import _api_encode

from kiosk.sandbox.stripe.forms import FormError, decode_form, decode_pairs, split_key


@pytest.mark.parametrize(
    ("key", "parts"),
    [
        ("amount", ["amount"]),
        ("metadata[order]", ["metadata", "order"]),
        ("cart[line_items][0][amount]", ["cart", "line_items", "0", "amount"]),
        ("expand[]", ["expand", ""]),
    ],
)
def test_split_key(key: str, parts: list[str]) -> None:
    assert split_key(key) == parts


@pytest.mark.parametrize("key", ["", "a[b", "a]b[", "[a]", "a[b]c"])
def test_split_key_rejects_malformed(key: str) -> None:
    with pytest.raises(FormError):
        split_key(key)


def test_nested_body_as_the_sdk_sends_it() -> None:
    body = urlencode(
        [
            ("type", "cart"),
            ("cart[currency]", "eur"),
            ("cart[line_items][0][amount]", "500"),
            ("cart[line_items][0][description]", "Flat white"),
            ("cart[line_items][0][quantity]", "1"),
            ("cart[line_items][1][amount]", "350"),
            ("cart[line_items][1][description]", "Croissant & jam"),
            ("cart[line_items][1][quantity]", "2"),
            ("cart[total]", "1200"),
            ("payment_method_types[0]", "card_present"),
            ("metadata[order_id]", "o 1"),
            ("metadata[empty]", ""),
        ]
    )
    assert decode_form(body) == {
        "type": "cart",
        "cart": {
            "currency": "eur",
            "line_items": [
                {"amount": "500", "description": "Flat white", "quantity": "1"},
                {"amount": "350", "description": "Croissant & jam", "quantity": "2"},
            ],
            "total": "1200",
        },
        "payment_method_types": ["card_present"],
        "metadata": {"order_id": "o 1", "empty": ""},
    }


def test_indices_order_numerically_not_lexically() -> None:
    pairs = [(f"a[{i}]", str(i)) for i in (10, 2, 0, 1, 3, 4, 5, 6, 7, 8, 9)]
    assert decode_pairs(pairs) == {"a": [str(i) for i in range(11)]}


def test_empty_brackets_append() -> None:
    assert decode_form(b"expand[]=a&expand[]=b") == {"expand": ["a", "b"]}


@pytest.mark.parametrize(
    "body",
    [
        "a=1&a[b]=2",  # value then object
        "a[b]=2&a=1",  # object then value
        "a=1&a=2",  # duplicate
        "a[0]=x&a[2]=y",  # gap in an array
        "a[][b]=1",  # empty brackets mid-path
    ],
)
def test_contradictions_are_errors(body: str) -> None:
    with pytest.raises(FormError):
        decode_form(body)


def test_empty_body() -> None:
    assert decode_form(b"") == {}


_keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)
_leaves = st.text(max_size=12)
_values = st.recursive(
    _leaves,
    lambda inner: (
        st.lists(inner, min_size=1, max_size=4)
        | st.dictionaries(_keys, inner, min_size=1, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=6))
def test_round_trip_with_the_sdks_own_encoder(params: dict[str, Any]) -> None:
    body = urlencode(list(_api_encode(params)))
    assert decode_form(body) == params
