"""Keys that text boxes must not keep for themselves (issue 22, faults 1 and 6).

One undo history, whatever has focus (fault 1).

A QLineEdit or QTextEdit claims Ctrl+Z and Ctrl+Shift+Z for its own undo list, so with the
cursor in a paragraph's text box the key undid characters behind the draft's back and the
change came back as a *new* edit (Redo lost, footnote marks orphaned). This filter hands
those keys to the window's Undo and Redo actions, which run the draft's QUndoStack.

Alt+Down in a drop-down list opens it, as everywhere else, instead of moving a paragraph.

Alt+key never types (fault 6). When the shortcut system does not see Alt+4 (after the
completion list of an opening phrase had the keyboard, the window is not the active one),
the key reached the paragraph's text box, which typed "4". Such a key now runs the window's
action for it, or nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
_ALT = Qt.KeyboardModifier.AltModifier
# on macOS, Option (Qt's Alt) is how "@", "€" or "©" are typed on many layouts: it must type
ALT_NEVER_TYPES = sys.platform != "darwin"
_CTRL = Qt.KeyboardModifier.ControlModifier  # Ctrl+Alt is AltGr on Windows: it types "@", "€"


class TextKeysFilter(QObject):
    """Installed on the application; acts only on text widgets of ``window``."""

    def __init__(self, window: QWidget, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.undo = undo
        self.redo = redo
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if kind == QEvent.Type.ShortcutOverride and self._opens_list(obj, event):
            event.accept()  # Alt+Down opens the list here; it moves a paragraph elsewhere
            return False
        if not isinstance(obj, _TEXT_WIDGETS) or obj.window() is not self.window:
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            action = self.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            action = self.redo
        elif ALT_NEVER_TYPES and event.modifiers() & _ALT and not event.modifiers() & _CTRL and event.text():
            return self._alt_key(kind, event)
        else:
            return False
        # the widget's own undo must never run: trigger the draft's action here, once
        if kind == QEvent.Type.KeyPress:
            if action.isEnabled():
                action.trigger()
            return True
        event.accept()  # "the widget takes this key", so the window's shortcut stays quiet
        return False

    def _alt_key(self, kind: QEvent.Type, event: QKeyEvent) -> bool:
        """Alt+key that reached a text box: the window's action for it, never a character."""
        if kind == QEvent.Type.ShortcutOverride:
            return False  # let the shortcut system try first
        pressed = QKeySequence(event.keyCombination())
        for action in self.window.findChildren(QAction):
            if action.isEnabled() and any(
                k.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for k in action.shortcuts()
            ):
                action.trigger()
                break
        return True

    def _opens_list(self, obj: QObject, event: QEvent) -> bool:
        """Alt+Up or Alt+Down in a drop-down list (organ, distribution, on behalf of)."""
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Up, Qt.Key.Key_Down) or event.modifiers() != _ALT:
            return False
        combo = obj if isinstance(obj, QComboBox) else obj.parent()
        return isinstance(combo, QComboBox) and combo.window() is self.window
