"""Export and import to a file: the one path the command line and the Qt dialogs share.

Every export is refused before anything is written when the format is unknown or the file
chosen is one the export must not overwrite (the input, or the draft's own ``.dres``), takes
its layout from :func:`~delegate_editor.formats.layout.draft_layout`, and is written
atomically, so a failure leaves the file on disk as it was. Failures raise
:class:`~delegate_editor.errors.InputError` or :class:`~delegate_editor.storage.atomic.SaveError`
with the one line the user is shown.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.formats.layout import draft_layout
from delegate_editor.formats.registry import ImportResult, read_any, writer_for
from delegate_editor.model.document import Draft
from delegate_editor.storage.atomic import atomic_write

PathLike = str | os.PathLike[str]

# why an output is refused: English keys of the catalogues' "overwrite" words (messages/*.json)
OVERWRITES_INPUT = "the output would overwrite the input"
OVERWRITES_DRAFT = "the export would overwrite the draft itself"


def same_file(a: PathLike, b: PathLike) -> bool:
    """Whether two names reach one file (a relative name, a symlink, ``..``)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def with_suffix(path: PathLike, suffix: str) -> Path:
    """``path`` ending in ``suffix``: a save dialog may return a name without it, and the
    name the user typed is kept whole (``draft.v2`` becomes ``draft.v2.pdf``)."""
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


def guard(target: PathLike, protect: Iterable[PathLike | None] = (), why: str = OVERWRITES_INPUT) -> None:
    """Refuse ``target`` when it is one of the files in ``protect`` (None entries ignored)."""
    for kept in protect:
        if kept is not None and same_file(kept, target):
            raise InputError(Said("output.overwrites", name=str(target), why=why))


def export_target(
    target: PathLike, protect: Iterable[PathLike | None] = (), why: str = OVERWRITES_INPUT, fmt: str = ""
) -> Path:
    """Check an export before any work is done: a format there is a writer for (``fmt``, an
    extension, or else ``target``'s own) and no protected file overwritten."""
    p = Path(target)
    writer_for(p.with_name("export" + fmt) if fmt else p)
    guard(p, protect, why)
    return p


def export_draft(
    draft: Draft,
    target: PathLike,
    *,
    preset: str = "",
    paper: str = "",
    protect: Iterable[PathLike | None] = (),
    why: str = OVERWRITES_INPUT,
    fmt: str = "",
) -> Path:
    """Write ``draft`` to ``target`` in the format of ``fmt`` (an extension such as ``.pdf``)
    or of ``target``'s extension, in the draft's layout or ``preset``, on ``paper`` when
    given; atomically. Returns the path written."""
    p = export_target(target, list(protect), why, fmt)
    writer = writer_for(p.with_name("export" + fmt) if fmt else p)
    atomic_write(p, writer(draft, draft_layout(draft, preset, paper)))
    return p


def import_to_dres(source: PathLike, target: PathLike) -> ImportResult:
    """Read any supported file and save it as a ``.dres`` draft at ``target``; the result
    carries what the user should be told about the import."""
    from delegate_editor.storage.dres import dumps

    if Path(target).suffix.lower() != ".dres":
        raise InputError(Said("output.import-dres", name=str(target)))
    guard(target, [source])
    result = read_any(source)
    atomic_write(target, dumps(result.draft))
    return result


def new_dres(template: str, target: PathLike, language: str = "en") -> Draft:
    """A new draft from ``template`` in ``language`` saved at ``target`` (a ``.dres``)."""
    from delegate_editor.conventions.templates import make_draft
    from delegate_editor.storage.dres import dumps

    if Path(target).suffix.lower() != ".dres":
        raise InputError(Said("output.new-dres", name=str(target)))
    draft = make_draft(template, language=language)
    atomic_write(target, dumps(draft))
    return draft
