"""Every note printed on the page of its mark, as Word and LibreOffice print them.

typst prints a footnote on another page than the line that cites it in two cases that
LibreOffice, rendering our DOCX and ODT, never shows (found on the real L. documents of the
corpus, ``python bench/page_parity.py``):

- widow and orphan control moves a paragraph's last lines, the mark among them, to the next
  page and leaves the note on the page before (typst/typst#5314, open);
- a note that does not fit under the line citing it goes to the next page while the line
  stays; LibreOffice moves the line (and the paragraph's lines after it) instead.

Either way LibreOffice starts the next page with a line of that paragraph: the mark's line
(then widow and orphan control, two lines each), or, where typst's own widow and orphan
control moved the lines, the same line typst starts that page with. The template cannot
be told "break before this line", so this module cuts the paragraph there and sets it as
two blocks, the first ending in a justified line and the second, after a page break,
starting as a following line.

Where the lines of the paragraph start is measured, not guessed: typst breaks lines first
fit ("simple"), so the beginning of a paragraph up to a word breaks exactly as the whole
does, and the height of that beginning set apart (typst's ``measure``, in a second compile
that draws nothing more) says on which line the word starts. Markers inside the text would
split its runs, and typst sets no letter spacing after a run's last letter: lines measured
so broke unlike the pages on 8 of the 51 drafts. Each round settles the first misplaced
note only, since a cut moves every page after it.

The functions work on the template's block data (formats/typst_source.py), so the same
rule holds for the whole draft and for each slice of the preview (formats/typeset_slices.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from delegate_editor.formats.layout_types import WIDOW_LINES
from delegate_editor.formats.typst_source import retext

ROUNDS = 24  # misplaced notes settled in one typesetting, at most
_LINE_START = re.compile(r"(?<=\s)(?=\S)|(?<=\S-)(?=[^\W\d_])")


@dataclass(frozen=True)
class Place:
    """A note by its count in the text (from 1), where its mark stands and where it is printed."""

    note: int
    mark_page: int
    entry_page: int
    mark_y: float = 0.0  # the mark's height on its page (pt from the top)


@dataclass(frozen=True)
class Measured:
    """The answer of one compile: what it produced, where its notes are printed and on which
    page each paragraph citing one starts (by its index), and the blocks typeset; or, for a
    compile that only measures, the heights of the paragraphs set apart."""

    result: object
    places: list[Place]
    starts: dict[int, int] = field(default_factory=dict)
    heights: tuple[float, ...] = ()
    blocks: list[dict] = field(default_factory=list)


# compile the template on these blocks, with these paragraphs measured apart (none: the
# pages themselves)
Run = Callable[[list[dict], list[dict]], Measured]
# a block kept with the next one, and kept together
Keeps = Callable[[dict], tuple[bool, bool]]


def places_of(raw: list) -> list[Place]:
    return [Place(int(n), int(mark), int(entry), float(y)) for n, mark, entry, y in raw]


def cites_note(block: dict) -> bool:
    """Whether a block holds a note's mark (the one that prints it, or a mark whose note
    is printed elsewhere)."""
    return any(p.get("mark") for p in block["p"])


def _notes(blocks: list[dict]) -> list[tuple[int, int]]:
    """(block, piece) of each footnote, in the order typst counts them."""
    return [
        (i, j) for i, b in enumerate(blocks) for j, p in enumerate(b["p"]) if p.get("mark") and "note" in p
    ]


def printed(measured: Measured) -> dict[str, int]:
    """Note mark → the page its note is printed on, in the compile ``measured`` answers."""
    marks = [measured.blocks[i]["p"][j]["t"] for i, j in _notes(measured.blocks)]
    return {marks[p.note - 1]: p.entry_page for p in measured.places if p.note <= len(marks)}


def _starts(pieces: list[dict]) -> list[tuple[int, int]]:
    """Where a line can start: (piece, character) after spaces and after a hyphen before a
    letter (where typst and LibreOffice break "cross-border")."""
    out: list[tuple[int, int]] = []
    for j, piece in enumerate(pieces):
        if piece.get("mark"):
            continue
        out += [(j, m.end()) for m in _LINE_START.finditer(piece["t"]) if 0 < m.end() < len(piece["t"])]
        if j + 1 < len(pieces) and piece["t"][-1:].isspace() and not pieces[j + 1].get("mark"):
            out.append((j + 1, 0))
    return sorted(set(out))


def _head(block: dict, at: tuple[int, int]) -> list[dict]:
    """The block's pieces before ``at``, its notes as plain marks (measured, not printed)."""
    j, c = at
    pieces = [{k: v for k, v in p.items() if k != "note"} for p in block["p"][:j]]
    if c > 0:
        pieces.append(retext(block["p"][j], block["p"][j]["t"][:c].rstrip()))
    return pieces


def _line_count(height: float, line: float) -> int:
    return round(height / line)


def _break_line(lines: int, mark_line: int, place: Place, above_mark: int) -> int:
    """The line LibreOffice starts the next page with, widows and orphans kept (0: none).
    ``above_mark``: the paragraph's lines above the mark's on the mark's page."""
    if place.entry_page > place.mark_page:
        first = mark_line  # the note did not fit under its line: the line moves
    else:
        first = mark_line - above_mark  # where typst started the page
    if lines - first < WIDOW_LINES:
        first = lines - WIDOW_LINES
    return first if first >= WIDOW_LINES else 0


