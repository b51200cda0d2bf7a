"""Reading a draft from plain text, pass 5a: the body's paragraphs repaired before they are read.

Split from ``text_import``. Once the masthead is read, the title is known, and the body's
paragraphs (marked-up strings) can be mended where the copy broke them:

- the running heads of adopted texts (the title repeated at a page top, whole or its first
  line) are taken out, and a paragraph the head cut in two is joined again;
- a paragraph cut by a page break whose next page starts with a capital letter or a number
  ("... and the Universal" / "Declaration of Human Rights ...") is joined again: the
  paragraph before begins like a paragraph (an opening phrase or a label) and stops without
  final punctuation, and the next one begins like no paragraph;
- a word broken at a line end that another tool joined with a space after its hyphen
  ("Secretary- General") is closed again (this pass runs on the whole text first).

A lower-case continuation is already joined in pass 4 (``text_paras.join_broken``). Each
join and each inferred label is a guess, written to the import report.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.text import known_opening
from delegate_editor.formats.text_annex import adopts_below
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import ANNEX, OPERATIVE_LABEL, label_start, standalone
from delegate_editor.formats.text_table import row_cells

_FINAL = (",", ";", ":", ".")
# a page holds one running head and more body than this many characters after it: an annex's
# heading that opens with the title's words right under the head is no second head
# ("Conclusion 3" / "Subsequent agreements and subsequent practice as authentic means of
# interpretation", A/RES/73/202, whose title opens so). Heads side by side are the pages'
# heads a table's rows were gathered from (the scale of assessments, A/RES/79/249)
_PAGE_LEAST = 400
_EXAMPLES = 20  # words closed kept for the report to quote one the draft still holds
_OPEN_QUOTES = "“‘\"'"
_MIN_CUT_WORDS = 10  # a page cuts a paragraph after two lines at least (orphan control)
_HEADING_WORDS = 15  # a text this short without final punctuation reads as a heading
_SECTION_LABEL = re.compile(r"^(?:[A-Z]|[IVXLC]{1,6})\.?(?:\s|$)")  # "A. Oceans", "IV", "B"


# a word broken at a line end and joined by another tool with a space after its hyphen:
# "Secretary- General", "nuclear- weapon-free", "Non- Proliferation" (the Markdown copies of
# the adopted resolutions hold about a hundred). A hyphen before a conjunction is the text's
# own: "gender- and age-sensitive", "long- or short-term" (and French, Spanish)
_BROKEN_HYPHEN = re.compile(
    r"(?<=[^\W\d_])- (?=[^\W\d_])(?!(?:and|or|nor|to|than|but|et|ou|y|o|e|u)\b)", re.IGNORECASE
)


class BrokenHyphens:
    """Closes such words in the texts it is given (the joined paragraphs, the notes, the
    paragraphs a page break cut), counting them for one line of the import report: a word may
    also be broken where this importer joins lines ("the Secretary-" / "General" across a
    page break, a note's "follow-" / "on actions" in a Markdown copy)."""

    def __init__(self) -> None:
        self.count = 0
        self.examples: list[str] = []  # the first words closed, as the report may quote them

    def close(self, text: str) -> str:
        first = _BROKEN_HYPHEN.search(text)
        if first is None:
            return text
        closed, count = _BROKEN_HYPHEN.subn("-", text)
        self.count += count
        if len(self.examples) < _EXAMPLES:
            # the first word closed, as the draft holds it, so the report finds its paragraph;
            # without what follows it ("Weapons6": a note's mark), and "non\u2011nuclear-weapon"
            # keeps its non-breaking hyphen
            start = max(closed.rfind(" ", 0, first.start()), closed.rfind("\n", 0, first.start())) + 1
            word = closed[start : start + 80].split()[0]
            example = re.sub(r"[^\w\-\u2010\u2011]+.*$|\d+$", "", word)
            if len(example) < 6:  # a web address keeps its dots and slashes, so the report
                # finds its note: "www.ohchr.org/en/documents/country-" / "reports/..." (A/RES/80/220)
                example = re.sub(r"[.,;:)”’]+\d*$", "", word)
            self.examples.append(example)
        return closed

    def report(self, text: str) -> list[Said]:
        """The report's line, quoting the first word closed that ``text`` (the draft's words,
        its paragraphs repaired) still holds: a running head taken out of a word a page
        broke leaves "non-governmental" where "non-Follow-up" was closed (A/RES/72/192), and
        a word closed only there is no longer counted."""
        kept = [e for e in self.examples if e in text]
        if not kept:  # each word closed was in a head taken out since: nothing to report
            return []
        count = self.count - (len(self.examples) - len(kept))
        code = "import.hyphens-closed-one" if count == 1 else "import.hyphens-closed"
        return [Said(code, count=count, example=kept[0])]


def without_running_heads(rest: list[str], title: str, report: list[str]) -> list[str]:
    """Body paragraphs without the running heads of adopted texts: the title repeated at the
    top of a page, whole ("Implementation of the Declaration of the Indian Ocean as a Zone
    of Peace") or its first line only ("Necessity of ending the economic, commercial and
    financial", A/RES/80/4). A paragraph the head cut in two is joined again, also when the
    copy already joined its lower-case rest to the head ("Possible risks of the integration
    of artificial intelligence into" / "distortions in decision-making ...", A/RES/80/23).
    ``title`` is the adopted text's title ("" for an L. document: they repeat the symbol)."""
    if not title:
        return rest
    # a head the page joins already ran into the paragraph it cuts, mid-sentence: "... among
    # other commitments on sustainable consumption and Promoting sustainable consumption ...
    # building on Agenda 21 production, the 10-Year Framework ..." (A/RES/80/135); "... of 12
    # August 1949, to the Occupied Permanent sovereignty ... natural resources Palestinian
    # Territory, ..." (A/RES/80/158, the head wrapped unlike the title). Only where a join
    # was made: the title's words are the text's own elsewhere ("the Treaty on the South-East
    # Asia Nuclear-Weapon-Free Zone", A/RES/80/47)
    joins = [
        (k, said.message.params.get("raw_end", said.message.params["end"]), said.message.params["start"])
        for k, said in enumerate(report)
        if isinstance(said, Said) and said.message.code == "import.page-break"
    ]
    dropped: set[int] = set()  # report lines a head's join said twice (``_restate_join``)
    rest = [_without_head_inside(raw, title, joins, report, dropped) for raw in rest]
    titled, title = title, title.casefold()
    out: list[str] = []
    cut = False
    since = _PAGE_LEAST  # the body's characters since the last head: a page has one head
    for raw in rest:
        plain = strip_markup(raw).strip()
        # the head with the symbol before or after the title ("A/RES/80/3 Awaza Political
        # Declaration", "Awaza Political Declaration A/RES/80/3", A/RES/80/3)
        headed = _SYMBOL_AT_END.sub("", plain)  # the report quotes the title: the app finds it
        folded = headed.casefold()
        if out and (ANNEX.match(before := strip_markup(out[-1]).strip()) or adopts_below(before)):
            # the annex's title, which may be the resolution's own (A/RES/80/9), or the title of
            # the text a decision adopts below it, the resolution's too: "Adopts the following
            # outcome document ...:" / "Outcome document of the high-level meeting ..."
            # (A/RES/80/173); a head after it is the next page's
            out.append(raw)
            cut = False
            continue
        # with the symbol, a head is one wherever it stands: no paragraph ends in the symbol
        slipped = False
        if (since == 0 or since >= _PAGE_LEAST or headed != plain) and (
            _key(folded) == _key(title)
            or (len(folded.split()) >= 4 and _key(title).startswith(_key(folded)))
            or (slipped := _slipped(folded, title))
        ):
            since = 0
            # a head that slipped a word is quoted as the title the draft holds (A/RES/72/165)
            report.append(Said("import.running-head", start=(titled if slipped else headed)[:40]))
            # a table's row never goes on after the head (formats/text_table.py)
            cut = (
                bool(out)
                and not row_cells(out[-1])
                and _cut_at_page_end(strip_markup(out[-1]).rstrip(), plain)
            )
            continue
        lead = m.group() if (m := _LEADING_SYMBOL.match(plain)) else ""
        # the paragraph before stops mid-sentence, or after a comma, the rest starting small
        # after the head: "... adequate paid maternity," / head / "paternity and parental
        # leave, ..." (A/RES/80/152); then a whole title of two words will do: "...
        # sixty-eighth," / "Diplomatic protection" / "seventy-first ..." (A/RES/80/165)
        before = strip_markup(out[-1]).rstrip() if out else ""
        # a heading is no paragraph a page cut: Word keeps two lines of it at a page's foot
        # ("Interpretation of treaty terms as capable of evolving over time" / "Subsequent
        # agreements and subsequent practice under articles 31 and 32 ...", A/RES/73/202)
        long_before = len(before.split()) > _HEADING_WORDS
        cut_here = bool(out) and (
            (long_before and _cut_at_page_end(before, plain[len(lead) :])) or before.endswith(",")
        )
        least = min(2 if lead else 4, len(title.split())) if cut_here else 2 if lead else 4
        head = _head_before(plain[len(lead) :], title, least=least)
        if out and not lead and not long_before and not before.endswith(_FINAL) and not row_cells(out[-1]):
            head = ""  # under a heading (a table's row is none): the paragraph's own words
        cut_here = cut_here or bool(head)
        if head and cut_here and raw.startswith(lead + head) and (since >= _PAGE_LEAST or lead):
            rest_of = raw[len(lead + head) :].lstrip()
            since = len(rest_of)
            report.append(Said("import.running-head", start=head[:40]))
            if row_cells(out[-1]):  # under a table's last row: a paragraph of its own
                out.append(rest_of)
                cut = False
                continue
            _restate_join(report, title, before, strip_markup(rest_of), dropped)
            report.append(
                Said("import.running-head-cut", start=strip_markup(rest_of)[:30])
            )  # the app finds plain text
            out[-1] = out[-1].rstrip() + " " + rest_of
            cut = False
            continue
        if cut and _goes_on(plain):
            _restate_join(report, title, strip_markup(out[-1]).rstrip(), plain, dropped)
            out[-1] = out[-1].rstrip() + " " + raw.lstrip()
            report.append(Said("import.running-head-cut", start=plain[:30]))
        else:
            out.append(raw)
        since += len(plain)
        cut = False
    report[:] = [said for k, said in enumerate(report) if k not in dropped]
    return out


def _without_head_inside(
    raw: str, title: str, joins: list[tuple[int, str, str]], report: list, dropped: set[int]
) -> str:
    """The head a page-break join ran into a paragraph, taken out: after the join's end,
    before a space or at the paragraph's end ("...; and" / head / "(b)", A/RES/73/45),
    spaces and hyphens aside as in :func:`_key`. The join's report line then quotes the
    words that go on now, which the app finds in the paragraph."""
    words = f"(?:{_GAP})?".join(map(re.escape, re.split(_GAP, title.strip())))
    for k, end, start in joins:
        # after a word broken at the page's end the head ran into it: "intergovernmental and
        # non-" / head / "governmental organizations" (A/RES/72/192), the word whole again
        after = r"( ?{}\s*)(?=[^\W\d_])" if end.rstrip().endswith("-") else r"( {})(?: |\s*$)"
        found = re.search(re.escape(end.rstrip()) + after.format(words), raw)
        if not _key(title).startswith(_key(start.strip()[:20])) or found is None:
            continue
        raw = raw[: found.start(1)] + raw[found.end(1) :]
        end = strip_markup(raw[: found.start(1)])[-30:]  # as the user reads it
        report[k] = Said("import.page-break", end=end, start=strip_markup(raw[found.start(1) :]).strip()[:30])
        report.append(Said("import.running-head", start=title[:40]))
        _restate_join(report, title, end, strip_markup(raw[found.start(1) :]), dropped)
    return raw


_GAP = r"[\s\-\u2010\u2011]+"  # spaces and hyphens, which a head may set otherwise than its title


def _restate_join(report: list, title: str, before: str, rest: str, dropped: set[int]) -> None:
    """The page break the lines' pass joined between a head and the text under it ("…on
    antimicrobial resistance" goes on with "750,000 deaths ...", A/RES/79/2) is the break
    between the paragraph the head cut and its rest now: its report line quotes the words
    that meet, so the app leads to the joined paragraph, not to another ending like the
    title. Said once: a line quoting that join already leaves the head's to ``dropped``."""
    start = rest.strip()[:30]
    same = [
        k
        for k, said in enumerate(report)
        if k not in dropped
        and isinstance(said, Said)
        and said.message.code == "import.page-break"
        and strip_markup(said.message.params["start"]).strip()[:20] == start[:20]
    ]
    tail = _key(strip_markup(before)).casefold()
    own = [k for k in same if tail.endswith(_key(strip_markup(_said_end(report[k]))).casefold())]
    stale = [k for k in same if k not in own and _ends_like(_said_end(report[k]), title)]
    if stale and not own:
        report[stale.pop(0)] = Said("import.page-break", end=before[-30:], start=start)
    dropped.update(stale)  # the paragraph's own join is reported already


def _ends_like(end: str, title: str) -> bool:
    """Whether a quoted end is the head's: it ends with words of the title (a head may be
    the title's first line only, and the quote may start before the head)."""
    key, whole = _key(strip_markup(end)).casefold(), _key(title).casefold()
    # the letters of a head an end must close with, fewer for a title of one word:
    # "Commodities" (A/RES/80/124)
    least = min(12, len(whole))
    return any(key[i:] in whole for i in range(max(1, len(key) - least + 1)))


def _said_end(said: Said) -> str:
    """The end a page-break line quotes, as the line's maker wrote it (its markup kept)."""
    return said.message.params["end"].strip()


def _key(text: str) -> str:
    """A head as compared with the title: its letters and figures, spaces and hyphens aside,
    for the UN's heads slip where the title does not ("non nuclear-weapon States" above
    "73/29. ... non-nuclear-weapon States", A/RES/73/29)."""
    return re.sub(_GAP, "", text)


# a head that slips a word from a title this long is still the head
_SLIP_LEAST = 6


def _slipped(line: str, title: str) -> bool:
    """Whether ``line`` is the title with one word dropped, added or changed, as the UN's
    heads slip: "International Day of Remembrance and Tribute to the Victims of Terrorism"
    above "72/165. International Day of Remembrance of and Tribute to the Victims of
    Terrorism" (A/RES/72/165). Both folded; a line ending a sentence is none."""
    words, title_words = line.split(), title.split()
    if len(title_words) < _SLIP_LEAST or line.endswith(_FINAL) or abs(len(words) - len(title_words)) > 1:
        return False
    if words[0] != title_words[0] or words[-1] != title_words[-1]:  # a word inside slips
        return False
    same = sum(
        b.size for b in SequenceMatcher(None, words, title_words, autojunk=False).get_matching_blocks()
    )
    return same >= max(len(words), len(title_words)) - 1


_SYMBOL_AT_END = re.compile(r"^[A-Z]/RES/\S+\s+|\s+[A-Z]/RES/\S+$")
_LEADING_SYMBOL = re.compile(r"[A-Z]/RES/\S+\s+")


def _head_before(plain: str, title: str, least: int = 4) -> str:
    """The title's first words (``least`` of them or more) at the start of ``plain`` when a
    lower-case word that is not the title's next follows them: a running head with the cut
    paragraph's rest after it (after the symbol, two words will do)."""
    words, title_words = plain.split(), title.split()
    k = 0
    while k < min(len(words), len(title_words)) and words[k].casefold() == title_words[k]:
        k += 1
    if k < least or k >= len(words) or not words[k][:1].islower():
        return ""
    # as the copy spaces it: a title's no-break space is one in its head too ("an arms race
    # in\u202fouter space", A/RES/80/21)
    return plain[: list(re.finditer(r"\S+", plain))[k - 1].end()]


def _cut_at_page_end(before: str, head: str) -> bool:
    """The paragraph before a running head stops mid-sentence (no final punctuation)."""
    return bool(before) and not before.endswith(_FINAL) and before != head


def _goes_on(text: str) -> bool:
    """A paragraph that continues the one before: a small letter, a bracket opening words
    that are no label ("(hereinafter referred to as “Crimea”), by ...", A/RES/74/17; never
    "(a)" or "(iv)"), an abbreviation in brackets and a small letter after it ("... the
    coronavirus disease" / "(COVID-19) pandemic, stressing ...", A/RES/75/190; never "(A)"),
    or a number that is not a paragraph label ("1996, 52/10 of 5 November 1997, ...", never
    "5. Decides")."""
    if text[:1].islower() or re.match(r"\((?![a-z]{1,6}\))[a-z]|\([A-Z][\w-]+\) [a-z]", text):
        return True
    return bool(re.match(r"\d+(?:[,/ ]|$)", text)) and not OPERATIVE_LABEL.match(text)


def join_cut(rest: list[str], report: list[str]) -> list[str]:
    """Paragraphs cut by a page break whose rest starts with a capital letter or a number,
    joined again (A/C.4/80/L.5: "... and the Universal" / "Declaration of Human Rights";
    A/RES/80/24: "... and in Vienna on" / "8 and 9 December 2014 ...")."""
    out: list[str] = []
    for raw in rest:
        plain = strip_markup(raw).strip()
        before = strip_markup(out[-1]).strip() if out else ""
        # a table's row is no paragraph a page cut: "... | GS (PL) | 2 |" / "Abbreviations: GS
        # (OL), General Service (Other level); ..." under the staffing table (A/C.5/80/L.5)
        if (
            out
            and not row_cells(out[-1])
            and (
                (_stops_mid_sentence(before) and (_begins_no_paragraph(plain) or _name_cut(before, plain)))
                or _cut_after_comma(before, plain)
            )
        ):
            before = strip_markup(out[-1]).rstrip()
            report.append(Said("import.page-break", end=before[-30:], start=plain[:30]))
            out[-1] = out[-1].rstrip() + " " + raw.lstrip()
            continue
        out.append(raw)
    return out


def _name_cut(before: str, plain: str) -> bool:
    """A name in capitals cut by the page: "... for Combating Certain Crimes" / "Committed by
    Means of Information and Communications Technology Systems ..." (A/RES/79/243 quoting
    the title of the convention it adopts). The rest's first word reads as an opening phrase,
    but the name's capitals go on after it, the paragraph before ends in one, and the rest
    ends as a paragraph does."""
    words = plain.split()[:3]
    return (
        before.split()[-1][:1].isupper()
        and len(words) == 3
        and any(w[:1].isupper() for w in words[1:])
        and plain.endswith(_FINAL)  # a heading, short and unpunctuated, is no cut's rest
        and not (
            OPERATIVE_LABEL.match(plain) or label_start(plain) or ANNEX.match(plain) or standalone(plain)
        )
    )


def _cut_after_comma(before: str, plain: str) -> bool:
    """A list of citations cut by a page after one of its commas ("... 1979 (2011) on 27
    April 2011," / "2044 (2012) on 24 April 2012, ...", A/RES/80/89): no paragraph begins
    with a number that is not its label."""
    return before.endswith(",") and plain[:1].isdigit() and _goes_on(plain) and plain.endswith(_FINAL)


def _stops_mid_sentence(plain: str) -> bool:
    """A paragraph (it begins with a label or a known opening phrase, and is longer than a
    heading) that has no final punctuation: a page break cut it."""
    if plain.endswith(_FINAL) or len(plain.split()) < _MIN_CUT_WORDS or standalone(plain):
        return False
    labelled = OPERATIVE_LABEL.match(plain) or label_start(plain)
    return bool(labelled or known_opening(plain))


def _begins_no_paragraph(plain: str) -> bool:
    """Text that cannot start a paragraph of its own: no label ("3.", "(a)", "A.", "IV."), no
    known opening phrase, no masthead or annex line, and no heading: a heading is short and
    has no final punctuation, the rest of a cut paragraph ends like a paragraph."""
    if not plain or OPERATIVE_LABEL.match(plain) or label_start(plain) or ANNEX.match(plain):
        return False
    if standalone(plain) or known_opening(plain) or plain.startswith(("[", "*")):
        return False
    if _SECTION_LABEL.match(plain) or (not plain.endswith(_FINAL) and len(plain.split()) <= _HEADING_WORDS):
        return False
    # the rest may open with a quotation the page cut from its "entitled" ("... agenda,
    # entitled" / "“Transforming our world: ...”, and the Addis ...", A/RES/78/175)
    first = plain.lstrip(_OPEN_QUOTES)[:1]
    return first.isupper() or (plain[:1].isdigit() and _goes_on(plain))
