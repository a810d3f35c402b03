"""Finding products at the station: search as you type and the barcode scanner.

`station.search` in QML. Keyboard: a window-wide event filter
(`kiosk.ui.station.keys.ScannerFilter`) feeds every printable key and Enter to
`key_event`/`enter_event`, which tell a barcode scanner's burst from typing
(`kiosk.services.station.scanner`). A scan adds the variant wherever the focus is and the
scanned characters are taken back out of the search field (`query_reset`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.services.station.scanner import KeyVerdict, ScanDetector
from kiosk.services.station.search import SearchHit
from kiosk.ui.i18n import tr
from kiosk.ui.models.rows import RowListModel
from kiosk.ui.station.sale import SaleViewModel
from kiosk.ui.station.state import MessageKind, StationScreen, StationState


class ResultListModel(RowListModel):
    ROLES = ("key", "name", "options", "sku", "price", "available")


class SearchViewModel(QObject):
    """`station.search`; see the module docstring."""

    results_changed = Signal()
    query_reset = Signal(str)  # the view-model changed the search text (a scan, a new sale)

    def __init__(
        self,
        state: StationState,
        sale: SaleViewModel,
        *,
        monotonic: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._sale = sale
        self._monotonic = monotonic
        self._query = ""
        self._hits: list[SearchHit] = []
        rules = state.desk.rules
        self._scanner = ScanDetector(max_gap_s=rules.scan_gap_s, min_length=rules.scan_min_length)
        self.results = ResultListModel(self)
        sale.cleared.connect(lambda: self.reset_query(""))

    def _get_query(self) -> str:
        return self._query

    query = Property(str, _get_query, notify=results_changed)

    def _get_results(self) -> QObject:
        return self.results

    resultModel = Property(QObject, _get_results, constant=True)

    @Slot(str)
    def setQuery(self, text: str) -> None:
        self._query = text
        self._hits = self._state.desk.index.search(text) if text.strip() else []
        money = self._state.money
        self.results.set_rows(
            [
                (i, h.name, h.options_text, h.sku or "", money(h.price_minor), h.available)
                for i, h in enumerate(self._hits)
            ]
        )
        self.results_changed.emit()

    def reset_query(self, text: str) -> None:
        self.setQuery(text)
        self.query_reset.emit(text)

    @Slot(int)
    def addResult(self, row: int) -> None:
        if 0 <= row < len(self._hits):
            self.add(self._hits[row])

    def add(self, hit: SearchHit) -> bool:
        found = self._state.desk.variant_of(hit)
        if found is None:
            self._state.say(tr("This product is no longer on the menu."), MessageKind.ERROR)
            return False
        product, variant = found
        label = f"{hit.name} ({hit.options_text})" if hit.options_text else hit.name
        return self._sale.add(product, variant, label)

    def key_event(self, char: str, at: float | None = None) -> KeyVerdict:
        """A printable key anywhere in the station window (the scanner filter calls it)."""
        return self._scanner.key(char, self._monotonic() if at is None else at).verdict

    def enter_event(self, at: float | None = None) -> bool:
        """Enter anywhere: True when it ended a scan (the filter then swallows the Enter)."""
        result = self._scanner.enter(self._monotonic() if at is None else at)
        if result.verdict is KeyVerdict.SCANNED:
            self.code_scanned(result.text)
            return True
        return False

    def code_scanned(self, code: str) -> bool:
        if self._query.endswith(code):  # the burst also reached the search field
            self.reset_query(self._query[: -len(code)])
        if self._state.screen_enum is not StationScreen.SALE or self._state.user is None:
            self._state.say(tr("Scanned {code}: open the sale to add it.", code=code))
            return False
        hit = self._state.desk.index.lookup_code(code)
        if hit is None:
            self._state.say(tr("Barcode {code} is not on the menu.", code=code), MessageKind.ERROR)
            return False
        return self.add(hit)

    @Slot(str)
    def scanned(self, code: str) -> None:
        self.code_scanned(code)
