"""Widgets bound to the draft through the controller, for the front matter form.

Each widget edits one value named by its dotted path in the draft ("front.symbol",
"lettered"); an edit becomes an undoable command (``Controller.edit_field``) and undo/redo
flow back through ``Controller.fieldChanged`` to every widget showing that path.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from delegate_editor.model.document import Footnote
from delegate_editor.model.text import RichText, note_ids, rich
from delegate_editor.ui import richtext
from delegate_editor.ui.controller import RICH_FIELDS, Controller
from delegate_editor.ui.editors import RichTextEdit
from delegate_editor.ui.i18n import translate


class Binder:
    """Connects widgets to dotted paths of the draft in both directions."""

    def __init__(self, ctl: Controller) -> None:
        self.ctl = ctl
        self.refreshers: dict[str, list] = {}
        self.rich_fields: dict[str, tuple[RichTextEdit, dict[str, bool]]] = {}  # path → editor, state
        ctl.fieldChanged.connect(self.refresh)
        ctl.draftReplaced.connect(self.refresh_all)

    def refresh(self, path: str) -> None:
        for fn in self.refreshers.get(path, []):
            fn()

    def refresh_all(self) -> None:
        for fns in self.refreshers.values():
            for fn in fns:
                fn()

    def on(self, path: str, fn) -> None:
        self.refreshers.setdefault(path, []).append(fn)
        fn()

    def line(self, path: str, label: str, accessible: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.textEdited.connect(lambda text: self.ctl.edit_field(path, text, label))

        def show() -> None:
            value = self.ctl.get_field(path)
            if edit.text() != value:
                edit.setText(value)

        self.on(path, show)
        return edit

    def check(self, path: str, text: str, label: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", ""))  # a screen reader does not say the mnemonic
        box.toggled.connect(lambda on: self.ctl.edit_field(path, on, label, typing=False))
        self.on(path, lambda: box.setChecked(bool(self.ctl.get_field(path))))
        return box

    def combo(self, path: str, label: str, items: list[tuple[str, object]], accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(accessible)
        for text, value in items:
            combo.addItem(text, value)
        # the values themselves: Qt gives an enum's item data back as a plain str
        values = [value for _text, value in items]
        combo.activated.connect(lambda i: self.ctl.edit_field(path, values[i], label, typing=False))

        def show() -> None:
            i = combo.findData(self.ctl.get_field(path))
            if i >= 0 and i != combo.currentIndex():
                combo.setCurrentIndex(i)

        self.on(path, show)
        return combo

    def rich(self, path: str, label: str, accessible: str) -> RichTextEdit:
        edit = RichTextEdit(outline_keys=False)
        edit.setAccessibleName(accessible)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        state: dict = {"loading": False, "marks": []}

        def edited() -> None:
            if not state["loading"]:
                self.ctl.edit_field(path, richtext.read(edit.document()), label)

        def show() -> None:
            # refilled when the text changed elsewhere (undo) or when its footnote marks were
            # renumbered by a note added or removed before it in print order
            value = self.ctl.get_field(path)
            marks = self.ctl.note_marks()
            shown = [marks.get(note_id, "") for note_id in note_ids(value)]
            if richtext.read(edit.document()) != value or shown != state["marks"]:
                position = edit.textCursor().position()
                state["loading"] = True
                try:
                    richtext.fill(edit.document(), value, marks, self.ctl.labels())
                    cursor = edit.textCursor()
                    cursor.setPosition(min(position, len(edit.toPlainText())))
                    edit.setTextCursor(cursor)
                finally:
                    state["loading"] = False
                state["marks"] = shown

        edit.textChanged.connect(edited)
        self.on(path, show)
        self.ctl.footnotesChanged.connect(show)
        for other in RICH_FIELDS:
            if other != path:
                self.on(other, show)
        self.rich_fields[path] = (edit, state)
        return edit

    def focused_rich_field(self) -> str:
        """The path of the rich-text field (title, recommendation) that has the focus, or ""."""
        return next((path for path, (edit, _state) in self.rich_fields.items() if edit.hasFocus()), "")

    def insert_footnote(self, path: str, note_text: str) -> None:
        """A new footnote referenced at the cursor of the field at ``path``, as one undo step."""
        note = Footnote(text=rich(note_text))
        text = self._with_mark(path, note.id, str(len(self.ctl.note_marks()) + 1))
        self.ctl.add_field_footnote(path, text, note)

    def insert_note_again(self, path: str, note_id: str, label: str) -> bool:
        """A second mark of footnote ``note_id`` at the cursor of the field at ``path`` (Insert
        ▸ Cite a Footnote Again), as one undo step; the note itself is not copied."""
        text = self._with_mark(path, note_id, label)
        self.ctl.edit_field(path, text, translate("FormBinder", "Cite a footnote again"), typing=False)
        return True

    def _with_mark(self, path: str, note_id: str, label: str) -> RichText:
        """The field's text with a mark of ``note_id`` at its cursor, shown as ``label``; the
        field's own change signal is held so the caller makes the one undo step."""
        edit, state = self.rich_fields[path]
        state["loading"] = True
        try:
            richtext.insert_note(edit.textCursor(), note_id, label)
        finally:
            state["loading"] = False
        return richtext.read(edit.document())
