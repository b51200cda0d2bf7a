"""The checks' marks in a margin beside any QTextEdit (issue 23 item 5).

A :class:`CheckMargin` sits in the left viewport margin of a text editor, as a line-number
gutter does, and draws a bar in the severity's colour beside each stretch of text a finding
is about, with the findings' messages as its tooltip. It knows nothing of the draft: the
editor says where each finding's text is, as character positions in its document, so the
continuous editor, the footnote editor or a front-matter box can all use it. The margin
keeps each mark's ends as text cursors, which Qt moves as text is typed before them, so
typing never asks the editor for the marks again (a whole-document walk at each key).

    margin = CheckMargin(edit)
    margin.set_marks([Mark(start, end, "warning", "no final comma")])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QTextCursor
from PySide6.QtWidgets import QTextEdit, QToolTip

from delegate_editor.ui.checks_panel import SEVERITY_COLOURS, SEVERITY_ORDER
from delegate_editor.ui.editor_margin import EditorMargin

WIDTH = 8  # pixels of margin the bars take
BAR = 4  # the bar's width within it


@dataclass(frozen=True)
class Mark:
    """A finding's place in the editor's document: characters ``start`` to ``end``."""

    start: int
    end: int
    severity: str
    message: str


class CheckMargin(EditorMargin):
    """The margin of ``edit`` with the marks set by :meth:`set_marks`; it follows the
    editor's scrolling, resizing and text changes."""

    def __init__(self, edit: QTextEdit) -> None:
        super().__init__(edit, WIDTH)
        self.marks: list[Mark] = []
        self._ends: list[tuple[QTextCursor, QTextCursor]] = []  # each mark's, following edits
        self.setAccessibleName(self.tr("Checks' marks"))
        self.setMouseTracking(True)

    def set_marks(self, marks: Iterable[Mark]) -> None:
        """Show these marks, replacing the ones shown before (the checks' latest run)."""
        self.marks = sorted(marks, key=lambda m: (m.start, SEVERITY_ORDER.get(m.severity, 3)))
        self._ends = [(self._cursor(m.start), self._cursor(m.end)) for m in self.marks]
        self.update()

    def _now(self) -> list[tuple[Mark, int, int]]:
        """Each mark with where its text is now (after whatever was typed since)."""
        return [(m, a.position(), b.position()) for m, (a, b) in zip(self.marks, self._ends, strict=True)]

    def span(self, mark: Mark) -> tuple[int, int]:
        """The top and bottom, in this widget's pixels, of the lines the mark's text is on."""
        return self._span(mark.start, mark.end)

    def _span(self, start: int, end: int) -> tuple[int, int]:
        doc = self.edit.document()
        end = max(start, min(end, doc.characterCount() - 1))
        first = self.edit.cursorRect(self._cursor(start))
        last = self.edit.cursorRect(self._cursor(end))
        top = first.top() + self.edit.viewport().y() - self.edit.contentsRect().top()
        bottom = last.bottom() + self.edit.viewport().y() - self.edit.contentsRect().top()
        return top, max(bottom, top + 1)

    def _cursor(self, position: int) -> QTextCursor:
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(max(0, min(position, self.edit.document().characterCount() - 1)))
        return cursor

    def marks_at(self, y: int) -> list[Mark]:
        """The marks whose bar covers this height of the margin."""
        found = []
        for mark, start, end in self._now():
            top, bottom = self._span(start, end)
            if top <= y <= bottom:
                found.append(mark)
        return found

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        height = self.height()
        # the worst mark last, so it is drawn over milder ones on the same lines
        for mark, start, end in sorted(self._now(), key=lambda m: -SEVERITY_ORDER.get(m[0].severity, 3)):
            top, bottom = self._span(start, end)
            if bottom < 0 or top > height:
                continue
            colour = SEVERITY_COLOURS.get(mark.severity, QColor(Qt.GlobalColor.gray))
            painter.fillRect(QRect((WIDTH - BAR) // 2, top, BAR, bottom - top), colour)
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.marks_at(event.pos().y())
            if found:
                QToolTip.showText(
                    event.globalPos(), "\n".join(f"{m.severity}: {m.message}" for m in found), self
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
