"""From the visible paragraphs of a word-processor file to a draft, by structure and text.

The DOCX and ODT readers reduce a file to what a reader of the page sees: the masthead
lines, the body paragraphs (with their italics, footnote marks and automatic numbers), and
the footnotes. Rather than keep a second set of recognisers for sponsors lines, agenda lines,
opening phrases and sub-paragraph letters, the paragraphs are written in the plain-text form
of ``formats/text.py`` (italics as ``*...*``, numbered notes as ``[^N]``, asterisk notes as
their mark) and read by the text importer, the one place that knows how a UN draft reads.
What only a word processor knows is kept on the way: an italic run is an opening phrase, an
automatic number is a typed number, a footnote is a real note.

A file made from plain text (no italics, no footnotes) is read as plain text: its asterisks
and ``[^N]`` marks are the text form's markup, so they are not escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from delegate_editor.conventions.messages import Message, Said, msg
from delegate_editor.formats.text import escape
from delegate_editor.formats.text_import import parse_text_report, read_text
from delegate_editor.formats.text_lines import FURNITURE
from delegate_editor.model.document import Draft
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, normalize


@dataclass
class Span:
    """A stretch of visible text; ``note`` is the index of a footnote in ``Visible.notes``
    when this is a footnote reference mark (``text`` is then empty)."""

    text: str
    italic: bool = False
    note: int | None = None


@dataclass
class VisiblePara:
    spans: list[Span] = field(default_factory=list)
    label: str = ""  # the automatic number ("1.", "(a)") a word processor draws
    style: str = ""  # the style's display name, for the report of what was read
    bold: bool = False
    # a table's row: its cells' spans (``spans`` then holds them parted by tabs, so that the
    # row compares with the row block it was exported from); ``header``: repeated on each page
    cells: list[list[Span]] | None = None
    header: bool = False

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans if s.note is None)


@dataclass
class VisibleNote:
    paras: list[VisiblePara] = field(default_factory=list)
    mark: str = ""  # a custom mark ("*"); "" for an automatically numbered note


@dataclass
class VisibleComment:
    """A reviewer's comment in the margin, taken onto the paragraph it stands in
    (``formats/comments_in.py``); reported with its words when that paragraph is not found."""

    text: str
    author: str = ""
    para: VisiblePara | None = None  # the paragraph the comment is anchored in

    def _said(self) -> Message:
        """The comment as the report names it: its author, and the first words of the
        paragraph it stands in (quoted, so the app can find that paragraph)."""
        params: dict[str, str] = {"author": self.author} if self.author else {}
        if self.para is not None and clean(self.para.text):
            words = clean(f"{self.para.label} {self.para.text}").split()
            params["words"] = f"{' '.join(words[:8])}{'…' if len(words) > 8 else ''}"
        by, on = "author" in params, "words" in params
        code = "by-on" if by and on else "by" if by else "on" if on else "plain"
        return msg(f"comment.{code}", **params)

    def message(self) -> str:
        """Said when the comment's paragraph is not in the draft read."""
        return Said("comment.not-imported", comment=self._said(), text=clean(self.text))

    def taken_message(self) -> str:
        """Said when a comment the draft did not have is put on its paragraph."""
        return Said("comment.taken", comment=self._said(), text=clean(self.text))


@dataclass
class Visible:
    """Everything the readers take from a file."""

    masthead: list[VisiblePara] = field(default_factory=list)  # first-page header and footer
    body: list[VisiblePara] = field(default_factory=list)
    notes: list[VisibleNote] = field(default_factory=list)
    comments: list[VisibleComment] = field(default_factory=list)
    tracked_changes: bool = False

    def has_formatting(self) -> bool:
        """Whether the file carries italics or real footnotes (else it is plain text)."""
        return bool(self.notes) or any(s.italic for p in self.body for s in p.spans)


# ordinary white space only: a no-break space, narrow or not, is kept as it is (issue 15
# item 7: "Five years to 2030 ...”\u202f for the general debate", A/C.2/80/L.1)
_WS = re.compile(r"[ \t]+")
_NO_BREAK = re.compile(r"[\u00a0\u2007\u202f]")
_BREAKS = re.compile(r"[\n\r\v\f\u2028\u2029]+")
_CUSTOM_LINE = re.compile(r"^(\*{1,4}) ")


def clean(text: str) -> str:
    """One line of text as the text form holds it: breaks and tabs become single spaces."""
    return _WS.sub(" ", _BREAKS.sub(" ", text)).strip()


