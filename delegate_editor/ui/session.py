"""The document a window edits: the draft, where it lives, and how to name it.

Qt-free so that the rules for titles and paths are testable without a display; whether the
draft is modified is the undo stack's business (its clean state), not a flag kept here.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from delegate_editor.model.document import Draft
from delegate_editor.model.text import plain_text
from delegate_editor.ui.i18n import translate

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_file_name(symbol: str) -> str:
    """A document symbol as a file name: "A/C.3/80/L.23" → "A_C.3_80_L.23". Slashes made
    folders of it; dots are kept (a proposed name adds its own extension after them)."""
    return _UNSAFE.sub("_", symbol.strip()).strip("_. ")


@dataclass(frozen=True)
class DiskState:
    """What the draft's file looked like when this window last read or wrote it, so that a
    save notices another program (or another machine on a shared folder) changed it since."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> DiskState | None:
        try:
            st = os.stat(path)
            digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(st.st_size, st.st_mtime_ns, digest)

    def as_tuple(self) -> tuple[int, int, str]:
        """As the recovery metadata stores it (storage does not import the UI)."""
        return self.size, self.mtime_ns, self.digest

    def changed(self, path: str | os.PathLike[str]) -> bool:
        """Whether the file's contents differ now. A touched but identical file is not a
        change; a file that is gone is not either (saving recreates it, nothing is lost)."""
        try:
            st = os.stat(path)
        except OSError:
            return False
        if (st.st_size, st.st_mtime_ns) == (self.size, self.mtime_ns):
            return False
        now = DiskState.of(path)
        return now is not None and now.digest != self.digest


@dataclass
class DocumentSession:
    draft: Draft = field(default_factory=Draft)
    path: Path | None = None  # the .dres file; None until saved (imports are not .dres)
    source: Path | None = None  # the file it was imported from, if not a .dres
    disk: DiskState | None = None  # the .dres as last read or written here

    @property
    def file_name(self) -> str:
        """The window's name for the draft, in the interface language."""
        if self.path is not None:
            return self.path.name
        if self.source is not None:
            return translate("DocumentSession", "{name} (imported)").format(name=self.source.stem)
        return translate("DocumentSession", "Untitled")

    @property
    def title(self) -> str:
        """What the recovery prompt calls the draft: its title, else its file's name, else
        "" (stored in the recovery metadata, so no word of the interface language goes in:
        the prompt names an untitled draft in the language of whoever reads it)."""
        title = plain_text(self.draft.title).strip()
        if title:
            return title[:80]
        named = self.path or self.source
        return named.name if named is not None else ""

    def suggested_path(self, suffix: str) -> str:
        """A file name for Save As or Export: beside the draft, named after it."""
        base = self.path or self.source
        if base is not None:
            return str(base.with_suffix(suffix))
        return f"{safe_file_name(self.draft.front.symbol) or 'draft'}{suffix}"


def recent_label(number: int, path: str) -> str:
    """ "&1 draft.dres — ~/Drafts/Third Committee": two drafts of the same name in different
    folders (a returned copy, an older session) are told apart by their folder."""
    p = Path(path)
    folder = str(p.parent)
    home = str(Path.home())
    if folder == home or folder.startswith(home + os.sep):
        folder = "~" + folder[len(home) :]
    name = p.name.replace("&", "&&")
    return f"&{number} {name} — {folder.replace('&', '&&')}" if number < 10 else f"{name} — {folder}"
