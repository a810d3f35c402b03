"""Every text/background pair of both Theme palettes meets its contrast ratio (issue 13).

The colours are read from Theme.qml as QML evaluates it (the singleton itself, once with
``accessible`` off and once on), and the pairs are the ones Theme.qml lists in `textPairs`:
normal >= 4.5:1 (WCAG AA), accessibility >= 7:1 (WCAG AAA), disabled text included; the focus
ring >= 3:1 on every background a control sits on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor
from PySide6.QtQml import QJSValue, QQmlComponent, QQmlEngine

from kiosk import resources
from tests.ui.conftest import qt_app

THEME = resources.qml_dir() / "Theme.qml"
NORMAL_MIN = 4.5
ACCESSIBLE_MIN = 7.0
FOCUS_MIN = 3.0


def relative_luminance(color: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def theme() -> Iterator[QObject]:
    qt_app()
    engine = QQmlEngine()
    component = QQmlComponent(engine)
    source = b'import QtQuick\nimport "."\nQtObject { readonly property QtObject theme: Theme }\n'
    component.setData(source, QUrl.fromLocalFile(str(THEME.parent / "ThemeProbe.qml")))
    holder = component.create()
    assert holder is not None, component.errorString()
    found = holder.property("theme")
    assert isinstance(found, QObject)
    yield found
    del holder
    engine.deleteLater()


def palette(theme: QObject, accessible: bool) -> dict[str, QColor]:
    theme.setProperty("accessible", accessible)
    names = re.findall(r"property color (\w+):", THEME.read_text())
    colors = {name: theme.property(name) for name in names}
    assert all(isinstance(c, QColor) and c.isValid() for c in colors.values()), colors
    return colors  # type: ignore[return-value]


def listed(theme: QObject, name: str) -> list[Any]:
    value = theme.property(name)
    if isinstance(value, QJSValue):
        value = value.toVariant()
    assert isinstance(value, list), name
    return value


def pairs(theme: QObject) -> list[tuple[str, str]]:
    listed_pairs = listed(theme, "textPairs")
    assert len(listed_pairs) >= 20
    return [(str(text), str(background)) for text, background in listed_pairs]


@pytest.mark.parametrize(
    ("accessible", "minimum"), [(False, NORMAL_MIN), (True, ACCESSIBLE_MIN)], ids=["normal", "a11y"]
)
def test_every_text_pair_meets_its_ratio(theme: QObject, accessible: bool, minimum: float) -> None:
    colors = palette(theme, accessible)
    bad = [
        f"{text} on {background}: {contrast(colors[text], colors[background]):.2f}"
        for text, background in pairs(theme)
        if contrast(colors[text], colors[background]) < minimum
    ]
    assert bad == []


@pytest.mark.parametrize("accessible", [False, True], ids=["normal", "a11y"])
def test_the_focus_ring_shows_on_every_background(theme: QObject, accessible: bool) -> None:
    colors = palette(theme, accessible)
    backgrounds = listed(theme, "focusBackgrounds")
    assert "cream" in backgrounds and "espresso" in backgrounds
    for background in backgrounds:
        ring = max(
            contrast(colors["focusRing"], colors[background]),
            contrast(colors["focusRingInner"], colors[background]),
        )
        assert ring >= FOCUS_MIN, background


def test_the_pairs_cover_disabled_text_and_the_palettes_differ(theme: QObject) -> None:
    assert ("disabledInk", "disabledBg") in pairs(theme)
    normal, accessible = palette(theme, False), palette(theme, True)
    assert normal["ink"] != accessible["ink"] and normal["cream"] != accessible["cream"]
    assert theme.property("calm") == 0 and theme.property("fast") == 0  # a11y: no motion
    theme.setProperty("accessible", False)
    assert int(theme.property("calm")) > 0


def test_the_ratio_itself() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    # a pair below the bar is reported: the test can fail
    assert contrast(QColor("#A83E16"), QColor("#E9D3B8")) < NORMAL_MIN
