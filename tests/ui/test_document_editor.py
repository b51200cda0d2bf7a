"""The document editor driven with keys, as a delegate writes (issue 23): paragraphs of
A/RES/80/15 (Treaty of Tlatelolco) typed in one text, openings recognised and set in italics,
Enter, Backspace, Tab and Shift+Tab keeping the structure, one undo history whatever the
edit, and the numbers drawn in the margin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import trigger

from delegate_editor.model.document import Operative, Preambular, SubParagraph
from delegate_editor.model.serialize import to_dict
from delegate_editor.model.text import plain_text
from delegate_editor.ui.document import blocks
from tests.example_copy import example_copy

pytestmark = pytest.mark.gui

PP1 = "Recalling that the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean was opened for signature,"
OP1 = "Welcomes the fact that the Treaty is in force for all sovereign States of the region;"
OP2_HEAD = "Encourages the States members of the Agency to continue the activities, inter alia:"
SUB_A = "To support the efforts that are being undertaken in a multilateral context;"


@pytest.fixture
def document(qtbot, make_window):
    window = make_window()
    trigger(window.view_menu, "Document")
    editor = window.document_page
    editor.setFocus()
    return window, editor


def _key(qtbot, editor, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(editor, key, modifier)


def _type(qtbot, editor, text: str) -> None:
    qtbot.keyClicks(editor, text)


def _block_of(editor, node_id: str):
    block = editor.document().begin()
    while block.isValid():
        place = blocks.place_of(block)
        if place is not None and place.node_id == node_id:
            return block
        block = block.next()
    raise KeyError(node_id)


def _new_paragraph(window, part: str) -> None:
    trigger(window.view_menu, "Preamble" if part == "preamble" else "Operative part")
    trigger(window.insert_menu, "Paragraph")
    trigger(window.view_menu, "Document")


def test_typed_paragraphs_keep_their_structure(qtbot, document):
    window, editor = document
    _new_paragraph(window, "preamble")
    assert editor.go_to(window.ctl.draft.preamble[0].id)
    _type(qtbot, editor, PP1)
    _new_paragraph(window, "operative")
    op_id = window.ctl.draft.operative_paragraphs()[0].id
    assert editor.go_to(op_id)
    _type(qtbot, editor, OP1)
    _key(qtbot, editor, Qt.Key.Key_Return)  # a new operative paragraph
    _type(qtbot, editor, OP2_HEAD)
    _key(qtbot, editor, Qt.Key.Key_Return)
    _type(qtbot, editor, SUB_A)
    _key(qtbot, editor, Qt.Key.Key_Tab)  # made (a) of the paragraph above

    draft = window.ctl.draft
    [pp1] = draft.preamble
    assert (pp1.opening, plain_text(pp1.text)) == ("Recalling", PP1.removeprefix("Recalling "))
    op1, op2 = draft.operative_paragraphs()
    assert (op1.opening, plain_text(op1.text)) == ("Welcomes", OP1.removeprefix("Welcomes "))
    assert op2.opening == "Encourages"
    [sub] = op2.subs
    assert isinstance(sub, SubParagraph) and plain_text(sub.text) == SUB_A
    # the margin shows the numbers the exports print
    assert [text for _top, text in editor.gutter.labels()] == ["1.", "2.", "(a)"]
    # the opening recognised as typed is set in italics in the text
    first_op = _block_of(editor, op1.id)
    assert blocks.read(first_op)[0].italic and blocks.read(first_op)[0].text == "Welcomes"


def test_enter_splits_backspace_joins_and_undo_restores_each_state(qtbot, document):
    window, editor = document
    _new_paragraph(window, "operative")
    op_id = window.ctl.draft.operative_paragraphs()[0].id
    editor.go_to(op_id)
    _type(qtbot, editor, OP1)
    states = [to_dict(window.ctl.draft)]
    cursor = editor.textCursor()
    cursor.setPosition(cursor.block().position() + len("Welcomes the fact that the Treaty is in force "))
    editor.setTextCursor(cursor)
    _key(qtbot, editor, Qt.Key.Key_Return)  # split in the middle: one undo step
    first, second = window.ctl.draft.operative_paragraphs()
    assert plain_text(first.text) == "the fact that the Treaty is in force"
    assert plain_text(second.text) == "for all sovereign States of the region;"
    states.append(to_dict(window.ctl.draft))
    _key(qtbot, editor, Qt.Key.Key_Backspace)  # at the start of the second: joined again
    [joined] = window.ctl.draft.operative_paragraphs()
    assert (
        plain_text(joined.text)
        == "the fact that the Treaty is in force for all sovereign States of the region;"
    )
    _key(qtbot, editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert to_dict(window.ctl.draft) == states[1]
    _key(qtbot, editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert to_dict(window.ctl.draft) == states[0]
    _key(qtbot, editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert to_dict(window.ctl.draft) == states[1]


def test_backspace_between_kinds_edits_text_only(qtbot, document):
    window, editor = document
    _new_paragraph(window, "preamble")
    _new_paragraph(window, "operative")
    editor.go_to(window.ctl.draft.preamble[0].id)
    _type(qtbot, editor, PP1)
    editor.go_to(window.ctl.draft.operative_paragraphs()[0].id, 0)
    depth = window.ctl.stack.index()
    _key(qtbot, editor, Qt.Key.Key_Backspace)  # a preambular and an operative: never joined
    draft = window.ctl.draft
    assert len(draft.preamble) == 1 and isinstance(draft.operative[0], Operative)
    assert isinstance(draft.preamble[0], Preambular) and window.ctl.stack.index() == depth


def test_an_opening_typed_plain_is_recognised_and_set_in_italics(qtbot, document):
    window, editor = document
    _new_paragraph(window, "operative")
    op_id = window.ctl.draft.operative_paragraphs()[0].id
    editor.go_to(op_id)
    _type(qtbot, editor, "Requests the Secretary-General to report to the General Assembly;")
    qtbot.waitUntil(lambda: blocks.read(_block_of(editor, op_id))[0].italic)
    _type(qtbot, editor, " ")  # typing goes on in roman after the italics
    [op] = window.ctl.draft.operative_paragraphs()
    assert op.opening == "Requests"
    assert plain_text(op.text) == "the Secretary-General to report to the General Assembly; "


def test_changes_made_elsewhere_show_in_the_document(document):
    window, editor = document
    _new_paragraph(window, "operative")
    op_id = window.ctl.draft.operative_paragraphs()[0].id
    window.ctl.edit_paragraph("operative", op_id, "opening", "Requests", typing=False)
    window.ctl.edit_paragraph("operative", op_id, "text", (blocks.Run("the Secretary-General to report;"),))
    assert "Requests the Secretary-General to report;" in editor.toPlainText()


def _body(draft) -> str:
    """The body as the text form writes it: paragraphs, numbers, openings, notes."""
    from delegate_editor.formats.text import write_text
    from delegate_editor.model.document import Draft, FrontMatter

    body = Draft(front=FrontMatter(organ=""), authoring="")
    body.preamble, body.operative, body.footnotes = draft.preamble, draft.operative, draft.footnotes
    return write_text(body)


@pytest.mark.parametrize("name", ["ga-80/A_RES_80_15.md", "drafts/A_C.3_80_L.21.txt"])
def test_a_pasted_resolution_lands_as_imported(qtbot, document, corpus_dir, name):
    """The body of a real resolution pasted into an empty draft (Ctrl+V, one undo step)
    gives the paragraphs, parts and notes the importer gives."""
    from corpus_drafts import corpus_text
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    from delegate_editor.formats.text_import import read_text

    window, editor = document
    text = corpus_text(corpus_dir / name)
    imported = read_text(text, name)
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    depth = window.ctl.stack.index()
    _key(qtbot, editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _body(window.ctl.draft) == _body(imported)
    assert window.ctl.stack.index() == depth + 1
    trigger(window.edit_menu, "Undo")
    assert not window.ctl.draft.preamble and not window.ctl.draft.operative


def test_the_seed_typed_from_a_blank_draft_in_the_document(qtbot, make_window):
    """The seed (E/CN.15/2013/L.14) from a blank draft: the front matter and sponsors in
    their pages, the body typed in the Document page as one text, Enter between paragraphs;
    no more than 10% more keystrokes than characters, and the export is the seed's."""
    from test_build_seed import SEED, build_front
    from textnorm import same_paragraphs_as_seed

    from delegate_editor.formats.text import write_text
    from delegate_editor.resources import resource
    from delegate_editor.storage import dres

    example = dres.load(resource("examples", "cybercrime.dres"))
    window = make_window()
    build_front(qtbot, window, example)
    trigger(window.view_menu, "Document")
    editor = window.document_page
    editor.setFocus()
    paragraphs = [f"{p.opening} {plain_text(p.text)}" for p in example.preamble]
    paragraphs += [f"{p.opening} {plain_text(p.text)}" for p in example.operative_paragraphs()]
    keys = chars = 0
    for i, text in enumerate(paragraphs):
        if i:
            _key(qtbot, editor, Qt.Key.Key_Return)
            keys += 1
        _type(qtbot, editor, text)
        keys, chars = keys + len(text), chars + len(text)
    qtbot.wait(10)
    assert keys <= 1.10 * chars
    draft = window.ctl.draft
    assert [(p.opening, plain_text(p.text)) for p in draft.preamble] == [
        (p.opening, plain_text(p.text)) for p in example.preamble
    ]
    assert [(p.opening, plain_text(p.text)) for p in draft.operative_paragraphs()] == [
        (p.opening, plain_text(p.text)) for p in example.operative_paragraphs()
    ]
    assert same_paragraphs_as_seed(write_text(draft), SEED.read_text(encoding="utf-8"))


