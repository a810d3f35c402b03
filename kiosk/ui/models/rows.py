"""A QAbstractListModel over precomputed tuples with named roles.

Every list the QML shows (categories, products, cart lines, option chips) is one of these:
rows are built in Python once, `data()` is a tuple index, and a refresh is a model reset or,
where delegates are costly (the product grid), rows replaced in place so the view keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Property as QtProperty
from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

# Qt::DisplayRole and Qt::UserRole as plain ints: the first use of any enum of PySide6's `Qt`
# namespace makes all of them (20-38 ms, before the first frame; kiosk/ui/event_loop.py).
DISPLAY_ROLE = 0
USER_ROLE = 0x0100

Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel):
    """Subclasses name their roles in ``ROLES``; rows are tuples in that order."""

    ROLES: ClassVar[tuple[str, ...]] = ()
    count_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[tuple[Any, ...]] = ()
        self._role_index = {name: i for i, name in enumerate(self.ROLES)}

    # Qt overrides -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = USER_ROLE) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        column = role - USER_ROLE
        if 0 <= column < len(self.ROLES):
            return self._rows[row][column]
        if role == DISPLAY_ROLE and self.ROLES:
            return self._rows[row][0]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {USER_ROLE + i: QByteArray(name.encode()) for i, name in enumerate(self.ROLES)}

    # Python API -------------------------------------------------------------------------
    def _get_count(self) -> int:
        return len(self._rows)

    count = QtProperty(int, _get_count, notify=count_changed)

    @property
    def rows(self) -> Sequence[tuple[Any, ...]]:
        return self._rows

    def set_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace all rows (a model reset: the view recreates its delegates and scrolls to
        the top; `replace_rows` keeps them)."""
        old = len(self._rows)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        if old != len(rows):
            self.count_changed.emit()

    def replace_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace all rows, keeping the view's delegates: the rows beyond the new count are
        removed (or the extra ones inserted) and the rest change in place.

        A reset makes the view destroy and recreate every delegate; a product card is ~40
        items and bindings, and recreating the dozen on screen was most of a category switch
        (17 ms of CPU -> 5 ms, benchmarks/menu.py). The view keeps its scroll position, so
        the caller rewinds it first when it should.
        """
        old = len(self._rows)
        new = len(rows)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows = rows
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows = rows
            self.endInsertRows()
        else:
            self._rows = rows
        common = min(old, new)
        if common:
            self.dataChanged.emit(self.index(0), self.index(common - 1))
        if old != new:
            self.count_changed.emit()

    def update_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Same row count, new values: dataChanged for the rows that changed (keeps scroll).

        A category switch changes two rows of the rail; signalling only those spares the
        view rebinding every delegate.
        """
        if len(rows) != len(self._rows):
            self.set_rows(rows)
            return
        old, self._rows = self._rows, rows
        start = None
        for i in range(len(rows) + 1):
            changed = i < len(rows) and rows[i] != old[i]
            if changed and start is None:
                start = i
            elif not changed and start is not None:
                self.dataChanged.emit(self.index(start), self.index(i - 1))
                start = None

    def value(self, row: int, role: str) -> Any:
        return self._rows[row][self._role_index[role]]

    def find(self, role: str, value: Any) -> int:
        column = self._role_index[role]
        for i, row in enumerate(self._rows):
            if row[column] == value:
                return i
        return -1
