"""The footnote manager, driven as a user does: Ctrl+Alt+F in a paragraph, the Footnotes
page, citation templates, jumps between a note and its reference, delete and undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from ui_helpers import trigger

from delegate_editor.formats.blocks import render
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import NoteRef, Run, note_ids, plain_text
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def seed_window(make_window, asker):
    window = make_window(asker)
    assert window.open_path(example_copy())
    trigger(window.view_menu, "Operative part")
    window.activateWindow()
    return window


def _cursor_to_end(page) -> None:
    page.text.setFocus()
    page.text.moveCursor(QTextCursor.MoveOperation.End)


def _add_note(qtbot, window, row: int, text: str) -> str:
    page = window.operative_page
    page.select(page.model.rows[row].id)
    _cursor_to_end(page)
    before = set(window.ctl.draft.footnotes)
    window.asker.answers["Insert footnote"] = [text]
    qtbot.keyClick(page.text, Qt.Key.Key_F, CTRL_ALT)
    (added,) = set(window.ctl.draft.footnotes) - before
    return added


def test_insert_edit_jump_delete_and_undo(qtbot, seed_window):
    w = seed_window
    page = w.operative_page
    original = to_dict(w.ctl.draft)
    note_id = _add_note(qtbot, w, 3, "Resolution 65/230")
    target = page.model.rows[3].id
    assert w.ctl.node("operative", target).text[-1] == NoteRef(note_id)
    assert w.ctl.note_marks() == {note_id: "1"}
    assert page.text.toPlainText().endswith("1")  # the mark shows its number in the editor

    # the Footnotes page lists it with its number and lets the user finish the text
    trigger(w.view_menu, "Footnotes")
    panel = w.footnotes_page
    assert panel.marks() == ["1  Resolution 65/230"]
    assert "operative paragraph 4" in panel.where.text()
    panel.editor.setFocus()
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(panel.editor, ", annex.")
    assert plain_text(w.ctl.draft.footnotes[note_id].text) == "Resolution 65/230, annex."
    assert panel.marks() == ["1  Resolution 65/230, annex."]

    # from the note to its reference: the paragraph, cursor just after the mark
    panel.go.click()
    assert w.current_page() == "operative" and page.current_id == target
    cursor = page.text.textCursor()
    assert cursor.position() == len(page.text.toPlainText())
    # and back with Ctrl+Alt+G
    qtbot.keyClick(page.text, Qt.Key.Key_G, CTRL_ALT)
    assert w.current_page() == "footnotes" and panel.current == note_id

    # deleting the note removes its reference in the same undo step
    steps = w.ctl.stack.count()
    panel.delete.click()
    assert note_id not in w.ctl.draft.footnotes
    assert NoteRef(note_id) not in w.ctl.node("operative", target).text
    assert w.ctl.stack.count() == steps + 1
    assert panel.marks() == []
    trigger(w.edit_menu, "Undo")
    assert plain_text(w.ctl.draft.footnotes[note_id].text) == "Resolution 65/230, annex."
    assert w.ctl.node("operative", target).text[-1] == NoteRef(note_id)
    assert panel.marks() == ["1  Resolution 65/230, annex."]
    trigger(w.edit_menu, "Redo")
    assert not w.ctl.draft.footnotes

    while w.ctl.stack.canUndo():
        trigger(w.edit_menu, "Undo")
    assert to_dict(w.ctl.draft) == original


def test_numbers_follow_the_order_of_appearance(qtbot, seed_window):
    w = seed_window
    page = w.operative_page
    late = _add_note(qtbot, w, 5, "See E/CN.15/2013/24.")
    early = _add_note(qtbot, w, 1, "Resolution 65/230, annex.")
    trigger(w.view_menu, "Footnotes")
    assert w.footnotes_page.marks() == ["1  Resolution 65/230, annex.", "2  See E/CN.15/2013/24."]
    notes = render(w.ctl.draft).notes
    assert [n.note_id for n in notes if not n.custom] == [early, late]
    # moving the cited paragraph to the end renumbers both notes, as printed
    trigger(w.view_menu, "Operative part")
    page.select(page.model.rows[1].id)
    for _ in range(5):
        trigger(w.edit_menu, "Move paragraph down")
    trigger(w.view_menu, "Footnotes")
    assert w.footnotes_page.marks() == ["1  See E/CN.15/2013/24.", "2  Resolution 65/230, annex."]
    assert w.ctl.note_marks() == {late: "1", early: "2"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Resolution with annex", ((False, "Resolution 65/230, annex."),)),
        (
            "United Nations, Treaty Series",
            ((False, "United Nations, "), (True, "Treaty Series"), (False, ", vol. 2225, No. 39574.")),
        ),
        (
            "Official Records of the General Assembly",
            (
                (True, "Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 10"),
                (False, " (A/68/10)."),
            ),
        ),
    ],
)
def test_citation_templates_carry_their_italics(qtbot, seed_window, name, expected):
    w = seed_window
    note_id = _add_note(qtbot, w, 0, "x")
    trigger(w.view_menu, "Footnotes")
    panel = w.footnotes_page
    (action,) = [a for a in panel.template_actions if a.text().startswith(name + ":")]
    action.trigger()
    text = w.ctl.draft.footnotes[note_id].text
    assert tuple((r.italic, r.text) for r in text if isinstance(r, Run)) == expected
    # the rendered note (what every writer prints) keeps the italics
    (note,) = [n for n in render(w.ctl.draft).notes if n.note_id == note_id]
    assert tuple((p.italic, p.text) for p in note.pieces) == expected
    trigger(w.edit_menu, "Undo")  # the template is one step
    assert plain_text(w.ctl.draft.footnotes[note_id].text) == "x"


def test_italic_in_a_footnote_and_a_note_cited_nowhere(qtbot, seed_window):
    w = seed_window
    note_id = _add_note(qtbot, w, 2, "United Nations, Treaty Series, vol. 2225.")
    trigger(w.view_menu, "Footnotes")
    panel = w.footnotes_page
    cursor = panel.editor.textCursor()
    cursor.setPosition(len("United Nations, "))
    cursor.setPosition(len("United Nations, Treaty Series"), QTextCursor.MoveMode.KeepAnchor)
    panel.editor.setTextCursor(cursor)
    panel.italic.click()
    runs = w.ctl.draft.footnotes[note_id].text
    assert Run("Treaty Series", True) in runs
    # removing the mark by hand in the paragraph leaves the note uncited: the list says so
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    _cursor_to_end(page)
    qtbot.keyClick(page.text, Qt.Key.Key_Backspace)
    assert note_ids(page.node().text) == []
    trigger(w.view_menu, "Footnotes")
    panel.refresh()
    assert panel.marks()[0].startswith("–  United Nations")
    assert "not cited" in panel.where.text()
    assert not panel.go.isEnabled()


def test_ctrl_i_in_the_footnote_editor(qtbot, seed_window):
    w = seed_window
    note_id = _add_note(qtbot, w, 0, "Treaty Series")
    trigger(w.view_menu, "Footnotes")
    panel = w.footnotes_page
    panel.editor.setFocus()
    panel.editor.selectAll()
    trigger(w.format_menu, "Italic")  # Ctrl+I
    assert w.ctl.draft.footnotes[note_id].text == (Run("Treaty Series", True),)


def test_a_footnote_in_the_title_and_the_recommendation(qtbot, seed_window):
    """Ctrl+Alt+F in the title or the recommendation field of the front matter inserts a
    note there, numbered in print order (the title comes before the paragraphs), as one
    undo step; with the cursor nowhere to put a note, the status bar says where to put it."""
    w = seed_window
    existing = _add_note(qtbot, w, 0, "In operative paragraph 1.")
    trigger(w.view_menu, "Front matter")
    title = w.front_page.fields["title"]
    title.setFocus()
    title.moveCursor(QTextCursor.MoveOperation.End)
    steps = w.ctl.stack.count()
    w.asker.answers["Insert footnote"] = ["See resolution 65/230."]
    qtbot.keyClick(title, Qt.Key.Key_F, CTRL_ALT)
    (added,) = set(w.ctl.draft.footnotes) - {existing}
    assert w.ctl.draft.title[-1] == NoteRef(added)
    assert w.ctl.note_marks() == {added: "1", existing: "2"}  # the title prints first
    assert w.ctl.stack.count() == steps + 1
    assert title.toPlainText().endswith("1")

    recommendation = w.front_page.fields["recommendation"]
    recommendation.setFocus()
    recommendation.moveCursor(QTextCursor.MoveOperation.End)
    w.asker.answers["Insert footnote"] = ["E/2013/30."]
    qtbot.keyClick(recommendation, Qt.Key.Key_F, CTRL_ALT)
    (second,) = set(w.ctl.draft.footnotes) - {existing, added}
    assert w.ctl.draft.recommendation[-1] == NoteRef(second)

    # from the Footnotes page back to the mark in the title
    trigger(w.view_menu, "Footnotes")
    w.footnotes_page.refresh()
    w.footnotes_page.select(added)
    assert "cited in the title" in w.footnotes_page.where.text()
    w.footnotes_page.go.click()
    assert w.current_page() == "front" and title.hasFocus()
    assert title.textCursor().position() == len(title.toPlainText())  # just after the mark

    trigger(w.edit_menu, "Undo")
    trigger(w.edit_menu, "Undo")
    assert set(w.ctl.draft.footnotes) == {existing}
    assert NoteRef(added) not in w.ctl.draft.title

    w.front_page.fields["front.symbol"].setFocus()  # a plain field: no place for a note
    trigger(w.insert_menu, "Footnote")
    assert set(w.ctl.draft.footnotes) == {existing}
    assert "title or the recommendation" in w.statusBar().currentMessage()
