"""Atomic file replacement: a crash, a kill or a full disk during a save leaves either the
old file or the new one, whole, never a mixture.

The bytes go to a temporary file in the same folder (so the final rename stays on one file
system), are flushed and fsynced, and then replace the target with ``os.replace``, which is
atomic on POSIX and Windows. The folder is fsynced afterwards so the rename itself survives
a power cut.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from delegate_editor.conventions.messages import Said

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission denied",
}


class SaveError(OSError):
    """A save failed; the previous file is untouched. The message is for the user: a
    :class:`~delegate_editor.conventions.messages.Said`, English in ``str()`` (logs, tests)
    and worded in the user's language by ``messages.shown_error``. A reason from the table
    above is translated through the catalogues' ``save_reason`` words; the system's own
    ``strerror`` is shown as the system gave it."""


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (os.umask can
    only be read by setting it, which would race with a save on another thread)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; raise :class:`SaveError` with a clear message."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise SaveError(Said("save.no-folder", name=str(target), folder=str(folder))) from None
    except PermissionError:
        raise SaveError(Said("save.no-permission", name=str(target), folder=str(folder))) from None
    except OSError as exc:
        reason = _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
        raise SaveError(
            Said("save.cannot-write", name=str(target), folder=str(folder), reason=reason)
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:  # mkstemp made it 0600: an overwrite keeps the file's mode, a new file the umask's
            mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
            os.chmod(tmp, mode)
        except OSError:
            pass
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            reason = _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
            if isinstance(exc, PermissionError):
                reason = "permission denied (is the file or its folder read-only?)"
            raise SaveError(Said("save.failed", name=str(target), reason=reason)) from None
        raise
    _fsync_dir(folder)
