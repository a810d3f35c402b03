"""The shapes of the demo menu's data, and the helpers that build a product's variants.

`kiosk.sandbox.finalpos.menu` describes the café with them; prices are numbers in major units
(EUR), as Final POS's catalog sends them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import product as cartesian
from typing import Any, Literal


@dataclass(frozen=True)
class Art:
    kind: str
    params: tuple[tuple[str, Any], ...] = ()


def art(kind: str, **params: Any) -> Art:
    return Art(kind, tuple(params.items()))


@dataclass(frozen=True)
class MenuCategory:
    key: str
    name: str
    description: str
    menu_order: int
    color: str  # tile background of its artwork and its products'
    art: Art
    parent: str | None = None


@dataclass(frozen=True)
class MenuVariant:
    options: tuple[tuple[str, str], ...]
    price: float
    sale_price: float | None = None
    stock: int | None = None  # None: stock not managed
    backorder: bool = False


Availability = Literal["main", "both", "elsewhere"]


@dataclass(frozen=True)
class MenuProduct:
    key: str
    name: str
    category: str
    description: str
    short: str
    tax: str  # "standard" (drinks) or "reduced" (food)
    art: Art
    variants: tuple[MenuVariant, ...]
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()
    status: str = "publish"
    outlets: Availability = "main"
    tags: tuple[str, ...] = field(default=())


def single(
    price: float, *, sale: float | None = None, stock: int | None = None, backorder: bool = False
) -> tuple[MenuVariant, ...]:
    """A product sold without choices: exactly one variant and no attributes."""
    return (MenuVariant((), price, sale, stock, backorder),)


def grid(
    attributes: Mapping[str, Mapping[str, float]],
    base: float,
    *,
    missing: Iterable[tuple[str, ...]] = (),
    sale: Mapping[tuple[str, ...], float] | None = None,
    stock: Mapping[tuple[str, ...], int] | None = None,
    backorder: bool = False,
) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], tuple[MenuVariant, ...]]:
    """Attributes and variants for every combination of values (minus `missing`).

    Each value adds its surcharge to `base`; `sale` and `stock` are keyed by the combination.
    """
    names = list(attributes)
    holes = set(missing)
    variants = []
    for combo in cartesian(*(list(attributes[n]) for n in names)):
        if combo in holes:
            continue
        price = round(base + sum(attributes[n][v] for n, v in zip(names, combo, strict=True)), 2)
        variants.append(
            MenuVariant(
                tuple(zip(names, combo, strict=True)),
                price,
                (sale or {}).get(combo),
                (stock or {}).get(combo),
                backorder,
            )
        )
    attrs = tuple((n, tuple(attributes[n])) for n in names)
    return attrs, tuple(variants)
