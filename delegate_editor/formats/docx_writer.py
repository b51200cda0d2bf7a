"""DOCX export in the official UN layout, with real Word footnotes.

The writer is a mapping from :func:`blocks.render` to WordprocessingML: every block becomes a
paragraph in the named style of its :class:`BlockStyle` (the style's name is the layout's
``Para.name``), so a delegate who edits the file in Word or LibreOffice keeps the layout.
Italics are runs in the ``Emphasis`` character style; footnote marks are real
``w:footnoteReference`` runs. Page 1 carries the masthead table in its own header and the job
number in its footer; later pages carry the symbol and "n/N" on the sides UN documents use for
even and odd pages. Every length comes from :mod:`delegate_editor.formats.layout`.

The draft itself travels inside the file (:mod:`delegate_editor.formats.embed`) so that
importing our own export loses nothing.
"""

from __future__ import annotations

import io
import re
import string
from dataclasses import dataclass, field

from docx import Document
from docx.shared import Twips

from delegate_editor.formats import docx_xml as x
from delegate_editor.formats import embed
from delegate_editor.formats.blocks import Block, Note, Piece, Rendered, merged, render
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import TWIPS_PER_PT, BlockStyle, Font, Layout, Para
from delegate_editor.model.document import Draft

# Word's built-in names (so Word treats them as its own footnote and header styles).
NORMAL = ("Normal", "Normal")
FOOTNOTE_TEXT = ("footnote text", "FootnoteText")
FOOTNOTE_REFERENCE = ("footnote reference", "FootnoteReference")
HEADER = ("header", "Header")
FOOTER = ("footer", "Footer")
EMPHASIS = ("Emphasis", "Emphasis")

# Our own styles for the parts of the page that are not blocks.
MASTHEAD_ORGANIZATION = ("Masthead Organization", "MastheadOrganization")
MASTHEAD_SYMBOL = ("Masthead Symbol", "MastheadSymbol")
MASTHEAD_SYMBOL_FIRST = ("Masthead Symbol First Element", "MastheadSymbolFirstElement")
MASTHEAD_ORGAN = ("Masthead Organ", "MastheadOrgan")
DISTRIBUTION = ("Distribution", "Distribution")
DISTRIBUTION_LINE = ("Distribution Line", "DistributionLine")
MASTHEAD_SPACE = ("Masthead Space", "MastheadSpace")
JOB_LINE = ("Job Line", "JobLine")
JOB_NUMBER = ("Job Number", "JobNumber")
FOOTNOTE_SEPARATOR = ("Footnote Separator", "FootnoteSeparator")

# The blocks of the session group; the agenda line after them is set off by a spacer.
_SESSION_GROUP = {BlockStyle.BODY, BlockStyle.SESSION, BlockStyle.VENUE}

_PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}

_ALIGN = {"left": "left", "justify": "both", "right": "right", "center": "center"}


def _tw(points: float) -> int:
    return round(points * TWIPS_PER_PT)


def style_id(name: str) -> str:
    """Word's style id for a style name: the name without spaces and punctuation."""
    return re.sub(r"[^A-Za-z0-9]", "", name)


# ---------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------


