"""The annex editor driven as a user does: menus, buttons, keys and the style box; what it
makes is checked in the blocks walk every writer prints from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.blocks import render
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.model.document import AnnexStyle
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import NoteRef, Run, plain_text
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def annex_blocks(draft) -> list[tuple[str, str, str]]:
    """(style, label, text) of every printed annex line."""
    return [
        (b.style.value, b.label, "".join(p.text for p in b.pieces))
        for b in render(draft).blocks
        if b.source.part == "annex"
    ]


def rows(page) -> list[tuple[int, str, str]]:
    """(depth, margin label, text) of the list's rows, as the user sees them."""
    return [(r.depth, page.model.label(r), page.model.plain(r)) for r in page.model.rows]


def build_annex(qtbot, w) -> None:
    """Insert ▸ Annex, a title with an italic word, then a heading and two numbered
    paragraphs, each started with Return from the text above."""
    page = w.annex_page
    trigger(w.insert_menu, "Annex")
    assert w.stack.currentWidget() is page
    assert page.text.accessibleName() == "Annex title"
    qtbot.keyClicks(page.text, "Model provisions on cybercrime")
    qtbot.keyClick(page.text, Qt.Key.Key_Left, CTRL_SHIFT)  # select "cybercrime"
    trigger(w.format_menu, "Italic")
    qtbot.keyClick(page.text, Qt.Key.Key_End)

    qtbot.keyClick(page.text, Qt.Key.Key_Return)  # the annex's first paragraph
    assert page.text.accessibleName() == "Annex paragraph text"
    qtbot.keyClicks(page.text, "General provisions")
    page.style_box.setFocus()
    qtbot.keyClick(page.style_box, Qt.Key.Key_Down)  # Body text -> Heading, from the keyboard
    assert page.node().style is AnnexStyle.HEADING

    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert page.node().style is AnnexStyle.BODY  # a heading is not repeated
    trigger(w.format_menu, "Annex paragraph: numbered")
    qtbot.keyClicks(page.text, "States should criminalize illegal access.")
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    assert page.node().style is AnnexStyle.NUMBERED  # numbered text continues numbered
    qtbot.keyClicks(page.text, "States should cooperate.")


@pytest.fixture
def window(make_window):
    w = make_window(ScriptedAsker())
    trigger(w.view_menu, "Annexes")
    return w


def test_build_an_annex_and_see_it_printed(qtbot, window):
    w = window
    page = w.annex_page
    assert "no annex" in page.where.text()
    assert not page.editor.isEnabled()
    build_annex(qtbot, w)

    assert annex_blocks(w.ctl.draft) == [
        ("annex_label", "", "Annex"),
        ("annex_title", "", "Model provisions on cybercrime"),
        ("annex_heading", "", "General provisions"),
        ("annex_numbered", "1.", "States should criminalize illegal access."),
        ("annex_numbered", "2.", "States should cooperate."),
    ]
    title = w.ctl.draft.annexes[0].title
    assert title == (Run("Model provisions on "), Run("cybercrime", italic=True))
    assert rows(page) == [
        (0, "", "Annex: Model provisions on cybercrime"),
        (1, "", "General provisions"),
        (1, "1.", "1. States should criminalize illegal access."),
        (1, "2.", "2. States should cooperate."),
    ]
    assert page.where.text() == "Annex, paragraph 3 of 3: numbered paragraph 2."
    qtbot.waitUntil(lambda: w.outline_items["annexes"].text(0) == "Annexes (1)", timeout=2000)

    # a numbered paragraph made body text renumbers the one after it at once
    page.select(page.model.rows[2].id)
    trigger(w.format_menu, "Annex paragraph: body")
    assert [r[1] for r in rows(page)] == ["", "", "", "1."]
    trigger(w.edit_menu, "Undo")
    assert [r[1] for r in rows(page)] == ["", "", "1.", "2."]
    assert page.style_box.currentText() == "Numbered paragraph"


def test_every_edit_is_one_undo_step(qtbot, window):
    w = window
    page = w.annex_page
    build_annex(qtbot, w)
    built = to_dict(w.ctl.draft)
    printed = annex_blocks(w.ctl.draft)
    history = [w.ctl.stack.text(i) for i in range(w.ctl.stack.count())]
    assert history == [
        "Insert annex",
        "Type in annex title",
        "Type in annex title",  # the italics: a step of its own
        "Insert annex paragraph",
        "Type in annex paragraph",
        "Annex paragraph style: heading",
        "Insert annex paragraph",
        "Annex paragraph style: numbered paragraph",
        "Type in annex paragraph",
        "Insert annex paragraph",
        "Type in annex paragraph",
    ]
    while w.ctl.stack.canUndo():
        trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.annexes == [] and page.model.rowCount() == 0
    assert not w.isWindowModified() and "no annex" in page.where.text()
    while w.ctl.stack.canRedo():
        trigger(w.edit_menu, "Redo")
    assert to_dict(w.ctl.draft) == built and annex_blocks(w.ctl.draft) == printed
    assert page.text.toPlainText() == "States should cooperate."  # the editor follows redo


