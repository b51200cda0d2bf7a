"""The Negotiation menu and the Proposals dock (issue 18 item 7), hooked in by :func:`install`.

Negotiation mode shows each paragraph's negotiation label ("PP3", "OP3bis") in the
paragraph lists, in the colour of its status, with the Proposals dock
(``ui/negotiation_panel.py``) for the paragraph selected. From the menu the penholder
imports a copy a delegation sent back (its edits become that delegation's proposals, one
undo step), keeps only the open paragraphs in view, shows the compilation text in the
preview, and exports the compilation and the clean text. The work with files is the
command line's (``app/negotiation.py``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction

from delegate_editor.app.export import OVERWRITES_DRAFT
from delegate_editor.app.negotiation import add_returned, export_clean, export_compilation, read_returned
from delegate_editor.conventions.messages import shown, shown_error
from delegate_editor.errors import InputError
from delegate_editor.model.negotiation import Silence, labels, start_negotiation
from delegate_editor.storage.atomic import SaveError
from delegate_editor.ui import docks, menus
from delegate_editor.ui.dialogs import sentence
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.negotiation_commands import NegotiationCommand
from delegate_editor.ui.negotiation_panel import NegotiationPanel, open_ids, status_colour

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow

RETURNED_FILTERS = QT_TRANSLATE_NOOP("NegotiationMenu", "Returned copies (*.docx *.odt *.dres *.txt)")
EXPORT_FILTERS = QT_TRANSLATE_NOOP(
    "NegotiationMenu", "Word document (*.docx);;OpenDocument text (*.odt);;PDF (*.pdf)"
)


def install(window: MainWindow) -> None:
    """The menu, the dock, and the links between them and the paragraph lists."""
    panel = window.negotiation_panel = NegotiationPanel(window.ctl)
    window.negotiation_dock = docks.add_dock(window, QT_TRANSLATE_NOOP("Docks", "Proposals"), panel)
    window.negotiation_dock.hide()
    window.preview_dock.raise_()  # the first screen shows the pages, whatever was tabbed since
    menu = window.negotiation_menu = menus.add_menu(window, translate("NegotiationMenu", "Ne&gotiation"))
    a = window.actions_by_name

    def act(key: str, text: str, slot, checkable: bool = False) -> QAction:
        action = QAction(text, window)
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda _checked=False: slot())
        a[key] = action
        menu.addAction(action)
        return action

    act(
        "negotiation_mode",
        translate("NegotiationMenu", "&Negotiation Mode"),
        lambda on: set_mode(window, on),
        checkable=True,
    )
    act(
        "import_returned",
        translate("NegotiationMenu", "&Import Returned Copy…"),
        lambda: import_returned(window),
    )
    menu.addSeparator()
    only_open = act(
        "open_only",
        translate("NegotiationMenu", "&Open Paragraphs Only"),
        panel.only_open.setChecked,
        checkable=True,
    )
    panel.only_open.toggled.connect(only_open.setChecked)
    panel.filterChanged.connect(lambda _on: apply_filter(window))
    act(
        "show_compilation",
        translate("NegotiationMenu", "Show &Compilation in Preview"),
        lambda on: show_compilation(window, on),
        True,
    )
    menu.addSeparator()
    act(
        "agreed_source",
        translate("NegotiationMenu", "Source of Agreed &Language…"),
        lambda: ask_source(window),
    )
    act("silence", translate("NegotiationMenu", "Start &Silence Procedure…"), lambda: start_silence(window))
    act("silence_broken", translate("NegotiationMenu", "Silence &Broken…"), lambda: silence_broken(window))
    menu.addSeparator()
    act(
        "export_compilation",
        translate("NegotiationMenu", "Export Co&mpilation…"),
        lambda: export_text(window, compilation=True),
    )
    act(
        "export_clean",
        translate("NegotiationMenu", "Export C&lean Text…"),
        lambda: export_text(window, compilation=False),
    )
    for page in _pages(window):
        page.currentChanged.connect(panel.show_paragraph)
        page.model.modelReset.connect(lambda: apply_filter(window))
    window.ctl.changed.connect(lambda: _follow(window))
    window.ctl.draftReplaced.connect(lambda: _follow(window, replaced=True))
    _follow(window, replaced=True)


def _pages(window: MainWindow) -> list:
    return [window.preamble_page, window.operative_page]


def set_mode(window: MainWindow, on: bool) -> None:
    """Negotiation mode on (starting a negotiation, one undo step, when the draft has none:
    its paragraphs as they stand are the zero draft) or off (the negotiation is kept)."""
    ctl = window.ctl
    if on and ctl.draft.negotiation is None:
        ctl.stack.push(
            NegotiationCommand(ctl, translate("NegotiationMenu", "Start the negotiation"), start_negotiation)
        )
    _show(window, on and ctl.draft.negotiation is not None)


def _show(window: MainWindow, on: bool) -> None:
    mode = window.actions_by_name["negotiation_mode"]
    if mode.isChecked() != on:
        mode.blockSignals(True)
        mode.setChecked(on)
        mode.blockSignals(False)
    window.negotiation_dock.setVisible(on)
    if on:
        window.negotiation_dock.raise_()
    ctl = window.ctl
    view = (
        lambda node_id: labels(ctl.draft).get(node_id, ""),
        lambda node_id: status_colour(ctl.draft, node_id),
    )
    for page in _pages(window):
        page.model.negotiation = view if on else ()
        page.model.refresh()
        if page.current_id:
            page.select(page.current_id)
    if not on:
        window.negotiation_panel.only_open.setChecked(False)
        show_compilation(window, False)
    apply_filter(window)


def _follow(window: MainWindow, replaced: bool = False) -> None:
    """After a change or another draft: the mode follows whether the draft is negotiated
    (an undone start ends it; a negotiated draft opens in it)."""
    negotiated = window.ctl.draft.negotiation is not None
    mode = window.actions_by_name["negotiation_mode"].isChecked()
    if mode and not negotiated:
        _show(window, False)
    elif replaced and negotiated != mode:
        _show(window, negotiated)
    elif mode:
        apply_filter(window)


def apply_filter(window: MainWindow) -> None:
    """Open paragraphs only: the others' rows hidden in the paragraph lists."""
    draft = window.ctl.draft
    keep = open_ids(draft) if window.negotiation_panel.only_open.isChecked() and draft.negotiation else None
    for page in _pages(window):
        for row, item in enumerate(page.model.rows):
            page.view.setRowHidden(row, keep is not None and item.id not in keep)


