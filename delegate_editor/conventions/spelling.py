"""Spelling the UN's way: which words of a text are misspelt, and what to write instead.

English is spelt as the UN spells it, after the Concise Oxford Dictionary: "organization"
(-ize), "programme", "judgement". The words are SCOWL's British -ize lists, bundled in
``resources/data/spelling/`` with their source and licence; a few words those lists hold
but the UN does not write ("program") are underlined too, with the UN's form offered first
(``un_forms.json``). The Member States' names are words too.

A word is looked up in a Python set, so checking costs microseconds a word and a paragraph
can be checked at every keystroke (the editors' highlighter checks the line typed in).
Suggestions are the known words one edit away (a letter deleted, swapped, changed or
added), then two, ranked by how often such a slip is made; they are asked for only when a
delegate opens the context menu.

What is never a misspelling: numbers and words with digits ("A/RES/80/1", "2030"),
abbreviations in capitals ("UNESCO", "SDG"), single letters, and the words the delegate
added to their own dictionary (kept by ``storage/user_words.py``; given here as a set).
French and Spanish have no word list yet: a draft in those languages is not checked.
"""

from __future__ import annotations

import gzip
import re
import string
from collections.abc import Iterable, Iterator
from functools import cache

from delegate_editor.conventions.data import load
from delegate_editor.resources import resource

# letters (any script's, with accents), inner apostrophes and hyphens are split on
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_NO_CHECK = re.compile(r"\w*\d\w*")  # "80/1", "2030", "L.12": words with digits
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")  # web and mail addresses
_LETTERS = string.ascii_lowercase + "éèêëàâäîïôöûüùçñ"
MAX_SUGGESTIONS = 6


class Speller:
    """The words of one language, the UN's forms, and the user's own words."""

    def __init__(self, words: Iterable[str], un_forms: dict[str, str], own: Iterable[str] = ()) -> None:
        """``words`` the commonest first: the order ranks the suggestions. One table of the
        words in lower case (their rank) and a set of those written with capitals ("Geneva",
        "UNESCO") keep the 166,000 words in about 20 MB."""
        self.rank: dict[str, int] = {}
        self.capitals: set[str] = set()  # lower-case forms of words that take capitals
        plain: set[str] = set()  # words also written in lower case ("may" beside "May")
        for i, w in enumerate(words):
            low = w if w.islower() else w.lower()
            self.rank.setdefault(low, i)
            (self.capitals if low != w else plain).add(low)
        self.capitals -= plain
        self.un_forms = dict(un_forms)
        self.own: set[str] = {_apostrophe(w) for w in own}

    def known(self, word: str) -> bool:
        """Whether ``word`` is spelt right (or is not a word to check)."""
        if len(word) < 2 or word.isupper() or _NO_CHECK.fullmatch(word):
            return True
        if len(word) > 2 and word.endswith("s") and word[:-1].isupper():  # "ICTs", "NGOs"
            return True
        if word in self.un_forms:
            return False
        plain = _apostrophe(word)
        for form in (plain, plain.removesuffix("'s"), plain.removesuffix("'")):
            if form in self.own:
                return True
            low = form.lower()
            # "Recalling" at the start of a sentence; "geneva" is not "Geneva"
            if low in self.rank and (low not in self.capitals or not form.islower()):
                return True
            if form[:1].isupper() and low in self.own:
                return True
        return False

    def misspelt(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Each misspelt word of ``text``: its start, end and the word. Web addresses are
        not words; nor are letters glued to a number ("69th", "A3")."""
        if "/" in text or "@" in text:
            text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
        for m in WORD.finditer(text):
            start, end = m.span()
            if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
                continue
            if not self.known(m.group()):
                yield start, end, m.group()

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """What to write instead, the likeliest first (the UN's form when there is one)."""
        out: list[str] = []
        if word in self.un_forms:
            out.append(self.un_forms[word])
        low = _apostrophe(word).lower()
        capital = word[:1].isupper()
        near = self._near(low)
        # one edit before two; a swap of two letters ("teh") before other slips; then the
        # commoner word
        ranked = sorted(near, key=lambda c: (near[c], sorted(c) != sorted(low), self.rank[c], c))
        for candidate in ranked:
            shown = candidate[:1].upper() + candidate[1:] if capital else candidate
            if shown not in out and shown != word and shown not in self.un_forms:
                out.append(shown)
            if len(out) >= limit:
                break
        return out

    def _near(self, low: str) -> dict[str, int]:
        """Known words one edit away (1), or else two (2)."""
        first = _edits(low)
        one = {w: 1 for w in first if w in self.rank}
        if one or len(low) > 14:
            return one
        return {w: 2 for e in first for w in _edits(e) if w in self.rank}

    def add(self, word: str) -> None:
        """A word of the delegate's own (the caller keeps it: ``storage/user_words.py``)."""
        self.own.add(_apostrophe(word))


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + changes + inserts)


def _apostrophe(word: str) -> str:
    return word.replace("’", "'")


@cache
def _english_words() -> tuple[str, ...]:
    raw = gzip.decompress(resource("data", "spelling", "en.txt.gz").read_bytes()).decode("utf-8")
    words = [w for w in raw.split("\n") if w]
    terms = resource("data", "spelling", "un_terms.txt").read_text("utf-8").splitlines()
    words += [t.strip() for t in terms if t.strip() and not t.startswith("#")]
    states = load("states.json")
    for group in ("member_states", "observer_states", "organizations"):
        for entry in states[group]:
            words.extend(_apostrophe(w) for w in WORD.findall(entry["name"]))
    return tuple(words)


@cache
def speller(language: str) -> Speller | None:
    """The speller of a draft's language ("en"), one per process (the delegate's own words
    are added to it: ``Speller.add``); None where there is no word list yet."""
    if language != "en":
        return None
    return Speller(_english_words(), load("spelling/un_forms.json")["forms"])
