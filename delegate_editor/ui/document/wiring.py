"""The document editor's companions in the window (issue 23 item 5): the navigator (parts and
paragraph numbers with their first words; a click goes to the paragraph in the editor) and
the checks' marks, in the editor's margin and on the navigator's rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

from delegate_editor.ui import docks
from delegate_editor.ui.check_margin import CheckMargin, Mark
from delegate_editor.ui.document import blocks
from delegate_editor.ui.navigator import Navigator

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    navigator = window.navigator = Navigator(window.ctl)
    window.navigator_dock = docks.dock(
        window, QT_TRANSLATE_NOOP("Docks", "Navigator"), navigator, Qt.DockWidgetArea.LeftDockWidgetArea
    )
    window.navigator_dock.hide()  # shown with the Document page, the first time it is shown
    QWidget.setTabOrder(navigator, window.outline)  # the list of places first (ui/tab_order.py)
    shown_once: list[bool] = []

    def on_page(_index: int) -> None:
        if window.stack.currentWidget() is window.document_page and not shown_once:
            shown_once.append(True)
            window.outline.hide()  # now, not when the dock reports: the window's minimum
            window.navigator_dock.show()  # width would count both lists for a moment
            _widen_when_shown(window)

    window.stack.currentChanged.connect(on_page)
    # the navigator lists every page too: while it is open, the outline's list would be a
    # second list of the same places, taking the editor's width
    dock = window.navigator_dock
    dock.visibilityChanged.connect(lambda _visible: window.outline.setVisible(dock.isHidden()))
    view = getattr(window, "view_menu", None)
    if view is not None:
        view.addAction(window.navigator_dock.toggleViewAction())
    navigator.activated.connect(lambda part, node_id: go_to(window, part, node_id))
    editor = window.document_page
    window.document_margin = CheckMargin(editor)
    # on the checks' results and when the editor is written anew, not at every key: the
    # margin's marks follow the typing by themselves (check_margin.py)
    window.checks.updated.connect(lambda: show_findings(window))
    editor.rebuilt.connect(lambda: show_findings(window))
    editor.cursorPositionChanged.connect(lambda: hint_row(window))


def hint_row(window: MainWindow) -> None:
    """The cursor come into a table's row: the status bar says which, and what Tab does
    there (the Operative part page says it on its hint line)."""
    from delegate_editor.ui.table_rows import where

    editor = window.document_page
    place = editor.current()
    node = window.ctl.find(place.part, place.node_id) if place is not None else None
    row = getattr(node, "row", None)
    if not row or getattr(editor, "_hinted", "") == place.node_id:
        editor._hinted = place.node_id if row else ""
        return
    editor._hinted = place.node_id
    window.statusBar().showMessage(where(row, window.ctl.labels().get(place.node_id, "")), 8000)


class _OnFirstShow(QObject):
    """Runs ``then`` once, after the window is first shown (its docks have their sizes)."""

    def __init__(self, window: MainWindow, then) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _widen_when_shown(window: MainWindow) -> None:
    """Room for "3. Requests the Secretary-General ..." in the navigator, taken from the
    editor: set once the window is on screen, as a dock's size given before is lost."""
    dock = window.navigator_dock
    width = window.navigator.fontMetrics().horizontalAdvance("M") * 15

    def widen() -> None:
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)

    if window.isVisible():
        QTimer.singleShot(0, widen)
    else:
        _OnFirstShow(window, widen)


def go_to(window: MainWindow, part: str, node_id: str) -> None:
    """A navigator row chosen: the paragraph in the Document page, or the page of its part."""
    if part in ("preamble", "operative"):
        window.show_page("document")
        if node_id:
            window.document_page.go_to(node_id, 0)
        window.document_page.setFocus()
    elif node_id:
        window.jump_to_paragraph(part, node_id)
    else:
        window.show_page(part)


def show_findings(window: MainWindow) -> None:
    """The latest findings on the navigator's rows and beside their paragraphs' text."""
    findings = [f for f in window.checks.findings if f.node_id]
    window.navigator.mark(findings)
    by_node: dict[str, list] = {}
    for finding in findings:
        by_node.setdefault(finding.node_id, []).append(finding)
    marks = []
    block = window.document_page.document().begin()
    while block.isValid():
        place = blocks.place_of(block)
        for finding in by_node.get(place.node_id if place else "", []):
            marks.append(
                Mark(
                    block.position(), block.position() + block.length() - 1, finding.severity, finding.message
                )
            )
        block = block.next()
    window.document_margin.set_marks(marks)
