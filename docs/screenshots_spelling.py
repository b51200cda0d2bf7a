# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of spelling (docs/images/spelling.png): an operative paragraph
typed with "Organisation" and "program", the context menu open on "program".

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_spelling.py
"""

from PySide6.QtCore import QTimer
from screenshot_setup import settle, shoot

from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow
from delegate_editor.ui.spelling import spelling_actions

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
QTimer.singleShot(
    1200,
    lambda: (
        shoot("spelling.png"),
        menu.close(),
    ),
)
menu.exec(text.viewport().mapToGlobal(pos))
