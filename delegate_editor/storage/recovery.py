"""Autosave recovery files: what the app writes so that a crash or a kill loses at most the
last couple of seconds of work.

Each open window owns one *slot* in ``paths.recovery_dir()``: ``SLOT.dres`` (an ordinary
draft file, so a user can even open it by hand) and ``SLOT.json`` (which draft it belongs to
and which process wrote it). A clean close or a save discards the slot. On start, slots whose
process is gone are *pending*: the app offers to restore them. Everything here is Qt-free;
the UI only decides when to call it.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from delegate_editor.conventions.messages import Message, Said, msg, render
from delegate_editor.errors import InputError
from delegate_editor.model.document import Draft
from delegate_editor.storage import dres, paths
from delegate_editor.storage.atomic import atomic_write
from delegate_editor.storage.lock import pid_alive


@dataclass(frozen=True)
class Recovery:
    """A recovery slot left behind by a process that did not close cleanly."""

    slot: str
    original: str  # the draft's own path, "" for a draft never saved
    title: str  # what the window called it (its title or file name); "" when nothing named it
    saved_at: float
    pid: int
    host: str
    # the draft's file as the crashed window last read or wrote it (size, mtime_ns, sha256),
    # so that a save after the restore still notices a change made by another program
    disk: tuple[int, int, str] | None = None

    @property
    def draft_path(self) -> Path:
        return paths.recovery_dir() / f"{self.slot}.dres"

    @property
    def name(self) -> str | Message:
        """What to call the draft: its stored title, or "Untitled draft" in the language of
        whoever reads it (the word is chosen when shown, never stored)."""
        return self.title or msg("recovery.untitled")

    def describe(self) -> str:
        """The restore prompt's line, in the language messages are shown in: the month is a
        word, so it is the catalogue's, not the C locale's English ``%B``."""
        at = time.localtime(self.saved_at)
        when = msg(
            "recovery.when",
            day=at.tm_mday,
            month=at.tm_mon,
            year=at.tm_year,
            time=time.strftime("%H:%M:%S", at),
        )
        where = self.original or msg("recovery.never-saved")
        return render(msg("recovery.describe", title=self.name, where=where, when=when))

    def load(self) -> Draft:
        """The autosaved draft; raises InputError if the file was damaged."""
        return dres.load(self.draft_path)


def new_slot(original: str | os.PathLike[str] | None) -> str:
    """A slot name: stable per draft path (so its history is easy to find), unique per
    window (two windows on one draft must not overwrite each other's recovery)."""
    base = "untitled"
    if original:
        base = hashlib.sha1(str(Path(original).resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{base}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def write(
    slot: str, draft_bytes: bytes, original: str, title: str, disk: tuple[int, int, str] | None = None
) -> None:
    """Store one autosave. The draft goes first so a slot's metadata never points at a
    missing draft; both writes are atomic. ``disk`` is the original file's state as the
    window knows it (see :attr:`Recovery.disk`)."""
    folder = paths.recovery_dir()
    atomic_write(folder / f"{slot}.dres", draft_bytes)
    meta = {
        "original": original,
        "disk": list(disk) if disk else None,
        "title": title,
        "saved_at": time.time(),
        "pid": os.getpid(),
        "host": socket.gethostname(),
    }
    atomic_write(folder / f"{slot}.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def discard(slot: str) -> None:
    """Forget a slot (after a save, a clean close, or a declined restore)."""
    folder = paths.recovery_dir()
    for suffix in (".json", ".dres"):
        try:
            (folder / f"{slot}{suffix}").unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


def _disk(value: object) -> tuple[int, int, str] | None:
    """The ``disk`` entry of a slot's metadata, or None when it is missing or damaged."""
    if not isinstance(value, list) or len(value) != 3:
        return None
    size, mtime_ns, digest = value
    if not (isinstance(size, int) and isinstance(mtime_ns, int) and isinstance(digest, str)):
        return None
    return size, mtime_ns, digest


def _read(meta_path: Path) -> Recovery | None:
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
        return Recovery(
            slot=meta_path.stem,
            original=str(data.get("original", "")),
            title=str(data.get("title", "")),
            saved_at=float(data["saved_at"]),
            pid=int(data["pid"]),
            host=str(data.get("host", "")),
            disk=_disk(data.get("disk")),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def pending(live_slots: set[str] | frozenset[str] = frozenset()) -> list[Recovery]:
    """Slots nobody is writing any more, newest first.

    ``live_slots`` are this process's open windows. A slot written by another running
    Delegate Editor on this machine is that app's business and is not offered; a slot written
    by this process but owned by no open window is orphaned (a window that died). A slot whose
    metadata is damaged but whose draft survives is offered under a generic name, not lost."""
    folder = paths.recovery_dir()
    here = socket.gethostname()
    found: list[Recovery] = []
    for draft_file in folder.glob("*.dres"):
        slot = draft_file.stem
        if slot in live_slots:
            continue
        rec = _read(folder / f"{slot}.json")
        if rec is None:
            try:
                mtime = draft_file.stat().st_mtime
            except OSError:
                continue
            rec = Recovery(slot, "", "", mtime, -1, here)
        if rec.host == here and rec.pid != os.getpid() and pid_alive(rec.pid):
            continue
        found.append(rec)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def restore(rec: Recovery) -> Draft:
    """Load a pending recovery; the slot is kept until the caller discards it, so a failed
    restore never loses the autosave."""
    try:
        return rec.load()
    except InputError as exc:
        said = exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Said) else str(exc)
        raise InputError(Said("recovery.failed", title=rec.name, error=said)) from None
