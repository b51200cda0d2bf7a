"""Member State names in the draft's language, and the order of a sponsors list in it.

A draft keeps its sponsors under their English official short names (``states.json``: the
checker, the sponsors panel and the file format know them so); a French or Spanish draft
prints them as UNTERM gives them in that language (``resources/data/state_names.json``) and
in that language's alphabetical order, as the UN's French and Spanish L. documents list
them: accents, case, hyphens and apostrophes are ignored and the parenthetical qualifier does
not count ("États-Unis d’Amérique" sorts as "etats unis d amerique", between "Espagne" and
"Éthiopie"). Member States come first, then observer States and the European Union, as in
English (``states.sort_key``).
"""

from __future__ import annotations

import re
from functools import cache

from delegate_editor.conventions import states
from delegate_editor.conventions.data import fold, load

_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_NOT_ALNUM = re.compile(r"[^\w{]+|_")


@cache
def _table() -> dict[str, dict[str, str]]:
    return load("state_names.json")["names"]


@cache
def _reverse(code: str) -> dict[str, str]:
    """Folded name in ``code`` -> the English official name."""
    return {fold(names[code]): english for english, names in _table().items() if code in names}


def local_name(name: str, code: str) -> str:
    """The official short name of ``name`` (English, a variant or an alias) in language
    ``code``; a name the tables do not know is printed as typed."""
    if code == "en":
        return name
    official = states.resolve(name)
    if official is None:
        return name
    return _table().get(official, {}).get(code, official)


def english_name(name: str, code: str) -> str | None:
    """The English official name for a name written in language ``code`` ("Allemagne" ->
    "Germany"), or None when the table does not hold it. English names resolve as usual."""
    found = _reverse(code).get(fold(name)) if code != "en" else None
    return found or states.resolve(name)


def collation_key(name: str, code: str = "") -> str:
    """The alphabetical key of a name in French or Spanish UN order: no accents, case,
    hyphens, apostrophes or parenthetical qualifier; in Spanish "ñ" is a letter of its own
    after "n" (kept as "n{", which sorts after every "n" and a following letter)."""
    if code == "es":
        name = name.replace("ñ", "n{").replace("Ñ", "N{")
    base = _QUALIFIER.sub("", fold(name).replace("'", " "))
    return " ".join(_NOT_ALNUM.sub(" ", base).split())


def sort_key(name: str, code: str) -> tuple[bool, str]:
    """The place of ``name`` (English official name or alias) in a sponsors list in ``code``."""
    if code == "en":
        return states.sort_key(name)[:2]
    match = states.lookup(name)
    observer = match.state is not None and match.state.kind != states.MEMBER
    return (observer, collation_key(local_name(name, code), code))


def names_in(code: str) -> list[str]:
    """Every State's official short name the tables hold in language ``code`` (in English,
    every name a sponsor list may hold): words the spell checker knows."""
    if code == "en":
        return [s.name for s in states.all_states()]
    return [names[code] for names in _table().values() if code in names]


def local_names(names: list[str], code: str) -> list[str]:
    """``names`` in language ``code``, in that language's UN order (English: as given,
    the sponsors panel keeps them in English order already)."""
    if code == "en":
        return list(names)
    return [local_name(n, code) for n in sorted(names, key=lambda n: sort_key(n, code))]
