"""The one place where the UI meets the draft.

Widgets ask the controller for values and ask it to *edit*; the controller turns every edit
into a command on its QUndoStack (``ui/commands.py``). Commands call back the ``apply_*``
methods, which change the model and emit signals; widgets and models listen to those signals
and refresh, whether the change came from typing, a menu, undo or redo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from delegate_editor.conventions import language as languages
from delegate_editor.formats.blocks import render
from delegate_editor.formats.language_layout import localized
from delegate_editor.formats.layout import BlockStyle, Layout, draft_layout
from delegate_editor.model.document import (
    DocumentKind,
    Footnote,
    Operative,
    Preambular,
    RowKind,
    SubParagraph,
)
from delegate_editor.model.numbering import for_draft, paragraph_labels
from delegate_editor.model.text import NoteRef, RichText
from delegate_editor.model.walk import HEADER_FIELDS
from delegate_editor.ui import restructure
from delegate_editor.ui.commands import FootnotesCommand, PartCommand, SetFieldCommand, SetParagraphCommand
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.session import DocumentSession

PARTS = ("preamble", "operative", "annexes")


def _note_refs(text: Any) -> tuple[str, ...]:
    """The footnote ids a paragraph's text cites, in order (a heading's str cites none)."""
    return tuple(item.note_id for item in text if isinstance(item, NoteRef))


# the draft's own fields that hold rich text, and so may cite footnotes (the model's walk)
RICH_FIELDS = HEADER_FIELDS


class Controller(QObject):
    fieldChanged = Signal(str)  # noqa: N815 (Qt naming) dotted path of the value
    paragraphChanged = Signal(str, str)  # noqa: N815 part, paragraph id
    structureChanged = Signal(str, str)  # noqa: N815 part, id of the paragraph to select ("" none)
    footnotesChanged = Signal()  # noqa: N815
    draftReplaced = Signal()  # noqa: N815 a whole new draft (New, Open, restore)
    changed = Signal()  # any change at all: autosave, status bar, preview

    def __init__(self, session: DocumentSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QUndoStack(self)
        self._labels: dict[str, str] | None = None
        self._marks: dict[str, str] | None = None
        self._annex_labels: dict[str, str] | None = None
        # part → (the part's list object, id → paragraph): finding a paragraph by walking the
        # tree cost 0.4 ms on a 900-paragraph draft, six times per keystroke (bench/RESULTS.md)
        self._index: dict[str, tuple[list, dict[str, Any]]] = {}

    # -- reading -------------------------------------------------------------------------
    @property
    def draft(self):
        return self.session.draft

    def layout(self) -> Layout:
        # the draft's language gives its labels ("a)" in French): formats/language_layout.py
        return localized(draft_layout(self.draft), languages.of(self.draft))

    def labels(self) -> dict[str, str]:
        """Paragraph id → its current number ("3", "3 (a)"): derived, never stored."""
        if self._labels is None:
            self._labels = paragraph_labels(self.draft, self.layout().numbering)
        return self._labels

    def operative_label(self, own: str) -> str:
        """An operative paragraph's printed label from its number: "3." or, in a lettered
        decision, "(c)" (``model/numbering.for_draft``)."""
        return for_draft(self.draft, self.layout().numbering).operative.format(own) if own else ""

    def note_marks(self) -> dict[str, str]:
        """Footnote id → its current number, in order of appearance."""
        if self._marks is None:
            notes = render(self.draft, self.layout()).notes
            self._marks = {n.note_id: n.mark for n in notes if n.note_id}
        return self._marks

    def annex_labels(self) -> dict[str, str]:
        """Annex id → "Annex" or "Annex II"; numbered annex paragraph id → "1.": taken from
        the blocks walk, so the editor shows exactly what the exports print."""
        if self._annex_labels is None:
            out: dict[str, str] = {}
            if self.draft.annexes:
                for block in render(self.draft, self.layout()).blocks:
                    if block.source.part != "annex":
                        continue
                    if block.style is BlockStyle.ANNEX_LABEL:
                        out[block.source.id] = "".join(p.text for p in block.pieces)
                    elif block.label:
                        out[block.source.id] = block.label
            self._annex_labels = out
        return self._annex_labels

    def _invalidate(self) -> None:
        self._labels = None
        self._marks = None
        self._annex_labels = None

    @property
    def amendment(self) -> bool:
        """An amendment's sub-paragraphs are the paragraphs its instructions quote."""
        return self.draft.kind is DocumentKind.AMENDMENT

    def get_field(self, path: str) -> Any:
        obj: Any = self.draft
        for name in path.split("."):
            obj = getattr(obj, name)
        return obj

    def part_items(self, part: str) -> list:
        return getattr(self.draft, part)

    def find(self, part: str, node_id: str):
        """The paragraph ``node_id`` of ``part``, or None.

        Structural edits replace a part's list (``apply_part``) and text edits change
        paragraphs in place, so an id index of the current list object stays right until the
        list is replaced; it is rebuilt then."""
        items = self.part_items(part)
        cached = self._index.get(part)
        if cached is None or cached[0] is not items:
            cached = (items, {row.id: row.node for row in restructure.flatten(items)})
            self._index[part] = cached
        return cached[1].get(node_id)

    def node(self, part: str, node_id: str):
        node = self.find(part, node_id)
        if node is None:
            raise KeyError(f"{part}: no paragraph {node_id}")
        return node

    # -- applying (called by commands only) -----------------------------------------------
    def apply_field(self, path: str, value: Any) -> None:
        *parents, name = path.split(".")
        obj: Any = self.draft
        for p in parents:
            obj = getattr(obj, p)
        old = getattr(obj, name)
        setattr(obj, name, value)
        if path.startswith(("front.", "layout")) or path in ("annexes", "lettered"):
            self._invalidate()
        elif path in RICH_FIELDS and _note_refs(old) != _note_refs(value):
            self._marks = None  # a note cited in the title or recommendation renumbers the rest
        self.fieldChanged.emit(path)
        self.changed.emit()

    def apply_paragraph(self, part: str, node_id: str, attr: str, value: Any) -> None:
        node = self.node(part, node_id)
        old = getattr(node, attr)
        setattr(node, attr, value)
        if attr in ("style", "restart"):  # an annex paragraph's number renumbers the ones after it
            self._annex_labels = None
        if attr in ("text", "title") and _note_refs(old) != _note_refs(value):
            # footnote numbers follow the order of the references; typing that leaves this
            # paragraph's references as they were cannot renumber anything, and recomputing
            # them is a whole blocks walk (10 ms at 500 paragraphs) on every keystroke
            self._marks = None
        self.paragraphChanged.emit(part, node_id)
        self.changed.emit()

    def apply_part(self, part: str, items: list, select: str | None) -> None:
        setattr(self.draft, part, items)
        self._index.pop(part, None)
        self._invalidate()
        self.structureChanged.emit(part, select or "")
        self.changed.emit()

    def apply_footnotes(self, notes: dict[str, Footnote]) -> None:
        self.draft.footnotes = notes
        self._marks = None
        self.footnotesChanged.emit()
        self.changed.emit()

    def replace_draft(self, session: DocumentSession) -> None:
        """New, Open or restore: a fresh history for a fresh document."""
        self.session = session
        self._index.clear()
        self._invalidate()
        self.stack.clear()
        self.draftReplaced.emit()
        self.changed.emit()

    # -- editing (what the widgets call) ---------------------------------------------------
    def seal_typing(self) -> None:
        """End the typing step on top of the undo stack: what comes next is a step of its own."""
        if self.stack.index() > 0:
            self.stack.command(self.stack.index() - 1).sealed = True

    def edit_field(self, path: str, value: Any, label: str, typing: bool = True) -> None:
        if self.get_field(path) == value:
            return
        self.stack.push(SetFieldCommand(self, path, value, label, typing))

    def edit_paragraph(
        self, part: str, node_id: str, attr: str, value: Any, typing: bool = True, label: str = ""
    ) -> None:
        node = self.node(part, node_id)
        if getattr(node, attr) == value:
            return
        if not label:
            what = {
                "opening": translate("Controller", "opening phrase"),
                "title": translate("Controller", "title"),
            }.get(attr, translate("Controller", "text"))
            number = self.labels().get(node_id, "") or self.annex_labels().get(node_id, "")
            where = (
                translate("Controller", "paragraph {number}").format(number=number)
                if number
                else translate("Controller", "paragraph")
            )
            label = translate("Controller", "Type in {where} ({what})").format(where=where, what=what)
        self.stack.push(SetParagraphCommand(self, part, node_id, attr, value, label, typing))

    def edit_part(
        self, part: str, label: str, edit: Callable[[list], str | None], select_before: str | None
    ) -> bool:
        """Push a structural edit; False (and nothing on the stack) when it changed nothing."""
        cmd = PartCommand(self, part, label, edit, select_before)
        if cmd.select_after is None:
            return False
        self.stack.push(cmd)
        return True

    # structural edits, each returning the id to select afterwards (None: nothing changed)
    def new_paragraph(self, part: str, after_id: str | None, sub: bool = False) -> str | None:
        anchor = self.find(part, after_id) if after_id else None
        if part == "preamble" or isinstance(anchor, Preambular):  # a section's own, too
            node: Any = Preambular()
        elif sub and isinstance(anchor, SubParagraph) and anchor.row:
            node = SubParagraph(row=RowKind.ROW)  # after a table's row (or its heads), a row
        elif sub:
            node = SubParagraph(quoted=self.amendment)  # an amendment's: a quoted paragraph
        else:
            node = Operative()

        def edit(items: list) -> str:
            restructure.insert_after(items, after_id, node)
            return node.id

        self.edit_part(part, translate("Controller", "Insert paragraph"), edit, after_id)
        return node.id

    def insert_node(self, part: str, after_id: str | None, node: Any, label: str) -> str:
        def edit(items: list) -> str:
            restructure.insert_after(items, after_id, node)
            return node.id

        self.edit_part(part, label, edit, after_id)
        return node.id

    def set_row(self, part: str, node_id: str, kind: RowKind, label: str) -> bool:
        """A sub-paragraph made a table's row, its heading row, or text again (``kind`` NONE):
        one undo step. A structural edit, not a typing one, because the letters of the
        sub-paragraphs after it change (a row takes none) and every list must show them. A
        row is neither a dash item nor a quotation; text again is what a new sub-paragraph
        of this draft is (an amendment's quotes the paragraph it inserts)."""
        node = self.find(part, node_id)
        if not isinstance(node, SubParagraph) or node.row is kind:
            return False

        def edit(items: list) -> str | None:
            sub = restructure.find(items, node_id)
            if not isinstance(sub, SubParagraph):
                return None
            sub.row = kind
            sub.dash = False
            sub.quoted = self.amendment and not kind
            return node_id

        return self.edit_part(part, label, edit, node_id)

    def delete(self, part: str, node_id: str, label: str = "") -> bool:
        label = label or translate("Controller", "Delete paragraph")
        rows = restructure.flatten(self.part_items(part))
        ids = [r.id for r in rows]
        pos = ids.index(node_id) if node_id in ids else -1
        gone = {r.id for r in restructure.flatten([self.node(part, node_id)])} if pos >= 0 else set()
        rest = [i for i in ids if i not in gone]
        neighbour = (ids[pos - 1] if pos > 0 else (rest[0] if rest else "")) if pos >= 0 else ""

        def edit(items: list) -> str | None:
            return neighbour if restructure.delete(items, node_id) else None

        return self.edit_part(part, label, edit, node_id)

    def duplicate(self, part: str, node_id: str, label: str = "") -> bool:
        label = label or translate("Controller", "Duplicate paragraph")
        return self.edit_part(part, label, lambda items: restructure.duplicate(items, node_id), node_id)

    def move(self, part: str, node_id: str, step: int, what: str = "") -> bool:
        what = what or translate("Controller", "paragraph")
        label = (
            translate("Controller", "Move {what} up")
            if step < 0
            else translate("Controller", "Move {what} down")
        ).format(what=what)
        return self.edit_part(
            part, label, lambda items: node_id if restructure.move(items, node_id, step) else None, node_id
        )

    def move_to(self, part: str, node_id: str, target_id: str | None, after: bool) -> bool:
        return self.edit_part(
            part,
            translate("Controller", "Drag paragraph"),
            lambda items: node_id if restructure.move_to(items, node_id, target_id, after) else None,
            node_id,
        )

    def indent(self, part: str, node_id: str) -> bool:
        return self.edit_part(
            part,
            translate("Controller", "Indent paragraph"),
            lambda items: (
                node_id
                if restructure.indent(items, node_id, self.draft.front.language if self.amendment else "")
                else None
            ),
            node_id,
        )

    def outdent(self, part: str, node_id: str) -> bool:
        return self.edit_part(
            part,
            translate("Controller", "Outdent paragraph"),
            lambda items: node_id if restructure.outdent(items, node_id) else None,
            node_id,
        )

    def add_footnote(
        self, part: str, node_id: str, new_text: RichText, note: Footnote, attr: str = "text"
    ) -> None:
        """A footnote reference typed into a paragraph (or an annex title: ``attr``) and its
        note, as one undoable step."""
        self.stack.beginMacro(translate("Controller", "Insert footnote"))
        notes = dict(self.draft.footnotes)
        notes[note.id] = note
        self.stack.push(FootnotesCommand(self, notes, translate("Controller", "Add footnote")))
        self.stack.push(
            SetParagraphCommand(
                self, part, node_id, attr, new_text, translate("Controller", "Insert footnote"), False
            )
        )
        self.stack.endMacro()

    def add_field_footnote(self, path: str, new_text: RichText, note: Footnote) -> None:
        """A footnote reference typed into a front-matter field (the title, the
        recommendation) and its note, as one undoable step."""
        self.stack.beginMacro(translate("Controller", "Insert footnote"))
        notes = dict(self.draft.footnotes)
        notes[note.id] = note
        self.stack.push(FootnotesCommand(self, notes, translate("Controller", "Add footnote")))
        self.stack.push(
            SetFieldCommand(self, path, new_text, translate("Controller", "Insert footnote"), False)
        )
        self.stack.endMacro()

    def edit_footnote(self, note_id: str, text: RichText) -> None:
        old = self.draft.footnotes.get(note_id)
        if old is None or old.text == text:
            return
        notes = dict(self.draft.footnotes)
        notes[note_id] = replace(old, text=text)  # a note keeps its mark ("**")
        self.stack.push(
            FootnotesCommand(self, notes, translate("Controller", "Edit footnote"), typing_id=note_id)
        )
