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


def paragraph_page(window: MainWindow):
    """The page whose paragraph text holds the cursor (Preamble, Operative part or the
    Document page), or None: where a reference can be inserted."""
    page = window.part_page() or (window.document_page if window.current_page() == "document" else None)
    return page if page is not None and page.part in ("preamble", "operative") and page.current_id else None


def insert_chosen(
    window: MainWindow, page, choices: list[tuple[str, str]], title: str, label: str, note: bool
) -> bool:
    """Ask which of ``choices`` (id, name) to refer to, and insert the reference at the cursor
    of ``page`` (a footnote's with ``note``, else a paragraph's); one undo step."""
    names = [name for _id, name in choices]
    chosen = window.asker.choose(window, title, label, names)
    if not chosen or chosen not in names:
        return False
    done = page.insert_cross_reference(choices[names.index(chosen)][0], note=note)
    getattr(page, "text", page).setFocus()  # the paragraph page's text box, or the document
    return done


def insert_cross_reference(window: MainWindow) -> bool:
    page = paragraph_page(window)
    if page is None:
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
    title = translate("Crossref", "Insert cross-reference")
    return insert_chosen(
        window, page, choices, title, translate("Crossref", "Refer to operative paragraph:"), False
    )