def test_the_navigator_goes_to_a_paragraph_and_the_checks_mark_it(qtbot, make_window):
    """The bundled draft: a click on operative paragraph 4 in the navigator puts the cursor
    in it in the Document page; a finding (a missing final semicolon) marks its paragraph
    in the editor's margin."""

    window = make_window()
    assert window.open_path(example_copy())
    trigger(window.view_menu, "Document")
    assert window.navigator_dock.isVisible()
    op4 = window.ctl.draft.operative_paragraphs()[3]
    qtbot.waitUntil(lambda: op4.id in window.navigator.items)  # the tree is rebuilt after the open
    row = window.navigator.items[op4.id]
    assert row.text(0).startswith("4. Requests the Commission on Crime Prevention")
    window.navigator.itemClicked.emit(row, 0)
    assert window.document_page.current().node_id == op4.id
    text = op4.text
    window.ctl.edit_paragraph(
        "operative", op4.id, "text", (*text[:-1], blocks.Run(text[-1].text.rstrip(";")))
    )
    window.checks.recheck()
    qtbot.waitUntil(lambda: any(m.severity == "error" for m in window.document_margin.marks), timeout=10_000)
    [mark] = [m for m in window.document_margin.marks if m.severity == "error"]
    block = window.document_page.document().findBlock(mark.start)
    assert blocks.place_of(block).node_id == op4.id


