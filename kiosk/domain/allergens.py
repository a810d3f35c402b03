"""The 14 EU allergens and dietary tags, read from Final POS product tags and metadata.

Final POS has no allergen field, so the kiosk reads a convention (README, "Allergens"):

- tags ``allergen:<code>`` (``allergen:milk``) and ``diet:<code>`` (``diet:vegan``); a bare
  dietary tag (``vegan``, ``gluten-free``) counts too, as stores already write them;
- metadata entries ``allergens`` and ``dietary`` holding comma-separated codes
  (``{"key": "allergens", "value": "milk, nuts"}``).

Codes are the EU list of Regulation (EU) No 1169/2011, Annex II; case, spaces and hyphens do
not matter and a few common spellings are accepted (``soy``, ``tree nuts``, ``sulfites``).
Unknown codes are ignored: a typo must not hide a product or invent an allergen.
"""

from __future__ import annotations

from collections.abc import Iterable

# Annex II order (the order in which they are shown)
EU_ALLERGENS: tuple[str, ...] = (
    "gluten",
    "crustaceans",
    "eggs",
    "fish",
    "peanuts",
    "soybeans",
    "milk",
    "nuts",
    "celery",
    "mustard",
    "sesame",
    "sulphites",
    "lupin",
    "molluscs",
)
DIETARY: tuple[str, ...] = ("vegetarian", "vegan", "gluten_free", "dairy_free")

_ALIASES = {
    "cereals_containing_gluten": "gluten",
    "wheat": "gluten",
    "egg": "eggs",
    "peanut": "peanuts",
    "soy": "soybeans",
    "soya": "soybeans",
    "soybean": "soybeans",
    "dairy": "milk",
    "lactose": "milk",
    "tree_nuts": "nuts",
    "nut": "nuts",
    "sulfites": "sulphites",
    "sulphur_dioxide": "sulphites",
    "shellfish": "crustaceans",
    "mollusc": "molluscs",
    "lupine": "lupin",
    "sesame_seeds": "sesame",
    "veggie": "vegetarian",
    "glutenfree": "gluten_free",
    "dairyfree": "dairy_free",
    "lactose_free": "dairy_free",
}


def _code(text: str) -> str:
    code = "_".join(text.strip().lower().replace("-", " ").split())
    return _ALIASES.get(code, code)


def _ordered(found: set[str], order: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code for code in order if code in found)


def read_allergens(
    tags: Iterable[str], metadata: Iterable[tuple[str | None, str | None]]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(allergens, dietary) codes from a product's tags and (key, value) metadata entries."""
    allergens: set[str] = set()
    dietary: set[str] = set()
    for tag in tags:
        kind, _, rest = tag.partition(":")
        kind_code = _code(kind)
        if rest and kind_code in {"allergen", "allergens", "contains"}:
            allergens.add(_code(rest))
        elif rest and kind_code in {"diet", "dietary"}:
            dietary.add(_code(rest))
        elif not rest:
            dietary.add(kind_code)  # a bare "vegan"; anything else is not ours
    for key, value in metadata:
        if not key or not value:
            continue
        target = {"allergens": allergens, "dietary": dietary}.get(_code(key))
        if target is not None:
            target.update(_code(part) for part in value.split(",") if part.strip())
    return _ordered(allergens, EU_ALLERGENS), _ordered(dietary, DIETARY)
