"""The customer's language: picked on any customer screen, live, and back after each customer;
every German text fits the main customer screens in both orientations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize
from PySide6.QtQuick import QQuickItem

from kiosk.ui.factory import ViewModels, build_view_models
from kiosk.ui.formatting import PriceFormatter, locale_for
from kiosk.ui.i18n import set_language, tr, tr_n
from kiosk.ui.screenshots import STATES, _stager
from kiosk.ui.view import LANDSCAPE, PORTRAIT, KioskView
from kiosk.ui.viewmodels.language import LANGUAGES
from tests.ui.conftest import until
from tests.ui.fakes import FakeCheckoutService, FakeImageStore, make_catalog, price
from tests.ui.still import frame_async, show_still_async
from tests.ui.test_qml import tap


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    """The translator is application-wide: leave it as every other test expects it."""
    yield
    set_language("en")


@pytest.fixture
def view(vms: ViewModels) -> Iterator[KioskView]:
    kiosk_view = KioskView(vms.app, size=PORTRAIT)
    kiosk_view.window.show()
    yield kiosk_view
    assert kiosk_view.warnings == []
    kiosk_view.close()


def texts(view: KioskView) -> list[QQuickItem]:
    """Every visible Text item with something to say."""
    found: list[QQuickItem] = []

    def walk(item: QQuickItem) -> None:
        for child in item.childItems():
            if not child.isVisible() or child.opacity() < 0.01:
                continue
            if child.metaObject().className().startswith("QQuickText") and child.property("text"):
                found.append(child)
            walk(child)

    walk(view.window.contentItem())
    return found


def shown_text(view: KioskView) -> set[str]:
    return {str(t.property("text")) for t in texts(view)}


# -- the view-model -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "store", "expected"),
    [
        ("de", "en_GB", "de"),  # Babel has no de_GB: German formats
        ("fr", "de_CH", "fr_CH"),  # the language in the store's country
        ("en", "en_IE", "en_IE"),  # the store's own language: its own locale
        ("en", "fr_FR", "en_FR"),
        ("es", "es", "es"),
    ],
)
def test_locale_for_a_language_keeps_the_store_country(
    language: str, store: str, expected: str
) -> None:
    assert locale_for(language, store) == expected


def test_choosing_a_language_translates_python_text_and_prices(vms: ViewModels) -> None:
    language = vms.app.language
    cart = vms.cart
    catalog = make_catalog()
    product = next(p for p in catalog.products if p.available and p.variants[0].available)
    cart.add(product, product.variants[0], 3)
    assert language.current == "en"
    assert cart.countText == "3 items"
    english_total = cart.total
    assert english_total.startswith("€")

    language.choose("de")
    assert language.current == "de"
    assert language.currentName == "Deutsch"
    assert cart.countText == "3 Artikel"
    assert cart.total.endswith("\xa0€") and "," in cart.total
    assert tr("Take away") == "Mitnehmen"

    language.choose("fr")
    assert tr_n("%n item(s)", 1) == "1 article"
    assert cart.countText == "3 articles"
    language.choose("es")
    assert cart.countText == "3 artículos"

    vms.app.restart()  # the next customer
    assert language.current == "en"
    assert tr_n("%n item(s)", 1) == "1 item"
    assert vms.formatter(1130) == "€11.30"


def test_languages_are_offered_in_their_own_names_store_language_first(vms: ViewModels) -> None:
    assert [x["name"] for x in vms.app.language.languages] == [
        "English",
        "Deutsch",
        "Français",
        "Español",
    ]
    german_store = build_view_models(
        currency="EUR",
        locale="de_AT",
        pricer=price,
        checkout=FakeCheckoutService(),
        image_store=None,
        store_name="Café",
    )
    try:
        language = german_store.app.language
        assert language.default == "de"
        assert [x["code"] for x in language.languages] == ["de", "en", "fr", "es"]
        language.choose("en")
        assert german_store.formatter.locale == "en_AT"
        language.choose("de")
        assert german_store.formatter.locale == "de_AT"  # the store's own, exactly
    finally:
        german_store.dispose()
    assert set(LANGUAGES) == {"en", "de", "fr", "es"}


def test_an_unknown_language_changes_nothing(vms: ViewModels) -> None:
    seen: list[None] = []
    vms.app.language.language_changed.connect(lambda: seen.append(None))
    vms.app.language.choose("xx")
    assert vms.app.language.current == "en"
    assert seen == []


def test_formatter_cache_follows_the_locale() -> None:
    fmt = PriceFormatter("en_GB", "EUR")
    assert fmt(450) == "€4.50"
    fmt.set_locale("de")
    assert fmt(450) == "4,50\xa0€"


# -- on screen ------------------------------------------------------------------------------
async def test_language_button_switches_every_screen_live(vms: ViewModels, view: KioskView) -> None:
    await until(lambda: "Tap to order" in shown_text(view))
    await tap(view, "languageButton")
    await until(lambda: vms.app.language.pickerOpen)
    await tap(view, "language_de")
    await until(lambda: "Zum Bestellen tippen" in shown_text(view))
    assert "Tap to order" not in shown_text(view)
    assert not vms.app.language.pickerOpen
    assert "Deutsch" in shown_text(view)

    await tap(view, "attractTapArea")  # on to the menu: the header has the button too
    if vms.app.screen == "orderType":
        vms.app.stage_screen("menu")
    await until(lambda: vms.app.screen == "menu")
    await until(lambda: "Neu beginnen" in shown_text(view))
    assert any(t.startswith("ab ") and t.endswith("\xa0€") for t in shown_text(view))
    await tap(view, "menuLanguageButton")
    await tap(view, "language_fr")
    await until(lambda: "Recommencer" in shown_text(view))
    assert any(t.startswith("dès ") for t in shown_text(view))


async def test_idle_reset_returns_to_the_store_language(vms: ViewModels, view: KioskView) -> None:
    vms.app.stage_screen("menu")
    vms.app.language.choose("es")
    await until(lambda: "Empezar de nuevo" in shown_text(view))
    vms.app.idle_clock.ask()  # the idle timer fired; the countdown runs for 3 s
    await until(lambda: vms.app.screen == "attract", timeout_s=6)
    assert vms.app.language.current == "en"
    await until(lambda: "Tap to order" in shown_text(view))


# -- German fits -----------------------------------------------------------------------------
MAIN_CUSTOMER_STATES = [
    s for s in STATES if s not in {"attract-paused", "menu-paused", "out-of-order"}
]


def clipped(view: KioskView) -> list[str]:
    """Visible texts that Qt shortened (elided, or cut at a line limit) or that are wider than
    their box without wrapping."""
    problems = []
    for item in texts(view):
        text = str(item.property("text"))
        if item.property("truncated"):
            problems.append(f"truncated: {text!r}")
        elif item.property("lineCount") == 1 and item.property("contentWidth") > item.width() + 1:
            problems.append(f"wider than its box: {text!r}")
    return problems


START_OVER = {"de": "Neu beginnen", "fr": "Recommencer", "es": "Empezar de nuevo"}


@pytest.fixture(params=["de", "fr", "es"])
def store_language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def german(
    checkout: FakeCheckoutService, image_dir: object, store_language: str
) -> Iterator[ViewModels]:
    """A store whose language is German (or French, Spanish: they must fit too)."""
    built = build_view_models(
        currency="EUR",
        locale=store_language,
        pricer=price,
        checkout=checkout,
        image_store=FakeImageStore(image_dir),  # type: ignore[arg-type]
        store_name="Harbour Street Café",
        idle_timeout_s=60,
        idle_countdown_s=3,
        confirmation_s=30,
    )
    built.app.set_catalog(make_catalog())
    yield built
    built.dispose()


@pytest.mark.parametrize("size", [PORTRAIT, LANDSCAPE], ids=["portrait", "landscape"])
async def test_no_german_text_is_clipped_on_the_customer_screens(
    german: ViewModels, size: QSize, store_language: str
) -> None:
    view = KioskView(german.app, size=size)
    try:
        await show_still_async(view)
        stagers = _stager(german, make_catalog())
        problems: dict[str, list[str]] = {}
        seen_german = False
        for state in MAIN_CUSTOMER_STATES:
            stagers[state]()
            await frame_async(view)
            shown = shown_text(view)
            seen_german = seen_german or START_OVER[store_language] in shown
            if found := clipped(view):
                problems[state] = found
        assert german.app.language.current == store_language
        assert seen_german
        assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
        assert view.warnings == []
    finally:
        view.close()


def test_the_upsell_title_follows_a_switch_while_it_shows(image_dir: object) -> None:
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=FakeCheckoutService(),
        image_store=FakeImageStore(image_dir),  # type: ignore[arg-type]
        store_name="Café",
        upsell_pairs={"coffee": "Food"},
    )
    try:
        built.app.set_catalog(make_catalog())
        espresso = next(p for p in make_catalog().products if p.id == "espresso")
        built.cart.add(espresso, espresso.variants[0])
        upsell = built.cart.upsell_model
        assert upsell.offer(make_catalog(), built.cart.cart)
        assert upsell.title == "Add something from food?"
        prices = upsell.suggestions.ROLES.index("price")
        assert all(row[prices].startswith("€") for row in upsell.suggestions.rows)
        built.app.language.choose("fr")
        assert upsell.title == "Envie de food\xa0?"
        assert all(row[prices].endswith("\xa0€") for row in upsell.suggestions.rows)
    finally:
        built.dispose()
