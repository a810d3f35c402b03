"""Catalog text in several languages, read from Final POS ``metadata`` entries.

Final POS has one name and one description per product and category. A store that wants
them in more languages adds metadata entries keyed ``<field>:<language>`` (README, "Catalog
text in several languages"):

    {"key": "name:de", "value": "Milchkaffee"}
    {"key": "description:fr", "value": "Un espresso allongé d'eau chaude."}
    {"key": "shortDescription:es", "value": "Suave y cremoso"}

- fields: ``name``, ``description``, ``shortDescription`` (also ``short_description``);
- language: an ISO 639-1 code (``de``); a region (``de-CH``, ``de_AT``) is read as the
  language, so one German text serves every German-speaking store;
- keys are case-insensitive, values are trimmed, an empty value is no translation.

A text missing in the chosen language falls back to the default text (the product's own
``name``), never to a third language: a menu half in French and half in English reads as
a mistake, one in the store's language with some French as a courtesy.

Only what the customer reads is translated. The cart keeps the default name in its lines,
so the order in Final POS, the kitchen ticket and the receipt name the product in the one
language the back office and the kitchen work in.
"""

from __future__ import annotations

from collections.abc import Iterable

# (field, language, text), sorted: hashable and comparable, so frozen dataclasses keep
# their equality and a catalog cache can store it as a plain list.
Texts = tuple[tuple[str, str, str], ...]

NAME = "name"
DESCRIPTION = "description"
SHORT_DESCRIPTION = "shortDescription"
_FIELDS = {
    "name": NAME,
    "description": DESCRIPTION,
    "shortdescription": SHORT_DESCRIPTION,
    "short_description": SHORT_DESCRIPTION,
}


def _language(code: str) -> str | None:
    language = code.strip().replace("-", "_").split("_")[0].lower()
    return language if len(language) in (2, 3) and language.isalpha() else None


def read_texts(metadata: Iterable[tuple[str | None, str | None]]) -> Texts:
    """The translations among a record's (key, value) metadata entries (others ignored).

    The first entry for a field and language wins, as Final POS lists them.
    """
    found: dict[tuple[str, str], str] = {}
    for key, value in metadata:
        if not key or not value or ":" not in key:
            continue
        field_part, _, language_part = key.partition(":")
        field = _FIELDS.get(field_part.strip().lower())
        language = _language(language_part)
        text = value.strip()
        if field is None or language is None or not text:
            continue
        found.setdefault((field, language), text)
    return tuple(sorted((field, language, text) for (field, language), text in found.items()))


def text_in(texts: Texts, field: str, language: str, default: str) -> str:
    """`field` in `language`, else `default` (the record's own text)."""
    if texts:
        wanted = _language(language)
        for f, lang, text in texts:
            if f == field and lang == wanted:
                return text
    return default


def languages_of(texts: Texts) -> frozenset[str]:
    return frozenset(lang for _f, lang, _t in texts)
