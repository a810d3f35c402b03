"""RowListModel: resets and in-place updates."""

from __future__ import annotations

from typing import ClassVar

from kiosk.ui.models.rows import RowListModel


class Pairs(RowListModel):
    ROLES: ClassVar[tuple[str, ...]] = ("key", "selected")


def test_update_rows_signals_only_the_rows_that_changed(qapp: object) -> None:
    model = Pairs()
    model.set_rows([(k, False) for k in "abcdef"])
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    model.modelReset.connect(lambda: resets.append(True))
    rows = [(k, k in "bcf") for k in "abcdef"]
    model.update_rows(rows)
    assert changed == [(1, 2), (5, 5)] and resets == []
    assert model.value(2, "selected") is True
    model.update_rows(rows)  # nothing changed: nothing signalled
    assert changed == [(1, 2), (5, 5)]
    model.update_rows(rows[:3])  # another count: a reset
    assert resets == [True] and model.rowCount() == 3
