"""File ▸ Join Group…, Leave Group and Who Proposed What…, the Members dock and the status
bar's connection state (issue 21 item 5), hooked in by :func:`install`.

A membership is kept per group in the user's data folder (``storage/groups.py``), never in
the draft, so opening a draft of a group this user joined (and did not leave) rejoins it.
The client needs the ``websockets`` package; when it is missing the menu says what to
install instead of failing.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from delegate_editor.conventions.messages import shown_error
from delegate_editor.errors import InputError
from delegate_editor.storage import groups
from delegate_editor.ui import docks
from delegate_editor.ui.dialogs import sentence
from delegate_editor.ui.group_session import GroupSession
from delegate_editor.ui.i18n import translate
from delegate_editor.ui.members_panel import HistoryDialog, MembersPanel, status_text
from delegate_editor.ui.presence_margin import PresenceMargin

if TYPE_CHECKING:
    from delegate_editor.ui.main_window import MainWindow


def client_available() -> bool:
    """Whether the sync client's transport is installed (a core dependency, but an install
    trimmed by hand or a frozen bundle built without it must not crash the menu)."""
    return importlib.util.find_spec("websockets") is not None


def install(window: MainWindow) -> None:
    window.group = None
    window.unsaved_from_group = False
    window.members_panel = MembersPanel()
    window.members_panel.goTo.connect(window.jump_to_paragraph)
    window.members_dock = docks.add_dock(window, QT_TRANSLATE_NOOP("Docks", "Members"), window.members_panel)
    window.members_dock.hide()  # shown on joining
    window.preview_dock.raise_()  # the first screen shows the pages, whatever was tabbed since
    window.group_status = QLabel()
    window.group_status.setAccessibleName(translate("GroupMenu", "Co-drafting group"))
    window.statusBar().addPermanentWidget(window.group_status)
    window.group_status.hide()
    a = window.actions_by_name
    menu = window.file_menu
    before = a["close"]
    join = QAction(translate("GroupMenu", "&Join Group…"), window)
    if not client_available():
        join.setText(translate("GroupMenu", "&Join Group… (needs the websockets package)"))
    join.triggered.connect(lambda _checked=False: ask_join(window))
    leave_ = QAction(translate("GroupMenu", "&Leave Group"), window)
    leave_.triggered.connect(lambda _checked=False: leave(window))
    history = QAction(translate("GroupMenu", "&Who Proposed What…"), window)
    history.triggered.connect(lambda _checked=False: show_history(window))
    a.update(join_group=join, leave_group=leave_, group_history=history)
    for action in (join, leave_, history):
        menu.insertAction(before, action)
    menu.insertSeparator(before)
    window.ctl.draftReplaced.connect(lambda: _replaced(window))
    for page in (window.preamble_page, window.operative_page, window.annex_page):
        page.currentChanged.connect(lambda _id: _moved(window))
    window.document_page.cursorPositionChanged.connect(lambda: _moved(window))
    window.stack.currentChanged.connect(lambda _index: _moved(window))  # another page, another place
    window.presence_margin = PresenceMargin(window.document_page)
    _show(window)


def _show(window: MainWindow) -> None:
    session = window.group
    joined = session is not None
    window.group_status.setVisible(joined)
    window.group_status.setText(status_text(session))
    window.members_panel.show_session(session)
    me = session.membership.member if session is not None else ""
    others = session.members if session is not None else []
    window.presence_margin.set_members(
        [(str(m["name"]), str(m.get("paragraph", ""))) for m in others if m.get("name") != me]
    )
    window.actions_by_name["leave_group"].setEnabled(joined)
    window.actions_by_name["group_history"].setEnabled(joined)


def _moved(window: MainWindow) -> None:
    if window.group is not None:
        window.group.where()


def ask_join(window: MainWindow) -> None:
    """The Join dialog, or what to install when the client cannot run here."""
    if not client_available():
        window.asker.info(
            window,
            translate("GroupMenu", "Co-drafting needs another package"),
            translate(
                "GroupMenu",
                "Joining a group needs the websockets package, which this installation lacks. "
                "Install it with: pip install websockets",
            ),
        )
        return
    from delegate_editor.ui.group_dialog import JoinDialog

    sync = window.ctl.draft.sync
    known = groups.membership(sync.group) if sync is not None else None
    dialog = window.join_dialog = JoinDialog(window, known, window.settings.delegation)
    dialog.accepted.connect(lambda: join(window, dialog.membership()))
    dialog.open()


def join(window: MainWindow, membership: groups.Membership) -> bool:
    """Join with ``membership``: the window's draft, when shared, is synced with the room's;
    a draft not shared is replaced by the group's once it arrives (after Save is offered)."""
    if window.group is not None:
        leave(window)
    if window.ctl.draft.sync is None and not window.maybe_save():
        return False
    session = GroupSession(window, membership)
    session.changed.connect(lambda: _changed(window))
    session.failed.connect(lambda message, fatal: _failed(window, message, fatal))
    try:
        session.start()
    except InputError as exc:
        window.asker.error(
            window, translate("GroupMenu", "Cannot join the group"), sentence(shown_error(exc))
        )
        return False
    window.group = session
    window.members_dock.show()
    window.members_dock.raise_()
    session.remember()
    _show(window)
    return True


def _changed(window: MainWindow) -> None:
    if window.group is not None:
        window.group.remember()  # once the group's id is known (kept once per group)
    _show(window)


def _failed(window: MainWindow, message: str, fatal: bool) -> None:
    """A refusal by the server (a used invitation, a wrong room) ends the membership; an
    update refused from the group is reported and the link goes on."""
    if fatal:
        leave(window, by_user=False)
    window.asker.error(window, translate("GroupMenu", "Co-drafting group"), sentence(message))


def leave(window: MainWindow, by_user: bool = True, publish: bool = True) -> None:
    """Leave Group: the others are told, the draft stays here with the group's log; with
    ``by_user`` reopening the draft no longer rejoins (the credential is kept for Join)."""
    session, window.group = window.group, None
    if session is None:
        return
    session.stop(publish)
    sync = window.ctl.draft.sync
    if by_user and sync is not None:
        try:
            groups.left(sync.group)
        except OSError as exc:
            window.statusBar().showMessage(sentence(shown_error(exc)), 5000)
    window.statusBar().showMessage(translate("GroupMenu", "You left the group; the draft stays here."), 5000)
    _show(window)


def _replaced(window: MainWindow) -> None:
    """Another draft opened in the window: leave the old group; rejoin the new one's."""
    session = window.group
    if session is not None and session.adopting:
        return
    if session is not None:
        leave(window, by_user=False, publish=False)  # the window holds another draft now
    sync = window.ctl.draft.sync
    known = groups.membership(sync.group) if sync is not None else None
    if known is not None and known.joined and client_available():
        join(window, known)


def show_history(window: MainWindow) -> None:
    if window.group is None:
        return
    dialog = window.history_dialog = HistoryDialog(window, window.group, window.jump_to_paragraph)
    dialog.show()


def shutdown(window: MainWindow) -> None:
    """The window closes: leave without forgetting, so reopening the draft rejoins."""
    leave(window, by_user=False)
