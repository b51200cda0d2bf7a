"""Reading an annex's lines, and the list a decision sets out in its own text.

An annex ("Annex" / its title / its paragraphs) holds numbered paragraphs ("1." again at
each article of a convention), headings and body text. A decision in lettered parts may set
out a list under its own heading instead ("(a) Approves the draft programme of work ... as
set out below;" then "Draft programme of work" / "1. Information and ..." / "2.
Macroeconomic policy questions:" / "(a) International trade and development;",
A/C.2/80/L.60): that list is an annex printed in the text (``Annex.in_text``), whose
lettered items start at (a) again under each number.

Part of pass 5 of ``text_import``, which hands each line after "Annex" (or after the
decision's last lettered part) to :func:`annex_line`. The same pass asks here whether a list
set out in the text has ended (:func:`resumed`: the resolution's numbering goes on, as after
a table, and :func:`fold_list` puts the list back under its paragraph) and whether a
paragraph is quoted text under the one announcing it (:func:`quoted`), which the model keeps
as quoted blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from delegate_editor.conventions.phrases import longest_opening
from delegate_editor.conventions.wording import SECTION_TITLE
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import (
    ANNEX,
    COUNTING_WORDS,
    OPERATIVE_LABEL,
    PAREN_LABEL,
    label_start,
)
from delegate_editor.formats.text_openings import split_opening
from delegate_editor.model.document import (
    Annex,
    AnnexParagraph,
    AnnexStyle,
    Operative,
    RowKind,
    SectionHeading,
    SubParagraph,
)
from delegate_editor.model.text import RichText, Run, normalize, plain_text

_PUNCT_END = ",;:."
# a heading (a section's number first or not) and a numbered paragraph on one line
_HEAD_RUN_ON = re.compile(r"^((?:[IVXLC]{1,6}\. )?[A-Z][^.;:]{2,150}?) (\d{1,3})\. ([A-Z“].*)$")


# the next paragraph's number after a sentence's end (and its note's mark)
_RUN_ON = re.compile(r"(?<=[.;:])((?:\[\^\d+\])?)\s+(\d{1,3})\.\s+(?=[A-Z“])")


def _run_on(text: str, n: int) -> list[str]:
    """A numbered paragraph and those the copy ran into it, parted: "... in the Pact for the
    Future. 16 9. We note the interest ..." (A/RES/80/3: paragraph 9 inside 8); only the
    numbers that go on from ``n``, so a citation ("para. 7. The") stays."""
    parts: list[str] = []
    while m := next((m for m in _RUN_ON.finditer(text) if int(m.group(2)) == n), None):
        parts.append(text[: m.start()] + m.group(1))
        text, n = text[m.end() :], n + 1
    return [*parts, text]


def _heading_run_on(run: re.Match[str], expected: int) -> bool:
    """A heading of two words or more and the next paragraph's number; never an item's own
    label ("Item 1. Social development:", "Draft article 2. Scope", A/C.3/80/L.60)."""
    words = run.group(1).split()
    # the numbers under way (a heading between paragraphs 12 and 13), or a section's heading
    # ("I. Global context ... 3."): an annex's first paragraph "The Conference 1. States"
    # reads as written; nor does a heading end on a small word ("The report of the 2. States")
    under_way = expected > 1 or re.match(r"[IVXLC]{1,6}\. ", run.group(1)) is not None
    last = words[-1].lower() if words else ""
    small = last in COUNTING_WORDS or last in ("the", "of", "and", "or", "to", "in", "on", "for", "a", "an")
    return int(run.group(2)) == expected and under_way and len(words) >= 2 and not small


def _next_number(annex: Annex) -> int:
    """The number the annex's next numbered paragraph takes."""
    n = 0
    for p in annex.paragraphs:
        if p.style is AnnexStyle.NUMBERED:
            n = 1 if p.restart else n + 1
    return n + 1


