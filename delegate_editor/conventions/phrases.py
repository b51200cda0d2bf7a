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

import re
from dataclasses import dataclass, field
from typing import Protocol

from delegate_editor.conventions.data import fold, load

PARTS = ("preamble", "operative")
USER_GROUP = "my phrases"
_MAX_WORDS = 12  # the longest phrase ("Acting under Chapter VII of the Charter ...") has 10


@dataclass(frozen=True)
class Phrase:
    """One opening phrase as it is printed in italics, with its repeated forms."""

    phrase: str
    group: str
    part: str
    also: str
    further: str
    user: bool = False

    @property
    def text(self) -> str:  # the UI's completion adapter reads ``.text``
        return self.phrase


@dataclass(frozen=True)
class Parsed:
    """What an opening is made of: the listed phrase, an intensifier ("Strongly"), the
    repetition adverb ("also"/"further"), a trailing preposition, and whether the adverb
    stands where UN usage puts it."""

    phrase: Phrase | None
    adverb: str = ""
    intensifier: str = ""
    trailing: str = ""
    misplaced: bool = False

    @property
    def known(self) -> bool:
        return self.phrase is not None

    @property
    def base_key(self) -> str:
        """The identity used to detect a repeated opening ("Requests" = "Also requests")."""
        core = self.phrase.phrase if self.phrase else ""
        return fold(f"{self.intensifier} {core}")


@dataclass
class Phrasebook:
    phrases: dict[str, tuple[Phrase, ...]]
    intensifiers: dict[str, tuple[str, ...]]
    trailing: tuple[str, ...]
    adverbs: dict[str, str]
    problems: list[str] = field(default_factory=list)
    index: dict[str, dict[str, Phrase]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for part in PARTS:
            table: dict[str, Phrase] = {}
            for p in self.phrases[part]:
                table.setdefault(fold(p.phrase), p)
            self.index[part] = table
        self._intens = {
            part: sorted((fold(i) for i in self.intensifiers[part]), key=len, reverse=True) for part in PARTS
        }
        self._trailing = sorted((fold(t) for t in self.trailing), key=len, reverse=True)
        self._adverbs = {fold(v): k for k, v in self.adverbs.items()}

    # -- matching -----------------------------------------------------------------------
    def _core(self, words: list[str], part: str) -> tuple[Phrase | None, str]:
        text = " ".join(words)
        hit = self.index[part].get(text)
        if hit is not None:
            return hit, ""
        for intens in self._intens[part]:
            if text.startswith(intens + " "):
                hit = self.index[part].get(text[len(intens) + 1 :])
                if hit is not None:
                    return hit, intens
        return None, ""

    def parse(self, opening: str, part: str) -> Parsed:
        """Analyse an opening of ``part`` ("preamble" or "operative")."""
        words = fold(opening).rstrip(",;:.").split()
        if not words:
            return Parsed(None)
        best = self._parse_words(words, part)
        if best.known:
            return best
        for t in self._trailing:  # "Taking note of": the preposition is not part of it
            tw = t.split()
            if len(words) > len(tw) and words[-len(tw) :] == tw:
                parsed = self._parse_words(words[: -len(tw)], part)
                if parsed.known:
                    return Parsed(parsed.phrase, parsed.adverb, parsed.intensifier, t, parsed.misplaced)
        return best

    def _parse_words(self, words: list[str], part: str) -> Parsed:
        phrase, intens = self._core(words, part)
        if phrase is not None:
            return Parsed(phrase, "", intens)
        adv = self._adverbs
        candidates: list[tuple[list[str], str, bool]] = []
        first, last = words[0], words[-1]
        if part == "preamble":
            if last in adv and len(words) > 1:
                candidates.append((words[:-1], adv[last], False))
            if len(words) > 2 and words[1] in adv:  # "Noting also with concern"
                candidates.append((words[:1] + words[2:], adv[words[1]], False))
            if first in adv and len(words) > 1:  # MUN form "Further recalling"
                candidates.append((words[1:], adv[first], True))
        else:
            if first in adv and len(words) > 1:
                candidates.append((words[1:], adv[first], False))
            if last in adv and len(words) > 1:  # "Requests also"
                candidates.append((words[:-1], adv[last], True))
        for rest, adverb, misplaced in candidates:
            phrase, intens = self._core(rest, part)
            if phrase is not None:
                return Parsed(phrase, adverb, intens, "", misplaced)
        return Parsed(None)

    def longest_opening(self, text: str, part: str) -> str:
        """The longest known opening at the start of ``text``, as written there, or ""."""
        spans = [m for _, m in zip(range(_MAX_WORDS), re.finditer(r"\S+", text), strict=False)]
        for k in range(len(spans), 0, -1):
            end = spans[k - 1].end()
            candidate = text[:end].rstrip(",;:.")
            if not candidate.strip():
                continue
            parsed = self.parse(candidate, part)
            if parsed.known and not parsed.trailing:
                return candidate.strip()
        return ""

    def forms(self, phrase: str, part: str) -> tuple[str, str]:
        """The "also" and "further" forms of a phrase of ``part`` (rule in phrases.json)."""
        parsed = self.parse(phrase, part)
        if parsed.phrase is not None and not parsed.intensifier:
            return parsed.phrase.also, parsed.phrase.further
        written = " ".join(phrase.split())
        return repeated_forms(written, part, self.adverbs)


def repeated_forms(phrase: str, part: str, adverbs: dict[str, str] | None = None) -> tuple[str, str]:
    """The rule: preamble "Recalling also"; operative "Also requests" (un-layout.md §2.2-2.3)."""
    adverbs = adverbs or {"also": "also", "further": "further"}
    also, further = adverbs["also"], adverbs["further"]
    if part == "preamble":
        return f"{phrase} {also}", f"{phrase} {further}"
    rest = phrase[:1].lower() + phrase[1:]
    return f"{also.capitalize()} {rest}", f"{further.capitalize()} {rest}"


def _entries(
    raw: object, part: str, user: bool, adverbs: dict[str, str], problems: list[str], where: str
) -> list[Phrase]:
    out: list[Phrase] = []
    if not isinstance(raw, list):
        problems.append(f"{where}: '{part}' must be a list")
        return out
    for item in raw:
        if isinstance(item, str):
            item = {"phrase": item}
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("phrase"), str)
            or not item["phrase"].strip()
        ):
            problems.append(f"{where}: an entry of '{part}' has no phrase")
            continue
        phrase = " ".join(item["phrase"].split())
        also, further = repeated_forms(phrase, part, adverbs)
        group = item.get("group") if isinstance(item.get("group"), str) else (USER_GROUP if user else "other")
        out.append(
            Phrase(
                phrase=phrase,
                group=group,
                part=part,
                also=item["also"] if isinstance(item.get("also"), str) else also,
                further=item["further"] if isinstance(item.get("further"), str) else further,
                user=user,
            )
        )
    return out


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


