"""Tab order (issue 22): Tab goes through every control of the main window, the Preferences
and the Find and Replace dialogs, in reading order, and never stays trapped in a box.
Where Tab is an outline command (the paragraph list, a paragraph's text) Ctrl+Tab moves on,
as the user guide says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.ui.editors import RichTextEdit
from delegate_editor.ui.tab_order import takes_tab
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "")
    return type(widget).__name__


def _outline_keyed(widget: QWidget) -> bool:
    """Tab indents here; Ctrl+Tab moves on."""
    return type(widget).__name__ == "ParagraphList" or (
        isinstance(widget, RichTextEdit) and widget.outline_keys
    )


def tab_through(qtbot, top: QWidget, start: QWidget, limit: int = 120) -> list[QWidget]:
    """Press Tab (Ctrl+Tab where Tab indents) from ``start`` until the focus comes back to
    it; the widgets reached, each once in the order first reached (a date box's Tab goes
    through its day, month and year first)."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    reached = [start]
    for _ in range(limit):
        widget = QApplication.focusWidget()
        modifier = (
            Qt.KeyboardModifier.ControlModifier if _outline_keyed(widget) else Qt.KeyboardModifier.NoModifier
        )
        qtbot.keyClick(widget, Qt.Key.Key_Tab, modifier)
        now = QApplication.focusWidget()
        if now is start:
            return reached
        assert top.isAncestorOf(now) or now is top, f"Tab left the window at {_name(widget)}"
        if now is not reached[-1]:
            assert now not in reached, (
                f"Tab came back to {_name(now)} before the end: {[_name(w) for w in reached]}"
            )
            reached.append(now)
    raise AssertionError(f"Tab is trapped after {[_name(w) for w in reached[-3:]]}")


def _every_control(top: QWidget) -> set[QWidget]:
    """Every control Tab should reach: shown, enabled, and taking focus by Tab."""
    return {
        w
        for w in top.findChildren(QWidget)
        if takes_tab(w) and w.isVisible() and w.isEnabled() and w.window() is top
    }


def _left(w) -> QWidget:
    """The list of places on the left: the navigator, or the outline when it is closed."""
    return w.outline if w.navigator_dock.isHidden() else w.navigator


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(ScriptedAsker())
    assert w.open_path(example_copy())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_the_operative_part_then_the_docks_in_the_order_of_their_tabs(qtbot, window):
    w = window
    trigger(w.view_menu, "Operative part")
    w.operative_page.select(w.ctl.draft.operative_paragraphs()[0].id)
    reached = tab_through(qtbot, w, _left(w))
    assert set(reached) == _every_control(w)
    names = [_name(x) for x in reached]
    assert names[:4] == [
        "Navigator: the draft's parts and paragraphs",
        "Operative part: paragraphs",
        "Opening phrase (printed in italics)",
        "Paragraph text",
    ]
    # each dock's controls together, the docks in the order of their tabs
    docks = [w.phrase_dock, w.preview_dock, w.checks_dock, w.history_dock, w.comments_dock]
    owners = []
    for x in reached[4:]:
        owner = next((d for d in docks if d.isAncestorOf(x)), None)
        if owner is not None and (not owners or owners[-1] is not owner):
            owners.append(owner)
    shown = [d for d in docks if d.widget().isVisible()]
    assert owners == shown


def test_the_front_matter_top_to_bottom(qtbot, window):
    w = window
    trigger(w.view_menu, "Front matter")
    reached = tab_through(qtbot, w, _left(w))
    assert set(reached) == _every_control(w)
    names = [_name(x) for x in reached if w.front_page.isAncestorOf(x)]
    assert names == [
        "Front matter",  # the scrolled form itself: arrow keys and Page Down scroll it
        "Organ (masthead)",
        "Document symbol",
        "Distribution",
        "Date of the document",
        "Original language",
        "Job number",
        "Reissue note",
        "Draft language",
        "Kind of text",
        "Resolution, decision or note",
        "Symbol of the draft amended",
        "Duty-station layout",
        "Body (committee or commission)",
        "Session",
        "Venue and dates",
        "Agenda item number",
        "Provisional agenda (adds the * note)",
        "Agenda symbol",
        "Agenda item title",
        "Recommendation paragraph",
        "Title of the resolution",
        "Authoring line",
        "Lead-in of the operative part",
    ]


def test_the_sponsors_page_and_its_paste_box_are_no_trap(qtbot, window):
    """The paste box took Tab as a character: the focus could not leave it by Tab."""
    w = window
    trigger(w.view_menu, "Sponsors")
    reached = tab_through(qtbot, w, _left(w))
    assert set(reached) == _every_control(w)
    names = [_name(x) for x in reached if w.sponsors_page.isAncestorOf(x)]
    assert names.index("Find a Member State") < names.index("Paste a list of sponsors")
    assert names.index("On behalf of (group)") < names.index("Submitted by (officer drafts)")


def test_the_preferences_dialog(qtbot, window):
    w = window
    trigger(w.edit_menu, "Preferences")
    dialog = w.preferences_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached = tab_through(qtbot, dialog, dialog.delegation)
    assert set(reached) == _every_control(dialog)
    names = [_name(x) for x in reached]
    assert names[:8] == [
        "Your delegation",
        "Duty station of new drafts",
        "Paper",
        "Language of new drafts",
        "Language of the interface",
        "Recovery copy after (seconds)",
        "Check spelling",
        "Author of tracked changes",
    ]
    assert sorted(names[8:]) == ["Cancel", "OK"]
    dialog.reject()


def test_the_find_and_replace_dialog(qtbot, window):
    w = window
    trigger(w.edit_menu, "Find and Replace")
    dialog = w.find_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    reached = tab_through(qtbot, dialog, dialog.find_box)
    assert set(reached) == _every_control(dialog)
    assert [_name(x) for x in reached] == [
        "Find",
        "Replace with",
        "Match case",
        "Find next",
        "Replace",
        "Replace all",
        "Close",
    ]
    dialog.close()
