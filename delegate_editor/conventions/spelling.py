"""Spelling the UN's way: which words of a text are misspelt, and what to write instead.

English is spelt as the UN spells it, after the Concise Oxford Dictionary: "organization"
(-ize), "programme", "judgement". The words are SCOWL's British -ize lists, bundled in
``resources/data/spelling/`` with their source and licence; a few words those lists hold
but the UN does not write ("program") are underlined too, with the UN's form offered first
(``un_forms.json``). The Member States' names are words too.

French and Spanish are the words of Debian's Hunspell dictionaries (Grammalecte, RLA-ES),
every form expanded at build time, with the States' names as that language writes them
("Afganistán"). The English forms are not theirs: French writes "l'Organisation des Nations
Unies", and no word is swapped for another. A French word after an elision ("l'", "d'",
"qu'", with ' or ’) is checked alone; Spanish "¿" and "¡" are punctuation, as are all signs
that are no letters, while accented letters are letters. Each language's letters, elisions
and terms are data (``spelling/languages.json``).

A word is looked up by binary search in a table of hashes (``word_table.py``: Spanish has
711,000 forms, which a Python set would keep in 100 MB), so checking costs microseconds a
word and a paragraph can be checked at every keystroke (the editors' highlighter checks the
line typed in). Suggestions are the known words one edit away (a letter deleted, swapped,
changed or added, in the language's own letters), then common words two away, ranked by how
often such a slip is made (a missing accent first); they are asked for only when a delegate
opens the context menu.

What is never a misspelling: numbers and words with digits ("A/RES/80/1", "2030"),
abbreviations in capitals ("UNESCO", "SDG"), single letters, and the words the delegate
added to their own dictionary of that language (kept by ``storage/user_words.py``; given
here as a set).
"""

from __future__ import annotations

import gzip
import re
import string
import threading
import unicodedata
from collections.abc import Iterable, Iterator

from delegate_editor.conventions.data import load
from delegate_editor.conventions.state_names import names_in
from delegate_editor.conventions.word_table import WordTable
from delegate_editor.resources import resource

# letters (any script's, with accents), inner apostrophes and hyphens are split on
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# "80/1", "2030", "L.12": words with digits; "ii", "xiv": an item's number in small roman
_NO_CHECK = re.compile(r"\w*\d\w*|x{0,3}(?:ix|iv|v?i{0,3})")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")  # web and mail addresses
_LETTERS = string.ascii_lowercase + "éèêëàâäîïôöûüùçñ"
MAX_SUGGESTIONS = 6


