"""Insert ▸ Cite a Footnote Again: a second mark of a note the text already cites, as the UN
does ("the Treaty on the Prohibition of Nuclear Weapons,¹¹" in the preamble, "... Nuclear
Weapons;¹¹" ending paragraph 2, A/RES/74/59). The mark is a reference to the note, never
typed digits: it shows the note's number wherever the note moves, the note is printed once,
and the DOCX makes it Word's cross-reference to the footnote.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from delegate_editor.model.text import plain_text
from delegate_editor.ui.crossref import insert_chosen, paragraph_page
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def notes(window: MainWindow) -> list[tuple[str, str]]:
    """(note id, "11 — its first words") of every numbered footnote, in the text's order."""
    footnotes = window.ctl.draft.footnotes
    out = []
    for note_id, mark in window.ctl.note_marks().items():
        note = footnotes.get(note_id)
        if note is not None and not note.mark:
            words = plain_text(note.text)
            out.append((note_id, f"{mark} — {words[:60]}{'…' if len(words) > 60 else ''}"))
    return out


class _FrontField:
    """The title or the recommendation, with the cursor in it, as ``insert_chosen`` wants a
    page: a note cited in the preamble may be cited again in the title, as in an annex."""

    def __init__(self, window: MainWindow, path: str) -> None:
        self.window, self.path = window, path
        self.text = window.front_page.binder.rich_fields[path][0]

    def insert_cross_reference(self, target_id: str, note: bool = True) -> bool:
        mark = self.window.ctl.note_marks().get(target_id, "")
        return bool(mark) and self.window.front_page.binder.insert_note_again(self.path, target_id, mark)


def _target(window: MainWindow):
    """Where the mark goes: a paragraph of the preamble or the operative part (on their pages
    or the Document page), an annex's title or paragraph, or the title or recommendation."""
    page = paragraph_page(window)
    if page is not None:
        return page
    current = window.current_page()
    if current == "annexes":
        annexes = window.pages["annexes"]
        return annexes if annexes.current_id else None
    if current == "front":
        field = window.front_page.binder.focused_rich_field()
        return _FrontField(window, field) if field else None
    return None


def cite_note_again(window: MainWindow) -> bool:
    page = _target(window)
    if page is None:
        window.statusBar().showMessage(
            translate(
                "NoteAgain",
                "Put the cursor in a paragraph, the title or the recommendation to cite a footnote again.",
            ),
            3000,
        )
        return False
    choices = notes(window)
    if not choices:
        window.statusBar().showMessage(
            translate("NoteAgain", "The draft has no numbered footnote to cite again."), 3000
        )
        return False
    title = translate("NoteAgain", "Cite a footnote again")
    return insert_chosen(window, page, choices, title, translate("NoteAgain", "Footnote:"), True)
