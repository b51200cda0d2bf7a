"""Comments on a paragraph (issue 22), driven through the menus and keys: add, edit,
resolve and delete, each one undo step, shown in the Comments dock with the paragraph's
current number, and kept when the draft is saved and opened again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.storage.settings import Settings
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
# a reviewer's comment of the kind the corpus's drafts receive on "Requests the
# Secretary-General to report" paragraphs
REMARK = "Add a date for the report: “at its eighty-second session”?"


@pytest.fixture
def window(make_window, qtbot):
    asker = ScriptedAsker(Comment=[REMARK], **{"Edit comment": ["Add the date of the report."]})
    w = make_window(asker, Settings(delegation="Costa Rica"))
    assert w.open_path(example_copy())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _on_operative(qtbot, w, index: int) -> str:
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    node_id = w.ctl.draft.operative_paragraphs()[index].id
    page.select(node_id)
    page.text.setFocus()
    qtbot.waitUntil(page.text.hasFocus)
    return node_id


def _rows(w) -> list[str]:
    return [w.comments.list.item(i).text() for i in range(w.comments.list.count())]


def test_ctrl_alt_m_comments_on_the_paragraph_being_edited(qtbot, window):
    w = window
    node_id = _on_operative(qtbot, w, 1)
    qtbot.keyClick(w.operative_page.text, Qt.Key.Key_M, CTRL_ALT)
    (comment,) = w.ctl.draft.comments
    assert (comment.node_id, comment.author, comment.text) == (node_id, "Costa Rica", REMARK)
    assert comment.date is not None and not comment.resolved
    assert w.comments_dock.isVisible()
    assert _rows(w)[0].startswith("Operative paragraph 2 — Costa Rica, ")
    assert REMARK in _rows(w)[0]
    assert w.ctl.stack.undoText() == "Add comment"
    trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.comments == [] and _rows(w) == []
    trigger(w.edit_menu, "Redo")
    assert w.ctl.draft.comments == [comment]


def test_edit_resolve_and_delete_from_the_list_each_one_undo_step(qtbot, window):
    w = window
    _on_operative(qtbot, w, 0)
    trigger(w.insert_menu, "Comment")
    trigger(w.view_menu, "Go to Comments")
    lst = w.comments.list
    qtbot.waitUntil(lst.hasFocus)
    assert lst.currentRow() == 0
    steps = w.ctl.stack.count()

    qtbot.keyClick(lst, Qt.Key.Key_F2)
    assert w.ctl.draft.comments[0].text == "Add the date of the report."
    assert w.ctl.stack.count() == steps + 1

    qtbot.keyClick(lst, Qt.Key.Key_Space)
    assert w.ctl.draft.comments[0].resolved
    assert _rows(w)[0].split("\n")[0].endswith("(resolved)")
    assert w.comments.resolve_button.text() == "Reopen"
    w.comments.show_resolved.setChecked(False)
    assert _rows(w) == []
    w.comments.show_resolved.setChecked(True)
    lst.setCurrentRow(0)

    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert w.ctl.draft.comments == []
    assert w.ctl.stack.count() == steps + 3
    for text, resolved in (("Add the date of the report.", True), ("Add the date of the report.", False)):
        w.ctl.stack.undo()
        assert [(c.text, c.resolved) for c in w.ctl.draft.comments] == [(text, resolved)]
    w.ctl.stack.undo()
    assert w.ctl.draft.comments[0].text == REMARK


def test_the_number_shown_follows_the_paragraph_when_it_moves(qtbot, window):
    w = window
    _on_operative(qtbot, w, 1)
    trigger(w.insert_menu, "Comment")
    assert _rows(w)[0].startswith("Operative paragraph 2 ")
    w.operative_page.view.setFocus()
    qtbot.keyClick(w.operative_page.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _rows(w)[0].startswith("Operative paragraph 3 ")
    trigger(w.edit_menu, "Delete paragraph")
    assert _rows(w)[0].startswith("A deleted paragraph ")
    trigger(w.edit_menu, "Undo")
    assert _rows(w)[0].startswith("Operative paragraph 3 ")


def test_activating_a_comment_goes_to_its_paragraph(qtbot, window):
    w = window
    node_id = _on_operative(qtbot, w, 2)
    trigger(w.insert_menu, "Comment")
    trigger(w.view_menu, "Preamble")
    trigger(w.view_menu, "Go to Comments")
    qtbot.waitUntil(w.comments.list.hasFocus)
    qtbot.keyClick(w.comments.list, Qt.Key.Key_Return)
    assert w.current_page() == "operative" and w.operative_page.current_id == node_id


def test_comments_are_kept_when_the_draft_is_saved_and_opened_again(qtbot, window, tmp_path):
    w = window
    _on_operative(qtbot, w, 0)
    trigger(w.insert_menu, "Comment")
    saved = list(w.ctl.draft.comments)
    w.asker.answers["save"] = [str(tmp_path / "commented.dres")]
    trigger(w.file_menu, "Save As")
    assert (tmp_path / "commented.dres").is_file()
    assert w.open_path(example_copy())
    assert w.ctl.draft.comments == [] and _rows(w) == []
    assert w.open_path(tmp_path / "commented.dres")
    assert w.ctl.draft.comments == saved
    assert _rows(w)[0].startswith("Operative paragraph 1 — Costa Rica")


def test_without_a_paragraph_the_status_bar_says_where_to_go(qtbot, window):
    w = window
    trigger(w.view_menu, "Front matter")
    trigger(w.insert_menu, "Comment")
    assert w.ctl.draft.comments == []
    assert "Choose a paragraph" in w.statusBar().currentMessage()
    assert not [s for s in w.asker.shown if s[1] == "Comment"]
