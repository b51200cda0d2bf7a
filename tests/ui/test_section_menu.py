"""Making a resolution in sections from the menus, as a delegate drafting a Fifth Committee
text does (A/RES/80/237): Insert ▸ Preambular paragraph in section puts a paragraph under the
heading, Ctrl+Return on it adds the next, Format ▸ Number section from 1 starts the
section's paragraphs at 1 again; each is one undo step, and the structural edits (move,
delete, duplicate, outdent) keep a section's preambular paragraphs among their own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.formats.text import write_text
from delegate_editor.model.document import Preambular, SectionHeading
from delegate_editor.model.text import plain_text
from delegate_editor.ui import restructure

pytestmark = pytest.mark.gui


def _second(window) -> SectionHeading:
    return next(i for i in window.ctl.draft.operative if isinstance(i, SectionHeading) and i.restart)


def test_a_preambular_paragraph_is_added_under_a_heading_from_the_menu(qtbot, sectioned):
    window = sectioned
    trigger(window.view_menu, "Operative part")
    page = window.operative_page
    heading = _second(window)
    page.select(heading.id)
    trigger(window.insert_menu, "Preambular paragraph in section")
    qtbot.wait(50)
    heading = _second(window)  # the part is a fresh copy after a structural edit
    assert len(heading.preamble) == 3
    new = heading.preamble[0]
    assert page.current_id == new.id and page.opening.isVisible()
    assert page.where.text() == "Preambular paragraph P1 of the section"
    qtbot.keyClicks(page.opening, "Bearing in mind")
    qtbot.keyClicks(page.text, "the report of the Board of Auditors,")
    qtbot.wait(50)
    assert [p.opening for p in _second(window).preamble] == [
        "Bearing in mind",
        "Recalling",
        "Having considered",
    ]
    text = write_text(window.ctl.draft)
    assert text.index("*Bearing in mind* the report of the Board of Auditors,") < text.index(
        "*Recalling* its resolutions 61/275"
    )
    # Ctrl+Return on it: the next paragraph of the section's preamble, not an operative one
    qtbot.keyClick(page.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    preamble = _second(window).preamble
    assert len(preamble) == 4 and isinstance(preamble[1], Preambular)
    assert page.current_id == preamble[1].id
    # undo takes the paragraphs out again, one step each
    window.ctl.stack.undo()
    window.ctl.stack.undo()
    window.ctl.stack.undo()
    window.ctl.stack.undo()
    assert [p.opening for p in _second(window).preamble] == ["Recalling", "Having considered"]


def test_a_section_numbered_from_1_from_the_format_menu(qtbot, sectioned):
    window = sectioned
    trigger(window.view_menu, "Document")
    editor = window.document_page
    heading = _second(window)
    assert editor.go_to(heading.id, 0)
    window.format_menu.aboutToShow.emit()
    restart = window.actions_by_name["section_restart"]
    assert restart.isEnabled() and restart.isChecked()
    trigger(window.format_menu, "Number section from 1")
    qtbot.wait(50)
    assert not _second_heading(window).restart
    labels = window.ctl.labels()
    last = window.ctl.draft.operative_paragraphs()[-1]
    assert labels[last.id] == "26"  # section II's four paragraphs go on from section I's 22
    assert "\n26. *" in write_text(window.ctl.draft)
    window.ctl.stack.undo()
    assert window.ctl.labels()[window.ctl.draft.operative_paragraphs()[-1].id] == "4"
    # outside a section the command says where to put the cursor, and changes nothing
    first_op = window.ctl.draft.operative_paragraphs()[0]
    assert editor.go_to(first_op.id, 0)
    window.format_menu.aboutToShow.emit()
    assert not restart.isEnabled()


def _second_heading(window) -> SectionHeading:
    headings = [i for i in window.ctl.draft.operative if isinstance(i, SectionHeading)]
    return headings[1]


def test_structural_edits_keep_a_sections_preamble_its_own(sectioned):
    """Move, duplicate, delete and outdent on a section's preambular paragraph; a heading
    duplicated takes a copy of its preamble with ids of its own."""
    ctl = sectioned.ctl
    heading = _second(sectioned)
    recalling, considered = heading.preamble
    assert ctl.move("operative", considered.id, -1)
    assert [p.id for p in _second(sectioned).preamble] == [considered.id, recalling.id]
    assert not ctl.move("operative", considered.id, -1)  # the first of its section stays there
    assert not ctl.outdent("operative", considered.id) and not ctl.indent("operative", considered.id)
    assert ctl.duplicate("operative", heading.id)
    copies = [i for i in ctl.draft.operative if isinstance(i, SectionHeading) and i.restart]
    ids = [p.id for h in copies for p in h.preamble]
    assert len(copies) == 2 and len(ids) == len(set(ids)) == 4
    ctl.stack.undo()
    assert ctl.delete("operative", recalling.id)
    assert [p.opening for p in _second(sectioned).preamble] == ["Having considered"]
    # an operative paragraph dropped among them lands after the heading, outside its preamble
    first_op = ctl.draft.operative_paragraphs()[0]
    assert ctl.move_to("operative", first_op.id, considered.id, after=True)
    heading = _second(sectioned)
    assert all(isinstance(p, Preambular) for p in heading.preamble)
    items = ctl.draft.operative
    assert items[items.index(heading) + 1].id == first_op.id
    # and a section's preambular paragraph is never dropped among the operative paragraphs
    assert not ctl.move_to("operative", considered.id, first_op.id, after=True)
    assert restructure.find(ctl.draft.operative, considered.id) is not None
    assert plain_text(_second(sectioned).preamble[0].text).startswith("the report of the Independent Audit")
