"""The station's search index (typos, accents, codes) and the scanner/typing detector."""

from __future__ import annotations

import pytest

from kiosk.domain.catalog import Product, Variant
from kiosk.services.station.scanner import KeyVerdict, ScanDetector
from kiosk.services.station.search import SearchIndex, fold, fold_code, typo_budget


def product(pid: str, name: str, *variants: tuple[str, str, str]) -> Product:
    return Product(
        id=pid,
        name=name,
        variants=tuple(
            Variant(f"{pid}-{n}", pid, 300 + n, 300 + n, (("Size", size),), sku=sku, barcode=code)
            for n, (size, sku, code) in enumerate(variants)
        ),
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            product(
                "p1",
                "Cappuccino",
                ("Small", "CAP-S", "5012345678900"),
                ("Large", "CAP-L", "5012345678917"),
            ),
            product("p2", "Crème brûlée", ("Regular", "CRB-1", "4006381333931")),
            product("p3", "Espresso", ("Single", "ESP-1", None), ("Double", "ESP-2", None)),
            product("p4", "Iced latte", ("Large", "LAT-L", "0001")),
            product("p5", "Café au lait", ("Regular", "CAL-1", None)),
        ]
    )


def names(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [f"{h.name}/{h.options_text}" for h in hits]


def test_fold_and_budget() -> None:
    assert fold("Crème Brûlée") == "creme brulee"
    assert fold_code(" 50-1234 5678.900 ") == "5012345678900"
    assert [typo_budget(n) for n in (1, 3, 4, 6, 7, 12)] == [0, 0, 1, 1, 2, 2]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("capp", ["Cappuccino/Large", "Cappuccino/Small"]),  # prefix while typing
        ("capu", ["Cappuccino/Large", "Cappuccino/Small"]),  # a typo in the prefix
        ("capucino", ["Cappuccino/Large", "Cappuccino/Small"]),  # a typo in the whole word
        ("creme", ["Crème brûlée/Regular"]),  # accents ignored
        ("BRÛLÉE", ["Crème brûlée/Regular"]),
        ("large", ["Cappuccino/Large", "Iced latte/Large"]),  # options are words too
        ("cap large", ["Cappuccino/Large"]),  # every word must match
        ("expreso", ["Espresso/Double", "Espresso/Single"]),
        ("cafe", ["Café au lait/Regular"]),
        ("zzzz", []),
        ("", []),
    ],
)
def test_search(index: SearchIndex, query: str, expected: list[str]) -> None:
    assert sorted(names(index.search(query))) == sorted(expected)


def test_exact_beats_typo(index: SearchIndex) -> None:
    hits = index.search("lait")
    assert names(hits)[0] == "Café au lait/Regular"  # exact "lait"
    assert "Iced latte/Large" in names(hits)  # "latt(e)" is one typo away
    assert hits[0].score > hits[-1].score


def test_codes(index: SearchIndex) -> None:
    hit = index.lookup_code("5012345678917")
    assert hit is not None and (hit.product_id, hit.variant_id) == ("p1", "p1-1")
    sku = index.lookup_code("cap-s")
    assert sku is not None and sku.variant_id == "p1-0"
    assert index.lookup_code("9999999999999") is None
    assert names(index.search("50123"))[:2] == ["Cappuccino/Small", "Cappuccino/Large"]
    assert names(index.search("ESP-2")) == ["Espresso/Double"]


def test_scanner_burst_ending_in_enter_is_a_scan() -> None:
    d = ScanDetector(max_gap_s=0.03, min_length=4)
    t = 10.0
    for ch in "5012345678900":
        assert d.key(ch, t).verdict is KeyVerdict.BUFFERED
        t += 0.008
    result = d.enter(t)
    assert (result.verdict, result.text) == (KeyVerdict.SCANNED, "5012345678900")
    assert d.pending == ""


def test_typing_is_handed_back() -> None:
    d = ScanDetector(max_gap_s=0.03, min_length=4)
    typed: list[str] = []
    t = 0.0
    for ch in "latte":
        r = d.key(ch, t)
        if r.verdict is KeyVerdict.TYPED:
            typed.append(r.text)
        t += 0.15  # a person
    r = d.flush(t)
    assert r.verdict is KeyVerdict.TYPED
    typed.append(r.text)
    assert "".join(typed) == "latte"
    # Enter after slow typing is the field's Enter, not a scan.
    d.key("a", 0.0)
    d.key("b", 0.01)
    assert d.enter(0.5).verdict is KeyVerdict.TYPED


def test_short_fast_burst_is_not_a_scan() -> None:
    d = ScanDetector(max_gap_s=0.03, min_length=4)
    d.key("o", 0.0)
    d.key("k", 0.01)
    r = d.enter(0.02)
    assert (r.verdict, r.text) == (KeyVerdict.TYPED, "ok")


def test_flush_waits_while_a_burst_may_go_on() -> None:
    d = ScanDetector(max_gap_s=0.03)
    d.key("1", 0.0)
    assert d.flush(0.01).verdict is KeyVerdict.BUFFERED
    assert d.pending == "1"


def test_a_key_timed_before_the_last_one_ends_the_burst() -> None:
    """The window system's clock wrapped (or two clocks met): no scan from a backwards gap."""
    d = ScanDetector(max_gap_s=0.03, min_length=4)
    for i, ch in enumerate("5012"):
        d.key(ch, 100.0 + i * 0.005)
    assert d.key("3", 1.0).verdict is KeyVerdict.TYPED  # hands back the four held keys
    assert d.enter(0.5).verdict is KeyVerdict.TYPED
