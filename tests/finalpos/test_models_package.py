"""The wire models package hands every model on under one name space (`m.X`)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from kiosk.finalpos import models as m

RESOURCE_MODULES = sorted(
    info.name for info in pkgutil.iter_modules(m.__path__) if not info.name.startswith("_")
)


def test_the_package_has_its_resource_modules() -> None:
    assert RESOURCE_MODULES == [
        "base",
        "catalog",
        "catalog_listings",
        "customers",
        "orders",
        "outlets",
        "payments",
        "roles",
        "sessions",
    ]


@pytest.mark.parametrize("module_name", RESOURCE_MODULES)
def test_every_public_class_of_a_resource_module_is_exported(module_name: str) -> None:
    module = importlib.import_module(f"{m.__name__}.{module_name}")
    defined = {
        name
        for name, value in vars(module).items()
        if isinstance(value, type)
        and value.__module__ == module.__name__
        and not name.startswith("_")
    }
    assert defined, f"{module_name} defines no model"
    missing = {name for name in defined if getattr(m, name, None) is not vars(module)[name]}
    assert not missing, f"not handed on by kiosk.finalpos.models: {sorted(missing)}"
    assert defined <= set(m.__all__)


def test_every_exported_name_is_a_name_of_the_package() -> None:
    assert len(set(m.__all__)) == len(m.__all__)
    for name in m.__all__:
        assert hasattr(m, name), name


def test_models_across_modules_keep_the_tolerant_rules() -> None:
    order = m.Order.model_validate({"id": "o1", "externalId": "k-1", "surprise": 1})
    assert order.external_id == "k-1" and order.summary is None  # unknown ignored, missing ok
    assert m.Outlet.model_validate({"id": "x", "stations": None}).stations == []
    price = m.Variant.model_validate({"id": "v1", "price": "a word"}).price
    assert price is not None and price.is_nan()  # kept for the mapping to skip the product
    refund = m.Refund.model_validate({"id": "r1", "lineItems": [{"price": "1.50"}]})
    assert refund.line_items is not None and isinstance(refund.line_items[0], m.LineItem)
    assert refund.to_wire()["lineItems"] == [{"price": "1.50", "taxes": []}]