def _rpr(font: Font) -> str:
    """A complete font (styles are based on Normal, so every property is stated)."""
    fam = x.escape(font.family)
    return (
        f'<w:rFonts w:ascii="{fam}" w:hAnsi="{fam}" w:eastAsia="{fam}" w:cs="{fam}"/>'
        + ("<w:b/><w:bCs/>" if font.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
        + ("<w:i/><w:iCs/>" if font.italic else '<w:i w:val="0"/><w:iCs w:val="0"/>')
        + f'<w:spacing w:val="{_tw(font.spacing)}"/><w:w w:val="{font.scale}"/>'
        + f'<w:sz w:val="{round(font.size * 2)}"/><w:szCs w:val="{round(font.size * 2)}"/>'
    )


def _spacing(before: float, after: float, line: float) -> str:
    return (
        f'<w:spacing w:before="{_tw(before)}" w:after="{_tw(after)}" '
        f'w:line="{_tw(line)}" w:lineRule="exact"/>'
    )


def _ind(left: int, right: int, start: int) -> str:
    """Indents: continuation lines at ``left``, the first line at ``start``."""
    first = f'w:firstLine="{start - left}"' if start >= left else f'w:hanging="{left - start}"'
    return f'<w:ind w:left="{left}" w:right="{right}" {first}/>'


def _tabs(stops: list[tuple[str, int]]) -> str:
    if not stops:
        return ""
    return "<w:tabs>" + "".join(f'<w:tab w:val="{a}" w:pos="{p}"/>' for a, p in stops) + "</w:tabs>"


def _start(para: Para, labelled: bool) -> int:
    """Where the first line starts: left-aligned labels at ``first``; right-aligned labels
    end at ``first``, so their line starts at the text area's edge; without a label the
    text starts at ``text`` in styles whose labels are right-aligned, else at ``first``."""
    if para.text and para.label_align == "right":
        return 0 if labelled else para.text
    return para.first_line


def _label_tabs(para: Para, grid: tuple[int, ...]) -> list[tuple[str, int]]:
    if not para.text:
        return []
    stops = [("right", para.first_line)] if para.label_align == "right" else []
    stops.append(("left", para.text))
    # a label wider than its column moves the text on to the next stop of the UN grid
    stops += [("left", p) for p in grid if p > para.text]
    return stops


def _ppr(
    para: Para,
    *,
    tabs: list[tuple[str, int]] | None = None,
    start: int | None = None,
    extra: str = "",
    exact: bool = True,
) -> str:
    """A style's paragraph properties in schema order: ``tabs`` are its tab stops, ``start``
    where its first line starts (by default that of an unlabelled paragraph, see
    :func:`_start`); ``exact`` False lets the line grow with its largest font."""
    spacing = (
        _spacing(para.before, para.after, para.line)
        if exact
        else f'<w:spacing w:before="{_tw(para.before)}" w:after="{_tw(para.after)}" '
        'w:line="240" w:lineRule="auto"/>'
    )
    return (
        ("<w:keepNext/>" if para.keep_with_next else "")
        + ("<w:keepLines/>" if para.keep_together else "")
        + ("<w:pageBreakBefore/>" if para.page_break_before else "")
        + extra
        + _tabs(tabs if tabs is not None else [])
        + spacing
        + _ind(para.left, para.right, _start(para, labelled=False) if start is None else start)
        + f'<w:jc w:val="{_ALIGN[para.align]}"/>'
    )


def _style_xml(kind: str, name: tuple[str, str], ppr: str, rpr: str) -> str:
    ui, sid = name
    builtin = name in (NORMAL, FOOTNOTE_TEXT, FOOTNOTE_REFERENCE, HEADER, FOOTER, EMPHASIS)
    custom = "" if builtin else ' w:customStyle="1"'
    if name == NORMAL:
        base = ""
    elif kind == "character":
        base = '<w:basedOn w:val="DefaultParagraphFont"/>'
    else:
        base = '<w:basedOn w:val="Normal"/>'
    nxt = f'<w:next w:val="{sid}"/>' if kind == "paragraph" else ""
    default = ' w:default="1"' if name == NORMAL else ""
    return (
        f'<w:style w:type="{kind}"{default}{custom} w:styleId="{sid}"><w:name w:val="{x.escape(ui)}"/>'
        f"{base}{nxt}<w:qFormat/>"
        + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "")
        + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
        + "</w:style>"
    )


def _pstyle(name: tuple[str, str], para: Para, **kw) -> str:
    return _style_xml("paragraph", name, _ppr(para, **kw), _rpr(para.font))


def _cstyle(name: tuple[str, str], rpr: str) -> str:
    return _style_xml("character", name, "", rpr)


_FIXED_STYLES = (
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
    "<w:unhideWhenUsed/></w:style>"
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" '
    'w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    "</w:style>"
)