class Speller:
    """The words of one language, the UN's forms, and the user's own words."""

    def __init__(
        self,
        words: Iterable[str],
        un_forms: dict[str, str],
        own: Iterable[str] = (),
        letters: str = _LETTERS,
        elisions: Iterable[str] = (),
        replacements: Iterable[tuple[str, str]] = (),
    ) -> None:
        """``words`` the commonest first: the order ranks the suggestions. They are kept in a
        :class:`WordTable` (12 bytes a word: Spanish has 711,000 forms). ``letters`` are those
        the suggestions try (the language's own: "ñ" in Spanish, "œ" in French); after one of
        the ``elisions`` and an apostrophe ("l'", "qu'"), the word that follows is checked;
        ``replacements`` are slips of more than one letter offered first ("oe" for "œ")."""
        self.words = WordTable(words)
        self.un_forms = dict(un_forms)
        self.letters = letters
        self.elisions = frozenset(elisions)
        self.replacements = [(a, b) for a, b in replacements]
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
            found = self.words.find(low)
            # "Recalling" at the start of a sentence; "geneva" is not "Geneva"
            if found >= 0 and (not form.islower() or not found & 1):
                return True
            if form[:1].isupper() and low in self.own:
                return True
        elided, rest = self._elision(word)
        return bool(elided) and self.known(rest)

    def _elision(self, word: str) -> tuple[str, str]:
        """("l’", "Organisation") for "l’Organisation" in French; ("", word) otherwise."""
        head, apostrophe, rest = word.partition("'" if "'" in word else "’")
        if apostrophe and rest and head.lower() in self.elisions:
            return head + apostrophe, rest
        return "", word

    def bare(self, word: str) -> str:
        """``word`` without its elision ("Organisation" for "l’Organisation"): what a
        delegate's dictionary keeps, so that "d’Azawad" teaches "l’Azawad" too."""
        plain = _apostrophe(word)
        if plain in self.own or plain.lower() in self.words:
            return word
        return self._elision(word)[1]

    def misspelt(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Each misspelt word of ``text``: its start, end and the word (after an elision,
        the word alone: "l’" is right). Web addresses are not words; nor are letters glued to
        a number ("69th", "A3")."""
        if "/" in text or "@" in text:
            text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
        for m in WORD.finditer(text):
            start, end = m.span()
            if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
                continue
            if not self.known(m.group()):
                elided, rest = self._elision(m.group())
                yield start + len(elided), end, rest

    def suggestions(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """What to write instead, the likeliest first (the UN's form when there is one); after
        an elision, the elided word kept in front ("l’Organisation" for "l’Organisatoin")."""
        elided, rest = self._elision(word)
        if elided and not self.known(rest):
            return [elided + s for s in self.suggestions(rest, limit)]
        out: list[str] = []
        if word in self.un_forms:
            out.append(self.un_forms[word])
        low = _apostrophe(word).lower()
        capital = word[:1].isupper()
        near = self._near(low)
        # one edit before two; an accent ("soberania") or a swap of two letters ("teh") before
        # other slips; then the commoner word
        bare = _unaccented(low)
        ranked = sorted(
            near,
            key=lambda c: (near[c], _unaccented(c) != bare, sorted(c) != sorted(low), self.words.rank(c), c),
        )
        for candidate in ranked:
            shown = candidate[:1].upper() + candidate[1:] if capital else candidate
            if shown not in out and shown != word and shown not in self.un_forms:
                out.append(shown)
            if len(out) >= limit:
                break
        return out

    def _near(self, low: str) -> dict[str, int]:
        """Known words one edit or replacement away (1), or else common words two away (2)."""
        first = _edits(low, self.letters)
        for wrong, right in self.replacements:
            first.update(low[:i] + right + low[i + len(wrong) :] for i in _places(low, wrong))
        one = {w: 1 for w in first if w in self.words}
        if one or len(low) > 14:
            return one
        common = self.words.common
        return {w: 2 for e in first for w in _edits(e, self.letters) if w in common}

    def add(self, word: str) -> None:
        """A word of the delegate's own (the caller keeps it: ``storage/user_words.py``)."""
        self.own.add(_apostrophe(self.bare(word)))


def _edits(word: str, letters: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    changes = [a + c + b[1:] for a, b in splits if b for c in letters]
    inserts = [a + c + b for a, b in splits for c in letters]
    return set(deletes + swaps + changes + inserts)


def _places(word: str, part: str) -> list[int]:
    return [i for i in range(len(word)) if word.startswith(part, i)]


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _apostrophe(word: str) -> str:
    return word.replace("’", "'")


def _languages() -> dict[str, dict]:
    """The languages with a word list (``spelling/languages.json``)."""
    return {k: v for k, v in load("spelling/languages.json").items() if not k.startswith("_")}


def _words(language: str) -> Iterator[str]:
    """The language's list, then its UN terms and the names of the Member States and
    observers as that language writes them ("Côte d’Ivoire", "Afganistán"). Read as it is
    used, a line at a time: Spanish's list held whole, and its words in a list, took 60 MB
    more at the peak of the speller's making."""
    about = _languages()[language]
    with gzip.open(resource("data", "spelling", about["words"]), "rt", encoding="utf-8") as handle:
        for line in handle:
            word = line.rstrip("\n")
            if word:
                yield word
    terms = resource("data", "spelling", about["terms"]).read_text("utf-8").splitlines()
    yield from (t.strip() for t in terms if t.strip() and not t.startswith("#"))
    for name in names_in(language):
        yield from (_apostrophe(w) for w in WORD.findall(name))


_spellers: dict[str, Speller | None] = {}
_making = threading.Lock()


def speller(language: str) -> Speller | None:
    """The speller of a draft's language ("en", "fr", "es"), one per process (the delegate's
    own words are added to it: ``Speller.add``); None for a language without a word list.
    Made once, 0.4 s for English and 1-2 s for Spanish: the window asks for it off its GUI
    thread (``ui/spelling.py``), and a second caller meanwhile waits for the first's."""
    with _making:
        if language not in _spellers:
            _spellers[language] = _make(language)
        return _spellers[language]


def forget() -> None:
    """Drop every speller made (the benchmarks time their making)."""
    with _making:
        _spellers.clear()


def loaded(language: str) -> tuple[bool, Speller | None]:
    """Whether the speller of ``language`` is made, and it, without making it."""
    return language in _spellers, _spellers.get(language)


def _make(language: str) -> Speller | None:
    about = _languages().get(language)
    if about is None:
        return None
    forms = load(f"spelling/{about['forms']}")["forms"] if about["forms"] else {}
    return Speller(
        _words(language),
        forms,
        letters=about["letters"],
        elisions=about["elisions"],
        replacements=[tuple(pair) for pair in about["replacements"]],
    )
