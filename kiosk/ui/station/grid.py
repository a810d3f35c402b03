"""The station's product grid: categories as tabs, products as large tiles, variant choice.

`station.grid` in QML, beside search-as-you-type and the scanner (`station.search`). A tap on
a product with one variant on sale adds it; a product with several shows its variants to
choose from (as the search lists them), each with its price and whether it is sold out.
Pictures come from the local image cache only (`kiosk.ui.images.ImageResolver`): a picture
not fetched yet is "" and the tile shows the product's initial instead.

The grid follows the desk's catalog: it rebuilds its tabs when the menu was replaced (a sync)
the next time it is shown. A category shows at most `MAX_TILES` products; search finds the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.catalog import Catalog, Product, Variant
from kiosk.ui.i18n import tr
from kiosk.ui.images import ImageResolver
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationState

MAX_TILES = 400


class CategoryListModel(RowListModel):
    ROLES = ("categoryId", "name", "selected")


class TileListModel(RowListModel):
    ROLES = ("productId", "name", "price", "image", "available", "initial")


class ChoiceListModel(RowListModel):
    ROLES = ("key", "name", "price", "available")


def _options(variant: Variant) -> str:
    return ", ".join(value for _name, value in variant.options)


class GridViewModel(QObject):
    """`station.grid`; see the module docstring."""

    grid_changed = Signal()  # tabs, tiles, the current category, the variant choice

    def __init__(
        self,
        state: StationState,
        sale: SaleViewModel,
        images: ImageResolver | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._images = images or ImageResolver()
        self._catalog: Catalog | None = None
        self._category = ""
        self._tabs: list[tuple[str, str]] = []
        self._choosing: Product | None = None
        self._choices: list[Variant] = []
        self.categories = CategoryListModel(self)
        self.tiles = TileListModel(self)
        self.choices = ChoiceListModel(self)

    @property
    def images(self) -> ImageResolver:
        return self._images

    # -- properties ---------------------------------------------------------------------------

    def _get_categories(self) -> QObject:
        return self.categories

    categoryModel = Property(QObject, _get_categories, constant=True)

    def _get_tiles(self) -> QObject:
        return self.tiles

    tileModel = Property(QObject, _get_tiles, constant=True)

    def _get_choices(self) -> QObject:
        return self.choices

    choiceModel = Property(QObject, _get_choices, constant=True)

    def _get_category(self) -> str:
        return self._category

    currentCategory = Property(str, _get_category, notify=grid_changed)

    def _get_choosing(self) -> str:
        return self._choosing.name if self._choosing else ""

    choosingName = Property(str, _get_choosing, notify=grid_changed)

    # -- building -----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Rebuild from the desk's catalog when it was replaced since (cheap when not)."""
        catalog = self._state.desk.catalog
        if catalog is self._catalog:
            return
        self._catalog = catalog
        tops = (
            [c for c in catalog.top_categories() if catalog.has_products(c.id)] if catalog else []
        )
        tops.sort(key=lambda c: (c.menu_order, c.name))
        keep = self._category if any(c.id == self._category for c in tops) else ""
        self._category = keep or (tops[0].id if tops else "")
        self._tabs = [(c.id, c.name) for c in tops]
        self._show()

    def reload_images(self) -> None:
        """Pictures arrived in the image cache: the tiles pick them up."""
        self._show()

    def _show(self) -> None:
        self.categories.set_rows([(cid, name, cid == self._category) for cid, name in self._tabs])
        catalog = self._catalog
        products = catalog.products_in(self._category) if catalog and self._category else []
        money = self._state.money
        rows = []
        for p in products[:MAX_TILES]:
            on_sale = [v for v in p.variants if v.available]
            prices = {v.price_minor for v in (on_sale or p.variants)}
            price = money(min(prices)) if prices else ""
            if len(prices) > 1:
                price = tr("from {price}", price=price)
            rows.append(
                (
                    p.id,
                    p.name,
                    price,
                    self._images.source(p.image_url),
                    p.available,
                    p.name[:1].upper(),
                )
            )
        self.tiles.set_rows(rows)
        self.grid_changed.emit()

    @Slot(str)
    def selectCategory(self, category_id: str) -> None:
        if any(cid == category_id for cid, _ in self._tabs):
            self._category = category_id
            self.closeChoice()
            self._show()

    @Slot(int)
    def stepCategory(self, delta: int) -> None:
        """The next or previous tab (Ctrl+PgDown / Ctrl+PgUp)."""
        ids = [cid for cid, _ in self._tabs]
        if ids:
            at = ids.index(self._category) if self._category in ids else 0
            self.selectCategory(ids[(at + delta) % len(ids)])

    # -- choosing -----------------------------------------------------------------------------

    @Slot(str)
    def tapProduct(self, product_id: str) -> None:
        product = self._state.desk.product(product_id)
        if product is None:
            self._state.say(tr("This product is no longer on the menu."), MessageKind.ERROR)
            return
        if len(product.variants) == 1:
            self._add(product, product.variants[0])  # sold out: the sale says so
            return
        self._choosing = product
        self._choices = list(product.variants)
        money = self._state.money
        self.choices.set_rows(
            [
                (i, _options(v) or product.name, money(v.price_minor), v.available)
                for i, v in enumerate(self._choices)
            ]
        )
        self.grid_changed.emit()

    @Slot(int)
    def chooseVariant(self, row: int) -> None:
        product = self._choosing
        if product is None or not 0 <= row < len(self._choices):
            return
        variant = self._choices[row]
        self.closeChoice()
        self._add(product, variant)

    @Slot()
    def closeChoice(self) -> None:
        if self._choosing is not None:
            self._choosing = None
            self._choices = []
            self.choices.set_rows([])
            self.grid_changed.emit()

    def _add(self, product: Product, variant: Variant) -> bool:
        options = _options(variant)
        label = f"{product.name} ({options})" if options else product.name
        return self._sale.add(product, variant, label)
