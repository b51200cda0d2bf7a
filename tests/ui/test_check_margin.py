"""The checks' margin beside a QTextEdit: a bar in the severity's colour beside the lines a
finding is about, its message as the tooltip, following scrolling and typing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTextEdit

from delegate_editor.ui.check_margin import WIDTH, CheckMargin, Mark
from delegate_editor.ui.checks_panel import SEVERITY_COLOURS

# three paragraphs of A/RES/80/10
PARAS = [
    "Reaffirming the purposes and principles of the Charter of the United Nations,",
    "Recalling the Universal Declaration of Human Rights, the United Nations Declaration on the "
    "Rights of Indigenous Peoples, the Beijing Declaration and Platform for Action",
    "1. Decides to proclaim 5 September of each year as the International Day of the World’s "
    "Indigenous Women and Girls;",
]


def _editor(qtbot) -> tuple[QTextEdit, CheckMargin]:
    edit = QTextEdit()
    edit.setPlainText("\n".join(PARAS))
    edit.resize(300, 200)
    margin = CheckMargin(edit)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    return edit, margin


def _colour_at(margin: CheckMargin, y: int):
    return margin.grab().toImage().pixelColor(WIDTH // 2, y)


def test_a_bar_beside_the_marked_paragraph_and_its_message(qtbot):
    edit, margin = _editor(qtbot)
    assert edit.viewport().x() >= WIDTH  # the text moved over for the margin
    start = len(PARAS[0]) + 1
    margin.set_marks([Mark(start, start + len(PARAS[1]), "warning", "no final comma")])
    top, bottom = margin.span(margin.marks[0])
    middle = (top + bottom) // 2
    assert _colour_at(margin, middle) == SEVERITY_COLOURS["warning"]
    first_line = margin.span(Mark(0, 1, "info", ""))[0] + 2
    assert _colour_at(margin, first_line) != SEVERITY_COLOURS["warning"]
    assert [m.message for m in margin.marks_at(middle)] == ["no final comma"]
    assert margin.marks_at(first_line) == []


def test_the_worst_mark_shows_and_the_bars_follow_the_text(qtbot):
    edit, margin = _editor(qtbot)
    third = len(PARAS[0]) + len(PARAS[1]) + 2
    margin.set_marks(
        [
            Mark(third, third + 10, "info", "paragraph 1 stands alone"),
            Mark(third, third + 10, "error", "unknown opening phrase"),
        ]
    )
    top, bottom = margin.span(margin.marks[0])
    assert _colour_at(margin, (top + bottom) // 2) == SEVERITY_COLOURS["error"]
    # typing a line above moves the bar down with its paragraph
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    moved_top, _ = margin.span(Mark(third + 1, third + 11, "error", ""))
    assert moved_top > top
    # scrolling moves it up
    edit.resize(300, 60)
    edit.verticalScrollBar().setValue(edit.verticalScrollBar().maximum())
    assert margin.span(Mark(third + 1, third + 11, "error", ""))[0] < moved_top
    margin.set_marks([])
    assert margin.marks_at(QPoint(0, moved_top).y()) == []


def test_a_mark_follows_its_text_as_lines_are_typed_above_it_without_being_set_again(qtbot):
    edit, margin = _editor(qtbot)
    third = len(PARAS[0]) + len(PARAS[1]) + 2
    margin.set_marks([Mark(third, third + len(PARAS[2]), "error", "unknown opening phrase")])
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    for _ in range(3):  # three new lines above: the paragraph moves down three lines
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    top, bottom = margin.span(Mark(third + 3, third + 3 + len(PARAS[2]), "error", ""))
    middle = (top + bottom) // 2
    assert [m.message for m in margin.marks_at(middle)] == ["unknown opening phrase"]
    assert _colour_at(margin, middle) == SEVERITY_COLOURS["error"]
    old_top = margin.span(Mark(third, third + 1, "error", ""))[0]
    assert margin.marks_at(old_top + 2) == []  # where it stood, the first paragraph is now
