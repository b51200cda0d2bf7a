"""The main window's menu bar and toolbar: one function per menu, called in the bar's order.

To add a whole menu, call :func:`add_menu` from your own module's ``install(window)`` (it
goes before Help); to add items to a menu here, use the window's attribute for it
(``window.file_menu``, ``edit_menu``, ``insert_menu``, ``format_menu``, ``view_menu``,
``help_menu``) as :mod:`delegate_editor.ui.extra_actions` does. The actions themselves are in
:mod:`delegate_editor.ui.window_actions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QMenu

from delegate_editor.model.document import AnnexStyle
from delegate_editor.ui.files import EXPORTS
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.pages import PAGES
from delegate_editor.ui.session import recent_label

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

# the toolbar's buttons, in order; None is a separator
TOOLBAR = (
    "new",
    "open",
    "save",
    None,
    "undo_tool",
    "redo_tool",
    None,
    "add",
    "delete",
    "up",
    "down",
    "indent",
    "outdent",
    "italic",
)


def build_menus(window: MainWindow) -> None:
    """The menu bar, left to right."""
    file_menu(window)
    edit_menu(window)
    insert_menu(window)
    format_menu(window)
    view_menu(window)
    help_menu(window)
    update_recent_menu(window)


def add_menu(window: MainWindow, title: str) -> QMenu:
    """A new menu in the bar, before Help (or last when there is no Help menu yet)."""
    help_ = getattr(window, "help_menu", None)
    if help_ is None:
        return window.menuBar().addMenu(title)
    menu = QMenu(title, window)
    window.menuBar().insertMenu(help_.menuAction(), menu)
    return menu


def file_menu(window: MainWindow) -> None:
    a = window.actions_by_name
    menu = window.file_menu = window.menuBar().addMenu(translate("Menus", "&File"))
    for key in ("new", "open"):
        menu.addAction(a[key])
    window.recent_menu = menu.addMenu(translate("Menus", "Open &Recent"))
    menu.addSeparator()
    menu.addAction(a["save"])
    menu.addAction(a["save_as"])
    window.export_menu = menu.addMenu(translate("Menus", "&Export"))
    for suffix in EXPORTS:
        window.export_menu.addAction(a[f"export{suffix}"])
    menu.addAction(a["export_pdf"])
    menu.addSeparator()
    menu.addAction(a["print"])
    menu.addAction(a["print_preview"])
    menu.addSeparator()
    menu.addAction(a["close"])


def edit_menu(window: MainWindow) -> None:
    a = window.actions_by_name
    menu = window.edit_menu = window.menuBar().addMenu(translate("Menus", "&Edit"))
    for key in ("undo", "redo"):
        menu.addAction(a[key])
    menu.addSeparator()
    for key in ("duplicate", "delete", "up", "down"):
        menu.addAction(a[key])


def insert_menu(window: MainWindow) -> None:
    a = window.actions_by_name
    menu = window.insert_menu = window.menuBar().addMenu(translate("Menus", "&Insert"))
    for key in ("add", "heading", "annex", "footnote", "goto_note"):
        menu.addAction(a[key])


def format_menu(window: MainWindow) -> None:
    a = window.actions_by_name
    menu = window.format_menu = window.menuBar().addMenu(translate("Menus", "F&ormat"))
    for key in ("italic", "indent", "outdent"):
        menu.addAction(a[key])
    menu.addSeparator()
    for style in AnnexStyle:
        menu.addAction(a[f"annex_{style.value}"])


def view_menu(window: MainWindow) -> None:
    a = window.actions_by_name
    menu = window.view_menu = window.menuBar().addMenu(translate("Menus", "&View"))
    for key in PAGES:
        menu.addAction(a[f"page_{key}"])
    menu.addSeparator()
    for dock in (window.phrase_dock, window.preview_dock, window.checks_dock, window.history_dock):
        menu.addAction(dock.toggleViewAction())


def help_menu(window: MainWindow) -> None:
    window.help_menu = window.menuBar().addMenu(translate("Menus", "&Help"))
    window.help_menu.addAction(window.actions_by_name["about"])


def build_toolbar(window: MainWindow) -> None:
    bar = window.addToolBar("Main")
    bar.setObjectName("mainToolbar")
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setIconSize(QSize(16, 16))
    for key in TOOLBAR:
        if key is None:
            bar.addSeparator()
        else:
            bar.addAction(window.actions_by_name[key])


def update_recent_menu(window: MainWindow) -> None:
    """File ▸ Open Recent from the settings' list (rebuilt whenever the list changes)."""
    menu = getattr(window, "recent_menu", None)
    if menu is None:
        return
    menu.clear()
    for number, path in enumerate(window.settings.recent_files, start=1):
        action = menu.addAction(recent_label(number, path))
        action.setStatusTip(path)
        action.triggered.connect(lambda _c=False, p=path: window.open_path(p))
    menu.setEnabled(bool(window.settings.recent_files))
