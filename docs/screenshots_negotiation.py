# ruff: noqa: E402 (imports follow the path and Qt set-up)
"""The user guide's picture of the negotiation panel (docs/images/negotiation-panel.png):
A/RES/80/15 made a zero draft, with the proposals of three delegations on its OP1.

    QT_QPA_PLATFORM=xcb xvfb-run -a python docs/screenshots_negotiation.py
"""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("DELEGATE_EDITOR_HOME", tempfile.mkdtemp())
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
from PySide6.QtWidgets import QApplication

import delegate_editor.ui  # noqa: F401 (the PySide6 work-around comes first)

app = QApplication(sys.argv)
from corpus_drafts import adopted

from delegate_editor.model.negotiation import Edit, Proposal, ProposalKind, paragraph_text, start_negotiation
from delegate_editor.model.proposals import words_proposal
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.negotiation_panel import NegotiationPanel
from delegate_editor.ui.session import DocumentSession

draft = adopted(ROOT / "tests" / "data" / "corpus", "A_RES_80_15")
neg = start_negotiation(draft)
op1 = draft.operative_paragraphs()[0]
at = paragraph_text(op1).index("sovereign ")
neg.proposals += [
    words_proposal(op1, (Edit(at, at + len("sovereign "), ""),), ["EU"]),
    words_proposal(op1, (Edit(at, at + len("sovereign"), "independent"),), ["Chile"]),
    Proposal(
        ProposalKind.NEW_PARAGRAPH,
        op1.id,
        ["Mexico"],
        part="operative",
        opening="Calls upon",
        text="all States to support the Agency in its work;",
    ),
]
panel = NegotiationPanel(Controller(DocumentSession(draft)))
panel.resize(520, 360)
panel.show()
panel.show_paragraph(op1.id)
app.processEvents()
panel.grab().save(str(ROOT / "docs" / "images" / "negotiation-panel.png"))
print("saved negotiation-panel")

# The whole window in negotiation mode (docs/images/negotiation-window.png): the copies the
# EU (Word's XML) and Mexico (an ODT) sent back imported through the Negotiation menu, the
# operative list with the labels in their status colours, the Proposals dock on OP1 and the
# compilation in the preview. Run under Xvfb at 1280x800 for this one:
#     QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" python docs/screenshots_negotiation.py
import subprocess
import zipfile
from io import BytesIO

from PySide6.QtCore import QTimer

from delegate_editor.formats.docx_writer import write_docx
from delegate_editor.formats.odt_writer import write_odt
from delegate_editor.model.versions import as_new_draft
from delegate_editor.storage.settings import Settings
from delegate_editor.ui.main_window import MainWindow
from delegate_editor.ui.negotiation_menu import import_returned, show_compilation

sys.path.insert(0, str(ROOT / "tests" / "ui"))
from ui_helpers import ScriptedAsker  # noqa: E402


def rezip(raw: bytes, part: str, old: str, new: str) -> bytes:
    src, out = zipfile.ZipFile(BytesIO(raw)), BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, data.decode().replace(old, new, 1).encode() if info.filename == part else data)
    return out.getvalue()


def settle(ms: int) -> None:
    done: list[int] = []
    QTimer.singleShot(ms, lambda: done.append(1))
    while not done:
        app.processEvents()


zero = as_new_draft(adopted(ROOT / "tests" / "data" / "corpus", "A_RES_80_15"))
folder = Path(tempfile.mkdtemp())
(folder / "eu.docx").write_bytes(
    rezip(write_docx(zero), "word/document.xml", "all sovereign States", "all States")
)
(folder / "mexico.odt").write_bytes(
    rezip(write_odt(zero), "content.xml", "memorandums of understanding", "arrangements")
)
asker = ScriptedAsker(
    open=[str(folder / "eu.docx"), str(folder / "mexico.odt")], **{"Returned copy": ["EU", "Mexico"]}
)
w = MainWindow(settings=Settings(delegation="Mexico"), asker=asker)
w._set_session(DocumentSession(zero))
w.show()
w.move(0, 0)
w.resize(1280, 770)
import_returned(w)
import_returned(w)
w.show_page("operative")
w.operative_page.select(w.ctl.draft.operative_paragraphs()[0].id)
show_compilation(w, True)
w.negotiation_dock.raise_()
settle(8000)
subprocess.run(
    ["import", "-window", "root", str(ROOT / "docs" / "images" / "negotiation-window.png")], check=True
)
print("saved negotiation-window")
w.preview_dock.raise_()
settle(3000)
subprocess.run(
    ["import", "-window", "root", str(ROOT / "docs" / "images" / "negotiation-compilation.png")], check=True
)
print("saved negotiation-compilation")
