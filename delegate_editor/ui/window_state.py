"""The main window's size, place, docks and toolbar, kept in the settings between runs
(as base64 text of Qt's saved geometry and state)."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def _unb64(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return QByteArray()


def restore_layout(window: MainWindow) -> None:
    """The saved geometry and dock state, or a first-run size."""
    geometry = _unb64(window.settings.window_geometry)
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
        fit_to_screen(window)
    else:
        window.resize(1280, 820)
    state = _unb64(window.settings.window_state)
    if not state.isEmpty():
        window.restoreState(state)


def fit_to_screen(window: MainWindow) -> None:
    """A saved size larger than the screen (a long label once widened the window, issue
    22 fault 9) is brought back within it rather than restored off the edge."""
    room = window.screen().availableGeometry()
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    if frame.width() > room.width() or frame.height() > room.height():
        window.resize(
            min(window.width(), room.width() - extra_w), min(window.height(), room.height() - extra_h)
        )
        window.move(room.topLeft())


def remember_layout(window: MainWindow) -> None:
    """Put the window's geometry and state in its settings (the caller saves them)."""
    window.settings.window_geometry = _b64(window.saveGeometry())
    window.settings.window_state = _b64(window.saveState())
