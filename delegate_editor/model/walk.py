"""THE walk of a draft's tree, for every consumer that needs its paragraphs or its text.

Two generators, one order, the order the exports print (``formats/blocks.py``):

- :func:`tree` yields every node of a part (preambular or operative paragraphs, section
  headings and their own preambular paragraphs, sub-paragraphs at any depth, annexes and
  their paragraphs) with its depth;
- :func:`rich_fields` yields every rich-text field of a whole draft with its address:
  recommendation, title, preamble, operative paragraphs and their sub-paragraphs depth
  first, annex titles and paragraphs, then the footnotes in the order their first citation
  numbers them (footnotes nobody cites last, in the order they were made).

A new rich-text field is added here once, and the word count, footnote deletion, the outline
and the finders all see it. Numbering is not done here: the numbers depend on the layout
and are derived in ``formats/blocks.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from delegate_editor.model.text import NoteRef, RichText

if TYPE_CHECKING:  # document.py calls this module (Draft.word_count): no import at run time
    from delegate_editor.model.document import Draft

# the list of child nodes each kind of node holds: Operative.subs, SubParagraph.children,
# Annex.paragraphs, a section heading's own preambular paragraphs (SectionHeading.preamble)
# (the tree is known by these names, so this module needs no classes)
CHILDREN = ("subs", "children", "paragraphs", "preamble")

# the draft's own fields that hold rich text, in printed order (the recommendation line
# stands above the title, the operative part's lead-in under the organ line)
ABOVE_PREAMBLE = ("recommendation", "title")
HEADER_FIELDS = (*ABOVE_PREAMBLE, "lead_in")


def children(node: Any) -> list | None:
    """The list of child nodes ``node`` holds (an operative paragraph's sub-paragraphs, a
    sub-paragraph's own, an annex's paragraphs); None for a node that holds none."""
    for name in CHILDREN:
        kids = getattr(node, name, None)
        if kids is not None:
            return kids
    return None


def tree(items: Iterable[Any], depth: int = 0) -> Iterator[tuple[Any, int]]:
    """Every node of a part's list in reading order, with its depth (0 for the list's own
    items, 1 for sub-paragraphs (a) and annex paragraphs, 2 for (i) ...)."""
    for item in items:
        yield item, depth
        kids = children(item)
        if kids is not None:
            yield from tree(kids, depth + 1)


@dataclass(frozen=True)
class TextField:
    """One rich-text field of a draft and where it is.

    ``part`` is the part's name as the outline, the checker and the undo commands use it
    ("header", "preamble", "operative", "annexes", "footnotes"); ``node`` the object that
    holds the text (the draft itself for a header field) and ``attr`` the attribute
    ("text", "title" or "recommendation")."""

    part: str
    node: Any
    attr: str
    depth: int = 0
    key: str = ""  # a footnote's key in ``draft.footnotes``, which is what marks cite

    @property
    def id(self) -> str:
        """The node's id; a header field's name ("title", "recommendation"); a footnote's
        key (a note made by hand may hold another id of its own)."""
        if self.part == "header":
            return self.attr
        return self.key or self.node.id

    @property
    def text(self) -> RichText:
        return getattr(self.node, self.attr)

    @property
    def opening(self) -> str:
        """The italic opening words of a preambular or operative paragraph ("" elsewhere)."""
        return getattr(self.node, "opening", "") if self.attr == "text" else ""


def body_fields(draft: Draft) -> Iterator[TextField]:
    """Every rich-text field of the printed body (no footnotes), in printed order."""
    for name in ABOVE_PREAMBLE:
        yield TextField("header", draft, name)
    for para, depth in tree(draft.preamble):
        yield TextField("preamble", para, "text", depth)
    yield TextField("header", draft, "lead_in")  # printed after the preamble, above paragraph 1
    for node, depth in tree(draft.operative):
        if not isinstance(node.text, str):  # section headings hold plain text
            yield TextField("operative", node, "text", depth)
    for node, depth in tree(draft.annexes):
        yield TextField("annexes", node, "title" if hasattr(node, "paragraphs") else "text", depth)


def printed_fields(draft: Draft) -> Iterator[TextField]:
    """The body fields that are printed with their footnote marks: :func:`body_fields`
    without an empty recommendation or title, nor a Security Council text's title (printed
    without marks)."""
    for field in body_fields(draft):
        if field.part == "header" and (
            not field.text or (field.attr == "title" and draft.is_security_council)
        ):
            continue
        yield field


def cited_notes(draft: Draft) -> list[str]:
    """Footnote ids in the order of their first citation in the printed body (the order
    ``model/numbering.note_numbers`` numbers them)."""
    seen: dict[str, None] = {}
    for field in printed_fields(draft):
        for item in field.text:
            if isinstance(item, NoteRef):
                seen.setdefault(item.note_id, None)
    return list(seen)


def rich_fields(draft: Draft) -> Iterator[TextField]:
    """Every rich-text field of ``draft`` in printed order, footnotes last (see above)."""
    yield from body_fields(draft)
    cited = [n for n in cited_notes(draft) if n in draft.footnotes]
    rest = [n for n in draft.footnotes if n not in set(cited)]
    for note_id in cited + rest:
        yield TextField("footnotes", draft.footnotes[note_id], "text", key=note_id)


BODY_PARTS = ("preamble", "operative", "annexes")
PARTS = (*BODY_PARTS, "footnotes")


def body_nodes(draft: Draft) -> dict[str, Any]:
    """Every node of the body parts by its id (to compare two drafts paragraph by paragraph)."""
    return {node.id: node for part in BODY_PARTS for node, _ in tree(getattr(draft, part, []))}


def find(draft: Draft, node_id: str, parts: Iterable[str] = PARTS) -> Any:
    """The paragraph, sub-paragraph, section heading, annex, annex paragraph or footnote with
    ``node_id``, looked for in ``parts`` only; None when there is none."""
    for part in parts:
        if part == "footnotes":
            found = draft.footnotes.get(node_id)
        elif part in BODY_PARTS:
            found = next((node for node, _ in tree(getattr(draft, part)) if node.id == node_id), None)
        else:
            raise ValueError(f"unknown part {part!r}")
        if found is not None:
            return found
    return None
