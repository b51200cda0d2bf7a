"""Who is in the group and where, and who proposed what (issue 21 item 5).

The Members dock lists each member online with the paragraph they are in (PP3, OP5), from
the group's awareness; the History of proposals lists every proposal with its member, when
this window first had it, its paragraph and its words. A row activated (double-click or
Enter) goes to the paragraph.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegate_editor.model.negotiation import ProposalKind
from delegate_editor.ui.group_session import GroupSession
from delegate_editor.ui.i18n import translate

PLACE = Qt.ItemDataRole.UserRole  # (part, paragraph id) of a row


def status_text(session: GroupSession | None) -> str:
    """The status bar's words for the connection: never colour alone."""
    if session is None:
        return ""
    if session.status == "online":
        n = max(len(session.members), 1)
        return (
            translate("MembersPanel", "Online · 1 member")
            if n == 1
            else translate("MembersPanel", "Online · {n} members").format(n=n)
        )
    if session.status == "reconnecting":
        return translate("MembersPanel", "Reconnecting…")
    if session.status == "connecting":
        return translate("MembersPanel", "Connecting…")
    if session.status == "refused":
        return translate("MembersPanel", "Not admitted to the group")
    return translate("MembersPanel", "Offline, changes kept")


class MembersPanel(QWidget):
    """The Members dock's content."""

    goTo = Signal(str, str)  # noqa: N815 part, paragraph id

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.state = QLabel(self.tr("Not in a group: File ▸ Join Group…"))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Connection"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Members online and their paragraphs"))
        self.list.itemActivated.connect(self._activated)
        layout.addWidget(self.state)
        layout.addWidget(self.list)

    def show_session(self, session: GroupSession | None) -> None:
        self.state.setText(status_text(session) or self.tr("Not in a group: File ▸ Join Group…"))
        self.list.clear()
        if session is None:
            return
        me = session.membership.member
        for member in session.members:
            name = str(member.get("name", ""))
            part, paragraph = str(member.get("part", "")), str(member.get("paragraph", ""))
            label = session.label_of(paragraph)
            where = label or self.tr("no paragraph")
            text = self.tr("{name} — {where}").format(name=name, where=where)
            if name == me:
                text = self.tr("{member} (you)").format(member=text)
            item = QListWidgetItem(text)
            item.setData(PLACE, (part, paragraph))
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        part, paragraph = item.data(PLACE)
        if paragraph:
            self.goTo.emit(part, paragraph)


def _what(proposal) -> str:
    if proposal.kind is ProposalKind.DELETE_PARAGRAPH:
        return translate("MembersPanel", "Delete the paragraph")
    return proposal.proposed_text()


class HistoryDialog(QDialog):
    """Who proposed what: one row a proposal, newest first."""

    def __init__(self, parent: QWidget, session: GroupSession, go_to: Callable[[str, str], None]) -> None:
        super().__init__(parent)
        self.setObjectName("proposalsHistory")
        self.setWindowTitle(self.tr("Who proposed what"))
        self.session, self._go_to = session, go_to
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Time"), self.tr("Paragraph"), self.tr("Proposal")]
        )
        self.table.setAccessibleName(self.tr("Proposals, newest first"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._activated)
        layout.addWidget(self.table)
        self.resize(760, 360)
        session.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        draft = self.session.ctl.draft
        proposals = list(draft.negotiation.proposals) if draft.negotiation else []
        seen = self.session.first_seen
        proposals.sort(key=lambda p: seen[p.id].timestamp() if seen.get(p.id) else 0, reverse=True)
        self.table.setRowCount(len(proposals))
        for row, proposal in enumerate(proposals):
            when = seen.get(proposal.id)
            time = when.strftime("%H:%M:%S") if when else ""
            if proposal.made is not None:
                time = proposal.made.isoformat() + (f" {time}" if time else "")
            part = _part_of(self.session, proposal.target)
            label = self.session.label_of(proposal.target) or self.session.label_of(proposal.new_id)
            for column, text in enumerate((proposal.by, time, label, _what(proposal))):
                item = QTableWidgetItem(text)
                item.setData(PLACE, (part, proposal.target))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _activated(self, item: QTableWidgetItem) -> None:
        part, paragraph = item.data(PLACE)
        if part and paragraph:
            self._go_to(part, paragraph)


def _part_of(session: GroupSession, paragraph: str) -> str:
    for part in ("preamble", "operative", "annexes"):
        if paragraph and session.ctl.find(part, paragraph) is not None:
            return part
    return ""
