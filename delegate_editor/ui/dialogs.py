"""Every question the app asks the user goes through an :class:`Asker`.

The window never calls QMessageBox or QFileDialog directly, so tests can drive the app as a
user does and answer its questions with a scripted asker, and every message stays one clear
line plus detail, never a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


def sentence(message: str) -> str:
    """A message as the user reads it: "returned.odt: Not an ODT file (...)". The readers and
    writers say "FILE: problem" in lower case for the command line; a dialog starts the
    problem, or the message when it names no file, with a capital."""
    head, sep, rest = message.partition(": ")
    if sep and rest and ("/" in head or "\\" in head or Path(head).suffix):
        return f"{head}{sep}{rest[:1].upper()}{rest[1:]}"
    return message[:1].upper() + message[1:]


class Asker:
    """Real dialogs."""

    def question(
        self, parent: QWidget | None, title: str, text: str, buttons: list[str], default: str = ""
    ) -> str:
        """Ask with named buttons; the name of the chosen one ("" if the box was closed).
        The last button is the cancelling one (Escape)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        made = {}
        for i, name in enumerate(buttons):
            role = (
                QMessageBox.ButtonRole.RejectRole
                if i == len(buttons) - 1
                else QMessageBox.ButtonRole.AcceptRole
            )
            made[box.addButton(name, role)] = name
        for button, name in made.items():
            if name == default:
                box.setDefaultButton(button)
        box.exec()
        return made.get(box.clickedButton(), "")

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def open_path(self, parent: QWidget | None, caption: str, folder: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, caption, folder, filters)[0]

    def save_path(self, parent: QWidget | None, caption: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, caption, suggested, filters)[0]

    def choose(self, parent: QWidget | None, title: str, label: str, items: list[str]) -> str:
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return value if ok else ""

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        result, ok = QInputDialog.getText(parent, title, label, text=value)
        return result if ok else None
