"""ONE walk of the model into a flat list of styled blocks.

Every writer (text, DOCX, ODT, typeset pages) consumes :class:`Rendered`; none walks the
model. Numbers, letters, footnote marks and derived lines (sponsors, agenda, authoring) are
applied here once, so they cannot differ between formats.
"""

from __future__ import annotations

import re

from delegate_editor.conventions import language as languages
from delegate_editor.conventions import parts, wording
from delegate_editor.formats.block_types import Block, Note, Piece, Rendered, Source
from delegate_editor.formats.language_layout import localized
from delegate_editor.formats.layout import SUB_STYLES, BlockStyle, Layout, draft_layout
from delegate_editor.formats.masthead_text import masthead_text
from delegate_editor.model import walk
from delegate_editor.model.document import (
    AnnexStyle,
    DocumentKind,
    Draft,
    Operative,
    RowKind,
    SectionHeading,
    SubParagraph,
    TextKind,
)
from delegate_editor.model.numbering import COUNTERS_ALL as _COUNTERS
from delegate_editor.model.numbering import for_draft, note_numbers, paragraph_labels
from delegate_editor.model.text import NoteRef, RichText, Run, XRef, between_marks, clean_text

# A Main Committee's line that ends in its short name in parentheses prints that name on a
# line of its own, the space before it a line break: "Special Political and Decolonization
# Committee / (Fourth Committee)" in every Fourth Committee draft (A/C.4/80/L.2 to L.19).
_COMMITTEE_SHORT_NAME = re.compile(r" +(?=\([^()]+\)\s*$)")


