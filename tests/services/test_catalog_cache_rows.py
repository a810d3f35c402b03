"""Cache rows: the one-encoder fast path writes exactly what json.dumps writes."""

from __future__ import annotations

import json

import pytest

from kiosk.domain.catalog import Attribute, Product, Variant
from kiosk.domain.catalog_rows import decode_product, encode_product
from kiosk.services.catalog_cache import encode_row

ODD = 'Caf\u00e9 "No. 1" \\ \n\t\u0001 \u2028 \U0001f600 <b>&amp;</b>'


def _product(text: str) -> Product:
    return Product(
        id="p1",
        name=text,
        variants=(
            Variant("v1", "p1", 250, 300, (("Size", text),), True, 3, False, "SKU", None, "400"),
            Variant("v2", "p1", 0, 0, (), False, None, True, None, "http://x/y.png", None),
        ),
        category_ids=("c1", "c2"),
        attributes=(Attribute("Size", (text, "L")),),
        description=text,
        image_url="http://x/p.svg",
        allergens=("gluten",),
        texts=(("name", "de", text),),
    )


@pytest.mark.parametrize("text", ["Latte", ODD, "", "\u00fc" * 300])
def test_a_row_is_the_json_text_of_its_product(text: str) -> None:
    product = _product(text)
    row = encode_row(encode_product(product))
    assert row == json.dumps(encode_product(product), ensure_ascii=False, separators=(",", ":"))
    assert decode_product(json.loads(row)) == product


def test_a_row_refuses_what_json_cannot_write() -> None:
    product = _product("x")
    bad = Product(id="p1", name="x", variants=product.variants, description=object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not JSON serializable"):
        encode_row(encode_product(bad))