def _styles(layout: Layout) -> tuple[list[str], dict[BlockStyle, str]]:
    """Every style the document uses, and each block style's style id."""
    base, mast, run, notes, page = (
        layout.base,
        layout.masthead,
        layout.running,
        layout.notes,
        layout.page,
    )
    out = [
        _pstyle(NORMAL, base, extra="<w:widowControl/>"),
        _FIXED_STYLES,
        _cstyle(EMPHASIS, "<w:i/><w:iCs/>"),
    ]
    ids: dict[BlockStyle, str] = {}
    for block_style, para in layout.styles.items():
        name = (para.name, style_id(para.name))
        ids[block_style] = name[1]
        out.append(_pstyle(name, para, tabs=_label_tabs(para, layout.tab_grid)))

    # the first-page masthead
    out += [
        _pstyle(MASTHEAD_ORGANIZATION, Para(MASTHEAD_ORGANIZATION[0], mast.organization), exact=False),
        _pstyle(MASTHEAD_SYMBOL, Para(MASTHEAD_SYMBOL[0], mast.symbol_rest, align="right"), exact=False),
        _cstyle(MASTHEAD_SYMBOL_FIRST, _rpr(mast.symbol_first)),
        _pstyle(
            MASTHEAD_ORGAN,
            Para(MASTHEAD_ORGAN[0], mast.organ, line=mast.organ_line, before=mast.organ_before),
        ),
        _pstyle(
            DISTRIBUTION, Para(DISTRIBUTION[0], mast.distr, line=mast.distr_line, before=mast.distr_before)
        ),
        _pstyle(DISTRIBUTION_LINE, Para(DISTRIBUTION_LINE[0], mast.distr, line=mast.distr_line)),
        # the header's last paragraph is the space between the thick rule and the body
        _pstyle(MASTHEAD_SPACE, Para(MASTHEAD_SPACE[0], base.font, line=mast.after_rule)),
    ]

    # running heads on pages 2 onwards: the symbol sits at the foot of a header as tall as
    # the layout's header height, on a rule
    rule_gap = run.header_after + run.header_rule
    header = Para(
        HEADER[0],
        run.header_font,
        line=base.line,
        before=max(0.0, run.header_height / TWIPS_PER_PT - base.line - rule_gap),
    )
    rule = "<w:pBdr>" + x.border("bottom", run.header_rule, run.header_after) + "</w:pBdr>"
    out.append(_pstyle(HEADER, header, extra=rule))
    footer = Para(FOOTER[0], run.page_font, line=base.line)
    out.append(_pstyle(FOOTER, footer, tabs=[("right", page.text_width)]))
    out.append(_cstyle(JOB_NUMBER, _rpr(run.job_font)))
    # page 1's footer is as tall as its larger bottom margin asks: the job line, then an
    # empty line (as under Word's footer tables), pushed down by space before
    job_before = (page.bottom_first - page.footer_distance) / TWIPS_PER_PT - 2 * base.line
    job = Para(JOB_LINE[0], run.first_job_font, line=base.line, before=max(0.0, job_before))
    out.append(_pstyle(JOB_LINE, job))

    # footnotes: "\t<mark>\t<text>", the mark right-aligned at mark_right
    note = notes.para
    out.append(
        _pstyle(
            FOOTNOTE_TEXT,
            note,
            tabs=[("left", note.text or note.left)],
            start=note.first_line,
        )
    )
    out.append(_cstyle(FOOTNOTE_REFERENCE, '<w:vertAlign w:val="superscript"/>'))
    separator = Para(
        FOOTNOTE_SEPARATOR[0],
        notes.separator_font,
        left=notes.separator_left,
        line=notes.separator_line,
        after=notes.separator_after,
    )
    out.append(_pstyle(FOOTNOTE_SEPARATOR, separator))
    return out, ids


def _doc_defaults(layout: Layout) -> str:
    f, lang = layout.base.font, x.escape(layout.language)
    fam = x.escape(f.family)
    return (
        "<w:docDefaults><w:rPrDefault><w:rPr>"
        f'<w:rFonts w:ascii="{fam}" w:hAnsi="{fam}" w:eastAsia="{fam}" w:cs="{fam}"/>'
        f'<w:sz w:val="{round(f.size * 2)}"/><w:szCs w:val="{round(f.size * 2)}"/>'
        f'<w:lang w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>'
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
        + _spacing(0, 0, layout.base.line)
        + "</w:pPr></w:pPrDefault></w:docDefaults>"
    )


