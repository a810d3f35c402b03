"""Wire catalog -> domain menu rules (kiosk.finalpos.mapping)."""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from typing import Any

import pytest
from pydantic import TypeAdapter

from kiosk.finalpos import models as m
from kiosk.finalpos.mapping import CatalogBuilder, build_catalog
from tests.finalpos.wire import OTHER_OUTLET, OUTLET, category, product, variant


def parse(model: Any, records: list[dict[str, Any]]) -> list[Any]:
    # As the client does: numbers become Decimals without passing through float.
    raw = json.loads(json.dumps(records), parse_float=Decimal)
    if isinstance(model, type) and issubclass(model, m.WireModel):
        return [model.model_validate(r) for r in raw]
    return [TypeAdapter(model).validate_python(r) for r in raw]


def build(
    products: list[dict[str, Any]],
    variants: list[dict[str, Any]],
    categories: list[dict[str, Any]] | None = None,
    currency: str = "EUR",
    *,
    models: bool = False,
):
    """The menu from wire JSON, read as the sync reads it (listing records) or as models."""
    kinds = (m.Category, m.Product, m.Variant) if models else RECORDS
    return build_catalog(
        parse(kinds[0], categories or [category("c1")]),
        parse(kinds[1], products),
        parse(kinds[2], variants),
        outlet_id=OUTLET,
        currency=currency,
    )


RECORDS = (m.CategoryRecord, m.ProductRecord, m.VariantRecord)


def test_wire_models_and_listing_records_map_to_the_same_menu() -> None:
    categories = [
        category("c1", "Food", 2, metadata=[{"key": "name:de", "value": "Essen"}]),
        category("c2", "Drinks", 1, parentId="c1", image="http://img.test/c2.png"),
    ]
    products = [
        product(
            "p1",
            shortDescription="Short",
            description="Long",
            sku="P1",
            images=["http://img.test/p1.png"],
            tags=["allergen:milk", "vegan"],
            taxTable="reduced",
            attributes=[{"name": "Size", "values": ["S", "L"]}],
            metadata=[{"key": "name:fr", "value": "Produit"}],
        ),
        product("p2", minPrice=3.5, outlets=[OUTLET]),
        product("p3", status="draft"),
    ]
    variants = [
        variant("v1", "p1", price=4.5, attributes=[{"name": "Size", "value": "S"}], sku="V1"),
        variant(
            "v2",
            "p1",
            price=5.5,
            salePrice=5,
            isOnSale=True,
            manageStock=True,
            inventory=[{"outletId": OUTLET, "stock": 3}],
            attributes=[{"name": "Size", "value": "L"}],
            barcode=" 4006381333931 ",
            images=["http://img.test/v2.png"],
        ),
    ]
    from_records = build(products, variants, categories)
    from_models = build(products, variants, categories, models=True)
    assert from_records == from_models
    assert len(from_records.products) == 2 and len(from_records.categories) == 2
    v2 = from_records.product("p1").variants[1]  # type: ignore[union-attr]
    assert (v2.price_minor, v2.regular_price_minor, v2.stock, v2.barcode) == (
        500,
        550,
        3,
        "4006381333931",
    )


def test_a_field_the_menu_does_not_read_cannot_drop_a_record() -> None:
    # Listing records validate only what the menu reads: a broken timestamp is not a reason
    # to take a product off the menu (as a wire model it would fail validation).
    catalog = build(
        [product("p1", createdAt="yesterday")], [variant("v1", "p1", costPrice="cheap")]
    )
    assert catalog.product("p1") is not None and catalog.skipped == 0


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        (None, True),
        ("", True),
        ("publish", True),
        ("Published", True),
        ("active", True),
        ("draft", False),
        ("private", False),
        ("archived", False),
        ("trash", False),
        ("something-new", False),
    ],
)
def test_only_live_products_are_shown(status: str | None, shown: bool) -> None:
    extra = {} if status is None else {"status": status}
    catalog = build([product("p1", **extra)], [variant("v1", "p1")])
    assert (catalog.product("p1") is not None) is shown


@pytest.mark.parametrize(
    ("outlets", "shown"),
    [
        ([], True),
        (None, True),
        ([OUTLET], True),
        ([OTHER_OUTLET, OUTLET], True),
        ([OTHER_OUTLET], False),
    ],
)
def test_outlet_filter(outlets: list[str] | None, shown: bool) -> None:
    catalog = build([product("p1", outlets=outlets)], [variant("v1", "p1")])
    assert (catalog.product("p1") is not None) is shown


def test_categories_ordered_by_menu_order() -> None:
    cats = [category("c3", "Drinks", 3), category("c1", "Burgers", 1), category("c2", "Sides")]
    cats[2].pop("menuOrder")
    catalog = build([], [], cats)
    assert [c.id for c in catalog.categories] == ["c2", "c1", "c3"]


