"""The footnote manager: every footnote in print order, its text, where it is cited.

Numbers come from the blocks walk (``formats.blocks.render``), as printed, so they follow
any reordering. From a footnote the user jumps to its reference in the paragraph and back
(Insert ▸ Go to footnote, with the cursor on a mark). Deleting a footnote removes its
references too, in one undo step, so no paragraph is left citing a note that is gone.
Citation templates give the UN forms with the italics in the right places.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.model import walk
from delegate_editor.model.text import NoteRef, RichText, Run, normalize, plain_text
from delegate_editor.ui import richtext
from delegate_editor.ui.commands import FootnotesCommand, SetFieldCommand, SetParagraphCommand
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.editors import RichTextEdit
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.note_citing import Place, citing, where_all

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# the symbols offered for a footnote of its own mark (model/document.py NOTE_SYMBOLS)
MARK_CHOICES = ("*", "**", "***", "†", "‡")

# The usual forms of UN citations, with the italics the Editorial Manual gives them: the
# title of a series or of the Official Records is italic, the rest roman.
CITATIONS: tuple[tuple[str, RichText], ...] = (
    ("Resolution with annex", (Run("Resolution 65/230, annex."),)),
    (
        "United Nations, Treaty Series",
        (Run("United Nations, "), Run("Treaty Series", True), Run(", vol. 2225, No. 39574.")),
    ),
    (
        "Official Records of the General Assembly",
        (
            Run("Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 10", True),
            Run(" (A/68/10)."),
        ),
    ),
    (
        "Official Records of the Economic and Social Council",
        (
            Run("Official Records of the Economic and Social Council, 2013, Supplement No. 10", True),
            Run(" (E/2013/30), chap. I, sect. B."),
        ),
    ),
    ("Report of the Secretary-General", (Run("See E/CN.15/2013/24."),)),
)


def _without(text: RichText, note_id: str) -> RichText:
    return normalize([item for item in text if item != NoteRef(note_id)])


def delete_footnote(ctl: Controller, note_id: str) -> bool:
    """Remove a footnote and every reference to it as ONE undo step."""
    draft = ctl.draft
    if note_id not in draft.footnotes:
        return False
    ref = NoteRef(note_id)
    ctl.stack.beginMacro("Delete footnote")
    try:
        citing = [f for f in walk.body_fields(draft) if ref in f.text]
        for field in citing:
            if field.part in ("preamble", "operative"):
                text = _without(field.text, note_id)
                ctl.stack.push(
                    SetParagraphCommand(ctl, field.part, field.id, "text", text, "Delete footnote", False)
                )
            elif field.part == "header":
                ctl.stack.push(SetFieldCommand(ctl, field.id, _without(field.text, note_id), field.id, False))
        if any(f.part == "annexes" for f in citing):  # the annexes are one undoable value
            annexes = [
                replace(
                    a,
                    title=_without(a.title, note_id),
                    paragraphs=[replace(p, text=_without(p.text, note_id)) for p in a.paragraphs],
                )
                for a in draft.annexes
            ]
            ctl.stack.push(SetFieldCommand(ctl, "annexes", annexes, "annex", False))
        notes = {k: v for k, v in draft.footnotes.items() if k != note_id}
        ctl.stack.push(FootnotesCommand(ctl, notes, "Delete footnote"))
    finally:
        ctl.stack.endMacro()
    return True


class FootnotesPanel(QWidget):
    """The Footnotes page: the notes in order, the selected note's text, templates, jumps."""

    jumpToReference = Signal(str, str, str, int)  # noqa: N815 part, paragraph id, footnote id, nth mark

    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.current = ""
        self._loading = False
        self.places: dict[str, list[Place]] = {}
        self._next = 0  # which of the current note's marks "Go to reference" shows next
        # typing in a paragraph can move a mark, so the list follows; while the page is
        # hidden it only notes that it is out of date and refreshes when shown
        self._dirty = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Footnotes, in order of appearance"))
        self.list.setWordWrap(True)
        self.editor = RichTextEdit(outline_keys=False)
        self.editor.setAccessibleName(self.tr("Footnote text"))
        self.editor.setPlaceholderText(self.tr("Footnote text. Ctrl+I for italics, or choose a template."))
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.empty = QLabel(
            self.tr(
                "This draft has no footnotes. Put the cursor in a paragraph's text and press Ctrl+Alt+F (Insert ▸ Footnote)."
            )
        )
        self.empty.setWordWrap(True)

        self.go = QPushButton(self.tr("&Go to reference"))
        self.go.clicked.connect(self.go_to_reference)
        self.italic = QPushButton(self.tr("&Italic"))
        self.italic.setCheckable(False)
        self.italic.clicked.connect(self.toggle_italic)
        self.templates = QToolButton()
        self.templates.setText(self.tr("&Template"))
        self.templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.templates)
        self.template_actions: list[QAction] = []
        for name, text in CITATIONS:
            action = menu.addAction(f"{name}: {plain_text(text)}")
            action.triggered.connect(lambda _c=False, t=text: self.apply_template(t))
            self.template_actions.append(action)
        self.templates.setMenu(menu)
        # a number, or a symbol of the note's own: an amendment whose "*" is the sponsors'
        # note marks the note of a text it quotes "**" (Footnote.mark)
        self.mark = QComboBox()
        self.mark.setAccessibleName(self.tr("Footnote mark"))
        self.mark.setToolTip(self.tr("Numbered in order of citation, or printed with a symbol of its own"))
        self.mark.addItem(self.tr("Number"), "")
        for symbol in MARK_CHOICES:
            self.mark.addItem(symbol, symbol)
        self.mark.currentIndexChanged.connect(self._mark_chosen)
        mark_label = QLabel(self.tr("&Mark:"))
        mark_label.setBuddy(self.mark)
        self.delete = QPushButton(self.tr("&Delete footnote"))
        self.delete.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for w in (self.go, self.italic, self.templates, mark_label, self.mark, self.delete):
            buttons.addWidget(w)
        buttons.addStretch(1)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.where)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.editor, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)

        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemActivated.connect(lambda _item: self.go_to_reference())
        self.editor.textChanged.connect(self._edited)
        ctl.footnotesChanged.connect(self.refresh_later)
        ctl.stack.indexChanged.connect(self.refresh_later)  # once more after a whole macro
        ctl.paragraphChanged.connect(self._on_paragraph)
        ctl.structureChanged.connect(lambda *_: self.refresh_later())
        ctl.fieldChanged.connect(self._on_field)
        ctl.draftReplaced.connect(self.refresh)
        self.refresh()

    # -- the list -------------------------------------------------------------------------
    def ordered(self) -> list[tuple[str, str]]:
        """(mark, id) in print order; notes no paragraph cites come last, marked "–"."""
        marks = self.ctl.note_marks()
        cited = sorted(marks.items(), key=lambda kv: int(kv[1]) if kv[1].isdigit() else 0)
        out = [(mark, note_id) for note_id, mark in cited if note_id in self.ctl.draft.footnotes]
        out += [("–", n) for n in self.ctl.draft.footnotes if n not in marks]
        return out

    def marks(self) -> list[str]:
        """What the list shows, for tests and screen readers: "1  text"."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def refresh(self) -> None:
        self._dirty = False
        self.places = citing(self.ctl)
        self._loading = True
        try:
            self.list.clear()
            for mark, note_id in self.ordered():
                note = self.ctl.draft.footnotes[note_id]
                item = QListWidgetItem(f"{mark}  {plain_text(note.text) or '(empty)'}")
                item.setData(NOTE_ID_ROLE, note_id)
                places = self.places.get(note_id)
                item.setToolTip(
                    self.tr("Cited in {0}").format(where_all(places))
                    if places
                    else self.tr("Not cited anywhere")
                )
                self.list.addItem(item)
                if note_id == self.current:
                    self.list.setCurrentItem(item)
        finally:
            self._loading = False
        if self.current not in self.ctl.draft.footnotes:
            self.current = ""
            if self.list.count():
                self.list.setCurrentRow(0)
        self._show_current()
        self.empty.setVisible(self.list.count() == 0)

    def _on_paragraph(self, _part: str, _node_id: str) -> None:
        self.refresh_later()

    def _on_field(self, path: str) -> None:
        if path in ("title", "recommendation", "lead_in", "annexes"):
            self.refresh_later()

    def refresh_later(self, *_args) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def select(self, note_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(NOTE_ID_ROLE) == note_id:
                self.list.setCurrentRow(i)
                return

    def _on_current(self, item: QListWidgetItem | None, _prev) -> None:
        if self._loading:
            return
        self.current = item.data(NOTE_ID_ROLE) if item else ""
        self._next = 0
        self._show_current()

    def _show_current(self) -> None:
        note = self.ctl.draft.footnotes.get(self.current)
        self._loading = True
        try:
            if note is None:
                self.editor.clear()
            elif richtext.read(self.editor.document()) != note.text:
                richtext.fill(self.editor.document(), note.text, {}, self.ctl.labels())
            self._show_mark(note.mark if note else "")
        finally:
            self._loading = False
        places = self.places.get(self.current)
        mark = next((m for m, n in self.ordered() if n == self.current), "")
        if note is None:
            self.where.setText("")
        elif places:
            self.where.setText(self.tr("Footnote {mark}, cited in {0}.").format(where_all(places), mark=mark))
        else:
            self.where.setText(self.tr("This footnote is not cited anywhere."))
        for w in (self.editor, self.italic, self.templates, self.mark, self.delete):
            w.setEnabled(note is not None)
        self.go.setEnabled(bool(places))
        self.go.setToolTip(
            self.tr("Each press goes to the next of its {0} marks").format(len(places))
            if places and len(places) > 1
            else ""
        )

    # -- editing ----------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading and self.current:
            self.ctl.edit_footnote(self.current, richtext.read(self.editor.document()))
            self._relabel()

    def _show_mark(self, mark: str) -> None:
        index = self.mark.findData(mark)
        if index < 0:  # a symbol the list does not offer, read from a file
            self.mark.addItem(mark, mark)
            index = self.mark.count() - 1
        self.mark.setCurrentIndex(index)

    def _mark_chosen(self, index: int) -> None:
        """A number or a symbol for the current note (one undo step); the notes after it
        are numbered again, as every export numbers them."""
        note = self.ctl.draft.footnotes.get(self.current)
        mark = self.mark.itemData(index) or ""
        if self._loading or note is None or note.mark == mark:
            return
        notes = dict(self.ctl.draft.footnotes)
        notes[self.current] = replace(note, mark=mark)
        self.ctl.stack.push(FootnotesCommand(self.ctl, notes, translate("FootnotesPanel", "Footnote mark")))

    def _relabel(self) -> None:
        item = self.list.currentItem()
        note = self.ctl.draft.footnotes.get(self.current)
        if item is not None and note is not None:
            mark = item.text().split("  ", 1)[0]
            item.setText(f"{mark}  {plain_text(note.text) or '(empty)'}")

    def toggle_italic(self) -> None:
        self.editor.toggle_italic()  # textChanged records the edit

    def apply_template(self, text: RichText) -> None:
        """Replace the current note's text with a citation form (one undo step)."""
        if not self.current or self.current not in self.ctl.draft.footnotes:
            return
        notes = dict(self.ctl.draft.footnotes)
        notes[self.current] = replace(notes[self.current], text=text)
        self.ctl.stack.push(FootnotesCommand(self.ctl, notes, "Footnote citation template"))
        self.editor.setFocus()

    def delete_current(self) -> None:
        if self.current:
            delete_footnote(self.ctl, self.current)

    def go_to_reference(self) -> None:
        """To the current note's mark; a note cited more than once goes to each mark in
        turn, in print order, then back to the first."""
        places = self.places.get(self.current)
        if places:
            place = places[self._next % len(places)]
            self._next += 1
            self.jumpToReference.emit(place.part, place.node_id, self.current, place.nth)