def alone_in_section(section: object, plain: str, language: str, following: Sequence[str] = ()) -> bool:
    """An unnumbered paragraph under a section's heading and the section's own preamble that
    opens as an operative paragraph does and ends with a full stop: the section's one
    paragraph, which the UN prints without a number ("II" / "Review of ..." / "Having
    considered ...," / "Takes note of the notes by the Secretary-General.", A/RES/79/281).
    Under a heading alone, the paragraph opens with a listed operative phrase and may end
    with a semicolon, another section following ("C" / "Education grant: ..." / "Decides,
    for implementation as from the academic year ... lump sum;", A/RES/76/240), and so it
    may under a preamble too ("XV" / "Global service delivery model ..." / "Having
    considered ...," / "Decides to keep the question ... seventy-sixth session;", A/RES/75/253).
    It may also end with a colon, its sub-paragraphs following from "(a)"
    ("XXII" / "Gross jointly financed budget of the Department of Safety and Security" /
    "Approves the gross jointly financed budget ... broken down as follows:" / "(a) Field
    Security Operations: ...", A/RES/80/243 and each year's budget resolution before it).
    ``language`` is the draft's, whose operative opening phrases are looked for."""
    if not isinstance(section, SectionHeading):
        return False
    lists = bool(following) and (m := PAREN_LABEL.match(following[0])) is not None and m.group(1) == "a"
    ends = (".", ";", ":") if lists else (".", ";")
    listed = plain.endswith(ends) and bool(longest_opening(plain, "operative"))
    if section.preamble:
        return listed or plain.endswith(".") and bool(split_opening((Run(plain),), True, language)[0])
    return listed


def section_preamble_slip(plain: str, following: Sequence[str]) -> bool:
    """A section's preambular paragraph that ends with a semicolon for its comma, right above
    the section's operative text: "XXII" / ... / "Recalling its resolution 79/258 A;" / "1.
    Takes note of the reports ..." (A/RES/80/243, A/C.5/80/L.5); "XVII" / "International
    Trade Centre" / "Recalling its resolution 75/252 ... for 2021;" / "Approves resources
    ..." (A/RES/75/253). It opens with a preambular phrase that is no operative one, and the
    paragraph after it opens as an operative one: a slip, never a heading (issue 15, item 6),
    and the import report says so. (``check`` reads no section's preamble for its commas.)"""
    if (
        not plain.endswith(";")
        or not longest_opening(plain, "preamble")
        or longest_opening(plain, "operative")
    ):
        return False
    after = strip_markup(following[0]) if following else ""  # "*Approves* ..." read again
    return bool(OPERATIVE_LABEL.match(after) or longest_opening(after, "operative"))


def ends_open(plain: str) -> bool:
    """No final punctuation: a heading or a title rather than a paragraph."""
    return not plain.rstrip().endswith(tuple(_PUNCT_END))


# "Adopts the following outcome document ...:", "Approves the following ...:"
_ADOPTS = re.compile(r"^(?:Adopts|Approves|Endorses)\b.* the following\b.*:$", re.S)
_FOLLOWING = re.compile(r"\bthe following\b[^.;]*:$")  # "... the following programme of work ...:"


def adopts_below(paragraph: str) -> bool:
    """A decision's paragraph adopting the text that follows it under its title."""
    return _ADOPTS.match(paragraph.strip()) is not None


def sets_out_below(text: str) -> bool:
    """A decision that sets out a list in its own text, under a heading of its own: "...
    approves ... the draft programme of work of the Third Committee ... as set out below. The
    Assembly further invites the Bureau ..." (A/C.3/80/L.60)."""
    return "set out below" in text or text.rstrip().endswith("as follows:")


def annex_start(paras: list[str], plain: Callable[[str], str]) -> int:
    """Where the body's annex begins: its "Annex" line, else the text a decision adopts
    (:func:`adopted_text_at`), else past the end."""
    at = next((i for i, r in enumerate(paras) if ANNEX.match(plain(r).strip())), len(paras))
    # the text adopted in place comes first, its own annexes after it ("Adopts the following
    # Pact for the Future and its annexes:" / "The Pact for the Future" / ... / "Annex I",
    # A/RES/79/1)
    return min(at, adopted_text_at(paras, plain) or len(paras))


def lists_below(op: Operative, alone: bool, line: str = "") -> bool:
    """The paragraph sets out a list below it (:func:`sets_out_below`), or, the decision's
    only paragraph, announces what follows: "... has decided to adopt the following
    provisional programme of work ..., as proposed by the Bureau:" (A/C.6/80/L.20), "Adopts
    the following outcome document ...:" (A/80/L.41). Not where its sub-paragraphs already
    follow it and ``line`` opens the next numbered section: its "as follows:" had its answer
    ("13. Decides that the requirements ... shall be financed as follows:" / "(a)" ... "(e)" /
    "II Support account and related funding issues", A/RES/79/298)."""
    if op.subs and SECTION_TITLE.match(line):
        return False
    said = plain_text(op.text).strip()
    return sets_out_below(said) or (alone and _FOLLOWING.search(said) is not None)