def compare_key(text: str) -> str:
    """Text as compared between the file and what was exported: white space collapsed,
    typographic variants that a word processor's autocorrect introduces made equal."""
    text = clean(_NO_BREAK.sub(" ", text)).replace("\u2019", "'").replace("\u2018", "'")
    return text.replace("\u201c", '"').replace("\u201d", '"').replace("\u00ad", "")


class _Writer:
    """Writes visible paragraphs in the text form, numbering the notes in order of citation."""

    def __init__(self, visible: Visible) -> None:
        self.v = visible
        self.marked = visible.has_formatting()
        self.numbers: dict[int, str] = {}  # note index → "1", "2" ...
        self.custom: list[int] = []  # asterisk notes in order of citation

    def inline(self, spans: list[Span], plain: bool = False) -> str:
        out: list[str] = []
        merged: list[Span] = []
        for span in spans:
            last = merged[-1] if merged else None
            if span.note is None and last is not None and last.note is None and last.italic == span.italic:
                merged[-1] = Span(last.text + span.text, span.italic)
            else:
                merged.append(Span(span.text, span.italic, span.note))
        for span in merged:
            if span.note is not None:
                out.append(self.reference(span.note))
                continue
            text = _BREAKS.sub(" ", span.text).replace("\t", " ")
            core = text.strip()
            if not self.marked or plain:
                out.append(text)
            elif span.italic and core:
                lead = text[: len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()) :]
                out.append(f"{lead}*{escape(core)}*{trail}")
            else:
                out.append(escape(text))
        return clean("".join(out))

    def reference(self, index: int) -> str:
        if index >= len(self.v.notes):
            return ""
        note = self.v.notes[index]
        if note.mark:
            if index not in self.custom:
                self.custom.append(index)
            return note.mark
        if index not in self.numbers:
            self.numbers[index] = str(len(self.numbers) + 1)
        return f"[^{self.numbers[index]}]"

    def paragraph(self, para: VisiblePara, masthead: bool = False) -> str:
        """One paragraph in the text form. A masthead line (from the page header or footer)
        is written as printed, unescaped: the importer reads the masthead in the form the UN
        prints it, where "A/C.3/80/L.29*" is a reissued symbol and "*2516440*" the barcode
        under the job number, never italics; so is a line of page furniture in the body (the
        barcode of a first page copied into Word)."""
        furniture = FURNITURE.match(clean(para.text)) is not None and not any(
            span.italic or span.note is not None for span in para.spans
        )
        body = self.inline(para.spans, plain=masthead or furniture)
        if self.marked and not para.label and not masthead:
            # a typed asterisk note line ("* E/CN.15/2013/1.") keeps its mark as markup
            m = _CUSTOM_LINE.match(clean(para.text))
            if m and body.startswith("\\*"):
                body = m.group(1) + body[len(m.group(1)) * 2 :]
        label = clean(para.label)
        return f"{label} {body}".strip() if label else body

    def row(self, para: VisiblePara, width: int, last_header: bool) -> str:
        """A table's row as a line of the text form's pipe table (``text_table``)."""
        texts = [self.inline(cell).replace("|", "\\|") for cell in para.cells or []]
        line = "| " + " | ".join(texts + [""] * (width - len(texts))) + " |"
        return line + "\n|" + " --- |" * width if last_header else line

    def table(self, rows: list[VisiblePara]) -> str:
        width = max(len(r.cells or []) for r in rows)
        header = [r.header and (k + 1 == len(rows) or not rows[k + 1].header) for k, r in enumerate(rows)]
        return "\n".join(self.row(r, width, h) for r, h in zip(rows, header, strict=True))

    def body(self) -> list[str]:
        """The body's paragraphs, each run of table rows one pipe table."""
        out: list[str] = []
        rows: list[VisiblePara] = []
        for para in [*self.v.body, None]:
            if para is not None and para.cells is not None:
                rows.append(para)
                continue
            if rows:
                out.append(self.table(rows))
                rows = []
            if para is not None:
                out.append(self.paragraph(para))
        return out

    def note_text(self, note: VisibleNote) -> str:
        return self.inline(note_spans(note))

    def document(self) -> str:
        paras = [self.paragraph(p, masthead=True) for p in self.v.masthead]
        paras += self.body()
        paras = [p for p in paras if p]
        for index in self.custom:
            note = self.v.notes[index]
            paras.append(f"{note.mark} {self.note_text(note)}")
        numbered = sorted(self.numbers.items(), key=lambda kv: int(kv[1]))
        if numbered:
            paras.append("\n".join(f"[^{n}]: {self.note_text(self.v.notes[i])}" for i, n in numbered))
        return "\n\n".join(paras) + "\n"


