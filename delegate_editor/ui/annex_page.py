"""The annexes page: the preamble/operative page pattern applied to the annexes.

The list is the same :class:`~delegate_editor.ui.models.ParagraphModel` over the part
"annexes": each annex is a row (its label and title), its paragraphs are the rows below it.
The side editor edits the current row: an annex's title, or a paragraph's text and its style
(body text, heading, numbered paragraph, a table's row). A table row's cells are parted by
a tab (``model.table.CELL``): in a row, Tab types one, where elsewhere on this page it moves
the focus on (Ctrl+Tab still does). Numbers ("1.") and labels ("Annex II") come from
the blocks walk through the controller; they are never stored. Every edit goes through the
controller's generic commands (``edit_paragraph``, ``insert_node``, ``delete``, ``move``...),
so undo, redo, the history view and autosave treat the annexes like any other part.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from delegate_editor.model.document import Annex, AnnexParagraph, AnnexStyle, Footnote
from delegate_editor.model.table import CELL, is_row
from delegate_editor.model.text import RichText, rich
from delegate_editor.ui import richtext
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.editors import PartPage
from delegate_editor.ui.i18n import translate

PART = "annexes"
STYLE_NAMES = {
    AnnexStyle.BODY: QT_TRANSLATE_NOOP("AnnexPage", "Body text"),
    AnnexStyle.HEADING: QT_TRANSLATE_NOOP("AnnexPage", "Heading"),
    AnnexStyle.NUMBERED: QT_TRANSLATE_NOOP("AnnexPage", "Numbered paragraph"),
    AnnexStyle.LETTERED: QT_TRANSLATE_NOOP("AnnexPage", "Lettered item"),
    AnnexStyle.ROW: QT_TRANSLATE_NOOP("AnnexPage", "Table row"),
    AnnexStyle.HEADER: QT_TRANSLATE_NOOP("AnnexPage", "Table heading row"),
}


def style_name(style: AnnexStyle) -> str:
    """The style's name in the interface language."""
    return translate("AnnexPage", STYLE_NAMES[style])