def test_move_duplicate_and_delete(qtbot, window):
    w = window
    page = w.annex_page
    build_annex(qtbot, w)
    last = page.current_id
    trigger(w.edit_menu, "Move paragraph up")  # Alt+Up
    assert [r[2] for r in rows(page)][2:] == [
        "1. States should cooperate.",
        "2. States should criminalize illegal access.",
    ]
    assert page.current_id == last and w.ctl.stack.text(w.ctl.stack.index() - 1) == "Move annex paragraph up"

    trigger(w.edit_menu, "Duplicate paragraph")
    assert [r[1] for r in rows(page)] == ["", "", "1.", "2.", "3."]
    assert page.current_id != last  # the copy is current, with its own id

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # the copy goes
    assert [r[1] for r in rows(page)] == ["", "", "1.", "2."]
    page.select(page.model.rows[1].id)
    trigger(w.edit_menu, "Delete paragraph")  # the heading
    assert annex_blocks(w.ctl.draft)[2:] == [
        ("annex_numbered", "1.", "States should cooperate."),
        ("annex_numbered", "2.", "States should criminalize illegal access."),
    ]

    # a second annex: both are labelled with roman numbers; a paragraph moves across
    qtbot.mouseClick(page.add_annex_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.text, "Second annex")
    assert [b[2] for b in annex_blocks(w.ctl.draft) if b[0] == "annex_label"] == ["Annex I", "Annex II"]
    page.select(page.model.rows[2].id)  # Annex I, paragraph 2
    trigger(w.edit_menu, "Move paragraph down")
    assert [len(a.paragraphs) for a in w.ctl.draft.annexes] == [1, 1]
    assert page.where.text() == "Annex II, paragraph 1 of 1: numbered paragraph 1."

    page.select(w.ctl.draft.annexes[0].id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert [plain_text(a.title) for a in w.ctl.draft.annexes] == ["Second annex"]
    assert annex_blocks(w.ctl.draft)[0] == ("annex_label", "", "Annex")  # one annex again
    assert w.ctl.stack.text(w.ctl.stack.index() - 1) == "Delete annex"
    trigger(w.edit_menu, "Undo")
    assert len(w.ctl.draft.annexes) == 2


def test_footnote_in_an_annex_paragraph(qtbot, window):
    w = window
    page = w.annex_page
    build_annex(qtbot, w)
    w.asker.answers["Insert footnote"] = ["See resolution 65/230."]
    trigger(w.insert_menu, "Footnote")  # Ctrl+Alt+F
    (note_id,) = w.ctl.draft.footnotes
    assert page.node().text[-1] == NoteRef(note_id)
    rendered = render(w.ctl.draft)
    assert [n.mark for n in rendered.notes] == ["1"]
    last = [b for b in rendered.blocks if b.source.part == "annex"][-1]
    assert last.pieces[-1].note is rendered.notes[0]
    trigger(w.edit_menu, "Undo")  # one step: the mark and the note
    assert not w.ctl.draft.footnotes and NoteRef(note_id) not in page.node().text
    trigger(w.edit_menu, "Redo")

    # from the Footnotes page back to the mark in the annex, then the note deleted there
    trigger(w.view_menu, "Footnotes")
    notes = w.footnotes_page
    notes.select(note_id)
    qtbot.mouseClick(notes.go, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is page and page.current_id == w.ctl.draft.annexes[0].paragraphs[-1].id
    trigger(w.view_menu, "Footnotes")
    qtbot.mouseClick(notes.delete, Qt.MouseButton.LeftButton)
    assert not w.ctl.draft.footnotes
    assert page.text.toPlainText() == "States should cooperate."  # the editor shows the mark gone
    assert all(not isinstance(i, NoteRef) for i in page.node().text)


def test_keyboard_and_accessible_names(qtbot, window):
    w = window
    page = w.annex_page
    build_annex(qtbot, w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    page.text.setFocus()
    qtbot.keyClick(page.text, Qt.Key.Key_Tab)  # leaves the text, types no tab
    assert "\t" not in page.text.toPlainText()
    assert QApplication.focusWidget() not in (page.text, None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # and back
    assert QApplication.focusWidget() is page.text
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)  # the list does not trap Tab either
    assert QApplication.focusWidget() is not page.view
    for widget in (page.view, page.text, page.style_box, page.add_annex_button, page.delete_button):
        assert widget.accessibleName()
        assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert page.style_label.buddy() is page.style_box


def test_save_and_reopen(qtbot, make_window, tmp_path):
    path = tmp_path / "with-annex.dres"
    w = make_window(ScriptedAsker(save=[str(path)]))
    trigger(w.view_menu, "Annexes")
    build_annex(qtbot, w)
    printed = annex_blocks(w.ctl.draft)
    trigger(w.file_menu, "Save As")
    assert path.exists() and not w.isWindowModified()
    assert annex_blocks(dres.load(path)) == printed
    assert w.close()  # saved: no prompt

    again = make_window(ScriptedAsker())
    assert again.open_path(path)
    trigger(again.view_menu, "Annexes")
    page = again.annex_page
    assert annex_blocks(again.ctl.draft) == printed
    assert [r[1] for r in rows(page)] == ["", "", "1.", "2."]
    page.select(page.model.rows[0].id)
    assert page.text.toPlainText() == "Model provisions on cybercrime"
    assert page.node().title[-1].italic
    assert BlockStyle.ANNEX_TITLE.value in {b[0] for b in printed}


def test_drag_a_paragraph_into_another_annex(qtbot, window):
    """Offscreen Qt delivers no real drags: the drop goes through the view's model with the
    mime data and drop row Qt would use (as in test_editing.py)."""
    from PySide6.QtCore import QModelIndex

    w = window
    page = w.annex_page
    build_annex(qtbot, w)
    qtbot.mouseClick(page.add_annex_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.text, "Second annex")
    model = page.model
    moving = model.rows[2].id  # Annex I, numbered 1.
    data = model.mimeData([model.index(2)])
    end = model.rowCount()  # below Annex II's title row: its first paragraph
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, end, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, end, 0, QModelIndex())
    assert [p.id for p in w.ctl.draft.annexes[1].paragraphs] == [moving]
    assert [r[1] for r in rows(page)] == ["", "", "1.", "", "1."]  # numbered per annex
    trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.annexes[0].paragraphs[1].id == moving and not w.ctl.draft.annexes[1].paragraphs

    # an annex dropped above the first becomes Annex I, its paragraphs with it
    second = model.rows[-1].id
    data = model.mimeData([model.index(model.rowCount() - 1)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [a.id for a in w.ctl.draft.annexes][0] == second
    assert [b[2] for b in annex_blocks(w.ctl.draft) if b[0] == "annex_label"] == ["Annex I", "Annex II"]
    assert plain_text(w.ctl.draft.annexes[1].title) == "Model provisions on cybercrime"


def test_a_paragraph_on_an_empty_page_brings_its_annex(qtbot, window):
    w = window
    page = w.annex_page
    trigger(w.insert_menu, "Paragraph")  # Ctrl+Return with no annex yet
    qtbot.keyClicks(page.text, "Text")
    assert annex_blocks(w.ctl.draft) == [("annex_label", "", "Annex"), ("annex_body", "", "Text")]
    assert w.ctl.stack.count() == 2  # the annex with its paragraph, then the typing
    trigger(w.edit_menu, "Undo")
    trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.annexes == []


def test_an_article_numbers_its_paragraphs_from_1_again(qtbot, window):
    """A convention's articles each number their own paragraphs (A/C.6/80/L.8): a heading
    "Article 2", then the box under the style starts the numbers again, one undo step."""
    w = window
    page = w.annex_page
    build_annex(qtbot, w)  # heading, 1., 2.
    assert page.restart_box.isVisible() and not page.restart_box.isChecked()
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    qtbot.keyClicks(page.text, "Article 2")
    trigger(w.format_menu, "Annex paragraph: heading")
    assert not page.restart_box.isVisible()  # only a numbered paragraph starts numbers
    qtbot.keyClick(page.text, Qt.Key.Key_Return)
    trigger(w.format_menu, "Annex paragraph: numbered")
    qtbot.keyClicks(page.text, "This Convention is open for signature by all States.")
    assert [r[1] for r in rows(page)][-1] == "3."
    box = page.restart_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # its tick
    assert page.node().restart
    assert [r[1] for r in rows(page)] == ["", "", "1.", "2.", "", "1."]
    assert [b[1] for b in annex_blocks(w.ctl.draft) if b[1]][-3:] == ["1.", "2.", "1."]
    trigger(w.edit_menu, "Undo")
    assert [r[1] for r in rows(page)][-1] == "3." and not page.restart_box.isChecked()
    trigger(w.edit_menu, "Redo")
    assert [r[1] for r in rows(page)][-1] == "1." and page.restart_box.isChecked()
    assert dres.loads(dres.dumps(w.ctl.draft)).annexes[0].paragraphs[-1].restart


def test_a_text_set_out_in_the_decision_shows_no_annex_line(qtbot, window, corpus_dir):
    """A/80/L.41 adopts an outcome document set out below its one paragraph, under the
    document's title and with no "Annex" line: the Annexes page shows the title alone, as
    it is printed, and names the place "Set out in the text", not "Annex"."""
    from delegate_editor.ui.models import HTML_ROLE

    w = window
    assert w.open_path(corpus_dir / "drafts" / "A_80_L.41.txt", ask_save=False)
    trigger(w.view_menu, "Annexes")
    page = w.annex_page
    annex = w.ctl.draft.annexes[0]
    assert annex.in_text
    page.select(annex.id)
    assert page.where.text() == "Set out in the text: its title, printed in bold"
    html = page.model.index(0, 0).data(HTML_ROLE)
    assert "Outcome document of the high-level meeting" in html and "Annex" not in html
    assert not any(b[0] == BlockStyle.ANNEX_LABEL.value for b in annex_blocks(w.ctl.draft))
    page.select(annex.paragraphs[0].id)
    assert page.where.text().startswith("Set out in the text, paragraph 1 of ")
