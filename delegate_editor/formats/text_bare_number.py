"""A number alone on its line: a paragraph's label whose period the PDF lost, or a table's.

A/C.6/80/L.16 prints "6" alone between paragraphs 5 and 7 ("... shall abide by all of their
obligations under international law;" / "6" / "Reaffirms ..."): the label lost its period.
A/C.5/80/L.6's appropriations table gives each section's number alone on its line too ("92
738 500" / "2" / "General Assembly and Economic and Social Council affairs ..."), which is
no label: a paragraph starts only where the one before it ended, its last line closing on
";", "." or ":" after a word, a figure or a closing bracket or quotation mark, a note's
number possibly glued after it ("... ethnically “pure” nations;14", A/C.3/80/L.2).

A/RES/76/256's PDF prints its first operative label as the letter "l." ("... the
International Year of Plant Health," / "l." / "Decides to designate 12 May ..." / "2." /
"Invites ..."): where the operative part starts, after a preambular paragraph's comma and
before any numbered paragraph, it is paragraph 1's label.
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.conventions.wording import SECTION_NUMBER
from delegate_editor.formats.text_inline import strip_markup
from delegate_editor.formats.text_lines import OPERATIVE_LABEL, Para

_ENDED = re.compile(r"[\w)\]”’\"][;.:]\d{0,3}$")


def lost_period(line: str, number: int, paras: list[Para]) -> bool:
    """Whether ``line``, a number alone, is the label of the paragraph after paragraph
    ``number`` (0: none yet) whose period the PDF lost: the next number, right after a
    paragraph of text that ended."""
    if not (line.isdigit() and number and int(line) == number + 1):
        return False
    before = next((p.text.rstrip() for p in reversed(paras) if p.kind == "text"), "")
    return _ENDED.search(before) is not None


def bare_label(line: str, number: int, paras: list[Para]) -> tuple[str, Said] | None:
    """``line`` as the paragraph label it stands for, and the report's line saying so: a
    number that lost its period (:func:`lost_period`) or the letter "l." printed for "1."
    where the operative part starts. None when it is neither."""
    if lost_period(line, number, paras):
        return f"{line}.", Said("import.number-alone", number=line)
    before = next((p.text.rstrip() for p in reversed(paras) if p.kind == "text"), "")
    if line == "l." and not number and before.endswith(","):
        return "1.", Said("import.letter-for-one")
    return None


def over_title(number: str, title: str) -> bool:
    """A section's number alone over its title, one heading: "I", "II.", "XVII" (A/C.5/80/L.5),
    or a part's letter with its full stop over a title, which ends unpunctuated ("A." /
    "Base/floor salary scale", A/RES/72/255). "C" alone is a resolution's letter (A/RES/76/247),
    never section 100."""
    plain = strip_markup(number).strip()
    if not title[:1].isupper() or OPERATIVE_LABEL.match(title):
        return False
    if re.fullmatch(r"[A-Z]\.", plain):
        return not strip_markup(title).rstrip().endswith((",", ";", ":", "."))
    return plain != "C" and re.fullmatch(SECTION_NUMBER, plain) is not None
