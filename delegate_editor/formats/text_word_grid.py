"""A table of words and a count in a PDF's text: its columns found from its heads.

The Fifth Committee's staffing tables ("17. Approves the changes to the staffing table as set
out in the table below:", A/C.5/80/L.5, A/RES/80/243) come as a heading over each part
("A. Pension Administration", or "A." / "Pension Administration"), its column heads, a line
each ("Action" / "Title of post" / "Category/level" / "Number"), then the rows cell by cell
("Establishment" / "Legal Officer" / "P-4" / "1"), an empty cell as an empty line ("Total
new posts" / "" / "" / "3"), the first cell at times on several lines ("Redeployment from
Strategic Management" / "Office (programme of work) to Business" / "Support Section
(programme support)"). Each row ends with its count, so the count closes a row: the lines
before it are its other cells, and lines beyond one a cell go to the first cell, the longest.
The next part repeats the heads under its own heading.

Read so, the table keeps its columns: a part's heading is a row of its own (its first cell),
the heads of each part a row. A table that does not fit this shape throughout is left to
``text_ledger.lines_as_rows`` (one cell a row), which loses nothing.
"""

from __future__ import annotations

import re

_COUNT = re.compile(r"^(?:\(?\d{1,5}\)?|[–—-])$")  # "1", "(2)", "–": a row's last cell
_NUMBERED = re.compile(r"^\d{1,3}\.(?:\s|$)")  # the next paragraph: the table has ended
_HEADING = re.compile(r"^[A-Z]\.(?: \S.*)?$")  # "A. Pension Administration", or "A." alone
_SHORT = 60  # a head or a heading is at most this long
_MAX_COLUMNS = 6
_CELL_LINES = 3  # lines a first cell may take


def word_grid(lines: list[str]) -> tuple[list[list[str]], int] | None:
    """The rows of such a table at ``lines``' start (stripped lines, "" for an empty one)
    and how many lines they took; None when the lines are not such a table, two rows at
    least under heads of two to six columns."""
    at = 0
    rows: list[list[str]] = []
    heads: list[str] | None = None
    while True:
        start = _skip_blank(lines, at)
        heading, after = _heading(lines, start)
        found = _part(lines, after, heads)
        if found is None:
            break
        again = heads is not None and not heading  # the heads a new page repeats: no row
        heads, part_rows, at = found
        n = len(heads)
        rows += ([[heading] + [""] * (n - 1)] if heading else []) + ([] if again else [heads]) + part_rows
    if heads is None:
        return None
    # the table ends where the text goes on: the next paragraph, or a note under the table
    # ("Abbreviations: GS (OL), ...") - never amid lines it did not read as rows
    after = _skip_blank(lines, at)
    if after < len(lines) and not (_NUMBERED.match(lines[after]) or lines[after].endswith(".")):
        return None
    return rows, at


def _skip_blank(lines: list[str], at: int) -> int:
    while at < len(lines) and not lines[at]:
        at += 1
    return at


def _heading(lines: list[str], at: int) -> tuple[str, int]:
    """A part's heading and the line after it and its blank lines ("", ``at``) if none."""
    if at >= len(lines) or not _HEADING.match(lines[at]) or len(lines[at]) > _SHORT:
        return "", at
    text, at = lines[at], at + 1
    if text.endswith(".") and at < len(lines) and lines[at] and len(lines[at]) <= _SHORT:
        text, at = f"{text} {lines[at]}", at + 1  # "A." / "Pension Administration"
    return text, _skip_blank(lines, at)


def _part(
    lines: list[str], at: int, heads: list[str] | None
) -> tuple[list[str], list[list[str]], int] | None:
    """A part's heads, its rows (two at least) and the line after them; the heads must be
    the first part's again when ``heads`` is given."""
    sizes = [len(heads)] if heads else range(2, _MAX_COLUMNS + 1)
    best: tuple[list[str], list[list[str]], int] | None = None
    for n in sizes:
        head = lines[at : at + n]
        if len(head) < n or any(_no_head(h) for h in head):
            continue
        if heads and head != heads:
            return None
        rows, end = _rows(lines, at + n, n)
        # the columns that read furthest: with too few, a head ("Number") and cells join
        # a row's first cell for a row or two, before a row no longer fits
        if len(rows) >= 2 and (best is None or end > best[2]):
            best = head, rows, end
    return best


def _no_head(line: str) -> bool:
    return not line or len(line) > _SHORT or bool(_COUNT.match(line) or _NUMBERED.match(line))


def _rows(lines: list[str], at: int, n: int) -> tuple[list[list[str]], int]:
    """Rows of ``n`` cells from ``at``, each closed by its count, and the line after them."""
    rows: list[list[str]] = []
    while at < len(lines) and lines[at] and not _NUMBERED.match(lines[at]):
        end = at
        while end < len(lines) and end - at < n - 1 + _CELL_LINES and not _COUNT.match(lines[end]):
            end += 1
        if end >= len(lines) or not _COUNT.match(lines[end]) or end - at < n - 1:
            break
        cells = lines[at:end]
        if len(cells) > n - 1 and all(cells):  # a cell that wraps: "(Change Management)" goes on
            cells = _joined(cells, len(cells) - (n - 1))
        extra = len(cells) - (n - 1)
        if extra and not all(cells):  # an empty cell among wrapped ones: no row of this table
            break
        first = " ".join(cells[: extra + 1])
        rows.append([first, *cells[extra + 1 :], lines[end]])
        at = end + 1
    return rows, at


def _joined(cells: list[str], extra: int) -> list[str]:
    """Up to ``extra`` lines that go on from the line above (starting with a bracket or in
    lower case: "Programme Management Officer" / "(Change Management)") joined to it."""
    out = [cells[0]]
    for cell in cells[1:]:
        if extra and cell[:1] in "(" + "abcdefghijklmnopqrstuvwxyz":
            out[-1] += " " + cell
            extra -= 1
        else:
            out.append(cell)
    return out
