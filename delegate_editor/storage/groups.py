"""The co-drafting groups this user has joined: server, room, name and member credential.

Kept in ``groups.json`` in the user's data folder (``paths.data_dir()``, which
``DELEGATE_EDITOR_HOME`` moves), readable by the user alone, keyed by the group's id (the
``group`` a shared ``.dres`` names in its update log). Never in the draft: a ``.dres`` is
e-mailed, exported and attached to messages, and a credential in it would let whoever reads
it into the room. Keyed by group rather than by file, so a copy saved under another name or
restored after a crash rejoins the same room.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from delegate_editor.conventions.messages import Said
from delegate_editor.storage import paths
from delegate_editor.storage.atomic import SaveError, atomic_write

FILE_NAME = "groups.json"


@dataclass(frozen=True)
class Membership:
    server: str  # ws://host:port or wss://...
    room: str
    member: str  # the name the others see and proposals are made under
    credential: str  # dem1.ROOM.ID.MAC, from the invitation
    joined: bool = True  # False after Leave Group: reopening the draft does not rejoin


def groups_path() -> Path:
    return paths.data_dir() / FILE_NAME


def _read() -> dict[str, dict[str, str]]:
    try:
        data = json.loads(groups_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def membership(group: str) -> Membership | None:
    """This user's membership of ``group``, or None (never joined, left, or damaged)."""
    entry = _read().get(group) if group else None
    if not isinstance(entry, dict):
        return None
    fields = [entry.get(k) for k in ("server", "room", "member", "credential")]
    if not all(isinstance(v, str) and v for v in fields):
        return None
    return Membership(*fields, joined=entry.get("joined") is not False)


def _write(data: dict[str, dict[str, str]]) -> None:
    path = groups_path()
    atomic_write(path, json.dumps(data, indent=2, sort_keys=True).encode("utf-8"))
    try:
        os.chmod(path, 0o600)  # the credentials open the rooms: the user's eyes only
    except OSError as exc:
        raise SaveError(Said("save.restrict", name=str(path), detail=str(exc.strerror or exc))) from None


def remember(group: str, member: Membership) -> None:
    """Keep the membership so that reopening the draft rejoins; raises ``SaveError``."""
    data = _read()
    data[group] = asdict(member)
    _write(data)


def left(group: str) -> None:
    """Leave Group: the credential is kept (joining again needs no new invitation) but
    reopening the draft no longer rejoins."""
    data = _read()
    if isinstance(data.get(group), dict):
        data[group]["joined"] = False
        _write(data)


__all__ = ["Membership", "left", "groups_path", "membership", "remember"]
