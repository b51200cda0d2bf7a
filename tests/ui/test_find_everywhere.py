"""Find and Replace covers every field of the draft (issue 22): the recommendation line, the
title, section headings, sub-paragraphs, annexes and footnotes, each match named with its
part and paragraph; Replace All changes them all in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sample_drafts import annex_draft
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.model.document import Footnote, SectionHeading
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import NoteRef, plain_text, rich
from delegate_editor.storage import dres
from delegate_editor.ui.find_replace import places

pytestmark = pytest.mark.gui


def _draft():
    """A declaration (A/RES/80/1's kind) with the word in every kind of field."""
    draft = annex_draft()
    draft.recommendation = rich(
        "The Third Committee recommends the adoption of the following draft declaration:"
    )
    note = Footnote(rich("See the declaration annexed to resolution 65/230."))
    draft.footnotes = {note.id: note}
    op = draft.operative[0]
    op.subs[0].text = (*rich("To act on the declaration;"), NoteRef(note.id))
    draft.operative.insert(0, SectionHeading("Follow-up to the declaration"))
    return draft


@pytest.fixture
def window(make_window, qtbot, tmp_path):
    path = tmp_path / "declaration.dres"
    dres.save(_draft(), path)
    w = make_window(ScriptedAsker())
    assert w.open_path(path)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


EXPECTED = [
    "Recommendation line (front matter)",
    "Title (front matter)",
    "Section heading (operative part)",
    "The operative paragraph (operative part)",
    "Sub-paragraph (a) (operative part)",
    "Annex, title (annexes)",
    "Footnote 1 (footnotes)",
]


def test_the_searched_places_are_every_field_in_printed_order(window):
    draft = window.ctl.draft
    kinds = [(p.part, p.attr) for p in places(draft)]
    assert kinds[:2] == [("header", "recommendation"), ("header", "title")]
    assert ("operative", "text") in kinds and ("annexes", "title") in kinds
    assert kinds[-1] == ("footnotes", "text")
    # header; preamble; the lead-in ("Resolves that:", empty here); heading, op, 3 subs; annex, para; note
    assert len(kinds) == 2 + 1 + 1 + 1 + 1 + 3 + 2 + 1
    assert kinds.index(("header", "lead_in")) == kinds.index(("preamble", "text")) + 1


def test_a_heading_after_the_last_paragraph_is_searched_in_its_place():
    draft = _draft()
    draft.operative.append(SectionHeading("Follow-up"))
    order = [(p.part, p.id) for p in places(draft)]
    assert (
        order.index(("operative", draft.operative[-1].id))
        == order.index(("annexes", draft.annexes[0].id)) - 1
    )
    assert order[2][0] == "preamble"


def test_find_next_goes_through_every_field_naming_where(qtbot, window):
    w = window
    trigger(w.view_menu, "Preamble")
    w.preamble_page.text.setFocus()
    qtbot.keyClick(w.preamble_page.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = w.find_dialog
    qtbot.waitUntil(dialog.find_box.hasFocus)
    qtbot.keyClicks(dialog.find_box, "declaration")
    seen = []
    for _ in range(len(EXPECTED)):
        qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
        seen.append(dialog.where.text())
    # from the preamble on, round to the front matter
    start = EXPECTED.index("Section heading (operative part)")
    assert seen == EXPECTED[start:] + EXPECTED[:start]
    # each match is selected in the editor that shows it
    assert w.current_page() == "front"
    assert w.front_page.fields["title"].textCursor().selectedText() == "declaration"
    for _ in range(4):
        qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.where.text() == "Annex, title (annexes)"
    assert w.annex_page.text.textCursor().selectedText() == "declaration"
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert w.current_page() == "footnotes"
    assert w.footnotes_page.editor.textCursor().selectedText() == "declaration"


def test_replace_all_reaches_every_field_in_one_undo_step(qtbot, window):
    w = window
    before = to_dict(w.ctl.draft)
    trigger(w.edit_menu, "Find and Replace")
    dialog = w.find_dialog
    qtbot.keyClicks(dialog.find_box, "declaration")
    qtbot.keyClicks(dialog.replace_box, "political declaration")
    dialog.all_button.click()
    assert dialog.where.text() == "Replaced 7 occurrences of “declaration”."
    draft = w.ctl.draft
    assert plain_text(draft.recommendation).endswith("draft political declaration:")
    assert draft.operative[0].text == "Follow-up to the political declaration"
    assert plain_text(next(iter(draft.footnotes.values())).text).startswith("See the political declaration")
    assert plain_text(draft.annexes[0].title) == "Political political declaration"
    # the footnote mark in sub-paragraph (a) is untouched
    assert isinstance(draft.operative[1].subs[0].text[-1], NoteRef)
    w.ctl.stack.undo()
    assert to_dict(w.ctl.draft) == before


def test_replace_replaces_the_match_in_the_title(qtbot, window):
    w = window
    w.show_page("front")
    w.front_page.fields["title"].setFocus()
    w.front_page.fields["title"].moveCursor(w.front_page.fields["title"].textCursor().MoveOperation.Start)
    trigger(w.edit_menu, "Find and Replace")
    dialog = w.find_dialog
    qtbot.keyClicks(dialog.find_box, "Political")
    qtbot.keyClicks(dialog.replace_box, "Political and economic")
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.where.text() == "Title (front matter)"
    dialog.replace_button.click()
    assert plain_text(w.ctl.draft.title) == "Political and economic declaration"
    assert dialog.where.text() == "Annex, title (annexes)"
