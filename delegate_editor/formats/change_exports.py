"""Which writer puts a comparison in which file: the one entry point for the command line
and, later, the app's "Export with Track Changes".

Writers are looked up lazily by module path, as in :mod:`registry`, so exporting an ODT
does not import python-docx. Each returns bytes; the caller writes them atomically.
"""

from __future__ import annotations

import importlib
import os
from datetime import datetime
from pathlib import Path

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.formats.compare import Comparison

# extension → (module, function): (comparison, author, when) -> bytes
WRITERS: dict[str, tuple[str, str]] = {
    ".docx": ("delegate_editor.formats.docx_changes", "write_tracked_docx"),
    ".odt": ("delegate_editor.formats.odt_changes", "write_tracked_odt"),
    ".pdf": ("delegate_editor.formats.compare_pdf", "write_comparison_pdf"),
}


def check_output(path: str | os.PathLike[str]) -> str:
    """The extension of ``path`` if a comparison can be written there; else InputError."""
    ext = Path(path).suffix.lower()
    if ext not in WRITERS:
        raise InputError(Said("output.compare", name=str(path)))
    return ext


def comparison_bytes(
    comparison: Comparison, path: str | os.PathLike[str], author: str, when: datetime | None = None
) -> bytes:
    """``comparison`` in the format ``path``'s extension names, the changes by ``author``."""
    module, func = WRITERS[check_output(path)]
    return getattr(importlib.import_module(module), func)(comparison, author, when)
