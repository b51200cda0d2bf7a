"""Member State names: official UN short names, aliases, UN alphabetical order, groups.

Sponsor lists must use the official short names ("Russian Federation", not "Russia") in
English alphabetical order of those names, ignoring accents, case and the parenthetical
qualifier ("Bolivia (Plurinational State of)" sorts as Bolivia). The names are data in
``resources/data/states.json``; the "on behalf of" groups in ``groups.json``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

from delegate_editor.conventions.data import DataError, fold, load

MEMBER = "member"
OBSERVER = "observer"
ORGANIZATION = "organization"


@dataclass(frozen=True)
class State:
    name: str  # the official short name, as printed
    kind: str  # member, observer or organization
    aliases: tuple[str, ...] = ()
    uncertain: str = ""  # why the official form may still change


@dataclass(frozen=True)
class Match:
    """How a typed name relates to the table.

    ``how`` is "official" (exactly the official name, or it with an ASCII apostrophe),
    "variant" (the official name with other accents, case or spacing), "alias" (a common
    unofficial name) or "" (unknown)."""

    typed: str
    state: State | None
    how: str

    @property
    def official(self) -> str | None:
        return self.state.name if self.state else None


@dataclass(frozen=True)
class Group:
    name: str
    aliases: tuple[str, ...]
    note: str
    hrc: str


_PUNCT = re.compile(r"[^\w\s]")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """Matching key: folded, without punctuation ("U.K." = "UK"), without a leading "the"."""
    key = " ".join(_PUNCT.sub(" ", fold(text).replace("'", "")).split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class _Table:
    states: tuple[State, ...]
    official: dict[str, State]  # key of the official name
    alias: dict[str, State]  # key of an alias
    choices: dict[str, str]  # key of any known name → official name, for suggestions


@cache
def _table() -> _Table:
    data = load("states.json")
    states: list[State] = []
    for section, kind in (
        ("member_states", MEMBER),
        ("observer_states", OBSERVER),
        ("organizations", ORGANIZATION),
    ):
        for entry in data.get(section, []):
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise DataError(f"states.json: an entry of '{section}' has no name")
            states.append(
                State(
                    name=entry["name"],
                    kind=kind,
                    aliases=tuple(entry.get("aliases", ())),
                    uncertain=entry.get("uncertain", ""),
                )
            )
    official = {_key(s.name): s for s in states}
    alias: dict[str, State] = {}
    for s in states:
        for a in s.aliases:
            k = _key(a)
            if k in official and official[k] is not s:
                raise DataError(f"states.json: alias '{a}' of {s.name} is another State's name")
            alias.setdefault(k, s)
    # the names in the other UN languages (state_names.json, UNTERM) are known too, as
    # aliases: "Allemagne" typed in a French draft's sponsors is Germany
    by_name = {s.name: s for s in states}
    for english, local in load("state_names.json").get("names", {}).items():
        for name in local.values():
            k = _key(name)
            if english in by_name and k not in official:
                alias.setdefault(k, by_name[english])
    choices = {k: s.name for k, s in official.items()}
    choices.update({k: s.name for k, s in alias.items()})
    return _Table(tuple(states), official, alias, choices)


# -- names ------------------------------------------------------------------------------
def all_states() -> list[State]:
    return list(_table().states)


def member_states() -> list[str]:
    """The official names of the 193 Member States, in UN order."""
    return [s.name for s in _table().states if s.kind == MEMBER]


def names() -> list[str]:
    """Every name a sponsor list may hold: Member States, observer States, the European Union."""
    return sort_names([s.name for s in _table().states])


def lookup(name: str) -> Match:
    """Find a typed name in the table, saying whether it is official, a variant or an alias."""
    table = _table()
    key = _key(name)
    state = table.official.get(key)
    if state is not None:
        typed = " ".join(name.split())
        exact = typed == state.name or typed.replace("'", "’") == state.name
        return Match(name, state, "official" if exact else "variant")
    state = table.alias.get(key)
    if state is not None:
        return Match(name, state, "alias")
    return Match(name, None, "")


def resolve(name: str) -> str | None:
    """The official name for ``name`` (itself, a variant or an alias), or None if unknown."""
    return lookup(name).official


def suggest(name: str, n: int = 3) -> list[str]:
    """Official names close to an unknown ``name`` (best first), from names and aliases."""
    table = _table()
    found = resolve(name)
    if found:
        return [found]
    key = _key(name)
    out: list[str] = []
    for k in difflib.get_close_matches(key, list(table.choices), n=n * 3, cutoff=0.7):
        official = table.choices[k]
        if official not in out:
            out.append(official)
    if not out and key:  # "Korea" → the two Koreas; "Guinea" is exact anyway
        out = [s.name for s in table.states if key in _key(s.name).split() or key in _key(s.name)][:n]
    return out[:n]


def sort_key(name: str) -> tuple[bool, str, str]:
    """UN English alphabetical order: the official name (if known) without its parenthetical
    qualifier, accents, case and punctuation; names sort on their first word as written.
    Member States come first, then observer States and the European Union: the L. documents
    print "..., Uruguay, Zambia and State of Palestine" (A/C.6/80/L.14, A/C.4/80/L.19)."""
    match = lookup(name)
    official = match.official or name
    base = _QUALIFIER.sub("", fold(official))
    base = " ".join(_NOT_ALNUM.sub(" ", base.replace("'", "")).split())
    return (match.state is not None and match.state.kind != MEMBER, base, fold(official))


def sort_names(items: list[str]) -> list[str]:
    return sorted(items, key=sort_key)


def is_sorted(items: list[str]) -> bool:
    """In UN order, an observer State after the Member States ("..., Zambia and State of
    Palestine", A/C.6/80/L.9) or in its alphabetical place among them ("..., Sri Lanka, State
    of Palestine, Suriname, ...", A/80/L.13): the L. documents print both."""
    keys = [sort_key(n) for n in items]
    if all(a <= b for a, b in zip(keys, keys[1:], strict=False)):
        return True
    plain = [k[1:] for k in keys]
    return all(a <= b for a, b in zip(plain, plain[1:], strict=False))


_SPLIT_AND = re.compile(r"\s+and\s+")


def parse_list(text: str) -> list[tuple[str, str | None]]:
    """Split a sponsor list ("Brazil, China, India, Russian Federation and South Africa")
    into (typed name, official name or None) pairs.

    "and" inside a name ("Bosnia and Herzegovina", "Saint Vincent and the Grenadines") is
    kept by joining the pieces between "and"s as long as they form a known name. A
    trailing ": draft resolution" and the asterisks of "on behalf of" notes are dropped."""
    text = text.split(":", 1)[0] if re.search(r":\s*(revised\s+)?draft\b", text) else text
    text = text.replace("*", " ")
    out: list[tuple[str, str | None]] = []
    for chunk in text.split(","):
        chunk = " ".join(chunk.split())
        if chunk.lower().startswith("and "):
            chunk = chunk[4:]
        if not chunk:
            continue
        pieces = _SPLIT_AND.split(chunk)
        i = 0
        while i < len(pieces):
            for j in range(len(pieces), i, -1):
                candidate = " and ".join(pieces[i:j])
                official = resolve(candidate)
                if official is not None or j == i + 1:
                    out.append((candidate, official))
                    i = j
                    break
    return out


# -- groups ("on behalf of") --------------------------------------------------------------
@cache
def _groups() -> tuple[Group, ...]:
    data = load("groups.json")
    return tuple(
        Group(g["name"], tuple(g.get("aliases", ())), g.get("note", ""), g.get("hrc", ""))
        for g in data.get("groups", [])
    )


def groups() -> list[Group]:
    return list(_groups())


def find_group(name: str) -> Group | None:
    """The group a delegate means by ``name`` ("G77", "the Group of 77 and China", ...)."""
    key = _key(re.sub(r"(?i)^\s*on behalf of\s+", "", name))
    for g in _groups():
        if key == _key(g.name) or key in {_key(a) for a in g.aliases}:
            return g
    return None


def group_note(name: str, hrc: bool = False) -> str | None:
    """The UN wording for acting on behalf of a group: the asterisk note (GA, ECOSOC) or,
    for the Human Rights Council, the parenthesis text. None for an unknown group."""
    g = find_group(name)
    if g is None:
        return None
    return g.hrc if hrc else g.note
