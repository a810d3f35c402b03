"""List models of the menu screen: the category rail and the product grid."""

from __future__ import annotations

from typing import ClassVar

from kiosk.ui.models.rows import RowListModel


class CategoryListModel(RowListModel):
    """Top categories, with the selected one's subcategories listed right under it."""

    ROLES: ClassVar[tuple[str, ...]] = ("categoryId", "name", "level", "selected", "imageSource")


class ProductListModel(RowListModel):
    """Products of the current category; prices are preformatted strings."""

    ROLES: ClassVar[tuple[str, ...]] = (
        "productId",
        "name",
        "price",
        "regularPrice",  # "" unless on sale
        "onSale",
        "soldOut",
        "imageSource",
        "hasChoices",
        "initial",
    )


class CartLineListModel(RowListModel):
    ROLES: ClassVar[tuple[str, ...]] = (
        "lineId",
        "name",
        "options",
        "quantity",
        "unitPrice",
        "total",
        "canIncrease",
        "imageSource",
        "initial",
    )


class AttributeListModel(RowListModel):
    """One row per attribute; `options` is a list of {value, exists, available, selected}."""

    ROLES: ClassVar[tuple[str, ...]] = ("name", "options", "chosen")
