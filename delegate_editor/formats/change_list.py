"""The list of changes: each edit of a comparison once, named as a delegate names it.

For the command line (``compare --list``) and the compare view's list, which jumps to each.
"""

from __future__ import annotations

from dataclasses import dataclass

from delegate_editor.formats.blocks import Block
from delegate_editor.formats.compare import Comparison, Kind, Row
from delegate_editor.formats.compare_words import Op
from delegate_editor.formats.layout import SUB_STYLES, BlockStyle


def where(block: Block) -> str:
    """A paragraph as a delegate names it: "operative paragraph 3", "preambular paragraph
    2", "operative paragraph 4, sub-paragraph (b)", "the title"."""
    source = block.source
    if source.part == "preamble":
        return f"preambular paragraph {source.index}"
    if source.part == "operative":
        if not source.index:
            return "a section heading"
        if len(source.path) > 1:
            return f"operative paragraph {source.index}, sub-paragraph {block.label or '(-)'}".rstrip()
        return f"operative paragraph {source.index}"
    if source.part == "annex":
        return f"annex paragraph {source.index}" if source.index else "an annex heading"
    return _LINES.get(block.style, f"the {block.style.value.replace('_', ' ')} line")


_LINES = {
    BlockStyle.TITLE: "the title",
    BlockStyle.RECOMMENDATION: "the recommendation",
    BlockStyle.ADOPTED_HEADING: "the adoption line",
    BlockStyle.MEETING: "a meeting line",
    BlockStyle.AGENDA_TITLE: "the agenda item title",
    BlockStyle.BODY: "the body line",
}


def describe(row: Row) -> str:
    """One line for the list of changes; numbers are the newer text's, or the older text's
    for a paragraph that is gone. A move is told once, where the paragraph now stands."""
    if row.kind is Kind.INSERTED:
        return f"{where(row.block)}: added"
    if row.kind is Kind.DELETED:
        return f"{where(row.block)} of the older text: removed"
    if row.kind is Kind.MOVED_TO:
        assert row.old is not None
        edited = any(s.op is not Op.EQUAL and not all(t.label for t in s.tokens) for s in row.spans)
        return f"{where(row.block)}: moved here from {where(row.old)}" + (", and changed" if edited else "")
    words = {s.op for s in row.spans if not all(t.label for t in s.tokens)} - {Op.EQUAL}
    if row.old is not None and row.old.style is not row.block.style and not words:
        levels = {*SUB_STYLES, BlockStyle.DASH}
        moved = row.old.style in levels and row.block.style in levels
        return f"{where(row.block)}: " + ("moved to another level" if moved else "style changed")
    if not words:
        return f"{where(row.block)}: renumbered"
    if words == {Op.FORMAT}:
        return f"{where(row.block)}: italics changed"
    return f"{where(row.block)}: words changed" + (" and italics" if Op.FORMAT in words else "")


@dataclass(frozen=True)
class Change:
    """One entry of the list of changes: its line, and the paragraph (``row``) or footnote
    (``note``, the comparison's key) it is about, so the compare view can jump to it."""

    line: str
    row: Row | None = None
    note: str = ""


def change_entries(comparison: Comparison) -> list[Change]:
    """The changes in document order (a paragraph only renumbered by the others' changes is
    not one), each with what it is about."""
    out: list[Change] = []
    for row in comparison.changes():
        line = describe(row)
        if row.kind is Kind.MOVED_FROM or line.endswith(": renumbered"):
            continue
        if out and out[-1].line == line:  # an unnumbered block of two lines (adoption, meeting)
            continue
        out.append(Change(line, row))
    for key, change in comparison.notes.items():
        if change.old is None:
            out.append(Change(f"footnote {change.new.mark if change.new else key}: added", note=key))
        elif change.new is None:
            out.append(Change(f"footnote {change.old.mark} of the older text: removed", note=key))
        elif any(s.op is not Op.EQUAL for s in change.spans):
            out.append(Change(f"footnote {change.new.mark}: changed", note=key))
    return out


def change_list(comparison: Comparison) -> list[str]:
    """The changes in document order, for the command line and the compare view's list."""
    return [change.line for change in change_entries(comparison)]
