"""The preamble and operative pages: a paragraph list and ONE side editor.

The list (``models.ParagraphModel``) shows every paragraph; the side editor edits the
current one: its opening phrase (with completion from the phrase list) and its text (italics
with Ctrl+I, footnote references as superscript marks). Keys work as in an outliner: Tab and
Shift+Tab indent and outdent operative paragraphs, Return starts a new paragraph after the
current one, Alt+Up and Alt+Down move it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.model.document import Footnote, Preambular, SectionHeading, SubParagraph
from delegate_editor.model.text import rich
from delegate_editor.ui import richtext
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.models import ID_ROLE, ParagraphDelegate, ParagraphModel
from delegate_editor.ui.phrases import phrases_for


def leaves_by_ctrl_tab(widget: QWidget, event: QKeyEvent) -> bool:
    """Ctrl+Tab and Ctrl+Shift+Tab move the focus on from a widget whose Tab is an outline
    command (the paragraph list, a paragraph's text): without them a keyboard user was kept
    in it, every Tab indenting the paragraph once more (issue 22)."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        QWidget.focusNextPrevChild(widget, True)  # QTextEdit's own refuses while Tab indents
        return True
    if event.key() == Qt.Key.Key_Backtab or (
        event.key() == Qt.Key.Key_Tab and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
    ):
        QWidget.focusNextPrevChild(widget, False)
        return True
    return False


class RichTextEdit(QTextEdit):
    """A paragraph's text. Tab/Shift+Tab and Return are outline commands, not characters."""

    indentRequested = Signal()  # noqa: N815
    outdentRequested = Signal()  # noqa: N815
    newParagraphRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None, outline_keys: bool = True) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted text arrives plain: no foreign fonts or sizes
        self.setUndoRedoEnabled(False)  # the draft's undo stack is the only history (ui/text_keys.py)
        self.outline_keys = outline_keys
        self.setTabChangesFocus(not outline_keys)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if leaves_by_ctrl_tab(self, event):  # in every text box, as in the paragraph's (issue 22)
            return
        if self.outline_keys:
            if event.key() == Qt.Key.Key_Tab and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                self.indentRequested.emit()
                return
            if event.key() == Qt.Key.Key_Backtab:
                self.outdentRequested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.newParagraphRequested.emit()
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # one paragraph of a resolution is one paragraph
        super().keyPressEvent(event)

    def toggle_italic(self) -> None:
        cursor = self.textCursor()
        italic = not cursor.charFormat().fontItalic()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        fmt = richtext.QTextCharFormat()
        fmt.setFontItalic(italic)
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)


class ParagraphList(QListView):
    """The outline of one part; keyboard structure edits without leaving the list."""

    indentRequested = Signal()  # noqa: N815
    outdentRequested = Signal()  # noqa: N815
    deleteRequested = Signal()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if leaves_by_ctrl_tab(self, event):
            return
        if event.key() == Qt.Key.Key_Tab:
            self.indentRequested.emit()
        elif event.key() == Qt.Key.Key_Backtab:
            self.outdentRequested.emit()
        elif event.matches(QKeySequence.StandardKey.Delete):
            self.deleteRequested.emit()
        else:
            super().keyPressEvent(event)


