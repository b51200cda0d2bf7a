"""HTML from the clipboard turned into the text form the text importer reads.

Word, LibreOffice, a web browser and a PDF viewer put rich text on the clipboard as HTML.
Rather than a second importer, the HTML is written as the plain-text form of
``formats/text.py`` (one paragraph per block, italics as ``*...*``, a footnote reference as
``[^N]`` and its note as a ``[^N]: text`` line), and the text importer reads that with its
own rules, so a pasted paragraph lands where an imported one would.

What the HTML adds over plain text is kept:

- italics (``<i>``, ``<em>``, ``font-style: italic``), which give the opening phrases;
- list numbers that are not in the text (``<ol><li>`` as LibreOffice and web pages write
  them): an ``<ol>`` item gets "1." at the top level and "(a)", "(i)" below, or the
  numbering its ``type`` and ``start`` name;
- footnotes, linked by their anchors: a reference is a link to ``#target`` whose text is a
  number or asterisks (Word's ``#_ftn1``, LibreOffice's ``#sdfootnote1sym``, a web page's
  ``#fn1``) or a superscript number; the note is the block whose id is that target, or a
  paragraph that begins with a link back to the reference;
- tables of data, as the text form's pipe table (``| P-4 | 1 573 | 298 | 1 871 |``), the
  heading rows (in ``<thead>``, of ``<th>`` cells, Word's ``mso-yfti-irow:-1``) above
  ``| --- |``; a cell's paragraphs join with a space, a spanning cell has empty ones after.

A table laying out a web page is read as paragraphs, as before (a row's cells run on, a
space apart). Its shape, seen at its end (so such HTML is read twice), tells it: one column
(but of 3 short lines or more: a table kept line by line, A/RES/79/253), a table inside, or a cell holding what only a resolution's paragraphs hold: a list, a
heading, a quotation, over ``_CELL_WORDS`` words (the UN's longest cells, a timetable's,
have 39), a paragraph that begins (after any number) with a known opening phrase and goes
on ("1." | "*Decides* to ..."), or an item of a masthead (a symbol, "Distr.: Limited").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from delegate_editor.formats.blocks import Block, Note, Piece
from delegate_editor.formats.layout import BlockStyle
from delegate_editor.formats.text import inline, known_opening, pipe_table
from delegate_editor.formats.text_lines import DISTR, SYMBOL
from delegate_editor.model.numbering import COUNTERS_ALL
from delegate_editor.model.table import CELL

_BLOCKS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 tr blockquote section article header footer aside pre dd dt "
    "table ul ol dl body caption figcaption".split()
)
_SKIPPED = frozenset({"style", "script", "head", "title", "template", "xml", "noscript"})
_ITALIC_TAGS = frozenset({"i", "em", "cite", "var", "dfn"})
_FONT_STYLE = re.compile(r"font-style\s*:\s*(italic|oblique|normal)", re.I)
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML collapses these, never a no-break space
_MARK = re.compile(r"^[\[(]?\s*(\d{1,3}|\*{1,4})\s*[\])]?$")
_BACK = frozenset("↩↑^")  # a web page's link from the note back to its reference
# the counter of an <ol type="...">: "1" 1., "a" (a), "i" (i), "A"/"I" upper case
_OL_TYPES = {"1": ("arabic", "{}."), "a": ("alpha", "({})"), "i": ("roman", "({})")}
_DEPTH_TYPES = ("1", "a", "i", "a")
_WHOLE = frozenset("table ul ol li dl h1 h2 h3 h4 h5 h6 blockquote".split())  # in no cell of data
_CELL_WORDS = 60
_LABEL = re.compile(r"^(?:\d{1,3}\.|\([a-zA-Z]{1,6}\)|[–—-])\s+")


def _holds_paragraphs(parts: list[str]) -> bool:
    """Whether a cell's text (by paragraph) is a resolution's paragraphs or masthead, not data."""
    texts = [_LABEL.sub("", " ".join(part.split())) for part in parts]
    head = any(t == "United Nations" or SYMBOL.match(t) or DISTR.match(t) for t in texts)
    opening = any(len(t.split()) >= len(known_opening(t).split()) + 3 for t in texts if known_opening(t))
    return head or opening or sum(len(t.split()) for t in texts) > _CELL_WORDS


@dataclass
class _Grid:
    """A table read cell by cell: its rows, (heading by place, [[first para, end, columns, th]])."""

    index: int  # its place among the HTML's tables
    start: int  # the reader's paragraphs before it
    rows: list[tuple[bool, list[list]]] = field(default_factory=list)
    head: bool = False  # inside its <thead>
    layout: bool = False  # a table, list, heading or quotation in a cell

    def in_cell(self) -> bool:
        return bool(self.rows and self.rows[-1][1] and self.rows[-1][1][-1][1] < 0)

    def end_cell(self, at: int) -> None:
        if self.in_cell():
            self.rows[-1][1][-1][1] = at


@dataclass
class _List:
    ordered: bool
    counter: str = "1"
    next: int = 1


@dataclass
class _Para:
    pieces: list[Piece] = field(default_factory=list)
    note: str = ""  # the note this paragraph is the text of ("" for a body paragraph)
    label: str = ""  # an <ol> number the text does not carry
    line: str = ""  # a table's pipe rows, written as they are

    def plain(self) -> str:
        return "".join(p.text for p in self.pieces if p.note is None)


class _Reader(HTMLParser):
    def __init__(self, data_tables: list[bool] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.data_tables = data_tables  # per <table> in order, a table of data (None: each)
        self.shapes: list[bool] = []  # per <table> in order, whether its shape is data's
        self.tables: list[_Grid | None] = []  # the open tables (None: one of layout)
        self.paras: list[_Para] = []
        self.para = _Para()
        self.italic: list[bool | None] = []  # per open inline element: sets italics or not
        self.open: list[str] = []
        self.skip = 0
        self.lists: list[_List] = []
        self.refs: dict[str, str] = {}  # note target id -> the mark its reference gave
        self.ref_names: dict[str, str] = {}  # the reference's own id/name -> mark
        self.pending_note = ""  # a note container opened: its first paragraph is the note
        self.anchor: dict[str, str] | None = None  # the open <a>: its href and its text
        self.anchor_text: list[str] = []
        self.sup = 0
        self.sup_text: list[str] = []
        self.numbered = 0

    # -- structure ------------------------------------------------------------------
    def flush(self) -> None:
        para = self.para
        if para.plain().strip() or any(p.note is not None for p in para.pieces):
            self.paras.append(para)
            label = ""
        else:  # "<li><p>text": the item's number and a note's mark wait for its first text
            self.pending_note = self.pending_note or para.note
            label = para.label
        self.para = _Para(note=self.pending_note, label=label)
        self.pending_note = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _SKIPPED:
            self.skip += 1
            return
        if self.skip:
            return
        if tag == "br":
            self.text("\n")
            return
        if tag in ("img", "hr", "meta", "link", "input", "wbr", "col"):
            return
        if tag in _BLOCKS:
            self.flush()
            target = a.get("id") or a.get("name", "")
            if target in self.refs:
                self.para.note = self.pending_note = self.refs[target]
            if tag in ("ol", "ul"):
                self.start_list(tag, a)
            elif tag == "li":
                self.list_item(a)
        self.table_tag(tag, a)
        self.open.append(tag)
        style = _FONT_STYLE.search(a.get("style", ""))  # italics set, unset or left as they are
        self.italic.append(
            True if tag in _ITALIC_TAGS else style.group(1).lower() != "normal" if style else None
        )
        if tag == "a":
            self.anchor, self.anchor_text = a, []
        elif tag == "sup":
            self.sup, self.sup_text = self.sup + 1, []

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or tag not in self.open:
            return
        while self.open:  # close what the HTML left open inside (Word's unclosed tags)
            done = self.open.pop()
            self.italic.pop()
            if done == "a":
                self.end_anchor()
            elif done == "sup":
                self.end_sup()
            if done in ("ol", "ul") and self.lists:
                self.lists.pop()
            grid = self.tables[-1] if self.tables else None
            if grid is not None and done in ("td", "th", "tr", "thead", "table"):
                self.flush()
                grid.head &= done != "thead"
                grid.end_cell(len(self.paras))
            if done == "table" and self.tables:
                self.end_table(self.tables.pop())
            if done == tag:
                break
        if tag in _BLOCKS:
            self.flush()

    # -- tables ---------------------------------------------------------------------
    def table_tag(self, tag: str, a: dict[str, str]) -> None:
        grid = self.tables[-1] if self.tables else None
        if grid is not None and grid.in_cell():
            grid.layout |= tag in _WHOLE
        if tag == "table":
            k = len(self.shapes)
            self.shapes.append(False)  # until its end shows its shape
            data = self.data_tables is None or (k < len(self.data_tables) and self.data_tables[k])
            self.tables.append(_Grid(k, len(self.paras)) if data else None)
        elif grid is None and tag in ("td", "th") and self.tables:
            self.para.pieces.append(Piece(" "))  # a layout table's cells, a space apart
        elif grid is not None and tag in ("thead", "tbody", "tfoot"):
            grid.head = tag == "thead"
        elif grid is not None and tag in ("tr", "td", "th"):
            self.flush()
            grid.end_cell(len(self.paras))
            if tag == "tr" or not grid.rows:
                grid.rows.append((grid.head or "mso-yfti-irow:-1" in a.get("style", "").replace(" ", ""), []))
            if tag in ("td", "th"):
                span = a.get("colspan", "").strip()
                span = min(max(int(span), 1), 64) if span.isdigit() else 1
                grid.rows[-1][1].append([len(self.paras), -1, span, tag == "th"])

    def end_table(self, grid: _Grid | None) -> None:
        """A table read: with the shape of data (module docstring), one paragraph of pipe rows."""
        if grid is None:
            return
        cells = [[(self.paras[first:end], span, th) for first, end, span, th in row] for _, row in grid.rows]
        texts = [[p.plain() for p in paras] for row in cells for paras, _, _ in row]
        width = max((sum(span for _, span, _ in row) for row in cells), default=0)
        one = width == 1 and len(cells) >= 3 and all(len(t) == 1 and len(t[0]) <= 100 for t in texts)
        held = grid.layout or any(map(_holds_paragraphs, texts))
        self.shapes[grid.index] = (width > 1 or one) and not held
        if not self.shapes[grid.index]:
            return  # read as a table of layout the second time
        rows = [_row(head, row) for (head, _), row in zip(grid.rows, cells, strict=True) if row]
        inside = {j for _, row in grid.rows for first, end, _, _ in row for j in range(first, end)}
        kept = [p for j, p in enumerate(self.paras[grid.start :], grid.start) if j not in inside]
        self.paras[grid.start :] = [*kept, _Para(line=pipe_table(rows))] if rows else kept

    def start_list(self, tag: str, a: dict[str, str]) -> None:
        depth = sum(1 for x in self.lists if x.ordered)
        counter = a.get("type", "") or _DEPTH_TYPES[min(depth, len(_DEPTH_TYPES) - 1)]
        start = int(a["start"]) if a.get("start", "").isdigit() else 1
        self.lists.append(_List(tag == "ol", counter, start))

    def list_item(self, a: dict[str, str]) -> None:
        if not self.lists or self.para.note:
            return
        lst = self.lists[-1]
        if a.get("value", "").isdigit():
            lst.next = int(a["value"])
        if lst.ordered:
            name, fmt = _OL_TYPES.get(lst.counter.lower(), _OL_TYPES["1"])
            label = COUNTERS_ALL[name](lst.next)
            self.para.label = fmt.format(label.upper() if lst.counter.isupper() else label)
            lst.next += 1
        elif len(self.lists) > 1:
            self.para.label = "\u2013"  # an unnumbered item under a numbered one: a dash item

    # -- text -----------------------------------------------------------------------
    def is_italic(self) -> bool:
        for value in reversed(self.italic):
            if value is not None:
                return value
        return False

    def text(self, data: str) -> None:
        if self.anchor is not None:
            self.anchor_text.append(data)
        if self.sup:
            self.sup_text.append(data)
        # a mark's text is written as it comes and taken back when its element closes
        self.para.pieces.append(Piece(data, self.is_italic()))

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.text(_SPACES.sub(" ", data) if "pre" not in self.open else data)

    def _take_back(self, chars: str) -> None:
        """Remove the last ``chars`` of text from the paragraph (a mark's text, written as
        the element went, now replaced by a mark)."""
        n = len(chars)
        while n and self.para.pieces:
            last = self.para.pieces[-1]
            if last.note is not None:
                break
            if len(last.text) <= n:
                n -= len(last.text)
                self.para.pieces.pop()
            else:
                self.para.pieces[-1] = Piece(last.text[: len(last.text) - n], last.italic)
                n = 0

    def end_anchor(self) -> None:
        a, text = self.anchor or {}, "".join(self.anchor_text)
        self.anchor, self.anchor_text = None, []
        href = a.get("href", "")
        if not href.startswith("#"):
            return
        target = href[1:]
        own = a.get("id") or a.get("name", "")
        shown = text.strip()
        if target in self.ref_names:  # a link back from a note to its reference
            self._take_back(text)
            if not self.para.plain().strip() and not self.para.note:
                self.para.note = self.ref_names[target]
            return
        if shown and all(c in _BACK or c.isspace() or c == "\ufe0e" for c in shown):
            self._take_back(text)
            return
        m = _MARK.match(shown)
        if m is None:
            return
        self._take_back(text)
        if self.para.note and not self.para.plain().strip():
            return  # the note's own number at its start
        mark = self.add_mark(m.group(1))
        self.refs[target] = mark
        if own:
            self.ref_names[own] = mark

    def end_sup(self) -> None:
        self.sup -= 1
        text = "".join(self.sup_text).strip()
        self.sup_text = []
        if self.anchor is not None or not text.isdigit() or len(text) > 3:
            return
        if not self.para.plain().rstrip().endswith(text):  # a link inside took it already
            return
        if not self.para.plain()[: -len(text)].strip():
            self._take_back(text)
            self.para.note = self.para.note or text  # "<sup>1</sup> note text": a note line
            return
        self._take_back(text)
        self.add_mark(text)

    def add_mark(self, shown: str) -> str:
        if shown.startswith("*"):
            mark = shown
            self.para.pieces.append(Piece(mark, note=Note(mark, (), custom=True)))
            return mark
        self.numbered += 1
        mark = shown if shown.isdigit() else str(self.numbered)
        self.para.pieces.append(Piece(mark, note=Note(mark, ())))
        return mark

    # -- out ------------------------------------------------------------------------
    def result(self) -> str:
        self.flush()
        out: list[str] = []
        for para in self.paras:
            body = para.line or inline(_trimmed(para.pieces))  # a table's rows as they are
            if para.note:
                out.append(f"{para.note} {body}" if para.note.startswith("*") else f"[^{para.note}]: {body}")
            elif para.label:
                out.append(f"{para.label} {body}")
            else:
                out.append(body)
        return "\n\n".join(line for line in out if line.strip()) + "\n"


def _row(head: bool, cells: list[tuple[list[_Para], int, bool]]) -> Block:
    """A table's row as a block: a cell's paragraphs joined by a space, cells by a tab."""
    pieces: list[Piece] = []
    for k, (paras, span, _) in enumerate(cells):
        for j, para in enumerate(paras):
            pieces += [Piece(" ")] if j else []
            pieces += [Piece(p.text.replace(CELL, " "), p.italic, p.note) for p in _trimmed(para.pieces)]
        pieces += [Piece(CELL)] * (span - (k + 1 == len(cells)))  # a spanning cell: empty ones after
    heading = head or all(th for _, _, th in cells)
    return Block(BlockStyle.TABLE_HEADER if heading else BlockStyle.TABLE_ROW, tuple(pieces))


def _trimmed(pieces: list[Piece]) -> list[Piece]:
    """White space off the paragraph's edges and line breaks kept as breaks."""
    out = [p for p in pieces if p.note is not None or p.text]
    while out and out[0].note is None and not out[0].text.strip():
        out.pop(0)
    while out and out[-1].note is None and not out[-1].text.strip():
        out.pop()
    if out and out[0].note is None:
        out[0] = Piece(out[0].text.lstrip(" \n"), out[0].italic)
    if out and out[-1].note is None:
        out[-1] = Piece(out[-1].text.rstrip(" \n"), out[-1].italic)
    return out


def html_to_text(html: str) -> str:
    """The text form of clipboard HTML (see the module docstring): paragraphs separated by
    a blank line, italics as ``*...*``, footnote references ``[^N]`` and note lines."""
    shapes: list[bool] | None = None  # read again knowing which tables lay out a page
    while True:
        reader = _Reader(shapes)
        reader.feed(html)
        reader.close()
        while "table" in reader.open and not reader.skip:  # a fragment cut inside a table
            reader.handle_endtag("table")
        if shapes is not None or all(reader.shapes):
            return reader.result()
        shapes = reader.shapes
