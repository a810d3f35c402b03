"""Every name the QML reads on the cart view-model is one Qt knows.

The cart view-model is three files (`cart.py` and its mixins `cart_entry.py`, `cart_pay.py`).
A property or slot that Qt did not register reads as `undefined` in QML without a warning
(`vm.entry !== ""` is then true: the keypad overlay would cover every screen), so the QML
tests alone would not catch a name lost in a split.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMetaObject

import kiosk
from kiosk.ui.viewmodels.cart import CartViewModel

QML = Path(kiosk.__file__).resolve().parent / "ui" / "qml"

# file (under qml/) -> how the cart view-model is named there
READERS = {
    "components/EntryOverlay.qml": r"\b(?:root\.)?vm\.(\w+)",  # vm: app.cart
    "components/KioskKeys.qml": r"\bcart\.(\w+)",  # const cart = app.cart
}


def qt_names(meta: QMetaObject) -> set[str]:
    names = {meta.property(i).name() for i in range(meta.propertyCount())}
    names |= {bytes(meta.method(i).name().data()).decode() for i in range(meta.methodCount())}
    return names


def names_in_qml() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(QML.rglob("*.qml")):
        rel = path.relative_to(QML).as_posix()
        text = path.read_text(encoding="utf-8")
        names = set(re.findall(r"\bapp\.cart\.(\w+)", text))
        if rel in READERS:
            names |= set(re.findall(READERS[rel], text))
        if names:
            found[rel] = names
    return found


def test_the_qml_reads_only_names_qt_knows_on_the_cart() -> None:
    known = qt_names(CartViewModel.staticMetaObject)
    used = names_in_qml()
    # the scan finds the keypad's, the pay steps' and the cart's own names
    every = set().union(*used.values())
    assert {"entry", "draft", "saveEntry", "type"} <= every  # cart_entry.py
    assert {"checking", "payAtCounterOffered"} <= every  # cart_pay.py
    assert {"lines", "total", "undo", "confirmingStartOver"} <= every  # cart.py
    missing = {rel: sorted(names - known) for rel, names in used.items() if names - known}
    assert missing == {}


def test_the_mixins_signals_are_the_view_models() -> None:
    """`app.py` and the tests connect to these: each is a signal of CartViewModel."""
    meta = CartViewModel.staticMetaObject
    signals = {
        bytes(meta.method(i).name().data()).decode()
        for i in range(meta.methodCount())
        if meta.method(i).methodType() == meta.method(i).MethodType.Signal
    }
    assert {
        "entry_changed",
        "table_entered",
        "checking_changed",
        "catalog_refreshed",
        "ready_to_pay",
        "placed_at_counter",
        "counter_changed",
        "cart_changed",
    } <= signals
