"""Tables: a row is an annex paragraph, or a sub-paragraph, whose cells are parted by a tab.

A table is held as a run of :class:`AnnexParagraph` rows (style ``row``, or ``header`` for a
row repeated at the top of each page) rather than as an object of its own, so that every
part of the app that reads a paragraph's text (comparison, versions, negotiation,
co-drafting, search, checks) reads a table's words with no code of its own. The UN's tables
in resolutions are grids of short cells, one paragraph each: a staffing table ("P-4" /
"1 573" / "298" / "1 871", A/C.5/80/L.4) or a timetable ("10 a.m." / "Organization of
work", A/C.4/80/L.15); a cell of several lines is several rows, as the UN's own rows are.
A table inside the operative part (the budget's appropriations, A/C.5/80/L.6) is a run of
:class:`SubParagraph` rows under its paragraph (``SubParagraph.row``), which take no letter.
"""

from __future__ import annotations

from delegate_editor.model.document import AnnexParagraph, AnnexStyle, SubParagraph
from delegate_editor.model.text import RichText, Run, normalize

CELL = "\t"  # between two cells of a row
ROW_STYLES = (AnnexStyle.HEADER, AnnexStyle.ROW)


def is_row(node: object) -> bool:
    """Whether ``node``, any paragraph of the draft, is a table's row (or heading row)."""
    if isinstance(node, SubParagraph):
        return bool(node.row)
    return isinstance(node, AnnexParagraph) and node.style in ROW_STYLES


def split_cells(text: RichText) -> list[RichText]:
    """The cells of a row, each its own rich text (a footnote mark stays in its cell)."""
    cells: list[list] = [[]]
    for item in text:
        if isinstance(item, Run) and CELL in item.text:
            parts = item.text.split(CELL)
            for k, part in enumerate(parts):
                if k:
                    cells.append([])
                if part:
                    cells[-1].append(Run(part, item.italic))
        else:
            cells[-1].append(item)
    return [normalize(cell) for cell in cells]


def join_cells(cells: list[RichText]) -> RichText:
    """One row's rich text from its cells."""
    out: list = []
    for k, cell in enumerate(cells):
        if k:
            out.append(Run(CELL))
        out.extend(cell)
    return normalize(out)
