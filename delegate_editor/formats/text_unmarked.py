"""Notes whose mark the first reading of the text did not find (``text_notes.link_marks``).

A mark the copy kept in a form the first pass does not read as a mark ("Development, 38
States", "55/197", "10.24 Furthermore") is looked for again between the marks of the notes
around it, and taken only when one number stands so there. A note still without a mark is
kept, its mark put after the paragraph that cites the note before it, and reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.text_inline import quoted_before, strip_markup
from delegate_editor.formats.text_lines import Para, escape_plain
from delegate_editor.formats.text_mark_place import NEXT_CLAUSE


def place_unmarked(
    paras: list[Para], notes: dict[str, Para], cited: dict[str, Para], report: list[str]
) -> None:
    """Notes no mark cites: a PDF line "N text" past the last note cited is text again,
    unless it stands under a page's footnote rule ("6 See resolution 70/1." whose mark the
    copy lost, A/C.3/80/L.21); any other note is kept, its mark put after the paragraph that
    cites the note before it."""
    top = max((int(n) for n in cited), default=0)
    for number in sorted(notes, key=int):
        para = notes[number]
        if number in cited:
            if para.kind == "cand":
                para.kind, para.text = "note", escape_plain(para.text)
            continue
        if para.kind == "cand" and int(number) > top and not para.ruled:
            para.kind, para.text = "text", f"{para.mark} {para.text}"
            continue
        lower = [int(n) for n in cited if int(n) < int(number)]
        host = cited[str(max(lower))] if lower else _before_first_cited(paras, cited)
        if host is None:
            para.kind, para.text = "text", f"{para.mark} {para.text}"
            continue
        if para.kind == "cand":
            para.kind, para.text = "note", escape_plain(para.text)
        host.text += f"[^{number}]"
        cited[number] = host
        report.append(Said("import.note-no-mark", number=number, start=host.text[:40]))


def look_again(
    paras: list[Para], notes: dict[str, Para], cited: dict[str, Para], report: list[str]
) -> list[int]:
    """The note whose mark a second look (:func:`_mark_between`) found where the first
    reading did not (none: an empty list); the mark found is put in the text."""
    top = max((int(n) for n in cited), default=0)
    for number in sorted(notes, key=int):
        para = notes[number]
        if number in cited or (para.kind == "cand" and int(number) > top and not para.ruled):
            continue
        if any(int(n) < int(number) for n in cited) and _mark_between(paras, cited, number, report, para):
            # one at a time: with its mark in, the first reading may find the next note's
            # ("5/64 of" for note 4, then "Flora 5 as" for note 5, A/RES/79/313), where a
            # second look would take a number of the text ("61/295 of")
            return [int(number)]
    return []


def _mark_between(
    paras: list[Para], cited: dict[str, Para], number: str, report: list[str], note: Para
) -> bool:
    """A note's number after a comma, before a capital, read as the text's own number on the
    first pass ("in the Sevilla Commitment of the Fourth International Conference on
    Financing for Development, 38 States expressed their resolve", A/C.6/80/L.10), or after
    the year its note begins with ("the Final Documents of the 2000 7 and the 2010 8 Review
    Conferences", notes "2000 Review Conference ..." and "2010 Review Conference ...",
    A/C.1/80/L.55), or run into a number ("under model strategy 10.24 Furthermore",
    A/C.3/80/L.8; "Human Rights Council resolution 55/197 and", A/C.3/80/L.30; "at least
    56514 humanitarian workers", A/C.4/80/L.16), or after one ("resolutions 5/1 3 and 5/64 of
    2 March 2022", notes 3 and 4, A/RES/79/313): when it is the one number N standing so
    between the marks of notes N-1 and N+1, it is the mark of note N, which no other mark
    cites. A note at a page's foot has its mark above it, never pages on ("73/343" in a list
    of resolutions, A/RES/79/313)."""
    texts = [p for p in paras if p.kind == "text"]
    lower = cited[str(max(int(n) for n in cited if int(n) < int(number)))]
    higher = [int(n) for n in cited if int(n) > int(number)]
    bound = cited[str(min(higher))] if higher else None
    first = next(i for i, p in enumerate(texts) if p is lower)
    last = next(i for i, p in enumerate(texts) if p is bound) if bound else len(texts) - 1
    if note.kind == "cand":
        above = next(i for i, p in enumerate(paras) if p is note)
        last = min(last, sum(1 for p in paras[:above] if p.kind == "text") - 1)
    pattern = re.compile(
        rf"(?<=[\w”’)\]],) {number} {{1,2}}(?=[A-Z])"  # "2  Rarotonga": raised
        rf"|(?:(?<=[a-z] \d\.)|(?<=[a-z] \d\d\.)){number}(?= [A-Z])"  # "strategy 10.24 Furthermore"
        rf"|(?<=/\d\d){number}(?=[\s,;.])"  # run into a symbol: "resolution 55/197", "VII/1115"
        rf"|(?<=[IVXL]/\d){number}(?=[\s,;.])"  # "decision XIII/136 and" (XIII/1, note 36, A/RES/72/221)
        # apart after a name's comma, before the next clause: "Particularly in Africa, 37 and
        # the" (A/RES/72/221), never a count ("Member States, 6 from African States")
        rf"|(?<=[a-z]), {number}(?= {NEXT_CLAUSE})"
        # after a resolution's number, run into it or apart: "resolutions 5/1 3 and 5/64 of"
        # (A/RES/79/313), "resolution S-35/16 and" (A/RES/79/183), "5/7 27 and 5/8 28 of"
        rf"|(?<=\d/\d){number}(?= (?:of|and)\b)"
        # or a decision's, its session in Roman figures: "decision VII/11 9 and other" (A/RES/73/125)
        rf"|(?:(?<=[\dIVX]/\d)|(?<=[\dIVX]/\d\d)|(?<=\d/\d\d\d)) {number}(?= (?:and|or|of)\b)"
        rf"|(?<=[A-Z][-\u2011]\d\d){number}(?=[\s,;.])"  # or a name: "on COVID‑1916 and commits"
        # or a decision's symbol: "the request in decision 1/CP.2124 of the Conference" (note
        # 24, A/RES/74/219)
        rf"|(?:(?<=/[A-Z]{{2}}\.\d)|(?<=/[A-Z]{{2}}\.\d\d)|(?<=/[A-Z]{{3}}\.\d)|(?<=/[A-Z]{{3}}\.\d\d))"
        rf"(?:{number}(?=[\s,;.])| {number}(?= (?:and|or|of)\b))"  # or apart: "decision 1/CP.13 31 and" (A/RES/76/205)
        rf"|(?<=\b(?:19|20)\d\d) {number}(?= [a-z])"  # after a year: "since 2011 66 resulting from"
        # run into a count of three figures, never a year: "at least 56514 humanitarian
        # workers" (565 and note 14, A/C.4/80/L.16)
        rf"|(?<=\b\d\d\d)(?<!\b19\d)(?<!\b20\d){number}(?= [a-z])"
    )
    if year := re.match(r"(?:19|20)\d\d\b", note.text):
        pattern = re.compile(rf"{pattern.pattern}|(?<=\b{year.group()}) {number}(?= )")
    found = []
    for para in texts[first : last + 1]:
        begin = para.text.find(f"[^{int(number) - 1}]") if para is lower else 0
        end = para.text.find(f"[^{min(higher)}]") if para is bound else len(para.text)
        found += [(para, m) for m in pattern.finditer(para.text) if begin <= m.start() and m.end() <= end]
    if len(found) != 1:
        return False
    para, m = found[0]
    after = " " if m.group().endswith(" ") else ""
    para.text = f"{para.text[: m.start()]}[^{number}]{after}{para.text[m.end() :]}"
    cited[number] = para
    report.append(Said("import.note-mark-number", number=number, context=quoted_before(para.text, m.start())))
    return True


def _before_first_cited(paras: list[Para], cited: dict[str, Para]) -> Para | None:
    """Where a note before every cited one goes: the paragraph before the one citing the
    first cited note, if it ends as a body paragraph does (never a masthead line such as
    "General Assembly Distr.: General 3 December 2025", which the header takes with its
    mark); else the first paragraph of text."""
    texts = [p for p in paras if p.kind == "text"]
    first = cited[min(cited, key=int)] if cited else None
    at = next((i for i, p in enumerate(texts) if p is first), 0)
    if at and strip_markup(texts[at - 1].text).rstrip().endswith((",", ";", ".", ":")):
        return texts[at - 1]
    return texts[0] if texts else None


def glued_later(text: str, number: str, after: int, mark_at: Callable[[str, int, int, bool], bool]) -> bool:
    """Whether ``number``, a candidate mark standing apart ("States, 5 from Asia-Pacific
    States"), comes again later in the paragraph glued to the word or the punctuation before
    it where a mark can stand ("... beginning on 1 January 2024;5", A/RES/78/107): the glued
    one is the mark, the first a quantity of the text, so one misread number never takes the
    note from its place. Only up to the next reference found, and up to the next note's mark
    glued so: "Effects 1 and its amended article 1,2 the Protocol ... (Protocol I),1"
    (A/RES/74/76) cites note 1 apart, note 2, then note 1 again."""
    stop = text.find("[^", after)
    stop = len(text) if stop < 0 else stop
    for m in re.finditer(r"(?<=[A-Za-z)\]”’;:,.])(\d{1,3})(?!\d)", text[after:stop]):
        start = after + m.start()
        if m.group(1) == number and mark_at(text, start, start + len(number), True):
            return True
        if int(m.group(1)) > int(number) and mark_at(text, start, after + m.end(), True):
            return False
    return False
