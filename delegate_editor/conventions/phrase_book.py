"""The phrasebook: opening phrases of one language, and how an opening is read against them.

``Phrasebook.parse`` says what an opening is made of (the listed phrase, an intensifier, the
"also"/"further" adverb and whether it stands where the language puts it); the lists are
loaded by ``phrases.py`` (English, with the user's own) and ``phrases_other.py`` (the other
languages). Matching is on folded text (case, accents and apostrophes ignored).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from delegate_editor.conventions.data import fold
from delegate_editor.conventions.phrase_forms import ENGLISH_PLACES, repeated_forms

PARTS = ("preamble", "operative")
USER_GROUP = "my phrases"
_MEMO = 20_000  # answers kept by ``longest_opening`` before it starts afresh
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
    places: dict[str, str] = field(default_factory=lambda: dict(ENGLISH_PLACES))
    variants: dict[str, str] = field(default_factory=dict)  # other words for an adverb ("asimismo")
    # words after a phrase that set a repeat apart as an adverb does ("Recalling in particular")
    qualifiers: tuple[str, ...] = ()

    def qualified(self, rest: str) -> bool:
        """Whether a paragraph's text after its opening starts with a qualifier."""
        words = fold(rest).lstrip(" ,").split()
        return any(words[: len(q.split())] == fold(q).split() for q in self.qualifiers)

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
        self._adverbs.update({fold(v): k for v, k in self.variants.items()})
        # adverbs as word sequences, longest first ("en outre", "una vez mas")
        self._adverb_words = sorted(
            ((tuple(a.split()), k) for a, k in self._adverbs.items()), key=lambda x: -len(x[0])
        )
        # the first words a known opening of each part can have, exactly as ``parse`` reads
        # it: a phrase's, an intensifier's, or an adverb's set before the phrase
        adverb_firsts = {adv[0] for adv, _ in self._adverb_words}
        self._starts = {
            part: frozenset(k.split()[0] for k in (*self.index[part], *self._intens[part]) if k.strip())
            | adverb_firsts
            for part in PARTS
        }
        # of either part: a quick test before ``longest_opening``
        self._firsts = self._starts["preamble"] | self._starts["operative"]
        # the answers of ``longest_opening``, by the line's first words: the importer and the
        # checker ask again of the same lines (a text's paragraphs, read by several passes)
        self._longest: dict[tuple[str, str], str] = {}

    def may_open(self, word: str) -> bool:
        """Whether an opening of this book can start with ``word`` (case and accents ignored)."""
        return fold(word).rstrip(",;:") in self._firsts

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
        return self._parse_folded(fold(opening).rstrip(",;:.").split(), part)

    def _parse_folded(self, words: list[str], part: str) -> Parsed:
        if not words or words[0] not in self._starts[part]:
            return Parsed(None)  # no known opening starts with that word
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
        candidates: list[tuple[list[str], str, bool]] = []
        after = self.places.get(part, "phrase") != "before"
        ends, middles, starts = [], [], []
        for adv, key in self._adverb_words:
            n = len(adv)
            if len(words) <= n:
                continue
            if tuple(words[-n:]) == adv:
                ends.append((words[:-n], key, not after))  # "Requests also": misplaced
            if after:  # "Noting also with concern", "Se déclare également préoccupé"
                for pos in (1, 2):
                    if len(words) > pos + n and tuple(words[pos : pos + n]) == adv:
                        middles.append((words[:pos] + words[pos + n :], key, False))
            if tuple(words[:n]) == adv:
                starts.append((words[n:], key, after))  # MUN form "Further recalling"
        candidates = ends + middles + starts if after else starts + ends
        for rest, adverb, misplaced in candidates:
            phrase, intens = self._core(rest, part)
            if phrase is not None:
                return Parsed(phrase, adverb, intens, "", misplaced)
        return Parsed(None)

    def longest_opening(self, text: str, part: str) -> str:
        """The longest known opening at the start of ``text``, as written there, or "".

        Each word is folded once (folding is per character, so a prefix's fold is its
        words' folds joined), and a first word no opening starts with ends the search: the
        importer asks this of every line it places, and folding each of up to twelve
        prefixes again was most of an import's time."""
        spans = [m for _, m in zip(range(_MAX_WORDS), re.finditer(r"\S+", text), strict=False)]
        key = (text[: spans[-1].end()] if spans else "", part)  # all the answer depends on
        found = self._longest.get(key)
        if found is None:
            if len(self._longest) >= _MEMO:
                self._longest.clear()
            found = self._longest[key] = self._longest_opening(text, spans, part)
        return found

    def _longest_opening(self, text: str, spans: list[re.Match[str]], part: str) -> str:
        folds = {m.group(): fold(m.group()) for m in spans}
        first = folds[spans[0].group()] if spans else ""
        if first and " " not in first and not {first, first.rstrip(",;:.")} & self._starts[part]:
            return ""
        for k in range(len(spans), 0, -1):
            candidate = text[: spans[k - 1].end()].rstrip(",;:.")
            if not candidate.strip():
                continue
            joined = " ".join(f for w in candidate.split() if (f := folds.get(w) or fold(w)))
            parsed = self._parse_folded(joined.rstrip(",;:.").split(), part)
            if parsed.known and not parsed.trailing:
                return candidate.strip()
        return ""

    def forms(self, phrase: str, part: str) -> tuple[str, str]:
        """The "also" and "further" forms of a phrase of ``part`` (rule in phrases.json)."""
        parsed = self.parse(phrase, part)
        if parsed.phrase is not None and not parsed.intensifier:
            return parsed.phrase.also, parsed.phrase.further
        written = " ".join(phrase.split())
        return repeated_forms(written, part, self.adverbs, self.places.get(part, ""))


def _entries(
    raw: object,
    part: str,
    user: bool,
    adverbs: dict[str, str],
    problems: list[str],
    where: str,
    place: str = "",
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
        also, further = repeated_forms(phrase, part, adverbs, place)
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
