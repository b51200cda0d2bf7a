"""ODT export in the official UN layout: the same document as the DOCX, in ODF 1.2.

A mapping from :func:`blocks.render` to OpenDocument with odfpy. Every block becomes a
paragraph in the named style of its :class:`BlockStyle` (``styles.xml``, named from the
layout's ``Para.name``), italics are spans in the ``Emphasis`` text style and footnotes are
real ``text:note`` elements, so a delegate who edits the file in LibreOffice keeps the layout.

Pages: the first paragraph starts the "First Page" master page (the masthead table in its
header, the job line in its footer, its own page layout with the larger bottom margin), which
hands over to "Standard": the symbol in the header (right on odd pages, left on even ones) and
"n/N" with the job number in the footer, placed as in the DOCX. Word measures tab stops from
the page margin and ODF (in LibreOffice) from the paragraph's indent; the document settings
ask LibreOffice for Word's way (``TabsRelativeToIndent`` false), so the tab positions are the
layout's numbers as they stand, as in the DOCX.

Every length comes from :mod:`delegate_editor.formats.layout`; the low-level parts odfpy
lacks (units, style names, whitespace, the package and its manifest) are in :mod:`odt_xml`.
The draft itself travels inside the file (:mod:`delegate_editor.formats.embed`).
"""

from __future__ import annotations

import io
import string
from dataclasses import dataclass, field

from odf import dc
from odf.config import ConfigItem, ConfigItemSet
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
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
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import (
    Note,
    NoteBody,
    NoteCitation,
    NoteRef,
    NotesConfiguration,
    P,
    PageCount,
    PageNumber,
    Span,
)

from delegate_editor.formats import embed
from delegate_editor.formats import odt_xml as o
from delegate_editor.formats.blocks import Block, Piece, Rendered, merged, render
from delegate_editor.formats.blocks import Note as RenderedNote
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import (
    PAPER_MM,
    PAPERS,
    TWIPS_PER_PT,
    BlockStyle,
    Font,
    Layout,
    PageSetup,
    Para,
    Tab,
)
from delegate_editor.model.document import Draft

STANDARD = "Standard"  # ODF's default paragraph style (Word's "Normal")
EMPHASIS = "Emphasis"
HEADER = "Header"
FOOTER = "Footer"
# LibreOffice's own names for the footnote marks in the text and in the note
NOTE_ANCHOR = "Footnote anchor"
NOTE_SYMBOL = "Footnote Symbol"

MASTHEAD_ORGANIZATION = "Masthead Organization"
MASTHEAD_SYMBOL = "Masthead Symbol"
MASTHEAD_SYMBOL_FIRST = "Masthead Symbol First Element"
MASTHEAD_ORGAN = "Masthead Organ"
DISTRIBUTION = "Distribution"
DISTRIBUTION_LINE = "Distribution Line"
MASTHEAD_SPACE = "Masthead Space"
JOB_LINE = "Job Line"
JOB_NUMBER = "Job Number"

FIRST_PAGE = "First Page"
FIRST_LAYOUT, STANDARD_LAYOUT = "PageLayoutFirst", "PageLayoutStandard"

# The blocks of the session group; the agenda line after them is set off by a spacer.
_SESSION_GROUP = {BlockStyle.BODY, BlockStyle.SESSION, BlockStyle.VENUE}

# Lines in each footer (the text and an empty line, as under Word's footer tables).
_FOOTER_LINES = 2


def _pt(twips: float) -> float:
    return twips / TWIPS_PER_PT


# ---------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------


def _text_props(font: Font) -> dict[str, str]:
    """A complete font: styles state every property, as the DOCX styles do."""
    size = o.points(font.size)
    weight = "bold" if font.bold else "normal"
    posture = "italic" if font.italic else "normal"
    return {
        "fontname": font.family,
        "fontsize": size,
        "fontsizeasian": size,
        "fontsizecomplex": size,
        "fontweight": weight,
        "fontweightasian": weight,
        "fontweightcomplex": weight,
        "fontstyle": posture,
        "fontstyleasian": posture,
        "fontstylecomplex": posture,
        "letterspacing": o.points(font.spacing) if font.spacing else "normal",
        "textscale": o.percent(font.scale),
    }


