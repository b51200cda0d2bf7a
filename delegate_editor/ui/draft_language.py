"""The draft's language in the window: the phrase palette follows it.

The front-matter form edits ``front.language`` like any other field (an undoable command);
this keeps the palette showing that language's phrases when the field changes, on undo and
redo, and when a whole draft is opened. The main window calls :func:`follow` once.
"""

from __future__ import annotations

from delegate_editor.ui.controller import Controller
from delegate_editor.ui.palette import PhrasePalette


def follow(ctl: Controller, palette: PhrasePalette) -> None:
    """Keep ``palette`` in the language of ``ctl``'s draft."""

    def update(path: str = "front.language") -> None:
        if path == "front.language":
            palette.set_language(ctl.draft.front.language)

    ctl.fieldChanged.connect(update)
    ctl.draftReplaced.connect(update)
    update()