class _Walker:
    def __init__(self, draft: Draft, layout: Layout) -> None:
        self.draft = draft
        self.layout = layout
        self.lang = languages.of(draft)
        # the numbering is the model's (model/numbering.py), shared with the checker
        self.labels = paragraph_labels(draft, layout.numbering)
        self.numbers = note_numbers(draft)
        self.blocks: list[Block] = []
        self.notes: list[Note] = []
        self.note_numbers: dict[str, Note] = {}
        self.numbered = 0  # numbered notes so far (counting them each time was quadratic)
        self.asterisks = 0
        # a reissued symbol's note takes the first asterisk, as the UN prints it
        self.reissue = (
            self.asterisk_note(draft.front.reissue.strip()) if draft.front.reissue.strip() else None
        )

    # -- inline text ------------------------------------------------------------------
    def asterisk_note(self, text: str) -> Piece:
        self.asterisks += 1
        mark = self.layout.numbering.agenda_mark * self.asterisks
        note = Note(mark=mark, pieces=(Piece(text),), custom=True)
        self.notes.append(note)
        return Piece(mark, note=note)

    def pieces(self, text: RichText, in_note: bool = False) -> list[Piece]:
        out: list[Piece] = []
        for i, item in enumerate(text):
            if isinstance(item, Run):
                out.append(Piece(item.text, item.italic, raised=not in_note and between_marks(text, i)))
            elif isinstance(item, NoteRef):
                # no format has a footnote inside a footnote, and a note citing itself (a
                # damaged or hand-edited file) would recurse for ever: dropped in notes
                if not in_note:
                    out.append(self.note_piece(item.note_id))
            elif isinstance(item, XRef):
                out.append(Piece(self.labels.get(item.target_id, "??")))
        return out

    def note_piece(self, note_id: str) -> Piece:
        if note_id in self.note_numbers:
            note = self.note_numbers[note_id]
            return Piece(note.mark, note=note)
        footnote = self.draft.footnotes.get(note_id)
        body = tuple(self.pieces(footnote.text, in_note=True)) if footnote else (Piece("??"),)
        if footnote is not None and footnote.mark:  # its own symbol ("**"), no number
            note = Note(mark=footnote.mark, pieces=body, custom=True, note_id=note_id)
        else:
            self.numbered += 1
            note = Note(mark=str(self.numbers.get(note_id, self.numbered)), pieces=body, note_id=note_id)
        self.notes.append(note)
        self.note_numbers[note_id] = note
        return Piece(note.mark, note=note)

    def add(
        self, style: BlockStyle, pieces: list[Piece], label: str = "", source: Source | None = None
    ) -> None:
        self.blocks.append(Block(style, tuple(pieces), label, source or Source("header")))

    # -- parts ------------------------------------------------------------------------
    def front(self) -> None:
        d, f = self.draft, self.draft.front
        lang = self.lang
        styles = {"body": BlockStyle.BODY, "session": BlockStyle.SESSION}
        # the order from the English names the model keeps; the lines in the draft's language
        for kind, text in wording.session_block(f.body, f.session):
            line = lang.name_of(text) if kind == "body" else lang.session(text)
            if kind == "body" and wording.MAIN_COMMITTEE.search(text.strip()):
                line = _COMMITTEE_SHORT_NAME.sub("\n", line)
            self.add(styles[kind], [Piece(line)])
        if f.venue_dates.strip():
            self.add(BlockStyle.VENUE, [Piece(lang.venue(f.venue_dates))])
        agenda = wording.agenda_line(f.agenda, lang)
        if agenda:
            pieces = [Piece(agenda)]
            if f.agenda.provisional and f.agenda.symbol:
                pieces.append(self.asterisk_note(f"{f.agenda.symbol.rstrip('.')}."))
            self.add(BlockStyle.AGENDA, pieces)
        if f.agenda.title.strip():
            self.add(BlockStyle.AGENDA_TITLE, [Piece(f.agenda.title)])
        line = wording.sponsors_line(d)
        # a note's "Note by the Secretariat" stands under its title, as the UN prints it
        note_line, line = (line, "") if d.text_kind is TextKind.NOTE else ("", line)
        if line:
            src = Source("sponsors", 1)
            sp = d.sponsors
            if d.kind is DocumentKind.OFFICER and sp.note.strip():
                # "Draft decision submitted by the President of the General Assembly*" (A/80/L.37)
                pieces = [Piece(line), self.asterisk_note(sp.note.strip())]
            elif (sp.on_behalf_of or sp.note.strip()) and d.kind is not DocumentKind.OFFICER:
                names, _, rest = line.partition(": ")
                # the group's mark after the name of the sponsor that acts for it, if any
                behalf = wording.on_behalf_note(sp.on_behalf_of, lang) if sp.on_behalf_of else ""
                at = wording.behalf_mark_at(names, wording.behalf_name(d)) if behalf else None
                lead: list[Piece] = []
                if at is not None:
                    lead = [Piece(names[:at]), self.asterisk_note(behalf)]
                    names, behalf = names[at:], ""
                texts = [t for t in (behalf, sp.note.strip()) if t]
                # several marks stand apart by commas, as the UN prints them: "Iraq:*,**"
                marks = [self.asterisk_note(t) for t in texts]
                between = [p for m in marks for p in (Piece(","), m)][1:]
                pieces = [*lead, Piece(names + ":"), *between, Piece(" " + rest)]
            else:
                pieces = [Piece(line)]
            self.add(BlockStyle.SPONSORS, pieces, source=src)
        if d.recommendation:
            self.add(
                BlockStyle.RECOMMENDATION,
                self.pieces(d.recommendation),
                source=Source("header", 0, "recommendation"),
            )
        if d.kind is DocumentKind.ADOPTED and not d.is_security_council:
            line, date = wording.adoption_heading_lines(d)
            heading = [Piece(line), Piece(" ", line_break=True), Piece(date)] if date else [Piece(line)]
            self.add(BlockStyle.ADOPTED_HEADING, heading)
            if d.adoption.reference.strip():
                self.add(
                    BlockStyle.ADOPTED_HEADING, [Piece(self.lang.reference(d.adoption.reference.strip()))]
                )
        if d.title and not d.is_security_council:
            label = f"{d.adoption.number}." if d.kind is DocumentKind.ADOPTED and d.adoption.number else ""
            pieces = self.pieces(d.title)
            if self.reissue is not None:
                # a footnote cannot stand in the masthead, a page header: the title carries
                # the reissue note's mark in the text, the symbol and job number theirs typed
                pieces.append(self.reissue)
                self.reissue = None
            self.add(BlockStyle.TITLE, pieces, label, Source("header", 0, "title"))
        if note_line:
            self.add(BlockStyle.SPONSORS, [Piece(note_line)], source=Source("sponsors", 1))
        if d.kind is DocumentKind.ADOPTED and d.is_security_council:
            self.add(BlockStyle.MEETING, [Piece(wording.security_council_adoption(d), italic=True)])
        if d.authoring.strip():
            organ = lang.name_of(d.authoring.strip().rstrip(","))
            pieces = [Piece(organ, italic=True)]
            if d.opens_with_preamble():
                pieces.append(Piece(","))
            elif d.lettered:  # "The General Assembly:" above its lettered parts
                pieces.append(Piece(":"))
            self.add(BlockStyle.AUTHORING, pieces, source=Source("header", 0, "authoring"))
        if self.reissue is not None:  # no title: the last line of the front matter has it
            if self.blocks:
                last = self.blocks[-1]
                self.blocks[-1] = Block(last.style, (*last.pieces, self.reissue), last.label, last.source)
            else:
                self.notes.remove(self.reissue.note)
            self.reissue = None

    def opening(self, opening: str, text: RichText) -> list[Piece]:
        body = self.pieces(text)
        if not opening:
            return body
        first = body[0].text if body and body[0].note is None else ""
        joiner = "" if (not body or first[:1] in ",;:." or first[:1].isspace()) else " "
        return [Piece(opening, italic=True), *([Piece(joiner)] if joiner else []), *body]

    def preamble(self) -> None:
        for i, para in enumerate(self.draft.preamble, start=1):
            self.add(
                BlockStyle.PREAMBLE,
                self.opening(para.opening, para.text),
                source=Source("preamble", i, para.id, (i,)),
            )

    def subs(self, subs: list[SubParagraph], number: int) -> None:
        """An operative paragraph's sub-paragraphs at every depth, in the model's walk; the
        path counts the lettered items at each depth, as the re-importer finds them."""
        counts: list[int] = []
        for sub, depth in walk.tree(subs):
            del counts[depth + 1 :]
            if len(counts) <= depth:
                counts.append(0)
            level = depth + self.draft.lettered  # a lettered decision's "(i)" stands where a sub-(i) does
            style = BlockStyle.DASH if sub.dash else SUB_STYLES[min(level, len(SUB_STYLES) - 1)]
            if sub.quoted:  # an amendment's quotation: a block of its own, with no label
                style, label = BlockStyle.QUOTE, ""
            elif sub.row:  # a table's row under its paragraph, set as an annex's rows are
                style, label = _ROW_STYLES[sub.row], ""
            elif sub.dash:
                label = self.layout.numbering.dash
            else:
                counts[depth] += 1
                label = self.labels[sub.id].rsplit(" ", 1)[-1]
            source = Source("operative", number, sub.id, (number, *counts))
            self.add(style, self.pieces(sub.text), label, source)

    def operative(self) -> None:
        if self.draft.lead_in:  # "Resolves that, for 2026:", set as a preambular paragraph is
            self.add(
                BlockStyle.PREAMBLE, self.pieces(self.draft.lead_in), source=Source("header", 0, "lead_in")
            )
        number = 0
        closing = parts.closing_headings(self.draft)  # a part's meeting lines (A/RES/76/247 A)
        for item in self.draft.operative:
            if isinstance(item, SectionHeading) and item.id in closing:
                self.add(
                    BlockStyle.MEETING,
                    [Piece(item.text, italic=True)],
                    source=Source("operative", 0, item.id),
                )
                continue
            if isinstance(item, SectionHeading):
                # a section's number stands on a line of its own above its title, as the UN
                # prints "I" / "Legislative activities" (A/C.6/80/L.10, A/RES/80/243)
                text = wording.SECTION_TITLE.sub("\\1\n", item.text, count=1)
                self.add(BlockStyle.SECTION_HEADING, [Piece(text)], source=Source("operative", 0, item.id))
                for para in item.preamble:  # the section's own preamble (A/RES/80/237)
                    opening = self.opening(para.opening, para.text)
                    self.add(BlockStyle.PREAMBLE, opening, source=Source("operative", 0, para.id))
                continue
            assert isinstance(item, Operative)
            number += 1
            label = self.labels[item.id]
            label = for_draft(self.draft, self.layout.numbering).operative.format(label) if label else ""
            self.add(
                BlockStyle.OPERATIVE,
                self.opening(item.opening, item.text),
                label,
                Source("operative", number, item.id, (number,)),
            )
            self.subs(item.subs, number)

    def meeting(self) -> None:
        d = self.draft
        if (
            d.kind is DocumentKind.ADOPTED
            and not d.is_security_council
            and (d.adoption.meeting or d.adoption.date)
        ):
            meeting = self.lang.meeting(d.adoption.meeting) if d.adoption.meeting else ""
            lines = [x for x in (meeting, self.lang.date(d.adoption.date)) if x]
            for line in lines:
                self.add(BlockStyle.MEETING, [Piece(line, italic=True)])

    def annexes(self, in_text: bool) -> None:
        """The annexes printed in the text (``in_text``: a list a decision sets out, a text it
        adopts in place), which the closing meeting lines follow, or those under "Annex"."""
        num = self.layout.numbering
        labelled = [annex for annex in self.draft.annexes if not annex.in_text]
        for annex in (annex for annex in self.draft.annexes if annex.in_text is in_text):
            a = labelled.index(annex) + 1 if annex in labelled else 0
            if not annex.in_text:  # a list set out in the text has its heading only
                label = (
                    num.annex_label_many.format(_COUNTERS[num.annex_many_counter](a))
                    if len(labelled) > 1
                    else num.annex_label_one
                )
                self.add(BlockStyle.ANNEX_LABEL, [Piece(label)], source=Source("annex", 0, annex.id, (a,)))
            if annex.title:
                self.add(
                    BlockStyle.ANNEX_TITLE,
                    self.pieces(annex.title),
                    source=Source("annex", 0, annex.id, (a,)),
                )
            n = letters = 0
            for i, para in enumerate(annex.paragraphs, start=1):
                style = _ANNEX_STYLES[para.style]
                para_label = ""
                if para.style is AnnexStyle.NUMBERED:
                    n = 1 if para.restart else n + 1
                    letters = 0
                    para_label = num.annex_numbered.format(_COUNTERS[num.annex_counter](n))
                elif para.style is AnnexStyle.LETTERED:  # (a), (b) again under each number
                    letters += 1
                    para_label = num.sub_formats[0].format(_COUNTERS[num.sub_counters[0]](letters))
                else:  # and under each item of other text ("Item 5. Promotion ...:", A/C.3/80/L.60)
                    letters = 0
                self.add(style, self.pieces(para.text), para_label, Source("annex", i, para.id, (a, i)))


