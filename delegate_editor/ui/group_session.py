"""A window's membership of a co-drafting group: its edits published, the group's adopted.

The Doc and the connection live on the link's own thread (``sync/link.py`` says why); this
object lives on the window's thread and talks to the link only with copies of drafts.

- **Publishing.** A local edit marks the window *dirty*; once typing pauses
  (``PUBLISH_MS``) a copy of the draft is published against ``base``, the draft the window
  last had from the group. The penholder's edits change the agreed text; anyone else's
  become their proposals (``SharedDraft.publish``). One publication is in flight at a time.
- **Adopting.** Each time the group's draft changes (a remote update, or the echo of a
  publication) the link sends it here. It is taken into the window only when nothing typed
  is waiting to be published, so typing is never overwritten; a later echo brings it.
  Taking it in sets the parts that changed in place, the page and paragraph kept; the undo
  history is kept unless a step on it holds one of those parts (``group_adopt.py`` says
  why). The window's own private parts (versions, the base of Track Changes) are kept, and
  the update log goes with the draft, so Save, autosave and recovery keep what the group has.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from delegate_editor.conventions.messages import shown_error
from delegate_editor.model.document import Draft
from delegate_editor.model.negotiation import labels, zero_labels
from delegate_editor.model.sync_log import SyncLog
from delegate_editor.storage import groups
from delegate_editor.storage.atomic import SaveError
from delegate_editor.ui import group_adopt
from delegate_editor.ui.session import DocumentSession

if TYPE_CHECKING:
    from delegate_editor.sync.link import GroupLink
    from delegate_editor.ui.main_window import MainWindow

PUBLISH_MS = 700


class _Bridge(QObject):
    """The link's :class:`~delegate_editor.sync.link.Listener`: its methods run on the
    link's thread and only emit; Qt queues each signal to this object's (the window's)
    thread, so every slot runs there."""

    draftChanged = Signal(object, object, bool)  # noqa: N815 Draft, SyncLog, local
    statusChanged = Signal(str)  # noqa: N815
    presenceChanged = Signal(object)  # noqa: N815 list of member dicts
    failedWith = Signal(str, bool)  # noqa: N815 message, fatal
    credentialReady = Signal(str)  # noqa: N815

    def draft_changed(self, draft: Draft, log: SyncLog, local: bool) -> None:
        self.draftChanged.emit(draft, log, local)

    def status_changed(self, status: str) -> None:
        self.statusChanged.emit(status)

    def presence_changed(self, members: list[dict[str, Any]]) -> None:
        self.presenceChanged.emit(members)

    def failed(self, message: str, fatal: bool) -> None:
        self.failedWith.emit(message, fatal)

    def credential_ready(self, credential: str) -> None:
        self.credentialReady.emit(credential)


def here(window: MainWindow) -> tuple[str, str, int]:
    """The part, the paragraph and the place in it where the member is working."""
    if window.current_page() == "document":
        page = window.document_page
        place = page.current()
        if place is None:
            return "", "", 0
        return place.part, place.node_id, page.textCursor().positionInBlock()
    part_page = window.part_page()
    if part_page is None:
        return "", "", 0
    return part_page.part, part_page.current_id or "", 0


def _copy(draft: Draft) -> Draft:
    """A copy to publish against: the window's own base and versions are never shared, so
    they are left out rather than copied at every publication."""
    return copy.deepcopy(dataclasses.replace(draft, base=None, versions=[], sync=None))


class GroupSession(QObject):
    """One window's link to one group while it is joined; ``changed`` on any news."""

    changed = Signal()
    failed = Signal(str, bool)  # message, fatal (the link has stopped)

    def __init__(self, window: MainWindow, membership: groups.Membership) -> None:
        super().__init__(window)
        self.window = window
        self.ctl = window.ctl
        self.membership = membership
        self.status = "connecting"
        self.members: list[dict[str, Any]] = []
        self.first_seen: dict[str, datetime | None] = {}  # proposal id → when this window first had it
        self.link: GroupLink | None = None
        self._bridge = _Bridge(self)
        self._bridge.draftChanged.connect(self._on_draft)
        self._bridge.statusChanged.connect(self._on_status)
        self._bridge.presenceChanged.connect(self._on_presence)
        self._bridge.failedWith.connect(self._on_failed)
        self._bridge.credentialReady.connect(self._on_credential)
        self.base: Draft | None = None
        self.dirty = False
        self.in_flight = False
        self.adopting = False
        self._told = ("", "")
        self._remembered = ""  # the group this membership was last kept under
        self.timer = QTimer(self, singleShot=True, interval=PUBLISH_MS)
        self.timer.timeout.connect(self.publish)
        self._seen(window.ctl.draft, None)

    def start(self) -> None:
        """Connect (raises ``SyncError`` for a damaged log); the window's edits since the
        log was written are published as soon as typing pauses."""
        from delegate_editor.sync.link import GroupLink

        m = self.membership
        self.link = GroupLink(m.server, m.room, m.credential, m.member, self.ctl.draft.sync, self._bridge)
        self.base = self.link.start()
        self.ctl.changed.connect(self._on_local)
        if self.base is not None:
            self.dirty = True
            self.timer.start()
        self.where()

    def stop(self, publish: bool = True) -> None:
        """Leave: the others are told; the draft stays in the window with its log. With
        ``publish`` what was typed in the last moment goes to the group first; not when the
        window already holds another draft (those edits are in the file Save was offered
        for, and go to the group when it is opened again)."""
        self.timer.stop()
        if publish and self.dirty and self.link is not None and self.base is not None:
            self.publish()
        try:
            self.ctl.changed.disconnect(self._on_local)
        except (RuntimeError, TypeError):
            pass
        if self.link is not None:
            self.link.stop()
            self.link = None
        self.status = "left"
        self.members = []
        self.changed.emit()

    # -- local edits -----------------------------------------------------------------------
    def _on_local(self) -> None:
        if self.adopting:
            return
        self.dirty = True
        self.timer.start()

    def publish(self) -> None:
        if self.link is None or self.base is None or self.in_flight or not self.dirty:
            return
        after = _copy(self.ctl.draft)
        self.link.publish(self.base, after)
        self.base = after
        self.dirty = False
        self.in_flight = True

    def where(self) -> None:
        """Tell the others which paragraph this member is in (only when it changed)."""
        part, paragraph, _offset = here(self.window)
        if self.link is not None and (part, paragraph) != self._told:
            self._told = (part, paragraph)
            self.link.where(part, paragraph)

    # -- the group's news ------------------------------------------------------------------
    def _on_draft(self, draft: Draft, log: SyncLog, local: bool) -> None:
        if self.link is None:
            return
        if local:
            self.in_flight = False
        self.ctl.draft.sync = log  # saved and autosaved with whatever the window shows
        if self.base is not None and (self.dirty or self.in_flight):
            self.timer.start()  # the edits waiting go first; their echo brings this draft
            return
        first = self.base is None
        self._adopt(draft, log)
        self._seen(draft, None if first else datetime.now())
        self.changed.emit()

    def _adopt(self, draft: Draft, log: SyncLog) -> None:
        """The group's draft into the window (``group_adopt.py``: in place, keeping the undo
        history when no step holds what changed); the first one replaces the window's."""
        current = self.ctl.draft
        draft.base, draft.versions, draft.sync = current.base, current.versions, log
        first = self.base is None
        self.base = _copy(draft)
        if not first and not group_adopt.changed_parts(current, draft):
            return
        page = self.window.current_page()
        part, selected, offset = here(self.window)
        self.adopting = True
        try:
            if first:  # another draft was here: the group's is a new one, never saved over it
                self.window._set_session(DocumentSession(draft))
                kept = False
            else:
                kept = group_adopt.adopt(self.ctl, draft)
        finally:
            self.adopting = False
        self.window.unsaved_from_group = True  # the stack may be clean; the draft is not saved
        self.window.update_title()
        if not kept:
            self.window.history.setEmptyLabel(self.tr("Changes from the group"))
        if not selected or self.ctl.find(part, selected) is None:
            return
        if page == "document":
            self.window.document_page.go_to(selected, offset)
        elif page in ("preamble", "operative", "annexes"):
            self.window.pages[page].select(selected)

    def _seen(self, draft: Draft, when: datetime | None) -> None:
        """Note when each proposal first reached this window (None: it was there before)."""
        for proposal in draft.negotiation.proposals if draft.negotiation else []:
            self.first_seen.setdefault(proposal.id, when)

    def _on_failed(self, message: str, fatal: bool) -> None:
        self.in_flight = False  # a publication refused is not waited for (its edits stay here)
        self.failed.emit(message, fatal)

    def _on_status(self, status: str) -> None:
        if self.link is None:
            return
        self.status = status
        if status != "online":
            self.members = []
        self.changed.emit()

    def _on_presence(self, members: list[dict[str, Any]]) -> None:
        if self.link is None:
            return
        self.members = members
        self.changed.emit()

    def _on_credential(self, credential: str) -> None:
        m = self.membership
        self.membership = groups.Membership(m.server, m.room, m.member, credential)
        self._remembered = ""
        self.remember()

    def remember(self) -> None:
        """Keep the membership under the draft's group, so that reopening rejoins."""
        sync = self.ctl.draft.sync
        if sync is None or self.membership.credential.startswith("dei1.") or sync.group == self._remembered:
            return
        try:
            groups.remember(sync.group, self.membership)
            self._remembered = sync.group
        except SaveError as exc:
            self.failed.emit(shown_error(exc), False)

    # -- what the panels show -------------------------------------------------------------
    def label_of(self, paragraph: str) -> str:
        """PP3, OP5: the negotiation's label, or the draft's own as it stands."""
        draft = self.ctl.draft
        found = labels(draft) if draft.negotiation else zero_labels(draft)
        return found.get(paragraph, "")
