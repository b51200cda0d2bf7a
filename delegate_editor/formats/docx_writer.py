"""DOCX export in the official UN layout, with real Word footnotes.

The writer is a mapping from :func:`blocks.render` to WordprocessingML: every block becomes a
paragraph in the named style of its :class:`BlockStyle` (:mod:`docx_styles`), so a delegate who
edits the file in Word or LibreOffice keeps the layout. Italics are runs in the ``Emphasis``
character style; footnote marks are real ``w:footnoteReference`` runs. A run of table rows
is one real Word table (:func:`table_xml`: a header row repeated on each page, each cell one
paragraph in its row's style). The masthead, running heads and footers are in
:mod:`docx_pages`. Every length comes from :mod:`delegate_editor.formats.layout`.

The draft itself travels inside the file (:mod:`delegate_editor.formats.embed`) so that
importing our own export loses nothing.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from docx import Document

from delegate_editor.formats import docx_xml as x
from delegate_editor.formats import embed
from delegate_editor.formats.block_types import (
    Block,
    Note,
    Piece,
    Rendered,
    cells,
    column_widths,
    grouped,
    merged,
    rules,
)
from delegate_editor.formats.blocks import render
from delegate_editor.formats.docx_comments import DocxComments
from delegate_editor.formats.docx_pages import headers_and_footers, page_setup
from delegate_editor.formats.docx_styles import (
    EMPHASIS,
    FOOTNOTE_REFERENCE,
    FOOTNOTE_SEPARATOR,
    FOOTNOTE_TEXT,
    NORMAL,
    ind,
    install_styles,
    tw,
)
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import BlockStyle, Layout
from delegate_editor.model.comments import Comment
from delegate_editor.model.document import Draft

# ---------------------------------------------------------------------------------------
# Body and footnotes
# ---------------------------------------------------------------------------------------


_SLOT = "\x00"
_SLOTTED = re.compile("\x00(\\d+)\x00(.*?)\x00\\1\x00", re.S)


@dataclass
class _Notes:
    """Footnotes in order of first reference; a later reference to the same note is a
    NOTEREF field to a bookmark on the first (Word cannot point twice at one footnote). The
    first reference leaves a slot for that bookmark, filled by :meth:`bookmarked` once the
    whole body is written and it is known whether the note was cited again."""

    layout: Layout
    ids: dict[int, int] = field(default_factory=dict)  # id(Note) → footnote id
    xml: list[str] = field(default_factory=list)
    again: set[int] = field(default_factory=set)  # footnote ids cited more than once

    def reference(self, note: Note, body: str) -> str:
        if id(note) in self.ids:
            if note.custom:
                return x.run(note.mark, FOOTNOTE_REFERENCE[1])
            self.again.add(self.ids[id(note)])
            return x.note_ref_field(self.ids[id(note)], note.mark, FOOTNOTE_REFERENCE[1])
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
        reference = x.footnote_reference(note_id, FOOTNOTE_REFERENCE[1], note.mark if note.custom else "")
        return f"{_SLOT}{note_id}{_SLOT}{reference}{_SLOT}{note_id}{_SLOT}"

    def bookmarked(self, body: str) -> str:
        """``body`` with each cited-again note's first reference bookmarked, the other slots
        emptied (a NUL never stands in XML text: the model strips it)."""

        def fill(m: re.Match) -> str:
            note_id = int(m.group(1))
            return x.note_bookmark(note_id, m.group(2)) if note_id in self.again else m.group(2)

        return _SLOTTED.sub(fill, body)

    def indent(self, mark: str) -> str:
        """The note's first line starts where its superscript mark, measured, ends at the
        layout's ``mark_right``; the text then tabs to the body indent."""
        notes = self.layout.notes
        return ind(notes.para.left, notes.para.right, notes.mark_start(mark, font_metrics().width))


def _text_runs(pieces: tuple[Piece, ...], italic_para: bool, notes: _Notes | None) -> str:
    """Runs for a block's pieces, italics in the Emphasis style (in an italic paragraph the
    style would toggle them back to roman, so there a roman piece is marked instead)."""
    out: list[str] = []
    for piece in merged(pieces):
        # a compilation's marks (formats/compilation.py): bold before italics, strike after
        change = getattr(piece, "change", "")
        bold, strike = _BOLD if change in ("add", "tag") else "", _STRIKE if change == "del" else ""
        if piece.note is not None:
            if notes is not None:
                out.append(notes.reference(piece.note, _text_runs(piece.note.pieces, False, None)))
        elif piece.line_break:
            out.append(x.run("\n"))
        elif piece.raised:  # the comma or dash between two marks, raised as they are
            out.append(x.run(piece.text, FOOTNOTE_REFERENCE[1]))
        elif italic_para:
            roman = "" if piece.italic else '<w:i w:val="0"/><w:iCs w:val="0"/>'
            out.append(x.run(piece.text, "", bold + roman + strike))
        else:
            out.append(x.run(piece.text, EMPHASIS[1] if piece.italic else "", bold + strike))
    return "".join(out)


