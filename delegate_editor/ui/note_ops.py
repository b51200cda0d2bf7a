"""Footnotes from the main window: Insert ▸ Footnote, and the jumps between a footnote mark
in the text and its footnote (Ctrl+Alt+G, and the Footnotes page's "go to reference").

A mixin for :class:`~delegate_editor.ui.main_window.MainWindow`, as ``FileOps``. Needs:
self.ctl, self.asker, self.front_page, self.footnotes_page, self.pages, self.part_page(),
self.show_page() and QMainWindow's statusBar().
"""

from __future__ import annotations

from delegate_editor.ui.editors import RichTextEdit
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.note_citing import cursor_at_note, note_at_cursor


class NoteOps:
    def insert_footnote(self) -> None:
        page = self.part_page() or (self.document_page if self.current_page() == "document" else None)
        field = self.front_page.binder.focused_rich_field() if page is None else ""
        if not field and (page is None or not page.current_id):
            self.statusBar().showMessage(
                translate(
                    "NoteOps",
                    "Put the cursor in a paragraph, the title or the recommendation to add a footnote.",
                ),
                3000,
            )
            return
        text = self.asker.text(
            self, translate("NoteOps", "Insert footnote"), translate("NoteOps", "Footnote text:")
        )
        if text:
            before = set(self.ctl.draft.footnotes)
            if field:
                self.front_page.binder.insert_footnote(field, text)
            else:
                page.insert_footnote(text)
            added = set(self.ctl.draft.footnotes) - before
            if added:
                self.footnotes_page.refresh()
                self.footnotes_page.select(added.pop())

    def toggle_note_reference(self) -> None:
        """Ctrl+Alt+G: from a mark in the paragraph text to its footnote, and back."""
        page = self.part_page()
        if page is not None:
            note_id = note_at_cursor(page.text.textCursor())
            if not note_id:
                self.statusBar().showMessage(
                    translate("NoteOps", "Put the cursor on a footnote mark first."), 3000
                )
                return
            self.show_page("footnotes")
            self.footnotes_page.refresh()
            self.footnotes_page.select(note_id)
            self.footnotes_page.editor.setFocus()
        elif self.stack.currentWidget() is self.footnotes_page:
            self.footnotes_page.go_to_reference()

    def jump_to_reference(self, part: str, node_id: str, note_id: str, nth: int = 0) -> None:
        """Show the paragraph that cites ``note_id`` with the cursor just after its mark (the
        ``nth`` of its marks there)."""
        part = "annexes" if part == "annex" else part
        if part not in ("preamble", "operative", "annexes"):
            self.show_page("front")
            field = self.front_page.fields.get(node_id)  # the title or the recommendation
            if isinstance(field, RichTextEdit):
                cursor = cursor_at_note(field.document(), note_id, nth)
                if cursor is not None:
                    field.setTextCursor(cursor)
                field.setFocus()
            return
        self.show_page(part)
        page = self.pages[part]
        page.select(node_id)
        cursor = cursor_at_note(page.text.document(), note_id, nth)
        if cursor is not None:
            page.text.setTextCursor(cursor)
        page.text.setFocus()
