"""The list of changes: each edit of a comparison once, named as a delegate names it.

For the command line (``compare --list``) and the compare view's list, which jumps to each.
Each line is a :class:`~delegate_editor.conventions.messages.Said` ("changes.*"): the English
words, which tests compare, worded in the locale's or the interface's language when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.blocks import Block
from delegate_editor.formats.compare import Comparison, Kind, Row
from delegate_editor.formats.compare_words import Op
from delegate_editor.formats.layout import SUB_STYLES, BlockStyle


def where(block: Block) -> Said:
    """A paragraph as a delegate names it: "operative paragraph 3", "preambular paragraph
    2", "operative paragraph 4, sub-paragraph (b)", "the title". A :class:`Said`: the
    English words (the list's lines are matched by them), worded again in French or Spanish
    where it is shown."""
    source = block.source
    if source.part == "preamble":
        return Said("changes.preamble", n=source.index)
    if source.part == "operative":
        if not source.index:
            return Said("changes.section")
        if len(source.path) > 1:
            label = (block.label or "(-)").rstrip()
            if not label:
                return Said("changes.sub-bare", n=source.index)
            return Said("changes.sub", n=source.index, label=label)
        return Said("changes.operative", n=source.index)
    if source.part == "annex":
        return Said("changes.annex", n=source.index) if source.index else Said("changes.annex-heading")
    return Said("changes.line", line=block.style.value)  # the catalogues' "change_line" words


def describe(row: Row) -> Said:
    """One line for the list of changes; numbers are the newer text's, or the older text's
    for a paragraph that is gone. A move is told once, where the paragraph now stands."""
    here = where(row.block)
    if row.kind is Kind.INSERTED:
        return Said("changes.added", where=here)
    if row.kind is Kind.DELETED:
        return Said("changes.removed", where=here)
    if row.kind is Kind.MOVED_TO:
        assert row.old is not None
        edited = any(s.op is not Op.EQUAL and not all(t.label for t in s.tokens) for s in row.spans)
        return Said("changes.moved-changed" if edited else "changes.moved", where=here, origin=where(row.old))
    words = {s.op for s in row.spans if not all(t.label for t in s.tokens)} - {Op.EQUAL}
    if row.old is not None and row.old.style is not row.block.style and not words:
        levels = {*SUB_STYLES, BlockStyle.DASH}
        moved = row.old.style in levels and row.block.style in levels
        return Said("changes.level" if moved else "changes.style", where=here)
    if not words:
        return Said("changes.renumbered", where=here)
    if words == {Op.FORMAT}:
        return Said("changes.italics", where=here)
    return Said("changes.words-italics" if Op.FORMAT in words else "changes.words", where=here)


@dataclass(frozen=True)
class Change:
    """One entry of the list of changes: its line, and the paragraph (``row``) or footnote
    (``note``, the comparison's key) it is about, so the compare view can jump to it."""

    line: Said  # English; messages.shown words it in the user's language
    row: Row | None = None
    note: str = ""


def change_entries(comparison: Comparison) -> list[Change]:
    """The changes in document order (a paragraph only renumbered by the others' changes is
    not one), each with what it is about."""
    out: list[Change] = []
    for row in comparison.changes():
        line = describe(row)
        if row.kind is Kind.MOVED_FROM or line.message.code == "changes.renumbered":
            continue
        if out and out[-1].line == line:  # an unnumbered block of two lines (adoption, meeting)
            continue
        out.append(Change(line, row))
    for key, change in comparison.notes.items():
        if change.old is None:
            out.append(
                Change(Said("changes.note-added", mark=change.new.mark if change.new else key), note=key)
            )
        elif change.new is None:
            out.append(Change(Said("changes.note-removed", mark=change.old.mark), note=key))
        elif any(s.op is not Op.EQUAL for s in change.spans):
            out.append(Change(Said("changes.note-changed", mark=change.new.mark), note=key))
    return out


def change_list(comparison: Comparison) -> list[Said]:
    """The changes in document order, for the command line and the compare view's list."""
    return [change.line for change in change_entries(comparison)]
