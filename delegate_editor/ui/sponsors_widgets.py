"""Small widgets of the Sponsors page (``sponsors_panel.py``): the search field, the lists
of sponsors, the choice of the sponsor that acts for a group, and the splitting of a pasted
"on behalf of" phrase."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

if TYPE_CHECKING:
    from delegate_editor.ui.sponsors_panel import SponsorsPanel


_BEHALF = re.compile(r"[,;]?\s*\b(on behalf of\b.*)$", re.IGNORECASE | re.DOTALL)


def split_behalf(text: str) -> tuple[str, str]:
    """("Brazil, UK", "on behalf of the Group of 77 and China") from a pasted list: the group
    is not split at its "and" into an unknown State and a sponsor called China."""
    match = _BEHALF.search(text)
    if match is None:
        return text, ""
    return text[: match.start()], " ".join(match.group(1).replace("*", " ").split()).rstrip(".")


class Search(QLineEdit):
    """Down moves into the list of States; Return adds (handled by the panel)."""

    def __init__(self, panel: SponsorsPanel) -> None:
        super().__init__()
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.panel.states_list.setFocus()
            self.panel.states_list.keyPressEvent(event)
            return
        super().keyPressEvent(event)


class SponsorList(QListWidget):
    """Delete or Backspace removes the selected sponsor."""

    def __init__(self, remove) -> None:
        super().__init__()
        self._remove = remove

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self._remove(self)
            return
        super().keyPressEvent(event)


class BehalfBy(QComboBox):
    """Where the "On behalf of" note's mark stands: after the colon (the whole list speaks
    for the group), or after the name of the one sponsor that acts for it ("Maldives,
    Nigeria* and Thailand", A/C.1/80/L.31). ``chosen`` gives the name, "" for the colon."""

    chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Group's mark after"))
        self.activated.connect(lambda i: self.chosen.emit(self.itemData(i) or ""))

    def fill(self, names: list[str], current: str) -> None:
        """The colon and every sponsor's name, ``current`` selected."""
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("the colon (all the sponsors)"), "")
            for name in names:
                self.addItem(name, name)
            index = self.findData(current) if current else 0
            self.setCurrentIndex(max(index, 0))
        finally:
            self.blockSignals(False)
