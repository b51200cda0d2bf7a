"""The hooks other parts of the app use to add a menu or a dock to the main window
(ui/menus.py, ui/docks.py): where they land, and that the user reaches them as any other."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from ui_helpers import menu_action

from delegate_editor.ui import docks, menus


def test_a_new_menu_goes_before_help_and_its_action_runs(make_window):
    window = make_window()
    menu = menus.add_menu(window, "&Tools")
    ran = []
    action = QAction("Count &words", window)
    action.triggered.connect(lambda: ran.append(True))
    menu.addAction(action)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Tools", "&Help"]
    assert titles[:6] == ["&File", "&Edit", "&Insert", "F&ormat", "&View", "&Tools"]
    menu_action(window.menuBar(), "Count words").trigger()
    assert ran == [True]


def test_a_new_dock_is_tabbed_with_the_others_and_listed_in_view(qtbot, make_window):
    window = make_window()
    dock = docks.add_dock(window, "Notes", QLabel("notes"))
    assert dock.objectName() == "notesDock"  # the key of the saved window state
    qtbot.waitUntil(lambda: dock in window.tabifiedDockWidgets(window.history_dock), timeout=2000)
    toggle = menu_action(window.view_menu, "Notes")
    assert toggle is dock.toggleViewAction()
    dock.raise_()
    toggle.trigger()  # hides it, as View ▸ Notes does for Phrases or Preview
    assert not dock.isVisible()
