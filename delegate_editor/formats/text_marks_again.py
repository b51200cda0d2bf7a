"""A note's number found again once the first reading of marks is done
(:func:`text_notes.link_marks`): glued after a word's punctuation, the strongest form a mark
takes in a copied PDF.

Where the first reading took the note's mark from a number standing apart with words after
it, as a quantity stands, between the same neighbouring marks, that number was the text's
own: "the Conference shall comprise 10 plenary meetings" gave its "10" to note 10, whose mark
is "the Law of the Sea,10" (A/RES/78/128), and "girls aged 15 to 19" to note 15, marked "the
Pact for the Future,15" (A/RES/79/155). The number goes back to the text and the glued one is
the mark (a number ending its paragraph keeps its mark: "... of the Charter of the United
Nations, 2", A/RES/74/81). Anywhere else the note is cited a second time, as the UN does ("the
Treaty on the Prohibition of Nuclear Weapons;11", A/RES/74/59, note 11 first cited in the
preamble); the text form writes ``[^11]`` twice, one note.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.phrases import longest_opening
from delegate_editor.formats.text_inline import quoted_before
from delegate_editor.formats.text_lines import Para
from delegate_editor.formats.text_mark_place import ABBREVIATED, NEXT_CLAUSE, word_before

# a number glued after a word's (or a bracket's, a quotation's) comma, semicolon or colon, or
# after its full stop at the paragraph's end ("C-16/DEC.11" is a symbol: no word before it),
# or two side by side ("the reports of the Joint Inspection Unit.3,4", A/RES/72/18); or one
# apart from it at the paragraph's very end ("... contained in paragraph 165 of its report;
# 1", A/RES/74/195; "... disarmament and development; 3", A/RES/73/37)
_MARKS = r"(\d{1,3}(?:,\d{1,3})*)"
_GLUED = re.compile(
    rf"(?<=[A-Za-z)\]”’])(?:[,;:]{_MARKS}(?=\s|$)|(?<=[a-z)\]”’])\.{_MARKS}$)"
    r"|(?<=[\w)\]”’])[,;:.] (\d{1,3})$"  # after a year too: "in January 2006; 2" (A/RES/73/75)
    r"|(?<=\d)[,;:](\d{1,3})$"  # or glued, ending the paragraph: "conducted in 2014;6" (A/RES/73/115)
)
# a note cited again with its number glued to the name it follows, as the PDFs of the
# seventy-second to seventy-fourth sessions set raised marks: "the Universal Declaration of
# Human Rights1 and other instruments" (A/RES/72/136), "the Convention on Cluster Munitions2
# to join" (A/RES/72/54), "the tenth,1 fifteenth2 and twentieth3 anniversaries" (A/RES/74/235),
# "(Treaty of Pelindaba)1 on 15 July" (A/RES/72/22): after three lower-case letters, or a
# name's closing bracket, or its closing quotation mark (never "km2", "CO2", "(2024)1"), and
# not before another mark: "the relevant reports of the Secretary-Genera1,15" (A/RES/72/84)
# prints the letter l as a figure, then note 15's mark
_GLUED_WORD = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[A-Za-z]\))|(?<=[a-z.][”’]))(\d{1,3})(?=[\s;:.]|,(?![\d[])|$)"
)
# or standing apart after a name's (or a document's) comma, before the next clause's small
# word: "takes note of its annual report, 1 including the conclusions" (A/RES/73/18), "the
# International Covenant on Economic, Social and Cultural Rights, 2 the Convention on the
# Rights of the Child" (A/RES/72/134), "(Protocol III), 1 the Protocol on Blinding Laser
# Weapons" (A/RES/74/76); never a count ("Member States, 6 from African States", A/RES/78/107)
# or a date ("held in Geneva, 2 to 6 May")
_APART_AGAIN = re.compile(rf"(?:(?<=[a-z]{{3}})|(?<=\))), (\d{{1,3}})(?= {NEXT_CLAUSE})")
# or before an operative verb that goes on the paragraph: "the International Covenant on
# Civil and Political Rights, 2 expresses concern" (A/RES/72/189), "the Rome Statute of the
# Court, 9 calls upon those States" (A/RES/73/172) (the verb one of the phrase list's); or,
# after a name's last word, before a participle that opens a clause: "the Kanak people in New
# Caledonia, 3 made in the light of" (A/RES/72/104), "the Advisory Committee on
# Administrative and Budgetary Questions, 7 subject to the provisions" (A/RES/72/258), "the
# Use of Incendiary Weapons, 1 given the Protocol’s importance" (A/RES/74/76)
_APART_VERB = re.compile(r"(?:(?<=[a-z]{3})|(?<=\))), (\d{1,3})(?= [a-z])")
_PARTICIPLE = re.compile(r"(?:[a-z]{2,}(?:ing|ed)|made|given|taken|held|subject to)\b(?! \d)")
# a range of notes cited again, ending its paragraph: "... contained in the reports of the
# Board of Auditors; 1–21" (A/RES/72/8, whose notes 1 to 21 are those reports)
_RANGE = re.compile(r"(?<=[A-Za-z)\]”’])[,;:.] ?(\d{1,3})–(\d{1,3})$")


def marks_again(
    texts: list[Para], notes: dict[str, Para], cited: dict[str, Para], report: list[str], apart: set[str]
) -> None:
    """Take each cited note's number glued where a mark stands (see the module docstring);
    ``apart``: the notes whose mark the first reading took from a number standing apart."""
    for para in texts:
        _range_again(para, notes, cited, report)
    for i, para in enumerate(texts):
        for m in reversed(list(_GLUED.finditer(para.text))):
            numbers = (m.group(1) or m.group(2) or m.group(3) or m.group(4)).split(",")
            word = word_before(para.text, m.start() - 1)
            if (
                any(n not in cited or n not in notes for n in numbers)
                or word.rstrip(".").lower() in ABBREVIATED
            ):
                continue
            at, end = m.start() + 1, m.end()  # right after the punctuation, a space before the number dropped
            marks = []
            for number in numbers:
                moved = (
                    len(numbers) == 1
                    and number in apart
                    and _between(texts, cited, number, (i, at))
                    and not _after_name(cited[number], number)
                )
                if moved:
                    old, mark = cited[number], f"[^{number}]"
                    if old is para and para.text.find(mark) < at:  # the same paragraph: shift
                        at, end = at - len(mark) + len(number) + 1, end - len(mark) + len(number) + 1
                    _give_back(old, number)
                    apart.discard(number)
                    cited[number] = para
                code = "import.note-mark-number" if moved else "import.note-mark-again"
                context = quoted_before(para.text, at)
                _replace_said(report, number, Said(code, number=number, context=context), moved)
                marks.append(f"[^{number}]")
            para.text = f"{para.text[:at]}{','.join(marks)}{para.text[end:]}"
    for i, para in enumerate(texts):
        _cited_again_in_words(texts, i, para, notes, cited, report)


def _cited_again_in_words(
    texts: list[Para], i: int, para: Para, notes: dict[str, Para], cited: dict[str, Para], report: list[str]
) -> None:
    """A note already cited, cited again with its number glued to a word (``_GLUED_WORD``) or
    apart after a name's comma (``_APART_AGAIN``, ``_APART_VERB``), after its first mark, or before it in the
    same paragraph: "the International Covenant on Civil and Political Rights, 2 the
    International Covenant on Economic, Social and Cultural Rights,2" (A/RES/74/142), where
    the first reading took the glued number for the mark. Before the first mark in an
    earlier paragraph only where the notes' order puts it, after note N-1's mark and before
    note N+1's: then it is the first citation, the one the first reading passed over ("the
    United Nations study on disarmament and non-proliferation education, 2 and recalling",
    A/RES/73/59, whose note 2 is cited again in paragraph 1). Never a number out of that
    order, which stays text."""
    found = [(m.start(), m) for m in _GLUED_WORD.finditer(para.text)]
    found += [(m.start() + 1, m) for m in _APART_AGAIN.finditer(para.text)]
    found += [
        (m.start() + 1, m)
        for m in _APART_VERB.finditer(para.text)
        if longest_opening(para.text[m.end() + 1 :], "operative")
        or (_PARTICIPLE.match(para.text, m.end() + 1) and word_before(para.text, m.start())[:1].isupper())
    ]
    for at, m in sorted(dict(found).items(), reverse=True):  # one mark where two patterns meet
        number = m.group(1)
        if number not in cited or number not in notes or notes[number].kind != "cand":
            continue  # a "[^2]:" note (the text form's) is cited by "[^2]" only: "event2" is text
        if (
            cited[number] is not para
            and _position(texts, cited[number], number) >= (i, at)
            and not _between(texts, cited, number, (i, at))
        ):
            continue
        context = quoted_before(para.text, at)
        report.append(Said("import.note-mark-again", number=number, context=context))
        para.text = f"{para.text[:at]}[^{number}]{para.text[m.end() :]}"


def _range_again(para: Para, notes: dict[str, Para], cited: dict[str, Para], report: list[str]) -> None:
    """A range of notes already cited ("1–21"), ending the paragraph: the first and the last
    note's marks joined by the dash, which is printed raised, as the marks are."""
    m = _RANGE.search(para.text)
    if m is None:
        return
    first, last = m.group(1), m.group(2)
    if not (all(n in cited and n in notes for n in (first, last)) and int(first) < int(last)):
        return
    at = m.start() + 1
    context = quoted_before(para.text, at)
    report.append(Said("import.note-range-again", first=first, last=last, context=context))
    para.text = f"{para.text[:at]}[^{first}]–[^{last}]"


