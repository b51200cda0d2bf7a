"""The update log in a ``.dres`` file, and merging two members' files by e-mail.

The log is the Doc's state as base64 Yjs updates (``model/sync_log.py``). Merging applies
both files' updates to one Doc, which is exactly what a live sync does, so two files of one
group converge whichever order they are merged in.
"""

from __future__ import annotations

import base64
import binascii

from delegate_editor.model.document import Draft
from delegate_editor.model.sync_log import SyncLog
from delegate_editor.sync.shared import SharedDraft, SyncError


def log_of(shared: SharedDraft) -> SyncLog:
    """The log to save: the whole state as one update (Yjs updates merge into one)."""
    return SyncLog(group=shared.group, updates=(base64.b64encode(shared.update()).decode("ascii"),))


def decoded(log: SyncLog, name: str = "draft") -> list[bytes]:
    out = []
    for i, text in enumerate(log.updates):
        try:
            out.append(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError):
            raise SyncError(f"{name}: update {i + 1} of the co-drafting log is not base64") from None
    return out


def shared_of(draft: Draft, name: str = "draft") -> SharedDraft:
    """The Doc a shared draft's log rebuilds; a draft not shared is refused."""
    if draft.sync is None:
        raise SyncError(f"{name}: is not shared with a co-drafting group (it has no update log)")
    updates = decoded(draft.sync, name)
    try:
        shared = SharedDraft.from_updates(updates)
    except SyncError as exc:
        raise SyncError(f"{name}: {exc}") from None
    if shared.group != draft.sync.group:
        raise SyncError(f"{name}: its update log belongs to another group than the file says")
    return shared


def saved(shared: SharedDraft) -> Draft:
    """The draft as the group has it, carrying its log, ready for ``storage/dres.save``."""
    draft = shared.draft()
    draft.sync = log_of(shared)
    return draft


def merge(a: Draft, b: Draft, names: tuple[str, str] = ("first file", "second file")) -> Draft:
    """Two members' files of one group merged as a sync would; different groups refused."""
    first, second = shared_of(a, names[0]), shared_of(b, names[1])
    if first.group != second.group:
        raise SyncError(
            f"{names[0]} and {names[1]} belong to different co-drafting groups and cannot be merged"
        )
    first.receive(second.update())
    return saved(first)
