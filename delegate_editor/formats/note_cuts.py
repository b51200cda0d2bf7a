"""The blocks of the typeset pages cut and rearranged where LibreOffice breaks a page
(formats/note_pages.py decides where): a paragraph cut before a line, a block sent to the
next page, a note printed from the next page.

The blocks are the template's data (formats/typst_source.py); each function returns new
blocks and changes none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from delegate_editor.formats.typst_source import retext

LINE_START = re.compile(r"(?<=\s)(?=\S)|(?<=\S-)(?=[^\W\d_])")


def line_starts(pieces: list[dict]) -> list[tuple[int, int]]:
    """Where a line can start: (piece, character) after spaces and after a hyphen before a
    letter (where typst and LibreOffice break "cross-border")."""
    out: list[tuple[int, int]] = []
    for j, piece in enumerate(pieces):
        if piece.get("mark"):
            continue
        out += [(j, m.end()) for m in LINE_START.finditer(piece["t"]) if 0 < m.end() < len(piece["t"])]
        if j + 1 < len(pieces) and piece["t"][-1:].isspace() and not pieces[j + 1].get("mark"):
            out.append((j + 1, 0))
    return sorted(set(out))


def head(block: dict, at: tuple[int, int]) -> list[dict]:
    """The block's pieces before ``at``, its notes as plain marks (measured, not printed)."""
    j, c = at
    pieces = [{k: v for k, v in p.items() if k != "note"} for p in block["p"][:j]]
    if c > 0:
        pieces.append(retext(block["p"][j], block["p"][j]["t"][:c].rstrip()))
    return pieces


def cut(block: dict, at: tuple[int, int]) -> tuple[dict, dict]:
    j, c = at
    before = [*block["p"][:j]]
    after = [*block["p"][j:]]
    if c > 0:
        text = block["p"][j]["t"]
        before.append(retext(block["p"][j], text[:c].rstrip()))
        after[0] = retext(block["p"][j], text[c:])
    return dict(block, p=before, jl=True), dict(block, p=after, cont=True, pb=True, a=0)


def whole_to_next_page(blocks: list[dict], index: int, sticky: Callable[[dict], bool]) -> list[dict] | None:
    """A page break before the block, or before the headings kept with it."""
    start = index
    while start > 0 and sticky(blocks[start - 1]):
        start -= 1
    if blocks[start].get("pb"):
        return None  # already at a page top: nothing to move
    return [*blocks[:start], dict(blocks[start], pb=True), *blocks[start + 1 :]]


def deferred(blocks: list[dict], index: int, piece: int) -> list[dict] | None:
    """The note printed on the next page, as LibreOffice prints a note that does not fit
    under a line it cannot move: its mark stays a plain mark, and the note itself (its mark
    hidden) opens the next block, which starts the next page."""
    if index + 1 >= len(blocks):
        return None
    block, following = blocks[index], blocks[index + 1]
    note = block["p"][piece]
    moved = dict(following, pb=True, p=[dict(note, hide=True), *following["p"]])
    return [*blocks[:index], plain(block, piece), moved, *blocks[index + 2 :]]


def plain(block: dict, piece: int) -> dict:
    """The block with that note's mark printed as a plain mark: the note is printed elsewhere."""
    note = block["p"][piece]
    mark = {k: v for k, v in note.items() if k not in ("note", "k")}
    return dict(block, p=[*block["p"][:piece], mark, *block["p"][piece + 1 :]])
