"""The phrase palette, driven with keys: search, Return, the repeated form, own phrases."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.conventions import phrases as phrase_lists
from delegate_editor.model.document import Draft, Operative
from delegate_editor.model.text import plain_text, rich
from delegate_editor.storage import dres, paths, user_phrases
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui


@pytest.fixture
def seed_window(make_window, asker):
    window = make_window(asker)
    assert window.open_path(example_copy())
    window.phrase_dock.show()
    window.phrase_dock.raise_()
    return window


def search(qtbot, window, text: str) -> None:
    box = window.palette.search
    box.setFocus()
    box.clear()
    qtbot.keyClicks(box, text)


def test_the_lists_are_long_grouped_and_carry_their_forms(seed_window):
    w = seed_window
    trigger(w.view_menu, "Preamble")
    palette = w.palette
    assert palette.part == "preamble"
    assert len(palette.phrase_items()) >= 80
    groups = [palette.tree.topLevelItem(i).text(0) for i in range(palette.tree.topLevelItemCount())]
    assert "Recalling and reaffirming" in groups and "Concern" in groups
    recalling = next(i for i in palette.phrase_items() if i.text(0) == "Recalling")
    assert (recalling.text(1), recalling.text(2)) == ("Recalling also", "Recalling further")
    trigger(w.view_menu, "Operative part")
    assert palette.part == "operative" and len(palette.phrase_items()) >= 80
    requests = next(i for i in palette.phrase_items() if i.text(0) == "Requests")
    assert (requests.text(1), requests.text(2)) == ("Also requests", "Further requests")


def test_search_as_you_type_then_return_sets_the_opening(qtbot, seed_window):
    w = seed_window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[1].id)  # "Expresses its appreciation ..."
    target = page.current_id
    text_before = page.node().text
    search(qtbot, w, "encour")
    assert w.palette.visible_phrases()[0] == "Encourages"
    assert all("encourag" in p.lower() for p in w.palette.visible_phrases())
    steps = w.ctl.stack.count()
    qtbot.keyClick(w.palette.search, Qt.Key.Key_Return)
    node = w.ctl.node("operative", target)
    assert node.opening == "Encourages" and node.text == text_before
    assert page.opening.text() == "Encourages"  # the editor shows it
    assert w.ctl.stack.count() == steps + 1  # one undo step
    trigger(w.edit_menu, "Undo")
    assert w.ctl.node("operative", target).opening == "Expresses its appreciation"


def test_a_repeated_opening_offers_the_further_form(qtbot, seed_window):
    w = seed_window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    page.select(page.model.rows[5].id)  # the third "Requests": two above
    w.asker.answers["Repeated opening"] = ["Use “Further requests”"]
    search(qtbot, w, "requests")
    assert w.palette.visible_phrases()[0] == "Requests"
    qtbot.keyClick(w.palette.search, Qt.Key.Key_Return)
    question = [s for s in w.asker.shown if s[1] == "Repeated opening"]
    assert question and "2 paragraphs above" in question[0][2] and "Further requests" in question[0][2]
    assert page.node().opening == "Further requests"
    # the fourth paragraph, with one "Requests" above, is offered "Also requests"
    page.select(page.model.rows[4].id)
    w.asker.answers["Repeated opening"] = ["Use “Also requests”"]
    qtbot.keyClick(w.palette.search, Qt.Key.Key_Return)
    assert page.node().opening == "Also requests"
    # choosing the form in the palette's own column asks nothing
    asked = len(w.asker.shown)
    item = next(i for i in w.palette.phrase_items() if i.text(0) == "Invites")
    w.palette.tree.itemActivated.emit(item, 1)
    assert page.node().opening == "Also invites" and len(w.asker.shown) == asked


def test_no_current_paragraph_starts_a_new_one(qtbot, make_window, tmp_path):
    draft = Draft(operative=[Operative("Requests", rich("the Secretary-General to report;"))])
    path = tmp_path / "one.dres"
    dres.save(draft, path)
    w = make_window()
    assert w.open_path(path)
    trigger(w.view_menu, "Preamble")  # an empty preamble: nothing is current
    assert w.preamble_page.current_id == ""
    search(qtbot, w, "bearing in")
    qtbot.keyClick(w.palette.search, Qt.Key.Key_Return)
    assert [p.opening for p in w.ctl.draft.preamble] == ["Bearing in mind"]
    assert w.preamble_page.current_id == w.ctl.draft.preamble[0].id
    qtbot.keyClicks(w.preamble_page.text, "the importance of cooperation,")
    assert plain_text(w.ctl.draft.preamble[0].text) == "the importance of cooperation,"


def test_an_opening_typed_into_the_text_is_replaced(qtbot, seed_window):
    w = seed_window
    trigger(w.view_menu, "Operative part")
    page = w.operative_page
    trigger(w.insert_menu, "Paragraph")
    qtbot.keyClicks(page.text, "Urges Member States to cooperate;")
    assert page.node().opening == ""
    search(qtbot, w, "calls upon")
    qtbot.keyClick(w.palette.search, Qt.Key.Key_Return)
    assert page.node().opening == "Calls upon"
    assert plain_text(page.node().text) == "Member States to cooperate;"
    trigger(w.edit_menu, "Undo")
    assert page.node().opening == "" and plain_text(page.node().text).startswith("Urges")


def test_own_phrases_are_kept_in_the_user_folder(qtbot, seed_window):
    w = seed_window
    trigger(w.view_menu, "Operative part")
    w.asker.answers["Add my own phrase"] = ["Solemnly proclaims"]
    w.palette.add_button.click()
    assert "Solemnly proclaims" in w.palette.visible_phrases()
    saved = json.loads((paths.data_dir() / user_phrases.USER_FILE).read_text(encoding="utf-8"))
    assert saved["operative"][0]["phrase"] == "Solemnly proclaims"
    assert phrase_lists.is_operative_opening("Solemnly proclaims")
    group = next(i for i in w.palette.phrase_items() if i.text(0) == "Solemnly proclaims").parent()
    assert group.text(0).lower() == phrase_lists.USER_GROUP


def test_part_chooser_matches_the_list_shown(qtbot):
    from delegate_editor.conventions import phrases
    from delegate_editor.ui.palette import PhrasePalette

    palette = PhrasePalette()
    qtbot.addWidget(palette)
    shown = palette.which.currentData()
    first_group = palette.tree.topLevelItem(0)
    first_phrase = first_group.child(0).text(0)
    assert first_phrase in [p.phrase for p in phrases.phrases(shown)]
