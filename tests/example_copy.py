"""The bundled example draft as the window tests open it: a copy of their own.

A window that opens a draft writes its lock beside it (``storage/lock.py``), as LibreOffice
does, and the suite runs in several processes at once (pytest-xdist). Two windows opening
the bundled file itself found each other's lock, asked "Draft already open" and were
refused; a save would also have changed the example the README starts the app on.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from delegate_editor.resources import resource

_FOLDER = Path(tempfile.mkdtemp(prefix="delegate-editor-examples-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)


def example_copy(name: str = "cybercrime.dres") -> Path:
    """A fresh copy of the bundled example ``name``, in a folder of its own."""
    folder = Path(tempfile.mkdtemp(dir=_FOLDER))
    target = folder / name
    shutil.copyfile(resource("examples", name), target)
    return target