def adopted_text_at(paras: list[str], plain: Callable[[str], str]) -> int | None:
    """Where the text a decision adopts in its own words begins: its title, right after a
    first paragraph that announces it ("The General Assembly" / "Adopts the following
    outcome document of the high-level meeting ...:" / "Outcome document of ..." / "We, the
    Ministers ...", A/80/L.41), or after the preambular paragraphs ("Recalling its resolution
    73/6 of 26 October 2018," / "Adopts the following document:" / "The “Space2030” Agenda:
    space as a driver of sustainable development" / "Part A. Agenda", A/RES/76/3). Its
    numbered paragraphs are the document's, not the decision's; with an "Annex" line between
    them (A/80/L.34) the annex starts there."""
    at = 0
    while at < len(paras) and _preambular(plain(paras[at])):
        at += 1
    if len(paras) < at + 2 or not adopts_below(plain(paras[at])):
        return None
    title = plain(paras[at + 1]).strip()
    if ends_open(title) and len(title) <= 250 and not label_start(title) and not title.startswith("Annex"):
        return at + 1
    return None


def _preambular(paragraph: str) -> bool:
    """A preambular paragraph: a listed opening, the comma that ends it."""
    return paragraph.rstrip().endswith(",") and bool(longest_opening(paragraph, "preamble"))


def annex_line(annex: Annex, raw: str, plain: str, rich: Callable[[str], RichText]) -> None:
    """Add one line of ``annex``: ``raw`` with its markup, ``plain`` without; ``rich`` turns
    text into rich text with its footnote marks."""
    m = OPERATIVE_LABEL.match(raw)
    lettered = PAREN_LABEL.match(raw)
    if m:
        # "1." after numbered paragraphs: the numbers start again (a convention's article)
        numbered = any(p.style is AnnexStyle.NUMBERED for p in annex.paragraphs)
        restart = numbered and m.group(1) == "1"
        first, *more = _run_on(m.group(2), int(m.group(1)) + 1)
        annex.paragraphs.append(AnnexParagraph(rich(first), AnnexStyle.NUMBERED, restart=restart))
        annex.paragraphs.extend(AnnexParagraph(rich(text), AnnexStyle.NUMBERED) for text in more)
    elif annex.in_text and lettered and annex.paragraphs:
        # "(a) International trade and development;" under "2. Macroeconomic policy
        # questions:": lettered again under each number
        annex.paragraphs.append(AnnexParagraph(rich(lettered.group(2)), AnnexStyle.LETTERED))
    elif not annex.paragraphs and ((ends_open(plain) and not annex.title) or _title_goes_on(annex, plain)):
        # a title in two parts, the first ending with ";" ("United Nations Convention against
        # Cybercrime;" / "Strengthening International Cooperation ...", A/RES/79/243's annex)
        annex.title = normalize((*annex.title, Run(" "), *rich(raw))) if annex.title else rich(raw)
    elif (run := _HEAD_RUN_ON.match(raw)) and _heading_run_on(run, _next_number(annex)):
        # a heading the copy ran into the next numbered paragraph: "I. Global context and
        # shared commitments 3. We gather at a critical juncture ..." (A/RES/80/3)
        annex.paragraphs.append(AnnexParagraph(rich(run.group(1)), AnnexStyle.HEADING))
        annex.paragraphs.append(AnnexParagraph(rich(run.group(3)), AnnexStyle.NUMBERED))
    elif ends_open(plain) and len(plain) <= 200 and not label_start(plain):
        # a labelled item ending "; and" is no heading ("(i) The number of originals of
        # the negotiable cargo document; and", A/C.6/80/L.8)
        annex.paragraphs.append(AnnexParagraph(rich(raw), AnnexStyle.HEADING))
    else:
        annex.paragraphs.append(AnnexParagraph(rich(raw), AnnexStyle.BODY))


def _title_goes_on(annex: Annex, plain: str) -> bool:
    """The annex's first line ends with ";" as a title's first part does, or the title so far
    does: the line is (the rest of) the title."""
    if label_start(plain):
        return False
    return plain.endswith(";") if not annex.title else plain_text(annex.title).endswith(";")


