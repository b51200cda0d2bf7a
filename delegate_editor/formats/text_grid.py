"""A table copied from a UN PDF, set back as rows (pass 0 of ``text_import``).

A PDF's text gives a table cell by cell, a line each, with nothing to say where a row ends:
A/C.5/80/L.4's staffing table reads "Deputy Secretary-General" / "1" / "–" / "1" /
"Under-Secretary-General" / "39" ..., an empty cell as a line holding a space. What marks a
table is its header: the UN repeats the column heads at the top of every page the table runs
onto ("Date/time" / "Programme" on each of A/C.4/80/L.15's pages 2 to 7), so a run of short
lines that opens a page and stood earlier in the text is a table's header, and the text from
its first place on is the table. Its lines are then read by the shape of the table:

- a grid of figures (a staffing table, a budget): each row a label and one value a column
  ("1 573", "–", "9 237b", or empty), so a row is a label and the next N-1 lines;
- a timetable (two columns, dates and times on the left): a line that is a date or a time
  ("Week of 28 September–2 October", "Thursday, 1 October", "10 a.m.") opens a row, the
  lines after it fill its right cell and then rows of their own, a line being joined to the
  one above where that one stops mid-phrase ("... requests to petition on" / "Non-Self-
  Governing Territories") or it starts small.

- a budget (a section's number, its title, its amount; a part's heading and subtotal rows
  with no number): ``text_ledger.ledger``, when it reads further than the grid.

A table is read so where the model holds it: in an annex or a list a decision sets out (no
numbered paragraph follows it), or under the operative paragraph it completes, one that
ends in a colon ("1. Appropriations ... are hereby approved for the following purposes:",
A/C.5/80/L.6), whose row sub-paragraphs its rows become; a table one page holds, its heads
not repeated, is read there too when it is a label and figures a row (``text_ledger``), and
under a paragraph that names its table ("... set forth in the table below:") a table whose
columns the text does not give is kept line by line, one cell a row (``lines_as_rows``).
The rows are written in the text form's pipe table (``text_table``), the repeated headers
dropped, the page furniture and the footnotes of the pages the table crosses left in place
for the passes after this one; a table whose lines fit no shape is left as it was.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.text_ledger import (
    MAX_HEAD,
    SHORT,
    ledger,
    lines_as_rows,
    names_table,
    paragraph_above,
    small_table,
)
from delegate_editor.formats.text_lines import (
    FURNITURE,
    HEAD_PAGE,
    JOB,
    MONTH,
    OPERATIVE_LABEL,
    REISSUED,
    SYMBOL,
)
from delegate_editor.formats.text_table import TABLE_NOTE
from delegate_editor.formats.text_word_grid import word_grid

_HEAD_SKIP = 2  # lines a running head may take above the repeated header
_VALUE = re.compile(r"^(?:[–—-]|\(?\d[\d ,.]*\)?[a-z]?|)$")  # "1 573", "–", "9 237b", empty
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME = r"\d{1,2}(?:[.:]\d{2})? ?[ap]\.m\."
_WHEN = re.compile(
    rf"^(?:Week of\b.*|{_WEEKDAY},? \d{{1,2}} {MONTH}\b.*|{_TIME}(?: ?[–-] ?{_TIME})?"
    rf"|\d{{1,2}}(?: {MONTH})?(?: ?[–-] ?\d{{1,2}})? {MONTH}\b.*)$"
)
_OPEN_END = re.compile(r"(?:(?:^|\s)(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with)|[-–“(,])$")


def _furniture(line: str) -> bool:
    parts = re.split(r"\s{2,}", line.strip())
    return all(
        FURNITURE.match(p) or HEAD_PAGE.match(p) or JOB.match(p) or SYMBOL.match(p) or REISSUED.match(p)
        for p in parts
    )


class _Text:
    """The lines, which of them are furniture, and where each page's text starts."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.furniture = [bool(ln.strip()) and _furniture(ln) for ln in self.lines]
        self.page_starts: list[int] = []
        after_page = False
        for i, line in enumerate(self.lines):
            if self.furniture[i]:
                after_page = after_page or re.search(r"\d{1,3}/\d{1,3}\s*$", line.strip()) is not None
            elif line.strip() and not re.fullmatch(r"_{5,}", line.strip()):
                if after_page:
                    self.page_starts.append(i)
                after_page = False

    def content(self, start: int, count: int) -> list[int]:  # noqa: D102
        """The indices of the next ``count`` lines of text from ``start``."""
        out: list[int] = []
        i = start
        while i < len(self.lines) and len(out) < count:
            if self.lines[i].strip() and not self.furniture[i]:
                out.append(i)
            i += 1
        return out

    def text(self, indices: list[int]) -> tuple[str, ...]:
        return tuple(self.lines[i].strip() for i in indices)


