"""The Insert and Format menus' paragraph actions in the document editor, by the names the
paragraph pages give them (``MainWindow.part_action``): a new paragraph or heading, duplicate,
delete, move, indent and outdent the paragraph the cursor is in, each one undo step."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from delegate_editor.conventions.phrases import longest_opening
from delegate_editor.model.table import is_row
from delegate_editor.model.text import plain_text
from delegate_editor.ui import restructure
from delegate_editor.ui.document import blocks, structure
from delegate_editor.ui.i18n import translate


class PartActions:
    """Mixed into :class:`~delegate_editor.ui.document.editor.DocumentEditor`."""

    def _here(self):
        place = self.current()
        return (place.part, place.node_id) if place is not None else (None, None)

    def add_after(self) -> None:
        part, node_id = self._here()
        new = self.ctl.new_paragraph(part or "operative", node_id)
        if new:
            self.go_to(new, 0)

    def add_heading(self) -> None:
        from delegate_editor.model.document import SectionHeading

        part, node_id = self._here()
        if part in (None, "operative"):
            heading = SectionHeading(text="")
            self.ctl.insert_node("operative", node_id, heading, "Insert section heading")
            self.go_to(heading.id, 0)

    def duplicate(self) -> None:
        part, node_id = self._here()
        if part:
            self.ctl.duplicate(part, node_id)

    def delete(self) -> None:
        part, node_id = self._here()
        if part:
            self.ctl.delete(part, node_id)

    def move(self, step: int) -> None:
        part, node_id = self._here()
        if part:
            offset = self.textCursor().positionInBlock()
            self.ctl.move(part, node_id, step)
            self.go_to(node_id, offset)

    def indent(self) -> None:
        part, node_id = self._here()
        if part:
            offset = self.textCursor().positionInBlock()
            self.ctl.indent(part, node_id)
            self.go_to(node_id, offset)

    def outdent(self) -> None:
        part, node_id = self._here()
        if part:
            offset = self.textCursor().positionInBlock()
            self.ctl.outdent(part, node_id)
            self.go_to(node_id, offset)

    def in_row(self) -> bool:
        """Whether the cursor is in a table's row (``SubParagraph.row``): Tab parts its cells."""
        place = self.current()
        node = self.ctl.find(place.part, place.node_id) if place is not None else None
        return is_row(node)

    def set_row(self, kind) -> bool:
        """Format ▸ Sub-paragraph: table row (``ui/table_rows.py``) where the cursor is: one
        undo step; False when the cursor is in no sub-paragraph."""
        from delegate_editor.ui.table_rows import row_name

        place = self.current()
        if place is None or place.kind != "sub":
            return False
        offset = self.textCursor().positionInBlock()
        self.ctl.set_row(place.part, place.node_id, kind, row_name(kind))
        self.go_to(place.node_id, offset)
        return True

    @property
    def current_id(self) -> str:
        """The paragraph the cursor is in ("" when none), as the paragraph pages name it."""
        place = self.current()
        return place.node_id if place is not None else ""

    def insert_footnote(self, note_text: str) -> None:
        """A new footnote, its mark at the cursor: one undo step (Insert ▸ Footnote)."""
        from delegate_editor.model.document import Footnote
        from delegate_editor.model.text import rich
        from delegate_editor.ui import richtext
        from delegate_editor.ui.document import blocks

        place = self.current()
        if place is None or place.kind == "heading":
            return
        note = Footnote(text=rich(note_text))
        self._loading = True
        try:
            richtext.insert_note(self.textCursor(), note.id, str(len(self.ctl.note_marks()) + 1))
        finally:
            self._loading = False
        _opening, text = blocks.split_shown(
            blocks.read(self.textCursor().block()), place.kind, self.ctl.draft.front.language
        )
        self.ctl.add_footnote(place.part, place.node_id, text, note)

    @property
    def part(self) -> str:
        """The part the cursor is in ("" in the front matter's lines)."""
        place = self.current()
        return place.part if place is not None else ""

    def insert_cross_reference(self, target_id: str, note: bool = False) -> bool:
        """A reference at the cursor to paragraph ``target_id`` (Insert ▸ Cross-reference) or,
        with ``note``, to footnote ``target_id`` cited again (Insert ▸ Cite a Footnote Again),
        showing its number now and following every move; one undo step."""
        from delegate_editor.ui import richtext
        from delegate_editor.ui.document import blocks

        place = self.current()
        label = (self.ctl.note_marks() if note else self.ctl.labels()).get(target_id, "")
        if place is None or place.kind == "heading" or not label:
            return False
        self._loading = True
        try:
            (richtext.insert_note if note else richtext.insert_xref)(self.textCursor(), target_id, label)
        finally:
            self._loading = False
        opening, text = blocks.split_shown(
            blocks.read(self.textCursor().block()), place.kind, self.ctl.draft.front.language
        )
        self.ctl.edit_paragraph(place.part, place.node_id, "text", text, typing=False)
        return True

    def _operative_typed(self, place: blocks.Place, shown) -> bool:
        """Typing at the end of the preamble a paragraph that opens with an operative verb
        and no preambular phrase ("Takes note of ..."): it becomes the first operative
        paragraph, one undo step, and typing goes on in it."""
        preamble = self.ctl.part_items("preamble")
        if not preamble or preamble[-1].id != place.node_id:
            return False
        plain = plain_text(shown).lstrip()
        language = self.ctl.draft.front.language
        verb = longest_opening(plain, "operative", language)
        if not verb or longest_opening(plain, "preamble", language) or len(plain) <= len(verb):
            return False
        offset = self.textCursor().positionInBlock()
        node_id = place.node_id
        self.ctl.stack.beginMacro(translate("DocumentEditor", "Start the operative part"))
        try:
            moved = restructure.clone_list(preamble)
            first = moved[-1]
            self.ctl.edit_part(
                "preamble",
                translate("DocumentEditor", "Start the operative part"),
                lambda items: _drop_last(items),
                None,
            )
            self.ctl.edit_part(
                "operative",
                translate("DocumentEditor", "Start the operative part"),
                lambda items: structure.to_operative([first], items, node_id),
                node_id,
            )
        finally:
            self.ctl.stack.endMacro()
        QTimer.singleShot(0, lambda: self._paragraph_changed("operative", node_id))
        self.go_to(node_id, offset)
        return True


def _drop_last(items: list) -> str:
    """The last preambular paragraph taken off (it moves to the operative part)."""
    items.pop()
    return items[-1].id if items else ""
