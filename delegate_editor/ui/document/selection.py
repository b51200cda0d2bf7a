"""A selection across paragraphs in the document editor: copied out whole, deleted as one
undo step.

Copy (and Cut) of a selection that spans paragraphs puts those paragraphs on the clipboard
as other programs want them (``app/copy_out.py``): plain text numbered as printed with
their notes, and HTML with italics, indents and linked notes. Deleting such a selection
(Backspace, Delete, typing over it, Cut) keeps the start of the first paragraph and the end
of the last, joined when both are of one kind, and removes the paragraphs between, as a word
processor does; one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData

from delegate_editor.app.copy_out import copy_html, copy_text
from delegate_editor.model.text import normalize, plain_text
from delegate_editor.ui import restructure
from delegate_editor.ui.document import blocks, structure
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.document.editor import DocumentEditor


def spanned(editor: DocumentEditor) -> list[tuple[blocks.Place, int, int]]:
    """(paragraph, start, end within its block) of each paragraph the selection touches,
    when it touches more than one; [] otherwise."""
    cursor = editor.textCursor()
    if not cursor.hasSelection():
        return []
    doc = editor.document()
    first, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
    if first == last:
        return []
    out = []
    block = first
    while block.isValid():
        place = blocks.place_of(block)
        start = cursor.selectionStart() - block.position() if block == first else 0
        end = cursor.selectionEnd() - block.position() if block == last else block.length() - 1
        if place is not None:
            out.append((place, start, end))
        if block == last:
            break
        block = block.next()
    return out


def mime_for(editor: DocumentEditor) -> QMimeData | None:
    """The paragraphs a selection spans, as plain text and HTML; None for a selection
    inside one paragraph (the editor copies its characters itself)."""
    touched = spanned(editor)
    if not touched:
        return None
    ids = [place.node_id for place, _s, _e in touched]
    draft = editor.ctl.draft
    mime = QMimeData()
    mime.setText(copy_text(draft, ids))
    mime.setHtml(copy_html(draft, ids))
    return mime


def delete(editor: DocumentEditor) -> bool:
    """Delete a selection that spans paragraphs (one undo step); False when it does not."""
    touched = spanned(editor)
    if not touched:
        return False
    (first, start, _), (last, _, end) = touched[0], touched[-1]
    first_block, last_block = editor.block_of(first.node_id), editor.block_of(last.node_id)
    language = editor.ctl.draft.front.language
    opening, head = blocks.split_shown(blocks.read(first_block, 0, start), first.kind, language)
    tail = blocks.read(last_block, end)
    joined = first.kind == last.kind and first.part == last.part
    last_opening, last_text = blocks.split_shown(tail, last.kind, language)
    ctl = editor.ctl
    ctl.stack.beginMacro(translate("DocumentEditor", "Delete the selection"))
    try:
        for part in ("preamble", "operative"):
            gone = [p.node_id for p, _s, _e in (touched[1:] if joined else touched[1:-1]) if p.part == part]
            edits = {}
            if first.part == part:
                seam = structure.seam_of(head, tail) if joined and tail else ()
                edits[first.node_id] = (opening, normalize((*head, *seam, *tail)) if joined else head)
            if not joined and last.part == part:
                edits[last.node_id] = (last_opening, last_text)
            if gone or edits:
                ctl.edit_part(
                    part,
                    translate("DocumentEditor", "Delete the selection"),
                    lambda items, gone=gone, edits=edits: _apply(items, gone, edits),
                    first.node_id,
                )
    finally:
        ctl.stack.endMacro()
    editor.rebuild(first.node_id)
    editor.go_to(
        first.node_id,
        len(plain_text(head)) + (len(opening) + 1 if opening else 0),
    )
    return True


def _apply(items: list, gone: list[str], edits: dict) -> str | None:
    changed = False
    for node_id in gone:
        changed = restructure.delete(items, node_id) or changed
    for node_id, (opening, text) in edits.items():
        node = restructure.find(items, node_id)
        if node is None:
            continue
        if hasattr(node, "opening"):
            node.opening = opening
        node.text = text
        changed = True
    return next(iter(edits), "") if changed else None
