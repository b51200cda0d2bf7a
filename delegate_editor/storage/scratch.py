"""Scratch folders in the temp folder that a killed process does not leave behind for good.

A process removes its own scratch folder at exit (``atexit``), but a process that is killed
(SIGKILL, a power cut, the session's logout killing a hung app) never reaches that. Each
folder is therefore named with its process id, ``delegate-editor-<kind>-<pid>-<random>``,
and the next process that makes one of the same kind removes those whose process is gone.

Only on POSIX, where ``os.kill(pid, 0)`` asks whether a process lives without touching it
(on Windows it would send a console control event); and only folders of this user, so a
shared ``/tmp`` never sees us remove another user's files. A process id reused by another
program keeps its folder until that program ends: a folder too many, never one too few. A
process that shares the temp folder from another pid namespace and loses its folder to a
sweep makes it again (its callers allow for a folder that disappeared; temp cleaners do the
same).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from pathlib import Path

_PREFIX = "delegate-editor-"


def scratch_folder(kind: str) -> Path:
    """A new folder of this process for ``kind`` (letters and digits), after removing the
    folders of that kind that processes which have ended left behind."""
    remove_left_behind(kind)
    return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{kind}-{os.getpid()}-"))


def remove_left_behind(kind: str, folder: Path | None = None) -> list[Path]:
    """Remove the scratch folders of ``kind`` in ``folder`` (the temp folder) whose process
    has ended; returns what was removed. Nothing on a system that cannot tell."""
    if os.name != "posix":
        return []
    pattern = re.compile(rf"{re.escape(_PREFIX + kind)}-(\d+)-[^/]+")
    removed = []
    try:
        entries = list(Path(folder or tempfile.gettempdir()).iterdir())
    except OSError:
        return []
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if not found or int(found.group(1)) == os.getpid():
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue  # a link or a file, or another user's: not ours to touch
        if not _ended(int(found.group(1))):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        if not entry.exists():
            removed.append(entry)
    return removed


def _ended(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (OverflowError, OSError):
        pass  # alive (another user's: PermissionError), or a number no process can have
    return False
