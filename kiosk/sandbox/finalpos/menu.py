"""The demo café's menu as plain data: categories, products, variants and their artwork.

Deliberately awkward in the ways real menus are: a category tree (Hot drinks > Coffee, Tea),
products whose attribute grid has holes (no small soy cappuccino), variants on sale, sold out,
low on stock or selling on backorder, a draft product the kiosk must hide, a product only sold
at another outlet, long names that must wrap. Prices are numbers in major units (EUR), as
Final POS's catalog sends them. `kiosk.sandbox.finalpos.seed` turns this into records.
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


SIZES = {"Small": 0.0, "Regular": 0.4, "Large": 0.8}
MILKS = {"Whole": 0.0, "Oat": 0.4, "Soy": 0.4}
COFFEE_CUP = "#FFFFFF"
ESPRESSO = "#4B2A17"
LATTE = "#B07A4F"
FOAM = "#F3E3CF"

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

_cappuccino_attrs, _cappuccino = grid(
    {"Size": SIZES, "Milk": MILKS},
    3.2,
    missing=[("Small", "Soy")],
    sale={("Large", "Whole"): 3.6, ("Large", "Oat"): 4.0},
)
_latte_attrs, _latte = grid(
    {"Size": SIZES, "Milk": MILKS},
    3.4,
    missing=[("Small", "Soy"), ("Large", "Soy")],
    stock={("Large", "Oat"): 0},
)
_mocha_attrs, _mocha = grid({"Size": SIZES, "Milk": {"Whole": 0.0, "Oat": 0.4}}, 3.9)
_flat_white_attrs, _flat_white = grid({"Milk": MILKS}, 3.5)
_americano_attrs, _americano = grid({"Size": SIZES}, 2.8)
_espresso_attrs, _espresso = grid({"Shots": {"Single": 0.0, "Double": 0.6}}, 2.2)
_caramel_attrs, _caramel = grid({"Size": {"Regular": 0.0, "Large": 0.5}, "Milk": MILKS}, 4.6)
_chai_attrs, _chai = grid({"Milk": MILKS}, 3.6)
_chocolate_attrs, _chocolate = grid(
    {"Size": SIZES, "Milk": {"Whole": 0.0, "Oat": 0.4}},
    3.3,
    missing=[("Small", "Oat")],
)
_iced_latte_attrs, _iced_latte = grid(
    {"Size": {"Regular": 0.0, "Large": 0.6}, "Milk": MILKS},
    3.8,
    sale={("Large", "Whole"): 3.9},
)
_juice_attrs, _juice = grid({"Size": {"Regular": 0.0, "Large": 1.2}}, 3.5)
_smoothie_attrs, _smoothie = grid({"Size": {"Regular": 0.0, "Large": 1.3}}, 4.9)
_cold_brew_attrs, _cold_brew = grid(
    {"Size": {"Regular": 0.0, "Large": 0.7}},
    3.9,
    stock={("Regular",): 0, ("Large",): 0},
)
_porridge_attrs, _porridge = grid({"Milk": MILKS}, 4.5)
_bacon_attrs, _bacon = grid({"Sauce": {"Ketchup": 0.0, "Brown sauce": 0.0, "No sauce": 0.0}}, 5.2)
_banana_attrs, _banana = grid(
    {"Serve": {"As it comes": 0.0, "Toasted with butter": 0.5}},
    3.2,
    stock={("As it comes",): 0, ("Toasted with butter",): 0},
    backorder=True,
)
_soup_attrs, _soup = grid({"Bread": {"Sourdough": 0.0, "Gluten-free roll": 0.5}}, 6.5)

PRODUCTS: tuple[MenuProduct, ...] = (
    # --- coffee ---
    MenuProduct(
        "espresso",
        "Espresso",
        "coffee",
        "A short, syrupy shot of our house blend with notes of cocoa and cherry.",
        "Short and intense.",
        "standard",
        art("cup", drink=ESPRESSO, foam="#A8683A", scale=0.7),
        _espresso,
        _espresso_attrs,
    ),
    MenuProduct(
        "americano",
        "Americano",
        "coffee",
        "Espresso lengthened with hot water for a clean, rounded cup.",
        "Long and smooth.",
        "standard",
        art("cup", drink=ESPRESSO),
        _americano,
        _americano_attrs,
    ),
    MenuProduct(
        "flat-white",
        "Flat white",
        "coffee",
        "Double ristretto under a thin layer of velvety steamed milk.",
        "Strong, silky, small.",
        "standard",
        art("cup", drink=LATTE, foam=FOAM, heart=True, scale=0.85),
        _flat_white,
        _flat_white_attrs,
    ),
    MenuProduct(
        "cappuccino",
        "Cappuccino",
        "coffee",
        "Equal parts espresso, steamed milk and airy foam, dusted with cocoa.",
        "Classic and frothy.",
        "standard",
        art("cup", drink=LATTE, foam="#FBF1E4"),
        _cappuccino,
        _cappuccino_attrs,
    ),
    MenuProduct(
        "caffe-latte",
        "Caffè latte",
        "coffee",
        "A mellow espresso with plenty of steamed milk and a little foam.",
        "Mild and milky.",
        "standard",
        art(
            "glass", layers=("#F3E3CF", "#C08A5B", "#6F4326"), ice=False, straw=None, fill_top=0.15
        ),
        _latte,
        _latte_attrs,
    ),
    MenuProduct(
        "mocha",
        "Mocha",
        "coffee",
        "Espresso, dark chocolate and steamed milk, finished with a cocoa dusting.",
        "Coffee meets chocolate.",
        "standard",
        art("mug", drink="#5A3522", mug="#8E5572", topping="cream"),
        _mocha,
        _mocha_attrs,
    ),
    MenuProduct(
        "cortado",
        "Cortado",
        "coffee",
        "Espresso cut with an equal splash of warm milk. Served in a glass.",
        "Half and half.",
        "standard",
        art("glass", layers=("#E9D2B4", "#6F4326"), ice=False, straw=None, fill_top=0.45),
        single(3.0),
    ),
    MenuProduct(
        "caramel-macchiato",
        "Double-shot caramel macchiato with vanilla cream",
        "coffee",
        "Vanilla milk marked with two shots of espresso and a ribbon of salted caramel.",
        "Sweet, layered, indulgent.",
        "standard",
        art("mug", drink="#B07A4F", mug="#D08C60", topping="cream"),
        _caramel,
        _caramel_attrs,
    ),
    # --- tea ---
    MenuProduct(
        "english-breakfast",
        "English breakfast tea",
        "tea",
        "A brisk Assam and Ceylon blend, brewed strong. Milk on the side.",
        "Brisk black tea.",
        "standard",
        art("mug", drink="#8B4A1C", mug="#3E7CB1", tag="#F2C14E"),
        single(2.6),
    ),
    MenuProduct(
        "earl-grey",
        "Earl Grey",
        "tea",
        "Black tea scented with bergamot, bright and floral.",
        "Citrus-scented black tea.",
        "standard",
        art("mug", drink="#9C5A24", mug="#6C5B7B", tag="#F7D6E0"),
        single(2.6),
    ),
    MenuProduct(
        "mint-tea",
        "Fresh mint tea",
        "tea",
        "A generous handful of fresh mint leaves steeped in hot water.",
        "Fresh and soothing.",
        "standard",
        art("mug", drink="#9CC069", mug="#F4F1EA", tag="#4E9F3D"),
        single(2.8),
    ),
    MenuProduct(
        "sencha",
        "Green sencha",
        "tea",
        "Japanese steamed green tea with a grassy, gently sweet finish.",
        "Light green tea.",
        "standard",
        art("mug", drink="#B8C96A", mug="#2F5D50", tag="#E9F5DB"),
        single(2.9),
    ),
    MenuProduct(
        "chai-latte",
        "Spiced chai latte",
        "tea",
        "Black tea simmered with cardamom, cinnamon and ginger, topped with foamed milk.",
        "Warming spices.",
        "standard",
        art("cup", drink="#C68B59", foam="#F5E1C8", cup="#F7E8D0"),
        _chai,
        _chai_attrs,
    ),
    MenuProduct(
        "rooibos",
        "Rooibos & vanilla",
        "tea",
        "Caffeine-free red bush tea with a soft vanilla sweetness.",
        "Naturally caffeine-free.",
        "standard",
        art("mug", drink="#A2402A", mug="#E07A5F", tag="#F4F1DE"),
        single(2.8, stock=0),
    ),
    # --- hot drinks (no subcategory) ---
    MenuProduct(
        "hot-chocolate",
        "Hot chocolate",
        "hot-drinks",
        "Rich 54 % dark chocolate melted into steamed milk, with mini marshmallows.",
        "Thick and chocolatey.",
        "standard",
        art("mug", drink="#4A2C1A", mug="#C9485B", topping="marshmallow"),
        _chocolate,
        _chocolate_attrs,
    ),
    MenuProduct(
        "babyccino",
        "Babyccino",
        "hot-drinks",
        "Warm frothy milk with a sprinkle of chocolate, for little ones.",
        "For the little ones.",
        "standard",
        art("cup", drink="#F7EBDD", foam="#FFFFFF", scale=0.7, cup="#BEE3F8"),
        single(1.0),
    ),
    # --- cold drinks ---
    MenuProduct(
        "iced-latte",
        "Iced latte",
        "cold-drinks",
        "Espresso poured over ice and cold milk. Ask for a shot of vanilla.",
        "Cold and creamy.",
        "standard",
        art("glass", layers=("#E9D2B4", "#B07A4F")),
        _iced_latte,
        _iced_latte_attrs,
    ),
    MenuProduct(
        "cold-brew",
        "Cold brew",
        "cold-drinks",
        "Steeped for eighteen hours for a smooth, naturally sweet coffee.",
        "Slow-steeped coffee.",
        "standard",
        art("glass", layers=("#3B2416",), straw="#2D3142"),
        _cold_brew,
        _cold_brew_attrs,
    ),
    MenuProduct(
        "orange-juice",
        "Fresh orange juice",
        "cold-drinks",
        "Squeezed to order from Valencia oranges.",
        "Freshly squeezed.",
        "standard",
        art("glass", layers=("#F7941D",), ice=False),
        _juice,
        _juice_attrs,
    ),
    MenuProduct(
        "lemonade",
        "Homemade lemonade",
        "cold-drinks",
        "Lemons, a little cane sugar and sparkling water, over ice with mint.",
        "Zesty and sparkling.",
        "standard",
        art("glass", layers=("#F9E27D",), straw="#4E9F3D"),
        single(3.4),
    ),
    MenuProduct(
        "berry-smoothie",
        "Berry & banana smoothie",
        "cold-drinks",
        "Strawberries, blueberries, banana and apple juice, blended thick.",
        "Fruity and thick.",
        "standard",
        art("glass", layers=("#B83B5E",), ice=False, straw="#F08A5D"),
        _smoothie,
        _smoothie_attrs,
    ),
    MenuProduct(
        "mango-smoothie",
        "Mango & passion fruit smoothie",
        "cold-drinks",
        "Ripe mango, passion fruit and coconut yoghurt.",
        "Tropical and creamy.",
        "standard",
        art("glass", layers=("#FFB627",), ice=False, straw="#6A994E"),
        single(5.2, sale=4.5),
    ),
    MenuProduct(
        "sparkling-water",
        "Sparkling mineral water",
        "cold-drinks",
        "Lightly sparkling spring water, 500 ml.",
        "500 ml bottle.",
        "standard",
        art("bottle", liquid="#CDEBF5", label="#2E86AB", cap="#1B4965"),
        single(2.2, stock=24),
    ),
    MenuProduct(
        "apple-juice",
        "Cloudy apple juice",
        "cold-drinks",
        "Pressed from English apples, 330 ml.",
        "330 ml bottle.",
        "standard",
        art("bottle", liquid="#E9C46A", label="#6A994E", cap="#386641"),
        single(2.9, stock=2),
    ),
    # --- breakfast ---
    MenuProduct(
        "porridge",
        "Porridge with berries & honey",
        "breakfast",
        "Creamy oats topped with mixed berries, toasted seeds and a drizzle of honey.",
        "Warm and wholesome.",
        "reduced",
        art("bowl", contents="#F1E3C8", garnish=("#7B2CBF", "#C9184A", "#E9A23B")),
        _porridge,
        _porridge_attrs,
    ),
    MenuProduct(
        "granola-bowl",
        "Granola & yoghurt bowl",
        "breakfast",
        "House granola, thick Greek yoghurt, seasonal fruit and a little maple syrup.",
        "Crunchy and fresh.",
        "reduced",
        art("bowl", contents="#FFFFFF", bowl="#5B8E7D", garnish=("#D4A373", "#C9184A", "#F4A261")),
        single(5.5),
    ),
    MenuProduct(
        "avocado-toast",
        "Smashed avocado on sourdough",
        "breakfast",
        "Lime and chilli avocado on toasted sourdough with a poached egg.",
        "Topped with a poached egg.",
        "reduced",
        art("toast", egg=True),
        single(8.5),
    ),
    MenuProduct(
        "bacon-roll",
        "Bacon roll",
        "breakfast",
        "Smoked back bacon in a soft floured bap with your choice of sauce.",
        "Smoky and satisfying.",
        "reduced",
        art("sandwich", bread="#E8C07D", fillings=("#C0504D", "#A23E48")),
        _bacon,
        _bacon_attrs,
    ),
    MenuProduct(
        "pancakes",
        "Buttermilk pancakes",
        "breakfast",
        "A stack of three fluffy pancakes with blueberries, butter and maple syrup.",
        "Stacked three high.",
        "reduced",
        art("pancakes"),
        single(7.9, sale=6.9),
    ),
    # --- lunch ---
    MenuProduct(
        "tomato-soup",
        "Slow-roasted tomato & basil soup with sourdough",
        "lunch",
        "Roasted tomatoes, garlic and fresh basil, blended smooth and served with bread.",
        "Comforting and bright.",
        "reduced",
        art("bowl", contents="#D9482B", garnish=("#4E9F3D", "#FFF4E6"), side="#E2B36B"),
        _soup,
        _soup_attrs,
    ),
    MenuProduct(
        "ham-cheese-toastie",
        "Ham & cheese toastie",
        "lunch",
        "Honey-roast ham and mature cheddar, toasted until golden and oozing.",
        "Golden and melty.",
        "reduced",
        art("sandwich", fillings=("#F4B6B6", "#F5C542"), toasted=True),
        single(6.2, stock=8),
    ),
    MenuProduct(
        "chicken-wrap",
        "Chicken Caesar wrap",
        "lunch",
        "Grilled chicken, crisp romaine, parmesan and Caesar dressing in a soft wrap.",
        "Crisp and creamy.",
        "reduced",
        art("wrap", fillings=("#6BA539", "#F2E3C6", "#E9C46A")),
        single(6.8),
    ),
    MenuProduct(
        "falafel-flatbread",
        "Falafel & hummus flatbread",
        "lunch",
        "Herby falafel, lemony hummus, pickled red onion and salad in a warm flatbread.",
        "Vegan and filling.",
        "reduced",
        art("wrap", tortilla="#E9C98F", fillings=("#7A9E3A", "#B5838D", "#8C6239")),
        single(6.9),
        tags=("vegan",),
    ),
    MenuProduct(
        "tuna-melt",
        "Tuna melt on rye",
        "lunch",
        "Tuna, sweetcorn and spring onion under melted cheddar on toasted rye.",
        "Toasted and cheesy.",
        "reduced",
        art("sandwich", bread="#B98B5A", fillings=("#F2E3C6", "#F5C542"), toasted=True),
        single(6.6),
    ),
    MenuProduct(
        "halloumi-bowl",
        "Grilled halloumi salad bowl",
        "lunch",
        "Charred halloumi, quinoa, roasted peppers, leaves and a pomegranate dressing.",
        "Fresh and colourful.",
        "reduced",
        art("bowl", contents="#8DB255", bowl="#F4F1EA", garnish=("#F1E3C8", "#E63946", "#F4A261")),
        single(8.9),
    ),
    # --- pastries ---
    MenuProduct(
        "butter-croissant",
        "Butter croissant",
        "pastries",
        "Flaky, golden and made with French butter.",
        "Flaky and buttery.",
        "reduced",
        art("croissant"),
        single(2.4, stock=12, backorder=True),
    ),
    MenuProduct(
        "almond-croissant",
        "Almond croissant",
        "pastries",
        "Twice-baked croissant filled with almond cream and topped with flaked almonds.",
        "Nutty and sweet.",
        "reduced",
        art("croissant", extra="#F5E6C8"),
        single(3.2, sale=2.6),
    ),
    MenuProduct(
        "pain-au-chocolat",
        "Pain au chocolat",
        "pastries",
        "Buttery laminated pastry wrapped around two batons of dark chocolate.",
        "Two dark chocolate batons.",
        "reduced",
        art("croissant", dough="#D9954B", extra="#4A2C1A"),
        single(2.7),
    ),
    MenuProduct(
        "cinnamon-bun",
        "Cinnamon bun",
        "pastries",
        "Soft, swirled dough with cinnamon sugar and a vanilla glaze.",
        "Sticky and spiced.",
        "reduced",
        art("bun"),
        single(3.3, stock=0),
    ),
    MenuProduct(
        "blueberry-muffin",
        "Blueberry muffin",
        "pastries",
        "Bursting with blueberries under a crunchy demerara top.",
        "Bursting with berries.",
        "reduced",
        art("muffin"),
        single(3.0, sale=2.5),
    ),
    MenuProduct(
        "cheese-scone",
        "Cheddar & chive scone",
        "pastries",
        "Savoury scone with mature cheddar and chives, served with butter.",
        "Savoury and warm.",
        "reduced",
        art("muffin", case="#F4F1EA", top="#E0B15B", dots="#6A994E"),
        single(3.1),
    ),
    MenuProduct(
        "cardamom-knot",
        "Cardamom knot",
        "pastries",
        "A Scandinavian twist of buttery dough fragrant with cardamom.",
        "Fragrant Nordic bake.",
        "reduced",
        art("bun", dough="#E0A560", swirl="#A0522D", icing=None),
        single(3.4),
    ),
    # --- cakes & sweets ---
    MenuProduct(
        "carrot-cake",
        "Carrot cake",
        "cakes",
        "Spiced sponge with walnuts and a thick cream-cheese frosting.",
        "Spiced with cream cheese.",
        "reduced",
        art("cake", sponge="#D98E4A", cream="#FFF4E6", top="#FFF4E6", berry="#F77F00"),
        single(4.2, stock=3),
    ),
    MenuProduct(
        "brownie",
        "Chocolate fudge brownie",
        "cakes",
        "Dense, fudgy and made with 70 % dark chocolate.",
        "Dense and fudgy.",
        "reduced",
        art("cake", sponge="#4A2C1A", cream="#7A4A2A", top="#5E3A22", berry=None, square=True),
        single(3.5),
    ),
    MenuProduct(
        "lemon-drizzle",
        "Lemon drizzle slice",
        "cakes",
        "Zesty lemon sponge soaked in lemon syrup with a crackly sugar top.",
        "Zesty and moist.",
        "reduced",
        art("cake", sponge="#F6D55C", cream="#FFF7D6", top="#FFFBEA", berry="#FFD23F", square=True),
        single(3.6),
    ),
    MenuProduct(
        "victoria-sponge",
        "Victoria sponge",
        "cakes",
        "Light vanilla sponge sandwiched with raspberry jam and buttercream.",
        "Jam and buttercream.",
        "reduced",
        art("cake"),
        single(4.0),
    ),
    MenuProduct(
        "caramel-cookie",
        "Salted caramel cookie",
        "cakes",
        "Chewy brown-butter cookie studded with salted caramel pieces.",
        "Chewy and salty-sweet.",
        "reduced",
        art("cookie", chips="#B5651D"),
        single(2.5),
    ),
    MenuProduct(
        "banana-bread",
        "Banana bread",
        "cakes",
        "Moist banana loaf with dark chocolate chips. Lovely toasted with butter.",
        "Baked fresh, sold on order.",
        "reduced",
        art("cake", sponge="#B5763C", cream="#C98B4E", top="#8A5A2B", berry=None, square=True),
        _banana,
        _banana_attrs,
    ),
    MenuProduct(
        "fruit-tart",
        "Seasonal fruit tart",
        "cakes",
        "Crisp pastry, vanilla custard and the best fruit of the week.",
        "Coming soon.",
        "reduced",
        art("cake", sponge="#F1C27D", cream="#FFF1C1", top="#E63946", berry="#2A9D8F"),
        single(4.5),
        status="draft",
    ),
    MenuProduct(
        "picnic-box",
        "Harbourside picnic box for two",
        "lunch",
        "Two sandwiches, two cakes and two drinks, packed for the pier.",
        "Only at the pier kiosk.",
        "reduced",
        art("sandwich", bread="#D4A373", fillings=("#6BA539", "#F5C542")),
        single(18.0),
        outlets="elsewhere",
    ),
)


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
