"""ODT export in the official UN layout: the same document as the DOCX, in ODF 1.2.

A mapping from :func:`blocks.render` to OpenDocument with odfpy. Every block becomes a
paragraph in the named style of its :class:`BlockStyle` (:mod:`odt_styles`), italics are spans
in the ``Emphasis`` text style and footnotes are real ``text:note`` elements, so a delegate who
edits the file in LibreOffice keeps the layout. A run of table rows is one ``table:table``
(:func:`_table`), its header rows repeated on each page. The pages (masthead, running heads
and footers) are in :mod:`odt_pages`.

Word measures tab stops from the page margin and ODF (in LibreOffice) from the paragraph's
indent; the document settings ask LibreOffice for Word's way (``TabsRelativeToIndent``
false), so the tab positions are the layout's numbers as they stand, as in the DOCX.

Every length comes from :mod:`delegate_editor.formats.layout`; the low-level parts odfpy
lacks (units, style names, whitespace, the package and its manifest) are in :mod:`odt_xml`.
The draft itself travels inside the file (:mod:`delegate_editor.formats.embed`).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from odf import dc
from odf import text as odf_text
from odf.config import ConfigItem, ConfigItemSet
from odf.meta import UserDefined
from odf.opendocument import OpenDocumentText
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import Note, NoteBody, NoteCitation, NoteRef

from delegate_editor.formats import embed
from delegate_editor.formats import odt_xml as o
from delegate_editor.formats.block_types import (
    Block,
    Piece,
    Rendered,
    cells,
    column_widths,
    grouped,
    merged,
    rules,
)
from delegate_editor.formats.blocks import Note as RenderedNote
from delegate_editor.formats.blocks import render
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import BlockStyle, Layout
from delegate_editor.formats.odt_comments import OdtComments
from delegate_editor.formats.odt_pages import FIRST_PAGE, master_pages
from delegate_editor.formats.odt_styles import (
    EMPHASIS,
    NOTE_ANCHOR,
    STANDARD,
    Styles,
    indents,
    install_styles,
    spacing,
)
from delegate_editor.model.comments import Comment
from delegate_editor.model.document import Draft

# the body's paragraphs and spans, with their attributes set at once (odt_xml.quick)
P = o.quick(odf_text.P)
Span = o.quick(odf_text.Span)

# ---------------------------------------------------------------------------------------
# Body and footnotes
# ---------------------------------------------------------------------------------------


@dataclass
class _Notes:
    """Footnotes in order of first reference; a later reference to the same note is a
    reference field showing its mark (one ODF note cannot sit at two places)."""

    styles: Styles
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
        start = notes.mark_start(mark, font_metrics().width)
        return self.styles.auto("paragraph", o.style_name(notes.para.name), indents(notes.para, start))


def add_raised(paragraph, sink: o.TextSink, text: str) -> None:
    """The comma or dash between two marks (``Piece.raised``), raised as the marks are: in
    their anchor style. The tracked-changes ODT writes it the same way."""
    span = Span(stylename=o.style_name(NOTE_ANCHOR))
    sink.add(span, text)
    paragraph.addElement(span)


def _add_pieces(
    paragraph,
    sink: o.TextSink,
    pieces: tuple[Piece, ...],
    italic_para: bool,
    styles: Styles,
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
        if piece.line_break:
            sink.add(paragraph, "\n")
            continue
        if piece.raised:
            add_raised(paragraph, sink, piece.text)
            continue
        marks = _MARKS.get(getattr(piece, "change", ""), {})  # a compilation's (compilation.py)
        if piece.italic == italic_para and not marks:
            sink.add(paragraph, piece.text)
            continue
        if piece.italic == italic_para:
            span = Span(stylename=styles.auto("text", "", marks))
        elif piece.italic:
            span = Span(stylename=styles.auto("text", EMPHASIS, marks) if marks else EMPHASIS)
        else:
            roman = {"fontstyle": "normal", "fontstyleasian": "normal", "fontstylecomplex": "normal"}
            span = Span(stylename=styles.auto("text", "", {**roman, **marks}))
        sink.add(span, piece.text)
        paragraph.addElement(span)


_BOLD = {"fontweight": "bold", "fontweightasian": "bold", "fontweightcomplex": "bold"}
_MARKS = {
    "add": _BOLD,
    "tag": _BOLD,
    "del": {"textlinethroughstyle": "solid", "textlinethroughtype": "single"},
}


def _body(
    doc: OpenDocumentText, rendered: Rendered, styles: Styles, notes: _Notes, comments: OdtComments
) -> None:
    layout = rendered.layout
    prev: Block | None = None
    first_page = {"masterpagename": o.style_name(FIRST_PAGE)}
    tables = 0
    for item in grouped(rendered.blocks):
        if isinstance(item, list):
            tables += 1
            table = _table(item, styles, notes, comments, first_page if prev is None else {})
            table.setAttribute("name", f"Table{tables}")
            doc.text.addElement(table)
            prev = item[-1]
            continue
        block = item
        para = layout.style(block.style)
        props: dict[str, str] = {}
        if spacer := layout.spacer_before(block.style, prev.style if prev else None):
            props.update(spacing(para, para.before + spacer))
        label = ""
        if block.label:
            label = para.label_text(block.label)
            # the style's first line is an unlabelled one's; a labelled line may start elsewhere
            if (start := para.line_start(labelled=True)) != para.line_start(labelled=False):
                props.update(indents(para, start))
        name = styles.block[block.style]
        if props or prev is None:
            name = styles.auto("paragraph", name, props, **(first_page if prev is None else {}))
        paragraph = P(stylename=name)
        sink = o.TextSink()
        if label:
            sink.add(paragraph, label)
        _add_pieces(paragraph, sink, block.pieces, para.font.italic, styles, notes)
        comments.annotate(paragraph, block.source.id)
        doc.text.addElement(paragraph)
        prev = block
    if prev is None:  # an empty draft still opens on its first page
        doc.text.addElement(P(stylename=styles.auto("paragraph", STANDARD, {}, **first_page)))


def _table(rows: list[Block], styles: Styles, notes: _Notes, comments: OdtComments, attrs: dict) -> Table:
    """A run of row blocks as one table (``layout.table``): from the body's indent to the
    right margin, split between rows but never inside one; the leading header rows in
    ``table:table-header-rows``, which LibreOffice repeats at the top of each page; a rule
    above and below the header rows and under the last row; each cell one paragraph in its
    row's style, written as a paragraph is (italics, footnotes).

    The borders collapse (ODF's ``table:border-model``), as the DOCX's table's do when
    LibreOffice opens it: a cell's rule runs on into its neighbour's, and a page break draws
    no rule of its own. In the separating model, which LibreOffice takes when neither the
    table nor the document's default table style names one (its own files name "collapsing"
    in the default style), LibreOffice 7.4 breaks each rule by a twip where two columns meet
    and draws the last row's rule at the foot of every page the table crosses."""
    layout = styles.layout
    indent, width = layout.table_span()
    widths = column_widths(rows, width)
    geometry = {"width": o.length(width), "marginleft": o.length(indent), "align": "left"}
    flow = {"maybreakbetweenrows": "true", "bordermodel": "collapsing"}
    table = Table(stylename=styles.auto("table", "", {**geometry, **flow}, **attrs))
    for column in widths:
        table.addElement(
            TableColumn(stylename=styles.auto("table-column", "", {"columnwidth": o.length(column)}))
        )
    heads = [row.style is BlockStyle.TABLE_HEADER for row in rows]
    leading = heads.index(False) if False in heads else len(rows)  # ODF repeats these only
    row_style = styles.auto("table-row", "", {"keeptogether": "always"})
    header = TableHeaderRows() if leading else None
    if header is not None:
        table.addElement(header)
    for k, (block, (above, below)) in enumerate(zip(rows, rules(heads), strict=True)):
        cell_style = styles.auto("table-cell", "", _cell_props(layout, above, below))
        row = TableRow(stylename=row_style)
        para = layout.style(block.style)
        pieces = cells(block)
        for c in range(len(widths)):
            cell = TableCell(stylename=cell_style, valuetype="string")
            paragraph = P(stylename=styles.block[block.style])
            sink = o.TextSink()
            if c == 0 and block.label:
                sink.add(paragraph, para.label_text(block.label))
            if c < len(pieces):
                _add_pieces(paragraph, sink, pieces[c], para.font.italic, styles, notes)
            if c == 0:  # a row's comments stand in its first cell
                comments.annotate(paragraph, block.source.id)
            cell.addElement(paragraph)
            row.addElement(cell)
        (header if header is not None and k < leading else table).addElement(row)
    return table


