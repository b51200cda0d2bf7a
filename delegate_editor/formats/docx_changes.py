"""DOCX with real tracked changes: the newer text against its base or a version.

The General Assembly's guidelines ask for the changes to the base text "clearly indicated
using the Track Changes feature in Microsoft Word". This writer is the DOCX writer's document
(styles, pages, masthead, footnotes from :mod:`docx_writer` and :mod:`docx_pages`) with the
body taken from a :class:`~delegate_editor.formats.compare.Comparison`: words inserted and
deleted are ``w:ins``/``w:del`` runs, a paragraph added or removed has its paragraph mark
tracked too, a moved paragraph is a ``w:moveFrom`` where it stood and a ``w:moveTo`` where
it stands (a pair of named ranges, which Word shows as a move), a table's row added,
removed or moved comes or goes as a row (its ``w:trPr`` holds the ``w:ins``/``w:del``) and a
changed row's words are tracked in their cells, a footnote's text changes are tracked inside
the footnote, and an italics change is a ``w:rPrChange`` holding the run's former
properties. Every change carries the author (the delegation) and the date, so Word's and
LibreOffice's Accept All give the newer text and Reject All the older one.

The file carries no embedded draft: it is a document for the Secretariat, not one to edit
on; its text is read back as any DOCX (tracked changes accepted).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import groupby

from docx import Document

from delegate_editor.formats import docx_xml as x
from delegate_editor.formats.block_types import column_widths, is_row
from delegate_editor.formats.blocks import Note
from delegate_editor.formats.compare import Comparison, Kind, Op, Row, Span, Token, paragraph_marks, tokens
from delegate_editor.formats.docx_pages import headers_and_footers, page_setup
from delegate_editor.formats.docx_styles import EMPHASIS, FOOTNOTE_REFERENCE, NORMAL, ind, install_styles, tw
from delegate_editor.formats.docx_writer import TableRow, _footnotes_part, _Notes, _properties, table_xml
from delegate_editor.formats.layout import BlockStyle, Para
from delegate_editor.model.table import CELL

_ROMAN_IN_ITALIC = '<w:i w:val="0"/><w:iCs w:val="0"/>'


def change_date(when: datetime | None = None) -> str:
    """The date every change carries, in UTC as Word writes it."""
    when = (when or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0, tzinfo=None)
    return when.isoformat() + "Z"


@dataclass
class _Revisions:
    author: str
    date: str
    count: int = 0

    def attrs(self) -> str:
        self.count += 1
        return x.change_attrs(self.count, self.author, self.date)


def _style(italic: bool, italic_para: bool) -> tuple[str, str]:
    """The character style and extra run properties of text in that style, as the DOCX
    writer sets them (Emphasis, or a roman run marked in an italic paragraph)."""
    if italic_para:
        return "", "" if italic else _ROMAN_IN_ITALIC
    return (EMPHASIS[1] if italic else ""), ""


class _Body:
    def __init__(self, comparison: Comparison, notes: _Notes, revisions: _Revisions) -> None:
        self.comparison = comparison
        self.notes = notes
        self.rev = revisions
        self.moves: dict[str, str] = {}  # paragraph id → the name pairing its two places

    def note_body(self, note: Note, op: Op) -> str:
        """A footnote's text: wholly inserted or deleted with its reference, else with the
        changes to its own words."""
        change = next((c for c in self.comparison.notes.values() if note in (c.old, c.new)), None)
        if op is Op.EQUAL and change is not None:
            spans = change.spans
        else:
            spans = (Span(op, tuple(tokens(note.pieces))),)
        return self.spans(spans, None, False, in_note=True)

    def runs(
        self, items: tuple[Token, ...], para: Para | None, italic_para: bool, op: Op, in_note: bool
    ) -> str:
        out: list[str] = []
        text: list[str] = []
        italic = False

        def flush() -> None:
            if text:
                style, rpr = _style(italic, italic_para)
                joined = "".join(text)
                if op is Op.DELETE:
                    out.append(x.deleted_run(joined, style, rpr))
                elif op is Op.FORMAT:
                    old_style, old_rpr = _style(not italic, italic_para)
                    before = (f'<w:rStyle w:val="{old_style}"/>' if old_style else "") + old_rpr
                    out.append(x.run(joined, style, rpr + x.format_change(before, self.rev.attrs())))
                else:
                    out.append(x.run(joined, style, rpr))
                text.clear()

        for token in items:
            if token.note is not None or token.label or token.raised or token.italic != italic:
                flush()
            if token.label and para is not None:
                label = x.run(para.label_text(token.text))
                out.append(x.deleted_run(para.label_text(token.text)) if op is Op.DELETE else label)
            elif token.note is not None:
                if in_note:  # no format has a footnote inside a footnote
                    continue
                body = self.note_body(token.note, op)
                ref = self.notes.reference(token.note, body)
                if op is Op.DELETE:  # a custom mark ("*") is text of the reference's run
                    ref = ref.replace("<w:t ", "<w:delText ").replace("</w:t>", "</w:delText>")
                out.append(ref)
            elif token.raised:  # the comma or dash between two marks, raised as they are
                raised = x.deleted_run if op is Op.DELETE else x.run
                out.append(raised(token.text, FOOTNOTE_REFERENCE[1]))
            else:
                italic = token.italic
                text.append(token.written)
        flush()
        return "".join(out)

    def spans(
        self, spans: tuple[Span, ...], para: Para | None, italic_para: bool, in_note: bool = False
    ) -> str:
        out: list[str] = []
        for span in spans:
            content = self.runs(span.tokens, para, italic_para, span.op, in_note)
            if span.op is Op.INSERT:
                out.append(x.inserted(content, self.rev.attrs()))
            elif span.op is Op.DELETE:
                out.append(x.deleted(content, self.rev.attrs()))
            else:
                out.append(content)
        return "".join(out)

    def paragraph(self, row: Row, prev: BlockStyle | None, ids: dict[BlockStyle, str], mark: str) -> str:
        layout = self.comparison.new.layout
        block = row.block
        para = layout.style(block.style)
        ppr = ""
        if spacer := layout.spacer_before(block.style, prev):
            ppr = f'<w:spacing w:before="{tw(para.before + spacer)}"/>'
        if block.label and (start := para.line_start(labelled=True)) != para.line_start(labelled=False):
            ppr += ind(para.left, para.right, start)
        move = {Kind.MOVED_FROM: "moveFrom", Kind.MOVED_TO: "moveTo"}.get(row.kind, "")
        if mark:
            own = move and mark == ("del" if move == "moveFrom" else "ins")
            ppr += x.paragraph_mark(move if own else mark, self.rev.attrs())
        if row.kind is Kind.CHANGED and row.old is not None and row.old.style is not block.style:
            ppr += x.style_change(ids[row.old.style], self.rev.attrs())
        if not move:
            return x.paragraph(ids[block.style], self.spans(row.spans, para, para.font.italic), ppr)
        # the whole paragraph leaves its old place and arrives at its new one
        op = Op.DELETE if move == "moveFrom" else Op.INSERT
        runs = self.runs(
            tuple(tokens(block.pieces, block.label, words=False)), para, para.font.italic, op, False
        )
        name = self.moves.setdefault(block.source.id, f"move{len(self.moves) + 1}")
        attrs = self.rev.attrs()
        return x.paragraph(ids[block.style], x.moved(move, runs, attrs, self.rev.count, name), ppr)

    def table(self, rows: list[Row], ids: dict[BlockStyle, str]) -> str:
        """A run of table rows as one Word table. A row added or removed (or moved) comes or
        goes as a row (``w:ins``/``w:del`` in its properties) with all its words; a changed
        row's words are tracked in their cells."""
        layout = self.comparison.new.layout
        blocks = [b for row in rows for b in (row.new, row.old) if b is not None and is_row(b)]
        columns = column_widths(blocks, layout.table_span()[1], layout)
        out: list[TableRow] = []
        for row in rows:
            block = row.block
            para = layout.style(block.style)
            spans = row.spans
            if row.kind is Kind.MOVED_TO:  # its old place is a row deleted whole
                spans = (Span(Op.INSERT, tuple(tokens(block.pieces, words=False))),)
            change = x.row_change(_ROW_CHANGE[row.kind], self.rev.attrs()) if row.kind in _ROW_CHANGE else ""
            runs = [self.spans(cell, para, para.font.italic) for cell in _cells(row, spans)]
            ppr: tuple[str, ...] = ()
            if row.kind is Kind.CHANGED and row.old is not None and row.old.style is not block.style:
                ppr = tuple(x.style_change(ids[row.old.style], self.rev.attrs()) for _ in columns)
            out.append(TableRow(block.style, runs, change, ppr))
        return table_xml(layout, ids, out, columns)

    def xml(self, ids: dict[BlockStyle, str]) -> str:
        out: list[str] = []
        prev: BlockStyle | None = None
        rows = self.comparison.rows
        marks = paragraph_marks(rows)
        for table, group in groupby(zip(rows, marks, strict=True), key=lambda item: is_row(item[0].block)):
            items = list(group)
            if table:  # a row's place is tracked by the row itself, not by a paragraph mark
                out.append(self.table([row for row, _ in items], ids))
                prev = items[-1][0].block.style
                continue
            for row, mark in items:
                out.append(self.paragraph(row, prev, ids, mark))
                prev = row.block.style
        return "".join(out) or x.paragraph(NORMAL[1], "")


