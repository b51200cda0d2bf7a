"""Issue 21 item 6 with the app itself: ``delegate-editor serve`` on 127.0.0.1 and three app
processes (``app_member.py``: the main window offscreen, each with its own user folders)
edit one draft. Each joins through File ▸ Join Group… with an invitation from
``delegate-editor invite`` and types into the paragraph editors with key events. The EU is
killed (SIGKILL) once its autosave holds what it typed, and leaves the others' member lists
within seconds (the server tells them), then is started again: the app offers the crash's
work back, and the restored draft rejoins by itself (``storage/groups.py``).
Brazil is cut off (the server stopped, then started again on the same port and folder)
while it keeps typing, and so does the penholder. Afterwards the three windows have the
same draft, every word typed is there (the penholder's in the agreed text, the members' as
their proposals, everyone's comments under their names) and the agreed text differs from
the start by the penholder's words alone.

No sleep synchronises anything: every wait polls the windows' reported state with a
deadline (``until``), generous for a loaded 2-core machine. Every process is killed in
``finally``.
"""

from __future__ import annotations

import copy
import signal

import anyio
import pytest
from pycrdt.store import FileYStore

from delegate_editor.model.document import Draft
from delegate_editor.model.text import Run
from delegate_editor.storage import dres
from delegate_editor.sync.rooms import Room
from delegate_editor.sync.server import stored_updates
from delegate_editor.sync.shared import SharedDraft
from tests.sync.app_member import agreed_rest, paragraphs, shared_digest
from tests.sync.processes import AppMember, Server, invite, until

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
]
PENHOLDER = "Mexico"
NAMES = (PENHOLDER, "EU", "Brazil")
WAIT_S = 60  # a deadline, not a delay: the waits end as soon as the state is reached
OFFLINE = ("Offline, changes kept", "Reconnecting…")
ONLINE_3 = "Online · 3 members"
GONE_S = 10  # a killed member leaves the others' lists this soon (its presence times out at 30 s)


class Typing:
    """What each member typed where, in order: what the windows must all show at the end."""

    def __init__(self) -> None:
        self.typed: list[tuple[str, str, int, str]] = []  # member, part, index, word
        self.comments: list[list[str]] = []  # [author, text]

    def type(self, app: AppMember, part: str, index: int) -> str:
        word = f"{app.name.lower()}typed{len(self.typed) + 1}"
        answer = app.ask(do="type", part=part, index=index, text=f"{word} ")
        assert word in answer["paragraph"], answer  # the keys reached the paragraph's editor
        self.typed.append((app.name, part, index, word))
        return word

    def comment(self, app: AppMember, part: str, index: int) -> str:
        text = f"{app.name} commented this ({len(self.comments) + 1})."
        assert app.ask(do="comment", part=part, index=index, text=text)["ok"]
        self.comments.append([app.name, text])
        return text

    def words(self, penholder: bool) -> list[tuple[str, str]]:
        return [(who, word) for who, _, _, word in self.typed if (who == PENHOLDER) == penholder]

    def expected(self, start: Draft) -> Draft:
        """The starting draft with the penholder's words typed at the start of each text."""
        draft = copy.deepcopy(start)
        for who, part, index, word in self.typed:
            if who == PENHOLDER:
                node = getattr(draft, part)[index]
                node.text = (Run(f"{word} "), *node.text)
        return draft

    def everywhere(self, state: dict) -> bool:
        """Every word in this window: the penholder's in a paragraph, a member's in a
        proposal of that member's; every comment with its author."""
        text = "\n".join(state["paragraphs"])
        if not all(word in text for _, word in self.words(penholder=True)):
            return False
        if not all(comment in state["comments"] for comment in self.comments):
            return False
        return all(
            any(authors == [who] and word in proposed for authors, _kind, proposed in state["proposals"])
            for who, word in self.words(penholder=False)
        )


def _converged(apps: list[AppMember], typing: Typing, last: list) -> list[dict] | None:
    """The states when every window reads "Online · 3 members" and lists each member once,
    has nothing waiting to be published or taken in, shows the same draft and every word
    typed; else None (``last`` keeps the states seen, for the message should the wait time
    out)."""
    states = last[:] = [app.state() for app in apps]
    settled = all(s["status"] == ONLINE_3 and not s["pending"] for s in states)
    everyone = all(s["members"] == sorted(NAMES) for s in states)  # each once: none left behind
    same = len({s["digest"] for s in states}) == 1
    return states if settled and everyone and same and all(typing.everywhere(s) for s in states) else None


def _settle(apps: list[AppMember], typing: Typing, what: str) -> list[dict]:
    """Wait for :func:`_converged`; on time-out say where each window stood."""
    last: list[dict] = []
    try:
        return until(lambda: _converged(apps, typing, last), WAIT_S, what)
    except AssertionError as exc:
        seen = [
            {k: s[k] for k in ("status", "members", "pending", "digest", "shown")}
            | {"has every word": typing.everywhere(s)}
            for s in last
        ]
        raise AssertionError(f"{exc}; the windows ({[a.name for a in apps]}): {seen}") from None


