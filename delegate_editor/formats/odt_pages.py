"""ODT pages: page layouts and master pages (masthead, running heads, footers).

The first paragraph starts the "First Page" master page (the masthead table in its header,
the job line in its footer, its own page layout with the larger bottom margin), which hands
over to "Standard": the symbol in the header (right on odd pages, left on even ones) and
"n/N" with the job number in the footer, placed as in the DOCX. Page geometry follows Word's
header and footer rules so both exports break pages alike; every length comes from
:mod:`delegate_editor.formats.layout`.
"""

from __future__ import annotations

import string

from odf.opendocument import OpenDocumentText
from odf.style import (
    Footer,
    FooterLeft,
    FooterStyle,
    FootnoteSep,
    Header,
    HeaderFooterProperties,
    HeaderLeft,
    HeaderStyle,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P, PageCount, PageNumber, Span

from delegate_editor.formats import odt_xml as o
from delegate_editor.formats.blocks import Rendered
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import PAPER_MM, PAPERS, TWIPS_PER_PT, Layout, PageSetup
from delegate_editor.formats.odt_styles import FOOTER, HEADER, STANDARD, Styles
from delegate_editor.formats.page_paras import (
    FOOTER_LINES,
    JOB_LINE,
    JOB_NUMBER,
    MASTHEAD_SPACE,
    MASTHEAD_SYMBOL,
    MASTHEAD_SYMBOL_FIRST,
    masthead_rows,
    symbol_parts,
)

FIRST_PAGE = "First Page"
FIRST_LAYOUT, STANDARD_LAYOUT = "PageLayoutFirst", "PageLayoutStandard"


# ---------------------------------------------------------------------------------------
# Page 1: the masthead and the job line
# ---------------------------------------------------------------------------------------


def _p(style: str, text: str = "") -> P:
    paragraph = P(stylename=o.style_name(style))
    if text:
        o.TextSink().add(paragraph, text)
    return paragraph


def _line(style: str, text: str) -> P:
    """A masthead line; the symbol's first element is set in its own text style."""
    if style != MASTHEAD_SYMBOL:
        return _p(style, text)
    first, rest = symbol_parts(text)
    symbol = _p(MASTHEAD_SYMBOL)
    sink = o.TextSink()
    if first:
        span = Span(stylename=o.style_name(MASTHEAD_SYMBOL_FIRST))
        sink.add(span, first)
        symbol.addElement(span)
    sink.add(symbol, rest)
    return symbol


def _masthead(rendered: Rendered, styles: Styles) -> Table:
    mast = rendered.layout.masthead
    table_style = Style(name="Masthead", family="table")
    table_style.addElement(
        TableProperties(
            width=o.length(sum(mast.columns)), align="left", marginleft="0pt", bordermodel="collapsing"
        )
    )
    styles.doc.automaticstyles.addElement(table_style)
    table = Table(name="Masthead", stylename="Masthead")
    for i, width in enumerate(mast.columns):
        column = Style(name=f"Masthead.C{i + 1}", family="table-column")
        column.addElement(TableColumnProperties(columnwidth=o.length(width)))
        styles.doc.automaticstyles.addElement(column)
        table.addElement(TableColumn(stylename=column.getAttribute("name")))

    for n, masthead_row in enumerate(masthead_rows(rendered), start=1):
        borders = {}
        if masthead_row.rule_top is not None:
            borders["bordertop"] = f"{o.points(masthead_row.rule_top)} solid #000000"
        borders["borderbottom"] = f"{o.points(masthead_row.rule_bottom)} solid #000000"
        row_style = Style(name=f"Masthead.R{n}", family="table-row")
        row_style.addElement(
            TableRowProperties(rowheight=o.length(masthead_row.height), keeptogether="always")
        )
        cell_style = Style(name=f"Masthead.R{n}.Cell", family="table-cell")
        cell_style.addElement(
            TableCellProperties(padding="0pt", verticalalign=masthead_row.valign, **borders)
        )
        styles.doc.automaticstyles.addElement(row_style)
        styles.doc.automaticstyles.addElement(cell_style)
        row = TableRow(stylename=row_style.getAttribute("name"))
        for masthead_cell in masthead_row.cells:
            span = masthead_cell.last - masthead_cell.first + 1
            cell = TableCell(stylename=cell_style.getAttribute("name"), valuetype="string")
            if span > 1:
                cell.setAttribute("numbercolumnsspanned", str(span))
            for paragraph in [_line(style, text) for style, text in masthead_cell.lines] or [_p(STANDARD)]:
                cell.addElement(paragraph)
            row.addElement(cell)
            for _ in range(span - 1):
                row.addElement(CoveredTableCell())
        table.addElement(row)
    return table


# ---------------------------------------------------------------------------------------
# Pages and master pages
# ---------------------------------------------------------------------------------------


def _page_layout(name: str, layout: Layout, bottom: int, header_content: float) -> PageLayout:
    """A page layout with Word's header and footer geometry: the header starts at the
    header distance and the body at the top margin (or below a taller header), the footer
    ends at the footer distance and the body at ``bottom``. Dynamic spacing lets a taller
    header or footer eat into its gap first, as Word does."""
    page: PageSetup = layout.page
    notes = layout.notes
    rule = font_metrics().width(notes.separator_text, notes.separator_font) * TWIPS_PER_PT
    pl = PageLayout(name=name)
    width, height = o.length(page.width), o.length(page.height)
    if PAPERS.get(page.paper) == (page.width, page.height):  # the named paper, exactly
        width, height = (f"{mm:g}mm" for mm in PAPER_MM[page.paper])
    props = PageLayoutProperties(
        pagewidth=width,
        pageheight=height,
        printorientation="portrait",
        margintop=o.length(page.masthead_top),  # the running heads: see header_drop
        marginbottom=o.length(page.footer_distance),
        marginleft=o.length(page.left),
        marginright=o.length(page.right),
        footnotemaxheight="0pt",
    )
    props.addElement(
        FootnoteSep(
            width=o.points(notes.separator_rule),
            relwidth=o.percent(min(100.0, 100 * rule / page.text_width)),
            adjustment="left",
            linestyle="solid",
            color="#000000",
            distancebeforesep=o.points(notes.separator_gap),
            distanceaftersep=o.points(notes.separator_gap),
        )
    )
    pl.addElement(props)
    header_area = page.top - page.masthead_top
    footer_area = bottom - page.footer_distance
    footer_content = FOOTER_LINES * layout.base.line * TWIPS_PER_PT
    header = _area(HeaderStyle(), header_area, header_content, "marginbottom")
    footer = _area(FooterStyle(), footer_area, footer_content, "margintop")
    pl.addElement(header)
    pl.addElement(footer)
    return pl


def _area(element, height: float, content: float, gap: str):
    """A header or footer ``element`` at least ``height`` tall, its ``content`` kept apart
    from the body by the rest as a margin on the ``gap`` side (Word's header and footer
    distances)."""
    element.addElement(
        HeaderFooterProperties(
            minheight=o.length(height), **{gap: o.length(max(0.0, height - content))}, dynamicspacing="true"
        )
    )
    return element


def _page_number(layout: Layout, paragraph: P) -> None:
    """The page label ("{page}/{pages}") with page number and page count fields."""
    sink = o.TextSink()
    for literal, name, _spec, _conv in string.Formatter().parse(layout.running.page_format):
        if literal:
            sink.add(paragraph, literal)
        if name == "page":
            paragraph.addElement(PageNumber(selectpage="current", text="1"))
        elif name == "pages":
            paragraph.addElement(PageCount(text="1"))
        sink.after_space = False


def _running_footer(layout: Layout, job: str, even: bool) -> list[P]:
    line = _p(FOOTER)
    job_span = Span(stylename=o.style_name(JOB_NUMBER))
    o.TextSink().add(job_span, job)
    tab = o.TextSink()
    if even:
        _page_number(layout, line)
        tab.add(line, "\t")
        line.addElement(job_span)
    else:
        line.addElement(job_span)
        tab.add(line, "\t")
        _page_number(layout, line)
    return [line, _p(FOOTER)]


def master_pages(doc: OpenDocumentText, rendered: Rendered, styles: Styles) -> None:
    layout, m = rendered.layout, rendered.masthead
    page, run = layout.page, layout.running
    header_content = run.header_height + page.header_drop
    doc.automaticstyles.addElement(_page_layout(FIRST_LAYOUT, layout, page.bottom_first, header_content))
    doc.automaticstyles.addElement(_page_layout(STANDARD_LAYOUT, layout, page.bottom, header_content))

    first = MasterPage(
        name=o.style_name(FIRST_PAGE),
        displayname=FIRST_PAGE,
        pagelayoutname=FIRST_LAYOUT,
        nextstylename=STANDARD,
    )
    header = Header()
    header.addElement(_masthead(rendered, styles))
    header.addElement(_p(MASTHEAD_SPACE))
    first.addElement(header)
    footer = Footer()
    footer.addElement(_p(JOB_LINE, m.job_number))
    footer.addElement(_p(JOB_LINE))
    first.addElement(footer)

    standard = MasterPage(name=STANDARD, pagelayoutname=STANDARD_LAYOUT)
    right = styles.auto("paragraph", HEADER, {"textalign": "end"}, prefix="M")
    odd, even = Header(), HeaderLeft()
    for element, style in ((odd, right), (even, HEADER)):
        paragraph = P(stylename=style)
        o.TextSink().add(paragraph, rendered.symbol)
        element.addElement(paragraph)
    standard.addElement(odd)
    standard.addElement(even)
    job = m.job_running  # without the language tag page 1 shows
    odd_footer, even_footer = Footer(), FooterLeft()
    for element, is_even in ((odd_footer, False), (even_footer, True)):
        for paragraph in _running_footer(layout, job, is_even):
            element.addElement(paragraph)
    standard.addElement(odd_footer)
    standard.addElement(even_footer)

    doc.masterstyles.addElement(standard)
    doc.masterstyles.addElement(first)
