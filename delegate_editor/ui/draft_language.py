"""The draft's language in the window: the phrase palette and the completion lists follow it.

The front-matter form edits ``front.language`` like any other field (an undoable command);
this keeps the palette showing that language's phrases, and the opening editors completing
them, when the field changes, on undo and redo, and when a whole draft is opened. The main
window's docks call :func:`follow` once (``ui/docks.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from delegate_editor.ui.controller import Controller
from delegate_editor.ui.palette import PhrasePalette


class _Completing(Protocol):
    def refresh_phrases(self) -> None: ...


def follow(ctl: Controller, palette: PhrasePalette, editors: Iterable[_Completing] = ()) -> None:
    """Keep ``palette`` and the opening ``editors``' completion in the language of the draft."""
    editors = tuple(editors)

    def update(path: str = "front.language") -> None:
        if path != "front.language":
            return
        palette.set_language(ctl.draft.front.language)
        for editor in editors:
            editor.refresh_phrases()

    ctl.fieldChanged.connect(update)
    ctl.draftReplaced.connect(update)
    update()
