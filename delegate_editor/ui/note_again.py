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


def cite_note_again(window: MainWindow) -> bool:
    page = paragraph_page(window)
    if page is None:
        window.statusBar().showMessage(
            translate("NoteAgain", "Put the cursor in a paragraph's text to cite a footnote again."), 3000
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
