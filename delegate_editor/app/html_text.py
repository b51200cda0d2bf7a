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
  paragraph that begins with a link back to the reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from delegate_editor.formats.blocks import Note, Piece
from delegate_editor.formats.text import inline
from delegate_editor.model.numbering import COUNTERS_ALL

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

    def plain(self) -> str:
        return "".join(p.text for p in self.pieces if p.note is None)


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
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
        self.open.append(tag)
        style = _FONT_STYLE.search(a.get("style", ""))
        if tag in _ITALIC_TAGS:
            self.italic.append(True)
        elif style:
            self.italic.append(style.group(1).lower() != "normal")
        else:
            self.italic.append(None)
        if tag == "a":
            self.anchor = a
            self.anchor_text = []
        elif tag == "sup":
            self.sup += 1
            self.sup_text = []

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
            if done == tag:
                break
        if tag in _BLOCKS:
            self.flush()

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
            pieces = _trimmed(para.pieces)
            body = inline(pieces)
            if para.note:
                out.append(f"{para.note} {body}" if para.note.startswith("*") else f"[^{para.note}]: {body}")
            elif para.label:
                out.append(f"{para.label} {body}")
            else:
                out.append(body)
        return "\n\n".join(line for line in out if line.strip()) + "\n"


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
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.result()
