"""The opening phrase of a paragraph read from text, split from the rest.

Split from ``text_import`` (which re-exports it): the importer, the amendment reader, the
document editor's blocks and the restructuring commands all split a paragraph the same way.
"""

from __future__ import annotations

from delegate_editor.conventions.phrases import longest_opening
from delegate_editor.formats.text import opening_phrase
from delegate_editor.model.text import RichText, Run, normalize


def split_opening(text: RichText, operative: bool, language: str = "en") -> tuple[str, RichText]:
    """The opening phrase and the rest: the leading italic run when the text has one,
    otherwise the phrase recognised at the start of the plain text."""
    if not text or not isinstance(text[0], Run):
        return "", text
    first = text[0]
    if first.italic:
        rest = list(text[1:])
        if rest and isinstance(rest[0], Run) and rest[0].text[:1] == " " and not rest[0].italic:
            rest[0] = Run(rest[0].text[1:], False)
        return first.text.strip(), normalize(rest)
    if language == "en":
        phrase = opening_phrase(first.text, operative)
    else:  # its phrase lists only: the rule in ``opening_phrase`` is English morphology
        phrase = longest_opening(first.text, "operative" if operative else "preamble", language)
    if not phrase:
        return "", text
    remainder = first.text[len(phrase) :]
    remainder = remainder[1:] if remainder[:1] == " " else remainder
    return phrase, normalize((Run(remainder), *text[1:]))