def test_sale_price_and_regular_price() -> None:
    catalog = build(
        [product("p1")],
        [
            variant("v1", "p1", price=4.5, salePrice=3.99, isOnSale=True),
            variant("v2", "p1", price=4.5, salePrice=3.99, isOnSale=False),
            variant("v3", "p1", price=4.5, isOnSale=True),  # on sale without a sale price
        ],
    )
    p = catalog.product("p1")
    assert p is not None
    v1, v2, v3 = p.variants
    assert (v1.price_minor, v1.regular_price_minor, v1.on_sale) == (399, 450, True)
    assert (v2.price_minor, v2.regular_price_minor, v2.on_sale) == (450, 450, False)
    assert (v3.price_minor, v3.on_sale) == (450, False)


def test_stock_at_this_outlet() -> None:
    inventory = [{"outletId": OTHER_OUTLET, "stock": 9}, {"outletId": OUTLET, "stock": 2}]
    catalog = build(
        [product("p1")],
        [
            variant("v1", "p1", manageStock=True, inventory=inventory),
            variant(
                "v2", "p1", manageStock=True, inventory=[{"outletId": OTHER_OUTLET, "stock": 9}]
            ),
            variant("v3", "p1", manageStock=False, inventory=[{"outletId": OUTLET, "stock": 0}]),
            variant("v4", "p1", manageStock=True, allowBackorder=True, inventory=[]),
        ],
    )
    p = catalog.product("p1")
    assert p is not None
    stock = {v.id: (v.stock, v.available) for v in p.variants}
    assert stock == {
        "v1": (2, True),
        "v2": (0, False),  # no entry for this outlet: sold out here
        "v3": (None, True),  # stock not managed
        "v4": (0, True),  # backorder allowed
    }


def test_sold_out_product() -> None:
    catalog = build(
        [product("p1")],
        [variant("v1", "p1", manageStock=True, inventory=[{"outletId": OUTLET, "stock": 0}])],
    )
    p = catalog.product("p1")
    assert p is not None and not p.available


def test_variant_options_and_attributes() -> None:
    attrs = [{"name": "Size", "values": ["S", "M", "L"]}, {"name": "Unused", "values": ["x"]}]
    catalog = build(
        [product("p1", attributes=attrs, images=["http://img/p1.png", "http://img/p1b.png"])],
        [
            variant(
                "v1",
                "p1",
                attributes=[{"name": "Size", "value": "S"}],
                images=["http://img/v1.png"],
            ),
            variant("v2", "p1", attributes=[{"name": "Size", "value": "XL"}]),
        ],
    )
    p = catalog.product("p1")
    assert p is not None
    assert [(a.name, a.values) for a in p.attributes] == [("Size", ("S", "M", "L", "XL"))]
    assert p.variants[0].options == (("Size", "S"),)
    assert p.image_url == "http://img/p1.png"
    assert p.variants[0].image_url == "http://img/v1.png"
    assert p.variants[1].image_url is None


def test_product_without_variants_sold_at_min_price() -> None:
    catalog = build([product("p1", minPrice=2.5), product("p2")], [])
    p = catalog.product("p1")
    assert p is not None
    [v] = p.variants
    assert v.id is None and v.price_minor == 250 and v.stock is None
    assert catalog.product("p2") is None
    assert catalog.skipped == 1


def test_zero_decimal_currency() -> None:
    catalog = build([product("p1")], [variant("v1", "p1", price=450)], currency="JPY")
    p = catalog.product("p1")
    assert p is not None and p.variants[0].price_minor == 450


