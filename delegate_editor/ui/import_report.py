"""The import report in the window: every guess the importer made, each leading to its paragraph.

After File ▸ Open of a ``.txt``, ``.docx`` or ``.odt`` that is not our own draft, the importer
has guessed here and there (a page break joined, a number taken as a note mark, a label
inferred, a line it could not place: ``ImportResult.messages``). A dialog listing forty of
them is read once and closed; this dock keeps them beside the draft. Activating an item
(double-click or Enter) selects the paragraph it speaks of, found by
``formats/import_places.py``; an item without a place (a masthead line not kept) only reads.

What the user must act on before anything else (tracked changes accepted, paragraphs edited
in a file sent out) still comes as a dialog (``ui/files.py``); the dock lists it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from delegate_editor.conventions.messages import Said, shown
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.formats.registry import ImportResult

GUESS = "import guess: "
PLACE_ROLE = Qt.ItemDataRole.UserRole + 1
_PARTS = {  # shown through translate("ImportReport", ...)
    "header": QT_TRANSLATE_NOOP("ImportReport", "title"),
    "preamble": QT_TRANSLATE_NOOP("ImportReport", "preamble"),
    "operative": QT_TRANSLATE_NOOP("ImportReport", "operative part"),
    "annexes": QT_TRANSLATE_NOOP("ImportReport", "annex"),
    "footnotes": QT_TRANSLATE_NOOP("ImportReport", "footnotes"),
}
_FRONT = QT_TRANSLATE_NOOP("ImportReport", "front matter")  # a front-matter field, not the title


class ImportReportPanel(QWidget):
    """The list of the importer's guesses. ``jumpTo(part, paragraph id)`` on activation."""

    jumpTo = Signal(str, str)  # noqa: N815 (Qt signal name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self.tr("No import yet."))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Import report"))
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

    def show_result(self, name: str, messages: list[str], places: list[Any]) -> None:
        """List ``messages`` (with their places, None where there is none) for file ``name``."""
        self.list.clear()
        guesses = sum(m.startswith(GUESS) for m in messages)
        self.summary.setText(
            (
                self.tr("{name}: 1 guess by the importer")
                if guesses == 1
                else self.tr("{name}: {guesses} guesses by the importer")
            ).format(name=name, guesses=guesses)
            + (
                self.tr(", {0} other note(s)").format(len(messages) - guesses)
                if len(messages) > guesses
                else ""
            )
            + self.tr(". Double-click an item to go to its paragraph.")
        )
        for message, place in zip(messages, list(places) + [None] * len(messages), strict=False):
            text = _without_guess(message)
            if place is not None:
                front = place.part == "header" and place.node_id != "title"
                where = _FRONT if front else _PARTS.get(place.part, place.part)
                text = f"{text}  [{translate('ImportReport', where)}]"
            item = QListWidgetItem(text)
            item.setToolTip(shown(message))
            if place is not None:
                item.setData(PLACE_ROLE, (place.part, place.node_id))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)

    def messages(self) -> list[str]:
        return [self.list.item(i).toolTip() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        place = item.data(PLACE_ROLE)
        if place:
            self.jumpTo.emit(place[0], place[1])


def attach(window: Any) -> ImportReportPanel:
    """Add the (hidden) Import report dock to ``window`` (on its first import); its items go
    to their paragraph through the window's ``jump_to_paragraph``, as the Checks dock's do."""
    panel = ImportReportPanel()
    dock = QDockWidget(translate("ImportReport", "Import report"), window)
    dock.setObjectName("importReportDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    panel.jumpTo.connect(window.jump_to_paragraph)
    window.import_report, window.import_report_dock = panel, dock
    return panel


def show_import(window: Any, name: str, result: ImportResult) -> list[str]:
    """Show ``result``'s messages in the window's Import report dock; return the messages the
    user must read now (not the importer's guesses), for a dialog."""
    panel: ImportReportPanel = getattr(window, "import_report", None) or attach(window)
    panel.show_result(name, result.messages, result.places)
    if result.messages:
        window.import_report_dock.show()
        window.import_report_dock.raise_()
    else:
        window.import_report_dock.hide()
    return [shown(m) for m in result.messages if not m.startswith(GUESS)]


def _without_guess(message: str) -> str:
    """A guess's words without "import guess: ", in the interface language when the reader
    gave its code (``conventions/messages.py``); another message as it is worded."""
    if isinstance(message, Said) and message.message.code == "import.guess":
        return shown(message.message.params["line"])
    return shown(message).removeprefix(GUESS)
