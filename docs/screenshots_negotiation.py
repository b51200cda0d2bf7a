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
