"""Pasting text from another program: the paragraphs, parts and notes it carries.

A delegate pastes the body of a resolution from Word, a web page or a UN PDF. The pasted
text goes through the text importer's rules (``formats/text_import.py``), so the paragraphs
land in the parts an import would put them in, with their opening phrases and their
footnotes: pasting a resolution into an empty draft gives what importing it gives. HTML is
first written as the importer's text form (``app/html_text.py``), which keeps its italics,
list numbers and footnote links.

Three shapes of paste are told apart, and the editor chooses what to do with each:

- structured text (paragraphs with openings, numbers, notes): ``preamble``, ``operative``,
  ``annexes`` and ``footnotes`` to insert;
- sub-paragraphs alone ("(a) ...", "(b) ..."): ``subs``, for the operative paragraph at the
  cursor;
- one paragraph of running text (a phrase copied from a sentence): ``inline``, its rich text
  to insert at the cursor; text the importer cannot read as paragraphs at all is kept whole
  in ``texts``, one rich text per paragraph. Nothing pasted is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from delegate_editor.app.html_text import html_to_text
from delegate_editor.errors import InputError
from delegate_editor.formats.text_import import parse_text_report
from delegate_editor.formats.text_inline import parse_inline, strip_markup
from delegate_editor.formats.text_lines import DASH_LABEL, DATE, MEETING, OPERATIVE_LABEL, PAREN_LABEL
from delegate_editor.limits import MAX_CHARS
from delegate_editor.model.document import (
    Annex,
    Draft,
    Footnote,
    OperativeItem,
    Preambular,
    SectionHeading,
    SubParagraph,
)
from delegate_editor.model.text import RichText, Run, normalize

NAME = "pasted text"
# the host an import needs to read sub-paragraphs pasted without their paragraph; its
# wording is never pasted (it is taken off again)
_HOST = "1. Decides:"
_HTML_LIMIT = 16 * MAX_CHARS


@dataclass
class Pasted:
    """What a paste carries. ``draft`` is the importer's reading of it (its front matter is
    filled when a masthead was pasted too); the body parts are its lists."""

    draft: Draft = field(default_factory=Draft)
    report: list[str] = field(default_factory=list)
    subs: list[SubParagraph] = field(default_factory=list)
    inline: RichText = ()
    texts: list[RichText] = field(default_factory=list)

    @property
    def preamble(self) -> list[Preambular]:
        return self.draft.preamble

    @property
    def operative(self) -> list[OperativeItem]:
        return self.draft.operative

    @property
    def annexes(self) -> list[Annex]:
        return self.draft.annexes

    @property
    def footnotes(self) -> dict[str, Footnote]:
        return self.draft.footnotes

    @property
    def empty(self) -> bool:
        return not (self.preamble or self.operative or self.annexes or self.subs or self.inline or self.texts)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _only_subs(paras: list[str]) -> bool:
    """Sub-paragraphs without their paragraph: the first is "(a) ..." or a dash item and
    no numbered paragraph comes before it."""
    return bool(paras) and bool(PAREN_LABEL.match(paras[0]) or DASH_LABEL.match(paras[0]))


def _adoption_lines_off(draft: Draft, report: list[str]) -> None:
    """The meeting and date lines under an adopted resolution ("51st plenary meeting",
    "26 November 2025") are no paragraphs: an import without the masthead would read them
    as headings, a paste leaves them out (the draft's adoption panel holds them)."""
    while draft.operative and isinstance(draft.operative[-1], SectionHeading):
        line = draft.operative[-1].text
        if not (MEETING.match(line) or DATE.match(line)):
            break
        draft.operative.pop()
        report.append(f'"{line}" is an adoption line: not pasted as a paragraph')


def _single(draft: Draft) -> RichText:
    """The rich text of a paste that is one paragraph without notes or sub-paragraphs
    (its opening in italics), for pasting inside a paragraph; () otherwise."""
    ops = draft.operative
    if draft.footnotes or draft.annexes or len(draft.preamble) + len(ops) != 1:
        return ()
    if draft.preamble:
        para = draft.preamble[0]
        return normalize((Run(para.opening, True), Run(" "), *para.text)) if para.opening else para.text
    item = ops[0]
    if isinstance(item, SectionHeading):
        return (Run(item.text),)
    if item.subs:
        return ()
    return normalize((Run(item.opening, True), Run(" "), *item.text)) if item.opening else item.text


def paste_text(text: str) -> Pasted:
    """Plain text, or the text form, as pasted: read by the importer's rules."""
    paras = _paragraphs(text)
    if not paras:
        return Pasted()
    subs_only = _only_subs(paras) and not any(OPERATIVE_LABEL.match(p) for p in paras[:1])
    source = f"{_HOST}\n\n{text}" if subs_only else text
    try:
        draft, report = parse_text_report(source, NAME)
    except InputError as exc:
        # running text with no paragraph shape: kept whole, one rich text a paragraph
        texts = [parse_inline(p.replace("\n", " ")) for p in paras]
        return Pasted(report=[str(exc)], inline=texts[0] if len(texts) == 1 else (), texts=texts)
    _adoption_lines_off(draft, report)
    if subs_only:
        host = draft.operative.pop(0)
        subs = list(getattr(host, "subs", []))
        return Pasted(draft=draft, report=report, subs=subs)
    inline = _single(draft) if len(paras) == 1 else ()
    return Pasted(draft=draft, report=report, inline=inline)


def paste_html(html: str) -> Pasted:
    """Clipboard HTML (Word, LibreOffice, a web page): its italics, list numbers and notes
    kept, then read as :func:`paste_text` reads text."""
    return paste_text(html_to_text(html))


def paste(text: str = "", html: str = "") -> Pasted:
    """What a paste carries, from the richest form on the clipboard: the HTML when it
    holds any text, else the plain text."""
    # HTML many times the size a draft can have (a whole web page with its scripts): the
    # plain text the program put beside it is read instead
    from_html = html_to_text(html) if html and len(html) <= _HTML_LIMIT else ""
    if strip_markup(from_html).strip():
        return paste_text(from_html)
    return paste_text(text)
