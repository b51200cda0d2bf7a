"""The co-sponsor manager, driven as a delegate does: search by alias, add, remove, undo,
UN order, "on behalf of", sponsors who joined later, and a list pasted from an email."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.conventions import states
from delegate_editor.formats.blocks import render

pytestmark = pytest.mark.gui


@pytest.fixture
def window(make_window):
    w = make_window()
    trigger(w.view_menu, "Sponsors")
    return w


def type_and_add(qtbot, panel, text: str) -> None:
    panel.name.setFocus()
    panel.name.clear()
    qtbot.keyClicks(panel.name, text)
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "official"),
    [
        ("Russia", "Russian Federation"),
        ("UK", "United Kingdom of Great Britain and Northern Ireland"),
        ("USA", "United States of America"),
        ("Turkey", "Türkiye"),
        ("Netherlands", "Netherlands (Kingdom of the)"),
    ],
)
def test_aliases_find_the_official_name(qtbot, window, typed, official):
    panel = window.sponsors_page
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, typed)
    assert official in panel.visible_states()
    assert panel.states_list.currentItem().data(Qt.ItemDataRole.UserRole + 1) == official
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    assert window.ctl.draft.sponsors.names == [official]


def test_the_whole_table_is_searchable(window):
    panel = window.sponsors_page
    assert panel.states_list.count() == len(states.names()) >= 193 + 3
    listed = {
        panel.states_list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(panel.states_list.count())
    }
    assert {"Holy See", "State of Palestine", "European Union"} <= listed


def test_sponsors_stay_in_un_order_and_every_change_undoes(qtbot, window):
    w = window
    panel = w.sponsors_page
    for typed in ("South Africa", "Russia", "India", "China", "Brazil"):
        type_and_add(qtbot, panel, typed)
    names = ["Brazil", "China", "India", "Russian Federation", "South Africa"]
    assert w.ctl.draft.sponsors.names == names
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == names
    assert panel.line.text().startswith("Brazil, China, India, Russian Federation and South Africa: draft")
    type_and_add(qtbot, panel, "india")  # already there: nothing changes
    assert w.ctl.draft.sponsors.names == names
    panel.list.setCurrentRow(1)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert w.ctl.draft.sponsors.names == ["Brazil", "India", "Russian Federation", "South Africa"]
    trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.sponsors.names == names
    for _ in range(5):
        trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.sponsors.names == []


def test_an_unknown_name_is_refused_with_suggestions(qtbot, window):
    panel = window.sponsors_page
    type_and_add(qtbot, panel, "Untied States")
    assert window.ctl.draft.sponsors.names == []
    assert "United States of America" in panel.line.text()


def test_joined_later_and_on_behalf_of(qtbot, window):
    w = window
    panel = w.sponsors_page
    for typed in ("Brazil", "China"):
        type_and_add(qtbot, panel, typed)
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, "Argentina")
    panel.add_later.click()
    assert w.ctl.draft.sponsors.names == ["Brazil", "China"]
    assert w.ctl.draft.sponsors.later == ["Argentina"]
    panel.list.setCurrentRow(1)  # China joined later too
    panel.to_later.click()
    assert w.ctl.draft.sponsors.names == ["Brazil"]
    assert w.ctl.draft.sponsors.later == ["Argentina", "China"]
    trigger(w.edit_menu, "Undo")  # one step
    assert w.ctl.draft.sponsors.names == ["Brazil", "China"] and w.ctl.draft.sponsors.later == ["Argentina"]
    assert "Joined later: Argentina" in panel.line.text()

    panel.behalf.setFocus()
    index = panel.behalf.findText("the Group of 77 and China")
    assert index > 0
    panel.behalf.setCurrentIndex(index)
    panel.behalf.activated.emit(index)
    assert w.ctl.draft.sponsors.on_behalf_of == "the Group of 77 and China"
    notes = [n for n in render(w.ctl.draft).notes if n.custom]
    assert any("Group of 77 and China" in "".join(p.text for p in n.pieces) for n in notes)


def test_a_pasted_email_list_is_recognised_name_by_name(qtbot, window):
    w = window
    panel = w.sponsors_page
    panel.paste_box.setFocus()
    qtbot.keyClicks(panel.paste_box, "Brazil, China, India, Russia, Narnia and South Africa")
    shown = [panel.paste_results.item(i).text() for i in range(panel.paste_results.count())]
    assert shown[:3] == ["✓ Brazil", "✓ China", "✓ India"]
    assert shown[3] == "✓ Russia → Russian Federation"
    assert shown[4].startswith("✗ Narnia: not a Member State name")
    assert shown[5] == "✓ South Africa"
    assert panel.paste_results.item(4).foreground().color() == Qt.GlobalColor.red
    steps = w.ctl.stack.count()
    panel.paste_add.click()
    assert w.ctl.draft.sponsors.names == ["Brazil", "China", "India", "Russian Federation", "South Africa"]
    assert w.ctl.stack.count() == steps + 1
    trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.sponsors.names == []


def test_a_pasted_list_on_behalf_of_a_group_fills_the_group_not_the_sponsors(qtbot, window):
    """Issue 22, fault 5: "..., on behalf of the Group of 77 and China" was split at "and":
    the group flagged as an unknown State and China added as a sponsor."""
    w = window
    panel = w.sponsors_page
    panel.paste_box.setFocus()
    qtbot.keyClicks(panel.paste_box, "Brazil, UK, on behalf of the Group of 77 and China")
    shown = [panel.paste_results.item(i).text() for i in range(panel.paste_results.count())]
    assert not any(s.startswith("✗") for s in shown), shown
    assert shown[-1] == "✓ On behalf of the Group of 77 and China"
    steps = w.ctl.stack.count()
    panel.paste_add.click()
    assert w.ctl.draft.sponsors.names == ["Brazil", "United Kingdom of Great Britain and Northern Ireland"]
    assert w.ctl.draft.sponsors.on_behalf_of == "the Group of 77 and China"
    assert panel.behalf.currentText() == "the Group of 77 and China"
    assert w.ctl.stack.count() == steps + 1  # one step to undo
    trigger(w.edit_menu, "Undo")
    assert w.ctl.draft.sponsors.names == [] and w.ctl.draft.sponsors.on_behalf_of == ""
