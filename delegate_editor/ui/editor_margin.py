"""A strip in a text editor's left viewport margin that follows the editor, as a
line-number gutter does: the checks' marks (``check_margin.py``) and the other members'
initials (``presence_margin.py``) are two. This holds what they share: the room taken in
the viewport margin, and the strip kept beside the text as the editor scrolls, resizes and
changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QTextEdit, QWidget


class EditorMargin(QWidget):
    """A strip ``width`` pixels wide after the margins already in ``edit``; ``take_room``
    widens the viewport margin for it now (a strip that shows only at times takes its room
    when it shows, see :meth:`show_strip`)."""

    def __init__(self, edit: QTextEdit, width: int, take_room: bool = True) -> None:
        super().__init__(edit)
        self.edit = edit
        self.strip_width = width
        self.offset = edit.viewportMargins().left()
        if take_room:
            edit.setViewportMargins(self.offset + width, 0, 0, 0)
        edit.verticalScrollBar().valueChanged.connect(self.update)
        edit.document().contentsChanged.connect(self.update)
        edit.installEventFilter(self)
        self._place()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(self.strip_width, 0)

    def show_strip(self, shown: bool) -> None:
        """Show or hide the strip, taking or giving back its room in the margin."""
        if shown == self.isHidden():
            self.edit.setViewportMargins(self.offset + (self.strip_width if shown else 0), 0, 0, 0)
            self.setVisible(shown)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if obj is self.edit and event.type() == QEvent.Type.Resize:
            self._place()
        return super().eventFilter(obj, event)

    def _place(self) -> None:
        rect = self.edit.contentsRect()
        self.setGeometry(QRect(rect.left() + self.offset, rect.top(), self.strip_width, rect.height()))