@pytest.mark.parametrize("bad", [{"price": 4.555}, {"price": -1}, {"price": None}])
def test_product_with_bad_price_is_skipped_and_logged(bad: dict[str, Any], caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.finalpos.mapping"):
        catalog = build(
            [product("p1"), product("p2")],
            [variant("v1", "p1"), variant("v2", "p1", **bad), variant("v3", "p2")],
        )
    assert catalog.product("p1") is None
    assert catalog.product("p2") is not None
    assert catalog.skipped == 2  # the variant, and the product it hides
    assert "p1" in caplog.text


def test_float_artefact_price_is_refused_not_rounded() -> None:
    catalog = build([product("p1")], [variant("v1", "p1", price=0.30000000000000004)])
    assert catalog.product("p1") is None
    catalog = build([product("p1")], [variant("v1", "p1", price=0.3)])
    p = catalog.product("p1")
    assert p is not None and p.variants[0].price_minor == 30


def test_duplicates_and_orphans() -> None:
    catalog = build(
        [product("p1"), product("p1", name="dup"), product("p2", status="draft")],
        [
            variant("v1", "p1"),
            variant("v1", "p1"),
            variant("v2", "p2"),
            variant("v3", "nope"),
            {"id": "v4", "price": 1},
        ],
    )
    p = catalog.product("p1")
    assert p is not None and p.name == "Product p1" and len(p.variants) == 1
    assert len(catalog.products) == 1
    assert catalog.skipped == 1  # v4 has no productId; v2/v3 just belong to nothing shown


def test_upstream_skips_are_added() -> None:
    catalog = build_catalog([], [], [], outlet_id=OUTLET, currency="EUR", skipped=3)
    assert catalog.skipped == 3 and catalog.outlet_id == OUTLET


# --- prices that would break payment (issue 9, item 8) -----------------------------------


def parse_raw(model: type, raw_records: list[str]) -> list[Any]:
    """Records as raw JSON text, parsed as the client parses a page (numbers as Decimal)."""
    page = json.loads("[" + ",".join(raw_records) + "]", parse_float=Decimal)
    return [model.model_validate(r) for r in page]


def raw_variant(vid: str, pid: str, price: str, **extra: Any) -> str:
    text = json.dumps({"id": vid, "productId": pid, "manageStock": False, **extra})
    return text[:-1] + f', "price": {price}}}'


BAD_PRICES = [
    "1e20",
    "12345678901234567890",
    "1e999999999",
    "-1e999999999",
    "-1",
    "-0.01",
    "NaN",
    "Infinity",
    "-Infinity",
    '"NaN"',
    '"sNaN"',
    '"twelve"',
    "true",
    "{}",
    "[4.5]",
    "1E-999999999",  # would round to a free product
    "1000000.00",  # one cent above what Stripe takes
    "4.555",
    "1." + "0" * 28 + "1",  # more digits than a default Decimal context keeps
    "1" + "0" * 4000,
]


@pytest.mark.parametrize("price", BAD_PRICES)
def test_a_price_that_would_break_payment_skips_only_its_product(price: str, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="kiosk.finalpos.mapping"):
        catalog = build_catalog(
            parse(m.Category, [category("c1")]),
            parse(m.Product, [product("p1"), product("p2")]),
            parse_raw(
                m.Variant,
                [
                    raw_variant("v1", "p1", "4.50"),
                    raw_variant("v2", "p1", price),
                    raw_variant("v3", "p2", "2.00"),
                ],
            ),
            outlet_id=OUTLET,
            currency="EUR",
        )
    assert catalog.product("p1") is None
    ok = catalog.product("p2")
    assert ok is not None and ok.variants[0].price_minor == 200  # the menu is still there
    assert catalog.skipped == 2
    assert "p1" in caplog.text and "v2" in caplog.text
    assert len(caplog.text) < 2000  # the reason, not a 4,000-digit number


@pytest.mark.parametrize(
    ("price", "currency", "expected"),
    [
        ("0", "EUR", 0),  # a free extra is a valid price
        ("0.0", "EUR", 0),
        ("-0", "EUR", 0),
        ("1e2", "EUR", 10000),
        ("999999.99", "EUR", 99_999_999),  # Stripe's maximum
        ("99999999", "JPY", 99_999_999),
        ('"4.50"', "EUR", 450),
        ("4.500000", "EUR", 450),
        ("1.250", "KWD", 1250),
    ],
)
def test_prices_at_the_bounds_are_kept(price: str, currency: str, expected: int) -> None:
    catalog = build_catalog(
        [],
        parse(m.Product, [product("p1")]),
        parse_raw(m.Variant, [raw_variant("v1", "p1", price)]),
        outlet_id=OUTLET,
        currency=currency,
    )
    p = catalog.product("p1")
    assert p is not None and p.variants[0].price_minor == expected


@pytest.mark.parametrize("currency", ["JPY", "EUR"])
def test_the_maximum_is_in_minor_units_of_the_currency(currency: str) -> None:
    catalog = build_catalog(
        [],
        parse(m.Product, [product("p1")]),
        parse_raw(m.Variant, [raw_variant("v1", "p1", "100000000")]),
        outlet_id=OUTLET,
        currency=currency,
    )
    assert catalog.product("p1") is None  # 10^8 yen, or 10^10 cents: above 99,999,999


@pytest.mark.parametrize(
    "record",
    [
        '{"id": "p1", "name": "P", "minPrice": 1e20}',
        '{"id": "p1", "name": "P", "minPrice": NaN}',
        '{"id": "p1", "name": "P", "minPrice": -3}',
        '{"id": "p1", "name": "P", "minPrice": "free"}',
    ],
)
def test_a_product_without_variants_is_bounded_by_its_min_price(record: str) -> None:
    catalog = build_catalog(
        [],
        parse_raw(m.Product, [record, '{"id": "p2", "name": "Q", "minPrice": 2}']),
        [],
        outlet_id=OUTLET,
        currency="EUR",
    )
    assert catalog.product("p1") is None and catalog.product("p2") is not None


def test_a_bad_sale_price_counts_only_while_on_sale() -> None:
    catalog = build_catalog(
        [],
        parse(m.Product, [product("p1"), product("p2")]),
        parse_raw(
            m.Variant,
            [
                raw_variant("v1", "p1", "4.50", isOnSale=False, salePrice=1e300),
                raw_variant("v2", "p2", "4.50", isOnSale=True, salePrice=-1),
            ],
        ),
        outlet_id=OUTLET,
        currency="EUR",
    )
    assert catalog.product("p1") is not None and catalog.product("p2") is None


@pytest.mark.parametrize(
    ("stock", "shown"), [(10**9, True), (10**9 + 1, False), (-(10**12), False)]
)
def test_absurd_stock_makes_the_product_malformed(stock: int, shown: bool) -> None:
    catalog = build(
        [product("p1")],
        [variant("v1", "p1", manageStock=True, inventory=[{"outletId": OUTLET, "stock": stock}])],
    )
    assert (catalog.product("p1") is not None) is shown


def test_allergens_and_dietary_tags_reach_the_domain_product() -> None:
    catalog = build(
        [
            product(
                "p1",
                tags=["allergen:milk", "vegan"],
                metadata=[{"key": "allergens", "value": "nuts"}],
            ),
            product("p2"),
        ],
        [variant("v1", "p1"), variant("v2", "p2")],
    )
    p1, p2 = (catalog.product(pid) for pid in ("p1", "p2"))
    assert p1 is not None and p2 is not None
    assert (p1.allergens, p1.dietary) == (("milk", "nuts"), ("vegan",))
    assert (p2.allergens, p2.dietary) == ((), ())


def _pages_into(builder: CatalogBuilder, pages: list[list[dict[str, Any]]]) -> list[list[str]]:
    """Add variant pages as the sync does, settling after each; the ids built ahead per page."""
    ahead = []
    for page in pages:
        for v in parse(m.VariantRecord, page):
            builder.add_variant(v)
        ahead.append([p.id for p in builder.settle()])
    return ahead


def test_products_built_ahead_are_built_again_when_a_late_variant_comes() -> None:
    products = [product(f"p{i}", attributes=[{"name": "Size", "values": ["S"]}]) for i in (1, 2)]
    size = [{"name": "Size", "value": "S"}]
    pages = [
        [variant("v1", "p1", price=1, attributes=size)],
        [variant("v2", "p2", price=2)],
        [variant("v3", "p1", price=3, attributes=[{"name": "Size", "value": "L"}])],  # late
        [],
    ]
    builder = CatalogBuilder(OUTLET, "EUR")
    builder.add_category(parse(m.CategoryRecord, [category("c1")])[0])
    for p in parse(m.ProductRecord, products):
        builder.add_product(p)
    ahead = _pages_into(builder, pages)
    assert ahead == [[], ["p1"], ["p2"], ["p1"]]  # p1 built ahead, then again with v3
    catalog = builder.build().catalog()
    assert catalog == build(products, [v for page in pages for v in page])
    p1 = catalog.product("p1")
    assert p1 is not None and [v.id for v in p1.variants] == ["v1", "v3"]
    assert [a.values for a in p1.attributes] == [("S", "L")]


def test_a_bad_variant_after_its_product_was_built_ahead_still_hides_it() -> None:
    builder = CatalogBuilder(OUTLET, "EUR")
    for p in parse(m.ProductRecord, [product("p1"), product("p2")]):
        builder.add_product(p)
    ahead = _pages_into(
        builder,
        [
            [variant("v1", "p1")],
            [variant("v2", "p2")],
            [variant("v3", "p1", price=-1)],  # p1 was built ahead after the second page
        ],
    )
    assert ahead[1] == ["p1"]
    catalog = builder.build().catalog()
    assert catalog.product("p1") is None and catalog.product("p2") is not None
    assert catalog.skipped == 2  # v3, and the product it hides


def test_variants_before_their_product_record_wait_for_it() -> None:
    builder = CatalogBuilder(OUTLET, "EUR")
    ahead = _pages_into(builder, [[variant("v1", "p1")], [variant("v2", "p2")]])
    assert ahead == [[], []]  # p1's record is not listed yet
    builder.add_product(parse(m.ProductRecord, [product("p1")])[0])
    assert [p.id for p in builder.settle()] == ["p1"]
    catalog = builder.build().catalog()
    assert [p.id for p in catalog.products] == ["p1"]  # p2 was never listed
