"""Revoking a member with real processes on 127.0.0.1: ``delegate-editor serve``, three
members (``member.py``) and ``delegate-editor revoke`` run as the penholder would. The
revoked member's open connection is closed and its credential refused when it tries again
(and when started anew); what it types afterwards reaches nobody and is not stored, while the
others go on. Every wait polls a state with a deadline; every process is killed in ``finally``."""

from __future__ import annotations

import subprocess
import sys

import anyio
from pycrdt.store import FileYStore

from delegate_editor.sync.rooms import Room
from delegate_editor.sync.server import stored_updates
from delegate_editor.sync.shared import SharedDraft
from tests.sync.processes import ROOT, Member, env, start_group, until


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "delegate_editor", *args],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def _stored_comments(data) -> list[str]:
    stored = SharedDraft()
    for update in anyio.run(stored_updates, FileYStore(str(Room(data, "l13").store))):
        stored.receive(update)
    return sorted(c["text"] for c in stored.plain().get("comments", []))


def test_a_revoked_member_is_disconnected_and_refused_while_the_others_go_on(tmp_path, l13):
    running: list = []
    try:
        data, server, (mexico, eu, brazil) = start_group(tmp_path, l13, running, named=True)
        members = (mexico, eu, brazil)
        until(lambda: all(m.state()["connected"] for m in members), what="three members connected")
        assert eu.ask("comment EU before.") == {"ok": True}
        until(lambda: all("EU before." in m.state()["comments"] for m in members), what="EU's comment")

        done = _cli("revoke", "EU", "--room", "l13", "--data", str(data))
        assert done.returncode == 0 and "revoked" in done.stderr, done.stderr
        # closed by the server, then refused at the door when it reconnects: the client stops
        shut_out = until(lambda: eu.state()["shut_out"], what="EU to be shut out")
        assert "revoked" in shut_out[0] and not eu.state()["connected"]
        assert "closed the connection of a revoked member" in server.stderr()

        assert eu.ask("comment EU after.") == {"ok": True}  # typed, but it goes nowhere
        assert mexico.ask("comment Mexico after.") == {"ok": True}
        until(lambda: "Mexico after." in brazil.state()["comments"], what="Mexico's comment at Brazil")
        assert mexico.state()["connected"] and brazil.state()["connected"]

        eu.kill()  # started again with its saved credential: refused at once
        eu = Member("EU", server.url, tmp_path)
        running.append(eu)
        assert "revoked" in until(lambda: eu.state()["shut_out"], what="the restarted EU refused")[0]
        assert eu.state()["connections"] == 0

        assert server.stop() == 0, server.stderr()
        assert _stored_comments(data) == ["EU before.", "Mexico after."]
        for state in (mexico.state(), brazil.state()):
            assert state["comments"] == ["EU before.", "Mexico after."]
    finally:
        for process in running:
            process.kill()
