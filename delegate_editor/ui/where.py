"""Where a paragraph is, in a delegate's words: "Operative paragraph 3", "Sub-paragraph 3 (a)",
"Preambular paragraph 2", "Annex II, paragraph 4", "Footnote 2", "Title".

The comments panel and Find and Replace name the place of a comment or a match the same way,
with the numbers the exports print (derived by the controller, never stored).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from delegate_editor.model.document import Operative, Preambular, SectionHeading, SubParagraph
from delegate_editor.model.walk import tree

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller

HEADER_NAMES = {"title": "Title", "recommendation": "Recommendation line"}
PART_NAMES = {
    "header": "Front matter",
    "preamble": "Preamble",
    "operative": "Operative part",
    "annexes": "Annexes",
    "footnotes": "Footnotes",
}


def part_of(ctl: Controller, node_id: str) -> str:
    """The part holding ``node_id`` ("preamble", "operative", "annexes", "footnotes", "header")
    or "" when it is no longer in the draft."""
    if node_id in HEADER_NAMES:
        return "header"
    for part in ("preamble", "operative", "annexes"):
        if ctl.find(part, node_id) is not None:
            return part
    return "footnotes" if node_id in ctl.draft.footnotes else ""


def describe(ctl: Controller, node_id: str) -> str:
    """The paragraph's name as the app shows it; "A deleted paragraph" when it is gone."""
    part = part_of(ctl, node_id)
    if part == "header":
        return HEADER_NAMES[node_id]
    if part == "footnotes":
        number = ctl.note_marks().get(node_id, "")
        return f"Footnote {number}".strip()
    if not part:
        return "A deleted paragraph"
    node = ctl.node(part, node_id)
    label = ctl.labels().get(node_id, "")
    if isinstance(node, Preambular):
        return f"Preambular paragraph {label}".strip()
    if isinstance(node, SectionHeading):
        return "Section heading"
    if isinstance(node, SubParagraph):
        return f"Sub-paragraph {label}".strip()
    if isinstance(node, Operative):
        return f"Operative paragraph {label}".strip() if label else "The operative paragraph"
    return _annex_place(ctl, node_id)


def _annex_place(ctl: Controller, node_id: str) -> str:
    labels = ctl.annex_labels()
    for annex in ctl.draft.annexes:
        name = labels.get(annex.id, "Annex")
        if annex.id == node_id:
            return f"{name}, title"
        for k, (para, _depth) in enumerate(tree(annex.paragraphs), start=1):
            if para.id == node_id:
                return f"{name}, paragraph {k}"
    return "Annex"
