"""The opening phrases offered for completion: the phrase lists of ``conventions/phrases.py``
(the palette's, with the user's own phrases) and the openings the draft already uses.
"""

from __future__ import annotations

from delegate_editor.conventions.phrases import phrases
from delegate_editor.model.document import Draft


def library_phrases(part: str, language: str = "en") -> list[str]:
    """The convention list for ``part`` ("preamble" or "operative") in the draft's language."""
    values = [p.phrase for p in phrases(part, language)]
    return sorted({v.strip() for v in values if v.strip()}, key=str.casefold)


def draft_phrases(draft: Draft, part: str) -> list[str]:
    """Openings already used in this part of the draft."""
    items = draft.preamble if part == "preamble" else draft.operative_paragraphs()
    return sorted({p.opening.strip() for p in items if p.opening.strip()}, key=str.casefold)


def phrases_for(draft: Draft, part: str) -> list[str]:
    """Completion candidates: the library's list (in the draft's language) plus the draft's
    own openings."""
    library = library_phrases(part, draft.front.language)
    return sorted(set(library) | set(draft_phrases(draft, part)), key=str.casefold)
