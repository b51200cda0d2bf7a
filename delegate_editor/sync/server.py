"""The group server behind ``delegate-editor serve``: one y-websocket room per shared draft.

The rooms are pycrdt-websocket's ``YRoom`` (the y-websocket sync protocol, so a standard
y-websocket client can join with a member credential, and a standard y-websocket server
holding the same Doc could stand in for this one) and each room's updates are kept by
pycrdt-store's ``FileYStore`` in ``DATA/ROOM/updates.ystore``. What this module adds is the
door and the checks (``docs/co-drafting.md``, "Trust boundary"):

- a connection is let in only with a member credential of the room it asks for
  (``rooms.py``); an invitation is exchanged for one, once, by a plain HTTP GET;
- every update a member sends is applied through ``SharedDraft.receive``: refused whole,
  and the member disconnected, when it is too large, does not decode, changes the group or
  the penholder, or leaves the draft unreadable; a change of the agreed text by a member
  becomes proposals here as on every replica. A refused update never reaches the room's Doc,
  so nothing of it is stored or relayed;
- the presence (awareness) a connection announced ends with it: when it closes, however it
  closes, the room's other members are told those states are gone (``presence.py``).
"""

from __future__ import annotations

import logging
import os
import ssl
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from pathlib import Path
from urllib.parse import parse_qs

import anyio
from pycrdt import Doc, YMessageType, YSyncMessageType, read_message
from pycrdt.store import FileYStore, YDocNotFound
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.limits import MAX_SYNC_UPDATE_BYTES
from delegate_editor.sync.presence import Presence
from delegate_editor.sync.rooms import Room, check_room_name
from delegate_editor.sync.shared import SharedDraft, SyncError

LOG = logging.getLogger("delegate_editor.serve")
# a sync message is the update plus a few bytes of framing: the frame limit lets a largest
# allowed update through and stops anything beyond before it is read into memory
MAX_FRAME_BYTES = MAX_SYNC_UPDATE_BYTES + 64
REVOCATION_POLL = 0.25  # seconds: how soon a revoked member's open connection is closed
_UPDATES = {
    bytes([YMessageType.SYNC, kind]) for kind in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE)
}


class _Channel:
    """A websockets connection as the ``pycrdt.Channel`` a ``YRoom`` serves; what it hears
    is noted in the room's ``presence``, so that the presence it announced ends with it."""

    def __init__(self, websocket: ServerConnection, room: str, presence: Presence) -> None:
        self._ws = websocket
        self._room = room
        self._presence = presence

    @property
    def path(self) -> str:
        return self._room

    def __aiter__(self) -> _Channel:
        return self

    async def __anext__(self) -> bytes:
        try:
            message = await self.recv()
        except ConnectionClosed:
            raise StopAsyncIteration from None
        self._presence.heard(self, message)
        return message

    async def recv(self) -> bytes:
        message = await self._ws.recv()
        return message.encode("utf-8") if isinstance(message, str) else bytes(message)

    async def send(self, message: bytes) -> None:
        try:
            await self._ws.send(message)
        except ConnectionClosed:
            pass  # the member left: the room forgets it when its own loop ends

    async def refuse(self, reason: str) -> None:
        await self._ws.close(1008, reason[:120])  # 1008: policy violation


def _one_line(exception: Exception, log: logging.Logger) -> bool:
    """Errors inside a room are logged in one line, never as a traceback at the operator."""
    log.error("room error: %s: %s", type(exception).__name__, exception)
    return True


def check_message(shared: SharedDraft, message: bytes) -> bool:
    """Whether the room should skip ``message`` because it was handled here. Updates are
    applied through ``SharedDraft.receive`` (raising ``SyncError`` when refused); a state
    vector (sync step 1) and presence go on to the room; anything else is dropped."""
    if len(message) > MAX_FRAME_BYTES:
        raise SyncError(f"a message of {len(message):,} bytes is refused")
    if not message:
        raise SyncError("an empty message is refused")
    if message[0] == YMessageType.SYNC:
        if len(message) < 2:
            raise SyncError("a sync message without its kind is refused")
        if message[1] in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
            try:
                update = read_message(message[2:])
            except Exception as exc:  # pycrdt's decoder raises plain errors on bad lengths
                raise SyncError(f"a sync message is damaged and was refused ({exc})") from None
            shared.receive(update)
            return True
        return message[1] != YSyncMessageType.SYNC_STEP1
    return message[0] != YMessageType.AWARENESS