_ROW_CHANGE = {Kind.INSERTED: "ins", Kind.MOVED_TO: "ins", Kind.DELETED: "del", Kind.MOVED_FROM: "del"}
_SIDES = {Op.INSERT: ("new",), Op.DELETE: ("old",)}  # the cells a tab parts (both when kept)


def _cells(row: Row, spans: tuple[Span, ...]) -> list[tuple[Span, ...]]:
    """A table row's spans parted into its cells: a tab the newer text keeps or adds parts
    its cells, one the older row had parts the older cells, so a changed cell's deleted and
    inserted words stand in that cell (a tab a row took from a paragraph stays text)."""
    old_row = row.old is not None and is_row(row.old)
    at = {"new": 0, "old": 0}
    cells: list[list[Span]] = [[]]

    def put(op: Op, token: Token) -> None:
        k = at["old" if op is Op.DELETE else "new"]
        cells.extend([] for _ in range(k + 1 - len(cells)))
        if cells[k] and cells[k][-1].op is op:
            cells[k][-1] = Span(op, (*cells[k][-1].tokens, token))
        else:
            cells[k].append(Span(op, (token,)))

    for span in spans:
        for token in span.tokens:
            if token.note is not None or CELL not in token.text or (span.op is Op.DELETE and not old_row):
                put(span.op, token)
                continue
            for n, part in enumerate(token.text.split(CELL)):
                for side in _SIDES.get(span.op, ("new", "old")) if n else ():
                    at[side] += 1
                if part:
                    put(span.op, replace(token, text=part))
    return [tuple(cell) for cell in cells]


def write_tracked_docx(comparison: Comparison, author: str, when: datetime | None = None) -> bytes:
    """The newer text of ``comparison`` as a DOCX whose tracked changes, by ``author`` at
    ``when``, lead from the older text to it."""
    rendered = comparison.new
    document = Document()
    x.drop_template_leftovers(document)
    ids = install_styles(document, rendered.layout)
    page_setup(document, rendered.layout)
    notes = _Notes(rendered.layout)
    body = _Body(comparison, notes, _Revisions(author or "Delegate Editor", change_date(when)))
    x.replace_content(document.element.body, notes.bookmarked(body.xml(ids)), keep=("w:sectPr",))
    x.add_footnotes(document.part, _footnotes_part(notes))
    headers_and_footers(document, rendered)
    _properties(document, rendered)
    document.core_properties.author = author
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
