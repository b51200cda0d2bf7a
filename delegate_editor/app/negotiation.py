"""Negotiation with files, without a window: a returned copy into proposals, and the
compilation and clean texts out. The command line (``cli_negotiate.py``) and the app's
Negotiation menu (``ui/negotiation_menu.py``) both come here.

A copy a delegation sends back is compared three ways (``formats/negotiate.py``): with the
text it was sent as, and onto the draft as it stands now. A file this app exported carries
the draft as it was sent (``ImportResult.sent``); a file made elsewhere (a Word document
typed from the issued PDF) is compared with the draft as it stands.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from delegate_editor.app.export import OVERWRITES_INPUT, export_draft, export_target
from delegate_editor.errors import InputError
from delegate_editor.formats.compilation import COMPILATION_TYPES, clean, compilation_bytes
from delegate_editor.formats.layout import draft_layout
from delegate_editor.formats.negotiate import Returned, negotiate
from delegate_editor.formats.registry import read_any
from delegate_editor.model.document import Draft
from delegate_editor.storage.atomic import atomic_write

PathLike = str | os.PathLike[str]


def read_returned(path: PathLike) -> tuple[Draft, Draft | None, list[str]]:
    """A returned copy: the draft it holds, the draft it was sent as (None when the file
    does not carry it) and what the reader has to say; ``InputError`` on a bad file."""
    result = read_any(path)
    return result.draft, result.sent, list(result.messages)


def add_returned(
    draft: Draft, delegation: str, returned: Draft, sent: Draft | None, made: date | None = None
) -> Returned:
    """The proposals of ``delegation``'s copy added to ``draft`` in place (which starts a
    negotiation when there is none); what was added and what was left out."""
    delegation = delegation.strip()
    if not delegation:
        raise InputError("say which delegation sent the copy back")
    base = sent if sent is not None else copy.deepcopy(draft)
    _draft, outcome = negotiate(base, [(delegation, returned)], current=draft, made=made)
    return outcome


def export_clean(
    draft: Draft, target: PathLike, protect: Iterable[PathLike | None] = (), **layout: str
) -> Path:
    """The clean text (accepted proposals only, no negotiation) in the official layout."""
    return export_draft(clean(draft), target, protect=protect, **layout)


def export_compilation(
    draft: Draft,
    target: PathLike,
    protect: Iterable[PathLike | None] = (),
    preset: str = "",
    paper: str = "",
    why: str = OVERWRITES_INPUT,
    name: str = "",
) -> Path:
    """The compilation text (every proposal in place with its authors) as DOCX, ODT or PDF;
    ``name`` is the draft's file, for the message when it is not under negotiation."""
    ext = Path(target).suffix.lower()
    if ext not in COMPILATION_TYPES:
        raise InputError(f"{target}: the compilation text is written as .docx, .odt or .pdf")
    if draft.negotiation is None:
        where = f"{name}: " if name else ""
        raise InputError(f"{where}the draft is not under negotiation (no proposals or labels)")
    p = export_target(target, list(protect), why)
    atomic_write(p, compilation_bytes(draft, ext, draft_layout(draft, preset, paper)))
    return p
