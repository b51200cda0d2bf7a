"""Pasting into the document editor: text from Word, a web page or a UN PDF lands as the
importer reads it (``app/paste.py``), so a pasted resolution body becomes preambular and
operative paragraphs with their openings, sub-paragraphs and footnotes, in one undo step.

Where it lands: preambular paragraphs after the preambular paragraph the cursor is in (or
at the end of the preamble), operative paragraphs after the operative paragraph the cursor
is in (or at the end of the operative part), lettered items alone into the operative
paragraph at the cursor, annexes after the others. One paragraph of running text is typed in
at the cursor like any text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData

from delegate_editor.app.paste import Pasted, paste
from delegate_editor.errors import InputError
from delegate_editor.model.document import Operative
from delegate_editor.model.text import plain_text
from delegate_editor.ui import restructure
from delegate_editor.ui.commands import FootnotesCommand
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.document.editor import DocumentEditor


def paste_into(editor: DocumentEditor, source: QMimeData) -> bool:
    """Insert what ``source`` carries; False when it is one line of text for the editor to
    type in itself."""
    text = source.text() if source.hasText() else ""
    html = source.html() if source.hasHtml() else ""
    if "\n" not in text.strip() and not html:
        return False
    try:
        pasted = paste(text=text, html=html)
    except InputError:
        return False  # nothing the importer reads: typed in as plain text
    if pasted.empty:
        return True
    if pasted.inline and not (pasted.preamble or pasted.operative or pasted.subs):
        editor.insertPlainText(plain_text(pasted.inline))
        return True
    _structured(editor, pasted)
    return True


def _structured(editor: DocumentEditor, pasted: Pasted) -> None:
    ctl = editor.ctl
    place = editor.current()
    last = None
    ctl.stack.beginMacro(translate("DocumentEditor", "Paste paragraphs"))
    try:
        if pasted.draft.lead_in and not ctl.draft.lead_in and not ctl.draft.operative_paragraphs():
            # "Resolves that:" with its clauses: the draft takes the lead-in, as an import does
            ctl.edit_field(
                "lead_in", pasted.draft.lead_in, translate("DocumentEditor", "lead-in"), typing=False
            )
        if pasted.draft.lettered and not ctl.draft.operative_paragraphs():
            # a decision's lettered parts pasted into a draft with no operative paragraph
            # yet: the draft takes their letters, as an import of the same text does
            ctl.edit_field("lettered", True, translate("DocumentEditor", "lettered parts"), typing=False)
        if pasted.footnotes:
            notes = {**ctl.draft.footnotes, **pasted.footnotes}
            ctl.stack.push(FootnotesCommand(ctl, notes, translate("DocumentEditor", "Paste footnotes")))
        for part, nodes in (("preamble", pasted.preamble), ("operative", pasted.operative)):
            if not nodes:
                continue
            anchor = place.node_id if place is not None and place.part == part else None
            if anchor is not None and part == "operative":
                rows = restructure.flatten(ctl.part_items(part))
                anchor = _top_of(ctl.part_items(part), anchor) if rows else None

            def edit(items: list, nodes=nodes, anchor=anchor) -> str:
                after = anchor
                for node in nodes:
                    restructure.insert_after(items, after, node)
                    after = node.id
                return after

            ctl.edit_part(part, translate("DocumentEditor", "Paste paragraphs"), edit, anchor)
            last = nodes[-1].id
        if pasted.subs and place is not None and place.part == "operative":
            target = _top_of(ctl.part_items("operative"), place.node_id)

            def add_subs(items: list, target=target) -> str | None:
                node = restructure.find(items, target)
                if not isinstance(node, Operative):
                    return None
                node.subs.extend(pasted.subs)
                return pasted.subs[-1].id

            ctl.edit_part(
                "operative", translate("DocumentEditor", "Paste sub-paragraphs"), add_subs, place.node_id
            )
            last = pasted.subs[-1].id
        if pasted.annexes:
            ctl.edit_part(
                "annexes",
                translate("DocumentEditor", "Paste annexes"),
                lambda items: _extend(items, pasted.annexes),
                None,
            )
    finally:
        ctl.stack.endMacro()
    if last:
        editor.rebuild(last)


def _top_of(items: list, node_id: str) -> str:
    """The top-level paragraph that holds ``node_id`` (itself when it is one)."""
    for item in items:
        if item.id == node_id or any(r.id == node_id for r in restructure.flatten([item])):
            return item.id
    return node_id


def _extend(items: list, more: list) -> str:
    items.extend(more)
    return more[-1].id