def _para_props(para: Para, start: int | None = None, exact: bool = True) -> dict[str, str]:
    """Indents, spacing, alignment and keeps of ``para``; ``start`` is where the first line
    starts (by default that of an unlabelled paragraph); ``exact`` False lets the line grow
    with its largest font."""
    start = para.line_start(labelled=False) if start is None else start
    props = {
        "marginleft": o.length(para.left),
        "marginright": o.length(para.right),
        "textindent": o.length(start - para.left),
        "margintop": o.points(para.before),
        "marginbottom": o.points(para.after),
        "lineheight": o.points(para.line) if exact else "100%",
        "textalign": para.align,
        "justifysingleword": "false",
        "keepwithnext": "always" if para.keep_with_next else "auto",
        "keeptogether": "always" if para.keep_together else "auto",
    }
    if para.page_break_before:
        props["breakbefore"] = "page"
    return props


def _indents(para: Para, start: int) -> dict[str, str]:
    """An override of where the first line starts. LibreOffice keeps the left, right and
    first-line indents in one property, so an automatic style that states only the first
    line resets the others to 0: the three travel together."""
    return {
        "marginleft": o.length(para.left),
        "marginright": o.length(para.right),
        "textindent": o.length(start - para.left),
    }


def _spacing(para: Para, before: float) -> dict[str, str]:
    """An override of the space before; the space after travels with it (one property in
    LibreOffice, as for the indents)."""
    return {"margintop": o.points(before), "marginbottom": o.points(para.after)}


def _paragraph_properties(props: dict[str, str], tabs: tuple[Tab, ...] = ()) -> ParagraphProperties:
    element = ParagraphProperties(**props)
    if tabs:
        stops = TabStops()
        for tab in tabs:
            stops.addElement(TabStop(position=o.length(tab.pos), type=tab.align))
        element.addElement(stops)
    return element


# ---------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------


@dataclass
class _Styles:
    """Named styles in ``office:styles`` and automatic styles made on demand (one per
    distinct override, named P1, P2 ... in the body and MP1 ... in headers and footers)."""

    doc: OpenDocumentText
    layout: Layout
    block: dict[BlockStyle, str] = field(default_factory=dict)
    _auto: dict[tuple, str] = field(default_factory=dict)
    _fonts: set[str] = field(default_factory=set)

    def font(self, family: str) -> None:
        if family not in self._fonts:
            self._fonts.add(family)
            self.doc.fontfacedecls.addElement(
                FontFace(
                    name=family,
                    fontfamily=f"'{family}'",
                    fontfamilygeneric="roman",
                    fontpitch="variable",
                )
            )

    def paragraph(
        self,
        display: str,
        para: Para,
        *,
        tabs: tuple[Tab, ...] = (),
        start: int | None = None,
        exact: bool = True,
        extra: dict[str, str] | None = None,
    ) -> str:
        name = STANDARD if display == STANDARD else o.style_name(display)
        attrs = {"name": name, "family": "paragraph"}
        if name != display:
            attrs["displayname"] = display
        if name != STANDARD:
            attrs["parentstylename"] = STANDARD
            attrs["nextstylename"] = name
        style = Style(**attrs)
        style.addElement(_paragraph_properties({**_para_props(para, start, exact), **(extra or {})}, tabs))
        self.font(para.font.family)
        style.addElement(TextProperties(**_text_props(para.font)))
        self.doc.styles.addElement(style)
        return name

    def text(self, display: str, props: dict[str, str]) -> str:
        name = o.style_name(display)
        attrs = {"name": name, "family": "text"}
        if name != display:
            attrs["displayname"] = display
        style = Style(**attrs)
        style.addElement(TextProperties(**props))
        self.doc.styles.addElement(style)
        return name

    def auto(self, family: str, parent: str, props: dict[str, str], prefix: str = "", **style_attrs) -> str:
        """An automatic style: ``parent`` with ``props`` (paragraph or text properties)."""
        key = (family, parent, prefix, tuple(sorted(props.items())), tuple(sorted(style_attrs.items())))
        if key not in self._auto:
            letter = "P" if family == "paragraph" else "T"
            name = f"{prefix}{letter}{sum(1 for k in self._auto if k[0] == family and k[2] == prefix) + 1}"
            attrs = {"name": name, "family": family, **style_attrs}
            if parent:
                attrs["parentstylename"] = parent
            style = Style(**attrs)
            style.addElement(
                ParagraphProperties(**props) if family == "paragraph" else TextProperties(**props)
            )
            self.doc.automaticstyles.addElement(style)
            self._auto[key] = name
        return self._auto[key]


