"""The parts of the page that are not blocks: masthead, running heads, footers, notes.

The DOCX and ODT exports give these parts named styles with the same names and the same
geometry, so a delegate sees one style sheet in Word and LibreOffice and the two exports break
lines alike. The geometry is derived from the layout here, once, for both writers; what only
one format needs (rules drawn as borders, Word's push of the page-1 footer, Word's separator
paragraph) stays in that format's styles module. The masthead's grid (which line goes in
which cells, with which rules) is described here once too; each format draws it.
"""

from __future__ import annotations

from dataclasses import dataclass

from delegate_editor.formats.blocks import Rendered
from delegate_editor.formats.layout import Layout, Para, Tab, pt

# The style names a user sees (Word's style ids are made from them, see docx_styles).
MASTHEAD_ORGANIZATION = "Masthead Organization"
MASTHEAD_SYMBOL = "Masthead Symbol"
MASTHEAD_SYMBOL_FIRST = "Masthead Symbol First Element"  # a text style: the symbol's first element
MASTHEAD_ORGAN = "Masthead Organ"
DISTRIBUTION = "Distribution"
DISTRIBUTION_LINE = "Distribution Line"
MASTHEAD_SPACE = "Masthead Space"
JOB_LINE = "Job Line"
JOB_NUMBER = "Job Number"  # a text style: the job number in the running footers

# Lines in each footer: the text and an empty line, as under Word's footer tables.
FOOTER_LINES = 2


@dataclass(frozen=True)
class PageParas:
    """The page parts' paragraph geometry. The masthead's organization and symbol lines grow
    with their largest font (the writers set them without an exact line pitch)."""

    organization: Para
    symbol: Para
    organ: Para
    distribution: Para
    distribution_line: Para
    masthead_space: Para  # the header's last paragraph: the space between the thick rule and the body
    header: Para  # pages 2 onwards, named by each format ("header" in Word, "Header" in ODF)
    footer: Para
    footer_tabs: tuple[Tab, ...]  # the job number and "n/N" at the two ends of the line
    job_line: Para  # page 1, without any push down to the foot of the page
    note_tabs: tuple[Tab, ...]  # the text column of the notes (``NoteStyle.para``)


def page_paras(layout: Layout, header_name: str, footer_name: str) -> PageParas:
    """The page parts' paragraphs for ``layout``; ``header_name`` and ``footer_name`` are
    the format's own names for its header and footer styles."""
    base, mast, run, note = layout.base, layout.masthead, layout.running, layout.notes.para
    # running heads: the symbol sits at the foot of a header as tall as the layout's header
    # height, on a rule (drawn by each format) with its gap
    rule_gap = run.header_after + run.header_rule
    return PageParas(
        organization=Para(MASTHEAD_ORGANIZATION, mast.organization),
        symbol=Para(MASTHEAD_SYMBOL, mast.symbol_rest, align="right"),
        organ=Para(MASTHEAD_ORGAN, mast.organ, line=mast.organ_line, before=mast.organ_before),
        distribution=Para(DISTRIBUTION, mast.distr, line=mast.distr_line, before=mast.distr_before),
        distribution_line=Para(DISTRIBUTION_LINE, mast.distr, line=mast.distr_line),
        masthead_space=Para(MASTHEAD_SPACE, base.font, line=mast.after_rule),
        header=Para(
            header_name,
            run.header_font,
            line=base.line,
            before=max(0.0, pt(run.header_height) - base.line - rule_gap) + pt(layout.page.header_drop),
        ),
        footer=Para(footer_name, run.page_font, line=base.line),
        footer_tabs=(Tab(layout.page.text_width, "right"),),
        job_line=Para(JOB_LINE, run.first_job_font, line=base.line),
        note_tabs=(Tab(note.text or note.left),),
    )


@dataclass(frozen=True)
class Cell:
    """A masthead cell over columns ``first`` to ``last``, and its lines as (paragraph
    style, text). An empty cell has no lines; each format gives it the paragraph it needs."""

    first: int
    last: int
    lines: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Row:
    """A masthead row: its exact height (twips), the cells' vertical alignment, the rules
    every cell carries (pt; None: no rule above; so a rule spans the width) and cells covering every
    column."""

    height: int
    valign: str
    rule_top: float | None
    rule_bottom: float
    cells: tuple[Cell, ...]


def masthead_rows(rendered: Rendered) -> tuple[Row, Row]:
    """The page-1 masthead (un-layout.md §1.5): "United Nations" and the symbol over a thin
    rule; the organ and the distribution block under it, on the thick rule."""
    m, mast = rendered.masthead, rendered.layout.masthead
    row1 = {
        mast.un_col: (mast.un_col, ((MASTHEAD_ORGANIZATION, m.organization),)),
        mast.symbol_cols[0]: (mast.symbol_cols[1], ((MASTHEAD_SYMBOL, m.symbol),)),
    }
    distribution = (
        (DISTRIBUTION, m.distribution),
        (DISTRIBUTION_LINE, m.date),
        (DISTRIBUTION_LINE, m.version),  # "Français" in a French version; empty in English
        (DISTRIBUTION_LINE, m.original),
    )
    row2 = {
        mast.organ_cols[0]: (mast.organ_cols[1], ((MASTHEAD_ORGAN, m.organ),)),
        mast.distr_col: (mast.distr_col, distribution),
    }

    def cells(content: dict[int, tuple[int, tuple[tuple[str, str], ...]]]) -> tuple[Cell, ...]:
        out: list[Cell] = []
        col = 0
        while col < len(mast.columns):
            last, lines = content.get(col, (col, ()))
            out.append(Cell(col, last, lines))
            col = last + 1
        return tuple(out)

    return (
        Row(mast.row1_height, "bottom", None, mast.thin_rule, cells(row1)),
        Row(mast.row2_height, "top", mast.thin_rule, mast.thick_rule, cells(row2)),
    )


def symbol_parts(symbol: str) -> tuple[str, str]:
    """The symbol's first element (set in its own larger style) and the rest from the first
    slash on: "E/CN.15/2013/L.14" -> ("E", "/CN.15/2013/L.14")."""
    first, slash, rest = symbol.partition("/")
    return first, slash + rest