def to_text(visible: Visible) -> str:
    """The visible document in the plain-text form that ``text_import`` reads."""
    return _Writer(visible).document()


def parse_visible(visible: Visible, name: str) -> Draft:
    """A draft from the visible paragraphs; InputError when they hold no draft resolution."""
    return read_text(to_text(visible), name)


def parse_visible_report(visible: Visible, name: str) -> tuple[Draft, list[str]]:
    """:func:`parse_visible` with the text importer's report (each guess it made)."""
    return parse_text_report(to_text(visible), name)


def rich_text(spans: list[Span], note_ids: dict[int, str]) -> RichText:
    """Spans as rich text; footnote marks become references to ``note_ids[index]`` (marks of
    notes not in the mapping are dropped: asterisk notes are derived, not stored)."""
    items: list[Inline] = []
    for span in spans:
        if span.note is not None:
            if span.note in note_ids:
                items.append(NoteRef(note_ids[span.note]))
            continue
        items.append(Run(_BREAKS.sub(" ", span.text).replace("\t", " "), span.italic))
    out = list(normalize(items))
    # white space at the edges of the paragraph is layout, not text
    while out and isinstance(out[0], Run) and not out[0].text.strip():
        out.pop(0)
    if out and isinstance(out[0], Run):
        out[0] = Run(out[0].text.lstrip(), out[0].italic)
    while out and isinstance(out[-1], Run) and not out[-1].text.strip():
        out.pop()
    if out and isinstance(out[-1], Run):
        out[-1] = Run(out[-1].text.rstrip(), out[-1].italic)
    return tuple(_collapse(out))


def _collapse(items: list[Inline]) -> list[Inline]:
    """Runs of spaces collapsed to one, across run boundaries."""
    out: list[Inline] = []
    prev_space = False
    for item in items:
        if isinstance(item, Run):
            text = _WS.sub(" ", item.text)
            if prev_space and text.startswith(" "):
                text = text[1:]
            if text:
                prev_space = text.endswith(" ")
                out.append(Run(text, item.italic))
        else:
            out.append(item)
            prev_space = False
    return list(normalize(out))


def drop_label(spans: list[Span], label: str) -> list[Span]:
    """The spans without a typed label at their start ("3." then a tab)."""
    if not label:
        return spans
    out = list(spans)
    want = label
    while out and want:
        first = out[0]
        if first.note is not None:
            break
        text = first.text.lstrip()
        if not text:
            out.pop(0)
            continue
        if text.startswith(want):
            out[0] = Span(text[len(want) :], first.italic)
            want = ""
        elif want.startswith(text):
            want = want[len(text) :]
            out.pop(0)
        else:
            break
    return out


def note_spans(note: VisibleNote) -> list[Span]:
    """A note's text as one paragraph, without its own mark typed at its start ("**" then a
    tab: Word draws only automatic numbers), which LibreOffice 7.4 writes twice when it
    re-saves a DOCX: "**", a tab, "**" (A/80/L.19)."""
    spans: list[Span] = []
    for para in note.paras:
        if spans:
            spans.append(Span(" "))
        spans.extend(para.spans)
    while spans and spans[0].note is None and not spans[0].text.strip():
        spans.pop(0)
    while note.mark and "".join(s.text for s in spans if s.note is None).lstrip().startswith(note.mark):
        rest = drop_label(spans, note.mark)
        if rest == spans:
            break
        spans = rest
    return spans


# -- automatic numbering, shared by the DOCX and ODT readers --------------------------------

_DASHES = "–—-‒−"


def format_counter(fmt: str, n: int) -> str:
    """``n`` in a word processor's number format (Word's ``w:numFmt`` names; the ODT reader
    maps ``style:num-format`` onto them). Unknown formats fall back to arabic numbers."""
    from delegate_editor.model.numbering import alpha, roman

    n = max(n, 1)
    if fmt == "lowerLetter":
        return alpha(n)
    if fmt == "upperLetter":
        return alpha(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt in ("none", ""):
        return ""
    return str(n)


def bullet_label(char: str) -> str:
    """A bulleted item is a dash item of a Security Council list: its label is a dash
    (the text form's dash item), whatever glyph the file draws."""
    return char if char[:1] in _DASHES and char else "–"


def row_para(cells: list[list[Span]], header: bool = False, style: str = "") -> VisiblePara:
    """A table row as the readers hand it on: its cells, and their spans parted by tabs."""
    spans: list[Span] = []
    for k, cell in enumerate(cells):
        if k:
            spans.append(Span("\t"))
        spans.extend(cell)
    return VisiblePara(spans, style=style, cells=cells, header=header)
