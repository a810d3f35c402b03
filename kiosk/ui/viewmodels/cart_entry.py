"""Part of `CartViewModel` (`kiosk.ui.viewmodels.cart`): the note and table-number keypads.

One keypad at a time is open (`entry`: "", "note" or "table") with its `draft`; keys only call
`type` and `backspace`. Saving swaps a new Cart in through the view-model (a line's note, or the
table number), so the keypad holds no cart of its own.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.domain.cart import MAX_NOTE_LENGTH, MAX_TABLE_DIGITS, Cart, CartError, CartLine
from kiosk.domain.catalog import Product
from kiosk.ui.i18n import tr

log = logging.getLogger("kiosk.ui.viewmodels.cart")

if TYPE_CHECKING:
    _Mixin = QObject  # mixed into a QObject: its signals bind to the view-model
else:
    _Mixin = object


class CartKeypad(_Mixin):
    """The keypads of `CartViewModel` (which sets these attributes and owns the cart)."""

    entry_changed = Signal()  # the note or table-number keypad
    table_entered = Signal()

    _cart: Cart
    _item_notes: bool
    _table_service: bool
    _entry: str  # "", "note" or "table"
    _entry_line: str
    _draft: str

    if TYPE_CHECKING:  # CartViewModel's

        def _set(self, cart: Cart) -> None: ...
        def shown_name(self, line: CartLine, product: Product | None = None) -> str: ...

    @Property(str, notify=entry_changed)
    def entry(self) -> str:
        """Which keypad is open: "", "note" or "table"."""
        return self._entry

    @Property(str, notify=entry_changed)
    def draft(self) -> str:
        return self._draft

    @Property(str, notify=entry_changed)
    def entryTitle(self) -> str:
        if self._entry == "table":
            return tr("Your table or tracker number")
        if self._entry == "note":
            try:
                name = self.shown_name(self._cart.line(self._entry_line))
            except CartError:
                return ""
            return tr("A note for {name}", name=name)
        return ""

    @Property(bool, notify=entry_changed)
    def canSaveEntry(self) -> bool:
        return self._entry == "note" or (self._entry == "table" and bool(self._draft))

    @Property(str, notify=entry_changed)
    def saveBlockedReason(self) -> str:
        if self._entry == "table" and not self._draft:
            return tr("Type the number first")
        return ""

    @Slot(str)
    def editNote(self, line_id: str) -> None:
        if not self._item_notes:
            return
        try:
            line = self._cart.line(line_id)
        except CartError:
            return
        self._entry, self._entry_line, self._draft = "note", line_id, line.note
        self.entry_changed.emit()

    def begin_table_entry(self) -> None:
        self._entry, self._entry_line = "table", ""
        self._draft = self._cart.table_number or ""
        self.entry_changed.emit()

    @Slot()
    def changeTable(self) -> None:
        if self._table_service and self._cart.order_type == "eat_in":
            self.begin_table_entry()

    @Slot(str)
    def type(self, text: str) -> None:
        """A key on the on-screen keypad."""
        if self._entry == "table":
            if text.isdigit() and len(self._draft) < MAX_TABLE_DIGITS:
                self._draft += text
        elif self._entry == "note":
            if len(self._draft) + len(text) <= MAX_NOTE_LENGTH:
                self._draft += text
        else:
            return
        self.entry_changed.emit()

    @Slot()
    def backspace(self) -> None:
        if self._draft:
            self._draft = self._draft[:-1]
            self.entry_changed.emit()

    @Slot()
    def saveEntry(self) -> None:
        entry = self._entry
        try:
            if entry == "note":
                self._set(self._cart.with_note(self._entry_line, self._draft))
            elif entry == "table" and self._draft:
                self._set(self._cart.with_table_number(self._draft))
            else:
                return
        except CartError as exc:
            log.info("keypad entry refused: %s", exc)
            return
        self._close_entry()
        if entry == "table":
            self.table_entered.emit()

    @Slot()
    def cancelEntry(self) -> None:
        self._close_entry()

    def _close_entry(self) -> None:
        if self._entry:
            self._entry, self._entry_line, self._draft = "", "", ""
            self.entry_changed.emit()
