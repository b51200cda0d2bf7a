"""Every note printed on the page LibreOffice prints it on, as it renders our DOCX and ODT.

typst and LibreOffice agree on the lines; they differ on a note that does not fit under the
line that cites it (found on the real texts of the corpus, ``python bench/page_parity.py``,
also with the agenda title's column set 2.5 in to 4 in wide to meet more page breaks):

- widow and orphan control moves a paragraph's last lines, the mark among them, to the next
  page and leaves the note on the page before (typst/typst#5314, open);
- typst keeps a line and prints its note on the next page where LibreOffice moves the line;
- typst starts a page with the mark's line where LibreOffice starts it a line earlier.

LibreOffice meets a note while it fills the line that holds the text before the mark
(sw/source/core/text/txtftn.cxx, NewFootnotePortion). Where the note does not fit under that
line, the line stays if one more line would fit below it (above the page's notes, or above
where they would begin) and no other note of the line goes on too; otherwise the line goes to
the next page, with widows and orphans kept. The line may be the one before the mark's: a word
that ends a line without its mark wraps with it.

typst cannot be told "break before this line", so this module cuts the paragraph there and
sets it as two blocks (formats/note_cuts.py), the first ending in a justified line and the
second, after a page break, starting as a following line; a note LibreOffice prints a page
after its line is printed from the next page's first block, its mark there hidden, and its
mark in the text made plain.

Where the lines of the paragraph start is measured, not guessed: typst breaks lines first
fit ("simple"), so the beginning of a paragraph up to a word breaks exactly as the whole
does, and the height of that beginning set apart (typst's ``measure``, in a second compile
that draws nothing more) says on which line the word starts. Markers inside the text would
split its runs, and typst sets no letter spacing after a run's last letter: lines measured
so broke unlike the pages on 8 of the 51 drafts. Each round settles one note only, since a
cut moves every page after it.

The functions work on the template's block data (formats/typst_source.py), so the same
rule holds for the whole draft and for each slice of the preview (formats/typeset_slices.py).
"""

from __future__ import annotations

from delegate_editor.formats.layout_types import WIDOW_LINES
from delegate_editor.formats.note_cuts import (
    cut,
    deferred,
    head,
    line_starts,
    whole_to_next_page,
)
from delegate_editor.formats.note_places import (
    Geometry,
    Keeps,
    Measured,
    Place,
    Run,
    Way,
    entry_height,
    line_count,
    line_on_page,
    misplaced,
    notes,
    notes_top,
)

ROUNDS = 24  # misplaced notes settled in one typesetting, at most
_SLACK = 0.01  # pt: a line that fits to within this fits
_SAME_LINE = 1.0  # pt: marks whose baselines are this close stand on one line


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


