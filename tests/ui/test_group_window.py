"""Issue 21 item 5 through the window, against a real ``delegate-editor serve`` on 127.0.0.1:
the penholder (Mexico) opens the shared draft and joins from File ▸ Join Group…; a second
window joins as the EU with an invitation and gets the group's draft; both go online and
see each other in the Members dock; the EU's edit of the agreed text becomes the EU's
proposal in both windows and in Who Proposed What…; the server is stopped (offline, the
penholder keeps typing) and restarted on the same port (online again, converged); the EU
leaves. Every wait is ``qtbot.waitUntil`` with a deadline; the server is killed in
``finally``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_helpers import ScriptedAsker, trigger

from delegate_editor.formats.text_import import read_text
from delegate_editor.model.negotiation import start_negotiation
from delegate_editor.model.text import plain_text
from delegate_editor.storage import dres, groups, paths
from delegate_editor.sync.shared import agreed_data
from tests.corpus_drafts import corpus_text
from tests.sync.processes import ROOT, Server, invite

pytestmark = pytest.mark.gui
L13 = ROOT / "tests" / "data" / "corpus" / "drafts" / "A_80_L.13.txt"
WAIT = 20_000


def _join(qtbot, window, server: str, token: str, name: str) -> None:
    """File ▸ Join Group…, the four fields typed, Enter."""
    trigger(window.file_menu, "Join Group")
    dialog = window.join_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    for field, text in (
        (dialog.server, server),
        (dialog.room, "l13"),
        (dialog.token, token),
        (dialog.member, name),
    ):
        field.selectAll()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(dialog.member, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def _shared(window) -> dict:
    draft = window.ctl.draft
    return {"agreed": agreed_data(draft), "proposals": sorted(p.id for p in draft.negotiation.proposals)}


def test_two_windows_join_propose_go_offline_and_back_and_leave(qtbot, make_window, tmp_path):
    draft = read_text(corpus_text(L13), L13.name)
    draft.negotiation = start_negotiation(draft)
    path, data = tmp_path / "l13.dres", tmp_path / "rooms"
    dres.save(draft, path)
    invite(path, data, "--penholder", "Mexico")  # shares the draft: its log is in the file now
    invitation = invite(path, data)
    server = Server(data, tmp_path / "server.log")
    try:
        mexico = make_window(ScriptedAsker(open=str(path)))
        trigger(mexico.file_menu, "Open")
        assert mexico.ctl.draft.sync is not None
        # the penholder has no invitation of its own here: it joins with a credential the
        # server's folder mints, as the penholder running the server would
        from delegate_editor.sync.rooms import Room

        credential = Room(data, "l13").token("dem1")
        _join(qtbot, mexico, server.url, credential, "Mexico")
        eu = make_window()
        _join(qtbot, eu, server.url, invitation, "EU")

        def online(window, n: int) -> bool:
            return window.group_status.text() == f"Online · {n} members"

        qtbot.waitUntil(lambda: online(mexico, 2) and online(eu, 2), timeout=WAIT)
        # the group's draft replaced the EU's empty window, and its membership was kept
        assert plain_text(eu.ctl.draft.title) == plain_text(mexico.ctl.draft.title)
        known = groups.membership(eu.ctl.draft.sync.group)
        assert known is not None and known.credential.startswith("dem1.")

        # the penholder types in OP3: the agreed text, in both windows
        op3 = mexico.ctl.draft.operative[2].id
        mexico.show_page("operative")
        mexico.operative_page.select(op3)
        mexico.operative_page.text.moveCursor(mexico.operative_page.text.textCursor().MoveOperation.Start)
        qtbot.keyClicks(mexico.operative_page.text, "Further ")
        qtbot.waitUntil(lambda: "Further" in str(agreed_data(eu.ctl.draft)), timeout=WAIT)

        # the EU goes to OP2 and types: a proposal by the EU, in both windows
        op2 = eu.ctl.draft.operative[1].id
        eu.show_page("operative")
        eu.operative_page.select(op2)
        qtbot.waitUntil(
            lambda: any(
                "EU — OP2" in mexico.members_panel.list.item(i).text()
                for i in range(mexico.members_panel.list.count())
            ),
            timeout=WAIT,
        )
        # and in the Document page's margin, as the EU's initials beside OP2
        mexico.show_page("document")
        qtbot.waitUntil(lambda: list(mexico.presence_margin.places()) == [op2], timeout=WAIT)
        assert mexico.presence_margin.places()[op2][1] == ["EU"]
        eu.operative_page.text.moveCursor(eu.operative_page.text.textCursor().MoveOperation.Start)
        qtbot.keyClicks(eu.operative_page.text, "Firmly ")

        def proposed(window) -> bool:
            neg = window.ctl.draft.negotiation
            return any(p.authors == ["EU"] and "Firmly" in p.proposed_text() for p in neg.proposals)

        qtbot.waitUntil(lambda: proposed(mexico) and proposed(eu), timeout=WAIT)
        assert "Firmly" not in str(agreed_data(mexico.ctl.draft))  # the agreed text is the penholder's
        # the EU's typing became its proposal: its undo history starts from the group's draft
        assert eu.ctl.stack.count() == 0 and eu.history.emptyLabel() == "Changes from the group"
        # the penholder's typing is still undoable: the proposal touched no step of it
        assert mexico.ctl.stack.canUndo()
        trigger(mexico.edit_menu, "Undo")
        assert "Further" not in str(agreed_data(mexico.ctl.draft)) and proposed(mexico)
        qtbot.waitUntil(
            lambda: "Further" not in str(agreed_data(eu.ctl.draft)) and proposed(eu), timeout=WAIT
        )
        trigger(mexico.file_menu, "Who Proposed What")
        table = mexico.history_dialog.table
        rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
        assert any(row[0] == "EU" and row[2] == "OP2" and "Firmly" in row[3] for row in rows), rows
        row = next(r for r, cells in enumerate(rows) if cells[0] == "EU")
        table.setCurrentCell(row, 0)
        table.itemActivated.emit(table.item(row, 0))
        assert mexico.current_page() == "operative" and mexico.operative_page.current_id == op2

        # the server stops: offline, the penholder keeps typing; it comes back: converged
        assert server.stop() == 0, server.stderr()
        offline = ("Offline, changes kept", "Reconnecting…")
        qtbot.waitUntil(
            lambda: mexico.group_status.text() in offline and eu.group_status.text() in offline, timeout=WAIT
        )
        op1 = mexico.ctl.draft.operative[0].id
        mexico.operative_page.select(op1)
        mexico.operative_page.text.moveCursor(mexico.operative_page.text.textCursor().MoveOperation.Start)
        qtbot.keyClicks(mexico.operative_page.text, "Promptly ")
        server = Server(data, tmp_path / "server2.log", port=server.port)
        qtbot.waitUntil(
            lambda: online(mexico, 2) and online(eu, 2) and "Promptly" in str(agreed_data(eu.ctl.draft)),
            timeout=30_000,
        )
        qtbot.waitUntil(lambda: _shared(mexico) == _shared(eu), timeout=WAIT)
        assert eu.is_modified()  # what came from the group is not saved until Save
        eu.autosave_now()  # the recovery copy carries the group's log with the draft
        assert eu.wait_autosave()
        group = eu.ctl.draft.sync.group
        assert any(group in f.read_text("utf-8") for f in paths.recovery_dir().iterdir() if f.is_file())

        # the EU leaves: its window says so, the penholder sees one member
        trigger(eu.file_menu, "Leave Group")
        assert eu.group is None and not eu.group_status.isVisible()
        assert not groups.membership(eu.ctl.draft.sync.group).joined
        qtbot.waitUntil(
            lambda: online(mexico, 1) or mexico.group_status.text() == "Online · 1 member", timeout=WAIT
        )
    finally:
        server.kill()


def test_without_websockets_the_menu_says_what_to_install(make_window, monkeypatch):
    from delegate_editor.ui import group_menu

    monkeypatch.setattr(group_menu, "client_available", lambda: False)
    asker = ScriptedAsker()
    window = make_window(asker)
    assert "needs the websockets package" in window.actions_by_name["join_group"].text()
    trigger(window.file_menu, "Join Group")
    assert [(kind, title) for kind, title, _ in asker.shown] == [
        ("info", "Co-drafting needs another package")
    ]
    assert "pip install websockets" in asker.shown[0][2]
    assert window.group is None and not window.actions_by_name["leave_group"].isEnabled()


def test_an_invitation_used_twice_is_one_message_and_no_group(qtbot, make_window, tmp_path):
    draft = read_text(corpus_text(L13), L13.name)
    path, data = tmp_path / "l13.dres", tmp_path / "rooms"
    dres.save(draft, path)
    invite(path, data, "--penholder", "Mexico")
    invitation = invite(path, data)
    server = Server(data, tmp_path / "server.log")
    try:
        first = make_window()
        _join(qtbot, first, server.url, invitation, "EU")
        qtbot.waitUntil(lambda: first.group_status.text() == "Online · 1 member", timeout=WAIT)
        asker = ScriptedAsker()
        second = make_window(asker)
        _join(qtbot, second, server.url, invitation, "Brazil")
        qtbot.waitUntil(lambda: bool(asker.kinds("error")), timeout=WAIT)
        assert [(kind, title) for kind, title, _ in asker.shown] == [("error", "Co-drafting group")]
        assert "already used" in asker.shown[0][2]
        assert second.group is None and not second.group_status.isVisible()
        assert second.ctl.draft.sync is None  # the window's own draft is untouched
    finally:
        server.kill()
