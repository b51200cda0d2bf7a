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
from delegate_editor.formats.text import rich_from
from delegate_editor.formats.text_inline import quoted_before
from delegate_editor.formats.text_lines import (
    CUSTOM_NOTE,
    DATE,
    MONTH,
    NOTE_DEF,
    PDF_NOTE,
    Para,
    standalone,
)
from delegate_editor.formats.text_mark_at import mark_at
from delegate_editor.formats.text_marks_again import marks_again
from delegate_editor.formats.text_unmarked import glued_later, look_again, place_unmarked
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
# or Agenda 21's ("“The future we want”, 1 Agenda 212 and the Plan", A/C.2/80/L.40), or a
# Goal's ("Sustainable Development Goal 714 and", A/RES/73/236: Goal 7, note 14)
_TOKEN = re.compile(
    r"\[\^(\d+)\]|(?<![\d/^])(?!(?<=Agenda )21\d|(?<=Goal )\d{3})(\d{1,3})(?![\d/\]])|(?<![\d/])(?:19|20)\d\d(\d{1,3})(?![\d/])"
    r"|(?:(?<![\w/.])\d{1,2}/(?=\d{4})|(?<=[IVXLC]\.)|(?<=\bAgenda )(?=21\d)|(?<=\bGoal )(?=\d{3}))(\d{3,5})(?![\d/])"
)


# how a note (or a sentence) ends: one that stops otherwise goes on in its next line
NOTE_ENDED = (".", ";", "!", "?")


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
    _marks_first_on_their_line(paras, report)
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
            if not year_glued and not mark_at(para.text, start, m.end(), n == expected):
                continue
            if (para.text[start - 1 : start].isspace() or m.group(4)) and glued_later(
                para.text, number, m.end(), mark_at
            ):
                # "6 from African States, 5 from ..." / "... 1 January 2024;5" (A/RES/78/107);
                # "resolution 6/2021 of 18 June 2021, adopted ... at its forty-second
                # session,1" (A/RES/76/256): the symbol whole, the glued one the mark
                continue
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
                Said("import.note-mark-number", number=number, context=quoted_before(para.text, cut))
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
            and not prev.text.rstrip().endswith(NOTE_ENDED)
        ):
            prev.text = f"{prev.text.rstrip()} {para.mark} {para.text.lstrip()}"
            joined.add(id(para))
            report.append(Said("import.note-line-joined", number=prev.mark, line=para.mark))
            continue
        prev = para
    if joined:
        paras[:] = [p for p in paras if id(p) not in joined]


def _marks_first_on_their_line(paras: list[Para], report: list[str]) -> None:
    """A note line above a page's rule whose number the notes under that rule also have, right
    under a line of text with no blank line between, is that text going on with a mark the
    copy printed first on its line: "... 33/13 of 29 September 2016," / "3  36/14 of 28
    September 2017" / "4  and 39/13 of" / "28 September 2018,5" (A/RES/73/156, notes 3 and 4
    under the rule below). Joined back, the marks are read where they stand."""
    kept: list[Para] = []
    for i, para in enumerate(paras):
        above = kept[-1] if kept else None
        if (
            para.kind == "cand"
            and not para.ruled
            and para.mark in _next_rule_notes(paras, i)
            and para.tight
            and above is not None
            and above.kind == "text"
            and not above.text.rstrip().endswith(".")
            and above.text.count("(") <= above.text.count(")")  # a count inside a bracket:
        ):  # "28 posts (1 Assistant Secretary-General," / "1 D-1, 3 P-5, ..." (A/RES/78/273)
            glue = "" if above.text.rstrip().endswith((",", ";")) else " "
            above.text = f"{above.text.rstrip()}{glue}{para.mark} {para.text}"
            report.append(Said("import.mark-line-start", number=para.mark, start=para.text[:40]))
            continue
        kept.append(para)
    paras[:] = kept


def _next_rule_notes(paras: list[Para], i: int) -> set[str]:
    """The numbers of the notes under the first page rule after ``paras[i]``: the notes of
    that line's own page (a count of posts starting a line, "6 D-1, 21 P-5", A/RES/80/242, is
    not followed by its own number's note)."""
    start = next((k for k in range(i + 1, len(paras)) if paras[k].kind == "cand" and paras[k].ruled), None)
    if start is None:
        return set()
    block = set()
    for para in paras[start:]:
        if para.kind != "cand" or not para.ruled:
            break
        block.add(para.mark)
    return block


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
