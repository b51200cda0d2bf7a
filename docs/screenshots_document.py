# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of the document editor (docs/images/document-editor.png): the
bundled example draft on the Document page, the preview beside it.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_document.py
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
sys.path[:0] = [str(ROOT)]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import delegate_editor.ui  # noqa: F401 (the PySide6 work-around comes first)

app = QApplication(sys.argv)
from delegate_editor.resources import resource
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow


def settle(ms: int) -> None:
    done: list[int] = []
    QTimer.singleShot(ms, lambda: done.append(1))
    while not done:
        app.processEvents()


w = MainWindow(settings=Settings(delegation="Mexico"))
w.show()
w.move(0, 0)
w.resize(1280, 770)
w.open_path(resource("examples", "cybercrime.dres"))
w.show_page("document")
ops = w.ctl.draft.operative_paragraphs()
w.document_page.go_to(ops[0].id, 0)
w.document_page.setFocus()
settle(6000)
subprocess.run(["import", "-window", "root", str(ROOT / "docs" / "images" / "document-editor.png")], check=True)
print("saved document-editor")
