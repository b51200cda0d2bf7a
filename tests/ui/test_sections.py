"""A resolution in sections, each with a preamble of its own and its paragraphs numbered from
1 (A/RES/80/237, .dres format 10), opened and edited as a delegate does: the document editor
shows section II's preambular paragraphs under its heading and numbers its paragraphs 1 to 4;
a word typed in one of them goes into the draft and one undo takes it out; the structured
view of the operative part lists them without a number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.model.document import SectionHeading
from delegate_editor.model.text import plain_text

pytestmark = pytest.mark.gui


def test_a_sections_preamble_is_shown_and_edited_in_the_document(qtbot, sectioned):
    window = sectioned
    trigger(window.view_menu, "Document")
    editor = window.document_page
    heading = next(i for i in window.ctl.draft.operative if isinstance(i, SectionHeading) and i.restart)
    recalling = heading.preamble[0]
    assert plain_text(recalling.text).startswith("its resolutions 61/275 of 29 June 2007")
    last = window.ctl.draft.operative_paragraphs()[-1]
    assert editor.go_to(last.id)
    qtbot.wait(50)
    labels = [text for _top, text in editor.gutter.labels()]
    assert labels[-4:] == ["1.", "2.", "3.", "4."] and "23." not in labels
    assert editor.go_to(recalling.id)
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.EndOfBlock)
    cursor.movePosition(cursor.MoveOperation.Left)  # before the final comma
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " as amended")
    qtbot.wait(50)
    assert plain_text(recalling.text).endswith("section II of its resolution 78/247 as amended,")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert plain_text(recalling.text).endswith("section II of its resolution 78/247,")


def test_the_operative_part_lists_a_sections_preamble(qtbot, sectioned):
    window = sectioned
    trigger(window.view_menu, "Operative part")
    qtbot.wait(50)
    heading = next(i for i in window.ctl.draft.operative if isinstance(i, SectionHeading) and i.restart)
    model = window.operative_page.model
    at = model.row_of[heading.id]
    rows = model.rows[at : at + 4]
    assert [r.id for r in rows[1:3]] == [p.id for p in heading.preamble]
    assert [model.label(r) for r in rows] == ["", "P1", "P2", "1."]  # counted in their section
    assert model.data(model.index(at + 1), Qt.ItemDataRole.DisplayRole).startswith(
        "P1 Recalling its resolutions 61/275"
    )
