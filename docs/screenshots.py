# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""Drive the real window into each state of the user guide and grab it.

Run under Xvfb from the repository root, so the pictures show a real window:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1440x900x24" python docs/screenshots.py

It writes docs/images/guide-1.png ... guide-8.png and app-main.png, using the test suite's
scripted dialogs so no question blocks it, and a throw-away settings folder.
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

import delegate_editor.ui  # noqa: F401 (the PySide6 work-around comes first)

app = QApplication(sys.argv)
from ui_helpers import ScriptedAsker

from delegate_editor.resources import resource
from delegate_editor.storage import dres
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.footnotes_panel import CITATIONS
from delegate_editor.ui.main_window import MainWindow

OUT = str(ROOT / "docs" / "images")
ex = dres.load(resource("examples", "cybercrime.dres"))
asker = ScriptedAsker(**{"New draft": "Commission on Crime Prevention and Criminal Justice (Vienna)"})
w = MainWindow(settings=Settings(), asker=asker)
w.resize(1440, 860)
w.show()


def settle(ms=400):
    end = QTimer()
    end.setSingleShot(True)
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(1))
    while not loop_done:
        app.processEvents()


def shot(n):
    settle(600)
    w.grab().save(f"{OUT}/guide-{n}.png")
    print("saved", n)


def raise_dock(d):
    d.show()
    d.raise_()


w.new_draft()
settle()
# 1: the front matter, filled in
ctl = w.ctl
for path in (
    "front.body",
    "front.session",
    "front.venue_dates",
    "front.agenda.number",
    "front.agenda.title",
    "front.agenda.symbol",
):
    obj = ex
    for part in path.split("."):
        obj = getattr(obj, part)
    ctl.edit_field(path, obj, path, typing=False)
ctl.edit_field("front.agenda.provisional", True, "provisional", typing=False)
ctl.edit_field("front.symbol", ex.front.symbol, "symbol", typing=False)
ctl.edit_field("front.date", ex.front.date, "date", typing=False)
ctl.edit_field("recommendation", ex.recommendation, "recommendation", typing=False)
ctl.edit_field("title", ex.title, "title", typing=False)
ctl.edit_field("authoring", ex.authoring, "authoring", typing=False)
w.show_page("front")
raise_dock(w.preview_dock)
shot(1)

# 2: sponsors from a pasted email list
w.show_page("sponsors")
sp = w.sponsors_page
sp.paste_box.setPlainText("Brazil, China, India, Russia and South Africa")
sp.recognise()
sp.add_pasted()
sp.name.setText("Turkey")
shot(2)
sp.name.clear()

# 3: preamble with the palette
w.show_page("preamble")
raise_dock(w.phrase_dock)
page = w.preamble_page
for para in ex.preamble:
    ctl.insert_node(
        "preamble",
        ctl.draft.preamble[-1].id if ctl.draft.preamble else None,
        type(para)(opening=para.opening, text=para.text),
        "Insert paragraph",
    )
page.select(ctl.draft.preamble[1].id)
w.palette.search.setText("recall")
shot(3)

# 4: operative part; third "Requests" with the palette on "requests"
w.show_page("operative")
for para in ex.operative:
    items = ctl.draft.operative
    ctl.insert_node(
        "operative",
        items[-1].id if items else None,
        type(para)(opening=para.opening, text=para.text),
        "Insert paragraph",
    )
opage = w.operative_page
opage.select(ctl.draft.operative[5].id)
w.palette.search.setText("requests")
shot(4)

# 5: a footnote with a citation template
opage.select(ctl.draft.operative[0].id)
opage.text.moveCursor(QTextCursor.MoveOperation.End)
asker.answers["Insert footnote"] = ["x"]
w.insert_footnote()
w.show_page("footnotes")
w.footnotes_page.apply_template(CITATIONS[2][1])
shot(5)

# 6: the checks dock
w.show_page("operative")
opage.select(ctl.draft.operative[4].id)
raise_dock(w.checks_dock)
w.checks.recheck()
w.checks.list.setCurrentRow(0)
shot(6)

# 7: the live preview
raise_dock(w.preview_dock)
w.page_renderer.render_now()
settle(1500)
shot(7)
w.preview.set_zoom(1.0)
settle(1200)
shot(8)

# the README's picture: the operative part beside the printed pages
w.show_page("operative")
opage.select(ctl.draft.operative[3].id)
from delegate_editor.ui.preview import FIT_WIDTH

w.preview.set_zoom(FIT_WIDTH)
settle(1500)
w.grab().save(f"{OUT}/app-main.png")
print("saved app-main")
asker.answers["Unsaved changes"] = ["Discard"]
w.close()
