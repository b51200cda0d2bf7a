"""A resolution in sections (the Fifth Committee's "Special subjects ...", A/RES/80/243):
each section heading may hold preambular paragraphs of its own and number its operative
paragraphs from 1 again (``SectionHeading.preamble`` and ``restart``).

Two commands, in the Insert and Format menus, for the paragraph the cursor is in, on the
Operative page and in the document editor alike:

- Insert ▸ Preambular paragraph in section: under the heading (its first) or after the
  section's preambular paragraph the cursor is in;
- Format ▸ Number section from 1: the heading's paragraphs start again at 1, or number on.

Both are one undo step each (``Controller.edit_part``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from delegate_editor.model.document import Preambular, SectionHeading
from delegate_editor.ui import restructure
from delegate_editor.ui.i18n import translate

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def _here(window: MainWindow) -> tuple[object | None, str]:
    """The page showing the operative part (or the document editor) and the paragraph the
    cursor is in there; (None, "") anywhere else."""
    page = window.part_page()
    if page is None and window.current_page() == "document":
        page = window.document_page
    if page is None or getattr(page, "part", "operative") != "operative":
        return None, ""
    return page, page.current_id or ""


def _heading_of(items: list, node_id: str) -> SectionHeading | None:
    """The heading ``node_id`` is, or whose preamble holds it."""
    where = restructure.locate(items, node_id) if node_id else None
    if where is None:
        return None
    lst, i, parent = where
    if isinstance(lst[i], SectionHeading):
        return lst[i]
    return parent if isinstance(parent, SectionHeading) else None


def _show(page, node_id: str) -> None:
    if hasattr(page, "go_to"):  # the document editor
        page.go_to(node_id, 0)
    else:
        page.select(node_id)
        page.text.setFocus()


def add_section_preamble(window: MainWindow) -> None:
    page, node_id = _here(window)
    ctl = window.ctl
    if page is None or _heading_of(ctl.part_items("operative"), node_id) is None:
        window.statusBar().showMessage(
            translate("SectionMenu", "Put the cursor in a section heading or its preambular paragraphs."),
            4000,
        )
        return
    node = Preambular()

    def edit(items: list) -> str:
        restructure.insert_after(items, node_id, node)
        return node.id

    ctl.edit_part(
        "operative", translate("SectionMenu", "Insert preambular paragraph in section"), edit, node_id
    )
    _show(page, node.id)


def toggle_restart(window: MainWindow) -> None:
    page, node_id = _here(window)
    ctl = window.ctl
    heading = _heading_of(ctl.part_items("operative"), node_id) if page is not None else None
    if heading is None:
        window.statusBar().showMessage(translate("SectionMenu", "Put the cursor in a section heading."), 4000)
        return
    heading_id, restart = heading.id, not heading.restart
    label = (
        translate("SectionMenu", "Number section from 1")
        if restart
        else translate("SectionMenu", "Number section on from the one before")
    )

    def edit(items: list) -> str | None:
        found = restructure.find(items, heading_id)
        if not isinstance(found, SectionHeading):
            return None
        found.restart = restart
        return node_id

    ctl.edit_part("operative", label, edit, node_id)
    _show(page, node_id)


def _sync(window: MainWindow, action: QAction) -> None:
    """The Format menu shows whether the section the cursor is in numbers from 1."""
    page, node_id = _here(window)
    heading = _heading_of(window.ctl.part_items("operative"), node_id) if page is not None else None
    action.setEnabled(heading is not None)
    action.setChecked(heading is not None and heading.restart)


def install(window: MainWindow) -> None:
    a = window.actions_by_name
    preamble = QAction(translate("SectionMenu", "Preambular paragraph in &section"), window)
    preamble.setStatusTip(
        translate("SectionMenu", "A preambular paragraph of the section, printed under its heading")
    )
    preamble.triggered.connect(lambda _checked=False: add_section_preamble(window))
    window.insert_menu.insertAction(a["annex"], preamble)
    restart = QAction(translate("SectionMenu", "Number section from &1"), window, checkable=True)
    restart.setStatusTip(
        translate("SectionMenu", "The section's operative paragraphs are numbered from 1 again")
    )
    restart.triggered.connect(lambda _checked=False: toggle_restart(window))
    after = window.format_menu.actions().index(a["outdent"]) + 1
    window.format_menu.insertAction(window.format_menu.actions()[after], restart)
    window.format_menu.aboutToShow.connect(lambda: _sync(window, restart))
    a["section_preamble"], a["section_restart"] = preamble, restart
