"""Where a number stands in a line of text, for :mod:`text_notes`' reading of note marks:
inside a figure ("4,995,400"), on a list a counting word opened ("agenda items 5, 6 and 7"),
or run into the small word after it ("Rights,1as well"). Kept apart so that the rules that
weigh a candidate mark read as one page.
"""

from __future__ import annotations

import re

from delegate_editor.formats.text_lines import COUNTING_WORDS, NAMING_ABBREVIATIONS

# counting words written short ("para. 7"); after a whole one a full stop ends a sentence
ABBREVIATED = NAMING_ABBREVIATIONS | frozenset("p rev add corr art fig".split())
_LIST_ITEM = r"(?:\d{1,3}|\([a-z]{1,4}\))"  # "12" or "(g)" of "paragraphs 8 (g), 12"
# small words a copy runs a mark into ("Weapons 6and the", "basis 1no later"); never a unit
# ("5km") or an ordinal
GLUED_WORDS = frozenset("and or in of the which that as to for on with by at no".split())
# the next clause's small word after a mark standing apart after a name's comma ("Cultural
# Rights, 2 the Convention", "Particularly in Africa, 37 and the", "the commission of inquiry
# in its report, 2 such as:", A/RES/74/166; "the Underwater Cultural Heritage, 6 the 2003
# Convention", A/RES/73/130), no number after "and", "in" or "to": "from"
# follows a count ("Member States, 6 from African States"), a number a date ("Almaty,
# Kazakhstan, 28 and 29 August 2003")
NEXT_CLAUSE = r"(?:(?:the|as|such as|including|which|where|that)\b|(?:and|in|to)\b(?! \d))"
# a figure's thousands ("4,995,400"): a group of three digits after the number's comma, or
# the number itself such a group after a figure's head of one to three digits ("2008,143"
# is a year and note 143's mark, A/80/L.22)
_GROUPED = re.compile(r",\d{3}(?![\d/])")
_GROUPED_BEFORE = re.compile(r"(?<![\d/.])\d{1,3}(?:,\d{3})*,$")


def word_before(text: str, i: int) -> str:
    """The word (run of non-spaces) that ends before ``text[i]``, spaces skipped."""
    m = re.search(r"(\S+)\s*$", text[:i])
    return m.group(1) if m else ""


def in_figure(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a group of a figure written with its
    thousands: its head ("4" of "the Force, 4,995,400 dollars", A/RES/78/304, where note 4's
    mark stands later, glued: "the updated levels,4 subject") or a later group."""
    return _GROUPED.match(text, end) is not None or (
        end - start == 3 and _GROUPED_BEFORE.search(text, 0, start) is not None
    )


def in_counted_list(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` goes on a list of numbers a counting word opened
    ("agenda items 5, 6 and 7", A/RES/80/65, where note 5's mark is after "7,"), or stands
    inside one: "for programmes 2, 10, 17, 25 and 26" (A/RES/80/233; note 10's at the end),
    its items lettered too: "paragraphs 8 (g), 12, 13 (b), 53" (A/C.2/80/L.19)."""
    words = text[max(0, start - 80) : start].split()
    if not words or not re.fullmatch(_LIST_ITEM + ",", words[-1]):
        return False
    if re.match(r",\s*\d|\s+(?:and|or)\s+\d", text[end:]):
        return True
    for word in reversed(words[:-1]):
        if re.fullmatch(_LIST_ITEM + ",?", word):
            continue
        return word.lower().rstrip(".") in COUNTING_WORDS
    return False


def glued_before_word(text: str, start: int, end: int, next_note: bool) -> bool:
    """The very next note's number run into the word after it, after punctuation and a
    space: "the report of the Secretary-General, 2and expressing" (A/RES/80/61), or after
    punctuation with none when a small word follows ("Rights,1as well"). An
    ordinal ("2nd", "52nd") is the text's own."""
    rest = re.match(r"[a-z]+", text[end:])
    if not (next_note and rest and rest.group() not in ("st", "nd", "rd", "th")):
        return False
    if text[start - 1 : start] in (",", ";", ":"):
        # run into the punctuation and the small word alike: "the Universal Declaration of
        # Human Rights,1as well as the International Covenant" (A/RES/80/207)
        return rest.group() in GLUED_WORDS
    if text[start - 1 : start] != " ":
        return False
    after_word = text[: start - 1].rstrip()[-1:]
    # after punctuation, or after a word when a small word follows: "the Treaty on the
    # Non-Proliferation of Nuclear Weapons 6and the advisory opinion" (A/RES/80/51)
    return after_word in (",", ";", ":") or (after_word.isalpha() and rest.group() in GLUED_WORDS)
