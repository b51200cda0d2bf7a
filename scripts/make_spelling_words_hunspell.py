"""Build the bundled French and Spanish word lists of the spell checker (resources/data/spelling).

The words are every form a Hunspell dictionary accepts: its stems (``.dic``) expanded by its
affix rules (``.aff``: plurals, feminines, conjugations, Spanish enclitics such as
"comprometiéndose"). The dictionaries are Debian's, whose licences allow bundling in a
GPL-3.0-or-later app: ``hunspell-fr-classical`` (Grammalecte/Dicollecte, MPL-2.0) and
``hunspell-es`` (RLA-ES, Santiago Bosio, GPL-3+ or LGPL-3+ or MPL-1.1+).

The expansion is this script's own (Hunspell's ``unmunch`` leaves flags in its output for
dictionaries with two-letter flags, as the French one has): each stem, each suffix that
applies to it, a second suffix where the first allows one, and each prefix that combines with
them (``cross product``), minus forms marked NEEDAFFIX or FORBIDDENWORD. French elision
prefixes ("l'", "d'", "qu'"...) are left out: the speller checks the word after the
apostrophe itself, so "l'Organisation" costs no entry of its own. Hyphenated forms are split
into their parts, as the speller splits text ("cessez-le-feu").

The order is the commonest first, which the suggestions use as their ranking: wordfreq's
``large`` frequency list of the language (wordfreq 3.1.1, data CC BY-SA 4.0, used here at
build time only: it is not bundled), then the words it does not know, sorted. A word written
both in lower case and with capitals keeps only its lower-case form (the speller accepts it
capitalised at a sentence's start); gzip without a time stamp (the same input gives the same
bytes).

    apt-get download hunspell-fr-classical hunspell-es
    for f in hunspell-*.deb; do dpkg-deb -x "$f" /tmp/hunspell; done
    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/make_spelling_words_hunspell.py /tmp/hunspell/usr/share/hunspell

writes resources/data/spelling/fr.txt.gz and es.txt.gz.
"""

from __future__ import annotations

import gzip
import re
import sys
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "data" / "spelling"
DICTIONARIES = {"fr": "fr", "es": "es_ES"}  # language: the dictionary's file name
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


@dataclass(frozen=True)
class Rule:
    strip: str
    add: str
    flags: frozenset[str]  # continuation flags: the affixes that may follow this one
    condition: re.Pattern[str]


@dataclass
class Affix:
    prefix: bool
    cross: bool
    rules: list[Rule]


class Affixes:
    """The rules of one ``.aff`` file that expansion needs."""

    def __init__(self, path: Path) -> None:
        self.mode = "char"
        self.table: dict[str, Affix] = {}
        self.needaffix = self.forbidden = ""
        for line in path.read_text("utf-8").splitlines():
            parts = line.split()
            if not parts:
                continue
            if parts[0] == "FLAG":
                self.mode = parts[1]
            elif parts[0] == "NEEDAFFIX":
                self.needaffix = parts[1]
            elif parts[0] == "FORBIDDENWORD":
                self.forbidden = parts[1]
            elif parts[0] in ("PFX", "SFX") and len(parts) >= 4:
                self._rule(parts)

    def _rule(self, parts: list[str]) -> None:
        prefix = parts[0] == "PFX"
        flag = parts[1]
        if flag not in self.table:  # the header: PFX flag Y|N count
            self.table[flag] = Affix(prefix, parts[2] == "Y", [])
            return
        strip = "" if parts[2] == "0" else parts[2]
        add, _, cont = parts[3].partition("/")
        add = "" if add == "0" else add
        cond = parts[4] if len(parts) > 4 else "."
        pattern = re.compile(("^" + cond) if prefix else (cond + "$"))
        self.table[flag].rules.append(Rule(strip, add, frozenset(self.flags(cont)), pattern))

    def flags(self, text: str) -> list[str]:
        if self.mode == "long":
            return [text[i : i + 2] for i in range(0, len(text), 2)]
        if self.mode == "num":
            return [f for f in text.split(",") if f]
        return list(text)

    def apply(self, word: str, flag: str) -> list[tuple[str, Rule]]:
        affix = self.table.get(flag)
        if affix is None:
            return []
        out = []
        for rule in affix.rules:
            if affix.prefix:
                if word.startswith(rule.strip) and rule.condition.search(word):
                    out.append((rule.add + word[len(rule.strip) :], rule))
            elif word.endswith(rule.strip) and rule.condition.search(word):
                out.append((word[: len(word) - len(rule.strip)] + rule.add, rule))
        return out

    def is_prefix(self, flag: str) -> bool:
        return flag in self.table and self.table[flag].prefix

    def is_suffix(self, flag: str) -> bool:
        return flag in self.table and not self.table[flag].prefix

    def cross(self, flag: str) -> bool:
        return self.table[flag].cross


