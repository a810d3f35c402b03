"""List models of the menu screen: the category rail and the product grid."""

from __future__ import annotations

from typing import ClassVar

from kiosk.ui.models.rows import RowListModel


class CategoryListModel(RowListModel):
    """The category tree: each top category with its subcategories right under it.

    `inBranch`: the row belongs to the selected top category's branch; `child`/`last` draw
    the tree's guide line.
    """

    ROLES: ClassVar[tuple[str, ...]] = (
        "categoryId",
        "name",
        "level",
        "selected",
        "imageSource",
        "inBranch",
        "child",
        "last",
    )


class AttractSlideListModel(RowListModel):
    """Products with a picture, for the attract screen's gentle loop."""

    ROLES: ClassVar[tuple[str, ...]] = ("productId", "name", "price", "imageSource")


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
        "dietary",  # "Vegan · Gluten-free", "" for none
        "allergens",  # "Contains: Milk, Nuts", "" for none
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
        "note",
        "saleText",  # "was €4.50" when the line is at a sale price, else ""
    )


class AttributeListModel(RowListModel):
    """One row per attribute; `options` is a list of
    {value, exists, available, selected, delta, offer}: `delta` is the price difference
    ("+€0.40", "" when none), `offer` that the choice lands on a sale price."""

    ROLES: ClassVar[tuple[str, ...]] = ("name", "options", "chosen")


class SuggestionListModel(RowListModel):
    """The upsell step's suggestions."""

    ROLES: ClassVar[tuple[str, ...]] = ("productId", "name", "price", "imageSource", "initial")