def _cell_props(layout: Layout, above: bool, below: bool) -> dict[str, str]:
    """A cell's margins and the rules of ``layout.table`` it draws (no other borders)."""
    geometry = layout.table
    rule = f"{o.points(geometry.rule)} solid #000000"
    return {
        "paddingleft": o.length(geometry.pad),
        "paddingright": o.length(geometry.pad),
        "paddingtop": o.points(geometry.before),
        "paddingbottom": o.points(geometry.after),
        "bordertop": rule if above else "none",
        "borderbottom": rule if below else "none",
        "borderleft": "none",
        "borderright": "none",
    }


# ---------------------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------------------


def _properties(doc: OpenDocumentText, rendered: Rendered) -> None:
    doc.meta.addElement(dc.Title(text=o.clean(rendered.title)))
    doc.meta.addElement(dc.Subject(text=o.clean(rendered.symbol)))
    doc.meta.addElement(dc.Language(text=rendered.layout.language))


def _settings(doc: OpenDocumentText) -> None:
    """Three LibreOffice document settings make the ODT lay out as the DOCX does (Word's
    rules, which LibreOffice applies when it opens a DOCX): tab stops are measured from the
    page margin, not from the paragraph's indent, as the layout states them; the space
    between two paragraphs is the larger of the first's space after and the second's space
    before, not their sum; and a justified line may narrow its spaces to hold one more word,
    as Word 2013's layout does (the DOCX declares it: ``docx_xml.set_compatibility_mode``;
    LibreOffice 24.2 and later read the setting, older ones ignore it)."""
    items = ConfigItemSet(name="ooo:configuration-settings")
    for name, value in (
        ("TabsRelativeToIndent", "false"),
        ("AddParaTableSpacing", "false"),
        ("JustifyLinesWithShrinking", "true"),
    ):
        items.addElement(ConfigItem(name=name, type="boolean", text=value))
    doc.settings.addElement(items)


def write_odt(draft: Draft, layout: Layout | None = None) -> bytes:
    """The draft as an ODT in the official layout, with the draft embedded for re-import."""
    rendered = render(draft, layout)
    return odt_bytes(rendered, embed.payload_json(draft, rendered), draft.comments)


def odt_bytes(rendered: Rendered, payload: bytes | None = None, comments: Sequence[Comment] = ()) -> bytes:
    """Rendered blocks as an ODT (a compilation text: without an embedded draft when
    ``payload`` is None)."""
    doc = OpenDocumentText()
    styles = install_styles(doc, rendered.layout)
    master_pages(doc, rendered, styles)
    _body(doc, rendered, styles, _Notes(styles), OdtComments.of(comments))
    _properties(doc, rendered)
    if payload is not None:
        doc.meta.addElement(
            UserDefined(name=embed.ODT_META_NAME, valuetype="string", text=payload.decode("utf-8"))
        )
    _settings(doc)
    out = io.BytesIO()
    doc.save(out)
    extra = [(embed.ODT_FILE, embed.ODT_MEDIA_TYPE, payload)] if payload is not None else []
    return o.package(out.getvalue(), extra)
