"""Which reader and writer handles which file extension.

Readers and writers are looked up lazily by module path so that exporting a text file does
not import python-docx, and the command line starts fast. Writers return bytes; the caller
writes them atomically, so a failed export never leaves a half-written or overwritten file.
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from delegate_editor.conventions.messages import Said
from delegate_editor.errors import InputError
from delegate_editor.formats.layout import Layout
from delegate_editor.limits import MAX_INPUT_BYTES, megabytes
from delegate_editor.model.document import Draft


@dataclass
class ImportResult:
    """A draft read from a file, with what the user should be told about the import."""

    draft: Draft
    messages: list[str] = field(default_factory=list)  # tracked changes, edited paragraphs ...
    # where each message is (``import_places.Place``: part and paragraph id, or None), in
    # the order of ``messages``; filled by :func:`read_any` for the app's import report
    places: list[Any] = field(default_factory=list)
    # a file this app exported carries the draft as it was sent (``embed.py``): the text a
    # delegation's edits are proposals against (``formats/negotiate.py``); None otherwise
    sent: Draft | None = None


class Reader(Protocol):
    """What every reader is: the file's bytes and its name (for messages) in, a draft out.
    Bad input raises :class:`InputError` naming ``name``; nothing is read from disk here."""

    def __call__(self, raw: bytes, name: str, /) -> Draft | ImportResult: ...


class Writer(Protocol):
    """What every writer is: a draft and a layout (None: the draft's own) in, the file's
    bytes out. Writers never touch the disk, so the caller can write atomically."""

    def __call__(self, draft: Draft, layout: Layout | None = None, /) -> bytes: ...


# extension → (module, function) of a :class:`Reader`.
READERS: dict[str, tuple[str, str]] = {
    ".dres": ("delegate_editor.storage.dres", "loads"),
    ".txt": ("delegate_editor.formats.text_import", "read_text_result"),
    # a Markdown copy (a web page saved as text, a corpus file): the same plain text, its
    # front matter set aside by the reader
    ".md": ("delegate_editor.formats.text_import", "read_text_result"),
    ".docx": ("delegate_editor.formats.docx_reader", "read_docx"),
    ".odt": ("delegate_editor.formats.odt_reader", "read_odt"),
}

# extension → (module, function) of a :class:`Writer`.
WRITERS: dict[str, tuple[str, str]] = {
    ".dres": ("delegate_editor.formats.registry", "_write_dres"),
    ".txt": ("delegate_editor.formats.text", "write_text_bytes"),
    ".docx": ("delegate_editor.formats.docx_writer", "write_docx"),
    ".odt": ("delegate_editor.formats.odt_writer", "write_odt"),
    ".pdf": ("delegate_editor.formats.typeset", "write_pdf"),
}


def _write_dres(draft: Draft, layout: Layout | None = None) -> bytes:
    from delegate_editor.storage.dres import dumps

    return dumps(draft)


def _resolve(table: dict[str, tuple[str, str]], ext: str) -> Any:  # a Reader or a Writer
    module_name, func = table[ext]
    return getattr(importlib.import_module(module_name), func)


def read_bytes_of(path: str | os.PathLike[str]) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(Said("input.too-large", name=str(p), megabytes=megabytes(size)))
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(Said("input.no-such-file", name=str(p))) from None
    except IsADirectoryError:
        raise InputError(Said("input.folder", name=str(p))) from None
    except PermissionError:
        raise InputError(Said("input.permission", name=str(p))) from None
    except OSError as exc:
        raise InputError(Said("input.cannot-read", name=str(p), detail=str(exc.strerror or exc))) from None


def read_any(path: str | os.PathLike[str]) -> ImportResult:
    """Read a draft from any supported file; raise :class:`InputError` on bad input."""
    p = Path(path)
    ext = p.suffix.lower()
    if ext not in READERS:
        known = ", ".join(sorted(READERS))
        if ext:
            raise InputError(Said("input.cannot-open", name=str(p), ext=ext, known=known))
        raise InputError(Said("input.cannot-open-bare", name=str(p), known=known))
    raw = read_bytes_of(p)
    reader: Reader = _resolve(READERS, ext)
    result = reader(raw, str(p))
    result = result if isinstance(result, ImportResult) else ImportResult(result)
    if result.messages and not result.places:
        from delegate_editor.formats.import_places import locate

        result.places = locate(result.draft, result.messages)
    return result


def writer_for(path: str | os.PathLike[str]) -> Writer:
    ext = Path(path).suffix.lower()
    if ext not in WRITERS:
        known = ", ".join(sorted(WRITERS))
        if not ext:
            raise InputError(Said("output.cannot-export-bare", name=str(path), known=known))
        raise InputError(Said("output.cannot-export", name=str(path), ext=ext, known=known))
    return _resolve(WRITERS, ext)


def export_bytes(draft: Draft, path: str | os.PathLike[str], layout: Layout | None = None) -> bytes:
    """The bytes of ``draft`` in the format ``path``'s extension names."""
    return writer_for(path)(draft, layout)
