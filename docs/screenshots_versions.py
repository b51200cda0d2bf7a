# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""Screenshots of the user guide's "Versions and tracked changes" section: the Versions
dialog and the compare view of a draft made from A/RES/80/15 and edited.

Run under Xvfb from the repository root; each picture is the whole X screen, taken with
ImageMagick's ``import`` so window frames and dialogs appear as a user sees them:

    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_versions.py
"""

import tempfile
from pathlib import Path

from screenshot_setup import ROOT, settle, shoot
from ui_helpers import ScriptedAsker

from delegate_editor.app.corpus import without_record
from delegate_editor.model.document import Operative
from delegate_editor.model.text import Run, rich
from delegate_editor.storage.settings import Settings
from delegate_editor.ui import version_commands
from delegate_editor.ui.change_files import new_from_earlier
from delegate_editor.ui.compare_view import show_compare
from delegate_editor.ui.main_window import MainWindow
from delegate_editor.ui.versions_dialog import show_versions

CORPUS = ROOT / "tests" / "data" / "corpus" / "ga-80" / "A_RES_80_15.md"


def shot(name: str) -> None:
    settle(900)
    shoot(name)


source = Path(tempfile.mkdtemp()) / "A_RES_80_15.txt"
source.write_text(without_record(CORPUS.read_text("utf-8")), "utf-8")
w = MainWindow(settings=Settings(delegation="Mexico"), asker=ScriptedAsker(open=str(source)))
w.show()
w.move(0, 0)
w.resize(1280, 770)
new_from_earlier(w)
version_commands.save_version(w.ctl, "zero draft")

# the delegation's edits: words added, a paragraph added, the last moved up, one deleted
ctl = w.ctl
ops = ctl.draft.operative_paragraphs()
first = ops[0]
ctl.edit_paragraph("operative", first.id, "text", (*first.text, Run(" and welcomes its anniversary")), False)
ctl.insert_node(
    "operative",
    ops[1].id,
    Operative("Requests", rich("the Secretary-General to report thereon at its eighty-first session;")),
    "Insert paragraph",
)
ctl.move("operative", ops[-1].id, -3)
ctl.delete("operative", ops[2].id)
version_commands.save_version(ctl, "as tabled (L.12)")

versions = show_versions(w)
versions.move(340, 180)
shot("versions.png")
versions.close()

compare = show_compare(w, older="Base text")
compare.move(60, 40)
compare.resize(1160, 700)
compare.part.setCurrentText("Operative part")
compare.changes.setCurrentRow(1)
shot("compare-view.png")
compare.close()
w.ctl.stack.setClean()
w.close()
