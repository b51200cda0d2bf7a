# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""Screenshot of the Comments dock for the user guide's "Comments on paragraphs" section.

Run under Xvfb from the repository root; the picture is the whole X screen, taken with
ImageMagick's ``import`` as in ``docs/screenshots_editing.py``:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_comments.py
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
from ui_helpers import ScriptedAsker

from delegate_editor.resources import resource
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.comments_panel import focus_comments, insert_comment
from delegate_editor.ui.main_window import MainWindow

OUT = ROOT / "docs" / "images"


def settle(ms: int = 500) -> None:
    done: list[int] = []
    QTimer.singleShot(ms, lambda: done.append(1))
    while not done:
        app.processEvents()


def shot(name: str) -> None:
    settle(900)
    subprocess.run(["import", "-window", "root", str(OUT / name)], check=True)
    print("saved", name)


w = MainWindow(settings=Settings(delegation="Costa Rica"), asker=ScriptedAsker())
w.show()
w.move(0, 0)
w.resize(1280, 770)
w.open_path(resource("examples", "cybercrime.dres"))
w.show_page("operative")
page = w.operative_page
remarks = [
    (1, "Costa Rica", "Add a date for the report: “at its twenty-third session”?"),
    (3, "Mexico", "Name the expert group as in resolution 65/230."),
    (0, "Costa Rica", "Agreed with Brazil: keep “Takes note”."),
]
for row, delegation, text in remarks:
    w.settings.delegation = delegation
    page.select(page.model.rows[row].id)
    w.asker.answers["Comment"] = [text]
    insert_comment(w)
focus_comments(w)
w.comments.list.setCurrentRow(0)  # the list follows the paragraphs: paragraph 1's first
w.comments.toggle_resolved()  # agreed: resolved
w.comments.list.setCurrentRow(1)
page.select(page.model.rows[1].id)
focus_comments(w)
shot("comments.png")
w.asker.answers["Unsaved changes"] = ["Discard"]
w.close()
