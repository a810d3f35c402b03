"""Receipt ids: what the checkouts and cash sales write is what the rebuilds read back."""

from __future__ import annotations

import pytest

from kiosk.services.receipt_ids import is_ours, receipt_id, receipt_seq, till_tag


@pytest.mark.parametrize(
    ("name", "fallback", "tag"),
    [
        ("Kiosk 1", "KIOSK", "KIOSK1"),
        ("Front counter station", "STATION", "FRONTCOU"),  # at most 8
        ("Café-2", "KIOSK", "CAFÉ2"),
        ("  ***  ", "KIOSK", "KIOSK"),
        ("---", "STATION", "STATION"),
    ],
)
def test_the_tag_is_the_names_letters_and_digits_or_the_fallback(
    name: str, fallback: str, tag: str
) -> None:
    assert till_tag(name, fallback) == tag


def test_a_written_receipt_id_is_read_back_as_ours_with_its_sequence() -> None:
    checkout_id = "ab12cd" + "0" * 26
    written = receipt_id("KIOSK1", 42, checkout_id)
    assert written == "KIOSK1-000042-AB12CD"
    assert is_ours(written, checkout_id, "KIOSK1")
    assert receipt_seq(written) == 42
    assert not is_ours(written, checkout_id, "KIOSK2")
    assert not is_ours(written, "ffffff" + "0" * 26, "KIOSK1")
    assert receipt_seq("KIOSK1-?-AB12CD") is None
