"""The navigator, driven as a user drives it: a click or Enter on a row goes to that
paragraph; it follows typing and structural edits; the checks' findings mark their rows.

The draft is A/C.2/80/L.25 of the corpus (preamble, 24 operative paragraphs, sub-paragraphs).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from delegate_editor.app.corpus import without_record
from delegate_editor.conventions.checks import check
from delegate_editor.formats.text_import import read_text
from delegate_editor.model.document import Operative
from delegate_editor.model.text import Run
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.navigator import ID_ROLE, PART_ROLE, Navigator
from delegate_editor.ui.session import DocumentSession


@pytest.fixture
def navigator(qtbot, corpus_dir):
    text = without_record((corpus_dir / "drafts" / "A_C.2_80_L.25.txt").read_text("utf-8"))
    ctl = Controller(DocumentSession(draft=read_text(text)))
    nav = Navigator(ctl)
    nav.resize(500, 700)
    qtbot.addWidget(nav)
    nav.show()
    qtbot.waitExposed(nav)
    return nav


def _rows(nav: Navigator) -> list[str]:
    out = []

    def walk(item, depth):
        for i in range(item.childCount()):
            child = item.child(i)
            out.append("  " * depth + child.text(0))
            walk(child, depth + 1)

    walk(nav.invisibleRootItem(), 0)
    return out


def _click(qtbot, nav: Navigator, node_id: str) -> None:
    row = nav.items[node_id]
    nav.scrollToItem(row)
    rect = nav.visualItemRect(row)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_parts_and_numbers_with_first_words_in_printed_order(navigator):
    draft = navigator.ctl.draft
    rows = _rows(navigator)
    ops = draft.operative_paragraphs()
    # the pages with no paragraphs too: the navigator is the window's one list of places
    assert rows[:2] == ["Front matter", "Sponsors"]
    rows = rows[2:]
    assert rows[0] == f"Preamble ({len(draft.preamble)})"
    assert rows[1] == "  PP1 Reaffirming the Antigua and Barbuda Agenda for Small …"
    head = rows.index(f"Operative part ({len(ops)})")
    assert rows[head + 1].startswith("  1. ")
    with_subs = next(i for i, op in enumerate(ops) if op.subs)
    at = rows.index("  " + navigator.items[ops[with_subs].id].text(0), head)
    assert rows[at].startswith(f"  {with_subs + 1}. {ops[with_subs].opening}")
    assert rows[at + 1].startswith("    (a) ")
    assert rows[-2:] == ["Annexes (0)", f"Footnotes ({len(draft.footnotes)})"]


def test_a_click_or_enter_goes_to_the_paragraph(qtbot, navigator):
    ops = navigator.ctl.draft.operative_paragraphs()
    with qtbot.waitSignal(navigator.activated) as got:
        _click(qtbot, navigator, ops[2].id)
    assert got.args == ["operative", ops[2].id]
    # the keys: down to the next row, Enter
    with qtbot.waitSignal(navigator.activated) as got:
        qtbot.keyClick(navigator, Qt.Key.Key_Down)
        qtbot.keyClick(navigator, Qt.Key.Key_Return)
    assert got.args == ["operative", ops[3].id]
    # a part's own row: its part and no paragraph
    with qtbot.waitSignal(navigator.activated) as got:
        _click(qtbot, navigator, "preamble")
    assert got.args == ["preamble", ""]


def test_it_follows_typing_and_structural_edits(qtbot, navigator):
    ctl = navigator.ctl
    first = ctl.draft.operative_paragraphs()[0]
    ctl.edit_paragraph("operative", first.id, "text", (Run("to convene a meeting;"),))
    assert navigator.items[first.id].text(0) == f"1. {first.opening} to convene a meeting;"
    second = ctl.draft.operative_paragraphs()[1]
    new_id = ctl.new_paragraph("operative", first.id)
    qtbot.waitUntil(lambda: new_id in navigator.items)
    assert navigator.items[new_id].text(0) == "2."
    assert navigator.items[second.id].text(0).startswith(f"3. {second.opening}")
    # undo takes the row away again, and the numbers back
    ctl.stack.undo()
    qtbot.waitUntil(lambda: new_id not in navigator.items)
    assert navigator.items[second.id].text(0).startswith(f"2. {second.opening}")


def test_the_current_row_stays_current_across_a_rebuild(qtbot, navigator):
    ops = navigator.ctl.draft.operative_paragraphs()
    _click(qtbot, navigator, ops[5].id)
    navigator.ctl.new_paragraph("operative", ops[0].id)
    qtbot.waitUntil(lambda: len(navigator.ctl.draft.operative_paragraphs()) == len(ops) + 1)
    qtbot.waitUntil(lambda: navigator.currentItem() is navigator.items.get(ops[5].id))
    assert navigator.currentItem().data(0, ID_ROLE) == ops[5].id


def test_findings_mark_their_rows_and_the_part(qtbot, navigator):
    findings = [f for f in check(navigator.ctl.draft) if f.node_id]
    assert findings, "the corpus text has findings on its paragraphs"
    navigator.mark(findings)
    marked = {f.node_id for f in findings if f.node_id in navigator.items}
    assert marked
    for node_id in marked:
        row = navigator.items[node_id]
        assert not row.icon(0).isNull()
        assert navigator.worst(node_id) in ("error", "warning", "info")
        assert all(f.message in row.toolTip(0) for f in findings if f.node_id == node_id)
    part = navigator.items[next(iter(marked))].data(0, PART_ROLE)
    assert not navigator.items[part].icon(0).isNull()
    clean = next(
        op.id for op in navigator.ctl.draft.operative if isinstance(op, Operative) and op.id not in marked
    )
    assert navigator.items[clean].icon(0).isNull() and navigator.worst(clean) == ""
    # the next check run with nothing to say clears the marks
    navigator.mark([])
    assert all(navigator.items[n].icon(0).isNull() for n in marked)


def test_the_pages_without_paragraphs_are_places_to_go_too(qtbot, navigator):
    """Front matter, Sponsors and Footnotes rows: a click names the page (the window shows
    it, ``ui/document/wiring.go_to``); the notes' row counts the notes as they change."""
    for page in ("front", "sponsors", "footnotes"):
        with qtbot.waitSignal(navigator.activated) as got:
            _click(qtbot, navigator, page)
        assert got.args == [page, ""]
    notes = dict(navigator.ctl.draft.footnotes)
    first = next(iter(notes))
    del notes[first]
    navigator.ctl.apply_footnotes(notes)
    qtbot.waitUntil(lambda: navigator.items["footnotes"].text(0) == f"Footnotes ({len(notes)})", timeout=2000)


def test_a_click_on_a_page_row_in_the_window_shows_that_page(qtbot, make_window):
    window = make_window()
    assert window.navigator_dock.isVisible() and not window.outline.isVisible()
    nav = window.navigator
    for page in ("front", "sponsors", "footnotes"):
        _click(qtbot, nav, page)
        assert window.current_page() == page
    _click(qtbot, nav, "operative")  # a part of the document: the Document page
    assert window.current_page() == "document"
    window.navigator_dock.close()  # the outline's list comes back in its place
    qtbot.waitUntil(window.outline.isVisible, timeout=2000)