def show_compilation(window: MainWindow, on: bool) -> None:
    """The preview shows the compilation text (proposals in place) instead of the draft."""
    action = window.actions_by_name["show_compilation"]
    if action.isChecked() != on:
        action.blockSignals(True)
        action.setChecked(on)
        action.blockSignals(False)
    renderer = window.page_renderer
    if renderer.compilation != on:
        renderer.compilation = on
        renderer.render_now()
        if on:
            window.preview_dock.show()
            window.preview_dock.raise_()


def import_returned(window: MainWindow) -> bool:
    """A copy a delegation sent back: its edits become that delegation's proposals (one
    undo step); a file the app cannot read gives one message and changes nothing."""
    path = window.asker.open_path(
        window,
        translate("NegotiationMenu", "Import a returned copy"),
        window.settings.last_folder,
        translate("NegotiationMenu", RETURNED_FILTERS),
    )
    if not path:
        return False
    title = translate("NegotiationMenu", "Proposals not imported")
    try:
        returned, sent, messages = read_returned(path)
    except InputError as exc:
        window.asker.error(window, title, sentence(shown_error(exc)))
        return False
    delegation = window.asker.text(
        window,
        translate("NegotiationMenu", "Returned copy"),
        translate("NegotiationMenu", "Which delegation sent this copy back?"),
    )
    if not delegation or not delegation.strip():
        return False
    ctl = window.ctl
    try:
        command = NegotiationCommand(
            ctl,
            translate("NegotiationMenu", "Proposals of {delegation}").format(delegation=delegation.strip()),
            lambda d: add_returned(d, delegation, returned, sent, date.today()),
        )
    except (InputError, ValueError) as exc:
        window.asker.error(window, title, sentence(shown_error(exc)))
        return False
    ctl.stack.push(command)
    window.settings.last_folder = str(Path(path).resolve().parent)
    _show(window, True)
    added = len(command.result.added)
    said = (
        translate("NegotiationMenu", "1 proposal of {delegation} from {name}")
        if added == 1
        else translate("NegotiationMenu", "{n} proposals of {delegation} from {name}")
    )
    window.statusBar().showMessage(
        said.format(n=added, delegation=delegation.strip(), name=Path(path).name), 8000
    )
    notes = messages + command.result.messages
    if notes:
        window.asker.info(
            window,
            translate("NegotiationMenu", "Imported {name}").format(name=Path(path).name),
            "\n".join(shown(n) for n in notes),
        )
    return True


