"""Names and short marks of the EU allergens and dietary tags, for the screens.

The codes come from `kiosk.domain.allergens`; the words are translated here (``tr_noop`` marks
them for the translation files, `name` translates them when shown). The mark is a one- or
two-letter badge drawn in QML next to the word, so no icon font or picture can go missing.
"""

from __future__ import annotations

from kiosk.domain.allergens import DIETARY, EU_ALLERGENS
from kiosk.ui.i18n import tr, tr_noop

_NAMES = {
    "gluten": tr_noop("Gluten"),
    "crustaceans": tr_noop("Crustaceans"),
    "eggs": tr_noop("Eggs"),
    "fish": tr_noop("Fish"),
    "peanuts": tr_noop("Peanuts"),
    "soybeans": tr_noop("Soy"),
    "milk": tr_noop("Milk"),
    "nuts": tr_noop("Nuts"),
    "celery": tr_noop("Celery"),
    "mustard": tr_noop("Mustard"),
    "sesame": tr_noop("Sesame"),
    "sulphites": tr_noop("Sulphites"),
    "lupin": tr_noop("Lupin"),
    "molluscs": tr_noop("Molluscs"),
    "vegetarian": tr_noop("Vegetarian"),
    "vegan": tr_noop("Vegan"),
    "gluten_free": tr_noop("Gluten-free"),
    "dairy_free": tr_noop("Dairy-free"),
}
assert set(_NAMES) == {*EU_ALLERGENS, *DIETARY}

# the customer filter offers the allergens people most often avoid first
FILTER_ORDER: tuple[str, ...] = (
    "nuts",
    "peanuts",
    "milk",
    "gluten",
    "eggs",
    "soybeans",
    "sesame",
    "fish",
    "crustaceans",
    "molluscs",
    "celery",
    "mustard",
    "sulphites",
    "lupin",
)
assert sorted(FILTER_ORDER) == sorted(EU_ALLERGENS)


def name(code: str) -> str:
    return tr(_NAMES[code]) if code in _NAMES else code


def contains_text(allergens: tuple[str, ...]) -> str:
    """ "Contains: milk, nuts" ("" for none)."""
    if not allergens:
        return ""
    return tr("Contains: {allergens}", allergens=", ".join(name(a) for a in allergens))


def dietary_text(dietary: tuple[str, ...]) -> str:
    """ "Vegan · Gluten-free" ("" for none); vegan implies vegetarian, so that is not repeated."""
    shown = [d for d in dietary if not (d == "vegetarian" and "vegan" in dietary)]
    return " · ".join(name(d) for d in shown)
