"""A table in the text form: the Markdown pipe table pandoc reads.

``| Date/time | Programme |`` is a row, ``| --- | --- |`` under the first rows makes them
the header rows (repeated at the top of each page the table runs onto), and ``\\|`` is a
"|" inside a cell. The writer is ``text._table``; here the reader's side: a row line is a
paragraph of its own wherever it stands (``text_paras.Lines``), and the rows of an annex, or
of a list a decision sets out in its text, become its table rows (:func:`table_line`); rows
under an operative paragraph become its row sub-paragraphs (:func:`sub_row`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from delegate_editor.model.document import Annex, AnnexParagraph, AnnexStyle, Operative, RowKind, SubParagraph
from delegate_editor.model.table import join_cells
from delegate_editor.model.text import RichText

ROW_LINE = re.compile(r"^\|.*\|$")
# a table's note under it, its letter first: "a Includes one National Professional Officer
# post ..." / "b Includes 162 posts ..." (A/C.5/80/L.4)
TABLE_NOTE = re.compile(r"^[a-z] [A-Z]")
_SEPARATOR = re.compile(r"^:?-{3,}:?$")


def row_cells(line: str) -> list[str] | None:
    """The cells of a row line, "\\|" read as "|" and other escapes kept for the inline
    reader; None when the line is no row."""
    line = line.strip()
    if len(line) < 2 or not ROW_LINE.match(line):
        return None
    out = [""]
    body = line[1:-1]
    k = 0
    while k < len(body):
        ch = body[k]
        if ch == "\\" and k + 1 < len(body):
            nxt = body[k + 1]
            out[-1] += "|" if nxt == "|" else ch + nxt
            k += 2
            continue
        if ch == "|":
            out.append("")
        else:
            out[-1] += ch
        k += 1
    trailing = len(line[:-1]) - len(line[:-1].rstrip("\\"))
    if trailing % 2:  # "| a \\|": the last bar is escaped, so no row
        return None
    return [cell.strip() for cell in out]


def is_separator(cells: list[str]) -> bool:
    return bool(cells) and all(_SEPARATOR.match(cell) for cell in cells)


def table_line(annex: Annex, raw: str, rich: Callable[[str], RichText]) -> bool:
    """Add ``raw`` to ``annex`` when it is a row line: a row, or the line under the header
    rows, which makes the rows above it header rows. False when it is no row line."""
    return _add_row(annex.paragraphs, raw, rich, lambda text: AnnexParagraph(text, AnnexStyle.ROW))


def sub_row(para: Operative, raw: str, rich: Callable[[str], RichText]) -> bool:
    """Add ``raw`` to ``para``'s sub-paragraphs when it is a row line, as :func:`table_line`
    does to an annex: a table inside the operative part (A/C.5/80/L.6's appropriations)."""
    return _add_row(para.subs, raw, rich, lambda text: SubParagraph(text, row=RowKind.ROW))


def _add_row(items: list, raw: str, rich: Callable[[str], RichText], new: Callable[[RichText], Any]) -> bool:
    """The reading both share: ``items`` an annex's paragraphs or a paragraph's sub-paragraphs."""
    cells = row_cells(raw)
    if cells is None:
        return False
    if is_separator(cells):
        for item in reversed(items):
            if not _plain_row(item):
                break
            if isinstance(item, SubParagraph):
                item.row = RowKind.HEADER
            else:
                item.style = AnnexStyle.HEADER
        return True
    items.append(new(join_cells([rich(cell) for cell in cells])))
    return True


def _plain_row(item: AnnexParagraph | SubParagraph) -> bool:
    return item.row is RowKind.ROW if isinstance(item, SubParagraph) else item.style is AnnexStyle.ROW


def table_note(prev: str, text: str) -> bool:
    """Whether ``text`` is a table's next lettered note after ``prev``, a sentence ended: it
    is a paragraph of its own, not the rest of ``prev`` after a page end (a paragraph's rest
    starts with a lower-case word, never a letter alone and a capital)."""
    return bool(TABLE_NOTE.match(text)) and prev.rstrip().endswith(".")
