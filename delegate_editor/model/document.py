"""The draft resolution as plain Python data.

Nothing here knows about Qt, files or output formats. Paragraph numbers, sub-paragraph
letters and footnote numbers are not stored: they are derived from the order of the lists
when the draft is rendered (see ``formats/blocks.py``), so reordering cannot corrupt them.
Every paragraph carries a stable ``id`` so that cross-references, footnote anchors, undo
commands and import reports can name it whatever its current position.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from delegate_editor.model.sync_log import SyncLog
from delegate_editor.model.text import EMPTY, RichText

if TYPE_CHECKING:  # comments.py imports new_id from here; negotiation.py builds on this module
    from delegate_editor.model.comments import Comment
    from delegate_editor.model.negotiation import Negotiation


def new_id() -> str:
    """A short random id for a paragraph or footnote."""
    return uuid.uuid4().hex[:12]


class Distribution(StrEnum):
    GENERAL = "General"
    LIMITED = "Limited"
    RESTRICTED = "Restricted"
    # no "Distr.:" line: a text that prints none (a Security Council or Human Rights Council
    # text copied without its masthead); the writers print no line. New in the file format
    # as a value ("distribution": ""); drafts with a distribution write what they always did.
    NONE = ""


class DocumentKind(StrEnum):
    """The forms of a text in the same family."""

    DRAFT = "draft"  # sponsored draft: "X, Y and Z: draft resolution"
    REVISED = "revised"  # "X, Y and Z: revised draft resolution" (symbol ends /Rev.n)
    OFFICER = "officer"  # submitted by the President or a Chair: no sponsors line
    ADOPTED = "adopted"  # an adopted resolution with its number and meeting line
    # an amendment to a tabled draft: "X and Y: amendment to draft resolution A/80/L.18";
    # its operative items are the instructions ("Delete operative paragraph 9."), the text
    # they insert or quote is held in ``quoted`` sub-paragraphs, and ``Draft.amends`` names
    # the draft amended
    AMENDMENT = "amendment"


class TextKind(StrEnum):
    RESOLUTION = "resolution"
    DECISION = "decision"
    # a note by the Secretariat or an officer ("Note by the Secretariat", each Main
    # Committee's "Organization of work", A/C.6/80/L.1): numbered paragraphs of prose, no
    # organ line, no opening phrases; its author is ``Sponsors.submitted_by``
    NOTE = "note"


@dataclass
class AgendaItem:
    """The agenda line and the agenda item title.

    When ``provisional`` is true the line reads "Item 7 of the provisional agenda*" and the
    asterisk note cites ``symbol`` ("* E/CN.15/2013/1."); otherwise "Agenda item 7"."""

    number: str = ""
    title: str = ""
    symbol: str = ""
    provisional: bool = False
    list_name: str = "provisional agenda"  # or "preliminary list"


@dataclass
class FrontMatter:
    organ: str = "General Assembly"  # the body name in the masthead
    body: str = ""  # where it is tabled: "Third Committee", "Commission on ..."
    session: str = ""  # "Twenty-second session"
    venue_dates: str = ""  # "Vienna, 22-26 April 2013"
    agenda: AgendaItem = field(default_factory=AgendaItem)
    symbol: str = ""  # "E/CN.15/2013/L.14"; may be empty while drafting
    distribution: Distribution = Distribution.LIMITED
    date: date | None = None
    original: str = "English"
    job_number: str = ""  # "V.13-82258 (E)"
    # a symbol reissued by the Secretariat: the note the UN prints for it ("Reissued for
    # technical reasons on 23 October 2025.", A/C.1/80/L.23*); the masthead's symbol and the
    # page-1 job number then carry its asterisk. Empty for a text issued once.
    reissue: str = ""
    # the draft's language ("en", "fr", "es"): the words it prints (conventions/language.py)
    language: str = "en"


@dataclass
class Sponsors:
    """Who tables the text. The sponsors line is derived from this, never stored."""

    names: list[str] = field(default_factory=list)
    later: list[str] = field(default_factory=list)  # joined after the first issue
    on_behalf_of: str = ""  # "the Group of 77 and China" (footnoted with an asterisk)
    # the sponsors line's own asterisk note when it is not "On behalf of": "Any changes to the
    # list of sponsors will be reflected in the official record of the meeting."
    note: str = ""
    submitted_by: str = ""  # for officer drafts: "the Chair", "the President of the General Assembly"
    # the sponsor who acts for the group: its name carries the "On behalf of" note's mark
    # ("Maldives, Nigeria* and Thailand", A/C.1/80/L.31); "" puts the mark after the colon
    on_behalf_by: str = ""


@dataclass
class Adoption:
    """What an adopted resolution carries in addition to the draft."""

    number: str = ""  # "73/8"; for the Security Council "2532 (2020)"
    date: date | None = None
    meeting: str = ""  # "30th plenary meeting"; Security Council: "8750th meeting"
    # the line under the heading: "[on the report of the Third Committee (A/80/534, para. 7)]"
    # or "[without reference to a Main Committee (A/80/L.4)]", brackets included
    reference: str = ""


@dataclass
class Preambular:
    opening: str = ""  # rendered in italics: "Recalling also"
    text: RichText = EMPTY  # the rest: "its resolution 65/230 of ..."
    id: str = field(default_factory=new_id)


class RowKind(StrEnum):
    """A sub-paragraph that is a row of a table inside the operative part: the budget's
    appropriations under "1. Appropriations totalling ... are hereby approved for the
    following purposes:" (A/C.5/80/L.6), a staffing table "as set out in the table below:"
    (A/RES/80/243). Its cells are parted by a tab (``model/table.py``), as an annex's rows."""

    NONE = ""
    ROW = "row"
    HEADER = "header"  # the column heads, repeated at the top of each page the table runs onto