def _after_name(para: Para, number: str) -> bool:
    """Whether the mark the first reading took from a number apart follows a name's last
    word: that is a mark as it stands, and the glued number a second citation of the same
    note ("the International Covenant on Civil and Political Rights 6 and the International
    Covenant on Economic, Social and Cultural Rights, 6", A/RES/72/185, one note for both).
    A count follows a small word ("comprise 10 plenary meetings", "aged 15 to 19")."""
    at = para.text.find(f"[^{number}]")
    return word_before(para.text, at)[:1].isupper()


def _position(texts: list[Para], para: Para, number: str) -> tuple[int, int]:
    index = next(k for k, p in enumerate(texts) if p is para)
    return index, para.text.find(f"[^{number}]")


def _between(texts: list[Para], cited: dict[str, Para], number: str, where: tuple[int, int]) -> bool:
    """Whether ``where`` lies after the mark of note N-1 and before that of note N+1."""
    n = int(number)
    before, after = str(n - 1), str(n + 1)
    low = _position(texts, cited[before], before) if before in cited else (-1, -1)
    high = _position(texts, cited[after], after) if after in cited else (len(texts), 0)
    return low < where < high


def _give_back(para: Para, number: str) -> None:
    """The number the first reading took for a mark, back in the text where it stood apart."""
    para.text = para.text.replace(f"[^{number}]", f" {number}", 1)


def _replace_said(report: list[str], number: str, said: Said, moved: bool) -> None:
    """The report says where the mark is: a moved mark's first guess gives way to the new one."""
    if moved:
        for k, line in enumerate(report):
            message = getattr(line, "message", None)
            if (
                message
                and message.code == "import.note-mark-number"
                and message.params.get("number") == number
            ):
                report[k] = said
                return
    report.append(said)