def _language(tag: str) -> dict[str, str]:
    language, _, country = tag.partition("-")
    return {"language": language, "country": country} if country else {"language": language}


def _install_styles(doc: OpenDocumentText, layout: Layout) -> _Styles:
    styles = _Styles(doc, layout)
    base, mast, run, notes = layout.base, layout.masthead, layout.running, layout.notes

    # the defaults and the base style (Word's "Normal"): no hyphenation, widow control
    default = DefaultStyle(family="paragraph")
    default.addElement(ParagraphProperties(writingmode="lr-tb"))
    # no pair kerning: the layout (like the DOCX) asks for none, and it changes line breaks
    default.addElement(TextProperties(hyphenate="false", letterkerning="false", **_language(layout.language)))
    doc.styles.addElement(default)
    styles.paragraph(STANDARD, base, extra={"widows": "2", "orphans": "2"})
    styles.text(EMPHASIS, {"fontstyle": "italic", "fontstyleasian": "italic", "fontstylecomplex": "italic"})

    for block_style, para in layout.styles.items():
        styles.block[block_style] = styles.paragraph(para.name, para, tabs=para.label_tabs(layout.tab_grid))

    # the first-page masthead
    styles.paragraph(MASTHEAD_ORGANIZATION, Para(MASTHEAD_ORGANIZATION, mast.organization), exact=False)
    styles.paragraph(MASTHEAD_SYMBOL, Para(MASTHEAD_SYMBOL, mast.symbol_rest, align="right"), exact=False)
    styles.font(mast.symbol_first.family)
    styles.text(MASTHEAD_SYMBOL_FIRST, _text_props(mast.symbol_first))
    styles.paragraph(
        MASTHEAD_ORGAN, Para(MASTHEAD_ORGAN, mast.organ, line=mast.organ_line, before=mast.organ_before)
    )
    styles.paragraph(
        DISTRIBUTION, Para(DISTRIBUTION, mast.distr, line=mast.distr_line, before=mast.distr_before)
    )
    styles.paragraph(DISTRIBUTION_LINE, Para(DISTRIBUTION_LINE, mast.distr, line=mast.distr_line))
    # the header's last paragraph is the space between the thick rule and the body
    styles.paragraph(MASTHEAD_SPACE, Para(MASTHEAD_SPACE, base.font, line=mast.after_rule))

    # running heads on pages 2 onwards: the symbol at the foot of a header as tall as the
    # layout's header height, on a rule
    rule_gap = run.header_after + run.header_rule
    header = Para(
        HEADER,
        run.header_font,
        line=base.line,
        before=max(0.0, _pt(run.header_height) - base.line - rule_gap),
    )
    rule = {
        "borderbottom": f"{o.points(run.header_rule)} solid #000000",
        "paddingbottom": o.points(run.header_after),
    }
    styles.paragraph(HEADER, header, extra=rule)
    width = layout.page.text_width
    styles.paragraph(FOOTER, Para(FOOTER, run.page_font, line=base.line), tabs=(Tab(width, "right"),))
    styles.font(run.job_font.family)
    styles.text(JOB_NUMBER, _text_props(run.job_font))
    styles.paragraph(JOB_LINE, Para(JOB_LINE, run.first_job_font, line=base.line))

    # footnotes: the note's mark (drawn by the application) ends at mark_right (each note's
    # own indent, see _Notes.indent) and its text starts at the text column; the tab stop
    # there serves notes a user types with a tab
    note = notes.para
    styles.paragraph(note.name, note, tabs=(Tab(note.text or note.left),), start=note.first_line)
    mark = {
        "textposition": f"{o.percent(notes.superscript_rise * 100)} {o.percent(notes.superscript_ratio * 100)}"
    }
    styles.text(NOTE_ANCHOR, mark)
    styles.text(NOTE_SYMBOL, mark)
    doc.styles.addElement(
        NotesConfiguration(
            noteclass="footnote",
            defaultstylename=o.style_name(note.name),
            citationstylename=o.style_name(NOTE_ANCHOR),
            citationbodystylename=o.style_name(NOTE_SYMBOL),
            numformat="1",
            startvalue="0",
            footnotesposition="page",
            startnumberingat="document",
        )
    )
    return styles


