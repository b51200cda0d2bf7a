"""Where a number in copied text stands as a footnote mark (``text_notes`` reads the marks).

A mark copied from a PDF is a number glued to its word ("Declaration,1 and", "1996,1") or
standing apart ("Rights, 2  the"); the text's own numbers ("Article 26,", "para. 7)", "of
whom 4 were killed, 10 were injured") stand in the same places. :func:`mark_at` tells them
apart by what stands around the number, and by whether the number is the very next note's.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.wording import MONTHS
from delegate_editor.formats.text_lines import COUNTING_WORDS, OWN_LABEL
from delegate_editor.formats.text_mark_place import (
    ABBREVIATED,
    GLUED_WORDS,
    glued_before_word,
    in_counted_list,
    in_figure,
    word_before,
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
_NEXT_MARK_SOON = re.compile(
    r"\s+[A-Z][^\s\[,;]*(?:\s+[^\s\[,;]+){0,2}[,;](?:\[\^(\d+)\]|(\d{1,3})(?!\d)| (\d{1,3})  )"
)
_NUMBER_END = re.compile(r"\b(?:19|20)\d\d$|[A-Za-z][-\u2011]\d+$")  # a year, or "COVID-19"
_ORDINAL = re.compile(
    r"\b(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|[a-z]+teenth|[a-z]+tieth|\d+(?:st|nd|rd|th)) $"
)
_FULL_DATE = re.compile(r"\b\d{1,2} (?:" + "|".join(MONTHS) + r") (?:19|20)\d\d$")


def _seen_since_mark(text: str, start: int, number: str) -> bool:
    """Whether ``number`` stands apart between the last mark before ``start`` and it."""
    since = text.rfind("]", 0, start) + 1
    return re.search(rf"(?<![\w/.]){number}(?![\w/])", text[since:start]) is not None


def mark_at(text: str, start: int, end: int, next_note: bool = False) -> bool:
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
    # a resolution is cited by a number with its session or year ("59/300", "2254 (2015)"),
    # never by a bare one before a verb: "regretting that a draft resolution 38 was not
    # adopted" (A/RES/75/193, note 38 the draft's symbol)
    alone = alone or (
        next_note
        and word == "resolution"
        and re.match(r" (?!(?:of|and|or|to|on|in|by|at|as)\b)[a-z]", text[end:]) is not None
    )
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
        # nor after a comma, before a small word: a count in a list ("of whom 4 were killed,
        # 10 were injured, 26 were arrested", A/RES/72/131, note 9's mark still to come)
        if prev[-1] == "," and not (next_note or raised) and text[end:].lstrip()[:1].islower():
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
        # Development, 1 Agenda 21,2 the Programme ..." (A/C.2/80/L.41; apart after its comma,
        # "Agenda 21, 2  the Programme", A/RES/73/227); a mark standing apart
        # after the comma ("Tlatelolco, 2 Rarotonga, 3") may follow a number of the text
        if prev[-1] == ",":
            nexts = (_NEXT_MARK_BESIDE.match(text, end), _NEXT_MARK_SOON.match(text, end))
            closed = (
                closed
                or any(
                    m is not None
                    and int(m.group(1) or m.group(2) or m.group(3)) == int(text[start:end]) + 1
                    # the next mark raised apart ("Agenda 21, 2  the", A/RES/73/227) confirms only
                    # the one number N since the mark before it: "the Treaties, 2 Treaties of
                    # Tlatelolco, 2 Rarotonga" leaves both (tests/formats/test_text_notes.py)
                    and not (m.lastindex == 3 and _seen_since_mark(text, start, text[start:end]))
                    for m in nexts
                )
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
        # after an abbreviation's full stop too: "from 10 a.m. to 1 p.m.,1 including"
        # (A/RES/76/251), "etc.,2"
        abbreviation = before in ",;" and text[start - 2] == "." and text[start - 3 : start - 2].isalpha()
        return text[start - 2].isalnum() or text[start - 2] in _CLOSERS or abbreviation
    return False
