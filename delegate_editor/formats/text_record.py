"""A record of where a text comes from, written above the text itself, set aside on import.

Copies kept by tools and by this repository's corpus carry one: the YAML front matter of a
Markdown copy ("---" lines around "key: value" lines, as Pandoc and static-site tools write)
or "# Key: value" lines ("# Symbol: A/80/L.11"). No UN text starts with either, and a
Markdown heading ("# Title", no "Key:") is not one. The text reader sets the record aside
and says so in the import report; ``app/corpus.py`` takes it off for the benches.
"""

from __future__ import annotations

import re

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:.*?\r?\n)??---[ \t]*(?:\r?\n|\Z)", re.S)
_KEY_LINES = re.compile(r"\A(?:#[ \t]*[A-Za-z][\w -]{0,30}:[^\n]*(?:\n|\Z))+")


# a front matter's own lines: "key: value", a YAML list item or continuation, or blank; a
# text that merely starts with a rule ("---") and has another further down is not one
_YAML_LINE = re.compile(r"[A-Za-z_][\w-]*[ \t]*:.*|[ \t-].*|")


def set_aside_record(text: str) -> tuple[str, list[str]]:
    """``text`` without the record of its source at its top, and that record's lines
    (none when there is no record). The importer reports what it set aside."""
    found = _FRONT_MATTER.match(text)
    if found and not all(_YAML_LINE.fullmatch(line) for line in found.group().splitlines()[1:-1]):
        found = None
    found = found or _KEY_LINES.match(text)
    if not found:
        return text, []
    return text[found.end() :], found.group().splitlines()


# the record's title: a Markdown copy's front matter ("title: \"Scale of assessments ... :\"")
_TITLE = re.compile(r"^title:[ \t]*(?P<q>[\"']?)(?P<title>.+?)(?P=q)[ \t]*$")
_WORD = re.compile(r"[^\W_]+(?:[-‑–][^\W_]+)*|\d+(?:[/.-]\d+)*")


def record_title(record: list[str]) -> str:
    """The title a Markdown copy's front matter gives, in the UN's punctuation: a library
    catalogue writes "United Nations : requests under Article 19 of the Charter :" for the
    UN's "United Nations: requests under Article 19 of the Charter"."""
    for line in record:
        m = _TITLE.match(line.strip())
        if m:
            title = m.group("title").replace('\\"', '"')
            return re.sub(r"\s+:(?=\s)", ":", re.sub(r"\s*:\s*$", "", title)).strip()
    return ""


def _words(text: str) -> list[str]:
    return [w.lower().replace("‑", "-").replace("–", "-") for w in _WORD.findall(text)]


def title_rest(title: str, recorded: str, body: str) -> str:
    """The words a copy cut from the end of ``title`` (a wrapped title keeps only its first
    line in wannli/railcar's copies: "80/2. Scale of assessments for the apportionment of the
    expenses of the", A/RES/80/2), from the record's title, or "" when the title is whole or
    the record's does not go on from it (a catalogue's "80th session" for "eightieth
    session"). A catalogue capitalizes every word of some titles ("Information and
    Communications Technologies"): a word keeps its capital only where ``body`` (the text's
    paragraphs) writes it so beside its neighbour, and takes the body's small letter where
    the body writes the pair small ("information and communications technologies")."""
    have, full = _words(title), _words(recorded)
    if not have or len(full) <= len(have) or full[: len(have)] != have:
        return ""
    spans = list(_WORD.finditer(recorded))
    rest = recorded[spans[len(have) - 1].end() :].lstrip(" ,")
    tokens = rest.split(" ")
    for i, token in enumerate(tokens):
        if not token[:1].isupper() or token.isupper():
            continue
        pairs = [f"{tokens[i - 1]} {token}"] if i else []
        pairs += [f"{token} {tokens[i + 1]}"] if i + 1 < len(tokens) else []
        if not any(p in body for p in pairs) and any(p.lower() in body for p in pairs):
            tokens[i] = token[0].lower() + token[1:]
    return " ".join(tokens)
