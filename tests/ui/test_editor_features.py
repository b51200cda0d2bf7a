"""What a delegate expects of a desktop editor (issue 22), through keys and menus: Cut, Copy,
Paste and Select All; Find and Replace over the whole draft; zoom; keys to the phrase
search and the Checks list; Help with the user guide and the list of shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QTextBrowser
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import plain_text
from delegate_editor.model.walk import rich_fields
from delegate_editor.resources import resource
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(ScriptedAsker())
    assert w.open_path(example_copy())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    trigger(w.view_menu, "Operative part")
    return w


def keys(qtbot, widget, sequence: QKeySequence | QKeySequence.StandardKey | str) -> None:
    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def test_cut_copy_paste_and_select_all_from_the_edit_menu_are_draft_edits(qtbot, window):
    w = window
    page = w.operative_page
    page.select(page.model.rows[0].id)
    page.text.setFocus()
    before = to_dict(w.ctl.draft)
    trigger(w.edit_menu, "Select All")
    assert page.text.textCursor().selectedText() == page.text.toPlainText()
    trigger(w.edit_menu, "Copy")
    copied = QGuiApplication.clipboard().text()
    assert copied == page.text.toPlainText() and to_dict(w.ctl.draft) == before

    page.select(page.model.rows[1].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    trigger(w.edit_menu, "Paste")
    assert plain_text(page.node().text).endswith(copied)
    trigger(w.edit_menu, "Select All")
    trigger(w.edit_menu, "Cut")
    assert plain_text(page.node().text) == "" and QGuiApplication.clipboard().text().endswith(copied)
    trigger(w.edit_menu, "Undo")
    assert to_dict(w.ctl.draft) == before  # paste and cut merged as typing in one paragraph


def test_find_and_replace_shows_each_match_in_its_paragraph_and_replaces_all_in_one_step(qtbot, window):
    w = window
    keys(qtbot, w.operative_page.text, QKeySequence.StandardKey.Find)
    dialog = w.find_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(dialog.find_box.hasFocus)
    qtbot.keyClicks(dialog.find_box, "Commission")
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)  # Find next is the default button
    page = w.part_page()
    assert page.text.textCursor().selectedText() == "Commission"
    first = (page.part, page.current_id)
    # the part and the paragraph, numbered as printed (issue 22: every field is searched)
    number = w.ctl.labels()[page.current_id]
    assert dialog.where.text() == f"Operative paragraph {number} (operative part)"
    dialog.next_button.click()
    assert page.text.textCursor().selectedText() == "Commission"

    before = to_dict(w.ctl.draft)
    # every rich-text field: title, paragraphs, annexes and footnotes (the seed's notes too)
    count = sum(plain_text(f.text).count("Commission") for f in rich_fields(w.ctl.draft))
    qtbot.keyClicks(dialog.replace_box, "Commission on Crime Prevention")
    dialog.all_button.click()
    assert dialog.where.text().startswith(f"Replaced {count} ")
    assert first[1]
    trigger(w.edit_menu, "Undo")
    assert to_dict(w.ctl.draft) == before


def test_zoom_in_and_out_of_the_editing_area(qtbot, window):
    w = window
    size = w.operative_page.text.font().pointSizeF()
    keys(qtbot, w.operative_page.text, QKeySequence.StandardKey.ZoomIn)
    trigger(w.view_menu, "Zoom In")
    assert w.operative_page.text.font().pointSizeF() > size
    keys(qtbot, w.operative_page.text, "Ctrl+0")
    assert w.operative_page.text.font().pointSizeF() == size
    trigger(w.view_menu, "Zoom Out")
    assert w.operative_page.text.font().pointSizeF() < size


def test_keys_to_the_phrase_search_and_the_checks_list(qtbot, window):
    w = window
    keys(qtbot, w.operative_page.text, "Ctrl+K")
    assert QApplication.focusWidget() is w.palette.search
    keys(qtbot, w.palette.search, "F8")
    assert QApplication.focusWidget() is w.checks.list


def test_help_lists_every_shortcut_and_shows_the_guide(qtbot, window):
    w = window
    trigger(w.help_menu, "Keyboard Shortcuts")
    shown = w.shortcuts_dialog.findChild(QTextBrowser).toPlainText()
    for what in ("Undo", "Find and Replace", "Footnote", "Search Phrases", "Go to Checks", "Operative part"):
        assert what in shown, what
    assert QKeySequence("Ctrl+Alt+F").toString(QKeySequence.SequenceFormat.NativeText) in shown
    assert "Undo Type" not in shown and ", Ctrl+," not in shown
    trigger(w.help_menu, "User Guide")
    guide = w.guide_dialog.findChild(QTextBrowser).toPlainText()
    assert "Delegate Editor: user guide" in guide


def test_preferences_are_kept_and_used_by_new_drafts(qtbot, make_window):
    from delegate_editor.storage import settings as settings_store

    w = make_window(ScriptedAsker(**{"Unsaved changes": "Discard"}))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    keys(qtbot, w.operative_page.text, "Ctrl+,")
    dialog = w.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.delegation.setFocus()
    qtbot.keyClicks(dialog.delegation, "Costa Rica")
    dialog.station.setCurrentIndex(dialog.station.findData("geneva"))
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.autosave.setValue(30)
    dialog.language.setCurrentText("French")
    qtbot.keyClick(dialog.delegation, Qt.Key.Key_Return)  # OK is the default button
    assert not dialog.isVisible()
    saved = settings_store.load()
    assert (saved.delegation, saved.duty_station, saved.paper, saved.autosave_seconds) == (
        "Costa Rica",
        "geneva",
        "Letter",
        30,
    )
    assert saved.draft_language == "French"
    assert w.default_paper() == "Letter" and w.sponsors_page.mine.isEnabled()
    other = make_window(settings=saved)
    assert other.ctl.draft.sponsors.names == ["Costa Rica"] and other.ctl.draft.layout == "geneva"
    assert other.ctl.draft.front.language == "fr"  # a new draft is in the chosen language
    other.asker = ScriptedAsker(**{"Unsaved changes": "Discard"})
    other.new_draft()  # File ▸ New: the first template, in French too
    assert other.ctl.draft.front.language == "fr"
    other.ctl.edit_field("front.symbol", "A/C.3/80/L.23", "symbol", typing=False)
    assert other.autosave_timer.interval() == 30_000


def test_recent_files_show_their_folders(make_window, tmp_path):
    from ui_helpers import menu_action

    from delegate_editor.storage.settings import Settings

    first, second = tmp_path / "mine" / "draft.dres", tmp_path / "returned" / "draft.dres"
    for path in (first, second):
        path.parent.mkdir()
        path.write_bytes(resource("examples", "cybercrime.dres").read_bytes())
    w = make_window(ScriptedAsker(), Settings(recent_files=[str(second), str(first)]))
    labels = [a.text() for a in w.recent_menu.actions()]
    assert labels == [f"&1 draft.dres — {second.parent}", f"&2 draft.dres — {first.parent}"]
    menu_action(w.recent_menu, "2 draft.dres").trigger()
    assert w.ctl.session.path == first.resolve()


def test_a_cross_reference_follows_its_paragraph_when_paragraphs_move(qtbot, window):
    from delegate_editor.model.text import XRef

    w = window
    page = w.operative_page
    target = page.model.rows[1].id  # paragraph 2
    page.select(page.model.rows[4].id)
    page.text.setFocus()
    page.text.moveCursor(page.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text, " as requested in paragraph ")
    w.asker.answers["Insert cross-reference"] = [next(n for n in _choices(w) if n.startswith("2 — "))]
    keys(qtbot, page.text, "Ctrl+Alt+R")
    citing = page.current_id
    assert XRef(target) in page.node().text
    assert page.text.toPlainText().endswith("as requested in paragraph 2")

    page.select(target)
    trigger(w.edit_menu, "Move paragraph up")  # paragraph 2 becomes 1
    page.select(citing)
    assert page.text.toPlainText().endswith("as requested in paragraph 1")
    trigger(w.edit_menu, "Undo")
    trigger(w.edit_menu, "Undo")
    assert XRef(target) not in w.ctl.node("operative", citing).text


def _choices(w):
    from delegate_editor.ui.crossref import targets

    return [name for _id, name in targets(w, w.operative_page.current_id)]


def test_the_preview_says_when_it_is_updating(qtbot, window):
    w = window
    w.preview_dock.show()
    w.preview_dock.raise_()
    qtbot.waitUntil(lambda: w.preview.page_count() > 0 and not w.page_renderer.busy, timeout=30000)
    assert w.preview_dock.windowTitle() == "Preview"
    page = w.operative_page
    page.text.setFocus()
    qtbot.keyClicks(page.text, " x")
    assert w.preview_dock.windowTitle() == "Preview (updating…)"
    qtbot.waitUntil(lambda: w.preview_dock.windowTitle() == "Preview", timeout=30000)
    assert not w.page_renderer.busy


def test_the_toolbar_says_undo_and_alt_down_opens_a_list(qtbot, window):
    """The toolbar's Undo button kept the step's name ("Undo Type in paragraph 1 (text)")
    and widened the toolbar; Alt+Down in a drop-down list moved a paragraph instead."""
    from PySide6.QtWidgets import QToolBar, QToolButton

    w = window
    page = w.operative_page
    page.text.setFocus()
    qtbot.keyClicks(page.text, " x")
    bar = w.findChild(QToolBar, "mainToolbar")
    button = bar.widgetForAction(w.actions_by_name["undo_tool"])
    assert isinstance(button, QToolButton) and button.text() == "Undo"
    assert "Type in paragraph" in button.toolTip()
    before = to_dict(w.ctl.draft)
    button.click()
    assert to_dict(w.ctl.draft) != before and w.ctl.stack.canRedo()

    trigger(w.view_menu, "Front matter")
    combo = w.front_page.fields["front.distribution"]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(combo.view().isVisible)
    assert not w.statusBar().currentMessage()
    combo.hidePopup()
