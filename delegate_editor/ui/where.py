"""Where a paragraph is, in a delegate's words: "Operative paragraph 3", "Sub-paragraph 3 (a)",
"Preambular paragraph 2", "Annex II, paragraph 4", "Footnote 2", "Title".

The comments panel and Find and Replace name the place of a comment or a match the same way,
with the numbers the exports print (derived by the controller, never stored).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP

from delegate_editor.model.document import Operative, Preambular, SectionHeading, SubParagraph
from delegate_editor.model.walk import tree
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.controller import Controller

# shown through translate("Where", ...)
HEADER_NAMES = {
    "title": QT_TRANSLATE_NOOP("Where", "Title"),
    "recommendation": QT_TRANSLATE_NOOP("Where", "Recommendation line"),
    "lead_in": QT_TRANSLATE_NOOP("Where", "Lead-in of the operative part"),
}
PART_NAMES = {
    "header": QT_TRANSLATE_NOOP("Where", "Front matter"),
    "preamble": QT_TRANSLATE_NOOP("Where", "Preamble"),
    "operative": QT_TRANSLATE_NOOP("Where", "Operative part"),
    "annexes": QT_TRANSLATE_NOOP("Where", "Annexes"),
    "footnotes": QT_TRANSLATE_NOOP("Where", "Footnotes"),
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
        return translate("Where", HEADER_NAMES[node_id])
    if part == "footnotes":
        number = ctl.note_marks().get(node_id, "")
        return translate("Where", "Footnote {number}").format(number=number).strip()
    if not part:
        return translate("Where", "A deleted paragraph")
    node = ctl.node(part, node_id)
    label = ctl.labels().get(node_id, "")
    if isinstance(node, Preambular):
        return translate("Where", "Preambular paragraph {label}").format(label=label).strip()
    if isinstance(node, SectionHeading):
        return translate("Where", "Section heading")
    if isinstance(node, SubParagraph):
        return translate("Where", "Sub-paragraph {label}").format(label=label).strip()
    if isinstance(node, Operative):
        if not label:
            return translate("Where", "The operative paragraph")
        return translate("Where", "Operative paragraph {label}").format(label=label)
    return _annex_place(ctl, node_id)


def _annex_place(ctl: Controller, node_id: str) -> str:
    labels = ctl.annex_labels()
    for annex in ctl.draft.annexes:
        name = labels.get(annex.id, translate("Where", "Annex"))
        if annex.id == node_id:
            return translate("Where", "{name}, title").format(name=name)
        for k, (para, _depth) in enumerate(tree(annex.paragraphs), start=1):
            if para.id == node_id:
                return translate("Where", "{name}, paragraph {k}").format(name=name, k=k)
    return translate("Where", "Annex")
