"""Body text that a copy ran into the last footnote, put back into the body.

An adopted resolution extracted from its PDF page by page can lose the page break before the
last page's body text: that text, down to the meeting line, follows the note that ended the
page before, on the same line. "[^4]: A/80/237. levels, on the role of science ... 7. Decides
to include ... 52nd plenary meeting 1 December 2025" (A/RES/80/22): the end of paragraph 6,
paragraph 7 and the meeting line read as the text of note 4, and the resolution lost its
last paragraph. The same in A/RES/80/18 (the preamble's end and the whole operative part)
and A/RES/80/42.

The sign is a note that ends with a meeting line. When its number breaks the notes' order,
the number is the body's too: "[^1653]: (XVI) of 24 November 1961, ..." after notes 1 and 2
is the rest of "as declared in its resolutions" (A/RES/80/59, resolution 1653 (XVI)), and
the whole line goes back. The note keeps its first sentence: it ends
at the first full stop after which the body goes on, a small letter (a paragraph's rest), a
paragraph number before a capital, or a known opening phrase. The rest goes back before the
notes, a paragraph at each number and each opening phrase after a comma, the meeting line
its own, where the text's usual passes take it (a paragraph's rest joins the one it ends).
"""

from __future__ import annotations

import re

from delegate_editor.conventions.messages import Said
from delegate_editor.formats.text import known_opening
from delegate_editor.formats.text_lines import MONTH

_NOTE = re.compile(r"^\[\^(\d+)\]:[ \t]*(.*?)[ \t]*$")
_MEETING_END = re.compile(rf"\s(\d{{1,3}}(?:st|nd|rd|th) plenary meeting)\s+(\d{{1,2}} {MONTH} \d{{4}})$")
_LABEL = re.compile(r"(?<=[.;:,”]) (\d{1,3})\. (?=[A-Z])")
_MIN_WORDS = 5


def restore_spilled_body(text: str) -> tuple[str, list[str]]:
    """``text`` with the body its last note holds put back before the notes, and the report
    line that says so (none when no note ends with a meeting line)."""
    lines = text.split("\n")
    notes = [i for i, line in enumerate(lines) if _NOTE.match(line)]
    if not notes:
        return text, []
    last = notes[-1]
    m = _NOTE.match(lines[last])
    assert m is not None
    number, content = m.group(1), m.group(2)
    meeting = _MEETING_END.search(content)
    if not meeting:
        return text, []
    previous = _NOTE.match(lines[notes[-2]]) if len(notes) > 1 else None
    if previous is not None and int(number) != int(previous.group(1)) + 1:
        # out of the notes' order, the number is the body's own: "as declared in its
        # resolutions" / "[^1653]: (XVI) of 24 November 1961, ..." (A/RES/80/59): all of it
        # is body, the number first
        note, body = None, f"{number} {content[: meeting.start()].strip()}"
    else:
        cut = _first_sentence_end(content[: meeting.start()])
        if cut is None:
            return text, []
        note, body = content[:cut].rstrip(), content[cut : meeting.start()].strip()
    paragraphs = [*_paragraphs(body), f"{meeting.group(1)} {meeting.group(2)}"]
    if note is None:
        del lines[last]
    else:
        lines[last] = f"[^{number}]: {note}"
    first = notes[0]
    while first > 0 and lines[first - 1].strip() in ("", "---"):  # the rule above the notes
        first -= 1
    restored = "\n\n".join(paragraphs)
    lines[first:first] = ["", restored, ""]
    code = "import.note-body-restored" if note is not None else "import.note-line-body"
    return "\n".join(lines), [Said(code, number=number, start=body[:40])]


def _first_sentence_end(content: str) -> int | None:
    """Where the note's own text ends: the first full stop after which the body goes on."""
    for m in re.finditer(r"\. ", content):
        rest = content[m.end() :]
        if len(rest.split()) < _MIN_WORDS:
            return None
        if rest[:1].islower() or re.match(r"\d{1,3}\. [A-Z]", rest) or known_opening(rest):
            return m.end() - 1
    return None


def _paragraphs(body: str) -> list[str]:
    """The body run together, cut again at each paragraph number ("...; 7. Decides") and
    at each known opening phrase after a comma (", Recalling its relevant resolutions")."""
    cuts = {m.start() + 1 for m in _LABEL.finditer(body)}
    for m in re.finditer(r", (?=[A-Z])", body):
        if known_opening(body[m.end() :]):
            cuts.add(m.end())
    out, start = [], 0
    for at in sorted(cuts):
        out.append(body[start:at].strip())
        start = at
    out.append(body[start:].strip())
    return [p for p in out if p]
