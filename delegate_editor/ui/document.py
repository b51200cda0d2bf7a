"""The document a window edits: the draft, where it lives, and how to name it.

Qt-free so that the rules for titles and paths are testable without a display; whether the
draft is modified is the undo stack's business (its clean state), not a flag kept here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from delegate_editor.model.document import Draft
from delegate_editor.model.text import plain_text


@dataclass
class DocumentSession:
    draft: Draft = field(default_factory=Draft)
    path: Path | None = None  # the .dres file; None until saved (imports are not .dres)
    source: Path | None = None  # the file it was imported from, if not a .dres

    @property
    def file_name(self) -> str:
        if self.path is not None:
            return self.path.name
        if self.source is not None:
            return f"{self.source.stem} (imported)"
        return "Untitled"

    @property
    def title(self) -> str:
        """What the recovery prompt calls the draft: its title, else its file name."""
        title = plain_text(self.draft.title).strip()
        return title[:80] if title else self.file_name

    def suggested_path(self, suffix: str) -> str:
        """A file name for Save As or Export: beside the draft, named after it."""
        base = self.path or self.source
        if base is not None:
            return str(base.with_suffix(suffix))
        symbol = self.draft.front.symbol.replace("/", "_").replace(".", "_").strip("_")
        return f"{symbol or 'draft'}{suffix}"