def export_text(window: MainWindow, compilation: bool) -> bool:
    """File out: the compilation text (DOCX, ODT or PDF) or the clean text."""
    session = window.ctl.session
    suggested = Path(session.suggested_path(".docx"))
    what = (
        translate("NegotiationMenu", "compilation") if compilation else translate("NegotiationMenu", "clean")
    )
    suggested = suggested.with_name(f"{suggested.stem} {what}.docx")
    caption = (
        translate("NegotiationMenu", "Export the compilation text")
        if compilation
        else translate("NegotiationMenu", "Export the clean text")
    )
    path = window.asker.save_path(
        window, caption, str(suggested), translate("NegotiationMenu", EXPORT_FILTERS)
    )
    if not path:
        return False
    try:
        if compilation:
            written = export_compilation(window.ctl.draft, path, protect=[session.path], why=OVERWRITES_DRAFT)
        else:
            written = export_clean(window.ctl.draft, path, protect=[session.path], why=OVERWRITES_DRAFT)
    except (InputError, SaveError) as exc:
        window.asker.error(window, translate("NegotiationMenu", "Not exported"), sentence(shown_error(exc)))
        return False
    window.statusBar().showMessage(
        translate("NegotiationMenu", "Exported {name}").format(name=written.name), 5000
    )
    return True


def _selected(window: MainWindow) -> str:
    """The paragraph the Proposals dock shows (the list's current one)."""
    return window.negotiation_panel.node_id


def _negotiating(window: MainWindow, title: str) -> bool:
    if window.ctl.draft.negotiation is None:
        window.asker.error(
            window,
            title,
            translate("NegotiationMenu", "The draft is not under negotiation: turn on Negotiation Mode."),
        )
        return False
    return True


def ask_source(window: MainWindow) -> bool:
    """The agreed language a paragraph reuses ("A/HRC/28/2 (OP9, amended)"), one undo step;
    the compilation prints it after the paragraph."""
    title = translate("NegotiationMenu", "Source of agreed language")
    if not _negotiating(window, title):
        return False
    node_id = _selected(window)
    if not node_id:
        window.asker.error(window, title, translate("NegotiationMenu", "Select a paragraph first."))
        return False
    neg = window.ctl.draft.negotiation
    answer = window.asker.text(
        window,
        title,
        translate(
            "NegotiationMenu", "Where the paragraph's agreed language comes from (symbol and paragraph):"
        ),
        neg.state(node_id).source,
    )
    if answer is None:
        return False
    status, source = neg.state(node_id).status, " ".join(answer.split())
    window.ctl.stack.push(
        NegotiationCommand(
            window.ctl,
            translate("NegotiationMenu", "Source of agreed language"),
            lambda d: d.negotiation.set_status(node_id, status, source),
        )
    )
    return True


def start_silence(window: MainWindow) -> bool:
    """A silence procedure until a deadline ("2025-11-20 18:00"), one undo step."""
    title = translate("NegotiationMenu", "Silence procedure")
    if not _negotiating(window, title):
        return False
    answer = window.asker.text(
        window, title, translate("NegotiationMenu", "Deadline (year-month-day hour:minute):"), ""
    )
    if answer is None:
        return False
    try:
        deadline = datetime.strptime(" ".join(answer.split()), "%Y-%m-%d %H:%M")
    except ValueError:
        window.asker.error(
            window, title, translate("NegotiationMenu", "Write the deadline as 2025-11-20 18:00.")
        )
        return False
    window.ctl.stack.push(
        NegotiationCommand(
            window.ctl,
            translate("NegotiationMenu", "Start the silence procedure"),
            lambda d: setattr(d.negotiation, "silence", Silence(deadline)),
        )
    )
    return True


def silence_broken(window: MainWindow) -> bool:
    """A delegation broke silence on the paragraph selected ("silence broken by ... on OP5"),
    one undo step; the compilation lists the breaks under the deadline."""
    title = translate("NegotiationMenu", "Silence broken")
    if not _negotiating(window, title):
        return False
    neg = window.ctl.draft.negotiation
    node_id = _selected(window)
    if neg.silence is None or not node_id:
        window.asker.error(
            window,
            title,
            translate("NegotiationMenu", "Start a silence procedure and select the paragraph first."),
        )
        return False
    who = window.asker.text(
        window, title, translate("NegotiationMenu", "Which delegation broke silence?"), ""
    )
    if not who or not who.strip():
        return False
    name, when = who.strip(), datetime.now().replace(microsecond=0)
    window.ctl.stack.push(
        NegotiationCommand(
            window.ctl,
            translate("NegotiationMenu", "Silence broken by {who}").format(who=name),
            lambda d: d.negotiation.break_silence(name, node_id, when),
        )
    )
    return True
