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
