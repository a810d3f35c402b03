"""What the kiosk's first menu frame does not pay for (benchmarks/startup.py measures it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.catalog import Catalog, InMemoryProducts, Product
from kiosk.ui.factory import ViewModels, build_view_models
from tests.ui.fakes import FakeImageStore, make_catalog, price
from tests.ui.test_viewmodels import column


class CountingProducts(InMemoryProducts):
    """Records which categories' products were read (a lazily read cache decodes them)."""

    def __init__(self, products: tuple[Product, ...]) -> None:
        super().__init__(products)
        self.read: list[str] = []

    def products_of(self, category_id: str) -> list[Product]:
        self.read.append(category_id)
        return super().products_of(category_id)


@pytest.fixture
def first_frame_vms() -> Iterator[ViewModels]:
    """The view-models as `Kiosk._build` makes them: no image store until the Backend."""
    built = build_view_models(
        currency="EUR",
        locale="en_GB",
        pricer=price,
        checkout=None,
        image_store=None,
        store_name="Harbour Street Café",
        idle_timeout_s=60,
        idle_countdown_s=3,
        confirmation_s=30,
    )
    yield built
    built.dispose()


def test_the_first_frame_reads_only_the_first_category_and_slides_follow_the_store(
    first_frame_vms: ViewModels, image_dir: Path
) -> None:
    menu = first_frame_vms.menu
    cafe = make_catalog()
    source = CountingProducts(cafe.products)
    catalog = Catalog(cafe.currency, cafe.categories, source=source)
    first_frame_vms.app.set_catalog(catalog)
    first = menu.current_category_id
    assert first == "coffee"
    assert set(source.read) <= {first, *(c.id for c in catalog.children(first))}
    assert menu.attractSlides.count == 0  # no store: no picture to show yet

    first_frame_vms.images.set_store(FakeImageStore(image_dir))
    menu.refresh_images()
    assert column(menu.attractSlides, "productId") == ["latte"]