def _install_styles(document, layout: Layout) -> dict[BlockStyle, str]:
    """Replace the template's styles by ours (its latent-style table stays)."""
    styles, ids = _styles(layout)
    root = document.styles.element
    latent = root.find(x.qn("w:latentStyles"))
    for child in list(root):
        root.remove(child)
    root.extend(x.fragment(_doc_defaults(layout)))
    if latent is not None:
        root.append(latent)
    root.extend(x.fragment("".join(styles)))
    return ids


# ---------------------------------------------------------------------------------------
# Body and footnotes
# ---------------------------------------------------------------------------------------


@dataclass
class _Notes:
    """Footnotes in order of first reference; a later reference to the same note repeats
    only its mark (Word cannot point twice at one footnote)."""

    layout: Layout
    ids: dict[int, int] = field(default_factory=dict)  # id(Note) → footnote id
    xml: list[str] = field(default_factory=list)

    def reference(self, note: Note, body: str) -> str:
        if id(note) in self.ids:
            return x.run(note.mark, FOOTNOTE_REFERENCE[1])
        note_id = x.FIRST_NOTE_ID + len(self.ids)
        self.ids[id(note)] = note_id
        # Word and LibreOffice agree on "<mark><tab><text>": LibreOffice drops the mark (it
        # draws the note's label itself at the start of the line) and keeps the tab.
        if note.custom:
            mark = x.run(note.mark, FOOTNOTE_REFERENCE[1])
        else:
            mark = x.footnote_ref_mark(FOOTNOTE_REFERENCE[1])
        ppr = self.indent(note.mark)
        self.xml.append(x.footnote(note_id, x.paragraph(FOOTNOTE_TEXT[1], mark + x.run("\t") + body, ppr)))
        return x.footnote_reference(note_id, FOOTNOTE_REFERENCE[1], note.mark if note.custom else "")

    def indent(self, mark: str) -> str:
        """The note's first line starts where its superscript mark, measured, ends at the
        layout's ``mark_right``; the text then tabs to the body indent."""
        notes = self.layout.notes
        para = notes.para
        size = Font(size=para.font.size * notes.superscript_ratio, spacing=para.font.spacing)
        width = _tw(font_metrics().width(mark, size) * para.font.scale / 100)
        return _ind(para.left, para.right, min(para.left, notes.mark_right - width))


def _text_runs(pieces: tuple[Piece, ...], italic_para: bool, notes: _Notes | None) -> str:
    """Runs for a block's pieces, italics in the Emphasis style (in an italic paragraph the
    style would toggle them back to roman, so there a roman piece is marked instead)."""
    out: list[str] = []
    for piece in merged(pieces):
        if piece.note is not None:
            if notes is not None:
                out.append(notes.reference(piece.note, _text_runs(piece.note.pieces, False, None)))
        elif italic_para:
            out.append(x.run(piece.text, "", "" if piece.italic else '<w:i w:val="0"/><w:iCs w:val="0"/>'))
        else:
            out.append(x.run(piece.text, EMPHASIS[1] if piece.italic else ""))
    return "".join(out)


def _body(rendered: Rendered, ids: dict[BlockStyle, str], notes: _Notes) -> str:
    layout = rendered.layout
    out: list[str] = []
    prev: Block | None = None
    for block in rendered.blocks:
        para = layout.style(block.style)
        ppr = ""
        if block.style is BlockStyle.AGENDA and prev is not None and prev.style in _SESSION_GROUP:
            ppr = f'<w:spacing w:before="{_tw(para.before + layout.single_line_spacer)}"/>'
        label = ""
        if block.label:
            if para.text and para.label_align == "right":
                ppr += _ind(para.left, para.right, _start(para, labelled=True))
                label = x.run(f"\t{block.label}\t")
            elif para.text:
                label = x.run(f"{block.label}\t")
            else:
                label = x.run(f"{block.label} ")
        runs = _text_runs(block.pieces, para.font.italic, notes)
        out.append(x.paragraph(ids[block.style], label + runs, ppr))
        prev = block
    return "".join(out) or x.paragraph(NORMAL[1], "")


def _footnotes_part(layout: Layout, notes: _Notes) -> bytes:
    separator = x.paragraph(FOOTNOTE_SEPARATOR[1], "<w:r><w:separator/></w:r>")
    continuation = x.paragraph(FOOTNOTE_SEPARATOR[1], "<w:r><w:continuationSeparator/></w:r>")
    return x.footnotes_xml(notes.xml, separator, continuation)


