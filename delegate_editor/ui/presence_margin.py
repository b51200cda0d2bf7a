"""Where the other members are, beside the paragraphs of the Document page.

A :class:`PresenceMargin` sits in the editor's left viewport margin after the checks'
margin (``check_margin.py``, the same pattern) and writes each other member's initials
beside the first line of the paragraph they are in: letters, not a colour alone, with
the members' names as the tooltip. It is given paragraph ids, not positions, and finds
their blocks in one walk of the document when it paints, so a remote update that rewrites
the editor needs nothing more than a repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import QTextEdit, QToolTip

from delegate_editor.ui.document import blocks
from delegate_editor.ui.editor_margin import EditorMargin

WIDTH = 30  # pixels: two initials in the default font at any scaling Qt reports


def initials(name: str) -> str:
    """ "European Union" → "EU", "Mexico" → "ME": two letters a reader tells apart."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalnum()]
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    return (words[0][:2] if words else "?").upper()


class PresenceMargin(EditorMargin):
    """Initials beside the paragraphs other members are in."""

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit, WIDTH, take_room=False)
        self.members: list[tuple[str, str]] = []  # (name, paragraph id)
        self.setAccessibleName(self.tr("Where the other members are"))
        self.hide()  # no room taken until someone else is in the draft

    def set_members(self, members: list[tuple[str, str]]) -> None:
        self.members = [(name, node_id) for name, node_id in members if node_id]
        self.show_strip(bool(self.members))
        self.update()

    def places(self) -> dict[str, tuple[int, list[str]]]:
        """Paragraph id → (the top of its first line in this widget, the members there)."""
        wanted: dict[str, list[str]] = {}
        for name, node_id in self.members:
            wanted.setdefault(node_id, []).append(name)
        found: dict[str, tuple[int, list[str]]] = {}
        block = self.edit.document().begin()
        while block.isValid() and len(found) < len(wanted):
            place = blocks.place_of(block)
            if place is not None and place.node_id in wanted and place.node_id not in found:
                rect = self.edit.document().documentLayout().blockBoundingRect(block)
                top = int(rect.top()) - self.edit.verticalScrollBar().value() + self.edit.viewport().y()
                found[place.node_id] = (top - self.edit.contentsRect().top(), wanted[place.node_id])
            block = block.next()
        return found

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        line = self.fontMetrics().height()
        for top, names in self.places().values():
            if top + line < 0 or top > self.height():
                continue
            box = QRect(1, top, WIDTH - 3, line + 2)
            painter.fillRect(box, self.palette().color(QPalette.ColorRole.Highlight))
            painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
            text = initials(names[0]) + ("+" if len(names) > 1 else "")
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def names_at(self, y: int) -> list[str]:
        line = self.fontMetrics().height()
        return [n for top, names in self.places().values() if top <= y <= top + line + 2 for n in names]

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            names = self.names_at(event.pos().y())
            if names:
                QToolTip.showText(
                    event.globalPos(),
                    self.tr("In this paragraph: {names}").format(names=", ".join(names)),
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
