"""Dragging paragraphs in the document editor (issue 23 item 3): a selection across
paragraphs dropped elsewhere in the same part moves those paragraphs, whole, as one undo step.

QTextEdit would move the selected *characters*: it deletes them and inserts them at the drop,
two edits under the model's feet that split and merge paragraphs at random. Here a drop
coming from this editor is turned into the paragraph moves the Preamble and Operative pages'
lists make by drag and drop (``restructure.move_to``): each paragraph the selection touches
goes, with its sub-paragraphs, before the paragraph under the drop point (after it when the
drop is inside that paragraph's text rather than at its start), in the order they stood.
Text dragged in from another program is pasted through the importer's rules
(``paste_in.py``) as QTextEdit's own drop does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDropEvent

from delegate_editor.ui import restructure
from delegate_editor.ui.document import blocks, selection
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.document.editor import DocumentEditor


def moved(editor: DocumentEditor) -> tuple[str, list[str]] | None:
    """The part and the paragraphs a drag of the selection moves (each with its
    sub-paragraphs, so a sub-paragraph whose paragraph moves is not named again); None when
    the selection is inside one paragraph or spans both parts."""
    touched = selection.spanned(editor)
    parts = {place.part for place, _s, _e in touched}
    if len(parts) != 1:
        return None
    part = parts.pop()
    chosen = {place.node_id for place, _s, _e in touched}
    out: list[str] = []
    carried: list[int] = []  # depths of the chosen paragraphs whose children go with them
    for row in restructure.flatten(editor.ctl.part_items(part)):
        while carried and carried[-1] >= row.depth:
            carried.pop()
        if row.id in chosen and not carried:
            out.append(row.id)
        if row.id in chosen or carried:
            carried.append(row.depth)
    return part, out


def drop(editor: DocumentEditor, event: QDropEvent) -> bool:
    """Move the selected paragraphs to the drop point; False when this drop is not such a
    move (from another program, or a selection inside one paragraph), for QTextEdit."""
    if event.source() not in (editor, editor.viewport()):  # Qt names either as the drag's source
        return False
    found = moved(editor)
    if found is None:
        return False
    part, ids = found
    event.setDropAction(Qt.DropAction.CopyAction)  # the source must not delete anything
    event.accept()
    cursor = editor.cursorForPosition(event.position().toPoint())
    place = blocks.place_of(cursor.block())
    inside = {
        r.id for i in ids for r in restructure.flatten([restructure.find(editor.ctl.part_items(part), i)])
    }
    if place is None or place.part != part or place.node_id in inside:
        return True  # onto the front lines, the other part or itself: nothing moves
    after = cursor.positionInBlock() > 0
    ctl = editor.ctl
    ctl.stack.beginMacro(translate("DocumentEditor", "Drag paragraphs"))
    try:
        target = place.node_id
        for node_id in ids:
            ctl.move_to(part, node_id, target, after)
            target, after = node_id, True  # the next goes after the one just moved
    finally:
        ctl.stack.endMacro()
    editor.rebuild(ids[0])
    editor.go_to(ids[0], 0)
    return True
