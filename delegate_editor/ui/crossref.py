"""Insert ▸ Cross-reference (issue 22): "as requested in paragraph 3 above", where "3" is a
reference to the paragraph, not typed digits, so the number follows when paragraphs move.
The model had cross-references; only the importers made them until now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from delegate_editor.model.text import plain_text
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.restructure import flatten

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def targets(window: MainWindow, current_id: str) -> list[tuple[str, str]]:
    """(paragraph id, "3 (a) — its first words") of every numbered operative paragraph."""
    labels = window.ctl.labels()
    out = []
    for row in flatten(window.ctl.part_items("operative")):
        label = labels.get(row.id, "")
        if label and row.id != current_id:
            words = plain_text(row.node.text)
            opening = getattr(row.node, "opening", "")
            text = f"{opening} {words}".strip()
            out.append((row.id, f"{label} — {text[:60]}{'…' if len(text) > 60 else ''}"))
    return out


def insert_cross_reference(window: MainWindow) -> bool:
    page = window.part_page() or (window.document_page if window.current_page() == "document" else None)
    if page is None or page.part not in ("preamble", "operative") or not page.current_id:
        window.statusBar().showMessage(
            translate("Crossref", "Put the cursor in a paragraph's text to add a cross-reference."), 3000
        )
        return False
    choices = targets(window, page.current_id)
    if not choices:
        window.statusBar().showMessage(
            translate("Crossref", "There is no other operative paragraph to refer to."), 3000
        )
        return False
    names = [name for _id, name in choices]
    chosen = window.asker.choose(
        window,
        translate("Crossref", "Insert cross-reference"),
        translate("Crossref", "Refer to operative paragraph:"),
        names,
    )
    if not chosen or chosen not in names:
        return False
    done = page.insert_cross_reference(choices[names.index(chosen)][0])
    getattr(page, "text", page).setFocus()  # the paragraph page's text box, or the document
    return done