def test_three_app_processes_converge_through_a_kill_and_a_cut(tmp_path, l13):
    draft, data = tmp_path / "l13.dres", tmp_path / "rooms"
    dres.save(l13, draft)
    invitations = [invite(draft, data, "--penholder", PENHOLDER)] + [invite(draft, data) for _ in range(2)]
    start = dres.load(draft)  # shared by the penholder: what the group starts from
    homes = {name: tmp_path / f"home-{name.lower()}" for name in NAMES}
    typing = Typing()
    running: list = []
    try:
        server = Server(data, tmp_path / "server.log")
        running.append(server)
        # the penholder starts the app on the shared draft; the members on an empty window
        mexico = AppMember(PENHOLDER, homes[PENHOLDER], draft, tmp_path / "mexico.log")
        eu = AppMember("EU", homes["EU"], log=tmp_path / "eu.log")
        brazil = AppMember("Brazil", homes["Brazil"], log=tmp_path / "brazil.log")
        running += [mexico, eu, brazil]
        for app, invitation in zip((mexico, eu, brazil), invitations, strict=True):
            answer = app.ask(do="join", server=server.url, room="l13", invitation=invitation, name=app.name)
            assert answer["ok"], answer
        apps = [mexico, eu, brazil]
        _settle(apps, typing, "three windows online with the group's draft")
        # the members each keep the group's draft in a file of their own
        for app in (eu, brazil):
            assert app.ask(do="save_as", path=str(tmp_path / f"{app.name.lower()}.dres"))["ok"]

        # everyone types: the penholder in the agreed text, the members their proposals
        typing.type(mexico, "operative", 2)
        typing.type(eu, "operative", 1)
        typing.type(brazil, "operative", 4)
        typing.type(mexico, "preamble", 0)
        typing.comment(brazil, "operative", 4)
        typing.comment(mexico, "preamble", 0)
        _settle(apps, typing, "the first words in every window")

        # the EU is killed once its autosave holds what it typed, and started again on its
        # file: the crash's work is offered back, restored, and rejoins by itself
        note = typing.comment(eu, "operative", 3)
        word = typing.type(eu, "operative", 3)

        def autosaved() -> bool:
            return any(word in text and note in text for text in eu.ask(do="autosaved")["texts"])

        until(autosaved, WAIT_S, "the EU's autosave")
        eu.kill()
        # the server saw its connection close and told the others: not listed, not counted
        until(
            lambda: all(
                (s := app.state())["members"] == sorted([PENHOLDER, "Brazil"])
                and s["status"] == "Online · 2 members"
                for app in (mexico, brazil)
            ),
            GONE_S,
            "the killed EU gone from the others' lists and counts",
        )
        typing.type(mexico, "operative", 2)  # the group goes on without it
        eu = AppMember("EU", homes["EU"], tmp_path / "eu.dres", tmp_path / "eu2.log")
        running.append(eu)
        assert eu.ready["restored"] == 1
        assert [s[:2] for s in eu.state()["shown"]] == [["question", "Restore unsaved work?"]]
        apps = [mexico, eu, brazil]
        typing.type(eu, "preamble", 1)
        _settle(apps, typing, "the restarted EU back in the group")

        # the server stops: Brazil keeps typing (the penholder too, in the same paragraph),
        # and goes on while the server is started again on the same port and folder
        assert server.stop() == 0, server.stderr()
        until(lambda: brazil.state()["status"] in OFFLINE, WAIT_S, "Brazil to see the server gone")
        typing.type(brazil, "operative", 5)
        typing.type(mexico, "operative", 5)
        typing.type(brazil, "preamble", 2)
        typing.comment(brazil, "preamble", 2)
        server = Server(data, tmp_path / "server2.log", port=server.port)
        running.append(server)
        typing.type(brazil, "operative", 0)
        states = _settle(apps, typing, "all three converged after the cut")

        # the same draft everywhere; the agreed text is the start and the penholder's words
        expected = typing.expected(start)
        for state in states:
            assert state["paragraphs"] == paragraphs(expected)
            assert state["agreed_rest"] == agreed_rest(start)
            authors = {who for authors, _kind, _text in state["proposals"] for who in authors}
            assert authors == {"EU", "Brazil"}  # the penholder's typing was never a proposal
            for _who, word in typing.words(penholder=False):  # each member's word once
                assert sum(word in text for _a, _k, text in state["proposals"]) == 1, word
            assert not [s for s in state["shown"] if s[0] == "error"], state["shown"]
            assert state["comments"] == sorted(typing.comments)  # each once, by its author
        assert len(typing.typed) == 11 and len(typing.comments) == 4

        # Save keeps the group's draft, with no credential in the file
        saved = tmp_path / "brazil.dres"
        trigger = brazil.ask(do="save_as", path=str(saved))
        assert trigger["ok"] and shared_digest(dres.load(saved)) == states[0]["digest"]
        assert "dem1." not in saved.read_text("utf-8") and "dei1." not in saved.read_text("utf-8")

        # the server's store holds the same draft, its agreed text written by the penholder
        assert server.stop() == 0, server.stderr()
        stored = SharedDraft()
        for update in anyio.run(stored_updates, FileYStore(str(Room(data, "l13").store))):
            stored.receive(update)
        assert stored.maps["agreed"].get("by") == PENHOLDER
        assert paragraphs(stored.draft()) == paragraphs(expected)
    finally:
        for process in running:
            process.kill()