def _header(t: _Text) -> tuple[tuple[str, ...], int, set[int], set[int]] | None:
    """The repeated header: its lines, where it first stands, the indices of the lines of
    its repeats near a page's top (to be dropped), and of the lines above them there (an
    adopted text's running head, left for the passes that take it out)."""
    content = [i for i, line in enumerate(t.lines) if line.strip() and not t.furniture[i]]
    texts = [t.lines[i].strip() for i in content]
    where: dict[str, list[int]] = {}
    for k, line in enumerate(texts):
        where.setdefault(line, []).append(k)
    pos = {i: k for k, i in enumerate(content)}
    tops = sorted({pos[i] for i in t.page_starts if i in pos})
    near = {top + skip: top for top in tops for skip in range(_HEAD_SKIP + 1)}
    for at in sorted(near):
        for size in range(MAX_HEAD, 1, -1):
            head = tuple(texts[at : at + size])
            if len(head) < size or any(len(h) > SHORT for h in head):
                continue
            places = [k for k in where[head[0]] if tuple(texts[k : k + size]) == head]
            if places[0] >= at:
                continue
            again = [k for k in places[1:] if k in near]
            repeats = {content[k + j] for k in again for j in range(size)}
            above = {content[j] for k in again for j in range(near[k], k)}
            return head, content[places[0]], repeats, above
    return None


def _head_cells(head: tuple[str, ...]) -> list[str]:
    """The header's cells: a line that starts small or with a bracket goes on with the cell
    above it ("Number of posts (excluding" / "special political missions)", "Number of
    posts" / "(excluding special political" / "missions)"), as does a line under a cell
    whose bracket is still open ("Amount (United" / "States dollars)", A/RES/76/247)."""
    cells: list[str] = []
    for line in head:
        if cells and (
            line[:1] in "(" or line[:1].islower() or _OPEN_END.search(cells[-1]) or _open(cells[-1])
        ):
            cells[-1] += " " + line
        else:
            cells.append(line)
    return cells


def _grid(lines: list[str], n: int) -> tuple[list[list[str]], int]:
    """Rows of a label and ``n - 1`` values, and how many lines they took."""
    rows: list[list[str]] = []
    i = 0
    while i + n <= len(lines):
        if not lines[i]:  # the empty cells of a spacer row between two parts of the table
            i += 1
            continue
        label, values = lines[i], lines[i + 1 : i + n]
        if _VALUE.match(label) or OPERATIVE_LABEL.match(label) or not all(_VALUE.match(v) for v in values):
            break
        rows.append([label, *values])
        i += n
    return rows, i


def _timetable(lines: list[str]) -> tuple[list[list[str]], int]:
    """Rows of a time or a date and what is done then, and how many lines they took."""
    rows: list[list[str]] = []
    i = 0
    open_left = False  # the last row's left cell may go on ("Week of" / "28 September–2 October")
    while i < len(lines):
        line = lines[i]
        if TABLE_NOTE.match(line) or len(line) > 80 or OPERATIVE_LABEL.match(line):
            break  # the table's notes, a line of prose, a numbered paragraph: the table ends
        if not line:
            open_left = False
        elif _when(line):
            if open_left and rows and not rows[-1][1]:
                rows[-1][0] += " " + line
            else:
                rows.append([line, ""])
            open_left = True
        elif rows and rows[-1][1] and _goes_on(rows[-1][1], line):
            rows[-1][1] += " " + line
        elif rows and not rows[-1][1] and open_left:
            rows[-1][1] = line
            open_left = False
        else:
            rows.append(["", line])
            open_left = False
        i += 1
    return rows, i


def _when(line: str) -> bool:
    """A date or a time alone in its cell: short ("Thursday, 1 October", "10 a.m."), never a
    line of prose that starts with a date ("12 December 2024 on the ...")."""
    return len(line) <= 40 and _WHEN.match(line) is not None


