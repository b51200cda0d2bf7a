"""Comments coming back from a DOCX or ODT file onto the draft's paragraphs.

A draft keeps comments (``model/comments.py``), so a reviewer's comment in Word or
LibreOffice is taken in rather than only reported: it is put on the paragraph whose text it
stands in (matched by text, as a reader would, since a co-sponsor's file carries no ids).
Our own export coming back keeps each comment as it was (its id, date and resolved state)
when the file still holds it; one the co-sponsor deleted is gone; one whose paragraph was
deleted before the export (not printed) stays, as the draft had it. A comment whose
paragraph cannot be found is reported with its words, never dropped unseen.
"""

from __future__ import annotations

from dataclasses import replace

from delegate_editor.formats.office_text import VisibleComment, clean, compare_key
from delegate_editor.model import walk
from delegate_editor.model.comments import Comment
from delegate_editor.model.document import Draft
from delegate_editor.model.text import plain_text


def _key(text: str) -> str:
    return compare_key(clean(text)).casefold()


def _paragraph_keys(draft: Draft) -> list[tuple[str, str]]:
    """(key of the paragraph's words, its id) for every paragraph a comment can be on."""
    out = []
    for f in walk.body_fields(draft):
        if f.part in walk.BODY_PARTS:
            key = _key(f"{f.opening} {plain_text(f.text)}")
            if key:
                out.append((key, f.id))
    return out


def _locate(keys: list[tuple[str, str]], comment: VisibleComment) -> str:
    """The id of the paragraph the comment stands in: the longest paragraph whose words
    end the visible paragraph's (a typed or drawn number may come before them)."""
    if comment.para is None:
        return ""
    seen = _key(comment.para.text)
    if not seen:
        return ""
    found = [(len(key), node_id) for key, node_id in keys if seen.endswith(key)]
    return max(found)[1] if found else ""


def take_comments(draft: Draft, visible: list[VisibleComment], embedded: Draft | None) -> list[str]:
    """Set ``draft.comments`` from the file's comments, ``embedded`` being the draft our
    export carried (None for a file we did not make); the messages for the user."""
    keys = _paragraph_keys(draft)
    previous = list(embedded.comments) if embedded is not None else []
    known = {_key(c.text): c for c in previous}
    messages: list[str] = []
    back: dict[str, Comment] = {}  # the embedded draft's comments found in the file, by id
    new: list[Comment] = []
    for item in visible:
        node_id = _locate(keys, item)
        if not node_id:
            messages.append(item.message())
            continue
        old = known.pop(_key(item.text), None)
        if old is not None:
            back[old.id] = replace(old, node_id=node_id)
        else:
            new.append(Comment(node_id, clean(item.text), item.author))
            messages.append(item.taken_message())
    # those not printed in the file because their paragraph had been deleted stay as they
    # were; the others not found were deleted in the other program
    kept = [
        back.get(c.id, c)
        for c in previous
        if c.id in back or walk.find(embedded, c.node_id, walk.BODY_PARTS) is None
    ]
    draft.comments = kept + new  # the draft's own order, then the file's new ones
    return messages
