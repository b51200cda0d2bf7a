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

import re
from dataclasses import replace

from delegate_editor.formats.office_text import VisibleComment, clean, compare_key
from delegate_editor.model import walk
from delegate_editor.model.comments import Comment
from delegate_editor.model.document import Draft
from delegate_editor.model.text import plain_text


def _key(text: str) -> str:
    return compare_key(clean(text)).casefold()


def _paragraph_keys(draft: Draft) -> dict[str, str]:
    """Key of the paragraph's words → its id, for every paragraph a comment can be on (the
    first paragraph with the same words wins)."""
    out: dict[str, str] = {}
    for f in walk.body_fields(draft):
        if f.part in walk.BODY_PARTS:
            key = _key(f"{f.opening} {plain_text(f.text)}")
            if key:
                out.setdefault(key, f.id)
    return out


# a typed or drawn label before a paragraph's words: "2.", "(a)", "(ii)", "a.", "Annex II"
_LABEL = re.compile(r"^(?:\(?[0-9a-z]{1,6}[.)]\s*)+")
# beyond this many comparisons, a comment whose words are not found whole is reported
# rather than searched for in every paragraph (a hostile file with thousands of comments)
MAX_SCAN = 2_000_000


def _locate(keys: dict[str, str], comment: VisibleComment, budget: list[int]) -> str:
    """The id of the paragraph the comment stands in: the paragraph with the visible
    paragraph's words, a typed label before them allowed; else the longest paragraph whose
    words end the visible ones."""
    if comment.para is None:
        return ""
    seen = _key(comment.para.text)
    if not seen:
        return ""
    for candidate in (seen, _LABEL.sub("", seen)):
        if candidate in keys:
            return keys[candidate]
    budget[0] -= len(keys)
    if budget[0] < 0:
        return ""
    found = [(len(key), node_id) for key, node_id in keys.items() if seen.endswith(key)]
    return max(found)[1] if found else ""


def take_comments(draft: Draft, visible: list[VisibleComment], embedded: Draft | None) -> list[str]:
    """Set ``draft.comments`` from the file's comments, ``embedded`` being the draft our
    export carried (None for a file we did not make); the messages for the user."""
    keys = _paragraph_keys(draft)
    budget = [MAX_SCAN]
    previous = list(embedded.comments) if embedded is not None else []
    known = {_key(c.text): c for c in previous}
    messages: list[str] = []
    back: dict[str, Comment] = {}  # the embedded draft's comments found in the file, by id
    new: list[Comment] = []
    for item in visible:
        node_id = _locate(keys, item, budget)
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
