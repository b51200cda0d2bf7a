"""The document editor's margin: each paragraph's number or letter ("3.", "(a)", "(i)"), drawn
beside its first line from the draft's numbering (``controller.labels()``, the exports'),
never typed, so a move or a new paragraph renumbers them at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QWidget

from delegate_editor.model.table import is_row
from delegate_editor.ui.document import blocks

if TYPE_CHECKING:
    from delegate_editor.ui.document.editor import DocumentEditor

WIDTH = 64  # pixels: room for "(viii)" and "100."


class Gutter(QWidget):
    def __init__(self, edit: DocumentEditor) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.setViewportMargins(WIDTH, 0, 0, 0)
        edit.verticalScrollBar().valueChanged.connect(self.update)
        edit.document().documentLayout().documentSizeChanged.connect(lambda _size: self.update())
        edit.installEventFilter(self)
        self._place()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if obj is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        rect = self.edit.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), WIDTH, rect.height()))

    def label(self, place: blocks.Place) -> str:
        """What the margin shows for a paragraph: the operative number with its period, a
        sub-paragraph's own letter; preambular paragraphs, headings and a table's rows carry none."""
        if place.kind in ("preambular", "heading"):
            return ""
        own = self.edit.ctl.labels().get(place.node_id, "")
        if place.kind == "operative":
            return self.edit.ctl.operative_label(own)
        if is_row(self.edit.ctl.find(place.part, place.node_id)):
            return ""  # a table's row takes no letter (its label is its paragraph's)
        return own.rsplit(" ", 1)[-1] if own else ""

    def labels(self) -> list[tuple[int, str]]:
        """(top in pixels, label) of each numbered paragraph in view: painted, and read by tests."""
        out = []
        layout = self.edit.document().documentLayout()
        scroll = self.edit.verticalScrollBar().value()
        block = self.edit.document().begin()
        while block.isValid():
            place = blocks.place_of(block)
            if place is not None:
                top = int(layout.blockBoundingRect(block).top()) - scroll
                if top > self.height():
                    break
                text = self.label(place)
                if text and top + 40 > 0:
                    out.append((top, text))
            block = block.next()
        return out

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        height = self.edit.fontMetrics().height()
        for top, text in self.labels():
            rect = QRect(0, top + 4, WIDTH - 6, height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text)
