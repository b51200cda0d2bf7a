"""The delegate's own dictionary: ``words.txt`` in the user data folder, one word a line.

"Add to My Dictionary" in an editor's context menu writes here (atomically, the whole file),
and the spell checker (``conventions/spelling.py``) reads it when the window starts, so a
name added once ("Hidankyo") is never underlined again, in any draft.
"""

from __future__ import annotations

from pathlib import Path

from delegate_editor.storage.atomic import atomic_write
from delegate_editor.storage.paths import data_dir

USER_FILE = "words.txt"
MAX_WORD = 64  # letters: a longer "word" is a paste gone wrong, not a name


def path() -> Path:
    return data_dir() / USER_FILE


def load() -> list[str]:
    """The words, or none when the file is missing or cannot be read (a damaged personal
    list must never stop the editor: the words are then simply underlined again)."""
    try:
        text = path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [w.strip() for w in text.splitlines() if w.strip() and len(w.strip()) <= MAX_WORD]


def add(word: str) -> None:
    """Keep ``word``; ``OSError`` when the data folder cannot be written."""
    word = word.strip()
    if not word or len(word) > MAX_WORD or any(c.isspace() for c in word):
        raise ValueError(f"not a word to keep: {word!r}")
    words = load()
    if word in words:
        return
    words.append(word)
    atomic_write(path(), ("\n".join(sorted(words, key=str.casefold)) + "\n").encode("utf-8"))
