"""One undo history for the document editor (issue 23): random sequences of typing,
splitting, joining, indenting, outdenting, moving, deleting a selection across paragraphs
and pasting paragraphs, then Undo all the way back and Redo all the
way forward, every state restored exactly (the draft's plain data compared)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from ui_helpers import ScriptedAsker

from delegate_editor.model.document import Draft, Operative, Preambular
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import rich
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.session import DocumentSession

pytestmark = pytest.mark.gui

# A/RES/80/15's wording
START = Draft(
    preamble=[Preambular("Recalling", rich("that the Treaty of Tlatelolco was opened for signature,"))],
    operative=[
        Operative(
            "Welcomes", rich("the fact that the Treaty is in force for all sovereign States of the region;")
        ),
        Operative("Reiterates", rich("the importance of the cooperation agreements;")),
        Operative("Encourages", rich("States Parties to review their interpretative declarations;")),
    ],
)

# two operative paragraphs of A/RES/80/15, as copied from its PDF
PASTED = (
    "4. Encourages once again States Parties to Additional Protocols I and II to review their "
    "interpretative declarations;\n\n5. Requests the Secretary-General to report on the "
    "implementation of the present resolution;"
)

ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            ["type", "enter", "backspace", "tab", "shifttab", "up", "down", "select-delete", "paste"]
        ),
        st.integers(0, 20),  # which block
        st.sampled_from(["start", "middle", "end"]),
    ),
    min_size=1,
    max_size=8,
)


def _put(editor, block_no: int, where: str) -> None:
    doc = editor.document()
    block = doc.findBlockByNumber(block_no % doc.blockCount())
    length = block.length() - 1
    at = {"start": 0, "middle": length // 2, "end": length}[where]
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + at)
    editor.setTextCursor(cursor)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=ACTIONS)
def test_undo_and_redo_restore_every_state(qtbot, actions):
    import copy

    from delegate_editor.ui.main_window import MainWindow

    window = MainWindow(settings=Settings(), asker=ScriptedAsker(**{"Unsaved changes": "Discard"}))
    qtbot.addWidget(window)
    try:
        window._set_session(DocumentSession(copy.deepcopy(START)))
        window.show_page("document")
        editor = window.document_page
        stack = window.ctl.stack
        states = {stack.index(): to_dict(window.ctl.draft)}
        keys = {
            "enter": Qt.Key.Key_Return,
            "backspace": Qt.Key.Key_Backspace,
            "tab": Qt.Key.Key_Tab,
            "shifttab": Qt.Key.Key_Backtab,
        }
        for action, block_no, where in actions:
            _put(editor, block_no, where)
            if action == "type":
                qtbot.keyClicks(editor, "new words")
            elif action in ("up", "down"):
                key = Qt.Key.Key_Up if action == "up" else Qt.Key.Key_Down
                qtbot.keyClick(editor, key, Qt.KeyboardModifier.AltModifier)
            elif action == "select-delete":
                cursor = editor.textCursor()
                end = editor.document().findBlock(cursor.position()).next()
                if end.isValid():
                    cursor.setPosition(
                        end.position() + (end.length() - 1) // 2, QTextCursor.MoveMode.KeepAnchor
                    )
                    editor.setTextCursor(cursor)
                qtbot.keyClick(editor, Qt.Key.Key_Delete)
            elif action == "paste":
                mime = QMimeData()
                mime.setText(PASTED)
                QApplication.clipboard().setMimeData(mime)
                qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            elif action == "shifttab":
                qtbot.keyClick(editor, keys[action], Qt.KeyboardModifier.ShiftModifier)
            else:
                qtbot.keyClick(editor, keys[action])
            states[stack.index()] = to_dict(window.ctl.draft)
        top = stack.index()
        for index in range(top - 1, -1, -1):
            qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
            if index in states:
                assert to_dict(window.ctl.draft) == states[index], f"after undo to step {index}"
        assert to_dict(window.ctl.draft) == states[0]
        for index in range(1, top + 1):
            qtbot.keyClick(
                editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            if index in states:
                assert to_dict(window.ctl.draft) == states[index], f"after redo to step {index}"
    finally:
        window.close()


def _block_of(qtbot, editor, words: str):
    doc = editor.document()
    qtbot.waitUntil(lambda: any(words in doc.findBlockByNumber(i).text() for i in range(doc.blockCount())))
    return next(
        doc.findBlockByNumber(i) for i in range(doc.blockCount()) if words in doc.findBlockByNumber(i).text()
    )


@pytest.mark.parametrize(("made", "stale"), [("sub", "operative"), ("operative", "sub")])
def test_a_block_not_yet_redrawn_is_read_as_what_its_paragraph_is(qtbot, made, stale):
    """The random sequences above once typed into a block whose paragraph had just become a
    sub-paragraph while the block still said "operative paragraph": reading it so failed on
    the sub-paragraph's missing opening phrase (AttributeError in the editor's typing
    handler, seen once in a full run of the suite). Here the block is made stale on purpose,
    both ways: the typing lands in the paragraph as it is now, its opening phrase kept apart."""
    import copy

    from delegate_editor.model.text import plain_text
    from delegate_editor.ui.document import blocks
    from delegate_editor.ui.main_window import MainWindow

    window = MainWindow(settings=Settings(), asker=ScriptedAsker(**{"Unsaved changes": "Discard"}))
    qtbot.addWidget(window)
    try:
        window._set_session(DocumentSession(copy.deepcopy(START)))
        window.show()
        window.show_page("document")
        editor = window.document_page
        block = _block_of(qtbot, editor, "cooperation agreements")
        if made == "sub":
            _put(editor, block.blockNumber(), "start")
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
            block = _block_of(qtbot, editor, "cooperation agreements")
        place = blocks.place_of(block)
        assert place is not None and place.kind == made
        stale_place = blocks.Place(place.part, place.node_id, 0 if stale == "operative" else 1, stale)
        block.setUserData(blocks.PlaceData(stale_place))
        _put(editor, block.blockNumber(), "end")
        qtbot.keyClicks(editor, " now")
        ops = window.ctl.draft.operative_paragraphs()
        node = ops[0].subs[0] if made == "sub" else ops[1]
        assert plain_text(node.text).endswith("cooperation agreements; now")
        if made == "operative":
            assert node.opening == "Reiterates"
    finally:
        window.close()
