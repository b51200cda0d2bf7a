"""The blocks every writer consumes (:mod:`delegate_editor.formats.blocks` makes them):
a block's styled pieces, its footnotes and where it comes from, and the whole rendering.

Kept apart from the walk that makes them so that each stays small; ``blocks`` re-exports
these names, which is where the writers import them from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import NEW_YORK, BlockStyle, Layout
from delegate_editor.formats.layout_types import TABLE_STYLES
from delegate_editor.formats.masthead_text import MastheadText
from delegate_editor.model.table import CELL
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
    space, which a writer that draws no lines (the text form, a comparison) keeps. A piece
    with ``raised`` set is printed as the marks are (superscript, the footnote reference
    style): the comma between two marks side by side, which the UN sets raised ("Unit.³˒⁴",
    A/RES/72/18), or a range's dash ("¹⁻²¹", A/RES/72/8); a writer of plain text keeps it
    as it is."""

    text: str
    italic: bool = False
    note: Note | None = None
    line_break: bool = False
    raised: bool = False

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
            and not (piece.line_break or last.line_break or piece.raised or last.raised)
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


# -- tables: a run of row blocks is one table ------------------------------------------------


def is_row(block: Block) -> bool:
    return block.style in TABLE_STYLES


def cells(block: Block) -> list[tuple[Piece, ...]]:
    """A row block's cells: its pieces parted at each tab (a note's mark stays in its cell)."""
    out: list[list[Piece]] = [[]]
    for piece in block.pieces:
        if piece.note is None and CELL in piece.text:
            for k, part in enumerate(piece.text.split(CELL)):
                if k:
                    out.append([])
                if part:
                    out[-1].append(replace(piece, text=part))
        else:
            out[-1].append(piece)
    return [tuple(cell) for cell in out]


def grouped(blocks: tuple[Block, ...] | list[Block]) -> list[Block | list[Block]]:
    """The blocks with each run of table rows gathered in a list: the writers set a list as
    one table and every other item as a paragraph."""
    out: list[Block | list[Block]] = []
    for block in blocks:
        if is_row(block):
            if out and isinstance(out[-1], list):
                out[-1].append(block)
            else:
                out.append([block])
        else:
            out.append(block)
    return out


def rules(heads: list[bool]) -> list[tuple[bool, bool]]:
    """For each row of a table (``heads``: whether each is a header row), whether a rule runs
    above it and below it: above and below the header rows, and under the last row
    (``layout_types.TableGeometry``); the DOCX and ODT writers draw them as cell borders."""
    out = []
    for k, head in enumerate(heads):
        above = head and (k == 0 or not heads[k - 1])
        below = k + 1 == len(heads) or (head and not heads[k + 1])
        out.append((above, below))
    return out


def column_widths(rows: list[Block], total: int, layout: Layout | None = None) -> list[int]:
    """Column widths in twips for a table's rows, as a word processor's automatic layout
    sets them: a column whose longest cell (in the "Table Text" or "Table Heading" font of
    ``layout``, the New York one by default, plus the cell's margins) fits in its share of
    the width gets just that, and the columns of longer
    text share what is left by their longest cells, never narrower than their longest
    word. So a column of times or dates ("Wednesday, 7 October") stays on one line and the
    programme beside it takes the rest, as in the UN's timetables."""
    metrics = font_metrics()
    layout = layout or NEW_YORK
    pad = layout.table.pad
    fonts = {True: layout.style(BlockStyle.TABLE_HEADER).font, False: layout.style(BlockStyle.TABLE_ROW).font}
    grid = [(row.style is BlockStyle.TABLE_HEADER, [plain(cell) for cell in cells(row)]) for row in rows]
    n = max(len(texts) for _, texts in grid)

    def width(text: str, header: bool) -> int:  # a little room over the measure, as Word keeps
        font = fonts[header]
        return int(metrics.width(text, font) * font.scale / 100 * 20 * 1.02) + 2 * pad + 20

    word = [
        max((width(w, h) for h, t in grid if c < len(t) for w in t[c].split()), default=2 * pad)
        for c in range(n)
    ]
    # a column head may take two lines ("Number of posts (excluding" / "special political
    # missions)", A/C.5/80/L.4): it asks for half its length, the column's figures for theirs
    longest = [
        max((width(t[c], h) // (2 if h else 1) for h, t in grid if c < len(t)), default=2 * pad)
        for c in range(n)
    ]
    longest = [max(a, b) for a, b in zip(longest, word, strict=True)]
    if sum(longest) <= total:  # everything fits on one line: the room shared out by length
        widths = [int(total * w / sum(longest)) for w in longest]
    else:
        fixed: dict[int, int] = {}
        while True:
            rest = [c for c in range(n) if c not in fixed]
            share = (total - sum(fixed.values())) / max(len(rest), 1)
            fits = {c: longest[c] for c in rest if longest[c] <= share}
            if not fits or len(fits) == len(rest):
                fixed.update(fits)
                break
            fixed.update(fits)
        rest = [c for c in range(n) if c not in fixed]
        room = total - sum(fixed.values())
        widths = [fixed.get(c, 0) for c in range(n)]
        for c in rest:
            widths[c] = max(word[c], int(room * longest[c] / sum(longest[k] for k in rest)))
    # what rounding (or a long word) left over goes to, or comes from, the widest column
    widths[widths.index(max(widths))] += total - sum(widths)
    return widths


def plain(pieces: tuple[Piece, ...]) -> str:
    return "".join(p.text for p in pieces if p.note is None).strip()