def _goes_on(cell: str, line: str) -> bool:
    """Whether ``line`` goes on with the cell above: it starts small, or the cell stops
    mid-phrase ("... requests to petition on" / "Non-Self-Governing Territories") or inside
    quotation marks. A name cut at the end of a line ("... Agency for Palestine" / "Refugees
    in the Near East") cannot be told from the next item and stays a row of its own."""
    return line[:1].islower() or bool(_OPEN_END.search(cell)) or cell.count("“") > cell.count("”")


def _open(cell: str) -> bool:
    return cell.count("(") > cell.count(")")


def _pipe(cells: list[str]) -> str:
    """A row line of the text form from lines the text form reads as they are (their
    escapes, "H\\*" in a pasted copy, kept as in a paragraph): only a bar is escaped."""
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def tables_from_pdf(text: str) -> tuple[str, list[str]]:
    """``text`` with the tables copied from a PDF set as pipe tables, and the import
    report's lines that say so (none, and the text unchanged, when there is no such table):
    the table whose heads the pages repeat, then those that stand once under a paragraph."""
    text, report = _repeated_table(text)
    text, small = _small_tables(text)
    return text, report + small


def _repeated_table(text: str) -> tuple[str, list[str]]:
    """The table whose heads the pages repeat (:func:`_header`) as a pipe table."""
    t = _Text(text)
    found = _header(t)
    if found is None:
        return text, []
    head, first, repeats, above = found
    cells = _head_cells(head)
    n = len(cells)
    if n < 2:  # a page's running head (an adopted text's title), not a table's columns
        return text, []
    head_at = t.content(first, len(head))
    # the table's lines: every line after the header, the furniture, the blank lines beside
    # it and the footnotes under a page's rule set apart, the repeated headers dropped
    body: list[int] = []
    kept: list[int] = []  # furniture and notes, left where they stand
    ruled = False
    lines = t.lines
    for i in range(head_at[-1] + 1, len(lines)):
        line = lines[i].strip()
        if re.fullmatch(r"_{5,}", line) or (ruled and not t.furniture[i]):
            ruled = True
            kept.append(i)
        elif t.furniture[i]:
            ruled = False
            kept.append(i)
        elif i in repeats:
            continue
        elif i in above:
            kept.append(i)
        elif _beside_furniture(t, i, both=bool(line)):  # a blank, or a running head between
            kept.append(i)
        else:
            body.append(i)
    texts = [lines[i].strip() for i in body]
    timetable = n == 2 and any(_when(x) for x in texts[:5])
    rows, used = _timetable(texts) if timetable else _grid(texts, n)
    budget, budget_used, keyed = ledger(texts, n - 1)
    if not timetable and budget_used > used and len(budget) >= 3:
        rows, used = budget, budget_used
        cells, n = ([cells[0], "", *cells[1:]], n + 1) if keyed else (cells, n)
    if len(rows) < 3:
        return text, []
    end = body[used] if used < len(body) else len(lines)
    under = paragraph_above(lines, first, t.furniture)
    if under is None and any(
        OPERATIVE_LABEL.match(lines[i].strip()) for i in range(end, len(lines)) if i not in kept
    ):
        return text, []  # a table amid the operative part, under no paragraph it completes
    out = lines[:first] + ["", _pipe(cells), "|" + " --- |" * n]
    out += [_pipe(r + [""] * (n - len(r))) for r in rows]
    out += [""] + [lines[i] for i in kept if i < end] + [""] + lines[end:]
    head = " | ".join(cells)
    if under is None:
        return "\n".join(out), [Said("import.table-read", rows=len(rows), head=head)]
    return "\n".join(out), [Said("import.table-under", number=under, rows=len(rows), head=head)]


