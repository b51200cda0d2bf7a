"""A table of words in a PDF's text: its columns found from its heads.

Two shapes recur under a paragraph that names its table ("... as set out in the table
below:"), a line a cell, an empty cell an empty line:

- the Fifth Committee's staffing tables (A/C.5/80/L.5, A/RES/80/243, A/RES/79/253): a heading
  over each part ("A. Pension Administration", or "A." / "Pension Administration"), the heads
  ("Action" / "Title of post" / "Category/level" / "Number"), then rows closed by their count
  ("Establishment" / "Legal Officer" / "P-4" / "1"; "Total new posts" / "" / "" / "3");
- the peacekeeping scale's levels (A/RES/76/239, A/RES/79/250): heads that wrap ("Threshold
  in United States" / "dollars (2022–2024)", "Discount" / "(Percentage)"), then rows opened
  by their key, a level's letter ("D" / "Member States with per capita gross national income
  less than" / "2 times the average ..." / "Under 21,566" / "20").

A line that starts in lower case or with a bracket goes on with the one above it
("(Change Management)", "and J contributors)"); lines beyond a row's cells then go to its
first cell that is no key, the longest ("Redeployment from Strategic Management" / "Office
(programme of work) to Business" / "Support Section (programme support)"). The next part
repeats the heads under its own heading; a new page may repeat them alone. Notes under the
table ("Abbreviations: GS (OL), ...", "a" / "Member States in level H* have a discount of 70
per cent.") are rows of their own. A table read so keeps its columns; one that does not fit
up to the next numbered paragraph is left to ``text_ledger.lines_as_rows`` (one cell a row).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from delegate_editor.formats.text_ledger import MAX_HEAD, NUMBERED, SHORT

_COUNT = re.compile(r"^(?:\(?\d{1,5}\)?|[–—-])$")  # "1", "(2)", "–": a row's last cell
_KEY = re.compile(r"^[A-Z]$")  # a row's key: a level's letter ("D"), never a figure
_HEADING = re.compile(r"^[A-Z]\.(?: \S.*)?$")  # "A. Pension Administration", or "A." alone
_NOTE_LETTER = re.compile(r"^[a-z]$")  # a table note's letter alone: "a" / "Member States ..."
_MAX_COLUMNS = 6
_CELL_LINES = 3  # lines a row's cells may take beyond one each


def word_grid(
    lines: list[str], head_cells: Callable[[tuple[str, ...]], list[str]]
) -> tuple[list[list[str]], int] | None:
    """The rows of such a table at ``lines``' start (stripped lines, "" for an empty one)
    and how many lines they took; None when the lines are not such a table: two rows at
    least under heads of two to six columns, read up to the next numbered paragraph.
    ``head_cells`` joins head lines that go on (``text_grid``'s, as for every table)."""
    at = 0
    rows: list[list[str]] = []
    heads: list[str] | None = None
    while True:
        heading, after = _heading(lines, _skip_blank(lines, at))
        found = _part(lines, after, heads, head_cells)
        if found is None:
            break
        again = heads is not None and not heading  # the heads a new page repeats: no row
        heads, part_rows, at = found
        n = len(heads)
        rows += ([[heading] + [""] * (n - 1)] if heading else []) + ([] if again else [heads]) + part_rows
    if heads is None:
        return None
    notes, at = _notes(lines, at)
    rows += [[note] + [""] * (len(heads) - 1) for note in notes]
    after = _skip_blank(lines, at)
    return (rows, at) if after == len(lines) or NUMBERED.match(lines[after]) else None


def _skip_blank(lines: list[str], at: int) -> int:
    while at < len(lines) and not lines[at]:
        at += 1
    return at


def _heading(lines: list[str], at: int) -> tuple[str, int]:
    """A part's heading and the line after it and its blank lines ("", ``at``) if none."""
    if at >= len(lines) or not _HEADING.match(lines[at]) or len(lines[at]) > SHORT:
        return "", at
    text, at = lines[at], at + 1
    if text.endswith(".") and at < len(lines) and lines[at] and len(lines[at]) <= SHORT:
        text, at = f"{text} {lines[at]}", at + 1  # "A." / "Pension Administration"
    return text, _skip_blank(lines, at)


def _part(
    lines: list[str], at: int, heads: list[str] | None, head_cells: Callable[[tuple[str, ...]], list[str]]
) -> tuple[list[str], list[list[str]], int] | None:
    """A part's heads, its rows (two at least) and the line after them; the heads must be
    the first part's again when ``heads`` is given. Of the heads that fit, those whose rows
    read furthest: with too few columns a head ("Number") joins a row's first cell, and a
    row or two fit before one no longer does."""
    best: tuple[list[str], list[list[str]], int] | None = None
    for size in range(2, MAX_HEAD + 1):
        block = lines[at : at + size]
        if len(block) < size or any(_no_head(h) for h in block):
            break
        head = head_cells(tuple(block))
        if not 2 <= len(head) <= _MAX_COLUMNS or (heads and head != heads):
            continue
        rows, end = _rows(lines, at + size, len(head))
        if len(rows) >= 2 and (best is None or end > best[2]):
            best = head, rows, end
    return best


def _no_head(line: str) -> bool:
    return not line or len(line) > SHORT or bool(_COUNT.match(line) or NUMBERED.match(line))


def _rows(lines: list[str], at: int, n: int) -> tuple[list[list[str]], int]:
    """Rows of ``n`` cells from ``at`` and the line after them: each opened by its key
    when the first is, else each closed by its count."""
    keyed = at < len(lines) and _KEY.match(lines[at]) is not None
    rows: list[list[str]] = []
    while at < len(lines) and lines[at] and not NUMBERED.match(lines[at]):
        if keyed:
            end = at + 1
            while (
                end < len(lines) and lines[end] and not (_KEY.match(lines[end]) or NUMBERED.match(lines[end]))
            ):
                end += 1
            cells = _cells(lines[at + 1 : end], n - 1)
            row, after = ([lines[at], *cells] if cells else None), end
        else:
            end = at
            while end < len(lines) and end - at < n - 1 + _CELL_LINES and not _COUNT.match(lines[end]):
                end += 1
            found = end < len(lines) and _COUNT.match(lines[end]) is not None
            cells = _cells(lines[at:end], n - 1) if found else None
            row, after = ([*cells, lines[end]] if cells else None), end + 1
        if row is None:
            break
        rows.append(row)
        at = after
    return rows, at


def _cells(lines: list[str], n: int) -> list[str] | None:
    """``lines`` as ``n`` cells: lines that go on joined to the line above, then what is
    left over joined into the first cell; None when they are fewer, or an empty cell stands
    among lines to be joined."""
    if len(lines) > n and not all(lines):
        return None
    cells = _joined(lines, len(lines) - n)
    if len(cells) < n:
        return None
    extra = len(cells) - n
    return [" ".join(cells[: extra + 1]), *cells[extra + 1 :]]


def _joined(lines: list[str], extra: int) -> list[str]:
    """Up to ``extra`` lines that go on from the line above (starting with a bracket or in
    lower case: "Programme Management Officer" / "(Change Management)") joined to it."""
    out = lines[:1]
    for line in lines[1:]:
        if extra > 0 and line[:1] in "(" + "abcdefghijklmnopqrstuvwxyz":
            out[-1] += " " + line
            extra -= 1
        else:
            out.append(line)
    return out


def _notes(lines: list[str], at: int) -> tuple[list[str], int]:
    """The notes under the table, each a sentence ("Abbreviations: GS (OL), General Service
    (Other level); ...") or a letter and its sentence ("a" / "Member States in level H* have
    a discount of 70 per cent."), and the line after them."""
    notes: list[str] = []
    while True:
        k = _skip_blank(lines, at)
        if k < len(lines) and _NOTE_LETTER.match(lines[k]) and k + 1 < len(lines) and lines[k + 1]:
            note, k = f"{lines[k]} {lines[k + 1]}", k + 2
        elif k < len(lines) and lines[k].endswith(".") and not NUMBERED.match(lines[k]):
            note, k = lines[k], k + 1
        else:
            return notes, at
        notes.append(note)
        at = k
