"""The negotiation mode's panel: the selected paragraph's label and status, its proposals
with their authors, Accept and Reject (one undo step each, ``negotiation_commands``), and
the "open paragraphs only" filter for the paragraph list.

The main window shows it as a dock and tells it which paragraph is selected
(:meth:`NegotiationPanel.show_paragraph`); the paragraph list asks :func:`caption` and
:func:`status_colour` for each paragraph's label and colour, and :func:`open_ids` for the
filter. Everything it shows is read from the model (``model/negotiation.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import (
    ParagraphStatus,
    Proposal,
    ProposalKind,
    ProposalStatus,
    labels,
)
from delegate_editor.ui.controller import Controller
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.negotiation_commands import accept_proposal, decide_proposal, set_status

# a paragraph's colour in the list: contested red, open amber, agreed ad ref blue, agreed green
COLOURS = {
    ParagraphStatus.BRACKETED: "#c62828",
    ParagraphStatus.OPEN: "#ef6c00",
    ParagraphStatus.AGREED_AD_REF: "#1565c0",
    ParagraphStatus.AGREED: "#2e7d32",
}
STATUS_NAMES = {  # shown through translate("NegotiationPanel", ...)
    ParagraphStatus.OPEN: QT_TRANSLATE_NOOP("NegotiationPanel", "Open"),
    ParagraphStatus.BRACKETED: QT_TRANSLATE_NOOP("NegotiationPanel", "Bracketed"),
    ParagraphStatus.AGREED_AD_REF: QT_TRANSLATE_NOOP("NegotiationPanel", "Agreed ad ref"),
    ParagraphStatus.AGREED: QT_TRANSLATE_NOOP("NegotiationPanel", "Agreed"),
}


_DECISIONS = {  # a proposal's state as the list shows it, through translate("NegotiationPanel", ...)
    ProposalStatus.PENDING: QT_TRANSLATE_NOOP("NegotiationPanel", "pending"),
    ProposalStatus.ACCEPTED: QT_TRANSLATE_NOOP("NegotiationPanel", "accepted"),
    ProposalStatus.REJECTED: QT_TRANSLATE_NOOP("NegotiationPanel", "rejected"),
    ProposalStatus.WITHDRAWN: QT_TRANSLATE_NOOP("NegotiationPanel", "withdrawn"),
    ProposalStatus.MERGED: QT_TRANSLATE_NOOP("NegotiationPanel", "merged"),
}


def status_colour(draft: Draft, node_id: str) -> QColor:
    neg = draft.negotiation
    status = neg.state(node_id).status if neg else ParagraphStatus.OPEN
    return QColor(COLOURS[status])


def caption(draft: Draft, node_id: str) -> str:
    """ "OP3bis · agreed ad ref · 2 proposals" for the paragraph list."""
    neg = draft.negotiation
    if neg is None:
        return ""
    parts = [labels(draft).get(node_id, "")]
    status = neg.state(node_id).status
    if status is not ParagraphStatus.OPEN:
        parts.append(translate("NegotiationPanel", STATUS_NAMES[status]).lower())
    if count := len(neg.on(node_id)):
        parts.append(
            translate("NegotiationPanel", "1 proposal")
            if count == 1
            else translate("NegotiationPanel", "{n} proposals").format(n=count)
        )
    return " · ".join(p for p in parts if p)


def open_ids(draft: Draft) -> set[str]:
    """The paragraphs the "open paragraphs only" filter keeps: not agreed, or with pending
    proposals on or after them."""
    neg = draft.negotiation
    if neg is None:
        return set()
    out = set()
    for node_id in labels(draft):
        agreed = neg.state(node_id).status in (ParagraphStatus.AGREED, ParagraphStatus.AGREED_AD_REF)
        if not agreed or neg.on(node_id):
            out.add(node_id)
    out |= {p.target for p in neg.proposals if p.pending and p.kind is ProposalKind.NEW_PARAGRAPH}
    return out


def describe(proposal: Proposal, base: str = "") -> str:
    """One line for the list: who, what, and its state."""
    if proposal.kind is ProposalKind.WORDS:
        changes = [
            f"“{proposal.base[e.start : e.end].strip()}” → “{e.text.strip()}”"
            if e.start != e.end and e.text.strip()
            else translate("NegotiationPanel", "delete “{words}”").format(
                words=proposal.base[e.start : e.end].strip()
            )
            if e.start != e.end
            else translate("NegotiationPanel", "add “{words}”").format(words=e.text.strip())
            for e in proposal.edits
        ]
        what = "; ".join(changes)
    elif proposal.kind is ProposalKind.NEW_PARAGRAPH:
        what = translate("NegotiationPanel", "new paragraph after it: “{text}”").format(
            text=proposal.proposed_text()[:80]
        )
    elif proposal.kind is ProposalKind.DELETE_PARAGRAPH:
        what = translate("NegotiationPanel", "delete the paragraph")
    else:
        what = translate("NegotiationPanel", "alternative: “{text}”").format(
            text=proposal.proposed_text()[:80]
        )
    state = "" if proposal.pending else f" [{translate('NegotiationPanel', _DECISIONS[proposal.status])}]"
    if proposal.pending and proposal.collides_with:
        state = " [" + translate("NegotiationPanel", "collides with an accepted change") + "]"
    return f"{proposal.by}: {what}{state}"


class NegotiationPanel(QWidget):
    filterChanged = Signal(bool)  # noqa: N815 (Qt naming) "open paragraphs only"

    def __init__(self, ctl: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = ctl
        self.node_id = ""
        self.heading = QLabel()
        self.status = QComboBox()
        for status, name in STATUS_NAMES.items():
            self.status.addItem(translate("NegotiationPanel", name), status)
        self.status.setAccessibleName(self.tr("Paragraph status"))
        self.proposals = QListWidget()
        self.proposals.setAccessibleName(self.tr("Proposals on the paragraph"))
        self.proposals.setWordWrap(True)
        self.accept = QPushButton(self.tr("&Accept"))
        self.reject = QPushButton(self.tr("&Reject"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.only_open = QCheckBox(self.tr("&Open paragraphs only"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept)
        buttons.addWidget(self.reject)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.proposals, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.only_open)
        self.accept.clicked.connect(self._accept)
        self.reject.clicked.connect(lambda: self._decide(ProposalStatus.REJECTED))
        self.status.activated.connect(self._status)
        self.proposals.currentItemChanged.connect(lambda *_: self._buttons())
        self.only_open.toggled.connect(self.filterChanged)
        ctl.changed.connect(self.refresh)
        ctl.draftReplaced.connect(self.refresh)
        self.refresh()

    def show_paragraph(self, node_id: str) -> None:
        self.node_id = node_id
        self.message.clear()
        self.refresh()

    def _shown(self) -> list[Proposal]:
        neg = self.ctl.draft.negotiation
        if neg is None or not self.node_id:
            return []
        new = [p for p in neg.proposals if p.kind is ProposalKind.NEW_PARAGRAPH and p.target == self.node_id]
        return neg.on(self.node_id, pending_only=False) + new

    def refresh(self) -> None:
        draft = self.ctl.draft
        neg = draft.negotiation
        self.setEnabled(neg is not None)
        current = self.proposals.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else ""
        self.proposals.clear()
        if neg is None or not self.node_id:
            self.heading.setText(
                self.tr("No paragraph selected") if neg is not None else self.tr("Not under negotiation")
            )
            self._buttons()
            return
        self.heading.setText(caption(draft, self.node_id) or self.tr("A paragraph"))
        colour = status_colour(draft, self.node_id).name()
        self.heading.setStyleSheet(f"color: {colour}; font-weight: bold")
        self.status.setCurrentIndex(self.status.findData(neg.state(self.node_id).status))
        for proposal in self._shown():
            item = QListWidgetItem(describe(proposal))
            item.setData(Qt.ItemDataRole.UserRole, proposal.id)
            self.proposals.addItem(item)
            if proposal.id == keep:
                self.proposals.setCurrentItem(item)
        if self.proposals.currentItem() is None:
            pending = [i for i in range(self.proposals.count()) if self._proposal(i).pending]
            if pending:
                self.proposals.setCurrentRow(pending[0])
        self._buttons()

    def _proposal(self, row: int) -> Proposal:
        assert self.ctl.draft.negotiation is not None
        item = self.proposals.item(row)
        return self.ctl.draft.negotiation.proposal(item.data(Qt.ItemDataRole.UserRole))

    def selected(self) -> Proposal | None:
        row = self.proposals.currentRow()
        return self._proposal(row) if row >= 0 else None

    def _buttons(self) -> None:
        proposal = self.selected()
        pending = proposal is not None and proposal.pending
        self.accept.setEnabled(pending and not proposal.collides_with)
        self.reject.setEnabled(pending)

    def _accept(self) -> None:
        proposal = self.selected()
        if proposal is None:
            return
        try:
            collided = accept_proposal(self.ctl, proposal.id)
        except ValueError as exc:
            self.message.setText(str(exc).capitalize() + ".")
            return
        neg = self.ctl.draft.negotiation
        assert neg is not None
        names = ", ".join(neg.proposal(i).by for i in collided)
        self.message.setText(
            self.tr("Now colliding with it: the proposal by {names}.").format(names=names)
            if collided
            else self.tr("Accepted.")
        )

    def _decide(self, status: ProposalStatus) -> None:
        proposal = self.selected()
        if proposal is not None:
            decide_proposal(self.ctl, proposal.id, status)
            self.message.setText(translate("NegotiationPanel", _DECISIONS[status]).capitalize() + ".")

    def _status(self) -> None:
        if self.node_id:
            set_status(self.ctl, self.node_id, ParagraphStatus(self.status.currentData()))