def expand(stem: str, flags: set[str], aff: Affixes) -> set[str]:
    """Every form of ``stem``: bare, suffixed once or twice, prefixed (no elisions)."""
    if aff.forbidden in flags:
        return set()
    out: set[str] = set() if aff.needaffix in flags else {stem}
    # (form, flags still open to it, whether a prefix may still be added)
    suffixed: list[tuple[str, frozenset[str], bool]] = [(stem, frozenset(flags), True)]
    for flag in [f for f in flags if aff.is_suffix(f)]:
        for form, rule in aff.apply(stem, flag):
            if aff.needaffix not in rule.flags:
                out.add(form)
            suffixed.append((form, rule.flags | {f for f in flags if aff.is_prefix(f)}, aff.cross(flag)))
            for flag2 in [f for f in rule.flags if aff.is_suffix(f)]:
                for form2, rule2 in aff.apply(form, flag2):
                    if aff.needaffix not in rule2.flags:
                        out.add(form2)
    for form, open_flags, may_prefix in suffixed:
        if not may_prefix:
            continue
        for flag in [f for f in open_flags if aff.is_prefix(f)]:
            if form != stem and not aff.cross(flag):
                continue
            for pform, rule in aff.apply(form, flag):
                if "'" in rule.add or "’" in rule.add:  # an elision: checked by the speller
                    continue
                if aff.needaffix not in rule.flags:
                    out.add(pform)
                if form == stem:  # a prefix that allows suffixes of its own
                    for flag2 in [f for f in rule.flags if aff.is_suffix(f)]:
                        out.update(f for f, r in aff.apply(pform, flag2) if aff.needaffix not in r.flags)
    return out


def read_dic(path: Path, aff: Affixes) -> list[tuple[str, set[str]]]:
    entries = []
    for line in path.read_text("utf-8").splitlines()[1:]:
        field = line.split("\t")[0].split(" ")[0].strip()
        if not field or line.startswith("#"):
            continue
        stem, _, flags = field.replace("\\/", "\x00").partition("/")
        entries.append((stem.replace("\x00", "/"), set(aff.flags(flags))))
    return entries


def words_of(folder: Path, name: str) -> set[str]:
    aff = Affixes(folder / f"{name}.aff")
    forms: set[str] = set()
    for stem, flags in read_dic(folder / f"{name}.dic", aff):
        for form in expand(stem, flags, aff):
            form = form.replace("’", "'")
            forms.update(p for p in form.split("-") if WORD.fullmatch(p))
    return forms


def ordered(forms: set[str], language: str) -> list[str]:
    """The commonest first (wordfreq), then the rest sorted; one entry per lower-case word
    where the word is also written in lower case."""
    from wordfreq import get_frequency_dict

    lower = {w for w in forms if w.islower()}
    kept = {w for w in forms if w.islower() or w.lower() not in lower}
    freq = get_frequency_dict(language, wordlist="large")
    return sorted(kept, key=lambda w: (-freq.get(w.lower(), 0.0), w))


def main(folder: str) -> None:
    for language, name in DICTIONARIES.items():
        words = ordered(words_of(Path(folder), name), language)
        out = OUT / f"{language}.txt.gz"
        text = "\n".join(words) + "\n"
        out.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
        print(f"{out}: {len(words)} words, {out.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell")
