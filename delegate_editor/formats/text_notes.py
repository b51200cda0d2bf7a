"""Footnote marks in copied text: which numbers are marks, and which note each one cites.

Text copied from a PDF loses the superscript: a mark becomes a number glued to the word
("Declaration,1 and", "1996,1", "2024;21") or standing apart ("Rights, 2  the"). A number
that belongs to the text ("Rev.1", "resolution 35/142 B", "Article 26,", "2030 Agenda",
"para. 7)") must never be read as a mark. Two rules keep them apart:

- a number is a mark only where a mark can stand (after a word, a closing quote or bracket,
  or punctuation after one), never after a word that numbers things ("Article", "No.") or
  in a line's label ("Action 11. We ...") or inside a symbol ("A/80/L.2/Rev.1");
- marks are read in order against the note lines, and a number is taken only when a note
  of that number exists, is not cited yet, and comes next or within a short skip. A mark
  the copy lost therefore never shifts the notes after it: the next mark found resumes the
  order. A note whose mark was not found is kept, placed after the paragraph that cites the
  note before it, and reported. Every guess is a line of the import report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.wording import MONTHS
from delegate_editor.formats.text import rich_from
from delegate_editor.formats.text_lines import (
    COUNTING_WORDS,
    CUSTOM_NOTE,
    DATE,
    MONTH,
    NOTE_DEF,
    OWN_LABEL,
    PDF_NOTE,
    Para,
    standalone,
)
from delegate_editor.formats.text_mark_place import (
    ABBREVIATED,
    GLUED_WORDS,
    glued_before_word,
    in_counted_list,
    in_figure,
    word_before,
)
from delegate_editor.formats.text_marks_again import marks_again
from delegate_editor.formats.text_unmarked import context_before, glued_later, look_again, place_unmarked
from delegate_editor.model.document import new_id
from delegate_editor.model.text import Inline, NoteRef, RichText, Run, normalize


@dataclass
class Notes:
    """The notes of a text being read: their texts, the ids given to the numbers, the marks."""

    numbered: dict[str, str] = field(default_factory=dict)  # "1" → marked-up text
    custom: dict[str, str] = field(default_factory=dict)  # "*" → text
    ids: dict[str, str] = field(default_factory=dict)  # "1" → footnote id
    used: set[str] = field(default_factory=set)  # asterisk notes the front matter took
    symbols: dict[str, str] = field(default_factory=dict)  # "3" → "**": printed with that mark

    def rich(self, text: str) -> RichText:
        out: list[Inline] = []
        for item in rich_from(text, {}):
            if isinstance(item, NoteRef):
                if item.note_id in self.numbered:
                    out.append(NoteRef(self.ids.setdefault(item.note_id, new_id())))
                else:  # a reference without a footnote line stays as written
                    out.append(Run(f"[^{item.note_id}]"))
            else:
                out.append(item)
        return normalize(out)


_SKIP = 3  # a mark may follow the last one found by up to this many lost marks
# a note reference; a number; a year with the next note's number run into it ("20286"), a
# resolution's ("resolution 59/3009", A/RES/80/160), a paragraph's ("VIII.7441", A/RES/80/242)
# or Agenda 21's ("“The future we want”, 1 Agenda 212 and the Plan", A/C.2/80/L.40)
_TOKEN = re.compile(
    r"\[\^(\d+)\]|(?<![\d/^])(?!(?<=Agenda )21\d)(\d{1,3})(?![\d/\]])|(?<![\d/])(?:19|20)\d\d(\d{1,3})(?![\d/])"
    r"|(?:(?<![\w/.])\d{1,2}/(?=\d{4})|(?<=[IVXLC]\.)|(?<=\bAgenda )(?=21\d))(\d{3,5})(?![\d/])"
)
# after these lower-case words a number is a quantity or a date, never a mark ("from 2 to")
_QUANTITY_WORDS = frozenset(
    "from to of and or the by than about over under all some with at in on "
    "between first last next every per nearly almost least most only into for".split()
)
# what a number before them counts: "the estimated annual 4 trillion dollar financing gap"
# (A/C.2/80/L.4, note 4's mark two lines on) is a quantity, never a mark
_MAGNITUDES = frozenset("hundred thousand million billion trillion per percent".split())
_CLOSERS = ")”’\"'"


_NEXT_MARK_BESIDE = re.compile(r"\s*[A-Za-z][^\s\[\d]*(?:\[\^(\d+)\]|(\d{1,3})(?!\d))")
_NEXT_MARK_SOON = re.compile(r"\s+[A-Z][^\s\[,;]*(?:\s+[^\s\[,;]+){0,2}[,;](?:\[\^(\d+)\]|(\d{1,3})(?!\d))")
_NUMBER_END = re.compile(r"\b(?:19|20)\d\d$|[A-Za-z][-\u2011]\d+$")  # a year, or "COVID-19"
_ORDINAL = re.compile(
    r"\b(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|[a-z]+teenth|[a-z]+tieth|\d+(?:st|nd|rd|th)) $"
)
_FULL_DATE = re.compile(r"\b\d{1,2} (?:" + "|".join(MONTHS) + r") (?:19|20)\d\d$")


def _mark_at(text: str, start: int, end: int, next_note: bool = False) -> bool:
    """Whether the number at ``text[start:end]`` stands where a footnote mark stands;
    ``next_note``: it is the number of the very next note (none skipped)."""
    after = text[end] if end < len(text) else " "
    if after == "." and text[end + 1 : end + 2].isdigit():
        return False  # "France 3.858" (a table's rate, A/RES/79/249), "Goal 16.4": a decimal
    if in_figure(text, start, end):
        return False  # a group of a figure: "the Force, 4,995,400 dollars" (A/RES/78/304)
    # two spaces after a number standing apart: the copy's trace of a raised mark ("the
    # Paris Agreement 4  and", "previous resolutions 2  on", A/C.2/80/L.9)
    raised = text[end : end + 2] == "  "
    # glued to the next word: a raised mark, never a count ("resolutions 3on the", A/RES/80/129)
    glued = glued_before_word(text, start, end, next_note)
    if not (after.isspace() or after in ",.;:)]" or glued):
        return False
    if start == 0:
        return False
    word = word_before(text, start)
    before = text[start - 1]
    label = OWN_LABEL.match(text, text.rfind("\n", 0, start) + 1)
    if label and label.end() == end + 3 and not raised:
        return False  # a line's label of its own: "Action 11. We will protect ..." (A/RES/79/1)
    # inside a symbol ("A/80/L.2/Rev.1") a number is the symbol's; after its comma ("79/45,1"),
    # a semicolon ("2024/25; 4", A/RES/80/6) or raised as the next note's ("71/205 19  and") a mark
    # (a name of letters is no symbol: "the Declaration of Commitment on HIV/AIDS7 and", A/RES/78/182)
    named = re.fullmatch(r"[A-Za-z]+(?:/[A-Za-z]+)+", word) is not None
    if (
        "/" in word
        and before not in ",;"
        and not word.endswith((",", ";"))
        and not (raised and next_note or named)
    ):
        return False
    # "Article 26", "para. 7", "No.1" count; "session,1" is a mark after the comma
    counted = not word.endswith((",", ";", ":"))  # "session; 1" is a mark after the semicolon
    if word.endswith(".") and word.rstrip(".").lower() not in ABBREVIATED:
        counted = False  # "Principles. 13 We" (A/RES/80/9, A/80/L.8): the sentence's end
    # a plural counts a list ("Goals 5 and 6"); one number alone after it is the next note's
    # mark: "the Sustainable Development Goals 6 in Central Africa" (A/RES/80/212), "Goals 5
    # and to make reference" (A/C.1/80/L.11)
    alone = (
        next_note
        and word.endswith("s")
        and re.match(r" (?:(?!(?:and|or|to)\b)[a-z]|(?:and|or) (?!\d))", text[end:])
    )
    # a thing an ordinal numbers already: "at its eighth session 40 for the purpose" (A/80/L.22)
    ordinal = next_note and _ORDINAL.search(text[: start - 1 - len(word)]) is not None
    if before in " ." and counted and word.rstrip(".").lower().strip("(") in COUNTING_WORDS:
        if not (raised and next_note) and not glued and not alone and not ordinal:
            return False
    # "included in Agenda 21, and" names a programme (A/C.2/80/L.27); after a name's own word
    # the number is a mark: "the New Urban Agenda 11 and" (A/C.2/80/L.25), "the 2030 Agenda 5"
    if (
        before == " "
        and word == "Agenda"
        and not raised
        and re.search(r"(?:^|\s)[a-z]+\s+Agenda\s*$", text[:start])
    ):
        return False
    if before.isspace() and in_counted_list(text, start, end) and not (raised and next_note):
        return False  # "agenda items 5, 6 and 7": the list a counting word opened
    if before.isspace():  # "Rights, 2  the": apart from the word it follows
        prev = text[: start - 1].rstrip()
        if not raised and (text[end:].split(maxsplit=1) or [""])[0].lower() in _MAGNITUDES:
            return False
        # after punctuation or a word ("Rights, 2  the"), never a quantity word ("from 2 to")
        # (but an ordinal's raised mark before "and": "the first 1  and second annual
        # progress reports", A/RES/78/16)
        apart = raised and next_note and text[end:].split(maxsplit=1)[:1] == ["and"]
        if not prev or (word.lower() in _QUANTITY_WORDS and not (apart and _ORDINAL.search(text[:start]))):
            return False
        # after a sentence's full stop, the very next note only ("the Paris Principles. 13 We
        # will", A/RES/80/9), or a year's ("Decade 2014–2024. 11  The", A/RES/79/233; "2030. 14", 79/323)
        stop = prev[-2:-1]
        full_stop = next_note and prev[-1] == "." and (stop.isalnum() or stop in _CLOSERS)  # "want”. 5"
        # after a year, the very next note's number raised ("the Geneva Conventions of 12
        # August 1949 2  and", A/80/L.18)
        year = raised and next_note and re.search(r"\b(?:19|20)\d\d$", prev) is not None
        # or not raised, before a small word that goes on: "Disaster Risk Reduction 2015–2030 7
        # and the New Urban Agenda" (A/RES/80/132), "on COVID-19 13 and commits" (A/C.2/80/L.5)
        small_next = (text[end:].split(maxsplit=1) or [""])[0] in GLUED_WORDS
        year = year or (next_note and small_next and _NUMBER_END.search(prev) is not None)
        # or after a whole date, raised or not: "(Third Committee) dated 20 October 2025 6
        # and the Special ..." (A/C.5/80/L.9): no number of the text follows a date
        year = year or (next_note and _FULL_DATE.search(prev) is not None)
        # or ending the paragraph after a year: "the report of the International Atomic
        # Energy Agency for 2022 1" (A/RES/78/8, the UN's comma missing)
        year = year or (next_note and not text[end:].strip() and _NUMBER_END.search(prev) is not None)
        year = year or (raised and next_note and "/" in word)  # or a symbol: "71/205 19  and"
        if not (prev[-1].isalpha() or prev[-1] in ",;:" + _CLOSERS or full_stop or year):
            return False
        # a number after a word skips no note unless the copy shows it raised: "the
        # estimated annual 4 trillion" (A/C.2/80/L.9, note 4 on the next page) and "there are
        # 2 nuclear-weapon States" (A/RES/80/70, before note 1's mark) are quantities
        if prev[-1].isalpha() and not (next_note or raised):
            return False
        # the text goes on in lower case, as after a mark; "General 3 December" or "Phase 2
        # Report" is the text's own number
        follows = text[end:].lstrip()[:1]
        if not follows or follows.islower() or follows in ",.;:(“":
            return True
        # after a closing quote or bracket, or a sentence's end, the very next note's number
        # is its mark before a capital too ("... of the Disarmament Commission”, 2 Assembly
        # decision 52/492", A/RES/80/66), unless a month follows: "”, 2 December" is a date
        # and so is a raised number after a comma or a semicolon: "the Treaties of
        # Tlatelolco, 6  Rarotonga, 7  Bangkok 8  and Pelindaba 9" (A/C.1/80/L.25)
        following = text[end:].split(maxsplit=1)[0].strip(",.;:")
        closed = prev.rstrip(",;:")[-1:] in _CLOSERS or full_stop or (raised and prev[-1] in ",;")
        # between a comma and a number, a number stands for nothing in the text: "the returns
        # of Member States for 2021, 1 2022,2 20233 and 2024,4" (A/RES/80/28)
        closed = closed or (prev[-1] == "," and following[:1].isdigit())
        # and before a word whose mark is the next note's, already read or still glued to
        # it: "the treaties of Tlatelolco, Rarotonga, 3 Bangkok[^4]" (A/RES/80/15), "in
        # Ltamenah, 14 Saraqib15 and Duma,16" (A/RES/80/34)
        # or a few words on, glued to a comma: "the Rio Declaration on Environment and
        # Development, 1 Agenda 21,2 the Programme ..." (A/C.2/80/L.41); a mark standing apart
        # after the comma ("Tlatelolco, 2 Rarotonga, 3") may follow a number of the text
        if prev[-1] == ",":
            nexts = (_NEXT_MARK_BESIDE.match(text, end), _NEXT_MARK_SOON.match(text, end))
            closed = closed or any(
                m is not None and int(m.group(1) or m.group(2)) == int(text[start:end]) + 1 for m in nexts
            )
        return next_note and closed and following not in MONTHS
    if before.isalpha() or before in _CLOSERS:
        return True
    if before == "." and next_note and re.search(r"\b(?:19|20)\d\d\.$", text[:start]) and after.isspace():
        return True  # after a year ending a sentence: "no later than February 2025.14" (A/RES/78/128)
    if before == "." and text[start - 2 : start - 1].isdigit():
        return False  # "2.1": a decimal or a section number
    if before == "." and re.fullmatch(r"[A-Z]\.", word):
        return False  # "GC(69)/RES/9 A.2": a part of a symbol (A/RES/80/7)
    if before in ".,;:" and start >= 2:
        return text[start - 2].isalnum() or text[start - 2] in _CLOSERS
    return False


def note_line(line: str) -> Para | None:
    """A note's line of a copied text, or None: "[^3]: text" (Markdown), "*  On behalf of"
    (a mark of its own), or a PDF's "3  text" at a page's foot, a candidate until a mark in
    the text cites it (:func:`link_marks`)."""
    m = NOTE_DEF.match(line)
    if m:
        return Para("note", m.group(2), m.group(1))
    m = CUSTOM_NOTE.match(line)
    if m:
        return Para("custom", m.group(2), m.group(1))
    m = PDF_NOTE.match(line)
    # a date ("6 October") or a time ("3 p.m.", a programme of work) is no note line
    if m and not DATE.match(line) and not re.match(r"\d+ (?:" + MONTH + r"\b|[ap]\.m\.)", line):
        return Para("cand", m.group(2), m.group(1))
    return None


def link_marks(paras: list[Para]) -> list[str]:
    """Turn footnote numbers in the text into ``[^N]`` references (see the module
    docstring), keep every note line, and return the report of the guesses made."""
    report: list[str] = []
    _rejoin_split_notes(paras, report)
    # a number twice: a "[^8]:" note or a note line under a page's rule ("8 See resolution
    # 50/245 and A/50/1027.") outranks a page top's number ("8 and 9 December 2014 and ...",
    # A/RES/80/24, in both copies): that is the text's own, and the marks in it are read
    explicit, notes = {p.mark for p in paras if p.kind == "note"}, {}
    for p in (p for p in paras if p.kind in ("cand", "note")):
        if p.kind == "cand" and (p.mark in explicit or (p.mark in notes and notes[p.mark].ruled > p.ruled)):
            p.kind, p.text = "text", f"{p.mark} {p.text}"
        else:
            notes[p.mark] = p
    if not notes:
        return report
    texts = [p for p in paras if p.kind == "text" and not standalone(p.text)]
    cited: dict[str, Para] = {}
    for para in texts:
        for m in re.finditer(r"\[\^(\d+)\]", para.text):
            cited.setdefault(m.group(1), para)
    apart: set[str] = set()  # notes whose mark the first reading took standing apart
    _read_marks(texts, notes, cited, report, apart=apart)
    # a mark found on a second look makes the one after it the very next note: "on COVID‑1916
    # and commits" (note 16), then "welcomes that the Parties 17 urged" (A/RES/80/150)
    # (only the notes after it: one before it stays as uncertain as the first reading left it)
    while found := look_again(paras, notes, cited, report):
        _read_marks(texts, notes, cited, report, above=min(found), apart=apart)
    marks_again(texts, notes, cited, report, apart)
    place_unmarked(paras, notes, cited, report)
    for para in paras:  # a second line "10 a.m." is text, whatever the first one was
        if para.kind == "cand":
            para.kind, para.text = "text", f"{para.mark} {para.text}"
    return report


def _read_marks(
    texts: list[Para],
    notes: dict[str, Para],
    cited: dict[str, Para],
    report: list[str],
    above: int = 0,
    apart: set[str] | None = None,
) -> None:
    """The first reading: each number where a mark can stand, in the notes' order; a second
    reading takes only the marks of notes numbered ``above`` the one it starts from."""
    expected = 1
    for para in texts:
        out, last = [], 0
        for m in _TOKEN.finditer(para.text):
            if m.group(1):
                expected = max(expected, int(m.group(1)) + 1)
                continue
            if m.group(4):  # "59/3009" (resolution 59/300) or "VIII.7441", then the very next note
                number = str(expected)
                if not m.group(4).endswith(number) or not 1 <= len(m.group(4)) - len(number) <= 3:
                    continue
            # run into a number: "2025–20286" (the year, then note 6) or "59/3009"
            year_glued = m.group(3) is not None or m.group(4) is not None
            number = number if m.group(4) else m.group(3) if m.group(3) else m.group(2)
            start = m.end() - len(number) if m.group(4) else m.start(3) if m.group(3) else m.start(2)
            n = int(number)
            window = expected + 1 if year_glued else expected + _SKIP
            if not (expected <= n < window) or number not in notes or number in cited or n <= above:
                continue
            if not year_glued and not _mark_at(para.text, start, m.end(), n == expected):
                continue
            if para.text[start - 1 : start].isspace() and glued_later(para.text, number, m.end(), _mark_at):
                continue  # "6 from African States, 5 from ..." / "... 1 January 2024;5" (A/RES/78/107)
            if year_glued and not (m.end() == len(para.text) or not para.text[m.end()].isalnum()):
                continue
            cut = start - 1 if para.text[start - 1 : start].isspace() else start
            # apart and followed by words as a quantity is ("comprise 10 plenary"); at an end, a mark
            if apart is not None and cut < start and re.match(r" [a-z0-9]", para.text[m.end() : m.end() + 2]):
                apart.add(number)
            out.append(para.text[last:cut] + f"[^{number}]")
            last = m.end()
            if para.text[last : last + 1].isalpha():  # "2and": the word gets its space back
                out.append(" ")
            while para.text[last : last + 2] == "  ":  # "Rights 1  and": one space after the mark
                last += 1
            cited[number] = para
            report.append(
                Said("import.note-mark-number", number=number, context=context_before(para.text, cut))
            )
            expected = n + 1
        if out:
            para.text = "".join(out) + para.text[last:]


def _rejoin_split_notes(paras: list[Para], report: list[str]) -> None:
    """A note line whose number breaks the notes' order, right after a note that stops
    mid-sentence and before the note that order expects, is that note's next line: the copy
    took the year a wrapped line starts with for a note number ("[^10]: Report of the
    International Conference on Population and Development, Cairo, 5–13 September" then
    "[^1994]: (United Nations publication, ...)", A/RES/80/10). No mark in the text cites it."""
    cited = {m for p in paras if p.kind == "text" for m in re.findall(r"\[\^(\d+)\]", p.text)}
    notes = [p for p in paras if p.kind == "note" and p.mark.isdigit()]
    joined: set[int] = set()
    prev: Para | None = None
    for i, para in enumerate(notes):
        after = notes[i + 1] if i + 1 < len(notes) else None
        if (
            prev is not None
            and int(para.mark) != int(prev.mark) + 1
            and para.mark not in cited
            and (after is None or after.mark == str(int(prev.mark) + 1))
            and not prev.text.rstrip().endswith((".", ";", "!", "?"))
        ):
            prev.text = f"{prev.text.rstrip()} {para.mark} {para.text.lstrip()}"
            joined.add(id(para))
            report.append(Said("import.note-line-joined", number=prev.mark, line=para.mark))
            continue
        prev = para
    if joined:
        paras[:] = [p for p in paras if id(p) not in joined]


def cite_asterisk_notes(
    paras: list[str],
    numbered: dict[str, str],
    custom: dict[str, str],
    used: set[str],
    symbols: dict[str, str],
) -> list[str]:
    """An asterisk note that no masthead line took ("** United Nations, Treaty Series, ...")
    and whose mark stands in the body ("the Rome Statute of the International Criminal
    Court,** and noting", A/80/L.19) becomes a note cited where its mark stands, printed with
    that mark (``Footnote.mark``), not numbered: the numbered notes keep the UN's numbers.
    ``numbered``, ``used`` and ``symbols`` (key → mark) are updated; the paragraphs are
    returned with the mark as ``[^key]``, the key one past the highest number."""
    out = list(paras)
    for mark, text in custom.items():
        if mark in used or not text.strip():
            continue
        pattern = re.compile(r"(?<=[\w.,;:)\]”’])" + re.escape(mark) + r"(?![*\w])")
        for i, para in enumerate(out):
            if pattern.search(para):
                number = str(max((int(n) for n in numbered if n.isdigit()), default=0) + 1)
                numbered[number] = text.strip()
                symbols[number] = mark
                used.add(mark)
                out[i] = pattern.sub(f"[^{number}]", para, count=1)
                break
    return out
