"""DOCX pages: the section's page setup, headers and footers.

Page 1 carries the masthead table in its own header and the job number in its footer; later
pages carry the symbol and "n/N" on the sides UN documents use for even and odd pages. Every
length comes from :mod:`delegate_editor.formats.layout`.
"""

from __future__ import annotations

import string

from docx.shared import Twips

from delegate_editor.formats import docx_xml as x
from delegate_editor.formats import page_paras as pp
from delegate_editor.formats.blocks import Rendered
from delegate_editor.formats.docx_styles import (
    FOOTER,
    HEADER,
    JOB_LINE,
    JOB_NUMBER,
    MASTHEAD_SPACE,
    MASTHEAD_SYMBOL,
    MASTHEAD_SYMBOL_FIRST,
    style_id,
)
from delegate_editor.formats.layout import Layout

_PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


# ---------------------------------------------------------------------------------------
# Page 1: the masthead and the job line
# ---------------------------------------------------------------------------------------


def _masthead(rendered: Rendered) -> str:
    columns = rendered.layout.masthead.columns
    rows: list[str] = []
    for row in pp.masthead_rows(rendered):
        # every cell carries the row's rules, so they span the width
        borders = x.border("top", row.rule_top) if row.rule_top is not None else ""
        borders += x.border("bottom", row.rule_bottom)
        cells = [
            x.table_cell(
                sum(columns[cell.first : cell.last + 1]),
                "".join(_line(style, text) for style, text in cell.lines),
                cell.last - cell.first + 1,
                borders,
                row.valign,
            )
            for cell in row.cells
        ]
        rows.append(x.table_row(row.height, cells))
    return x.table(columns, rows) + x.paragraph(MASTHEAD_SPACE[1], "")


def _line(style: str, text: str) -> str:
    """A masthead line; the symbol's first element is set in its own character style."""
    if style != pp.MASTHEAD_SYMBOL:
        return x.paragraph(style_id(style), x.run(text))
    first, rest = pp.symbol_parts(text)
    return x.paragraph(MASTHEAD_SYMBOL[1], x.run(first, MASTHEAD_SYMBOL_FIRST[1]) + x.run(rest))


# ---------------------------------------------------------------------------------------
# Pages 2 onwards: symbol in the header, "n/N" and the job number in the footer
# ---------------------------------------------------------------------------------------


def _page_number(layout: Layout) -> str:
    """The page label ("{page}/{pages}") with PAGE and NUMPAGES fields."""
    out: list[str] = []
    for literal, name, _spec, _conv in string.Formatter().parse(layout.running.page_format):
        out.append(x.run(literal))
        if name:
            out.append(x.field(_PAGE_FIELDS[name], "1"))
    return "".join(out)


def _running_header(symbol: str, even: bool) -> str:
    ppr = "" if even else '<w:jc w:val="right"/>'
    return x.paragraph(HEADER[1], x.run(symbol), ppr)


def _running_footer(layout: Layout, job: str, even: bool) -> str:
    number, job_run = _page_number(layout), x.run(job, JOB_NUMBER[1])
    tab = x.run("\t")
    line = number + tab + job_run if even else job_run + tab + number
    return x.paragraph(FOOTER[1], line) + x.paragraph(FOOTER[1], "")


def page_setup(document, layout: Layout) -> None:
    page = layout.page
    section = document.sections[0]
    section.page_width, section.page_height = Twips(page.width), Twips(page.height)
    section.top_margin, section.bottom_margin = Twips(page.top), Twips(page.bottom)
    section.left_margin, section.right_margin = Twips(page.left), Twips(page.right)
    section.header_distance = Twips(page.masthead_top)  # the running heads: see header_drop
    section.footer_distance = Twips(page.footer_distance)
    section.gutter = 0
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True
    # Word 2013's layout, as the UN's files declare: its justified lines break as theirs do
    x.set_compatibility_mode(document.settings.element)


def headers_and_footers(document, rendered: Rendered) -> None:
    layout, m = rendered.layout, rendered.masthead
    section = document.sections[0]
    running_job = m.job_running
    parts = (
        (section.first_page_header, _masthead(rendered)),
        (
            section.first_page_footer,
            # the empty line under the job line is a plain footer line: only the job line
            # carries the space before that makes the footer as tall as page 1 asks
            x.paragraph(JOB_LINE[1], x.run(m.job_number)) + x.paragraph(FOOTER[1], ""),
        ),
        (section.header, _running_header(rendered.symbol, even=False)),
        (section.even_page_header, _running_header(rendered.symbol, even=True)),
        (section.footer, _running_footer(layout, running_job, even=False)),
        (section.even_page_footer, _running_footer(layout, running_job, even=True)),
    )
    for part, xml in parts:
        part.is_linked_to_previous = False
        x.replace_content(part._element, xml)
