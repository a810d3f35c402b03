"""Catalog text of the demo café in other languages (kiosk.domain.catalog_text: metadata
``name:de``, ...).

Some of the café's categories and products carry German, French and Spanish text, as a store
would add it in Final POS; the rest show the default (English) text in every language.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "category:hot-drinks": {
        "name:de": "Heißgetränke",
        "name:fr": "Boissons chaudes",
        "name:es": "Bebidas calientes",
        "description:de": "Kaffee, Tee und Schokolade, frisch zubereitet.",
        "description:fr": "Café, thé et chocolat, préparés à la commande.",
        "description:es": "Café, té y chocolate, preparados al momento.",
    },
    "category:coffee": {"name:de": "Kaffee", "name:fr": "Café", "name:es": "Café"},
    "category:tea": {"name:de": "Tee", "name:fr": "Thé", "name:es": "Té"},
    "category:cold-drinks": {
        "name:de": "Kalte Getränke",
        "name:fr": "Boissons fraîches",
        "name:es": "Bebidas frías",
    },
    "category:breakfast": {
        "name:de": "Frühstück",
        "name:fr": "Petit-déjeuner",
        "name:es": "Desayuno",
    },
    "category:lunch": {"name:de": "Mittagessen", "name:fr": "Déjeuner", "name:es": "Almuerzo"},
    "category:pastries": {"name:de": "Gebäck", "name:fr": "Viennoiseries", "name:es": "Bollería"},
    "category:cakes": {
        "name:de": "Kuchen & Süßes",
        "name:fr": "Gâteaux & douceurs",
        "name:es": "Pasteles y dulces",
    },
    "product:caffe-latte": {
        "name:de": "Milchkaffee",
        "name:fr": "Café au lait",
        "name:es": "Café con leche",
        "description:de": "Ein milder Espresso mit viel aufgeschäumter Milch und etwas Schaum.",
        "description:fr": "Un espresso doux avec beaucoup de lait chaud et un peu de mousse.",
        "description:es": "Un espresso suave con mucha leche vaporizada y un poco de espuma.",
    },
    "product:hot-chocolate": {
        "name:de": "Heiße Schokolade",
        "name:fr": "Chocolat chaud",
        "name:es": "Chocolate caliente",
        "description:de": "Zartbitterschokolade (54 %) in heißer Milch, mit Mini-Marshmallows.",
        "description:fr": "Chocolat noir à 54 % fondu dans du lait chaud, avec des mini-guimauves.",
        "description:es": "Chocolate negro al 54 % fundido en leche caliente, con mini nubes.",
    },
    "product:orange-juice": {
        "name:de": "Frischer Orangensaft",
        "name:fr": "Jus d’orange frais",
        "name:es": "Zumo de naranja natural",
    },
    "product:lemonade": {
        "name:de": "Hausgemachte Limonade",
        "name:fr": "Limonade maison",
        "name:es": "Limonada casera",
    },
    "product:avocado-toast": {
        "name:de": "Avocado auf Sauerteigbrot",
        "name:fr": "Avocat écrasé sur pain au levain",
        "name:es": "Aguacate sobre pan de masa madre",
    },
    "product:tomato-soup": {
        "name:de": "Im Ofen geröstete Tomaten-Basilikum-Suppe mit Sauerteigbrot",
        "name:fr": "Soupe de tomates rôties et basilic, avec pain au levain",
        "name:es": "Sopa de tomate asado y albahaca con pan de masa madre",
    },
}


def texts(key: str) -> list[dict[str, str]]:
    return [{"key": k, "value": v} for k, v in TEXTS.get(key, {}).items()]
