"""A table in an annex, made as a user makes it: a paragraph turned into a table row from the
style box or the Format menu, its cells typed with Tab between them, each step undone from
the Edit menu; the list shows the cells apart. The rows are A/C.5/80/L.4's staffing table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.model.document import AnnexStyle
from delegate_editor.model.text import Run
from delegate_editor.ui.models import HTML_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window):
    w = make_window(ScriptedAsker())
    trigger(w.view_menu, "Annexes")
    return w


def pick_style(qtbot, page, name: str) -> None:
    """The style box opened with the mouse and ``name`` clicked in its list."""
    box = page.style_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    row = next(k for k in range(box.count()) if box.itemText(k) == name)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    at = view.visualRect(index).center()
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a release this soon only opened it
    qtbot.mouseMove(view.viewport(), at)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: not view.isVisible())


def new_annex_paragraph(qtbot, w):
    """Insert ▸ Annex, its title, and Return for its first paragraph (body text)."""
    page = w.annex_page
    trigger(w.insert_menu, "Annex")
    qtbot.keyClicks(page.text, "Staffing table for 2026")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert page.node().style is AnnexStyle.BODY
    return page


def test_the_style_box_and_the_format_menu_name_the_table_styles(window):
    page = window.annex_page
    names = [page.style_box.itemText(k) for k in range(page.style_box.count())]
    assert {"Table row", "Table heading row"} <= set(names)
    menu = [a.text() for a in window.format_menu.actions()]
    assert "Annex paragraph: table row" in menu
    assert "Annex paragraph: table heading row" in menu


def test_a_row_typed_with_tab_between_its_cells_and_undone(qtbot, window):
    w = window
    page = new_annex_paragraph(qtbot, w)
    pick_style(qtbot, page, "Table row")
    para = page.node()
    assert para.style is AnnexStyle.ROW
    assert "Tab starts the next cell" in page.where.text()

    page.text.setFocus()
    qtbot.keyClicks(page.text, "P-4")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.text  # Tab typed a cell break, it did not leave
    qtbot.keyClicks(page.text, "1 573")
    para = page.node()
    assert para.style is AnnexStyle.ROW
    assert para.text == (Run("P-4\t1 573"),)
    # the list shows the cells apart, and every writer gets one table row of two cells
    assert page.model.plain(page.model.rows[page.model.row_of[para.id]]).endswith("P-4 | 1 573")
    [row] = [b for b in render(w.ctl.draft).blocks if b.style is BlockStyle.TABLE_ROW]
    assert row.text == "P-4\t1 573"

    trigger(w.edit_menu, "Undo")  # the typing, one step
    assert page.node().text == ()
    assert page.node().style is AnnexStyle.ROW
    trigger(w.edit_menu, "Undo")  # the style
    assert page.node().style is AnnexStyle.BODY
    assert page.style_box.currentText() == "Body text"
    trigger(w.edit_menu, "Redo")
    trigger(w.edit_menu, "Redo")
    assert page.node().style is AnnexStyle.ROW
    assert page.node().text == (Run("P-4\t1 573"),)


def test_tab_leaves_a_body_paragraph_and_a_row_becomes_text_again(qtbot, window):
    w = window
    page = new_annex_paragraph(qtbot, w)
    page.text.setFocus()
    qtbot.keyClicks(page.text, "Under-Secretary-General")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.text  # in running text Tab moves on
    assert "\t" not in page.node().text[0].text

    trigger(w.format_menu, "Annex paragraph: table row")
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    for cell in ("39", "17", "56"):
        qtbot.keyClick(page.text, Qt.Key.Key_Tab)
        qtbot.keyClicks(page.text, cell)
    assert page.node().text == (Run("Under-Secretary-General\t39\t17\t56"),)
    pick_style(qtbot, page, "Body text")
    assert page.node().style is AnnexStyle.BODY
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.text


def test_a_heading_row_then_return_makes_the_rows_under_it(qtbot, window):
    w = window
    page = new_annex_paragraph(qtbot, w)
    pick_style(qtbot, page, "Table heading row")
    page.text.setFocus()
    for k, cell in enumerate(("Category", "Total")):
        if k:
            qtbot.keyClick(page.text, Qt.Key.Key_Tab)
        qtbot.keyClicks(page.text, cell)
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert page.node().style is AnnexStyle.ROW  # the rows under a heading row
    qtbot.keyClicks(page.text, "P-4")
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.text, "1 871")
    styles = [(b.style, b.text) for b in render(w.ctl.draft).blocks if b.source.part == "annex"]
    assert styles[-2:] == [(BlockStyle.TABLE_HEADER, "Category\tTotal"), (BlockStyle.TABLE_ROW, "P-4\t1 871")]
    html = [page.model.data(page.model.index(k, 0), HTML_ROLE) for k in range(1, 3)]
    assert html == ["Category | Total", "P-4 | 1 871"]