def _small_tables(text: str) -> tuple[str, list[str]]:
    """``text`` with each table that stands once under an operative paragraph ending in a
    colon (its heads not repeated, on one page) set as a pipe table, and the report's lines
    (``text_ledger.small_table``): A/C.5/80/L.6's resolution B, "Income section" / "Amount
    (United States dollars)" / "1. Income from staff assessment" / "278 735 200" ..."""
    t = _Text(text)
    lines, report = t.lines, []
    k = 0
    while k < len(lines):
        line = lines[k].strip()
        under = paragraph_above(lines, k + 1, t.furniture) if line.endswith(":") else None
        if under is None or t.furniture[k]:
            k += 1
            continue
        start = _table_start(t, k + 1)
        stop = start  # the lines under the paragraph, up to the page's end or a table read
        while (
            stop < len(lines) and not t.furniture[stop] and not lines[stop].strip().startswith(("|", "___"))
        ):
            stop += 1
        below = [x.strip() for x in lines[start:stop]]
        found = small_table(below, _head_cells)
        # a named table of words and counts, its heads over each part (a staffing table)
        grid = _word_grid_at(t, start) if found is None and names_table(line) else None
        if grid is not None:
            table, end, count, head = grid
            lines[start:end] = table
            t = _Text("\n".join(lines))
            report.append(Said("import.table-under", number=under, rows=count, head=head))
            k = start + len(table)
            continue
        by_line = lines_as_rows(line, below) if found is None else None
        if found is None and by_line is None:
            k += 1
            continue
        if found is not None:
            cells, rows, used = found
            table = ["", _pipe(cells), "|" + " --- |" * len(cells), *(_pipe(r) for r in rows), ""]
            said = Said("import.table-under", number=under, rows=len(rows), head=" | ".join(cells))
        else:
            rows, used = by_line
            table = ["", *(_pipe(r) for r in rows), ""]
            # quoted by a row long enough to be found again (the Import report leads to it)
            quote = next((r[0] for r in rows if len(r[0]) >= 12), rows[0][0])[:40]
            said = Said("import.table-lines", number=under, rows=len(rows), start=quote)
        lines[start : start + used] = table
        t = _Text("\n".join(lines))
        report.append(said)
        k = start + len(table)
    return ("\n".join(lines), report) if report else (text, [])


def _word_grid_at(t: _Text, start: int) -> tuple[list[str], int, int, str] | None:
    """A table of words and counts under its paragraph (``text_word_grid``), read across
    the pages it runs onto (A/RES/79/253's staffing table, parts A to C over two pages): its
    rows as a pipe table with the furniture between them after it, where the passes after
    this one take it out; the end of the lines it took; its rows; its first part's heads."""
    body: list[str] = []
    where: list[int] = []
    kept: list[int] = []
    for i in range(start, len(t.lines)):
        line = t.lines[i].strip()
        if re.fullmatch(r"_{5,}", line) or line.startswith("|"):  # a page's notes, a table read
            break
        if t.furniture[i] or _beside_furniture(t, i, both=bool(line)):
            kept.append(i)
            continue
        body.append(line)
        where.append(i)
    found = word_grid(body, _head_cells)
    if found is None:
        return None
    rows, used = found
    end = where[used - 1] + 1
    table = ["", *(_pipe(r) for r in rows), "", *(t.lines[i] for i in kept if i < end)]
    return table, end, len(rows), next(" | ".join(r) for r in rows if all(r))


def _table_start(t: _Text, at: int) -> int:
    """Where the lines under a paragraph start: at ``at``, or, when the paragraph ends its
    page, on the next page, past the break's furniture and running head ("1." / "Estimates
    of income ... are approved as follows:" / page break / "Income section" ..., A/RES/76/247)."""
    i = at
    while i < len(t.lines) and not t.lines[i].strip():
        i += 1
    if i == len(t.lines) or not t.furniture[i]:
        return at
    while i < len(t.lines) and (
        t.furniture[i] or not t.lines[i].strip() or _beside_furniture(t, i, both=True)
    ):
        i += 1
    return i


def _beside_furniture(t: _Text, i: int, both: bool) -> bool:
    """A line in the run of blank and furniture lines between two pages: a blank line next
    to furniture, or (``both``) a line with furniture or the page break (an empty line, as
    PyMuPDF parts pages) on either side, a running head ("A/RES/79/257" / "Questions
    relating to the proposed programme budget for 2025" / "24-24698")."""
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(t.lines) and not t.lines[j].strip():
            j += step
        sides.append(0 <= j < len(t.lines) and (t.furniture[j] or re.fullmatch(r"_{5,}", t.lines[j].strip())))
    if both and i > 0 and t.lines[i - 1] == "":  # a page break (an empty line) above it
        sides[0] = True
    return all(sides) if both else any(sides)
