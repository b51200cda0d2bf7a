"""A member's connection to a group server: the y-websocket sync protocol, Qt-free.

The client keeps no copy of its own: it syncs the member's ``SharedDraft`` in place. On each
connection it sends its state vector (sync step 1) and the server answers with only the
updates the member lacks; the server sends its own state vector and the member answers with
only what the server lacks, which is everything typed offline. While connected, each local
transaction is sent as one update. Updates that arrive go through ``SharedDraft.receive``, so
the agreed-text guard and the size and decoding checks hold for what the server relays too.

pycrdt's ``Doc`` belongs to the thread that made it: run the client in the event loop of the
thread that edits the draft (a plain ``anyio.run`` in a script; later the app's loop).
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
    TransactionEvent,
    YMessageType,
    YSyncMessageType,
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
    ) -> None:
        self.shared = shared
        query = urllib.parse.urlencode({"token": credential})
        self.url = f"{server.rstrip('/')}/{check_room_name(room)}?{query}"
        self._tls = _tls(server, cafile)
        self._on_change = on_change
        self.connected = False
        self.synced = anyio.Event()  # set at the first completed exchange of state
        self.connections = 0
        self.last_step2_bytes = 0  # what the member sent in answer to the server's state vector
        self.refused_updates: list[str] = []
        self._receiving = False
        self._stopping = False
        self._scope: anyio.CancelScope | None = None

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
                try:
                    async with connect(self.url, ssl=self._tls, max_size=_FRAME, open_timeout=5) as ws:
                        delay = retry
                        await self._session(ws)
                except InvalidStatus as exc:
                    body = exc.response.body.decode("utf-8", "replace").strip()
                    if exc.response.status_code in (403, 404):
                        raise RefusedError(body or str(exc)) from None
                except (OSError, TimeoutError, ConnectionClosed, InvalidHandshake) as exc:
                    LOG.info("not connected: %s", exc)
                finally:
                    self.connected = False
                await anyio.sleep(delay)  # a back-off before retrying, not a synchronisation
                delay = min(delay * 2, retry_max)

    async def _session(self, ws: ClientConnection) -> None:
        send, outgoing = anyio.create_memory_object_stream[bytes](max_buffer_size=100_000)

        def local(event: TransactionEvent) -> None:
            if not self._receiving or event.transaction.origin() == GUARD:
                send.send_nowait(create_update_message(event.update))

        subscription = self.shared.doc.observe(local)
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
            send.close()

    async def _send_all(self, ws: ClientConnection, outgoing) -> None:
        async with outgoing:
            try:
                async for message in outgoing:
                    await ws.send(message)
            except ConnectionClosed:
                pass  # the receiving loop sees the loss and ends the session

    async def _handle(self, ws: ClientConnection, message: bytes) -> None:
        if len(message) < 2 or message[0] != YMessageType.SYNC:
            return  # presence (awareness) is not used yet
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
        if self._on_change is not None:
            self._on_change()


__all__ = ["GroupClient", "RefusedError", "redeem"]
