"""The menu screen: category rail, product grid, and a fast category switch.

Rows for a category are built when the grid first shows them (`LazyRows`) and kept, once per
catalog (and per image refresh). A switch rewinds the grid (`category_switched`) and then
replaces its rows in place, so the cards on screen are kept and only take their new rows
(`RowListModel.replace_rows`): no delegate is destroyed or created.

The rail is the whole tree, always: top categories with their subcategories indented under
them, so switching category never reflows it (issue 14, defect 6). `reset()` puts a new
customer on the first category, scrolled to the top (`scroll_reset` tells the QML).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.catalog import Catalog, Category, Product
from kiosk.ui.allergens import FILTER_ORDER, contains_text, dietary_text
from kiosk.ui.allergens import name as allergen_name
from kiosk.ui.formatting import PriceFormatter
from kiosk.ui.i18n import tr
from kiosk.ui.images import ImageResolver
from kiosk.ui.models.menu import AttractSlideListModel, CategoryListModel, ProductListModel
from kiosk.ui.models.names import shown_language

Row = tuple[Any, ...]
ATTRACT_SLIDES = 12  # pictures the attract loop cycles through
SLIDE_CANDIDATES = 200  # products looked at to find them (bounded: start-up must not grow)


def initial_of(name: str) -> str:
    for char in name:
        if char.isalnum():
            return char.upper()
    return "•"


class LazyRows(Sequence[Row]):
    """A category's rows, each built when the grid first asks for it.

    A switch then costs the dozen rows on screen, not the whole category (a row is ~0.1 ms:
    prices, the image cache's stat; 100 ms for a 1,000-product category at start-up).
    """

    def __init__(self, products: Sequence[Product], make: Callable[[Product], Row]) -> None:
        self._products = products
        self._make = make
        self._rows: list[Row | None] = [None] * len(products)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | Sequence[Row]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        row = self._rows[index]
        if row is None:
            row = self._rows[index] = self._make(self._products[index])
        return row


class MenuViewModel(QObject):
    """Categories and the products of the selected one, ready for QML."""

    catalog_changed = Signal()
    category_changed = Signal()
    category_switched = Signal()  # another category, before its rows: the grid rewinds
    scroll_reset = Signal()
    allergens_changed = Signal()  # a new customer: the grid and rail go back to the top

    def __init__(
        self, formatter: PriceFormatter, images: ImageResolver, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._images = images
        self._catalog: Catalog | None = None
        self._categories = CategoryListModel(self)
        self._products = ProductListModel(self)
        self._slides = AttractSlideListModel(self)
        self._current: str = ""
        self._current_top: str = ""
        self._row_cache: dict[str, Sequence[Row]] = {}
        self._hidden: frozenset[str] = frozenset()  # allergens the customer asked to hide
        self._filter_open = False
        self._product_rows: dict[str, Row] = {}
        self._rail: list[Row] | None = None  # the rail's rows but the selection

    # -- properties -------------------------------------------------------------------
    @Property(QObject, constant=True)
    def categories(self) -> CategoryListModel:
        return self._categories

    @Property(QObject, constant=True)
    def products(self) -> ProductListModel:
        return self._products

    @Property(QObject, constant=True)
    def attractSlides(self) -> AttractSlideListModel:
        """Products with a cached picture, for the attract loop."""
        return self._slides

    @Property(bool, notify=catalog_changed)
    def hasCatalog(self) -> bool:
        return self._catalog is not None and self._catalog.product_count > 0

    @Property(str, notify=category_changed)
    def currentCategoryId(self) -> str:
        return self._current

    @Property(str, notify=category_changed)
    def currentCategoryName(self) -> str:
        category = self._category(self._current)
        return category.name_in(shown_language(self._fmt)) if category else ""

    @Property(str, notify=category_changed)
    def emptyText(self) -> str:
        if self._products.count:
            return ""
        if self._hidden:
            return tr("Nothing here without those allergens.")
        return tr("Nothing here right now.")

    @property
    def current_category_id(self) -> str:
        return self._current

    @property
    def product_model(self) -> ProductListModel:
        return self._products

    @property
    def category_model(self) -> CategoryListModel:
        return self._categories

    @property
    def catalog(self) -> Catalog | None:
        return self._catalog

    # -- catalog ----------------------------------------------------------------------
    def set_catalog(self, catalog: Catalog | None) -> None:
        """Swap in a new menu snapshot, keeping the selected category if it still exists."""
        self._catalog = catalog
        self._row_cache.clear()
        self._product_rows.clear()
        self._rail = None
        keep = self._current if catalog and self._category(self._current) else ""
        if not keep:
            keep = self.first_category_id()
        self._current = ""
        self._build_slides()
        self.catalog_changed.emit()
        self.select_category(keep, force=True)

    def first_category_id(self) -> str:
        catalog = self._catalog
        if catalog is None:
            return ""
        tops = [c for c in catalog.top_categories() if catalog.has_products(c.id)]
        return tops[0].id if tops else ""

    # -- allergen filter --------------------------------------------------------------
    @Property(list, notify=allergens_changed)
    def allergenFilters(self) -> list[dict[str, object]]:
        """Every EU allergen, most avoided first: code, name and whether it is hidden."""
        return [
            {"code": code, "name": allergen_name(code), "hidden": code in self._hidden}
            for code in FILTER_ORDER
        ]

    @Property(int, notify=allergens_changed)
    def hiddenCount(self) -> int:
        return len(self._hidden)

    @Property(str, notify=allergens_changed)
    def filterText(self) -> str:
        """The filter button's label: what is hidden, or an invitation."""
        if not self._hidden:
            return tr("Allergens")
        names = [allergen_name(c) for c in FILTER_ORDER if c in self._hidden]
        return tr("Without {allergens}", allergens=", ".join(names))

    @Property(bool, notify=allergens_changed)
    def filterOpen(self) -> bool:
        return self._filter_open

    @Slot()
    def openFilter(self) -> None:
        self._set_filter_open(True)

    @Slot()
    def closeFilter(self) -> None:
        self._set_filter_open(False)

    def _set_filter_open(self, open_: bool) -> None:
        if open_ != self._filter_open:
            self._filter_open = open_
            self.allergens_changed.emit()

    @property
    def hidden_allergens(self) -> frozenset[str]:
        return self._hidden

    @Slot(str)
    def toggleAllergen(self, code: str) -> None:
        """Hide (or show again) every product that contains `code`."""
        if code not in FILTER_ORDER:
            return
        self.set_hidden_allergens(self._hidden ^ {code})

    @Slot()
    def clearAllergens(self) -> None:
        self.set_hidden_allergens(frozenset())

    def set_hidden_allergens(self, codes: frozenset[str]) -> None:
        if codes == self._hidden:
            return
        self._hidden = codes
        self._row_cache.clear()  # rows themselves do not change, only which are listed
        self._products.set_rows(self._rows_for(self._current))
        self.allergens_changed.emit()
        self.category_changed.emit()  # emptyText

    @Slot()
    def reset(self) -> None:
        """A new customer: first category, grid and rail scrolled to the top, no filter."""
        self._filter_open = False
        self.set_hidden_allergens(frozenset())
        self.allergens_changed.emit()
        self.select_category(self.first_category_id())
        self.scroll_reset.emit()

    def refresh_images(self) -> None:
        """Images arrived in the cache: rebuild rows in place so pictures fade in."""
        self._row_cache.clear()
        self._product_rows.clear()
        self._rail = None
        self._products.update_rows(self._rows_for(self._current))
        self._build_rail()
        self._build_slides()

    def _category(self, category_id: str) -> Category | None:
        if not self._catalog or not category_id:
            return None
        return self._catalog.category(category_id)

    # -- selection --------------------------------------------------------------------
    @Slot(str)
    def selectCategory(self, category_id: str) -> None:
        self.select_category(category_id)

    def select_category(self, category_id: str, *, force: bool = False) -> None:
        if category_id == self._current and not force:
            return
        self._current = category_id
        category = self._category(category_id)
        if category is not None:
            self._current_top = self._top_of(category)
        self._build_rail()
        self.category_switched.emit()
        self._products.replace_rows(self._rows_for(category_id))
        self.category_changed.emit()

    def _top_of(self, category: Category) -> str:
        catalog = self._catalog
        assert catalog is not None
        seen = {category.id}
        while category.parent_id and (parent := catalog.category(category.parent_id)):
            category = parent
            if category.id in seen:
                break
            seen.add(category.id)
        return category.id

    def _build_rail(self) -> None:
        catalog = self._catalog
        if catalog is None:
            self._categories.set_rows(())
            return
        if self._rail is None:
            self._rail = self._rail_tree(catalog)
        current, top = self._current, self._current_top
        rows = [
            (cid, name, level, cid == current, image, branch == top, child, last)
            for cid, name, level, image, branch, child, last in self._rail
        ]
        # same rows, new selection: update in place so the rail neither reflows nor scrolls
        self._categories.update_rows(rows)

    def _rail_tree(self, catalog: Catalog) -> list[Row]:
        """The rail's rows without the selection: (id, name, level, image, top, child, last).

        Kept per catalog (and image refresh): names, pictures and which categories have
        products do not change with a tap, and looking them up was most of the rail's time.
        """
        tree: list[Row] = []
        language = shown_language(self._fmt)
        for top in catalog.top_categories():
            if not catalog.has_products(top.id):
                continue  # an empty category is a dead end for a customer
            image = self._images.source(top.image_url)
            children = [c for c in catalog.children(top.id) if catalog.has_products(c.id)]
            tree.append((top.id, top.name_in(language), 0, image, top.id, False, False))
            for i, child in enumerate(children):
                last = i == len(children) - 1
                tree.append((child.id, child.name_in(language), 1, "", top.id, True, last))
        return tree

    def _build_slides(self) -> None:
        catalog = self._catalog
        rows: list[Row] = []
        # Without an image store (the start's first frame: the Backend attaches it after)
        # no product has a picture to show: looking would only decode categories for nothing.
        if catalog is not None and self._images.store is not None:
            # category by category, so a lazily read catalog decodes only what it shows
            for product in self._slide_candidates(catalog):
                if not product.available or not product.image_url:
                    continue
                source = self._images.source(product.image_url)
                if not source:
                    continue
                rows.append((product.id, self._row(product)[1], self._row(product)[2], source))
                if len(rows) == ATTRACT_SLIDES:
                    break
        self._slides.set_rows(rows)

    @staticmethod
    def _slide_candidates(catalog: Catalog) -> Iterator[Product]:
        """Products to try for the attract loop: a bounded look, so start-up never grows
        with the catalog (a lazily read catalog decodes only the categories looked at)."""
        seen: set[str] = set()
        for top in catalog.top_categories():
            for product in catalog.products_in(top.id):
                if len(seen) >= SLIDE_CANDIDATES:
                    return
                if product.id not in seen:
                    seen.add(product.id)
                    yield product

    def _rows_for(self, category_id: str) -> Sequence[Row]:
        cached = self._row_cache.get(category_id)
        if cached is not None:
            return cached
        rows: Sequence[Row] = ()
        if self._catalog is not None and category_id:
            hidden = self._hidden
            products = self._catalog.products_in(category_id)
            if hidden:
                products = [p for p in products if not hidden.intersection(p.allergens)]
            rows = LazyRows(products, self._row)
        self._row_cache[category_id] = rows
        return rows

    def _row(self, product: Product) -> Row:
        row = self._product_rows.get(product.id)
        if row is None:
            price = product.from_price_minor
            regular = product.from_regular_price_minor
            on_sale = product.on_sale and regular > price
            price_text = self._fmt(price)
            if len({v.price_minor for v in product.variants}) > 1:
                price_text = tr("from {price}", price=price_text)
            name = product.name_in(shown_language(self._fmt))
            row = (
                product.id,
                name,
                price_text,
                self._fmt(regular) if on_sale else "",
                on_sale,
                not product.available,
                self._images.source(product.image_url),
                product.has_choices,
                initial_of(name),
                dietary_text(product.dietary),
                contains_text(product.allergens),
            )
            self._product_rows[product.id] = row
        return row

    def image_urls(self) -> list[str]:
        """Every image the menu may show, current category first."""
        if self._catalog is None:
            return []
        first = [p.image_url for p in self._catalog.products_in(self._current) if p.image_url]
        rest = self._catalog.image_urls()  # without decoding every product
        cats = [c.image_url for c in self._catalog.categories if c.image_url]
        return list(dict.fromkeys([*first, *cats, *rest]))
