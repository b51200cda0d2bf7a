"""What every screenshot script of the user guide does first, in one place: a throw-away
settings folder (the pictures never touch the user's own), the repository and the UI tests'
helpers on the path, PySide6's work-around before the application, one QApplication; then
``settle`` (let the event loop run, as a user waits) and ``shoot`` (the whole X screen, as the
layout notes ask: ``import -window root``). Imported first by ``docs/screenshots_*.py``."""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMAGES = ROOT / "docs" / "images"
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]

from PySide6.QtCore import QTimer  # noqa: E402 (after the path)
from PySide6.QtWidgets import QApplication  # noqa: E402

import delegate_editor.ui  # noqa: E402, F401 (the PySide6 work-around comes first)

app = QApplication.instance() or QApplication(sys.argv)


def settle(ms: int = 500) -> None:
    """Let the event loop run for ``ms`` milliseconds: pages drawn, timers fired."""
    done: list[int] = []
    QTimer.singleShot(ms, lambda: done.append(1))
    while not done:
        app.processEvents()


def shoot(name: str) -> None:
    """The screen as it is now, saved as ``docs/images/<name>``."""
    subprocess.run(["import", "-window", "root", str(IMAGES / name)], check=True)
    print("saved", name)


def window_on(corpus_file: str):
    """The main window the pictures show, 1440 by 860 at the screen's corner, with a text of
    the corpus imported (``corpus_file`` under ``tests/data/corpus``: "drafts/A_C.6_80_L.8.txt")."""
    from delegate_editor.storage.settings import Settings
    from delegate_editor.ui.main_window import MainWindow

    w = MainWindow(settings=Settings(delegation="Mexico"))
    w.move(0, 0)
    w.resize(1440, 860)
    w.show()
    assert w.open_path(ROOT / "tests" / "data" / "corpus" / corpus_file, ask_save=False)
    return w