class PartPage(QWidget):
    """The page of one part: the list on top, the side editor of the current paragraph below."""

    currentChanged = Signal(str)  # noqa: N815 the current paragraph id ("" none)

    def __init__(self, ctl: Controller, part: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.part = part
        self.current_id = ""
        self._shown: tuple = ()
        self._loading = False
        name = "Preamble" if part == "preamble" else "Operative part"

        self.model = ParagraphModel(ctl, part)
        self.view = ParagraphList(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ParagraphDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setAccessibleName(self.tr("{part}: paragraphs").format(part=name))
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.where = QLabel(self)
        self.opening = QLineEdit(self)
        self.opening.setAccessibleName(self.tr("Opening phrase (printed in italics)"))
        self.opening.setPlaceholderText(self.tr("Recalling") if part == "preamble" else self.tr("Requests"))
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.opening.setCompleter(completer)
        # a chosen completion is set with setText, which emits no textEdited: record it here
        completer.activated[str].connect(self._opening_edited)
        self.text = RichTextEdit(self, outline_keys=True)
        self.text.setAccessibleName(self.tr("Paragraph text"))
        self.opening_label = QLabel(self.tr("&Opening phrase:"), self)
        self.opening_label.setBuddy(self.opening)
        text_label = QLabel(self.tr("&Text:"), self)
        text_label.setBuddy(self.text)

        form = QFormLayout()
        form.addRow(self.where)
        form.addRow(self.opening_label, self.opening)
        form.addRow(text_label, self.text)
        editor = QWidget(self)
        editor.setLayout(form)
        self.editor = editor

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # the focus goes list → opening → text, whatever the layouts did to the creation order
        QWidget.setTabOrder(self.view, self.opening)
        QWidget.setTabOrder(self.opening, self.text)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.modelReset.connect(self._after_reset)
        self.opening.textEdited.connect(self._opening_edited)
        self.text.textChanged.connect(self._text_edited)
        self.text.indentRequested.connect(self.indent)
        self.text.outdentRequested.connect(self.outdent)
        self.text.newParagraphRequested.connect(self.add_after)
        self.view.indentRequested.connect(self.indent)
        self.view.outdentRequested.connect(self.outdent)
        self.view.deleteRequested.connect(self.delete)
        ctl.paragraphChanged.connect(self._on_paragraph)
        ctl.structureChanged.connect(self._on_structure)
        ctl.footnotesChanged.connect(self._reload_marks)
        ctl.draftReplaced.connect(self._on_replaced)
        self._pending_select = ""
        self.refresh_phrases()
        self._load("")
        if self.model.rows:
            self.select(self.model.rows[0].id)

    # -- selection -------------------------------------------------------------------------
    def select(self, node_id: str) -> None:
        row = self.model.row_of.get(node_id)
        if row is None:
            self._load("")
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        if self.current_id != node_id:
            self._load(node_id)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load(current.data(ID_ROLE) or "" if current.isValid() else "")

    def _after_reset(self) -> None:
        wanted = self._pending_select or self.current_id
        self._pending_select = ""
        if wanted in self.model.row_of:
            self.select(wanted)
        elif self.model.rows:
            self.select(self.model.rows[min(len(self.model.rows) - 1, 0)].id)
        else:
            self._load("")

    def _on_structure(self, part: str, select: str) -> None:
        if part == self.part and select:
            self.select(select)

    def _on_replaced(self) -> None:
        self.refresh_phrases()
        self.current_id = ""
        self.select(self.model.rows[0].id if self.model.rows else "")

    # -- the side editor --------------------------------------------------------------------
    def node(self):
        return self.ctl.node(self.part, self.current_id) if self.current_id else None

    def _load(self, node_id: str) -> None:
        self.current_id = node_id
        self._loading = True
        try:
            node = self.node()
            self.editor.setEnabled(node is not None)
            has_opening = node is not None and not isinstance(node, SubParagraph | SectionHeading)
            self.opening.setVisible(has_opening)
            self.opening_label.setVisible(has_opening)
            if node is None:
                self.where.setText(self.tr("No paragraph: use Insert ▸ Paragraph (Ctrl+Return) to add one."))
                self.opening.clear()
                self.text.clear()
                self._shown = ()
            else:
                self.where.setText(self._where(node))
                self.opening.setText(getattr(node, "opening", ""))
                text = rich(node.text) if isinstance(node, SectionHeading) else node.text
                self._shown = text
                richtext.fill(self.text.document(), text, self.ctl.note_marks(), self.ctl.labels())
                self.text.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self.currentChanged.emit(node_id)

    def _where(self, node) -> str:
        row = self.model.row_of.get(self.current_id, 0)
        label = self.model.label(self.model.rows[row]) if self.model.rows else ""
        if isinstance(node, Preambular) and self.part == "operative":  # a section's own: P1, P2
            return self.tr("Preambular paragraph {label} of the section").format(label=label)
        if isinstance(node, Preambular):
            return self.tr("Preambular paragraph {n} of {count}").format(
                n=row + 1, count=len(self.model.rows)
            )
        if isinstance(node, SectionHeading):
            return self.tr("Section heading (not numbered)")
        if isinstance(node, SubParagraph):
            full = self.ctl.labels().get(node.id, "")
            return self.tr("Sub-paragraph {label}").format(label=full)
        return self.tr("Operative paragraph {label}").format(label=label).strip()

    def _reload_marks(self) -> None:
        if self.current_id:
            self._load(self.current_id)

    def _on_paragraph(self, part: str, node_id: str) -> None:
        if part != self.part or node_id != self.current_id or self._loading:
            return
        node = self.node()
        if node is None:
            return
        if getattr(node, "opening", None) is not None and self.opening.text() != node.opening:
            self.opening.setText(node.opening)
        text = rich(node.text) if isinstance(node, SectionHeading) else node.text
        if text != self._shown:
            pos = self.text.textCursor().position()
            self._loading = True
            try:
                self._shown = text
                richtext.fill(self.text.document(), text, self.ctl.note_marks(), self.ctl.labels())
                cursor = self.text.textCursor()
                cursor.setPosition(min(pos, len(self.text.toPlainText())))
                self.text.setTextCursor(cursor)
            finally:
                self._loading = False

    def _opening_edited(self, value: str) -> None:
        if self.current_id and not self._loading:
            self.ctl.edit_paragraph(self.part, self.current_id, "opening", value)

    def _text_edited(self, typing: bool = True) -> None:
        if not self.current_id or self._loading:
            return
        value = richtext.read(self.text.document())
        node = self.node()
        if isinstance(node, SectionHeading):
            self._shown = rich(self.text.toPlainText())
            self.ctl.edit_paragraph(self.part, self.current_id, "text", self.text.toPlainText(), typing)
            return
        self._shown = value
        self.ctl.edit_paragraph(self.part, self.current_id, "text", value, typing)

    def toggle_italic(self) -> None:
        self._loading = True
        try:
            self.text.toggle_italic()
        finally:
            self._loading = False
        self._text_edited(typing=False)

    def insert_footnote(self, note_text: str) -> None:
        """A new footnote referenced at the cursor, as one undoable step."""
        node = self.node()
        if node is None or isinstance(node, SectionHeading):
            return
        note = Footnote(text=rich(note_text))
        marks = self.ctl.note_marks()
        self._loading = True
        try:
            richtext.insert_note(self.text.textCursor(), note.id, str(len(marks) + 1))
        finally:
            self._loading = False
        value = richtext.read(self.text.document())
        self._shown = value
        self.ctl.add_footnote(self.part, self.current_id, value, note)

    def insert_cross_reference(self, target_id: str, note: bool = False) -> bool:
        """A reference at the cursor to paragraph ``target_id`` or (``note``) to a footnote cited
        again, showing its number now and following every move (it is derived). One undo step."""
        node = self.node()
        label = (self.ctl.note_marks() if note else self.ctl.labels()).get(target_id, "")
        if node is None or isinstance(node, SectionHeading) or not label:
            return False
        self._loading = True
        try:
            (richtext.insert_note if note else richtext.insert_xref)(self.text.textCursor(), target_id, label)
        finally:
            self._loading = False
        self._text_edited(typing=False)
        return True

    def insert_opening(self, phrase: str) -> None:
        """From the phrase dock: replace the opening of the current paragraph."""
        if self.current_id and self.opening.isVisible():
            self.opening.setText(phrase)
            self.ctl.edit_paragraph(self.part, self.current_id, "opening", phrase, typing=False)

    def refresh_phrases(self) -> None:
        self.completer_model.setStringList(phrases_for(self.ctl.draft, self.part))

    # -- structure (menus, buttons and keys) ----------------------------------------------
    def add_after(self) -> None:
        node = self.node()
        sub = isinstance(node, SubParagraph)
        self._pending_select = self.ctl.new_paragraph(self.part, self.current_id or None, sub=sub) or ""
        self.select(self._pending_select)
        self.text.setFocus()

    def add_heading(self) -> None:
        if self.part != "operative":
            return
        heading = SectionHeading(text="")
        self.ctl.insert_node(self.part, self.current_id or None, heading, "Insert section heading")
        self.select(heading.id)
        self.text.setFocus()

    def delete(self) -> None:
        if self.current_id:
            self.ctl.delete(self.part, self.current_id)

    def duplicate(self) -> None:
        if self.current_id:
            self.ctl.duplicate(self.part, self.current_id)

    def move(self, step: int) -> None:
        if self.current_id:
            self.ctl.move(self.part, self.current_id, step)

    def indent(self) -> None:
        if self.current_id and self.part == "operative":
            self.ctl.indent(self.part, self.current_id)

    def outdent(self) -> None:
        if self.current_id and self.part == "operative":
            self.ctl.outdent(self.part, self.current_id)