class _Checks:
    """A room's ``check_message``, timed: how long checking and applying each accepted
    update took, summed up in one log line when the server stops (``bench/sync_load.py``
    reads it; an operator sees what the checks cost)."""

    def __init__(self, room: str, shared: SharedDraft) -> None:
        self.room, self.shared = room, shared
        self.seconds: deque[float] = deque(maxlen=100_000)

    def __call__(self, message: bytes) -> bool:
        start = time.perf_counter()
        skip = check_message(self.shared, message)
        if message[:2] in _UPDATES:
            self.seconds.append(time.perf_counter() - start)
        return skip

    def summary(self) -> None:
        if self.seconds:
            ms = sorted(s * 1000 for s in self.seconds)
            tenth = max(1, len(ms) // 10)  # whether the cost grows as the draft does
            first, last = (
                sorted(s * 1000 for s in part)
                for part in (list(self.seconds)[:tenth], list(self.seconds)[-tenth:])
            )
            LOG.info(
                "room %s: %d updates checked and applied, median %.2f ms, p95 %.2f ms, slowest %.1f ms"
                " (median of the first tenth %.2f ms, of the last %.2f ms)",
                self.room,
                len(ms),
                ms[len(ms) // 2],
                ms[min(len(ms) - 1, int(len(ms) * 0.95))],
                ms[-1],
                first[len(first) // 2],
                last[len(last) // 2],
            )


async def stored_updates(store: FileYStore) -> list[bytes]:
    try:
        return [update async for update, *_ in store.read()]
    except YDocNotFound:
        return []


class _Rooms(WebsocketServer):
    """pycrdt-websocket's server with each room loaded from, and kept in, its store."""

    def __init__(self, data: Path) -> None:
        super().__init__(auto_clean_rooms=False, exception_handler=_one_line, log=LOG)
        self.data = data
        self._loading = anyio.Lock()
        self.checks: dict[str, _Checks] = {}

    async def get_room(self, name: str) -> YRoom:
        async with self._loading:  # two members joining at once must get the same room
            return await self._get_room(name)

    async def _get_room(self, name: str) -> YRoom:
        if name not in self.rooms:
            room = Room(self.data, check_room_name(name))
            doc = Doc()
            store = FileYStore(str(room.store), log=LOG)
            updates = await stored_updates(store)
            for update in updates:
                doc.apply_update(update)
            if len(updates) > 1:  # many small updates become one, the room's whole state
                fresh = room.store.with_name(room.store.name + ".new")
                fresh.unlink(missing_ok=True)
                await FileYStore(str(fresh), log=LOG).write(doc.get_update())
                os.replace(fresh, room.store)
            yroom = YRoom(ready=True, ystore=store, ydoc=doc, exception_handler=_one_line, log=LOG)
            checks = _Checks(name, SharedDraft(doc))
            yroom.on_message = checks
            self.checks[name] = checks
            yroom.on_message_error = self._refused
            self.rooms[name] = yroom
        room = self.rooms[name]
        await self.start_room(room)
        return room

    async def _refused(self, exc: Exception, message: bytes, channel: _Channel) -> bool:
        LOG.warning("room %s: refused an update and closed the connection: %s", channel.path, exc)
        await channel.refuse(str(exc) if isinstance(exc, SyncError) else "a damaged message was refused")
        return True

    async def flush(self) -> None:
        """Each room's whole state written to its store, so that stopping the server loses
        no update whose write was still queued."""
        for room in self.rooms.values():
            if room.ystore is not None:
                await room.ystore.encode_state_as_update(room.ydoc)
        for checks in self.checks.values():
            checks.summary()


@dataclass
class GroupServer:
    """The rooms of ``data`` served on ``host:port`` (port 0: a free one), TLS when ``tls``."""

    data: Path
    host: str = "127.0.0.1"
    port: int = 8765
    tls: ssl.SSLContext | None = None

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        """The door: ``/ROOM?redeem=INVITATION`` answers a member credential (once per
        invitation); ``/ROOM?token=CREDENTIAL`` goes on to the websocket handshake. Anything
        else is refused here, before a room is opened or a byte of an update is read."""
        path, _, query = request.path.partition("?")
        params = parse_qs(query)
        try:
            room = Room(self.data, check_room_name(path.strip("/")))
            if not room.exists():
                return connection.respond(HTTPStatus.NOT_FOUND, f"there is no room '{room.name}'\n")
            if "redeem" in params:
                credential = room.redeem(params["redeem"][0])
                LOG.info("room %s: an invitation was exchanged for a member credential", room.name)
                return connection.respond(HTTPStatus.OK, credential)
            room.check_credential(params.get("token", [""])[0])
        except SyncError as exc:
            LOG.warning("refused %s: %s", path, exc)
            return connection.respond(HTTPStatus.FORBIDDEN, f"{exc}\n")
        return None

    async def _handler(self, websocket: ServerConnection) -> None:
        path, _, query = websocket.request.path.partition("?")
        name = path.strip("/")
        token_id = parse_qs(query)["token"][0].split(".")[2]  # the door checked it
        self._open.setdefault(name, {})[websocket] = token_id
        presence = self._presence.setdefault(name, Presence())
        channel = _Channel(websocket, name, presence)
        try:
            await self._rooms.serve(channel)
        finally:
            self._open[name].pop(websocket, None)
            await self._gone(name, channel, presence)

    async def _gone(self, name: str, channel: _Channel, presence: Presence) -> None:
        """The presence ``channel`` announced is removed and the room's other members told
        at once (``sync/presence.py``), rather than each waiting 30 s for it to time out:
        a killed app or a dropped network sends no Leave of its own."""
        room = self._rooms.rooms.get(name)
        if room is None:
            return  # the room never opened: the connection was read from, and announced, nothing
        message = presence.closed(channel, room.awareness)
        if message is not None and room.clients:
            LOG.info("room %s: a connection closed; its presence was removed for the others", name)
            async with anyio.create_task_group() as tasks:  # one slow member delays no other
                for client in list(room.clients):
                    tasks.start_soon(client.send, message)

    async def _close_revoked(self, tasks: anyio.abc.TaskGroup, every: float = REVOCATION_POLL) -> None:
        """Close the connections of members revoked since they connected. ``revoke`` is
        another process (the penholder's command), so its word is the room's ``revoked``
        file, read every ``every`` seconds for each room that has connections. Each close
        is a task of its own: a client slow to answer the close delays no other."""
        while True:
            await anyio.sleep(every)  # the polling interval of a file another process writes
            for name, connections in list(self._open.items()):
                if not connections:
                    continue
                revoked = Room(self.data, name).revoked()
                for websocket, token_id in list(connections.items()):
                    if token_id in revoked:
                        connections.pop(websocket, None)
                        LOG.warning("room %s: closed the connection of a revoked member", name)
                        tasks.start_soon(websocket.close, 1008, "the member's credential was revoked")

    async def run(self, ready: Callable[[str], None] | None = None, stop: anyio.Event | None = None) -> None:
        """Serve until ``stop`` is set (or forever); ``ready`` gets the address once listening.
        A port in use or an address that cannot be bound is one ``InputError``."""
        stop = stop or anyio.Event()
        self._rooms = _Rooms(self.data)
        self._open: dict[str, dict[ServerConnection, str]] = {}  # room -> connection -> token id
        self._presence: dict[str, Presence] = {}  # room -> who each connection announced
        try:  # bound before the rooms start, so that an error here is not in a task group
            server = await serve(
                self._handler,
                self.host,
                self.port,
                process_request=self._process_request,
                ssl=self.tls,
                max_size=MAX_FRAME_BYTES,
                logger=LOG,
            )
        except OSError as exc:
            address, reason = f"{self.host}:{self.port}", str(exc.strerror or exc)
            raise InputError(Said("serve.listen", address=address, reason=reason)) from None
        try:
            async with self._rooms, anyio.create_task_group() as tasks:
                tasks.start_soon(self._close_revoked, tasks)
                port = server.sockets[0].getsockname()[1]
                if ready is not None:
                    ready(f"{'wss' if self.tls else 'ws'}://{self.host}:{port}")
                await stop.wait()
                tasks.cancel_scope.cancel()
                server.close()
                with anyio.move_on_after(5, shield=True):
                    await server.wait_closed()
                    await self._rooms.flush()
        finally:
            server.close()


def tls_context(cert: str, key: str) -> ssl.SSLContext:
    """The server's TLS context from a PEM certificate and key; one line when unreadable."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as exc:
        reason = getattr(exc, "reason", None) or exc.strerror or exc
        raise InputError(Said("serve.cert", cert=str(cert), key=str(key), reason=str(reason))) from None
    return context


__all__ = ["GroupServer", "MAX_FRAME_BYTES", "check_message", "stored_updates", "tls_context"]
