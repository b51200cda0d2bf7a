"""The negotiation panel driven as a penholder drives it, on A/RES/80/15 with the proposals
three delegations made: select a paragraph, click Accept or Reject, undo, mark a paragraph
agreed, filter the open paragraphs. Each decision is one undo step."""

from __future__ import annotations

import pytest
from corpus_drafts import adopted
from PySide6.QtCore import Qt

from delegate_editor.model.negotiation import (
    Edit,
    ParagraphStatus,
    Proposal,
    ProposalKind,
    paragraph_text,
    start_negotiation,
)
from delegate_editor.model.proposals import words_proposal
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.negotiation_panel import NegotiationPanel, caption, open_ids
from delegate_editor.ui.session import DocumentSession


@pytest.fixture
def panel(qtbot, corpus_dir):
    draft = adopted(corpus_dir, "A_RES_80_15")
    neg = start_negotiation(draft)
    op1 = draft.operative_paragraphs()[0]
    text = paragraph_text(op1)
    at = text.index("sovereign ")
    neg.proposals += [
        words_proposal(op1, (Edit(at, at + len("sovereign "), ""),), ["EU"]),
        words_proposal(op1, (Edit(at, at + len("sovereign"), "independent"),), ["Chile"]),
    ]
    new = Proposal(
        ProposalKind.NEW_PARAGRAPH,
        op1.id,
        ["Mexico"],
        part="operative",
        opening="Calls upon",
        text="all States to support the Agency in its work;",
    )
    new.new_id = "mexico-1"
    neg.proposals.append(new)
    ctl = Controller(DocumentSession(draft))
    widget = NegotiationPanel(ctl)
    qtbot.addWidget(widget)
    widget.resize(520, 360)
    widget.show()
    widget.show_paragraph(op1.id)
    return widget


def _texts(panel) -> list[str]:
    return [panel.proposals.item(i).text() for i in range(panel.proposals.count())]


def test_accept_rebases_says_who_collides_and_undoes_in_one_step(panel, qtbot):
    ctl = panel.ctl
    op1 = ctl.draft.operative_paragraphs()[0]
    before = paragraph_text(op1)
    assert panel.heading.text() == "OP1 · 2 proposals"
    assert _texts(panel)[0] == "EU: delete “sovereign”"
    assert _texts(panel)[2].startswith("Mexico: new paragraph after it: “Calls upon all States")
    panel.proposals.setCurrentRow(0)
    qtbot.mouseClick(panel.accept, Qt.MouseButton.LeftButton)
    assert paragraph_text(ctl.draft.operative_paragraphs()[0]).endswith(
        "in force for all States of the region;"
    )
    assert panel.message.text() == "Now colliding with it: the proposal by Chile."
    assert _texts(panel)[1].endswith("[collides with an accepted change]")
    panel.proposals.setCurrentRow(1)
    assert not panel.accept.isEnabled() and panel.reject.isEnabled()
    assert ctl.stack.count() == 1
    ctl.stack.undo()
    assert paragraph_text(ctl.draft.operative_paragraphs()[0]) == before
    assert all(p.pending and not p.collides_with for p in ctl.draft.negotiation.proposals)
    ctl.stack.redo()
    assert paragraph_text(ctl.draft.operative_paragraphs()[0]) != before


def test_accepting_a_new_paragraph_and_rejecting(panel, qtbot):
    ctl = panel.ctl
    count = len(ctl.draft.operative_paragraphs())
    panel.proposals.setCurrentRow(2)
    qtbot.mouseClick(panel.accept, Qt.MouseButton.LeftButton)
    ops = ctl.draft.operative_paragraphs()
    assert len(ops) == count + 1 and ops[1].id == "mexico-1" and ops[1].opening == "Calls upon"
    panel.show_paragraph("mexico-1")
    assert panel.heading.text() == "OP1bis"
    panel.show_paragraph(ops[0].id)
    panel.proposals.setCurrentRow(1)
    qtbot.mouseClick(panel.reject, Qt.MouseButton.LeftButton)
    assert [p.status.value for p in ctl.draft.negotiation.proposals] == ["pending", "rejected", "accepted"]
    assert ctl.stack.count() == 2
    ctl.stack.undo()
    ctl.stack.undo()
    assert len(ctl.draft.operative_paragraphs()) == count
    assert [p.status.value for p in ctl.draft.negotiation.proposals] == ["pending"] * 3


def test_status_and_the_open_paragraphs_filter(panel, qtbot):
    ctl = panel.ctl
    draft = ctl.draft
    op2 = draft.operative_paragraphs()[1]
    panel.show_paragraph(op2.id)
    with qtbot.waitSignal(panel.filterChanged) as signal:
        panel.only_open.setChecked(True)
    assert signal.args == [True]
    assert op2.id in open_ids(draft)
    panel.status.setCurrentIndex(panel.status.findData(ParagraphStatus.AGREED))
    panel.status.activated.emit(panel.status.currentIndex())
    assert draft.negotiation.state(op2.id).status is ParagraphStatus.AGREED
    assert op2.id not in open_ids(draft) and caption(draft, op2.id) == "OP2 · agreed"
    assert draft.operative_paragraphs()[0].id in open_ids(draft)  # agreed or not, it has proposals
    ctl.stack.undo()
    assert draft.negotiation.state(op2.id).status is ParagraphStatus.OPEN


def test_the_panel_grabs_for_the_user_guide(panel, tmp_path):
    """docs/screenshots_negotiation.py takes the user guide's picture of this panel so."""
    image = panel.grab()
    assert not image.isNull() and image.width() >= 400
    assert image.save(str(tmp_path / "negotiation-panel.png"))
