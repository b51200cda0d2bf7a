"""What a compile of the typeset pages says about its notes, for formats/note_pages.py.

The template (``resources/typst/pages.typ``) reports, for each note, where its mark stands
(page and baseline) and where its entry is printed (page and top), and for each paragraph
that cites a note the page and baseline it starts on. These are the facts the rules of
formats/note_pages.py read, with the layout's few numbers (``Geometry``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """A note by its count in the text (from 1), where its mark stands and where it is printed."""

    note: int
    mark_page: int
    entry_page: int
    mark_y: float = 0.0  # the baseline of the mark's line on its page (pt from the top)
    entry_y: float = 0.0  # the top of the note's entry on its page


@dataclass(frozen=True)
class Geometry:
    """What the rules read of the layout: a block's line pitch and the depth of its lines
    below their baselines (both by its style), where the text of a page after the first
    starts, the height of the notes' separator above the first entry of a page, and where
    the notes of such a page end."""

    line: Callable[[dict], float]
    descent: Callable[[dict], float]
    top: float
    separator: float
    notes_bottom: float  # where the notes of a page after the first end (pt from the top)
    first_extra: float = 0.0  # page 1 ends its notes this much higher

    def notes_end(self, page: int) -> float:
        return self.notes_bottom - (self.first_extra if page == 1 else 0.0)


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
    tops: dict[int, float] = field(default_factory=dict)  # where those paragraphs start (pt)


# compile the template on these blocks, with these paragraphs measured apart (none: the
# pages themselves)
Run = Callable[[list[dict], list[dict]], Measured]


# a block kept with the next one, and kept together
Keeps = Callable[[dict], tuple[bool, bool]]


# A way to settle a note: the blocks to typeset, and the page the note's block must then
# start on for the way to hold (None: any)
Way = tuple[list[dict], int | None]


def places_of(raw: list) -> list[Place]:
    return [Place(int(n), int(mark), int(entry), float(y), float(top)) for n, mark, entry, y, top in raw]


def cites_note(block: dict) -> bool:
    """Whether a block holds a note's mark (the one that prints it, or a mark whose note
    is printed elsewhere)."""
    return any(p.get("mark") for p in block["p"])


def notes(blocks: list[dict]) -> list[tuple[int, int]]:
    """(block, piece) of each footnote, in the order typst counts them."""
    return [
        (i, j) for i, b in enumerate(blocks) for j, p in enumerate(b["p"]) if p.get("mark") and "note" in p
    ]


def printed(measured: Measured) -> dict[str, int]:
    """Note mark → the page its note is printed on, in the compile ``measured`` answers."""
    marks = [measured.blocks[i]["p"][j]["t"] for i, j in notes(measured.blocks)]
    return {marks[p.note - 1]: p.entry_page for p in measured.places if p.note <= len(marks)}


def notes_top(places: list[Place], page: int, separator: float) -> float | None:
    """Where the notes printed on ``page`` begin (their separator's top); None: no note there."""
    tops = [p.entry_y for p in places if p.entry_page == page]
    return min(tops) - separator if tops else None


def line_on_page(place: Place, block: dict, geometry: Geometry) -> int:
    """The line of the page (from 0) that holds the mark, in a paragraph that runs on from
    the page before (its lines there start at the text's top)."""
    line = geometry.line(block)
    return round((place.mark_y + geometry.descent(block) - geometry.top) / line) - 1


def entry_height(places: list[Place], place: Place, geometry: Geometry) -> float:
    """The height of a note's entry: to the next entry on its page, or to the notes' bottom."""
    below = [p.entry_y for p in places if p.entry_page == place.entry_page and p.entry_y > place.entry_y]
    return (min(below) if below else geometry.notes_bottom) - place.entry_y


def misplaced(measured: Measured, note: int) -> bool:
    return any(p.note == note and p.mark_page != p.entry_page for p in measured.places)


def line_count(height: float, line: float) -> int:
    return round(height / line)
