"""Insert ▸ Cite a Footnote Again, driven as a user does: a note inserted with Ctrl+Alt+F in
one paragraph, then cited again at the end of another from the menu, on the Operative part
page and on the Document page. Wording from A/RES/74/59, which cites note 11 so."""

from __future__ import annotations

import io
import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.text import write_text
from delegate_editor.model.text import NoteRef
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

NOTE = "A/CONF.229/2017/8."


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(ScriptedAsker())
    assert w.open_path(example_copy())
    trigger(w.view_menu, "Operative part")
    return w


def _note_in_first_paragraph(qtbot, w) -> str:
    page = w.operative_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, " the Treaty on the Prohibition of Nuclear Weapons,")
    w.asker.answers["Insert footnote"] = [NOTE]
    trigger(w.insert_menu, "Footnote")
    [note_id] = w.ctl.draft.footnotes
    return note_id


def _refs(w, part: str, node_id: str) -> list[NoteRef]:
    return [item for item in w.ctl.node(part, node_id).text if isinstance(item, NoteRef)]


def _cite_again_in_second_paragraph(qtbot, w) -> str:
    """Operative paragraph 2 ends "... Nuclear Weapons;" and cites note 1 again, from the
    menu, as A/RES/74/59's paragraph 2 cites its note 11; returns the paragraph's id."""
    page = w.operative_page
    second = page.model.rows[1].id
    page.select(second)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, " including under the Treaty on the Prohibition of Nuclear Weapons;")
    w.asker.answers["Cite a footnote again"] = [f"1 — {NOTE}"]
    trigger(w.insert_menu, "Cite a Footnote Again")
    return second


def test_a_note_cited_again_from_the_operative_page(qtbot, window):
    w = window
    note_id = _note_in_first_paragraph(qtbot, w)
    page = w.operative_page
    second = _cite_again_in_second_paragraph(qtbot, w)
    assert ("choose", "Cite a footnote again", "Footnote:") in w.asker.shown
    assert _refs(w, "operative", second) == [NoteRef(note_id)]
    assert page.text.toPlainText().endswith("Nuclear Weapons;1")
    assert list(w.ctl.draft.footnotes) == [note_id]  # no new note
    # the text form cites it twice, the note once; the DOCX's second mark is Word's field
    text = write_text(w.ctl.draft)
    assert text.count("[^1]") == 3 and text.count(f"[^1]: {NOTE}") == 1
    package = zipfile.ZipFile(io.BytesIO(write_docx(w.ctl.draft)))
    body, notes = (package.read(f"word/{part}.xml").decode() for part in ("document", "footnotes"))
    assert body.count("NOTEREF _NoteRef") == 1 and notes.count(NOTE) == 1
    # one undo step takes the second mark away and leaves the note
    trigger(w.edit_menu, "Undo")
    assert _refs(w, "operative", second) == []
    assert list(w.ctl.draft.footnotes) == [note_id]


def test_a_note_cited_again_from_the_document_page(qtbot, window):
    w = window
    note_id = _note_in_first_paragraph(qtbot, w)
    third = w.operative_page.model.rows[2].id
    trigger(w.view_menu, "Document")
    editor = w.document_page
    editor.setFocus()
    editor.go_to(third)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    editor.setTextCursor(cursor)
    w.asker.answers["Cite a footnote again"] = [f"1 — {NOTE}"]
    trigger(w.insert_menu, "Cite a Footnote Again")
    assert _refs(w, "operative", third) == [NoteRef(note_id)]
    assert list(w.ctl.draft.footnotes) == [note_id]


def test_without_a_note_or_outside_a_paragraph_the_status_bar_says_why(qtbot, window):
    w = window
    w.operative_page.select(w.operative_page.model.rows[0].id)
    trigger(w.insert_menu, "Cite a Footnote Again")
    assert w.statusBar().currentMessage() == "The draft has no numbered footnote to cite again."
    assert not [s for s in w.asker.shown if s[0] == "choose"]
    trigger(w.view_menu, "Front matter")
    w.front_page.fields["front.symbol"].setFocus()  # a plain field, not the title
    trigger(w.insert_menu, "Cite a Footnote Again")
    assert w.statusBar().currentMessage() == (
        "Put the cursor in a paragraph, the title or the recommendation to cite a footnote again."
    )


def test_the_footnotes_page_names_both_marks_and_goes_to_each_in_turn(qtbot, window):
    w = window
    note_id = _note_in_first_paragraph(qtbot, w)
    page = w.operative_page
    first = page.model.rows[0].id
    second = _cite_again_in_second_paragraph(qtbot, w)
    trigger(w.view_menu, "Footnotes")
    panel = w.footnotes_page
    panel.select(note_id)
    assert "cited in operative paragraph 1 and operative paragraph 2." in panel.where.text()
    assert "2 marks" in panel.go.toolTip()
    # each press of "Go to reference" shows the next mark, cursor just after it, then the first
    for target in (first, second, first):
        trigger(w.view_menu, "Footnotes")
        panel.go.click()
        assert w.current_page() == "operative" and page.current_id == target
        text = page.text.toPlainText()
        mark_end = text.index("Weapons,1" if target == first else "Weapons;1") + len("Weapons,1")
        assert page.text.textCursor().position() == mark_end


def test_a_note_cited_again_in_an_annex_and_in_the_title(qtbot, window):
    w = window
    note_id = _note_in_first_paragraph(qtbot, w)
    # an annex's paragraph, on the Annexes page
    trigger(w.insert_menu, "Annex")
    page = w.annex_page
    qtbot.keyClicks(page.text, "Model provisions")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.keyClicks(page.text, "the Treaty on the Prohibition of Nuclear Weapons.")
    w.asker.answers["Cite a footnote again"] = [f"1 — {NOTE}"]
    trigger(w.insert_menu, "Cite a Footnote Again")
    [annex] = w.ctl.draft.annexes
    assert annex.paragraphs[-1].text[-1] == NoteRef(note_id)
    assert page.text.toPlainText().endswith("Weapons.1")
    # the title, on the Front matter page; the title prints first, so the note is 1 there
    trigger(w.view_menu, "Front matter")
    title = w.front_page.fields["title"]
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    steps = w.ctl.stack.count()
    w.asker.answers["Cite a footnote again"] = [f"1 — {NOTE}"]
    trigger(w.insert_menu, "Cite a Footnote Again")
    assert w.ctl.draft.title[-1] == NoteRef(note_id)
    assert w.ctl.stack.count() == steps + 1
    assert list(w.ctl.draft.footnotes) == [note_id]
    # printed once, its mark three times: the text form and the Footnotes page say so
    assert write_text(w.ctl.draft).count("[^1]") == 4
    trigger(w.view_menu, "Footnotes")
    w.footnotes_page.select(note_id)
    assert "cited in the title, operative paragraph 1 and the annex." in w.footnotes_page.where.text()
    trigger(w.edit_menu, "Undo")
    assert NoteRef(note_id) not in w.ctl.draft.title