# ---------------------------------------------------------------------------------------
# Body and footnotes
# ---------------------------------------------------------------------------------------


@dataclass
class _Notes:
    """Footnotes in order of first reference; a later reference to the same note is a
    reference field showing its mark (one ODF note cannot sit at two places)."""

    styles: _Styles
    ids: dict[int, str] = field(default_factory=dict)  # id(Note) → text:id

    def reference(self, note: RenderedNote):
        styles = self.styles
        if id(note) in self.ids:
            span = Span(stylename=o.style_name(NOTE_ANCHOR))
            span.addElement(
                NoteRef(
                    noteclass="footnote", refname=self.ids[id(note)], referenceformat="text", text=note.mark
                )
            )
            return span
        note_id = f"ftn{len(self.ids) + 1}"
        self.ids[id(note)] = note_id
        element = Note(id=note_id, noteclass="footnote")
        if note.custom:
            element.addElement(NoteCitation(label=note.mark, text=note.mark))
        else:
            element.addElement(NoteCitation(text=note.mark))
        body = NoteBody()
        paragraph = P(stylename=self.indent(note.mark))
        # no tab after the mark: the application draws the mark at the first line's start
        # and the text then starts at the paragraph's indent, as after a list label
        _add_pieces(paragraph, o.TextSink(), note.pieces, False, styles, None)
        body.addElement(paragraph)
        element.addElement(body)
        return element

    def indent(self, mark: str) -> str:
        """The note's first line starts where its superscript mark, measured, ends at the
        layout's ``mark_right``; the text then starts at the body indent."""
        notes = self.styles.layout.notes
        para = notes.para
        size = Font(size=para.font.size * notes.superscript_ratio, spacing=para.font.spacing)
        width = font_metrics().width(mark, size) * para.font.scale / 100 * TWIPS_PER_PT
        start = min(para.left, notes.mark_right - round(width))
        return self.styles.auto("paragraph", o.style_name(para.name), _indents(para, start))


def _add_pieces(
    paragraph,
    sink: o.TextSink,
    pieces: tuple[Piece, ...],
    italic_para: bool,
    styles: _Styles,
    notes: _Notes | None,
) -> None:
    """A block's pieces, italics in the Emphasis style (in an italic paragraph, roman pieces
    are marked instead)."""
    for piece in merged(pieces):
        if piece.note is not None:
            if notes is not None:
                paragraph.addElement(notes.reference(piece.note))
                sink.after_space = False
            continue
        if piece.italic == italic_para:
            sink.add(paragraph, piece.text)
            continue
        if piece.italic:
            span = Span(stylename=EMPHASIS)
        else:
            roman = {"fontstyle": "normal", "fontstyleasian": "normal", "fontstylecomplex": "normal"}
            span = Span(stylename=styles.auto("text", "", roman))
        sink.add(span, piece.text)
        paragraph.addElement(span)


