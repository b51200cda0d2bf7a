"""The pages of the main window, in the order of its outline (and of the Alt+1... keys)."""

from __future__ import annotations

PAGES = ("front", "sponsors", "preamble", "operative", "annexes", "footnotes")
FIRST_PAGE = "preamble"  # the document itself, not the form of front-matter fields
PAGE_NAMES = {
    "front": "Front matter",
    "sponsors": "Sponsors",
    "preamble": "Preamble",
    "operative": "Operative part",
    "annexes": "Annexes",
    "footnotes": "Footnotes",
}
