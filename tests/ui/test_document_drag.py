"""Dragging paragraphs in the document editor (issue 23 item 3): a selection across
paragraphs dropped elsewhere moves those paragraphs whole, one undo step; a drop from another
program lands as pasted paragraphs. The seed draft (E/CN.15/2013/L.14) is the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from ui_helpers import trigger

from delegate_editor.model.text import plain_text
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


class _Drop(QDropEvent):
    """A drop as Qt delivers it at the end of a drag, from ``source`` (None: another program)."""

    def __init__(self, pos: QPointF, mime: QMimeData, source) -> None:
        actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
        super().__init__(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        self._source = source
        self.setDropAction(Qt.DropAction.MoveAction)

    def source(self):
        return self._source


@pytest.fixture
def seed(qtbot, make_window):
    window = make_window()
    assert window.open_path(example_copy())
    trigger(window.view_menu, "Document")
    return window, window.document_page


def _openings(window) -> list[str]:
    return [f"{op.opening} {plain_text(op.text)[:20]}" for op in window.ctl.draft.operative]


def _select(editor, first_id: str, last_id: str, last_offset: int) -> None:
    start, end = editor.block_of(first_id), editor.block_of(last_id)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start.position())
    cursor.setPosition(end.position() + last_offset, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def _point(editor, node_id: str, offset: int) -> QPointF:
    cursor = QTextCursor(editor.block_of(node_id))
    cursor.setPosition(editor.block_of(node_id).position() + offset)
    return QPointF(editor.cursorRect(cursor).center())


def test_paragraphs_dragged_within_the_draft_move_whole_in_one_undo_step(seed):
    window, editor = seed
    ops = window.ctl.draft.operative
    before = _openings(window)
    two, three, six = ops[1].id, ops[2].id, ops[5].id
    # paragraphs 2 and 3 selected, from the start of 2 to the middle of 3 ...
    _select(editor, two, three, 12)
    steps = window.ctl.stack.count()
    # ... and dropped at the start of paragraph 6
    event = _Drop(_point(editor, six, 0), QMimeData(), editor)
    editor.dropEvent(event)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction  # nothing deleted by Qt
    assert _openings(window) == [before[i] for i in (0, 3, 4, 1, 2, 5)]
    # every word of the moved paragraphs is still there, in the editor too
    assert plain_text(window.ctl.find("operative", three).text) in editor.toPlainText()
    assert window.ctl.stack.count() == steps + 1
    window.ctl.stack.undo()
    assert _openings(window) == before
    window.ctl.stack.redo()
    assert _openings(window) == [before[i] for i in (0, 3, 4, 1, 2, 5)]


def test_a_drop_inside_a_paragraph_puts_the_moved_ones_after_it(seed):
    window, editor = seed
    ops = window.ctl.draft.operative
    before = _openings(window)
    _select(editor, ops[0].id, ops[1].id, 5)
    editor.dropEvent(_Drop(_point(editor, ops[3].id, 10), QMimeData(), editor))
    assert _openings(window) == [before[i] for i in (2, 3, 0, 1, 4, 5)]


def test_a_drop_onto_the_selection_itself_or_the_other_part_moves_nothing(seed):
    window, editor = seed
    draft = window.ctl.draft
    before = _openings(window)
    ops = draft.operative
    _select(editor, ops[1].id, ops[3].id, 4)
    editor.dropEvent(_Drop(_point(editor, ops[2].id, 3), QMimeData(), editor))
    assert _openings(window) == before
    editor.dropEvent(_Drop(_point(editor, draft.preamble[1].id, 0), QMimeData(), editor))
    assert _openings(window) == before
    assert [p.id for p in draft.preamble] == [p.id for p in window.ctl.draft.preamble]


def test_paragraphs_dropped_from_another_program_land_as_paragraphs(seed):
    window, editor = seed
    ops = window.ctl.draft.operative
    count = len(ops)
    # two operative paragraphs of A/RES/80/15, as a web page or Word would hand them over
    mime = QMimeData()
    mime.setText(
        "3. Urges the countries of the region that have not yet done so to deposit their "
        "instruments of ratification;\n"
        "4. Requests the Secretary-General to transmit the present resolution to the Agency;"
    )
    editor.go_to(ops[5].id)  # dropped at the end of the last paragraph
    editor.dropEvent(_Drop(_point(editor, ops[5].id, len(plain_text(ops[5].text)) + 5), mime, None))
    now = window.ctl.draft.operative
    assert len(now) == count + 2
    assert [op.opening for op in now[-2:]] == ["Urges", "Requests"]
