"""A member's live link to a co-drafting group, for the app: the Doc on a thread of its own.

Why a thread of its own. pycrdt's ``Doc`` is not made to be used by two threads: a
transaction on one thread while another applies an update is not safe, and the client's
observers fire on whichever thread changes the Doc. The window's thread must never wait
for the network either (a lost Wi-Fi connection can hold a socket for seconds). So the
``SharedDraft``, its ``Awareness`` and the ``GroupClient`` are made, used and dropped on one
thread: the one running an anyio event loop behind a blocking portal
(``anyio.from_thread.start_blocking_portal``). The window's thread only ever *asks* that
thread to do something (publish its edits, say where the member is, leave), through the
portal, and is *told* what happened through a :class:`Listener` whose methods are called on
the link's thread with plain data (a ``Draft`` made for the occasion, a status word, a list
of dicts). Nothing crosses with a reference into the Doc, so nothing in the window can touch
it, and Qt (``ui/group_link.py``) turns each call into a queued signal for its own thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from contextlib import AbstractContextManager
from typing import Any, Protocol

import anyio
from anyio.from_thread import BlockingPortal, start_blocking_portal
from pycrdt import Awareness

from delegate_editor.model.document import Draft
from delegate_editor.model.sync_log import SyncLog
from delegate_editor.sync.client import GroupClient, RefusedError, redeem
from delegate_editor.sync.log import decoded, log_of
from delegate_editor.sync.rooms import INVITATION
from delegate_editor.sync.shared import SharedDraft, SyncError

LOG = logging.getLogger("delegate_editor.sync.link")


class Listener(Protocol):
    """What the link reports; every method is called on the link's thread."""

    def draft_changed(self, draft: Draft, log: SyncLog, local: bool) -> None: ...

    def status_changed(self, status: str) -> None: ...

    def presence_changed(self, members: list[dict[str, Any]]) -> None: ...

    def failed(self, message: str, fatal: bool) -> None: ...

    def credential_ready(self, credential: str) -> None: ...


