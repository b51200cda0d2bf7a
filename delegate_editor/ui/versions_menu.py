"""The app's side of versions and tracked changes (issue 17), hooked into the window by
:func:`install`: File ▸ New from Earlier Resolution…, and a Review menu with Versions…,
Compare…, Set Base Text…, Export with Tracked Changes… and the printable comparison.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from delegate_editor.ui.change_files import choose_base, export_tracked, new_from_earlier
from delegate_editor.ui.compare_view import show_compare
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.versions_dialog import show_versions

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the menu items (``actions_by_name`` keeps them for tests)."""
    a = window.actions_by_name

    def act(key: str, text: str, slot, shortcut: str = "", tip: str = "") -> QAction:
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        a[key] = action
        return action

    earlier = act(
        "new_from_earlier",
        translate("VersionsMenu", "New from &Earlier Resolution…"),
        lambda: new_from_earlier(window),
        tip=translate(
            "VersionsMenu", "A draft based on an adopted resolution or an issued draft, kept as its base text"
        ),
    )
    window.file_menu.insertAction(a["open"], earlier)
    window.review_menu = QMenu(translate("VersionsMenu", "&Review"), window)
    window.menuBar().insertMenu(window.help_menu.menuAction(), window.review_menu)
    window.review_menu.addActions(
        [
            act(
                "versions",
                translate("VersionsMenu", "&Versions…"),
                lambda: show_versions(window),
                "Ctrl+Alt+V",
            ),
            act(
                "compare",
                translate("VersionsMenu", "&Compare…"),
                lambda: show_compare(window),
                "Ctrl+Alt+C",
                translate(
                    "VersionsMenu",
                    "Any two of the base text, the versions and the current text, changes marked",
                ),
            ),
            act(
                "set_base",
                translate("VersionsMenu", "Set &Base Text…"),
                lambda: choose_base(window),
            ),
        ]
    )
    window.review_menu.addSeparator()
    window.review_menu.addActions(
        [
            act(
                "export_tracked",
                translate("VersionsMenu", "Export with &Tracked Changes…"),
                lambda: export_tracked(window, ".docx"),
                tip=translate(
                    "VersionsMenu",
                    "DOCX or ODT with every change from the base or a version as a tracked change",
                ),
            ),
            act(
                "export_comparison",
                translate("VersionsMenu", "Export &Printable Comparison (PDF)…"),
                lambda: export_tracked(window, ".pdf"),
                tip=translate("VersionsMenu", "The typeset pages with the changes marked, for the floor"),
            ),
        ]
    )
