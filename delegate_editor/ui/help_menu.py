"""Help ▸ User guide and Help ▸ Keyboard shortcuts (issue 22).

The guide is the repository's ``docs/user-guide.md``, shown with its pictures; the list of
shortcuts is read from the window's own actions, so it can never disagree with the keys.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from delegate_editor.ui.i18n import translate

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


def _browser_dialog(parent: QWidget, title: str, name: str) -> tuple[QDialog, QTextBrowser]:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    browser = QTextBrowser(dialog)
    browser.setOpenExternalLinks(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(760, 620)
    return dialog, browser


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action that has a shortcut, in menu order, as the user reads them."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            # Undo and Redo keep "Undo"/"Redo" as data: their text names the step
            name = (
                translate("ExtraActions", action.data()) if isinstance(action.data(), str) else action.text()
            )
            rows.append((name.replace("&", "").replace("…", ""), ", ".join(keys)))
    return rows


def menu_actions(window) -> list[QAction]:
    """The actions of the menu bar, submenus included, each once."""
    seen: list[QAction] = []

    def walk(menu) -> None:
        for action in menu.actions():
            if action.menu():
                walk(action.menu())
            elif action not in seen:
                seen.append(action)

    for top in window.menuBar().actions():
        if top.menu():
            walk(top.menu())
    return seen


def show_shortcuts(window) -> QDialog:
    dialog, browser = _browser_dialog(window, translate("HelpMenu", "Keyboard shortcuts"), "shortcutsDialog")
    rows = "".join(
        f"<tr><td>{html.escape(what)}</td><td><b>{html.escape(keys)}</b></td></tr>"
        for what, keys in shortcut_rows(menu_actions(window))
    )
    browser.setHtml(
        translate(
            "HelpMenu",
            "<p>In a paragraph's text: <b>Tab</b> and <b>Shift+Tab</b> indent and outdent, "
            "<b>Return</b> starts the next paragraph. In the lists: <b>Delete</b> removes.</p>",
        )
        + f"<table cellpadding='3'>{rows}</table>"
    )
    window.shortcuts_dialog = dialog
    dialog.show()
    return dialog


def show_guide(window) -> QDialog | None:
    if not GUIDE.is_file():
        window.asker.error(
            window,
            translate("HelpMenu", "User guide"),
            translate("HelpMenu", "The user guide is not installed with this copy ({GUIDE}).").format(
                GUIDE=GUIDE
            ),
        )
        return None
    dialog, browser = _browser_dialog(
        window, translate("HelpMenu", "Delegate Editor user guide"), "guideDialog"
    )
    browser.setSearchPaths([str(GUIDE.parent)])
    browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
    window.guide_dialog = dialog
    dialog.show()
    return dialog
