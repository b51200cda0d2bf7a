"""Drafting an amendment in the window, as a delegate does: A/C.3/80/L.62 typed with keys
and menu items gives the text the UN issued (its words from the corpus), and Undo takes the
quotation back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.formats.text import write_text
from delegate_editor.model.document import DocumentKind

pytestmark = pytest.mark.gui

INSTRUCTION = "After the fourteenth preambular paragraph, insert a new preambular paragraph reading:"
QUOTED = (
    "Reaffirming that, in accordance with article 5 of the Convention, States Parties shall respect "
    "the responsibilities, rights and duties of parents or, where applicable, the members of the "
    "extended family or community as provided for by local custom, legal guardians or other persons "
    "legally responsible for the child,"
)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def test_an_amendment_typed_in_the_window(qtbot, make_window):
    window = make_window()
    trigger(window.view_menu, "Front matter")
    front = window.front_page
    kind = front.fields["kind"]
    kind.setFocus()
    while kind.currentText() != "Amendment to a draft":  # the arrow keys, as on a closed combo box
        qtbot.keyClick(kind, Qt.Key.Key_Down)
    assert window.ctl.draft.kind is DocumentKind.AMENDMENT
    _type(qtbot, front.fields["amends"], "A/C.3/80/L.20/Rev.1")
    _type(qtbot, front.fields["title"], "Rights of the child")

    trigger(window.view_menu, "Sponsors")
    for name in ("Belarus", "Russian Federation"):
        _type(qtbot, window.sponsors_page.name, name)
        qtbot.keyClick(window.sponsors_page.name, Qt.Key.Key_Return)

    trigger(window.view_menu, "Operative part")
    page = window.operative_page
    trigger(window.insert_menu, "Paragraph")
    _type(qtbot, page.text, INSTRUCTION)
    trigger(window.insert_menu, "Paragraph")
    _type(qtbot, page.text, QUOTED)
    trigger(window.format_menu, "Indent")  # Tab: under an instruction, the paragraph it quotes

    draft = window.ctl.draft
    [instruction] = draft.operative
    [quote] = instruction.subs
    assert quote.quoted
    text = write_text(draft)
    assert "Belarus and Russian Federation: amendment to revised draft resolution A/C.3/80/L.20/Rev.1" in text
    assert f"\n\n{INSTRUCTION}\n\n*Reaffirming* that, in accordance with article 5" in text
    assert "(a)" not in text  # a quotation takes no letter

    trigger(window.edit_menu, "Undo")
    assert [len(p.subs) for p in window.ctl.draft.operative] == [0, 0]
    trigger(window.edit_menu, "Redo")
    assert window.ctl.draft.operative[0].subs[0].quoted
