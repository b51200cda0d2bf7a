"""Fault 1 of issue 22: one undo history, whatever has focus. Ctrl+Z in a paragraph's text box
runs the draft's undo stack (not QTextEdit's own), and Redo survives it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import NoteRef, plain_text
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


def press(qtbot, widget, standard: QKeySequence.StandardKey) -> None:
    """Press the platform's key for ``standard`` (Ctrl+Z, Ctrl+Shift+Z) in ``widget``."""
    combo = QKeySequence(standard)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(ScriptedAsker(**{"Insert footnote": "See A/RES/79/243."}))
    assert w.open_path(example_copy())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    trigger(w.view_menu, "Operative part")
    return w


def test_ctrl_z_in_the_text_box_undoes_the_indent_and_redo_survives(qtbot, window):
    w = window
    page = w.operative_page
    page.select(page.model.rows[2].id)
    text_before = page.node().text
    page.text.setFocus()
    before = to_dict(w.ctl.draft)

    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # paragraph 3 becomes 2 (a)
    assert w.ctl.labels()[page.current_id] == "2 (a)"
    indented = to_dict(w.ctl.draft)

    press(qtbot, page.text, QKeySequence.StandardKey.Undo)
    assert to_dict(w.ctl.draft) == before  # the indent undone, the text kept
    assert w.ctl.stack.canRedo(), "Ctrl+Z recorded a new edit instead of undoing"
    assert page.node().text == text_before and plain_text(page.node().text)

    press(qtbot, page.text, QKeySequence.StandardKey.Redo)
    assert to_dict(w.ctl.draft) == indented


def test_ctrl_z_after_a_footnote_removes_the_note_and_its_mark_together(qtbot, window):
    w = window
    page = w.operative_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, " and")
    typed = to_dict(w.ctl.draft)
    trigger(w.insert_menu, "Footnote")
    assert any(isinstance(i, NoteRef) for i in page.node().text)

    page.text.setFocus()
    press(qtbot, page.text, QKeySequence.StandardKey.Undo)
    assert to_dict(w.ctl.draft) == typed  # note and mark gone in one step, the typing kept
    assert not any(isinstance(i, NoteRef) for i in page.node().text)
    press(qtbot, page.text, QKeySequence.StandardKey.Redo)
    assert (
        any(isinstance(i, NoteRef) for i in page.node().text)
        and len(w.ctl.draft.footnotes) == len(typed["footnotes"]) + 1
    )


def test_ctrl_z_in_a_front_matter_field_undoes_the_draft(qtbot, window):
    w = window
    trigger(w.view_menu, "Front matter")
    title = w.front_page.fields["title"]
    title.setFocus()
    title.moveCursor(title.textCursor().MoveOperation.End)
    before = to_dict(w.ctl.draft)
    qtbot.keyClicks(title, " now")
    press(qtbot, title, QKeySequence.StandardKey.Undo)
    assert to_dict(w.ctl.draft) == before
    assert w.ctl.stack.canRedo()
