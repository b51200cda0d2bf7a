"""The user's own phrases file, ``phrases.json`` in the user data folder, read and written
for ``conventions/phrases.py``.

The conventions layer knows what a phrase list means but not where the user keeps it: it
sits below storage and may not import it. It is given this store instead
(``phrases.use_user_store``), and ``storage/__init__.py`` plugs it in, so every front end
that loads storage (the window, the command line) sees the user's phrases, while the
conventions used alone (a draft checked in a test or a bench) read the bundled list only.
"""

from __future__ import annotations

import json
from pathlib import Path

from delegate_editor.conventions import phrases
from delegate_editor.storage.atomic import atomic_write
from delegate_editor.storage.paths import data_dir

USER_FILE = "phrases.json"


class UserPhraseFile:
    """The store :class:`delegate_editor.conventions.phrases.UserStore` asks for. The path is
    looked up on every call, so a changed data folder (a test's, a portable install's) is
    followed."""

    def path(self) -> Path | None:
        """The file, or None when the data folder cannot be made (a read-only home must not
        stop ``delegate-editor check``)."""
        try:
            return data_dir() / USER_FILE
        except OSError:
            return None

    def where(self) -> str:
        return str(self.path())

    def stamp(self) -> tuple[float, int] | None:
        path = self.path()
        try:
            st = path.stat() if path is not None else None
        except OSError:
            return None
        return (st.st_mtime, st.st_size) if st is not None else None

    def read(self, problems: list[str]) -> object | None:
        """The file's JSON, or None when there is none; a file that cannot be read or is not
        JSON is reported in ``problems`` (a typo in a personal list must never stop the
        checker or the editor)."""
        path = self.path()
        if path is None:
            return None
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read your phrases ({exc})")
            return None
        try:
            return json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(
                f"{path}: your phrases are not valid JSON (line {exc.lineno}, column {exc.colno})"
            )
            return None

    def save(self, data: dict) -> None:
        """Write the list atomically (``storage/atomic.py``)."""
        path = self.path()
        if path is None:
            raise OSError("the Delegate Editor data folder cannot be created")
        atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def install() -> None:
    """Give the conventions layer the user's phrases file."""
    phrases.use_user_store(UserPhraseFile())
