"""Structural edits of the preamble, the operative part and the annexes, as plain functions
on lists.

Qt-free on purpose: the undo commands (``ui/commands.py``) take a snapshot of a part, apply
one of these functions to a fresh copy and swap the copy in, so undo and redo restore exactly
what was there. Paragraphs are always named by their stable ``id``, never by position or by
object identity, because undo replaces objects with copies.

The operative part is shown as a flat outline: operative paragraphs, section headings and
their sub-paragraphs at increasing depth. Indenting and outdenting keep the reading order of
the text unchanged, like a word processor's outline: an operative paragraph indented becomes
the last sub-paragraph of the one above; a sub-paragraph outdented takes the siblings that
followed it as its own sub-paragraphs.

The annexes are shown the same way: each annex is a row (its title) and its paragraphs are
rows one level deeper. Annex paragraphs never change level; moved past the first or last
paragraph of their annex they continue in the neighbouring annex.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from delegate_editor.conventions.phrases import longest_opening
from delegate_editor.formats.text_amendment import quotation
from delegate_editor.formats.text_import import split_opening
from delegate_editor.model import walk
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    Operative,
    Preambular,
    SectionHeading,
    SubParagraph,
    new_id,
)
from delegate_editor.model.table import split_cells
from delegate_editor.model.text import Run, normalize, with_opening

Node = Preambular | Operative | SectionHeading | SubParagraph | Annex | AnnexParagraph
Child = SubParagraph | AnnexParagraph  # rows that live inside another row, never at the top


@dataclass(frozen=True)
class Row:
    """One line of the outline."""

    id: str
    depth: int  # 0 for preambular, operative and heading rows; 1 for (a), 2 for (i) ...
    node: Node


# -- copies ------------------------------------------------------------------------------


def clone_sub(sub: SubParagraph) -> SubParagraph:
    """A copy that shares the immutable rich text and copies the mutable shells."""
    return replace(sub, children=[clone_sub(c) for c in sub.children])


def clone_item(item: Node) -> Node:
    if isinstance(item, Operative):
        return replace(item, subs=[clone_sub(s) for s in item.subs])
    if isinstance(item, SubParagraph):
        return clone_sub(item)
    if isinstance(item, Annex):
        return replace(item, paragraphs=[replace(p) for p in item.paragraphs])
    if isinstance(item, SectionHeading):  # its own preambular paragraphs are its to copy
        return replace(item, preamble=[replace(p) for p in item.preamble])
    return replace(item)


def clone_list(items: list) -> list:
    return [clone_item(i) for i in items]


def fresh_ids(node: Node) -> Node:
    """The same paragraph with new ids throughout (for Duplicate)."""
    if isinstance(node, Operative):
        return replace(node, id=new_id(), subs=[fresh_ids(s) for s in node.subs])
    if isinstance(node, SubParagraph):
        return replace(node, id=new_id(), children=[fresh_ids(c) for c in node.children])
    if isinstance(node, Annex):
        return replace(node, id=new_id(), paragraphs=[fresh_ids(p) for p in node.paragraphs])
    if isinstance(node, SectionHeading):
        return replace(node, id=new_id(), preamble=[fresh_ids(p) for p in node.preamble])
    return replace(node, id=new_id())


# -- the outline -------------------------------------------------------------------------


def flatten(items: list) -> list[Row]:
    """Every paragraph of a part in reading order, with its depth (the model's one walk)."""
    return [Row(node.id, depth, node) for node, depth in walk.tree(items)]


def _children(node: Node) -> list | None:
    """Where sub-paragraphs go. A section heading's own preambular paragraphs (A/RES/80/237)
    are no such place: nothing is indented into them or dropped among them but preambular
    paragraphs (:func:`_held`)."""
    return None if isinstance(node, SectionHeading) else walk.children(node)


def _held(node: Node) -> list | None:
    """The list of nodes ``node`` holds: its sub-paragraphs, or a heading's preamble."""
    return node.preamble if isinstance(node, SectionHeading) else walk.children(node)


def locate(items: list, node_id: str) -> tuple[list, int, Node | None] | None:
    """The list holding ``node_id``, its index there, and its parent node (None at top)."""

    def search(lst: list, parent: Node | None) -> tuple[list, int, Node | None] | None:
        for i, node in enumerate(lst):
            if node.id == node_id:
                return lst, i, parent
            kids = _held(node)
            if kids:
                found = search(kids, node)
                if found:
                    return found
        return None

    return search(items, None)


def find(items: list, node_id: str) -> Node | None:
    where = locate(items, node_id)
    return where[0][where[1]] if where else None


# -- edits (each returns True when it changed something) ---------------------------------


def insert_after(items: list, anchor_id: str | None, node: Node) -> None:
    """Put ``node`` after ``anchor_id`` in the same list (at the end when there is none).
    A sub-paragraph anchor takes a new sub-paragraph; a top-level paragraph is put after the
    anchor's top-level paragraph; an annex paragraph after an annex becomes its first."""
    where = locate(items, anchor_id) if anchor_id else None
    if where is None:
        items.append(node)
        return
    lst, i, parent = where
    if isinstance(node, AnnexParagraph) and isinstance(lst[i], Annex):
        lst[i].paragraphs.insert(0, node)
        return
    if isinstance(node, Preambular) and isinstance(lst[i], SectionHeading):
        lst[i].preamble.insert(0, node)  # a section's first preambular paragraph
        return
    # a section's preamble takes preambular paragraphs only: anything else goes after its heading
    in_section = isinstance(parent, SectionHeading) and not isinstance(node, Preambular)
    if isinstance(node, Child) == isinstance(lst[i], Child) and not in_section:
        lst.insert(i + 1, node)
        return
    top = _top_index(items, anchor_id)
    items.insert(top + 1, node)


def _top_index(items: list, node_id: str) -> int:
    for i, item in enumerate(items):
        if item.id == node_id or any(r.id == node_id for r in flatten([item])):
            return i
    return len(items) - 1


def delete(items: list, node_id: str) -> bool:
    where = locate(items, node_id)
    if where is None:
        return False
    lst, i, _ = where
    del lst[i]
    return True


def duplicate(items: list, node_id: str) -> str | None:
    """Copy a paragraph (with its sub-paragraphs) just below itself; the copy's id."""
    where = locate(items, node_id)
    if where is None:
        return None
    lst, i, _ = where
    copy = fresh_ids(lst[i])
    lst.insert(i + 1, copy)
    return copy.id


def move(items: list, node_id: str, step: int) -> bool:
    """Move up (-1) or down (+1) among its siblings; an annex paragraph at either end of its
    annex goes on into the neighbouring annex (the only way across from the keyboard)."""
    where = locate(items, node_id)
    if where is None:
        return False
    lst, i, parent = where
    j = i + step
    if not 0 <= j < len(lst):
        if isinstance(parent, Annex):
            k = next(n for n, a in enumerate(items) if a.id == parent.id) + step
            if 0 <= k < len(items):
                node = lst.pop(i)
                if step < 0:
                    items[k].paragraphs.append(node)
                else:
                    items[k].paragraphs.insert(0, node)
                return True
        return False
    lst[i], lst[j] = lst[j], lst[i]
    return True


def move_to(items: list, node_id: str, target_id: str | None, after: bool) -> bool:
    """Drag and drop: put ``node_id`` before or after ``target_id`` (at the end for None).

    Dropping a paragraph onto one of its own sub-paragraphs is refused. A sub-paragraph
    dropped on an operative paragraph becomes its first (or, after, last) sub-paragraph; an
    operative paragraph dropped on a sub-paragraph lands beside that sub-paragraph's
    operative paragraph."""
    if node_id == target_id:
        return False
    where = locate(items, node_id)
    if where is None:
        return False
    node = where[0][where[1]]
    if target_id and any(r.id == target_id for r in flatten([node]) if r.id != node_id):
        return False
    if isinstance(where[2], SectionHeading) and not _in_a_section_preamble(items, target_id):
        return False  # a section's preambular paragraph stays among preambular paragraphs
    del where[0][where[1]]
    if target_id is None:
        if isinstance(node, AnnexParagraph):
            items[-1].paragraphs.append(node)  # the annex it came from is still there
            return True
        if isinstance(node, SubParagraph):
            node = _as_operative(node)
        items.append(node)
        return True
    tw = locate(items, target_id)
    if tw is None:
        return False
    lst, i, parent = tw
    target = lst[i]
    if isinstance(node, Preambular) and isinstance(target, SectionHeading):
        target.preamble.insert(len(target.preamble) if after else 0, node)
        return True
    if isinstance(parent, SectionHeading) and not isinstance(node, Preambular):
        top = _top_index(items, parent.id)  # nothing but preambular paragraphs in there
        items.insert(top + 1 if after else top, node)
        return True
    if isinstance(node, Child) and not isinstance(target, Child):
        kids = _children(target)
        if kids is None:  # a heading or a preambular paragraph: it becomes a paragraph
            lst.insert(i + 1 if after else i, _as_operative(node))
        elif after:
            kids.append(node)
        else:
            kids.insert(0, node)
        return True
    if not isinstance(node, Child) and isinstance(target, Child):
        top = _top_index(items, target_id)
        items.insert(top + 1 if after else top, node)
        return True
    lst.insert(i + 1 if after else i, node)
    return True


def _in_a_section_preamble(items: list, target_id: str | None) -> bool:
    """Whether a drop on ``target_id`` lands in a section's preamble: on its heading (its
    first or last paragraph) or beside one of its paragraphs."""
    tw = locate(items, target_id) if target_id else None
    return tw is not None and (isinstance(tw[0][tw[1]], SectionHeading) or isinstance(tw[2], SectionHeading))


def _as_sub(op: Operative, quote_in: str = "") -> SubParagraph:
    """An operative paragraph made a sub-paragraph; in an amendment, the paragraph an
    instruction quotes, its opening in italics as the amended draft prints it (typed or
    recognised: "Reaffirming that ..." as the importer reads a quotation)."""
    if quote_in:
        text = (
            with_opening(op.opening, op.text) if op.opening else quotation(op.text, quote_in, split_opening)
        )
        return SubParagraph(text=text, children=op.subs, id=op.id, quoted=True)
    return SubParagraph(text=with_opening(op.opening, op.text, italic=False), children=op.subs, id=op.id)


def _as_operative(sub: SubParagraph) -> Operative:
    """A sub-paragraph made a paragraph again: a listed operative verb at its start
    ("Requests the Secretary-General ...") becomes the opening, as indenting folded it in.
    Only the palette's list counts, so "(a) To strengthen ..." keeps its text whole. A
    table's row is a paragraph of running text only, its cells read in order with a space
    between ("Total 312 115 000"): an operative paragraph is never a table's row."""
    if sub.row:
        cells = [cell for cell in split_cells(sub.text) if cell]
        text = normalize([item for k, cell in enumerate(cells) for item in ((Run(" "),) if k else ()) + cell])
        return Operative(opening="", text=text, subs=sub.children, id=sub.id)
    first = sub.text[0] if sub.text else None
    if isinstance(first, Run) and not first.italic:
        phrase = longest_opening(first.text, "operative")
        rest = first.text[len(phrase) :]
        if phrase and rest[:1] == " " and rest.strip():
            text = normalize([Run(rest[1:]), *sub.text[1:]])
            return Operative(opening=phrase, text=text, subs=sub.children, id=sub.id)
    return Operative(opening="", text=sub.text, subs=sub.children, id=sub.id)


def can_indent(items: list, node_id: str) -> bool:
    where = locate(items, node_id)
    if where is None:
        return False
    lst, i, _ = where
    node = lst[i]
    if isinstance(node, SectionHeading | Preambular | Annex | AnnexParagraph) or i == 0:
        return False
    return _children(lst[i - 1]) is not None and not isinstance(lst[i - 1], Preambular)


def indent(items: list, node_id: str, quote_in: str = "") -> bool:
    """Tab: make the paragraph a sub-paragraph of the one above (one level deeper). In an
    amendment ``quote_in`` is the draft's language: the paragraph becomes one its
    instruction quotes."""
    if not can_indent(items, node_id):
        return False
    lst, i, _ = locate(items, node_id)
    node = lst.pop(i)
    prev = lst[i - 1]
    _children(prev).append(_as_sub(node, quote_in) if isinstance(node, Operative) else node)
    return True


def can_outdent(items: list, node_id: str) -> bool:
    where = locate(items, node_id)
    return where is not None and where[2] is not None and not isinstance(where[2], Annex | SectionHeading)


def outdent(items: list, node_id: str) -> bool:
    """Shift+Tab: one level up; the siblings that followed become its sub-paragraphs, so the
    text still reads in the same order."""
    if not can_outdent(items, node_id):
        return False
    lst, i, parent = locate(items, node_id)
    node = lst[i]
    followers = lst[i + 1 :]
    del lst[i:]
    node.children.extend(followers)
    outer = locate(items, parent.id)
    assert outer is not None
    olst, oi, _ = outer
    olst.insert(oi + 1, _as_operative(node) if isinstance(parent, Operative) else node)
    return True
