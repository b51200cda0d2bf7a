"""Issue 21 item 6 with real processes on 127.0.0.1: ``delegate-editor serve`` and three
members (plain Python processes with the sync client and the shared Doc, no Qt) edit one
draft; a member is killed and restarted, the server is stopped and restarted while a member
keeps editing offline; all converge, nothing typed is lost, and the agreed text was changed
by the penholder alone. Every wait polls a state with a deadline; every process is killed
in ``finally``."""

from __future__ import annotations

import hashlib
import json

import anyio
from pycrdt.store import FileYStore

from delegate_editor.sync.rooms import Room
from delegate_editor.sync.server import stored_updates
from delegate_editor.sync.shared import SharedDraft
from tests.sync.processes import Member, Server, start_group, until


def _converged(members, typed):
    states = [m.state() for m in members]
    digests = {s["digest"] for s in states}
    everyone = all(s["connected"] for s in states) and len(digests) == 1
    return states if everyone and all(set(typed) <= set(s["comments"]) for s in states) else None


def test_three_members_and_a_server_converge_through_a_kill_and_a_restart(tmp_path, l13):
    running: list = []
    try:
        data, server, (mexico, eu, brazil) = start_group(tmp_path, l13, running)
        until(
            lambda: all(m.state()["connected"] for m in (mexico, eu, brazil)), what="three members connected"
        )

        typed: list[str] = []

        def comment(member: Member, n: int) -> None:
            for i in range(n):
                text = f"{member.name} typed this ({len(typed)}, {i})."
                assert member.ask(f"comment {text}") == {"ok": True}
                typed.append(text)

        assert mexico.ask("agreed forthwith") == {"ok": True}  # the penholder changes the text
        assert eu.ask("agreed immediately") == {"ok": True}  # a member's change: a proposal
        for member in (mexico, eu, brazil):
            comment(member, 3)
        until(lambda: _converged([mexico, eu, brazil], typed), what="the first edits everywhere")

        # a member killed right after typing, then started again from its saved state
        comment(eu, 3)
        eu.kill()
        eu = Member("EU", server.url, tmp_path)  # its credential, no invitation
        running.append(eu)
        until(lambda: _converged([mexico, eu, brazil], typed), what="the restarted member's edits")

        # the server stopped: Brazil and Mexico keep editing offline, then it comes back
        assert server.stop() == 0, server.stderr()
        until(lambda: not brazil.state()["connected"], what="Brazil to see the server gone")
        comment(brazil, 4)
        comment(mexico, 1)
        assert mexico.ask("agreed promptly") == {"ok": True}
        server = Server(data, tmp_path / "server2.log", port=server.port)
        running.append(server)
        states = until(lambda: _converged([mexico, eu, brazil], typed), timeout=30, what="convergence")

        assert len(typed) == 17
        for state in states:
            assert state["comments"] == sorted(typed)  # nothing typed is lost, nothing doubled
            assert state["agreed_by"] == "Mexico"
            agreed = json.dumps(json.loads(state["agreed"]))
            assert "forthwith" in agreed and "promptly" in agreed and "immediately" not in agreed
            assert [["EU"], "words"] in state["proposals"]
            assert state["refused"] == []
        assert brazil.state()["connections"] >= 2

        # the server's store holds the same draft once it has stopped
        assert server.stop() == 0, server.stderr()
        stored = SharedDraft()
        for update in anyio.run(stored_updates, FileYStore(str(Room(data, "l13").store))):
            stored.receive(update)
        digest = hashlib.sha256(json.dumps(stored.plain(), sort_keys=True).encode()).hexdigest()
        assert digest == states[0]["digest"]
    finally:
        for process in running:
            process.kill()
