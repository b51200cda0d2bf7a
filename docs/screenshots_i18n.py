# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The main window with its interface in French and in Spanish (issue 20 item 4), each on a
real resolution of that language, for the user guide's "The interface in French or Spanish".

Run under Xvfb from the repository root:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_i18n.py

It writes docs/images/interface-fr.png and interface-es.png. The interface language is read
once at start-up, so each language is a fresh process (this script starts itself again).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
# a real text in each language (tests/data/languages/SOURCES.md names where it comes from)
TEXTS = {
    "fr": ROOT / "tests" / "data" / "languages" / "fr-S-RES-2374-2017.txt",
    "es": ROOT / "tests" / "data" / "languages" / "es-S-RES-1589-2005.txt",
}


def shoot(code: str) -> None:
    os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
    sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]
    from PySide6.QtCore import QTimer

    import delegate_editor.ui  # noqa: F401 (the PySide6 work-around comes first)
    from delegate_editor.ui import i18n
    from delegate_editor.ui.app import application

    app = application()
    i18n.install(app, code)  # what ui.app.run does with the Preferences' choice
    from ui_helpers import ScriptedAsker

    from delegate_editor.storage.settings import Settings
    from delegate_editor.ui.main_window import MainWindow

    w = MainWindow(settings=Settings(interface_language=code), asker=ScriptedAsker())
    w.resize(1280, 780)
    w.show()
    w.open_path(TEXTS[code], ask_save=False)
    w.show_page("preamble")  # the excerpts are preambles (the file names their source)

    def settle(ms: int) -> None:
        done = []
        QTimer.singleShot(ms, lambda: done.append(1))
        while not done:
            app.processEvents()

    settle(2500)  # the preview typesets in the background
    w.grab().save(str(OUT / f"interface-{code}.png"))
    print("saved", code)
    w.ctl.stack.setClean()
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        shoot(sys.argv[1])
    else:
        for code in TEXTS:
            subprocess.run([sys.executable, __file__, code], check=True)
