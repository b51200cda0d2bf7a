"""Tab order through the main window (issue 22): the navigator or the outline (whichever is
shown: the navigator lists the same pages), then the page being edited from
top to bottom, then the docks in the order of their tabs (Phrases, Preview, Checks, History,
Comments), each dock's controls together.

Qt's default order is the order the widgets were made in, and the docks were made in another
order than their tabs show (History before Checks; Comments, added last, after the dock tab
bar). Inside a paragraph list or a paragraph's text, Tab indents: Ctrl+Tab moves on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

DOCKS = ("phrase_dock", "preview_dock", "checks_dock", "history_dock", "comments_dock")


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can move the focus to ``widget``."""
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def focusables(container: QWidget) -> list[QWidget]:
    """``container`` and the widgets inside it that Tab can reach, in their chain order."""
    out: list[QWidget] = [container] if takes_tab(container) else []
    widget = container.nextInFocusChain()
    seen = {id(container)}
    while id(widget) not in seen:
        seen.add(id(widget))
        if takes_tab(widget) and container.isAncestorOf(widget):
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def chain(window: MainWindow) -> list[QWidget]:
    """The order Tab follows through the window, hidden widgets included (Qt skips them)."""
    widgets = [window.outline, *focusables(window.stack)]  # the navigator goes first (its wiring)
    for name in DOCKS:
        dock = getattr(window, name, None)
        if dock is not None:
            widgets += focusables(dock.widget())
    return widgets


def install(window: MainWindow) -> None:
    widgets = chain(window)
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