# ---------------------------------------------------------------------------------------
# Page 1: the masthead and the job line
# ---------------------------------------------------------------------------------------


def _masthead(rendered: Rendered) -> str:
    m, mast = rendered.masthead, rendered.layout.masthead
    first, slash, rest = m.symbol.partition("/")
    symbol = x.run(first, MASTHEAD_SYMBOL_FIRST[1]) + x.run(slash + rest)
    row1_cells = {
        mast.un_col: (mast.un_col, x.paragraph(MASTHEAD_ORGANIZATION[1], x.run(m.organization))),
        mast.symbol_cols[0]: (mast.symbol_cols[1], x.paragraph(MASTHEAD_SYMBOL[1], symbol)),
    }
    distr = "".join(
        x.paragraph(style, x.run(line))
        for style, line in (
            (DISTRIBUTION[1], m.distribution),
            (DISTRIBUTION_LINE[1], m.date),
            (DISTRIBUTION_LINE[1], ""),
            (DISTRIBUTION_LINE[1], m.original),
        )
    )
    row2_cells = {
        mast.organ_cols[0]: (mast.organ_cols[1], x.paragraph(MASTHEAD_ORGAN[1], x.run(m.organ))),
        mast.distr_col: (mast.distr_col, distr),
    }
    thin = x.border("bottom", mast.thin_rule)
    thick = x.border("top", mast.thin_rule) + x.border("bottom", mast.thick_rule)
    rows = [
        _cells_row(mast.columns, mast.row1_height, row1_cells, thin, "bottom"),
        _cells_row(mast.columns, mast.row2_height, row2_cells, thick, "top"),
    ]
    return x.table(mast.columns, rows) + x.paragraph(MASTHEAD_SPACE[1], "")


def _cells_row(
    columns: tuple[int, ...], height: int, cells: dict[int, tuple[int, str]], borders: str, valign: str
) -> str:
    """A masthead row: ``cells`` maps a first column to (last column, content); the other
    columns get empty cells. Every cell carries the row's rule, so it spans the width."""
    out: list[str] = []
    col = 0
    while col < len(columns):
        last, content = cells.get(col, (col, ""))
        width = sum(columns[col : last + 1])
        out.append(x.table_cell(width, content, last - col + 1, borders, valign))
        col = last + 1
    return x.table_row(height, out)


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


# ---------------------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------------------


def _page_setup(document, layout: Layout) -> None:
    page = layout.page
    section = document.sections[0]
    section.page_width, section.page_height = Twips(page.width), Twips(page.height)
    section.top_margin, section.bottom_margin = Twips(page.top), Twips(page.bottom)
    section.left_margin, section.right_margin = Twips(page.left), Twips(page.right)
    section.header_distance = Twips(page.header_distance)
    section.footer_distance = Twips(page.footer_distance)
    section.gutter = 0
    section.different_first_page_header_footer = True
    document.settings.odd_and_even_pages_header_footer = True


def _headers_and_footers(document, rendered: Rendered) -> None:
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


def _properties(document, rendered: Rendered) -> None:
    props = document.core_properties
    # the core properties hold at most 255 characters (python-docx refuses more); a long
    # title is whole in the document itself
    props.title = rendered.title[:255]
    props.subject = rendered.symbol[:255]
    props.language = rendered.layout.language
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.category = ""
    props.revision = 1


def write_docx(draft: Draft, layout: Layout | None = None) -> bytes:
    """The draft as a DOCX in the official layout, with the draft embedded for re-import."""
    rendered = render(draft, layout)
    document = Document()
    x.drop_template_leftovers(document)
    ids = _install_styles(document, rendered.layout)
    _page_setup(document, rendered.layout)
    notes = _Notes(rendered.layout)
    x.replace_content(document.element.body, _body(rendered, ids, notes), keep=("w:sectPr",))
    x.add_footnotes(document.part, _footnotes_part(rendered.layout, notes))
    _headers_and_footers(document, rendered)
    _properties(document, rendered)
    x.add_custom_xml(document.part, embed.DOCX_PART, embed.payload_xml(draft, rendered), embed.NAMESPACE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
