"""The group server's door and checks, in-process on 127.0.0.1: nobody outside the group
reads or writes a draft. A wrong token, a replayed invitation, a credential of another room,
a malformed update, an oversized update and an update that takes the pen are each refused,
with nothing stored; a member's change of the agreed text is stored as a proposal; on
reconnect only the missing updates travel; TLS when a certificate is given."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from contextlib import asynccontextmanager
from urllib.parse import parse_qs, urlparse

import anyio
import pytest
from pycrdt import Awareness, Doc, Map, create_update_message
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from delegate_editor.limits import MAX_SYNC_UPDATE_BYTES
from delegate_editor.model.comments import Comment
from delegate_editor.model.negotiation import paragraph_text
from delegate_editor.sync.client import GroupClient, RefusedError, redeem
from delegate_editor.sync.rooms import Room
from delegate_editor.sync.server import GroupServer, tls_context
from delegate_editor.sync.shared import SharedDraft, agreed_data
from tests.corpus_drafts import replace_words

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture
def group(tmp_path, l13):
    """A room 'l13' seeded with the penholder's (Mexico's) shared draft, and that replica."""
    mexico = SharedDraft.start(l13, "Mexico")
    room = Room(tmp_path / "rooms", "l13")
    room.create()
    anyio.run(_seed, room, mexico.update())
    return room, mexico


async def _seed(room: Room, update: bytes) -> None:
    from pycrdt.store import FileYStore

    await FileYStore(str(room.store)).write(update)


@asynccontextmanager
async def serving(room: Room, tls=None):
    urls: list[str] = []
    stop = anyio.Event()
    server = GroupServer(room.data, "127.0.0.1", 0, tls)
    async with anyio.create_task_group() as tg:
        tg.start_soon(server.run, urls.append, stop)
        await until(lambda: urls)
        try:
            yield server, urls[0]
        finally:
            stop.set()


async def until(condition, timeout: float = 10):
    with anyio.fail_after(timeout):
        while not condition():
            await anyio.sleep(0.01)  # the polling interval within the deadline


def _files(room: Room) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in room.folder.iterdir()}


async def _credential(url: str, room: Room) -> str:
    return await anyio.to_thread.run_sync(redeem, url, room.name, room.invitation())


async def _refused_handshake(url: str) -> int:
    with pytest.raises(InvalidStatus) as refused:
        async with connect(url, open_timeout=5):
            pass
    return refused.value.response.status_code


async def test_wrong_and_misplaced_tokens_are_refused_at_the_door_with_nothing_stored(group, tmp_path):
    room, _ = group
    other = Room(room.data, "other")
    other.create()
    async with serving(room) as (server, url):
        good = await _credential(url, room)
        before = _files(room)
        forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
        for token in (forged, "", "nonsense", room.invitation(), other.token("dem1")):
            assert await _refused_handshake(f"{url}/l13?token={token}") == 403
        assert await _refused_handshake(f"{url}/nosuchroom?token={good}") == 404
        assert await _refused_handshake(f"{url}/l13") == 403
        assert _files(room) == before
        assert "l13" not in server._rooms.rooms  # no room was even opened


async def test_a_replayed_invitation_is_refused(group):
    room, _ = group
    invitation = room.invitation()
    async with serving(room) as (_, url):
        credential = await anyio.to_thread.run_sync(redeem, url, "l13", invitation)
        before = _files(room)
        with pytest.raises(RefusedError, match="already used"):
            await anyio.to_thread.run_sync(redeem, url, "l13", invitation)
        with pytest.raises(RefusedError, match="not an invitation"):
            await anyio.to_thread.run_sync(redeem, url, "l13", credential)  # nor a credential
        assert _files(room) == before
        # the credential the first use gave still opens the room, and only this room
        member = GroupClient(SharedDraft(), url, "l13", credential)
        async with anyio.create_task_group() as tg:
            tg.start_soon(member.run)
            await until(lambda: member.connected)
            member.stop()
        assert member.shared.penholder == "Mexico"


def _bad_updates(mexico: SharedDraft):
    pen = Doc()
    pen.apply_update(mexico.update())
    with pen.transaction(origin="EU"):
        pen.get("meta", type=Map)["penholder"] = "EU"
    takes_the_pen = pen.get_update(mexico.doc.get_state())
    return {
        "malformed update": create_update_message(b"\x01\x02not a Yjs update at all"),
        "malformed framing": b"\x00\x02\xff\xff\xff\xff\xff",
        "update beyond the limit": create_update_message(b"\x00" * (MAX_SYNC_UPDATE_BYTES + 1)),
        "frame beyond the limit": b"\x00\x02" + b"\x00" * (MAX_SYNC_UPDATE_BYTES + 100),
        "an update taking the pen": create_update_message(takes_the_pen),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "malformed update",
        "malformed framing",
        "update beyond the limit",
        "frame beyond the limit",
        "an update taking the pen",
    ],
)
async def test_a_bad_update_closes_the_connection_and_nothing_is_stored(group, kind):
    room, mexico = group
    message = _bad_updates(mexico)[kind]
    async with serving(room) as (server, url):
        credential = await _credential(url, room)
        before = _files(room)
        async with connect(f"{url}/l13?token={credential}", max_size=None) as ws:
            await until(lambda: "l13" in server._rooms.rooms)
            state = server._rooms.rooms["l13"].ydoc.get_update()
            await ws.send(message)
            with pytest.raises(ConnectionClosed) as closed, anyio.fail_after(10):
                while True:
                    await ws.recv()
        assert closed.value.rcvd.code in (1008, 1009)  # policy violation; message too big
        assert server._rooms.rooms["l13"].ydoc.get_update() == state
        assert _files(room) == before


async def test_a_members_change_of_the_agreed_text_is_stored_as_a_proposal(group, l13):
    """Sent raw, as an older or tampered app would: the server's own guard repairs it."""
    room, mexico = group
    after = copy.deepcopy(mexico.draft())
    replace_words(after.operative[2], "upcoming", "imminent")
    hostile = Doc()
    hostile.apply_update(mexico.update())
    with hostile.transaction(origin="EU"):
        agreed = hostile.get("agreed", type=Map)
        agreed["text"] = json.dumps(agreed_data(after), ensure_ascii=False, sort_keys=True)
        agreed["by"] = "EU"
    update = hostile.get_update(mexico.doc.get_state())
    async with serving(room) as (server, url):
        async with connect(f"{url}/l13?token={await _credential(url, room)}") as ws:
            await ws.send(create_update_message(update))
            await until(lambda: "l13" in server._rooms.rooms)
            on_server = SharedDraft(server._rooms.rooms["l13"].ydoc)
            await until(lambda: on_server.draft().negotiation.proposals)
    draft = on_server.draft()
    assert paragraph_text(draft.operative[2]) == paragraph_text(l13.operative[2])
    assert on_server.maps["agreed"]["by"] == "Mexico"
    assert [p.authors for p in draft.negotiation.proposals] == [["EU"]]


