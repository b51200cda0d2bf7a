# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of spelling (docs/images/spelling.png): an operative paragraph
typed with "Organisation" and "program", the context menu open on "program".

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_spelling.py
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import delegate_editor.ui  # noqa: F401 (the PySide6 work-around comes first)

app = QApplication(sys.argv)
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow
from delegate_editor.ui.spelling import spelling_actions


def settle(ms: int) -> None:
    done: list[int] = []
    QTimer.singleShot(ms, lambda: done.append(1))
    while not done:
        app.processEvents()


w = MainWindow(settings=Settings(delegation="Mexico"))
w.show()
w.move(0, 0)
w.resize(1280, 770)
w.show_page("operative")
w.actions_by_name["add"].trigger()
from PySide6.QtTest import QTest

QTest.keyClicks(w.operative_page.opening, "Invites")
w.operative_page.opening.completer().popup().hide()  # the phrase list's popup, not wanted here
text = w.operative_page.text
text.setFocus()
text.insertPlainText(
    "the Organisation for Economic Co-operation and Development to support the program of work of the Centre;"
)
settle(1500)
cursor = text.textCursor()
cursor.setPosition(text.toPlainText().index("program ") + 3)
pos = text.cursorRect(cursor).center()
menu = text.createStandardContextMenu(pos)
spelling_actions(text, w.spelling, menu, pos)
QTimer.singleShot(1200, lambda: (subprocess.run(["import", "-window", "root", str(ROOT / "docs" / "images" / "spelling.png")], check=True), menu.close()))
menu.exec(text.viewport().mapToGlobal(pos))
print("saved spelling")
