"""A member's connection to a group server: the y-websocket sync protocol, Qt-free.

The client keeps no copy of its own: it syncs the member's ``SharedDraft`` in place. On each
connection it sends its state vector (sync step 1) and the server answers with only the
updates the member lacks; the server sends its own state vector and the member answers with
only what the server lacks, which is everything typed offline. While connected, each local
transaction is sent as one update. Updates that arrive go through ``SharedDraft.receive``, so
the agreed-text guard and the size and decoding checks hold for what the server relays too.

Presence travels as Yjs awareness messages (which pycrdt-websocket relays to every member of
the room): each member's ``Awareness`` state says its name and the paragraph it is in. The
server does not hand a newcomer the states it has seen, so a member that sees someone new
sends its own state again at once, and the newcomer learns who is there without waiting
for the periodic renewal.

pycrdt's ``Doc`` belongs to the thread that made it: run the client in the event loop of the
thread that edits the draft (a plain ``anyio.run`` in a script; ``sync/link.py``'s thread of
its own in the app).
"""

from __future__ import annotations

import logging
import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

import anyio
from pycrdt import (
    Awareness,
    TransactionEvent,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from delegate_editor.limits import MAX_SYNC_UPDATE_BYTES
from delegate_editor.sync.rooms import check_room_name
from delegate_editor.sync.shared import GUARD, SharedDraft, SyncError

LOG = logging.getLogger("delegate_editor.sync.client")
_FRAME = MAX_SYNC_UPDATE_BYTES + 64


class RefusedError(SyncError):
    """The server refused the token: retrying cannot help, so the client stops."""


def _tls(url: str, cafile: str | None) -> ssl.SSLContext | None:
    if not url.startswith(("wss:", "https:")):
        return None
    return ssl.create_default_context(cafile=cafile)


def redeem(server: str, room: str, invitation: str, cafile: str | None = None, timeout: float = 10) -> str:
    """Exchange a one-time invitation for this member's credential (blocking; run it in a
    worker thread from async code). ``server`` is ``ws://host:port`` or ``wss://...``."""
    base = server.replace("ws://", "http://", 1).replace("wss://", "https://", 1).rstrip("/")
    query = urllib.parse.urlencode({"redeem": invitation})
    url = f"{base}/{check_room_name(room)}?{query}"
    try:
        with urllib.request.urlopen(url, timeout=timeout, context=_tls(url, cafile)) as answer:
            return answer.read().decode("ascii").strip()
    except urllib.error.HTTPError as exc:
        raise RefusedError(
            f"{server}: {exc.read().decode('utf-8', 'replace').strip() or exc.reason}"
        ) from None
    except (OSError, ValueError) as exc:
        raise SyncError(f"{server}: cannot reach the group server ({exc})") from None


class GroupClient:
    """Keeps ``shared`` in sync with room ``room`` of ``server`` while ``run()`` runs,
    reconnecting after a lost connection (the member keeps editing in between)."""

    def __init__(
        self,
        shared: SharedDraft,
        server: str,
        room: str,
        credential: str,
        cafile: str | None = None,
        on_change: Callable[[], None] | None = None,
        awareness: Awareness | None = None,
        on_status: Callable[[str], None] | None = None,
    ) -> None:
        self.shared = shared
        query = urllib.parse.urlencode({"token": credential})
        self.url = f"{server.rstrip('/')}/{check_room_name(room)}?{query}"
        self._tls = _tls(server, cafile)
        self._on_change = on_change
        self.awareness = awareness
        self._on_status = on_status or (lambda _status: None)
        self.connected = False
        self.synced = anyio.Event()  # set at the first completed exchange of state
        self.connections = 0
        self.last_step2_bytes = 0  # what the member sent in answer to the server's state vector
        self.refused_updates: list[str] = []
        self._receiving = False
        self._stopping = False
        self._scope: anyio.CancelScope | None = None
        self._send: anyio.abc.ObjectSendStream[bytes] | None = None

    def stop(self) -> None:
        self._stopping = True
        if self._scope is not None:
            self._scope.cancel()

    async def run(self, retry: float = 0.1, retry_max: float = 2.0) -> None:
        """Connect, sync, and reconnect after each loss until ``stop()``; a refused token
        raises ``RefusedError`` (no retry helps it)."""
        delay = retry
        with anyio.CancelScope() as self._scope:
            while not self._stopping:
                self._on_status("connecting" if not self.connections else "reconnecting")
                try:
                    async with connect(self.url, ssl=self._tls, max_size=_FRAME, open_timeout=5) as ws:
                        delay = retry
                        await self._session(ws)
                except InvalidStatus as exc:
                    body = exc.response.body.decode("utf-8", "replace").strip()
                    if exc.response.status_code in (403, 404):
                        self._on_status("refused")
                        raise RefusedError(body or str(exc)) from None
                except (OSError, TimeoutError, ConnectionClosed, InvalidHandshake) as exc:
                    LOG.info("not connected: %s", exc)
                finally:
                    self.connected = False
                if self._stopping:
                    break
                self._on_status("offline")
                await anyio.sleep(delay)  # a back-off before retrying, not a synchronisation
                delay = min(delay * 2, retry_max)

    async def _session(self, ws: ClientConnection) -> None:
        send, outgoing = anyio.create_memory_object_stream[bytes](max_buffer_size=100_000)
        self._send = send

        def local(event: TransactionEvent) -> None:
            if not self._receiving or event.transaction.origin() == GUARD:
                send.send_nowait(create_update_message(event.update))

        subscription = self.shared.doc.observe(local)
        presence = None
        if self.awareness is not None:

            def mine(topic: str, changes: tuple[dict, object]) -> None:
                if topic == "update" and changes[1] == "local":
                    state = self.awareness.encode_awareness_update([self.awareness.client_id])
                    send.send_nowait(create_awareness_message(state))

            presence = self.awareness.observe(mine)
            state = self.awareness.get_local_state()
            if state is not None:  # who this member is, with a new clock so nobody ignores it
                self.awareness.set_local_state(dict(state))
        try:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._send_all, ws, outgoing)
                try:
                    await ws.send(create_sync_message(self.shared.doc))
                    async for message in ws:
                        await self._handle(ws, message if isinstance(message, bytes) else message.encode())
                except ConnectionClosed as exc:
                    LOG.info("connection lost: %s", exc)
                tg.cancel_scope.cancel()
        finally:
            self.shared.doc.unobserve(subscription)
            if presence is not None:
                self.awareness.unobserve(presence)
                self._forget_others()
            send.close()

    def _forget_others(self) -> None:
        """Offline, nobody else is known to be there: their states are dropped at once
        rather than after the awareness timeout."""
        others = [c for c in self.awareness.states if c != self.awareness.client_id]
        self.awareness.remove_awareness_states(others, "offline")
        for client in others:  # their clocks too: a state they send again on reconnecting,
            self.awareness.meta.pop(client, None)  # unchanged, is then news, not a repeat

    async def leave(self, timeout: float = 2) -> None:
        """Tell the others this member has left (a null awareness state), then stop. The
        state is queued by the session's observer; the queue is waited for (at most
        ``timeout``) so the message is on the wire before the connection is closed."""
        if self.awareness is not None and self.awareness.get_local_state() is not None:
            self.awareness.set_local_state(None)
            with anyio.move_on_after(timeout):
                while (
                    self.connected and self._send is not None and self._send.statistics().current_buffer_used
                ):
                    await anyio.sleep(0.01)  # polling the queue, with a deadline
        self.stop()

    async def _send_all(self, ws: ClientConnection, outgoing) -> None:
        async with outgoing:
            try:
                async for message in outgoing:
                    await ws.send(message)
            except ConnectionClosed:
                pass  # the receiving loop sees the loss and ends the session

    async def _handle(self, ws: ClientConnection, message: bytes) -> None:
        if len(message) >= 2 and message[0] == YMessageType.AWARENESS:
            self._presence(message)
            return
        if len(message) < 2 or message[0] != YMessageType.SYNC:
            return
        kind = message[1]
        if kind == YSyncMessageType.SYNC_STEP1:
            try:
                reply = handle_sync_message(message[1:], self.shared.doc)  # only what the server lacks
            except Exception as exc:  # a damaged state vector: pycrdt raises its own kinds
                self.refused_updates.append(f"a damaged state vector ({exc})")
                return
            if reply is not None:
                self.last_step2_bytes = len(reply)
                await ws.send(reply)
            return
        try:
            update = read_message(message[2:])
            self._receiving = True
            self.shared.receive(update)
        except Exception as exc:  # SyncError, or pycrdt's decoder on a damaged message
            self.refused_updates.append(str(exc))
            LOG.warning("an update from the server was refused: %s", exc)
        finally:
            self._receiving = False
        if kind == YSyncMessageType.SYNC_STEP2:
            self.connected = True
            self.connections += 1
            self.synced.set()
            self._on_status("online")
        if self._on_change is not None:
            self._on_change()

    def _presence(self, message: bytes) -> None:
        """Another member's awareness state (or this one's, echoed by the server)."""
        if self.awareness is None:
            return
        before = set(self.awareness.states)
        try:
            self.awareness.apply_awareness_update(read_message(message[1:]), "remote")
        except Exception as exc:  # a damaged presence message changes nothing
            LOG.info("a presence message was ignored: %s", exc)
            return
        if set(self.awareness.states) - before and self.awareness.get_local_state() is not None:
            # someone new: say who this member is now, rather than at the next renewal
            self.awareness.set_local_state(dict(self.awareness.get_local_state()))


__all__ = ["GroupClient", "RefusedError", "redeem"]