@dataclass
class SubParagraph:
    """A sub-paragraph at any depth: (a) → (i) → a. → i.; ``dash`` items are the dash-bulleted
    lists of Security Council texts and take no letter, nor do a table's ``row`` items."""

    text: RichText = EMPTY
    children: list[SubParagraph] = field(default_factory=list)
    dash: bool = False
    # a paragraph an amendment quotes ("insert a new preambular paragraph reading:"): printed
    # indented as a block, with no label of its own, and never counted among the letters
    quoted: bool = False
    row: RowKind = RowKind.NONE
    id: str = field(default_factory=new_id)


@dataclass
class Operative:
    opening: str = ""  # rendered in italics: "Requests"
    text: RichText = EMPTY
    subs: list[SubParagraph] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class SectionHeading:
    """An unnumbered heading between operative paragraphs; the numbering runs on across it.
    A resolution in sections ("II" / "Activities of the Independent Audit Advisory
    Committee", A/RES/80/237; the Fifth Committee's "Special subjects relating to the
    proposed programme budget", A/RES/80/243) may open a section with preambular paragraphs
    of its own, printed under the heading, and number the section's paragraphs from 1."""

    text: str = ""
    id: str = field(default_factory=new_id)
    preamble: list[Preambular] = field(default_factory=list)
    restart: bool = False  # the paragraphs after this heading are numbered from 1 again


OperativeItem = Operative | SectionHeading


class AnnexStyle(StrEnum):
    BODY = "body"
    HEADING = "heading"
    NUMBERED = "numbered"
    # an item under a numbered paragraph, lettered (a), (b) from each number on: the
    # sub-items of a list of agenda items ("2. Macroeconomic policy questions:" / "(a)
    # International trade and development;", A/C.2/80/L.60)
    LETTERED = "lettered"
    # a row of a table, its cells parted by a tab (``table.CELL``): consecutive rows make one
    # table, a staffing table (A/C.5/80/L.4's annex) or a timetable (A/C.4/80/L.15); a
    # header row is repeated at the top of each page the table runs onto
    ROW = "row"
    HEADER = "header"


@dataclass
class AnnexParagraph:
    text: RichText = EMPTY
    style: AnnexStyle = AnnexStyle.BODY
    # the numbered paragraphs start again at 1 here: each article of a convention numbers its
    # own (A/C.6/80/L.8), where a declaration numbers on across its headings (A/RES/80/5)
    restart: bool = False
    id: str = field(default_factory=new_id)


@dataclass
class Annex:
    title: RichText = EMPTY
    paragraphs: list[AnnexParagraph] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    # a list the decision sets out in its own text, under its own heading ("Approves the
    # draft programme of work ... as set out below;" then "Draft programme of work",
    # A/C.2/80/L.60): printed straight after the operative part, with no "Annex" line and no
    # page break, and not counted among the annexes
    in_text: bool = False


@dataclass
class Footnote:
    """A footnote. Most are numbered 1, 2, 3 in order of citation; ``mark`` holds the symbol
    a note prints instead ("**"), as an amendment or a draft whose "*" is the sponsors' note
    marks its own notes ("the Rome Statute of the International Criminal Court,**",
    A/80/L.19). Such a note takes no number, so the numbered notes keep the UN's numbers."""

    text: RichText = EMPTY
    id: str = field(default_factory=new_id)
    mark: str = ""


