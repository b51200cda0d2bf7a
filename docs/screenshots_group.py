# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of a window online in a co-drafting group
(docs/images/group-online.png): a real ``delegate-editor serve`` on 127.0.0.1, A/80/L.13 shared
by its penholder (Mexico), who joins from the window; the EU and Brazil join in two more
windows and go to OP2 and PP3; the EU's edit of OP2 is its proposal. Mexico's window shows
the status bar's "Online · 3 members", the Members dock and the others' initials beside
their paragraphs.

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_group.py
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "ui")]
from PySide6.QtWidgets import QApplication

import delegate_editor.ui  # noqa: F401 (the PySide6 work-around comes first)

app = QApplication(sys.argv)
from corpus_drafts import corpus_text
from ui_helpers import ScriptedAsker

from delegate_editor.formats.text_import import read_text
from delegate_editor.model.negotiation import start_negotiation
from delegate_editor.storage import dres
from delegate_editor.storage.groups import Membership
from delegate_editor.storage.settings import Settings
from delegate_editor.sync.rooms import Room
from delegate_editor.ui import group_menu
from delegate_editor.ui.main_window import MainWindow
from tests.sync.processes import Server, env


def until(condition, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.02)


folder = Path(tempfile.mkdtemp())
path, data = folder / "A_80_L.13.dres", folder / "rooms"
source = ROOT / "tests" / "data" / "corpus" / "drafts" / "A_80_L.13.txt"
draft = read_text(corpus_text(source), source.name)
draft.negotiation = start_negotiation(draft)
dres.save(draft, path)


def invite(*extra: str) -> str:
    args = [
        sys.executable,
        "-m",
        "delegate_editor",
        "invite",
        str(path),
        "--room",
        "l13",
        "--data",
        str(data),
    ]
    done = subprocess.run([*args, *extra], cwd=ROOT, env=env(), capture_output=True, text=True, check=True)
    return done.stdout.strip()


invite("--penholder", "Mexico")
server = Server(data, folder / "server.log")
windows = []
try:
    mexico = MainWindow(settings=Settings(delegation="Mexico"), asker=ScriptedAsker())
    windows.append(mexico)
    mexico.resize(1280, 760)
    mexico.open_path(path, ask_save=False)
    group_menu.join(mexico, Membership(server.url, "l13", "Mexico", Room(data, "l13").token("dem1")))
    for name in ("EU", "Brazil"):
        other = MainWindow(settings=Settings(delegation=name), asker=ScriptedAsker())
        windows.append(other)
        group_menu.join(other, Membership(server.url, "l13", name, invite()))
    eu, brazil = windows[1], windows[2]
    until(lambda: all(w.group_status.text() == "Online · 3 members" for w in windows), "three members online")
    eu.show_page("operative")
    eu.operative_page.select(eu.ctl.draft.operative[1].id)
    brazil.show_page("preamble")
    brazil.preamble_page.select(brazil.ctl.draft.preamble[2].id)
    text = eu.operative_page.text
    text.moveCursor(text.textCursor().MoveOperation.Start)
    text.insertPlainText("Firmly ")
    until(lambda: mexico.ctl.draft.negotiation.proposals, "the EU's proposal")
    mexico.show()
    mexico.members_dock.raise_()
    mexico.document_page.go_to(mexico.ctl.draft.preamble[0].id, 0)
    until(lambda: len(mexico.presence_margin.places()) == 2, "the others' places in the margin")
    app.processEvents()
    page = mexico.document_page  # PP3 at the top, so that OP2 is in view too
    pp3 = page.block_of(mexico.ctl.draft.preamble[2].id)
    page.verticalScrollBar().setValue(
        int(page.document().documentLayout().blockBoundingRect(pp3).top()) - 120
    )
    app.processEvents()
    mexico.grab().save(str(ROOT / "docs" / "images" / "group-online.png"))
    print("saved group-online")
finally:
    for window in windows:
        group_menu.shutdown(window)
    server.kill()