def _cut(block: dict, at: tuple[int, int]) -> tuple[dict, dict]:
    j, c = at
    before = [*block["p"][:j]]
    after = [*block["p"][j:]]
    if c > 0:
        text = block["p"][j]["t"]
        before.append(retext(block["p"][j], text[:c].rstrip()))
        after[0] = retext(block["p"][j], text[c:])
    return dict(block, p=before, jl=True), dict(block, p=after, cont=True, pb=True, a=0)


def _whole_to_next_page(blocks: list[dict], index: int, sticky: Callable[[dict], bool]) -> list[dict] | None:
    """A page break before the block, or before the headings kept with it."""
    start = index
    while start > 0 and sticky(blocks[start - 1]):
        start -= 1
    if blocks[start].get("pb"):
        return None  # already at a page top: nothing to move
    return [*blocks[:start], dict(blocks[start], pb=True), *blocks[start + 1 :]]


def _deferred(blocks: list[dict], index: int, piece: int) -> list[dict] | None:
    """The note printed on the next page, as LibreOffice prints a note that does not fit
    under a line it cannot move: its mark stays a plain mark, and the note itself (its mark
    hidden) opens the next block, which starts the next page."""
    if index + 1 >= len(blocks):
        return None
    block, following = blocks[index], blocks[index + 1]
    note = block["p"][piece]
    plain = [
        *block["p"][:piece],
        {k: v for k, v in note.items() if k not in ("note", "k")},
        *block["p"][piece + 1 :],
    ]
    moved = dict(following, pb=True, p=[dict(note, hide=True), *following["p"]])
    return [*blocks[:index], dict(block, p=plain), moved, *blocks[index + 2 :]]


# A way to settle a note: the blocks to typeset, and the page the note's block must then
# start on for the way to hold (None: any)
Way = tuple[list[dict], int | None]


def _ways(
    blocks: list[dict], place: Place, start_page: int | None, run: Run, keeps: Keeps, line: float, top: float
) -> list[Way]:
    """How LibreOffice would set the misplaced note, best first; none where typst's pages
    are already LibreOffice's."""
    index, piece = _notes(blocks)[place.note - 1]
    block = blocks[index]
    sticky = lambda b: keeps(b)[0]  # noqa: E731
    whole = _whole_to_next_page(blocks, index, sticky)
    if any(keeps(block)):  # set whole on one page
        return [(whole, None)] if whole else []
    starts = _starts(block["p"])
    apart = [dict(block, p=_head(block, at), pb=False) for at in starts]
    apart.append(dict(block, p=_head(block, (piece + 1, 0)), pb=False))  # up to the mark
    apart.append(dict(block, p=_head(block, (len(block["p"]), 0)), pb=False))  # the whole
    measured = run(blocks, apart)
    if start_page is None or len(measured.heights) != len(apart):
        return []
    *at_starts, mark_lines, lines = (_line_count(h, line) for h in measured.heights)
    # a line LibreOffice cannot move (orphan control) stays where it is with its note
    # printed on the next page when it ends the paragraph; otherwise the whole paragraph
    # goes to the next page with its note (seen on the corpus: A/C.3/80/L.21 and
    # A/C.2/80/L.30, A/80/L.11)
    last = mark_lines == lines
    deferred = _deferred(blocks, index, piece) if last and place.entry_page < place.mark_page else None
    stay = [(deferred, place.entry_page)] if deferred is not None else []
    if place.entry_page < place.mark_page and start_page == place.mark_page:
        return [*stay, (whole, None)] if whole else stay  # typst moved the whole paragraph
    # the mark's position is its line's baseline, less than a line below the line's top;
    # the paragraph runs on from the page before, so its lines there start at the top
    above_mark = max(0, int((place.mark_y - top) // line))
    first = _break_line(lines, mark_lines - 1, place, above_mark)
    if first == 0:
        if last and place.entry_page > place.mark_page:
            return []  # typst printed the note on the next page, as LibreOffice does
        if last:
            return stay
        return [(whole, None)] if whole else []
    # the start of line ``first``: the last place whose beginning fills ``first`` lines
    cut = [at for at, n in zip(starts, at_starts, strict=True) if n == first]
    if not cut:
        return []
    head, rest = _cut(block, cut[-1])
    return [([*blocks[:index], head, rest, *blocks[index + 1 :]], None)]


def _misplaced(measured: Measured, note: int) -> bool:
    return any(p.note == note and p.mark_page != p.entry_page for p in measured.places)


def settle(blocks: list[dict], run: Run, keeps: Keeps, line: Callable[[dict], float], top: float) -> Measured:
    """The typeset result of ``blocks`` with every note where LibreOffice prints it: on its
    mark's page where a cut or a page break can put it there. ``keeps`` tells whether a
    block is kept with the next (and moves with it) and whether it is kept together (never
    cut); ``line`` a block's line pitch; ``top`` where the text of a page after the first
    starts (pt)."""
    measured = run(blocks, [])
    tried: set[int] = set()
    for _ in range(ROUNDS):
        wrong = next(
            (p for p in measured.places if p.mark_page != p.entry_page and p.note not in tried), None
        )
        if wrong is None:
            break
        tried.add(wrong.note)
        index, _ = _notes(blocks)[wrong.note - 1]
        start_page = measured.starts.get(index)
        for way, start in _ways(blocks, wrong, start_page, run, keeps, line(blocks[index]), top):
            again = run(way, [])
            if start is not None and again.starts.get(index) != start:
                continue
            if start is None and _misplaced(again, wrong.note):
                continue  # this way did not help
            blocks, measured = way, again
            break
    return measured
