"""The printable comparison: the typeset pages of the newer text with the changes marked.

For the floor of a meeting, where delegates read paper: the same pages as the PDF export
(:mod:`pages`, the one typst template), with inserted words underlined and deleted words
struck through, words whose italics changed underlined with dots, paragraphs added or
removed marked whole, and a moved paragraph struck where
it stood and underlined where it stands. Paragraph numbers are the newer text's (a deleted
paragraph keeps its former number), since marking each renumbering would bury the changes.
A footnote added is printed as a footnote; one removed is printed struck, in brackets, where
its mark stood.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from delegate_editor.formats.blocks import Block, Piece, Rendered
from delegate_editor.formats.compare import Comparison, Kind, Op, Span, tokens
from delegate_editor.formats.layout import BlockStyle

_CHANGE = {Op.INSERT: "ins", Op.DELETE: "del", Op.FORMAT: "fmt"}


@dataclasses.dataclass(frozen=True)
class MarkedPiece(Piece):
    """A piece of text inserted ("ins"), deleted ("del") or set in or out of italics ("fmt")
    since the older text."""

    change: str = ""


def _pieces(spans: tuple[Span, ...]) -> list[Piece]:
    out: list[Piece] = []
    for span in spans:
        change = _CHANGE.get(span.op, "")
        for token in span.tokens:
            if token.label:
                continue
            if token.note is None:
                brk = token.line_break
                raised = token.raised
                out.append(
                    MarkedPiece(token.text, token.italic, change=change, line_break=brk, raised=raised)
                )
            elif span.op is Op.DELETE:  # a note removed: its text, struck, where its mark stood
                text = "".join(p.text for p in token.note.pieces if p.note is None)
                out.append(MarkedPiece(f" [{token.note.mark}: {text}]", change="del"))
            else:
                out.append(Piece(token.text, note=token.note))
    return out


def marked(comparison: Comparison) -> Rendered:
    """The newer text's rendering with every paragraph of the comparison in its place."""
    blocks: list[Block] = []
    for row in comparison.rows:
        block = row.block
        spans = row.spans
        if row.kind is Kind.MOVED_TO:
            spans = (Span(Op.INSERT, tuple(tokens(block.pieces, block.label, words=False))),)
        blocks.append(Block(block.style, tuple(_pieces(spans)), block.label, block.source))
    if not blocks:
        blocks.append(Block(BlockStyle.AUTHORING, ()))
    return dataclasses.replace(comparison.new, blocks=tuple(blocks))


def write_comparison_pdf(comparison: Comparison, author: str = "", when: datetime | None = None) -> bytes:
    """The printable comparison as PDF bytes (``author`` and ``when`` are not printed: the
    marks are; they are taken as the tracked-changes writers take them)."""
    from delegate_editor.formats.typeset import _compile

    result = _compile(marked(comparison), "pdf")
    assert isinstance(result, bytes)
    return result