_BOLD = "<w:b/><w:bCs/>"
_STRIKE = "<w:strike/>"


def _body(rendered: Rendered, ids: dict[BlockStyle, str], notes: _Notes, comments: DocxComments) -> str:
    layout = rendered.layout
    out: list[str] = []
    prev: Block | None = None
    for item in grouped(rendered.blocks):
        if isinstance(item, list):
            out.append(_table(item, layout, ids, notes, comments))
            prev = item[-1]
            continue
        block = item
        para = layout.style(block.style)
        ppr = ""
        if spacer := layout.spacer_before(block.style, prev.style if prev else None):
            ppr = f'<w:spacing w:before="{tw(para.before + spacer)}"/>'
        label = ""
        if block.label:
            label = x.run(para.label_text(block.label))
            # the style's first line is an unlabelled one's; a labelled line may start elsewhere
            if (start := para.line_start(labelled=True)) != para.line_start(labelled=False):
                ppr += ind(para.left, para.right, start)
        runs = _text_runs(block.pieces, para.font.italic, notes)
        out.append(x.paragraph(ids[block.style], comments.around(block.source.id, label + runs), ppr))
        prev = block
    return "".join(out) or x.paragraph(NORMAL[1], "")


def _table(
    rows: list[Block], layout: Layout, ids: dict[BlockStyle, str], notes: _Notes, comments: DocxComments
) -> str:
    """A run of row blocks as one Word table, a row's comments in its first cell."""
    out: list[TableRow] = []
    for block in rows:
        para = layout.style(block.style)
        runs = [_text_runs(pieces, para.font.italic, notes) for pieces in cells(block)]
        label = x.run(para.label_text(block.label)) if block.label else ""
        runs[0] = comments.around(block.source.id, label + runs[0])
        out.append(TableRow(block.style, runs))
    return table_xml(layout, ids, out, column_widths(rows, layout.table_span()[1], layout))


class TableRow(NamedTuple):
    """A row as :func:`table_xml` sets it."""

    style: BlockStyle
    cells: list[str]  # each cell's runs
    change: str = ""  # the row inserted or deleted as a tracked change (docx_xml.row_change)
    ppr: tuple[str, ...] = ()  # each cell's extra paragraph properties (a tracked style change)


def table_xml(layout: Layout, ids: dict[BlockStyle, str], rows: list[TableRow], columns: list[int]) -> str:
    """A table in the geometry every writer shares (``layout.table``, ``layout.table_span``),
    a row with fewer cells than ``columns`` ended by empty ones; a rule runs above and below
    the header rows and under the last row."""
    geometry = layout.table
    spacing = f'<w:spacing w:before="{tw(geometry.before)}" w:after="{tw(geometry.after)}"/>'
    heads = [row.style is BlockStyle.TABLE_HEADER for row in rows]
    out: list[str] = []
    for k, (row, (above, below)) in enumerate(zip(rows, rules(heads), strict=True)):
        borders = (x.border("top", geometry.rule) if above else "") + (
            x.border("bottom", geometry.rule) if below else ""
        )
        texts = row.cells + [""] * (len(columns) - len(row.cells))
        extra = row.ppr + ("",) * (len(columns) - len(row.ppr))
        tcs = [
            x.table_cell(column, x.paragraph(ids[row.style], text, spacing + ppr), borders=borders)
            for text, ppr, column in zip(texts, extra, columns, strict=True)
        ]
        out.append(x.text_row(tcs, heads[k], row.change))
    return x.text_table(layout.table_span()[0], columns, geometry.pad, out)


def _footnotes_part(notes: _Notes) -> bytes:
    separator = x.paragraph(FOOTNOTE_SEPARATOR[1], "<w:r><w:separator/></w:r>")
    continuation = x.paragraph(FOOTNOTE_SEPARATOR[1], "<w:r><w:continuationSeparator/></w:r>")
    return x.footnotes_xml(notes.xml, separator, continuation)


# ---------------------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------------------


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
    return docx_bytes(rendered, embed.payload_xml(draft, rendered), draft.comments)


def docx_bytes(rendered: Rendered, payload: bytes | None = None, comments: Sequence[Comment] = ()) -> bytes:
    """Rendered blocks as a DOCX (a compilation text: blocks made from a draft and its
    negotiation, without an embedded draft when ``payload`` is None)."""
    document = Document()
    x.drop_template_leftovers(document)
    ids = install_styles(document, rendered.layout)
    page_setup(document, rendered.layout)
    notes = _Notes(rendered.layout)
    comments = DocxComments.of(comments)
    body = notes.bookmarked(_body(rendered, ids, notes, comments))
    x.replace_content(document.element.body, body, keep=("w:sectPr",))
    x.add_footnotes(document.part, _footnotes_part(notes))
    comments.add_parts(document.part)
    headers_and_footers(document, rendered)
    _properties(document, rendered)
    if payload is not None:
        x.add_custom_xml(document.part, embed.DOCX_PART, payload, embed.NAMESPACE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
