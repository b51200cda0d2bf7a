"""The delegate's own dictionaries: one a language in the user data folder, one word a line.

"Add to My Dictionary" in an editor's context menu writes to the list of the draft's language
(atomically, the whole file), and the spell checker (``conventions/spelling.py``) reads it
when it first checks a draft in that language, so a name added once ("Hidankyo") is never
underlined again, in any draft of that language. English keeps the file it always had,
``words.txt``, so the words kept before French and Spanish were checked are still there;
French and Spanish have ``words-fr.txt`` and ``words-es.txt`` (a French word such as
"Azawad" is no English word, and "program" kept for English must not pass in French).
"""

from __future__ import annotations

from pathlib import Path

from delegate_editor.storage.atomic import atomic_write
from delegate_editor.storage.paths import data_dir

USER_FILE = "words.txt"  # English's, the file of the versions that checked English only
MAX_WORD = 64  # letters: a longer "word" is a paste gone wrong, not a name


def path(language: str = "en") -> Path:
    if language == "en":
        return data_dir() / USER_FILE
    if not language.isalpha() or not language.isascii():  # a language code, never a path
        raise ValueError(f"not a language code: {language!r}")
    return data_dir() / f"words-{language}.txt"


def load(language: str = "en") -> list[str]:
    """The words, or none when the file is missing or cannot be read (a damaged personal
    list must never stop the editor: the words are then simply underlined again)."""
    try:
        text = path(language).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    return [w.strip() for w in text.splitlines() if w.strip() and len(w.strip()) <= MAX_WORD]


def add(word: str, language: str = "en") -> None:
    """Keep ``word`` in ``language``'s list; ``OSError`` when the data folder cannot be
    written."""
    word = word.strip()
    if not word or len(word) > MAX_WORD or any(c.isspace() for c in word):
        raise ValueError(f"not a word to keep: {word!r}")
    words = load(language)
    if word in words:
        return
    words.append(word)
    atomic_write(path(language), ("\n".join(sorted(words, key=str.casefold)) + "\n").encode("utf-8"))
