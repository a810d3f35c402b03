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


def test_replace_rows_keeps_the_delegates_rows_change_in_place(qapp: object) -> None:
    model = Pairs()
    model.set_rows([(k, False) for k in "abcdef"])
    seen: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: seen.append(("reset", 0, 0)))
    model.dataChanged.connect(lambda a, b, *_: seen.append(("changed", a.row(), b.row())))
    model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
    model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
    counts: list[int] = []
    model.count_changed.connect(lambda: counts.append(model.rowCount()))

    model.replace_rows([(k, True) for k in "xyz"])  # fewer
    assert seen == [("removed", 3, 5), ("changed", 0, 2)] and counts == [3]
    assert [model.value(i, "key") for i in range(3)] == ["x", "y", "z"]
    seen.clear()
    model.replace_rows([(k, False) for k in "pqrst"])  # more
    assert seen == [("inserted", 3, 4), ("changed", 0, 2)] and counts == [3, 5]
    assert model.value(4, "key") == "t"
    seen.clear()
    model.replace_rows([(k, False) for k in "abcde"])  # as many: no count change
    assert seen == [("changed", 0, 4)] and counts == [3, 5]
    seen.clear()
    model.replace_rows([])
    model.replace_rows([("a", True)])
    assert seen == [("removed", 0, 4), ("inserted", 0, 0)] and model.value(0, "selected")