class AnnexPage(PartPage):
    """Add and delete annexes, edit their titles and paragraphs; one undo step per edit."""

    _built = False  # PartPage's constructor loads a row before this page's widgets exist

    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(ctl, PART, parent)
        self.view.setAccessibleName(self.tr("Annexes: annexes and their paragraphs"))
        self.opening.hide()
        self.opening_label.hide()
        form = self.editor.layout()
        assert isinstance(form, QFormLayout)
        self.text_label = form.labelForField(self.text)

        self.style_box = QComboBox(self)
        for style in STYLE_NAMES:
            name = style_name(style)
            self.style_box.addItem(name, style.value)
        self.style_box.setAccessibleName(self.tr("Annex paragraph style"))
        self.style_box.setToolTip(self.tr("Numbered paragraphs are numbered 1., 2., ... in each annex"))
        self.style_label = QLabel(self.tr("&Style:"), self)
        self.style_label.setBuddy(self.style_box)
        form.insertRow(2, self.style_label, self.style_box)
        self.style_box.activated.connect(self._style_chosen)
        # each article of a convention numbers its own paragraphs (A/C.6/80/L.8); a
        # declaration numbers on across its headings, the default
        self.restart_box = QCheckBox(self.tr("&Number from 1 again here"), self)
        self.restart_box.setAccessibleName(self.tr("Number from 1 again here"))
        self.restart_box.setToolTip(
            self.tr("Start the numbered paragraphs again at 1, as each article of a convention does")
        )
        form.insertRow(3, "", self.restart_box)
        self.restart_box.clicked.connect(self.set_restart)

        self.add_annex_button = QPushButton(self.tr("Add &annex"), self)
        self.add_annex_button.setAccessibleName(self.tr("Add annex"))
        self.add_annex_button.clicked.connect(self.add_annex)
        self.add_paragraph_button = QPushButton(self.tr("Add &paragraph"), self)
        self.add_paragraph_button.setAccessibleName(self.tr("Add annex paragraph"))
        self.add_paragraph_button.clicked.connect(self.add_after)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete the annex or paragraph"))
        self.delete_button.clicked.connect(self.delete)
        bar = QHBoxLayout()
        for button in (self.add_annex_button, self.add_paragraph_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.layout().insertLayout(0, bar)

        # annex paragraphs have no levels: Tab and Shift+Tab leave the text and the list,
        # so the page is walked through with the keyboard like any form
        for widget in (self.text, self.view):
            widget.indentRequested.disconnect(self.indent)
            widget.outdentRequested.disconnect(self.outdent)
        self.text.setTabChangesFocus(True)
        # ...but in a table's row Tab parts the cells (see _cell_keys), Shift+Tab leaves
        self.text.indentRequested.connect(self.insert_cell_break)
        self.text.outdentRequested.connect(lambda: QWidget.focusNextPrevChild(self.text, False))
        self.view.indentRequested.connect(self.view.focusNextChild)
        self.view.outdentRequested.connect(self.view.focusPreviousChild)
        ctl.fieldChanged.connect(self._on_field)
        self._built = True
        self._load(self.current_id)

    # -- the side editor --------------------------------------------------------------------
    @staticmethod
    def _attr(node) -> str:
        return "title" if isinstance(node, Annex) else "text"

    def _load(self, node_id: str) -> None:
        self.current_id = node_id
        if not self._built:
            return
        self._loading = True
        try:
            node = self.node()
            self.editor.setEnabled(node is not None)
            self.delete_button.setEnabled(node is not None)
            is_para = isinstance(node, AnnexParagraph)
            self.style_box.setVisible(is_para)
            self.style_label.setVisible(is_para)
            self._show_restart(node)
            self._cell_keys(node)
            if node is None:
                self.where.setText(
                    self.tr("This draft has no annex: use Insert ▸ Annex (Ctrl+Alt+A) to add one.")
                )
                self.text.clear()
                self._shown = ()
            else:
                self.text_label.setText(self.tr("&Title:") if isinstance(node, Annex) else self.tr("&Text:"))
                self.text.setAccessibleName(
                    self.tr("Annex title") if isinstance(node, Annex) else self.tr("Annex paragraph text")
                )
                self.where.setText(self._where(node))
                value = getattr(node, self._attr(node))
                self._shown = value
                richtext.fill(self.text.document(), value, self.ctl.note_marks(), self.ctl.labels())
                if is_para:
                    self.style_box.setCurrentIndex(self.style_box.findData(node.style.value))
                self.text.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._loading = False
        self.currentChanged.emit(node_id)

    def _annex_of(self, node_id: str) -> Annex | None:
        for annex in self.ctl.draft.annexes:
            if annex.id == node_id or any(p.id == node_id for p in annex.paragraphs):
                return annex
        return None

    def _where(self, node) -> str:
        labels = self.ctl.annex_labels()
        annex = self._annex_of(node.id)
        if annex is None:
            return ""
        # a list or a text the decision sets out in its own words has no "Annex" line
        name = self.tr("Set out in the text") if annex.in_text else labels.get(annex.id, self.tr("Annex"))
        if isinstance(node, Annex):
            n = len(self.ctl.draft.annexes)
            if n > 1:
                return self.tr("{name} ({k} of {n}): its title, printed in bold").format(
                    name=name, k=self.ctl.draft.annexes.index(annex) + 1, n=n
                )
            return self.tr("{name}: its title, printed in bold").format(name=name)
        k = next(i for i, p in enumerate(annex.paragraphs, start=1) if p.id == node.id)
        number = labels.get(node.id, "")
        style = style_name(node.style).lower() + (f" {number}" if number else "")
        where = self.tr("{name}, paragraph {k} of {n}: {style}").format(
            name=name, k=k, n=len(annex.paragraphs), style=style
        )
        return where + (self.tr(" (Tab starts the next cell)") if is_row(node) else "")

    def _show_restart(self, node) -> None:
        """The box is there for a numbered paragraph only, ticked where its numbers restart."""
        numbered = isinstance(node, AnnexParagraph) and node.style is AnnexStyle.NUMBERED
        self.restart_box.setVisible(numbered)
        self.restart_box.setChecked(numbered and node.restart)

    def _cell_keys(self, node) -> None:
        """In a table's row Tab types the tab that starts the next cell; elsewhere it moves
        the focus on, as in any form."""
        row = isinstance(node, AnnexParagraph) and is_row(node)
        self.text.setTabChangesFocus(not row)
        self.text.setToolTip(self.tr("Tab starts the next cell; Ctrl+Tab leaves the text") if row else "")

    def insert_cell_break(self) -> None:
        """Tab in a table's row: the cell before the cursor ends, the next one starts."""
        node = self.node()
        if isinstance(node, AnnexParagraph) and is_row(node):
            cursor = self.text.textCursor()
            cursor.insertText(CELL)
            self.text.setTextCursor(cursor)

    def _on_paragraph(self, part: str, node_id: str) -> None:
        if part != self.part or self._loading or not self.current_id:
            return
        node = self.ctl.find(self.part, self.current_id)
        if node is None:
            return
        self.where.setText(self._where(node))  # another paragraph's style may renumber this one
        if node_id != self.current_id:
            return
        if isinstance(node, AnnexParagraph):
            self.style_box.setCurrentIndex(self.style_box.findData(node.style.value))
            self._show_restart(node)
            self._cell_keys(node)
        value = getattr(node, self._attr(node))
        if value != self._shown:
            pos = self.text.textCursor().position()
            self._loading = True
            try:
                self._shown = value
                richtext.fill(self.text.document(), value, self.ctl.note_marks(), self.ctl.labels())
                cursor = self.text.textCursor()
                cursor.setPosition(min(pos, len(self.text.toPlainText())))
                self.text.setTextCursor(cursor)
            finally:
                self._loading = False

    def _on_field(self, path: str) -> None:
        """The whole annexes list replaced (a footnote deleted, a check's fix): the model has
        been rebuilt; show the current row's new contents."""
        if path == PART:
            self._load(self.current_id if self.ctl.find(PART, self.current_id) is not None else "")

    def _text_edited(self, typing: bool = True) -> None:
        if not self.current_id or self._loading:
            return
        node = self.node()
        value = richtext.read(self.text.document())
        self._shown = value
        self._push_text(node, value, typing)

    def _push_text(self, node, value: RichText, typing: bool) -> None:
        attr = self._attr(node)
        label = self.tr("Type in annex title") if attr == "title" else self.tr("Type in annex paragraph")
        self.ctl.edit_paragraph(self.part, node.id, attr, value, typing, label=label)

    def insert_footnote(self, note_text: str) -> None:
        """Ctrl+Alt+F: a new footnote referenced at the cursor, in a title or a paragraph."""
        node = self.node()
        if node is None:
            return
        note = Footnote(text=rich(note_text))
        self._loading = True
        try:
            richtext.insert_note(self.text.textCursor(), note.id, str(len(self.ctl.note_marks()) + 1))
        finally:
            self._loading = False
        value = richtext.read(self.text.document())
        self._shown = value
        self.ctl.add_footnote(self.part, node.id, value, note, attr=self._attr(node))

    def refresh_phrases(self) -> None:
        self.completer_model.setStringList([])  # annex paragraphs have no opening phrase

    # -- styles ----------------------------------------------------------------------------
    def _style_chosen(self, index: int) -> None:
        self.set_style(AnnexStyle(self.style_box.itemData(index)))

    def set_style(self, style: AnnexStyle) -> bool:
        """Body text, heading or numbered paragraph for the current paragraph."""
        node = self.node()
        if not isinstance(node, AnnexParagraph) or node.style is style:
            return False
        label = self.tr("Annex paragraph style: {style}").format(style=style_name(style).lower())
        self.ctl.edit_paragraph(self.part, node.id, "style", style, typing=False, label=label)
        return True

    def set_restart(self, restart: bool) -> bool:
        """Whether the current numbered paragraph starts the numbers again at 1."""
        node = self.node()
        if not isinstance(node, AnnexParagraph) or node.restart is restart:
            return False
        label = (
            self.tr("Annex paragraph: number from 1 again")
            if restart
            else self.tr("Annex paragraph: number on")
        )
        self.ctl.edit_paragraph(self.part, node.id, "restart", restart, typing=False, label=label)
        return True

    def _next_style(self) -> AnnexStyle:
        """A new paragraph continues the style of the text above it in its annex (a heading
        is not repeated: the text under a heading follows the paragraphs before it)."""
        annex = self._annex_of(self.current_id)
        if annex is None:
            return AnnexStyle.BODY
        ids = [p.id for p in annex.paragraphs]
        end = ids.index(self.current_id) + 1 if self.current_id in ids else 0
        for para in reversed(annex.paragraphs[:end]):
            if para.style is AnnexStyle.HEADER:  # under a table's heading row, its rows
                return AnnexStyle.ROW
            if para.style is not AnnexStyle.HEADING:
                return para.style
        return AnnexStyle.BODY

    # -- structure (menus, buttons and keys) ----------------------------------------------
    def add_annex(self) -> None:
        """A new annex after the current one (at the end when there is none), title focused."""
        annex = Annex()
        current = self._annex_of(self.current_id)
        self.ctl.insert_node(self.part, current.id if current else None, annex, self.tr("Insert annex"))
        self.select(annex.id)
        self.text.setFocus()

    def _insert_paragraph(self, style: AnnexStyle, label: str) -> None:
        para = AnnexParagraph(style=style)
        if not self.ctl.draft.annexes:  # a paragraph needs an annex: both, as one step
            annex = Annex(paragraphs=[para])
            self.ctl.insert_node(self.part, None, annex, label)
        else:
            self.ctl.insert_node(self.part, self.current_id or self.ctl.draft.annexes[-1].id, para, label)
        self.select(para.id)
        self.text.setFocus()

    def add_after(self) -> None:
        """Return or Insert ▸ Paragraph: a new paragraph below the current row (the first of
        the annex when the title is current)."""
        self._insert_paragraph(self._next_style(), self.tr("Insert annex paragraph"))

    def add_heading(self) -> None:
        self._insert_paragraph(AnnexStyle.HEADING, self.tr("Insert annex heading"))

    def _what(self) -> str:
        return self.tr("annex") if isinstance(self.node(), Annex) else self.tr("annex paragraph")

    def delete(self) -> None:
        if self.current_id:
            self.ctl.delete(self.part, self.current_id, self.tr("Delete {what}").format(what=self._what()))

    def duplicate(self) -> None:
        if self.current_id:
            self.ctl.duplicate(
                self.part, self.current_id, self.tr("Duplicate {what}").format(what=self._what())
            )

    def move(self, step: int) -> None:
        if self.current_id:
            self.ctl.move(self.part, self.current_id, step, self._what())
