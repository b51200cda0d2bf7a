"""Plain text into paragraphs: the first four passes of reading a draft from text.

Text copied from a UN PDF or web page mixes the document with page furniture; this module
turns it into a list of :class:`Para` (text paragraphs and footnote lines) that
``text_import`` then reads as front matter and body:

1. lines: running heads, page numbers, barcodes and job numbers are dropped (the first symbol
   and job number are kept for the front matter); footnote lines are recognised wherever a
   page ended ("[^1]: ...", "* E/CN.15/2013/1.", "1 A/73/85.");
2. paragraphs: lines of one paragraph are joined; a masthead line stands alone, and
   masthead items run together on one line or in two columns are split; a number or label
   alone on its line is joined to its text;
3. footnote numbers in the text become references (``text_notes``);
4. paragraphs broken by a page end are joined again, across the notes of that page.

The passes, their guesses reported, are ``text_paras`` (1, 2, 4) and ``text_notes`` (3); this
module holds what they, ``text_header`` and ``text_import`` share: the shapes of lines (those
``conventions/wording.py`` writes are read there) and the rule of where a paragraph starts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from delegate_editor.conventions.parts import DATE, MEETING, PARTS  # noqa: F401 (MEETING: its readers import it here)
from delegate_editor.conventions.phrases import opens_another_language
from delegate_editor.conventions.wording import (  # the line readers beside their writers
    ADOPTED,
    AGENDA,
    AGENDA_PROV,
    AMENDMENT,
    DRAFT_ALONE,
    MONTHS,
    OFFICER,
    REFERENCE,
    SPONSORS,
)
from delegate_editor.formats.text import known_opening, starts_with_opening
from delegate_editor.formats.text_inline import strip_markup

# -- the shapes of lines --------------------------------------------------------------------
MONTH = "(?:" + "|".join(MONTHS) + ")"
STOP_MARK = re.compile(r"[a-z)”][.;:]\d{1,3}$")  # a mark after a sentence: "... for Peace.12" (A/RES/79/1)
OWN_LABEL = re.compile(r"^[A-Z][a-z]+ \d{1,3}\. [A-Z]")  # a line's own label: "Action 11. We will ..."
# a document symbol; it never ends with punctuation, so "A/C.6/80/SR.24." ending a note is
# text, not a running head (A/C.6/80/L.12)
_SYMBOL_BODY = r"[A-Z]{1,6}(?:/[A-Za-z0-9.\-]*[A-Za-z0-9\-])+"
# the parts of a text of several resolutions follow it ("A/RES/76/247 A–C", its running head too)
SYMBOL = re.compile(rf"^{_SYMBOL_BODY}(?: \(\d{{4}}\)|{PARTS})?$")
# a reissued symbol: the first page's symbol with its asterisk ("A/C.1/80/L.23*"), whose note
# says why ("* Reissued for technical reasons on 23 October 2025.")
REISSUED = re.compile(rf"^({_SYMBOL_BODY})(\*{{1,3}})$")
# the job number; a reissue's asterisk after it ("25-16535* (E)") is the symbol's
JOB = re.compile(r"^((?:[A-Z]{1,2}\.)?\d{2}-\d{5})\*{0,3} ?(\([A-Z]\))?(?:\s+\d{6}){0,2}$")
FURNITURE = re.compile(  # "* * *": a rule, no note (A/RES/80/131); Word's failed field (A/RES/72/3)
    r"^(?:\d{1,3}/\d{1,3}|Page \d{1,3}(?: of \d{1,3})?|[-–] ?\d{1,3} ?[-–]|\*\d{7}\*|Please recycle\W*|"
    r"United Nations|_{5,}|-{3,}|\*(?:\s+\*){2,}|Error! No document variable supplied\.)$"
)
HEAD_PAGE = re.compile(r"^[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+)+\s+\d{1,3}/\d{1,3}$")
PAGE_OF = re.compile(r"(?:^|\s)(\d{1,3})/(\d{1,3})$")  # "2/6", alone or ending a running head


def page_total(text: str) -> int:
    """The page count that the text's "k/N" page numbers agree on (the N most of them give,
    the smaller on a tie), or 0. A resolution's number broken onto a line of its own ("its
    resolution" / "73/89" / "of 6 December 2018", the word-a-line copy of A/RES/80/72) reads
    like a page number, but the pages "2/7" to "7/7" around it say the text has 7."""
    totals: Counter[int] = Counter()
    for line in text.split("\n"):
        for part in re.split(r"\s{2,}", line.strip()):
            m = PAGE_OF.search(part)
            if m and (m.start() == 0 or HEAD_PAGE.match(part)) and int(m.group(1)) <= int(m.group(2)):
                totals[int(m.group(2))] += 1
    return min(totals, key=lambda total: (-totals[total], total)) if totals else 0


# "[^1]: text" (our form, and Markdown's) or "[^1] text" (a copy that lost the colon)
NOTE_DEF = re.compile(r"^\[\^(\d+)\](?::|\s)\s*(.*)$")
CUSTOM_NOTE = re.compile(r"^(\*{1,4})\s+(\S.*)$")  # "*  On behalf of" (A/C.1/80/L.10)
PDF_NOTE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
# a label alone on its line, its text on the next: a paragraph's or an adopted text's ("77/82.")
ADOPTED_NUMBER = r"(?:ES-)?\d{1,3}/\d{1,4}\."  # an adopted resolution's number: "79/243.", "ES-11/1."
_BARE = rf"\d{{1,3}}\.|{ADOPTED_NUMBER}|Item \d{{1,3}}\.|\([a-z]{{1,6}}\)|[a-z]{{1,6}}\.|[–—-]"
BARE_LABEL = re.compile(rf"^(?:{_BARE})$")
# masthead items that a copy put on one line: "General Assembly Distr.: General 3 December
# 2025", "Eightieth session Agenda item 91 Implementation of ...", "52nd plenary meeting 1
# December 2025"; each piece is split off before the line is read
_GLUED_ITEMS = re.compile(r" (?=Distr\.:|Agenda items? \d|Item \d+ of the |Original:)")

DISTR = re.compile(r"^Distr\.:\s*(General|Limited|Restricted)(?:\s+(\d{1,2} \S+ \d{4}))?$")
ORIGINAL = re.compile(r"^Original:\s*(.+)$")
# "Eightieth session", "Twenty-second session", "Resumed seventy-ninth session", "Tenth
# emergency special session", "2025 session": an ordinal or a year, never a title that ends
# with one ("Report of the United Nations Commission on International" / "Trade Law on the
# work of its fifty-eighth session", A/C.6/80/L.8's agenda title, was split at its line end)
_ORDINAL = r"(?:[A-Za-z]+-)?[A-Za-z]*(?:th|first|second|third)"
_SESSION_KIND = r"(?:resumed|special|emergency special|substantive|organizational)"
SESSION = re.compile(
    rf"^(?=(?-i:[A-Z0-9]))(?:(?:(?:{_SESSION_KIND} )?{_ORDINAL}|\d{{4}})(?: {_SESSION_KIND})?|{_SESSION_KIND}) session$",
    re.IGNORECASE,
)
VENUE = re.compile(r"^(?:[A-Z][\w .'’-]{0,40}, )?\d{1,2}\b.{0,30}" + MONTH + r".{0,12}\d{4}$")
AUTHORING = re.compile(r"^The [A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|on|and|for|the|to|in|de))*,?$")
ANNEX = re.compile(r"^Annex(?: ([IVXLC]+))?$")
# words that number what follows (the note marks and the annex headings read them): "Article 26", "paragraph 7", "resolution 2", "No. 1", "vol. 3"
COUNTING_WORDS = frozenset(
    "article articles paragraph paragraphs para paras resolution resolutions decision decisions "
    "item items goal goals target targets chapter chapters section sections rule rules no nos "
    "vol vols part parts annex annexes principle principles page pages p pp rev add corr amend "
    "step phase level table figure session sessions meeting meetings "
    "recommendation recommendations option options sdg sdgs title volume number sect chap art fig "
    "panel panels cluster clusters round pillar pillars stage tier".split()  # "Panel 2:" (A/RES/79/273)
)
_AGENDA_NUMS = r"\d+(?: ?\([a-z]{1,3}\))?(?:(?:,| and) \d+(?: ?\([a-z]{1,3}\))?)*"
# the title may start small when the copy lost its first words ("Agenda item 96 to assure
# non-nuclear-weapon States ...", A/RES/80/18), never with "and" (a list of items broken)
_AGENDA_TITLE = re.compile(r"^(Agenda items? " + _AGENDA_NUMS + r"\**) ((?!and |or )[A-Za-z“\"].*)$")
UN_AND_SYMBOL = re.compile(rf"^[ \t]*(United Nations)[ \t]+({_SYMBOL_BODY}\**)[ \t]*$", re.M)
# an annex's label and title run together on one line: "Annex Awaza Political Declaration"
# (A/RES/80/3), "Annex 2025 Political Declaration on the Implementation ..." (A/RES/80/9); a
# title of two words or more that starts with a capital or a figure and ends without a stop
ANNEX_TITLED = re.compile(r"^[ \t]*(Annex(?: [IVXLC]+)?) ([A-Z0-9“\"]\S*(?: \S+)+?)(?<![.,;:])[ \t]*$", re.M)
# a copy's mark that the sentence goes on past the page's notes: "at the national, regional
# and international ---" / the notes / "levels, on the role of ..." (wannli/railcar, A/RES/80/22,
# 23, 59); the UN's own text has no three hyphens, so the mark goes and the page join follows
PAGE_GOES_ON = re.compile(r"(?<=\S)[ \t]+-{3}[ \t]*$", re.M)
_MEETING_DATE = re.compile(r"^(\S.{0,40} meeting) (\d{1,2} " + MONTH + r" \d{4})$")
ORGANS = ("General Assembly", "Security Council", "Economic and Social Council", "Trusteeship Council")

OPERATIVE_LABEL = re.compile(r"^(\d{1,3})\.\s+(.*)$", re.S)
PAREN_LABEL = re.compile(r"^\(([a-z]{1,6})\)\s+(.*)$", re.S)
DOT_LABEL = re.compile(r"^([a-z]{1,6})\.\s+(.*)$", re.S)
DASH_LABEL = re.compile(r"^[–—-]\s+(.*)$", re.S)
TITLE_NUMBER = re.compile(r"^(\S*\d\S*)\.\s+(.+)$", re.S)


# -- pass 1 and 2: lines into paragraphs ----------------------------------------------------


@dataclass
class Para:
    kind: str  # "text", "note" ([^N]:), "custom" (* ...), "cand" (PDF footnote "1 text")
    text: str
    mark: str = ""  # note number or asterisks
    ruled: bool = False  # a PDF note line under a page's footnote rule: a note, cited or not
    tight: bool = False  # it starts on the line after another paragraph's, no blank line between


def standalone(plain: str) -> bool:
    """A line that is a paragraph of its own even without a blank line around it."""
    return bool(
        plain in ORGANS
        or DISTR.match(plain)
        or DATE.match(plain)
        or ORIGINAL.match(plain)
        or SESSION.match(plain)
        or VENUE.match(plain)
        or AGENDA_PROV.match(plain)
        or AGENDA.match(plain)
        or SPONSORS.match(plain)
        or OFFICER.match(plain)
        or DRAFT_ALONE.match(plain)
        or AMENDMENT.match(plain)
        or ADOPTED.match(plain)
        or REFERENCE.match(plain)
        or ANNEX.match(plain)
        or (AUTHORING.match(plain) and plain.endswith(","))
        or re.match(r"\d{1,3}(?:st|nd|rd|th) (?:\(resumed\) )?plenary meeting$", plain)  # A/RES/78/70
    )


# No line that stands alone is longer (the longest, a sponsors line naming every Member
# State, is under 3,000). Checking a paragraph grown past it again for each line it gains
# would make importing a paragraph of many lines quadratic (minutes for 20,000 lines).
STANDALONE_MAX = 4000


def split_items(line: str) -> list[str]:
    """A line as the masthead items it holds: two columns ("General Assembly    Distr.:
    Limited"), items run together on one line, an agenda line with its title, a meeting
    line with its date. Any other line is one item."""
    m = _MEETING_DATE.match(line)
    if m:
        return [m.group(1), m.group(2)]
    columns = re.split(r"\s{2,}", line)
    if len(columns) > 1 and all(standalone(c) or c in ORGANS for c in columns):
        return [x for c in columns for x in split_items(c)]
    pieces = _GLUED_ITEMS.split(line)
    if len(pieces) > 1 and not (standalone(pieces[0]) or SESSION.match(pieces[0])):
        return [line]
    out: list[str] = []
    for piece in pieces:
        m = _AGENDA_TITLE.match(piece)
        out.extend([m.group(1), m.group(2)] if m else [piece])
    return out


# a line that ends with one of these words goes on on the next line, whatever that one is
_GOES_ON = frozenset("the of and on in to for by with a an or at from".split())


def _names_so_far(prev: str, least: int = 3) -> bool:
    """Whether ``prev`` is a list of names in progress ("Sweden, Switzerland, Thailand,
    Ukraine,"): short capitalised items, each followed by a comma. Its next line goes on
    with it even when it starts like an opening ("Philippines", "United Kingdom ...")."""
    names = prev.rstrip(",").split(", ")
    return (
        prev.endswith(",")
        and len(names) >= least
        and all(n[:1].isupper() and len(n.split()) <= 8 for n in names)
    )


def _title_words_so_far(prev: str) -> bool:
    """Whether ``prev`` ends inside a title's list of capitalised words ("... the Convention
    on the Prohibition of the Development, Production," / "Stockpiling and Use of Chemical
    Weapons ...", A/RES/80/34): its last two items are single capitalised words."""
    items = prev.rstrip(",").split(", ")
    return len(items) >= 2 and all(
        len(item.split()) == 1 and item[:1].isupper() for item in (items[-1], items[-2].split()[-1])
    )


def _sponsors_broken(prev: str, line: str) -> bool:
    """Whether ``prev`` is the start of the sponsors line ``line`` ends: names broken after
    a comma ("..., Vanuatu," / "Viet Nam and Zambia:* draft resolution") or mid-name."""
    if not (_names_so_far(prev, 1) or not prev.endswith((".", ";", ":", "*", ","))):
        return False
    joined = f"{prev} {line}"  # an amendment's sponsors too: "..., New Zealand," / "Norway and
    # Ukraine: amendment to draft resolution A/C.3/80/L.2" (A/C.3/80/L.56)
    return not standalone(strip_markup(prev)) and bool(SPONSORS.match(joined) or AMENDMENT.match(joined))


# "(Finland), on the basis of ...": a name in brackets opens no paragraph (labels are "(a)",
# "(iv)", "(A)" at most: never a capital and a small letter)
_BRACKETED_NAME = re.compile(r"\([A-Z][a-z]")
_NAME_THEN_COUNTRY = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2} \([A-Z][a-z]")
# abbreviations always followed by what they name, a number or a page: no sentence ends in
# one, and a number after one is no note's mark (text_mark_place.ABBREVIATED)
NAMING_ABBREVIATIONS = frozenset("no nos para paras vol vols pp chap sect".split())
_LAST_WORD = re.compile(r"([A-Za-z]{1,5})\.$")


def _ends_in_abbreviation(text: str) -> bool:
    """Whether ``text`` ends in one of those abbreviations, or in the "v." of a case's parties
    ("(Ukraine v." / "Russian Federation)"). Only its tail is read: a copy without blank
    lines makes ``text`` a whole paragraph, hundreds of thousands of characters long, and
    this runs for each of its lines."""
    m = _LAST_WORD.search(text[-7:])
    if m is None or not (m.group(1).lower() in NAMING_ABBREVIATIONS or m.group(1) == "v"):
        return False
    before = len(text) - len(m.group(0)) - 1  # the character before the word
    return before < 0 or text[before] in " \t\n("


_TITLE_RUN = re.compile(r"^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+ ")  # three capitals: a name's words


def starts_new(prev: str, line: str, in_note: bool = False, guess: bool = True) -> bool:
    """Whether ``line`` starts a paragraph although no blank line precedes it (web copies).
    Inside a footnote a word that merely looks like an opening ("Sales No." after
    "publication,") goes on with the note: notes hold no preambular paragraphs. ``guess``
    False: the text marks its paragraphs with blank lines, so after a comma only a listed
    opening starts one, never a word that merely ends like one ("... the Repression of
    Piracy," / "Armed Robbery against Ships ...", A/RES/80/63)."""
    if re.fullmatch(r"[A-H]", prev):
        return True  # a part's letter, its title under it ("A" / "Budget appropriations ...", A/RES/76/247)
    if re.fullmatch(r"[IVXLC]{1,6}\.", prev) and not re.match(r"\d{1,3}\.(?:\s|$)", line):
        return False  # a section's number, its title on the next line ("I." / "Global context ...", A/80/L.4)
    if re.fullmatch(r"(?:19|20)\d\d", line) and re.search(rf"\b\d{{1,2}} {MONTH}$", prev):  # A/RES/78/48
        return False  # "... adopted by the General Assembly on 4 December" / "2023"
    if re.fullmatch(r"\d{1,3}\.", line) and (
        prev.endswith((".", ";", ":", ","))
        or re.search(r"[.;:,”)] ?\d{1,3}$", prev)
        # or under a numbered section's title: "I." / "Global context and shared
        # commitments" / "3." / "We gather ..." (A/RES/80/3)
        or re.match(r"[IVXLC]{1,6}\. [A-Z]", prev)
    ):
        # "2." alone on its line after a paragraph's end (A/C.3/80/L.61), or after the
        # comma that ends a preambular paragraph an amendment quotes ("... sustainable" /
        # "development," / "4." / "In operative paragraph 1, replace ...", A/80/L.28), or
        # after the note mark that ends a paragraph ("... in the Pact for the Future. 16" /
        # "9." / "We note the interest ...", A/80/L.4)
        return True
    if re.fullmatch(r"\([a-z]{1,6}\)", line) and (
        prev.endswith((";", ":", ".", ",")) or prev.endswith(("; and", "; or"))
    ):
        # a label alone on its line after an item's end, its text on the next line, where
        # no blank line parts the items ("(iv) the number of packages or pieces; and" /
        # "(v)" / "the gross weight of the goods ...", A/C.6/80/L.8)
        return True
    if line in ORGANS and prev.rsplit(" ", 1)[-1].islower():
        return False  # "... Nuclear Materials in the" / "General Assembly": a title goes on
    if prev.rsplit(" ", 1)[-1] in _GOES_ON and not OPERATIVE_LABEL.match(line) and not label_start(line):
        return False  # "Draft resolution submitted by the Chair on the recommendation of the"
    if OFFICER.match(prev) and prev.endswith(","):
        # the officer's name after the comma that ends the line: "Draft resolution submitted by
        # the Vice-Chair of the Committee," / "Weronika Garbacz (Poland)" (A/C.2/80/L.42)
        return False
    if OFFICER.match(prev) and prev[-1:].isalpha() and _NAME_THEN_COUNTRY.match(line):
        # the officer's name broken after a given name: "... the Vice-Chair of the Committee,
        # Jenni" / "Mikkola (Finland), on the basis of informal consultations on draft"
        # (A/C.2/80/L.56)
        return False
    if _BRACKETED_NAME.match(line):
        # "Draft resolution submitted by the Vice-Chair of the Committee, Jenni Mikkola" /
        # "(Finland), on the basis of ...", A/C.2/80/L.59: the line goes on, though the
        # first reads as a whole officer's line
        return False
    if (
        (SPONSORS.match(line) or AMENDMENT.match(line))
        and len(prev) <= STANDALONE_MAX
        and _sponsors_broken(prev, line)
    ):
        return False  # a sponsors line broken before its last name ("... and State of")
    # no masthead, sponsors or amendment line starts small, and a line that does goes on
    # with the one above: "... Northern Ireland" / "and Uruguay: amendment to draft resolution
    # A/C.3/80/L.24" (A/C.3/80/L.65); "Draft resolution submitted by the Chair of the
    # Committee following" / "informal consultations" (A/C.5/80/L.3)
    small = line[:1].islower()
    if not small and (
        standalone(strip_markup(line)) or (len(prev) <= STANDALONE_MAX and standalone(strip_markup(prev)))
    ):
        return True
    item = PAREN_LABEL.match(line)
    if item and _inline_list_goes_on(prev, item.group(1), item.group(2)):
        return False
    if DASH_LABEL.match(line) and prev[-1:].isalnum():
        # a dash that sets off words inside a sentence, at a line's start: "... in its three
        # dimensions – economic, social and environmental" / "– in which it called upon ..."
        # (A/RES/80/8); a dash item follows a lead-in or an item that ends with punctuation
        return False
    if OPERATIVE_LABEL.match(line) or item or DASH_LABEL.match(line):
        return True
    if _ends_in_abbreviation(prev):
        # a full stop no sentence ends with: "... Racial Discrimination (Ukraine v." /
        # "Russian Federation),10" (A/RES/74/168), "... in annex I, para." / "3 ..."
        return False
    first = line.lstrip("*")[:1]
    if prev.endswith(":") and (prev[:-1].rsplit(" ", 1)[-1][:1].isupper() or prev[-2:-1].isdigit()):
        # a name and its subtitle: "Securing Our Common Future:" / "An Agenda for
        # Disarmament," (A/RES/80/33), "Goal 14:" / "Conserve and sustainably use ..."; a
        # lead-in ends with a small word ("as follows:", "to:")
        return False
    if prev.endswith(";") and prev[:-1].rsplit(" ", 1)[-1][:1].isupper() and _TITLE_RUN.match(line):
        # a name goes on past its semicolon: "the United Nations Convention against Cybercrime;"
        # / "Strengthening International Cooperation for Combating Certain ..." (A/C.3/80/L.3)
        return False
    if (prev.endswith((".", ";", ":")) or STOP_MARK.search(prev)) and (
        first.isupper() or line.startswith("*")
    ):
        return True
    if not prev.endswith(",") or in_note or _names_so_far(prev) or _title_words_so_far(prev):
        return False
    plain = strip_markup(line)
    opening = starts_with_opening(plain) if guess else bool(known_opening(plain))
    # an opening starts with its capital: "... the importance of mutual cooperation," /
    # "understanding and dialogue in ..." goes on (A/C.3/80/L.35; "Understanding" opens)
    return not small and bool(opening or opens_another_language(plain))  # "Conscient de ..."


def escape_plain(text: str) -> str:
    """Copied footnote text has no markup: keep its asterisks literal."""
    return text.replace("\\", "\\\\").replace("*", "\\*")


def _inline_list_goes_on(prev: str, label: str, rest: str) -> bool:
    """ "(c) eradicating poverty ..." at a line's start goes on with a paragraph that runs its
    list inline ("... education systems by (a) providing ...; (b) investing ...;", A/C.2/80/L.33):
    the item before it stands inside the paragraph, and the item starts small. The list's
    first item goes on with a sentence the line above leaves open ("... recommends" / "(a)
    the exploration of options ...", A/RES/75/205)."""
    if label == "a":
        return rest[:1].islower() and prev[-1:].isalpha()
    before = chr(ord(label) - 1) if len(label) == 1 and "b" <= label <= "z" else ""
    return bool(before) and rest[:1].islower() and f" ({before}) " in prev


def label_start(text: str) -> bool:
    return bool(PAREN_LABEL.match(text) or DOT_LABEL.match(text) or DASH_LABEL.match(text))


LOOKAHEAD = 64  # sub-paragraphs scanned to settle "(i)"; deeper items in between are skipped


def next_label(following: list[str], paren: bool) -> str:
    """The next label of the same kind ("(x)" or "x."), skipping deeper items; "" when the
    list of sub-paragraphs ends first."""
    for raw in following:
        m = (PAREN_LABEL if paren else DOT_LABEL).match(raw)
        if m:
            return m.group(1)
        if not (paren and (DOT_LABEL.match(raw) or DASH_LABEL.match(raw))):
            return ""
    return ""
