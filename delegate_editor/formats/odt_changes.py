"""ODT with real tracked changes: the ODF twin of :mod:`docx_changes`.

The document is the ODT writer's (styles, pages, footnotes from :mod:`odt_writer`,
:mod:`odt_styles`, :mod:`odt_pages`); the body comes from a
:class:`~delegate_editor.formats.compare.Comparison`. ODF records changes as regions listed
in ``text:tracked-changes``: an insertion is marked in the text from ``text:change-start``
to ``text:change-end`` (across paragraphs when whole paragraphs were added); a deletion
keeps the removed text inside its region, as paragraphs (one more than the paragraph breaks
it removed) and leaves a ``text:change`` mark where it stood; an italics change is a format
change region. This is how LibreOffice itself writes them, so its Accept All gives the newer
text and Reject All the older one.

The body is written as one stream of text and paragraph breaks, each with its change: a
visible paragraph is closed by the first break that is not deleted, and takes the style of
the paragraph that break ends. A table's row stays such a paragraph (a change region may
run across paragraph breaks, which a table's cells would cut), its cells parted by tabs at
its table's columns, so that they stand where the table's would.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from odf import dc
from odf.namespaces import TEXTNS, XMLNS
from odf.office import ChangeInfo
from odf.opendocument import OpenDocumentText
from odf.text import (
    Change,
    ChangedRegion,
    ChangeEnd,
    ChangeStart,
    Deletion,
    FormatChange,
    Insertion,
    Note,
    NoteBody,
    NoteCitation,
    P,
    Span,
    TrackedChanges,
)

from delegate_editor.formats import odt_xml as o
from delegate_editor.formats.block_types import column_widths, is_row
from delegate_editor.formats.blocks import Block
from delegate_editor.formats.blocks import Note as RenderedNote
from delegate_editor.formats.compare import Comparison, Op, Row, Token, paragraph_marks, tokens
from delegate_editor.formats.compare import Span as Change_
from delegate_editor.formats.font_metrics import font_metrics
from delegate_editor.formats.layout import BlockStyle, Tab
from delegate_editor.formats.odt_pages import FIRST_PAGE, master_pages
from delegate_editor.formats.odt_styles import EMPHASIS, Styles, indents, install_styles, spacing
from delegate_editor.formats.odt_writer import _properties, _settings, add_raised

_OPS = {"ins": Op.INSERT, "del": Op.DELETE, "": Op.EQUAL}
_ROMAN = {"fontstyle": "normal", "fontstyleasian": "normal", "fontstylecomplex": "normal"}


class _Writer:
    def __init__(self, doc: OpenDocumentText, comparison: Comparison, styles: Styles, author: str, date: str):
        self.doc = doc
        self.comparison = comparison
        self.styles = styles
        self.author = author
        self.date = date
        self.tracked = TrackedChanges()
        self.count = 0
        self.notes = 0
        self.sinks: dict[int, o.TextSink] = {}
        self.para: P | None = None  # the visible paragraph being filled
        self.paragraphs = 0
        self.prev: BlockStyle | None = None
        self.tabs = _row_tabs(comparison)

    # -- regions ------------------------------------------------------------------------
    def region(self, op: Op):
        self.count += 1
        cid = f"ct{self.count}"
        region = ChangedRegion(qattributes={(XMLNS, "id"): cid, (TEXTNS, "id"): cid})
        change = {Op.INSERT: Insertion, Op.DELETE: Deletion, Op.FORMAT: FormatChange}[op]()
        info = ChangeInfo()
        info.addElement(dc.Creator(text=self.author))
        info.addElement(dc.Date(text=self.date))
        change.addElement(info)
        region.addElement(change)
        self.tracked.addElement(region)
        return cid, change

    # -- text ---------------------------------------------------------------------------
    def sink(self, element) -> o.TextSink:
        return self.sinks.setdefault(id(element), o.TextSink())

    def visible(self) -> P:
        if self.para is None:
            self.para = P()
            self.doc.text.addElement(self.para)
        return self.para

    def write(self, paragraph, items: tuple[Token, ...], block: Block, op: Op, in_note: bool = False) -> None:
        """Tokens into ``paragraph``: labels as the layout types them, italics in the
        Emphasis style (roman marked in an italic paragraph), footnotes as notes."""
        para = self.comparison.new.layout.style(block.style)
        italic_para = para.font.italic and not in_note
        sink = self.sink(paragraph)
        for token in items:
            if token.label:
                sink.add(paragraph, para.label_text(token.text))
            elif token.note is not None:
                if not in_note:
                    paragraph.addElement(self.note(token.note, op))
                    sink.after_space = False
            elif token.raised:
                add_raised(paragraph, sink, token.written)
            elif token.italic == italic_para:
                sink.add(paragraph, token.written)
            else:
                span = Span(stylename=EMPHASIS if token.italic else self.styles.auto("text", "", _ROMAN))
                sink.add(span, token.written)
                paragraph.addElement(span)

    def note(self, note: RenderedNote, op: Op):
        """A footnote; its text carries its own changes when its reference is unchanged."""
        self.notes += 1
        element = Note(id=f"ftn{self.notes}", noteclass="footnote")
        if note.custom:
            element.addElement(NoteCitation(label=note.mark, text=note.mark))
        else:
            element.addElement(NoteCitation(text=note.mark))
        notes = self.styles.layout.notes
        start = notes.mark_start(note.mark, font_metrics().width)
        paragraph = P(
            stylename=self.styles.auto("paragraph", o.style_name(notes.para.name), indents(notes.para, start))
        )
        change = next((c for c in self.comparison.notes.values() if note in (c.old, c.new)), None)
        block = Block(BlockStyle.OPERATIVE, ())
        if op is Op.EQUAL and change is not None:
            for span in change.spans:
                self.inline(paragraph, span, block)
        else:
            self.write(paragraph, tuple(tokens(note.pieces)), block, op, in_note=True)
        body = NoteBody()
        body.addElement(paragraph)
        element.addElement(body)
        return element

    def inline(self, paragraph, span: Change_, block: Block) -> None:
        """One span inside a footnote's paragraph (no paragraph breaks there)."""
        if span.op is Op.EQUAL:
            self.write(paragraph, span.tokens, block, Op.EQUAL, in_note=True)
        elif span.op is Op.DELETE:
            cid, change = self.region(Op.DELETE)
            held = P()
            self.write(held, span.tokens, block, Op.DELETE, in_note=True)
            change.addElement(held)
            paragraph.addElement(Change(changeid=cid))
        else:
            cid, _ = self.region(span.op)
            paragraph.addElement(ChangeStart(changeid=cid))
            self.write(paragraph, span.tokens, block, span.op, in_note=True)
            paragraph.addElement(ChangeEnd(changeid=cid))

    # -- paragraphs ---------------------------------------------------------------------
    def style_name(self, block: Block) -> str:
        layout = self.comparison.new.layout
        para = layout.style(block.style)
        props: dict[str, str] = {}
        if spacer := layout.spacer_before(block.style, self.prev):
            props.update(spacing(para, para.before + spacer))
        if block.label and (start := para.line_start(labelled=True)) != para.line_start(labelled=False):
            props.update(indents(para, start))
        tabs = self.tabs.get(id(block), ())
        if tabs:  # a row: its first cell where its table's would start
            start = layout.table_span()[0] + layout.table.pad
            props.update(marginleft=o.length(start), marginright="0pt", textindent="0pt")
        name = self.styles.block[block.style]
        first = self.paragraphs == 0
        if props or first:
            extra = {"masterpagename": o.style_name(FIRST_PAGE)} if first else {}
            name = self.styles.auto("paragraph", name, props, tabs=tabs, **extra)
        return name

    def close(self, block: Block) -> None:
        """End the visible paragraph: it takes the style of the paragraph this break ends."""
        paragraph = self.visible()
        paragraph.setAttribute("stylename", self.style_name(block))
        self.paragraphs += 1
        self.prev = block.style
        self.para = None

    def stream(self) -> list[tuple[str, Op, Row, tuple[Token, ...]]]:
        """The body as text and paragraph breaks, each with its change."""
        rows = self.comparison.rows
        items: list[tuple[str, Op, Row, tuple[Token, ...]]] = []
        for n, (row, mark) in enumerate(zip(rows, paragraph_marks(rows), strict=True)):
            spans = row.spans
            if row.kind.value == "moved_to":  # the whole paragraph arrives here
                spans = (Change_(Op.INSERT, tuple(tokens(row.block.pieces, row.block.label))),)
            items += [("text", span.op, row, span.tokens) for span in spans]
            if n < len(rows) - 1:
                items.append(("break", _OPS[mark], row, ()))
        return items

    def body(self) -> None:
        self.doc.text.addElement(self.tracked)
        items = self.stream()
        i = 0
        while i < len(items):
            kind, op, row, toks = items[i]
            if op in (Op.EQUAL, Op.FORMAT):
                if kind == "break":
                    self.close(row.block)
                elif op is Op.FORMAT:
                    cid, _ = self.region(Op.FORMAT)
                    self.visible().addElement(ChangeStart(changeid=cid))
                    self.write(self.visible(), toks, row.block, op)
                    self.visible().addElement(ChangeEnd(changeid=cid))
                else:
                    self.write(self.visible(), toks, row.block, op)
                i += 1
                continue
            j = i
            while j < len(items) and items[j][1] is op:
                j += 1
            self.changed(items[i:j], op)
            i = j
        if items:
            self.close(items[-1][2].block)

    def changed(self, items: list[tuple[str, Op, Row, tuple[Token, ...]]], op: Op) -> None:
        cid, change = self.region(op)
        if op is Op.INSERT:
            self.visible().addElement(ChangeStart(changeid=cid))
            for kind, _op, row, toks in items:
                if kind == "break":
                    self.close(row.block)
                else:
                    self.write(self.visible(), toks, row.block, op)
            self.visible().addElement(ChangeEnd(changeid=cid))
            return
        self.visible().addElement(Change(changeid=cid))
        held = P()
        last = items[-1][2].block
        for kind, _op, row, toks in items:
            if kind == "break":
                held.setAttribute("stylename", self.styles.block[row.block.style])
                change.addElement(held)
                held = P()
            else:
                self.write(held, toks, row.block, op)
                last = row.block
        held.setAttribute("stylename", self.styles.block[last.style])
        change.addElement(held)