def _ways(
    blocks: list[dict], place: Place, start_page: int | None, run: Run, keeps: Keeps, line: float, top: float
) -> list[Way]:
    """How LibreOffice would set the misplaced note, best first; none where typst's pages
    are already LibreOffice's."""
    index, piece = notes(blocks)[place.note - 1]
    block = blocks[index]
    sticky = lambda b: keeps(b)[0]  # noqa: E731
    whole = whole_to_next_page(blocks, index, sticky)
    if any(keeps(block)):  # set whole on one page
        return [(whole, None)] if whole else []
    starts = line_starts(block["p"])
    apart = [dict(block, p=head(block, at), pb=False) for at in starts]
    apart.append(dict(block, p=head(block, (piece + 1, 0)), pb=False))  # up to the mark
    apart.append(dict(block, p=head(block, (len(block["p"]), 0)), pb=False))  # the whole
    measured = run(blocks, apart)
    if start_page is None or len(measured.heights) != len(apart):
        return []
    *at_starts, mark_lines, lines = (line_count(h, line) for h in measured.heights)
    # a line LibreOffice cannot move (orphan control) stays where it is with its note
    # printed on the next page when it ends the paragraph; otherwise the whole paragraph
    # goes to the next page with its note (seen on the corpus: A/C.3/80/L.21 and
    # A/C.2/80/L.30, A/80/L.11)
    last = mark_lines == lines
    sent_on = deferred(blocks, index, piece) if last and place.entry_page < place.mark_page else None
    stay = [(sent_on, place.entry_page)] if sent_on is not None else []
    if place.entry_page < place.mark_page and start_page == place.mark_page:
        return [*stay, (whole, None)] if whole else stay  # typst moved the whole paragraph
    # the mark's position is its line's baseline, less than a line below the line's top;
    # the paragraph runs on from the page before, so its lines there start at the top
    above_mark = max(0, int((place.mark_y - top) // line))
    first = _break_line(lines, mark_lines - 1, place, above_mark)
    if first == 0:
        if last and place.entry_page > place.mark_page:
            # the last line that fits (settle asked _line_stays): it moves, and the lines
            # before it with it (A/C.3/80/L.21 under a wider agenda title)
            return [(whole, None)] if whole else []
        if last:
            return stay
        return [(whole, None)] if whole else []
    # the start of line ``first``: the last place whose beginning fills ``first`` lines
    at = [at for at, n in zip(starts, at_starts, strict=True) if n == first]
    if not at:
        return []
    first_part, rest = cut(block, at[-1])
    return [([*blocks[:index], first_part, rest, *blocks[index + 1 :]], None)]


def _suspect(measured: Measured, blocks: list[dict], geometry: Geometry, tried: set[int]) -> Place | None:
    """A note typst prints with its line that LibreOffice may send on with the line before:
    its mark is on the first line of a page, in a paragraph begun on the page before."""
    marks_at = notes(blocks)
    for p in measured.places:
        if p.note in tried or p.note > len(marks_at) or p.mark_page != p.entry_page:
            continue
        index, _ = marks_at[p.note - 1]
        if measured.starts.get(index) == p.mark_page - 1 and line_on_page(p, blocks[index], geometry) == 0:
            return p
    return None


def _wrapped_ways(
    blocks: list[dict], pages: Measured, place: Place, run: Run, keeps: Keeps, geometry: Geometry
) -> list[Way]:
    """How LibreOffice sets a note whose line starts a page, where the word before the mark
    would end the line before without its mark and wraps only for it.

    LibreOffice meets a note while it fills the line that holds the text before the mark
    (sw/source/core/text/txtftn.cxx, NewFootnotePortion): here the line before, the last of
    the paragraph on the page before. Where the note does not fit under that line and one
    more line would not fit either (see _line_stays), that line goes on too, and the whole
    paragraph where fewer lines than orphan control asks would stay (A/C.2/80/L.25:
    "Sustainable / Development,5" leaves one line on page 1, so the paragraph moves).
    """
    index, piece = notes(blocks)[place.note - 1]
    block = blocks[index]
    page = place.mark_page - 1
    first_baseline = pages.tops.get(index)
    if any(keeps(block)) or first_baseline is None:
        return []
    line = geometry.line(block)
    starts = line_starts(block["p"])
    apart = [dict(block, p=head(block, at), pb=False) for at in starts]
    apart.append(dict(block, p=head(block, (piece, 0)), pb=False))  # up to the mark, without it
    apart.append(dict(block, p=head(block, (piece + 1, 0)), pb=False))  # up to the mark
    heights = run(blocks, apart).heights
    if len(heights) != len(apart):
        return []
    *at_starts, bare_lines, mark_lines = (line_count(h, line) for h in heights)
    if bare_lines == mark_lines:
        return []  # the mark's word did not wrap for its mark: typst's break is LibreOffice's
    stopped = mark_lines - 2  # the line before the mark's, from 0
    bottom = first_baseline + geometry.descent(block) + stopped * line
    top = notes_top(pages.places, page, geometry.separator)
    begin = top if top is not None else geometry.notes_end(page) - geometry.separator
    if begin - bottom + _SLACK >= entry_height(pages.places, place, geometry):
        return []  # the note fits under that line
    if bottom + line <= begin + _SLACK:
        return []  # one more line fits: that line stays and the note alone goes on
    if stopped < WIDOW_LINES:
        whole = whole_to_next_page(blocks, index, lambda b: keeps(b)[0])
        return [(whole, place.mark_page)] if whole is not None else []
    at = [at for at, n in zip(starts, at_starts, strict=True) if n == stopped]
    if not at:
        return []
    first_part, rest = cut(block, at[-1])
    return [([*blocks[:index], first_part, rest, *blocks[index + 1 :]], page)]


def _line_stays(place: Place, block: dict, places: list[Place], geometry: Geometry) -> bool:
    """Whether LibreOffice keeps the line of a note printed on a later page, as typst does:
    where one more line would fit under it (above the page's notes, or above where they
    would begin) and no other note of the line goes on too; else it moves the line
    (sw/source/core/text/txtftn.cxx, NewFootnotePortion)."""
    if place.entry_page <= place.mark_page:
        return False
    others = [p for p in places if p.note != place.note]
    if any(_deferred_beside(p, place) for p in others):
        return False
    top = notes_top(others, place.mark_page, geometry.separator)
    if top is None:  # no note on the page: where its notes would begin
        top = geometry.notes_end(place.mark_page) - geometry.separator
    bottom = place.mark_y + geometry.descent(block)
    return bottom + geometry.line(block) <= top + _SLACK


def _deferred_beside(other: Place, place: Place) -> bool:
    """Whether another note on the same line goes on to a later page too: LibreOffice keeps
    a line that sends one note on, not one that sends two (A/RES/80/39, notes 7 and 8: with
    either mark taken out it keeps the line)."""
    same_line = other.mark_page == place.mark_page and abs(other.mark_y - place.mark_y) < _SAME_LINE
    return same_line and other.entry_page > other.mark_page


def settle(blocks: list[dict], run: Run, keeps: Keeps, geometry: Geometry) -> Measured:
    """The typeset result of ``blocks`` with every note where LibreOffice prints it: on its
    mark's page where a cut or a page break can put it there, and on the next page where
    LibreOffice leaves it there. ``keeps`` tells whether a block is kept with the next (and
    moves with it) and whether it is kept together (never cut)."""
    measured = run(blocks, [])
    tried: set[int] = set()
    for _ in range(ROUNDS):
        wrong = next(
            (p for p in measured.places if p.mark_page != p.entry_page and p.note not in tried), None
        )
        place = wrong or _suspect(measured, blocks, geometry, tried)
        if place is None:
            break
        tried.add(place.note)
        index, _ = notes(blocks)[place.note - 1]
        start_page = measured.starts.get(index)
        if wrong is not None and _line_stays(wrong, blocks[index], measured.places, geometry):
            continue  # LibreOffice too keeps the line and prints the note on the next page
        if wrong is not None:
            ways = _ways(blocks, wrong, start_page, run, keeps, geometry.line(blocks[index]), geometry.top)
        else:
            ways = _wrapped_ways(blocks, measured, place, run, keeps, geometry)
        for way, start in ways:
            again = run(way, [])
            if start is not None and again.starts.get(index) != start:
                continue
            if (start is None or wrong is None) and misplaced(again, place.note):
                continue  # this way did not help
            blocks, measured = way, again
            break
    return measured
