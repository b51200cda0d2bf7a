"""Taking the group's draft into the window while keeping as much of the undo history as
is safe.

Every step on the undo stack keeps the part of the draft it changed as it was before and
after (a paragraph's text, a whole part's list, the negotiation, the comments). Undoing a
step after another member changed *the same* part would put that part back as it was,
removing the other member's work, and the next publication would send that removal to the
group as if this member had made it. So the group's draft is compared with the window's
part by part: the parts that changed are set in place (the pages follow the controller's
signals, as after undo), and the history is kept when no step on it holds any of them,
which is the common case of a penholder typing while proposals and comments arrive. When
a step does hold one, the history starts again from the group's draft (the History dock
says so). A change the controller has no signal for (the front matter, the sponsors) is
taken by replacing the draft, which also starts a new history.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from delegate_editor.model.document import Draft
from delegate_editor.ui.commands import FootnotesCommand, PartCommand, SetFieldCommand, SetParagraphCommand
from delegate_editor.ui.comments_panel import CommentsCommand
from delegate_editor.ui.negotiation_commands import NegotiationCommand
from delegate_editor.ui.session import DocumentSession

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller

PARTS = ("preamble", "operative", "annexes")
IN_PLACE = {*PARTS, "footnotes", "comments", "negotiation"}
PRIVATE = {"base", "versions", "sync"}  # the window's own: never taken from the group
EVERYTHING = None


def changed_parts(current: Draft, new: Draft) -> set[str]:
    """The draft's fields whose values differ (dataclass equality, field by field)."""
    names = (f.name for f in dataclasses.fields(Draft) if f.name not in PRIVATE)
    return {name for name in names if getattr(current, name) != getattr(new, name)}


def held_by(command: QUndoCommand) -> set[str] | None:
    """The draft's fields a step keeps before and after; None for a step that may keep
    any (one this module does not know)."""
    if isinstance(command, SetFieldCommand):
        return {command.path.split(".")[0]}
    if isinstance(command, SetParagraphCommand | PartCommand):
        return {command.part}
    if isinstance(command, FootnotesCommand):
        return {"footnotes"}
    if isinstance(command, CommentsCommand):
        return {"comments"}
    if isinstance(command, NegotiationCommand):
        return {*PARTS, "negotiation"}
    if command.childCount():  # a macro: what its steps hold
        held: set[str] = set()
        for i in range(command.childCount()):
            child = held_by(command.child(i))
            if child is None:
                return None
            held |= child
        return held
    return EVERYTHING


def history_holds(ctl: Controller, fields: set[str]) -> bool:
    """Whether any step, done or undone, keeps one of ``fields``."""
    for i in range(ctl.stack.count()):
        held = held_by(ctl.stack.command(i))
        if held is None or held & fields:
            return True
    return False


def adopt(ctl: Controller, new: Draft) -> bool:
    """Put ``new`` (the group's draft, the window's private fields already copied into it)
    into the window; True when the undo history was kept."""
    fields = changed_parts(ctl.draft, new)
    if not fields:
        return True
    if not fields <= IN_PLACE:
        old = ctl.session
        ctl.replace_draft(DocumentSession(new, path=old.path, source=old.source, disk=old.disk))
        return False
    kept = not history_holds(ctl, fields)
    if not kept:
        ctl.stack.clear()
    ctl.seal_typing()  # the next key starts a step of its own, after the group's change
    draft = ctl.draft
    if "negotiation" in fields:
        draft.negotiation = new.negotiation  # read by the panels when the parts below signal
    if "comments" in fields:
        ctl.apply_field("comments", new.comments)
    if "footnotes" in fields:
        ctl.apply_footnotes(new.footnotes)
    for part in PARTS:
        if part in fields:
            ctl.apply_part(part, getattr(new, part), None)
    ctl.changed.emit()
    return kept
