"""Preambular opening phrases and operative verbs: the bundled list plus the user's own.

The list lives in ``resources/data/phrases.json`` (with the rules for "also"/"further" forms
written next to the data); the user's additions live in ``phrases.json`` in the user data
folder, read and written through the :class:`UserStore` that ``storage/user_phrases.py``
plugs in (this layer may not import storage). Both are read once and re-read only when the user's file changes, so the checker
and the importer can ask about every paragraph without touching the disk each time.

Matching is on folded text (case, accents and apostrophes ignored) so that the checker can
recognise a phrase first and then say what is wrong with its spelling or its adverb.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol

from delegate_editor.conventions.data import fold, load
from delegate_editor.conventions.language import codes as language_codes
from delegate_editor.conventions.phrase_book import PARTS, USER_GROUP, Parsed, Phrase, Phrasebook, _entries
from delegate_editor.conventions.phrases_other import other_book


class UserStore(Protocol):
    """Where the user's own phrases are kept (``storage/user_phrases.py``): this layer reads
    and writes their JSON through it, as it may not import storage."""

    def where(self) -> str:
        """The place, as problems name it (and the cache's key)."""

    def stamp(self) -> object | None:
        """Changes when the list changes; None when there is no list."""

    def read(self, problems: list[str]) -> object | None:
        """The stored JSON, or None; what could not be read is added to ``problems``."""

    def save(self, data: dict) -> None:
        """Store the whole list; raise ``OSError`` when it cannot be written."""


_STORE: UserStore | None = None


def use_user_store(store: UserStore | None) -> None:
    """Read (and add) the user's phrases through ``store`` from now on; None: bundled only."""
    global _STORE
    _STORE = store
    _CACHE.clear()


def _read_user(store: UserStore, adverbs: dict[str, str], problems: list[str]) -> dict[str, list[Phrase]]:
    """The user's phrases; a damaged list is reported in ``problems`` and otherwise ignored,
    because a typo in a personal list must never stop the checker or the editor."""
    out: dict[str, list[Phrase]] = {part: [] for part in PARTS}
    data = store.read(problems)
    if data is None:
        return out
    where = store.where()
    if not isinstance(data, dict):
        problems.append(f"{where}: your phrases must be an object with 'preamble' and 'operative' lists")
        return out
    for part in PARTS:
        if part in data:
            out[part] = _entries(data[part], part, True, adverbs, problems, where)
    return out


_CACHE: dict[str, tuple[object | None, Phrasebook]] = {}
_PINNED = threading.local()


@contextmanager
def pinned() -> Iterator[Phrasebook]:
    """Within, :func:`phrasebook` gives this thread the English book as it was on entry,
    without looking at the user's file again. An import or a check asks about every line,
    thousands of times a text: finding and stat-ing the file each time was a tenth of an
    import, and a list saved halfway through must not change the rules within one text."""
    book = phrasebook()
    before = getattr(_PINNED, "book", None)
    _PINNED.book = book
    try:
        yield book
    finally:
        _PINNED.book = before


def phrasebook(language: str = "en") -> Phrasebook:
    """The bundled phrases of ``language`` ("en", "fr", "es"), plus the user's own for
    English (re-read when the user's file changes, except within :func:`pinned`)."""
    if language == "en" and (book := getattr(_PINNED, "book", None)) is not None:
        return book
    other = other_book(language) if language != "en" else None
    if other is not None:
        return other
    store = _STORE
    stamp = store.stamp() if store is not None else None
    key = store.where() if store is not None else ""
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    data = load("phrases.json")
    adverbs = {"also": "also", "further": "further", **data.get("adverbs", {})}
    problems: list[str] = []
    user = (
        _read_user(store, adverbs, problems)
        if store is not None and stamp is not None
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
        variants=dict(data.get("adverb_variants", {})),
        qualifiers=tuple(data.get("qualifiers", ())),
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


def opens_another_language(text: str) -> bool:
    """Whether ``text`` starts with a preambular opening of a language other than English
    ("Conscient de ...", "Recordando ..."): the text reader splits pasted paragraphs there."""
    first = text.split(" ", 1)[0]
    others = (phrasebook(code) for code in language_codes() if code != "en")
    return first[:1].isupper() and any(
        b.may_open(first) and b.longest_opening(text, "preamble") for b in others
    )


def problems() -> list[str]:
    """What was wrong with the user's phrases file, if anything (shown by the UI)."""
    return list(phrasebook().problems)


def add_user_phrase(phrase: str, part: str, group: str = USER_GROUP) -> None:
    """Add a phrase to the user's own list (saved atomically by the store); a no-op if
    already known."""
    part = _part(part)
    phrase = " ".join(phrase.split())
    if not phrase or phrasebook().parse(phrase, part).known:
        return
    if _STORE is None:
        raise OSError("there is no place to keep your own phrases")
    loaded = _STORE.read([])  # a list that cannot be read is started afresh
    data: dict = loaded if isinstance(loaded, dict) else {}
    entries = data.get(part) if isinstance(data.get(part), list) else []
    entries.append({"phrase": phrase, "group": group})
    data[part] = entries
    _STORE.save(data)


def _part(part: str) -> str:
    if part not in PARTS:
        raise ValueError(f"part must be 'preamble' or 'operative', not {part!r}")
    return part