# the symbols a note may print instead of a number: asterisks as the UN uses them, and the
# daggers of other editorial traditions, at most four of them ("****")
NOTE_SYMBOLS = "*†‡§#"


def is_note_mark(mark: str) -> bool:
    """Whether ``mark`` may be a footnote's own mark: one to four of ``NOTE_SYMBOLS``."""
    return 0 < len(mark) <= 4 and all(c in NOTE_SYMBOLS for c in mark)


@dataclass
class Version:
    """A named snapshot of the draft ("zero draft", "as tabled (L.12)", "Rev.1") with the
    time it was taken; its sponsors are those of that stage, kept in ``draft.sponsors``."""

    name: str
    taken: datetime
    draft: Draft


@dataclass
class Draft:
    front: FrontMatter = field(default_factory=FrontMatter)
    sponsors: Sponsors = field(default_factory=Sponsors)
    kind: DocumentKind = DocumentKind.DRAFT
    text_kind: TextKind = TextKind.RESOLUTION
    recommendation: RichText = EMPTY
    title: RichText = EMPTY
    authoring: str = "The General Assembly"  # the comma is derived: present iff a preamble
    # a lead-in the operative paragraphs complete, printed under the organ line: "Resolves
    # that, for 2026:" / "1. Appropriations totalling ... are hereby approved ...;" (the Fifth
    # Committee's budget texts, A/C.5/80/L.8); its paragraphs take no opening phrase
    lead_in: RichText = EMPTY
    preamble: list[Preambular] = field(default_factory=list)
    operative: list[OperativeItem] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    # the operative paragraphs are the lettered parts of a decision: "The General Assembly:"
    # / "(a) Approves ...;" / "(b) Invites ..." (A/C.2/80/L.60), not numbered paragraphs
    lettered: bool = False
    footnotes: dict[str, Footnote] = field(default_factory=dict)
    adoption: Adoption = field(default_factory=Adoption)
    # an amendment's target: the symbol of the draft it amends ("A/C.3/80/L.20/Rev.1"), and
    # whether the document says "amendments" (several) rather than "amendment"
    amends: str = ""
    amends_plural: bool = False
    layout: str = ""  # duty-station preset name; "" = chosen from venue and symbol
    # The text this draft is based on (an A/RES or the issued draft), compared against for
    # Track Changes, and the named snapshots taken along the way (model/versions.py). Neither
    # holds a base or versions of its own.
    base: Draft | None = None
    versions: list[Version] = field(default_factory=list)
    # comments on paragraphs (model/comments.py), in the order they were written
    comments: list[Comment] = field(default_factory=list)
    # labels, proposals and paragraph states while negotiating (model/negotiation.py)
    negotiation: Negotiation | None = None
    # the co-drafting group's update log, when the draft is shared (model/sync_log.py)
    sync: SyncLog | None = None

    def operative_paragraphs(self) -> list[Operative]:
        """The numbered paragraphs, without section headings."""
        return [item for item in self.operative if isinstance(item, Operative)]

    def opens_with_preamble(self) -> bool:
        """Preambular paragraphs follow "The General Assembly": its own, or those of the
        section it opens with ("The General Assembly," / "I" / "Activities of ..." /
        "Recalling ...,", A/RES/80/237), so the line ends with a comma."""
        first = self.operative[0] if self.operative else None
        return bool(self.preamble) or (isinstance(first, SectionHeading) and bool(first.preamble))

    def section_starts(self) -> set[int]:
        """The operative paragraphs (counted from 1 across the part) that open a section with
        a preamble or a numbering of its own: such a section reads as a resolution of its own
        (the Fifth Committee's "Special subjects ...", A/RES/80/243)."""
        starts: set[int] = set()
        count, fresh = 0, False
        for item in self.operative:
            if isinstance(item, SectionHeading):
                fresh = fresh or item.restart or bool(item.preamble)
                continue
            count += 1
            if fresh:
                starts.add(count)
            fresh = False
        return starts

    def word_count(self) -> int:
        """Words of the text a delegate wrote: title, paragraphs at every depth, annexes
        (the front matter, the recommendation line and footnotes are not counted, as word
        processors count a body)."""
        from delegate_editor.model.text import plain_text
        from delegate_editor.model.walk import body_fields

        return sum(
            len(f.opening.split()) + len(plain_text(f.text).split())
            for f in body_fields(self)
            if f.id != "recommendation"
        )

    @property
    def is_security_council(self) -> bool:
        return self.front.organ.strip().lower() == "security council"
