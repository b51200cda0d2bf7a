"""Every note printed on the page LibreOffice prints it on, as it renders our DOCX and ODT.

typst and LibreOffice agree on the lines; they differ on a note that does not fit under the
line that cites it (found on the real texts of the corpus, ``python bench/page_parity.py``,
also with the agenda title's column set 3 in to 4 in wide to meet more page breaks):

- widow and orphan control moves a paragraph's last lines, the mark among them, to the next
  page and leaves the note on the page before (typst/typst#5314, open);
- typst keeps a line and prints its note on the next page where LibreOffice moves the line;
- typst moves a line (and with widow control the line before it) to the next page with its
  note where LibreOffice keeps it and sends the note alone on.

LibreOffice meets a note while it fills the line that holds the text before the mark
(sw/source/core/text/txtftn.cxx, NewFootnotePortion). Where the note does not fit under that
line, the line stays if one more line would fit below it (above the page's notes, or above
where they would begin) and no other note of the line goes on too; otherwise the line goes to
the next page, with widows and orphans kept. The line may be the one before the mark's: a word
that ends a line without its mark wraps with it.

typst cannot be told "break before this line", so this module cuts the paragraph there and
sets it as two blocks, the first ending in a justified line and the second, after a page
break, starting as a following line; a note LibreOffice sends on without its line is printed
from the next page's first block, its mark there hidden, and its mark in the text made plain.

Where the lines of the paragraph start is measured, not guessed: typst breaks lines first
fit ("simple"), so the beginning of a paragraph up to a word breaks exactly as the whole
does, and the height of that beginning set apart (typst's ``measure``, in a second compile
that draws nothing more) says on which line the word starts. Markers inside the text would
split its runs, and typst sets no letter spacing after a run's last letter: lines measured
so broke unlike the pages on 8 of the 51 drafts. Where a line would stand if its note took
no room is a trial compile with the note a ghost (its mark set, its entry empty). Each round
settles one note only, since a cut moves every page after it.

The functions work on the template's block data (formats/typst_source.py), so the same
rule holds for the whole draft and for each slice of the preview (formats/typeset_slices.py).
"""

from __future__ import annotations

