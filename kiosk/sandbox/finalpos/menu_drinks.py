"""The demo café's drinks: coffee, tea, other hot drinks and cold drinks, in menu order.

Part of the menu `kiosk.sandbox.finalpos.menu` assembles; the size and milk choices and the
coffee colours are shared with its categories and the food.
"""

from __future__ import annotations

from kiosk.sandbox.finalpos.menu_model import MenuProduct, art, grid, single

SIZES = {"Small": 0.0, "Regular": 0.4, "Large": 0.8}
MILKS = {"Whole": 0.0, "Oat": 0.4, "Soy": 0.4}
COFFEE_CUP = "#FFFFFF"
ESPRESSO = "#4B2A17"
LATTE = "#B07A4F"
FOAM = "#F3E3CF"

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

DRINKS: tuple[MenuProduct, ...] = (
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
)
