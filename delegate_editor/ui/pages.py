"""The pages of the main window, in the order of its outline (and of the Alt+1... keys)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTEXT = "Pages"  # the names are shown through translate(CONTEXT, name)

PAGES = ("front", "sponsors", "preamble", "operative", "annexes", "footnotes", "document")
FIRST_PAGE = "document"  # the draft as one continuous text (issue 23), not a list or a form
PAGE_NAMES = {
    "front": QT_TRANSLATE_NOOP("Pages", "Front matter"),
    "sponsors": QT_TRANSLATE_NOOP("Pages", "Sponsors"),
    "preamble": QT_TRANSLATE_NOOP("Pages", "Preamble"),
    "operative": QT_TRANSLATE_NOOP("Pages", "Operative part"),
    "annexes": QT_TRANSLATE_NOOP("Pages", "Annexes"),
    "footnotes": QT_TRANSLATE_NOOP("Pages", "Footnotes"),
    # the preamble and the operative part as one text (ui/document/, issue 23)
    "document": QT_TRANSLATE_NOOP("Pages", "Document"),
}


def page_name(key: str) -> str:
    """The page's name in the interface language."""
    from delegate_editor.ui.i18n import translate

    return translate(CONTEXT, PAGE_NAMES[key])