def _body(doc: OpenDocumentText, rendered: Rendered, styles: _Styles, notes: _Notes) -> None:
    layout = rendered.layout
    prev: Block | None = None
    first_page = {"masterpagename": o.style_name(FIRST_PAGE)}
    for block in rendered.blocks:
        para = layout.style(block.style)
        props: dict[str, str] = {}
        if block.style is BlockStyle.AGENDA and prev is not None and prev.style in _SESSION_GROUP:
            props.update(_spacing(para, para.before + layout.single_line_spacer))
        label = ""
        if block.label:
            if para.text and para.label_align == "right":
                props.update(_indents(para, para.line_start(labelled=True)))
                label = f"\t{block.label}\t"
            else:
                label = f"{block.label}\t" if para.text else f"{block.label} "
        name = styles.block[block.style]
        if props or prev is None:
            name = styles.auto("paragraph", name, props, **(first_page if prev is None else {}))
        paragraph = P(stylename=name)
        sink = o.TextSink()
        if label:
            sink.add(paragraph, label)
        _add_pieces(paragraph, sink, block.pieces, para.font.italic, styles, notes)
        doc.text.addElement(paragraph)
        prev = block
    if prev is None:  # an empty draft still opens on its first page
        doc.text.addElement(P(stylename=styles.auto("paragraph", STANDARD, {}, **first_page)))


# ---------------------------------------------------------------------------------------
# Page 1: the masthead and the job line
# ---------------------------------------------------------------------------------------


def _p(style: str, text: str = "") -> P:
    paragraph = P(stylename=o.style_name(style))
    if text:
        o.TextSink().add(paragraph, text)
    return paragraph


def _masthead(rendered: Rendered, styles: _Styles) -> Table:
    m, mast = rendered.masthead, rendered.layout.masthead
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

    first, slash, rest = m.symbol.partition("/")
    symbol = _p(MASTHEAD_SYMBOL)
    sink = o.TextSink()
    if first:
        span = Span(stylename=o.style_name(MASTHEAD_SYMBOL_FIRST))
        sink.add(span, first)
        symbol.addElement(span)
    sink.add(symbol, slash + rest)
    row1 = {
        mast.un_col: (mast.un_col, [_p(MASTHEAD_ORGANIZATION, m.organization)]),
        mast.symbol_cols[0]: (mast.symbol_cols[1], [symbol]),
    }
    distr = [
        _p(DISTRIBUTION, m.distribution),
        _p(DISTRIBUTION_LINE, m.date),
        _p(DISTRIBUTION_LINE),
        _p(DISTRIBUTION_LINE, m.original),
    ]
    row2 = {
        mast.organ_cols[0]: (mast.organ_cols[1], [_p(MASTHEAD_ORGAN, m.organ)]),
        mast.distr_col: (mast.distr_col, distr),
    }
    thin = f"{o.points(mast.thin_rule)} solid #000000"
    thick = f"{o.points(mast.thick_rule)} solid #000000"
    rows = (
        (1, mast.row1_height, row1, {"borderbottom": thin}, "bottom"),
        (2, mast.row2_height, row2, {"bordertop": thin, "borderbottom": thick}, "top"),
    )
    for n, height, cells, borders, valign in rows:
        row_style = Style(name=f"Masthead.R{n}", family="table-row")
        row_style.addElement(TableRowProperties(rowheight=o.length(height), keeptogether="always"))
        cell_style = Style(name=f"Masthead.R{n}.Cell", family="table-cell")
        cell_style.addElement(TableCellProperties(padding="0pt", verticalalign=valign, **borders))
        styles.doc.automaticstyles.addElement(row_style)
        styles.doc.automaticstyles.addElement(cell_style)
        row = TableRow(stylename=row_style.getAttribute("name"))
        col = 0
        while col < len(mast.columns):
            last, content = cells.get(col, (col, [_p(STANDARD)]))
            span = last - col + 1
            cell = TableCell(stylename=cell_style.getAttribute("name"), valuetype="string")
            if span > 1:
                cell.setAttribute("numbercolumnsspanned", str(span))
            for paragraph in content:
                cell.addElement(paragraph)
            row.addElement(cell)
            for _ in range(span - 1):
                row.addElement(CoveredTableCell())
            col = last + 1
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
        margintop=o.length(page.header_distance),
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
            distancebeforesep=o.points(notes.separator_after),
            distanceaftersep=o.points(notes.separator_after),
        )
    )
    pl.addElement(props)
    header_area = page.top - page.header_distance
    footer_area = bottom - page.footer_distance
    footer_content = _FOOTER_LINES * layout.base.line * TWIPS_PER_PT
    header = HeaderStyle()
    header.addElement(
        HeaderFooterProperties(
            minheight=o.length(header_area),
            marginbottom=o.length(max(0.0, header_area - header_content)),
            dynamicspacing="true",
        )
    )
    footer = FooterStyle()
    footer.addElement(
        HeaderFooterProperties(
            minheight=o.length(footer_area),
            margintop=o.length(max(0.0, footer_area - footer_content)),
            dynamicspacing="true",
        )
    )
    pl.addElement(header)
    pl.addElement(footer)
    return pl


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


