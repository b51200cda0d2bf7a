"""Versions and tracked changes: the one path the command line and the app share.

``new --from`` and File ▸ New from Earlier Resolution… both start a draft with
:func:`draft_from`; ``compare`` and the app's Export with Tracked Changes… and printable
comparison both write with :func:`export_comparison`, which refuses a target that would
overwrite an input or the draft itself before any work is done, and writes atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime

from delegate_editor.app.export import OVERWRITES_INPUT, guard
from delegate_editor.model.document import Draft
from delegate_editor.storage.atomic import atomic_write

PathLike = str | os.PathLike[str]

DEFAULT_AUTHOR = "Delegate Editor"


def draft_from(path: PathLike) -> tuple[Draft, list[str]]:
    """A new draft based on the text in ``path`` (any file the app reads: an A/RES copied
    from the PDF as .txt, a .docx, an .odt, a .dres), and what the reader has to say about
    the file (tracked changes accepted, guesses of the text importer)."""
    from delegate_editor.formats.registry import read_any
    from delegate_editor.model.versions import draft_from_base

    result = read_any(path)
    return draft_from_base(result.draft), list(result.messages)


def author_of(given: str | None, settings=None) -> str:
    """Who tracked changes are by: ``given``, else Preferences' "Author of tracked changes",
    else the delegation's name, else the app's."""
    if given is not None and given.strip():
        return given.strip()
    if settings is None:
        from delegate_editor.storage import settings as settings_store

        settings = settings_store.load()
    for value in (getattr(settings, "changes_author", ""), getattr(settings, "delegation", "")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return DEFAULT_AUTHOR


def export_comparison(
    old: Draft,
    new: Draft,
    target: PathLike,
    author: str,
    *,
    protect: Iterable[PathLike | None] = (),
    why: str = OVERWRITES_INPUT,
    when: datetime | None = None,
):
    """Write ``new`` with its changes from ``old`` to ``target``: tracked changes in a .docx
    or .odt, the printable comparison in a .pdf. Returns the comparison written (the caller
    may list its changes)."""
    from delegate_editor.formats.change_exports import check_output, comparison_bytes
    from delegate_editor.formats.compare import compare

    check_output(target)  # an unsupported output is refused before anything is compared
    guard(target, list(protect), why)
    comparison = compare(old, new)
    atomic_write(target, comparison_bytes(comparison, target, author, when))
    return comparison