def _row_tabs(comparison: Comparison) -> dict[int, tuple[Tab, ...]]:
    """For each row block of the comparison (by its id), a tab stop where each of its
    table's cells but the first starts: the rows of the tracked document in a run are one
    table, its columns shared as the ODT writer shares them."""
    layout = comparison.new.layout
    indent, width = layout.table_span()
    out: dict[int, tuple[Tab, ...]] = {}
    run: list[Block] = []
    for row in [*comparison.rows, None]:
        if row is not None and is_row(row.block):
            run.append(row.block)
            continue
        if run:
            widths = column_widths(run, width)
            starts = [indent + layout.table.pad + sum(widths[:k]) for k in range(1, len(widths))]
            out.update((id(block), tuple(Tab(pos) for pos in starts)) for block in run)
            run = []
    return out


def write_tracked_odt(comparison: Comparison, author: str, when: datetime | None = None) -> bytes:
    """The newer text of ``comparison`` as an ODT whose tracked changes, by ``author`` at
    ``when``, lead from the older text to it."""
    rendered = comparison.new
    doc = OpenDocumentText()
    styles = install_styles(doc, rendered.layout)
    master_pages(doc, rendered, styles)
    date = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat()
    _Writer(doc, comparison, styles, author or "Delegate Editor", date).body()
    _properties(doc, rendered)
    _settings(doc)
    doc.meta.addElement(dc.Creator(text=author))
    out = io.BytesIO()
    doc.save(out)
    return o.package(out.getvalue(), [])
