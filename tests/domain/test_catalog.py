"""Catalog: the category tree and the products of a category, from any ProductSource."""

from __future__ import annotations

from kiosk.domain.catalog import Catalog, Category, InMemoryProducts, Product, Variant


def _product(pid: str, *categories: str) -> Product:
    return Product(pid, pid.title(), (Variant(None, pid, 100, 100),), category_ids=categories)


CATEGORIES = (
    Category("drinks", "Drinks", menu_order=1),
    Category("hot", "Hot", parent_id="drinks"),
    Category("cold", "Cold", parent_id="drinks"),
    Category("empty", "Empty", menu_order=2),
    Category("loop-a", "A", parent_id="loop-b"),
    Category("loop-b", "B", parent_id="loop-a"),
)
PRODUCTS = (
    _product("tea", "hot"),
    _product("water", "drinks", "cold", "cold"),
    _product("coffee", "hot"),
    _product("juice", "cold"),
)


class CountingSource(InMemoryProducts):
    def __init__(self) -> None:
        super().__init__(PRODUCTS)
        self.asked: list[str] = []

    def products_of(self, category_id: str) -> list[Product]:
        self.asked.append(category_id)
        return super().products_of(category_id)


def test_products_of_a_category_then_its_subcategories_each_once() -> None:
    catalog = Catalog("EUR", CATEGORIES, PRODUCTS)
    # the category itself first, then its subcategories in menu order (Cold, Hot)
    assert [p.id for p in catalog.products_in("drinks")] == ["water", "juice", "tea", "coffee"]
    assert [p.id for p in catalog.products_in("cold")] == ["water", "juice"]
    assert [p.id for p in catalog.products_in("drinks", include_children=False)] == ["water"]
    assert catalog.products_in("loop-a") == []  # a cycle in parentId ends


def test_has_products_counts_subcategories_without_reading_products() -> None:
    source = CountingSource()
    catalog = Catalog("EUR", CATEGORIES, source=source)
    assert catalog.has_products("drinks") and catalog.has_products("hot")
    assert not catalog.has_products("empty") and not catalog.has_products("unknown")
    assert source.asked == []
    assert catalog.product_count == 4


def test_a_category_is_read_from_its_source_once() -> None:
    source = CountingSource()
    catalog = Catalog("EUR", CATEGORIES, source=source)
    first = catalog.products_in("cold")
    first.clear()  # callers get their own list
    assert [p.id for p in catalog.products_in("cold")] == ["water", "juice"]
    assert source.asked == ["cold"]


def test_tree_lookups_and_equality() -> None:
    catalog = Catalog("EUR", CATEGORIES, PRODUCTS)
    assert [c.id for c in catalog.top_categories()] == ["drinks", "empty"]
    assert [c.id for c in catalog.children("drinks")] == ["cold", "hot"]  # menu order, name
    assert catalog.category("hot") == CATEGORIES[1] and catalog.category("nope") is None
    assert catalog.product("juice") is PRODUCTS[3] and catalog.product("nope") is None
    assert catalog.image_urls() == []
    assert catalog == Catalog("EUR", reversed(CATEGORIES), source=InMemoryProducts(PRODUCTS))
    assert catalog != Catalog("EUR", CATEGORIES, PRODUCTS[:3])
