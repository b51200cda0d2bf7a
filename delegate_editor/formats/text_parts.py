"""The closing lines of an adopted text, and the texts that hold several resolutions.

An adopted resolution ends with its meeting and date ("54th plenary meeting" / "24 December
2021"), which fill the model's adoption. The programme budget is adopted as one text of
several resolutions ("A/RES/76/247 A–C": A, budget appropriations; B, income estimates; C,
financing of appropriations), each under its letter and title, with its own "The General
Assembly" and lead-in, and each closed by the same meeting lines. The model holds one
resolution, so the letters, titles, organ lines and lead-ins stand as headings (as in the
Fifth Committee's draft, A/C.5/80/L.6), and so do the meeting lines that close a part
another part follows: only the last ones are the adoption's, and no line is lost.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from delegate_editor.conventions.parts import several
from delegate_editor.conventions.wording import parse_un_date
from delegate_editor.formats.text_inline import plain_words
from delegate_editor.formats.text_lines import DATE, MEETING
from delegate_editor.model import DocumentKind, Draft

_PART = re.compile(r"^[B-Z](?:\s|$)")  # the next part's letter: "B" / "Income estimates for 2022"


def _another_part(following: Sequence[str]) -> bool:
    """Whether the lines after a meeting line (its date, then what follows) open a part."""
    rest = [plain_words(line).strip() for line in following]
    if rest and DATE.match(rest[0]):
        rest = rest[1:]
    return bool(rest) and _PART.match(rest[0]) is not None


def closing_line(d: Draft, plain: str, following: Sequence[str], in_preamble: bool) -> bool:
    """Take ``plain`` into the adoption when it is the meeting line or its date that close
    an adopted text (``following``: the lines after it); False leaves it to the body."""
    if d.kind is not DocumentKind.ADOPTED or d.is_security_council or in_preamble:
        return False
    if several(d.front.symbol) and MEETING.match(plain) and _another_part(following):
        return False
    if MEETING.match(plain) and not d.adoption.meeting:
        d.adoption.meeting = plain
        return True
    # the date under a part's meeting line stays with it; the last one is the adoption's
    if DATE.match(plain) and (d.adoption.meeting or not several(d.front.symbol)):
        d.adoption.date = parse_un_date(plain)
        return True
    return False
