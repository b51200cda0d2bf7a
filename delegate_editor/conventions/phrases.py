"""Preambular opening phrases and operative verbs: the bundled list plus the user's own.

The list lives in ``resources/data/phrases.json`` (with the rules for "also"/"further" forms
written next to the data); the user's additions live in ``phrases.json`` in the user data
folder. Both are read once and re-read only when the user's file changes, so the checker
and the importer can ask about every paragraph without touching the disk each time.

Matching is on folded text (case, accents and apostrophes ignored) so that the checker can
recognise a phrase first and then say what is wrong with its spelling or its adverb.
"""

from __future__ import annotations

import json
from pathlib import Path

from delegate_editor.conventions.data import fold, load
from delegate_editor.conventions.phrase_book import PARTS, USER_GROUP, Parsed, Phrase, Phrasebook, _entries
from delegate_editor.conventions.phrases_other import other_book

USER_FILE = "phrases.json"


def _user_path() -> Path | None:
    """The user's phrases file, or None when the data folder cannot be made (a read-only
    home must not stop ``delegate-editor check``)."""
    from delegate_editor.storage.paths import data_dir

    try:
        return data_dir() / USER_FILE
    except OSError:
        return None


def _read_user(path: Path, adverbs: dict[str, str], problems: list[str]) -> dict[str, list[Phrase]]:
    """The user's phrases; a damaged file is reported in ``problems`` and otherwise ignored,
    because a typo in a personal list must never stop the checker or the editor."""
    out: dict[str, list[Phrase]] = {part: [] for part in PARTS}
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return out
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read your phrases ({exc})")
        return out
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        problems.append(f"{path}: your phrases are not valid JSON (line {exc.lineno}, column {exc.colno})")
        return out
    if not isinstance(data, dict):
        problems.append(f"{path}: your phrases must be an object with 'preamble' and 'operative' lists")
        return out
    for part in PARTS:
        if part in data:
            out[part] = _entries(data[part], part, True, adverbs, problems, str(path))
    return out


_CACHE: dict[str, tuple[tuple[float, int] | None, Phrasebook]] = {}


def _stamp(path: Path) -> tuple[float, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime, st.st_size)


def phrasebook(language: str = "en") -> Phrasebook:
    """The bundled phrases of ``language`` ("en", "fr", "es"), plus the user's own for
    English (re-read when the user's file changes)."""
    other = other_book(language) if language != "en" else None
    if other is not None:
        return other
    path = _user_path()
    stamp = _stamp(path) if path is not None else None
    key = str(path)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    data = load("phrases.json")
    adverbs = {"also": "also", "further": "further", **data.get("adverbs", {})}
    problems: list[str] = []
    user = (
        _read_user(path, adverbs, problems)
        if path is not None and stamp is not None
        else {p: [] for p in PARTS}
    )
    phrases = {}
    for part in PARTS:
        bundled = _entries(data[part], part, False, adverbs, problems, "phrases.json")
        known = {fold(p.phrase) for p in bundled}
        phrases[part] = tuple(bundled + [p for p in user[part] if fold(p.phrase) not in known])
    book = Phrasebook(
        phrases=phrases,
        intensifiers={part: tuple(data.get("intensifiers", {}).get(part, ())) for part in PARTS},
        trailing=tuple(data.get("trailing_words", ())),
        adverbs=adverbs,
        problems=problems,
    )
    _CACHE.clear()
    _CACHE[key] = (stamp, book)
    return book


# -- the public API (``language`` is a draft's language code; English by default) ----------
def phrases(part: str, language: str = "en") -> list[Phrase]:
    """All phrases of ``part`` ("preamble" or "operative"), bundled first, then the user's."""
    return list(phrasebook(language).phrases[_part(part)])


def preambular_phrases() -> list[str]:
    return [p.phrase for p in phrases("preamble")]


def operative_phrases() -> list[str]:
    return [p.phrase for p in phrases("operative")]


def groups(part: str, language: str = "en") -> dict[str, list[str]]:
    """Phrases of ``part`` by group, in the order of the data file, for the phrase palette."""
    out: dict[str, list[str]] = {}
    for p in phrases(part, language):
        out.setdefault(p.group, []).append(p.phrase)
    return out


def parse_opening(opening: str, part: str, language: str = "en") -> Parsed:
    return phrasebook(language).parse(opening, _part(part))


def is_preamble_opening(opening: str) -> bool:
    """True if ``opening`` is a listed preambular phrase, possibly with "also"/"further",
    an intensifier ("Deeply") or a following preposition."""
    return phrasebook().parse(opening, "preamble").known


def is_operative_opening(opening: str) -> bool:
    """True if ``opening`` is a listed operative verb phrase, possibly with "Also"/"Further"."""
    return phrasebook().parse(opening, "operative").known


def longest_opening(text: str, part: str, language: str = "en") -> str:
    """The longest known opening at the start of ``text`` ("Recalling also its resolution"
    gives "Recalling also"), as written there; "" when the text starts with none."""
    return phrasebook(language).longest_opening(text, _part(part))


def also_further_forms(phrase: str, part: str, language: str = "en") -> tuple[str, str]:
    """("Recalling also", "Recalling further") or ("Also requests", "Further requests");
    ("Prie également", "Prie en outre"); ("Solicita también", "Solicita además")."""
    return phrasebook(language).forms(phrase, _part(part))


def problems() -> list[str]:
    """What was wrong with the user's phrases file, if anything (shown by the UI)."""
    return list(phrasebook().problems)


def add_user_phrase(phrase: str, part: str, group: str = USER_GROUP) -> None:
    """Add a phrase to the user's own list (saved atomically); a no-op if already known."""
    from delegate_editor.storage.atomic import atomic_write

    part = _part(part)
    phrase = " ".join(phrase.split())
    if not phrase or phrasebook().parse(phrase, part).known:
        return
    path = _user_path()
    if path is None:
        raise OSError("the Delegate Editor data folder cannot be created")
    data: dict = {}
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(loaded, dict):
            data = loaded
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        data = {}
    entries = data.get(part) if isinstance(data.get(part), list) else []
    entries.append({"phrase": phrase, "group": group})
    data[part] = entries
    atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def _part(part: str) -> str:
    if part not in PARTS:
        raise ValueError(f"part must be 'preamble' or 'operative', not {part!r}")
    return part
