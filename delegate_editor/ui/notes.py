"""The footnotes page: every footnote in order of appearance, its number, and its text.

Footnotes are referenced from paragraphs (Insert ▸ Footnote puts the reference at the cursor
and creates the note); here their text is edited. Numbers are derived from the order of
appearance, as printed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from delegate_editor.model.text import plain_text
from delegate_editor.ui import richtext
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.editors import RichTextEdit

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class FootnotesPage(QWidget):
    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.current = ""
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName("Footnotes, in order of appearance")
        self.editor = RichTextEdit(outline_keys=False)
        self.editor.setAccessibleName("Footnote text")
        self.empty = QLabel(
            "This draft has no footnotes. Put the cursor in a paragraph and use Insert ▸ Footnote."
        )
        self.empty.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.list.currentItemChanged.connect(self._on_current)
        self.editor.textChanged.connect(self._edited)
        ctl.footnotesChanged.connect(self.refresh)
        ctl.structureChanged.connect(lambda *_: self.refresh())
        ctl.draftReplaced.connect(self.refresh)
        self.refresh()

    def ordered(self) -> list[tuple[str, str]]:
        """(mark, id) in print order; notes no paragraph cites come last, unnumbered."""
        marks = self.ctl.note_marks()
        cited = sorted(marks.items(), key=lambda kv: int(kv[1]) if kv[1].isdigit() else 0)
        out = [(mark, note_id) for note_id, mark in cited if note_id in self.ctl.draft.footnotes]
        out += [("–", n) for n in self.ctl.draft.footnotes if n not in marks]
        return out

    def refresh(self) -> None:
        self._loading = True
        try:
            self.list.clear()
            for mark, note_id in self.ordered():
                note = self.ctl.draft.footnotes[note_id]
                item = QListWidgetItem(f"{mark}  {plain_text(note.text)}")
                item.setData(NOTE_ID_ROLE, note_id)
                self.list.addItem(item)
                if note_id == self.current:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.editor.setEnabled(bool(self.current) and self.current in self.ctl.draft.footnotes)

    def _on_current(self, item: QListWidgetItem | None, _prev) -> None:
        if self._loading:
            return
        self.current = item.data(NOTE_ID_ROLE) if item else ""
        note = self.ctl.draft.footnotes.get(self.current)
        self._loading = True
        try:
            richtext.fill(self.editor.document(), note.text if note else (), {}, self.ctl.labels())
        finally:
            self._loading = False
        self.editor.setEnabled(note is not None)

    def _edited(self) -> None:
        if not self._loading and self.current:
            self.ctl.edit_footnote(self.current, richtext.read(self.editor.document()))
