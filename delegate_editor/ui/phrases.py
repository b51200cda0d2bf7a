"""The opening phrases offered for completion and in the phrase dock.

The phrase lists are data owned by ``conventions/phrases.py`` (another part of the project);
this adapter reads them when they exist and otherwise offers the openings the draft already
uses, so completion still saves typing rather than disappearing.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

from delegate_editor.model.document import Draft

_CANDIDATES = {
    "preamble": ("preambular_phrases", "preambular", "PREAMBULAR", "PREAMBULAR_PHRASES"),
    "operative": ("operative_phrases", "operative", "OPERATIVE", "OPERATIVE_PHRASES"),
}


def _as_strings(values: Iterable) -> list[str]:
    out: list[str] = []
    for value in values:
        text = (
            value
            if isinstance(value, str)
            else getattr(value, "text", None) or getattr(value, "phrase", None)
        )
        if isinstance(text, str) and text.strip():
            out.append(text.strip())
    return out


def library_phrases(part: str) -> list[str]:
    """The convention list for ``part`` ("preamble" or "operative"), or [] if not installed."""
    try:
        module = importlib.import_module("delegate_editor.conventions.phrases")
    except ImportError:
        return []
    for name in _CANDIDATES.get(part, ()):
        obj = getattr(module, name, None)
        if obj is None:
            continue
        try:
            values = obj() if callable(obj) else obj
            return sorted(set(_as_strings(values)), key=str.casefold)
        except Exception:  # a data error in another module must not break editing
            return []
    kind_fn = getattr(module, "phrases", None)
    if callable(kind_fn):
        try:
            return sorted(set(_as_strings(kind_fn(part))), key=str.casefold)
        except Exception:
            return []
    return []


def draft_phrases(draft: Draft, part: str) -> list[str]:
    """Openings already used in this part of the draft."""
    items = draft.preamble if part == "preamble" else draft.operative_paragraphs()
    return sorted({p.opening.strip() for p in items if p.opening.strip()}, key=str.casefold)


def phrases_for(draft: Draft, part: str) -> list[str]:
    """Completion candidates: the library's list plus the draft's own openings."""
    return sorted(set(library_phrases(part)) | set(draft_phrases(draft, part)), key=str.casefold)