class GroupLink:
    """Joins room ``room`` of ``server`` as ``member`` with ``credential``, starting from the
    update log the draft carries (``log``; None for a window that joins with no shared
    draft yet: the group's draft then arrives from the server). ``credential`` may be a
    one-time invitation (``dei1.``): it is exchanged for a member credential on the link's
    thread, before connecting, and the credential reported to be kept."""

    def __init__(
        self,
        server: str,
        room: str,
        credential: str,
        member: str,
        log: SyncLog | None,
        listener: Listener,
        cafile: str | None = None,
        retry_max: float = 2.0,
    ) -> None:
        self.server, self.room, self.member = server, room, member
        self._credential, self._log, self._cafile = credential, log, cafile
        self._listener = listener
        self._retry_max = retry_max
        self._portal_cm: AbstractContextManager[BlockingPortal] | None = None
        self._portal: BlockingPortal | None = None
        self._run: Future | None = None
        # these three live on the link's thread only
        self._shared: SharedDraft | None = None
        self._client: GroupClient | None = None
        self._awareness: Awareness | None = None
        self._refused_seen = 0

    # -- asked from the window's thread -------------------------------------------------

    def start(self) -> Draft | None:
        """The thread and its loop, the Doc made there from the draft's log, then the
        connection (which retries by itself until :meth:`stop`). Returns the draft the log
        holds (None without one): what the window's edits since are compared with. A
        damaged log raises ``SyncError`` here, before anything runs."""
        self._portal_cm = start_blocking_portal(name="co-drafting")
        self._portal = self._portal_cm.__enter__()
        try:
            start = self._portal.call(self._make)
        except BaseException:
            self._close_portal()
            raise
        self._run = self._portal.start_task_soon(self._serve)
        return start

    def publish(self, before: Draft, after: Draft) -> None:
        """Share what this member changed from ``before`` to ``after`` (copies the window
        will not change again: the link's thread reads them later)."""
        self._ask(self._publish, before, after)

    def where(self, part: str, paragraph: str) -> None:
        """The paragraph this member is in, for the others' presence lists."""
        self._ask(self._where, part, paragraph)

    def stop(self, timeout: float = 3) -> None:
        """Leave: the others are told, the connection closed, the thread ended."""
        if self._portal is None:
            return
        try:
            self._portal.call(self._leave, timeout)
            if self._run is not None and not self._run.done():
                self._run.cancel()  # still exchanging an invitation: nothing to tell anyone
        except Exception as exc:  # leaving must not fail: the thread is ended regardless
            LOG.info("leaving the group: %s", exc)
        finally:
            self._close_portal()

    def _ask(self, func: Callable[..., Any], *args: Any) -> None:
        if self._portal is not None:
            self._portal.start_task_soon(func, *args)

    def _close_portal(self) -> None:
        """End the link's thread. Its remaining tasks are cancelled first: left to finish, a
        publish waiting on a dead connection kept the window's thread waiting for good (the
        portal's own exit waits for every task, with no deadline)."""
        cm, portal, self._portal_cm, self._portal = self._portal_cm, self._portal, None, None
        if portal is not None:
            try:
                portal.call(portal.stop, True)
            except RuntimeError:  # the loop has ended already
                pass
        if cm is not None:
            cm.__exit__(None, None, None)

    # -- on the link's thread ------------------------------------------------------------

    def _make(self) -> Draft | None:
        shared = SharedDraft()
        if self._log is not None:
            for update in decoded(self._log):
                shared.receive(update)
        self._shared = shared
        self._awareness = Awareness(shared.doc)
        self._awareness.set_local_state({"name": self.member, "part": "", "paragraph": ""})
        self._awareness.observe(self._presence)
        return shared.draft() if shared.maps["agreed"].get("text") is not None else None

    async def _serve(self) -> None:
        try:
            if self._credential.startswith(INVITATION + "."):
                self._listener.status_changed("connecting")
                try:
                    credential = await anyio.to_thread.run_sync(
                        redeem, self.server, self.room, self._credential, self._cafile
                    )
                except SyncError as exc:
                    self._listener.status_changed("refused")
                    self._listener.failed(str(exc), True)
                    return
                self._credential = credential
                self._listener.credential_ready(credential)
            self._client = GroupClient(
                self._shared,
                self.server,
                self.room,
                self._credential,
                cafile=self._cafile,
                on_change=self._changed,
                awareness=self._awareness,
                on_status=self._listener.status_changed,
            )
            async with anyio.create_task_group() as tg:
                await tg.start(self._awareness.start)  # renews this member's state, drops the silent
                try:
                    await self._client.run(retry_max=self._retry_max)
                except RefusedError as exc:
                    self._listener.failed(str(exc), True)
                tg.cancel_scope.cancel()
        finally:
            # dropped here, on the thread that made them
            self._client = self._awareness = self._shared = None

    async def _publish(self, before: Draft, after: Draft) -> None:
        if self._shared is None:
            return
        try:
            self._shared.publish(before, after, self.member)
        except SyncError as exc:
            self._listener.failed(str(exc), False)
        self._report(local=True)  # the window waits for this answer, refused or not

    async def _where(self, part: str, paragraph: str) -> None:
        if self._awareness is not None and self._awareness.get_local_state() is not None:
            state = {"name": self.member, "part": part, "paragraph": paragraph}
            if self._awareness.get_local_state() != state:
                self._awareness.set_local_state(state)

    async def _leave(self, timeout: float) -> None:
        if self._client is not None:
            await self._client.leave(timeout)

    def _changed(self) -> None:
        refused = self._client.refused_updates if self._client is not None else []
        if len(refused) > self._refused_seen:
            self._refused_seen = len(refused)
            self._listener.failed(refused[-1], False)  # another group's draft, a damaged update
        self._report(local=False)

    def _report(self, local: bool) -> None:
        """The draft as the group has it now, as plain objects made for the window."""
        shared = self._shared
        if shared is None or not shared.group or shared.maps["agreed"].get("text") is None:
            return  # nothing of the group's draft has arrived yet
        try:
            draft = shared.draft()
        except SyncError as exc:
            self._listener.failed(str(exc), False)
            return
        self._listener.draft_changed(draft, log_of(shared), local)

    def _presence(self, topic: str, _changes: Any) -> None:
        if topic != "change" or self._awareness is None:
            return
        members = [dict(s) for s in self._awareness.states.values() if s and s.get("name")]
        self._listener.presence_changed(sorted(members, key=lambda s: str(s["name"]).casefold()))


__all__ = ["GroupLink", "Listener"]
