"""The document editor's structural edits as plain functions on a part's list (no Qt).

Enter in the middle of a paragraph splits it; Backspace at the start of one joins it to the
paragraph before, when both are of one kind (two preambular paragraphs, two operative
paragraphs, two sub-paragraphs). Each works on the copy of the part that
``commands.PartCommand`` gives it, so the split or the join is one undo step however the
paragraphs are nested, and returns the id of the paragraph the cursor goes to.
"""

from __future__ import annotations

from delegate_editor.model.document import Operative, Preambular, SectionHeading, SubParagraph
from delegate_editor.model.table import is_row
from delegate_editor.model.text import RichText, Run, normalize, with_opening
from delegate_editor.ui import restructure

Node = Preambular | Operative | SubParagraph


def split(items: list, node_id: str, head: RichText, tail: RichText, opening: str = "") -> str | None:
    """``node_id`` keeps ``head`` (and its opening); a new paragraph of its kind after it
    takes ``tail`` and its sub-paragraphs (they follow the text they followed). ``opening``
    is the new paragraph's own, when ``tail`` starts with one."""
    where = restructure.locate(items, node_id)
    if where is None:
        return None
    lst, i, _parent = where
    node = lst[i]
    # Enter at a word's edge; a table's row keeps a cell break there (Backspace puts it back)
    spaces = " " if is_row(node) else None
    head, tail = _trimmed(head, end=True, chars=spaces), _trimmed(tail, end=False, chars=spaces)
    if isinstance(node, Preambular):
        new: Node = Preambular(opening, tail)
    elif isinstance(node, Operative):
        new = Operative(opening, tail, subs=node.subs)
        node.subs = []
    elif isinstance(node, SubParagraph):
        new = SubParagraph(tail, children=node.children, dash=node.dash, quoted=node.quoted, row=node.row)
        node.children = []
    else:
        return None
    node.text = head
    lst.insert(i + 1, new)
    return new.id


def previous_of_kind(items: list, node_id: str) -> Node | None:
    """The paragraph Backspace at the start of ``node_id`` joins it to: the one printed just
    before it, when it is of the same kind; None otherwise (a heading between, a sub-paragraph
    after its parent, the first paragraph of the part). A table's row joins a row only, as
    Backspace at the start of a word processor's table does nothing to the text before it."""
    rows = restructure.flatten(items)
    at = next((k for k, r in enumerate(rows) if r.id == node_id), None)
    if not at:
        return None
    here, before = rows[at].node, rows[at - 1].node
    if isinstance(before, SectionHeading) or type(before) is not type(here):
        return None
    if isinstance(here, SubParagraph) and bool(here.row) != bool(before.row):
        return None
    return before


def join(items: list, node_id: str) -> str | None:
    """``node_id``'s text appended to the paragraph before it (:func:`previous_of_kind`), its
    sub-paragraphs after that one's; it is removed. The id of the paragraph joined to."""
    before = previous_of_kind(items, node_id)
    where = restructure.locate(items, node_id)
    if before is None or where is None:
        return None
    lst, i, _parent = where
    node = lst.pop(i)
    added = (
        with_opening(node.opening, node.text, italic=False)
        if isinstance(node, Preambular | Operative) and node.opening
        else node.text
    )
    seam = seam_of(before.text, added)
    before.text = normalize((*before.text, *seam, *added))
    if isinstance(node, Operative):
        before.subs.extend(node.subs)
    elif isinstance(node, SubParagraph):
        before.children.extend(node.children)
    return before.id


def _trimmed(text: RichText, end: bool, chars: str | None = None) -> RichText:
    """The spaces at the end (or the start) of a run of text taken off (``chars``: these
    only, as a row's cell break is white space too)."""
    items = list(text)
    k = len(items) - 1 if end else 0
    if items and isinstance(items[k], Run):
        run = items[k]
        items[k] = Run(run.text.rstrip(chars) if end else run.text.lstrip(chars), run.italic)
    return normalize(items)


def seam_of(before: RichText, after: RichText) -> tuple:
    """A space between two texts joined, unless one already has it or punctuation follows."""
    last = before[-1] if before else None
    first = after[0] if after else None
    if not isinstance(last, Run) or not isinstance(first, Run):
        return (Run(" "),) if before and after else ()
    if last.text[-1:].isspace() or first.text[:1].isspace() or first.text[:1] in ",;:.":
        return ()
    return (Run(" "),)


def to_operative(preamble: list, operative: list, node_id: str) -> str | None:
    """The last preambular paragraph, found to open with an operative verb as it is typed
    ("Takes note of ..."), made the first operative paragraph: the preamble ends there."""
    if not preamble or preamble[-1].id != node_id:
        return None
    node = preamble.pop()
    operative.insert(0, Operative(node.opening, node.text, id=node.id))
    return node.id