from delegate_editor.formats.layout_types import WIDOW_LINES
from delegate_editor.formats.note_cuts import (
    Lines,
    cut,
    deferred,
    ghost,
    head,
    line_starts,
    plain,
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
    """A note typst prints with its line that LibreOffice may set otherwise: its mark is on
    the first lines of a page (those widow control may move), in a paragraph begun on the
    page before."""
    marks_at = notes(blocks)
    for p in measured.places:
        if p.ghost or p.note in tried or p.note > len(marks_at) or p.mark_page != p.entry_page:
            continue
        index, _ = marks_at[p.note - 1]
        if measured.starts.get(index) != p.mark_page - 1:
            continue
        line = line_on_page(p, blocks[index], geometry)
        if line < WIDOW_LINES:
            return p
    return None


def _kept_ways(
    blocks: list[dict], pages: Measured, place: Place, run: Run, keeps: Keeps, geometry: Geometry
) -> list[Way]:
    """How LibreOffice sets a note whose line typst moved to the next page with it.

    LibreOffice meets a note while it fills the line that holds the text before the mark
    (sw/source/core/text/txtftn.cxx, NewFootnotePortion). If the note does not fit under that
    line, the line stays where the page already prints notes and one more line would fit
    below it: the note alone goes on (A/RES/80/45, A/C.1/80/L.2 under a wider agenda title).
    Otherwise the line goes to the next page, with widows and orphans kept. That line may be
    the one before the mark's: a word that ends a line without its mark wraps with it
    (A/C.2/80/L.25: "Sustainable / Development,5" leaves one line on page 1, so the whole
    paragraph moves).
    """
    index, piece = notes(blocks)[place.note - 1]
    block = blocks[index]
    if any(keeps(block)):
        return []
    line = geometry.line(block)
    starts = line_starts(block["p"])
    apart = [dict(block, p=head(block, at), pb=False) for at in starts]
    apart.append(dict(block, p=head(block, (piece, 0)), pb=False))  # up to the mark, without it
    apart.append(dict(block, p=head(block, (piece + 1, 0)), pb=False))  # up to the mark
    apart.append(dict(block, p=head(block, (len(block["p"]), 0)), pb=False))  # the whole
    heights = run(blocks, apart).heights
    if len(heights) != len(apart):
        return []
    *at_starts, bare_lines, mark_lines, lines = (line_count(h, line) for h in heights)
    lines_of = Lines(starts, at_starts, lines, mark_lines)
    if line_on_page(place, block, geometry) == 0 and bare_lines < mark_lines:
        way = _stopped_before(blocks, index, place, pages, lines_of, keeps, geometry)
        if way is not None:
            return [way]
    return _stays(blocks, index, piece, place, run, lines_of, geometry)


def _stopped_before(
    blocks: list[dict],
    index: int,
    place: Place,
    measured: Measured,
    lines_of: Lines,
    keeps: Keeps,
    geometry: Geometry,
) -> Way | None:
    """The mark's word wrapped only for its mark: LibreOffice meets the note on the line
    before, the last of the paragraph on the page before. Where the note does not fit under
    it, and the page prints no note or that is the last line that fits, that line goes on
    too, and the whole paragraph where fewer than orphans' lines would stay."""
    block, line = blocks[index], geometry.line(blocks[index])
    page = place.mark_page - 1
    first_baseline = measured.tops.get(index)
    if first_baseline is None or measured.starts.get(index) != page:
        return None
    stopped = lines_of.mark_lines - 2  # the line before the mark's, from 0
    bottom = first_baseline + geometry.descent(block) + stopped * line
    top = notes_top(measured.places, page, geometry.separator)
    room = (top if top is not None else geometry.notes_bottom - geometry.separator) - bottom
    if room + _SLACK >= entry_height(measured.places, place, geometry):
        return None  # the note fits under that line
    if top is not None and bottom + line <= top + _SLACK:
        return None  # not the last line that fits: it stays (see _stays)
    if stopped < WIDOW_LINES:
        whole = whole_to_next_page(blocks, index, lambda b: keeps(b)[0])
        return (whole, place.mark_page) if whole is not None else None
    at = lines_of.cut_at(stopped)
    if at is None:
        return None
    first_part, rest = cut(block, at)
    return ([*blocks[:index], first_part, rest, *blocks[index + 1 :]], page)


def _stays(
    blocks: list[dict], index: int, piece: int, place: Place, run: Run, lines_of: Lines, geometry: Geometry
) -> list[Way]:
    """The mark's line kept on the page before, its note printed on the next page, where
    LibreOffice keeps it: the page prints notes and one more line would fit under it (a
    trial with the note taking no room says where the line then stands)."""
    block = blocks[index]
    line, page = geometry.line(block), place.mark_page - 1
    trial = run(ghost(blocks, index, piece), [])
    trial_place = next((p for p in trial.places if p.note == place.note), None)
    top = notes_top(trial.places, page, geometry.separator)
    if top is None:  # no note on the page: where its notes would begin
        top = geometry.notes_end(page) - geometry.separator
    if trial_place is None or trial_place.mark_page != page:
        return []
    bottom = trial_place.mark_y + geometry.descent(block)  # of the mark's line, on the page before
    if bottom + line > top + _SLACK or any(_deferred_beside(p, trial_place) for p in trial.places):
        return []  # the last line that fits: it moves, as typst moved it
    first = lines_of.mark_lines + int((top - bottom) / line + _SLACK)  # the next page's first line
    if first >= lines_of.lines:  # the paragraph ends the page: the note opens the next block
        if trial.starts.get(index + 1) != place.mark_page:
            return []  # the next block starts on the page before: not modelled
        sent_on = deferred(blocks, index, piece)
        return [(sent_on, page)] if sent_on is not None else []
    first = min(first, lines_of.lines - WIDOW_LINES)
    at = lines_of.cut_at(first)
    if first < lines_of.mark_lines or at is None:
        return []  # widow control would take the mark's line on: not modelled
    first_part, rest = cut(plain(block, piece), at)
    rest = dict(rest, p=[dict(block["p"][piece], hide=True), *rest["p"]])
    return [([*blocks[:index], first_part, rest, *blocks[index + 1 :]], page)]


def _line_stays(place: Place, block: dict, places: list[Place], geometry: Geometry) -> bool:
    """Whether LibreOffice keeps the line of a note printed on a later page, as typst does:
    where one more line would fit under it and no other note of the line goes on too (see
    _kept_ways); else it moves the line."""
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
    return same_line and not other.ghost and other.entry_page > other.mark_page


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
            ways = _kept_ways(blocks, measured, place, run, keeps, geometry)
        for way, start in ways:
            again = run(way, [])
            if start is not None and again.starts.get(index) != start:
                continue
            if (start is None or wrong is None) and misplaced(again, place.note):
                continue  # this way did not help
            blocks, measured = way, again
            break
    return measured