async def test_on_reconnect_only_the_missing_updates_travel(group):
    room, _ = group
    member = SharedDraft()
    async with serving(room) as (_, url):
        credential = await _credential(url, room)
        client = GroupClient(member, url, "l13", credential)
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.run)
            await until(lambda: client.connected)
            client.stop()
    whole = len(member.update())
    before = member.draft()
    after = copy.deepcopy(before)
    after.comments.append(Comment(before.operative[0].id, "Typed offline.", "EU"))
    member.publish(before, after, "EU")  # edited while no server runs
    async with serving(room) as (server, url):
        client = GroupClient(member, url, "l13", credential)
        async with anyio.create_task_group() as tg:
            tg.start_soon(client.run)
            on_server = None
            await until(lambda: "l13" in server._rooms.rooms)
            on_server = SharedDraft(server._rooms.rooms["l13"].ydoc)
            await until(lambda: on_server.draft().comments)
            client.stop()
    assert 0 < client.last_step2_bytes < whole / 20  # the comment, not the whole draft
    assert [c.text for c in on_server.draft().comments] == ["Typed offline."]


@pytest.mark.skipif(
    shutil.which("openssl") is None,
    reason="the openssl command makes the test certificate; scripts/install-system-deps.sh installs it",
)
async def test_tls_when_a_certificate_is_given(group, tmp_path):
    room, _ = group
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"]
        + ["-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    async with serving(room, tls_context(str(cert), str(key))) as (_, url):
        assert url.startswith("wss://")
        invitation = room.invitation()
        credential = await anyio.to_thread.run_sync(redeem, url, "l13", invitation, str(cert))
        member = GroupClient(SharedDraft(), url, "l13", credential, cafile=str(cert))
        async with anyio.create_task_group() as tg:
            tg.start_soon(member.run)
            await until(lambda: member.connected)
            member.stop()
        assert member.shared.penholder == "Mexico"
        with pytest.raises(Exception, match="(?i)certificate"):  # an untrusted certificate
            await anyio.to_thread.run_sync(redeem, url, "l13", room.invitation())


def _names(awareness: Awareness) -> list[str]:
    return sorted(str(s["name"]) for s in awareness.states.values() if s and s.get("name"))


async def test_a_dropped_connection_s_presence_is_removed_for_the_others_and_comes_back(group):
    """The server drops the EU's connection (as a lost network does): the others no longer
    list the EU at once, with no awareness timeout running, and list it again once it has
    reconnected with the same client id."""
    room, _ = group
    async with serving(room) as (server, url):
        clients: dict[str, GroupClient] = {}
        async with anyio.create_task_group() as tg:
            for name in ("Mexico", "EU", "Brazil"):
                awareness = Awareness(Doc())
                awareness.set_local_state({"name": name})
                clients[name] = GroupClient(
                    SharedDraft(), url, "l13", await _credential(url, room), awareness=awareness
                )
                tg.start_soon(clients[name].run, 0.5, 0.5)  # the EU stays away 0.5 s, as offline
            everyone = ["Brazil", "EU", "Mexico"]
            await until(lambda: all(_names(c.awareness) == everyone for c in clients.values()))
            seen: dict[str, list[list[str]]] = {"Mexico": [], "Brazil": []}
            for name, lists in seen.items():  # each list the member's app would show, in turn
                aware = clients[name].awareness
                aware.observe(
                    lambda topic, _, a=aware, s=lists: s.append(_names(a)) if topic == "change" else None
                )
            eu_id = parse_qs(urlparse(clients["EU"].url).query)["token"][0].split(".")[2]
            (connection,) = [ws for ws, token in server._open["l13"].items() if token == eu_id]
            connection.transport.abort()  # no close frame, no Leave: the connection is just gone
            await until(lambda: all(["Brazil", "Mexico"] in lists for lists in seen.values()), timeout=5)
            await until(lambda: all(_names(c.awareness) == everyone for c in clients.values()), 5)
            for lists in seen.values():  # gone, then back with the same id
                assert lists[-2:] == [["Brazil", "Mexico"], everyone], lists
            assert clients["EU"].awareness.client_id in clients["Mexico"].awareness.states  # the same id
            assert clients["EU"].connections == 2
            for client in clients.values():
                client.stop()
