"""A table under an operative paragraph, seen and edited as a delegate does: A/C.5/80/L.6's
estimates of income ("Estimates of income totalling 312,115,000 United States dollars are
approved as follows:", then a row per income section). The rows show their cells apart and
no letter in the Operative part page, the Navigator and the Document page; a sub-paragraph is
made a row from the Format menu, its cells typed with Tab, each step undone and redone from
the Edit menu, and the row is found again in the saved .dres."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from reliability.drafts import rich_draft
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.model.document import Operative, RowKind, SubParagraph
from delegate_editor.model.text import Run, plain_text, rich
from delegate_editor.storage import dres
from delegate_editor.ui.document import blocks
from delegate_editor.ui.models import HTML_ROLE, LABEL_ROLE

pytestmark = pytest.mark.gui

HEADS = "Income section\tAmount (United States dollars)"
STAFF = "1. Income from staff assessment\t278 735 200"
GENERAL = ("2. General income", "32 815 100")  # the next row of A/C.5/80/L.6's table


def budget_draft():
    """The rich draft with A/C.5/80/L.6's estimates of income in place of its staffing table."""
    draft = rich_draft()
    at = next(
        i for i, p in enumerate(draft.operative) if isinstance(p, Operative) and p.subs and p.subs[0].row
    )
    draft.operative[at] = Operative(
        "",
        rich("Estimates of income totalling 312,115,000 United States dollars are approved as follows:"),
        subs=[
            SubParagraph(rich(HEADS), row=RowKind.HEADER),
            SubParagraph(rich(STAFF), row=RowKind.ROW),
            SubParagraph(rich("Total\t312 115 000"), row=RowKind.ROW),
        ],
    )
    return draft


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "budget.dres"
    path.write_bytes(dres.dumps(budget_draft()))
    return path


@pytest.fixture
def window(make_window, saved):
    w = make_window(ScriptedAsker())
    assert w.open_path(saved)
    return w


def income(w) -> Operative:
    return next(p for p in w.ctl.draft.operative_paragraphs() if plain_text(p.text).startswith("Estimates"))


def row_of(w, text: str) -> SubParagraph:
    return next(s for s in income(w).subs if plain_text(s.text) == text)


def list_row(page, node_id: str) -> tuple[str, str]:
    """What the operative page's list shows of a paragraph: (margin label, its HTML)."""
    index = page.model.index(page.model.row_of[node_id], 0)
    return index.data(LABEL_ROLE), index.data(HTML_ROLE)


def test_the_rows_show_their_cells_apart_and_no_letter_everywhere(window):
    w = window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    heads, staff = row_of(w, HEADS), row_of(w, STAFF)
    assert list_row(page, heads.id) == ("", "Income section | Amount (United States dollars)")
    assert list_row(page, staff.id) == ("", "1. Income from staff assessment | 278 735 200")
    page.select(staff.id)
    assert page.where.text() == "Table row under paragraph 1 (Tab starts the next cell)"
    # the navigator lists the row by its cells, with no number or letter before them
    trigger(w.view_menu, "Document")
    assert w.navigator.items[staff.id].text(0).startswith("1. Income from staff assessment | 278")
    assert w.navigator.items[heads.id].text(0).startswith("Income section | Amount")
    # the document page: no letter in the margin beside a row, a lettered item keeps its own
    editor = w.document_page
    margin = {place.node_id: editor.gutter.label(place) for place in _places(editor)}
    assert margin[heads.id] == margin[staff.id] == ""
    requests = next(
        p for p in w.ctl.draft.operative_paragraphs() if p.text == (Run("the Secretary-General:"),)
    )
    assert margin[requests.subs[0].id] == "(a)"


def _places(editor):
    block = editor.document().begin()
    while block.isValid():
        if (place := blocks.place_of(block)) is not None:
            yield place
        block = block.next()


def test_a_sub_paragraph_made_a_row_from_the_menu_typed_with_tab_and_undone(qtbot, window):
    w = window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(row_of(w, STAFF).id)
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Return)  # a new row under a row
    new = page.node()
    assert new.row is RowKind.ROW and "Tab starts the next cell" in page.where.text()
    trigger(w.format_menu, "Sub-paragraph: lettered item")
    assert page.node().row is RowKind.NONE
    assert list_row(page, new.id)[0] == "(a)"  # the only lettered item under the paragraph
    assert page.where.text() == "Sub-paragraph 1 (a)"
    trigger(w.format_menu, "Sub-paragraph: table row")
    assert page.node().row is RowKind.ROW and list_row(page, new.id)[0] == ""

    page.text.setFocus()
    qtbot.keyClicks(page.text, GENERAL[0])
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.text  # Tab typed a cell break, it did not indent
    qtbot.keyClicks(page.text, GENERAL[1])
    row = page.node()
    assert row.row is RowKind.ROW and row.text == (Run("\t".join(GENERAL)),)
    assert row in income(w).subs  # still under its paragraph, not indented under the row above
    assert list_row(page, row.id) == ("", " | ".join(GENERAL))
    printed = [b.text for b in render(w.ctl.draft).blocks if b.style is BlockStyle.TABLE_ROW]
    assert printed[:2] == [STAFF, "\t".join(GENERAL)]

    trigger(w.edit_menu, "Undo")  # the typing, one step
    assert page.node().text == () and page.node().row is RowKind.ROW
    trigger(w.edit_menu, "Undo")  # the table row
    assert page.node().row is RowKind.NONE and list_row(page, new.id)[0] == "(a)"
    trigger(w.edit_menu, "Redo")
    trigger(w.edit_menu, "Redo")
    assert page.node().row is RowKind.ROW and page.node().text == (Run("\t".join(GENERAL)),)
    # Tab in a lettered item still indents it, as before
    trigger(w.format_menu, "Sub-paragraph: lettered item")
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert page.node() not in income(w).subs and page.node().text == (Run("\t".join(GENERAL)),)


