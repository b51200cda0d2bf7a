# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a convention in an annex (docs/images/annex-articles.png):
A/C.6/80/L.8 imported from the corpus, the Annexes page on article 2's first numbered
paragraph, its "Number from 1 again here" box ticked, and the preview beside it.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots_annex.py
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
from delegate_editor.model.text import plain_text
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow


def settle(ms: int) -> None:
    done: list[int] = []
    QTimer.singleShot(ms, lambda: done.append(1))
    while not done:
        app.processEvents()


w = MainWindow(settings=Settings(delegation="Mexico"))
w.move(0, 0)
w.resize(1440, 860)
w.show()
assert w.open_path(ROOT / "tests" / "data" / "corpus" / "drafts" / "A_C.6_80_L.8.txt", ask_save=False)
w.show_page("annexes")
page = w.annex_page
paragraphs = w.ctl.draft.annexes[0].paragraphs
first_of_article_2 = next(p for p in paragraphs if plain_text(p.text).startswith("\u201cConsignor\u201d"))
page.select(first_of_article_2.id)
settle(2500)
subprocess.run(
    ["import", "-window", "root", str(ROOT / "docs" / "images" / "annex-articles.png")], check=True
)
print("saved annex-articles")
