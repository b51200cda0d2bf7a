"""Draft the seed document from scratch in the app, with keys, clicks and menu items, and
compare the result with the bundled example (and with the seed text when the text writer
exists)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from textnorm import same_paragraphs_as_seed
from ui_helpers import trigger

from delegate_editor.model.serialize import to_dict
from delegate_editor.resources import resource
from delegate_editor.storage import dres

pytestmark = pytest.mark.gui

SEED = Path(__file__).resolve().parents[1] / "data" / "seed_E_CN.15_2013_draft_cybercrime.txt"


def _without_ids(data):
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def build_seed(qtbot, window, example) -> None:
    build_front(qtbot, window, example)
    build_body(qtbot, window, example)


def build_front(qtbot, window, example) -> None:
    """The front matter and the sponsors, typed into their pages."""
    front = window.front_page
    trigger(window.view_menu, "Front matter")
    organ = front.organ.lineEdit()
    organ.selectAll()
    type_into(qtbot, organ, example.front.organ)
    for path in (
        "front.body",
        "front.session",
        "front.venue_dates",
        "front.agenda.number",
        "front.agenda.symbol",
        "front.agenda.title",
    ):
        type_into(qtbot, front.fields[path], _get(example, path))
    box = front.fields["front.agenda.provisional"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # keyboard: a click's position depends on the width
    front.date.setFocus()
    front.date.setDate(QDate(2013, 4, 2))  # what choosing 2 April in the calendar popup does
    assert front.date.text() == "2 April 2013"
    type_into(qtbot, front.fields["recommendation"], _plain(example.recommendation))
    type_into(qtbot, front.fields["title"], _plain(example.title))

    trigger(window.view_menu, "Sponsors")
    sponsors = window.sponsors_page
    for name in example.sponsors.names:
        type_into(qtbot, sponsors.name, name)
        qtbot.keyClick(sponsors.name, Qt.Key.Key_Return)


def build_body(qtbot, window, example) -> None:
    trigger(window.view_menu, "Preamble")
    page = window.preamble_page
    for para in example.preamble:
        trigger(window.insert_menu, "Paragraph")
        type_into(qtbot, page.opening, para.opening)
        type_into(qtbot, page.text, _plain(para.text))

    trigger(window.view_menu, "Operative part")
    page = window.operative_page
    for para in example.operative:
        trigger(window.insert_menu, "Paragraph")
        type_into(qtbot, page.opening, para.opening)
        type_into(qtbot, page.text, _plain(para.text))


def _plain(text) -> str:
    from delegate_editor.model.text import plain_text

    return plain_text(text)


def _get(draft, path: str):
    obj = draft
    for name in path.split("."):
        obj = getattr(obj, name)
    return obj


def test_build_the_seed_through_the_editors(qtbot, make_window, asker, tmp_path):
    example = dres.load(resource("examples", "cybercrime.dres"))
    window = make_window(asker)
    build_seed(qtbot, window, example)

    built = window.ctl.draft
    expected = to_dict(example)
    expected["front"]["symbol"] = ""  # the seed as drafted carries no symbol or job number yet
    expected["front"]["job_number"] = ""
    assert _without_ids(to_dict(built)) == _without_ids(expected)
    assert window.isWindowModified()
    labels = [window.operative_page.model.label(r) for r in window.operative_page.model.rows]
    assert labels == ["1.", "2.", "3.", "4.", "5.", "6."]

    from delegate_editor.formats.text import write_text

    exported = write_text(built)
    seed = SEED.read_text(encoding="utf-8")
    assert same_paragraphs_as_seed(exported, seed)

    # save through the menu, reopen in a fresh window: everything as left
    target = tmp_path / "cybercrime.dres"
    asker.answers["save"] = [str(target)]
    trigger(window.file_menu, "Save As")
    assert target.exists()
    assert not window.isWindowModified()
    assert window.windowTitle() == "cybercrime.dres[*] — Delegate Editor"
    assert window.close()
    assert not asker.kinds("question")  # saved: closing asked nothing
    again = make_window()
    assert again.open_path(target)
    assert not again.asker.shown  # the lock was released on close: no warning
    assert _without_ids(to_dict(again.ctl.draft)) == _without_ids(to_dict(built))
    assert [r.id for r in again.operative_page.model.rows] == [p.id for p in built.operative]