def test_the_document_page_splits_joins_and_types_rows(qtbot, window):
    w = window
    trigger(w.view_menu, "Document")
    editor = w.document_page
    editor.setFocus()
    staff = row_of(w, STAFF)
    assert editor.go_to(staff.id)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # at the row's end: a new row
    qtbot.keyClicks(editor, GENERAL[0])
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # the next cell, not a deeper sub-paragraph
    qtbot.keyClicks(editor, GENERAL[1])
    subs = income(w).subs
    assert [(s.row, plain_text(s.text)) for s in subs[1:3]] == [
        (RowKind.ROW, STAFF),
        (RowKind.ROW, "\t".join(GENERAL)),
    ]
    assert "Tab starts the next cell" in w.statusBar().currentMessage()

    # Enter at the cell break splits the row in two rows; Backspace puts them together again
    editor.go_to(staff.id, len("1. Income from staff assessment\t"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    first, second = income(w).subs[1:3]
    assert (first.row, second.row) == (RowKind.ROW, RowKind.ROW)
    assert (plain_text(first.text), plain_text(second.text)) == (
        "1. Income from staff assessment\t",
        "278 735 200",
    )
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert plain_text(income(w).subs[1].text) == STAFF and income(w).subs[1].row is RowKind.ROW

    # the menu's lettered item and back, and undo, where the cursor is
    assert editor.go_to(staff.id, 3)
    trigger(w.format_menu, "Sub-paragraph: lettered item")
    assert row_of(w, STAFF).row is RowKind.NONE
    place = next(p for p in _places(editor) if p.node_id == staff.id)
    assert editor.gutter.label(place) == "(a)"
    trigger(w.edit_menu, "Undo")
    assert row_of(w, STAFF).row is RowKind.ROW and editor.gutter.label(place) == ""


def test_a_row_outdented_is_a_paragraph_of_plain_text(window):
    w = window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    total = row_of(w, "Total\t312 115 000")
    page.select(total.id)
    trigger(w.format_menu, "Outdent")
    paragraph = w.ctl.find("operative", total.id)
    assert isinstance(paragraph, Operative)
    assert (paragraph.opening, paragraph.text) == ("", (Run("Total 312 115 000"),))
    trigger(w.edit_menu, "Undo")
    assert row_of(w, "Total\t312 115 000").row is RowKind.ROW


def test_a_row_made_from_the_menu_is_saved_and_reopened(make_window, window, tmp_path):
    w = window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(row_of(w, STAFF).id)
    trigger(w.insert_menu, "Paragraph")
    trigger(w.format_menu, "Sub-paragraph: table heading row")
    heads_id = page.node().id
    w.ctl.edit_paragraph("operative", heads_id, "text", (Run("\t".join(GENERAL)),))
    out = tmp_path / "again.dres"
    w.asker.answers["save"] = [str(out)]
    trigger(w.file_menu, "Save As")
    assert out.exists()
    assert w.close()  # saved: it closes with no question, and lets go of the file

    again = make_window(ScriptedAsker(open=[str(out)]))
    trigger(again.file_menu, "Open")
    subs = income(again).subs
    assert [(s.row, plain_text(s.text)) for s in subs] == [
        (RowKind.HEADER, HEADS),
        (RowKind.ROW, STAFF),
        (RowKind.HEADER, "\t".join(GENERAL)),
        (RowKind.ROW, "Total\t312 115 000"),
    ]
    trigger(again.view_menu, "Operative part")
    assert list_row(again.operative_page, subs[2].id) == ("", " | ".join(GENERAL))


def test_the_menu_speaks_french_and_spanish(make_window, qapp):
    from delegate_editor.ui import i18n

    names = {}
    for code in ("fr", "es"):
        i18n.install(qapp, code)
        try:
            w = make_window(ScriptedAsker())
            names[code] = [a.text() for a in w.format_menu.actions() if a.text()][-3:]
        finally:
            i18n.uninstall(qapp)
    assert names == {
        "fr": [
            "Alinéa\u00a0: ligne de tableau",
            "Alinéa\u00a0: ligne d’en-tête de tableau",
            "Alinéa\u00a0: numéroté par lettre",
        ],
        "es": ["Apartado: fila de cuadro", "Apartado: fila de encabezado de cuadro", "Apartado: con letra"],
    }
