"""Menu items a delegate expects of a desktop editor (issue 22), kept out of main_window.py:
Cut, Copy, Paste and Select All; Find and Replace; zoom of the editing area; keys to the
phrase search and to the Checks list; Help with the user guide and the list of shortcuts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from delegate_editor.ui import comments_panel, help_menu, tab_order, versions_menu
from delegate_editor.ui.crossref import insert_cross_reference
from delegate_editor.ui.find_replace import show_find
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.note_again import cite_note_again
from delegate_editor.ui.preferences import show_preferences

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

ZOOM_STEP = 0.1  # of the base font size, per Ctrl++ or Ctrl+-
ZOOM_LIMITS = (-5, 15)


def _clipboard(name: str) -> None:
    """Run ``cut``/``copy``/``paste``/``selectAll`` in the text box that has the focus (a
    paste into a paragraph goes through its editor and so onto the draft's undo stack)."""
    widget = QApplication.focusWidget()
    method = getattr(widget, name, None)
    if callable(method) and not (name in ("cut", "paste") and getattr(widget, "isReadOnly", lambda: False)()):
        method()


def zoom(window: MainWindow, step: int | None) -> None:
    """Ctrl++ / Ctrl+- / Ctrl+0: the editing area's text larger, smaller, or as it was."""
    window.zoom_steps = (
        0 if step is None else max(ZOOM_LIMITS[0], min(ZOOM_LIMITS[1], window.zoom_steps + step))
    )
    font = window.font()
    base = font.pointSizeF()
    font.setPointSizeF(base * (1 + ZOOM_STEP * window.zoom_steps))
    window.stack.setFont(font)
    window.statusBar().showMessage(
        translate("ExtraActions", "Zoom {0}%").format(round(100 * (1 + ZOOM_STEP * window.zoom_steps))), 2000
    )


def focus_phrase_search(window: MainWindow) -> None:
    window.phrase_dock.show()
    window.phrase_dock.raise_()
    window.palette.search.setFocus()
    window.palette.search.selectAll()


def focus_checks(window: MainWindow) -> None:
    window.checks_dock.show()
    window.checks_dock.raise_()
    window.checks.list.setFocus()
    if window.checks.list.currentRow() < 0 and window.checks.list.count():
        window.checks.list.setCurrentRow(0)


def show_updating(window: MainWindow, busy: bool) -> None:
    """The Preview dock's title says when the pages shown are behind the text."""
    window.preview_dock.setWindowTitle(
        translate("ExtraActions", "Preview (updating…)") if busy else translate("ExtraActions", "Preview")
    )
    window.preview.setToolTip(
        translate("ExtraActions", "The pages are being typeset again after your changes.") if busy else ""
    )


def install(window: MainWindow) -> None:
    """Add the actions to the window's menus (``actions_by_name`` keeps them for tests)."""
    K = QKeySequence.StandardKey  # noqa: N806
    a = window.actions_by_name
    window.zoom_steps = 0

    def act(key: str, text: str, slot, *keys, tip: str = "") -> QAction:
        action = QAction(text, window)
        shortcuts = [QKeySequence(k) for k in keys]
        shortcuts = [k for k in shortcuts if not k.isEmpty()]  # a standard key this platform lacks
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        a[key] = action
        return action

    clip = [
        act(
            "cut",
            translate("ExtraActions", "Cu&t"),
            lambda: _clipboard("cut"),
            K.Cut,
        ),
        act(
            "copy",
            translate("ExtraActions", "&Copy"),
            lambda: _clipboard("copy"),
            K.Copy,
        ),
        act(
            "paste",
            translate("ExtraActions", "&Paste"),
            lambda: _clipboard("paste"),
            K.Paste,
        ),
        act(
            "select_all",
            translate("ExtraActions", "Select &All"),
            lambda: _clipboard("selectAll"),
            K.SelectAll,
        ),
    ]
    find = act(
        "find",
        translate("ExtraActions", "&Find and Replace…"),
        lambda: show_find(window),
        K.Find,
        tip=translate("ExtraActions", "Search the whole draft; each match is shown in its paragraph"),
    )
    find_next = act(
        "find_next",
        translate("ExtraActions", "Find &Next"),
        lambda: show_find(window).find_next(),
        K.FindNext,
    )
    first = window.edit_menu.actions()[2]  # after Undo and Redo
    window.edit_menu.insertSeparator(first)
    window.edit_menu.insertActions(first, [*clip, find, find_next])
    window.edit_menu.insertSeparator(first)

    prefs = act(
        "preferences",
        translate("ExtraActions", "Pre&ferences…"),
        lambda: show_preferences(window),
        K.Preferences,
        "Ctrl+,",
    )
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(prefs)

    xref = act(
        "xref",
        translate("ExtraActions", "&Cross-reference…"),
        lambda: insert_cross_reference(window),
        "Ctrl+Alt+R",
        tip=translate(
            "ExtraActions", "The number of another operative paragraph, kept right when paragraphs move"
        ),
    )
    window.insert_menu.insertAction(window.actions_by_name["goto_note"], xref)
    again = act(
        "note_again",
        translate("ExtraActions", "Cite a Footnote &Again…"),
        lambda: cite_note_again(window),
        tip=translate(
            "ExtraActions", "A second mark of a footnote the text already cites, showing its number"
        ),
    )
    window.insert_menu.insertAction(window.actions_by_name["goto_note"], again)

    view = [
        act(
            "zoom_in",
            translate("ExtraActions", "Zoom &In"),
            lambda: zoom(window, 1),
            K.ZoomIn,
            "Ctrl+=",
        ),
        act(
            "zoom_out",
            translate("ExtraActions", "Zoom &Out"),
            lambda: zoom(window, -1),
            K.ZoomOut,
        ),
        act(
            "zoom_reset",
            translate("ExtraActions", "&Actual Size"),
            lambda: zoom(window, None),
            "Ctrl+0",
        ),
        act(
            "phrase_search",
            translate("ExtraActions", "Search &Phrases"),
            lambda: focus_phrase_search(window),
            "Ctrl+K",
        ),
        act(
            "checks_list",
            translate("ExtraActions", "Go to &Checks"),
            lambda: focus_checks(window),
            "F8",
        ),
    ]
    window.view_menu.addSeparator()
    window.view_menu.addActions(view)

    # the toolbar's buttons say "Undo" and "Redo": the menu items name the step ("Undo Type
    # in paragraph 5 (text)"), which made the toolbar as wide as the longest step
    stack = window.ctl.stack
    for key, text, slot, signal, can, named in (
        (
            "undo_tool",
            translate("ExtraActions", "Undo"),
            stack.undo,
            stack.canUndoChanged,
            stack.canUndo,
            stack.undoTextChanged,
        ),
        (
            "redo_tool",
            translate("ExtraActions", "Redo"),
            stack.redo,
            stack.canRedoChanged,
            stack.canRedo,
            stack.redoTextChanged,
        ),
    ):
        tool = QAction(text, window)
        tool.triggered.connect(lambda _checked=False, run=slot: run())
        tool.setEnabled(can())
        signal.connect(tool.setEnabled)
        named.connect(lambda step, act=tool, verb=text: act.setToolTip(f"{verb} {step}".strip()))
        a[key] = tool
    a["undo"].setData("Undo")  # its text names the step ("Undo Type in paragraph 5")
    a["redo"].setData("Redo")
    window.page_renderer.busyChanged.connect(lambda busy: show_updating(window, busy))

    comments_panel.install(window)
    tab_order.install(window)  # after every dock is made
    window.help_menu.insertActions(
        window.help_menu.actions()[0],
        [
            act(
                "guide",
                translate("ExtraActions", "&User Guide"),
                lambda: help_menu.show_guide(window),
                K.HelpContents,
            ),
            act(
                "shortcuts",
                translate("ExtraActions", "&Keyboard Shortcuts"),
                lambda: help_menu.show_shortcuts(window),
                "Ctrl+/",
            ),
        ],
    )
    versions_menu.install(window)  # New from Earlier Resolution…, the Review menu (issue 17)