def _three_operative(qtbot, window, editor):
    _new_paragraph(window, "operative")
    editor.go_to(window.ctl.draft.operative_paragraphs()[0].id)
    for i, text in enumerate([OP1, OP2_HEAD, "Requests the Secretary-General to report;"]):
        if i:
            _key(qtbot, editor, Qt.Key.Key_Return)
        _type(qtbot, editor, text)


def test_a_selection_across_paragraphs_is_copied_and_deleted_whole(qtbot, document):
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    window, editor = document
    _three_operative(qtbot, window, editor)
    cursor = editor.textCursor()
    ops = window.ctl.draft.operative_paragraphs()
    first = _block_of(editor, ops[0].id)
    cursor.setPosition(first.position() + len("Welcomes the fact that the Treaty"))
    third = _block_of(editor, ops[2].id)
    cursor.setPosition(third.position() + len("Requests "), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    _key(qtbot, editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().mimeData().text()
    assert copied.startswith("1. *Welcomes* the fact that the Treaty is in force")  # whole, numbered
    assert "2. *Encourages*" in copied and "3. *Requests* the Secretary-General" in copied
    depth = window.ctl.stack.index()
    _key(qtbot, editor, Qt.Key.Key_Delete)
    [op] = window.ctl.draft.operative_paragraphs()
    assert op.opening == "Welcomes"
    assert plain_text(op.text) == "the fact that the Treaty the Secretary-General to report;"
    assert window.ctl.stack.index() == depth + 1
    trigger(window.edit_menu, "Undo")
    assert len(window.ctl.draft.operative_paragraphs()) == 3


def test_alt_up_and_down_move_the_paragraph(qtbot, document):
    window, editor = document
    _three_operative(qtbot, window, editor)
    third = window.ctl.draft.operative_paragraphs()[2].id
    editor.go_to(third, 3)
    _key(qtbot, editor, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.id for p in window.ctl.draft.operative_paragraphs()].index(third) == 1
    assert editor.current().node_id == third
    assert [text for _top, text in editor.gutter.labels()] == ["1.", "2.", "3."]


def test_a_footnote_inserted_in_the_document(qtbot, document):
    """Insert ▸ Footnote with the cursor in a paragraph of the Document page: the mark at the
    cursor with its live number, the note in the draft, one undo step (A/RES/80/15's note)."""
    window, editor = document
    _new_paragraph(window, "preamble")
    editor.go_to(window.ctl.draft.preamble[0].id)
    _type(qtbot, editor, PP1)
    cursor = editor.textCursor()
    cursor.setPosition(
        cursor.block().position()
        + len(
            "Recalling that the Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean"
        )
    )
    editor.setTextCursor(cursor)
    window.asker.answers["Insert footnote"] = ["United Nations, Treaty Series, vol. 634, No. 9068."]
    depth = window.ctl.stack.index()
    trigger(window.insert_menu, "Footnote")
    [pp1] = window.ctl.draft.preamble
    [note] = window.ctl.draft.footnotes.values()
    assert plain_text(note.text) == "United Nations, Treaty Series, vol. 634, No. 9068."
    assert any(getattr(item, "note_id", "") == note.id for item in pp1.text)
    assert "Caribbean1 was opened" in editor.toPlainText()
    assert window.ctl.stack.index() == depth + 1


def test_the_front_matters_printed_lines_head_the_document_read_only(qtbot, make_window):
    """The bundled draft: its sponsors line, title and organ line are shown above the
    paragraphs as they print; keys typed there change nothing (they are edited in their pages)."""

    window = make_window()
    assert window.open_path(example_copy())
    trigger(window.view_menu, "Document")
    editor = window.document_page
    lines = editor.toPlainText().split("\n")[:3]
    assert lines == [
        "Brazil, China, India, Russian Federation and South Africa: draft resolution",
        "Strengthening international cooperation to combat cybercrime",
        "The General Assembly,",
    ]
    cursor = editor.textCursor()
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    depth = window.ctl.stack.index()
    _type(qtbot, editor, "xyz")
    _key(qtbot, editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText().split("\n")[:3] == lines and window.ctl.stack.index() == depth


def test_a_cross_reference_inserted_in_the_document_follows_moves(qtbot, document):
    window, editor = document
    _three_operative(qtbot, window, editor)
    first, _second, third = window.ctl.draft.operative_paragraphs()
    editor.go_to(third.id)
    _type(qtbot, editor, " See paragraph ")
    window.asker.answers["Insert cross-reference"] = [
        next(n for n in _targets(window, third.id) if n.startswith("1"))
    ]
    trigger(window.insert_menu, "Cross-reference")
    text = window.ctl.draft.operative_paragraphs()[2].text
    assert [getattr(i, "target_id", "") for i in text if getattr(i, "target_id", "")] == [first.id]
    assert _block_of(editor, third.id).text().endswith("See paragraph 1")
    window.ctl.move("operative", first.id, 1)  # paragraph 1 becomes 2: the reference follows
    assert _block_of(editor, third.id).text().endswith("See paragraph 2")


def _targets(window, node_id):
    from delegate_editor.ui.crossref import targets

    return [name for _id, name in targets(window, node_id)]
