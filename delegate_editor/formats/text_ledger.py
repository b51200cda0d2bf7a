"""A budget's table in a PDF's text, and the operative paragraph a table completes (``text_grid``).

A/C.5/80/L.6's appropriations ("Section" / "Amount (United States dollars)") give each row
as its section's number, its title and its amount, a line each ("2" / "General Assembly and
Economic and Social Council affairs and conference management" / "353 354 200"), a title
the page was too narrow for on two lines ("... and small island developing" / "States"),
and rows with no number: a part's heading with an empty amount ("Part I. Overall
policymaking, direction and coordination" / " "), its subtotal ("Subtotal, part I" /
"446 092 700"), the total. A row is therefore read up to its figures: a key (a section's
number), one to three lines of label, and one figure a value column (:func:`ledger`). The
"Section" head stands over both the key and the label: the header row gives it the key's
column and leaves the label's empty, and a row with no key has its label in the label
column, where the names are read down (the model has no cell that spans two columns).

A table is the operative part's only where it completes a numbered paragraph that ends in
a colon ("1. Appropriations ... are hereby approved for the following purposes:", "12.
Resolves that the scale of assessments ... shall be as follows:"): :func:`paragraph_above`
finds that paragraph's number. A table whose heads are not repeated (one page) is read
there only, under such a paragraph, and only in this shape of label and figures
(:func:`small_table`): A/C.5/80/L.6's resolution B ("Income section" / "Amount (United
States dollars)" / "1. Income from staff assessment" / "278 735 200" ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from delegate_editor.formats.text_table import TABLE_NOTE

# a figure alone in its cell: "1 573", "–", "9 237b", "0.005", or an empty cell; never a
# number ending in a period or a comma, which is a paragraph's label or the text's ("15.")
VALUE = re.compile(r"^(?:[–—-]|\(?\d[\d ,.]*\)?[a-z]?|)$")
_KEY = re.compile(r"^\d{1,3}[A-Z]?$")  # a section's number: "2", "29A"
NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s|$)")  # a numbered paragraph's first line, or "12." alone
_LABEL_LINES = 3  # lines a row's label may take
_LABEL_LENGTH = 100  # a longer line is prose, never a cell
_ENDS = re.compile(r"[;.:]$")  # a line of prose ends so; an empty row's label does not
MAX_HEAD = 8  # lines of a table's header
_PARAGRAPH_LINES = 200  # a paragraph's lines at most: text with no blank line is no PDF's
SHORT = 60  # a header line is at most this long


def figure(line: str) -> bool:
    """A value cell: a figure, a dash or an empty cell, never "15." nor "2025,"."""
    return VALUE.match(line) is not None and not line.endswith((".", ","))


def ledger(lines: list[str], values: int) -> tuple[list[list[str]], int, bool]:
    """Rows of an optional key, a label and ``values`` figures; how many lines they took,
    and whether any row has a key. A numbered line ("1. Income from staff assessment") is a
    label only with a figure right under it: otherwise it is the next paragraph, and the
    table ends. A row whose figures are all empty (a part's heading) ends no table."""
    rows: list[list[str]] = []
    ends: list[int] = []
    i = 0
    while i < len(lines):
        if not lines[i]:  # the empty cells of a spacer row
            i += 1
            continue
        j, key = i, ""
        if _KEY.match(lines[j]) and j + 1 < len(lines) and lines[j + 1] and not figure(lines[j + 1]):
            key, j = lines[j], j + 1
        label: list[str] = []
        while j < len(lines) and lines[j] and not figure(lines[j]) and len(label) < _LABEL_LINES:
            if len(lines[j]) > _LABEL_LENGTH or TABLE_NOTE.match(lines[j]):
                break  # prose, or the table's notes ("a Includes one ... post")
            if NUMBERED.match(lines[j]) and (
                label or j + 1 >= len(lines) or not lines[j + 1] or not figure(lines[j + 1])
            ):
                break
            label.append(lines[j])
            j += 1
        cells = lines[j : j + values]
        if not label or len(cells) < values or not all(figure(c) for c in cells):
            break
        text = " ".join(label)
        if NUMBERED.match(text) and not any(cells):
            break
        if not any(cells) and _ENDS.search(text):
            break
        rows.append([key, text, *cells])
        ends.append(j + values)
        i = j + values
    while rows and not any(rows[-1][2:]):  # a table ends on a row of figures
        rows.pop()
        ends.pop()
    keyed = any(r[0] for r in rows)
    return [r if keyed else r[1:] for r in rows], (ends[-1] if ends else 0), keyed


def paragraph_above(lines: list[str], at: int, furniture: Sequence[bool]) -> int | None:
    """The number of the operative paragraph that the text above line ``at`` ends with a
    colon, or None: the lines above, page furniture set aside, back to the blank line that
    opens the paragraph, the first of them "12." or "12. Resolves that ...". A page may
    break inside the paragraph: its furniture and the blank lines around it are skipped."""
    j = at - 1
    while j >= 0 and (not lines[j].strip() or furniture[j]):
        j -= 1
    if j < 0 or not lines[j].strip().endswith(":"):
        return None
    first = last = j
    while j >= 0 and last - j < _PARAGRAPH_LINES:
        line = lines[j].strip()
        if furniture[j]:
            pass
        elif not line:
            if not _page_gap(lines, j, furniture):
                break
        else:
            first = j
            if NUMBERED.match(line):  # its first line: a page break right above it is no gap
                break
        j -= 1
    m = NUMBERED.match(lines[first].strip())
    return int(m.group(1)) if m else None


def _page_gap(lines: list[str], j: int, furniture: Sequence[bool]) -> bool:
    """A blank line beside page furniture: the break between two pages, not between two
    paragraphs."""
    for step in (-1, 1):
        k = j + step
        while 0 <= k < len(lines) and not lines[k].strip():
            k += step
        if 0 <= k < len(lines) and furniture[k]:
            return True
    return False


def small_table(
    lines: list[str], head_cells: Callable[[tuple[str, ...]], list[str]]
) -> tuple[list[str], list[list[str]], int] | None:
    """A table whose heads stand once, at ``lines``' start (the lines under a paragraph that
    ends in a colon, up to the page's end): its head cells, its rows and how many lines they
    took, or None. The heads are the short lines above the first row, one cell each but for
    a line that goes on with the one above; the rows must fill as many cells, a label and
    figures, three rows at least, the last one's figures not empty."""
    start = 0
    while start < len(lines) and not lines[start]:
        start += 1
    for size in range(2, MAX_HEAD + 1):
        head = tuple(lines[start : start + size])
        if len(head) < size or any(not h or len(h) > SHORT or figure(h) or NUMBERED.match(h) for h in head):
            return None
        cells = head_cells(head)
        if len(cells) < 2:
            continue
        rows, used, keyed = ledger(lines[start + size :], len(cells) - 1)
        if len(rows) >= 3 and not keyed and sum(bool(r[-1]) for r in rows) * 2 > len(rows):
            return cells, rows, start + size + used
    return None


# a paragraph that names the table it introduces: "... as set forth in the table below:"
# (A/RES/79/250), "... as set out in the table below:" (A/RES/80/243)
_NAMES_TABLE = re.compile(r"\btable(?: below| that follows)?:$")


def names_table(paragraph_end: str) -> bool:
    """Whether a paragraph's last line names the table under it ("... in the table below:")."""
    return _NAMES_TABLE.search(paragraph_end) is not None


def lines_as_rows(paragraph_end: str, lines: list[str]) -> tuple[list[list[str]], int] | None:
    """The lines of a table whose columns its text does not give (cells of words over
    several lines, heads that wrap: A/RES/79/250's "Level" / "Criterion" / "Threshold in
    United States" / "dollars (2025–2027)" ...), one row of one cell each, and how many lines
    they took: under a paragraph that names its table, up to the next numbered paragraph.
    The table's words then stay in its rows, in order, where the delegate sets its columns,
    instead of running on as the paragraph's text. None when the paragraph names no table,
    or the lines are no table's (a line of prose, or fewer than three)."""
    if not names_table(paragraph_end):
        return None
    rows: list[list[str]] = []
    used = 0
    for k, line in enumerate(lines):
        if NUMBERED.match(line):
            break
        used = k + 1
        if not line:
            continue
        if len(line) > _LABEL_LENGTH:
            return None
        rows.append([line])
    return (rows, used) if len(rows) >= 3 else None
