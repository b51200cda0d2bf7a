"""The layout of a draft in its language: the same page, the language's labels and tag.

A French or Spanish draft keeps its duty station's page, fonts and indents; only the label
formats ("a)", "i)" for "(a)", "(i)"; "Annexe", "Anexo") and the language tag the writers give
the document (for spelling and hyphenation in Word and LibreOffice) come from the language's
data (``resources/data/language/<code>.json``). English drafts keep the preset as it is.
"""

from __future__ import annotations

from dataclasses import replace

from delegate_editor.conventions.language import ENGLISH, Language
from delegate_editor.formats.layout import Layout


def localized(layout: Layout, lang: Language) -> Layout:
    """``layout`` with ``lang``'s label formats and tag (itself for English)."""
    if lang.code == ENGLISH:
        return layout
    numbering = lang.numbering(layout.numbering)
    if numbering == layout.numbering and layout.language == lang.tag:
        return layout
    return replace(layout, numbering=numbering, language=lang.tag)
