"""Deciding on proposals in the app: accept, reject, withdraw and a paragraph's status, one
undo step each.

Accepting a proposal changes the text (and may add or remove a paragraph) and the
negotiation together, so the command keeps both as they were before and after, as the
structural commands keep a part (``ui/commands.PartCommand``), and swaps fresh copies in:
undo restores exactly the previous state however many edits came between. The deciding
itself is the model's (``model/proposals.py``), run on a copy when the command is made.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import Negotiation, ParagraphStatus, ProposalStatus
from delegate_editor.model.proposals import accept, decide
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller

_PARTS = ("preamble", "operative", "annexes")


def _state(draft: Draft) -> tuple[Any, ...]:
    return copy.deepcopy((*(getattr(draft, p) for p in _PARTS), draft.negotiation))


class NegotiationCommand(QUndoCommand):
    """One decision: ``action`` is run on a copy of the draft's body and negotiation."""

    def __init__(self, ctl: Controller, label: str, action: Callable[[Draft], Any]) -> None:
        super().__init__(label)
        self.ctl = ctl
        self.before = _state(ctl.draft)
        work = copy.copy(ctl.draft)
        *parts, work.negotiation = copy.deepcopy(self.before)
        for name, items in zip(_PARTS, parts, strict=True):
            setattr(work, name, items)
        self.result = action(work)
        self.after = _state(work)

    def _apply(self, state: tuple[Any, ...]) -> None:
        *parts, negotiation = copy.deepcopy(state)
        self.ctl.draft.negotiation = negotiation
        for name, items in zip(_PARTS, parts, strict=True):
            if items != getattr(self.ctl.draft, name):
                self.ctl.apply_part(name, items, None)
        self.ctl.changed.emit()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


def _negotiation(ctl: Controller) -> Negotiation:
    if ctl.draft.negotiation is None:
        raise ValueError("the draft is not under negotiation")
    return ctl.draft.negotiation


def accept_proposal(ctl: Controller, proposal_id: str) -> list[str]:
    """Accept a proposal (one undo step); the ids of the proposals that now collide with it.
    ValueError (nothing pushed) when it cannot be accepted."""
    who = _negotiation(ctl).proposal(proposal_id).by
    label = translate("NegotiationCommands", "Accept the proposal by {who}").format(who=who)
    cmd = NegotiationCommand(ctl, label, lambda d: accept(d, proposal_id))
    ctl.stack.push(cmd)
    return [p.id for p in cmd.result]


def decide_proposal(ctl: Controller, proposal_id: str, status: ProposalStatus) -> None:
    """Reject or withdraw a proposal (one undo step)."""
    who = _negotiation(ctl).proposal(proposal_id).by
    label = {
        ProposalStatus.REJECTED: translate("NegotiationCommands", "Reject the proposal by {who}"),
        ProposalStatus.WITHDRAWN: translate("NegotiationCommands", "Withdraw the proposal by {who}"),
    }.get(status, translate("NegotiationCommands", "Decide on the proposal by {who}"))
    ctl.stack.push(NegotiationCommand(ctl, label.format(who=who), lambda d: decide(d, proposal_id, status)))


def set_status(ctl: Controller, paragraph_id: str, status: ParagraphStatus) -> None:
    """Mark a paragraph open, bracketed, agreed ad ref or agreed (one undo step)."""
    _negotiation(ctl)
    if ctl.draft.negotiation.state(paragraph_id).status is status:
        return
    label = {
        ParagraphStatus.OPEN: translate("NegotiationCommands", "Mark the paragraph open"),
        ParagraphStatus.BRACKETED: translate("NegotiationCommands", "Mark the paragraph bracketed"),
        ParagraphStatus.AGREED_AD_REF: translate("NegotiationCommands", "Mark the paragraph agreed ad ref"),
        ParagraphStatus.AGREED: translate("NegotiationCommands", "Mark the paragraph agreed"),
    }[status]
    ctl.stack.push(NegotiationCommand(ctl, label, lambda d: d.negotiation.set_status(paragraph_id, status)))