_ANNEX_STYLES = {
    AnnexStyle.BODY: BlockStyle.ANNEX_BODY,
    AnnexStyle.HEADING: BlockStyle.ANNEX_HEADING,
    AnnexStyle.NUMBERED: BlockStyle.ANNEX_NUMBERED,
    AnnexStyle.LETTERED: BlockStyle.SUB1,
    AnnexStyle.HEADER: BlockStyle.TABLE_HEADER,
    AnnexStyle.ROW: BlockStyle.TABLE_ROW,
}


_ROW_STYLES = {RowKind.HEADER: BlockStyle.TABLE_HEADER, RowKind.ROW: BlockStyle.TABLE_ROW}


def render(draft: Draft, layout: Layout | None = None) -> Rendered:
    """Walk the draft once into styled blocks with every number and mark applied."""
    f = draft.front
    lang = languages.of(draft)
    layout = localized(layout or draft_layout(draft), lang)
    walker = _Walker(draft, layout)
    walker.front()
    walker.preamble()
    walker.operative()
    # a text adopted in place ends with the resolution's closing lines: "68th plenary
    # meeting" / "17 December 2025" after the outcome document (A/RES/80/173)
    walker.annexes(in_text=True)
    walker.meeting()
    walker.annexes(in_text=False)
    masthead = masthead_text(draft, lang)
    title = "".join(
        p.text for b in walker.blocks if b.style is BlockStyle.TITLE for p in b.pieces if p.note is None
    )
    return Rendered(
        layout,
        masthead,
        tuple(walker.blocks),
        tuple(walker.notes),
        title,
        clean_text(f.symbol),
        walker.labels,
    )