def quoted(op: Operative, plain: str, operative_count: int) -> bool:
    """Text quoted under the paragraph that announces it, kept as quoted blocks as an
    amendment's quotations are: a paragraph in quotation marks ("... continues to read as
    follows:" / "“(a) On appointment, ..." / "“(b) On promotion, ....”", A/RES/79/280) or one
    numbered lower than the next paragraph, the quoted text's own number ("... amendment to
    the statute of the United Nations Dispute Tribunal:" / "Article 9, new paragraph 4:" /
    "4. In hearing an application ..." / "15. Invites ...", A/RES/78/248)."""
    m = OPERATIVE_LABEL.match(plain)
    if PAREN_LABEL.match(plain) and op.subs and op.subs[-1].quoted:
        # a quoted item's own lettered items: "6. International cooperation and technical
        # assistance to prevent and address all forms of crime:" / "(a) Terrorism in all its
        # forms and manifestations;" / "(b) New and emerging forms of crime." / "7. Adoption
        # of the report of the Congress." (the provisional agenda A/RES/72/192 approves)
        last = plain_text(op.subs[-1].text).rstrip()
        return last.endswith(":") or PAREN_LABEL.match(last) is not None
    if (
        not m
        and not op.subs
        and not plain.startswith(("(", "“"))
        and _READS.search(plain_text(op.text).rstrip())
    ):
        # the wording it sets, unquoted and unnumbered: "5. Decides that new staff rule 13.13
        # (c) ... shall read as follows:" / "The mandatory age of separation of a staff member
        # ..." / "6. Notes ..." (A/RES/72/254)
        return True
    if not (int(m.group(1)) <= operative_count if m else plain.startswith("“")):
        return False
    return op.subs[-1].quoted if op.subs else plain_text(op.text).rstrip().endswith(":")


_READS = re.compile(r"\bread(?:s|ing)? as follows:$")


def last_item(op: Operative) -> Operative | SubParagraph:
    """The paragraph's deepest last sub-paragraph, which a stray line goes on with."""
    target: Operative | SubParagraph = op
    subs = op.subs
    while subs:
        target, subs = subs[-1], subs[-1].children
    return target


def go_on(op: Operative, text: RichText) -> Operative | SubParagraph:
    """A stray paragraph's text put where it goes on: after the paragraph's deepest last
    sub-paragraph, or, under a table's last row, in a row of its own, the table's note
    ("Abbreviations: GS (OL), General Service (Other level); ..." under A/C.5/80/L.5's
    staffing table), never into a cell. Returns where it went."""
    target = last_item(op)
    if isinstance(target, SubParagraph) and target.row is not RowKind.NONE:
        empty = Run("\t" * plain_text(target.text).count("\t"))  # as many cells as the row above
        op.subs.append(SubParagraph(normalize((*text, empty)), row=RowKind.ROW))
        return op.subs[-1]
    target.text = normalize((*target.text, Run(" "), *text))
    return target


def resumed(annex: Annex, raw: str, operative_count: int) -> str | None:
    """The text of "13. Takes note ..." when, after a list set out in the text, it goes on
    with the resolution's own paragraphs: the list ("... shall be as follows:" / "Member
    State" / "Percentage" / "Afghanistan" / "0.005" ..., a table the copy gives cell by cell)
    numbered nothing, and 13 follows the resolution's 12 (A/RES/79/249). None otherwise."""
    m = OPERATIVE_LABEL.match(raw)
    if not m or not annex.in_text or any(p.style is AnnexStyle.NUMBERED for p in annex.paragraphs):
        return None
    return m.group(2) if operative_count > 0 and int(m.group(1)) == operative_count + 1 else None


def fold_list(annex: Annex, into: Operative) -> str:
    """The list's lines put back, in their order, under the paragraph that announced it (the
    model holds no table; printed after the operative part, the list would move away from
    it): its lettered items as that paragraph's next sub-paragraphs ("(c)", "(d)" after
    "Panel 1: ..." / "Panel 2: ...", A/RES/79/333), every other line joined to the item
    before. Returns the list's first words, which the import report quotes."""
    target = last_item(into)
    lines = [(annex.title, False), *((p.text, p.style is AnnexStyle.LETTERED) for p in annex.paragraphs)]
    for text, lettered in lines:
        if lettered:
            target = SubParagraph(text)
            into.subs.append(target)
        elif text:
            target.text = normalize((*target.text, Run(" "), *text))
    return next((plain_text(t).strip()[:40] for t, _ in lines if t), "")
