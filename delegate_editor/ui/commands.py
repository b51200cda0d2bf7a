"""Every change to the draft is one of these QUndoCommands on the window's QUndoStack.

The UI never assigns to the model directly: it asks :class:`~delegate_editor.ui.controller.
Controller` to push a command. Commands name paragraphs by id and replace whole parts with
copies for structural edits (``ui/restructure.py``), so undo and redo restore exactly the
previous state however many edits came between. Consecutive typing in one field or one
paragraph merges into one command (``id``/``mergeWith``), as in any word processor.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QUndoCommand

from delegate_editor.ui import restructure
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller

# the front matter and sponsors fields as Edit ▸ Undo names them ("Undo Edit symbol"): the
# forms pass these English names, SetFieldCommand shows them through translate("Fields", ...)
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Fields", "organ"),
    QT_TRANSLATE_NOOP("Fields", "symbol"),
    QT_TRANSLATE_NOOP("Fields", "distribution"),
    QT_TRANSLATE_NOOP("Fields", "date"),
    QT_TRANSLATE_NOOP("Fields", "original language"),
    QT_TRANSLATE_NOOP("Fields", "job number"),
    QT_TRANSLATE_NOOP("Fields", "language"),
    QT_TRANSLATE_NOOP("Fields", "kind of text"),
    QT_TRANSLATE_NOOP("Fields", "resolution, decision or note"),
    QT_TRANSLATE_NOOP("Fields", "draft amended"),
    QT_TRANSLATE_NOOP("Fields", "layout"),
    QT_TRANSLATE_NOOP("Fields", "body"),
    QT_TRANSLATE_NOOP("Fields", "session"),
    QT_TRANSLATE_NOOP("Fields", "venue and dates"),
    QT_TRANSLATE_NOOP("Fields", "agenda item"),
    QT_TRANSLATE_NOOP("Fields", "provisional agenda"),
    QT_TRANSLATE_NOOP("Fields", "agenda symbol"),
    QT_TRANSLATE_NOOP("Fields", "agenda item title"),
    QT_TRANSLATE_NOOP("Fields", "recommendation"),
    QT_TRANSLATE_NOOP("Fields", "title"),
    QT_TRANSLATE_NOOP("Fields", "lead-in"),
    QT_TRANSLATE_NOOP("Fields", "authoring line"),
    QT_TRANSLATE_NOOP("Fields", "sponsors"),
    QT_TRANSLATE_NOOP("Fields", "submitted by"),
    QT_TRANSLATE_NOOP("Fields", "on behalf of"),
    QT_TRANSLATE_NOOP("Fields", "annex"),
)


def sealed(command: QUndoCommand) -> bool:
    """Whether later typing must start an undo step of its own (``Controller.seal_typing``:
    a word replaced from the spelling menu is one step, neither the typing before nor after)."""
    return getattr(command, "sealed", False)


FIELD_TYPING = 1001
PARAGRAPH_TYPING = 1002


class SetFieldCommand(QUndoCommand):
    """Change one value of the draft named by a dotted path ("front.agenda.number")."""

    def __init__(self, ctl: Controller, path: str, value: Any, label: str, typing: bool) -> None:
        super().__init__(translate("Commands", "Edit {field}").format(field=translate("Fields", label)))
        self.ctl = ctl
        self.path = path
        self.old = ctl.get_field(path)
        self.new = value
        self.typing = typing

    def id(self) -> int:
        return FIELD_TYPING if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if (
            sealed(self)
            or not isinstance(other, SetFieldCommand)
            or other.path != self.path
            or not other.typing
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.ctl.apply_field(self.path, self.new)

    def undo(self) -> None:
        self.ctl.apply_field(self.path, self.old)


class SetParagraphCommand(QUndoCommand):
    """Change the opening phrase or the text of one paragraph."""

    def __init__(
        self, ctl: Controller, part: str, node_id: str, attr: str, value: Any, label: str, typing: bool
    ) -> None:
        super().__init__(label)
        self.ctl = ctl
        self.part = part
        self.node_id = node_id
        self.attr = attr
        self.old = getattr(ctl.node(part, node_id), attr)
        self.new = value
        self.typing = typing

    def id(self) -> int:
        return PARAGRAPH_TYPING if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if (
            sealed(self)
            or not isinstance(other, SetParagraphCommand)
            or not other.typing
            or (other.part, other.node_id, other.attr) != (self.part, self.node_id, self.attr)
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.ctl.apply_paragraph(self.part, self.node_id, self.attr, self.new)

    def undo(self) -> None:
        self.ctl.apply_paragraph(self.part, self.node_id, self.attr, self.old)


class PartCommand(QUndoCommand):
    """A structural edit of one part (insert, delete, duplicate, move, indent, drop, ...).

    ``edit`` changes a copy of the part's list; the command keeps the list before and after
    and swaps fresh copies in, so later edits can never alter what undo restores."""

    def __init__(
        self,
        ctl: Controller,
        part: str,
        label: str,
        edit: Callable[[list], str | None],
        select_before: str | None,
    ) -> None:
        super().__init__(label)
        self.ctl = ctl
        self.part = part
        self.before = restructure.clone_list(ctl.part_items(part))
        after = restructure.clone_list(self.before)
        self.select_after = edit(after)
        self.after = after
        self.select_before = select_before

    def redo(self) -> None:
        self.ctl.apply_part(self.part, restructure.clone_list(self.after), self.select_after)

    def undo(self) -> None:
        self.ctl.apply_part(self.part, restructure.clone_list(self.before), self.select_before)


class FootnotesCommand(QUndoCommand):
    """Replace the footnote table (a note added or its text edited)."""

    def __init__(self, ctl: Controller, notes: dict, label: str, typing_id: str = "") -> None:
        super().__init__(label)
        self.ctl = ctl
        self.old = dict(ctl.session.draft.footnotes)
        self.new = notes
        self.typing_id = typing_id

    def id(self) -> int:
        return 1003 if self.typing_id else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if sealed(self) or not isinstance(other, FootnotesCommand) or other.typing_id != self.typing_id:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.ctl.apply_footnotes(dict(self.new))

    def undo(self) -> None:
        self.ctl.apply_footnotes(dict(self.old))