def phrasebook() -> Phrasebook:
    """The bundled phrases plus the user's, re-read when the user's file changes."""
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
    )
    _CACHE.clear()
    _CACHE[key] = (stamp, book)
    return book


# -- the public API ---------------------------------------------------------------------
def phrases(part: str) -> list[Phrase]:
    """All phrases of ``part`` ("preamble" or "operative"), bundled first, then the user's."""
    return list(phrasebook().phrases[_part(part)])


def preambular_phrases() -> list[str]:
    return [p.phrase for p in phrases("preamble")]


def operative_phrases() -> list[str]:
    return [p.phrase for p in phrases("operative")]


def groups(part: str) -> dict[str, list[str]]:
    """Phrases of ``part`` by group, in the order of the data file, for the phrase palette."""
    out: dict[str, list[str]] = {}
    for p in phrases(part):
        out.setdefault(p.group, []).append(p.phrase)
    return out


def parse_opening(opening: str, part: str) -> Parsed:
    return phrasebook().parse(opening, _part(part))


def is_preamble_opening(opening: str) -> bool:
    """True if ``opening`` is a listed preambular phrase, possibly with "also"/"further",
    an intensifier ("Deeply") or a following preposition."""
    return phrasebook().parse(opening, "preamble").known


def is_operative_opening(opening: str) -> bool:
    """True if ``opening`` is a listed operative verb phrase, possibly with "Also"/"Further"."""
    return phrasebook().parse(opening, "operative").known


def longest_opening(text: str, part: str) -> str:
    """The longest known opening at the start of ``text`` ("Recalling also its resolution"
    gives "Recalling also"), as written there; "" when the text starts with none."""
    return phrasebook().longest_opening(text, _part(part))


def also_further_forms(phrase: str, part: str) -> tuple[str, str]:
    """("Recalling also", "Recalling further") or ("Also requests", "Further requests")."""
    return phrasebook().forms(phrase, _part(part))


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
