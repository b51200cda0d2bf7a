"""The error log: where an unexpected error's traceback goes, for a bug report.

One place for it, so the event loop's last-resort handler (``ui/app.py``) and the code that
catches a defect to keep editing alive (the preview's renderer, the checker's rules) leave
the same trace in the same file, instead of a one-line message and nothing else.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from delegate_editor import __version__
from delegate_editor.storage import paths


def log_path() -> Path:
    return paths.state_dir() / "errors.log"


def record(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = ""
) -> Path:
    """Append the traceback to the log and return the log's path. Never raises: a log that
    cannot be written (a full disk) must not turn one error into two."""
    log = log_path()
    try:
        with log.open("a", encoding="utf-8") as handle:
            context = f" ({where})" if where else ""
            handle.write(
                f"--- {datetime.now().isoformat(timespec='seconds')} Delegate Editor {__version__}{context}\n"
            )
            handle.write("".join(traceback.format_exception(exc_type, exc, tb)))
    except OSError:
        pass
    return log


def record_caught(exc: BaseException, where: str) -> Path:
    """:func:`record` for an exception caught in an ``except`` block."""
    return record(type(exc), exc, exc.__traceback__, where)
