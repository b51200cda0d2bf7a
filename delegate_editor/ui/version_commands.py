"""The draft's base and versions changed as one undo step each.

Save Version…, Revise (Rev.N), Set Base Text…, Rename and Delete change what the draft
keeps of its history (``Draft.base``, ``Draft.versions``) and, for a revision, how it prints
(``kind`` and the ``/Rev.n`` symbol). Each is a :class:`HistoryCommand` on the controller's
QUndoStack, so Undo takes it back as it takes back typing, and the edit history names it.
The changes themselves are the model's (:mod:`delegate_editor.model.versions`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from delegate_editor.conventions.messages import Said
from delegate_editor.model import versions as model_versions
from delegate_editor.model.document import DocumentKind, Draft, Version
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller

VERSIONS_PATH = "versions"  # the path fieldChanged names when the base or versions change


@dataclass(frozen=True)
class HistoryState:
    """What the commands change; the base and versions are snapshots nobody edits, so
    keeping the objects (not copies) is enough for undo."""

    base: Draft | None
    versions: tuple[Version, ...]
    kind: DocumentKind
    symbol: str

    @classmethod
    def of(cls, draft: Draft) -> HistoryState:
        return cls(draft.base, tuple(draft.versions), draft.kind, draft.front.symbol)


class HistoryCommand(QUndoCommand):
    """One change of the draft's history, applied by ``change`` to the live draft once to
    learn its result; redo and undo then swap the states in."""

    def __init__(self, ctl: Controller, label: str, change: Callable[[Draft], object]) -> None:
        super().__init__(label)
        self.ctl = ctl
        draft = ctl.draft
        self.before = HistoryState.of(draft)
        try:
            self.result = change(draft)
            self.after = HistoryState.of(draft)
        finally:
            self._restore(self.before)

    def _restore(self, state: HistoryState) -> None:
        draft = self.ctl.draft
        draft.base = state.base
        draft.versions = list(state.versions)
        draft.kind = state.kind
        draft.front.symbol = state.symbol

    def _apply(self, state: HistoryState) -> None:
        draft = self.ctl.draft
        kind, symbol = draft.kind, draft.front.symbol
        draft.base = state.base
        draft.versions = list(state.versions)
        if kind != state.kind:
            self.ctl.apply_field("kind", state.kind)
        if symbol != state.symbol:
            self.ctl.apply_field("front.symbol", state.symbol)
        self.ctl.fieldChanged.emit(VERSIONS_PATH)
        self.ctl.changed.emit()

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


def _push(ctl: Controller, label: str, change: Callable[[Draft], object]) -> object:
    command = HistoryCommand(ctl, label, change)
    ctl.stack.push(command)
    return command.result


def save_version(ctl: Controller, name: str) -> Version:
    """Keep the draft as it stands under ``name`` (ValueError for an empty name, its line a
    catalogue message so the dialog shows it in the interface language)."""
    if not " ".join(name.split()):
        raise ValueError(Said("version.no-name"))  # worded where shown
    clean = " ".join(name.split())
    return _push(
        ctl,
        translate("VersionCommands", "Save version “{name}”").format(name=clean),
        lambda d: model_versions.take_version(d, clean),
    )


def revise(ctl: Controller) -> int:
    """``version --revise``: the text as issued kept as a version and made the base; the
    draft prints as the next revision. Returns its number."""
    return _push(ctl, translate("VersionCommands", "Revise"), model_versions.revise)


def next_revision(draft: Draft) -> int:
    """The number Revise would give (for the button's label)."""
    return model_versions.revision_number(draft.front.symbol) + 1


def set_base(ctl: Controller, base: Draft) -> None:
    _push(ctl, translate("VersionCommands", "Set base text"), lambda d: model_versions.set_base(d, base))


def rename_version(ctl: Controller, index: int, name: str) -> None:
    clean = " ".join(name.split())
    if not clean:
        raise ValueError(Said("version.no-name"))  # worded where shown

    def change(draft: Draft) -> None:
        draft.versions[index] = dataclasses.replace(draft.versions[index], name=clean)

    _push(ctl, translate("VersionCommands", "Rename version to “{name}”").format(name=clean), change)


def delete_version(ctl: Controller, index: int) -> None:
    name = ctl.draft.versions[index].name
    _push(
        ctl,
        translate("VersionCommands", "Delete version “{name}”").format(name=name),
        lambda d: d.versions.pop(index),
    )
