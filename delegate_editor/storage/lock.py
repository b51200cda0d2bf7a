"""A lock file that tells a second Delegate Editor that a draft is already open.

The lock is advisory: it never stops anyone from opening a file, it lets the app warn the
user before two windows (or two machines on a shared folder) save over each other's work.
It lives next to the draft (``.~lock.NAME#``, the name LibreOffice users recognise) and,
when that folder is read-only, in the recovery folder under a name derived from the path.

A lock whose owner is gone is *stale* and is taken over silently: a crash or a kill must not
leave the user with a warning forever. A lock held by this same process but another window
is not stale (each window has its own token), so a second window in one process warns too.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from delegate_editor.storage import paths


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock."""

    pid: int
    host: str
    user: str
    since: float  # seconds since the epoch
    token: str

    def describe(self) -> str:
        when = time.strftime("%d %B %Y %H:%M", time.localtime(self.since))
        who = f"{self.user} on {self.host}" if self.user else self.host
        return f"{who} (process {self.pid}) since {when}"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, it is someone else's
        return True
    except OSError:
        return False
    return True


def _user() -> str:
    for name in ("USER", "USERNAME", "LOGNAME"):
        if os.environ.get(name):
            return os.environ[name]
    return ""


def lock_paths(draft: str | os.PathLike[str]) -> tuple[Path, Path]:
    """Where the lock for ``draft`` may be: beside it, or in the recovery folder."""
    target = Path(draft).resolve()
    beside = target.with_name(f".~lock.{target.name}#")
    digest = hashlib.sha1(str(target).encode("utf-8")).hexdigest()[:16]
    fallback = paths.recovery_dir() / f"{digest}.lock"
    return beside, fallback


def read_lock(path: Path) -> LockInfo | None:
    """The lock's owner, or None when there is no readable lock."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(
            pid=int(data["pid"]),
            host=str(data["host"]),
            user=str(data.get("user", "")),
            since=float(data["since"]),
            token=str(data["token"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


_LIVE: weakref.WeakSet[DraftLock] = weakref.WeakSet()


def is_stale(info: LockInfo) -> bool:
    """A lock from this machine whose process has gone, or from this very process whose
    window has gone (its DraftLock was collected without releasing). Locks from other
    machines are never stale: we cannot see their processes, and the user may open anyway."""
    if info.host != socket.gethostname():
        return False
    if info.pid == os.getpid():
        return info.token not in {lock.token for lock in _LIVE}
    return not pid_alive(info.pid)


class DraftLock:
    """The lock one window holds on one draft."""

    def __init__(self, draft: str | os.PathLike[str]) -> None:
        self.draft = Path(draft)
        self.token = uuid.uuid4().hex
        self.path: Path | None = None
        _LIVE.add(self)

    def holder(self) -> LockInfo | None:
        """Someone else's live lock on the draft, or None (no lock, stale lock, or ours)."""
        for candidate in lock_paths(self.draft):
            info = read_lock(candidate)
            if info and info.token != self.token and not is_stale(info):
                return info
        return None

    def acquire(self) -> None:
        """Write our lock (replacing a stale or foreign one the user chose to ignore). A folder
        we cannot write in falls back to the recovery folder; if neither works the draft is
        simply unlocked, which must not stop the user from working."""
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user(),
            "since": time.time(),
            "token": self.token,
        }
        raw = json.dumps(info).encode("utf-8")
        for candidate in lock_paths(self.draft):
            try:
                candidate.write_bytes(raw)
            except OSError:
                continue
            self.path = candidate
            return

    def release(self) -> None:
        """Remove our lock, and only ours: another window may have taken it over."""
        if self.path is None:
            return
        info = read_lock(self.path)
        if info is not None and info.token == self.token:
            try:
                self.path.unlink()
            except OSError:
                pass
        self.path = None
