"""The main window's docks: Phrases, Preview, Checks and History, tabbed on the right.

To add a dock from your own module, call :func:`add_dock` (it names the dock for the saved
window state, tabs it with the others and, once the View menu exists, lists it there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QTabBar, QUndoView, QWidget

from delegate_editor.ui import draft_language
from delegate_editor.ui.checks_panel import CheckedDelegate, ChecksPanel
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.palette import PhrasePalette
from delegate_editor.ui.preview import PagesView

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

RIGHT = Qt.DockWidgetArea.RightDockWidgetArea


def dock(window: MainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea = RIGHT) -> QDockWidget:
    """A dock holding ``widget``; its object name (``"<title>Dock"``, from the English title)
    keys the saved state, so the layout holds whatever the interface language."""
    made = QDockWidget(translate("Docks", title), window)
    made.setObjectName(f"{title.lower()}Dock")
    made.setWidget(widget)
    window.addDockWidget(area, made)
    return made


def add_dock(window: MainWindow, title: str, widget: QWidget) -> QDockWidget:
    """A further dock, tabbed behind History and listed in the View menu."""
    made = dock(window, title, widget)
    window.tabifyDockWidget(window.history_dock, made)
    view = getattr(window, "view_menu", None)
    if view is not None:
        view.addAction(made.toggleViewAction())
    return made


class _WholeTabTitles(QObject):
    """Keeps the docks' tab titles whole. Qt makes a tab bar for each group of tabbed docks
    and elides its titles: with Phrases, Preview, Checks, History, Comments, Members and the
    Import report on the right of a 1280-pixel screen every tab read "Phra…", "Chec…". Whole
    titles with scroll arrows, as in other editors with many panels, keep each one findable
    (and the French and Spanish titles are longer still). The bars are made and reused by
    the window's layout whenever docks are tabbed, so each is set up as it is polished."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QTabBar) and child.parent() is watched:
                whole_titles(child)
        return False


def whole_titles(bar: QTabBar) -> None:
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)


def build_docks(window: MainWindow) -> None:
    w = window
    w._whole_tab_titles = _WholeTabTitles(w)
    w.installEventFilter(w._whole_tab_titles)
    w.palette = PhrasePalette()
    w.palette.phraseChosen.connect(w.use_phrase)
    w.palette.add_button.clicked.connect(w.add_own_phrase)
    w.phrase_dock = dock(w, QT_TRANSLATE_NOOP("Docks", "Phrases"), w.palette)
    draft_language.follow(w.ctl, w.palette, (w.preamble_page, w.operative_page))  # the draft's language
    w.preview = PagesView(w.page_renderer)
    w.preview.setAccessibleName(translate("Docks", "Preview of the printed pages"))
    w.preview_dock = dock(w, QT_TRANSLATE_NOOP("Docks", "Preview"), w.preview)
    w.preview_dock.visibilityChanged.connect(w._on_preview_visible)
    w.history = QUndoView(w.ctl.stack)
    w.history.setEmptyLabel(translate("Docks", "Opened"))
    w.history.setAccessibleName(translate("Docks", "Edit history"))
    w.history_dock = dock(w, QT_TRANSLATE_NOOP("Docks", "History"), w.history)
    w.checks = ChecksPanel(w.ctl)
    w.checks.jumpTo.connect(w.jump_to_paragraph)
    w.checks.updated.connect(w.update_status)
    w.checks_dock = dock(w, QT_TRANSLATE_NOOP("Docks", "Checks"), w.checks)
    for page in (w.preamble_page, w.operative_page, w.annex_page):
        page.view.setItemDelegate(CheckedDelegate(w.checks, page.view))
    w.tabifyDockWidget(w.phrase_dock, w.preview_dock)
    w.tabifyDockWidget(w.preview_dock, w.checks_dock)
    w.tabifyDockWidget(w.checks_dock, w.history_dock)
    # a newcomer first sees the draft as it will print, beside its paragraphs (issue 22)
    w.preview_dock.raise_()
    w.resizeDocks([w.phrase_dock], [380], Qt.Orientation.Horizontal)
