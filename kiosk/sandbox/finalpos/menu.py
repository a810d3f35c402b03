"""The demo café's menu as plain data: categories, products, variants and their artwork.

Deliberately awkward in the ways real menus are: a category tree (Hot drinks > Coffee, Tea),
products whose attribute grid has holes (no small soy cappuccino), variants on sale, sold out,
low on stock or selling on backorder, a draft product the kiosk must hide, a product only sold
at another outlet, long names that must wrap. Prices are numbers in major units (EUR), as
Final POS's catalog sends them. `kiosk.sandbox.finalpos.seed` turns this into records.

Here: the categories, the allergen tags, and the products in menu order (the drinks of
`menu_drinks`, then the food of `menu_food`, built with the helpers of `menu_model`).
"""

from __future__ import annotations

from kiosk.sandbox.finalpos.menu_drinks import DRINKS, ESPRESSO, FOAM, LATTE
from kiosk.sandbox.finalpos.menu_food import FOOD
from kiosk.sandbox.finalpos.menu_model import MenuCategory, MenuProduct, art

CATEGORIES: tuple[MenuCategory, ...] = (
    MenuCategory(
        "hot-drinks",
        "Hot drinks",
        "Coffee, tea and chocolate, made to order.",
        1,
        "#E6B98C",
        art("cup", drink=LATTE, foam=FOAM, heart=True),
    ),
    MenuCategory(
        "coffee",
        "Coffee",
        "Espresso drinks from our house blend.",
        1,
        "#E6B98C",
        art("cup", drink=ESPRESSO, foam="#C9935F"),
        parent="hot-drinks",
    ),
    MenuCategory(
        "tea",
        "Tea",
        "Loose-leaf teas and spiced chai.",
        2,
        "#B9D39A",
        art("mug", drink="#B5651D", mug="#5B8E7D", tag="#F2C14E"),
        parent="hot-drinks",
    ),
    MenuCategory(
        "cold-drinks",
        "Cold drinks",
        "Iced coffee, juices and smoothies.",
        2,
        "#9ED5DE",
        art("glass", layers=("#F4A300",)),
    ),
    MenuCategory(
        "breakfast",
        "Breakfast",
        "Served all day.",
        3,
        "#F2D27A",
        art("toast", topping="#8DB255", egg=True),
    ),
    MenuCategory(
        "lunch", "Lunch", "Soups, toasties and wraps from 11 am.", 4, "#EDA987", art("sandwich")
    ),
    MenuCategory(
        "pastries", "Pastries", "Baked in-house every morning.", 5, "#EFC27E", art("croissant")
    ),
    MenuCategory(
        "cakes", "Cakes & sweets", "A little something with your coffee.", 6, "#EBA9B8", art("cake")
    ),
)

PRODUCTS: tuple[MenuProduct, ...] = (*DRINKS, *FOOD)


# Allergens and dietary tags of the demo café, written the way a store would in Final POS
# (kiosk.domain.allergens): tags "allergen:<code>" / "diet:<code>". Drinks with milk say so;
# the soy and oat choices do not change the product's tags (one list per product).
ALLERGEN_TAGS: dict[str, tuple[str, ...]] = {
    "flat-white": ("allergen:milk", "diet:vegetarian"),
    "cappuccino": ("allergen:milk", "diet:vegetarian"),
    "caffe-latte": ("allergen:milk", "diet:vegetarian"),
    "mocha": ("allergen:milk", "diet:vegetarian"),
    "hot-chocolate": ("allergen:milk", "diet:vegetarian"),
    "babyccino": ("allergen:milk", "diet:vegetarian"),
    "espresso": ("diet:vegan",),
    "americano": ("diet:vegan",),
    "orange-juice": ("diet:vegan",),
    "porridge": ("allergen:gluten", "allergen:milk", "diet:vegetarian"),
    "granola-bowl": ("allergen:gluten", "allergen:milk", "allergen:nuts", "diet:vegetarian"),
    "avocado-toast": ("allergen:gluten", "allergen:sesame", "diet:vegan"),
    "bacon-roll": ("allergen:gluten",),
    "pancakes": ("allergen:gluten", "allergen:eggs", "allergen:milk", "diet:vegetarian"),
    "tomato-soup": ("allergen:celery", "allergen:milk", "diet:vegetarian", "diet:gluten-free"),
    "ham-cheese-toastie": ("allergen:gluten", "allergen:milk", "allergen:mustard"),
    "chicken-wrap": ("allergen:gluten", "allergen:eggs", "allergen:mustard"),
    "falafel-flatbread": ("allergen:gluten", "allergen:sesame"),
    "tuna-melt": ("allergen:gluten", "allergen:fish", "allergen:milk"),
    "halloumi-bowl": ("allergen:milk", "allergen:sesame", "diet:vegetarian", "diet:gluten-free"),
    "butter-croissant": ("allergen:gluten", "allergen:eggs", "allergen:milk", "diet:vegetarian"),
    "almond-croissant": (
        "allergen:gluten",
        "allergen:eggs",
        "allergen:milk",
        "allergen:nuts",
        "diet:vegetarian",
    ),
    "pain-au-chocolat": (
        "allergen:gluten",
        "allergen:milk",
        "allergen:soybeans",
        "diet:vegetarian",
    ),
    "carrot-cake": ("allergen:gluten", "allergen:eggs", "allergen:milk", "allergen:nuts"),
    "brownie": ("allergen:eggs", "allergen:milk", "allergen:soybeans", "diet:gluten-free"),
    "banana-bread": ("allergen:gluten", "allergen:eggs", "allergen:nuts", "diet:vegetarian"),
}