def _running_footer(layout: Layout, styles: _Styles, job: str, even: bool) -> list[P]:
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


def _master_pages(doc: OpenDocumentText, rendered: Rendered, styles: _Styles) -> None:
    layout, m = rendered.layout, rendered.masthead
    page, run = layout.page, layout.running
    header_content = run.header_height
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
        for paragraph in _running_footer(layout, styles, job, is_even):
            element.addElement(paragraph)
    standard.addElement(odd_footer)
    standard.addElement(even_footer)

    doc.masterstyles.addElement(standard)
    doc.masterstyles.addElement(first)


# ---------------------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------------------


def _properties(doc: OpenDocumentText, rendered: Rendered) -> None:
    doc.meta.addElement(dc.Title(text=o.clean(rendered.title)))
    doc.meta.addElement(dc.Subject(text=o.clean(rendered.symbol)))
    doc.meta.addElement(dc.Language(text=rendered.layout.language))


def _settings(doc: OpenDocumentText) -> None:
    """Two LibreOffice document settings make the ODT lay out as the DOCX does (Word's
    rules, which LibreOffice applies when it opens a DOCX): tab stops are measured from the
    page margin, not from the paragraph's indent, as the layout states them; and the space
    between two paragraphs is the larger of the first's space after and the second's space
    before, not their sum."""
    items = ConfigItemSet(name="ooo:configuration-settings")
    for name in ("TabsRelativeToIndent", "AddParaTableSpacing"):
        items.addElement(ConfigItem(name=name, type="boolean", text="false"))
    doc.settings.addElement(items)


def write_odt(draft: Draft, layout: Layout | None = None) -> bytes:
    """The draft as an ODT in the official layout, with the draft embedded for re-import."""
    rendered = render(draft, layout)
    doc = OpenDocumentText()
    styles = _install_styles(doc, rendered.layout)
    _master_pages(doc, rendered, styles)
    _body(doc, rendered, styles, _Notes(styles))
    _properties(doc, rendered)
    _settings(doc)
    out = io.BytesIO()
    doc.save(out)
    payload = embed.payload_json(draft, rendered)
    return o.package(out.getvalue(), [(embed.ODT_FILE, embed.ODT_MEDIA_TYPE, payload)])
