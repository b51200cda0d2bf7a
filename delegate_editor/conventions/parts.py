"""A text of several resolutions: one document, each resolution a lettered part.

The Fifth Committee adopts the programme budget as three resolutions in one document
(A/RES/76/247 A–C: "A" budget appropriations, "B" income estimates, "C" financing;
A/C.5/80/L.6 drafts the same for 2026). Each part has its letter, its title and its own
organ line, then its paragraphs, numbered from 1. The model holds one resolution, so the
letters, titles and organ lines stand as headings of the operative part; the rules here find
the parts from them, so that the lines derived from the draft are plural ("Draft resolutions
submitted by the Chair ...", "Resolutions adopted by the General Assembly ...") and the
checks read each part as the resolution it is (its own organ line, its own first citations).
Found from the structure, never stored: a delegate who adds or removes a part changes it.
"""

from __future__ import annotations

import re

from delegate_editor.conventions import language as languages
from delegate_editor.model.document import Draft, SectionHeading

# a symbol that names its parts' letters ("A/RES/76/247 A–C")
PARTS = r" [A-Z](?:[–-]| and )[A-Z]"  # after the symbol; text_lines.SYMBOL reads it too
_PARTS = re.compile(PARTS + "$")
# "Resolves that, for 2026:": the lead-in that a part's numbered paragraphs complete, which
# take no opening phrase of their own (the Fifth Committee's budget texts)
LEAD_IN = re.compile(r"^(?:Resolves|Decides) that\b[^.;:]{0,80}:$")
_LETTER = re.compile(r"^[A-H]$")
# the lines that close an adopted text, and each part of one: "54th (resumed) plenary
# meeting" / "24 December 2021" (the importer reads them with these: formats/text_lines.py)
MEETING = re.compile(r"^\S.{0,40} meeting$")
DATE = re.compile(r"^\d{1,2} (?:" + "|".join(languages.language().months) + r") \d{4}$")


def several(symbol: str) -> bool:
    """Whether the symbol is that of a text of several resolutions ("A/RES/76/247 A–C")."""
    return _PARTS.search(symbol.strip()) is not None


def _organ_lines(draft: Draft) -> set[str]:
    """The draft's organ line without its comma in each of the app's languages ("The
    General Assembly", "L’Assemblée générale"): a draft switched to French keeps the
    headings it was typed with until the delegate retypes them."""
    organ = draft.front.organ.strip() or "General Assembly"
    return {languages.language(code).name_of(f"The {organ}").rstrip(",") for code in languages.codes()}


def _organ_heading(text: str, lines: set[str]) -> bool:
    """Whether a heading's text is the organ line ("The General Assembly", comma or none)."""
    return text.strip().rstrip(",").strip() in lines


def _part_heads(draft: Draft) -> tuple[int, int]:
    """How many headings of the operative part are a part's letter alone, and how many its
    organ line ("The General Assembly", with or without its comma)."""
    lines = _organ_lines(draft)
    letters = organs = 0
    for item in draft.operative:
        if isinstance(item, SectionHeading):
            text = item.text.strip()
            letters += _LETTER.match(text) is not None
            organs += _organ_heading(text, lines)
    return letters, organs


def several_parts(draft: Draft) -> bool:
    """Whether the draft is a text of several resolutions: its symbol names their letters,
    or its operative part holds two lettered parts or more, each with its organ line."""
    if several(draft.front.symbol):
        return True
    letters, organs = _part_heads(draft)
    return letters >= 2 and organs >= 2


def part_starts(draft: Draft) -> set[str]:
    """The ids of the paragraphs that open a part, the first after each part's organ line:
    there a new resolution begins (its first citations give their dates again, as
    A/RES/76/247 C cites "General Assembly resolution 973 (X) of 15 December 1955", which B
    cited so). Empty for a text of one resolution."""
    if not several_parts(draft):
        return set()
    lines, starts, fresh = _organ_lines(draft), set(), False
    for item in draft.operative:
        if isinstance(item, SectionHeading):
            fresh = fresh or _organ_heading(item.text, lines)
        elif fresh:
            starts.add(item.id)
            fresh = False
    return starts


def parts_speak(draft: Draft) -> bool:
    """Whether each part carries its own organ line and the text has none above them: the
    first part's letter opens the operative part, before any preambular paragraph (the
    draft's organ line stays empty, and that is right)."""
    if draft.preamble or not several_parts(draft) or not draft.operative:
        return False
    first = draft.operative[0]
    return isinstance(first, SectionHeading) and _LETTER.match(first.text.strip()) is not None


def closing_headings(draft: Draft) -> set[str]:
    """The ids of the headings that close a part another part follows, its meeting line and
    its date: the writers print them as the last part's, which fill the adoption (in
    italics, at the right), where the UN prints them (A/RES/76/247 A and B)."""
    if not several_parts(draft):  # the body alone pasted into a draft reads the same
        return set()
    out: set[str] = set()
    after_meeting = False
    for item in draft.operative:
        text = item.text.strip() if isinstance(item, SectionHeading) else ""
        if text and (MEETING.match(text) or (after_meeting and DATE.match(text))):
            out.add(item.id)
            after_meeting = MEETING.match(text) is not None
        else:
            after_meeting = False
    return out


def led_paragraphs(items: list) -> set[str]:
    """The ids of the operative part's paragraphs that complete a lead-in standing as a
    heading: each resolution of a text of several resolutions has its own ("B" / "Income
    estimates for 2022" / "The General Assembly" / "Resolves that, for 2022:", A/RES/76/247;
    A/C.5/80/L.6), which the model holds as a heading. One walk: the last heading rules."""
    led, out = False, set()
    for item in items:
        if isinstance(item, SectionHeading):
            led = LEAD_IN.match(item.text.strip()) is not None
        elif led:
            out.add(item.id)
    return out
