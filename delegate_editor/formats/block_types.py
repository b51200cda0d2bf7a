"""The blocks every writer consumes (:mod:`delegate_editor.formats.blocks` makes them):
a block's styled pieces, its footnotes and where it comes from, and the whole rendering.

Kept apart from the walk that makes them so that each stays small; ``blocks`` re-exports
these names, which is where the writers import them from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from delegate_editor.formats.layout import BlockStyle, Layout
from delegate_editor.formats.masthead_text import MastheadText
from delegate_editor.model.text import clean_text


@dataclass(frozen=True)
class Note:
    """A footnote as rendered: its mark and its text."""

    mark: str  # "1", "2" ... or "*", "**"
    pieces: tuple[Piece, ...]
    custom: bool = False  # an asterisk mark rather than an automatic number
    note_id: str = ""  # the model footnote id ("" for derived asterisk notes)


@dataclass(frozen=True)
class Piece:
    """A stretch of a block's text; a piece with ``note`` set is a footnote reference mark
    (its ``text`` is the mark). A piece with ``line_break`` set is a line break the UN sets by
    hand ("Resolution adopted by the General Assembly" / "on 9 October 2024"): its text is a
    space, which a writer that draws no lines (the text form, a comparison) keeps."""

    text: str
    italic: bool = False
    note: Note | None = None
    line_break: bool = False

    def __post_init__(self) -> None:
        # the one place every writer's text passes: a pasted control character must not
        # make a DOCX or ODT export fail (XML cannot hold it)
        object.__setattr__(self, "text", clean_text(self.text))


def merged(pieces: tuple[Piece, ...]) -> list[Piece]:
    """The pieces with adjacent text of one style joined, so each writer emits one run per
    stretch of roman or italic text; footnote marks stay pieces of their own, and so do
    pieces marked differently (a compilation's bold and struck words, ``change``)."""
    out: list[Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (
            piece.note is None
            and last is not None
            and last.note is None
            and not (piece.line_break or last.line_break)
            and last.italic == piece.italic
            and getattr(last, "change", "") == getattr(piece, "change", "")
        ):
            out[-1] = replace(last, text=last.text + piece.text)
        else:
            out.append(piece)
    return out


@dataclass(frozen=True)
class Source:
    """Where a block comes from: the checker's and importer's vocabulary."""

    part: str  # header, sponsors, preamble, operative, annex, footnotes
    index: int = 0  # 1-based within its part (0: not numbered)
    id: str = ""
    path: tuple[int, ...] = ()  # operative 3, sub 2, sub-sub 1 → (3, 2, 1)


@dataclass(frozen=True)
class Block:
    style: BlockStyle
    pieces: tuple[Piece, ...]
    label: str = ""
    source: Source = Source("header")

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces if p.note is None)


@dataclass(frozen=True)
class Rendered:
    layout: Layout
    masthead: MastheadText
    blocks: tuple[Block, ...]
    notes: tuple[Note, ...]  # in order of appearance
    title: str  # plain title for document properties
    symbol: str  # for running heads and the subject property
    labels: dict[str, str] = field(default_factory=dict)  # paragraph id → its number
